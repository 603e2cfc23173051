//! The schema-1 record: [`Article`] and what it holds.
//!
//! These types serialise to exactly the JSON object described in
//! `SCHEMA.md`: every key is always present (`null` or `[]` when empty).
//! Spans are `[start, end]` in Unicode code points of the text as given,
//! i.e. Python `str` indices, once the pipeline's last stage has run.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A half-open span `[start, end)`.
pub type Span = [usize; 2];

/// One record per input text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Always 1.
    pub schema_version: u32,
    /// `"en"` or `"ru"`.
    pub lang: String,
    /// The headline as written, whitespace folded.
    pub title: Option<String>,
    /// Publication date or date-time printed in the text.
    pub published: Option<String>,
    /// City and date of an agency dateline.
    pub dateline: Option<Dateline>,
    /// The outlet that published the text, when the text shows it.
    pub publisher: Option<String>,
    /// Agencies credited or cited, canonical names, first mention first.
    pub agencies: Vec<String>,
    /// Meetings, the main one first.
    pub meetings: Vec<Meeting>,
    /// Direct quotations in text order.
    pub quotes: Vec<Quote>,
    /// What was noticed but not resolved.
    pub warnings: Vec<String>,
}

impl Article {
    /// An empty record in language `lang`.
    pub fn empty(lang: &str) -> Article {
        Article {
            schema_version: 1,
            lang: lang.to_string(),
            title: None,
            published: None,
            dateline: None,
            publisher: None,
            agencies: Vec::new(),
            meetings: Vec::new(),
            quotes: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The main meeting, if any.
    pub fn main_meeting(&self) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.role == Role::Main)
    }

    /// The record as schema-1 JSON.
    pub fn to_json(&self) -> String {
        // Serialising these plain structs cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// Visit every span in the record (used to remap offsets).
    pub fn for_each_span_mut(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for m in &mut self.meetings {
            for p in &mut m.participants {
                f(&mut p.span);
            }
            for d in &mut m.documents {
                f(&mut d.span);
            }
            for sp in m.evidence.values_mut() {
                f(sp);
            }
        }
        for q in &mut self.quotes {
            f(&mut q.span);
        }
    }
}

/// `{"city": ..., "date": ...}` from an agency dateline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// English city name.
    pub city: Option<String>,
    /// `YYYY-MM-DD` or `--MM-DD`.
    pub date: Option<String>,
}

/// Whether a meeting is the one the text reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The meeting the article is about.
    Main,
    /// Any other specific meeting named.
    Referenced,
}

impl Role {
    /// The schema code.
    pub fn code(self) -> &'static str {
        match self {
            Role::Main => "main",
            Role::Referenced => "referenced",
        }
    }
}

/// How the meeting was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Everyone in one place.
    InPerson,
    /// Videoconference.
    Video,
    /// Some in person, some by video.
    Hybrid,
}

impl Format {
    /// The schema code.
    pub fn code(self) -> &'static str {
        match self {
            Format::InPerson => "in_person",
            Format::Video => "video",
            Format::Hybrid => "hybrid",
        }
    }
}

/// Where the meeting stands relative to the text's own time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Took place.
    Held,
    /// Taking place as the text is written.
    Ongoing,
    /// Announced or scheduled.
    Planned,
}

impl Status {
    /// The schema code.
    pub fn code(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Ongoing => "ongoing",
            Status::Planned => "planned",
        }
    }
}

/// A meeting of an intergovernmental body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// Main or referenced.
    pub role: Role,
    /// Canonical organisation acronym (`CSTO`, `UNION_STATE`, ...).
    pub organization: Option<String>,
    /// Body codes from the closed list.
    pub bodies: Vec<String>,
    /// The body's name as written.
    pub body_text: Option<String>,
    /// First day (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`).
    pub date: Option<String>,
    /// Last day of a multi-day meeting.
    pub end_date: Option<String>,
    /// Venue city, English name.
    pub city: Option<String>,
    /// Venue country, short English name.
    pub country: Option<String>,
    /// In person, video or hybrid.
    pub format: Option<Format>,
    /// Held, ongoing or planned.
    pub status: Status,
    /// Country chairing, short English name.
    pub chair: Option<String>,
    /// People taking part, first mention first.
    pub participants: Vec<Person>,
    /// Documents acted on.
    pub documents: Vec<Document>,
    /// Topic codes.
    pub topics: Vec<String>,
    /// Span supporting each filled scalar field.
    pub evidence: BTreeMap<String, Span>,
}

/// A person taking part in a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical full name.
    pub name: String,
    /// Office, normalised.
    pub role: Option<String>,
    /// Country represented.
    pub country: Option<String>,
    /// Organisation represented (a Secretary General).
    pub organization: Option<String>,
    /// First mention.
    pub span: Span,
}

/// A document a meeting acted on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// As written, without the leading article.
    pub title: String,
    /// Kind code.
    pub kind: String,
    /// Action code.
    pub action: String,
    /// Where it is named.
    pub span: Span,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Canonical name of who said it.
    pub speaker: Option<String>,
    /// The words inside the marks.
    pub text: String,
    /// The quotation, marks excluded.
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_article_has_every_key() {
        let v: serde_json::Value = serde_json::from_str(&Article::empty("en").to_json()).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(|s| s.as_str()).collect();
        for k in [
            "schema_version",
            "lang",
            "title",
            "published",
            "dateline",
            "publisher",
            "agencies",
            "meetings",
            "quotes",
            "warnings",
        ] {
            assert!(keys.contains(&k), "missing {k}");
        }
    }

    #[test]
    fn codes_serialise_in_snake_case() {
        assert_eq!(
            serde_json::to_string(&Format::InPerson).unwrap(),
            "\"in_person\""
        );
        assert_eq!(
            serde_json::to_string(&Status::Planned).unwrap(),
            "\"planned\""
        );
        assert_eq!(
            serde_json::to_string(&Role::Referenced).unwrap(),
            "\"referenced\""
        );
        // `code()` (tables, Python dicts) says what serde says.
        let json = |v: serde_json::Value| v.as_str().unwrap().to_string();
        for f in [Format::InPerson, Format::Video, Format::Hybrid] {
            assert_eq!(f.code(), json(serde_json::to_value(f).unwrap()));
        }
        for st in [Status::Held, Status::Ongoing, Status::Planned] {
            assert_eq!(st.code(), json(serde_json::to_value(st).unwrap()));
        }
        for r in [Role::Main, Role::Referenced] {
            assert_eq!(r.code(), json(serde_json::to_value(r).unwrap()));
        }
    }
}

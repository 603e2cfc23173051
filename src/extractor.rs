//! The [`Extractor`]: knowledge compiled into automatons once, then reused
//! across calls and threads.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::build;
use crate::data::Knowledge;
use crate::error::{Error, ErrorKind};
use crate::find::dates::DateWord;
use crate::find::gazetteer::{Gazetteer, Lexicon};
use crate::lang::{Lang, Pack};
use crate::record::Article;
use crate::text::boilerplate::Cues;

/// A body cue from `bodies.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyCue {
    /// Organisation the body belongs to, when the name says it.
    pub org: Option<String>,
    /// Body codes.
    pub bodies: Vec<String>,
    /// Whether the phrase names a meeting on its own ("Council of Foreign
    /// Ministers") or only next to a meeting noun ("foreign ministers").
    pub names_meeting: bool,
    /// A generic word for a top-level meeting ("summit", "leaders"): it
    /// gives way to a named body beside it ("summit of prime ministers").
    pub weak: bool,
}

/// A place: city or country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// City, when the form names one.
    pub city: Option<String>,
    /// Country.
    pub country: String,
    /// The form is an adjective (`Belarusian`).
    pub adj: bool,
    /// The city is the country's capital.
    pub capital: bool,
}

/// A news outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    /// Canonical name.
    pub name: String,
    /// A news agency (credited as a source), not only a publisher.
    pub agency: bool,
}

/// Cue kinds from `cues_*.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Names a meeting.
    MeetingNoun,
    /// Video format.
    Video,
    /// Hybrid format.
    Hybrid,
    /// Past.
    Held,
    /// Present.
    Ongoing,
    /// Future.
    Planned,
    /// A later meeting.
    Next,
    /// Chairmanship.
    Chair,
    /// Attribution verb.
    Say,
    /// Taking part.
    Attend,
    /// Document action (index into [`ACTIONS`]).
    Act(usize),
    /// "capital".
    Capital,
    /// An arrangement that fell through ("was cancelled", "перенос").
    Cancelled,
    /// A sentence about the organisation, not a meeting ("was founded in").
    Background,
    /// What follows sets the scene, it was not discussed ("amid", "на фоне").
    Circumstance,
    /// A person named near it did not take part ("the late", "will not attend").
    NotParticipant,
    /// An arrangement that was changed ("was originally to be held in",
    /// "планировалось провести в").
    Superseded,
    /// The sentence reports another occasion ("in a phone call",
    /// "в телефонном разговоре"), not the meeting.
    OtherOccasion,
}

impl Cue {
    /// A bit for per-sentence cue masks (all actions share one).
    pub fn bit(self) -> u32 {
        1 << match self {
            Cue::MeetingNoun => 0,
            Cue::Video => 1,
            Cue::Hybrid => 2,
            Cue::Held => 3,
            Cue::Ongoing => 4,
            Cue::Planned => 5,
            Cue::Next => 6,
            Cue::Chair => 7,
            Cue::Say => 8,
            Cue::Attend => 9,
            Cue::Act(_) => 10,
            Cue::Capital => 11,
            Cue::Cancelled => 12,
            Cue::Background => 13,
            Cue::Circumstance => 14,
            Cue::NotParticipant => 15,
            Cue::Superseded => 16,
            Cue::OtherOccasion => 17,
        }
    }
}

/// Document action codes, in the order of [`Cue::Act`].
pub use crate::check::ACTIONS;

/// An office holder (one term).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// Canonical name.
    pub name: String,
    /// Country represented (short English name).
    pub country: Option<String>,
    /// Organisation represented.
    pub org: Option<String>,
    /// Office.
    pub role: String,
    /// Term start.
    pub from: Option<NaiveDate>,
    /// Term end.
    pub to: Option<NaiveDate>,
    /// Sound classes of the given name's first letter in every spelling
    /// the table has ("Sergey Lavrov", "Серге* Лавров*": S, С, one class;
    /// see [`crate::build::people::name_class`]).
    pub given: Vec<char>,
}

/// Everything compiled for one language.
#[derive(Debug)]
pub struct LangKit {
    /// Grammar: dates, months.
    pub pack: Pack,
    /// Organisations.
    pub orgs: Gazetteer<String>,
    /// Councils and meeting phrases.
    pub bodies: Gazetteer<BodyCue>,
    /// Cities and countries.
    pub places: Gazetteer<Place>,
    /// Outlets and agencies.
    pub outlets: Gazetteer<Outlet>,
    /// Offices.
    pub roles: Gazetteer<String>,
    /// Cue words.
    pub cues: Gazetteer<Cue>,
    /// Topic cues.
    pub topics: Gazetteer<String>,
    /// Document head nouns.
    pub docs: Gazetteer<String>,
    /// Boilerplate cues.
    pub boiler: Cues,
    /// The words date patterns are run near (the pack's month names and
    /// trigger words).
    pub date_words: Gazetteer<DateWord>,
    /// One automaton for every phrase table: orgs, bodies, places, outlets,
    /// roles, cues, document nouns, topic cues and office holders' names
    /// (table numbers: the `T_*` constants), so a text is scanned once.
    pub lex: Lexicon,
}

/// Table numbers in [`LangKit::lex`].
pub const T_ORGS: usize = 0;
/// Bodies.
pub const T_BODIES: usize = 1;
/// Places.
pub const T_PLACES: usize = 2;
/// Outlets.
pub const T_OUTLETS: usize = 3;
/// Offices.
pub const T_ROLES: usize = 4;
/// Cue words.
pub const T_CUES: usize = 5;
/// Document nouns.
pub const T_DOCS: usize = 6;
/// Topic cues.
pub const T_TOPICS: usize = 7;
/// Office holders' name forms ([`Inner::people`]).
pub const T_PEOPLE: usize = 8;
/// Words date patterns cannot do without ([`LangKit::date_words`]).
pub const T_DATES: usize = 9;

/// The compiled engine.
#[derive(Debug)]
pub struct Inner {
    /// English and Russian kits.
    pub en: LangKit,
    /// Russian kit.
    pub ru: LangKit,
    /// Office holders.
    pub holders: Vec<Holder>,
    /// Name forms of office holders (values index `holders`).
    pub people: Gazetteer<usize>,
    /// Organisation codes.
    pub org_codes: Vec<String>,
    /// The English adjective of each country ("Russian"), for institution names.
    pub adjectives: std::collections::HashMap<String, String>,
}

impl Inner {
    /// The English adjective of a country.
    pub fn adjective(&self, country: &str) -> Option<&str> {
        self.adjectives.get(country).map(String::as_str)
    }

    /// The kit for `lang`.
    pub fn kit(&self, lang: Lang) -> &LangKit {
        match lang {
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        }
    }
}

/// The configured engine behind `extract`: cheap to clone, safe to share
/// between threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

/// Builds an [`Extractor`] with extra knowledge rows.
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    knowledge: Result<Knowledge, Error>,
}

impl ExtractorBuilder {
    /// Add rows to a table (`orgs`, `bodies`, `cities`, `people`, ...), in
    /// the format of the built-in file.
    pub fn add_table(mut self, name: &str, text: &str) -> ExtractorBuilder {
        if let Ok(k) = &mut self.knowledge {
            if let Err(e) = k.add_table(name, text) {
                self.knowledge = Err(e);
            }
        }
        self
    }

    /// Compile.
    pub fn build(self) -> Result<Extractor, Error> {
        let k = self.knowledge?;
        Ok(Extractor {
            inner: Arc::new(compile(&k)?),
        })
    }
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn lang_ok(row_lang: &str, lang: Lang) -> bool {
    row_lang == "*" || row_lang == lang.code()
}

fn cue_kind(kind: &str) -> Option<Cue> {
    Some(match kind {
        "meeting_noun" => Cue::MeetingNoun,
        "video" => Cue::Video,
        "hybrid" => Cue::Hybrid,
        "held" => Cue::Held,
        "ongoing" => Cue::Ongoing,
        "planned" => Cue::Planned,
        "next" => Cue::Next,
        "chair" => Cue::Chair,
        "say" => Cue::Say,
        "attend" => Cue::Attend,
        "capital" => Cue::Capital,
        "cancelled" => Cue::Cancelled,
        "background" => Cue::Background,
        "circumstance" => Cue::Circumstance,
        "not_participant" => Cue::NotParticipant,
        "superseded" => Cue::Superseded,
        "other_occasion" => Cue::OtherOccasion,
        k => {
            let a = k.strip_prefix("act_")?;
            Cue::Act(ACTIONS.iter().position(|x| *x == a)?)
        }
    })
}

/// Generic words for a top-level meeting (see [`BodyCue::weak`]).
const WEAK: &[&str] = &[
    "summit",
    "leaders",
    "presidents",
    "state leaders",
    "саммит",
    "лидер",
    "президент",
];

fn compile_lang(k: &Knowledge, lang: Lang, people: &Gazetteer<usize>) -> Result<LangKit, Error> {
    let cue_table = match lang {
        Lang::En => "cues_en",
        Lang::Ru => "cues_ru",
    };
    let (mut boiler_lines, mut boiler_prefixes, mut boiler_ends) =
        (Vec::new(), Vec::new(), Vec::new());
    let mut cues = Vec::new();
    let mut nouns: Vec<String> = Vec::new();
    for r in k.rows(cue_table) {
        let form = r[1].clone();
        match r[0].as_str() {
            "boiler_line" => boiler_lines.push(form.to_lowercase()),
            "boiler_prefix" => boiler_prefixes.push(form.to_lowercase()),
            "boiler_end" => boiler_ends.push(form.to_lowercase()),
            kind => {
                let Some(c) = cue_kind(kind) else {
                    return Err(Error::new(
                        ErrorKind::Data,
                        format!("table {cue_table}: unknown cue kind {kind:?}"),
                    ));
                };
                if c == Cue::MeetingNoun {
                    nouns.push(form.to_lowercase().trim_end_matches('*').to_string());
                }
                cues.push((form, c));
            }
        }
    }
    let names_meeting = |form: &str| {
        let f = form.to_lowercase();
        f.split_whitespace().any(|w| {
            let w = w.trim_end_matches(['*', '?']);
            nouns
                .iter()
                .any(|n| w.starts_with(n.as_str()) && !n.is_empty())
        }) || (!form.chars().any(|c| c.is_lowercase()) && form.chars().count() >= 3)
    };
    let orgs = Gazetteer::new(
        k.rows("orgs")
            .iter()
            .filter(|r| lang_ok(&r[1], lang))
            .map(|r| (r[2].clone(), r[0].clone())),
    );
    let bodies = Gazetteer::new(
        k.rows("bodies")
            .iter()
            .filter(|r| lang_ok(&r[2], lang))
            .map(|r| {
                (
                    r[3].clone(),
                    BodyCue {
                        org: (r[0] != "-").then(|| r[0].clone()),
                        bodies: r[1].split(',').map(str::to_string).collect(),
                        names_meeting: names_meeting(&r[3]) || r[0] != "-",
                        weak: r[0] == "-"
                            && r[1] == "heads_of_state"
                            && WEAK.iter().any(|w| r[3].to_lowercase().starts_with(w)),
                    },
                )
            }),
    );
    let mut places: Vec<(String, Place)> = Vec::new();
    for r in k.rows("countries").iter().filter(|r| lang_ok(&r[1], lang)) {
        places.push((
            r[3].clone(),
            Place {
                city: None,
                country: r[0].clone(),
                adj: r[2] == "adj",
                capital: false,
            },
        ));
    }
    for r in k.rows("cities").iter().filter(|r| lang_ok(&r[3], lang)) {
        places.push((
            r[4].clone(),
            Place {
                city: Some(r[0].clone()),
                country: r[1].clone(),
                adj: false,
                capital: r[2] == "y",
            },
        ));
    }
    let outlets = Gazetteer::new(
        k.rows("outlets")
            .iter()
            .filter(|r| lang_ok(&r[2], lang))
            .map(|r| {
                (
                    r[3].clone(),
                    Outlet {
                        name: r[0].clone(),
                        agency: r[1] == "agency",
                    },
                )
            }),
    );
    let simple = |table: &str, li: usize, fi: usize| {
        Gazetteer::new(
            k.rows(table)
                .iter()
                .filter(|r| lang_ok(&r[li], lang))
                .map(|r| (r[fi].clone(), r[0].clone())),
        )
    };
    let places = Gazetteer::new(places);
    let roles = simple("roles", 1, 2);
    let cues = Gazetteer::new(cues);
    let topics = simple("topics", 1, 2);
    let docs = simple("documents", 1, 2);
    let pack = Pack::new(lang);
    let date_words = crate::find::dates::word_table(&pack);
    let lex = Lexicon::new(&[
        orgs.pats(),
        bodies.pats(),
        places.pats(),
        outlets.pats(),
        roles.pats(),
        cues.pats(),
        docs.pats(),
        topics.pats(),
        people.pats(),
        date_words.pats(),
    ]);
    Ok(LangKit {
        pack,
        date_words,
        orgs,
        bodies,
        places,
        outlets,
        roles,
        cues,
        topics,
        docs,
        boiler: Cues::new(boiler_lines, boiler_prefixes, boiler_ends),
        lex,
    })
}

fn compile(k: &Knowledge) -> Result<Inner, Error> {
    let org_codes: Vec<String> = {
        let mut v: Vec<String> = k.rows("orgs").iter().map(|r| r[0].clone()).collect();
        v.dedup();
        v
    };
    let mut holders = Vec::new();
    let mut forms = Vec::new();
    // Surnames shared by several different people are not used alone.
    let mut surname_owners: std::collections::HashMap<String, std::collections::HashSet<String>> =
        Default::default();
    for r in k.rows("people") {
        if let Some(s) = r[0].split_whitespace().last() {
            surname_owners
                .entry(s.to_string())
                .or_default()
                .insert(r[0].clone());
        }
    }
    for r in k.rows("people") {
        let is_org = org_codes.contains(&r[1]);
        let i = holders.len();
        let mut given: Vec<char> = std::iter::once(r[0].as_str())
            .chain(r[5].split('|'))
            .filter(|f| f.trim().contains(' '))
            .filter_map(|f| crate::build::people::name_class(f.trim().trim_start_matches('=')))
            .collect();
        given.sort_unstable();
        given.dedup();
        holders.push(Holder {
            given,
            name: r[0].clone(),
            country: (!is_org && !r[1].is_empty()).then(|| r[1].clone()),
            org: is_org.then(|| r[1].clone()),
            role: r[2].clone(),
            from: date(&r[3]),
            to: date(&r[4]),
        });
        forms.push((r[0].clone(), i));
        let words: Vec<&str> = r[0].split_whitespace().collect();
        if let Some(last) = words.last() {
            let unique = surname_owners
                .get(*last)
                .map(|s| s.len() == 1)
                .unwrap_or(true);
            if words.len() > 1 && last.chars().count() >= 4 && unique {
                forms.push((format!("={last}"), i));
            }
        }
        for f in r[5].split('|').filter(|f| !f.is_empty()) {
            // Single capitalised words must keep their case (`Zas`, `Dar`).
            let f = if !f.contains(' ') && !f.starts_with('=') && !f.contains('*') {
                format!("={f}")
            } else {
                f.to_string()
            };
            forms.push((f, i));
        }
    }
    // The adjective that shares the name's first letters ("Kyrgyz", not "Kirghiz").
    let mut adjectives: std::collections::HashMap<String, String> = Default::default();
    for r in k
        .rows("countries")
        .iter()
        .filter(|r| r[1] == "en" && r[2] == "adj")
    {
        let stem: String = r[0].chars().take(3).collect();
        let better = |old: &String| {
            let (a, b) = (r[3].starts_with(&stem), old.starts_with(&stem));
            (a && !b) || (a == b && r[3].len() < old.len())
        };
        match adjectives.get(&r[0]) {
            Some(old) if !better(old) => {}
            _ => {
                adjectives.insert(r[0].clone(), r[3].clone());
            }
        }
    }
    let people = Gazetteer::new(forms);
    Ok(Inner {
        adjectives,
        en: compile_lang(k, Lang::En, &people)?,
        ru: compile_lang(k, Lang::Ru, &people)?,
        holders,
        people,
        org_codes,
    })
}

static DEFAULT: OnceLock<Result<Extractor, Error>> = OnceLock::new();

/// Parse a `published=` argument: `YYYY-MM-DD`, optionally followed by a time.
pub fn parse_published(s: &str) -> Result<NaiveDate, Error> {
    let head = s.trim().get(..10).unwrap_or(s.trim());
    NaiveDate::parse_from_str(head, "%Y-%m-%d").map_err(|_| {
        Error::new(
            ErrorKind::Input,
            format!("published: expected a date as YYYY-MM-DD, got {s:?}"),
        )
    })
}

impl Extractor {
    /// The engine with the built-in knowledge only.
    pub fn new() -> Result<Extractor, Error> {
        Extractor::builder().build()
    }

    /// A builder, to add knowledge rows first.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            knowledge: Knowledge::builtin(),
        }
    }

    /// The shared default engine, built on first use.
    pub fn default_ref() -> Result<&'static Extractor, Error> {
        DEFAULT
            .get_or_init(Extractor::new)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The compiled parts (for the build stages).
    pub fn inner(&self) -> &Inner {
        &self.inner
    }

    /// Extract the record of one text. `published` anchors year-less and
    /// relative dates when the text does not print its own date.
    ///
    /// Never panics: an internal failure comes back as an
    /// [`ErrorKind::Internal`] error.
    pub fn extract(&self, text: &str, published: Option<NaiveDate>) -> Result<Article, Error> {
        catch_unwind(AssertUnwindSafe(|| {
            build::run(&self.inner, text, published)
        }))
        .map_err(|p| {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Error::new(
                ErrorKind::Internal,
                format!("internal error (a bug): {msg}"),
            )
        })
    }

    /// Extract many texts in parallel; one result per input, in order.
    pub fn extract_many(
        &self,
        texts: &[&str],
        published: &[Option<NaiveDate>],
    ) -> Vec<Result<Article, Error>> {
        texts
            .par_iter()
            .enumerate()
            .map(|(i, t)| self.extract(t, published.get(i).copied().flatten()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_extracts() {
        let ex = Extractor::new().unwrap();
        let a = ex
            .extract(
                "MINSK, June 20. The CSTO Council of Foreign Ministers met in Minsk.",
                None,
            )
            .unwrap();
        assert_eq!(a.lang, "en");
        let m = a.main_meeting().unwrap();
        assert_eq!(m.organization.as_deref(), Some("CSTO"));
        assert_eq!(m.bodies, vec!["foreign_ministers"]);
        assert_eq!(m.city.as_deref(), Some("Minsk"));
    }

    #[test]
    fn user_tables_extend_knowledge() {
        let ex = Extractor::builder()
            .add_table("orgs", "OTS\ten\tTurkic Union of Friends\n")
            .build()
            .unwrap();
        let a = ex
            .extract(
                "The Turkic Union of Friends summit opened in Baku today.",
                None,
            )
            .unwrap();
        assert_eq!(
            a.main_meeting().unwrap().organization.as_deref(),
            Some("OTS")
        );
        assert!(Extractor::builder().add_table("nope", "x").build().is_err());
    }

    #[test]
    fn batch_keeps_order() {
        let ex = Extractor::new().unwrap();
        let texts = ["Привет мир", "", "The SCO summit opened in Astana."];
        let out = ex.extract_many(&texts, &[]);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().lang, "ru");
        assert_eq!(out[2].as_ref().unwrap().meetings.len(), 1);
    }

    #[test]
    fn published_must_be_a_date() {
        assert!(parse_published("2020-05-26").is_ok());
        assert!(parse_published("2020-05-26T10:00").is_ok());
        assert!(parse_published("yesterday").is_err());
    }
}

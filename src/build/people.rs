//! People: office holders from the table (any spelling the table knows,
//! Russian inflections included) and people the table does not know,
//! found as an office followed by a capitalised name. Each mention gets
//! its office and the country or organisation it represents, from the
//! words around it first and the table second.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

use super::Doc;
use super::meetings::floor;
use crate::extractor::Holder;
use crate::lang::Lang;
use crate::record::Span;

/// A person mentioned in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonMention {
    /// Span of the name (normalised bytes).
    pub span: Span,
    /// Canonical name (or the name as written, transliterated).
    pub name: String,
    /// Office.
    pub role: Option<String>,
    /// Country represented.
    pub country: Option<String>,
    /// Organisation represented.
    pub org: Option<String>,
    /// Sentence index.
    pub sent: usize,
    /// Named as the speaker of a transcript ("Dmitry Medvedev: ...", "[Kyrgyz
    /// President Bakiyev in Russian]").
    pub label: bool,
}

/// A name at the head of a line, followed by a colon or inside brackets.
fn speaker_label(doc: &Doc<'_>, span: Span) -> bool {
    let text = &doc.n.text;
    let Some(line) = doc
        .line_at(span[0])
        .map(|i| doc.lines[i])
        .filter(|l| span[1] <= l.end)
    else {
        return false;
    };
    // A label stands at the head of its line.
    if span[0] - line.start > 120 {
        return false;
    }
    let head = &text[line.start..span[0]];
    let after = &text[span[1]..doc.ahead(span[1], 80).min(line.end).max(span[1])];
    let bracketed =
        head.trim_start().starts_with('[') && !head.contains(']') && after.contains(']');
    let colon = head.split_whitespace().count() <= 6 && after.starts_with(':');
    bracketed || colon
}

fn in_term(h: &Holder, d: NaiveDate) -> bool {
    h.from.map(|f| f <= d).unwrap_or(true) && h.to.map(|t| d <= t).unwrap_or(true)
}

fn name_re(lang: Lang) -> &'static Regex {
    static EN: OnceLock<Regex> = OnceLock::new();
    static RU: OnceLock<Regex> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| {
            Regex::new(r"^,?\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?((?:[A-Z]\.\s?){0,3}[A-Z][a-zA-Z'-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][a-zA-Z'-]+){0,3})")
                .expect("name pattern")
        }),
        Lang::Ru => RU.get_or_init(|| {
            Regex::new(r"^,?\s+((?:[А-Я]\.\s?){0,2}[А-Я][а-я-]+(?:\s+[А-Я][а-я-]+){0,2})").expect("name pattern")
        }),
    }
}

/// Whether [`name_re`] can match `s` at all: after an optional comma and
/// at least one space it needs a capital (a title "Mr" starts with one too).
fn name_may_follow(s: &str, lang: Lang) -> bool {
    let rest = s.strip_prefix(',').unwrap_or(s);
    let name = rest.trim_start();
    if name.len() == rest.len() {
        return false;
    }
    match (lang, name.chars().next()) {
        (Lang::En, Some(c)) => c.is_ascii_uppercase(),
        (Lang::Ru, Some(c)) => ('А'..='Я').contains(&c),
        _ => false,
    }
}

/// Initials and a surname: "T. K. Jumakadyrov".
const INITIALS: &str = r"(?-u:\b)(?:[A-Z]\.\s?){1,3}([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?-u:\b)";

fn initials_re() -> &'static regex_automata::meta::Regex {
    static R: OnceLock<regex_automata::meta::Regex> = OnceLock::new();
    R.get_or_init(|| regex_automata::meta::Regex::new(INITIALS).expect("initials pattern"))
}

/// Where [`initials_re`] can match: a capital after a word boundary with a
/// full stop after it. Each is searched as an anchored window.
fn initials(text: &str) -> Vec<regex_automata::util::captures::Captures> {
    let b = text.as_bytes();
    let starts = text.match_indices('.').filter_map(|(p, _)| {
        let s = p.checked_sub(1)?;
        let boundary = s == 0 || !(b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_');
        (b[s].is_ascii_uppercase() && boundary).then_some((s, text.len(), true))
    });
    crate::find::captures_in(initials_re(), text, starts)
}

const NOT_NAMES: &[&str] = &[
    "The",
    "This",
    "That",
    "He",
    "She",
    "It",
    "They",
    "We",
    "In",
    "On",
    "At",
    "Of",
    "And",
    "But",
    "For",
    "As",
    "By",
    "With",
    "From",
    "To",
    "Council",
    "Committee",
    "Organization",
    "Organisation",
    "Ministry",
    "Republic",
    "Federation",
    "State",
    "States",
    "Union",
    "President",
    "Minister",
    "Secretary",
    "General",
    "Foreign",
    "Affairs",
    "Defense",
    "Defence",
    "Security",
    "Executive",
];

/// The sound class ([`name_class`]) of a given name (or initial) written
/// just before byte `at`: one capitalised word and one space, that no table
/// knows as anything else (an office, a place, an organisation).
fn given_initial_before(doc: &Doc<'_>, at: usize) -> Option<char> {
    let before = doc.n.text.get(..at)?.strip_suffix(' ')?;
    let word_len: usize = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '-' || *c == '.')
        .map(char::len_utf8)
        .sum();
    let start = before.len() - word_len;
    let word = &before[start..];
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let initial = rest == ".";
    let name = rest.chars().count() >= 2
        && rest.chars().all(|c| c.is_lowercase() || c == '-')
        && !NOT_NAMES.contains(&word);
    if !first.is_uppercase() || !(initial || name) {
        return None;
    }
    let end = before.len();
    if Doc::overlapping(&doc.roles, start, end, 120)
        .next()
        .is_some()
        || Doc::overlapping(&doc.places, start, end, 80)
            .next()
            .is_some()
        || Doc::overlapping(&doc.orgs, start, end, 120)
            .next()
            .is_some()
        || Doc::overlapping(&doc.cues, start, end, 120)
            .next()
            .is_some()
    {
        return None;
    }
    name_class(word)
}

/// The sound class of a given name (or form) from its opening: that of its
/// first letter, but a J for Russian "Дж" and its transliteration "Dzh"
/// (Джейхун is Jeyhun); `None` unless it opens with a capital.
pub fn name_class(word: &str) -> Option<char> {
    let first = word.chars().next().filter(|c| c.is_uppercase())?;
    if word.starts_with("Дж") || word.starts_with("Dzh") {
        return Some(sound_class('J'));
    }
    Some(sound_class(first))
}

/// The sound class of a name's first letter, so that one given name in two
/// spellings or scripts gets one class: transliterated, vowels and y/j
/// alike, k/q/c/g/h/x alike.
pub fn sound_class(c: char) -> char {
    let l = translit(&c.to_string())
        .chars()
        .next()
        .unwrap_or(c)
        .to_ascii_uppercase();
    match l {
        'A' | 'E' | 'I' | 'O' | 'U' | 'Y' | 'J' => 'A',
        'K' | 'Q' | 'C' | 'G' | 'H' | 'X' => 'K',
        'V' | 'W' => 'V',
        other => other,
    }
}

/// Standard transliteration of Cyrillic (for names the table lacks).
pub fn translit(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let t = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' => "",
            'ы' => "y",
            'ь' => "",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        if c.is_uppercase() {
            let mut it = t.chars();
            if let Some(f) = it.next() {
                out.extend(f.to_uppercase());
                out.push_str(it.as_str());
            }
        } else {
            out.push_str(t);
        }
    }
    out
}

/// Country (and office) written next to a name: "Russian Foreign Minister
/// Sergey Lavrov", "Foreign Minister of Belarus Sergei Aleinik",
/// "Makei, the Belarusian foreign minister".
fn context(doc: &Doc<'_>, span: Span) -> (Option<String>, Option<String>, Option<String>) {
    let text = &doc.n.text;
    let sent = doc.sent_at(span[0]).map(|i| doc.sents[i]);
    let (ss, se) = sent.map(|s| (s.start, s.end)).unwrap_or((span[0], span[1]));
    // Office just before the name (the closest role ending within 70 bytes).
    let lo70 = doc.back(span[0], 70).max(ss);
    let role_before = Doc::within(&doc.roles, doc.back(lo70, 60), span[0])
        .iter()
        .rfind(|r| {
            let near = r.end <= span[0] && r.start >= ss && r.end >= lo70;
            near && {
                let gap = &text[r.end..span[0]];
                !gap.contains(',')
                    || gap.trim_start_matches(',').trim().is_empty()
                    || doc.kit.pack.office_link_in(gap)
            }
        });
    let role_after = Doc::within(&doc.roles, span[1], doc.ahead(span[1], 30) + 1)
        .iter()
        .find(|r| {
            r.start >= span[1]
                && r.end <= se
                && r.start <= doc.ahead(span[1], 30)
                && text[span[1]..r.start].trim_start().starts_with(',')
        });
    let role_hit = role_before.or(role_after);
    let role = role_hit.map(|r| r.value.clone());
    let (lo, hi) = match role_hit {
        Some(r) if r.end <= span[0] => (doc.back(r.start, 40).max(ss), span[0]),
        Some(r) => (span[1], (r.end + 5).min(se)),
        None => (doc.back(span[0], 30).max(ss), span[0]),
    };
    let country = Doc::within(&doc.places, lo, hi)
        .iter()
        .rfind(|p| {
            // "Ambassador to Lithuania": the posting, not the country represented.
            let lead = &text[floor(text, p.start.saturating_sub(4))..p.start];
            let posting = doc.kit.pack.posting_preps.iter().any(|w| lead.ends_with(w));
            p.start >= lo && p.end <= hi && p.value.city.is_none() && !posting
        })
        .map(|p| p.value.country.clone());
    let org = Doc::within(&doc.orgs, lo, hi)
        .iter()
        .rfind(|o| o.start >= lo && o.end <= hi)
        .map(|o| o.value.clone());
    (role, country, org)
}

/// Every person mention in the article text, in text order.
pub fn find(doc: &Doc<'_>) -> Vec<PersonMention> {
    let mut out: Vec<PersonMention> = Vec::new();
    let day = doc.anchor;
    let mut i = 0;
    let hits = &doc.people;
    while i < hits.len() {
        let span = [hits[i].start, hits[i].end];
        let mut j = i;
        while j < hits.len() && hits[j].start == span[0] && hits[j].end == span[1] {
            j += 1;
        }
        let cands: Vec<&Holder> = hits[i..j]
            .iter()
            .map(|h| &doc.ex.holders[*h.value])
            .collect();
        i = j;
        let Some(sent) = doc.sent_at(span[0]) else {
            continue;
        };
        // A surname alone after another given name is someone else
        // ("Danial Akhmetov" is not the table's Serik Akhmetov).
        if !doc.n.text[span[0]..span[1]].contains(' ') {
            if let Some(c) = given_initial_before(doc, span[0]) {
                if !cands.iter().any(|h| h.given.contains(&c)) {
                    continue;
                }
            }
        }
        let (role, country, _org) = context(doc, span);
        // Pick the term: in office at the anchor, matching the stated country.
        let pick = cands
            .iter()
            .filter(|h| {
                country
                    .as_ref()
                    .is_none_or(|c| h.country.as_ref() == Some(c))
            })
            .filter(|h| day.is_none_or(|d| in_term(h, d)))
            .max_by_key(|h| h.from)
            .or_else(|| {
                cands
                    .iter()
                    .filter(|h| day.is_none_or(|d| in_term(h, d)))
                    .max_by_key(|h| h.from)
            })
            .or_else(|| cands.iter().max_by_key(|h| h.from))
            .copied();
        let Some(h) = pick else { continue };
        // The table knows whom an office holder represents better than the
        // words around a name in a list ("... of Azerbaijan and Armenia, A and B").
        out.push(PersonMention {
            span,
            name: h.name.clone(),
            role: role.or_else(|| Some(h.role.clone())),
            country: h.country.clone(),
            org: h.org.clone(),
            sent,
            label: speaker_label(doc, span),
        });
    }
    // Spans taken so far, sorted, for overlap checks in O(log n).
    let mut taken: std::collections::BTreeMap<usize, usize> =
        out.iter().map(|m| (m.span[0], m.span[1])).collect();
    let overlaps = |taken: &std::collections::BTreeMap<usize, usize>, span: Span| {
        taken
            .range(..span[1])
            .next_back()
            .is_some_and(|(_, &e)| e > span[0])
    };
    // Initials and a surname the table does not know: "T. K. Jumakadyrov".
    for c in initials(&doc.n.text) {
        let (Some(all), Some(sur)) = (c.get_group(0), c.get_group(1)) else {
            continue;
        };
        let span = [all.start, all.end];
        let Some(sent) = doc.sent_at(span[0]) else {
            continue;
        };
        if overlaps(&taken, span) {
            continue;
        }
        let (role, country, org) = context(doc, span);
        if role.is_none() && country.is_none() && org.is_none() {
            continue;
        }
        taken.insert(span[0], span[1]);
        out.push(PersonMention {
            span,
            name: doc.n.text[sur.range()].to_string(),
            role,
            country,
            org,
            sent,
            label: speaker_label(doc, span),
        });
    }
    // Office + capitalised name for people the table does not know.
    for r in &doc.roles {
        let text = &doc.n.text;
        let Some(sent) = doc.sent_at(r.start) else {
            continue;
        };
        let se = doc.sents[sent].end;
        // Skip "of Belarus", "of the Republic of Armenia", "for Economic Diplomacy of Iran".
        let mut p = r.end;
        if let Some(c) = Doc::within(&doc.places, p, doc.ahead(p, 50) + 1)
            .iter()
            .find(|c| {
                let gap = text[p..c.start.max(p)].trim_start();
                c.start >= p
                    && c.start <= doc.ahead(p, 50)
                    && c.end <= se
                    && c.value.city.is_none()
                    && (doc.kit.pack.office_country_preps.iter().any(|w| gap.starts_with(w))
                    // Russian puts the country in the genitive right after the office.
                    || (doc.kit.pack.country_in_genitive && gap.is_empty()))
                    && !gap.contains(',')
            })
        {
            p = c.end;
        }
        if p >= se {
            continue;
        }
        if !name_may_follow(&text[p..se], doc.lang) {
            continue;
        }
        let Some(c) = name_re(doc.lang).captures(&text[p..se]) else {
            continue;
        };
        let Some(g) = c.get(1) else { continue };
        let span = [p + g.start(), p + g.end()];
        let first = g.as_str().split_whitespace().next().unwrap_or("");
        if (NOT_NAMES.contains(&first)
            || g.as_str().split_whitespace().count() < 2 && !g.as_str().contains('.'))
            && g.as_str().split_whitespace().count() < 2
        {
            continue;
        }
        if NOT_NAMES.contains(&first) {
            continue;
        }
        if overlaps(&taken, span) {
            continue;
        }
        if Doc::overlapping(&doc.places, span[0], span[1], 80)
            .next()
            .is_some()
            || Doc::overlapping(&doc.roles, span[0], span[1], 120)
                .next()
                .is_some()
            || Doc::within(&doc.orgs, span[0], span[0] + 1)
                .iter()
                .next()
                .is_some()
        {
            continue;
        }
        if !g.as_str().chars().any(char::is_lowercase) {
            continue; // an ALL-CAPS headline, not a name
        }
        let (role, country, org) = context(doc, span);
        let name = match doc.lang {
            Lang::Ru => translit(g.as_str()),
            Lang::En => g.as_str().to_string(),
        };
        taken.insert(span[0], span[1]);
        out.push(PersonMention {
            span,
            name,
            role,
            country,
            org,
            sent,
            label: speaker_label(doc, span),
        });
    }
    out.sort_by_key(|m| m.span[0]);
    out
}

/// The country of the office holder named at `span` (the term in office at
/// the anchor date when the name has several).
pub fn country_at(doc: &Doc<'_>, span: Span) -> Option<String> {
    let terms: Vec<&Holder> = Doc::within(&doc.people, span[0], span[0] + 1)
        .iter()
        .filter(|h| h.start == span[0] && h.end == span[1])
        .map(|h| &doc.ex.holders[*h.value])
        .collect();
    terms
        .iter()
        .filter(|h| doc.anchor.is_none_or(|d| in_term(h, d)))
        .find_map(|h| h.country.clone())
        .or_else(|| terms.iter().find_map(|h| h.country.clone()))
}

/// The office holder for a role phrase ("the Tajik foreign minister") at `day`.
pub fn holder_for(
    doc: &Doc<'_>,
    role: &str,
    country: Option<&str>,
    day: Option<NaiveDate>,
) -> Option<String> {
    let day = day?;
    doc.ex
        .holders
        .iter()
        .filter(|h| {
            h.role == role
                && country
                    .map(|c| h.country.as_deref() == Some(c))
                    .unwrap_or(false)
        })
        .find(|h| in_term(h, day))
        .map(|h| h.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates() {
        assert_eq!(translit("Максим Рыженков"), "Maksim Ryzhenkov");
        assert_eq!(translit("Шойгу"), "Shoygu");
    }

    #[test]
    fn the_name_test_lets_through_every_name_the_pattern_finds() {
        for (s, lang) in [
            (" Sergei Lavrov said", Lang::En),
            (", Mr. Smith", Lang::En),
            (" A. B. Petrov", Lang::En),
            (" said", Lang::En),
            ("Lavrov", Lang::En),
            (",\nJohn Doe", Lang::En),
            (" \u{2003}John Doe", Lang::En),
            (" Сергей Лавров", Lang::Ru),
            (", С. Лавров", Lang::Ru),
            (" заявил", Lang::Ru),
            (" Ёлкин", Lang::Ru),
        ] {
            if name_re(lang).is_match(s) {
                assert!(name_may_follow(s, lang), "{s:?}");
            }
        }
        assert!(!name_may_follow(" said", Lang::En));
        assert!(!name_may_follow(" заявил", Lang::Ru));
    }

    #[test]
    fn initials_windows_find_what_the_whole_text_search_finds() {
        let plain = regex::Regex::new(INITIALS).unwrap();
        for text in [
            "Met T. K. Jumakadyrov and A.B. Smith-Jones; U.S. officials. X.Y.Z.Abc",
            "Лавров и A. Petrov. St. Petersburg, J. Doe's, a.B. Cdef, AB. Cdef",
            "E. ",
            ".A. Bcd",
        ] {
            let want: Vec<(usize, usize, usize, usize)> = plain
                .captures_iter(text)
                .map(|c| {
                    let (a, g) = (c.get(0).unwrap(), c.get(1).unwrap());
                    (a.start(), a.end(), g.start(), g.end())
                })
                .collect();
            let got: Vec<(usize, usize, usize, usize)> = initials(text)
                .iter()
                .map(|c| {
                    let (a, g) = (c.get_group(0).unwrap(), c.get_group(1).unwrap());
                    (a.start, a.end, g.start, g.end)
                })
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}

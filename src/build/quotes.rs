//! Quotations with their speakers.
//!
//! A quotation counts when it has at least five words and someone is said
//! to say it: an attribution verb next to it ("...," Lavrov said; he noted
//! that "..."; «...», — заявил министр), or it opens a paragraph right
//! after another attributed quotation (a speech continued). The speaker is
//! the person named in the attribution, else the person a pronoun or an
//! office ("the top diplomat") stands for: the last person mentioned.

use super::Doc;
use super::people::{PersonMention, holder_for};
use crate::extractor::Cue;
use crate::find::quotes::{QSpan, find};
use crate::lang::Lang;
use crate::record::Quote;

/// A quotation and where it sits.
#[derive(Debug, Clone)]
pub struct Found {
    /// The record entry (normalised spans until `finish`).
    pub quote: Quote,
    /// The marks.
    pub q: QSpan,
}

const TITLE_WORDS: &[&str] = &[
    "titled",
    "entitled",
    "called",
    "named",
    "draft",
    "program",
    "programme",
    "project",
    "concept",
    "conception",
    "declaration",
    "treaty",
    "agreement",
    "theme",
    "slogan",
    "motto",
    "initiative",
    "on",
    "the",
    "documents",
    "strategy",
    "plan",
    "statement",
    "exhibition",
    "under",
    "названием",
    "программ",
    "проект",
    "концепци",
    "заявлени",
    "декларац",
    "договор",
    "соглашени",
    "решени",
    "форум",
];

const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "the minister",
    "the diplomat",
    "the top diplomat",
    "the chief diplomat",
    "the president",
    "the prime minister",
    "the secretary general",
    "the aide",
    "the official",
    "the head of state",
    "the head of the foreign ministry",
    "the russian president",
    "the russian foreign minister",
    "the russian chief diplomat",
    "the foreign minister",
    "он",
    "она",
    "министр",
    "глава мид",
    "президент",
    "глава государства",
    "премьер",
];

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .count()
}

/// Quotations in text order.
pub fn build(doc: &Doc<'_>, persons: &[PersonMention]) -> Vec<Found> {
    let text = &doc.n.text;
    let mut out: Vec<Found> = Vec::new();
    for q in find(text) {
        if !doc.in_content(q.start) || words(&text[q.start..q.end]) < 5 {
            continue;
        }
        let Some(si) = doc.sent_at(q.start) else {
            continue;
        };
        let line = doc.lines[doc.sents[si].line];
        // Words just before the opening mark.
        let before = &text[line.start..q.open];
        let prev_word = before
            .trim_end()
            .trim_end_matches([',', ':', '(', '-'])
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let is_title = TITLE_WORDS
            .iter()
            .any(|w| prev_word.starts_with(w) && !prev_word.is_empty())
            && !before.trim_end().ends_with(':');
        if is_title {
            continue;
        }
        // Attribution windows.
        let mut a_end = (q.after + 90).min(line.end);
        while !text.is_char_boundary(a_end) {
            a_end -= 1;
        }
        let after = &text[q.after..a_end];
        let after_cut = after
            .find(['"', '\u{201c}', '\u{ab}'])
            .unwrap_or(after.len());
        let after_end = q.after + after_cut;
        let b_start = doc
            .sents
            .iter()
            .rev()
            .find(|s| s.start <= q.open)
            .map(|s| s.start)
            .unwrap_or(line.start)
            .max(line.start);
        let b_start = super::meetings::floor(
            text,
            b_start.max(q.open.saturating_sub(120)).max(line.start),
        );
        let say_after = doc.has_cue(q.after, after_end, |c| c == Cue::Say);
        let say_before = doc.has_cue(b_start, q.open, |c| c == Cue::Say)
            || text[b_start..q.open].trim_end().ends_with(':');
        let at_para_start =
            text[line.start..q.open].trim().is_empty() || text[line.start..q.open].trim() == "-";
        let continued = at_para_start
            && out
                .last()
                .map(|p| p.q.after + 400 >= q.open)
                .unwrap_or(false)
            && !say_after;
        if !(say_after || say_before || continued) {
            continue;
        }
        // Speaker.
        let named_after = persons
            .iter()
            .find(|p| p.span[0] >= q.after && p.span[0] < after_end);
        let named_before = persons
            .iter()
            .rfind(|p| p.span[0] >= b_start && p.span[1] <= q.open);
        let mut speaker = if say_after {
            named_after.map(|p| p.name.clone())
        } else {
            None
        };
        if speaker.is_none() && say_before {
            speaker = named_before.map(|p| p.name.clone());
        }
        if speaker.is_none() {
            let window = if say_after {
                &text[q.after..after_end]
            } else {
                &text[b_start..q.open]
            };
            let low = window.to_lowercase();
            let pronoun = PRONOUNS.iter().any(|p| {
                low.split(|c: char| !c.is_alphanumeric() && c != ' ')
                    .any(|seg| {
                        seg.trim().starts_with(p)
                            || seg.contains(&format!(" {p} "))
                            || seg.trim().ends_with(p)
                    })
            });
            // An office with a country: "the Tajik foreign minister".
            let (wa, wb) = if say_after {
                (q.after, after_end)
            } else {
                (b_start, q.open)
            };
            let role = doc.roles.iter().find(|r| r.start >= wa && r.end <= wb);
            if let Some(r) = role {
                let country = doc
                    .places
                    .iter()
                    .rfind(|p| p.end <= r.start && p.start + 30 >= r.start && p.start >= wa)
                    .map(|p| p.value.country.as_str());
                let same_office = |p: &&PersonMention| {
                    p.role.as_deref() == Some(r.value.as_str())
                        || (r.value == "Foreign Minister"
                            && p.role.as_deref().is_some_and(|x| x.contains("Foreign")))
                };
                let same_country =
                    |p: &&PersonMention| country.is_none_or(|c| p.country.as_deref() == Some(c));
                speaker = persons
                    .iter()
                    .rfind(|p| p.span[1] <= q.open && same_office(p) && same_country(p))
                    .map(|p| p.name.clone())
                    .or_else(|| holder_for(doc, r.value, country, doc.anchor));
            }
            if speaker.is_none() && (pronoun || role.is_some()) {
                speaker = persons
                    .iter()
                    .rfind(|p| p.span[1] <= q.open)
                    .map(|p| p.name.clone());
            }
            if speaker.is_none() && continued {
                speaker = out.last().and_then(|p| p.quote.speaker.clone());
            }
            if speaker.is_none() && doc.lang == Lang::Ru && say_after {
                speaker = persons
                    .iter()
                    .rfind(|p| p.span[1] <= q.open)
                    .map(|p| p.name.clone());
            }
        }
        out.push(Found {
            quote: Quote {
                speaker,
                text: text[q.start..q.end].to_string(),
                span: [q.start, q.end],
            },
            q,
        });
    }
    out
}

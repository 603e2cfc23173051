//! Documents a meeting acted on: a document noun ("statement",
//! "declaration", "agreement", ...) with its modifiers and complement, in a
//! sentence with an action verb ("adopted", "signed", "will be submitted").

use super::Doc;
use crate::extractor::{ACTIONS, Cue};
use crate::record::{Document, Meeting};

const STOP_LEFT: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "this",
    "that",
    "and",
    "with",
    "of",
    "on",
    "in",
    "to",
    "by",
    "at",
    "as",
    "which",
    "including",
    "adopted",
    "approved",
    "signed",
    "endorsed",
    "amended",
    "submitted",
    "drafted",
    "discussed",
    "considered",
    "consider",
    "sign",
    "adopt",
    "approve",
    "also",
    "were",
    "was",
    "be",
    "will",
    "is",
    "are",
    "have",
    "has",
    "we",
    "they",
    "total",
    "number",
    "over",
    "about",
    "some",
    "all",
    "following",
    "namely",
];

const STOP_RIGHT: &[&str] = &[
    " which ",
    " that ",
    " was ",
    " were ",
    " will ",
    " is ",
    " are ",
    " has ",
    " have ",
    ", ",
    ". ",
    "; ",
    " and ",
    " as well as ",
    " - ",
    " to be ",
    " at the ",
    " during ",
    " following ",
    " after ",
];

/// Documents in the given sentences.
pub fn find(
    doc: &Doc<'_>,
    own: &[usize],
    is_main: bool,
    others: &[usize],
    m: &Meeting,
) -> Vec<Document> {
    let text = &doc.n.text;
    let _ = m;
    let mut sents: Vec<usize> = own.to_vec();
    if is_main {
        sents.extend((0..doc.sents.len()).filter(|i| !others.contains(i)));
    }
    sents.sort_unstable();
    sents.dedup();
    let mut out: Vec<Document> = Vec::new();
    for si in sents {
        let s = doc.sents[si];
        let acts: Vec<(usize, usize)> = doc
            .cues
            .iter()
            .filter(|c| c.start >= s.start && c.end <= s.end)
            .filter_map(|c| {
                if let Cue::Act(a) = c.value {
                    Some((c.start, *a))
                } else {
                    None
                }
            })
            .collect();
        if acts.is_empty() {
            continue;
        }
        let nouns: Vec<_> = doc
            .kit
            .docs
            .find_longest(&doc.n)
            .into_iter()
            .filter(|h| h.start >= s.start && h.end <= s.end)
            .collect();
        for h in nouns {
            // Left edge: back over modifiers.
            let mut start = h.start;
            let left = &text[s.start..h.start];
            for w in left.split_inclusive(' ').rev() {
                let word = w
                    .trim()
                    .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                if word.is_empty()
                    || STOP_LEFT.contains(&word.to_lowercase().as_str())
                    || w.trim().ends_with([',', ':', ';', '"'])
                {
                    break;
                }
                start -= w.len();
            }
            // Right edge: a complement ("on ...", "of ...", "for ...").
            let mut end = h.end;
            let right = &text[h.end..s.end];
            let rl = right.to_lowercase();
            if [
                " on ",
                " of ",
                " for ",
                " regarding ",
                " concerning ",
                " to ",
                " between ",
                " till ",
                " until ",
            ]
            .iter()
            .any(|p| rl.starts_with(p))
            {
                let mut stop = right.len();
                for p in STOP_RIGHT {
                    if let Some(i) = rl[1..].find(p) {
                        stop = stop.min(i + 1);
                    }
                }
                let words = right[..stop].split_whitespace().count();
                if words <= 18 {
                    end = h.end + stop;
                }
            }
            let title = text[start..end]
                .trim_end_matches(['.', ',', ' '])
                .to_string();
            let end = start + title.len();
            if title.is_empty() {
                continue;
            }
            // The closest action, preferring one before the noun.
            let action = acts
                .iter()
                .min_by_key(|(p, _)| {
                    if *p <= h.start {
                        h.start - p
                    } else {
                        (p - h.start) * 2
                    }
                })
                .map(|(_, a)| ACTIONS[*a])
                .unwrap_or("discussed");
            if out.iter().any(|d| d.span[0] < end && start < d.span[1]) {
                continue;
            }
            out.push(Document {
                title,
                kind: h.value.clone(),
                action: action.to_string(),
                span: [start, end],
            });
        }
    }
    out
}

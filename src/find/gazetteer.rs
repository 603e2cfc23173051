//! Phrase lookup over normalised text: one Aho-Corasick automaton per
//! gazetteer, built once.
//!
//! Pattern syntax (the data files use it):
//! - words separated by single spaces, matched case-insensitively;
//! - a pattern with no lowercase letter (`CSTO`, `ОДКБ`, `UN`) is matched
//!   case-sensitively, so that acronyms do not fire on ordinary words;
//! - `word*` matches the word and any ending (`Минск*` finds `Минске`,
//!   `foreign minister*` finds `foreign ministers'`), which is how Russian
//!   inflection is handled without a stemmer;
//! - `word?` (not first) is optional (`council of the? foreign ministers`);
//! - `=Name` keeps its exact case (`=Trend`, an agency and a common word).
//!
//! Design note: the automaton holds only each pattern's first word; a hit
//! is then verified word by word at that position. This keeps one linear
//! scan per text however many multi-word, inflected patterns there are.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::text::normalise::Normalized;

#[derive(Debug, Clone)]
struct Word {
    text: String,
    stem: bool,
    optional: bool,
}

#[derive(Debug, Clone)]
struct Entry<T> {
    words: Vec<Word>,
    case_sensitive: bool,
    value: T,
}

/// A phrase found in the text (byte offsets into the normalised text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'g, T> {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The value the data file gives the phrase.
    pub value: &'g T,
}

/// A compiled phrase list.
#[derive(Debug, Clone)]
pub struct Gazetteer<T> {
    ac: Option<AhoCorasick>,
    /// For each automaton pattern (a distinct first word), the entries that start with it.
    by_first: Vec<Vec<usize>>,
    entries: Vec<Entry<T>>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn parse(pattern: &str) -> (Vec<Word>, bool) {
    // `=Trend`: a name that is also a common word keeps its exact case.
    let (pattern, exact) = match pattern.strip_prefix('=') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let case_sensitive = exact
        || (!pattern.chars().any(|c| c.is_lowercase())
            && pattern.chars().any(|c| c.is_uppercase()));
    let words = pattern
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let (w, optional) = match w.strip_suffix('?') {
                Some(x) if i > 0 => (x, true),
                _ => (w, false),
            };
            let (w, stem) = match w.strip_suffix('*') {
                Some(x) => (x, true),
                None => (w, false),
            };
            let text = if case_sensitive {
                w.to_string()
            } else {
                w.to_lowercase()
            };
            Word {
                text,
                stem,
                optional,
            }
        })
        .collect();
    (words, case_sensitive)
}

impl<T: Clone> Gazetteer<T> {
    /// Build from `(pattern, value)` pairs. Empty patterns are skipped.
    pub fn new<I: IntoIterator<Item = (String, T)>>(items: I) -> Gazetteer<T> {
        let mut entries = Vec::new();
        let mut firsts: Vec<String> = Vec::new();
        let mut by_first: Vec<Vec<usize>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (pattern, value) in items {
            let (words, case_sensitive) = parse(&pattern);
            if words.is_empty() || words[0].text.is_empty() {
                continue;
            }
            // The automaton runs on the lowercase text; case is checked on verification.
            let first = words[0].text.to_lowercase();
            let slot = *index.entry(first.clone()).or_insert_with(|| {
                firsts.push(first);
                by_first.push(Vec::new());
                by_first.len() - 1
            });
            by_first[slot].push(entries.len());
            entries.push(Entry {
                words,
                case_sensitive,
                value,
            });
        }
        let ac = if firsts.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&firsts)
                .ok()
        };
        Gazetteer {
            ac,
            by_first,
            entries,
        }
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every verified match, overlapping ones included, in text order.
    pub fn find_all<'g>(&'g self, n: &Normalized) -> Vec<Hit<'g, T>> {
        self.find_in(n, 0, n.text.len())
    }

    /// Verified matches that start within `[from, to)`.
    pub fn find_in<'g>(&'g self, n: &Normalized, from: usize, to: usize) -> Vec<Hit<'g, T>> {
        let mut hits = Vec::new();
        let Some(ac) = &self.ac else { return hits };
        let lower = &n.lower[..to.min(n.lower.len())];
        let mut last: Option<(usize, usize)> = None;
        for m in ac.find_overlapping_iter(&lower[from.min(lower.len())..]) {
            let start = from + m.start();
            if start > 0 {
                if let Some(prev) = n.text[..start].chars().next_back() {
                    if is_word_char(prev) {
                        continue;
                    }
                }
            }
            // Same first word found twice at one place cannot happen, but guard
            // against repeated work anyway.
            if last == Some((start, m.pattern().as_usize())) {
                continue;
            }
            last = Some((start, m.pattern().as_usize()));
            for &ei in &self.by_first[m.pattern().as_usize()] {
                let e = &self.entries[ei];
                if let Some(end) = verify(n, start, &e.words, e.case_sensitive) {
                    hits.push(Hit {
                        start,
                        end,
                        value: &e.value,
                    });
                }
            }
        }
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits
    }

    /// Leftmost-longest, non-overlapping matches; several values for the
    /// very same span are all kept.
    pub fn find_longest<'g>(&'g self, n: &Normalized) -> Vec<Hit<'g, T>> {
        longest(self.find_all(n))
    }
}

/// Keep leftmost-longest non-overlapping hits (input sorted by start, longest first).
pub fn longest<T>(hits: Vec<Hit<'_, T>>) -> Vec<Hit<'_, T>> {
    let mut out: Vec<Hit<'_, T>> = Vec::with_capacity(hits.len());
    let mut reach = 0usize;
    for h in hits {
        if let Some(last) = out.last() {
            if h.start == last.start && h.end == last.end {
                out.push(h);
                continue;
            }
        }
        if h.start >= reach {
            reach = h.end;
            out.push(h);
        }
    }
    out
}

/// Match `words` at `start`; return the end byte on success.
fn verify(n: &Normalized, start: usize, words: &[Word], case_sensitive: bool) -> Option<usize> {
    fn go(n: &Normalized, pos: usize, words: &[Word], cs: bool, first: bool) -> Option<usize> {
        let Some(w) = words.first() else {
            // Whole pattern matched: the next character must end the word.
            return match n.text[pos..].chars().next() {
                Some(c) if is_word_char(c) => None,
                _ => Some(pos),
            };
        };
        let mut p = pos;
        if !first {
            // One or more spaces between words (a line break counts).
            let rest = &n.text[p..];
            let skipped = rest.len() - rest.trim_start_matches([' ', '\n']).len();
            if skipped == 0 || skipped > 3 {
                return if w.optional {
                    go(n, pos, &words[1..], cs, first)
                } else {
                    None
                };
            }
            p += skipped;
        }
        let hay = if cs { &n.text } else { &n.lower };
        let matched = hay[p..].starts_with(w.text.as_str());
        if matched {
            let mut q = p + w.text.len();
            if w.stem {
                for c in n.text[q..].chars() {
                    if is_word_char(c) {
                        q += c.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            if let Some(end) = go(n, q, &words[1..], cs, false) {
                return Some(end);
            }
        }
        if w.optional {
            return go(n, pos, &words[1..], cs, first);
        }
        None
    }
    go(n, start, words, case_sensitive, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalise::normalise;

    fn spans(g: &Gazetteer<u32>, text: &str) -> Vec<(String, u32)> {
        let n = normalise(text);
        g.find_longest(&n)
            .into_iter()
            .map(|h| (n.text[h.start..h.end].to_string(), *h.value))
            .collect()
    }

    #[test]
    fn table() {
        let g = Gazetteer::new(vec![
            ("CSTO".to_string(), 1),
            ("council of the? foreign ministers".to_string(), 2),
            ("foreign minister*".to_string(), 3),
            ("Минск*".to_string(), 4),
            ("высш* евразийск* экономическ* совет*".to_string(), 5),
            ("UN".to_string(), 6),
        ]);
        let cases: Vec<(&str, Vec<(&str, u32)>)> = vec![
            (
                "the CSTO Council of Foreign Ministers met",
                vec![("CSTO", 1), ("Council of Foreign Ministers", 2)],
            ),
            (
                "council of the foreign ministers",
                vec![("council of the foreign ministers", 2)],
            ),
            ("Foreign Ministers' Council", vec![("Foreign Ministers", 3)]),
            ("в Минске прошло", vec![("Минске", 4)]),
            (
                "заседание Высшего Евразийского экономического совета",
                vec![("Высшего Евразийского экономического совета", 5)],
            ),
            (
                "csto and un are lowercase here; CSTOs is not a word match",
                vec![],
            ),
            ("the UN Charter", vec![("UN", 6)]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, u32)> =
                want.into_iter().map(|(s, v)| (s.to_string(), v)).collect();
            assert_eq!(spans(&g, text), want, "{text}");
        }
    }
}

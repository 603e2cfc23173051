//! Stage 3: split the article's lines into sentences.
//!
//! A sentence never crosses a line break (scraped paragraphs and headlines
//! are lines) and ends at `.`, `!` or `?` followed by a space and a capital,
//! digit or quotation mark, unless the word before the stop is an
//! abbreviation or an initial (`Mr.`, `Oct.`, `N. P. Patrushev`, `г.`).

use super::boilerplate::Line;

/// A sentence: byte range in the normalised text and the line it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Start byte.
    pub start: usize,
    /// End byte (after the stop).
    pub end: usize,
    /// Index of its line.
    pub line: usize,
}

const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "prof", "no", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc",
    "ltd", "co", "jr", "sr", "u.s", "u.n", "e.g", "i.e", "г", "гг", "им", "т.е", "т.к", "ул", "мн",
    "тыс", "млн", "млрд", "руб", "ст", "см", "др",
];

fn is_abbrev(word: &str) -> bool {
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()) {
        return true; // an initial
    }
    ABBREV.contains(&w.as_str())
}

/// Split the non-boilerplate lines of `text` into sentences.
pub fn split(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if line.boiler || line.start == line.end {
            continue;
        }
        let s = &text[line.start..line.end];
        let mut start = 0usize;
        let bytes = s.as_bytes();
        let mut i = 0usize;
        // Only a stop can end a sentence: jump from one to the next.
        while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i.min(bytes.len())..]) {
            i += k;
            let b = bytes[i];
            // Take closing quotes and brackets into the sentence.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            for q in ["\u{201d}", "\u{bb}"] {
                if s[j..].starts_with(q) {
                    j += q.len();
                }
            }
            let rest = &s[j..];
            let next = rest.trim_start();
            let spaced = rest.len() > next.len();
            let starts_upper = next
                .chars()
                .next()
                .map(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || "\"\u{201c}\u{ab}'(-".contains(c)
                })
                .unwrap_or(false);
            // The word before the stop (a long run without spaces is no abbreviation).
            let from = s[..i]
                .char_indices()
                .rev()
                .take(12)
                .last()
                .map(|(k, _)| k)
                .unwrap_or(0)
                .max(start);
            let word = s[from..i]
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            if spaced && starts_upper && !(b == b'.' && is_abbrev(word)) {
                out.push(Sentence {
                    start: line.start + start,
                    end: line.start + j,
                    line: li,
                });
                start = j + (rest.len() - next.len());
                i = start;
                continue;
            }
            i = j;
        }
        if start < s.len() {
            out.push(Sentence {
                start: line.start + start,
                end: line.end,
                line: li,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::text::boilerplate::{Cues, mark};

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "Secretary N. P. Patrushev spoke. Then.",
                &["Secretary N. P. Patrushev spoke.", "Then."],
            ),
            (
                "On Oct. 12 they met. Done.",
                &["On Oct. 12 they met.", "Done."],
            ),
            ("\"We agreed.\" He left.", &["\"We agreed.\"", "He left."]),
            (
                "Headline\nBody one. Body two.",
                &["Headline", "Body one.", "Body two."],
            ),
            (
                "В 2020 г. прошла встреча. Итоги.",
                &["В 2020 г. прошла встреча.", "Итоги."],
            ),
        ];
        for (text, want) in cases {
            let lines = mark(
                text,
                &text.to_lowercase(),
                Lang::detect(text),
                &Cues::default(),
            );
            let got: Vec<&str> = split(text, &lines)
                .iter()
                .map(|s| &text[s.start..s.end])
                .collect();
            assert_eq!(&got[..], *want, "{text:?}");
        }
    }
}

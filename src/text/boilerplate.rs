//! Stage 2: tell the article from the site around it.
//!
//! Works line by line on the normalised text. A line is site chrome when a
//! cue from the language's table says so (`boiler_line`, `boiler_prefix`),
//! when it is written in the other script (a Russian "report a typo" bar
//! under an English article), when it is a breadcrumb or a bullet teaser,
//! or when it comes after an end cue ("You may also like", "Читайте
//! также"). Nothing is deleted: lines are marked, so offsets stay valid.

use crate::lang::Lang;

/// One line of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Start byte (leading spaces skipped).
    pub start: usize,
    /// End byte (trailing spaces dropped, newline excluded).
    pub end: usize,
    /// Site chrome, not article text.
    pub boiler: bool,
}

/// The cue lists a language gives this stage (lowercase).
#[derive(Debug, Clone, Default)]
pub struct Cues {
    /// Whole lines.
    pub lines: Vec<String>,
    /// Line starts.
    pub prefixes: Vec<String>,
    /// Lines after which the rest is chrome.
    pub ends: Vec<String>,
}

fn script_counts(s: &str) -> (usize, usize) {
    // Byte by byte: U+0400-U+04FF are exactly the characters whose UTF-8
    // lead byte is 0xD0-0xD3.
    let mut lat = 0;
    let mut cyr = 0;
    for &b in s.as_bytes() {
        lat += usize::from(b.is_ascii_alphabetic());
        cyr += usize::from((0xD0..=0xD3).contains(&b));
    }
    (lat, cyr)
}

const EN_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "in", "to", "a", "on", "for", "with", "at", "by", "from", "is", "are",
    "was", "says", "said", "will", "as", "its", "has", "have",
];

/// A line in a Latin-script language other than English.
fn foreign_latin(body: &str) -> bool {
    // U+00C0-U+024F: lead bytes 0xC3-0xC9.
    if !body.bytes().any(|b| (0xC3..=0xC9).contains(&b)) {
        return false;
    }
    let accented = body.chars().any(|c| ('\u{c0}'..='\u{24f}').contains(&c));
    accented
        && !body
            .split(|c: char| !c.is_alphabetic())
            .any(|w| EN_FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Split `text` into lines and mark the boilerplate ones.
pub fn mark(text: &str, lower: &str, lang: Lang, cues: &Cues) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for raw in text.split('\n') {
        let lead = raw.len() - raw.trim_start().len();
        let body = raw.trim();
        let start = pos + lead;
        lines.push(Line {
            start,
            end: start + body.len(),
            boiler: false,
        });
        pos += raw.len() + 1;
    }
    let mut seen_content = false;
    let mut ended = false;
    for line in lines.iter_mut() {
        let body = &text[line.start..line.end];
        if body.is_empty() {
            continue;
        }
        if ended {
            line.boiler = true;
            continue;
        }
        let low = &lower[line.start..line.end];
        let low_trim = low.trim_end_matches([':', '.', ' ']);
        let (lat, cyr) = script_counts(body);
        let words = body.split_whitespace().count();
        let is_end = cues.ends.iter().any(|c| low_trim == c.as_str());
        let mut boiler = cues
            .lines
            .iter()
            .any(|c| low_trim == c.trim_end_matches([':', '.']))
            || cues.prefixes.iter().any(|c| low.starts_with(c.as_str()))
            || is_end;
        // Foreign-script chrome: Cyrillic bars under English text, Latin bars under Russian.
        boiler |= match lang {
            Lang::En => cyr > lat,
            Lang::Ru => cyr == 0 && lat > 0 && words <= 6,
        };
        // Site chrome in another Latin-script language ("Ambasada ... în România"):
        // letters beyond ASCII and none of English's commonest words.
        boiler |= lang == Lang::En && words >= 3 && foreign_latin(body);
        // Breadcrumbs and teaser bullets.
        boiler |= body.contains(" > ") || body.contains(" » ") && words < 20;
        boiler |= (body.starts_with("- ") || body.starts_with("• ")) && !seen_content;
        // Lines of punctuation, share counters and the like.
        boiler |= lat + cyr == 0;
        line.boiler = boiler;
        if is_end && seen_content {
            ended = true;
        }
        if !boiler && words >= 12 {
            seen_content = true;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> Cues {
        Cues {
            lines: vec!["all news".into(), "share".into()],
            prefixes: vec!["share on".into(), "this website uses".into()],
            ends: vec!["you may also like".into()],
        }
    }

    #[test]
    fn table() {
        // (text, lang, which lines are boilerplate)
        let cases: &[(&str, Lang, &[bool])] = &[
            (
                "All news\nHeadline here\nBody.",
                Lang::En,
                &[true, false, false],
            ),
            ("Share on Facebook\nText", Lang::En, &[true, false]),
            ("Text\nСообщите об ошибке", Lang::En, &[false, true]),
            (
                "Ambasada Federaţiei Ruse în România\nThe text of the article.",
                Lang::En,
                &[true, false],
            ),
            ("Café talks in Minsk end", Lang::En, &[false]),
            ("Home > News > CSTO\nText", Lang::En, &[true, false]),
            (
                "- Teaser one\nA long enough paragraph with many words in it to count as content here.\nYou may also like\nOther story",
                Lang::En,
                &[true, false, true, true],
            ),
            (
                "Новости\nShare\nТекст статьи",
                Lang::Ru,
                &[false, true, false],
            ),
        ];
        for (text, lang, want) in cases {
            let n = crate::text::normalise::normalise(text);
            let got: Vec<bool> = mark(&n.text, &n.lower, *lang, &cues())
                .iter()
                .map(|l| l.boiler)
                .collect();
            assert_eq!(&got[..], *want, "{text:?}");
        }
    }
}

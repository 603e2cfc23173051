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

/// The cue lists a language gives this stage (lowercase), compiled for
/// lookups that cost the same however many cues there are.
#[derive(Debug, Clone)]
pub struct Cues {
    /// Whole lines (trailing `:` and `.` dropped).
    lines: std::collections::HashSet<String>,
    /// Line starts, behind one anchored automaton.
    prefixes: aho_corasick::AhoCorasick,
    /// Lines after which the rest is chrome.
    ends: std::collections::HashSet<String>,
    /// Per length up to the longest whole-line cue, the first bytes whole-line cues of that
    /// length start with (256 bits): most lines are ruled out here, before
    /// any hashing.
    shapes: Vec<[u64; 4]>,
}

impl Default for Cues {
    fn default() -> Cues {
        Cues::new(Vec::new(), Vec::new(), Vec::new())
    }
}

impl Cues {
    /// Cues from whole `lines`, line `prefixes` and `ends` (lowercase).
    pub fn new(lines: Vec<String>, prefixes: Vec<String>, ends: Vec<String>) -> Cues {
        let lines: std::collections::HashSet<String> = lines
            .iter()
            .map(|c| c.trim_end_matches([':', '.']).to_string())
            .collect();
        let longest = lines
            .iter()
            .chain(&ends)
            .map(String::len)
            .max()
            .unwrap_or(0);
        let mut shapes = vec![[0u64; 4]; longest + 1];
        for c in lines.iter().chain(&ends) {
            if let Some(&b) = c.as_bytes().first() {
                shapes[c.len()][usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        Cues {
            lines,
            prefixes: aho_corasick::AhoCorasick::builder()
                .start_kind(aho_corasick::StartKind::Anchored)
                .build(prefixes.iter().filter(|p| !p.is_empty()))
                .expect("a list of line starts compiles"),
            shapes,
            ends: ends.into_iter().collect(),
        }
    }

    /// Whether a whole-line cue could be `low` (its length and first byte).
    fn may_be(&self, low: &str) -> bool {
        match (self.shapes.get(low.len()), low.as_bytes().first()) {
            (Some(bits), Some(&b)) => bits[usize::from(b >> 6)] & (1 << (b & 63)) != 0,
            _ => false,
        }
    }

    /// Whether `low` starts with one of the prefixes.
    fn has_prefix(&self, low: &str) -> bool {
        self.prefixes
            .is_match(aho_corasick::Input::new(low).anchored(aho_corasick::Anchored::Yes))
    }
}

/// What one pass over a line tells.
#[derive(Debug, Default, PartialEq, Eq)]
struct Stats {
    /// ASCII letters.
    lat: usize,
    /// Cyrillic characters (U+0400-U+04FF).
    cyr: usize,
    /// Words (as `split_whitespace` counts them).
    words: usize,
    /// A breadcrumb separator: ` > ` or ` » `.
    crumb: bool,
}

/// Letters by script, words and breadcrumb marks of `s`.
///
/// Most lines hold no whitespace outside ASCII (normalisation folds the
/// common ones to spaces), and for them each count is a branch-free pass
/// over the bytes that the compiler vectorises; the rest take the
/// character-by-character path.
fn stats(s: &str) -> Stats {
    let bytes = s.as_bytes();
    // Whitespace outside ASCII starts with one of these bytes.
    if memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
        .any(|i| s[i..].chars().next().is_some_and(char::is_whitespace))
    {
        return stats_by_char(s);
    }
    // A breadcrumb mark: '>' or '\u{bb}' (0xC2 0xBB) between spaces.
    let crumb = memchr::memchr2_iter(b'>', 0xBB, bytes).any(|i| {
        let lead = match bytes[i] {
            b'>' => i,
            _ if i > 0 && bytes[i - 1] == 0xC2 => i - 1,
            _ => return false,
        };
        lead > 0 && bytes[lead - 1] == b' ' && bytes.get(i + 1) == Some(&b' ')
    });
    Stats {
        lat: bytes.iter().filter(|b| b.is_ascii_alphabetic()).count(),
        // U+0400-U+04FF are exactly the characters whose UTF-8 lead byte
        // is 0xD0-0xD3.
        cyr: bytes.iter().filter(|&&b| b.wrapping_sub(0xD0) < 4).count(),
        words: word_starts(bytes),
        crumb,
    }
}

/// Words of a line with no whitespace outside ASCII: a word starts at a
/// non-space after a space, or at the start. Counted 32 byte pairs at a
/// time into a small counter, which the compiler turns into vector code.
fn word_starts(bytes: &[u8]) -> usize {
    let space = |b: u8| (b == b' ') | (b.wrapping_sub(9) < 5);
    let starts = |a: u8, b: u8| u8::from(space(a) & !space(b));
    let mut n = usize::from(bytes.first().is_some_and(|&b| !space(b)));
    let pairs = bytes.len().saturating_sub(1);
    let mut k = 0;
    while k + 32 <= pairs {
        let (a, b): (&[u8; 32], &[u8; 32]) = (
            bytes[k..k + 32].try_into().expect("32 bytes"),
            bytes[k + 1..k + 33].try_into().expect("32 bytes"),
        );
        let mut c = 0u8;
        for j in 0..32 {
            c += starts(a[j], b[j]);
        }
        n += usize::from(c);
        k += 32;
    }
    for j in k..pairs {
        n += usize::from(starts(bytes[j], bytes[j + 1]));
    }
    n
}

/// [`stats`] character by character, for lines with whitespace outside ASCII.
fn stats_by_char(s: &str) -> Stats {
    let bytes = s.as_bytes();
    let mut st = Stats::default();
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, space) = if b < 0x80 {
            st.lat += usize::from(b.is_ascii_alphabetic());
            if b == b'>' && i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ') {
                st.crumb = true;
            }
            (1, b.is_ascii_whitespace())
        } else {
            // U+0400-U+04FF are exactly the characters whose UTF-8 lead byte
            // is 0xD0-0xD3; the only other spaces have lead bytes 0xC2,
            // 0xE1, 0xE2 (U+0085, U+00A0, U+1680, U+2000-U+205F).
            st.cyr += usize::from((0xD0..=0xD3).contains(&b));
            let len = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            let space = matches!(b, 0xC2 | 0xE1 | 0xE2)
                && s[i..].chars().next().is_some_and(char::is_whitespace);
            if s[i..].starts_with('\u{bb}')
                && i > 0
                && bytes[i - 1] == b' '
                && bytes.get(i + 2) == Some(&b' ')
            {
                st.crumb = true;
            }
            (len, space)
        };
        if !space && !in_word {
            st.words += 1;
        }
        in_word = !space;
        i += len;
    }
    st
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

/// A site menu: four or more short items between bars or bullets ("Home |
/// News | Politics | Sport"), where a headline has at most a site name
/// after one bar; or a breadcrumb trail of three between slashes.
fn menu(body: &str, words: usize) -> bool {
    // (a menu is short; most lines have no bar and no bullet, which memchr
    // finds fast, before any substring search)
    if words > 40 {
        return false;
    }
    let bytes = body.as_bytes();
    // At least `seps` separators, every item at most three words.
    let short_items = |sep: &str, seps: usize| {
        body.matches(sep).nth(seps - 1).is_some()
            && body
                .split(sep)
                .all(|item| item.split_whitespace().count() <= 3)
    };
    // A breadcrumb trail ("Home / News / Politics"): three items are enough.
    if memchr::memchr_iter(b'/', bytes).nth(1).is_some() && short_items(" / ", 2) {
        return true;
    }
    let sep = if memchr::memchr_iter(b'|', bytes).nth(2).is_some() {
        " | "
    } else if memchr::memmem::find(bytes, "\u{b7}".as_bytes()).is_some() {
        " \u{b7} "
    } else if memchr::memmem::find(bytes, "\u{2022}".as_bytes()).is_some() {
        " \u{2022} "
    } else {
        return false;
    };
    short_items(sep, 3)
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
        let Stats {
            lat,
            cyr,
            words,
            crumb,
        } = stats(body);
        let short = cues.may_be(low_trim);
        let is_end = short && cues.ends.contains(low_trim);
        let mut boiler = short && cues.lines.contains(low_trim) || cues.has_prefix(low) || is_end;
        // Foreign-script chrome: Cyrillic bars under English text, Latin bars under Russian.
        boiler |= match lang {
            Lang::En => cyr > lat,
            Lang::Ru => cyr == 0 && lat > 0 && words <= 6,
        };
        // Site chrome in another Latin-script language ("Ambasada ... în România"):
        // letters beyond ASCII and none of English's commonest words.
        boiler |= lang == Lang::En && words >= 3 && foreign_latin(body);
        // Breadcrumbs and teaser bullets.
        boiler |= crumb && (body.contains(" > ") || words < 20);
        boiler |= (body.starts_with("- ") || body.starts_with("• ")) && !seen_content;
        boiler |= menu(body, words);
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
        Cues::new(
            vec!["all news".into(), "share".into()],
            vec!["share on".into(), "this website uses".into()],
            vec!["you may also like".into()],
        )
    }

    #[test]
    fn one_pass_counts_as_the_library_does() {
        for line in [
            "",
            "Home > News > CSTO",
            "Главная » Новости",
            "a\u{2028}b \u{85}c\u{1680}d",
            ">  x >y > ",
            "Встреча в Минске, 2024 год",
            "\u{ab}Цитата\u{bb} \u{201c}quote\u{201d}  \t\tend ",
            " x\u{2003}y\u{a0}",
            "a \u{43b} b \u{bb}> c",
        ] {
            let st = stats(line);
            assert_eq!(st, stats_by_char(line), "{line:?}");
            assert_eq!(st.words, line.split_whitespace().count(), "{line:?}");
            assert_eq!(
                st.lat,
                line.chars().filter(char::is_ascii_alphabetic).count()
            );
            assert_eq!(
                st.cyr,
                line.chars()
                    .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
                    .count()
            );
            assert_eq!(
                st.crumb,
                line.contains(" > ") || line.contains(" \u{bb} "),
                "{line:?}"
            );
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
                "Главная / Новости / Политика\nЗаголовок статьи / Сайт",
                Lang::Ru,
                &[true, false],
            ),
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

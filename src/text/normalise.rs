//! Stage 1: normalise.
//!
//! Folds the typographic variety of scraped text (no-break spaces, curly
//! apostrophes, dashes, zero-width characters, `\r\n`, `ё`) into one form so
//! that later stages can use simple patterns, and keeps a map from every
//! offset of the normalised text back to the original.
//!
//! Design note: most characters are copied unchanged, so the map is
//! piecewise: an anchor is recorded only where the byte delta between the
//! two texts changes, and a lookup is a binary search over the anchors.
//! That keeps memory proportional to the number of substitutions rather
//! than to the text length (a 200 MB dump must not cost 800 MB of map).

/// The normalised text, its lowercase twin, and the way back.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// Normalised text.
    pub text: String,
    /// `text` lowercased character by character; byte offsets are identical
    /// to `text` (a character whose lowercase form has another UTF-8 length
    /// is left as it is).
    pub lower: String,
    /// `(normalised offset, original offset)` at every point where the
    /// delta between the two changes; always starts with `(0, 0)`.
    anchors: Vec<(usize, usize)>,
    /// Length of the original text in bytes.
    orig_len: usize,
}

impl Normalized {
    /// Map a byte offset of the normalised text to the original text.
    pub fn to_orig(&self, pos: usize) -> usize {
        // The last anchor at or before `pos` (a deletion can put two anchors
        // at one normalised offset; the later one is the character that follows).
        let i = self
            .anchors
            .partition_point(|a| a.0 <= pos)
            .saturating_sub(1);
        let (n, o) = self.anchors[i];
        (o + (pos - n)).min(self.orig_len)
    }
}

/// What one original character becomes.
fn fold(c: char, next: Option<char>) -> Option<char> {
    match c {
        '\r' => {
            if next == Some('\n') {
                None
            } else {
                Some('\n')
            }
        }
        '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Some(' ')
        }
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => None,
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' | '\u{0060}'
        | '\u{00b4}' => Some('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        '\u{2028}' | '\u{2029}' | '\u{85}' => Some('\n'),
        'ё' => Some('е'),
        'Ё' => Some('Е'),
        c if c.is_control() && c != '\n' => Some(' '),
        c => Some(c),
    }
}

fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if ('\u{410}'..='\u{42f}').contains(&c) {
        // А-Я to а-я: both two bytes in UTF-8.
        return char::from_u32(c as u32 + 32).unwrap_or(c);
    }
    if ('\u{430}'..='\u{44f}').contains(&c) {
        return c;
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// An ASCII byte that normalisation keeps as it is.
#[inline]
fn plain_ascii(b: u8) -> bool {
    (b' '..0x7f).contains(&b) && b != b'`' || b == b'\n'
}

/// Whether `a`, `b` encode one of а-я (U+0430-U+044F, without ё), which
/// normalisation keeps as they are, lowercase included.
#[inline]
fn plain_cyrillic(a: u8, b: u8) -> bool {
    (a == 0xD0 && (0xB0..=0xBF).contains(&b)) || (a == 0xD1 && (0x80..=0x8F).contains(&b))
}

/// Length of the run of plain ASCII bytes and plain Cyrillic letters that
/// `bytes` starts with.
fn plain_run(bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if plain_ascii(b) {
            i += 1;
        } else if i + 1 < bytes.len() && plain_cyrillic(b, bytes[i + 1]) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// Normalise `orig`.
pub fn normalise(orig: &str) -> Normalized {
    let mut text = String::with_capacity(orig.len());
    let mut lower = String::with_capacity(orig.len());
    let mut anchors = vec![(0usize, 0usize)];
    let mut delta: isize = 0;
    let bytes = orig.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of plain ASCII and lowercase Cyrillic, the bulk of most
        // texts, is copied as it is (offsets do not move inside it).
        let run = plain_run(&bytes[i..]);
        if run > 0 {
            let piece = &orig[i..i + run];
            text.push_str(piece);
            let from = lower.len();
            lower.push_str(piece);
            lower[from..].make_ascii_lowercase();
            i += run;
            continue;
        }
        // Anything else one character at a time.
        let mut rest = orig[i..].chars();
        let Some(c) = rest.next() else { break };
        if let Some(o) = fold(c, rest.next()) {
            text.push(o);
            lower.push(lower_char(o));
        }
        i += c.len_utf8();
        let new_delta = i as isize - text.len() as isize;
        if new_delta != delta {
            delta = new_delta;
            anchors.push((text.len(), i));
        }
    }
    unwrap_lines(&mut text, &mut lower);
    break_at_junk(&mut text, &mut lower);
    Normalized {
        text,
        lower,
        anchors,
        orig_len: orig.len(),
    }
}

/// Scrapers leave empty Markdown images (`![]()`) where a page had blocks;
/// they separate a headline from its body, so they become a line break
/// (padded to the same length).
fn break_at_junk(text: &mut String, lower: &mut String) {
    if !text.contains("![]()") {
        return;
    }
    *text = text.replace("![]()", "\n    ");
    *lower = lower.replace("![]()", "\n    ");
}

/// Hard-wrapped text (lines cut at ~70 characters mid-sentence, as old
/// agency wires and e-mail copies are) has its soft line breaks turned into
/// spaces, so that sentences and quotations are whole again. A break stays
/// when the line ends a sentence or the next line is blank. Same byte
/// length, so offsets are untouched.
fn unwrap_lines(text: &mut String, lower: &mut String) {
    // Most texts are not wrapped: counted first, with nothing collected.
    let (mut wrapped, mut filled) = (0usize, 0usize);
    for l in text.split('\n') {
        wrapped += usize::from(ends_open(l));
        filled += usize::from(!l.trim().is_empty());
    }
    if wrapped < 3 || wrapped * 3 < filled {
        return;
    }
    let lines: Vec<(usize, &str)> = {
        let mut pos = 0;
        text.split('\n')
            .map(|l| {
                let s = pos;
                pos += l.len() + 1;
                (s, l)
            })
            .collect()
    };
    let open: Vec<bool> = lines.iter().map(|(_, l)| ends_open(l)).collect();
    let breaks: Vec<usize> = lines
        .windows(2)
        .zip(&open)
        .filter(|(w, o)| **o && !w[1].1.trim().is_empty())
        .map(|(w, _)| w[1].0 - 1)
        .collect();
    // '\n' and ' ' are both one byte, so every char boundary stays one.
    let (mut t, mut lo) = (
        std::mem::take(text).into_bytes(),
        std::mem::take(lower).into_bytes(),
    );
    for b in breaks {
        t[b] = b' ';
        lo[b] = b' ';
    }
    *text = String::from_utf8(t).unwrap_or_default();
    *lower = String::from_utf8(lo).unwrap_or_default();
}

/// A line cut mid-sentence by hard wrapping: 50 to 100 characters, ending
/// in a comma or a lowercase word, not a bullet.
fn ends_open(l: &str) -> bool {
    let t = l.trim_end();
    // 50 to 100 characters take 50 to 400 bytes.
    if !(50..=400).contains(&t.len()) {
        return false;
    }
    let n = t.chars().count();
    // Cut mid-sentence: the last word is a lowercase one, or a comma ends it.
    let last = t.rsplit(' ').next().unwrap_or("");
    let mid = t.ends_with(',') || last.chars().next().is_some_and(char::is_lowercase);
    (50..=100).contains(&n) && mid && !t.starts_with("- ") && !t.starts_with('\u{2022}')
}

/// Convert byte offsets of `text` to code-point offsets (Python indices).
///
/// `offsets` may come in any order; the conversion is one pass over the text.
pub fn byte_to_char_offsets(text: &str, offsets: &mut [&mut usize]) {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| *offsets[i]);
    // Characters before an offset are the bytes before it that start one
    // (are not 10xxxxxx); counted from the previous offset on.
    let bytes = text.as_bytes();
    let mut chars = 0usize;
    let mut at = 0usize;
    for i in order {
        let target = (*offsets[i]).min(bytes.len());
        if target > at {
            chars += super::utf8::count_starts(&bytes[at..target]);
            at = target;
        }
        *offsets[i] = chars;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_lines_are_joined_and_others_kept() {
        let line = "the council of foreign ministers met in the capital and discussed,";
        let wrapped = format!("{line}\n{line}\n{line}\n{line}\nEnd.");
        let n = normalise(&wrapped);
        assert_eq!(n.text.matches('\n').count(), 0, "{}", n.text);
        assert_eq!(n.text.len(), wrapped.len());
        // Two open lines are not enough to call a text wrapped.
        let short = format!("{line}\n{line}\nEnd.");
        assert_eq!(normalise(&short).text, short);
        // Nor is a text whose other lines are whole paragraphs.
        let mixed = format!("{line}\n{line}\n{line}\nA.\nB.\nC.\nD.\nE.\nF.\nG.\nH.");
        assert_eq!(normalise(&mixed).text, mixed);
    }

    #[test]
    fn char_offsets_count_characters_before() {
        let text = "aб€𝄞 x";
        let mut want = Vec::new();
        let mut got: Vec<usize> = (0..=text.len() + 2).collect();
        for &b in &got {
            want.push(text.char_indices().filter(|(i, _)| *i < b).count());
        }
        let mut refs: Vec<&mut usize> = got.iter_mut().rev().collect();
        byte_to_char_offsets(text, &mut refs);
        assert_eq!(got, want);
    }

    #[test]
    fn plain_runs_lowercase_as_the_slow_path_does() {
        let all: String = ('\u{400}'..='\u{45f}').chain(' '..='~').collect();
        let n = normalise(&all);
        let slow: String = all
            .chars()
            .filter_map(|c| fold(c, None))
            .map(lower_char)
            .collect();
        assert_eq!(n.lower, slow);
    }

    #[test]
    fn table() {
        // (input, normalised)
        let cases = [
            ("plain text", "plain text"),
            ("a\u{a0}b", "a b"),
            ("Russia\u{2019}s", "Russia's"),
            ("line\r\nnext", "line\nnext"),
            ("Ёлка ёж", "Елка еж"),
            ("a\u{200b}b", "ab"),
            ("22\u{2013}24", "22-24"),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input).text, want, "{input:?}");
        }
    }

    #[test]
    fn offsets_map_back() {
        let orig = "Russia\u{2019}s \u{201c}talk\u{201d}\r\nMinsk\u{a0}city";
        let n = normalise(orig);
        for (pos, c) in n.text.char_indices() {
            let o = n.to_orig(pos);
            let oc = orig[o..].chars().next().unwrap();
            assert_eq!(fold(oc, None).unwrap_or(c), c, "at {pos}");
        }
        assert_eq!(n.to_orig(n.text.len()), orig.len());
        let m = n.text.find("Minsk").unwrap();
        assert_eq!(&orig[n.to_orig(m)..n.to_orig(m + 5)], "Minsk");
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let wrapped = "The sitting of the foreign ministers of the security organization has\nstarted in Moscow today. The ministers of Armenia, Belarus, Kazakhstan,\nRussia, Tajikistan and Kyrgyzstan are taking part in the sitting, which\nwill focus on the situation in the region and beyond it as a whole.\n";
        let n = normalise(wrapped);
        assert_eq!(n.text.matches('\n').count(), 1, "{}", n.text);
        assert_eq!(n.text.len(), wrapped.len());
        let normal = "Headline\nFirst paragraph of the text.\nSecond paragraph.\n";
        assert_eq!(normalise(normal).text, normal);
    }

    #[test]
    fn lower_keeps_offsets() {
        let n = normalise("ОДКБ and CSTO İstanbul");
        assert_eq!(n.text.len(), n.lower.len());
        assert!(n.lower.starts_with("одкб and csto"));
    }

    #[test]
    fn char_offsets() {
        let t = "Ёж в Минске";
        let (mut a, mut b) = (t.find("Минске").unwrap(), t.len());
        byte_to_char_offsets(t, &mut [&mut b, &mut a]);
        assert_eq!((a, b), (5, 11));
    }
}

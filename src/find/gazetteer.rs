//! Phrase lookup over normalised text.
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
//! Design note: a [`Lexicon`] puts the phrases of several tables into one
//! byte trie of their openings (first words), so that a text is scanned
//! once for all of them. The trie is walked from every word start of a copy
//! of the lowercase text in which every non-alphanumeric character is
//! blanked; every opening met on the way (a prefix of the text there) puts
//! its phrases forward, so "council" and "council of foreign ministers" are
//! both found at one place. A candidate is then verified word by word
//! against the normalised text (stems, optional words, case), after a cheap
//! test on the first byte of its second word.

use crate::text::normalise::Normalized;

#[derive(Debug, Clone)]
struct Word {
    text: String,
    stem: bool,
    optional: bool,
}

/// A compiled phrase.
#[derive(Debug, Clone)]
pub struct Pat {
    words: Vec<Word>,
    case_sensitive: bool,
}

impl Pat {
    fn parse(pattern: &str) -> Option<Pat> {
        // `=Trend`: a name that is also a common word keeps its exact case.
        let (pattern, exact) = match pattern.strip_prefix('=') {
            Some(p) => (p, true),
            None => (pattern, false),
        };
        let case_sensitive = exact
            || (!pattern.chars().any(|c| c.is_lowercase())
                && pattern.chars().any(|c| c.is_uppercase()));
        let words: Vec<Word> = pattern
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
        (!words.is_empty() && !words[0].text.is_empty()).then_some(Pat {
            words,
            case_sensitive,
        })
    }

    /// The opening the lexicon's trie looks for: the first word, lowercase,
    /// punctuation blanked.
    fn opening(&self) -> String {
        blank(&self.words[0].text.to_lowercase())
    }
}

/// Every non-alphanumeric character as spaces of the same byte length.
fn blank(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    blank_into(s, &mut out);
    // Whole characters were kept or turned into ASCII spaces.
    String::from_utf8(out).unwrap_or_default()
}

/// [`blank`] as bytes appended to `out` (the scan reads bytes, so the copy
/// is not validated again as UTF-8): the text is copied, then, in one pass
/// a compiler can vectorise, every ASCII byte that is not a letter or digit
/// is overwritten; a second pass decodes only the characters outside ASCII
/// and Cyrillic (lead bytes 0xD0-0xD3, all letters) to blank the
/// non-word ones.
fn blank_into(s: &str, bytes: &mut Vec<u8>) {
    let base = bytes.len();
    bytes.extend_from_slice(s.as_bytes());
    let buf = &mut bytes[base..];
    for b in buf.iter_mut() {
        // Branch-free, so that it vectorises: keep letters, digits and
        // every byte of a non-ASCII character.
        let alpha = (*b | 0x20).wrapping_sub(b'a') < 26;
        let digit = b.wrapping_sub(b'0') < 10;
        if !(alpha | digit | (*b >= 0x80)) {
            *b = b' ';
        }
    }
    // Lead bytes of characters outside ASCII and Cyrillic, 32 bytes at a
    // time (most chunks have none).
    let odd = |b: u8| b >= 0xC0 && !(0xD0..=0xD3).contains(&b);
    for (k, chunk) in s.as_bytes().chunks(32).enumerate() {
        if !chunk.iter().fold(false, |acc, &b| acc | odd(b)) {
            continue;
        }
        for (j, &b) in chunk.iter().enumerate() {
            let i = k * 32 + j;
            if odd(b) {
                if let Some(c) = s[i..].chars().next().filter(|&c| !is_word_char(c)) {
                    buf[i..i + c.len_utf8()].fill(b' ');
                }
            }
        }
    }
}

/// A phrase list with its values.
#[derive(Debug, Clone)]
pub struct Gazetteer<T> {
    pats: Vec<Pat>,
    values: Vec<T>,
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

/// A verified match before it is given its typed value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawHit {
    /// Which phrase of its table (the scan files hits by table).
    pub entry: usize,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

impl<T: Clone> Gazetteer<T> {
    /// Build from `(pattern, value)` pairs. Empty patterns are skipped.
    pub fn new<I: IntoIterator<Item = (String, T)>>(items: I) -> Gazetteer<T> {
        let mut pats = Vec::new();
        let mut values = Vec::new();
        for (p, v) in items {
            if let Some(p) = Pat::parse(&p) {
                pats.push(p);
                values.push(v);
            }
        }
        Gazetteer { pats, values }
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.pats.len()
    }

    /// Whether there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.pats.is_empty()
    }

    /// The phrases, for a [`Lexicon`].
    pub fn pats(&self) -> &[Pat] {
        &self.pats
    }

    /// The values, one per phrase.
    pub fn values(&self) -> &[T] {
        &self.values
    }

    /// This table's hits from a lexicon scan, in text order.
    pub fn hits<'g>(&'g self, raw: &[Vec<RawHit>], table: usize) -> Vec<Hit<'g, T>> {
        let mut out: Vec<Hit<'g, T>> = raw
            .get(table)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|r| Hit {
                start: r.start,
                end: r.end,
                value: &self.values[r.entry],
            })
            .collect();
        out.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        out.dedup_by(|a, b| a.start == b.start && a.end == b.end && std::ptr::eq(a.value, b.value));
        out
    }

    /// Every verified match (a one-table scan; the pipeline scans many
    /// tables at once with a [`Lexicon`]).
    pub fn find_all<'g>(&'g self, n: &Normalized) -> Vec<Hit<'g, T>> {
        let lex = Lexicon::new(&[self.pats()]);
        self.hits(&lex.scan(n), 0)
    }

    /// Leftmost-longest, non-overlapping matches.
    pub fn find_longest<'g>(&'g self, n: &Normalized) -> Vec<Hit<'g, T>> {
        longest(self.find_all(n))
    }
}

/// A candidate phrase at a trie node: which table and entry, and whether
/// its first word may run on (`word*`), else the word must end there.
#[derive(Debug, Clone, Copy)]
struct Cand {
    table: u32,
    entry: u32,
    stem: bool,
    /// The first byte (lowercase) the second word must start with, when
    /// there is a second word and it is not optional: a cheap test that
    /// spares most verifications.
    second: Option<u8>,
    /// The phrase is this one word, which the trie matches whole (no
    /// punctuation blanked in it): no verification needed but, for a
    /// case-sensitive phrase, of its case.
    whole: bool,
}

/// A byte trie of phrase openings (first words, lowercase, punctuation
/// blanked). Walked once from every word start, it yields every opening
/// that is a prefix of the text there, in one pass over the word's bytes.
///
/// Layout: a double-array trie. A node is a cell; its child by byte `b`
/// is the cell at `base + b`, which is the child when its `check` names
/// the node. A step is one load and one comparison, with no search among
/// a node's edges, which is what a walk from every word start needs.
///
/// Why not the `aho-corasick` crate: its automaton is built for finding
/// needles in a haystack; here almost every word start is a hit (short
/// openings such as "в" or "s*" are prefixes of many words), and the
/// per-match cost of a search call dominated the whole scan (measured:
/// 3-4x slower than a trie walk).
#[derive(Debug, Clone, Default)]
struct Trie {
    /// Per cell: `base` (with [`HAS_CANDS`] set when phrases end at the
    /// node) and `check` (the parent cell; [`FREE`] when unused).
    cells: Vec<Cell>,
    /// Per cell with candidates: the range of `cands` they take.
    ranges: Vec<[u32; 2]>,
    /// Candidates, grouped by cell.
    cands: Vec<Cand>,
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    base: u32,
    check: u32,
}

/// `check` of a cell no node uses.
const FREE: u32 = u32::MAX;
/// `check` of the root cell (no parent).
const ROOT: u32 = u32::MAX - 1;
/// Flag in `base`: candidates end at this node.
const HAS_CANDS: u32 = 1 << 31;

impl Trie {
    fn new(keys: &[(Vec<u8>, Cand)]) -> Trie {
        // Build with maps, then lay the nodes out breadth first.
        #[derive(Default)]
        struct B {
            kids: std::collections::BTreeMap<u8, usize>,
            cands: Vec<Cand>,
        }
        let mut bs: Vec<B> = vec![B::default()];
        for (key, cand) in keys {
            let mut at = 0;
            for &byte in key {
                at = match bs[at].kids.get(&byte) {
                    Some(&k) => k,
                    None => {
                        bs.push(B::default());
                        let k = bs.len() - 1;
                        bs[at].kids.insert(byte, k);
                        k
                    }
                };
            }
            bs[at].cands.push(*cand);
        }
        let free = Cell {
            base: 0,
            check: FREE,
        };
        let mut cells = vec![free; 512];
        cells[0].check = ROOT;
        // Free cells, so that the search for a base visits only holes.
        let mut holes: std::collections::BTreeSet<usize> = (1..cells.len()).collect();
        let mut slot = vec![0usize; bs.len()];
        let mut queue = std::collections::VecDeque::from([0usize]);
        while let Some(x) = queue.pop_front() {
            let Some((&c0, _)) = bs[x].kids.iter().next() else {
                continue;
            };
            let c0 = c0 as usize;
            // The lowest base that puts the first child in a hole and
            // every other child in a free cell.
            let base = loop {
                let fits = holes.range(c0 + 1..).map(|&p| p - c0).find(|&b| {
                    b + 256 < cells.len()
                        && bs[x]
                            .kids
                            .keys()
                            .all(|&c| cells[b + c as usize].check == FREE)
                });
                match fits {
                    Some(b) => break b,
                    None => {
                        let from = cells.len();
                        cells.resize(from + 512, free);
                        holes.extend(from..cells.len());
                    }
                }
            };
            cells[slot[x]].base = base as u32;
            for (&c, &k) in &bs[x].kids {
                let at = base + c as usize;
                cells[at].check = slot[x] as u32;
                holes.remove(&at);
                slot[k] = at;
                queue.push_back(k);
            }
        }
        let mut ranges = vec![[0u32; 2]; cells.len()];
        let mut cands = Vec::new();
        for (x, b) in bs.iter().enumerate() {
            if !b.cands.is_empty() {
                cells[slot[x]].base |= HAS_CANDS;
                ranges[slot[x]] = [cands.len() as u32, b.cands.len() as u32];
                cands.extend_from_slice(&b.cands);
            }
        }
        Trie {
            cells,
            ranges,
            cands,
        }
    }

    /// The child of `node` by `byte`. A node with no children has base 0,
    /// and no cell names it as parent, so the test fails there too.
    #[inline]
    fn step(&self, node: u32, byte: u8) -> Option<u32> {
        let at = (self.cells[node as usize].base & !HAS_CANDS) as usize + byte as usize;
        (self.cells.get(at)?.check == node).then_some(at as u32)
    }

    /// The candidates ending at `node`.
    #[inline]
    fn cands(&self, node: u32) -> &[Cand] {
        if self.cells[node as usize].base & HAS_CANDS == 0 {
            return &[];
        }
        let [first, count] = self.ranges[node as usize];
        &self.cands[first as usize..(first + count) as usize]
    }
}

/// The byte the blanked lowercase text must show where a word starting
/// with `c` starts: its first byte, for an ASCII letter or digit (any
/// pattern) or a lowercase Cyrillic letter (patterns matched without case);
/// `None` where that is not certain.
fn second_key(c: char, case_sensitive: bool) -> Option<u8> {
    let mut buf = [0u8; 4];
    if c.is_ascii_alphanumeric() {
        Some(c.to_ascii_lowercase() as u8)
    } else if !case_sensitive && ('а'..='я').contains(&c) {
        Some(c.encode_utf8(&mut buf).as_bytes()[0])
    } else {
        None
    }
}

/// Several phrase tables behind one trie.
#[derive(Debug, Clone)]
pub struct Lexicon {
    trie: Trie,
    /// Phrases, per table.
    pats: Vec<Vec<Pat>>,
}

impl Lexicon {
    /// Compile the phrase tables `tables` (their order is their table number).
    pub fn new(tables: &[&[Pat]]) -> Lexicon {
        let mut keys: Vec<(Vec<u8>, Cand)> = Vec::new();
        for (t, pats) in tables.iter().enumerate() {
            for (e, p) in pats.iter().enumerate() {
                keys.push((
                    p.opening().into_bytes(),
                    Cand {
                        table: t as u32,
                        entry: e as u32,
                        stem: p.words[0].stem,
                        second: p
                            .words
                            .get(1)
                            .filter(|w| !w.optional)
                            .and_then(|w| w.text.chars().next())
                            .and_then(|c| second_key(c, p.case_sensitive)),
                        whole: p.words.len() == 1 && p.opening() == p.words[0].text.to_lowercase(),
                    },
                ));
            }
        }
        Lexicon {
            trie: Trie::new(&keys),
            pats: tables.iter().map(|t| t.to_vec()).collect(),
        }
    }

    /// Every verified phrase in `n`, all tables at once: per table, in
    /// the order they were found (by start).
    pub fn scan(&self, n: &Normalized) -> Vec<Vec<RawHit>> {
        let mut out: Vec<Vec<RawHit>> = vec![Vec::new(); self.pats.len()];
        // The lowercase text with punctuation blanked, then a space: byte i
        // of the copy is byte i of the text.
        let mut hay = Vec::with_capacity(n.lower.len() + 1);
        blank_into(&n.lower, &mut hay);
        hay.push(b' ');
        let bytes = hay.as_slice();
        // A walk from every word start (a word character after a space or
        // at the start): every opening that is a prefix of the text there.
        let mut prev_space = true;
        for start in 0..bytes.len() {
            let was_space = std::mem::replace(&mut prev_space, bytes[start] == b' ');
            if !was_space || prev_space {
                continue;
            }
            let mut node = 0u32;
            let mut at = start;
            while let Some(next) = bytes.get(at).and_then(|&b| self.trie.step(node, b)) {
                node = next;
                at += 1;
                let word_ends = bytes.get(at).is_none_or(|&b| b == b' ');
                // The first byte of the next word, when this one ends here
                // (the text's own spacing is checked by `verify`).
                let next_word = || {
                    let rest = &bytes[at.min(bytes.len())..];
                    rest.iter().position(|&b| b != b' ').map(|k| rest[k])
                };
                for c in self.trie.cands(node) {
                    // A whole first word must end here; a stem may run on.
                    if !c.stem && !word_ends {
                        continue;
                    }
                    let p = &self.pats[c.table as usize][c.entry as usize];
                    let end = if c.whole {
                        // One word, matched whole in the blanked text: it
                        // starts and ends a word (a stem runs to the word's
                        // end); only its case is left to check.
                        if p.case_sensitive
                            && !n.text.as_bytes()[start..].starts_with(p.words[0].text.as_bytes())
                        {
                            continue;
                        }
                        at + bytes[at..].iter().position(|&b| b == b' ').unwrap_or(0)
                    } else {
                        if let (Some(want), false) = (c.second, c.stem) {
                            if next_word() != Some(want) {
                                continue;
                            }
                        }
                        match verify(n, start, &p.words, p.case_sensitive) {
                            Some(end) => end,
                            None => continue,
                        }
                    };
                    out[c.table as usize].push(RawHit {
                        entry: c.entry as usize,
                        start,
                        end,
                    });
                }
            }
        }
        out
    }
}

/// Keep leftmost-longest non-overlapping hits (input sorted by start,
/// longest first); several values for the very same span are all kept.
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

/// A letter or digit (fast for Latin and Cyrillic, exact for the rest).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{400}'..='\u{4ff}').contains(&c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// The byte length of the character at `i` when it is a word character
/// ([`is_word_char`]); `None` for anything else or the end of the text.
#[inline]
fn word_char_at(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return b.is_ascii_alphanumeric().then_some(1);
    }
    if (0xD0..=0xD3).contains(&b) {
        return Some(2);
    }
    let c = text.get(i..)?.chars().next()?;
    is_word_char(c).then(|| c.len_utf8())
}

/// Whether the character ending at `i` is a word character.
#[inline]
fn word_char_before(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|j| text.as_bytes()[j]) {
        None => false,
        Some(b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text[..i].chars().next_back().is_some_and(is_word_char),
    }
}

/// Match `words` at `start`; return the end byte on success.
fn verify(n: &Normalized, start: usize, words: &[Word], case_sensitive: bool) -> Option<usize> {
    if word_char_before(&n.text, start) {
        return None;
    }
    fn go(n: &Normalized, pos: usize, words: &[Word], cs: bool, first: bool) -> Option<usize> {
        let Some(w) = words.first() else {
            // Whole pattern matched: the next character must end the word.
            return match word_char_at(&n.text, pos) {
                Some(_) => None,
                None => Some(pos),
            };
        };
        let mut p = pos;
        if !first {
            // One or more spaces between words (a line break counts).
            let skipped = n.text.as_bytes()[p..]
                .iter()
                .take_while(|&&b| b == b' ' || b == b'\n')
                .count();
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
        if hay.as_bytes()[p..].starts_with(w.text.as_bytes()) {
            let mut q = p + w.text.len();
            if w.stem {
                while let Some(len) = word_char_at(&n.text, q) {
                    q += len;
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

    fn expect(g: &Gazetteer<u32>, cases: Vec<(&str, Vec<(&str, u32)>)>) {
        for (text, want) in cases {
            let want: Vec<(String, u32)> =
                want.into_iter().map(|(s, v)| (s.to_string(), v)).collect();
            assert_eq!(spans(g, text), want, "{text}");
        }
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
            ("U.N.".to_string(), 7),
            ("in the Kremlin".to_string(), 8),
            ("in a video format".to_string(), 9),
            ("Astana".to_string(), 10),
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
            (
                "the UN Charter and the U.N. staff",
                vec![("UN", 6), ("U.N.", 7)],
            ),
            (
                "met «in the Kremlin» today; against the wall",
                vec![("in the Kremlin", 8)],
            ),
        ];
        expect(&g, cases);
    }

    #[test]
    fn second_word_test_never_hides_a_phrase() {
        // The trie's quick test on the second word's first byte must let
        // through case-sensitive Cyrillic, punctuation and optional words.
        let g = Gazetteer::new(vec![
            ("ОДКБ СНГ".to_string(), 1),
            ("council (csto)".to_string(), 2),
            ("совет министров".to_string(), 3),
            ("summit of? leaders".to_string(), 4),
            ("Ministerial Council".to_string(), 5),
        ]);
        let cases: Vec<(&str, Vec<(&str, u32)>)> = vec![
            ("ОДКБ СНГ", vec![("ОДКБ СНГ", 1)]),
            ("the Council (CSTO) met", vec![("Council (CSTO)", 2)]),
            ("Совет Министров собрался", vec![("Совет Министров", 3)]),
            ("a summit leaders", vec![("summit leaders", 4)]),
            ("a summit of leaders", vec![("summit of leaders", 4)]),
            ("the MINISTERIAL COUNCIL", vec![("MINISTERIAL COUNCIL", 5)]),
            ("совет министерства", vec![]),
        ];
        expect(&g, cases);
    }

    #[test]
    fn one_scan_serves_several_tables() {
        let a = Gazetteer::new(vec![("council".to_string(), 'a')]);
        let b = Gazetteer::new(vec![("council of foreign ministers".to_string(), 'b')]);
        let lex = Lexicon::new(&[a.pats(), b.pats()]);
        let n = normalise("The Council of Foreign Ministers met.");
        let raw = lex.scan(&n);
        assert_eq!(a.hits(&raw, 0).len(), 1);
        assert_eq!(b.hits(&raw, 1).len(), 1);
    }

    #[test]
    fn blanking_matches_its_definition() {
        // Every character kept when it is a word character, else spaces of
        // its byte length; the byte pass and the chunked decoding pass must
        // agree wherever a 32-byte chunk boundary falls.
        let reference = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if is_word_char(c) {
                        c.to_string()
                    } else {
                        " ".repeat(c.len_utf8())
                    }
                })
                .collect()
        };
        for s in [
            "the CSTO (Council), 20-21 May: «in Minsk» — ok",
            "abcdefg\u{e9}hijklmnop.qrs",
            "\u{41f}\u{440}\u{438}, 2024! caf\u{e9}\u{2014}x\u{1f600}y",
            "12345678",
            "1234567",
            "",
        ] {
            assert_eq!(blank(s), reference(s), "{s}");
        }
    }
}

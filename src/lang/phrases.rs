//! Fixed phrase lists behind one automaton each, compiled on first use:
//! one pass over a stretch of text instead of one per phrase.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// The union of fixed lists of lowercase phrases, matched anywhere (not
/// only at word starts: "предстоящ" finds "предстоящем").
#[derive(Debug)]
pub struct Phrases {
    lists: &'static [&'static [&'static str]],
    ac: OnceLock<AhoCorasick>,
}

impl Phrases {
    /// The union of `lists`.
    pub const fn new(lists: &'static [&'static [&'static str]]) -> Phrases {
        Phrases {
            lists,
            ac: OnceLock::new(),
        }
    }

    fn ac(&self) -> &AhoCorasick {
        self.ac.get_or_init(|| {
            AhoCorasick::new(self.lists.iter().flat_map(|l| l.iter()))
                .expect("a built-in phrase list compiles")
        })
    }

    /// The phrases.
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.lists.iter().flat_map(|l| l.iter().copied())
    }

    /// Whether `hay` contains one of the phrases.
    pub fn any_in(&self, hay: &str) -> bool {
        self.ac().is_match(hay)
    }

    /// Start of every occurrence of every phrase in `hay` (overlaps included).
    pub fn starts<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.ac().find_overlapping_iter(hay).map(|m| m.start())
    }

    /// Where the first occurrence of any phrase starts.
    pub fn first_start(&self, hay: &str) -> Option<usize> {
        self.starts(hay).min()
    }
}

/// Lowercase forms, each with the canonical name it stands for.
#[derive(Debug)]
pub struct Named {
    pairs: &'static [(&'static str, &'static str)],
    ac: OnceLock<AhoCorasick>,
}

impl Named {
    /// `(form, name)` pairs.
    pub const fn new(pairs: &'static [(&'static str, &'static str)]) -> Named {
        Named {
            pairs,
            ac: OnceLock::new(),
        }
    }

    /// How many forms there are.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The canonical name of form `i`.
    pub fn name(&self, i: usize) -> &'static str {
        self.pairs[i].1
    }

    /// Every form in `hay`: `(start, form index)`, overlaps included.
    pub fn find_in<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (usize, usize)> + 'h {
        self.ac
            .get_or_init(|| {
                AhoCorasick::new(self.pairs.iter().map(|p| p.0))
                    .expect("a built-in form list compiles")
            })
            .find_overlapping_iter(hay)
            .map(|m| (m.start(), m.pattern().as_usize()))
    }
}

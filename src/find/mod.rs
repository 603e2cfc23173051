//! Finding mentions: phrases from the knowledge tables, dates, people,
//! quotations. Everything here reports byte spans in the normalised text.

pub mod dates;
pub mod gazetteer;
pub mod quotes;

use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, meta};

/// The matches of `re` in `text` that a plain leftmost-first,
/// non-overlapping iteration over the whole text would give, found by
/// searching only the `windows` a cheap test said a match must start in
/// (`(from, to, anchored)`, in text order): an anchored window is searched
/// for a match starting at `from` only. Look-around (`\b`, `^`) sees the
/// whole text, so a window gives what the whole-text search gives there.
/// This is how a pattern that most text cannot match is kept from being
/// run over all of it.
pub fn captures_in(
    re: &meta::Regex,
    text: &str,
    windows: impl IntoIterator<Item = (usize, usize, bool)>,
) -> Vec<Captures> {
    let mut out = Vec::new();
    let mut done = 0usize;
    for (from, to, anchored) in windows {
        if anchored && from < done {
            continue;
        }
        let mut from = from.max(done).min(text.len());
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let to = to.min(text.len());
        if from > to {
            continue;
        }
        let input = Input::new(text).span(from..to).anchored(if anchored {
            Anchored::Yes
        } else {
            Anchored::No
        });
        let mut caps = re.create_captures();
        re.search_captures(&input, &mut caps);
        if let Some(m) = caps.get_match() {
            done = m.end();
            out.push(caps);
        }
    }
    out
}

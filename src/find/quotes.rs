//! Quotation marks: pair them in one pass.
//!
//! `“...”`, `«...»` (nested `„...“`/`«...»` inside count as one quote),
//! straight `"..."` paired within a line. A quotation left open at the end
//! of a line runs to the end of that line (the next paragraph reopens it,
//! as English typography does), or to the end of the text.

/// A quotation: the words inside the marks (normalised bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QSpan {
    /// Start of the quoted words.
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// Byte after the closing mark (or `end` when unclosed).
    pub after: usize,
    /// Byte of the opening mark.
    pub open: usize,
}

/// The first byte at or after `from` that may start a quotation mark (`"`,
/// `'`, and the lead bytes of `«` `»` and of the curly quotes), skipping
/// eight bytes at a time where none is (the zero-byte test on a `u64`).
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |x: u64, v: u8| {
        let y = x ^ (ONES * u64::from(v));
        y.wrapping_sub(ONES) & !y & HIGH
    };
    let mark = |b: u8| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2);
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([b'"'; 8]));
        if has(x, b'"') | has(x, b'\'') | has(x, 0xC2) | has(x, 0xE2) != 0 {
            break;
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(|&b| mark(b)).map(|k| i + k)
}

/// Find quotations in `text`, in order, never nested.
pub fn find(text: &str) -> Vec<QSpan> {
    let mut out = Vec::new();
    for (line_start, line) in line_spans(text) {
        let mut open: Option<(usize, char)> = None;
        let mut depth = 0usize;
        let mut seen_mark = false;
        // Only quotation marks change the state: jump from one to the next
        // by their first bytes (`"`, `'`, and the lead bytes of `«` `»`
        // and of the curly quotes).
        let bytes = line.as_bytes();
        let mut next_i = 0;
        while let Some(i) = next_mark(bytes, next_i) {
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            next_i = i + c.len_utf8();
            let pos = line_start + i;
            match open {
                None => {
                    // Only a mark can open (or, unpaired, close) a quotation.
                    if !matches!(c, '"' | '\'' | '\u{201c}' | '\u{ab}' | '\u{201e}') {
                        continue;
                    }
                    let prev = line[..i].chars().next_back();
                    let next = line[i + c.len_utf8()..].chars().next();
                    if c == '"' && !seen_mark && matches!(prev, Some(',' | '.' | '!' | '?')) {
                        // A closing mark with no opening one: the paragraph
                        // continues a quotation from the one before.
                        let lead = line.len() - line.trim_start().len();
                        let s = line_start + lead;
                        if text[s..pos].split_whitespace().count() >= 5 {
                            out.push(QSpan {
                                start: s,
                                end: pos,
                                after: pos + 1,
                                open: s,
                            });
                        }
                        seen_mark = true;
                        continue;
                    }
                    if matches!(c, '"' | '\u{201c}' | '\u{ab}' | '\u{201e}') {
                        open = Some((pos, c));
                        depth = 0;
                    } else if c == '\''
                        && prev.is_none_or(|p| p.is_whitespace() || p == '(')
                        && next.is_some_and(char::is_uppercase)
                    {
                        // `Foreground will be ...', the diplomat noted.
                        open = Some((pos, c));
                    }
                    seen_mark |= matches!(c, '"' | '\u{201c}' | '\u{ab}' | '\u{201e}');
                }
                Some((o, oc)) => {
                    let closes = match oc {
                        '"' => c == '"',
                        '\'' => {
                            c == '\''
                                && line[i + 1..].chars().next().is_none_or(|n| {
                                    matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')')
                                })
                        }
                        '\u{201c}' => c == '\u{201d}' || (c == '"' && depth == 0),
                        '\u{201e}' => c == '\u{201c}' || c == '\u{201d}',
                        '\u{ab}' => {
                            if c == '\u{ab}' {
                                depth += 1;
                                false
                            } else if c == '\u{bb}' {
                                if depth == 0 {
                                    true
                                } else {
                                    depth -= 1;
                                    false
                                }
                            } else {
                                false
                            }
                        }
                        _ => false,
                    };
                    if oc == '\u{201c}' && c == '\u{201c}' {
                        depth += 1;
                    }
                    if oc == '\u{201c}' && c == '\u{201d}' && depth > 0 {
                        depth -= 1;
                        continue;
                    }
                    if closes {
                        let s = o + oc.len_utf8();
                        out.push(QSpan {
                            start: s,
                            end: pos,
                            after: pos + c.len_utf8(),
                            open: o,
                        });
                        open = None;
                    }
                }
            }
        }
        if let Some((o, oc)) = open.filter(|&(_, oc)| oc != '\'') {
            let s = o + oc.len_utf8();
            let e = line_start + line.trim_end().len();
            if e > s {
                out.push(QSpan {
                    start: s,
                    end: e,
                    after: e,
                    open: o,
                });
            }
        }
    }
    out
}

fn line_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    text.split('\n').map(move |l| {
        let s = pos;
        pos += l.len() + 1;
        (s, l)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_search_skips_nothing() {
        let text = "plain text, then \u{ab}quoted\u{bb} and \u{201c}curly\u{201d}, it's \"x\" ok";
        let b = text.as_bytes();
        for from in 0..=b.len() {
            let want = b[from..]
                .iter()
                .position(|&c| matches!(c, b'"' | b'\'' | 0xC2 | 0xE2))
                .map(|k| from + k);
            assert_eq!(next_mark(b, from), want, "{from}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "He said \"we will go there now\" today.",
                &["we will go there now"],
            ),
            (
                "\u{201c}One two\u{201d} and \u{201c}three\u{201d}",
                &["One two", "three"],
            ),
            (
                "\u{ab}Это \u{ab}Газпром\u{bb} сказал\u{bb}, - заявил он",
                &["Это \u{ab}Газпром\u{bb} сказал"],
            ),
            ("\u{201e}Nested\u{201c} x", &["Nested"]),
            ("\"open to the end\nnext", &["open to the end"]),
            (
                "'Foreground will be given to it', the diplomat said",
                &["Foreground will be given to it"],
            ),
            ("the states' rights and Russia's role", &[]),
            (
                "we will act together with them,\" he said.",
                &["we will act together with them,"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = find(text).iter().map(|q| &text[q.start..q.end]).collect();
            assert_eq!(&got[..], *want, "{text:?}");
        }
    }
}

//! Character counting over UTF-8 bytes, eight bytes at a time. Spans are
//! reported in characters (Python string indices) and context windows are
//! measured in characters, so these run often, over Cyrillic text too.

/// Whether a UTF-8 byte starts a character (is not a continuation byte).
#[inline]
pub fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// One bit (the lowest) per continuation byte (10xxxxxx) of `x`.
#[inline]
fn continuation_ones(x: u64) -> u64 {
    ((x & !(x << 1) & HIGH) >> 7) & ONES
}

/// Sum of the eight byte lanes of `acc` (each at most 255).
#[inline]
fn lane_sum(acc: u64) -> usize {
    let pairs = (acc & 0x00FF_00FF_00FF_00FF) + ((acc >> 8) & 0x00FF_00FF_00FF_00FF);
    (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
}

#[inline]
fn word(block: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(block);
    u64::from_le_bytes(w)
}

/// Characters starting in an eight-byte block.
#[inline]
fn block_starts(block: &[u8]) -> usize {
    8 - lane_sum(continuation_ones(word(block)))
}

/// Number of characters starting in `bytes`.
pub fn count_starts(bytes: &[u8]) -> usize {
    let mut conts = 0usize;
    let blocks = bytes.chunks_exact(8);
    let tail = blocks.remainder();
    // Byte lanes count continuation bytes; folded before one can pass 255.
    let mut acc = 0u64;
    for (i, b) in blocks.enumerate() {
        acc += continuation_ones(word(b));
        if i % 255 == 254 {
            conts += lane_sum(acc);
            acc = 0;
        }
    }
    conts += lane_sum(acc);
    conts += tail.iter().filter(|&&b| !is_char_start(b)).count();
    bytes.len() - conts
}

/// The start of the `n`th character before byte `pos` of `text` (of the
/// one before it when `n` is 0), or 0.
pub fn char_back(text: &str, pos: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = pos.min(bytes.len());
    // When the `n` bytes before are ASCII, they are the `n` characters.
    if let Some(lo) = i.checked_sub(n) {
        if n > 0 && bytes[lo..i].is_ascii() {
            return lo;
        }
    }
    let want = n.max(1);
    let mut seen = 0;
    // Whole blocks that hold fewer starts than are still wanted.
    while i >= 8 {
        let c = block_starts(&bytes[i - 8..i]);
        if seen + c >= want {
            break;
        }
        seen += c;
        i -= 8;
    }
    while i > 0 {
        i -= 1;
        if is_char_start(bytes[i]) {
            seen += 1;
            if seen == want {
                return i;
            }
        }
    }
    0
}

/// The byte offset `n` characters after byte `pos` of `text`, or its end.
pub fn char_ahead(text: &str, pos: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut i = pos.min(len);
    if i + n <= len && bytes[i..i + n].is_ascii() {
        return i + n;
    }
    let mut seen = 0;
    while i + 8 <= len {
        let c = block_starts(&bytes[i..i + 8]);
        if seen + c > n {
            break;
        }
        seen += c;
        i += 8;
    }
    while i < len {
        if is_char_start(bytes[i]) {
            if seen == n {
                return i;
            }
            seen += 1;
        }
        i += 1;
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back_slow(text: &str, pos: usize, n: usize) -> usize {
        let starts: Vec<usize> = (0..pos)
            .filter(|&i| is_char_start(text.as_bytes()[i]))
            .collect();
        starts.len().checked_sub(n.max(1)).map_or(0, |k| starts[k])
    }

    fn ahead_slow(text: &str, pos: usize, n: usize) -> usize {
        (pos..text.len())
            .filter(|&i| is_char_start(text.as_bytes()[i]))
            .nth(n)
            .unwrap_or(text.len())
    }

    #[test]
    fn block_counts_agree_with_a_byte_walk() {
        let text = "Совет министров иностранных дел ОДКБ met in Минск, 20 ноября — «итоги» 🇷🇺 ok";
        let starts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &a in &starts {
            for &b in starts.iter().filter(|&&b| b >= a) {
                assert_eq!(
                    count_starts(&text.as_bytes()[a..b]),
                    text[a..b].chars().count()
                );
            }
            for n in [0, 1, 2, 7, 8, 9, 30, 200] {
                assert_eq!(char_back(text, a, n), back_slow(text, a, n), "back {a} {n}");
                assert_eq!(
                    char_ahead(text, a, n),
                    ahead_slow(text, a, n),
                    "ahead {a} {n}"
                );
            }
        }
        let long = "д".repeat(5000);
        assert_eq!(count_starts(long.as_bytes()), 5000);
    }
}

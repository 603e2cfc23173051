//! Pathological inputs at two sizes: `cargo run --release --example patho [MB]`.
//! Linear cost means the time doubles with the size, no more.
use std::time::Instant;

pub fn inputs(bytes: usize) -> Vec<(&'static str, String)> {
    let rep = |unit: &str| unit.repeat(bytes / unit.len().max(1) + 1);
    vec![
        ("quotes", rep("\"")),
        ("curly", rep("\u{201c}a b c d e f\u{201d} ")),
        ("guillemets", rep("\u{ab}")),
        ("newlines", rep("\n")),
        ("digits", rep("1234567890")),
        (
            "dates",
            rep("On 20 November 2020, May 26, 2020 and 22.06.2005 "),
        ),
        ("name", rep("Lavrov ")),
        (
            "names",
            rep("Russian Foreign Minister Sergey Lavrov said. "),
        ),
        (
            "meetings",
            rep("The CSTO Council of Foreign Ministers met in Minsk. "),
        ),
        ("word", rep("a")),
        ("cyrillic", rep("ОДКБ Минске заседание ")),
        ("mixed", rep("«Мы» \"we\" said Lavrov: 'x' ")),
    ]
}

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let ex = summitry::Extractor::new().expect("engine");
    for size in [mb << 20, (2 * mb) << 20] {
        for (name, text) in inputs(size) {
            let t0 = Instant::now();
            let a = ex.extract(&text, None).expect("never fails");
            println!(
                "{name:>10} {:>4} MB: {:7.2} s  ({} meetings, {} quotes)",
                size >> 20,
                t0.elapsed().as_secs_f64(),
                a.meetings.len(),
                a.quotes.len()
            );
        }
    }
}

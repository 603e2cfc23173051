//! Time the core alone over a folder of texts: `cargo run --release --example profile DIR [REPEAT]`.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus".into());
    let repeat: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut texts = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).into_iter().flatten().flatten() {
                stack.push(e.path());
            }
        } else if p.extension().is_some_and(|e| e == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                texts.push(t);
            }
        }
    }
    let ex = summitry::Extractor::new().expect("engine");
    let bytes: usize = texts.iter().map(|t| t.len()).sum::<usize>() * repeat;
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..repeat {
        for t in &texts {
            n += ex.extract(t, None).map(|a| a.meetings.len()).unwrap_or(0);
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    println!(
        "{} texts x {repeat}: {:.2} MB/s on one thread ({n} meetings)",
        texts.len(),
        bytes as f64 / 1e6 / dt
    );
}

//! Extract one generated text: `cargo run --release --example one UNIT KB`.
fn main() {
    let unit = std::env::args().nth(1).unwrap_or_else(|| "Lavrov ".into());
    let kb: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let text = unit.repeat(kb * 1024 / unit.len() + 1);
    let ex = summitry::Extractor::new().unwrap();
    let t0 = std::time::Instant::now();
    let a = ex.extract(&text, None).unwrap();
    println!(
        "{:.3} s, {} meetings",
        t0.elapsed().as_secs_f64(),
        a.meetings.len()
    );
}

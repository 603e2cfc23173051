//! Print the lexicon hits of a text: `cargo run --release --example hits "TEXT"`.
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let ex = summitry::Extractor::new().unwrap();
    let inner = ex.inner();
    let kit = inner.kit(summitry::Lang::detect(&text));
    let n = summitry::text::normalise::normalise(&text);
    for (table, h) in kit
        .lex
        .scan(&n)
        .into_iter()
        .enumerate()
        .flat_map(|(t, hs)| hs.into_iter().map(move |h| (t, h)))
    {
        println!(
            "table {} entry {} {:?}",
            table,
            h.entry,
            &n.text[h.start..h.end]
        );
    }
}

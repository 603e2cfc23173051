use std::time::Instant;
fn main() {
    let mut text = String::new();
    for d in [
        "../shared/corpus/dev/en",
        "../shared/corpus/seeds",
        "../shared/corpus/dev/ru",
    ] {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                text.push_str(&std::fs::read_to_string(e.path()).unwrap().to_lowercase());
            }
        }
    }
    let text = text.repeat(10);
    let k = summitry::data::Knowledge::builtin().unwrap();
    let mut firsts: Vec<String> = Vec::new();
    for t in [
        "orgs",
        "bodies",
        "countries",
        "cities",
        "outlets",
        "roles",
        "topics",
        "documents",
        "cues_en",
        "cues_ru",
    ] {
        for r in k.rows(t) {
            let form = &r[r.len() - 1];
            let f = form
                .trim_start_matches('=')
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(['*', '?'])
                .to_lowercase();
            if !f.is_empty() && !firsts.contains(&f) {
                firsts.push(f);
            }
        }
    }
    use aho_corasick::*;
    for (name, pats, hay) in [
        ("plain", firsts.clone(), text.clone()),
        (
            "spaced",
            firsts.iter().map(|f| format!(" {f}")).collect::<Vec<_>>(),
            text.replace(|c: char| c.is_ascii_punctuation() || c == '\n', " "),
        ),
    ] {
        let ac = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&pats)
            .unwrap();
        let t0 = Instant::now();
        let n = ac.find_overlapping_iter(&hay).count();
        let dt = t0.elapsed().as_secs_f64();
        println!(
            "{name}: {} patterns, {n} matches, {:.0} MB/s",
            pats.len(),
            hay.len() as f64 / 1e6 / dt
        );
        let mut counts = std::collections::HashMap::new();
        for m in ac.find_overlapping_iter(&hay) {
            *counts.entry(m.pattern().as_usize()).or_insert(0usize) += 1;
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        println!(
            "{:?}",
            v.iter()
                .take(25)
                .map(|(p, c)| (pats[*p].clone(), *c))
                .collect::<Vec<_>>()
        );
    }
}
#[allow(dead_code)]
fn unused() {}

//! Time the core over a folder of texts, whole and stage by stage:
//! `cargo run --release --example profile [DIR] [REPEAT] [whole]`.
//!
//! Stage times are taken in isolation (each stage alone over every text),
//! so they add up to less than the whole run, which pays for cache misses
//! between stages and for assembling the records.
use std::time::Instant;

use summitry::find::dates;
use summitry::lang::Lang;
use summitry::text::{boilerplate, normalise::normalise, sentences};

fn texts(dir: &str) -> Vec<String> {
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
    texts
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus".into());
    let repeat: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let texts = texts(&dir);
    let ex = summitry::Extractor::new().expect("engine");
    let inner = ex.inner();
    let mb = (texts.iter().map(|t| t.len()).sum::<usize>() * repeat) as f64 / 1e6;
    let time = |name: &str, f: &mut dyn FnMut(&str)| {
        let c = Instant::now();
        for _ in 0..repeat {
            for t in &texts {
                f(t);
            }
        }
        let s = c.elapsed().as_secs_f64();
        println!("{name:>12}: {:8.1} ms {:8.1} MB/s", s * 1e3, mb / s);
        s
    };
    let whole_only = args.next().is_some_and(|a| a == "whole");
    println!("{} texts x {repeat}, {mb:.1} MB, one thread", texts.len());
    let whole = time("whole run", &mut |t| {
        std::hint::black_box(ex.extract(t, None).ok());
    });
    if whole_only {
        return;
    }
    time("detect", &mut |t| {
        std::hint::black_box(Lang::detect(t));
    });
    time("normalise", &mut |t| {
        std::hint::black_box(normalise(t));
    });
    let pre: Vec<_> = texts
        .iter()
        .map(|t| {
            let lang = Lang::detect(t);
            (lang, normalise(t))
        })
        .collect();
    let stage = |name: &str, f: &dyn Fn(Lang, &summitry::text::normalise::Normalized)| {
        let c = Instant::now();
        for _ in 0..repeat {
            for (lang, n) in &pre {
                f(*lang, n);
            }
        }
        let s = c.elapsed().as_secs_f64();
        println!("{name:>12}: {:8.1} ms {:8.1} MB/s", s * 1e3, mb / s);
    };
    stage("boilerplate", &|lang, n| {
        std::hint::black_box(boilerplate::mark(
            &n.text,
            &n.lower,
            lang,
            &inner.kit(lang).boiler,
        ));
    });
    stage("sentences", &|lang, n| {
        let lines = boilerplate::mark(&n.text, &n.lower, lang, &inner.kit(lang).boiler);
        std::hint::black_box(sentences::split(&n.text, &lines));
    });
    stage("lexicon", &|lang, n| {
        std::hint::black_box(inner.kit(lang).lex.scan(n));
    });
    stage("scan+dates", &|lang, n| {
        let kit = inner.kit(lang);
        let words = kit
            .date_words
            .hits(&kit.lex.scan(n), summitry::extractor::T_DATES);
        std::hint::black_box(dates::find(&n.text, &words, &kit.pack));
    });
    println!("whole run: {:.2} MB/s", mb / whole);
}

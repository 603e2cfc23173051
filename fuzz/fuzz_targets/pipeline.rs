//! Fuzz the whole pipeline: any text gives a valid schema-1 record whose
//! spans all lie in the text and cut out exactly the strings they support.
//!
//!     cargo +nightly fuzz run pipeline -- -max_total_time=1800
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static EX: OnceLock<summitry::Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ex = EX.get_or_init(|| summitry::Extractor::new().expect("engine"));
    let a = ex.extract(&text, None).expect("extract never fails on a str");
    summitry::check::check(&text, &a).unwrap_or_else(|e| panic!("invariant broken: {e}"));
    let v: serde_json::Value = serde_json::from_str(&a.to_json()).expect("valid JSON");
    assert!(v.is_object());
});

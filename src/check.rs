//! The record's contract, checked: closed code lists, date forms, and that
//! every span lies in the text and cuts out exactly the string it supports.
//! Used by the fuzzer and the tests; cheap enough to run on every output.

use crate::record::{Article, Role, Span};

/// Body codes (SCHEMA.md).
pub const BODIES: &[&str] = &[
    "heads_of_state",
    "heads_of_government",
    "foreign_ministers",
    "defence_ministers",
    "security_council_secretaries",
    "interior_ministers",
    "economy_ministers",
    "permanent_council",
    "deputy_ministers",
    "parliamentary",
    "secretariat",
    "other",
];
/// Document kinds.
pub const KINDS: &[&str] = &[
    "statement",
    "declaration",
    "resolution",
    "decision",
    "plan",
    "programme",
    "strategy",
    "agreement",
    "protocol",
    "memorandum",
    "communique",
    "report",
    "other",
];
/// Document actions, in the order of `Cue::Act`.
pub const ACTIONS: &[&str] = &[
    "adopted",
    "approved",
    "signed",
    "endorsed",
    "amended",
    "submitted",
    "drafted",
    "discussed",
];
/// Topic codes.
pub const TOPICS: &[&str] = &[
    "terrorism",
    "drugs",
    "crime",
    "information_security",
    "biosecurity",
    "peacekeeping",
    "military_cooperation",
    "border_security",
    "afghanistan",
    "ukraine",
    "middle_east",
    "south_caucasus",
    "international_law",
    "inter_organization",
    "eurasian_integration",
    "western_policy",
    "human_rights",
    "historical_memory",
    "economy",
    "arms_control",
    "organization_affairs",
];

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `--MM-DD`.
pub fn is_date(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    match p.as_slice() {
        [y] => y.len() == 4 && digits(y),
        [y, m] => y.len() == 4 && digits(y) && m.len() == 2 && digits(m),
        [y, m, d] => {
            y.len() == 4 && digits(y) && m.len() == 2 && digits(m) && d.len() == 2 && digits(d)
        }
        ["", "", m, d] => m.len() == 2 && digits(m) && d.len() == 2 && digits(d),
        _ => false,
    }
}

/// `YYYY-MM-DD` with an optional `THH:MM` and offset.
pub fn is_published(s: &str) -> bool {
    let (d, t) = s.split_once('T').unwrap_or((s, ""));
    if !(d.len() == 10 && is_date(d)) {
        return false;
    }
    if t.is_empty() {
        return !s.contains('T');
    }
    let (hm, off) = t.split_at(t.len().min(5));
    let hm_ok = hm.len() == 5 && hm.as_bytes()[2] == b':' && digits(&hm[..2]) && digits(&hm[3..]);
    let off_ok = off.is_empty()
        || (off.len() == 6
            && (off.starts_with('+') || off.starts_with('-'))
            && off.as_bytes()[3] == b':'
            && digits(&off[1..3])
            && digits(&off[4..]));
    hm_ok && off_ok
}

/// Check `a` against `text` (the text it was extracted from).
pub fn check(text: &str, a: &Article) -> Result<(), String> {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let n = bounds.len() - 1;
    let cut = |sp: &Span, what: &str| -> Result<&str, String> {
        if !(sp[0] < sp[1] && sp[1] <= n) {
            return Err(format!(
                "{what}: span {sp:?} outside a text of {n} characters"
            ));
        }
        Ok(&text[bounds[sp[0]]..bounds[sp[1]]])
    };
    if a.schema_version != 1 {
        return Err("schema_version must be 1".into());
    }
    if a.lang != "en" && a.lang != "ru" {
        return Err(format!("lang {:?}", a.lang));
    }
    if let Some(p) = &a.published {
        if !is_published(p) {
            return Err(format!("published {p:?}"));
        }
    }
    if let Some(d) = a.dateline.as_ref().and_then(|d| d.date.as_ref()) {
        if !is_date(d) {
            return Err(format!("dateline.date {d:?}"));
        }
    }
    if a.meetings.iter().filter(|m| m.role == Role::Main).count() > 1 {
        return Err("more than one main meeting".into());
    }
    for (i, m) in a.meetings.iter().enumerate() {
        for b in &m.bodies {
            if !BODIES.contains(&b.as_str()) {
                return Err(format!("meetings[{i}] body {b:?}"));
            }
        }
        for d in [&m.date, &m.end_date].into_iter().flatten() {
            if !is_date(d) {
                return Err(format!("meetings[{i}] date {d:?}"));
            }
        }
        for t in &m.topics {
            if !TOPICS.contains(&t.as_str()) {
                return Err(format!("meetings[{i}] topic {t:?}"));
            }
        }
        for p in &m.participants {
            cut(&p.span, "participant")?;
        }
        for d in &m.documents {
            if !KINDS.contains(&d.kind.as_str()) || !ACTIONS.contains(&d.action.as_str()) {
                return Err(format!("meetings[{i}] document {}/{}", d.kind, d.action));
            }
            if cut(&d.span, "document")? != d.title {
                return Err(format!(
                    "meetings[{i}] document span does not give its title {:?}",
                    d.title
                ));
            }
        }
        for (k, sp) in &m.evidence {
            cut(sp, k)?;
        }
    }
    for q in &a.quotes {
        if cut(&q.span, "quote")? != q.text {
            return Err(format!("quote span does not give its text {:?}", q.text));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_outputs_pass_on_odd_texts() {
        let ex = crate::Extractor::new().unwrap();
        let units = [
            "\"",
            "\u{201c}a b c d e\u{201d} ",
            "\u{ab}\u{ab}\u{bb}",
            "\n",
            "12.12.2012 ",
            "Lavrov said: \"We agreed on all of it.\" ",
            "ОДКБ в Минске 20 ноября. ",
            "The CSTO Council of Foreign Ministers met in Minsk. ",
            "\u{0}\u{feff}\u{a0}",
            "'A b c d e', the aide said. ",
            "![]()",
            "a.b.c.d.e.f.g.",
        ];
        for (i, u) in units.iter().enumerate() {
            for n in [1, 7, 300] {
                let text: String = units
                    .iter()
                    .cycle()
                    .skip(i)
                    .take(3)
                    .copied()
                    .collect::<String>()
                    + &u.repeat(n);
                let a = ex.extract(&text, None).unwrap();
                check(&text, &a).unwrap_or_else(|e| panic!("{e} in {text:?}"));
            }
        }
    }

    #[test]
    fn fuzz_findings_stay_fixed() {
        // A document phrase across a line break ran past its sentence's end.
        let ex = crate::Extractor::new().unwrap();
        let texts =
            ["The ministers adopted a joint\r\u{0} statement on strengthening cooperation."];
        for t in texts {
            let a = ex.extract(t, None).unwrap();
            check(t, &a).unwrap();
        }
    }

    #[test]
    fn date_forms() {
        for ok in ["2020", "2020-05", "2020-05-26", "--05-26"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in ["20", "2020-5", "--5-26", "2020-05-26T10:00", ""] {
            assert!(!is_date(bad), "{bad}");
        }
        for ok in ["2020-05-26", "2020-05-26T10:00", "2014-12-22T19:08+03:00"] {
            assert!(is_published(ok), "{ok}");
        }
        for bad in ["2020-05", "2020-05-26T1000", "2020-05-26T10:00+3"] {
            assert!(!is_published(bad), "{bad}");
        }
    }
}

//! Topics: the closed list of SCHEMA.md, from cue words
//! (`data/topics.tsv`) in the sentences about the meeting.
//!
//! A cue counts when it speaks of an issue, not when it is part of a name:
//! "Economic" in "Organization for Democracy and Economic Development",
//! "Iranian" in "Iranian President Raisi", "Afghanistan" in a list of
//! observer states. Background sentences ("The SCO was established in ...",
//! "The CSTO comprises ...") give no topics.

use super::Doc;
use crate::record::Span;

/// Sentences that describe the organisation, not the meeting.
const BACKGROUND: &[&str] = &[
    "was established",
    "was founded",
    "was created",
    "consists of",
    "comprises",
    "evolved from",
    "were accepted as",
    "is a post-soviet",
    "is an intergovernmental",
    "был создан",
    "была создана",
    "было создано",
    "входят",
    "состоит из",
];

fn overlaps(a: Span, b: Span) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// Topics of the main meeting, in order of first mention.
pub fn assign(doc: &Doc<'_>, others: &[usize], main_sents: &[usize]) -> Vec<String> {
    let text = &doc.n.text;
    let mut out: Vec<String> = Vec::new();
    for h in &doc.topics {
        let Some(si) = doc.sent_at(h.start) else {
            continue;
        };
        if others.contains(&si) && !main_sents.contains(&si) {
            continue;
        }
        let s = doc.sents[si];
        if s.start < doc.body_start && doc.title.is_none_or(|t| t[0] != s.start) {
            continue;
        }
        let low = doc.n.lower[s.start..s.end].to_string();
        if BACKGROUND.iter().any(|b| low.contains(b)) {
            continue;
        }
        let span = [h.start, h.end];
        // Part of a name: an organisation, an outlet, an office, a person.
        if doc.orgs.iter().any(|o| overlaps([o.start, o.end], span) && !(o.start == h.start && o.end == h.end))
            || doc.outlets.iter().any(|o| overlaps([o.start, o.end], span))
            || doc.people.iter().any(|p| overlaps([p.start, p.end], span))
            // "Economic" in "Supreme Eurasian Economic Council".
            || doc.bodies.iter().any(|b| overlaps([b.start, b.end], span) && b.value.names_meeting)
        {
            continue;
        }
        // A country that stands for a person or a membership.
        if let Some(place) = doc.places.iter().find(|p| overlaps([p.start, p.end], span)) {
            let after = doc.ahead(place.end, 25).min(s.end);
            let before = doc.back(place.start, 25).max(s.start);
            let office_after = doc
                .roles
                .iter()
                .any(|r| r.start >= place.end && r.start <= after)
                || doc
                    .people
                    .iter()
                    .any(|p| p.start >= place.end && p.start <= after);
            // "President of Afghanistan"; Russian puts the country right after the
            // office, in the genitive ("премьер-министр Украины").
            let office_before = doc
                .roles
                .iter()
                .any(|r| r.end <= place.start && r.end >= before)
                && (text[before..place.start].contains(" of") || doc.lang == crate::lang::Lang::Ru);
            let listed = doc
                .places
                .iter()
                .filter(|p| {
                    p.value.city.is_none()
                        && p.start >= doc.back(place.start, 60)
                        && p.end <= doc.ahead(place.end, 60)
                })
                .count()
                >= 3;
            if office_after || office_before || listed {
                continue;
            }
        }
        if !out.contains(h.value) {
            out.push(h.value.clone());
        }
    }
    out
}

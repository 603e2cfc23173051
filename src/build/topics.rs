//! Topics: the closed list of SCHEMA.md, from cue words
//! (`data/topics.tsv`) in the sentences about the meeting.
//!
//! A cue counts when it speaks of an issue, not when it is part of a name:
//! "Economic" in "Organization for Democracy and Economic Development",
//! "Iranian" in "Iranian President Raisi", "Afghanistan" in a list of
//! observer states. Background sentences ("The SCO was established in ...",
//! "The CSTO comprises ...") and sentences about another occasion ("in a
//! phone call the day before") give no topics, nor does the scene a meeting
//! is set in ("amid tensions over ...", "на фоне ..."), nor the name of the
//! meeting's own organisation (an EAEU summit is not about Eurasian
//! integration because it names the EAEU).

use super::{Doc, SentSet};
use crate::extractor::Cue;
use crate::record::Span;

/// Topics of the main meeting, in order of first mention. `own_org` is the
/// meeting's organisation with the spans of every meeting mention: its name
/// inside one ("the EAEU summit") is no topic, while "cooperation within the
/// EAEU" is.
pub fn assign(
    doc: &Doc<'_>,
    own_org: Option<(&str, &[Span])>,
    others: &SentSet,
    main_sents: &SentSet,
) -> Vec<String> {
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
        // Sentences that describe the organisation, not the meeting.
        if doc.sent_has(si, Cue::Background.bit() | Cue::OtherOccasion.bit()) {
            continue;
        }
        // The scene: a cue after "amid" in the same clause.
        if doc.sent_has(si, Cue::Circumstance.bit())
            && Doc::within(&doc.cues, s.start, h.start).iter().any(|c| {
                *c.value == Cue::Circumstance
                    && c.end <= h.start
                    && !text[c.end..h.start].contains([',', ';', '(', ')', ':'])
            })
        {
            continue;
        }
        // Part of a name: an organisation, an outlet, an office, a person
        // (a cue that is an organisation's whole name counts, unless it is
        // the meeting's own naming the meeting).
        let names_meeting = |o: &str| {
            own_org.is_some_and(|(org, spans)| {
                org == o && spans.iter().any(|m| m[0] <= h.start && h.end <= m[1])
            })
        };
        if Doc::overlapping(&doc.orgs, h.start, h.end, 120).any(|o| {
            !(o.start == h.start && o.end == h.end) || names_meeting(o.value)
        })
            || Doc::overlapping(&doc.outlets, h.start, h.end, 80).next().is_some()
            || Doc::overlapping(&doc.people, h.start, h.end, 80).next().is_some()
            // "Economic" in "Supreme Eurasian Economic Council".
            || Doc::overlapping(&doc.bodies, h.start, h.end, 200).any(|b| b.value.names_meeting)
        {
            continue;
        }
        // A country that stands for a person or a membership.
        if let Some(place) = Doc::overlapping(&doc.places, h.start, h.end, 80).next() {
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
                && (doc.kit.pack.country_in_genitive
                    || doc.kit.pack.office_link_in(&text[before..place.start]));
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

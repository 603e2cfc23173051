//! Topics: the closed list of SCHEMA.md, from cue words (data/topics.tsv)
//! in the sentences about the meeting.

use super::Doc;

/// Topics of the main meeting, in order of first mention.
pub fn assign(doc: &Doc<'_>, others: &[usize], main_sents: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for h in doc.kit.topics.find_longest(&doc.n) {
        let Some(si) = doc.sent_at(h.start) else {
            continue;
        };
        if others.contains(&si) && !main_sents.contains(&si) {
            continue;
        }
        if !out.contains(h.value) {
            out.push(h.value.clone());
        }
    }
    out
}

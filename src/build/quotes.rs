//! Quotations with their speakers.
//!
//! A quotation counts when it has at least five words and someone is said
//! to say it:
//! - an attribution right after it (`"...," Lavrov said`, `«...», — заявил`);
//! - an attribution verb shortly before it (`he noted that "..."`,
//!   `In his words, "..."`), or earlier in its sentence when the quotation
//!   ends the sentence;
//! - or it continues a speech: it opens a paragraph, or follows an
//!   attributed quotation on the same line, or follows a sentence whose
//!   subject said something.
//!
//! Quoted names and titles (`the program "Cultural Capital of the
//! Commonwealth"`, `the so-called "..."`) are not quotations.
//!
//! The speaker is the person named in the attribution; a pronoun or an
//! office ("he", "the top diplomat", "the Tajik foreign minister") stands
//! for the current speaker or the last person of that office; an
//! institution ("the Foreign Ministry", "the press service") is named with
//! its country.

use super::Doc;
use super::people::{PersonMention, holder_for};
use crate::extractor::Cue;
use crate::find::quotes::{QSpan, find};
use crate::record::Quote;

/// A quotation and where it sits.
#[derive(Debug, Clone)]
pub struct Found {
    /// The record entry (normalised spans until `finish`).
    pub quote: Quote,
    /// The marks.
    pub q: QSpan,
}

/// People whose name starts in `[from, to)` (`persons` is in text order).
fn persons_in(persons: &[PersonMention], from: usize, to: usize) -> &[PersonMention] {
    let a = persons.partition_point(|p| p.span[0] < from);
    let b = persons.partition_point(|p| p.span[0] < to);
    &persons[a..b.max(a)]
}

/// The (at most) hundred people named last before `pos`: a pronoun never
/// reaches further back, and the search stays linear.
fn recent(persons: &[PersonMention], pos: usize) -> &[PersonMention] {
    let b = persons.partition_point(|p| p.span[0] < pos);
    &persons[b.saturating_sub(100)..b]
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .count()
}

fn has_word(low: &str, list: &[&str]) -> bool {
    low.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| list.contains(&w))
}

/// The institution named in `low` (lowercase), with its country.
fn institution(doc: &Doc<'_>, from: usize, to: usize) -> Option<String> {
    // The first place each form is found at.
    let inst = &doc.kit.pack.institutions;
    let mut first_at: Vec<Option<usize>> = vec![None; inst.len()];
    for (i, k) in inst.find_in(&doc.n.lower[from..to]) {
        let f = &mut first_at[k];
        *f = Some(f.map_or(i, |f| f.min(i)));
    }
    let mut found: Vec<(usize, &str)> = first_at
        .iter()
        .enumerate()
        .filter_map(|(k, i)| i.map(|i| (i, inst.name(k))))
        .collect();
    found.sort();
    let (_, first) = *found.first()?;
    // "press service for the office of the Russian Security Council":
    // the press service of the other institution named with it.
    let owner = found.iter().map(|x| x.1).find(|c| *c != "press service");
    let base = match (first, owner) {
        ("press service", Some(o)) => format!("{o} press service"),
        (f, _) => f.to_string(),
    };
    if base.starts_with("Kremlin") {
        return Some(base.replace(
            "Kremlin press service press service",
            "Kremlin press service",
        ));
    }
    let country = Doc::within(&doc.places, from, to)
        .iter()
        .find(|p| p.end <= to && p.value.city.is_none())
        .map(|p| p.value.country.clone());
    // In Russian media an unqualified ministry is Russia's own.
    let country =
        country.or_else(|| (doc.lang == crate::lang::Lang::Ru).then(|| "Russia".to_string()));
    Some(match country.and_then(|c| doc.ex.adjective(&c)) {
        Some(adj) => format!("{adj} {base}"),
        None => base,
    })
}

/// Whether the person whose name starts at `at` is the object of a verb
/// of telling ([`crate::lang::Pack::addressee_verbs`]): the verb, then only
/// capitalised words (an office, a country) up to the name.
fn addressed(doc: &Doc<'_>, at: usize) -> bool {
    let lead = &doc.n.text[doc.back(at, 50)..at];
    let words: Vec<&str> = lead.split_whitespace().collect();
    for (i, w) in words.iter().enumerate().rev() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if doc.kit.pack.addressee_verbs.contains(&w) {
            return words[i + 1..]
                .iter()
                .all(|x| x.chars().next().is_some_and(char::is_uppercase) || *x == "the");
        }
    }
    false
}

/// Whether `q` was left open at the end of its paragraph and the next
/// paragraph opens with a quotation mark (English typography's way of
/// running one quotation over several paragraphs).
fn reopened(text: &str, q: &QSpan) -> bool {
    if q.after != q.end {
        return false;
    }
    let rest = &text[q.end..];
    let gap = rest.len() - rest.trim_start().len();
    rest[..gap].contains('\n') && rest[gap..].starts_with(['"', '\u{201c}', '\u{ab}'])
}

/// Quotations in text order.
pub fn build(doc: &Doc<'_>, persons: &[PersonMention]) -> Vec<Found> {
    let text = &doc.n.text;
    let mut out: Vec<Found> = Vec::new();
    // Open paragraphs of a quotation, waiting for the one that names the speaker.
    let mut waiting: Vec<usize> = Vec::new();
    for mut q in find(text) {
        if !doc.in_content(q.start) || words(&text[q.start..q.end]) < 5 {
            continue;
        }
        // A quotation left open runs to the end of its line; when a later
        // sentence in it names who spoke ("This was stated by ..."), the
        // quotation ends before that sentence.
        if q.after == q.end {
            if let Some(cut) = doc.sents_in(q.start + 1, q.end).iter().find(|s| {
                doc.has_cue(s.start, s.end, |c| c == Cue::Say)
                    && persons_in(persons, s.start, s.end)
                        .iter()
                        .any(|p| p.span[1] <= s.end)
            }) {
                let end = q.start + text[q.start..cut.start].trim_end().len();
                q = QSpan {
                    start: q.start,
                    end,
                    after: end,
                    open: q.open,
                };
            }
        }
        let Some(si) = doc
            .sent_at(q.open.max(q.start.saturating_sub(1)))
            .or(doc.sent_at(q.start))
        else {
            continue;
        };
        let sent = doc.sents[si];
        let line = doc.lines[sent.line];
        let before_line = &text[line.start..q.open];
        let prev_word = before_line
            .trim_end()
            .trim_end_matches([',', '(', '-'])
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let starts_upper = text[q.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let doc_noun_before = Doc::within(&doc.docs, doc.back(q.open, 30), q.open)
            .iter()
            .any(|h| text.get(h.end..q.open).is_some_and(|g| g.trim().is_empty()));
        if doc.kit.pack.naming_words.contains(&prev_word.as_str())
            || (doc_noun_before && starts_upper)
        {
            continue;
        }
        // Attribution after the closing mark: punctuation, then the verb.
        let a_end = doc.ahead(q.after, 110).min(line.end).max(q.after);
        let after = &text[q.after..a_end];
        let after_end = q.after
            + after
                .find(['"', '\u{201c}', '\u{ab}'])
                .unwrap_or(after.len());
        let inner_punct = text[q.start..q.end]
            .trim_end()
            .ends_with([',', '.', '!', '?']);
        let punct_after = after
            .trim_start()
            .starts_with([',', '.', '!', '?', '-', '\u{2014}']);
        let say_after =
            (inner_punct || punct_after) && doc.has_cue(q.after, after_end, |c| c == Cue::Say);
        // Attribution before: close to the mark, or anywhere in the sentence
        // when the quotation ends it.
        let s_start = sent.start.max(line.start).min(q.open);
        let near = doc.back(q.open, 45).max(s_start);
        let ends_sentence = after.trim_start().is_empty()
            || after.trim_start().starts_with(['.', '!', '?'])
            || inner_punct && after.trim_start().is_empty();
        let colon = before_line.trim_end().ends_with(':');
        let say_near = doc.has_cue(near, q.open, |c| c == Cue::Say);
        let say_sentence = doc.has_cue(s_start, q.open, |c| c == Cue::Say);
        let say_before = colon || say_near || (say_sentence && ends_sentence);
        let at_sentence_start = text[s_start..q.open]
            .trim()
            .trim_matches('-')
            .trim()
            .is_empty();
        let at_para_start = text[line.start..q.open]
            .trim()
            .trim_matches('-')
            .trim()
            .is_empty();
        let prev = out.last();
        let prev_close = prev.is_some_and(|p| p.q.after <= q.open && q.open - p.q.after <= 600);
        let prev_same_line = prev.is_some_and(|p| p.q.after >= line.start && p.q.after <= q.open);
        let continued = !say_after && prev_close && (at_para_start || prev_same_line);
        // A quotation opening a sentence right after "X said ...".
        let prev_sentence =
            (si > 0 && at_sentence_start && (doc.sents[si - 1].line == sent.line || at_para_start))
                .then(|| doc.sents[si - 1]);
        let after_saying =
            prev_sentence.is_some_and(|p| doc.has_cue(p.start, p.end, |c| c == Cue::Say));
        if !(say_after || say_before || continued || after_saying) {
            // A paragraph of a longer quotation, left open for the next
            // paragraph to reopen: whoever speaks there speaks here too.
            if reopened(text, &q) {
                waiting.push(out.len());
                out.push(Found {
                    quote: Quote {
                        speaker: None,
                        text: text[q.start..q.end].to_string(),
                        span: [q.start, q.end],
                    },
                    q,
                });
            } else if let Some(&first) = waiting.first() {
                // (never reopened by a quotation that names a speaker)
                out.truncate(first);
                waiting.clear();
            }
            continue;
        }
        // Speaker.
        let (wa, wb) = if say_after {
            (q.after, after_end)
        } else {
            (s_start, q.open)
        };
        let named = if say_after {
            persons_in(persons, wa, wb).first()
        } else {
            let before: Vec<&PersonMention> = persons_in(persons, wa, wb)
                .iter()
                .filter(|p| p.span[1] <= wb)
                .collect();
            // "Modi told Putin that '...'": the one told is not the speaker
            // when someone else is named before.
            before
                .iter()
                .rev()
                .find(|p| !addressed(doc, p.span[0]))
                .or(before.last())
                .copied()
        };
        let mut speaker = named.map(|p| p.name.clone());
        // "the head of the Foreign Ministry", "the official representative of
        // the Russian Foreign Ministry": a person, not the institution.
        // ("пресс-служба президента" is the institution: there it comes first.)
        let inst_at = doc
            .kit
            .pack
            .institutions
            .find_in(&doc.n.lower[wa..wb])
            .map(|(i, _)| wa + i)
            .min();
        let office_in_window = Doc::within(&doc.roles, wa, wb)
            .iter()
            .any(|r| r.end <= wb && inst_at.is_none_or(|i| r.start <= i));
        let names_institution = !office_in_window && inst_at.is_some();
        if speaker.is_none() && (say_after || say_before) && names_institution {
            speaker = institution(doc, wa, wb);
        }
        if speaker.is_none() && (say_after || say_before) {
            if let Some(r) = Doc::within(&doc.roles, wa, wb).iter().find(|r| r.end <= wb) {
                // "the Tajik foreign minister": the last such person, or the table's.
                let country = Doc::within(&doc.places, doc.back(r.start, 30).max(wa), r.start)
                    .iter()
                    .rfind(|p| p.end <= r.start)
                    .map(|p| p.value.country.as_str())
                    .or_else(|| {
                        // "глава МИД Казахстана": the country after the office.
                        let pack = &doc.kit.pack;
                        pack.country_in_genitive.then_some(())?;
                        Doc::within(&doc.places, r.end, doc.ahead(r.end, 2) + 1)
                            .iter()
                            .find(|p| {
                                p.start >= r.end
                                    && p.end <= wb
                                    && text[r.end..p.start].trim().is_empty()
                                    && p.value.city.is_none()
                            })
                            .map(|p| p.value.country.as_str())
                    });
                let office = |p: &&PersonMention| {
                    p.role.as_deref() == Some(r.value.as_str())
                        || (r.value == "Foreign Minister"
                            && p.role.as_deref().is_some_and(|x| x.contains("Foreign")))
                };
                let nation =
                    |p: &&PersonMention| country.is_none_or(|c| p.country.as_deref() == Some(c));
                speaker = recent(persons, q.open)
                    .iter()
                    .rfind(|p| p.span[1] <= q.open && office(p) && nation(p))
                    .map(|p| p.name.clone())
                    .or_else(|| {
                        country.and_then(|c| holder_for(doc, r.value, Some(c), doc.anchor))
                    });
            }
        }
        if speaker.is_none()
            && (say_after || say_before)
            && !has_word(&doc.n.lower[wa..wb], doc.kit.pack.pronouns)
        {
            speaker = institution(doc, wa, wb);
        }
        if speaker.is_none() && (say_after || say_before || after_saying) {
            // A pronoun or office: the current speaker, else the last person named.
            let current = prev
                .filter(|_| prev_close)
                .and_then(|p| p.quote.speaker.clone());
            let last = recent(persons, q.open)
                .iter()
                .rfind(|p| p.span[1] <= q.open)
                .map(|p| p.name.clone());
            let in_prev_sentence = prev_sentence.and_then(|ps| {
                persons_in(persons, ps.start, ps.end)
                    .iter()
                    .rfind(|p| p.span[1] <= ps.end)
                    .map(|p| p.name.clone())
            });
            // A pronoun continues the current speaker; a quotation after "X said
            // ..." is X's.
            speaker = if say_after || say_before {
                current.or(in_prev_sentence).or(last)
            } else {
                in_prev_sentence.or(current).or(last)
            };
        }
        if speaker.is_none() && continued {
            speaker = prev.and_then(|p| p.quote.speaker.clone());
        }
        // (the waiting paragraphs are the last ones out: nothing else was
        // pushed since)
        for w in waiting.drain(..) {
            out[w].quote.speaker.clone_from(&speaker);
        }
        out.push(Found {
            quote: Quote {
                speaker,
                text: text[q.start..q.end].to_string(),
                span: [q.start, q.end],
            },
            q,
        });
    }
    if let Some(&first) = waiting.first() {
        out.truncate(first);
    }
    out
}

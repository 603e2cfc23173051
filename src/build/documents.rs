//! Documents a meeting acted on.
//!
//! A document is a document noun ("statement", "declaration", "agreement",
//! ...; `data/documents.tsv`) in a sentence with an action ("adopted",
//! "signed", "will be submitted"; the `act_*` cues), taken with:
//! - its modifiers to the left ("draft anti-drug", "2018-2023", "Astana");
//! - its complement to the right ("on countering the coronavirus", "amending
//!   the Treaty of May 29, 2014", "for bolstering the Tajik-Afghan border"),
//!   up to the next verb, clause or document;
//! - or the titles quoted right after it (`decisions 'On the draft ...'`).
//!
//! Left out, as the annotation guide says: a package whose members are named
//! ("17 documents, including ..."), generic mentions ("the documents"),
//! documents of other times ("signed in Shanghai in June 2001") and of
//! other meetings, and founding texts named as background ("the UN
//! Charter", "the Collective Security Treaty").

use super::{Doc, MentionIndex, SentSet};
use crate::extractor::{ACTIONS, Cue};
use crate::find::dates::DateKind;
use crate::find::gazetteer::Hit;
use crate::record::{Document, Span};

/// Documents of the meeting whose mentions are `own`.
pub fn find(doc: &Doc<'_>, own: &SentSet, is_main: bool, foreign: &MentionIndex) -> Vec<Document> {
    let text = &doc.n.text;
    let title_sent = doc.title.and_then(|t| doc.sent_at(t[0]));
    let mut sents: Vec<usize> = own.0.clone();
    if is_main {
        // Headlines restate; the body says what was adopted.
        let title_text = doc.title.map(|t| doc.n.lower[t[0]..t[1]].to_string());
        sents.extend((0..doc.sents.len()).filter(|i| {
            let st = doc.sents[*i];
            Some(*i) != title_sent
                && st.start >= doc.body_start
                && title_text.as_deref() != Some(&doc.n.lower[st.start..st.end])
        }));
    }
    sents.sort_unstable();
    sents.dedup();
    let nouns = &doc.docs;
    let mut out: Vec<Document> = Vec::new();
    for si in sents {
        let s = doc.sents[si];
        let cues = Doc::within(&doc.cues, s.start, s.end);
        let says: std::collections::HashSet<usize> = cues
            .iter()
            .filter(|c| *c.value == Cue::Say)
            .map(|c| c.start)
            .collect();
        let acts: Vec<(usize, usize)> = cues
            .iter()
            .filter(|c| !says.contains(&c.start))
            .filter_map(|c| match c.value {
                Cue::Act(a) if !negated(doc, s.start, c.start) => Some((c.start, *a)),
                _ => None,
            })
            .collect();
        if acts.is_empty() || other_time(doc, si) {
            continue;
        }
        let here: Vec<&Hit<'_, String>> = Doc::within(nouns, s.start, s.end).iter().collect();
        // "a treaty ... should be passed": a wish, not an act (once per sentence).
        let pack = &doc.kit.pack;
        let modal = {
            let low = &doc.n.lower[s.start..s.end];
            pack.modal_marks.iter().any(|w| low.contains(w))
        };
        for (k, h) in here.iter().enumerate() {
            if out
                .last()
                .is_some_and(|d| d.span[0] <= h.start && h.end <= d.span[1])
            {
                continue;
            }
            if doc
                .header_spans
                .iter()
                .any(|x| x[0] <= h.start && h.end <= x[1])
                || text[doc.back(h.start, 40).max(s.start)..h.start].contains("http")
            {
                continue;
            }
            // Part of a name: "Collective Security Treaty", "UN Charter" are
            // the organisations' founding texts, not this meeting's.
            if Doc::overlapping(&doc.orgs, h.start, h.end, 120)
                .any(|o| o.start <= h.start && h.end <= o.end)
            {
                continue;
            }
            let next_noun = here.get(k + 1).map(|n| n.start).unwrap_or(s.end);
            let start = left_edge(doc, s.start, h.start);
            let word = &doc.n.lower[h.start..h.end];
            let after = &text[h.end..s.end];
            let after_low = &doc.n.lower[h.end..s.end];
            let kind = h.value.clone();
            // Titles quoted right after the noun: decisions 'On the draft ...'.
            let quoted = quoted_titles(text, h.end, s.end);
            if !quoted.is_empty() {
                let action = action_for(&acts, h.start);
                for sp in quoted {
                    out.push(Document {
                        title: text[sp[0]..sp[1]].to_string(),
                        kind: kind.clone(),
                        action: action.to_string(),
                        span: sp,
                    });
                }
                continue;
            }
            // "the parties plan to discuss": a verb.
            if pack.noun_verbs.iter().any(|(noun, then)| {
                word.starts_with(noun) && after_low.trim_start().starts_with(then)
            }) && doc.has_cue(h.end, doc.ahead(h.end, 16), |c| matches!(c, Cue::Act(_)))
            {
                continue;
            }
            let modifiers = &doc.n.lower[start..h.start];
            let has_complement = doc.kit.pack.title_complements.iter().any(|c| {
                after_low
                    .trim_start()
                    .strip_prefix(c)
                    .is_some_and(|r| r.starts_with(' '))
            }) || quoted_title_follows(after);
            // "this decision", "the treaty": a document named before.
            let det = &doc.n.lower[doc.back(start, 6).max(s.start)..start];
            let anaphoric = start == h.start
                && pack.back_determiners.iter().any(|w| det.ends_with(w))
                && !has_complement;
            if anaphoric {
                continue;
            }
            let generic = pack.group_nouns.contains(&word)
                || pack.group_stems.iter().any(|w| word.starts_with(w));
            if generic {
                // The members are named: "17 documents, including ...", "three
                // documents: ...", "documents endorsing X", "The documents ... include".
                let before = doc.n.lower[doc.back(start, 14).max(s.start)..start].to_string();
                let members = pack.member_marks.iter().any(|w| after_low.contains(w))
                    || after_low.trim_start().starts_with(':')
                    || pack
                        .member_leads
                        .iter()
                        .any(|w| after_low.trim_start().starts_with(w))
                    || (pack.other_words.iter().any(|w| modifiers.contains(w))
                        && pack.list_joins.iter().any(|w| before.ends_with(w)))
                    || next_sentence_lists(doc, si, word);
                // "two declaration documents", "25 documents", "several joint declarations".
                let counted = modifiers.split_whitespace().any(|w| {
                    w.chars().next().is_some_and(|c| c.is_ascii_digit())
                        || pack.number_words.contains(&w)
                });
                if members || (!counted && !has_complement) {
                    continue;
                }
            }
            // "decision to approve the Strategy": the Strategy is the document.
            if pack.purpose_marks.iter().any(|w| after_low.starts_with(w)) {
                continue;
            }
            let named_end = issuer_end(doc, h.end, next_noun.min(s.end));
            let end = right_edge(doc, named_end, s.end, next_noun);
            let end = start
                + text[start..end]
                    .trim_end_matches(['.', ',', ' ', ':'])
                    .len();
            if end <= start {
                continue;
            }
            // "Решение было принято ...": in a language without articles a
            // bare noun opening the sentence points back to a document.
            if doc.kit.pack.bare_noun_refers_back
                && start == h.start
                && end == h.end
                && text[s.start..start].trim().is_empty()
            {
                continue;
            }
            // "a treaty ... should be passed": a wish, not an act.
            if modal {
                continue;
            }
            // The act belongs to another meeting named right after it.
            let act_at = acts
                .iter()
                .min_by_key(|(p, _)| {
                    if *p <= h.start {
                        h.start - p
                    } else {
                        (p - h.start) * 2
                    }
                })
                .map(|x| x.0);
            if let Some(a) = act_at {
                let reach = doc.ahead(a, 25);
                if foreign.spans(si).iter().any(|m| m[0] > a && m[0] <= reach) {
                    continue;
                }
            }
            let act = action_for(&acts, h.start);
            for [start, end] in split_joined(doc, start, h.end, end) {
                let title = text[start..end].to_string();
                // Another meeting's document: "the statement of the Bureau of the PA",
                // "the resolution, which was adopted at the UN General Assembly".
                if foreign.spans(si).iter().any(|m| m[0] < end && start < m[1]) {
                    continue;
                }
                // (compared with the last few only: a text adopts a handful of documents)
                if out.iter().rev().take(16).any(|d| {
                    d.span[0] < end && start < d.span[1]
                        || d.title.eq_ignore_ascii_case(&title)
                        || (d.kind == kind && overlap(&d.title, &title) >= 0.6)
                }) {
                    continue;
                }
                out.push(Document {
                    title,
                    kind: kind.clone(),
                    action: act.to_string(),
                    span: [start, end],
                });
            }
        }
    }
    out
}

/// Whether the action cue at `at` is denied by a negation right before it
/// ("не подписала", "did not sign"), looking back no further than `from`.
fn negated(doc: &Doc<'_>, from: usize, at: usize) -> bool {
    let before = &doc.n.lower[doc.back(at, 20).max(from)..at];
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    doc.kit.pack.negations.iter().any(|n| {
        before
            .strip_suffix(n)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })
}

/// The title `[start, end)` (noun ending at `noun_end`) as one or two
/// titles: two documents of one kind joined by a conjunction and a
/// repeated preposition (the pack's `title_joins`) are two titles, the
/// second starting at the preposition.
fn split_joined(doc: &Doc<'_>, start: usize, noun_end: usize, end: usize) -> Vec<Span> {
    let low = &doc.n.lower[noun_end..end];
    // "проект соглашения о ... и концепция развития ...": a document noun
    // right after a conjunction heads a title of its own (found from that
    // noun, with its own kind); this one stops before the conjunction.
    for c in doc.kit.pack.conjunctions {
        for (i, _) in low.match_indices(c) {
            let at = noun_end + i + c.len();
            if Doc::within(&doc.docs, at, at + 1)
                .iter()
                .any(|h| h.start == at)
            {
                return vec![[start, noun_end + i]];
            }
        }
    }
    for j in doc.kit.pack.title_joins {
        if let Some(i) = low.find(j) {
            let first_end = noun_end + i;
            // The second title starts at the join's last word.
            let second = first_end + j.trim_end().rfind(' ').map_or(0, |k| k + 1);
            if second < end {
                return vec![[start, first_end], [second, end]];
            }
        }
    }
    vec![[start, end]]
}

/// Share of the shorter title's words found in the other.
fn overlap(a: &str, b: &str) -> f64 {
    let wa: Vec<String> = a
        .to_lowercase()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let wb: Vec<String> = b
        .to_lowercase()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if short.is_empty() {
        return 0.0;
    }
    short.iter().filter(|w| long.contains(w)).count() as f64 / short.len() as f64
}

fn quoted_title_follows(after: &str) -> bool {
    after
        .trim_start()
        .starts_with(['"', '\'', '\u{201c}', '\u{ab}'])
}

/// The action closest to the noun, preferring one before it.
fn action_for(acts: &[(usize, usize)], at: usize) -> &'static str {
    acts.iter()
        .min_by_key(|(p, _)| if *p <= at { at - p } else { (p - at) * 2 })
        .map(|(_, a)| ACTIONS[*a])
        .unwrap_or("discussed")
}

/// The article's year: its anchor, else the latest year it prints.
fn text_year(doc: &Doc<'_>) -> Option<i32> {
    *doc.text_year.get_or_init(|| {
        doc.anchor.map(|a| chrono::Datelike::year(&a)).or_else(|| {
            doc.dates
                .iter()
                .filter_map(|d| match d.kind {
                    DateKind::MonthYear { year, .. } | DateKind::Numeric { year, .. } => Some(year),
                    DateKind::DayMonth { year: Some(y), .. } => Some(y),
                    _ => None,
                })
                .max()
        })
    })
}

/// Whether sentence `si` prints a year `slack` or more years before the
/// article's (any year before 2000 when the article's is unknown).
fn years_before(doc: &Doc<'_>, si: usize, slack: i32) -> bool {
    let s = doc.sents[si];
    let year = text_year(doc);
    doc.dates_in(s.start, s.end)
        .iter()
        .filter(|d| d.end <= s.end)
        .any(|d| {
            let y = match d.kind {
                DateKind::MonthYear { year, .. } => Some(year),
                DateKind::DayMonth { year: Some(y), .. } => Some(y),
                _ => None,
            };
            matches!((y, year), (Some(a), Some(b)) if a <= b - slack)
                || matches!((y, year), (Some(a), None) if a < 2000)
        })
}

/// A sentence about another time: a printed year two or more years before
/// the article's, or the organisation's founding.
pub fn other_time(doc: &Doc<'_>, si: usize) -> bool {
    before_article(doc, si, 2)
}

/// A sentence about a time `slack` or more years before the article's, or
/// about the organisation's founding.
pub fn before_article(doc: &Doc<'_>, si: usize, slack: i32) -> bool {
    years_before(doc, si, slack)
        // "The SCO was established in ...", "ОДКБ была создана ...".
        || doc.sent_has(si, Cue::Background.bit())
}

/// The next sentence names the members of a package ("In particular, ...",
/// "The draft documents deal with ...").
fn next_sentence_lists(doc: &Doc<'_>, si: usize, noun: &str) -> bool {
    doc.sents.get(si + 1).is_some_and(|n| {
        let low = doc.n.lower[n.start..doc.ahead(n.start, 40).min(n.end)].to_string();
        let pack = &doc.kit.pack;
        pack.list_leads.iter().any(|w| low.starts_with(w))
            || (pack.list_back_leads.iter().any(|w| low.starts_with(w)) && low.contains(noun))
    })
}

/// Back over the noun's modifiers.
fn left_edge(doc: &Doc<'_>, from: usize, noun: usize) -> usize {
    let text = &doc.n.text;
    let mut start = noun;
    for w in text[from..noun].split_inclusive(' ').rev().take(12) {
        let raw = w.trim();
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let lw = word.to_lowercase();
        // "проект соглашения": a draft named right before its noun is part
        // of the title (as "draft" is in English, where it is no cue).
        let draft_noun = start == noun
            && doc.has_cue(
                start - w.len(),
                start,
                |c| matches!(c, Cue::Act(a) if crate::check::ACTIONS[a] == "drafted"),
            );
        let is_act = !draft_noun
            && doc.has_cue(start - w.len(), start, |c| {
                matches!(c, Cue::Act(_) | Cue::Say | Cue::Held | Cue::Planned)
            });
        if !word.chars().any(char::is_alphanumeric)
            || doc.kit.pack.title_stops_left.contains(&lw.as_str())
            || raw.ends_with([',', ':', ';', '"', '\'', ')'])
            || raw.starts_with(['"', '\'', '('])
            || is_act
            || lw.ends_with("ly")
            || (lw.ends_with("ed") && start != noun && lw.len() > 4)
        {
            break;
        }
        start -= w.len();
        if draft_noun {
            break;
        }
    }
    start
}

/// Forward over the issuer a Russian document is named by, in the genitive
/// right after its noun: "Декларация Совета коллективной безопасности",
/// "декларация Совета глав государств – членов ШОС". Mentions of bodies and
/// organisations that follow the noun directly (or one another, joined by a
/// dash or the pack's `issuer_links`) belong to the title. Languages whose
/// pack has no such links ("Declaration of the Council") keep `from`.
fn issuer_end(doc: &Doc<'_>, from: usize, limit: usize) -> usize {
    let Some(links) = doc.kit.pack.issuer_links else {
        return from;
    };
    if limit <= from {
        return from;
    }
    let low = &doc.n.lower;
    let mut end = from;
    loop {
        let mut rest = low[end..limit].trim_start();
        if end > from {
            rest = rest
                .strip_prefix(['\u{2013}', '\u{2014}', '-'])
                .unwrap_or(rest)
                .trim_start();
        }
        // The longest mention starting at `at`, if any.
        let mention_at = |at: usize| {
            let bodies = Doc::within(&doc.bodies, at, at + 1)
                .iter()
                .map(|h| (h.start, h.end));
            let orgs = Doc::within(&doc.orgs, at, at + 1)
                .iter()
                .map(|h| (h.start, h.end));
            bodies
                .chain(orgs)
                .filter(|&(a, b)| a == at && b <= limit)
                .map(|x| x.1)
                .max()
        };
        // A mention here ("Совета коллективной безопасности" is one), else
        // after the linking words.
        let mut next = mention_at(limit - rest.len());
        while next.is_none() {
            let Some(w) = links.iter().find(|w| rest.starts_with(**w)) else {
                break;
            };
            rest = &rest[w.len()..];
            next = mention_at(limit - rest.len());
        }
        match next {
            Some(e) if e > end => end = e,
            _ => return end,
        }
    }
}

/// Forward over the complement.
fn right_edge(doc: &Doc<'_>, from: usize, limit: usize, next_noun: usize) -> usize {
    let text = &doc.n.text;
    // A title is never longer than a few hundred characters.
    let limit = doc.ahead(from, 400).min(limit.max(from));
    let right = &text[from..limit];
    let low = &doc.n.lower[from..limit];
    let first = low.split_whitespace().next().unwrap_or("");
    let pack = &doc.kit.pack;
    let genitive = pack.genitive_endings.iter().any(|e| first.ends_with(e))
        && right.trim_start().starts_with(|c: char| c.is_lowercase());
    let starts = (pack.title_complements.contains(&first) || genitive)
        && !pack
            .complement_not
            .iter()
            .any(|w| low.trim_start().starts_with(w));
    if !starts {
        return from;
    }
    // The first place any stop phrase starts at (after the first byte).
    let skip = low.chars().next().map_or(0, char::len_utf8);
    let mut stop = right.len();
    if let Some(m) = pack
        .title_stops_right
        .starts(&low[skip..])
        .filter(|&m| {
            !pack
                .title_stop_exceptions
                .iter()
                .any(|x| low[skip + m..].starts_with(x))
        })
        .min()
    {
        stop = stop.min(m + skip);
    }
    // " and " ends it when a new act or a new document follows.
    for conj in pack.conjunctions {
        for (i, _) in low.match_indices(conj) {
            let next = from + i + conj.len();
            let act = doc.has_cue(next, doc.ahead(next, 12), |c| matches!(c, Cue::Act(_)));
            let new_doc =
                from + i < next_noun && next_noun <= doc.ahead(next, 45) && next_noun < limit;
            if act || new_doc {
                stop = stop.min(i);
                break;
            }
        }
    }
    // A comma then a new document ("..., the agreement on ...").
    for (i, _) in low.match_indices(", ") {
        let tail = &low[i + 2..];
        let det = pack.list_item_leads.iter().any(|w| tail.starts_with(w));
        if det && next_noun > from + i && next_noun <= doc.ahead(from + i, 40) && next_noun < limit
        {
            stop = stop.min(i);
            break;
        }
    }
    // Never across a quotation mark.
    if let Some(i) = right[..stop].find(['"', '\u{201d}', '\u{bb}']) {
        if !right[..i].contains(['"', '\u{201c}', '\u{ab}']) {
            stop = stop.min(i);
        }
    }
    if right[..stop].split_whitespace().count() > 25 {
        // Too long to be one title: up to the first comma, if that is short.
        match right[..stop].find(", ") {
            Some(i) if right[..i].split_whitespace().count() <= 25 => stop = i,
            _ => return from,
        }
    }
    from + stop
}

/// Titles in quotation marks right after a document noun (with "and" between).
fn quoted_titles(text: &str, from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = from;
    loop {
        let rest = &text[pos..to];
        let trimmed = rest.trim_start_matches([' ', ',']);
        let trimmed = trimmed
            .strip_prefix("and ")
            .or_else(|| trimmed.strip_prefix("и "))
            .unwrap_or(trimmed);
        let skip = rest.len() - trimmed.len();
        let Some(open) = trimmed.chars().next() else {
            break;
        };
        let close = match open {
            '"' => '"',
            '\'' => '\'',
            '\u{201c}' => '\u{201d}',
            '\u{ab}' => '\u{bb}',
            _ => break,
        };
        let inner_start = pos + skip + open.len_utf8();
        let Some(len) = text[inner_start..to].find(close) else {
            break;
        };
        let inner = [inner_start, inner_start + len];
        let title = &text[inner[0]..inner[1]];
        if title.split_whitespace().count() < 2
            || !title.chars().next().is_some_and(char::is_uppercase)
        {
            break;
        }
        out.push(inner);
        pos = inner[1] + close.len_utf8();
    }
    out
}

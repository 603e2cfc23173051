//! Meetings: mentions of councils and summits, grouped into meetings, the
//! main one chosen, and each filled from the sentences about it.
//!
//! A mention is a run of body cues ("Council of Foreign Ministers",
//! "foreign and defence ministers", "summit") that names a meeting by
//! itself or stands next to a meeting noun, with the organisation written
//! inside or beside it (or the named council's own, or the article's).
//! Mentions with the same organisation and compatible bodies are one
//! meeting unless a cue marks a different one ("the next meeting", "ahead
//! of the summit", another date).

use std::collections::BTreeMap;

use super::documents;
use super::people::{PersonMention, country_at};
use super::quotes::Found;
use super::topics;
use super::{Doc, MentionIndex, SentSet};
use crate::extractor::{Cue, Place};
use crate::find::dates::{DateKind, PartialDate, Tense, resolve};
use crate::record::{Format, Meeting, Person, Role, Span, Status};

/// A meeting mention.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Span of the whole phrase (org included).
    pub span: Span,
    /// Span of the body phrase.
    pub body_span: Span,
    /// Organisation.
    pub org: Option<String>,
    /// Body codes.
    pub bodies: Vec<String>,
    /// Sentence.
    pub sent: usize,
    /// Marked as another, later or earlier meeting ("next meeting").
    pub other: bool,
    /// Named as a point in time ("ahead of the summit"): not the main mention.
    pub before: bool,
    /// Named only by a generic word ("the summit", "саммит"): the top-level
    /// meeting of its organisation, whichever level it is.
    pub generic: bool,
}

/// Length of the gap between two items, parenthesised expansions left out
/// ("BRICS (Brazil, Russia, ...) and SCO").
fn gap_len(text: &str, a: usize, b: usize) -> usize {
    if b <= a {
        return 0;
    }
    let mut depth = 0i32;
    let mut len = 0usize;
    for c in text[a..b].chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth <= 0 => len += 1,
            _ => {}
        }
    }
    len
}

/// Whether the items around `[a, b)` belong to one name. With `bodies`
/// (the name so far holds a body or meeting word, and another body or a new
/// name follows), a date or a city in the gap splits it: it dates or places
/// one of two meetings ("the summit in Minsk on November 28, the CSTO
/// Council"), where "SCO Bishkek summit" is one name.
fn gap_ok(doc: &Doc<'_>, a: usize, b: usize, bodies: bool) -> bool {
    if b < a {
        return true;
    }
    let (text, pack) = (&doc.n.text, &doc.kit.pack);
    let g = &text[a..b];
    let low = &doc.n.lower[a..b];
    // "the session ... to hold the next meeting": two meetings, not one.
    let between = || {
        g.bytes().any(|c| c.is_ascii_digit())
            || Doc::within(&doc.places, a, b)
                .iter()
                .any(|p| p.end <= b && p.value.city.is_some())
    };
    gap_len(text, a, b) <= 40
        && !g.contains(';')
        && (!bodies || !between())
        && !g.contains(". ")
        && !pack.other_marks.any_in(low)
        && !pack.before_marks.any_in(low)
}

fn dominant_org(doc: &Doc<'_>) -> Option<String> {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, o) in doc.orgs.iter().enumerate() {
        if matches!(
            o.value.as_str(),
            "UN" | "NATO" | "EU" | "OSCE" | "G7" | "G20"
        ) {
            continue;
        }
        let e = counts
            .entry(o.value.as_str())
            .or_insert((0, usize::MAX - i));
        e.0 += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(_, c)| *c)
        .map(|(k, _)| k.to_string())
}

/// Find meeting mentions, in text order.
pub fn mentions(doc: &Doc<'_>) -> Vec<Mention> {
    let text = &doc.n.text;
    let fallback = dominant_org(doc);
    #[derive(Clone, Copy, PartialEq)]
    enum K {
        Body(usize),
        Noun,
        Org(usize),
    }
    let mut items: Vec<(usize, usize, K)> = Vec::new();
    for (i, b) in doc.bodies.iter().enumerate() {
        items.push((b.start, b.end, K::Body(i)));
    }
    for c in doc.cues.iter().filter(|c| *c.value == Cue::MeetingNoun) {
        if !Doc::overlapping(&doc.bodies, c.start, c.end, 200)
            .any(|b| b.start <= c.start && c.end <= b.end)
        {
            items.push((c.start, c.end, K::Noun));
        }
    }
    for (i, o) in doc.orgs.iter().enumerate() {
        items.push((o.start, o.end, K::Org(i)));
    }
    items.sort_by_key(|x| (x.0, std::cmp::Reverse(x.1)));
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let Some(sent) = doc.sent_at(items[i].0) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut end = items[i].1;
        // (a run of more than a dozen items is a list, not one council's name)
        while j < items.len()
            && j - i < 12
            && doc.sent_at(items[j].0) == Some(sent)
            && gap_ok(
                doc,
                end,
                items[j].0,
                // (a body already, and then a new name or another body:
                // "the summit in Minsk, the CSTO Council", not "SCO Bishkek summit")
                items[i..j].iter().any(|x| !matches!(x.2, K::Org(_)))
                    && (matches!(items[j].2, K::Org(_)) || !matches!(items[j - 1].2, K::Org(_))),
            )
        {
            end = end.max(items[j].1);
            j += 1;
        }
        let group = &items[i..j];
        i = j;
        let bodies: Vec<&crate::extractor::BodyCue> = group
            .iter()
            .filter_map(|x| {
                if let K::Body(b) = x.2 {
                    Some(doc.bodies[b].value)
                } else {
                    None
                }
            })
            .collect();
        let has_noun = group.iter().any(|x| x.2 == K::Noun);
        let named = bodies.iter().any(|b| b.names_meeting);
        if bodies.is_empty() || !(named || has_noun) {
            continue;
        }
        let mut codes: Vec<String> = Vec::new();
        for b in &bodies {
            for c in &b.bodies {
                if !codes.contains(c) {
                    codes.push(c.clone());
                }
            }
        }
        // "summit of prime ministers", "саммит глав правительств": the generic
        // word gives way to the named body.
        let strong: Vec<&String> = bodies
            .iter()
            .filter(|b| !b.weak)
            .flat_map(|b| b.bodies.iter())
            .collect();
        if bodies.iter().any(|b| b.weak)
            && !strong.is_empty()
            && !strong.iter().any(|c| *c == "heads_of_state")
        {
            codes.retain(|c| c != "heads_of_state" || strong.contains(&c));
        }
        // "... at the level of heads of government": that level, whatever the council.
        for (x, b) in group.iter().filter_map(|x| {
            if let K::Body(b) = x.2 {
                Some((x, b))
            } else {
                None
            }
        }) {
            let lead = &doc.n.lower[doc.back(x.0, 12)..x.0];
            if doc.kit.pack.level_marks.iter().any(|w| lead.contains(w)) {
                codes = doc.bodies[b].value.bodies.clone();
            }
        }
        // Drop "other" beside real bodies.
        if codes.len() > 1 {
            codes.retain(|c| c != "other");
        }
        // Organisations written beside the council ("CSTO Council", "summit of
        // the SCO", "BRICS and SCO summits"), not ones merely in the same
        // clause ("the UN, the OSCE and NATO have been invited to the summit").
        let mut attached: Vec<usize> = Vec::new();
        for _ in 0..2 {
            for (gi, x) in group.iter().enumerate() {
                if !matches!(x.2, K::Org(_)) || attached.contains(&gi) {
                    continue;
                }
                let near = group.iter().enumerate().any(|(gj, y)| {
                    // (a meeting word inside an organisation's name, "the
                    // Council of Europe", anchors nothing)
                    let in_org = y.2 == K::Noun
                        && Doc::overlapping(&doc.orgs, y.0, y.1, 200)
                            .any(|o| o.start <= y.0 && y.1 <= o.end);
                    let anchor = (!matches!(y.2, K::Org(_)) && !in_org) || attached.contains(&gj);
                    let gap = if y.0 >= x.1 {
                        gap_len(text, x.1, y.0)
                    } else {
                        gap_len(text, y.1, x.0)
                    };
                    gj != gi && anchor && gap <= 12
                });
                if near {
                    attached.push(gi);
                }
            }
        }
        attached.sort_unstable();
        let orgs: Vec<String> = attached.iter().fold(Vec::new(), |mut v, &gi| {
            if let K::Org(o) = group[gi].2 {
                if !v.contains(doc.orgs[o].value) {
                    v.push(doc.orgs[o].value.clone());
                }
            }
            v
        });
        let named_org = bodies.iter().find_map(|b| b.org.clone());
        let start = group.iter().map(|x| x.0).min().unwrap_or(0);
        let body_start = group
            .iter()
            .filter(|x| !matches!(x.2, K::Org(_)))
            .map(|x| x.0)
            .min()
            .unwrap_or(start);
        let body_end = group
            .iter()
            .filter(|x| !matches!(x.2, K::Org(_)))
            .map(|x| x.1)
            .max()
            .unwrap_or(end);
        let ss = doc.sents[sent].start;
        // (back to the previous meeting named in the sentence, no further:
        // "Ahead of the summit in Minsk, the ministers' council" puts only
        // the summit ahead)
        let prev_end = out
            .last()
            .filter(|m: &&Mention| m.sent == sent)
            .map_or(0, |m| m.span[1].min(start));
        let lead = &doc.n.lower[ss.max(doc.back(start, 40)).max(prev_end)..start];
        let pack = &doc.kit.pack;
        let other = pack.other_marks.any_in(lead)
            && !pack.other_mark_exceptions.iter().any(|x| lead.contains(x));
        let before = pack.before_marks.any_in(lead);
        let org_list: Vec<Option<String>> = if orgs.is_empty() {
            vec![named_org.clone().or_else(|| fallback.clone())]
        } else if orgs.len() > 1 && named_org.is_none() {
            orgs.into_iter().map(Some).collect()
        } else {
            vec![named_org.clone().or_else(|| orgs.first().cloned())]
        };
        for org in org_list {
            out.push(Mention {
                span: [start, end],
                body_span: [body_start, body_end],
                org,
                bodies: codes.clone(),
                sent,
                other,
                before,
                generic: bodies.iter().all(|b| b.weak),
            });
        }
    }
    out
}

/// The char boundary at or before `i`.
pub fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn compatible(a: &[String], b: &[String]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter().all(|x| b.contains(x))
        || b.iter().all(|x| a.contains(x))
}

/// Whether a generic mention ("the summit") can stand for a meeting of
/// `bodies`: one of the two top levels, heads of state or of government.
fn top_level(bodies: &[String]) -> bool {
    bodies
        .iter()
        .any(|b| b == "heads_of_state" || b == "heads_of_government")
}

/// A meeting being assembled.
struct Draft {
    mentions: Vec<Mention>,
    org: Option<String>,
    bodies: Vec<String>,
    /// The city of its first mention that has one ([`mention_city`]).
    city: Option<String>,
}

impl Draft {
    /// Every mention is generic ([`Mention::generic`]).
    fn generic(&self) -> bool {
        self.mentions.iter().all(|m| m.generic)
    }
}

/// The one city the sentence of mention `k` names closer to it than to any
/// other mention there ("... applauded the Bureau (in Kyiv)": Kyiv is the
/// Bureau's); none when it names several or none.
fn mention_city<'d>(doc: &'d Doc<'_>, ms: &[Mention], k: usize) -> Option<&'d str> {
    let m = &ms[k];
    let s = doc.sents[m.sent];
    let dist = |x: &Mention, a: usize, b: usize| {
        if b <= x.span[0] {
            x.span[0] - b
        } else {
            a.saturating_sub(x.span[1])
        }
    };
    // (mentions are in text order, so a sentence's are one run)
    let same_sentence =
        &ms[ms.partition_point(|x| x.sent < m.sent)..ms.partition_point(|x| x.sent <= m.sent)];
    let mut cities = Doc::within(&doc.places, s.start, s.end)
        .iter()
        .filter(|p| p.end <= s.end)
        .filter(|p| {
            let own = dist(m, p.start, p.end);
            same_sentence
                .iter()
                .filter(|x| x.span != m.span)
                .all(|x| dist(x, p.start, p.end) >= own)
        })
        .filter_map(|p| p.value.city.as_deref());
    let first = cities.next()?;
    cities.all(|c| c == first).then_some(first)
}

/// Build every meeting of the article, the main one first.
pub fn build(doc: &Doc<'_>, persons: &[PersonMention], quotes: &[Found]) -> Vec<Meeting> {
    // A text names a handful of meetings; past a few hundred mentions it is
    // a list or junk, and the rest cannot change which meetings there are.
    let mut ms = mentions(doc);
    ms.truncate(400);
    let mut drafts: Vec<Draft> = Vec::new();
    let cities: Vec<Option<&str>> = (0..ms.len()).map(|k| mention_city(doc, &ms, k)).collect();
    for (m, city) in ms.into_iter().zip(cities) {
        // One body meets in one city at a time: a mention whose sentence
        // names another city than the meeting's is another meeting.
        let same = drafts.iter_mut().find(|d| {
            // (a summit named as ahead is not the ministers' meeting that
            // prepares it: "Ahead of the summit, the ministers met")
            let ahead_alike = m.before == d.mentions.iter().all(|x| x.before);
            d.org == m.org
                && (compatible(&d.bodies, &m.bodies)
                    || (m.generic && top_level(&d.bodies) && ahead_alike)
                    || (d.generic() && top_level(&m.bodies) && ahead_alike))
                && !(m.other && d.mentions.iter().all(|x| !x.other))
                && !matches!((d.city.as_deref(), city), (Some(a), Some(b)) if a != b)
        });
        match same {
            Some(d) => {
                if (m.bodies.len() > d.bodies.len() || d.generic()) && !m.generic {
                    d.bodies = m.bodies.clone();
                }
                if d.city.is_none() {
                    d.city = city.map(str::to_string);
                }
                d.mentions.push(m);
            }
            None => drafts.push(Draft {
                org: m.org.clone(),
                bodies: m.bodies.clone(),
                mentions: vec![m],
                city: city.map(str::to_string),
            }),
        }
    }
    if drafts.is_empty() {
        return Vec::new();
    }
    // Main: first named in the headline, else the first not marked as another meeting.
    // Main: the first meeting the headline names (not one it puts "ahead of");
    // without a headline, the first the lead names; else the first reported.
    let title_sent = doc.title.and_then(|t| doc.sent_at(t[0]));
    let first_sent = doc
        .sents
        .iter()
        .position(|s| Some(s.start) != doc.title.map(|t| t[0]));
    let in_sent = |si: Option<usize>| {
        drafts
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                d.mentions
                    .iter()
                    .filter(|m| Some(m.sent) == si && !m.before)
                    .map(|m| (m.span[0], i))
                    .min()
            })
            .min()
            .map(|x| x.1)
    };
    let main = in_sent(title_sent)
        .or_else(|| {
            if title_sent.is_none() {
                in_sent(first_sent)
            } else {
                None
            }
        })
        .or_else(|| {
            drafts
                .iter()
                .position(|d| d.mentions.iter().any(|m| !m.other && !m.before))
        })
        .unwrap_or(0);
    let main_draft = drafts.remove(main);
    drafts.insert(0, main_draft);
    // Sentences that belong to another meeting.
    let other_sents = SentSet::new(
        drafts[1..]
            .iter()
            .flat_map(|d| d.mentions.iter().map(|m| m.sent)),
    );
    let main_sents = SentSet::new(drafts[0].mentions.iter().map(|m| m.sent));
    let quoted: Vec<Span> = quotes.iter().map(|f| [f.q.start, f.q.end]).collect();
    let mut out = Vec::new();
    for (k, d) in drafts.iter().enumerate() {
        let is_main = k == 0;
        let own = SentSet::new(d.mentions.iter().map(|m| m.sent));
        let own_idx = MentionIndex::new(d.mentions.iter().map(|m| (m.sent, m.span)));
        // The other meetings' mentions (the index of all, less this one's).
        let foreign = MentionIndex::new(
            drafts
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .flat_map(|(_, o)| o.mentions.iter().map(|m| (m.sent, m.span))),
        );
        let scope = Scope {
            is_main,
            own: &own,
            others: &other_sents,
            own_idx: &own_idx,
            foreign: &foreign,
            quoted: &quoted,
        };
        let mut m = fill(doc, d, &scope);
        if is_main {
            m.participants = participants(doc, persons, quotes, &other_sents, &main_sents);
            let named: Vec<Span> = drafts
                .iter()
                .flat_map(|d| d.mentions.iter().map(|m| m.span))
                .collect();
            let own_org = m.organization.as_deref().map(|o| (o, &named[..]));
            m.topics = topics::assign(doc, own_org, &other_sents, &main_sents);
        }
        m.documents = documents::find(doc, &own, is_main, &foreign);
        // A person named in a document's title ("decision to appoint X")
        // is its subject, not someone who took part.
        m.participants.retain(|p| {
            !m.documents
                .iter()
                .any(|d| d.span[0] <= p.span[0] && p.span[1] <= d.span[1])
        });
        // A referenced meeting needs an organisation and a body or a date.
        if !is_main && (m.organization.is_none() || (m.bodies.is_empty() && m.date.is_none())) {
            continue;
        }
        out.push(m);
    }
    out
}

/// How close a date or place in sentence `si` stands to this meeting's
/// mentions (smaller is closer); `None` when it belongs to another meeting:
/// nearer to that one's mention, or in a sentence only that one is named in.
fn rank(own: &MentionIndex, foreign: &MentionIndex, si: usize, span: Span) -> Option<usize> {
    let own_dist = own.nearest(si, span);
    match (own_dist, foreign.nearest(si, span)) {
        (Some(o), Some(f)) if f < o => None,
        (None, Some(_)) => None,
        _ => Some(own_dist.unwrap_or(10_000 + si)),
    }
}

/// What one meeting's fields are read against.
#[derive(Clone, Copy)]
struct Scope<'s> {
    /// The main meeting.
    is_main: bool,
    /// Sentences naming this meeting.
    own: &'s SentSet,
    /// Sentences naming another meeting.
    others: &'s SentSet,
    /// This meeting's mentions.
    own_idx: &'s MentionIndex,
    /// The other meetings' mentions.
    foreign: &'s MentionIndex,
    /// Quotations (a speaker's "we will ..." does not make the meeting planned).
    quoted: &'s [Span],
}

fn fill(doc: &Doc<'_>, d: &Draft, scope: &Scope<'_>) -> Meeting {
    let Scope {
        is_main,
        own,
        others,
        own_idx,
        foreign,
        quoted,
    } = *scope;
    let text = &doc.n.text;
    let first = &d.mentions[0];
    let mut ev: BTreeMap<String, Span> = BTreeMap::new();
    ev.insert("body_text".into(), first.body_span);
    let ahead_only = d.mentions.iter().all(|m| m.before);
    // A sentence that names this meeting only as ahead ("Ahead of the
    // summit, the ministers met") reports something else: its status cues
    // are not this meeting's; nor are the dates and video links it gives
    // before the name ("held talks on Wednesday ahead of the summit").
    let ahead_in = |si: usize| {
        let mut ms = d.mentions.iter().filter(|m| m.sent == si).peekable();
        ms.peek().is_some() && ms.all(|m| m.before)
    };
    let prior = |si: usize, at: usize| {
        ahead_in(si)
            && d.mentions
                .iter()
                .filter(|m| m.sent == si)
                .all(|m| at < m.span[0])
    };
    // Status from the mention's sentence, then the rest.
    let status_of = |si: usize| {
        let s = doc.sents[si];
        // "..., which will take place on 28 November": the clause right
        // after the meeting's name says its status, whatever else the
        // sentence reports.
        let clause = d.mentions.iter().filter(|m| m.sent == si).find_map(|m| {
            let rel = doc
                .kit
                .pack
                .relatives
                .iter()
                .find(|r| doc.n.lower[m.span[1]..s.end.max(m.span[1])].starts_with(*r))?;
            let from = m.span[1] + rel.len();
            Doc::within(&doc.cues, from, doc.ahead(from, 24).min(s.end))
                .iter()
                .find_map(|c| match c.value {
                    Cue::Planned => Some(Status::Planned),
                    Cue::Held => Some(Status::Held),
                    Cue::Ongoing => Some(Status::Ongoing),
                    _ => None,
                })
        });
        if clause.is_some() {
            return clause;
        }
        if ahead_in(si) {
            return None;
        }
        let said = |k: Cue| {
            // A cue in a quotation counts when the quotation names the
            // meeting ("The event will be held ..."), not when it is the
            // speaker's own ("We will continue ...," he told the council).
            Doc::within(&doc.cues, s.start, s.end).iter().any(|c| {
                *c.value == k
                    && c.end <= s.end
                    && quoted
                        .iter()
                        .find(|q| q[0] <= c.start && c.end <= q[1])
                        .is_none_or(|q| {
                            d.mentions
                                .iter()
                                .any(|m| q[0] <= m.span[0] && m.span[1] <= q[1])
                        })
            })
        };
        let (planned, ongoing, held) = (said(Cue::Planned), said(Cue::Ongoing), said(Cue::Held));
        if ongoing {
            Some(Status::Ongoing)
        } else if planned && !held {
            Some(Status::Planned)
        } else if held {
            Some(Status::Held)
        } else if planned {
            Some(Status::Planned)
        } else {
            None
        }
    };
    // Sentences to read: own mentions; for the main meeting also the headline
    // and sentences about no other meeting that refer to "the meeting".
    let mut sents: Vec<usize> = own.0.clone();
    if is_main {
        // (the lead reports the main meeting, even after a byline)
        let lead = doc.sent_at(doc.body_start);
        // ... unless the meeting is only announced further down ("The
        // Council will meet later this year"): then the headline and the
        // lead are about something else (talks in Sochi), not its venue.
        let told_early = d
            .mentions
            .iter()
            .any(|m| m.sent < 2 || Some(m.sent) == lead);
        let borrow = told_early || own.iter().find_map(|&s| status_of(s)) != Some(Status::Planned);
        for (i, s) in doc.sents.iter().enumerate() {
            if others.contains(&i) || own.contains(&i) {
                continue;
            }
            // "the meeting" refers to the main one; "the next meeting" does not.
            let generic = Doc::within(&doc.cues, s.start, s.end).iter().any(|c| {
                *c.value == Cue::MeetingNoun && {
                    let lead = &doc.n.lower[doc.back(c.start, 16).max(s.start)..c.start];
                    // "met with Tokayev", "a meeting with": a bilateral talk.
                    let tail = &doc.n.lower[c.end..doc.ahead(c.end, 6).min(s.end).max(c.end)];
                    let pack = &doc.kit.pack;
                    !pack
                        .other_marks
                        .words()
                        .chain(pack.before_marks.words())
                        .any(|w| lead.contains(w.trim_end()))
                        && !pack.partner_marks.iter().any(|w| tail.starts_with(w))
                }
            });
            // ("Ранее ... прошло заседание ...": an earlier one.)
            let after_first = own.0.first().is_some_and(|&f| i > f);
            if (generic && !earlier(doc, i) && (borrow || after_first))
                || (borrow && (i < 2 || Some(i) == lead))
            {
                sents.push(i);
            }
        }
    }
    sents.sort_unstable();
    sents.dedup();
    // A sentence that a line break cut in two ("The BRICS summit\nis being
    // held in Kazan") continues on the next line.
    let mut cont = Vec::new();
    for &i in &sents {
        if let Some(next) = doc.sents.get(i + 1) {
            if text[next.start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            {
                cont.push(i + 1);
            }
        }
    }
    sents.extend(cont);
    sents.sort_unstable();
    sents.dedup();
    // (the main meeting: else the lead's first sentence, which reports it)
    let lead_sentence = || {
        let si = doc.sent_at(doc.body_start)?;
        (is_main && !others.contains(&si)).then_some(si)
    };
    let mut status = own
        .iter()
        .find_map(|&s| status_of(s))
        .or_else(|| lead_sentence().and_then(status_of))
        .unwrap_or(if ahead_only {
            Status::Planned
        } else {
            Status::Held
        });
    if first.other && status == Status::Held {
        let lead = &doc.n.lower[doc.sents[first.sent].start..first.span[0]];
        if doc.kit.pack.later_marks.iter().any(|w| lead.contains(w)) {
            status = Status::Planned;
        }
    }
    let tense = if status == Status::Planned {
        Tense::Future
    } else {
        Tense::Past
    };
    // Date: the mention closest to one of this meeting's mentions, in its sentences.
    let mut best: Option<(usize, (PartialDate, Option<PartialDate>), Span)> = None;
    for &si in &sents {
        let s = doc.sents[si];
        for dm in doc
            .dates_in(s.start, s.end)
            .iter()
            .filter(|x| x.end <= s.end)
        {
            // Skip dates that sit next to another meeting's mention in a shared sentence.
            // Without a year the weekday of a dateline is unknown: a past or
            // present "on Tuesday" is taken as the dateline's day, a future
            // one ("will open on Thursday") is left unresolved.
            let resolved = match (dm.kind, doc.anchor, doc.anchor_md) {
                (DateKind::Weekday(_), None, Some(_)) if tense == Tense::Future => None,
                (DateKind::Weekday(_) | DateKind::Today, None, Some((mo, dd))) => {
                    Some((PartialDate::MonthDay(mo, dd), None))
                }
                (k, a, _) => resolve(k, a, doc.anchor_year, tense),
            };
            let Some(r) = resolved else { continue };
            if prior(si, dm.start) {
                continue;
            }
            if doc
                .header_spans
                .iter()
                .any(|h| h[0] <= dm.start && dm.end <= h[1])
            {
                continue;
            }
            // "from 1 January", "с 1 января": the start of a term, not a meeting day.
            let lead =
                doc.n.lower[doc.back(dm.start, 6).max(doc.sents[si].start)..dm.start].to_string();
            let opens_term = doc.kit.pack.term_starts.iter().any(|w| lead.ends_with(w))
                && !matches!(dm.kind, DateKind::DayMonth { end: Some(_), .. });
            if opens_term || cancelled(doc, si) {
                continue;
            }
            let Some(mut dist) = rank(own_idx, foreign, si, [dm.start, dm.end]) else {
                continue;
            };
            // "said on Tuesday" dates the words, not the meeting ("the
            // summit concluded today" is no saying: the verb is also the
            // meeting's own).
            let said = {
                let near = Doc::within(
                    &doc.cues,
                    doc.back(dm.start, 45).max(doc.sents[si].start),
                    dm.start,
                );
                near.iter().any(|c| {
                    *c.value == Cue::Say
                        && c.end <= dm.start
                        && !near
                            .iter()
                            .any(|h| h.start == c.start && *h.value == Cue::Held)
                })
            };
            let relative = !matches!(
                dm.kind,
                DateKind::DayMonth { .. } | DateKind::Numeric { .. } | DateKind::MonthYear { .. }
            );
            if said && relative {
                continue; // the day of the words, not of the meeting
            }
            // A printed date outranks a weekday or "this year" elsewhere.
            if relative {
                dist += 20_000;
            }
            if best.as_ref().map(|b| dist < b.0).unwrap_or(true) {
                best = Some((dist, r, [dm.start, dm.end]));
            }
        }
    }
    let (mut date, mut end_date) = (None, None);
    if let Some((_, (a, b), sp)) = best {
        date = Some(a.iso());
        end_date = b.map(|b| b.iso());
        ev.insert("date".into(), sp);
        if let (Some(day), Some(anchor)) = (a.day(), doc.anchor) {
            if day > anchor && status == Status::Held {
                status = Status::Planned;
            }
        }
    }
    if is_main && status == Status::Ongoing && date.as_deref().is_some_and(|d| d.len() < 10) {
        date = None;
    }
    if date.is_none() && is_main && status == Status::Ongoing {
        if let Some(a) = doc.anchor {
            date = Some(a.format("%Y-%m-%d").to_string());
        } else if let Some((mo, dd)) = doc.anchor_md {
            date = Some(format!("--{mo:02}-{dd:02}"));
        }
    }
    // Venue: "in CITY" (or a capital described) closest to a mention.
    let mut venue: Option<(usize, Option<String>, String, Span)> = None;
    for &si in &sents {
        let s = doc.sents[si];
        for p in Doc::within(&doc.places, s.start, s.end)
            .iter()
            .filter(|p| p.end <= s.end)
        {
            let before = &doc.n.lower[doc.back(p.start, 80).max(s.start)..p.start];
            let after = &doc.n.lower[p.end..doc.ahead(p.end, 40).min(s.end).max(p.end)];
            if cancelled(doc, si) || doc.dateline_city == Some([p.start, p.end]) {
                continue;
            }
            // "в столице Туркменистана Ашхабаде", "in Kazakhstan's capital Astana".
            let pack = &doc.kit.pack;
            let capital_ctx = {
                let cut = floor(before, before.len().saturating_sub(60));
                let near = &before[cut..];
                pack.capital_words.iter().any(|w| near.contains(w))
                    && pack.locatives.iter().any(|w| near.contains(w))
            };
            // "moved from Yerevan to Moscow": the destination.
            if pack
                .route_marks
                .iter()
                .any(|(from, to)| before.ends_with(from) && after.starts_with(to))
            {
                continue;
            }
            let prep = capital_ctx
                || pack.venue_before.iter().any(|w| before.ends_with(w))
                || (si == own.0[0] && p.start == s.start)
                || pack.venue_after.iter().any(|w| after.starts_with(w))
                // "Astana, 12 May": the place of a date line, though not the
                // dateline's ("MOSCOW, May 26. /TASS/."), which is where the
                // report was filed.
                || doc.dates.iter().any(|x| {
                    x.start >= p.end
                        && x.start <= p.end + 3
                        && after.starts_with(", ")
                        && doc.dateline_date != Some([x.start, x.end])
                });
            let mut prep_capital = false;
            let (city, country) = match &p.value.city {
                Some(c) => (Some(c.clone()), p.value.country.clone()),
                None => {
                    if p.value.adj || !prep {
                        // "the Belarusian capital"
                        let cap = pack
                            .capital_words
                            .iter()
                            .any(|w| after.trim_start().starts_with(w));
                        if !cap {
                            continue;
                        }
                        // (the capital the text names, else the one the
                        // table knows: "the Belarusian capital" is Minsk)
                        let capital_of = |x: &Place| {
                            x.capital && x.country == p.value.country && x.city.is_some()
                        };
                        let c = doc
                            .places
                            .iter()
                            .map(|x| x.value)
                            .find(|x| capital_of(x))
                            .or_else(|| doc.kit.places.values().iter().find(|x| capital_of(x)));
                        // ("in the Belarusian capital": a venue, past its article)
                        let bare = pack
                            .articles
                            .iter()
                            .find_map(|a| before.strip_suffix(a))
                            .unwrap_or(before);
                        prep_capital = pack.venue_before.iter().any(|w| bare.ends_with(w));
                        match c {
                            Some(c) => (c.city.clone(), p.value.country.clone()),
                            None => continue,
                        }
                    } else {
                        (None, p.value.country.clone())
                    }
                }
            };
            let prep = prep || prep_capital;
            if !prep && city.is_some() {
                continue;
            }
            // Not inside a document title ("Astana Declaration").
            if pack.place_name_heads.iter().any(|w| after.starts_with(w)) && !prep {
                continue;
            }
            let Some(dist) = rank(own_idx, foreign, si, [p.start, p.end]) else {
                continue;
            };
            let better = match &venue {
                None => true,
                Some(v) => {
                    (v.1.is_none() && city.is_some())
                        || (dist < v.0 && (city.is_some() || v.1.is_none()))
                }
            };
            if better {
                venue = Some((dist, city, country, [p.start, p.end]));
            }
        }
    }
    let (mut city, mut country) = (None, None);
    if let Some((_, c, k, sp)) = venue {
        if c.is_some() {
            ev.insert("city".into(), sp);
        }
        ev.insert("country".into(), sp);
        city = c;
        country = Some(k);
    }
    if is_main && city.is_none() {
        // A header line "May 25, 2023, The Kremlin, Moscow": date and venue.
        if let Some((c, k, sp, dspan)) = header_venue(doc) {
            ev.insert("city".into(), sp);
            city = Some(c);
            country = Some(k);
            if date.is_none() {
                if let Some(dm) = doc.dates.iter().find(|x| [x.start, x.end] == dspan) {
                    if let Some((a, _)) = resolve(dm.kind, doc.anchor, doc.anchor_year, tense) {
                        date = Some(a.iso());
                        ev.insert("date".into(), dspan);
                    }
                }
            }
        }
    }
    // A report of a meeting under way is filed from its venue.
    if is_main && city.is_none() && status == Status::Ongoing {
        if let Some((c, k)) = &doc.dateline_place {
            city = Some(c.clone());
            country = Some(k.clone());
        }
    }
    // A date range that spans the text's own day: under way.
    if let (Some(a), Some(e), Some(anchor)) = (date.as_deref(), end_date.as_deref(), doc.anchor) {
        let day = anchor.format("%Y-%m-%d").to_string();
        if a.len() == 10 && e.len() == 10 && a <= day.as_str() && day.as_str() <= e {
            status = Status::Ongoing;
        }
    }
    // Historical name: Nur-Sultan from March 2019 to September 2022.
    if city.as_deref() == Some("Astana") {
        let y = date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse::<i32>().ok());
        let ym = date
            .as_deref()
            .and_then(|d| d.get(..7))
            .map(|s| s.to_string());
        if let (Some(y), Some(ym)) = (y, ym) {
            if (2019..=2022).contains(&y) && ym.as_str() >= "2019-03" && ym.as_str() <= "2022-09" {
                city = Some("Nur-Sultan".into());
            }
        }
    }
    // Format.
    // "... and Lula da Silva via video link": one person joined by video,
    // which makes an in-person meeting hybrid, not a video meeting.
    let personal = |at: usize| {
        let gap = |end: usize| {
            end <= at
                && at - end <= 4
                && doc.n.text[end..at]
                    .chars()
                    .all(|ch| matches!(ch, ' ' | '(' | ','))
        };
        Doc::within(&doc.people, doc.back(at, 60), at)
            .iter()
            .any(|p| gap(p.end))
    };
    let video_at = |si: &usize, whole: bool| {
        let s = doc.sents[*si];
        let cues = Doc::within(&doc.cues, s.start, s.end);
        cues.iter()
            .filter(|c| *c.value == Cue::Video && c.end <= s.end && !prior(*si, c.start))
            // (in a sentence that names two meetings, the nearer one's)
            .filter(|c| rank(own_idx, foreign, *si, [c.start, c.end]).is_some())
            .any(|c| {
                // (where the phrase starts: "via video" and "video link" overlap)
                let start = cues
                    .iter()
                    .filter(|x| *x.value == Cue::Video && x.start <= c.start && x.end > c.start)
                    .map(|x| x.start)
                    .min()
                    .unwrap_or(c.start);
                whole || !personal(start)
            })
    };
    let video_in = |si: &usize| video_at(si, true);
    let video_meeting = |si: &usize| video_at(si, false);
    let hybrid = sents.iter().any(|si| {
        let s = doc.sents[*si];
        doc.has_cue(s.start, s.end, |c| c == Cue::Hybrid)
    });
    let video_own = own.iter().any(video_meeting)
        || (is_main
            && doc
                .title
                .and_then(|t| doc.sent_at(t[0]))
                .map(|t| video_meeting(&t))
                .unwrap_or(false));
    let video_any = is_main
        && (0..doc.sents.len())
            .filter(|i| !others.contains(i) || own.contains(i))
            .any(|i| video_in(&i));
    let format = if hybrid || (!video_own && video_any && city.is_some()) {
        Some(Format::Hybrid)
    } else if video_own || (video_any && city.is_none()) {
        Some(Format::Video)
    } else if city.is_some() || country.is_some() {
        Some(Format::InPerson)
    } else {
        None
    };
    // A video meeting's city is the one it was hosted from, not the venue
    // planned before it moved online ("was to be held in Minsk").
    if format == Some(Format::Video) {
        if let Some(sp) = ev.get("city").copied() {
            if doc
                .sent_at(sp[0])
                .is_some_and(|si| doc.sent_has(si, Cue::Superseded.bit()))
            {
                city = None;
                ev.remove("city");
                if ev.get("country") == Some(&sp) {
                    country = None;
                    ev.remove("country");
                }
            }
        }
    }
    let chair = if is_main {
        chair(doc, others, own)
    } else {
        None
    };
    let (chair, chair_span) = match chair {
        Some((c, sp)) => (Some(c), Some(sp)),
        None => (None, None),
    };
    if let Some(sp) = chair_span {
        ev.insert("chair".into(), sp);
    }
    // Evidence for the format: the video cue, or the venue.
    let cue_in = |kinds: u32, sents: &mut dyn Iterator<Item = usize>| {
        for si in sents {
            let s = doc.sents[si];
            let hit = Doc::within(&doc.cues, s.start, s.end)
                .iter()
                .find(|c| c.value.bit() & kinds != 0)
                .map(|c| [c.start, c.end]);
            if hit.is_some() {
                return hit;
            }
        }
        None
    };
    match format {
        Some(Format::Video) | Some(Format::Hybrid) => {
            let all = &mut own.iter().copied().chain(0..doc.sents.len());
            if let Some(sp) = cue_in(Cue::Video.bit() | Cue::Hybrid.bit(), all) {
                ev.insert("format".into(), sp);
            }
        }
        Some(Format::InPerson) => {
            if let Some(sp) = ev.get("city").or(ev.get("country")).copied() {
                ev.insert("format".into(), sp);
            }
        }
        None => {}
    }
    // Evidence for the status: its cue in a sentence about the meeting.
    let status_bit = match status {
        Status::Held => Cue::Held.bit(),
        Status::Ongoing => Cue::Ongoing.bit(),
        Status::Planned => Cue::Planned.bit(),
    };
    if let Some(sp) = cue_in(status_bit, &mut own.iter().copied()) {
        ev.insert("status".into(), sp);
    }
    let body_text = Some(text[first.body_span[0]..first.body_span[1]].to_string());
    if d.org.is_some() {
        ev.insert("organization".into(), first.span);
    }
    Meeting {
        role: if is_main {
            Role::Main
        } else {
            Role::Referenced
        },
        organization: d.org.clone(),
        bodies: d.bodies.clone(),
        body_text,
        date,
        end_date,
        city,
        country,
        format,
        status,
        chair,
        participants: Vec::new(),
        documents: Vec::new(),
        topics: Vec::new(),
        evidence: ev,
    }
}

/// A sentence about an arrangement that fell through ("was to be held in
/// Yerevan on 8 April, was cancelled").
fn cancelled(doc: &Doc<'_>, si: usize) -> bool {
    doc.sent_has(si, Cue::Cancelled.bit())
}

/// A short header line that starts with a full date and names a city.
fn header_venue(doc: &Doc<'_>) -> Option<(String, String, Span, Span)> {
    let text = &doc.n.text;
    for (li, line) in doc
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.boiler && l.start < l.end)
        .take(8)
    {
        let body = &text[line.start..line.end];
        let words = body
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words > 8 {
            continue;
        }
        let Some(dm) = doc.dates.iter().find(|d| d.start == line.start) else {
            continue;
        };
        if !matches!(
            dm.kind,
            DateKind::DayMonth { year: Some(_), .. } | DateKind::Numeric { .. }
        ) {
            continue;
        }
        let city_in = |from: usize, to: usize| {
            doc.places
                .iter()
                .rfind(|p| p.start >= from && p.end <= to && p.value.city.is_some())
        };
        // On the line, or on a short line of its own below it, after the
        // time perhaps ("May 25, 2023" / "12:00" / "The Kremlin, Moscow").
        let below = || {
            let mut next = doc.lines[li + 1..]
                .iter()
                .filter(|l| l.start < l.end)
                .take(2);
            let mut l = next.next()?;
            if super::article::time_only(&text[l.start..l.end]) {
                l = next.next()?;
            }
            let short = text[l.start..l.end]
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                <= 4;
            short.then(|| city_in(l.start, l.end)).flatten()
        };
        let city = city_in(dm.end, line.end).or_else(below)?;
        return Some((
            city.value.city.clone()?,
            city.value.country.clone(),
            [city.start, city.end],
            [dm.start, dm.end],
        ));
    }
    None
}

/// The chairing country: "under the chairmanship of X", "chaired by X",
/// "X is chairing", "X's presidency", "X, this year's rotating chair".
fn chair(doc: &Doc<'_>, others: &SentSet, main_sents: &SentSet) -> Option<(String, Span)> {
    let text = &doc.n.text;
    for c in doc.cues.iter().filter(|c| *c.value == Cue::Chair) {
        let Some(si) = doc.sent_at(c.start) else {
            continue;
        };
        // Another meeting's chair: the cue stands right by that meeting's name.
        if others.contains(&si) && !main_sents.contains(&si) {
            let near_other = Doc::within(&doc.bodies, c.start, doc.ahead(c.end, 40) + 1)
                .iter()
                .any(|b| {
                    doc.sent_at(b.start) == Some(si)
                        && b.start >= c.start
                        && b.start <= doc.ahead(c.end, 40)
                });
            if near_other {
                continue;
            }
        }
        // "Ukraine held the rotating presidency in 2006": another year.
        if super::documents::before_article(doc, si, 1) {
            continue;
        }
        let s = doc.sents[si];
        let before = &doc.n.lower[s.start..c.start];
        let pack = &doc.kit.pack;
        if pack.chair_future_before.iter().any(|w| before.ends_with(w))
            || pack.chair_future_lead.iter().any(|w| before.contains(w))
        {
            continue;
        }
        let cue = &doc.n.lower[c.start..c.end];
        let cue_raw = &text[c.start..c.end];
        let after_cue = &doc.n.lower[c.end..s.end];
        // "THE PRESIDENCY OF THE REPUBLIC" is an office, not a chairmanship.
        if cue_raw.len() > 3 && !cue_raw.chars().any(|ch| ch.is_lowercase()) {
            continue;
        }
        if pack
            .chair_office_after
            .iter()
            .any(|w| after_cue.starts_with(w))
        {
            continue;
        }
        let sentence = &doc.n.lower[s.start..s.end];
        let future = doc.has_cue(s.start, s.end, |k| k == Cue::Planned)
            || pack.chair_future_marks.iter().any(|w| sentence.contains(w));
        // "председательства Туркменистана": the country right after the word.
        let right_after = Doc::within(&doc.places, c.end, doc.ahead(c.end, 3) + 1)
            .iter()
            .any(|p| p.start >= c.end && p.start <= doc.ahead(c.end, 3) && p.value.city.is_none());
        // "председатель КНР Си Цзиньпин", "председатель Кабинета министров
        // Киргизии": a cue that is also an office (a roles entry), with a
        // country right after or as the start of a longer office, is a
        // person's title, not the chair of a meeting.
        if Doc::within(&doc.roles, c.start, c.end)
            .iter()
            .any(|r| r.start == c.start && (right_after || r.end > c.end))
        {
            continue;
        }
        let forward = right_after
            || pack.chair_forward.iter().any(|w| cue.contains(w))
            || pack.chair_forward_words.contains(&cue)
            || pack
                .chair_forward_before
                .iter()
                .any(|w| before.trim_end().ends_with(w));
        // Who will chair next is not who chairs this meeting.
        if (future && !forward) || pack.chair_handover.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        // The country or person nearest to the cue, in the right direction.
        let country_after = Doc::within(&doc.places, c.end, doc.ahead(c.end, 80) + 1)
            .iter()
            .filter(|p| {
                p.start >= c.end
                    && p.start <= doc.ahead(c.end, 80)
                    && p.end <= s.end
                    && p.value.city.is_none()
            })
            .map(|p| (p.start, p.value.country.clone()));
        let person_after = Doc::within(&doc.people, c.end, doc.ahead(c.end, 90) + 1)
            .iter()
            .filter(|p| p.start >= c.end && p.start <= doc.ahead(c.end, 90) && p.end <= s.end)
            .filter_map(|p| country_at(doc, [p.start, p.end]).map(|k| (p.start, k)));
        let after = country_after
            .chain(person_after)
            .min_by_key(|x| x.0)
            .map(|x| x.1);
        // The nearest country or office holder before the cue.
        let country_before = Doc::within(&doc.places, doc.back(c.start, 90), c.start)
            .iter()
            .rfind(|p| {
                p.end <= c.start
                    && p.start >= doc.back(c.start, 90)
                    && p.start >= s.start
                    && p.value.city.is_none()
            })
            .map(|p| (p.end, p.value.country.clone()));
        let person_before = Doc::within(&doc.people, doc.back(c.start, 60), c.start)
            .iter()
            .rfind(|p| p.end <= c.start && p.start >= doc.back(c.start, 60) && p.start >= s.start)
            .and_then(|p| country_at(doc, [p.start, p.end]).map(|k| (p.end, k)));
        let before_c = [country_before, person_before]
            .into_iter()
            .flatten()
            .max_by_key(|x| x.0)
            .map(|x| x.1);
        let pick = if forward {
            after.or(before_c)
        } else {
            before_c.or(after)
        };
        if let Some(p) = pick {
            return Some((p, [c.start, c.end]));
        }
    }
    None
}

/// Offices whose holders comment on a meeting rather than sit in it.
const COMMENTERS: &[&str] = &[
    "Spokesperson",
    "Foreign Ministry Spokesperson",
    "Foreign Ministry Spokesman",
    "Presidential Aide",
    "Presidential Press Secretary",
    "Ambassador",
];

/// Whether a word that rules a person out of the meeting ("the late",
/// "will not attend", "не приедет": `not_participant` cues) stands in the
/// person's own clause within `[lo, hi)` (not across ", but ..." or "; ").
fn excluded(doc: &Doc<'_>, lo: usize, hi: usize, person: Span) -> bool {
    Doc::within(&doc.cues, lo, hi)
        .iter()
        .filter(|c| *c.value == Cue::NotParticipant && c.end <= hi)
        .any(|c| {
            let (a, b) = if c.start < person[0] {
                (c.start, person[0])
            } else {
                (person[1], c.start)
            };
            !doc.kit.pack.clause_breaks.any_in(&doc.n.lower[a..b.max(a)])
        })
}

/// Whether sentence `si` opens with a word for an earlier occasion
/// ([`crate::lang::Pack::earlier_leads`]).
fn earlier(doc: &Doc<'_>, si: usize) -> bool {
    let s = doc.sents[si];
    let head = doc.n.text[s.start..s.end].trim_start();
    doc.kit.pack.earlier_leads.iter().any(|w| {
        head.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with([' ', ',']))
    })
}

fn participants(
    doc: &Doc<'_>,
    persons: &[PersonMention],
    quotes: &[Found],
    others: &SentSet,
    main_sents: &SentSet,
) -> Vec<Person> {
    let speakers: std::collections::HashSet<&str> = quotes
        .iter()
        .filter_map(|q| q.quote.speaker.as_deref())
        .collect();
    let mut seen: std::collections::HashSet<&str> = Default::default();
    let active_cues =
        Cue::Attend.bit() | Cue::Say.bit() | Cue::Chair.bit() | Cue::MeetingNoun.bit();
    let mut out: Vec<Person> = Vec::new();
    for p in persons {
        let s = doc.sents[p.sent];
        // The words around the person, not the whole sentence: a list of fifty
        // names must not cost fifty readings of the sentence.
        let (lo, hi) = (
            doc.back(p.span[0], 150).max(s.start),
            doc.ahead(p.span[1], 150).min(s.end),
        );
        // The cheap tests first; the exclusion words (a phrase search
        // around the name) only for a person who passes them all.
        if p.role.as_deref().is_some_and(|r| COMMENTERS.contains(&r)) {
            continue;
        }
        // Another meeting's sentence, or one about another occasion (a
        // phone call, a bilateral meeting, "Earlier, ...").
        let about_other = !main_sents.contains(&p.sent)
            && (others.contains(&p.sent)
                || doc.sent_has(p.sent, Cue::OtherOccasion.bit())
                || earlier(doc, p.sent));
        let speaker = speakers.contains(p.name.as_str());
        if about_other && !speaker && !p.label {
            continue;
        }
        // Inside a quotation: mentioned, not present.
        let qi = quotes.partition_point(|q| q.q.start <= p.span[0]);
        if qi > 0 && p.span[1] <= quotes[qi - 1].q.end {
            continue;
        }
        let active = p.label || speaker || doc.sent_has(p.sent, active_cues);
        if !active || seen.contains(p.name.as_str()) {
            continue;
        }
        if doc.sent_has(p.sent, Cue::NotParticipant.bit()) && excluded(doc, lo, hi, p.span) {
            continue;
        }
        seen.insert(p.name.as_str());
        out.push(Person {
            name: p.name.clone(),
            role: p.role.clone(),
            country: p.country.clone(),
            organization: p.org.clone(),
            span: p.span,
        });
    }
    out
}

//! Assembling records from mentions: the article layer, meetings, people,
//! documents, topics, quotations. [`run`] is the whole pipeline for one
//! text; [`Doc`] is what every stage reads.

pub mod article;
pub mod documents;
pub mod meetings;
pub mod people;
pub mod quotes;
pub mod topics;

use chrono::NaiveDate;

use crate::extractor::{
    BodyCue, Cue, Inner, LangKit, Outlet, Place, T_BODIES, T_CUES, T_DATES, T_DOCS, T_ORGS,
    T_OUTLETS, T_PEOPLE, T_PLACES, T_ROLES, T_TOPICS,
};
use crate::find::dates::{self, DateMention};
use crate::find::gazetteer::{Hit, longest};
use crate::lang::Lang;
pub use crate::lang::phrases::Phrases;
use crate::record::{Article, Span};
use crate::text::boilerplate::{self, Line};
use crate::text::normalise::{Normalized, byte_to_char_offsets, normalise};
use crate::text::sentences::{self, Sentence};
use crate::text::utf8::{char_ahead, char_back};

/// A sorted set of sentence indices (membership in O(log n)).
#[derive(Debug, Clone, Default)]
pub struct SentSet(pub Vec<usize>);

impl SentSet {
    /// From any indices.
    pub fn new(it: impl IntoIterator<Item = usize>) -> SentSet {
        let mut v: Vec<usize> = it.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        SentSet(v)
    }

    /// Whether `i` is in the set.
    pub fn contains(&self, i: &usize) -> bool {
        self.0.binary_search(i).is_ok()
    }

    /// The indices, sorted.
    pub fn iter(&self) -> std::slice::Iter<'_, usize> {
        self.0.iter()
    }
}

/// Spans of meeting mentions by sentence, for nearest-mention lookups:
/// sorted by sentence, then span, so a sentence's spans are one slice.
#[derive(Debug, Clone, Default)]
pub struct MentionIndex {
    sents: Vec<usize>,
    spans: Vec<Span>,
}

impl MentionIndex {
    /// Index `(sentence, span)` pairs.
    pub fn new(it: impl IntoIterator<Item = (usize, Span)>) -> MentionIndex {
        let mut all: Vec<(usize, Span)> = it.into_iter().collect();
        all.sort_unstable();
        MentionIndex {
            sents: all.iter().map(|x| x.0).collect(),
            spans: all.into_iter().map(|x| x.1).collect(),
        }
    }

    /// Whether sentence `si` has a mention.
    pub fn has(&self, si: usize) -> bool {
        self.sents.binary_search(&si).is_ok()
    }

    /// The mention spans of sentence `si`, sorted.
    pub fn spans(&self, si: usize) -> &[Span] {
        let a = self.sents.partition_point(|&s| s < si);
        let b = self.sents.partition_point(|&s| s <= si);
        &self.spans[a..b]
    }

    /// Distance in bytes from `span` to the nearest mention in sentence `si`.
    pub fn nearest(&self, si: usize, span: Span) -> Option<usize> {
        let v = self.spans(si);
        let i = v.partition_point(|m| m[0] < span[0]);
        let dist = |m: &Span| {
            if span[0] >= m[1] {
                span[0] - m[1]
            } else {
                m[0].saturating_sub(span[1])
            }
        };
        // Mentions do not nest, so the neighbours around the insertion point
        // (and the longest one before it) hold the nearest.
        let lo = i.saturating_sub(3);
        let hi = (i + 3).min(v.len());
        v[lo..hi].iter().map(dist).min()
    }
}

/// One text with everything found in it (byte spans in `n.text`).
pub struct Doc<'a> {
    /// The text as given.
    pub orig: &'a str,
    /// The compiled engine.
    pub ex: &'a Inner,
    /// The language kit.
    pub kit: &'a LangKit,
    /// Language.
    pub lang: Lang,
    /// Normalised text.
    pub n: Normalized,
    /// Lines, boilerplate marked.
    pub lines: Vec<Line>,
    /// Sentences of the article proper.
    pub sents: Vec<Sentence>,
    /// Organisation mentions.
    pub orgs: Vec<Hit<'a, String>>,
    /// Body cues.
    pub bodies: Vec<Hit<'a, BodyCue>>,
    /// Places.
    pub places: Vec<Hit<'a, Place>>,
    /// Outlets.
    pub outlets: Vec<Hit<'a, Outlet>>,
    /// Offices.
    pub roles: Vec<Hit<'a, String>>,
    /// Cue words (overlaps kept: "will be held" is planned and held).
    pub cues: Vec<Hit<'a, Cue>>,
    /// Office-holder name forms.
    pub people: Vec<Hit<'a, usize>>,
    /// Document nouns.
    pub docs: Vec<Hit<'a, String>>,
    /// Topic cues.
    pub topics: Vec<Hit<'a, String>>,
    /// Dates.
    pub dates: Vec<DateMention>,
    /// The day relative dates are resolved against.
    pub anchor: Option<NaiveDate>,
    /// A year known without a day (dateline with a year).
    pub anchor_year: Option<i32>,
    /// Month and day of a year-less dateline (`MOSCOW, May 26`).
    pub anchor_md: Option<(u32, u32)>,
    /// Span of the dateline's date (not a meeting date).
    pub dateline_date: Option<Span>,
    /// Publication stamps, scraper prefixes and datelines: dates that are not
    /// meeting dates.
    pub header_spans: Vec<Span>,
    /// The dateline's city and country (a venue for reports of meetings under way).
    pub dateline_place: Option<(String, String)>,
    /// Where the dateline writes its city (where the report was filed, not a venue).
    pub dateline_city: Option<Span>,
    /// Start of the first paragraph (the header, with its headlines, ends there).
    pub body_start: usize,
    /// Title line span, if the article has a headline.
    pub title: Option<Span>,
    /// Per sentence: the cue kinds in it (bit `Cue::bit`), computed once.
    pub sent_cues: Vec<u32>,
    /// The article's year: its anchor's, else the latest year it prints.
    pub text_year: std::cell::OnceCell<Option<i32>>,
}

impl<'a> Doc<'a> {
    /// Index of the sentence containing byte `pos`.
    pub fn sent_at(&self, pos: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.start <= pos);
        (i > 0 && pos < self.sents[i - 1].end).then(|| i - 1)
    }

    /// The byte offset `n` characters before `pos` (windows are measured in
    /// characters, so that Cyrillic text gets the same reach as Latin).
    pub fn back(&self, pos: usize, n: usize) -> usize {
        char_back(&self.n.text, pos, n)
    }

    /// The byte offset `n` characters after `pos`.
    pub fn ahead(&self, pos: usize, n: usize) -> usize {
        char_ahead(&self.n.text, pos, n)
    }

    /// Whether byte `pos` is inside article text (not boilerplate).
    pub fn in_content(&self, pos: usize) -> bool {
        self.sent_at(pos).is_some()
    }

    /// Text of a span.
    pub fn s(&self, span: Span) -> &str {
        &self.n.text[span[0]..span[1]]
    }

    /// Hits of `hits` that lie within `[from, to)`.
    pub fn within<'h, T>(hits: &'h [Hit<'a, T>], from: usize, to: usize) -> &'h [Hit<'a, T>] {
        let a = hits.partition_point(|h| h.start < from);
        let b = hits.partition_point(|h| h.start < to);
        &hits[a..b.max(a)]
    }

    /// Date mentions starting in `[from, to)`.
    pub fn dates_in(&self, from: usize, to: usize) -> &[DateMention] {
        let a = self.dates.partition_point(|d| d.start < from);
        let b = self.dates.partition_point(|d| d.start < to);
        &self.dates[a..b.max(a)]
    }

    /// Sentences starting in `[from, to)`.
    pub fn sents_in(&self, from: usize, to: usize) -> &[Sentence] {
        let a = self.sents.partition_point(|s| s.start < from);
        let b = self.sents.partition_point(|s| s.start < to);
        &self.sents[a..b.max(a)]
    }

    /// Index of the line containing byte `pos`.
    pub fn line_at(&self, pos: usize) -> Option<usize> {
        let i = self.lines.partition_point(|l| l.start <= pos);
        (i > 0 && pos <= self.lines[i - 1].end).then(|| i - 1)
    }

    /// Hits that overlap `[from, to)` (hits no longer than `reach` bytes).
    pub fn overlapping<'h, T>(
        hits: &'h [Hit<'a, T>],
        from: usize,
        to: usize,
        reach: usize,
    ) -> impl Iterator<Item = &'h Hit<'a, T>> {
        Doc::within(hits, from.saturating_sub(reach), to)
            .iter()
            .filter(move |h| h.end > from && h.start < to)
    }

    /// Whether sentence `si` holds a cue of one of the kinds in `mask`
    /// (`Cue::bit` values or-ed together).
    pub fn sent_has(&self, si: usize, mask: u32) -> bool {
        self.sent_cues.get(si).is_some_and(|m| m & mask != 0)
    }

    /// Cues of kind `k` in `[from, to)`.
    pub fn has_cue(&self, from: usize, to: usize, pred: impl Fn(Cue) -> bool) -> bool {
        Doc::within(&self.cues, from, to)
            .iter()
            .any(|h| h.end <= to && pred(*h.value))
    }
}

/// Hits that lie inside one sentence of the article (a phrase never runs
/// across a sentence or paragraph break).
fn content_only<'g, T>(doc_sents: &[Sentence], hits: Vec<Hit<'g, T>>) -> Vec<Hit<'g, T>> {
    hits.into_iter()
        .filter(|h| {
            let i = doc_sents.partition_point(|s| s.start <= h.start);
            i > 0 && h.start < doc_sents[i - 1].end && h.end <= doc_sents[i - 1].end
        })
        .collect()
}

/// The whole pipeline for one text.
pub fn run(ex: &Inner, orig: &str, published: Option<NaiveDate>) -> Article {
    let lang = Lang::detect(orig);
    let kit = ex.kit(lang);
    let n = normalise(orig);
    let lines = boilerplate::mark(&n.text, &n.lower, lang, &kit.boiler);
    let sents = sentences::split(&n.text, &lines);
    // One scan for every phrase table.
    let raw = kit.lex.scan(&n);
    let orgs_all = longest(kit.orgs.hits(&raw, T_ORGS));
    // A place inside an organisation's name ("Shanghai Cooperation
    // Organisation", "Шанхайская организация") is not a place.
    let places: Vec<_> = content_only(&sents, longest(kit.places.hits(&raw, T_PLACES)))
        .into_iter()
        .filter(|p| {
            !Doc::within(&orgs_all, p.start.saturating_sub(120), p.start + 1)
                .iter()
                .any(|o| {
                    o.start <= p.start && p.end <= o.end && (o.start, o.end) != (p.start, p.end)
                })
        })
        .collect();
    let orgs = content_only(&sents, orgs_all);
    let bodies = content_only(&sents, longest(kit.bodies.hits(&raw, T_BODIES)));
    // Outlets are also looked for in site chrome (banners name the publisher).
    let outlets = longest(kit.outlets.hits(&raw, T_OUTLETS));
    let roles = content_only(&sents, longest(kit.roles.hits(&raw, T_ROLES)));
    let cues = content_only(&sents, kit.cues.hits(&raw, T_CUES));
    let docs = content_only(&sents, longest(kit.docs.hits(&raw, T_DOCS)));
    let people = content_only(&sents, longest(ex.people.hits(&raw, T_PEOPLE)));
    let topics = content_only(&sents, longest(kit.topics.hits(&raw, T_TOPICS)));
    let dates = dates::find(&n.text, &kit.date_words.hits(&raw, T_DATES), &kit.pack);
    let mut doc = Doc {
        orig,
        ex,
        kit,
        lang,
        n,
        lines,
        sents,
        orgs,
        bodies,
        places,
        outlets,
        roles,
        cues,
        people,
        docs,
        topics,
        dates,
        anchor: published,
        anchor_year: None,
        anchor_md: None,
        sent_cues: Vec::new(),
        text_year: std::cell::OnceCell::new(),
        dateline_date: None,
        body_start: 0,
        header_spans: Vec::new(),
        dateline_place: None,
        dateline_city: None,
        title: None,
    };
    doc.sent_cues = vec![0; doc.sents.len()];
    for c in &doc.cues {
        if let Some(si) = doc.sent_at(c.start) {
            doc.sent_cues[si] |= c.value.bit();
        }
    }
    let mut art = Article::empty(lang.code());
    article::fill(&mut doc, &mut art, published.is_some());
    let persons = people::find(&doc);
    let quotes = quotes::build(&doc, &persons);
    art.meetings = meetings::build(&doc, &persons, &quotes);
    art.quotes = quotes.into_iter().map(|q| q.quote).collect();
    finish(&doc, orig, &mut art);
    art
}

/// Last stage: spans to original code-point offsets; "as written" strings
/// re-cut from the original text.
fn finish(doc: &Doc<'_>, orig: &str, art: &mut Article) {
    let mut byte_spans: Vec<Span> = Vec::new();
    art.for_each_span_mut(&mut |sp| {
        sp[0] = doc.n.to_orig(sp[0]);
        sp[1] = doc.n.to_orig(sp[1]);
        byte_spans.push(*sp);
    });
    // Re-cut strings from the original bytes before the offsets become chars.
    let cut = |sp: &Span| orig.get(sp[0]..sp[1]).unwrap_or("").to_string();
    for m in &mut art.meetings {
        if let Some(sp) = m.evidence.get("body_text") {
            m.body_text = Some(fold_ws(&cut(sp)));
        }
        for d in &mut m.documents {
            d.title = cut(&d.span);
        }
    }
    for q in &mut art.quotes {
        q.text = cut(&q.span);
    }
    let mut offsets: Vec<&mut usize> = Vec::new();
    for m in &mut art.meetings {
        for p in &mut m.participants {
            offsets.extend(p.span.iter_mut());
        }
        for d in &mut m.documents {
            offsets.extend(d.span.iter_mut());
        }
        for sp in m.evidence.values_mut() {
            offsets.extend(sp.iter_mut());
        }
    }
    for q in &mut art.quotes {
        offsets.extend(q.span.iter_mut());
    }
    byte_to_char_offsets(orig, &mut offsets);
    // Drop empty spans the schema forbids.
    for m in &mut art.meetings {
        m.evidence.retain(|_, sp| sp[0] < sp[1]);
        m.documents
            .retain(|d| d.span[0] < d.span[1] && !d.title.is_empty());
        m.participants.retain(|p| p.span[0] < p.span[1]);
    }
    art.quotes
        .retain(|q| q.span[0] < q.span[1] && !q.text.is_empty());
}

/// Fold runs of whitespace into one space and trim.
pub fn fold_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_edges_count_characters() {
        let text = "ab Минск, €5 and 𝄞.";
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &pos in &starts {
            for n in 0..25usize {
                let back = text[..pos]
                    .char_indices()
                    .rev()
                    .nth(n.saturating_sub(1))
                    .map(|(i, _)| i)
                    .unwrap_or(0);
                let ahead = text[pos..]
                    .char_indices()
                    .nth(n)
                    .map(|(i, _)| pos + i)
                    .unwrap_or(text.len());
                assert_eq!(char_back(text, pos, n), back, "back {pos} {n}");
                assert_eq!(char_ahead(text, pos, n), ahead, "ahead {pos} {n}");
            }
        }
    }
}

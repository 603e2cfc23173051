//! The article layer: headline, publication date, dateline, publisher and
//! the agencies credited. Also fixes the anchor date for later stages.

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::OnceLock;

use super::{Doc, fold_ws};
use crate::find::dates::{DateKind, DateMention, PartialDate, Tense, resolve};
use crate::record::{Article, Dateline};

fn time_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?P<h>[0-2]?\d):(?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\.?)?(?:\s*\(?(?:UTC|GMT|МСК)\s*(?P<off>[+-]\s*\d{1,2})?)?")
            .expect("time pattern")
    })
}

/// The first full date (day, month and year) within `[from, to)`.
fn full_date_in(doc: &Doc<'_>, from: usize, to: usize) -> Option<(DateMention, NaiveDate)> {
    doc.dates_in(from, to)
        .iter()
        .filter(|d| d.end <= to)
        .find_map(|d| full_date(d).map(|f| (*d, f)))
}

/// A line that holds only a time of day ("12:00").
pub(crate) fn time_only(line: &str) -> bool {
    let t = line.trim();
    let (h, m) = t.split_once(':').unwrap_or(("", ""));
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

fn iso_time_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"^T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?P<off>Z|[+-]\d\d:?\d\d)?")
            .expect("ISO time pattern")
    })
}

fn scrape_date_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"^\s*date\s+\d{4}-\d{2}-\d{2}(?:\s+https?://\S+)?\s*").expect("pattern")
    })
}

/// A full date printed in the text, with a time when one stands beside it.
fn full_date(m: &DateMention) -> Option<NaiveDate> {
    match m.kind {
        DateKind::DayMonth {
            year: Some(y),
            month,
            day,
            ..
        } => NaiveDate::from_ymd_opt(y, month, day),
        DateKind::Numeric { year, month, day } => NaiveDate::from_ymd_opt(year, month, day),
        _ => None,
    }
}

/// `YYYY-MM-DDTHH:MM[+HH:MM]` when a time is printed within a few
/// characters of the date (before or after it).
fn with_time(text: &str, date: NaiveDate, m: &DateMention, line_end: usize) -> String {
    let day = date.format("%Y-%m-%d").to_string();
    // ISO 8601 in full: "2024-11-20T14:35:00+03:00", "...T11:35Z".
    if let Some(c) = iso_time_re().captures(&text[m.end..line_end.max(m.end)]) {
        let off = match c.name("off").map(|o| o.as_str()) {
            Some("Z") => "+00:00".to_string(),
            Some(o) if o.len() == 5 => format!("{}:{}", &o[..3], &o[3..]),
            Some(o) => o.to_string(),
            None => String::new(),
        };
        return format!("{day}T{}:{}{off}", &c["h"], &c["m"]);
    }
    let mut lo = m.start.saturating_sub(14);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (m.end + 16).min(line_end);
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    for (from, to) in [(m.end, hi), (lo, m.start)] {
        // (the pattern needs "h:mm"; most windows have no colon)
        if from >= to || !text[from..to].contains(':') {
            continue;
        }
        if let Some(c) = time_re().captures(&text[from..to]) {
            let mut h: u32 = c["h"].parse().unwrap_or(0);
            let mi: u32 = c["m"].parse().unwrap_or(0);
            match c.name("ap").map(|x| x.as_str().to_ascii_lowercase()) {
                Some(ap) if ap == "p" && h < 12 => h += 12,
                Some(ap) if ap == "a" && h == 12 => h = 0,
                _ => {}
            }
            if h > 23 {
                continue;
            }
            let off = c.name("off").map(|o| {
                let v: i32 = o.as_str().replace(' ', "").parse().unwrap_or(0);
                format!("{}{:02}:00", if v < 0 { '-' } else { '+' }, v.abs())
            });
            let gmt = c
                .get(0)
                .map(|x| x.as_str().contains("GMT") || x.as_str().contains("UTC"))
                .unwrap_or(false);
            let off = off
                .or_else(|| gmt.then(|| "+00:00".to_string()))
                .unwrap_or_default();
            return format!("{day}T{h:02}:{mi:02}{off}");
        }
    }
    day
}

/// Top-level domains of the sites credited as sources (the list
/// [`domain_re`] ends in).
const SITE_TLDS: &[&str] = &[
    "ru", "az", "kz", "kg", "by", "am", "uz", "tj", "md", "ge", "ua", "com", "net", "org", "info",
    "news", "tv",
];

/// A site name after a space, bracket or quotation mark: "AZE.az".
fn domain_pattern() -> String {
    let tlds = SITE_TLDS.join("|");
    format!(r"(?:^|[\s(«\x22])([A-Za-z][A-Za-z0-9-]{{1,30}}\.(?:{tlds}))(?-u:\b)")
}

fn domain_re() -> &'static regex_automata::meta::Regex {
    static R: OnceLock<regex_automata::meta::Regex> = OnceLock::new();
    R.get_or_init(|| regex_automata::meta::Regex::new(&domain_pattern()).expect("domain pattern"))
}

/// Site names ("AZE.az") in `text`: [`domain_re`] run only before a full
/// stop that a known top-level domain follows as a whole word.
fn domains(text: &str) -> Vec<regex_automata::util::captures::Captures> {
    let b = text.as_bytes();
    let windows = text.match_indices('.').filter_map(|(d, _)| {
        let len = b[d + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        let tld = &text[d + 1..d + 1 + len];
        // The name before the dot is at most 31 bytes, after one separator.
        SITE_TLDS
            .contains(&tld)
            .then_some((d.saturating_sub(40), d + 1 + len, false))
    });
    crate::find::captures_in(domain_re(), text, windows)
}

fn letter_words(s: &str) -> usize {
    letter_words_upto(s, usize::MAX)
}

/// [`letter_words`], counting no further than `cap` (a long paragraph is
/// not read to its end to learn that it is long).
fn letter_words_upto(s: &str, cap: usize) -> usize {
    // Byte by byte for ASCII; other characters are decoded. Words are
    // split at whitespace as `split_whitespace` splits them.
    let b = s.as_bytes();
    let (mut n, mut i) = (0, 0);
    let mut in_word = false;
    let mut counted = false;
    while i < b.len() && n < cap {
        let (len, space, c) = if b[i] < 0x80 {
            (1, b[i].is_ascii_whitespace(), b[i] as char)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.len_utf8(), c.is_whitespace(), c)
        };
        if space {
            in_word = false;
        } else {
            if !in_word {
                in_word = true;
                counted = false;
            }
            // (U+0400-U+045F are all letters)
            if !counted
                && (c.is_ascii_alphabetic()
                    || ('\u{400}'..='\u{45f}').contains(&c)
                    || (!c.is_ascii() && c.is_alphabetic()))
            {
                counted = true;
                n += 1;
            }
        }
        i += len;
    }
    n
}

/// A paragraph rather than a headline: ends in a full stop, or is long.
fn is_paragraph(s: &str) -> bool {
    let t = s.trim_end();
    let words = letter_words_upto(t, 46);
    words > 45 || (t.ends_with('.') && words >= 6)
}

/// A header line that is an outlet's credit rather than a headline: the
/// outlet's name with at most two other words ("Photo - Sputnik Moldova,
/// 1920", "Video | TASS").
fn credit_line(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    Doc::within(&doc.outlets, from, to)
        .iter()
        .filter(|o| o.end <= to)
        .any(|o| {
            letter_words_upto(&doc.n.text[from..o.start], 3)
                + letter_words_upto(&doc.n.text[o.end..to], 3)
                <= 2
        })
}

/// Whether the line `[from, to)` is a picture's caption: it holds one of
/// the language's caption marks ("(Фото: ...)", "Photo: ...").
fn caption(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    let low = &doc.n.lower[from..to];
    doc.kit.pack.caption_marks.iter().any(|m| low.contains(m))
}

/// Whether the line `[from, to)` is a byline: a few words that open with
/// one of the language's byline marks ("By Staff Reporter").
fn byline(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    let low = doc.n.lower[from..to].trim_start();
    doc.kit.pack.byline_marks.iter().any(|m| low.starts_with(m)) && letter_words_upto(low, 7) <= 6
}

/// Whether `text[from..to]` holds only a page's time stamp: date mentions,
/// digits, separators and at most one time-zone abbreviation ("14 мая
/// 2020 - 17:56 AMT ").
fn stamp_only(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    if to <= from || to - from > 60 {
        return false;
    }
    let dates = doc.dates_in(from, to);
    let in_date = |i: usize| dates.iter().any(|d| d.start <= i && i < d.end);
    let part = &doc.n.text[from..to];
    let mut zone = false;
    let mut stamp = false;
    for w in part.split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2014}' | '|' | ',')) {
        let at = from + (w.as_ptr() as usize - part.as_ptr() as usize);
        if w.is_empty() {
            continue;
        }
        // ("2024 года": a year's word right after a date)
        let year_word = || {
            doc.kit.pack.year_words.contains(&w.to_lowercase().as_str())
                && dates
                    .iter()
                    .any(|d| d.end <= at && doc.n.text[d.end..at].trim().is_empty())
        };
        if in_date(at)
            || year_word()
            || w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'/'))
        {
            stamp = true;
        } else if !zone && w.chars().count() <= 4 && w.chars().all(char::is_uppercase) {
            zone = true;
        } else {
            return false;
        }
    }
    stamp
}

/// Fill title, published, dateline, publisher and agencies; set the anchor.
pub fn fill(doc: &mut Doc<'_>, art: &mut Article, caller_anchor: bool) {
    let text = doc.n.text.clone();
    // Content lines in order, with the scraper's ` date YYYY-MM-DD` prefix split off.
    let mut published: Option<(String, NaiveDate)> = None;
    let mut title: Option<(usize, usize)> = None;
    let mut dateline_line: Option<usize> = None;
    let mut first_para: Option<(usize, usize)> = None;
    let mut after_para = 0;
    let mut seen_lines = 0;
    let mut stamps: Vec<[usize; 2]> = Vec::new();
    for (li, line) in doc.lines.iter().enumerate() {
        if line.start == line.end {
            continue;
        }
        if line.boiler {
            // A line of figures only ("22.06.2005 04:05") is chrome, but in the
            // header it is the publication stamp.
            let body = &text[line.start..line.end];
            if published.is_none() && first_para.is_none() && !body.chars().any(char::is_alphabetic)
            {
                if let Some((d, f)) = full_date_in(doc, line.start, line.end) {
                    published = Some((with_time(&text, f, &d, line.end), f));
                    stamps.push([d.start, d.end]);
                }
            }
            continue;
        }
        let mut start = line.start;
        let body = &text[line.start..line.end];
        if let Some(m) = scrape_date_re().find(body) {
            doc.header_spans.push([line.start, line.start + m.end()]);
            if let Ok(d) =
                NaiveDate::parse_from_str(&body[5.min(body.len())..].trim_start()[..10], "%Y-%m-%d")
            {
                published.get_or_insert((d.format("%Y-%m-%d").to_string(), d));
            }
            start += m.end();
        }
        let body = &text[start..line.end];
        if body.is_empty() {
            continue;
        }
        seen_lines += 1;
        if dateline_line.is_none() && seen_lines <= 6 && dateline_at(doc, start, line.end).is_some()
        {
            dateline_line = Some(li);
        }
        if first_para.is_some() {
            // The stamp a few lines down, under the lead: a line holding
            // only the date, perhaps with the time on the next line ("May 25,
            // 2023" / "12:00" / "The Kremlin, Moscow", as presidential sites print it).
            after_para += 1;
            if published.is_none() && after_para <= 2 && stamp_only(doc, start, line.end) {
                if let Some((d, f)) = full_date_in(doc, start, line.end) {
                    let to = doc
                        .lines
                        .get(li + 1)
                        .filter(|n| time_only(&text[n.start..n.end]))
                        .map_or(line.end, |n| n.end);
                    published = Some((with_time(&text, f, &d, to), f));
                    stamps.push([d.start, d.end]);
                }
            }
            continue;
        }
        // Date lines in the header: a full date with little else on the line.
        let line_dates: Vec<DateMention> = doc
            .dates_in(start, line.end)
            .iter()
            .filter(|d| d.end <= line.end)
            .copied()
            .collect();
        let date_first = line_dates.iter().find_map(|d| full_date(d).map(|f| (d, f)));
        let para = is_paragraph(body) || dateline_line == Some(li);
        if para {
            first_para = Some((start, line.end));
            // A date glued to the start of the first paragraph ("24.11.2022On ...").
            if published.is_none() && title.is_some() {
                if let Some((d, f)) = date_first {
                    if d.start < start + 3 && dateline_line != Some(li) {
                        {
                            published = Some((with_time(&text, f, d, line.end), f));
                            stamps.push([d.start, d.end]);
                        }
                    }
                }
            }
            continue;
        }
        let rest_words = {
            let mut r = body.to_string();
            for d in line_dates.iter().rev() {
                r.replace_range((d.start - start)..(d.end - start), " ");
            }
            letter_words_upto(&r, 9)
        };
        if let Some((d, f)) = date_first {
            let prefix_words = letter_words_upto(&text[start..d.start], 3);
            if published.is_none() && (rest_words <= 8 || prefix_words <= 2) {
                published = Some((with_time(&text, f, d, line.end), f));
                // (with the other stamps of the line: "| Updated 21.11.2024")
                stamps.extend(
                    line_dates
                        .iter()
                        .filter(|x| full_date(x).is_some())
                        .map(|x| [x.start, x.end]),
                );
            }
            if rest_words <= 3 {
                continue;
            }
            if title.is_none() && prefix_words <= 2 {
                // "Uzbekistan 17/08/2007 Headline ..."
                let after = d.end
                    + (text[d.end..line.end].len() - text[d.end..line.end].trim_start().len());
                if letter_words_upto(&text[after..line.end], 3) >= 3
                    && !caption(doc, start, line.end)
                    && !byline(doc, start, line.end)
                {
                    title = Some((after, line.end));
                }
                continue;
            }
        }
        if title.is_none()
            && letter_words_upto(body, 3) >= 3
            && !credit_line(doc, start, line.end)
            && !caption(doc, start, line.end)
            && !byline(doc, start, line.end)
        {
            title = Some((start, line.end));
        }
    }
    doc.body_start = first_para.map(|p| p.0).unwrap_or(0);
    doc.header_spans.extend(stamps);
    // Title: cut a site name glued to it.
    if let Some((s, e)) = title {
        let t = &text[s..e];
        let mut end = e;
        for sep in [" / ", " | ", "_", " :: ", " — ", " - "] {
            if let Some(i) = t.find(sep) {
                let tail = &t[i + sep.len()..];
                let site_like = letter_words_upto(tail, 6) <= 5
                    && (sep == " / "
                        || sep == " | "
                        || sep == " :: "
                        || sep == "_"
                        || doc.outlets.iter().any(|o| o.start >= s + i && o.end <= e));
                if site_like && letter_words_upto(&t[..i], 3) >= 3 {
                    end = s + i;
                    break;
                }
            }
        }
        doc.title = Some([s, end]);
        let orig_span = [doc.n.to_orig(s), doc.n.to_orig(end)];
        art.title = Some(orig_span_text(doc, orig_span));
    }
    if let Some((p, d)) = &published {
        art.published = Some(p.clone());
        if !caller_anchor {
            doc.anchor = Some(*d);
        }
    }
    // Dateline.
    let mut credit: Option<String> = None;
    if let Some(li) = dateline_line {
        let line = doc.lines[li];
        let start = scrape_date_re()
            .find(&text[line.start..line.end])
            .map(|m| line.start + m.end())
            .unwrap_or(line.start);
        if let Some(dl) = dateline_at(doc, start, line.end) {
            let mut date = dl
                .date
                .and_then(|m| resolve(m.kind, doc.anchor, None, Tense::Past).map(|(d, _)| d));
            // A year-less dateline takes the year of the same day printed in full
            // elsewhere (an embedded post: "28 сентября 2018 г.").
            if let Some(PartialDate::MonthDay(mo, dd)) = date {
                let full = doc
                    .dates
                    .iter()
                    .filter_map(full_date)
                    .find(|f| f.month() == mo && f.day() == dd);
                if let Some(f) = full {
                    date = Some(PartialDate::Day(f));
                }
            }
            if let Some(PartialDate::Day(d)) = date {
                if doc.anchor.is_none() {
                    doc.anchor = Some(d);
                }
            }
            if let Some(PartialDate::MonthDay(m, d)) = date {
                doc.anchor_md = Some((m, d));
            }
            doc.dateline_date = dl.date.map(|d| [d.start, d.end]);
            doc.header_spans.extend(dl.date.map(|d| [d.start, d.end]));
            doc.dateline_place = Some((dl.city.clone(), dl.country.clone()));
            doc.dateline_city = Some(dl.city_span);
            art.dateline = Some(Dateline {
                city: Some(dl.city),
                date: date.map(|d| d.iso()),
            });
            credit = dl.credit;
        }
    }
    // Publisher and agencies.
    let mut publisher: Option<String> = None;
    if let Some([_, e]) = doc.title {
        let full_end = title.map(|t| t.1).unwrap_or(e);
        let tail = &text[e..full_end];
        if !tail.is_empty() {
            publisher = doc
                .outlets
                .iter()
                .find(|o| o.start >= e && o.end <= full_end)
                .map(|o| o.value.name.clone())
                .or_else(|| {
                    let t = tail
                        .trim_start_matches([' ', '/', '|', '_', ':', '-', '\u{2014}'])
                        .trim();
                    (letter_words(t) <= 4 && !t.is_empty()).then(|| t.to_string())
                });
        }
    }
    // Banners and site lines before the first paragraph, chrome included.
    if publisher.is_none() {
        let limit = first_para.map(|p| p.0).unwrap_or(text.len());
        // (a header is a few lines: a page with no paragraph gets forty looked at)
        for line in doc
            .lines
            .iter()
            .filter(|l| l.end <= limit && l.start < l.end)
            .take(40)
        {
            let body = &text[line.start..line.end];
            let low = body.to_lowercase();
            if let Some(rest) = doc
                .kit
                .pack
                .site_banners
                .iter()
                .find_map(|w| low.strip_prefix(w))
            {
                publisher = Some(title_case(&body[body.len() - rest.len()..]));
                break;
            }
            if Some([line.start, line.end])
                == doc
                    .title
                    .map(|t| [t[0], title.map(|x| x.1).unwrap_or(t[1])])
            {
                continue;
            }
            if let Some(o) = Doc::within(&doc.outlets, line.start, line.end)
                .iter()
                .find(|o| o.end <= line.end)
            {
                if letter_words(body) <= 8 {
                    publisher = Some(o.value.name.clone());
                    break;
                }
            }
        }
    }
    if publisher.is_none() {
        publisher = credit.clone();
    }
    // A paragraph opened by the outlet's name: "/PanARMENIAN.Net/ ...",
    // "PanARMENIAN.Net - ...", also behind the page's time stamp
    // ("14 May 2020 - 17:56 AMT PanARMENIAN.Net - ...").
    if publisher.is_none() {
        for line in doc.lines.iter().filter(|l| !l.boiler).take(12) {
            let opens = |o: &&crate::find::gazetteer::Hit<'_, crate::extractor::Outlet>| {
                o.end <= line.end
                    && (o.start <= line.start + 2 || stamp_only(doc, line.start, o.start))
            };
            if let Some(o) = Doc::within(&doc.outlets, line.start, line.start + 64)
                .iter()
                .find(opens)
            {
                let after = text[o.end..line.end].trim_start();
                if after.starts_with('/') || after.starts_with('-') || after.starts_with(':') {
                    publisher = Some(o.value.name.clone());
                    break;
                }
            }
        }
    }
    // "... BelTA has learned", "BelTA learned from", "a BelTA correspondent
    // reports", "сообщает корреспондент БЕЛТА", "рассказал корреспонденту
    // БЕЛТА": an outlet speaks of itself.
    if publisher.is_none() {
        let pack = &doc.kit.pack;
        for o in &doc.outlets {
            let after = doc.n.lower[o.end..].trim_start();
            // The word before, any case ending: "корреспонденту БЕЛТА".
            let word_before = || {
                doc.n.lower[doc.back(o.start, 24)..o.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| pack.self_credit_before.iter().any(|s| w.starts_with(s)))
            };
            if pack.self_credit_after.iter().any(|s| after.starts_with(s)) || word_before() {
                publisher = Some(o.value.name.clone());
                break;
            }
        }
    }
    if publisher.is_none() {
        for line in &doc.lines {
            let body = &text[line.start..line.end];
            if let Some(rest) = body
                .strip_prefix("ISSUED BY THE ")
                .or_else(|| body.strip_prefix("Issued by the "))
            {
                publisher = Some(title_case(rest));
                break;
            }
        }
    }
    art.publisher = publisher;
    let mut agencies: Vec<String> = Vec::new();
    if let Some(c) = &credit {
        if doc
            .outlets
            .iter()
            .any(|o| &o.value.name == c && o.value.agency)
        {
            agencies.push(c.clone());
        }
    }
    for o in &doc.outlets {
        // (a picture's credit, "Photo - TASS, 1920", cites nobody)
        let on_content = doc.line_at(o.start).is_some_and(|li| {
            let line = doc.lines[li];
            !line.boiler && o.end <= line.end && !credit_line(doc, line.start, line.end)
        });
        let in_title_suffix = doc
            .title
            .map(|t| o.start >= t[1] && title.map(|x| o.end <= x.1).unwrap_or(false))
            .unwrap_or(false);
        if o.value.agency && on_content && !in_title_suffix && !agencies.contains(&o.value.name) {
            agencies.push(o.value.name.clone());
        }
    }
    // Sites credited as sources: "Как сообщает AZE.az", "пишет hayinfo.ru".
    for c in domains(&text) {
        let Some(g) = c.get_group(1) else { continue };
        let (start, end, name) = (g.start, g.end, &text[g.range()]);
        let Some(si) = doc.sent_at(start) else {
            continue;
        };
        let s = doc.sents[si];
        let lead = &text[doc.back(start, 30).max(s.start)..start];
        let credited = doc.has_cue(doc.back(start, 30).max(s.start), start, |k| {
            k == crate::extractor::Cue::Say
        }) || doc.has_cue(end, doc.ahead(end, 20).min(s.end), |k| {
            k == crate::extractor::Cue::Say
        });
        if credited
            && !lead.ends_with('/')
            && !agencies
                .iter()
                .take(64)
                .any(|a| a.eq_ignore_ascii_case(name))
            && agencies.len() < 64
        {
            agencies.push(name.to_string());
        }
    }
    art.agencies = agencies;
    if art.dateline.is_none() && doc.anchor.is_none() {
        // A year-less date is written --MM-DD; nothing else to anchor.
    }
}

fn orig_span_text(doc: &Doc<'_>, span: [usize; 2]) -> String {
    fold_ws(doc.orig.get(span[0]..span[1]).unwrap_or(""))
}

fn title_case(s: &str) -> String {
    const SMALL: &[&str] = &["of", "the", "and", "in", "for", "on", "at", "to"];
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let l = w.to_lowercase();
            if i > 0 && SMALL.contains(&l.as_str()) {
                l
            } else {
                let mut c = l.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A dateline found at the start of a line.
pub struct FoundDateline {
    /// English city name.
    pub city: String,
    /// Its country.
    pub country: String,
    /// Where the city is written.
    pub city_span: crate::record::Span,
    /// Its date mention.
    pub date: Option<DateMention>,
    /// The agency credited (`/TASS/`, `(Interfax)`).
    pub credit: Option<String>,
}

/// Recognise `CITY, May 26. /TASS/.`, `ASTANA -`, `KAZAN, Russia (Sputnik) -`,
/// `China News Agency, Astana, June 21.`, `9 октября, Минск /Корр. БЕЛТА/.`
pub fn dateline_at(doc: &Doc<'_>, start: usize, end: usize) -> Option<FoundDateline> {
    let text = &doc.n.text;
    let head_end = {
        let mut h = (start + 90).min(end);
        while !text.is_char_boundary(h) {
            h -= 1;
        }
        h
    };
    let mut pos = start;
    let mut credit: Option<String> = None;
    // Agency first: "China News Agency, Astana, ..."
    if let Some(o) = doc.outlets.iter().find(|o| o.start == start) {
        let after = text.get(o.end..head_end).unwrap_or("");
        if after.starts_with(", ") {
            credit = Some(o.value.name.clone());
            pos = o.end + 2;
        }
    }
    // Date first (Russian agencies): "9 октября, Минск"
    let mut date: Option<DateMention> = None;
    // (only a year-less date: a full date then a place is an event header,
    // "May 25, 2023, The Kremlin, Moscow", not an agency dateline)
    if let Some(d) = doc
        .dates
        .iter()
        .find(|d| d.start == pos && matches!(d.kind, DateKind::DayMonth { year: None, .. }))
    {
        let after = text.get(d.end..head_end).unwrap_or("");
        if after.starts_with(", ") {
            date = Some(*d);
            pos = d.end + 2;
        }
    }
    let city_hit = doc
        .places
        .iter()
        .find(|p| p.start == pos && p.value.city.is_some())?;
    let city_text = &text[city_hit.start..city_hit.end];
    let mut p = city_hit.end;
    let rest = text.get(p..head_end).unwrap_or("");
    // ", Russia" or " [India]" after the city.
    if let Some(c) = doc
        .places
        .iter()
        .find(|x| x.start == p + 2 && x.value.city.is_none() && !x.value.adj)
    {
        if rest.starts_with(", ") {
            p = c.end;
        } else if rest.starts_with(" [") && text[c.end..].starts_with(']') {
            p = c.end + 1;
        }
    }
    let rest = text.get(p..head_end).unwrap_or("");
    let delim = rest.starts_with(',')
        || rest.starts_with('.')
        || rest.starts_with(" -")
        || rest.starts_with(" (")
        || rest.starts_with(" /")
        // "NEW DELHI: ..." (an all-caps city, checked below)
        || rest.starts_with(": ");
    if !delim {
        return None;
    }
    // An ALL-CAPS city or a following date or credit makes it a dateline;
    // "Minsk, the capital, hosted" does not.
    let caps = city_text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    if date.is_none() {
        date = doc
            .dates
            .iter()
            .find(|d| d.start >= p && d.start <= p + 3)
            .copied();
    }
    if rest.starts_with(" (") {
        // "ASHGABAT (UrduPoint News / Sputnik - 11th October, 2019)": the
        // first outlet in the brackets published it.
        let close = text
            .get(p..head_end)
            .unwrap_or("")
            .find(')')
            .map(|i| p + i)
            .unwrap_or(head_end);
        if date.is_none() {
            date = doc
                .dates
                .iter()
                .find(|d| d.start > p && d.end <= close)
                .copied();
        }
        if credit.is_none() {
            credit = doc
                .outlets
                .iter()
                .find(|o| o.start > p && o.end <= close)
                .map(|o| o.value.name.clone());
        }
    }
    let search_end = date.map(|d| d.end).unwrap_or(p).max(p);
    let credit_hit = doc
        .outlets
        .iter()
        .find(|o| o.start >= search_end && o.start <= search_end + 12);
    if credit.is_none() {
        credit = credit_hit.map(|o| o.value.name.clone());
    }
    if !(caps || date.is_some() || credit.is_some()) || (rest.starts_with(':') && !caps) {
        return None;
    }
    Some(FoundDateline {
        city: city_hit.value.city.clone().unwrap_or_default(),
        country: city_hit.value.country.clone(),
        city_span: [city_hit.start, city_hit.end],
        date,
        credit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_is_split_whitespace_with_a_letter() {
        for s in [
            "",
            "  one two\tthree\n 2024 -- x1 ",
            "Встреча в Минске, 2024 год — «итоги»",
            "a\u{a0}b\u{2003}c \u{85}d 12:30 ::",
        ] {
            let want = s
                .split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_alphabetic()))
                .count();
            for cap in [0, 1, 2, 3, 100] {
                assert_eq!(letter_words_upto(s, cap), want.min(cap), "{s:?} {cap}");
            }
        }
    }

    #[test]
    fn domain_windows_find_what_the_whole_text_search_finds() {
        let plain = regex::Regex::new(&domain_pattern()).unwrap();
        for text in [
            "AZE.az сообщает, пишет hayinfo.ru. (Trend.az) and «news-am.info»",
            "x.ru a.ru ab.ru ab.rux ab.ru_ ab.ru- \"a-very-long-site-name-of-thirty.com\"",
            "abcdefghijklmnopqrstuvwxyzabcdefghij.org and abcdefghijklmnopqrstuvwxyzabcde.org",
            "site.com.ua kun.uz.",
        ] {
            let want: Vec<(usize, usize)> = plain
                .captures_iter(text)
                .map(|c| (c.get(1).unwrap().start(), c.get(1).unwrap().end()))
                .collect();
            let got: Vec<(usize, usize)> = domains(text)
                .iter()
                .map(|c| (c.get_group(1).unwrap().start, c.get_group(1).unwrap().end))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}

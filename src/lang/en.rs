//! English: month and weekday names and date patterns.

use regex::Regex;

use super::{Lang, Pack};

const MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("mon", 0),
    ("tue", 1),
    ("wed", 2),
    ("thu", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

/// Month names as a regex alternation (full names and abbreviations).
const M: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

/// The English pack.
pub fn pack() -> Pack {
    let ord = r"(?:st|nd|rd|th)?";
    let date_dm = format!(
        r"(?i)(?-u:\b)(?P<d1>[0-3]?\d){ord}(?:\s*(?:-|and|to|&)\s*(?P<d2>[0-3]?\d){ord})?(?:\s+of)?\s+(?P<m1>{M})(?:,?\s*(?P<y>(?:19|20)\d\d)(?-u:\b))?"
    );
    let date_md = format!(
        r"(?i)(?-u:\b)(?P<m1>{M})\s+(?P<d1>[0-3]?\d){ord}(?-u:\b)(?:\s*(?:-|and|to|&)\s*(?:(?P<m2>{M})\s+)?(?P<d2>[0-3]?\d){ord}(?-u:\b))?(?:,?\s*(?:in\s+)?(?P<y>(?:19|20)\d\d)(?-u:\b))?"
    );
    let date_my =
        format!(r"(?i)(?-u:\b)(?P<m1>{M})\s+(?:of\s+)?(?:in\s+)?(?P<y>(?:19|20)\d\d)(?-u:\b)");
    let re = |s: &str| Regex::new(s).expect("built-in English date pattern");
    Pack {
        lang: Lang::En,
        date_dm: re(&date_dm),
        date_md: Some(re(&date_md)),
        date_my: re(&date_my),
        weekday: re(
            r"(?-u:\b)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)",
        ),
        relative: re(
            r"(?i)(?-u:\b)(?:(?P<today>today|tonight|this morning|this afternoon|this evening)|(?P<tomorrow>tomorrow)|(?P<yesterday>yesterday)|on\s+the\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th)(?-u:\b)|(?P<thisyear>later this year|this year|in the (?:latter|second|first) half of the year|the latter half of the year|in the current year)|(?P<lastmonth>last month)|(?P<nextmonth>next month))",
        ),
        // Every weekday and relative pattern holds one of these, but for
        // "on the 20th", which holds a number (run near ordinals instead).
        trigger_words: &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "tonight",
            "this",
            "tomorrow",
            "yesterday",
            "year",
            "month",
        ],
        // Full names and abbreviations start so.
        month_words: &[
            "jan*", "feb*", "mar*", "apr*", "may*", "jun*", "jul*", "aug*", "sep*", "oct*", "nov*",
            "dec*",
        ],
        months: MONTHS,
        weekdays: WEEKDAYS,
        issuer_links: None,
        title_joins: &[" and on "],
        title_complements: &[
            "on",
            "of",
            "for",
            "regarding",
            "concerning",
            "between",
            "till",
            "until",
            "in",
            "with",
            "amending",
            "regulating",
            "governing",
            "focusing",
            "based",
            "establishing",
            "aimed",
            "approved",
            "adopted",
            "signed",
            "dedicated",
            "devoted",
            "to",
        ],
        conjunctions: &[" and "],
        // (matched as the words right before the action, so "not" covers
        // "did not", "has not", "were not")
        negations: &[
            "not",
            "never",
            "not yet",
            "failed to",
            "refused to",
            "didn't",
            "hasn't",
            "haven't",
            "wasn't",
            "weren't",
        ],
        bare_noun_refers_back: false,
        self_credit_after: &[
            "has learned",
            "learned",
            "has been told",
            "correspondent",
            "'s correspondent",
        ],
        self_credit_before: &[],
        caption_marks: &[
            "(photo:",
            "photo:",
            "(photo ",
            "photo credit",
            "photo -",
            "photo by ",
        ],
        byline_marks: &["by ", "written by ", "posted by ", "reporting by "],
        earlier_leads: &["Earlier", "Previously"],
        addressee_verbs: &[
            "told", "telling", "tells", "asked", "urged", "reminded", "assured", "warned",
        ],
    }
}

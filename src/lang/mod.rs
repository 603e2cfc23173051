//! Language packs: what differs between English and Russian, kept apart.
//!
//! Word lists that users may want to read or extend live in the data
//! tables (`data/en/cues.tsv`, `data/ru/cues.tsv`); what is grammar rather
//! than vocabulary (month and weekday names, date patterns, quotation
//! conventions) lives in `en.rs` and `ru.rs`.

pub mod en;
pub mod phrases;
pub mod ru;

use regex::Regex;

use phrases::{Named, Phrases};

/// A language the extractor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// The schema code (`"en"`, `"ru"`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Guess the language of `text` from its letters: Russian when
    /// Cyrillic letters outnumber Latin ones in the first 20,000 bytes.
    pub fn detect(text: &str) -> Lang {
        let mut cyr = 0usize;
        let mut lat = 0usize;
        let mut end = text.len().min(20_000);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        for c in text[..end].chars() {
            if c.is_ascii_alphabetic() {
                lat += 1;
            } else if ('\u{400}'..='\u{4ff}').contains(&c) {
                cyr += 1;
            }
        }
        if cyr > lat { Lang::Ru } else { Lang::En }
    }
}

/// Compiled, language-specific patterns.
#[derive(Debug)]
pub struct Pack {
    /// Which language.
    pub lang: Lang,
    /// Dates with a month name: captures `d1`, `d2` (range end), `m1`, `m2`, `y`.
    pub date_dm: Regex,
    /// Month name then day (English only): same captures.
    pub date_md: Option<Regex>,
    /// Month name and year: `m1`, `y`.
    pub date_my: Regex,
    /// Weekday names: `wd`.
    pub weekday: Regex,
    /// Relative words: `today`, `tomorrow`, `yesterday`, `dom` (day of month), `thisyear`, `lastmonth`, `nextmonth`.
    pub relative: Regex,
    /// Words that weekday and relative dates cannot do without, as phrase
    /// patterns (`word*` for any ending); those patterns are run only near
    /// them, which the lexicon scan finds with everything else.
    pub trigger_words: &'static [&'static str],
    /// Every month word the date patterns know, as phrase patterns
    /// (`date_dm`, `date_md`, `date_my` are run only near them).
    pub month_words: &'static [&'static str],
    /// Month names, lowercase prefixes, with their number.
    pub months: &'static [(&'static str, u32)],
    /// Weekday name prefixes (lowercase), Monday = 0.
    pub weekdays: &'static [(&'static str, u32)],
    /// Where a document's issuer follows its noun in the genitive
    /// ("Декларация Совета ..."): the lowercase words that lead to the
    /// issuer or join its body to its organisation ("совета ", "членов ").
    /// `None` where the issuer comes after a preposition ("Declaration of
    /// the Council"), which the title's complement already covers.
    pub issuer_links: Option<&'static [&'static str]>,
    /// Where one title names two documents of one kind joined by a
    /// conjunction and a repeated preposition ("решения об учреждении ... и
    /// о предоставлении ...", "decisions on ... and on ..."): the join,
    /// with the second title starting at the preposition.
    pub title_joins: &'static [&'static str],
    /// Words right after a document's noun that open its complement, the
    /// rest of its title ("on", "of"; "о", "по", and genitive heads such as
    /// "развития" in "концепция развития ...").
    pub title_complements: &'static [&'static str],
    /// Endings of a noun in the genitive that, right after a document's
    /// noun, opens its complement as [`Pack::title_complements`] do ("план
    /// консультаций", "программа сотрудничества"); empty where the
    /// complement opens with a preposition.
    pub genitive_endings: &'static [&'static str],
    /// The conjunction joining two list members (" and "): a document noun
    /// right after one starts a title of its own.
    pub conjunctions: &'static [&'static str],
    /// How a new member of a list opens after a comma ("the ", "a "): a
    /// document noun right after one heads a title of its own.
    pub list_item_leads: &'static [&'static str],
    /// Words right before a chair cue that make it a later chairmanship
    /// ("will chair", "will pass the chairmanship"): skipped.
    pub chair_future_before: &'static [&'static str],
    /// Phrases before a chair cue in its sentence that make it a later one
    /// (" will chair").
    pub chair_future_lead: &'static [&'static str],
    /// Phrases anywhere in a chair cue's sentence that put it in the future
    /// (" will ", "pass from"); such a cue counts only when it names the
    /// chair after it ([`Pack::chair_forward`]).
    pub chair_future_marks: &'static [&'static str],
    /// A handover of the chairmanship in the sentence ("passed to", "перешло
    /// к"): the country it names is the next chair, not this meeting's.
    pub chair_handover: &'static [&'static str],
    /// Parts of a chair cue after which the chair is named ("chaired by",
    /// "chairmanship of", "под председательством").
    pub chair_forward: &'static [&'static str],
    /// Whole chair cues after which the chair is named ("chairmanship").
    pub chair_forward_words: &'static [&'static str],
    /// Words right before a chair cue after which the chair is named ("under
    /// the presidency of").
    pub chair_forward_before: &'static [&'static str],
    /// Words right after a chair cue that make it an office ("the presidency
    /// of the republic").
    pub chair_office_after: &'static [&'static str],
    /// Words just before a council that make it the level of a meeting
    /// ("at the level of heads of government", "на уровне").
    pub level_marks: &'static [&'static str],
    /// Words before a meeting named as another one that make it a later
    /// one, so planned ("next", "upcoming", "следующ").
    pub later_marks: &'static [&'static str],
    /// Words right before a date that make it the start of a term ("from 1
    /// January", "с 1 января"), not a meeting day.
    pub term_starts: &'static [&'static str],
    /// Words for a capital ("capital", "столиц").
    pub capital_words: &'static [&'static str],
    /// Locative prepositions that, with a capital word, set a venue ("in
    /// Kazakhstan's capital").
    pub locatives: &'static [&'static str],
    /// Words right before a place that make it a venue (" in ", " at ",
    /// "в ", "во ").
    pub venue_before: &'static [&'static str],
    /// Words right after a place that make it a venue ("Astana hosted").
    pub venue_after: &'static [&'static str],
    /// A move between two places ("из Еревана в Москву"): words before the
    /// first and right after it; the first is not the venue.
    pub route_marks: &'static [(&'static str, &'static str)],
    /// Words right after a place name that make it part of a name ("Astana
    /// Declaration", "Dushanbe summit"), not a venue, unless a preposition
    /// sets it as one.
    pub place_name_heads: &'static [&'static str],
    /// Phrases that make a sentence's act a wish ("should be passed").
    pub modal_marks: &'static [&'static str],
    /// A document noun that is a verb when followed so ("the parties plan
    /// to discuss"): `(noun, what follows)`.
    pub noun_verbs: &'static [(&'static str, &'static str)],
    /// Determiners right before a bare document noun that point back to a
    /// document already named ("this decision", "the treaty").
    pub back_determiners: &'static [&'static str],
    /// Relative pronouns that open a clause about the noun before them
    /// (", which ", ", которая "): a status cue in that clause is the
    /// meeting's own.
    pub relatives: &'static [&'static str],
    /// Articles, with their space ("the ", "a "): none in Russian.
    pub articles: &'static [&'static str],
    /// Stems of group nouns ([`Pack::group_nouns`] in any form: "документ",
    /// "пакет", "package").
    pub group_stems: &'static [&'static str],
    /// Phrases after a group noun that name its members ("including", "в
    /// том числе"): the members are listed, not the group.
    pub member_marks: &'static [&'static str],
    /// Words right after a group noun that name its members ("endorsing").
    pub member_leads: &'static [&'static str],
    /// A modifier that makes a group the rest of a list ("and other
    /// documents").
    pub other_words: &'static [&'static str],
    /// Words before such a group that join it to the list ("and ", "as well
    /// as ").
    pub list_joins: &'static [&'static str],
    /// Words right after a document noun that make it the purpose of another
    /// ("decision to approve the Strategy").
    pub purpose_marks: &'static [&'static str],
    /// How a sentence listing a package's members opens ("In particular",
    /// "в частности").
    pub list_leads: &'static [&'static str],
    /// How a sentence that names the package's noun again opens, to list its
    /// members ("The draft documents deal with ...").
    pub list_back_leads: &'static [&'static str],
    /// Prepositions joining an office to the country it serves, the first
    /// the commonest ("Foreign Minister of Belarus", "envoy for", "ambassador
    /// to").
    pub office_country_preps: &'static [&'static str],
    /// The country stands right after the office, in the genitive, with no
    /// preposition ("премьер-министр Украины").
    pub country_in_genitive: bool,
    /// Words right before a country that make it a posting, not the country
    /// a person represents ("Ambassador to Lithuania", "посол России в Литве").
    pub posting_preps: &'static [&'static str],
    /// How a site's banner line names its publisher ("Official website of
    /// the President of Russia"), lowercase.
    pub site_banners: &'static [&'static str],
    /// Phrases that, where a complement would open, do not ("to be" after a
    /// title's noun).
    pub complement_not: &'static [&'static str],
    /// Words that, right before an action ("не подписала", "did not
    /// sign", "has not yet signed"), say it did not happen.
    pub negations: &'static [&'static str],
    /// The language has no articles, so a bare document noun opening a
    /// sentence ("Решение было принято ...") points back to one already
    /// named rather than naming a document.
    pub bare_noun_refers_back: bool,
    /// Marks of a picture's caption or credit ("(фото:", "photo:"): a
    /// header line holding one is a caption, not the headline.
    pub caption_marks: &'static [&'static str],
    /// Words that may follow a year in a printed date ("2024 года", "2024 г."),
    /// lowercase.
    pub year_words: &'static [&'static str],
    /// How a byline opens ("by ", "автор:"): a short header line that opens
    /// so names the writer, not the story.
    pub byline_marks: &'static [&'static str],
    /// An outlet speaking of itself, so that it published the text: words
    /// right after its name, lowercase ("BelTA has learned", "a BelTA
    /// correspondent").
    pub self_credit_after: &'static [&'static str],
    /// [`Pack::self_credit_after`] before the name: stems of the word right
    /// before it ("корреспондент БЕЛТА", "корреспонденту БЕЛТА").
    pub self_credit_before: &'static [&'static str],
    /// Words that open a sentence about an earlier occasion ("Earlier,
    /// Lavrov said ...", "Ранее ..."): whoever it names did not thereby
    /// take part in the meeting.
    pub earlier_leads: &'static [&'static str],
    /// Verbs whose object is the one spoken to ("Modi told Putin that
    /// '...'"): a person right after one is not the speaker.
    pub addressee_verbs: &'static [&'static str],
    /// Words that end a document title's modifier run to the left of its
    /// noun (articles, pronouns, prepositions, auxiliaries: "the", "its",
    /// "was"; "и", "в", "также").
    pub title_stops_left: &'static [&'static str],
    /// Phrases that end a title's complement to the right (a relative
    /// pronoun, an auxiliary, a new clause: " which ", " was ", " котор").
    pub title_stops_right: Phrases,
    /// Where a stop is part of a name and does not end the title
    /// ("государств - членов": "member states", dash and all).
    pub title_stop_exceptions: &'static [&'static str],
    /// Nouns for a group of documents ("documents", "decisions",
    /// "package"): a package, not a document.
    pub group_nouns: &'static [&'static str],
    /// Numerals that make a group a counted entry ("two documents", "три
    /// соглашения").
    pub number_words: &'static [&'static str],
    /// Words before a meeting mention that make it another meeting, later
    /// or earlier ("next ", "previous ", "предстоящ", "прошл").
    pub other_marks: Phrases,
    /// Phrases holding an [`Pack::other_marks`] word that do not
    /// ("following the summit" is after it, not the following one).
    pub other_mark_exceptions: &'static [&'static str],
    /// Words that put a mention before or after the reported events ("ahead
    /// of", "накануне"): it may be the same meeting, but it is not the one
    /// the sentence reports.
    pub before_marks: Phrases,
    /// Words right after a meeting noun that name the other side of a
    /// bilateral talk ("a meeting with Tokayev", "встреча с"): not the
    /// organisation's meeting.
    pub partner_marks: &'static [&'static str],
    /// What separates two clauses (" but ", "; ", " но "): a word that
    /// rules a person out acts only in the person's own clause.
    pub clause_breaks: Phrases,
    /// Words that introduce a name in quotation marks ("titled", "so-called",
    /// "под названием"): what follows is a name, not a quote.
    pub naming_words: &'static [&'static str],
    /// Pronouns and office words that stand for a person already named
    /// ("he", "minister"; "он", "министр").
    pub pronouns: &'static [&'static str],
    /// Institutions that speak ("foreign ministry", "мид"), lowercase, with
    /// their canonical name; the country is added from the words around them.
    pub institutions: Named,
}

impl Pack {
    /// The pack for `lang`.
    pub fn new(lang: Lang) -> Pack {
        match lang {
            Lang::En => en::pack(),
            Lang::Ru => ru::pack(),
        }
    }

    /// Month number of a month word (any case, any ending).
    pub fn month(&self, word: &str) -> Option<u32> {
        let w = word.to_lowercase();
        let w = w.trim_end_matches('.');
        self.months
            .iter()
            .filter(|(p, _)| w.starts_with(p))
            .max_by_key(|(p, _)| p.len())
            .map(|&(_, m)| m)
    }

    /// Whether `gap` (the words between an office and a country) holds the
    /// commonest office-to-country preposition ("Foreign Minister of ...").
    pub fn office_link_in(&self, gap: &str) -> bool {
        self.office_country_preps
            .first()
            .is_some_and(|p| gap.split_whitespace().any(|w| w == *p))
    }

    /// Weekday number (Monday = 0) of a weekday word.
    pub fn weekday_of(&self, word: &str) -> Option<u32> {
        let w = word.to_lowercase();
        self.weekdays
            .iter()
            .find(|(p, _)| w.starts_with(p))
            .map(|&(_, d)| d)
    }
}

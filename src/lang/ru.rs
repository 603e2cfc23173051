//! Russian: month and weekday names (all cases) and date patterns.

use regex::Regex;

use super::phrases::{Named, Phrases};
use super::{Lang, Pack};

const MONTHS: &[(&str, u32)] = &[
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("понедельник", 0),
    ("вторник", 1),
    ("сред", 2),
    ("четверг", 3),
    ("пятниц", 4),
    ("суббот", 5),
    ("воскресень", 6),
];

/// Month words in every case, and the agencies' abbreviations.
const M: &str = r"(?:январ[ьяюе]|феврал[ьяюе]|март[ауе]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|август[ауе]?|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе]|янв\.?|фев\.?|мар\.?|апр\.?|июн\.?|июл\.?|авг\.?|сент?\.?|окт\.?|нояб?\.?|дек\.?)";

/// The Russian pack.
pub fn pack() -> Pack {
    let date_dm = format!(
        r"(?i)(?:^|[^\w])(?P<d1>[0-3]?\d)(?:\s*(?:-|и|по)\s*(?P<d2>[0-3]?\d))?\s+(?P<m1>{M})(?:[^\w]|$)(?:\s*(?P<y>(?:19|20)\d\d)(?:\s*(?:года|году|год|г\.?))?)?"
    );
    let date_my = format!(
        r"(?i)(?:^|[^\w])(?:в\s+)?(?P<m1>{M})\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|году|г\.?))?"
    );
    let re = |s: &str| Regex::new(s).expect("built-in Russian date pattern");
    Pack {
        lang: Lang::Ru,
        date_dm: re(&date_dm),
        date_md: None,
        date_my: re(&date_my),
        weekday: re(
            r"(?i)(?:^|[^\w])(?:в|во)\s+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?:[^\w]|$)",
        ),
        relative: re(
            r"(?i)(?:^|[^\w])(?:(?P<today>сегодня|сегодняшн\w*)|(?P<tomorrow>завтра|завтрашн\w*)|(?P<yesterday>вчера|вчерашн\w*)|(?P<thisyear>в этом году|в текущем году|во второй половине года|до конца года|в конце года)|(?P<lastmonth>в прошлом месяце)|(?P<nextmonth>в следующем месяце))(?:[^\w]|$)",
        ),
        // Every weekday and relative pattern holds one of these.
        trigger_words: &[
            "сегодн*",
            "завтр*",
            "вчер*",
            "год*",
            "месяц*",
            "понедельник*",
            "вторник*",
            "сред*",
            "четверг*",
            "пятниц*",
            "суббот*",
            "воскресень*",
        ],
        // `ма*` would be met everywhere; May is `май`, `мая`, `маю`, `мае`.
        month_words: &[
            "янв*", "фев*", "мар*", "апр*", "май", "мая", "маю", "мае", "июн*", "июл*", "авг*",
            "сен*", "окт*", "ноя*", "дек*",
        ],
        months: MONTHS,
        weekdays: WEEKDAYS,
        // "Совета глав государств – членов ШОС", "участников СНГ".
        issuer_links: Some(&["совета ", "членов ", "участников ", "государств-членов "]),
        title_joins: &[" и о ", " и об "],
        title_complements: &[
            "о",
            "об",
            "по",
            "между",
            "на",
            "в",
            // genitive heads, no preposition: "концепция развития ...",
            // "план мероприятий ..."
            "развития",
            "сотрудничества",
            "мероприятий",
            "действий",
            "взаимодействия",
            "деятельности",
            "реализации",
            "создания",
            "совершенствования",
            "укрепления",
            "обеспечения",
            "углубления",
            "борьбы",
            "противодействия",
        ],
        genitive_endings: &[
            "ния", "тия", "вия", "ций", "ний", "тий", "ства", "ости", "ации",
        ],
        conjunctions: &[" и "],
        // ("не" covers "не подписала"; "не был подписан" needs the auxiliary)
        list_item_leads: &[],
        chair_future_before: &["будет ", "будут ", "станет "],
        chair_future_lead: &[],
        chair_future_marks: &[" будет ", " перейдет ", " перейдёт ", " передаст "],
        chair_forward: &["под"],
        chair_forward_words: &[],
        chair_forward_before: &[],
        chair_office_after: &[],
        level_marks: &["уровне"],
        later_marks: &["следующ", "предстоящ"],
        term_starts: &["с "],
        capital_words: &["столиц"],
        locatives: &["в "],
        venue_before: &["в ", "во ", " из "],
        venue_after: &[" примет", " принимает", " принял", " принимал"],
        route_marks: &[(" из ", " в ")],
        place_name_heads: &[],
        modal_marks: &[],
        noun_verbs: &[],
        back_determiners: &[],
        group_stems: &["документ", "пакет"],
        member_marks: &["в том числе"],
        member_leads: &[],
        other_words: &[],
        list_joins: &[],
        purpose_marks: &[],
        list_leads: &["в частности", "среди них"],
        list_back_leads: &[],
        negations: &["не", "не был", "не была", "не были", "не было"],
        bare_noun_refers_back: true,
        self_credit_after: &[],
        self_credit_before: &["корреспондент"],
        caption_marks: &["(фото:", "фото:", "(фото ", "фото -", "фото —"],
        byline_marks: &["автор:", "автор ", "текст:"],
        earlier_leads: &["Ранее", "Прежде"],
        // (the verb comes before its subject too: "как заявил Путин, ...")
        addressee_verbs: &[],
        title_stops_left: &[
            "и",
            "в",
            "на",
            "о",
            "об",
            "по",
            "с",
            "со",
            "к",
            "а",
            "также",
            "был",
            "была",
            "были",
            "будут",
            "будет",
            "числе",
            "том",
        ],
        title_stops_right: Phrases::new(&[&[
            "; ",
            " - ",
            " котор",
            " была ",
            " были ",
            " будет ",
            " будут ",
            " в ходе ",
            " а также ",
        ]]),
        group_nouns: &[],
        number_words: &["два", "две", "три", "четыре", "пять", "несколько", "ряд"],
        // (not the stem "прошл": "прошло", "прошла" is the verb "took place")
        other_marks: Phrases::new(&[&[
            "предстоящ",
            "следующ",
            "предыдущ",
            "прошлого ",
            "прошлой ",
            "прошлом ",
            "прошлый ",
            "прошлым ",
            "прошлую ",
            "прошлая ",
            "прошлые ",
            "прошлых ",
        ]]),
        other_mark_exceptions: &[],
        before_marks: Phrases::new(&[&["накануне"]]),
        partner_marks: &[" с "],
        clause_breaks: Phrases::new(&[&["; ", " а ", " но "]]),
        naming_words: &[
            "названием",
            "названии",
            "лозунгом",
            "девизом",
            "программы",
            "программа",
            "проекта",
            "проект",
            "так",
            "называемый",
            "называемой",
        ],
        pronouns: &[
            "он",
            "она",
            "его",
            "ее",
            "министр",
            "глава",
            "президент",
            "премьер",
            "лидер",
            "политик",
            "дипломат",
        ],
        institutions: Named::new(&[
            ("пресс-служба президента", "Kremlin press service"),
            ("пресс-службе президента", "Kremlin press service"),
            ("мид", "Foreign Ministry"),
            ("минобороны", "Defence Ministry"),
            ("министерства обороны", "Defence Ministry"),
            ("министерство обороны", "Defence Ministry"),
            ("военного ведомства", "Defence Ministry"),
            ("военном ведомстве", "Defence Ministry"),
            ("пресс-служб", "press service"),
            ("кремл", "Kremlin"),
        ]),
    }
}

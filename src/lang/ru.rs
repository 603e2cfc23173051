//! Russian: month and weekday names (all cases) and date patterns.

use regex::Regex;

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
        conjunctions: &[" и "],
        // ("не" covers "не подписала"; "не был подписан" needs the auxiliary)
        negations: &["не", "не был", "не была", "не были", "не было"],
        bare_noun_refers_back: true,
        self_credit_after: &[],
        self_credit_before: &["корреспондент"],
        caption_marks: &["(фото:", "фото:", "(фото ", "фото -", "фото —"],
        byline_marks: &["автор:", "автор ", "текст:"],
        earlier_leads: &["Ранее", "Прежде"],
        // (the verb comes before its subject too: "как заявил Путин, ...")
        addressee_verbs: &[],
    }
}

//! Serialise: records as five tidy Arrow tables (the bulk path).
//!
//! The same tables, columns and codes as `summitry.tables` in Python:
//! `articles`, `meetings`, `participants`, `documents` and `quotes`, linked
//! by `article` (the input's position, plus a caller's offset) and `meeting`
//! (its position in the article). Lists are joined into one string
//! (`bodies` with `+`, `agencies` and `topics` with `; `); closed codes are
//! dictionary-encoded (pandas categories); complete dates get a
//! `*_parsed` timestamp column beside the ISO string.
//!
//! Built in Rust from the records, so a batch becomes columns without one
//! Python object per record; [`Tables::to_ipc`] writes an Arrow IPC stream
//! that pyarrow reads without copying.

use std::sync::Arc;

use arrow_array::builder::{
    Int64Builder, StringBuilder, StringDictionaryBuilder, TimestampSecondBuilder,
};
use arrow_array::types::Int32Type;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{Field, Schema};
use chrono::NaiveDate;

use crate::error::{Error, ErrorKind};
use crate::record::{Article, Format};

/// One column under construction.
enum Col {
    /// Free text.
    Str(StringBuilder),
    /// A closed code or short name (dictionary-encoded).
    Cat(StringDictionaryBuilder<Int32Type>),
    /// A count or an index.
    Int(Int64Builder),
    /// A complete date, parsed.
    Time(TimestampSecondBuilder),
}

/// One cell.
enum V<'a> {
    S(Option<&'a str>),
    C(Option<&'a str>),
    I(i64),
    T(Option<&'a str>),
}

impl Col {
    fn of(v: &V<'_>) -> Col {
        match v {
            V::S(_) => Col::Str(StringBuilder::new()),
            V::C(_) => Col::Cat(StringDictionaryBuilder::new()),
            V::I(_) => Col::Int(Int64Builder::new()),
            V::T(_) => Col::Time(TimestampSecondBuilder::new()),
        }
    }

    fn push(&mut self, v: V<'_>) {
        match (self, v) {
            (Col::Str(b), V::S(s)) => b.append_option(s),
            (Col::Cat(b), V::C(s)) => match s {
                Some(s) => {
                    b.append_value(s);
                }
                None => b.append_null(),
            },
            (Col::Int(b), V::I(i)) => b.append_value(i),
            (Col::Time(b), V::T(s)) => b.append_option(s.and_then(seconds)),
            // Every row of a table is written by one function, so the kinds
            // of its cells never change.
            _ => unreachable!("a table's column kinds are fixed"),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Col::Str(b) => Arc::new(b.finish()),
            Col::Cat(b) => Arc::new(b.finish()),
            Col::Int(b) => Arc::new(b.finish()),
            Col::Time(b) => Arc::new(b.finish()),
        }
    }
}

/// Seconds since 1970 of a string that starts with a complete `YYYY-MM-DD`.
fn seconds(s: &str) -> Option<i64> {
    let d = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

/// One table under construction.
struct Table {
    names: &'static [&'static str],
    cols: Vec<Col>,
}

impl Table {
    fn new(names: &'static [&'static str]) -> Table {
        Table {
            names,
            cols: Vec::new(),
        }
    }

    fn row(&mut self, cells: Vec<V<'_>>) {
        debug_assert_eq!(cells.len(), self.names.len());
        if self.cols.is_empty() {
            self.cols = cells.iter().map(Col::of).collect();
        }
        for (c, v) in self.cols.iter_mut().zip(cells) {
            c.push(v);
        }
    }

    fn finish(&mut self, empty_kinds: fn() -> Vec<V<'static>>) -> Result<RecordBatch, Error> {
        if self.cols.is_empty() {
            // No rows: the column kinds still come from the row writer.
            self.cols = empty_kinds().iter().map(Col::of).collect();
        }
        let arrays: Vec<ArrayRef> = self.cols.iter_mut().map(Col::finish).collect();
        let fields: Vec<Field> = self
            .names
            .iter()
            .zip(&arrays)
            .map(|(n, a)| Field::new(*n, a.data_type().clone(), true))
            .collect();
        RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
            .map_err(|e| Error::new(ErrorKind::Internal, format!("arrow table: {e}")))
    }
}

const ARTICLES: &[&str] = &[
    "article",
    "lang",
    "title",
    "published",
    "dateline_city",
    "dateline_date",
    "publisher",
    "agencies",
    "n_meetings",
    "n_quotes",
    "error",
    "published_parsed",
];
const MEETINGS: &[&str] = &[
    "article",
    "meeting",
    "role",
    "organization",
    "bodies",
    "body_text",
    "date",
    "end_date",
    "city",
    "country",
    "format",
    "status",
    "chair",
    "topics",
    "date_parsed",
    "end_date_parsed",
];
const PARTICIPANTS: &[&str] = &[
    "article",
    "meeting",
    "name",
    "role",
    "country",
    "organization",
    "start",
    "end",
];
const DOCUMENTS: &[&str] = &[
    "article", "meeting", "title", "kind", "action", "start", "end",
];
const QUOTES: &[&str] = &["article", "speaker", "text", "start", "end"];

/// The five tables of a batch, filled one article at a time.
pub struct Tables {
    articles: Table,
    meetings: Table,
    participants: Table,
    documents: Table,
    quotes: Table,
}

impl Default for Tables {
    fn default() -> Self {
        Tables::new()
    }
}

/// One article's row (`error` for an input that failed).
fn article_row<'a>(
    i: i64,
    a: Option<&'a Article>,
    agencies: Option<&'a str>,
    error: Option<&'a str>,
) -> Vec<V<'a>> {
    let dl = a.and_then(|a| a.dateline.as_ref());
    let published = a.and_then(|a| a.published.as_deref());
    vec![
        V::I(i),
        V::C(a.map(|a| a.lang.as_str())),
        V::S(a.and_then(|a| a.title.as_deref())),
        V::S(published),
        V::C(dl.and_then(|d| d.city.as_deref())),
        V::S(dl.and_then(|d| d.date.as_deref())),
        V::C(a.and_then(|a| a.publisher.as_deref())),
        V::S(agencies),
        V::I(a.map_or(0, |a| a.meetings.len() as i64)),
        V::I(a.map_or(0, |a| a.quotes.len() as i64)),
        V::S(error),
        V::T(published),
    ]
}

fn meeting_kinds() -> Vec<V<'static>> {
    let mut v = vec![V::I(0), V::I(0)];
    v.extend([V::C(None), V::C(None), V::C(None), V::S(None)]);
    v.extend([V::S(None), V::S(None), V::C(None), V::C(None)]);
    v.extend([V::C(None), V::C(None), V::C(None), V::S(None)]);
    v.extend([V::T(None), V::T(None)]);
    v
}

impl Tables {
    /// Empty tables.
    pub fn new() -> Tables {
        Tables {
            articles: Table::new(ARTICLES),
            meetings: Table::new(MEETINGS),
            participants: Table::new(PARTICIPANTS),
            documents: Table::new(DOCUMENTS),
            quotes: Table::new(QUOTES),
        }
    }

    /// Add article number `i` (its record, or the error that took its place).
    pub fn push(&mut self, i: i64, result: Result<&Article, &str>) {
        let a = match result {
            Ok(a) => a,
            Err(e) => {
                self.articles.row(article_row(i, None, None, Some(e)));
                return;
            }
        };
        let agencies = a.agencies.join("; ");
        self.articles
            .row(article_row(i, Some(a), Some(&agencies), None));
        for (mi, m) in a.meetings.iter().enumerate() {
            let mi = mi as i64;
            let bodies = m.bodies.join("+");
            let topics = m.topics.join("; ");
            self.meetings.row(vec![
                V::I(i),
                V::I(mi),
                V::C(Some(m.role.code())),
                V::C(m.organization.as_deref()),
                V::C(Some(&bodies)),
                V::S(m.body_text.as_deref()),
                V::S(m.date.as_deref()),
                V::S(m.end_date.as_deref()),
                V::C(m.city.as_deref()),
                V::C(m.country.as_deref()),
                V::C(m.format.map(Format::code)),
                V::C(Some(m.status.code())),
                V::C(m.chair.as_deref()),
                V::S(Some(&topics)),
                V::T(m.date.as_deref()),
                V::T(m.end_date.as_deref()),
            ]);
            for p in &m.participants {
                self.participants.row(vec![
                    V::I(i),
                    V::I(mi),
                    V::C(Some(&p.name)),
                    V::C(p.role.as_deref()),
                    V::C(p.country.as_deref()),
                    V::C(p.organization.as_deref()),
                    V::I(p.span[0] as i64),
                    V::I(p.span[1] as i64),
                ]);
            }
            for d in &m.documents {
                self.documents.row(vec![
                    V::I(i),
                    V::I(mi),
                    V::S(Some(&d.title)),
                    V::C(Some(&d.kind)),
                    V::C(Some(&d.action)),
                    V::I(d.span[0] as i64),
                    V::I(d.span[1] as i64),
                ]);
            }
        }
        for q in &a.quotes {
            self.quotes.row(vec![
                V::I(i),
                V::C(q.speaker.as_deref()),
                V::S(Some(&q.text)),
                V::I(q.span[0] as i64),
                V::I(q.span[1] as i64),
            ]);
        }
    }

    /// The finished tables, by name, in schema order.
    pub fn finish(mut self) -> Result<Vec<(&'static str, RecordBatch)>, Error> {
        Ok(vec![
            (
                "articles",
                self.articles.finish(|| article_row(0, None, None, None))?,
            ),
            ("meetings", self.meetings.finish(meeting_kinds)?),
            (
                "participants",
                self.participants.finish(|| {
                    let mut v = vec![V::I(0), V::I(0)];
                    v.extend([V::C(None), V::C(None), V::C(None), V::C(None)]);
                    v.extend([V::I(0), V::I(0)]);
                    v
                })?,
            ),
            (
                "documents",
                self.documents.finish(|| {
                    let mut v = vec![V::I(0), V::I(0), V::S(None), V::C(None), V::C(None)];
                    v.extend([V::I(0), V::I(0)]);
                    v
                })?,
            ),
            (
                "quotes",
                self.quotes
                    .finish(|| vec![V::I(0), V::C(None), V::S(None), V::I(0), V::I(0)])?,
            ),
        ])
    }

    /// One table as an Arrow IPC stream.
    pub fn to_ipc(batch: &RecordBatch) -> Result<Vec<u8>, Error> {
        let err = |e: arrow_schema::ArrowError| {
            Error::new(ErrorKind::Internal, format!("arrow stream: {e}"))
        };
        let mut w =
            arrow_ipc::writer::StreamWriter::try_new(Vec::new(), &batch.schema()).map_err(err)?;
        w.write(batch).map_err(err)?;
        w.finish().map_err(err)?;
        w.into_inner().map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_tables_with_their_columns() {
        let ex = crate::Extractor::new().unwrap();
        let a = ex
            .extract(
                "MINSK, June 20. The CSTO Council of Foreign Ministers met in Minsk. \
                 The ministers adopted a joint statement.",
                None,
            )
            .unwrap();
        let mut t = Tables::new();
        t.push(7, Ok(&a));
        t.push(8, Err("bad input"));
        let out = t.finish().unwrap();
        let names: Vec<&str> = out.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "articles",
                "meetings",
                "participants",
                "documents",
                "quotes"
            ]
        );
        let (_, arts) = &out[0];
        assert_eq!(arts.num_rows(), 2);
        assert_eq!(arts.num_columns(), ARTICLES.len());
        let (_, meetings) = &out[1];
        assert_eq!(meetings.num_rows(), a.meetings.len());
        assert_eq!(meetings.num_columns(), MEETINGS.len());
        // Empty tables keep their columns.
        let (_, quotes) = &out[4];
        assert_eq!(quotes.num_rows(), 0);
        assert_eq!(quotes.num_columns(), QUOTES.len());
        assert!(!Tables::to_ipc(meetings).unwrap().is_empty());
    }

    #[test]
    fn complete_dates_are_parsed() {
        assert_eq!(seconds("1970-01-02"), Some(86_400));
        assert_eq!(seconds("2014-12-22T19:08+03:00"), seconds("2014-12-22"));
        assert_eq!(seconds("--06-20"), None);
        assert_eq!(seconds("2014-12"), None);
    }
}

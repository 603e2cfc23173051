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

/// What a column holds.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// Free text.
    Str,
    /// A closed code or short name (dictionary-encoded: pandas categories).
    Cat,
    /// A count, an index or an offset.
    Int,
    /// A complete date, parsed from the ISO string given.
    Time,
}

/// One column under construction.
enum Col {
    Str(StringBuilder),
    Cat(StringDictionaryBuilder<Int32Type>),
    Int(Int64Builder),
    Time(TimestampSecondBuilder),
}

/// One cell: text (its column's kind says how it is stored) or a number.
enum V<'a> {
    T(Option<&'a str>),
    I(i64),
}

impl Col {
    fn new(kind: Kind) -> Col {
        match kind {
            Kind::Str => Col::Str(StringBuilder::new()),
            Kind::Cat => Col::Cat(StringDictionaryBuilder::new()),
            Kind::Int => Col::Int(Int64Builder::new()),
            Kind::Time => Col::Time(TimestampSecondBuilder::new()),
        }
    }

    fn push(&mut self, v: V<'_>) {
        match (self, v) {
            (Col::Str(b), V::T(s)) => b.append_option(s),
            (Col::Cat(b), V::T(Some(s))) => {
                b.append_value(s);
            }
            (Col::Cat(b), V::T(None)) => b.append_null(),
            (Col::Time(b), V::T(s)) => b.append_option(s.and_then(seconds)),
            (Col::Int(b), V::I(i)) => b.append_value(i),
            // The column lists below and the rows in `Tables::push` are
            // written side by side (tests/test_tables.py fills every table).
            _ => unreachable!("a cell of the wrong kind for its column"),
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
    columns: &'static [(&'static str, Kind)],
    cols: Vec<Col>,
}

impl Table {
    fn new(columns: &'static [(&'static str, Kind)]) -> Table {
        Table {
            columns,
            cols: columns.iter().map(|&(_, k)| Col::new(k)).collect(),
        }
    }

    fn row(&mut self, cells: Vec<V<'_>>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        for (c, v) in self.cols.iter_mut().zip(cells) {
            c.push(v);
        }
    }

    fn finish(&mut self) -> Result<RecordBatch, Error> {
        let arrays: Vec<ArrayRef> = self.cols.iter_mut().map(Col::finish).collect();
        let fields: Vec<Field> = self
            .columns
            .iter()
            .zip(&arrays)
            .map(|((n, _), a)| Field::new(*n, a.data_type().clone(), true))
            .collect();
        RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
            .map_err(|e| Error::new(ErrorKind::Internal, format!("arrow table: {e}")))
    }
}

use Kind::{Cat, Int, Str, Time};

const ARTICLES: &[(&str, Kind)] = &[
    ("article", Int),
    ("lang", Cat),
    ("title", Str),
    ("published", Str),
    ("dateline_city", Cat),
    ("dateline_date", Str),
    ("publisher", Cat),
    ("agencies", Str),
    ("n_meetings", Int),
    ("n_quotes", Int),
    ("error", Str),
    ("published_parsed", Time),
];
const MEETINGS: &[(&str, Kind)] = &[
    ("article", Int),
    ("meeting", Int),
    ("role", Cat),
    ("organization", Cat),
    ("bodies", Cat),
    ("body_text", Str),
    ("date", Str),
    ("end_date", Str),
    ("city", Cat),
    ("country", Cat),
    ("format", Cat),
    ("status", Cat),
    ("chair", Cat),
    ("topics", Str),
    ("date_parsed", Time),
    ("end_date_parsed", Time),
];
const PARTICIPANTS: &[(&str, Kind)] = &[
    ("article", Int),
    ("meeting", Int),
    ("name", Cat),
    ("role", Cat),
    ("country", Cat),
    ("organization", Cat),
    ("start", Int),
    ("end", Int),
];
const DOCUMENTS: &[(&str, Kind)] = &[
    ("article", Int),
    ("meeting", Int),
    ("title", Str),
    ("kind", Cat),
    ("action", Cat),
    ("start", Int),
    ("end", Int),
];
const QUOTES: &[(&str, Kind)] = &[
    ("article", Int),
    ("speaker", Cat),
    ("text", Str),
    ("start", Int),
    ("end", Int),
];

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
                let mut row = vec![V::I(i)];
                row.extend((0..7).map(|_| V::T(None)));
                row.extend([V::I(0), V::I(0), V::T(Some(e)), V::T(None)]);
                self.articles.row(row);
                return;
            }
        };
        let dl = a.dateline.as_ref();
        let agencies = a.agencies.join("; ");
        self.articles.row(vec![
            V::I(i),
            V::T(Some(&a.lang)),
            V::T(a.title.as_deref()),
            V::T(a.published.as_deref()),
            V::T(dl.and_then(|d| d.city.as_deref())),
            V::T(dl.and_then(|d| d.date.as_deref())),
            V::T(a.publisher.as_deref()),
            V::T(Some(&agencies)),
            V::I(a.meetings.len() as i64),
            V::I(a.quotes.len() as i64),
            V::T(None),
            V::T(a.published.as_deref()),
        ]);
        for (mi, m) in a.meetings.iter().enumerate() {
            let mi = mi as i64;
            let bodies = m.bodies.join("+");
            let topics = m.topics.join("; ");
            self.meetings.row(vec![
                V::I(i),
                V::I(mi),
                V::T(Some(m.role.code())),
                V::T(m.organization.as_deref()),
                V::T(Some(&bodies)),
                V::T(m.body_text.as_deref()),
                V::T(m.date.as_deref()),
                V::T(m.end_date.as_deref()),
                V::T(m.city.as_deref()),
                V::T(m.country.as_deref()),
                V::T(m.format.map(Format::code)),
                V::T(Some(m.status.code())),
                V::T(m.chair.as_deref()),
                V::T(Some(&topics)),
                V::T(m.date.as_deref()),
                V::T(m.end_date.as_deref()),
            ]);
            for p in &m.participants {
                self.participants.row(vec![
                    V::I(i),
                    V::I(mi),
                    V::T(Some(&p.name)),
                    V::T(p.role.as_deref()),
                    V::T(p.country.as_deref()),
                    V::T(p.organization.as_deref()),
                    V::I(p.span[0] as i64),
                    V::I(p.span[1] as i64),
                ]);
            }
            for d in &m.documents {
                self.documents.row(vec![
                    V::I(i),
                    V::I(mi),
                    V::T(Some(&d.title)),
                    V::T(Some(&d.kind)),
                    V::T(Some(&d.action)),
                    V::I(d.span[0] as i64),
                    V::I(d.span[1] as i64),
                ]);
            }
        }
        for q in &a.quotes {
            self.quotes.row(vec![
                V::I(i),
                V::T(q.speaker.as_deref()),
                V::T(Some(&q.text)),
                V::I(q.span[0] as i64),
                V::I(q.span[1] as i64),
            ]);
        }
    }

    /// The finished tables, by name, in schema order.
    pub fn finish(mut self) -> Result<Vec<(&'static str, RecordBatch)>, Error> {
        Ok(vec![
            ("articles", self.articles.finish()?),
            ("meetings", self.meetings.finish()?),
            ("participants", self.participants.finish()?),
            ("documents", self.documents.finish()?),
            ("quotes", self.quotes.finish()?),
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

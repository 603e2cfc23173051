//! Knowledge as data: the tables compiled into the binary, and the one
//! place that parses and validates them.
//!
//! Every table is a tab-separated file with `#` comments; the columns are
//! listed in each file's header comment and in [`TABLES`]. Rows are sorted
//! and unique (a test checks it), so a diff of a data change is easy to
//! read. Users add rows at run time in the same format
//! ([`Knowledge::add_table`]).

use crate::error::{Error, ErrorKind};

/// `(table name, column names, built-in text)` for every table.
pub const TABLES: &[(&str, &[&str], &str)] = &[
    ("orgs", &["code", "lang", "form"], include_str!("orgs.tsv")),
    (
        "bodies",
        &["org", "bodies", "lang", "form"],
        include_str!("bodies.tsv"),
    ),
    (
        "countries",
        &["country", "lang", "kind", "form"],
        include_str!("countries.tsv"),
    ),
    (
        "cities",
        &["city", "country", "capital", "lang", "form"],
        include_str!("cities.tsv"),
    ),
    (
        "outlets",
        &["name", "kind", "lang", "form"],
        include_str!("outlets.tsv"),
    ),
    (
        "people",
        &["name", "affiliation", "role", "from", "to", "forms?"],
        include_str!("people.tsv"),
    ),
    (
        "roles",
        &["role", "lang", "form"],
        include_str!("roles.tsv"),
    ),
    (
        "topics",
        &["topic", "lang", "form"],
        include_str!("topics.tsv"),
    ),
    (
        "documents",
        &["kind", "lang", "form"],
        include_str!("documents.tsv"),
    ),
    ("cues_en", &["kind", "form"], include_str!("en/cues.tsv")),
    ("cues_ru", &["kind", "form"], include_str!("ru/cues.tsv")),
];

/// One parsed row: its cells, in column order.
pub type Row = Vec<String>;

/// All tables, parsed.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    tables: Vec<(String, Vec<Row>)>,
}

/// Parse a table's text into rows, checking the column count.
///
/// Trailing columns whose name ends in `?` may be left out of a row.
pub fn parse_table(name: &str, text: &str, columns: &[&str]) -> Result<Vec<Row>, Error> {
    let optional = columns
        .iter()
        .rev()
        .take_while(|c| c.ends_with('?'))
        .count();
    let columns = columns.len();
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
        if cells.len() < columns && cells.len() + optional >= columns {
            cells.resize(columns, String::new());
        }
        if cells.len() != columns {
            return Err(Error::new(
                ErrorKind::Data,
                format!(
                    "table {name}, line {}: {} columns, expected {columns}: {line:?}",
                    i + 1,
                    cells.len()
                ),
            ));
        }
        if cells[0].is_empty() {
            return Err(Error::new(
                ErrorKind::Data,
                format!("table {name}, line {}: empty first column", i + 1),
            ));
        }
        rows.push(cells);
    }
    Ok(rows)
}

impl Knowledge {
    /// The built-in tables.
    pub fn builtin() -> Result<Knowledge, Error> {
        let mut k = Knowledge::default();
        for (name, cols, text) in TABLES {
            k.tables
                .push((name.to_string(), parse_table(name, text, cols)?));
        }
        Ok(k)
    }

    /// Add rows to table `name` (same format as the built-in file).
    pub fn add_table(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let Some((_, cols, _)) = TABLES.iter().find(|(n, _, _)| *n == name) else {
            let known: Vec<&str> = TABLES.iter().map(|t| t.0).collect();
            return Err(Error::new(
                ErrorKind::Data,
                format!("unknown table {name:?}; known tables: {}", known.join(", ")),
            ));
        };
        let rows = parse_table(name, text, cols)?;
        if let Some((_, t)) = self.tables.iter_mut().find(|(n, _)| n == name) {
            t.extend(rows);
        }
        Ok(())
    }

    /// The rows of table `name`.
    pub fn rows(&self, name: &str) -> &[Row] {
        self.tables
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| r.as_slice())
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_tables_parse() {
        let k = Knowledge::builtin().unwrap();
        for (name, _, _) in TABLES {
            assert!(!k.rows(name).is_empty(), "table {name} is empty");
        }
    }

    #[test]
    fn builtin_tables_sorted_and_unique() {
        for (name, _, text) in TABLES {
            let lines: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .collect();
            for w in lines.windows(2) {
                assert!(
                    w[0] < w[1],
                    "table {name}: not sorted or duplicate: {:?} then {:?}",
                    w[0],
                    w[1]
                );
            }
        }
    }

    #[test]
    fn code_columns_use_closed_lists() {
        use crate::check::{BODIES, KINDS, TOPICS};
        let k = Knowledge::builtin().unwrap();
        for r in k.rows("bodies") {
            for b in r[1].split(',') {
                assert!(BODIES.contains(&b), "bodies: unknown body {b}");
            }
        }
        for r in k.rows("topics") {
            assert!(
                TOPICS.contains(&r[0].as_str()),
                "topics: unknown topic {}",
                r[0]
            );
        }
        for r in k.rows("documents") {
            assert!(
                KINDS.contains(&r[0].as_str()),
                "documents: unknown kind {}",
                r[0]
            );
        }
        for (t, cols, _) in TABLES {
            let Some(li) = cols.iter().position(|c| *c == "lang") else {
                continue;
            };
            for r in k.rows(t) {
                let lang = &r[li];
                assert!(
                    lang == "en" || lang == "ru" || lang == "*",
                    "{t}: bad lang {lang} in {r:?}"
                );
            }
        }
        for r in k.rows("people") {
            for d in [&r[3], &r[4]] {
                assert!(
                    d.is_empty() || (d.len() == 10 && d.as_bytes()[4] == b'-'),
                    "people: bad date {d} in {r:?}"
                );
            }
        }
    }

    #[test]
    fn user_rows_are_added_and_checked() {
        let mut k = Knowledge::builtin().unwrap();
        let before = k.rows("orgs").len();
        k.add_table(
            "orgs",
            "# mine\nTURKIC\ten\tOrganization of Turkic States\n",
        )
        .unwrap();
        assert_eq!(k.rows("orgs").len(), before + 1);
        assert!(k.add_table("orgs", "TURKIC\ten\n").is_err());
        assert!(k.add_table("nope", "").is_err());
    }
}

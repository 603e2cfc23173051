//! Records to Python dicts: the one conversion site.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::record::{Article, Format, Meeting};

fn span<'py>(py: Python<'py>, s: &[usize; 2]) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, s.iter())
}

fn meeting<'py>(py: Python<'py>, m: &Meeting) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("role", m.role.code())?;
    d.set_item("organization", &m.organization)?;
    d.set_item("bodies", PyList::new(py, &m.bodies)?)?;
    d.set_item("body_text", &m.body_text)?;
    d.set_item("date", &m.date)?;
    d.set_item("end_date", &m.end_date)?;
    d.set_item("city", &m.city)?;
    d.set_item("country", &m.country)?;
    d.set_item("format", m.format.map(Format::code))?;
    d.set_item("status", m.status.code())?;
    d.set_item("chair", &m.chair)?;
    let ps = PyList::empty(py);
    for p in &m.participants {
        let x = PyDict::new(py);
        x.set_item("name", &p.name)?;
        x.set_item("role", &p.role)?;
        x.set_item("country", &p.country)?;
        x.set_item("organization", &p.organization)?;
        x.set_item("span", span(py, &p.span)?)?;
        ps.append(x)?;
    }
    d.set_item("participants", ps)?;
    let ds = PyList::empty(py);
    for doc in &m.documents {
        let x = PyDict::new(py);
        x.set_item("title", &doc.title)?;
        x.set_item("kind", &doc.kind)?;
        x.set_item("action", &doc.action)?;
        x.set_item("span", span(py, &doc.span)?)?;
        ds.append(x)?;
    }
    d.set_item("documents", ds)?;
    d.set_item("topics", PyList::new(py, &m.topics)?)?;
    let ev = PyDict::new(py);
    for (k, v) in &m.evidence {
        ev.set_item(k, span(py, v)?)?;
    }
    d.set_item("evidence", ev)?;
    Ok(d)
}

/// The schema-1 dict of an article.
pub fn article<'py>(py: Python<'py>, a: &Article) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("schema_version", a.schema_version)?;
    d.set_item("lang", &a.lang)?;
    d.set_item("title", &a.title)?;
    d.set_item("published", &a.published)?;
    match &a.dateline {
        Some(dl) => {
            let x = PyDict::new(py);
            x.set_item("city", &dl.city)?;
            x.set_item("date", &dl.date)?;
            d.set_item("dateline", x)?;
        }
        None => d.set_item("dateline", py.None())?,
    }
    d.set_item("publisher", &a.publisher)?;
    d.set_item("agencies", PyList::new(py, &a.agencies)?)?;
    let ms = PyList::empty(py);
    for m in &a.meetings {
        ms.append(meeting(py, m)?)?;
    }
    d.set_item("meetings", ms)?;
    let qs = PyList::empty(py);
    for q in &a.quotes {
        let x = PyDict::new(py);
        x.set_item("speaker", &q.speaker)?;
        x.set_item("text", &q.text)?;
        x.set_item("span", span(py, &q.span)?)?;
        qs.append(x)?;
    }
    d.set_item("quotes", qs)?;
    d.set_item("warnings", PyList::new(py, &a.warnings)?)?;
    Ok(d.into_any())
}

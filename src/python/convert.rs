//! Records to Python dicts: the one conversion site. Keys are interned
//! Python strings, made once per process, not once per record.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::record::{Article, Format, Meeting};

fn span<'py>(py: Python<'py>, s: &[usize; 2]) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, s.iter())
}

fn meeting<'py>(py: Python<'py>, m: &Meeting) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "role"), m.role.code())?;
    d.set_item(intern!(py, "organization"), &m.organization)?;
    d.set_item(intern!(py, "bodies"), PyList::new(py, &m.bodies)?)?;
    d.set_item(intern!(py, "body_text"), &m.body_text)?;
    d.set_item(intern!(py, "date"), &m.date)?;
    d.set_item(intern!(py, "end_date"), &m.end_date)?;
    d.set_item(intern!(py, "city"), &m.city)?;
    d.set_item(intern!(py, "country"), &m.country)?;
    d.set_item(intern!(py, "format"), m.format.map(Format::code))?;
    d.set_item(intern!(py, "status"), m.status.code())?;
    d.set_item(intern!(py, "chair"), &m.chair)?;
    let ps = PyList::empty(py);
    for p in &m.participants {
        let x = PyDict::new(py);
        x.set_item(intern!(py, "name"), &p.name)?;
        x.set_item(intern!(py, "role"), &p.role)?;
        x.set_item(intern!(py, "country"), &p.country)?;
        x.set_item(intern!(py, "organization"), &p.organization)?;
        x.set_item(intern!(py, "span"), span(py, &p.span)?)?;
        ps.append(x)?;
    }
    d.set_item(intern!(py, "participants"), ps)?;
    let ds = PyList::empty(py);
    for doc in &m.documents {
        let x = PyDict::new(py);
        x.set_item(intern!(py, "title"), &doc.title)?;
        x.set_item(intern!(py, "kind"), &doc.kind)?;
        x.set_item(intern!(py, "action"), &doc.action)?;
        x.set_item(intern!(py, "span"), span(py, &doc.span)?)?;
        ds.append(x)?;
    }
    d.set_item(intern!(py, "documents"), ds)?;
    d.set_item(intern!(py, "topics"), PyList::new(py, &m.topics)?)?;
    let ev = PyDict::new(py);
    for (k, v) in &m.evidence {
        ev.set_item(k, span(py, v)?)?;
    }
    d.set_item(intern!(py, "evidence"), ev)?;
    Ok(d)
}

/// The schema-1 dict of an article.
pub fn article<'py>(py: Python<'py>, a: &Article) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "schema_version"), a.schema_version)?;
    d.set_item(intern!(py, "lang"), &a.lang)?;
    d.set_item(intern!(py, "title"), &a.title)?;
    d.set_item(intern!(py, "published"), &a.published)?;
    match &a.dateline {
        Some(dl) => {
            let x = PyDict::new(py);
            x.set_item(intern!(py, "city"), &dl.city)?;
            x.set_item(intern!(py, "date"), &dl.date)?;
            d.set_item(intern!(py, "dateline"), x)?;
        }
        None => d.set_item(intern!(py, "dateline"), py.None())?,
    }
    d.set_item(intern!(py, "publisher"), &a.publisher)?;
    d.set_item(intern!(py, "agencies"), PyList::new(py, &a.agencies)?)?;
    let ms = PyList::empty(py);
    for m in &a.meetings {
        ms.append(meeting(py, m)?)?;
    }
    d.set_item(intern!(py, "meetings"), ms)?;
    let qs = PyList::empty(py);
    for q in &a.quotes {
        let x = PyDict::new(py);
        x.set_item(intern!(py, "speaker"), &q.speaker)?;
        x.set_item(intern!(py, "text"), &q.text)?;
        x.set_item(intern!(py, "span"), span(py, &q.span)?)?;
        qs.append(x)?;
    }
    d.set_item(intern!(py, "quotes"), qs)?;
    d.set_item(intern!(py, "warnings"), PyList::new(py, &a.warnings)?)?;
    Ok(d.into_any())
}

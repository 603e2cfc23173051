//! The Python bindings: the only module that knows about PyO3.
//!
//! One conversion site (`convert`), one error mapping (`errors`); every call
//! into the core releases the GIL.

mod convert;
mod errors;

use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::extractor::{Extractor, parse_published};
use errors::to_py;

/// Tables added at construction: `(table name, TSV text)`.
type Tables = Vec<(String, String)>;

/// The compiled engine, as a Python object.
#[pyclass(name = "_Engine", module = "summitry._summitry", frozen)]
struct Engine {
    inner: Extractor,
    /// The tables added at construction, kept for pickling.
    tables: Vec<(String, String)>,
}

/// Marks a text whose lone surrogates were replaced (see `text_arg`).
const SURROGATES: &str = "text held lone surrogates; each was read as '?'";

fn text_arg(obj: &Bound<'_, PyAny>, errors: &str, what: &str) -> PyResult<(String, bool)> {
    if let Ok(s) = obj.cast::<PyString>() {
        // A str may hold lone surrogates, which UTF-8 cannot carry: Python's
        // own "replace" makes each one '?', one code point for one, so the
        // offsets still index the caller's str.
        return match s.to_str() {
            Ok(t) => Ok((t.to_string(), false)),
            Err(_) => {
                let b = s.call_method1("encode", ("utf-8", "replace"))?;
                let b = b.cast::<PyBytes>()?;
                Ok((String::from_utf8_lossy(b.as_bytes()).into_owned(), true))
            }
        };
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        let bytes = b.as_bytes();
        return match std::str::from_utf8(bytes) {
            Ok(s) => Ok((s.to_string(), false)),
            Err(e) if errors == "replace" => {
                let _ = e;
                Ok((String::from_utf8_lossy(bytes).into_owned(), false))
            }
            Err(e) => Err(pyo3::exceptions::PyUnicodeDecodeError::new_err((
                "utf-8",
                bytes.to_vec(),
                e.valid_up_to(),
                e.valid_up_to() + e.error_len().unwrap_or(1),
                "invalid utf-8",
            ))),
        };
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "{what} must be str or bytes, not {}",
        obj.get_type().name()?
    )))
}

fn date_arg(s: Option<&str>) -> PyResult<Option<NaiveDate>> {
    s.map(parse_published).transpose().map_err(to_py)
}

#[pymethods]
impl Engine {
    #[new]
    #[pyo3(signature = (tables=Vec::new()))]
    fn new(py: Python<'_>, tables: Vec<(String, String)>) -> PyResult<Engine> {
        let t = tables.clone();
        let inner = py
            .detach(move || {
                let mut b = Extractor::builder();
                for (name, text) in &t {
                    b = b.add_table(name, text);
                }
                b.build()
            })
            .map_err(to_py)?;
        Ok(Engine { inner, tables })
    }

    /// Extract one text; returns the schema-1 dict.
    #[pyo3(signature = (text, published=None, errors="strict"))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        published: Option<&str>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (t, replaced) = text_arg(text, errors, "text")?;
        let p = date_arg(published)?;
        let ex = self.inner.clone();
        let mut art = py.detach(move || ex.extract(&t, p)).map_err(to_py)?;
        if replaced {
            art.warnings.push(SURROGATES.to_string());
        }
        convert::article(py, &art)
    }

    /// Extract many texts in parallel (GIL released); returns a list with one
    /// dict, or one exception object, per input. `threads` caps the worker
    /// threads (default: all cores).
    #[pyo3(signature = (texts, published, errors="strict", threads=None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyList>,
        published: Vec<Option<String>>,
        errors: &str,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let mut owned: Vec<Result<(String, bool), PyErr>> = Vec::with_capacity(texts.len());
        for t in texts.iter() {
            owned.push(text_arg(&t, errors, "text"));
        }
        let mut dates: Vec<Option<NaiveDate>> = Vec::with_capacity(published.len());
        for p in &published {
            dates.push(date_arg(p.as_deref())?);
        }
        let ok: Vec<&str> = owned
            .iter()
            .map(|r| r.as_ref().map(|(t, _)| t.as_str()).unwrap_or(""))
            .collect();
        let ex = self.inner.clone();
        let pool = threads.map(pool_of).transpose()?;
        let results = py.detach(|| match &pool {
            Some(p) => p.install(|| ex.extract_many(&ok, &dates)),
            None => ex.extract_many(&ok, &dates),
        });
        let out = PyList::empty(py);
        for (r, src) in results.into_iter().zip(owned.iter()) {
            match (src, r) {
                (Err(e), _) => out.append(e.value(py))?,
                (Ok((_, replaced)), Ok(mut a)) => {
                    if *replaced {
                        a.warnings.push(SURROGATES.to_string());
                    }
                    out.append(convert::article(py, &a)?)?
                }
                (Ok(_), Err(e)) => out.append(to_py(e).value(py))?,
            }
        }
        Ok(out)
    }

    /// The schema-1 JSON of one text (no Python objects in between).
    #[pyo3(signature = (text, published=None))]
    fn extract_json(
        &self,
        py: Python<'_>,
        text: &str,
        published: Option<&str>,
    ) -> PyResult<String> {
        let p = date_arg(published)?;
        let t = text.to_string();
        let ex = self.inner.clone();
        py.detach(move || ex.extract(&t, p).map(|a| a.to_json()))
            .map_err(to_py)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (Tables,))> {
        Ok((py.get_type::<Engine>().into_any(), (self.tables.clone(),)))
    }
}

/// A rayon pool of `n` threads, built once per size.
fn pool_of(n: usize) -> PyResult<std::sync::Arc<rayon::ThreadPool>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let n = n.clamp(1, 256);
    let mut pools = POOLS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&n) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map(Arc::new)
        .map_err(|e| {
            errors::to_py(crate::error::Error::new(
                crate::error::ErrorKind::Internal,
                e.to_string(),
            ))
        })?;
    pools.insert(n, p.clone());
    Ok(p)
}

/// The extension module.
#[pymodule]
fn _summitry(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add("SummitryError", m.py().get_type::<errors::SummitryError>())?;
    m.add("DataError", m.py().get_type::<errors::DataError>())?;
    m.add("InternalError", m.py().get_type::<errors::InternalError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

//! The Python bindings: the only module that knows about PyO3.
//!
//! One conversion site (`convert`), one error mapping (`errors`); every call
//! into the core releases the GIL.

mod convert;
mod errors;

use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::error::Error;
use crate::extractor::{Extractor, parse_published};
use crate::record::Article;
use crate::tables::Tables;
use errors::to_py;

/// The extension's Rust allocations (texts, spans, records) go to mimalloc:
/// the pipeline makes many small short-lived allocations per text, which it
/// serves in fewer instructions than the system allocator (363 -> 340 per
/// byte of text, callgrind). Python's own objects are untouched (they use
/// Python's allocator).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Tables added at construction: `(table name, TSV text)`.
type KnowledgeRows = Vec<(String, String)>;

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
        let (owned, dates) = batch_args(texts, &published, errors)?;
        let out = PyList::empty(py);
        let mut srcs = owned.iter();
        let mut convert = |r: Result<Article, Error>| -> PyResult<()> {
            match (srcs.next(), r) {
                (Some(Err(e)), _) => out.append(e.value(py)),
                (Some(Ok((_, replaced))), Ok(mut a)) => {
                    if *replaced {
                        a.warnings.push(SURROGATES.to_string());
                    }
                    out.append(convert::article(py, &a)?)
                }
                (_, Err(e)) => out.append(to_py(e).value(py)),
                (None, Ok(_)) => Ok(()),
            }
        };
        let pool = threads.map(pool_of).transpose()?;
        let workers = pool
            .as_ref()
            .map_or_else(rayon::current_num_threads, |p| p.current_num_threads());
        if workers < 2 || owned.len() < 4 * STREAM_CHUNK {
            for r in self.run_batch(py, &owned, &dates, threads, |r| r)? {
                convert(r)?;
            }
            return Ok(out);
        }
        // With several workers, converting to Python objects (which needs the
        // GIL, so one thread) overlaps with extracting: the workers extract
        // the next chunk while this thread converts the last.
        let ok = texts_of(&owned);
        let ex = &self.inner;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<Article, Error>>>(2);
        let rx = std::sync::Mutex::new(rx);
        std::thread::scope(|s| -> PyResult<()> {
            let (ok, dates, pool) = (&ok, &dates, &pool);
            s.spawn(move || {
                for (i, chunk) in ok.chunks(STREAM_CHUNK).enumerate() {
                    let from = (i * STREAM_CHUNK).min(dates.len());
                    let to = (from + chunk.len()).min(dates.len());
                    let d = &dates[from..to];
                    if tx.send(extract_on(ex, pool, chunk, d)).is_err() {
                        break;
                    }
                }
            });
            let recv = || rx.lock().map(|r| r.recv().ok()).ok().flatten();
            while let Some(batch) = py.detach(recv) {
                for r in batch {
                    convert(r)?;
                }
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The bulk path: extract many texts and return the five tidy tables as
    /// `[(name, Arrow IPC stream bytes)]`, built without Python objects per
    /// record (GIL released throughout). Article numbers start at `first`.
    /// With `raise_first`, the first failure is raised; otherwise a failed
    /// input is an `articles` row with its `error`.
    #[pyo3(signature = (texts, published, errors="strict", threads=None, first=0, raise_first=true))]
    #[allow(clippy::too_many_arguments)]
    fn extract_arrow<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyList>,
        published: Vec<Option<String>>,
        errors: &str,
        threads: Option<usize>,
        first: i64,
        raise_first: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let (owned, dates) = batch_args(texts, &published, errors)?;
        if raise_first {
            if let Some(Err(e)) = owned.iter().find(|r| r.is_err()) {
                return Err(e.clone_ref(py));
            }
        }
        let input_errors: Vec<Option<String>> = owned
            .iter()
            .map(|r| r.as_ref().err().map(|e| e.to_string()))
            .collect();
        let streams = self
            .run_batch(py, &owned, &dates, threads, move |results| {
                if raise_first {
                    if let Some(Err(e)) = results.iter().find(|r| r.is_err()) {
                        return Err(e.clone());
                    }
                }
                // Like `extract`, a bug here comes back as an error, not a panic.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut t = Tables::new();
                    for (i, (r, bad)) in results.iter().zip(&input_errors).enumerate() {
                        let row = match (bad, r) {
                            (Some(msg), _) => Err(msg.as_str()),
                            (None, Ok(a)) => Ok(a),
                            (None, Err(e)) => Err(e.message()),
                        };
                        t.push(first + i as i64, row);
                    }
                    t.finish()?
                        .into_iter()
                        .map(|(name, batch)| Tables::to_ipc(&batch).map(|b| (name, b)))
                        .collect::<Result<Vec<_>, Error>>()
                }))
                .unwrap_or_else(|_| {
                    Err(Error::new(
                        crate::error::ErrorKind::Internal,
                        "internal error (a bug) while building the Arrow tables",
                    ))
                })
            })?
            .map_err(to_py)?;
        let out = PyList::empty(py);
        for (name, bytes) in streams {
            out.append((name, PyBytes::new(py, &bytes)))?;
        }
        Ok(out)
    }

    /// The core alone, for benchmarks: extract a batch and keep nothing but
    /// the number of meetings found (no conversion to Python objects).
    #[pyo3(signature = (texts, threads=None))]
    fn _core(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyList>,
        threads: Option<usize>,
    ) -> PyResult<usize> {
        let (owned, dates) = batch_args(texts, &[], "strict")?;
        self.run_batch(py, &owned, &dates, threads, |results| {
            results.iter().flatten().map(|a| a.meetings.len()).sum()
        })
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

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (KnowledgeRows,))> {
        Ok((py.get_type::<Engine>().into_any(), (self.tables.clone(),)))
    }
}

/// Texts a batch is extracted in while the last is converted (see
/// `Engine::extract_many`).
const STREAM_CHUNK: usize = 64;

/// The texts of a batch ("" for one that could not be read).
fn texts_of(owned: &[PyResult<(String, bool)>]) -> Vec<&str> {
    owned
        .iter()
        .map(|r| r.as_ref().map(|(t, _)| t.as_str()).unwrap_or(""))
        .collect()
}

/// Texts (each as text and whether lone surrogates were replaced, or the
/// error reading it) and publication dates of a batch call.
type BatchArgs = (Vec<PyResult<(String, bool)>>, Vec<Option<NaiveDate>>);

fn batch_args(
    texts: &Bound<'_, PyList>,
    published: &[Option<String>],
    errors: &str,
) -> PyResult<BatchArgs> {
    let mut owned = Vec::with_capacity(texts.len());
    for t in texts.iter() {
        owned.push(text_arg(&t, errors, "text"));
    }
    let mut dates = Vec::with_capacity(published.len());
    for p in published {
        dates.push(date_arg(p.as_deref())?);
    }
    Ok((owned, dates))
}

impl Engine {
    /// Extract a batch with the GIL released, on `threads` workers, and
    /// hand the results to `then` (still without the GIL).
    fn run_batch<R: Send>(
        &self,
        py: Python<'_>,
        owned: &[PyResult<(String, bool)>],
        dates: &[Option<NaiveDate>],
        threads: Option<usize>,
        then: impl FnOnce(Vec<Result<Article, Error>>) -> R + Send,
    ) -> PyResult<R> {
        let ok = texts_of(owned);
        let ex = self.inner.clone();
        let pool = threads.map(pool_of).transpose()?;
        Ok(py.detach(|| then(extract_on(&ex, &pool, &ok, dates))))
    }
}

/// A batch on `pool` (the global rayon pool when `None`).
fn extract_on(
    ex: &Extractor,
    pool: &Option<std::sync::Arc<rayon::ThreadPool>>,
    texts: &[&str],
    dates: &[Option<NaiveDate>],
) -> Vec<Result<Article, Error>> {
    match pool {
        Some(p) => p.install(|| ex.extract_many(texts, dates)),
        None => ex.extract_many(texts, dates),
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

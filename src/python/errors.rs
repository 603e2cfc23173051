//! The one place a core error becomes a Python exception.

use pyo3::PyErr;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};

use crate::error::{Error, ErrorKind};

create_exception!(
    _summitry,
    SummitryError,
    PyException,
    "Base class of summitry's errors."
);
create_exception!(
    _summitry,
    DataError,
    SummitryError,
    "A knowledge table is malformed or unknown."
);
create_exception!(
    _summitry,
    InternalError,
    SummitryError,
    "An internal failure (a bug); the input is named in the message."
);

/// Map a core error to its exception.
pub fn to_py(e: Error) -> PyErr {
    match e.kind() {
        ErrorKind::Data => DataError::new_err(e.message().to_string()),
        ErrorKind::Input => PyValueError::new_err(e.message().to_string()),
        _ => InternalError::new_err(e.message().to_string()),
    }
}

//! summitry: structured meeting records from news about intergovernmental
//! councils (CSTO, CIS, SCO, EAEU, BRICS, the Union State, ...), in English
//! and Russian.
//!
//! The pipeline, one stage a module, each keeping offsets into the text:
//!
//! 1. [`text::normalise`]: fold typography, keep a map back to the original;
//! 2. [`text::boilerplate`]: mark site chrome line by line;
//! 3. [`text::sentences`]: split the article into sentences;
//! 4. [`find`]: organisations, councils, places, people, dates, quotations
//!    (Aho-Corasick gazetteers compiled from [`data`], language packs in [`lang`]);
//! 5. [`build`]: resolve dates and names, assemble the article, its meetings,
//!    participants, documents, topics and quotes;
//! 6. serialise: [`record::Article`] is schema-1 JSON with code-point offsets;
//!    [`tables`] turns a batch into five tidy Arrow tables.
//!
//! ```
//! let ex = summitry::Extractor::new().unwrap();
//! let a = ex.extract("The CSTO Council of Foreign Ministers met in Minsk on Tuesday.", None).unwrap();
//! assert_eq!(a.main_meeting().unwrap().city.as_deref(), Some("Minsk"));
//! ```
#![deny(missing_docs)]

pub mod build;
pub mod check;
pub mod data;
pub mod error;
pub mod extractor;
pub mod find;
pub mod lang;
pub mod record;
pub mod tables;
pub mod text;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, ExtractorBuilder, parse_published};
pub use lang::Lang;
pub use record::{Article, Dateline, Document, Format, Meeting, Person, Quote, Role, Status};

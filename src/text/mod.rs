//! Text stages: normalise, strip boilerplate, split sentences. Each keeps
//! byte offsets into the normalised text, which `normalise` maps back to
//! the original.

pub mod boilerplate;
pub mod normalise;
pub mod sentences;
pub mod utf8;

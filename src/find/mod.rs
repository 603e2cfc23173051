//! Finding mentions: phrases from the knowledge tables, dates, people,
//! quotations. Everything here reports byte spans in the normalised text.

pub mod dates;
pub mod gazetteer;
pub mod quotes;

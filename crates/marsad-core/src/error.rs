//! Errors the extractor reports. Each names what was wrong and what to do.

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A data file (lexicon, gazetteer, model) could not be parsed.
    #[error("resource {file}, line {line}: {message}")]
    Resource { file: String, line: usize, message: String },
    /// The caller gave a publication date that is not `YYYY-MM-DD`.
    #[error("publication date {0:?} is not an ISO date (YYYY-MM-DD); give it as e.g. 2022-01-25")]
    BadPublished(String),
}

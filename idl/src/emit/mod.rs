//! Backends: each reads only the [`Model`](crate::model::Model).

#[cfg(feature = "json")]
pub mod json;
#[cfg(feature = "rust")]
pub mod rust;

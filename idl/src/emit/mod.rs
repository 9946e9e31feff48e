//! Backends: each reads only the [`Model`](crate::model::Model).

#[cfg(feature = "c-check")]
pub mod c_check;
#[cfg(feature = "json")]
pub mod json;
#[cfg(feature = "rust")]
pub mod rust;
#[cfg(feature = "winmd")]
pub mod winmd;

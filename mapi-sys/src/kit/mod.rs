//! The provider kit: what every MAPI service provider needs besides its
//! own objects (feature `provider`).
//!
//! - [`ms_provider_init!`](crate::ms_provider_init),
//!   [`xp_provider_init!`](crate::xp_provider_init) and
//!   [`ab_provider_init!`](crate::ab_provider_init) export a provider DLL's
//!   entry point from a closure that makes the provider object out of the
//!   checked [`ProviderInit`] arguments.

mod entry;

pub use entry::{ProviderInit, spi_compatible};

#[doc(hidden)]
pub use entry::provider_init as __provider_init;

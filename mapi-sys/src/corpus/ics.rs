// `idl/mapi/ics.idl` as Rust, included by `mod.rs`.
/// The store-independent key of a folder or message, which synchronization identifies it by.
#[cfg(feature = "exchange")]
pub const PR_SOURCE_KEY: u32 = 0x65E00102;
/// The source key (`PR_SOURCE_KEY`) of the folder that holds the folder or message.
#[cfg(feature = "exchange")]
pub const PR_PARENT_SOURCE_KEY: u32 = 0x65E10102;
/// The key of the last change to a folder or message, which detects conflicts.
#[cfg(feature = "exchange")]
pub const PR_CHANGE_KEY: u32 = 0x65E20102;
/// The change keys of the versions a folder or message was derived from.
#[cfg(feature = "exchange")]
pub const PR_PREDECESSOR_CHANGE_LIST: u32 = 0x65E30102;

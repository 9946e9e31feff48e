// `idl/mapi/simplemapi.idl` as Rust, included by `mod.rs`.
/// The null Simple MAPI session handle.
#[cfg(feature = "simple-mapi")]
pub const lhSessionNull: crate::LHANDLE = 0;
/// A Simple MAPI flag: OLE.
#[cfg(feature = "simple-mapi")]
pub const MAPI_OLE: crate::ULONG = 1;
/// A Simple MAPI flag: OLE static.
#[cfg(feature = "simple-mapi")]
pub const MAPI_OLE_STATIC: crate::ULONG = 2;
/// A Simple MAPI flag: unread.
#[cfg(feature = "simple-mapi")]
pub const MAPI_UNREAD: crate::ULONG = 1;
/// A Simple MAPI flag: receipt requested.
#[cfg(feature = "simple-mapi")]
pub const MAPI_RECEIPT_REQUESTED: crate::ULONG = 2;
/// A Simple MAPI flag: sent.
#[cfg(feature = "simple-mapi")]
pub const MAPI_SENT: crate::ULONG = 4;
/// A Simple MAPI flag: unread only.
#[cfg(feature = "simple-mapi")]
pub const MAPI_UNREAD_ONLY: crate::ULONG = 0x20;
/// A Simple MAPI flag: guarantee fifo.
#[cfg(feature = "simple-mapi")]
pub const MAPI_GUARANTEE_FIFO: crate::ULONG = 0x100;
/// A Simple MAPI flag: long msgid.
#[cfg(feature = "simple-mapi")]
pub const MAPI_LONG_MSGID: crate::ULONG = 0x4000;
/// A Simple MAPI flag: peek.
#[cfg(feature = "simple-mapi")]
pub const MAPI_PEEK: crate::ULONG = 0x80;
/// A Simple MAPI flag: suppress attachment.
#[cfg(feature = "simple-mapi")]
pub const MAPI_SUPPRESS_ATTACH: crate::ULONG = 0x800;
/// A Simple MAPI flag: envelope only.
#[cfg(feature = "simple-mapi")]
pub const MAPI_ENVELOPE_ONLY: crate::ULONG = 0x40;
/// A Simple MAPI flag: body as file.
#[cfg(feature = "simple-mapi")]
pub const MAPI_BODY_AS_FILE: crate::ULONG = 0x200;
/// A Simple MAPI flag: AB nomodify.
#[cfg(feature = "simple-mapi")]
pub const MAPI_AB_NOMODIFY: crate::ULONG = 0x400;
/// A Simple MAPI status code: the user cancelled the operation (`MAPI_E_USER_ABORT`).
#[cfg(feature = "simple-mapi")]
pub const MAPI_USER_ABORT: crate::ULONG = 1;
/// A Simple MAPI status code (not an HRESULT): user abort.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_USER_ABORT: crate::ULONG = 1;
/// A Simple MAPI status code (not an HRESULT): failure.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_FAILURE: crate::ULONG = 2;
/// A Simple MAPI status code (not an HRESULT): logon failure.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_LOGON_FAILURE: crate::ULONG = 3;
/// A Simple MAPI status code (not an HRESULT): login failure.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_LOGIN_FAILURE: crate::ULONG = 3;
/// A Simple MAPI status code (not an HRESULT): disk full.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_DISK_FULL: crate::ULONG = 4;
/// A Simple MAPI status code (not an HRESULT): insufficient memory.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_INSUFFICIENT_MEMORY: crate::ULONG = 5;
/// A Simple MAPI status code (not an HRESULT): access denied.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_ACCESS_DENIED: crate::ULONG = 6;
/// A Simple MAPI status code (not an HRESULT): too many sessions.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_TOO_MANY_SESSIONS: crate::ULONG = 8;
/// A Simple MAPI status code (not an HRESULT): too many files.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_TOO_MANY_FILES: crate::ULONG = 9;
/// A Simple MAPI status code (not an HRESULT): too many recipients.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_TOO_MANY_RECIPIENTS: crate::ULONG = 0xA;
/// A Simple MAPI status code (not an HRESULT): attachment not found.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_ATTACHMENT_NOT_FOUND: crate::ULONG = 0xB;
/// A Simple MAPI status code (not an HRESULT): attachment open failure.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_ATTACHMENT_OPEN_FAILURE: crate::ULONG = 0xC;
/// A Simple MAPI status code (not an HRESULT): attachment write failure.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_ATTACHMENT_WRITE_FAILURE: crate::ULONG = 0xD;
/// A Simple MAPI status code (not an HRESULT): unknown recipient.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_UNKNOWN_RECIPIENT: crate::ULONG = 0xE;
/// A Simple MAPI status code (not an HRESULT): bad reciptype.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_BAD_RECIPTYPE: crate::ULONG = 0xF;
/// A Simple MAPI status code (not an HRESULT): no messages.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_NO_MESSAGES: crate::ULONG = 0x10;
/// A Simple MAPI status code (not an HRESULT): invalid message.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_INVALID_MESSAGE: crate::ULONG = 0x11;
/// A Simple MAPI status code (not an HRESULT): text too large.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_TEXT_TOO_LARGE: crate::ULONG = 0x12;
/// A Simple MAPI status code (not an HRESULT): invalid session.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_INVALID_SESSION: crate::ULONG = 0x13;
/// A Simple MAPI status code (not an HRESULT): type not supported.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_TYPE_NOT_SUPPORTED: crate::ULONG = 0x14;
/// A Simple MAPI status code (not an HRESULT): ambiguous recipient.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_AMBIGUOUS_RECIPIENT: crate::ULONG = 0x15;
/// A Simple MAPI status code (not an HRESULT): ambig recip.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_AMBIG_RECIP: crate::ULONG = 0x15;
/// A Simple MAPI status code (not an HRESULT): message in use.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_MESSAGE_IN_USE: crate::ULONG = 0x16;
/// A Simple MAPI status code (not an HRESULT): network failure.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_NETWORK_FAILURE: crate::ULONG = 0x17;
/// A Simple MAPI status code (not an HRESULT): invalid editfields.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_INVALID_EDITFIELDS: crate::ULONG = 0x18;
/// A Simple MAPI status code (not an HRESULT): invalid recips.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_INVALID_RECIPS: crate::ULONG = 0x19;
/// A Simple MAPI status code (not an HRESULT): not supported.
#[cfg(feature = "simple-mapi")]
pub const MAPI_E_NOT_SUPPORTED: crate::ULONG = 0x1A;

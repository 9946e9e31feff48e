// `idl/mapi/simplemapi.idl` as Rust, included by `mod.rs`.
/// A bit mask of Simple MAPI flags, as `MapiMessage::flFlags` holds.
#[cfg(feature = "simple-mapi")]
pub type FLAGS = crate::ULONG;
/// One file attached to a Simple MAPI message (`MapiMessage::lpFiles`).
#[cfg(feature = "simple-mapi")]
pub type lpMapiFileDesc = *mut MapiFileDesc;
/// The type of a Simple MAPI attachment as X.400 object identifiers, which
/// `MapiFileDesc::lpFileType` may point to.
#[cfg(feature = "simple-mapi")]
pub type lpMapiFileTagExt = *mut MapiFileTagExt;
/// A sender or recipient of a Simple MAPI message.
#[cfg(feature = "simple-mapi")]
pub type lpMapiRecipDesc = *mut MapiRecipDesc;
/// A Simple MAPI message: what `MAPISendMail` sends and `MAPIReadMail`
/// returns.
#[cfg(feature = "simple-mapi")]
pub type lpMapiMessage = *mut MapiMessage;
/// One file attached to a Simple MAPI message (`MapiMessage::lpFiles`).
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiFileDesc {
    /// Reserved; zero.
    pub ulReserved: crate::ULONG,
    /// What the attachment is: 0 for a data file, `MAPI_OLE` for an OLE
    /// object, `MAPI_OLE_STATIC` for a static OLE object.
    pub flFlags: crate::ULONG,
    /// Where the attachment sits in the body text: the index of the
    /// character it replaces, or `0xFFFFFFFF` to leave the placement to the
    /// mail client.
    pub nPosition: crate::ULONG,
    /// The full path of the file to attach (or, when reading, of the
    /// temporary file holding the attachment).
    pub lpszPathName: crate::LPSTR,
    /// The name the recipient sees for the attachment; null to use the file
    /// name of `lpszPathName`.
    pub lpszFileName: crate::LPSTR,
    /// The attachment's type as X.400 object identifiers (a
    /// `MapiFileTagExt`); null for a file of unspecified type.
    pub lpFileType: crate::LPVOID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiFileDesc>() == 40);
    assert!(::core::mem::align_of::<MapiFileDesc>() == 8);
    assert!(::core::mem::offset_of!(MapiFileDesc, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiFileDesc, flFlags) == 4);
    assert!(::core::mem::offset_of!(MapiFileDesc, nPosition) == 8);
    assert!(::core::mem::offset_of!(MapiFileDesc, lpszPathName) == 16);
    assert!(::core::mem::offset_of!(MapiFileDesc, lpszFileName) == 24);
    assert!(::core::mem::offset_of!(MapiFileDesc, lpFileType) == 32);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiFileDesc>() == 24);
    assert!(::core::mem::align_of::<MapiFileDesc>() == 4);
    assert!(::core::mem::offset_of!(MapiFileDesc, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiFileDesc, flFlags) == 4);
    assert!(::core::mem::offset_of!(MapiFileDesc, nPosition) == 8);
    assert!(::core::mem::offset_of!(MapiFileDesc, lpszPathName) == 12);
    assert!(::core::mem::offset_of!(MapiFileDesc, lpszFileName) == 16);
    assert!(::core::mem::offset_of!(MapiFileDesc, lpFileType) == 20);
};
/// The type of a Simple MAPI attachment as X.400 object identifiers, which
/// `MapiFileDesc::lpFileType` may point to.
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiFileTagExt {
    /// Reserved; zero.
    pub ulReserved: crate::ULONG,
    /// The size of `lpTag`, in bytes.
    pub cbTag: crate::ULONG,
    /// The X.400 object identifier of the attachment's type.
    pub lpTag: crate::LPBYTE,
    /// The size of `lpEncoding`, in bytes.
    pub cbEncoding: crate::ULONG,
    /// The X.400 object identifier of the attachment's encoding.
    pub lpEncoding: crate::LPBYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiFileTagExt>() == 32);
    assert!(::core::mem::align_of::<MapiFileTagExt>() == 8);
    assert!(::core::mem::offset_of!(MapiFileTagExt, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiFileTagExt, cbTag) == 4);
    assert!(::core::mem::offset_of!(MapiFileTagExt, lpTag) == 8);
    assert!(::core::mem::offset_of!(MapiFileTagExt, cbEncoding) == 16);
    assert!(::core::mem::offset_of!(MapiFileTagExt, lpEncoding) == 24);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiFileTagExt>() == 20);
    assert!(::core::mem::align_of::<MapiFileTagExt>() == 4);
    assert!(::core::mem::offset_of!(MapiFileTagExt, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiFileTagExt, cbTag) == 4);
    assert!(::core::mem::offset_of!(MapiFileTagExt, lpTag) == 8);
    assert!(::core::mem::offset_of!(MapiFileTagExt, cbEncoding) == 12);
    assert!(::core::mem::offset_of!(MapiFileTagExt, lpEncoding) == 16);
};
/// A sender or recipient of a Simple MAPI message.
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiRecipDesc {
    /// Reserved; zero.
    pub ulReserved: crate::ULONG,
    /// The role of the entry: `MAPI_ORIG` for the sender, else `MAPI_TO`,
    /// `MAPI_CC` or `MAPI_BCC`.
    pub ulRecipClass: crate::ULONG,
    /// The display name of the recipient.
    pub lpszName: crate::LPSTR,
    /// The address, as `type:address` (`SMTP:someone@example.com`); null
    /// when the name is to be resolved.
    pub lpszAddress: crate::LPSTR,
    /// The size of `lpEntryID`, in bytes.
    pub ulEIDSize: crate::ULONG,
    /// The recipient's entry ID, as the messaging system knows it; only
    /// that system can read it.
    pub lpEntryID: crate::LPVOID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiRecipDesc>() == 40);
    assert!(::core::mem::align_of::<MapiRecipDesc>() == 8);
    assert!(::core::mem::offset_of!(MapiRecipDesc, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiRecipDesc, ulRecipClass) == 4);
    assert!(::core::mem::offset_of!(MapiRecipDesc, lpszName) == 8);
    assert!(::core::mem::offset_of!(MapiRecipDesc, lpszAddress) == 16);
    assert!(::core::mem::offset_of!(MapiRecipDesc, ulEIDSize) == 24);
    assert!(::core::mem::offset_of!(MapiRecipDesc, lpEntryID) == 32);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiRecipDesc>() == 24);
    assert!(::core::mem::align_of::<MapiRecipDesc>() == 4);
    assert!(::core::mem::offset_of!(MapiRecipDesc, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiRecipDesc, ulRecipClass) == 4);
    assert!(::core::mem::offset_of!(MapiRecipDesc, lpszName) == 8);
    assert!(::core::mem::offset_of!(MapiRecipDesc, lpszAddress) == 12);
    assert!(::core::mem::offset_of!(MapiRecipDesc, ulEIDSize) == 16);
    assert!(::core::mem::offset_of!(MapiRecipDesc, lpEntryID) == 20);
};
/// A Simple MAPI message: what `MAPISendMail` sends and `MAPIReadMail`
/// returns.
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiMessage {
    /// Reserved; zero (or `CP_UTF8`, where the strings are UTF-8 rather
    /// than the ANSI code page).
    pub ulReserved: crate::ULONG,
    /// The subject; null or empty for none.
    pub lpszSubject: crate::LPSTR,
    /// The body text; null or empty for none.
    pub lpszNoteText: crate::LPSTR,
    /// The message type of a non-IPM message; null or empty for an
    /// interpersonal message.
    pub lpszMessageType: crate::LPSTR,
    /// When the message was received, as `YYYY/MM/DD HH:MM` (24 hours).
    pub lpszDateReceived: crate::LPSTR,
    /// The conversation the message belongs to; systems may ignore it.
    pub lpszConversationID: crate::LPSTR,
    /// `MAPI_UNREAD`, `MAPI_RECEIPT_REQUESTED` and `MAPI_SENT`.
    pub flFlags: FLAGS,
    /// The sender.
    pub lpOriginator: lpMapiRecipDesc,
    /// How many recipients `lpRecips` holds.
    pub nRecipCount: crate::ULONG,
    /// The recipients.
    pub lpRecips: lpMapiRecipDesc,
    /// How many attachments `lpFiles` holds.
    pub nFileCount: crate::ULONG,
    /// The attached files.
    pub lpFiles: lpMapiFileDesc,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiMessage>() == 96);
    assert!(::core::mem::align_of::<MapiMessage>() == 8);
    assert!(::core::mem::offset_of!(MapiMessage, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiMessage, lpszSubject) == 8);
    assert!(::core::mem::offset_of!(MapiMessage, lpszNoteText) == 16);
    assert!(::core::mem::offset_of!(MapiMessage, lpszMessageType) == 24);
    assert!(::core::mem::offset_of!(MapiMessage, lpszDateReceived) == 32);
    assert!(::core::mem::offset_of!(MapiMessage, lpszConversationID) == 40);
    assert!(::core::mem::offset_of!(MapiMessage, flFlags) == 48);
    assert!(::core::mem::offset_of!(MapiMessage, lpOriginator) == 56);
    assert!(::core::mem::offset_of!(MapiMessage, nRecipCount) == 64);
    assert!(::core::mem::offset_of!(MapiMessage, lpRecips) == 72);
    assert!(::core::mem::offset_of!(MapiMessage, nFileCount) == 80);
    assert!(::core::mem::offset_of!(MapiMessage, lpFiles) == 88);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiMessage>() == 48);
    assert!(::core::mem::align_of::<MapiMessage>() == 4);
    assert!(::core::mem::offset_of!(MapiMessage, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiMessage, lpszSubject) == 4);
    assert!(::core::mem::offset_of!(MapiMessage, lpszNoteText) == 8);
    assert!(::core::mem::offset_of!(MapiMessage, lpszMessageType) == 12);
    assert!(::core::mem::offset_of!(MapiMessage, lpszDateReceived) == 16);
    assert!(::core::mem::offset_of!(MapiMessage, lpszConversationID) == 20);
    assert!(::core::mem::offset_of!(MapiMessage, flFlags) == 24);
    assert!(::core::mem::offset_of!(MapiMessage, lpOriginator) == 28);
    assert!(::core::mem::offset_of!(MapiMessage, nRecipCount) == 32);
    assert!(::core::mem::offset_of!(MapiMessage, lpRecips) == 36);
    assert!(::core::mem::offset_of!(MapiMessage, nFileCount) == 40);
    assert!(::core::mem::offset_of!(MapiMessage, lpFiles) == 44);
};
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

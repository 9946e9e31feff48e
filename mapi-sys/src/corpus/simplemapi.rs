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
/// The Unicode form of `MapiFileDesc`: one file attached to a
/// `MapiMessageW`.
#[cfg(feature = "simple-mapi")]
pub type lpMapiFileDescW = *mut MapiFileDescW;
/// The Unicode form of `MapiRecipDesc`: the sender or a recipient of a
/// `MapiMessageW`.
#[cfg(feature = "simple-mapi")]
pub type lpMapiRecipDescW = *mut MapiRecipDescW;
/// The Unicode form of `MapiMessage`: the message `MAPISendMailW` sends.
#[cfg(feature = "simple-mapi")]
pub type lpMapiMessageW = *mut MapiMessageW;
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
/// The Unicode form of `MapiFileDesc`: one file attached to a
/// `MapiMessageW`.
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiFileDescW {
    /// Reserved; zero.
    pub ulReserved: crate::ULONG,
    /// What the attachment is: 0 for a data file, `MAPI_OLE` for an OLE
    /// object, `MAPI_OLE_STATIC` as well for a static one.
    pub flFlags: crate::ULONG,
    /// The index of the body character the attachment stands in for, or
    /// `0xFFFFFFFF` when its place is left to the mail client.
    pub nPosition: crate::ULONG,
    /// The full path of the file (or, when reading, of the temporary file
    /// holding the attachment).
    pub lpszPathName: crate::LPWSTR,
    /// The file name the recipient sees; null or empty to use the name in
    /// `lpszPathName`.
    pub lpszFileName: crate::LPWSTR,
    /// The attachment's type (a `MapiFileTagExt`); null when unknown or
    /// left to the system.
    pub lpFileType: crate::LPVOID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiFileDescW>() == 40);
    assert!(::core::mem::align_of::<MapiFileDescW>() == 8);
    assert!(::core::mem::offset_of!(MapiFileDescW, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiFileDescW, flFlags) == 4);
    assert!(::core::mem::offset_of!(MapiFileDescW, nPosition) == 8);
    assert!(::core::mem::offset_of!(MapiFileDescW, lpszPathName) == 16);
    assert!(::core::mem::offset_of!(MapiFileDescW, lpszFileName) == 24);
    assert!(::core::mem::offset_of!(MapiFileDescW, lpFileType) == 32);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiFileDescW>() == 24);
    assert!(::core::mem::align_of::<MapiFileDescW>() == 4);
    assert!(::core::mem::offset_of!(MapiFileDescW, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiFileDescW, flFlags) == 4);
    assert!(::core::mem::offset_of!(MapiFileDescW, nPosition) == 8);
    assert!(::core::mem::offset_of!(MapiFileDescW, lpszPathName) == 12);
    assert!(::core::mem::offset_of!(MapiFileDescW, lpszFileName) == 16);
    assert!(::core::mem::offset_of!(MapiFileDescW, lpFileType) == 20);
};
/// The Unicode form of `MapiRecipDesc`: the sender or a recipient of a
/// `MapiMessageW`.
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiRecipDescW {
    /// Reserved; zero.
    pub ulReserved: crate::ULONG,
    /// The role of the entry: `MAPI_ORIG` for the sender, else `MAPI_TO`,
    /// `MAPI_CC` or `MAPI_BCC`.
    pub ulRecipClass: crate::ULONG,
    /// The display name.
    pub lpszName: crate::LPWSTR,
    /// The address, as `type:address` (`SMTP:someone@example.com`); may be
    /// null, for a name still to be resolved.
    pub lpszAddress: crate::LPWSTR,
    /// The size of `lpEntryID`, in bytes.
    pub ulEIDSize: crate::ULONG,
    /// The entry identifier the messaging system gave the recipient; only
    /// its provider can interpret it.
    pub lpEntryID: crate::LPVOID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiRecipDescW>() == 40);
    assert!(::core::mem::align_of::<MapiRecipDescW>() == 8);
    assert!(::core::mem::offset_of!(MapiRecipDescW, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiRecipDescW, ulRecipClass) == 4);
    assert!(::core::mem::offset_of!(MapiRecipDescW, lpszName) == 8);
    assert!(::core::mem::offset_of!(MapiRecipDescW, lpszAddress) == 16);
    assert!(::core::mem::offset_of!(MapiRecipDescW, ulEIDSize) == 24);
    assert!(::core::mem::offset_of!(MapiRecipDescW, lpEntryID) == 32);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiRecipDescW>() == 24);
    assert!(::core::mem::align_of::<MapiRecipDescW>() == 4);
    assert!(::core::mem::offset_of!(MapiRecipDescW, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiRecipDescW, ulRecipClass) == 4);
    assert!(::core::mem::offset_of!(MapiRecipDescW, lpszName) == 8);
    assert!(::core::mem::offset_of!(MapiRecipDescW, lpszAddress) == 12);
    assert!(::core::mem::offset_of!(MapiRecipDescW, ulEIDSize) == 16);
    assert!(::core::mem::offset_of!(MapiRecipDescW, lpEntryID) == 20);
};
/// The Unicode form of `MapiMessage`: the message `MAPISendMailW` sends.
#[cfg(feature = "simple-mapi")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MapiMessageW {
    /// Reserved; zero.
    pub ulReserved: crate::ULONG,
    /// The subject; null or empty for none.
    pub lpszSubject: crate::LPWSTR,
    /// The body text; null or empty for none.
    pub lpszNoteText: crate::LPWSTR,
    /// The message type of a message that is not interpersonal; null or
    /// empty for an interpersonal message.
    pub lpszMessageType: crate::LPWSTR,
    /// When the message was received, as `YYYY/MM/DD HH:MM` (24 hours).
    pub lpszDateReceived: crate::LPWSTR,
    /// The conversation the message belongs to; systems may ignore it.
    pub lpszConversationID: crate::LPWSTR,
    /// `MAPI_UNREAD`, `MAPI_RECEIPT_REQUESTED` and `MAPI_SENT`.
    pub flFlags: FLAGS,
    /// The sender.
    pub lpOriginator: lpMapiRecipDescW,
    /// How many recipients `lpRecips` holds; zero (with `lpRecips` null)
    /// for none.
    pub nRecipCount: crate::ULONG,
    /// The recipients.
    pub lpRecips: lpMapiRecipDescW,
    /// How many attachments `lpFiles` holds.
    pub nFileCount: crate::ULONG,
    /// The attached files; null for none.
    pub lpFiles: lpMapiFileDescW,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiMessageW>() == 96);
    assert!(::core::mem::align_of::<MapiMessageW>() == 8);
    assert!(::core::mem::offset_of!(MapiMessageW, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszSubject) == 8);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszNoteText) == 16);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszMessageType) == 24);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszDateReceived) == 32);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszConversationID) == 40);
    assert!(::core::mem::offset_of!(MapiMessageW, flFlags) == 48);
    assert!(::core::mem::offset_of!(MapiMessageW, lpOriginator) == 56);
    assert!(::core::mem::offset_of!(MapiMessageW, nRecipCount) == 64);
    assert!(::core::mem::offset_of!(MapiMessageW, lpRecips) == 72);
    assert!(::core::mem::offset_of!(MapiMessageW, nFileCount) == 80);
    assert!(::core::mem::offset_of!(MapiMessageW, lpFiles) == 88);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "simple-mapi")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MapiMessageW>() == 48);
    assert!(::core::mem::align_of::<MapiMessageW>() == 4);
    assert!(::core::mem::offset_of!(MapiMessageW, ulReserved) == 0);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszSubject) == 4);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszNoteText) == 8);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszMessageType) == 12);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszDateReceived) == 16);
    assert!(::core::mem::offset_of!(MapiMessageW, lpszConversationID) == 20);
    assert!(::core::mem::offset_of!(MapiMessageW, flFlags) == 24);
    assert!(::core::mem::offset_of!(MapiMessageW, lpOriginator) == 28);
    assert!(::core::mem::offset_of!(MapiMessageW, nRecipCount) == 32);
    assert!(::core::mem::offset_of!(MapiMessageW, lpRecips) == 36);
    assert!(::core::mem::offset_of!(MapiMessageW, nFileCount) == 40);
    assert!(::core::mem::offset_of!(MapiMessageW, lpFiles) == 44);
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
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Shows the address book dialog box, seeded with zero or more
    /// recipients, in which the user builds or edits a recipient list; the
    /// resulting list is returned. The dialog box cannot be suppressed.
    ///
    /// On success the caller frees `*lppNewRecips` with `MAPIFreeBuffer`,
    /// even when it holds no recipient; on failure nothing was allocated.
    /// Fails with `MAPI_E_INVALID_EDITFIELDS` (`nEditFields` above 4),
    /// `MAPI_E_INVALID_RECIPS`, `MAPI_E_INVALID_SESSION`,
    /// `MAPI_E_LOGIN_FAILURE`, `MAPI_E_NOT_SUPPORTED`, `MAPI_E_USER_ABORT`,
    /// `MAPI_E_INSUFFICIENT_MEMORY` or `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session, or zero to log on for this call only.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box, or zero.
    /// - `lpszCaption` (`LPSTR`, in): Caption of the dialog box; null or empty for the default ("Address Book").
    /// - `nEditFields` (`ULONG`, in): How many recipient edit controls to show, 0 (browse only) to 4 (one per recipient class); more are shown if `lpRecips` holds more classes.
    /// - `lpszLabels` (`LPSTR`, in): Label of the edit control when `nEditFields` is 1; null or empty for the default ("To") or any other count.
    /// - `nRecips` (`ULONG`, in): How many recipients `lpRecips` holds.
    /// - `lpRecips` (`lpMapiRecipDesc`, in): The initial recipients, of any classes; ignored when `nRecips` is zero.
    /// - `flFlags` (`FLAGS`, in): `MAPI_LOGON_UI` and `MAPI_NEW_SESSION`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    /// - `lpnNewRecips` (`LPULONG`, out): Receives how many recipients `*lppNewRecips` holds.
    /// - `lppNewRecips` (`lpMapiRecipDesc*`, out): Receives the final recipients, grouped as `MAPI_TO`, `MAPI_CC`, then `MAPI_BCC`.
    pub fn MAPIAddress(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpszCaption: crate::LPSTR,
        nEditFields: crate::ULONG,
        lpszLabels: crate::LPSTR,
        nRecips: crate::ULONG,
        lpRecips: lpMapiRecipDesc,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
        lpnNewRecips: crate::LPULONG,
        lppNewRecips: *mut lpMapiRecipDesc,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Deletes a message; its identifier is no longer valid afterwards.
    ///
    /// Fails with `MAPI_E_INVALID_MESSAGE`, `MAPI_E_INVALID_SESSION`,
    /// `MAPI_E_INSUFFICIENT_MEMORY` or `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session; zero is not allowed.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpszMessageID` (`LPSTR`, in): Identifier of the message to delete (from `MAPIFindNext` or `MAPISaveMail`).
    /// - `flFlags` (`FLAGS`, in): Reserved; zero.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    pub fn MAPIDeleteMail(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpszMessageID: crate::LPSTR,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Shows a dialog box with the details of a resolved recipient (one
    /// with an entry identifier, as `MAPIAddress`, `MAPIResolveName` and
    /// `MAPIReadMail` return them).
    ///
    /// Fails with `MAPI_E_AMBIGUOUS_RECIPIENT` (no entry identifier),
    /// `MAPI_E_INVALID_RECIPS`, `MAPI_E_LOGIN_FAILURE`,
    /// `MAPI_E_NOT_SUPPORTED`, `MAPI_E_USER_ABORT`,
    /// `MAPI_E_INSUFFICIENT_MEMORY` or `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session, or zero to log on for this call only.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box, or zero.
    /// - `lpRecip` (`lpMapiRecipDesc`, in): The recipient; only `ulEIDSize` and `lpEntryID` are read.
    /// - `flFlags` (`FLAGS`, in): `MAPI_AB_NOMODIFY` (a read-only dialog box, if honoured), `MAPI_LOGON_UI` and `MAPI_NEW_SESSION`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    pub fn MAPIDetails(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpRecip: lpMapiRecipDesc,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the identifier of the first incoming message of a type, or
    /// of the one after a given message; repeated calls enumerate the
    /// folder that receives that type, ending with `MAPI_E_NO_MESSAGES`.
    /// Identifiers are valid for the current session only.
    ///
    /// Also fails with `MAPI_E_INVALID_MESSAGE` (a bad seed),
    /// `MAPI_E_INVALID_SESSION`, `MAPI_E_INSUFFICIENT_MEMORY` or
    /// `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session; zero is not allowed.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpszMessageType` (`LPSTR`, in): Message class to look for, matched as a prefix; null or empty for interpersonal messages.
    /// - `lpszSeedMessageID` (`LPSTR`, in): The message to continue after; null or empty to start from the first.
    /// - `flFlags` (`FLAGS`, in): `MAPI_GUARANTEE_FIFO`, `MAPI_LONG_MSGID` and `MAPI_UNREAD_ONLY`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    /// - `lpszMessageID` (`LPSTR`, out): The caller's buffer that receives the identifier: 512 characters, as `MAPI_LONG_MSGID` requires (64 without it).
    pub fn MAPIFindNext(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpszMessageType: crate::LPSTR,
        lpszSeedMessageID: crate::LPSTR,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
        lpszMessageID: crate::LPSTR,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Ends a Simple MAPI session; the handle is invalid afterwards.
    ///
    /// Fails with `MAPI_E_INVALID_SESSION`, `MAPI_E_INSUFFICIENT_MEMORY` or
    /// `MAPI_E_FAILURE` (which also reports bad flags).
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): The session to end; zero is not allowed.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `flFlags` (`FLAGS`, in): Reserved; zero.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    pub fn MAPILogoff(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Opens a Simple MAPI session, loading the default message store and
    /// address book; end it with `MAPILogoff`. With null names and no
    /// `MAPI_LOGON_UI` it only succeeds if a shared session already exists.
    ///
    /// Fails with `MAPI_E_LOGIN_FAILURE`, `MAPI_E_TOO_MANY_SESSIONS`,
    /// `MAPI_E_USER_ABORT`, `MAPI_E_INSUFFICIENT_MEMORY` or
    /// `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the logon dialog box, or zero.
    /// - `lpszProfileName` (`LPSTR`, in): Profile to log on to (at most 256 characters); null or empty to let the user type one.
    /// - `lpszPassword` (`LPSTR`, in): Password (at most 256 characters); null or empty when none is needed or the user is to type it.
    /// - `flFlags` (`FLAGS`, in): `MAPI_FORCE_DOWNLOAD`, `MAPI_NEW_SESSION`, and one of `MAPI_LOGON_UI` or `MAPI_PASSWORD_UI`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    /// - `lplhSession` (`LPLHANDLE`, out): Receives the session handle.
    pub fn MAPILogon(
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::LPSTR,
        lpszPassword: crate::LPSTR,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
        lplhSession: crate::LPLHANDLE,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Reads a message into a `MapiMessage`, its attachments copied to
    /// temporary files (unless `MAPI_ENVELOPE_ONLY` or
    /// `MAPI_SUPPRESS_ATTACH` is given).
    ///
    /// The caller frees the message with one `MAPIFreeBuffer` and deletes
    /// the attachment files. Fails with `MAPI_E_INVALID_MESSAGE`,
    /// `MAPI_E_INVALID_SESSION`, `MAPI_E_ATTACHMENT_WRITE_FAILURE`,
    /// `MAPI_E_DISK_FULL`, `MAPI_E_TOO_MANY_FILES`,
    /// `MAPI_E_TOO_MANY_RECIPIENTS`, `MAPI_E_INSUFFICIENT_MEMORY` or
    /// `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session; zero is not allowed.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpszMessageID` (`LPSTR`, in): Identifier of the message to read.
    /// - `flFlags` (`FLAGS`, in): `MAPI_BODY_AS_FILE`, `MAPI_ENVELOPE_ONLY`, `MAPI_PEEK` and `MAPI_SUPPRESS_ATTACH`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    /// - `lppMessage` (`lpMapiMessage*`, out): Receives the message.
    pub fn MAPIReadMail(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpszMessageID: crate::LPSTR,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
        lppMessage: *mut lpMapiMessage,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Resolves a name as the user typed it to a single address book
    /// entry, asking the user to choose among candidates with
    /// `MAPI_DIALOG`.
    ///
    /// The caller frees `*lppRecip` with `MAPIFreeBuffer`. Fails with
    /// `MAPI_E_AMBIGUOUS_RECIPIENT`, `MAPI_E_UNKNOWN_RECIPIENT`,
    /// `MAPI_E_LOGIN_FAILURE`, `MAPI_E_NOT_SUPPORTED`, `MAPI_E_USER_ABORT`,
    /// `MAPI_E_INSUFFICIENT_MEMORY` or `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session, or zero to log on for this call only.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpszName` (`LPSTR`, in): The name to resolve.
    /// - `flFlags` (`FLAGS`, in): `MAPI_AB_NOMODIFY`, `MAPI_DIALOG`, `MAPI_LOGON_UI` and `MAPI_NEW_SESSION`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    /// - `lppRecip` (`lpMapiRecipDesc*`, out): Receives the resolved recipient.
    pub fn MAPIResolveName(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpszName: crate::LPSTR,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
        lppRecip: *mut lpMapiRecipDesc,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Saves a message in the store: over the message `lpszMessageID`
    /// names, or as a new message in the folder receiving its class when
    /// `lpszMessageID` is empty.
    ///
    /// Fails with `MAPI_E_NOT_SUPPORTED` where the system keeps no
    /// messages, `MAPI_E_INVALID_MESSAGE`, `MAPI_E_INVALID_SESSION`,
    /// `MAPI_E_ATTACHMENT_NOT_FOUND`, `MAPI_E_BAD_RECIPTYPE`,
    /// `MAPI_E_INVALID_RECIPS`, `MAPI_E_LOGIN_FAILURE`, `MAPI_E_USER_ABORT`,
    /// `MAPI_E_INSUFFICIENT_MEMORY` or `MAPI_E_FAILURE`.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session; zero (a session for this call only) is allowed only for a new message.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpMessage` (`lpMapiMessage`, in): The message; `lpOriginator` is ignored.
    /// - `flFlags` (`FLAGS`, in): `MAPI_LOGON_UI`, `MAPI_LONG_MSGID` and `MAPI_NEW_SESSION`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    /// - `lpszMessageID` (`LPSTR`, in, out): The caller's buffer of 512 characters (64 without `MAPI_LONG_MSGID`): in, the message to replace or an empty string; out, the identifier of the saved message.
    pub fn MAPISaveMail(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpMessage: lpMapiMessage,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
        lpszMessageID: crate::LPSTR,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Sends files as attachments of a new message, always showing the
    /// send note dialog box in which the user picks recipients and writes
    /// a cover note; for macro and script callers. It uses the shared
    /// session, or logs on for the call.
    ///
    /// Fails with `MAPI_E_ATTACHMENT_OPEN_FAILURE`,
    /// `MAPI_E_ATTACHMENT_WRITE_FAILURE`, `MAPI_E_LOGIN_FAILURE`,
    /// `MAPI_E_USER_ABORT`, `MAPI_E_INSUFFICIENT_MEMORY` or
    /// `MAPI_E_FAILURE` (the message may or may not have gone).
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box, or zero.
    /// - `lpszDelimChar` (`LPSTR`, in): The separator of the lists below: its first character, one that cannot appear in a file name (such as `;`).
    /// - `lpszFilePaths` (`LPSTR`, in): Full paths of the files to attach, separated by the delimiter; null or empty for none.
    /// - `lpszFileNames` (`LPSTR`, in): Names the recipients see for the files, in the same order; null or empty to use the names from the paths.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    pub fn MAPISendDocuments(
        ulUIParam: crate::ULONG_PTR,
        lpszDelimChar: crate::LPSTR,
        lpszFilePaths: crate::LPSTR,
        lpszFileNames: crate::LPSTR,
        ulReserved: crate::ULONG,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Sends a message with ANSI strings, with or without a dialog box;
    /// prefer `MAPISendMailW`. Attachments are copied before it returns.
    ///
    /// Fails with `MAPI_E_AMBIGUOUS_RECIPIENT`, `MAPI_E_UNKNOWN_RECIPIENT`,
    /// `MAPI_E_INVALID_RECIPS`, `MAPI_E_BAD_RECIPTYPE`,
    /// `MAPI_E_ATTACHMENT_NOT_FOUND`, `MAPI_E_ATTACHMENT_OPEN_FAILURE`,
    /// 28 (`MAPI_E_ATTACHMENT_TOO_LARGE` in newer headers),
    /// `MAPI_E_TOO_MANY_FILES`, `MAPI_E_TOO_MANY_RECIPIENTS`,
    /// `MAPI_E_TEXT_TOO_LARGE`, `MAPI_E_LOGIN_FAILURE`, `MAPI_E_USER_ABORT`,
    /// `MAPI_E_INSUFFICIENT_MEMORY` or `MAPI_E_FAILURE`; nothing is sent.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session, or zero to log on for this call only.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpMessage` (`lpMapiMessage`, in): The message; without `MAPI_DIALOG` it needs at least one recipient.
    /// - `flFlags` (`FLAGS`, in): `MAPI_DIALOG`, `MAPI_LOGON_UI` and `MAPI_NEW_SESSION` (and, where the mail client supports it, `MAPI_DIALOG_MODELESS`).
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    pub fn MAPISendMail(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpMessage: lpMapiMessage,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
    ) -> crate::ULONG;
}
#[cfg(feature = "simple-mapi")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Sends a message with Unicode strings, with or without a dialog box
    /// (Windows 8 and later). A mail client without Unicode support gets it
    /// converted to ANSI, unless `MAPI_FORCE_UNICODE` is set.
    ///
    /// Two flags and a status code of the Windows 8 `mapi.h` are not
    /// declared here: `MAPI_DIALOG_MODELESS` (`0x00000004 | MAPI_DIALOG`, a
    /// modeless dialog box), `MAPI_FORCE_UNICODE` (`0x00040000`) and
    /// `MAPI_E_UNICODE_NOT_SUPPORTED` (27, what `MAPI_FORCE_UNICODE` fails
    /// with). Otherwise it fails as `MAPISendMail` does; nothing is sent.
    ///
    /// # Parameters
    ///
    /// - `lhSession` (`LHANDLE`, in): A Simple MAPI session, or zero to log on for this call only; must be zero with `MAPI_DIALOG_MODELESS`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box, or zero.
    /// - `lpMessage` (`lpMapiMessageW`, in): The message; without a dialog box it needs at least one recipient.
    /// - `flFlags` (`FLAGS`, in): `MAPI_DIALOG` or `MAPI_DIALOG_MODELESS`, `MAPI_FORCE_UNICODE`, `MAPI_LOGON_UI` and `MAPI_NEW_SESSION`.
    /// - `ulReserved` (`ULONG`, in): Reserved; zero.
    pub fn MAPISendMailW(
        lhSession: crate::LHANDLE,
        ulUIParam: crate::ULONG_PTR,
        lpMessage: lpMapiMessageW,
        flFlags: FLAGS,
        ulReserved: crate::ULONG,
    ) -> crate::ULONG;
}

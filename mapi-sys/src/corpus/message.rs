// `idl/mapi/message.idl` as Rust, included by `mod.rs`.
/// Pointer to an attachment object.
pub type LPATTACH = *mut IAttach;
/// Pointer to a message object.
pub type LPMESSAGE = *mut IMessage;
/// Flags of `IMessage::GetAttachmentTable`.
pub type MessageGetAttachmentTableFlags = crate::Flags<
    MessageGetAttachmentTableFlagsGroup,
>;
/// The group of [`MessageGetAttachmentTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageGetAttachmentTableFlagsGroup {}
impl crate::FlagGroup for MessageGetAttachmentTableFlagsGroup {
    const IN_MASK: u32 = 0x80000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MessageGetAttachmentTableFlagsGroup> {
    /// The table may be returned before it is fully available; errors may
    /// then come from later calls on it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// String columns are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMessage::OpenAttach`: how the attachment is opened.
pub type MessageOpenAttachFlags = crate::Flags<MessageOpenAttachFlagsGroup>;
/// The group of [`MessageOpenAttachFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageOpenAttachFlagsGroup {}
impl crate::FlagGroup for MessageOpenAttachFlagsGroup {
    const IN_MASK: u32 = 0x00000019;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_BEST_ACCESS", 0x00000010),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
impl crate::Flags<MessageOpenAttachFlagsGroup> {
    /// Open with the highest access the user and the client are allowed:
    /// read/write where permitted, read-only otherwise.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// The call may succeed before the attachment is fully available;
    /// problems may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access. Without it the attachment is opened
    /// read-only, and even with it less may be granted.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMessage::CreateAttach`.
pub type MessageCreateAttachFlags = crate::Flags<MessageCreateAttachFlagsGroup>;
/// The group of [`MessageCreateAttachFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageCreateAttachFlagsGroup {}
impl crate::FlagGroup for MessageCreateAttachFlagsGroup {
    const IN_MASK: u32 = 0x00000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
    ];
}
impl crate::Flags<MessageCreateAttachFlagsGroup> {
    /// The call may succeed before the attachment is fully accessible;
    /// problems may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IMessage::DeleteAttach`.
pub type MessageDeleteAttachFlags = crate::Flags<MessageDeleteAttachFlagsGroup>;
/// The group of [`MessageDeleteAttachFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageDeleteAttachFlagsGroup {}
impl crate::FlagGroup for MessageDeleteAttachFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("ATTACH_DIALOG", 0x00000001)];
}
impl crate::Flags<MessageDeleteAttachFlagsGroup> {
    /// Show a progress indicator while the attachment is deleted.
    ///
    /// `ATTACH_DIALOG` (`0x1`), valid on input.
    pub const ATTACH_DIALOG: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMessage::GetRecipientTable`.
pub type MessageGetRecipientTableFlags = crate::Flags<
    MessageGetRecipientTableFlagsGroup,
>;
/// The group of [`MessageGetRecipientTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageGetRecipientTableFlagsGroup {}
impl crate::FlagGroup for MessageGetRecipientTableFlagsGroup {
    const IN_MASK: u32 = 0x80000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MessageGetRecipientTableFlagsGroup> {
    /// The table may be returned before it is fully available; errors may
    /// then come from later calls on it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// String columns are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMessage::ModifyRecipients`. With none, the whole recipient
/// list is replaced by `lpMods`. The reference does not forbid combining
/// them, so the check leaves that to the implementation.
pub type MessageModifyRecipientsFlags = crate::Flags<MessageModifyRecipientsFlagsGroup>;
/// The group of [`MessageModifyRecipientsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageModifyRecipientsFlagsGroup {}
impl crate::FlagGroup for MessageModifyRecipientsFlagsGroup {
    const IN_MASK: u32 = 0x0000000E;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MODRECIP_ADD", 0x00000002),
        ("MODRECIP_MODIFY", 0x00000004),
        ("MODRECIP_REMOVE", 0x00000008),
    ];
}
impl crate::Flags<MessageModifyRecipientsFlagsGroup> {
    /// Add the recipients of `lpMods` to the list.
    ///
    /// `MODRECIP_ADD` (`0x2`), valid on input.
    pub const ADD: Self = Self::from_bits_retain(0x00000002);
    /// Replace existing recipients, found by their `PR_ROWID`, with the
    /// entries of `lpMods`; all their old properties are discarded.
    ///
    /// `MODRECIP_MODIFY` (`0x4`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000004);
    /// Remove the recipients whose `PR_ROWID` appears in `lpMods`.
    ///
    /// `MODRECIP_REMOVE` (`0x8`), valid on input.
    pub const REMOVE: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IMessage::SubmitMessage`.
pub type MessageSubmitMessageFlags = crate::Flags<MessageSubmitMessageFlagsGroup>;
/// The group of [`MessageSubmitMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageSubmitMessageFlagsGroup {}
impl crate::FlagGroup for MessageSubmitMessageFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("FORCE_SUBMIT", 0x00000001)];
}
impl crate::Flags<MessageSubmitMessageFlagsGroup> {
    /// Ask MAPI to submit the message at once. Currently unused.
    ///
    /// `FORCE_SUBMIT` (`0x1`), valid on input.
    pub const FORCE_SUBMIT: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMessage::SetReadFlag`.
///
/// `CLEAR_READ_FLAG` may not be combined with `SUPPRESS_RECEIPT` or with
/// `GENERATE_RECEIPT_ONLY` (`MAPI_E_INVALID_PARAMETER`); those two may be
/// combined with each other.
pub type MessageSetReadFlagFlags = crate::Flags<MessageSetReadFlagFlagsGroup>;
/// The group of [`MessageSetReadFlagFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MessageSetReadFlagFlagsGroup {}
impl crate::FlagGroup for MessageSetReadFlagFlagsGroup {
    const IN_MASK: u32 = 0x0000007D;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const EXCLUDED_PAIRS: &'static [u32] = &[0x00000005, 0x00000014];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("CLEAR_READ_FLAG", 0x00000004),
        ("CLEAR_NRN_PENDING", 0x00000040),
        ("CLEAR_RN_PENDING", 0x00000020),
        ("GENERATE_RECEIPT_ONLY", 0x00000010),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("SUPPRESS_RECEIPT", 0x00000001),
    ];
}
impl crate::Flags<MessageSetReadFlagFlagsGroup> {
    /// Clear `MSGFLAG_READ` and send no read report.
    ///
    /// `CLEAR_READ_FLAG` (`0x4`), valid on input. Not with `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    pub const CLEAR_READ_FLAG: Self = Self::from_bits_retain(0x00000004);
    /// Clear `MSGFLAG_NRN_PENDING` and send no non-read report.
    ///
    /// `CLEAR_NRN_PENDING` (`0x40`), valid on input.
    pub const CLEAR_NRN_PENDING: Self = Self::from_bits_retain(0x00000040);
    /// Clear `MSGFLAG_RN_PENDING` and send no read report.
    ///
    /// `CLEAR_RN_PENDING` (`0x20`), valid on input.
    pub const CLEAR_RN_PENDING: Self = Self::from_bits_retain(0x00000020);
    /// Send the pending read report, if any, but leave `MSGFLAG_READ` as it
    /// is.
    ///
    /// `GENERATE_RECEIPT_ONLY` (`0x10`), valid on input.
    pub const GENERATE_RECEIPT_ONLY: Self = Self::from_bits_retain(0x00000010);
    /// The call may return before the operation is complete.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// When this call marks an unread message read, cancel its pending read
    /// report. If the state does not change, the flag may be ignored.
    ///
    /// `SUPPRESS_RECEIPT` (`0x1`), valid on input.
    pub const SUPPRESS_RECEIPT: Self = Self::from_bits_retain(0x00000001);
}
/// An attachment of a message: a file, an embedded message, an OLE object
/// or a link, reached through its properties.
///
/// It adds no methods to `IMAPIProp`. The data is in `PR_ATTACH_DATA_BIN`
/// (files, by value) or `PR_ATTACH_DATA_OBJ` (embedded messages and OLE
/// objects, opened with `IMAPIProp::OpenProperty`), according to
/// `PR_ATTACH_METHOD`. Message store providers implement it; clients call
/// it. Attachments are transacted: changes last only once both the
/// attachment and its message are saved. The interface identifier is
/// `IID_IAttachment`.
#[repr(C)]
pub struct IAttach {
    /// The object's vtable.
    pub lpVtbl: *const IAttachVtbl,
}
/// The vtable of [`IAttach`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IAttachVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
}
/// The interface identifier of [`IAttach`]: `{00020308-0000-0000-C000-000000000046}`.
pub const IID_IAttach: crate::GUID = crate::GUID::from_u128(
    0x00020308_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IAttach {
    const IID: crate::GUID = IID_IAttach;
    const NAME: &'static str = "IAttach";
    type Vtbl = IAttachVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IAttach || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IAttachVtbl>() == 14 * ::core::mem::size_of::<usize>()
);
/// A message: its properties, its recipients and its attachments.
///
/// Message store providers implement it; clients call it. Messages are
/// transacted: changes to the message, its recipient list and its
/// attachments last only after `IMAPIProp::SaveChanges` on the message.
/// Most read-only properties (`PR_ENTRYID`, `PR_MESSAGE_SIZE`,
/// `PR_HASATTACH`, ...) are set by the store when the message is saved or
/// submitted.
#[repr(C)]
pub struct IMessage {
    /// The object's vtable.
    pub lpVtbl: *const IMessageVtbl,
}
/// The vtable of [`IMessage`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMessageVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Returns the message's attachment table, one row per attachment.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the table is returned.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the attachment table.
    pub GetAttachmentTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Opens one of the message's attachments.
    ///
    /// The attachment is designated by its number (`PR_ATTACH_NUM`), which
    /// is unique within the message and valid only while the message is
    /// open.
    ///
    /// Returns `S_OK` when the attachment was opened.
    ///
    /// # Parameters
    ///
    /// - `ulAttachmentNum` (`ULONG`, in): Number of the attachment, from its `PR_ATTACH_NUM` property.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IAttach`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the attachment is opened.
    /// - `lppAttach` (`LPATTACH*`, out): Receives the attachment.
    pub OpenAttach: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulAttachmentNum: crate::ULONG,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppAttach: *mut LPATTACH,
    ) -> crate::HRESULT,
    /// Creates a new attachment on the message.
    ///
    /// The attachment and the message must both be saved for it to last.
    ///
    /// Returns `S_OK` when the attachment was created.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IAttach`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the attachment is created.
    /// - `lpulAttachmentNum` (`ULONG*`, out): Receives the number of the new attachment, valid while the message is open (its `PR_ATTACH_NUM`).
    /// - `lppAttach` (`LPATTACH*`, out): Receives the new attachment, open for writing.
    pub CreateAttach: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulAttachmentNum: *mut crate::ULONG,
        lppAttach: *mut LPATTACH,
    ) -> crate::HRESULT,
    /// Deletes one of the message's attachments.
    ///
    /// The deletion lasts only once the message is saved. Release the
    /// attachment and its streams before deleting it.
    ///
    /// Returns `S_OK` when the attachment was deleted.
    ///
    /// # Parameters
    ///
    /// - `ulAttachmentNum` (`ULONG`, in): Number of the attachment, from its `PR_ATTACH_NUM` property.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator; ignored without `ATTACH_DIALOG`.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `ATTACH_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the user interface.
    pub DeleteAttach: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulAttachmentNum: crate::ULONG,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the message's recipient table, one row per recipient.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the table is returned.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the recipient table.
    pub GetRecipientTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Adds, changes or removes recipients of the message.
    ///
    /// The recipient table is built from this list. Existing recipients are
    /// designated by their `PR_ROWID`, which must be present with
    /// `MODRECIP_MODIFY` and `MODRECIP_REMOVE` and absent with
    /// `MODRECIP_ADD` or no flag. With no flag the whole list is replaced by
    /// `lpMods`. A modified recipient keeps only the properties given for it
    /// in `lpMods`. Entries may be resolved or unresolved (only
    /// `PR_DISPLAY_NAME` and `PR_RECIPIENT_TYPE`), but only resolved ones
    /// can be sent. Property values of type `PT_ERROR` are ignored;
    /// `PT_NULL` is an error.
    ///
    /// Returns `S_OK` when the recipient list was changed.
    ///
    /// **Notes to callers.** The method frees nothing: allocate the
    /// `ADRLIST` and each entry's property array as separate
    /// `MAPIAllocateBuffer` blocks, and free them yourself (`FreePadrlist`).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how `lpMods` applies to the list.
    /// - `lpMods` (`LPADRLIST`, in): The recipients to add, change or remove.
    pub ModifyRecipients: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpMods: crate::LPADRLIST,
    ) -> crate::HRESULT,
    /// Saves the message and marks it as ready to be sent.
    ///
    /// Messages go to the messaging system in the order they were
    /// submitted, so one may wait in the store for a while. Once the call
    /// returns, the message and everything obtained from it (attachments,
    /// streams, tables) may only be released.
    ///
    /// Returns:
    /// - `S_OK`: the message was submitted.
    /// - `MAPI_E_NO_RECIPIENTS`: the recipient table is empty.
    ///
    /// **Notes to implementers.** Save the message, then look at its
    /// `PR_MESSAGE_FLAGS`: if `MSGFLAG_RESEND` is set, call
    /// `IMAPISupport::PrepareSubmit`, which updates the recipient type and
    /// `PR_RESPONSIBILITY` of every recipient of the resent message.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the submission.
    pub SubmitMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Sets or clears `MSGFLAG_READ` in the message's `PR_MESSAGE_FLAGS`,
    /// and deals with its read report.
    ///
    /// The message is saved as part of the call. Without flags, an unread
    /// message becomes read and a pending read report is sent (when
    /// `PR_READ_RECEIPT_REQUESTED` is set). The read flag cannot be changed
    /// on a message that is open for writing or that has been submitted.
    ///
    /// Returns:
    /// - `S_OK`: the read state was changed.
    /// - `MAPI_E_NO_SUPPRESS`: the store cannot suppress read reports.
    /// - `MAPI_E_INVALID_PARAMETER`: `CLEAR_READ_FLAG` was combined with
    ///   `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    ///
    /// **Notes to implementers.** Supporting read reports and their
    /// suppression is optional; refuse `SUPPRESS_RECEIPT` with
    /// `MAPI_E_NO_SUPPRESS`. With `SUPPRESS_RECEIPT` and
    /// `GENERATE_RECEIPT_ONLY` together, set `PR_READ_RECEIPT_REQUESTED` to
    /// FALSE and send nothing.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the read flag and the read report.
    pub SetReadFlag: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMessage`]: `{00020307-0000-0000-C000-000000000046}`.
pub const IID_IMessage: crate::GUID = crate::GUID::from_u128(
    0x00020307_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMessage {
    const IID: crate::GUID = IID_IMessage;
    const NAME: &'static str = "IMessage";
    type Vtbl = IMessageVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMessage || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMessageVtbl>() == 22 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`IAttach`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IAttachImpl`, the provider side of `IAttach`",
    label = "`IAttach` needs `impl IAttachImpl for {Self}`",
    note = "write `impl IAttachImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IAttachImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IAttach,
        0x00020308_0000_0000_c000_000000000046,
    > {}
#[cfg(feature = "provider")]
impl IAttachVtbl {
    /// A vtable of [`IAttach`] whose slots check their arguments and call [`IAttachImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IAttachImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IAttach {
    const IIDS: &'static [u128] = &[
        0x00020308_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IMessage`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMessageImpl`, the provider side of `IMessage`",
    label = "`IMessage` needs `impl IMessageImpl for {Self}`",
    note = "write `impl IMessageImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMessageImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IMessage,
        0x00020307_0000_0000_c000_000000000046,
    > {
    /// Returns the message's attachment table, one row per attachment.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 14 ([`IMessageVtbl::GetAttachmentTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_attachment_table(
        &self,
        ulFlags: MessageGetAttachmentTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens one of the message's attachments.
    ///
    /// The attachment is designated by its number (`PR_ATTACH_NUM`), which
    /// is unique within the message and valid only while the message is
    /// open.
    ///
    /// Returns `S_OK` when the attachment was opened.
    ///
    /// Called through slot 15 ([`IMessageVtbl::OpenAttach`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_attach(
        &self,
        ulAttachmentNum: crate::ULONG,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MessageOpenAttachFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (ulAttachmentNum, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a new attachment on the message.
    ///
    /// The attachment and the message must both be saved for it to last.
    ///
    /// Returns `S_OK` when the attachment was created.
    ///
    /// Called through slot 16 ([`IMessageVtbl::CreateAttach`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_attach(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MessageCreateAttachFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes one of the message's attachments.
    ///
    /// The deletion lasts only once the message is saved. Release the
    /// attachment and its streams before deleting it.
    ///
    /// Returns `S_OK` when the attachment was deleted.
    ///
    /// Called through slot 17 ([`IMessageVtbl::DeleteAttach`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_attach(
        &self,
        ulAttachmentNum: crate::ULONG,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MessageDeleteAttachFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulAttachmentNum, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the message's recipient table, one row per recipient.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 18 ([`IMessageVtbl::GetRecipientTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_recipient_table(
        &self,
        ulFlags: MessageGetRecipientTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds, changes or removes recipients of the message.
    ///
    /// The recipient table is built from this list. Existing recipients are
    /// designated by their `PR_ROWID`, which must be present with
    /// `MODRECIP_MODIFY` and `MODRECIP_REMOVE` and absent with
    /// `MODRECIP_ADD` or no flag. With no flag the whole list is replaced by
    /// `lpMods`. A modified recipient keeps only the properties given for it
    /// in `lpMods`. Entries may be resolved or unresolved (only
    /// `PR_DISPLAY_NAME` and `PR_RECIPIENT_TYPE`), but only resolved ones
    /// can be sent. Property values of type `PT_ERROR` are ignored;
    /// `PT_NULL` is an error.
    ///
    /// Returns `S_OK` when the recipient list was changed.
    ///
    /// **Notes to callers.** The method frees nothing: allocate the
    /// `ADRLIST` and each entry's property array as separate
    /// `MAPIAllocateBuffer` blocks, and free them yourself (`FreePadrlist`).
    ///
    /// Called through slot 19 ([`IMessageVtbl::ModifyRecipients`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn modify_recipients(
        &self,
        ulFlags: MessageModifyRecipientsFlags,
        lpMods: &[::std::vec::Vec<crate::value::PropRef<'_>>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpMods);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Saves the message and marks it as ready to be sent.
    ///
    /// Messages go to the messaging system in the order they were
    /// submitted, so one may wait in the store for a while. Once the call
    /// returns, the message and everything obtained from it (attachments,
    /// streams, tables) may only be released.
    ///
    /// Returns:
    /// - `S_OK`: the message was submitted.
    /// - `MAPI_E_NO_RECIPIENTS`: the recipient table is empty.
    ///
    /// **Notes to implementers.** Save the message, then look at its
    /// `PR_MESSAGE_FLAGS`: if `MSGFLAG_RESEND` is set, call
    /// `IMAPISupport::PrepareSubmit`, which updates the recipient type and
    /// `PR_RESPONSIBILITY` of every recipient of the resent message.
    ///
    /// Called through slot 20 ([`IMessageVtbl::SubmitMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn submit_message(
        &self,
        ulFlags: MessageSubmitMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets or clears `MSGFLAG_READ` in the message's `PR_MESSAGE_FLAGS`,
    /// and deals with its read report.
    ///
    /// The message is saved as part of the call. Without flags, an unread
    /// message becomes read and a pending read report is sent (when
    /// `PR_READ_RECEIPT_REQUESTED` is set). The read flag cannot be changed
    /// on a message that is open for writing or that has been submitted.
    ///
    /// Returns:
    /// - `S_OK`: the read state was changed.
    /// - `MAPI_E_NO_SUPPRESS`: the store cannot suppress read reports.
    /// - `MAPI_E_INVALID_PARAMETER`: `CLEAR_READ_FLAG` was combined with
    ///   `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    ///
    /// **Notes to implementers.** Supporting read reports and their
    /// suppression is optional; refuse `SUPPRESS_RECEIPT` with
    /// `MAPI_E_NO_SUPPRESS`. With `SUPPRESS_RECEIPT` and
    /// `GENERATE_RECEIPT_ONLY` together, set `PR_READ_RECEIPT_REQUESTED` to
    /// FALSE and send nothing.
    ///
    /// Called through slot 21 ([`IMessageVtbl::SetReadFlag`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_read_flag(
        &self,
        ulFlags: MessageSetReadFlagFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMessageVtbl {
    /// A vtable of [`IMessage`] whose slots check their arguments and call [`IMessageImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMessageImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            GetAttachmentTable: {
                /// `IMessage::GetAttachmentTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MessageGetAttachmentTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::get_attachment_table(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppTable.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenAttach: {
                /// `IMessage::OpenAttach`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulAttachmentNum: crate::ULONG,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppAttach: *mut LPATTACH,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !lppAttach.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAttach, 0, 1) };
                        }
                        let arg1 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg2 = match <MessageOpenAttachFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppAttach.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::open_attach(
                            object.inner(),
                            ulAttachmentNum,
                            arg1.as_ref(),
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg3;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppAttach.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CreateAttach: {
                /// `IMessage::CreateAttach`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lpulAttachmentNum: *mut crate::ULONG,
                    lppAttach: *mut LPATTACH,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulAttachmentNum.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulAttachmentNum, 0, 1) };
                        }
                        if !lppAttach.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAttach, 0, 1) };
                        }
                        let arg0 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg1 = match <MessageCreateAttachFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulAttachmentNum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppAttach.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMessageImpl>::create_attach(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg2, arg3) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                {
                                    let __o = &arg3;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppAttach.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpulAttachmentNum.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteAttach: {
                /// `IMessage::DeleteAttach`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulAttachmentNum: crate::ULONG,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg3 = match <MessageDeleteAttachFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::delete_attach(
                            object.inner(),
                            ulAttachmentNum,
                            ulUIParam,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetRecipientTable: {
                /// `IMessage::GetRecipientTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MessageGetRecipientTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::get_recipient_table(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppTable.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ModifyRecipients: {
                /// `IMessage::ModifyRecipients`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpMods: crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MessageModifyRecipientsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::RowSetRef::from_raw_adr_list(
                                lpMods.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::modify_recipients(
                            object.inner(),
                            arg0,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SubmitMessage: {
                /// `IMessage::SubmitMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MessageSubmitMessageFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::submit_message(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetReadFlag: {
                /// `IMessage::SetReadFlag`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MessageSetReadFlagFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMessageImpl>::set_read_flag(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMessage {
    const IIDS: &'static [u128] = &[
        0x00020307_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `IAttach` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IAttach {}
#[cfg(feature = "client")]
/// SAFETY: `IAttach` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IAttach {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IAttach`).
#[automatically_derived]
unsafe impl crate::Inherits<IAttach> for IAttach {}
#[cfg(feature = "client")]
/// SAFETY: `IMessage` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMessage {}
#[cfg(feature = "client")]
/// SAFETY: `IMessage` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMessage {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMessage`).
#[automatically_derived]
unsafe impl crate::Inherits<IMessage> for IMessage {}
#[cfg(feature = "client")]
/// The caller side of [`IMessage`]: its methods, called through the vtable, on every `ComPtr` to `IMessage` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMessageExt {
    /// Returns the message's attachment table, one row per attachment.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the table is returned.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the attachment table.
    ///
    /// Calls slot 14 of the vtable, [`IMessageVtbl::GetAttachmentTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_attachment_table(
        &self,
        ulFlags: MessageGetAttachmentTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Opens one of the message's attachments.
    ///
    /// The attachment is designated by its number (`PR_ATTACH_NUM`), which
    /// is unique within the message and valid only while the message is
    /// open.
    ///
    /// Returns `S_OK` when the attachment was opened.
    ///
    /// # Parameters
    ///
    /// - `ulAttachmentNum` (`ULONG`, in): Number of the attachment, from its `PR_ATTACH_NUM` property.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IAttach`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the attachment is opened.
    /// - `lppAttach` (`LPATTACH*`, out): Receives the attachment.
    ///
    /// Calls slot 15 of the vtable, [`IMessageVtbl::OpenAttach`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppAttach`.
    fn open_attach<U: crate::Interface>(
        &self,
        ulAttachmentNum: crate::ULONG,
        ulFlags: MessageOpenAttachFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Creates a new attachment on the message.
    ///
    /// The attachment and the message must both be saved for it to last.
    ///
    /// Returns `S_OK` when the attachment was created.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IAttach`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the attachment is created.
    /// - `lpulAttachmentNum` (`ULONG*`, out): Receives the number of the new attachment, valid while the message is open (its `PR_ATTACH_NUM`).
    /// - `lppAttach` (`LPATTACH*`, out): Receives the new attachment, open for writing.
    ///
    /// Calls slot 16 of the vtable, [`IMessageVtbl::CreateAttach`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulAttachmentNum, lppAttach)`.
    fn create_attach<U: crate::Interface>(
        &self,
        ulFlags: MessageCreateAttachFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Deletes one of the message's attachments.
    ///
    /// The deletion lasts only once the message is saved. Release the
    /// attachment and its streams before deleting it.
    ///
    /// Returns `S_OK` when the attachment was deleted.
    ///
    /// # Parameters
    ///
    /// - `ulAttachmentNum` (`ULONG`, in): Number of the attachment, from its `PR_ATTACH_NUM` property.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator; ignored without `ATTACH_DIALOG`.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `ATTACH_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the user interface.
    ///
    /// Calls slot 17 of the vtable, [`IMessageVtbl::DeleteAttach`].
    fn delete_attach(
        &self,
        ulAttachmentNum: crate::ULONG,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MessageDeleteAttachFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the message's recipient table, one row per recipient.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the table is returned.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the recipient table.
    ///
    /// Calls slot 18 of the vtable, [`IMessageVtbl::GetRecipientTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_recipient_table(
        &self,
        ulFlags: MessageGetRecipientTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Adds, changes or removes recipients of the message.
    ///
    /// The recipient table is built from this list. Existing recipients are
    /// designated by their `PR_ROWID`, which must be present with
    /// `MODRECIP_MODIFY` and `MODRECIP_REMOVE` and absent with
    /// `MODRECIP_ADD` or no flag. With no flag the whole list is replaced by
    /// `lpMods`. A modified recipient keeps only the properties given for it
    /// in `lpMods`. Entries may be resolved or unresolved (only
    /// `PR_DISPLAY_NAME` and `PR_RECIPIENT_TYPE`), but only resolved ones
    /// can be sent. Property values of type `PT_ERROR` are ignored;
    /// `PT_NULL` is an error.
    ///
    /// Returns `S_OK` when the recipient list was changed.
    ///
    /// **Notes to callers.** The method frees nothing: allocate the
    /// `ADRLIST` and each entry's property array as separate
    /// `MAPIAllocateBuffer` blocks, and free them yourself (`FreePadrlist`).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how `lpMods` applies to the list.
    /// - `lpMods` (`LPADRLIST`, in): The recipients to add, change or remove.
    ///
    /// Calls slot 19 of the vtable, [`IMessageVtbl::ModifyRecipients`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    fn modify_recipients(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MessageModifyRecipientsFlags,
        lpMods: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Saves the message and marks it as ready to be sent.
    ///
    /// Messages go to the messaging system in the order they were
    /// submitted, so one may wait in the store for a while. Once the call
    /// returns, the message and everything obtained from it (attachments,
    /// streams, tables) may only be released.
    ///
    /// Returns:
    /// - `S_OK`: the message was submitted.
    /// - `MAPI_E_NO_RECIPIENTS`: the recipient table is empty.
    ///
    /// **Notes to implementers.** Save the message, then look at its
    /// `PR_MESSAGE_FLAGS`: if `MSGFLAG_RESEND` is set, call
    /// `IMAPISupport::PrepareSubmit`, which updates the recipient type and
    /// `PR_RESPONSIBILITY` of every recipient of the resent message.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the submission.
    ///
    /// Calls slot 20 of the vtable, [`IMessageVtbl::SubmitMessage`].
    fn submit_message(
        &self,
        ulFlags: MessageSubmitMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets or clears `MSGFLAG_READ` in the message's `PR_MESSAGE_FLAGS`,
    /// and deals with its read report.
    ///
    /// The message is saved as part of the call. Without flags, an unread
    /// message becomes read and a pending read report is sent (when
    /// `PR_READ_RECEIPT_REQUESTED` is set). The read flag cannot be changed
    /// on a message that is open for writing or that has been submitted.
    ///
    /// Returns:
    /// - `S_OK`: the read state was changed.
    /// - `MAPI_E_NO_SUPPRESS`: the store cannot suppress read reports.
    /// - `MAPI_E_INVALID_PARAMETER`: `CLEAR_READ_FLAG` was combined with
    ///   `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    ///
    /// **Notes to implementers.** Supporting read reports and their
    /// suppression is optional; refuse `SUPPRESS_RECEIPT` with
    /// `MAPI_E_NO_SUPPRESS`. With `SUPPRESS_RECEIPT` and
    /// `GENERATE_RECEIPT_ONLY` together, set `PR_READ_RECEIPT_REQUESTED` to
    /// FALSE and send nothing.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the read flag and the read report.
    ///
    /// Calls slot 21 of the vtable, [`IMessageVtbl::SetReadFlag`].
    fn set_read_flag(
        &self,
        ulFlags: MessageSetReadFlagFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMessage>> IMessageExt for crate::ComPtr<T> {
    fn get_attachment_table(
        &self,
        ulFlags: MessageGetAttachmentTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .GetAttachmentTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn open_attach<U: crate::Interface>(
        &self,
        ulAttachmentNum: crate::ULONG,
        ulFlags: MessageOpenAttachFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a3: LPATTACH = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .OpenAttach)(
                self.as_raw().cast(),
                ulAttachmentNum,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn create_attach<U: crate::Interface>(
        &self,
        ulFlags: MessageCreateAttachFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let mut __a2: crate::ULONG = 0;
        let mut __a3: LPATTACH = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .CreateAttach)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__a2, __r3))
    }
    fn delete_attach(
        &self,
        ulAttachmentNum: crate::ULONG,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MessageDeleteAttachFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a2: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .DeleteAttach)(
                self.as_raw().cast(),
                ulAttachmentNum,
                ulUIParam,
                __a2,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_recipient_table(
        &self,
        ulFlags: MessageGetRecipientTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .GetRecipientTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn modify_recipients(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MessageModifyRecipientsFlags,
        lpMods: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpMods;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::adr_list_in(alloc, __t)?;
        let __s = &mut __b1;
        let __a1: crate::LPADRLIST = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .ModifyRecipients)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn submit_message(
        &self,
        ulFlags: MessageSubmitMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .SubmitMessage)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_read_flag(
        &self,
        ulFlags: MessageSetReadFlagFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMessage>()
                .SetReadFlag)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}

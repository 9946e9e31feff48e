// `idl/mapi/mapicode.idl` as Rust, included by `mod.rs`.
/// The call succeeded.
pub const S_OK: crate::SCODE = 0;
/// The call succeeded but the answer is "no" or the result is partial (for example, fewer items than requested).
pub const S_FALSE: crate::SCODE = 1;
/// The call failed for a reason the callee did not expect.
pub const E_UNEXPECTED: crate::SCODE = 0x8000FFFFu32 as i32;
/// The method is not implemented.
pub const E_NOTIMPL: crate::SCODE = 0x80004001u32 as i32;
/// The object does not support the requested interface.
pub const E_NOINTERFACE: crate::SCODE = 0x80004002u32 as i32;
/// A required pointer argument was null or invalid.
pub const E_POINTER: crate::SCODE = 0x80004003u32 as i32;
/// The operation was aborted.
pub const E_ABORT: crate::SCODE = 0x80004004u32 as i32;
/// The call failed for an unspecified reason.
pub const E_FAIL: crate::SCODE = 0x80004005u32 as i32;
/// The caller may not access the object or perform the operation.
pub const E_ACCESSDENIED: crate::SCODE = 0x80070005u32 as i32;
/// A handle argument was invalid.
pub const E_HANDLE: crate::SCODE = 0x80070006u32 as i32;
/// There was not enough memory to complete the call.
pub const E_OUTOFMEMORY: crate::SCODE = 0x8007000Eu32 as i32;
/// One or more arguments were invalid.
pub const E_INVALIDARG: crate::SCODE = 0x80070057u32 as i32;
/// Success; MAPI's own name for zero.
pub const SUCCESS_SUCCESS: crate::SCODE = 0;
/// The call failed for an unspecified reason; the same value as `E_FAIL`.
pub const MAPI_E_CALL_FAILED: crate::SCODE = 0x80004005u32 as i32;
/// There was not enough memory; the same value as `E_OUTOFMEMORY`.
pub const MAPI_E_NOT_ENOUGH_MEMORY: crate::SCODE = 0x8007000Eu32 as i32;
/// A parameter was invalid, or a required pointer was null; the same value as `E_INVALIDARG`.
pub const MAPI_E_INVALID_PARAMETER: crate::SCODE = 0x80070057u32 as i32;
/// The object does not support the requested interface; the same value as `E_NOINTERFACE`.
pub const MAPI_E_INTERFACE_NOT_SUPPORTED: crate::SCODE = 0x80004002u32 as i32;
/// The caller lacks the permission the operation needs; the same value as `E_ACCESSDENIED`.
pub const MAPI_E_NO_ACCESS: crate::SCODE = 0x80070005u32 as i32;
/// The object does not support the operation (for example, a read-only store asked to create a folder).
pub const MAPI_E_NO_SUPPORT: crate::SCODE = 0x80040102u32 as i32;
/// A string was passed in a character width (Unicode or 8-bit) the implementation does not support.
pub const MAPI_E_BAD_CHARWIDTH: crate::SCODE = 0x80040103u32 as i32;
/// A string was longer than the implementation allows.
pub const MAPI_E_STRING_TOO_LONG: crate::SCODE = 0x80040105u32 as i32;
/// A flags parameter contained bits the method does not recognise.
pub const MAPI_E_UNKNOWN_FLAGS: crate::SCODE = 0x80040106u32 as i32;
/// An entry identifier was malformed or not recognised by the provider.
pub const MAPI_E_INVALID_ENTRYID: crate::SCODE = 0x80040107u32 as i32;
/// The object is no longer usable, for example because its provider was shut down or the object was not properly opened.
pub const MAPI_E_INVALID_OBJECT: crate::SCODE = 0x80040108u32 as i32;
/// Someone else changed the object since it was opened, so these changes cannot be saved.
pub const MAPI_E_OBJECT_CHANGED: crate::SCODE = 0x80040109u32 as i32;
/// The object was deleted since it was opened.
pub const MAPI_E_OBJECT_DELETED: crate::SCODE = 0x8004010Au32 as i32;
/// Another operation is in progress on the object; try again later.
pub const MAPI_E_BUSY: crate::SCODE = 0x8004010Bu32 as i32;
/// There is not enough disk space to complete the operation.
pub const MAPI_E_NOT_ENOUGH_DISK: crate::SCODE = 0x8004010Du32 as i32;
/// A system resource other than memory or disk ran out.
pub const MAPI_E_NOT_ENOUGH_RESOURCES: crate::SCODE = 0x8004010Eu32 as i32;
/// The requested object, property, row or entry does not exist.
pub const MAPI_E_NOT_FOUND: crate::SCODE = 0x8004010Fu32 as i32;
/// The versions of the caller and callee (or of MAPI and a provider) are incompatible.
pub const MAPI_E_VERSION: crate::SCODE = 0x80040110u32 as i32;
/// Logging on failed, typically because of wrong credentials or an unreachable service.
pub const MAPI_E_LOGON_FAILED: crate::SCODE = 0x80040111u32 as i32;
/// No more sessions can be opened.
pub const MAPI_E_SESSION_LIMIT: crate::SCODE = 0x80040112u32 as i32;
/// The user cancelled the operation, typically in a dialog box.
pub const MAPI_E_USER_CANCEL: crate::SCODE = 0x80040113u32 as i32;
/// The operation cannot be aborted, or is too far along to stop.
pub const MAPI_E_UNABLE_TO_ABORT: crate::SCODE = 0x80040114u32 as i32;
/// A network error stopped the operation.
pub const MAPI_E_NETWORK_ERROR: crate::SCODE = 0x80040115u32 as i32;
/// A disk error stopped the operation.
pub const MAPI_E_DISK_ERROR: crate::SCODE = 0x80040116u32 as i32;
/// The operation (typically a restriction or sort) is too complex for the implementation.
pub const MAPI_E_TOO_COMPLEX: crate::SCODE = 0x80040117u32 as i32;
/// A column (property tag) given to a table operation is not valid for that table.
pub const MAPI_E_BAD_COLUMN: crate::SCODE = 0x80040118u32 as i32;
/// A provider-specific error occurred; `GetLastError` may describe it.
pub const MAPI_E_EXTENDED_ERROR: crate::SCODE = 0x80040119u32 as i32;
/// The property is computed by the provider and cannot be set or deleted.
pub const MAPI_E_COMPUTED: crate::SCODE = 0x8004011Au32 as i32;
/// Stored or passed data is corrupt.
pub const MAPI_E_CORRUPT_DATA: crate::SCODE = 0x8004011Bu32 as i32;
/// The provider or message service does not have enough configuration information to start.
pub const MAPI_E_UNCONFIGURED: crate::SCODE = 0x8004011Cu32 as i32;
/// One provider of a message service failed to start, and the service cannot run without it.
pub const MAPI_E_FAILONEPROVIDER: crate::SCODE = 0x8004011Du32 as i32;
/// The code page is not known or not supported.
pub const MAPI_E_UNKNOWN_CPID: crate::SCODE = 0x8004011Eu32 as i32;
/// The locale identifier is not known or not supported.
pub const MAPI_E_UNKNOWN_LCID: crate::SCODE = 0x8004011Fu32 as i32;
/// Logon refused: the user must change the password first.
pub const MAPI_E_PASSWORD_CHANGE_REQUIRED: crate::SCODE = 0x80040120u32 as i32;
/// Logon refused: the password has expired.
pub const MAPI_E_PASSWORD_EXPIRED: crate::SCODE = 0x80040121u32 as i32;
/// Logon refused: the account may not log on from this workstation.
pub const MAPI_E_INVALID_WORKSTATION_ACCOUNT: crate::SCODE = 0x80040122u32 as i32;
/// Logon refused: the account may not log on at this time of day.
pub const MAPI_E_INVALID_ACCESS_TIME: crate::SCODE = 0x80040123u32 as i32;
/// Logon refused: the account is disabled.
pub const MAPI_E_ACCOUNT_DISABLED: crate::SCODE = 0x80040124u32 as i32;
/// The session has ended (it was logged off, or the provider shut down), so the object can no longer be used.
pub const MAPI_E_END_OF_SESSION: crate::SCODE = 0x80040200u32 as i32;
/// No provider in the session recognises the entry identifier.
pub const MAPI_E_UNKNOWN_ENTRYID: crate::SCODE = 0x80040201u32 as i32;
/// A column that the operation requires is missing from the table or property set given.
pub const MAPI_E_MISSING_REQUIRED_COLUMN: crate::SCODE = 0x80040202u32 as i32;
/// Warning: the call succeeded, but one or more message services could not be loaded.
pub const MAPI_W_NO_SERVICE: crate::SCODE = 0x40203;
/// A property value is not valid for that property.
pub const MAPI_E_BAD_VALUE: crate::SCODE = 0x80040301u32 as i32;
/// A property type is not a valid `PT_*` type.
pub const MAPI_E_INVALID_TYPE: crate::SCODE = 0x80040302u32 as i32;
/// The implementation does not support the property type.
pub const MAPI_E_TYPE_NO_SUPPORT: crate::SCODE = 0x80040303u32 as i32;
/// The property type differs from the type the implementation expects for that property.
pub const MAPI_E_UNEXPECTED_TYPE: crate::SCODE = 0x80040304u32 as i32;
/// The property value is too large to return through `GetProps` or a table; open it as a stream with `OpenProperty`.
pub const MAPI_E_TOO_BIG: crate::SCODE = 0x80040305u32 as i32;
/// A copy or move with `MAPI_DECLINE_OK` was declined: the provider leaves the work to MAPI.
pub const MAPI_E_DECLINE_COPY: crate::SCODE = 0x80040306u32 as i32;
/// A property identifier is outside the range the implementation accepts.
pub const MAPI_E_UNEXPECTED_ID: crate::SCODE = 0x80040307u32 as i32;
/// Warning: the call succeeded overall, but some values could not be returned; their entries carry `PT_ERROR` values or problem-array entries.
pub const MAPI_W_ERRORS_RETURNED: crate::SCODE = 0x40380;
/// An asynchronous table operation could not finish.
pub const MAPI_E_UNABLE_TO_COMPLETE: crate::SCODE = 0x80040400u32 as i32;
/// The wait for an asynchronous operation timed out.
pub const MAPI_E_TIMEOUT: crate::SCODE = 0x80040401u32 as i32;
/// The table has no rows.
pub const MAPI_E_TABLE_EMPTY: crate::SCODE = 0x80040402u32 as i32;
/// The table has too many rows for the operation.
pub const MAPI_E_TABLE_TOO_BIG: crate::SCODE = 0x80040403u32 as i32;
/// The bookmark is invalid, for example because its row was removed or the bookmark was freed.
pub const MAPI_E_INVALID_BOOKMARK: crate::SCODE = 0x80040405u32 as i32;
/// Warning: the call succeeded, but the bookmarked row no longer exists and the cursor moved to the next row.
pub const MAPI_W_POSITION_CHANGED: crate::SCODE = 0x40481;
/// Warning: the call succeeded, but the count or position returned is only approximate.
pub const MAPI_W_APPROX_COUNT: crate::SCODE = 0x40482;
/// The transport is busy and the spooler should try again later.
pub const MAPI_E_WAIT: crate::SCODE = 0x80040500u32 as i32;
/// The operation was cancelled, for example a message send stopped by the spooler.
pub const MAPI_E_CANCEL: crate::SCODE = 0x80040501u32 as i32;
/// The transport declines the message; the spooler should offer it to another transport.
pub const MAPI_E_NOT_ME: crate::SCODE = 0x80040502u32 as i32;
/// Warning: the message send was cancelled.
pub const MAPI_W_CANCEL_MESSAGE: crate::SCODE = 0x40580;
/// The message store is corrupt.
pub const MAPI_E_CORRUPT_STORE: crate::SCODE = 0x80040600u32 as i32;
/// The message is not in the outgoing queue, so it cannot be cancelled.
pub const MAPI_E_NOT_IN_QUEUE: crate::SCODE = 0x80040601u32 as i32;
/// The store cannot suppress read receipts.
pub const MAPI_E_NO_SUPPRESS: crate::SCODE = 0x80040602u32 as i32;
/// A folder or object of that name already exists.
pub const MAPI_E_COLLISION: crate::SCODE = 0x80040604u32 as i32;
/// The subsystem or object has not been initialized.
pub const MAPI_E_NOT_INITIALIZED: crate::SCODE = 0x80040605u32 as i32;
/// A non-standard (provider-specific) error occurred.
pub const MAPI_E_NON_STANDARD: crate::SCODE = 0x80040606u32 as i32;
/// The message has no recipients and cannot be submitted.
pub const MAPI_E_NO_RECIPIENTS: crate::SCODE = 0x80040607u32 as i32;
/// The message has been submitted and can no longer be changed.
pub const MAPI_E_SUBMITTED: crate::SCODE = 0x80040608u32 as i32;
/// The folder still contains subfolders, so it cannot be deleted.
pub const MAPI_E_HAS_FOLDERS: crate::SCODE = 0x80040609u32 as i32;
/// The folder still contains messages, so it cannot be deleted.
pub const MAPI_E_HAS_MESSAGES: crate::SCODE = 0x8004060Au32 as i32;
/// The copy or move would put a folder inside itself or one of its subfolders.
pub const MAPI_E_FOLDER_CYCLE: crate::SCODE = 0x8004060Bu32 as i32;
/// Warning: the call succeeded, but not for every item it was given.
pub const MAPI_W_PARTIAL_COMPLETION: crate::SCODE = 0x40680;
/// A recipient name matches more than one address book entry.
pub const MAPI_E_AMBIGUOUS_RECIP: crate::SCODE = 0x80040700u32 as i32;

//! MAPI values and memory, both directions: owned Rust values, borrowed
//! views of memory a MAPI caller or callee hands over, and writers that lay
//! values out in MAPI memory for the other side to free.
//!
//! The pieces, and which side of a call uses which:
//!
//! | MAPI | owned (Rust) | view of foreign memory (`unsafe` edge) | writer (MAPI memory) |
//! |---|---|---|---|
//! | `ULONG` property tag | [`PropTag`] | | |
//! | `SPropValue[]` | [`Prop`], [`PropValue`] | [`PropRef::slice_from_raw`] → [`PropValueRef`] | [`write_props`] |
//! | `SPropTagArray` | `Vec<PropTag>`, [`TagArrayBuf`] | [`TagArray::from_raw`] | [`write_tags`] |
//! | `SPropProblemArray` | [`Problem`] | [`Problem::array_from_raw`] | [`write_problems`] |
//! | `STnefProblemArray` (feature `tnef`) | `TnefProblem` | `MapiBuffer<STnefProblemArray>::problems` | `write_tnef_problems` |
//! | `SRow`, `SRowSet`, `ADRLIST` | `Vec<Prop>` per row | [`PropRef::row_from_raw`], [`RowSetRef`], [`read_adr_list`] | [`write_row_set`], [`write_adr_list`], [`update_adr_list`] (in and out) |
//! | `ENTRYID` + size | [`EntryId`] | [`EntryIdRef::from_raw`] | [`write_entry_id`] |
//! | `ENTRYLIST` (`SBinaryArray`) | `Vec<EntryId>` | [`EntryList::from_raw`] | [`write_entry_list`] |
//! | `SRow` (one row) | `Vec<Prop>` | [`PropRef::row_from_raw`] | [`write_row`] |
//! | `NOTIFKEY` | | [`notif_key_from_raw`] | |
//! | `SBinary` (on its own) | `Vec<u8>` | [`binary_from_raw`] | |
//! | `READSTATE[]` (feature `exchange`) | | `ReadState::slice_from_raw` | |
//! | `ROWLIST` (feature `exchange`) | `RowEntry` | `RowEntryRef::list_from_raw` | |
//! | `NOTIFICATION` (every kind), one or an array | | [`NotificationRef::from_raw`], [`NotificationRef::slice_from_raw`] | (laid out for a call by the caller side) |
//! | `MAPIERROR` | [`MapiError`] | [`MapiErrorRef::from_raw`], [`MapiErrorBuffer`] | [`write_mapi_error`] |
//! | `SSortOrderSet` | [`SortOrderSet`] | [`SortOrderSet::from_raw`] | [`SortOrderSet::write`] |
//! | `SRestriction` | [`Restriction`] | [`RestrictionRef::from_raw`] | [`Restriction::write`] |
//! | `LPSTR`/`LPWSTR`/`LPTSTR` | `String`, `CString`, [`TStrBuf`] | [`StrRef::from_raw`] | [`write_ansi`], [`write_unicode`], [`write_tstr`] |
//! | `LPTSTR` array | `Vec<String>` | | [`write_strings`] |
//! | arrays a provider keeps (`AddressTypes`) | [`StringTable`], [`UidTable`] | | (lent, not written) |
//! | `PROPVARIANT` (feature `mime`, task memory) | `PropVariant` | `PropVariantRef::from_raw` | `PropVariant::to_task` (adopted with `PropVariant::adopt`) |
//! | `BSTR` (feature `mime`, `SysAllocStringLen`) | `Bstr` | `BstrRef::from_raw` | `Bstr::into_raw` (adopted with `Bstr::adopt`) |
//! | `BLOB` (feature `mime`, task memory) | `Vec<u8>` | `blob_from_raw` | `TaskBlob::new` (adopted with `TaskBlob::adopt`) |
//! | `STATSTG` (its name in task memory), one or an array | [`StatStg`] | [`TaskOne::take`], [`TaskEntries::adopt`] (read, then freed) | [`TaskOne::new`], [`TaskEntries::new`] |
//! | `MIMEPARAMINFO`, `ENUMPROPERTY`, `ENUMHEADERROW`, `ADDRESSPROPS` arrays (feature `mime`, task memory) | `MimeParam`, `EnumProperty`, `HeaderRow`, `AddressProps` | [`TaskArray::adopt`], [`TaskEntries::adopt`] (read, then freed) | [`TaskArray::new`], [`TaskEntries::new`] |
//! | `MAPINAMEID` (arrays of pointers) | [`NameId`] | [`NameIdRef::array_from_raw`] | [`write_name_ids`] |
//!
//! **Memory.** An [`Allocator`] is the `MAPIAllocateBuffer`/
//! `MAPIAllocateMore`/`MAPIFreeBuffer` triple a provider receives in
//! `MSProviderInit` (or from `IMAPISupport::GetMemAllocRoutines`,
//! [`Allocator::from_support`]). A [`Buffer`] is a root block being filled;
//! a [`MapiBuffer<T>`] is a finished MAPI structure that frees itself (and
//! everything chained to it) on drop, or is handed to the other side with
//! [`MapiBuffer::into_raw`]. Writers put a whole structure in one root block
//! plus one chained block for everything it points to, so one
//! `MAPIFreeBuffer` frees it, as MAPI requires (row sets and address lists
//! are the exception MAPI makes: each row is a root block of its own, see
//! [`write_row_set`]).
//!
//! **Views.** Each view has one `unsafe` constructor whose contract is only
//! that the memory it is given is readable and stays valid for the view's
//! lifetime. Everything else a careless or hostile peer can get wrong is
//! checked there, once, and reported as a [`ViewError`] (or, for one
//! property in an array, as [`PropValueRef::Invalid`]): null pointers with a
//! count, counts beyond [`MAX_COUNT`]/[`MAX_BYTES`] or overflowing, strings
//! without a NUL within [`MAX_STRING_LEN`], misaligned arrays (copied with
//! unaligned reads rather than borrowed), unknown types, restriction cycles
//! and trees deeper than [`MAX_RESTRICTION_DEPTH`]. After the edge a view is
//! plain Rust data (`&CStr`, `&[u16]`, `&[u8]`, `Cow<[T]>`, enums), and no
//! safe function of this module dereferences a raw pointer it was handed.
//!
//! **Strings.** MAPI's 8-bit strings are in the caller's code page, which
//! this crate does not know; conversions to and from Rust strings treat them
//! as Latin-1 ([`ansi_to_string`], [`string_to_ansi`]), which keeps every
//! byte of a string read and written back. Owned 8-bit values are
//! [`CString`](std::ffi::CString)s, so no byte is ever reinterpreted behind
//! your back.
//!
//! A provider's `GetProps`, end to end (the thunk's part is the last three
//! lines):
//!
//! ```
//! use mapi_sys::value::{testing::CountingAllocator, *};
//! use mapi_sys::{MAPI_E_NOT_FOUND, MAPI_W_ERRORS_RETURNED, PR_SUBJECT_W, PR_MESSAGE_SIZE, PR_BODY_W};
//!
//! // The provider: tags in, owned values out, `PT_ERROR` for what it lacks.
//! fn get_props(tags: &[PropTag]) -> Vec<Prop> {
//!     tags.iter()
//!         .map(|&tag| match tag.0 {
//!             PR_SUBJECT_W => Prop::new(tag, PropValue::unicode("Hello")),
//!             PR_MESSAGE_SIZE => Prop::new(tag, PropValue::Long(42)),
//!             _ => Prop::error(tag, mapi_sys::Hresult(MAPI_E_NOT_FOUND)),
//!         })
//!         .collect()
//! }
//!
//! let counting = CountingAllocator::new();
//! let alloc = counting.allocator();
//! let props = get_props(&[PropTag(PR_SUBJECT_W), PropTag(PR_MESSAGE_SIZE), PropTag(PR_BODY_W)]);
//! // The thunk: the status, and the array in one allocation chain.
//! assert_eq!(errors_returned(&props).0, MAPI_W_ERRORS_RETURNED);
//! let written = write_props(&alloc, &props)?;
//! let (count, ptr) = written.into_raw_parts(); // *lpcValues, *lppPropArray
//! assert_eq!(count, 3);
//!
//! // The caller adopts the array and reads it back.
//! // SAFETY: `ptr` is a root block of `alloc` holding `count` values.
//! let returned = unsafe { MapiBuffer::from_raw(alloc, ptr, count) }.expect("non-null");
//! let back: Vec<Prop> = returned.to_props()?;
//! assert_eq!(back, props);
//! drop(returned);
//! assert_eq!(counting.live_blocks(), 0);
//! # Ok::<(), mapi_sys::Hresult>(())
//! ```

mod alloc;
#[cfg(feature = "mime")]
mod bstr;
#[doc(hidden)]
pub mod call;
#[cfg(feature = "forms")]
mod forms;
mod lent;
mod nameid;
mod notify;
#[cfg(feature = "outlook")]
mod olk;
mod pair;
mod prop;
mod props;
#[cfg(feature = "mime")]
mod records;
mod restriction;
mod statstg;
mod strings;
mod structs;
mod tag;
mod task;
mod taskrec;
pub mod testing;
#[cfg(feature = "tnef")]
mod tnef;
#[cfg(feature = "mime")]
mod variant;
mod view;
mod write;

pub use alloc::{Allocator, Buffer, MapiBuffer, MapiFree};
#[cfg(feature = "mime")]
pub use bstr::{Bstr, BstrAlloc, BstrAllocator, BstrFree, BstrRef};
#[cfg(feature = "forms")]
pub use forms::{
    FormProp, FormPropEnumVal, FormPropSpecial, Verb, form_infos_from_raw,
    message_classes_from_raw, write_form_infos, write_form_props, write_verbs,
};
pub use lent::{StringTable, UidTable};
pub use nameid::{NameId, NameIdBuffer, NameIdRef, NameKind, NameKindRef, write_name_ids};
pub use notify::{
    ErrorNotificationRef, ExtendedNotificationRef, NewMailRef, NotificationRef,
    ObjectNotificationRef, StatusObjectNotificationRef, TableNotificationRef,
};
#[cfg(feature = "outlook")]
pub use olk::AcctValue;
pub use prop::{FileTime, Prop, PropValue};
pub use props::PropArray;
#[cfg(feature = "mime")]
pub use records::{
    AddressProps, EnumProperty, FindBody, FindBodyCursor, FindCursor, FindHeader, HeaderRow,
    MimeParam, TaskObjects,
};
pub use restriction::{BitMaskOp, Relop, Restriction, RestrictionRef};
pub use statstg::StatStg;
pub use strings::{
    MapiStr, MapiStrings, StrRef, TStrBuf, ansi_to_string, string_to_ansi, write_ansi,
    write_strings, write_tstr, write_unicode,
};
pub use structs::{
    EntryId, EntryIdRef, EntryList, MapiError, MapiErrorBuffer, MapiErrorRef, Problem, RowSetRef,
    SortOrder, SortOrderSet, TagArray, TagArrayBuf, binary_from_raw, notif_key_from_raw,
    read_adr_list, update_adr_list, write_adr_list, write_bytes, write_entry_id, write_entry_list,
    write_mapi_error, write_problems, write_row, write_row_set, write_tags, write_ulongs,
};
#[cfg(feature = "exchange")]
pub use structs::{ReadState, RowEntry, RowEntryRef};
pub use tag::{PropTag, type_name};
pub use task::{TaskAlloc, TaskAllocator, TaskFree, TaskStr};
pub use taskrec::{TaskArray, TaskEntries, TaskOne, TaskRecord};
#[cfg(feature = "tnef")]
pub use tnef::{TnefProblem, write_tnef_problems};
#[cfg(feature = "mime")]
pub use variant::{PropVariant, PropVariantRef, TaskBlob, TaskVariant, blob_from_raw};
pub use view::{PropRef, PropValueRef};
pub use write::{errors_returned, write_plain, write_props};

use crate::Hresult;
use core::fmt;

/// The most elements read from one counted array of a peer: property
/// values, tags, rows, problems, sort keys, values of a multivalued
/// property. A larger count is [`ViewError::TooLarge`].
pub const MAX_COUNT: usize = 1 << 20;

/// The largest binary value or entry identifier read from a peer, in bytes.
pub const MAX_BYTES: usize = 1 << 30;

/// The longest string read from a peer, in characters (bytes for 8-bit
/// strings, UTF-16 units for Unicode ones), not counting the NUL: a string
/// with no NUL within this many characters is [`ViewError::Unterminated`].
pub const MAX_STRING_LEN: usize = 1 << 24;

/// The deepest restriction tree read from a peer (a cycle reaches it).
pub const MAX_RESTRICTION_DEPTH: usize = 64;

/// The most restriction nodes read from a peer in one tree: sub-restrictions
/// shared between branches are counted each time they are reached, so a
/// small DAG cannot expand into an exponential tree.
pub const MAX_RESTRICTION_NODES: usize = 1 << 16;

/// What is wrong with memory a view was asked to read.
///
/// Converts into the `Hresult` a provider answers: most defects are
/// `MAPI_E_INVALID_PARAMETER`, an unknown property type
/// `MAPI_E_INVALID_TYPE`, restrictions too deep or of an unknown kind
/// `MAPI_E_TOO_COMPLEX`.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewError {
    /// A null pointer where memory was required (with a non-zero count).
    NullPointer,
    /// A count beyond the limits ([`MAX_COUNT`], [`MAX_BYTES`]) or whose
    /// size in bytes overflows.
    TooLarge,
    /// A pointer not aligned for what it points to, where the view borrows
    /// it (a Unicode string).
    Misaligned,
    /// A string with no NUL within [`MAX_STRING_LEN`] characters.
    Unterminated,
    /// A property type this crate does not know (`PT_PTR`,
    /// `PT_UNSPECIFIED`, ...), with the type.
    UnknownType(u32),
    /// A restriction kind (`rt`) this crate does not know, with the kind.
    UnknownRestriction(u32),
    /// A restriction deeper than [`MAX_RESTRICTION_DEPTH`] (or cyclic), or
    /// with more than [`MAX_RESTRICTION_NODES`] nodes.
    TooComplex,
    /// A structure whose fields contradict each other or MAPI's rules (an
    /// entry identifier shorter than its 4 flag bytes, more categories than
    /// sort keys, an unknown relational operator, ...).
    Malformed,
}

impl fmt::Display for ViewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViewError::NullPointer => f.write_str("null pointer with a non-zero count"),
            ViewError::TooLarge => f.write_str("count too large"),
            ViewError::Misaligned => f.write_str("misaligned pointer"),
            ViewError::Unterminated => f.write_str("string without a terminating NUL"),
            ViewError::UnknownType(t) => write!(f, "unknown property type {t:#06x}"),
            ViewError::UnknownRestriction(t) => write!(f, "unknown restriction kind {t}"),
            ViewError::TooComplex => f.write_str("restriction too deep or too large"),
            ViewError::Malformed => f.write_str("malformed structure"),
        }
    }
}

impl core::error::Error for ViewError {}

impl From<ViewError> for Hresult {
    fn from(e: ViewError) -> Hresult {
        Hresult(match e {
            ViewError::UnknownType(_) => crate::MAPI_E_INVALID_TYPE,
            ViewError::UnknownRestriction(_) | ViewError::TooComplex => crate::MAPI_E_TOO_COMPLEX,
            _ => crate::MAPI_E_INVALID_PARAMETER,
        })
    }
}

/// `MAPI_E_NOT_ENOUGH_MEMORY`, what every failed or oversized allocation is.
pub(crate) const fn no_memory() -> Hresult {
    Hresult(crate::MAPI_E_NOT_ENOUGH_MEMORY)
}

/// `n` as the `ULONG` count MAPI stores with an array or a size: one beyond
/// `ULONG::MAX` cannot have been allocated, so it is [`no_memory`] too.
pub(crate) fn count32(n: usize) -> Result<crate::ULONG, Hresult> {
    crate::ULONG::try_from(n).map_err(|_| no_memory())
}

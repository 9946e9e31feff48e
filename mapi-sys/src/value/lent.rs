//! Arrays a provider keeps and lends to MAPI for as long as the object
//! lives: [`StringTable`] and [`UidTable`], what `IXPLogon::AddressTypes`
//! returns ("owned by the transport until logoff"). They are built once,
//! kept in the object (a field or a `OnceLock`), and a thunk hands out
//! pointers into them; nothing is allocated per call.

use super::strings::string_to_ansi;
use crate::{MAPIUID, TCHAR};
use std::ffi::CString;

/// An array of NUL-terminated strings laid out for C, with its array of
/// pointers, in one width (UTF-16, or 8-bit as [`string_to_ansi`] converts
/// them). Its pointers stay valid while it lives, wherever it moves.
///
/// ```
/// use mapi_sys::value::{StringTable, StrRef};
///
/// let types = StringTable::new(&["SMTP", "X400"], true);
/// assert_eq!((types.len(), types.is_unicode()), (2, true));
/// // SAFETY: the second pointer of a live table, to a UTF-16 string.
/// let x400 = unsafe { StrRef::from_raw(types.as_ptr().add(1).read(), true) }?.expect("non-null");
/// assert_eq!(x400.to_string_lossy(), "X400");
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
#[derive(Debug)]
pub struct StringTable {
    unicode: bool,
    // The strings' own heap blocks, which the pointers point into; never
    // changed after `new`.
    wide: Vec<Vec<u16>>,
    ansi: Vec<CString>,
    ptrs: Vec<*mut TCHAR>,
}

// SAFETY: the pointers point into the table's own heap blocks, which it
// never changes after construction: sharing or sending it shares or sends
// read-only data.
unsafe impl Send for StringTable {}
// SAFETY: as above.
unsafe impl Sync for StringTable {}

impl StringTable {
    /// The table of `strings`, UTF-16 when `unicode`, else 8-bit.
    pub fn new<S: AsRef<str>>(strings: &[S], unicode: bool) -> StringTable {
        let mut t = StringTable {
            unicode,
            wide: Vec::new(),
            ansi: Vec::new(),
            ptrs: Vec::with_capacity(strings.len()),
        };
        if unicode {
            t.wide = strings
                .iter()
                .map(|s| s.as_ref().encode_utf16().chain(Some(0)).collect())
                .collect();
            t.ptrs = t.wide.iter_mut().map(|s| s.as_mut_ptr()).collect();
        } else {
            t.ansi = strings.iter().map(|s| string_to_ansi(s.as_ref())).collect();
            t.ptrs = t
                .ansi
                .iter()
                .map(|s| s.as_ptr().cast_mut().cast::<TCHAR>())
                .collect();
        }
        t
    }

    /// How many strings.
    pub fn len(&self) -> usize {
        self.ptrs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ptrs.is_empty()
    }

    /// Whether the strings are UTF-16.
    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// The array of string pointers, valid while `self` lives; MAPI only
    /// reads through it.
    pub fn as_ptr(&self) -> *mut *mut TCHAR {
        self.ptrs.as_ptr().cast_mut()
    }
}

/// An array of `MAPIUID`s laid out for C, with its array of pointers. Its
/// pointers stay valid while it lives, wherever it moves.
///
/// ```
/// use mapi_sys::value::UidTable;
/// use mapi_sys::MAPIUID;
///
/// let uids = UidTable::new(&[MAPIUID { ab: [7; 16] }]);
/// // SAFETY: the first pointer of a live table.
/// assert_eq!(unsafe { (*uids.as_ptr().read()).ab }, [7; 16]);
/// ```
pub struct UidTable {
    // The identifiers, in a heap block the pointers point into; never
    // changed after `new`.
    uids: Box<[MAPIUID]>,
    ptrs: Vec<*mut MAPIUID>,
}

// SAFETY: as for `StringTable`: pointers into its own unchanging block.
unsafe impl Send for UidTable {}
// SAFETY: as above.
unsafe impl Sync for UidTable {}

impl std::fmt::Debug for UidTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.uids.iter().map(|u| u.ab))
            .finish()
    }
}

impl UidTable {
    /// The table of `uids`.
    pub fn new(uids: &[MAPIUID]) -> UidTable {
        let mut uids: Box<[MAPIUID]> = uids.into();
        let base = uids.as_mut_ptr();
        // SAFETY: `i < uids.len()`: inside the block.
        let ptrs = (0..uids.len()).map(|i| unsafe { base.add(i) }).collect();
        UidTable { uids, ptrs }
    }

    /// How many identifiers.
    pub fn len(&self) -> usize {
        self.uids.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.uids.is_empty()
    }

    /// The array of pointers, valid while `self` lives; MAPI only reads
    /// through it.
    pub fn as_ptr(&self) -> *mut *mut MAPIUID {
        self.ptrs.as_ptr().cast_mut()
    }
}

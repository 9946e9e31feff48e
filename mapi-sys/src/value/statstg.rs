//! The statistics of a stream or storage (`STATSTG`: what `IStream::Stat`,
//! `IStorage::Stat` and `IEnumSTATSTG::Next` return) as a Rust value. In C
//! the name is a block of the COM task allocator that the caller frees; here
//! it is a `String`, and the block is written and freed by [`TaskRecord`].

use super::strings::read_unicode;
use super::taskrec::{TaskRecord, free_ptr};
use super::{FileTime, TaskAllocator, TaskStr, ViewError};
use crate::{GUID, Hresult, STATSTG, ULARGE_INTEGER};
use core::ptr::null_mut;

/// What a stream, storage or byte array says of itself (`STATSTG`).
///
/// A provider returns one from `IStreamImpl::stat`, and the thunk lays the
/// name out in task memory for the caller, as COM requires; a caller gets
/// one from `IStreamExt::stat` with the task memory already freed.
///
/// ```
/// use mapi_sys::value::{FileTime, StatStg, TaskOne};
/// use mapi_sys::STGTY_STREAM;
///
/// let stat = StatStg {
///     name: Some("Body".into()),
///     kind: STGTY_STREAM,
///     size: 42,
///     modified: FileTime::from_u64(1),
///     ..StatStg::default()
/// };
/// // Laid out as a callee hands it over, then read back as a caller does.
/// let mut raw = TaskOne::new(&stat)?.into_raw();
/// // SAFETY: a record just laid out in task memory, owned here.
/// let read = unsafe { TaskOne::<StatStg>::take(&mut raw) }?;
/// assert_eq!(read, stat);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StatStg {
    /// The element's name (`pwcsName`); `None` when the caller passed
    /// `STATFLAG_NONAME` (then a provider should leave it out). UTF-16 that
    /// is not valid Unicode is read with replacement characters.
    pub name: Option<String>,
    /// What the element is (`type`): `STGTY_STORAGE`, `STGTY_STREAM`,
    /// `STGTY_LOCKBYTES` or `STGTY_PROPERTY`.
    pub kind: u32,
    /// The size of a stream or byte array in bytes (`cbSize`).
    pub size: u64,
    /// Last modification (`mtime`).
    pub modified: FileTime,
    /// Creation (`ctime`).
    pub created: FileTime,
    /// Last access (`atime`).
    pub accessed: FileTime,
    /// The `STGM_*` mode it was opened with (`grfMode`).
    pub mode: u32,
    /// The `LOCK_*` region locks a stream or byte array supports
    /// (`grfLocksSupported`).
    pub locks_supported: u32,
    /// A storage's class identifier (`clsid`); all zero for a new one.
    pub clsid: GUID,
    /// A storage's state bits (`grfStateBits`, `IStorage::SetStateBits`).
    pub state_bits: u32,
}

/// Nothing: no name, kind 0, size 0, all times and the class zero.
impl Default for StatStg {
    fn default() -> StatStg {
        StatStg {
            name: None,
            kind: 0,
            size: 0,
            modified: FileTime::default(),
            created: FileTime::default(),
            accessed: FileTime::default(),
            mode: 0,
            locks_supported: 0,
            clsid: GUID::from_u128(0),
            state_bits: 0,
        }
    }
}

impl TaskRecord for StatStg {
    type Raw = STATSTG;

    fn zeroed() -> STATSTG {
        StatStg::default().raw(null_mut())
    }

    fn to_raw_in(&self, alloc: TaskAllocator) -> Result<STATSTG, Hresult> {
        let name = match &self.name {
            // C would end the name at the NUL.
            Some(s) if s.contains('\0') => return Err(Hresult(crate::MAPI_E_INVALID_PARAMETER)),
            Some(s) => TaskStr::unicode_in(alloc, s)?.into_raw().cast(),
            None => null_mut(),
        };
        Ok(self.raw(name))
    }

    unsafe fn read(raw: &STATSTG) -> Result<StatStg, ViewError> {
        let name = if raw.pwcsName.is_null() {
            None
        } else {
            // SAFETY: non-null and readable up to its NUL (the contract).
            Some(String::from_utf16_lossy(unsafe {
                read_unicode(raw.pwcsName)
            }?))
        };
        Ok(StatStg {
            name,
            kind: raw.r#type,
            // SAFETY: every member of the union is the same 64 bits.
            size: unsafe { raw.cbSize.QuadPart },
            modified: raw.mtime.into(),
            created: raw.ctime.into(),
            accessed: raw.atime.into(),
            mode: raw.grfMode,
            locks_supported: raw.grfLocksSupported,
            clsid: raw.clsid,
            state_bits: raw.grfStateBits,
        })
    }

    unsafe fn free_in(alloc: TaskAllocator, raw: &STATSTG) {
        // SAFETY: null or a block of `alloc` (the contract).
        unsafe { free_ptr(alloc, raw.pwcsName) }
    }
}

impl StatStg {
    /// The C record with `name` as its name.
    fn raw(&self, name: *mut u16) -> STATSTG {
        STATSTG {
            pwcsName: name,
            r#type: self.kind,
            cbSize: ULARGE_INTEGER {
                QuadPart: self.size,
            },
            mtime: self.modified.to_raw(),
            ctime: self.created.to_raw(),
            atime: self.accessed.to_raw(),
            grfMode: self.mode,
            grfLocksSupported: self.locks_supported,
            clsid: self.clsid,
            grfStateBits: self.state_bits,
            reserved: 0,
        }
    }
}

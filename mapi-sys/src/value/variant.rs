//! `PROPVARIANT`, the tagged value the MIME library reads and writes header
//! values and options with: an owned [`PropVariant`], a view of a caller's
//! value ([`PropVariantRef`]), and the owner of one laid out in COM task
//! memory for the other side ([`TaskVariant`]); counted bytes (`BLOB`)
//! likewise ([`TaskBlob`], [`blob_from_raw`]).
//!
//! A callee allocates the strings, bytes and class identifiers of a value it
//! returns with the task allocator, and the caller frees them as
//! `PropVariantClear` does ([`PropVariant::adopt`]). The types with an
//! interface pointer (`VT_UNKNOWN`, `VT_STREAM`), vectors and arrays are
//! not read: they are [`ViewError::UnknownType`].

use super::strings::{read_ansi, read_unicode};
use super::view::bytes;
use super::{FileTime, TaskAllocator, ViewError, no_memory};
use crate::{
    BLOB, GUID, Hresult, LARGE_INTEGER, PROPVARIANT, PROPVARIANT_0, ULARGE_INTEGER, VARTYPE,
    VT_BLOB, VT_BOOL, VT_CLSID, VT_EMPTY, VT_ERROR, VT_FILETIME, VT_I1, VT_I2, VT_I4, VT_I8,
    VT_INT, VT_LPSTR, VT_LPWSTR, VT_NULL, VT_R4, VT_R8, VT_UI1, VT_UI2, VT_UI4, VT_UI8, VT_UINT,
};
use core::ffi::c_void;
use core::ptr::null_mut;
use std::ffi::{CStr, CString};

/// An owned `PROPVARIANT` of one of the types the MIME library uses.
#[derive(Clone, Debug, PartialEq)]
pub enum PropVariant {
    /// `VT_EMPTY`: no value.
    Empty,
    /// `VT_NULL`.
    Null,
    /// `VT_I1`.
    I1(i8),
    /// `VT_UI1`.
    Ui1(u8),
    /// `VT_I2`.
    I2(i16),
    /// `VT_UI2`.
    Ui2(u16),
    /// `VT_I4`.
    I4(i32),
    /// `VT_UI4`.
    Ui4(u32),
    /// `VT_INT`.
    Int(i32),
    /// `VT_UINT`.
    Uint(u32),
    /// `VT_I8`.
    I8(i64),
    /// `VT_UI8`.
    Ui8(u64),
    /// `VT_R4`.
    R4(f32),
    /// `VT_R8`.
    R8(f64),
    /// `VT_BOOL` (any non-zero `VARIANT_BOOL` reads as true; true is
    /// written as `VARIANT_TRUE`, -1).
    Bool(bool),
    /// `VT_ERROR`.
    Error(Hresult),
    /// `VT_FILETIME`.
    FileTime(FileTime),
    /// `VT_CLSID`.
    Clsid(GUID),
    /// `VT_LPSTR`: 8-bit characters in an unspecified code page.
    Ansi(CString),
    /// `VT_LPWSTR`.
    Unicode(String),
    /// `VT_BLOB`.
    Blob(Vec<u8>),
}

/// A view of a `PROPVARIANT` someone else owns, checked once when read
/// ([`PropVariantRef::from_raw`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PropVariantRef<'a> {
    /// `VT_EMPTY`.
    Empty,
    /// `VT_NULL`.
    Null,
    /// `VT_I1`.
    I1(i8),
    /// `VT_UI1`.
    Ui1(u8),
    /// `VT_I2`.
    I2(i16),
    /// `VT_UI2`.
    Ui2(u16),
    /// `VT_I4`.
    I4(i32),
    /// `VT_UI4`.
    Ui4(u32),
    /// `VT_INT`.
    Int(i32),
    /// `VT_UINT`.
    Uint(u32),
    /// `VT_I8`.
    I8(i64),
    /// `VT_UI8`.
    Ui8(u64),
    /// `VT_R4`.
    R4(f32),
    /// `VT_R8`.
    R8(f64),
    /// `VT_BOOL`.
    Bool(bool),
    /// `VT_ERROR`.
    Error(Hresult),
    /// `VT_FILETIME`.
    FileTime(FileTime),
    /// `VT_CLSID` (a copy of the identifier).
    Clsid(GUID),
    /// `VT_LPSTR`.
    Ansi(&'a CStr),
    /// `VT_LPWSTR`, without its NUL.
    Unicode(&'a [u16]),
    /// `VT_BLOB`.
    Blob(&'a [u8]),
}

/// `VARIANT_TRUE`.
const VARIANT_TRUE: i16 = -1;

fn blob_len(len: usize) -> Result<u32, Hresult> {
    u32::try_from(len).map_err(|_| Hresult(crate::MAPI_E_INVALID_PARAMETER))
}

impl PropVariant {
    /// The `VT_*` type of the value.
    pub fn vartype(&self) -> VARTYPE {
        match self {
            PropVariant::Empty => VT_EMPTY,
            PropVariant::Null => VT_NULL,
            PropVariant::I1(_) => VT_I1,
            PropVariant::Ui1(_) => VT_UI1,
            PropVariant::I2(_) => VT_I2,
            PropVariant::Ui2(_) => VT_UI2,
            PropVariant::I4(_) => VT_I4,
            PropVariant::Ui4(_) => VT_UI4,
            PropVariant::Int(_) => VT_INT,
            PropVariant::Uint(_) => VT_UINT,
            PropVariant::I8(_) => VT_I8,
            PropVariant::Ui8(_) => VT_UI8,
            PropVariant::R4(_) => VT_R4,
            PropVariant::R8(_) => VT_R8,
            PropVariant::Bool(_) => VT_BOOL,
            PropVariant::Error(_) => VT_ERROR,
            PropVariant::FileTime(_) => VT_FILETIME,
            PropVariant::Clsid(_) => VT_CLSID,
            PropVariant::Ansi(_) => VT_LPSTR,
            PropVariant::Unicode(_) => VT_LPWSTR,
            PropVariant::Blob(_) => VT_BLOB,
        }
    }

    /// An 8-bit string value, its characters taken as Latin-1
    /// ([`string_to_ansi`](super::string_to_ansi)).
    pub fn ansi(text: &str) -> PropVariant {
        PropVariant::Ansi(super::string_to_ansi(text))
    }

    /// The value of a `PROPVARIANT` the caller received from a callee, which
    /// allocated its strings, bytes and class identifier with `alloc`: read,
    /// then cleared as `PropVariantClear` does (those blocks freed, `vt` set
    /// to `VT_EMPTY`). A value that cannot be read is cleared too and the
    /// error returned; one of a type this crate does not read is left as it
    /// is ([`ViewError::UnknownType`]: what it holds is not known).
    ///
    /// # Safety
    /// `raw` must point to a readable and writable `PROPVARIANT` whose
    /// pointer member, for the types above, is null or a live block of
    /// `alloc` that nothing else frees (a string NUL-terminated or with at
    /// least [`MAX_STRING_LEN`](super::MAX_STRING_LEN) readable characters,
    /// a blob's `cbSize` readable bytes, a class identifier's 16).
    pub unsafe fn adopt_in(
        alloc: TaskAllocator,
        raw: *mut PROPVARIANT,
    ) -> Result<PropVariant, ViewError> {
        // SAFETY: the caller's contract: readable, and each pointer valid.
        let read = unsafe { PropVariantRef::from_raw(raw) }.map(|v| v.map(|v| v.to_owned()));
        if let Err(e @ ViewError::UnknownType(_)) = read {
            return Err(e);
        }
        // SAFETY: readable and writable, its blocks owned from here (the
        // caller's contract) and copied out above.
        unsafe { clear_in(alloc, raw) };
        read.map(|v| v.unwrap_or(PropVariant::Empty))
    }

    /// [`PropVariant::adopt_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`PropVariant::adopt_in`] with [`TaskAllocator::current`].
    pub unsafe fn adopt(raw: *mut PROPVARIANT) -> Result<PropVariant, ViewError> {
        // SAFETY: forwarded.
        unsafe { PropVariant::adopt_in(TaskAllocator::current(), raw) }
    }

    /// The value laid out in blocks of `alloc`, for a callee to hand to its
    /// caller; a string with a NUL inside or a blob beyond `u32` bytes is
    /// `MAPI_E_INVALID_PARAMETER`, a failed allocation
    /// `MAPI_E_NOT_ENOUGH_MEMORY`.
    pub fn to_task_in(&self, alloc: TaskAllocator) -> Result<TaskVariant, Hresult> {
        let mut out = TaskVariant {
            raw: empty_raw(),
            alloc,
        };
        let block = |cb: usize| alloc.block(cb).map(|p| p.as_ptr());
        let mut u = PROPVARIANT_0 { hVal: zero_i64() };
        match self {
            PropVariant::Empty | PropVariant::Null => {}
            PropVariant::I1(v) => u.cVal = *v,
            PropVariant::Ui1(v) => u.bVal = *v,
            PropVariant::I2(v) => u.iVal = *v,
            PropVariant::Ui2(v) => u.uiVal = *v,
            PropVariant::I4(v) | PropVariant::Int(v) => u.lVal = *v,
            PropVariant::Ui4(v) | PropVariant::Uint(v) => u.ulVal = *v,
            PropVariant::I8(v) => u.hVal = LARGE_INTEGER { QuadPart: *v },
            PropVariant::Ui8(v) => u.uhVal = ULARGE_INTEGER { QuadPart: *v },
            PropVariant::R4(v) => u.fltVal = *v,
            PropVariant::R8(v) => u.dblVal = *v,
            PropVariant::Bool(v) => u.boolVal = if *v { VARIANT_TRUE } else { 0 },
            PropVariant::Error(v) => u.scode = v.0,
            PropVariant::FileTime(v) => u.filetime = v.to_raw(),
            PropVariant::Clsid(g) => {
                let p = block(size_of::<GUID>())?.cast::<GUID>();
                // SAFETY: a fresh block of a GUID's size, aligned to 8.
                unsafe { p.write(*g) };
                u.puuid = p;
            }
            PropVariant::Ansi(s) => {
                let b = s.as_bytes_with_nul();
                let p = block(b.len())?.cast::<u8>();
                // SAFETY: a fresh block of `b.len()` bytes.
                unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
                u.pszVal = p.cast();
            }
            PropVariant::Unicode(s) => {
                let units: Vec<u16> = s.encode_utf16().chain([0]).collect();
                let cb = units.len().checked_mul(2).ok_or_else(no_memory)?;
                let p = block(cb)?.cast::<u16>();
                // SAFETY: a fresh block of `units.len()` aligned UTF-16 units.
                unsafe { core::ptr::copy_nonoverlapping(units.as_ptr(), p, units.len()) };
                u.pwszVal = p;
            }
            PropVariant::Blob(b) => {
                let cb = blob_len(b.len())?;
                let p = if b.is_empty() {
                    null_mut()
                } else {
                    let p = block(b.len())?.cast::<u8>();
                    // SAFETY: a fresh block of `b.len()` bytes.
                    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
                    p
                };
                u.blob = BLOB {
                    cbSize: cb,
                    pBlobData: p,
                };
            }
        }
        out.raw.vt = self.vartype();
        out.raw.Anonymous = u;
        Ok(out)
    }

    /// [`PropVariant::to_task_in`] with the current task allocator.
    pub fn to_task(&self) -> Result<TaskVariant, Hresult> {
        self.to_task_in(TaskAllocator::current())
    }
}

fn zero_i64() -> LARGE_INTEGER {
    LARGE_INTEGER { QuadPart: 0 }
}

/// A `PROPVARIANT` of `VT_EMPTY` (what `PropVariantInit` leaves).
pub fn empty_raw() -> PROPVARIANT {
    PROPVARIANT {
        vt: VT_EMPTY,
        wReserved1: 0,
        wReserved2: 0,
        wReserved3: 0,
        Anonymous: PROPVARIANT_0 { hVal: zero_i64() },
    }
}

/// A `PROPVARIANT` of `VT_EMPTY` asking for type `vt`, as a caller of
/// `IMimePropertySet::GetProp` passes it.
pub fn requesting_raw(vt: VARTYPE) -> PROPVARIANT {
    PROPVARIANT { vt, ..empty_raw() }
}

/// Frees what `raw` points to, for the types this module writes, and sets
/// it to `VT_EMPTY`; other types are left alone.
///
/// # Safety
/// `raw` must be readable and writable; its pointer member, for those
/// types, null or a live block of `alloc` nothing else uses afterwards.
unsafe fn clear_in(alloc: TaskAllocator, raw: *mut PROPVARIANT) {
    // SAFETY: readable (the contract).
    let v = unsafe { raw.read_unaligned() };
    // SAFETY: the union member `vt` names; each block is `alloc`'s.
    let p: *mut c_void = unsafe {
        match v.vt {
            VT_LPSTR => v.Anonymous.pszVal.cast(),
            VT_LPWSTR => v.Anonymous.pwszVal.cast(),
            VT_CLSID => v.Anonymous.puuid.cast(),
            VT_BLOB => v.Anonymous.blob.pBlobData.cast(),
            VT_EMPTY | VT_NULL | VT_I1 | VT_UI1 | VT_I2 | VT_UI2 | VT_I4 | VT_UI4 | VT_INT
            | VT_UINT | VT_I8 | VT_UI8 | VT_R4 | VT_R8 | VT_BOOL | VT_ERROR | VT_FILETIME => {
                null_mut()
            }
            // What another type holds is not known: left alone.
            _ => return,
        }
    };
    // SAFETY: null or owned (the contract).
    unsafe { alloc.free(p) };
    // SAFETY: writable (the contract).
    unsafe { raw.write_unaligned(empty_raw()) };
}

impl<'a> PropVariantRef<'a> {
    /// Reads the `PROPVARIANT` at `ptr`; `None` for null. Null pointers of
    /// a string or class identifier, a blob whose bytes are null with a
    /// count or beyond [`MAX_BYTES`](super::MAX_BYTES), an unterminated or
    /// misaligned string are errors, and so is a type this module does not
    /// read ([`ViewError::UnknownType`]).
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `PROPVARIANT` whose
    /// pointer member, for the types above, is null or points to readable
    /// memory as its type says (a string NUL-terminated or with at least
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) readable characters),
    /// unchanged for `'a`.
    pub unsafe fn from_raw(
        ptr: *const PROPVARIANT,
    ) -> Result<Option<PropVariantRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: readable (the contract); a copy, read unaligned.
        let v = unsafe { ptr.read_unaligned() };
        // SAFETY: each arm reads the member `vt` names; the pointers are
        // checked and read as the contract says.
        let r = unsafe {
            match v.vt {
                VT_EMPTY => PropVariantRef::Empty,
                VT_NULL => PropVariantRef::Null,
                VT_I1 => PropVariantRef::I1(v.Anonymous.cVal),
                VT_UI1 => PropVariantRef::Ui1(v.Anonymous.bVal),
                VT_I2 => PropVariantRef::I2(v.Anonymous.iVal),
                VT_UI2 => PropVariantRef::Ui2(v.Anonymous.uiVal),
                VT_I4 => PropVariantRef::I4(v.Anonymous.lVal),
                VT_UI4 => PropVariantRef::Ui4(v.Anonymous.ulVal),
                VT_INT => PropVariantRef::Int(v.Anonymous.intVal),
                VT_UINT => PropVariantRef::Uint(v.Anonymous.uintVal),
                VT_I8 => PropVariantRef::I8(v.Anonymous.hVal.QuadPart),
                VT_UI8 => PropVariantRef::Ui8(v.Anonymous.uhVal.QuadPart),
                VT_R4 => PropVariantRef::R4(v.Anonymous.fltVal),
                VT_R8 => PropVariantRef::R8(v.Anonymous.dblVal),
                VT_BOOL => PropVariantRef::Bool(v.Anonymous.boolVal != 0),
                VT_ERROR => PropVariantRef::Error(Hresult(v.Anonymous.scode)),
                VT_FILETIME => PropVariantRef::FileTime(FileTime::from(v.Anonymous.filetime)),
                VT_CLSID => {
                    let g = v.Anonymous.puuid;
                    if g.is_null() {
                        return Err(ViewError::NullPointer);
                    }
                    PropVariantRef::Clsid(g.read_unaligned())
                }
                VT_LPSTR => PropVariantRef::Ansi(read_ansi(v.Anonymous.pszVal)?),
                VT_LPWSTR => PropVariantRef::Unicode(read_unicode(v.Anonymous.pwszVal)?),
                VT_BLOB => PropVariantRef::Blob(bytes(
                    v.Anonymous.blob.pBlobData,
                    v.Anonymous.blob.cbSize,
                )?),
                other => return Err(ViewError::UnknownType(u32::from(other))),
            }
        };
        Ok(Some(r))
    }

    /// The `VT_*` type of the value.
    pub fn vartype(&self) -> VARTYPE {
        match self {
            PropVariantRef::Ansi(_) => VT_LPSTR,
            PropVariantRef::Unicode(_) => VT_LPWSTR,
            PropVariantRef::Blob(_) => VT_BLOB,
            // The others own nothing: copying them is free.
            other => other.to_owned().vartype(),
        }
    }

    /// An owned copy; UTF-16 that is not valid Unicode is replaced with
    /// U+FFFD.
    pub fn to_owned(&self) -> PropVariant {
        match *self {
            PropVariantRef::Empty => PropVariant::Empty,
            PropVariantRef::Null => PropVariant::Null,
            PropVariantRef::I1(v) => PropVariant::I1(v),
            PropVariantRef::Ui1(v) => PropVariant::Ui1(v),
            PropVariantRef::I2(v) => PropVariant::I2(v),
            PropVariantRef::Ui2(v) => PropVariant::Ui2(v),
            PropVariantRef::I4(v) => PropVariant::I4(v),
            PropVariantRef::Ui4(v) => PropVariant::Ui4(v),
            PropVariantRef::Int(v) => PropVariant::Int(v),
            PropVariantRef::Uint(v) => PropVariant::Uint(v),
            PropVariantRef::I8(v) => PropVariant::I8(v),
            PropVariantRef::Ui8(v) => PropVariant::Ui8(v),
            PropVariantRef::R4(v) => PropVariant::R4(v),
            PropVariantRef::R8(v) => PropVariant::R8(v),
            PropVariantRef::Bool(v) => PropVariant::Bool(v),
            PropVariantRef::Error(v) => PropVariant::Error(v),
            PropVariantRef::FileTime(v) => PropVariant::FileTime(v),
            PropVariantRef::Clsid(v) => PropVariant::Clsid(v),
            PropVariantRef::Ansi(s) => PropVariant::Ansi(s.to_owned()),
            PropVariantRef::Unicode(s) => PropVariant::Unicode(String::from_utf16_lossy(s)),
            PropVariantRef::Blob(b) => PropVariant::Blob(b.to_vec()),
        }
    }
}

/// A `PROPVARIANT` whose strings, bytes and class identifier are blocks of
/// a task allocator, freed on drop unless handed over with
/// [`TaskVariant::into_raw`].
pub struct TaskVariant {
    raw: PROPVARIANT,
    alloc: TaskAllocator,
}

impl TaskVariant {
    /// Hands the value over: the receiver clears it (`PropVariantClear`).
    pub fn into_raw(self) -> PROPVARIANT {
        let raw = self.raw;
        core::mem::forget(self);
        raw
    }
}

impl Drop for TaskVariant {
    fn drop(&mut self) {
        // SAFETY: the blocks are this allocator's, owned and unused after.
        unsafe { clear_in(self.alloc, &mut self.raw) };
    }
}

impl core::fmt::Debug for TaskVariant {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        // SAFETY: written by `to_task_in`: every pointer live and owned.
        let v = unsafe { PropVariantRef::from_raw(&self.raw) };
        f.debug_tuple("TaskVariant").field(&v).finish()
    }
}

/// Counted bytes (`BLOB`) laid out in a block of a task allocator, as a
/// callee returns them (`IMimeInternational::ConvertBuffer`'s output);
/// freed on drop unless handed over with [`TaskBlob::into_raw`].
pub struct TaskBlob {
    raw: BLOB,
    alloc: TaskAllocator,
}

impl TaskBlob {
    /// `bytes` copied into a block of `alloc` (no block when empty); more
    /// than `u32` bytes is `MAPI_E_INVALID_PARAMETER`, a failed allocation
    /// `MAPI_E_NOT_ENOUGH_MEMORY`.
    pub fn new_in(alloc: TaskAllocator, bytes: &[u8]) -> Result<TaskBlob, Hresult> {
        let cb = blob_len(bytes.len())?;
        let p = if bytes.is_empty() {
            null_mut()
        } else {
            let p = alloc.block(bytes.len())?.as_ptr().cast::<u8>();
            // SAFETY: a fresh block of `bytes.len()` bytes.
            unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
            p
        };
        Ok(TaskBlob {
            raw: BLOB {
                cbSize: cb,
                pBlobData: p,
            },
            alloc,
        })
    }

    /// [`TaskBlob::new_in`] with the current task allocator.
    pub fn new(bytes: &[u8]) -> Result<TaskBlob, Hresult> {
        TaskBlob::new_in(TaskAllocator::current(), bytes)
    }

    /// Hands the bytes over: the receiver frees them (`CoTaskMemFree`).
    pub fn into_raw(self) -> BLOB {
        let raw = self.raw;
        core::mem::forget(self);
        raw
    }

    /// Copies out the bytes a callee returned in `raw`, then frees them
    /// with `alloc` and leaves `raw` empty, also when they cannot be read
    /// (a null pointer with a count, more than the views accept).
    ///
    /// # Safety
    /// `raw` must be readable and writable; its `pBlobData` null or a live
    /// block of `alloc` with `cbSize` readable bytes, owned from here.
    pub unsafe fn adopt_in(alloc: TaskAllocator, raw: *mut BLOB) -> Result<Vec<u8>, ViewError> {
        // SAFETY: readable (the contract).
        let b = unsafe { raw.read_unaligned() };
        // SAFETY: `cbSize` bytes at `pBlobData` (the contract); `bytes`
        // checks a null pointer and the size.
        let read = unsafe { bytes(b.pBlobData, b.cbSize) }.map(<[u8]>::to_vec);
        // SAFETY: null or an owned block of `alloc`, copied out above.
        unsafe { alloc.free(b.pBlobData.cast()) };
        // SAFETY: writable (the contract).
        unsafe { raw.write_unaligned(empty_blob()) };
        read
    }

    /// [`TaskBlob::adopt_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskBlob::adopt_in`] with [`TaskAllocator::current`].
    pub unsafe fn adopt(raw: *mut BLOB) -> Result<Vec<u8>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskBlob::adopt_in(TaskAllocator::current(), raw) }
    }
}

impl Drop for TaskBlob {
    fn drop(&mut self) {
        // SAFETY: null or this allocator's block, owned and unused after.
        unsafe { self.alloc.free(self.raw.pBlobData.cast()) };
    }
}

impl core::fmt::Debug for TaskBlob {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TaskBlob")
            .field("cbSize", &self.raw.cbSize)
            .finish()
    }
}

/// An empty `BLOB` (no bytes, a null pointer), as a caller passes one to be
/// filled in.
pub fn empty_blob() -> BLOB {
    BLOB {
        cbSize: 0,
        pBlobData: null_mut(),
    }
}

/// A view of the bytes of a caller's `BLOB`: `None` for a null pointer; a
/// null data pointer with a count, or more bytes than the views accept, is
/// an error.
///
/// # Safety
/// `ptr` must be null or point to a readable `BLOB` whose `cbSize` bytes at
/// `pBlobData` are readable and unchanged for `'a`.
pub unsafe fn blob_from_raw<'a>(ptr: *const BLOB) -> Result<Option<&'a [u8]>, ViewError> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: a readable header, then `cbSize` bytes (the contract);
    // `bytes` checks the null pointer and the size.
    unsafe {
        let b = ptr.read_unaligned();
        bytes(b.pBlobData, b.cbSize).map(Some)
    }
}

/// A `BLOB` argument over borrowed bytes, for a callee that only reads it.
pub struct BlobIn<'a> {
    raw: BLOB,
    _borrows: core::marker::PhantomData<&'a [u8]>,
}

impl BlobIn<'_> {
    /// The `BLOB` as the MIME signatures take it.
    pub fn as_mut_ptr(&mut self) -> *mut BLOB {
        &mut self.raw
    }
}

/// The argument of `bytes`; more than `u32` bytes is
/// `MAPI_E_INVALID_PARAMETER`.
pub fn blob_in(bytes: &[u8]) -> Result<BlobIn<'_>, Hresult> {
    Ok(BlobIn {
        raw: BLOB {
            cbSize: blob_len(bytes.len())?,
            pBlobData: bytes.as_ptr().cast_mut(),
        },
        _borrows: core::marker::PhantomData,
    })
}

/// A `PROPVARIANT` argument laid out over a borrowed [`PropVariant`] (a
/// UTF-16 copy for a `Unicode` value), for a callee that only reads it.
pub struct PropVariantIn<'a> {
    raw: PROPVARIANT,
    _wide: Vec<u16>,
    _borrows: core::marker::PhantomData<&'a PropVariant>,
}

impl PropVariantIn<'_> {
    /// The `PROPVARIANT` as the MIME signatures take it.
    pub fn as_mut_ptr(&mut self) -> *mut PROPVARIANT {
        &mut self.raw
    }
}

/// The argument of `value`; a blob beyond `u32` bytes is
/// `MAPI_E_INVALID_PARAMETER`.
pub fn prop_variant_in(value: &PropVariant) -> Result<PropVariantIn<'_>, Hresult> {
    let mut wide = Vec::new();
    let mut raw = empty_raw();
    raw.vt = value.vartype();
    match value {
        PropVariant::Clsid(g) => raw.Anonymous.puuid = core::ptr::from_ref(g).cast_mut(),
        PropVariant::Ansi(s) => raw.Anonymous.pszVal = s.as_ptr().cast_mut(),
        PropVariant::Unicode(s) => {
            wide = s.encode_utf16().chain([0]).collect();
            raw.Anonymous.pwszVal = wide.as_mut_ptr();
        }
        PropVariant::Blob(b) => {
            raw.Anonymous.blob = BLOB {
                cbSize: blob_len(b.len())?,
                pBlobData: b.as_ptr().cast_mut(),
            }
        }
        other => {
            // Plain values: the task layout, which allocates nothing for them.
            let t = other.to_task_in(TaskAllocator::current())?;
            raw = t.into_raw();
        }
    }
    Ok(PropVariantIn {
        raw,
        _wide: wide,
        _borrows: core::marker::PhantomData,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::testing::TaskCounter;

    fn samples() -> Vec<PropVariant> {
        vec![
            PropVariant::Empty,
            PropVariant::Null,
            PropVariant::I1(-3),
            PropVariant::Ui1(200),
            PropVariant::I2(-300),
            PropVariant::Ui2(60_000),
            PropVariant::I4(-70_000),
            PropVariant::Ui4(4_000_000_000),
            PropVariant::Int(-1),
            PropVariant::Uint(7),
            PropVariant::I8(-(1 << 40)),
            PropVariant::Ui8(1 << 63),
            PropVariant::R4(1.5),
            PropVariant::R8(-2.25),
            PropVariant::Bool(true),
            PropVariant::Bool(false),
            PropVariant::Error(Hresult(crate::MAPI_E_NOT_FOUND)),
            PropVariant::FileTime(FileTime::from_u64(0x0123_4567_89AB_CDEF)),
            PropVariant::Clsid(GUID {
                Data1: 0xFD85_3CD3,
                Data2: 0x7F86,
                Data3: 0x11D0,
                Data4: [0x82, 0x52, 0, 0xC0, 0x4F, 0xD8, 0x5A, 0xB4],
            }),
            PropVariant::ansi("Subject: Grüße"),
            PropVariant::Unicode("text/plain ✉".into()),
            PropVariant::Blob(vec![1, 2, 3, 0, 255]),
            PropVariant::Blob(Vec::new()),
        ]
    }

    #[test]
    fn every_type_round_trips_through_a_counting_task_allocator() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        for v in samples() {
            let t = v.to_task_in(alloc).expect("written");
            let mut raw = t.into_raw();
            assert_eq!(raw.vt, v.vartype());
            // SAFETY: written by `to_task_in` with `alloc`, handed over.
            let back = unsafe { PropVariant::adopt_in(alloc, &mut raw) }.expect("readable");
            assert_eq!(back, v);
            assert_eq!(raw.vt, VT_EMPTY, "adopting clears the value");
            assert_eq!(counter.live_blocks(), 0, "{v:?}: every block freed");
        }
    }

    #[test]
    fn a_task_variant_not_handed_over_frees_its_blocks() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        let t = PropVariant::Unicode("kept".into())
            .to_task_in(alloc)
            .expect("written");
        assert_eq!(counter.live_blocks(), 1);
        drop(t);
        assert_eq!(counter.live_blocks(), 0);
        counter.fail_next(true);
        assert_eq!(
            PropVariant::Blob(vec![1]).to_task_in(alloc).map(|_| ()),
            Err(no_memory())
        );
        assert_eq!(counter.live_blocks(), 0);
    }

    #[test]
    fn views_of_arguments_read_what_the_caller_laid_out() {
        for v in samples() {
            let mut arg = prop_variant_in(&v).expect("laid out");
            // SAFETY: laid out over `v`, which outlives the view.
            let seen = unsafe { PropVariantRef::from_raw(arg.as_mut_ptr()) }
                .expect("readable")
                .expect("non-null");
            assert_eq!(seen.to_owned(), v);
            assert_eq!(seen.vartype(), v.vartype());
        }
        // SAFETY: null.
        assert_eq!(
            unsafe { PropVariantRef::from_raw(core::ptr::null()) },
            Ok(None)
        );
    }

    #[test]
    fn hostile_values_are_errors() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        let with = |vt: VARTYPE, u: PROPVARIANT_0| PROPVARIANT {
            vt,
            Anonymous: u,
            ..empty_raw()
        };
        // A string or class identifier without memory, bytes counted at null.
        let null_string = with(VT_LPSTR, PROPVARIANT_0 { pszVal: null_mut() });
        let null_clsid = with(VT_CLSID, PROPVARIANT_0 { puuid: null_mut() });
        let null_blob = with(
            VT_BLOB,
            PROPVARIANT_0 {
                blob: BLOB {
                    cbSize: 4,
                    pBlobData: null_mut(),
                },
            },
        );
        let huge_blob = with(
            VT_BLOB,
            PROPVARIANT_0 {
                blob: BLOB {
                    cbSize: u32::MAX,
                    pBlobData: [0u8; 1].as_ptr().cast_mut(),
                },
            },
        );
        let stream = with(0x42, PROPVARIANT_0 { pszVal: null_mut() });
        for (raw, want) in [
            (null_string, ViewError::NullPointer),
            (null_clsid, ViewError::NullPointer),
            (null_blob, ViewError::NullPointer),
            (huge_blob, ViewError::TooLarge),
            (stream, ViewError::UnknownType(0x42)),
        ] {
            // SAFETY: a readable PROPVARIANT; no pointer the view follows
            // is dangling (each is null or a live one-byte array the count
            // check stops before).
            assert_eq!(unsafe { PropVariantRef::from_raw(&raw) }, Err(want));
        }
        // A misaligned UTF-16 string.
        let units = [0u16; 4];
        let odd = units.as_ptr().cast::<u8>().wrapping_add(1).cast::<u16>();
        let misaligned = with(
            VT_LPWSTR,
            PROPVARIANT_0 {
                pwszVal: odd.cast_mut(),
            },
        );
        // SAFETY: the pointer is checked for alignment before any read.
        assert_eq!(
            unsafe { PropVariantRef::from_raw(&misaligned) },
            Err(ViewError::Misaligned)
        );
        // An unreadable value a callee returned is still freed.
        let mut raw = PropVariant::Blob(vec![7; 8])
            .to_task_in(alloc)
            .expect("written")
            .into_raw();
        // Writing a union field is safe: the blob member is the one `vt` names.
        raw.Anonymous.blob.cbSize = u32::MAX;
        // SAFETY: a value written with `alloc`; its count is checked
        // before any byte is read.
        let back = unsafe { PropVariant::adopt_in(alloc, &mut raw) };
        assert_eq!(back, Err(ViewError::TooLarge));
        assert_eq!(raw.vt, VT_EMPTY);
        assert_eq!(counter.live_blocks(), 0);
    }
}

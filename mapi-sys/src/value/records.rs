//! Arrays of the MIME library's records (`MIMEPARAMINFO`, `ENUMPROPERTY`,
//! `ENUMHEADERROW`, `ADDRESSPROPS`) whose strings and thumbprints, and the array itself when the callee allocates it,
//! are blocks of the MIME allocator.
//!
//! That allocator is COM's task allocator: Wine's inetcomm
//! (`dlls/inetcomm/mimeole.c`) builds `IMimeAllocator::Alloc` and `Free` on
//! `CoTaskMemAlloc` and `CoTaskMemFree`, and its `FreeParamInfoArray` frees
//! each string of the array, then the array, through that `Free`. So the
//! records here are laid out and freed with a [`TaskAllocator`], like
//! [`PropVariant`](super::PropVariant)s.
//!
//! A callee returns an array it allocated ([`TaskArray`]:
//! `IMimePropertySet::GetParameters`) or fills in entries of the caller's
//! array ([`TaskEntries`]: `IMimeEnumProperties::Next`). The caller reads
//! either into owned records and frees the task memory at once
//! ([`TaskArray::adopt`], [`TaskEntries::adopt`]).

use super::strings::read_ansi;
use super::taskrec::{TaskArray, TaskRecord, count_u32, free_ptr};
use super::view::bytes;
use super::{MAX_COUNT, StrRef, TaskAllocator, ViewError, no_memory};
use crate::ComPtr;
use crate::{
    ADDRESSLIST, ADDRESSPROPS, BLOB, CERTSTATE, CHAR, ENCODINGTYPE, ENUMHEADERROW, ENUMPROPERTY,
    FINDBODY, FINDHEADER, HADDRESS, HBODY, HCHARSET, HHEADERROW, Hresult, IUnknown, MIMEPARAMINFO,
};
use core::ffi::c_void;
use core::ptr::null_mut;
use std::ffi::{CStr, CString};

/// One parameter of a header value (`MIMEPARAMINFO`): `charset=us-ascii`
/// of a `Content-Type` is the name `charset` with the data `us-ascii`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MimeParam {
    /// The parameter's name (8-bit characters).
    pub name: CString,
    /// Its value.
    pub data: CString,
}

impl MimeParam {
    /// A parameter of two strings, their characters taken as Latin-1
    /// ([`string_to_ansi`](super::string_to_ansi)).
    pub fn new(name: &str, data: &str) -> MimeParam {
        MimeParam {
            name: super::string_to_ansi(name),
            data: super::string_to_ansi(data),
        }
    }
}

/// One property of a property set as an enumerator returns it
/// (`ENUMPROPERTY`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnumProperty {
    /// The property's name; `None` when the enumerator was asked for no
    /// names (`EPF_NONAME`).
    pub name: Option<CString>,
    /// The header row that holds it.
    pub row: HHEADERROW,
    /// Its identifier.
    pub prop_id: u32,
}

/// One header line of a header table as an enumerator returns it
/// (`ENUMHEADERROW`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderRow {
    /// The row's handle in its table.
    pub row: HHEADERROW,
    /// The header's name (8-bit characters).
    pub header: CString,
    /// Its value as the line carries it; `None` when the enumerator was
    /// asked for names only. Written with its length in `cchData`.
    pub data: Option<CString>,
}

/// One address of a message (`ADDRESSPROPS`): the members [`props`]
/// (`IAP_*` bits) names hold it. The reserved members are written as zero
/// and null; a reserved string a callee returns is freed unread.
///
/// [`props`]: AddressProps::props
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddressProps {
    /// Which members are valid (`IAP_*` bits).
    pub props: u32,
    /// The address's handle in its table.
    pub address: HADDRESS,
    /// How the display name is encoded.
    pub encoding: ENCODINGTYPE,
    /// The character set of the display name.
    pub charset: HCHARSET,
    /// Which header the address belongs to (one `IAT_*` bit).
    pub adr_type: u32,
    /// The display name (8-bit characters).
    pub friendly: Option<CString>,
    /// The e-mail address.
    pub email: Option<CString>,
    /// The state of its certificate.
    pub cert_state: CERTSTATE,
    /// The signing certificate's thumbprint.
    pub signing: Vec<u8>,
    /// The encryption certificate's thumbprint.
    pub encryption: Vec<u8>,
    /// The application's value kept with the address.
    pub cookie: u32,
}

impl AddressProps {
    /// An address of a display name and an e-mail address (Latin-1),
    /// `IAP_FRIENDLY | IAP_EMAIL | IAP_ADRTYPE` of header type `adr_type`.
    pub fn new(friendly: &str, email: &str, adr_type: u32) -> AddressProps {
        AddressProps {
            props: crate::IAP_FRIENDLY | crate::IAP_EMAIL | crate::IAP_ADRTYPE,
            address: HADDRESS::NULL,
            encoding: 0,
            charset: HCHARSET::NULL,
            adr_type,
            friendly: Some(super::string_to_ansi(friendly)),
            email: Some(super::string_to_ansi(email)),
            cert_state: 0,
            signing: Vec::new(),
            encryption: Vec::new(),
            cookie: 0,
        }
    }
}

impl AddressProps {
    /// A copy of the address a caller passes (`IMimeAddressTable::Insert`);
    /// `None` for null. Its memory stays the caller's.
    ///
    /// # Safety
    /// A non-null `raw` must be readable, its strings and thumbprints null
    /// or readable as their fields say, for the call.
    pub unsafe fn from_raw(raw: *const ADDRESSPROPS) -> Result<Option<AddressProps>, ViewError> {
        if raw.is_null() {
            return Ok(None);
        }
        // SAFETY: non-null and readable (the contract); a copy, read
        // unaligned, then its pointers as the contract says.
        unsafe { AddressProps::read(&raw.read_unaligned()) }.map(Some)
    }
}

/// A search of a header table by name (`FINDHEADER`), kept by the caller
/// from `IMimeHeaderTable::FindFirstRow` to each `FindNextRow`: the table
/// writes its place into [`reserved`](FindHeader::reserved).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FindHeader {
    /// The header name looked for (8-bit characters); `None` for any.
    pub header: Option<CString>,
    /// Where the search stands: zero to start, then the table's value.
    pub reserved: u32,
}

impl FindHeader {
    /// A new search for `header` (Latin-1), or any header.
    pub fn new(header: Option<&str>) -> FindHeader {
        FindHeader {
            header: header.map(super::string_to_ansi),
            reserved: 0,
        }
    }

    /// The C structure, pointing into `self`: valid while `self` is
    /// neither changed nor dropped.
    pub fn to_raw(&self) -> FINDHEADER {
        FINDHEADER {
            pszHeader: self
                .header
                .as_ref()
                .map_or(core::ptr::null(), |h| h.as_ptr()),
            dwReserved: self.reserved,
        }
    }
}

/// A search of a header table as the table sees it (`FINDHEADER`): the
/// name is the caller's, the place is the table's to update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FindCursor<'a> {
    /// The header name looked for; `None` for any.
    pub header: Option<StrRef<'a>>,
    /// Where the search stands: zero at the start; what the table stores
    /// here is written back for the next call.
    pub reserved: u32,
}

impl<'a> FindCursor<'a> {
    /// A view of the search at `raw`.
    ///
    /// # Safety
    /// `raw` must be non-null and readable, its name null or a
    /// NUL-terminated string readable for `'a`.
    pub unsafe fn from_raw(raw: *const FINDHEADER) -> Result<FindCursor<'a>, ViewError> {
        // SAFETY: readable (the contract); a copy, read unaligned.
        let f = unsafe { raw.read_unaligned() };
        Ok(FindCursor {
            // SAFETY: null or readable for `'a` (the contract).
            header: unsafe { StrRef::from_raw_ansi(f.pszHeader) }?,
            reserved: f.dwReserved,
        })
    }
}

/// A search of a message tree by content type (`FINDBODY`), kept by the
/// caller from `IMimeMessageTree::FindFirst` to each `FindNext`: the tree
/// writes its place into [`reserved`](FindBody::reserved).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FindBody {
    /// The primary content type looked for (`text`); `None` for any.
    pub pri_type: Option<CString>,
    /// The subtype looked for (`plain`); `None` for any.
    pub sub_type: Option<CString>,
    /// Where the search stands: zero to start, then the tree's value.
    pub reserved: u32,
}

impl FindBody {
    /// A new search for bodies of a content type (Latin-1), either half
    /// `None` for any.
    pub fn new(pri_type: Option<&str>, sub_type: Option<&str>) -> FindBody {
        FindBody {
            pri_type: pri_type.map(super::string_to_ansi),
            sub_type: sub_type.map(super::string_to_ansi),
            reserved: 0,
        }
    }

    /// The C structure, pointing into `self`: valid while `self` is
    /// neither changed nor dropped. The strings are typed `LPSTR` in C but
    /// only read by the tree.
    pub fn to_raw(&self) -> FINDBODY {
        let ptr = |s: &Option<CString>| s.as_ref().map_or(null_mut(), |s| s.as_ptr().cast_mut());
        FINDBODY {
            pszPriType: ptr(&self.pri_type),
            pszSubType: ptr(&self.sub_type),
            dwReserved: self.reserved,
        }
    }
}

/// A search of a message tree as the tree sees it (`FINDBODY`): the content
/// type is the caller's, the place is the tree's to update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FindBodyCursor<'a> {
    /// The primary content type looked for; `None` for any.
    pub pri_type: Option<StrRef<'a>>,
    /// The subtype looked for; `None` for any.
    pub sub_type: Option<StrRef<'a>>,
    /// Where the search stands: zero at the start; what the tree stores
    /// here is written back for the next call.
    pub reserved: u32,
}

impl<'a> FindBodyCursor<'a> {
    /// A view of the search at `raw`.
    ///
    /// # Safety
    /// `raw` must be non-null and readable, each of its strings null or
    /// NUL-terminated and readable for `'a`.
    pub unsafe fn from_raw(raw: *const FINDBODY) -> Result<FindBodyCursor<'a>, ViewError> {
        // SAFETY: readable (the contract); a copy, read unaligned.
        let f = unsafe { raw.read_unaligned() };
        Ok(FindBodyCursor {
            // SAFETY: null or readable for `'a` (the contract).
            pri_type: unsafe { StrRef::from_raw_ansi(f.pszPriType) }?,
            // SAFETY: as above.
            sub_type: unsafe { StrRef::from_raw_ansi(f.pszSubType) }?,
            reserved: f.dwReserved,
        })
    }
}

/// Bytes in a block of `alloc` (none and a null pointer when empty).
fn blob_block(alloc: TaskAllocator, b: &[u8]) -> Result<BLOB, Hresult> {
    let cb = count_u32(b.len())?;
    if b.is_empty() {
        return Ok(BLOB {
            cbSize: 0,
            pBlobData: null_mut(),
        });
    }
    let p = alloc.block(b.len())?.as_ptr().cast::<u8>();
    // SAFETY: a fresh block of `b.len()` bytes.
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    Ok(BLOB {
        cbSize: cb,
        pBlobData: p,
    })
}

/// Blocks of one record being laid out, freed on drop unless kept.
struct Blocks {
    alloc: TaskAllocator,
    ptrs: Vec<*mut c_void>,
}

impl Blocks {
    fn new(alloc: TaskAllocator) -> Blocks {
        Blocks {
            alloc,
            ptrs: Vec::new(),
        }
    }
    fn ansi(&mut self, s: Option<&CString>) -> Result<*mut CHAR, Hresult> {
        let Some(s) = s else {
            return Ok(null_mut());
        };
        let p = ansi_block(self.alloc, s)?;
        self.ptrs.push(p.cast());
        Ok(p)
    }
    fn blob(&mut self, b: &[u8]) -> Result<BLOB, Hresult> {
        let r = blob_block(self.alloc, b)?;
        self.ptrs.push(r.pBlobData.cast());
        Ok(r)
    }
    fn keep(mut self) {
        self.ptrs.clear();
    }
}

impl Drop for Blocks {
    fn drop(&mut self) {
        for p in &self.ptrs {
            // SAFETY: blocks allocated above, not handed over.
            unsafe { self.alloc.free(*p) };
        }
    }
}

/// A copy of `s` in a block of `alloc`.
fn ansi_block(alloc: TaskAllocator, s: &CStr) -> Result<*mut CHAR, Hresult> {
    let b = s.to_bytes_with_nul();
    let p = alloc.block(b.len())?.as_ptr().cast::<u8>();
    // SAFETY: a fresh block of `b.len()` bytes.
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    Ok(p.cast())
}

/// The 8-bit string at `p`, copied; `None` for null.
///
/// # Safety
/// As for [`TaskRecord::read`]'s strings.
unsafe fn read_opt(p: *const CHAR) -> Result<Option<CString>, ViewError> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: non-null, readable up to its NUL (the contract).
    unsafe { read_ansi(p) }.map(|s| Some(s.to_owned()))
}

// A body handle owns nothing: an array of them (`IMimeMessage::
// GetAttachments`) is one block of the task allocator, its entries copied.
impl TaskRecord for HBODY {
    type Raw = HBODY;

    fn zeroed() -> HBODY {
        HBODY::NULL
    }

    fn to_raw_in(&self, _alloc: TaskAllocator) -> Result<HBODY, Hresult> {
        Ok(*self)
    }

    unsafe fn read(raw: &HBODY) -> Result<HBODY, ViewError> {
        Ok(*raw)
    }

    unsafe fn free_in(_alloc: TaskAllocator, _raw: &HBODY) {}
}

impl TaskRecord for MimeParam {
    type Raw = MIMEPARAMINFO;

    fn zeroed() -> MIMEPARAMINFO {
        MIMEPARAMINFO {
            pszName: null_mut(),
            pszData: null_mut(),
        }
    }

    fn to_raw_in(&self, alloc: TaskAllocator) -> Result<MIMEPARAMINFO, Hresult> {
        let name = ansi_block(alloc, &self.name)?;
        let data = match ansi_block(alloc, &self.data) {
            Ok(p) => p,
            Err(e) => {
                // SAFETY: the block just allocated, unused.
                unsafe { free_ptr(alloc, name) };
                return Err(e);
            }
        };
        Ok(MIMEPARAMINFO {
            pszName: name,
            pszData: data,
        })
    }

    unsafe fn read(raw: &MIMEPARAMINFO) -> Result<MimeParam, ViewError> {
        // SAFETY: the strings are readable (the contract); a null one is an
        // error, as a parameter always has a name and a value.
        unsafe {
            Ok(MimeParam {
                name: read_opt(raw.pszName)?.ok_or(ViewError::NullPointer)?,
                data: read_opt(raw.pszData)?.ok_or(ViewError::NullPointer)?,
            })
        }
    }

    unsafe fn free_in(alloc: TaskAllocator, raw: &MIMEPARAMINFO) {
        // SAFETY: null or blocks of `alloc` (the contract).
        unsafe {
            free_ptr(alloc, raw.pszName);
            free_ptr(alloc, raw.pszData);
        }
    }
}

impl TaskRecord for EnumProperty {
    type Raw = ENUMPROPERTY;

    fn zeroed() -> ENUMPROPERTY {
        ENUMPROPERTY {
            pszName: null_mut(),
            hRow: HHEADERROW::NULL,
            dwPropId: 0,
        }
    }

    fn to_raw_in(&self, alloc: TaskAllocator) -> Result<ENUMPROPERTY, Hresult> {
        let name = match &self.name {
            Some(s) => ansi_block(alloc, s)?,
            None => null_mut(),
        };
        Ok(ENUMPROPERTY {
            pszName: name,
            hRow: self.row,
            dwPropId: self.prop_id,
        })
    }

    unsafe fn read(raw: &ENUMPROPERTY) -> Result<EnumProperty, ViewError> {
        Ok(EnumProperty {
            // SAFETY: null or readable (the contract).
            name: unsafe { read_opt(raw.pszName) }?,
            row: raw.hRow,
            prop_id: raw.dwPropId,
        })
    }

    unsafe fn free_in(alloc: TaskAllocator, raw: &ENUMPROPERTY) {
        // SAFETY: null or a block of `alloc` (the contract).
        unsafe { free_ptr(alloc, raw.pszName) }
    }
}

impl TaskRecord for HeaderRow {
    type Raw = ENUMHEADERROW;

    fn zeroed() -> ENUMHEADERROW {
        ENUMHEADERROW {
            hRow: HHEADERROW::NULL,
            pszHeader: null_mut(),
            pszData: null_mut(),
            cchData: 0,
            dwReserved: 0,
        }
    }

    fn to_raw_in(&self, alloc: TaskAllocator) -> Result<ENUMHEADERROW, Hresult> {
        let cch = count_u32(self.data.as_ref().map_or(0, |d| d.as_bytes().len()))?;
        let mut b = Blocks::new(alloc);
        let raw = ENUMHEADERROW {
            hRow: self.row,
            pszHeader: b.ansi(Some(&self.header))?,
            pszData: b.ansi(self.data.as_ref())?,
            cchData: cch,
            dwReserved: 0,
        };
        b.keep();
        Ok(raw)
    }

    unsafe fn read(raw: &ENUMHEADERROW) -> Result<HeaderRow, ViewError> {
        // SAFETY: the strings are null or readable (the contract); a row
        // always has a name.
        unsafe {
            Ok(HeaderRow {
                row: raw.hRow,
                header: read_opt(raw.pszHeader)?.ok_or(ViewError::NullPointer)?,
                data: read_opt(raw.pszData)?,
            })
        }
    }

    unsafe fn free_in(alloc: TaskAllocator, raw: &ENUMHEADERROW) {
        // SAFETY: null or blocks of `alloc` (the contract).
        unsafe {
            free_ptr(alloc, raw.pszHeader);
            free_ptr(alloc, raw.pszData);
        }
    }
}

impl TaskRecord for AddressProps {
    type Raw = ADDRESSPROPS;

    fn zeroed() -> ADDRESSPROPS {
        let empty = BLOB {
            cbSize: 0,
            pBlobData: null_mut(),
        };
        ADDRESSPROPS {
            dwProps: 0,
            hAddress: HADDRESS::NULL,
            ietFriendly: 0,
            hCharset: HCHARSET::NULL,
            dwAdrType: 0,
            pszFriendly: null_mut(),
            pwszReserved: null_mut(),
            pszEmail: null_mut(),
            certstate: 0,
            tbSigning: empty,
            tbEncryption: empty,
            dwCookie: 0,
            dwReserved1: 0,
            dwReserved2: 0,
        }
    }

    fn to_raw_in(&self, alloc: TaskAllocator) -> Result<ADDRESSPROPS, Hresult> {
        let mut b = Blocks::new(alloc);
        let raw = ADDRESSPROPS {
            dwProps: self.props,
            hAddress: self.address,
            ietFriendly: self.encoding,
            hCharset: self.charset,
            dwAdrType: self.adr_type,
            pszFriendly: b.ansi(self.friendly.as_ref())?,
            pwszReserved: null_mut(),
            pszEmail: b.ansi(self.email.as_ref())?,
            certstate: self.cert_state,
            tbSigning: b.blob(&self.signing)?,
            tbEncryption: b.blob(&self.encryption)?,
            dwCookie: self.cookie,
            dwReserved1: 0,
            dwReserved2: 0,
        };
        b.keep();
        Ok(raw)
    }

    unsafe fn read(raw: &ADDRESSPROPS) -> Result<AddressProps, ViewError> {
        // SAFETY: strings and thumbprints are null or readable as their
        // fields say (the contract); `bytes` checks null with a count and
        // the size.
        unsafe {
            Ok(AddressProps {
                props: raw.dwProps,
                address: raw.hAddress,
                encoding: raw.ietFriendly,
                charset: raw.hCharset,
                adr_type: raw.dwAdrType,
                friendly: read_opt(raw.pszFriendly)?,
                email: read_opt(raw.pszEmail)?,
                cert_state: raw.certstate,
                signing: bytes(raw.tbSigning.pBlobData, raw.tbSigning.cbSize)?.to_vec(),
                encryption: bytes(raw.tbEncryption.pBlobData, raw.tbEncryption.cbSize)?.to_vec(),
                cookie: raw.dwCookie,
            })
        }
    }

    unsafe fn free_in(alloc: TaskAllocator, raw: &ADDRESSPROPS) {
        // SAFETY: null or blocks of `alloc` (the contract).
        unsafe {
            free_ptr(alloc, raw.pszFriendly);
            free_ptr(alloc, raw.pwszReserved);
            free_ptr(alloc, raw.pszEmail);
            free_ptr(alloc, raw.tbSigning.pBlobData);
            free_ptr(alloc, raw.tbEncryption.pBlobData);
        }
    }
}

impl TaskArray<AddressProps> {
    /// The array as an `ADDRESSLIST`, handed over: the receiver frees it
    /// (`IMimeAllocator::FreeAddressList`).
    pub fn into_list(self) -> ADDRESSLIST {
        ADDRESSLIST {
            cAdrs: self.count(),
            prgAdr: self.into_raw(),
        }
    }

    /// An empty list (no addresses, a null array), for a callee to fill in.
    pub fn empty_list() -> ADDRESSLIST {
        ADDRESSLIST {
            cAdrs: 0,
            prgAdr: null_mut(),
        }
    }

    /// The addresses of the list at `raw`, whose array and entries' blocks
    /// (of `alloc`) are freed, also when an entry cannot be read; the list
    /// is left empty. Errors as for [`TaskArray::adopt_in`].
    ///
    /// # Safety
    /// `raw` must be readable and writable, its array as
    /// [`TaskArray::adopt_in`] asks, owned from here.
    pub unsafe fn adopt_list_in(
        alloc: TaskAllocator,
        raw: *mut ADDRESSLIST,
    ) -> Result<Vec<AddressProps>, ViewError> {
        // SAFETY: readable (the contract).
        let list = unsafe { raw.read_unaligned() };
        // SAFETY: the array as the contract says, owned from here.
        let read = unsafe { TaskArray::adopt_in(alloc, list.cAdrs, list.prgAdr) };
        // SAFETY: writable (the contract); nothing is left to point to.
        unsafe { raw.write_unaligned(TaskArray::empty_list()) };
        read
    }

    /// [`TaskArray::adopt_list_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskArray::adopt_list_in`] with [`TaskAllocator::current`].
    pub unsafe fn adopt_list(raw: *mut ADDRESSLIST) -> Result<Vec<AddressProps>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskArray::adopt_list_in(TaskAllocator::current(), raw) }
    }
}

/// Interface pointers in an array of task memory, one reference each,
/// handed over to a callee that releases them and frees the array
/// (`IMimeAllocator::ReleaseObjects`); released and freed on drop unless
/// handed over with [`TaskObjects::into_raw`].
pub struct TaskObjects {
    ptr: *mut *mut IUnknown,
    len: usize,
    alloc: TaskAllocator,
}

impl TaskObjects {
    /// The references of `objects` in an array of the current task
    /// allocator (null when empty); more than `u32` objects is
    /// `MAPI_E_INVALID_PARAMETER`, a failed allocation
    /// `MAPI_E_NOT_ENOUGH_MEMORY` (the references are then released).
    pub fn new(objects: Vec<ComPtr<IUnknown>>) -> Result<TaskObjects, Hresult> {
        let alloc = TaskAllocator::current();
        count_u32(objects.len())?;
        if objects.is_empty() {
            return Ok(TaskObjects {
                ptr: null_mut(),
                len: 0,
                alloc,
            });
        }
        let cb = size_of::<*mut IUnknown>()
            .checked_mul(objects.len())
            .ok_or_else(no_memory)?;
        let ptr = alloc.block(cb)?.as_ptr().cast::<*mut IUnknown>();
        let len = objects.len();
        for (k, o) in objects.into_iter().enumerate() {
            // SAFETY: a fresh block of `len` pointers, aligned to 8 (the task
            // allocator's contract); entry `k` is within it.
            unsafe { ptr.add(k).write(o.into_raw()) };
        }
        Ok(TaskObjects { ptr, len, alloc })
    }

    /// How many references it holds, as the count parameter takes it.
    pub fn count(&self) -> u32 {
        // Checked in `new`.
        self.len as u32
    }

    /// Hands the array over: the receiver releases each reference and
    /// frees the array.
    pub fn into_raw(self) -> *mut *mut IUnknown {
        let p = self.ptr;
        core::mem::forget(self);
        p
    }

    /// The references of an array of `count` pointers a caller hands over
    /// (null entries are skipped: `None`); the array block is freed with
    /// `alloc` when `free_array`. A null array with a count, or more than
    /// [`MAX_COUNT`](super::MAX_COUNT) entries, is an error, and then no
    /// entry is looked at (the array is still freed when asked).
    ///
    /// # Safety
    /// `ptr` must be null or hold `count` readable pointers (if `count` is
    /// within the limit), each null or a live COM object whose reference
    /// is given up; with `free_array`, `ptr` must be null or a live block
    /// of `alloc`.
    pub unsafe fn take_in(
        alloc: TaskAllocator,
        count: u32,
        ptr: *mut *mut IUnknown,
        free_array: bool,
    ) -> Result<Vec<Option<ComPtr<IUnknown>>>, ViewError> {
        let n = count as usize;
        let read = if n == 0 {
            Ok(Vec::new())
        } else if ptr.is_null() {
            Err(ViewError::NullPointer)
        } else if n > MAX_COUNT {
            Err(ViewError::TooLarge)
        } else {
            Ok((0..n)
                .map(|k| {
                    // SAFETY: entry `k` of `n` readable, null or a reference
                    // given up (the contract).
                    unsafe { ComPtr::from_raw(ptr.add(k).read_unaligned()) }
                })
                .collect())
        };
        if free_array {
            // SAFETY: null or the array block, owned (the contract), read
            // above.
            unsafe { free_ptr(alloc, ptr) };
        }
        read
    }

    /// [`TaskObjects::take_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskObjects::take_in`] with [`TaskAllocator::current`].
    pub unsafe fn take(
        count: u32,
        ptr: *mut *mut IUnknown,
        free_array: bool,
    ) -> Result<Vec<Option<ComPtr<IUnknown>>>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskObjects::take_in(TaskAllocator::current(), count, ptr, free_array) }
    }
}

impl Drop for TaskObjects {
    fn drop(&mut self) {
        if self.ptr.is_null() {
            return;
        }
        // SAFETY: `len` references written by `new`, owned; the array block
        // is owned and unused after.
        unsafe {
            drop(TaskObjects::take_in(
                self.alloc,
                self.len as u32,
                self.ptr,
                true,
            ));
        }
    }
}

impl core::fmt::Debug for TaskObjects {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TaskObjects")
            .field("len", &self.len)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::TaskEntries;
    use crate::value::testing::TaskCounter;

    fn params() -> Vec<MimeParam> {
        vec![
            MimeParam::new("charset", "us-ascii"),
            MimeParam::new("name", "Grüße.txt"),
        ]
    }

    #[test]
    fn arrays_round_trip_through_a_counting_task_allocator() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        let a = TaskArray::new_in(alloc, &params()).expect("written");
        assert_eq!(
            counter.live_blocks(),
            5,
            "two entries of two strings, one array"
        );
        let n = a.count();
        let raw = a.into_raw();
        // SAFETY: written by `new_in` with `alloc`, handed over.
        let back = unsafe { TaskArray::<MimeParam>::adopt_in(alloc, n, raw) };
        assert_eq!(back, Ok(params()));
        assert_eq!(counter.live_blocks(), 0);
        let empty = TaskArray::<MimeParam>::new_in(alloc, &[]).expect("written");
        assert!(empty.into_raw().is_null(), "no array for no entries");
        drop(TaskArray::new_in(alloc, &params()));
        assert_eq!(counter.live_blocks(), 0, "dropped unhanded, freed");
    }

    #[test]
    fn entries_round_trip_and_overflowing_ones_are_refused() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        let props = vec![
            EnumProperty {
                name: Some(c"Subject".into()),
                row: HHEADERROW::NULL,
                prop_id: 35,
            },
            EnumProperty {
                name: None,
                row: HHEADERROW::NULL,
                prop_id: 2,
            },
        ];
        assert_eq!(
            TaskEntries::new_in(alloc, &props, 1).map(|_| ()),
            Err(Hresult(crate::MAPI_E_CALL_FAILED))
        );
        assert_eq!(counter.live_blocks(), 0);
        let mut buf = TaskEntries::<EnumProperty>::buffer(4).expect("small");
        let e = TaskEntries::new_in(alloc, &props, 4).expect("written");
        // SAFETY: four writable entries.
        let n = unsafe { e.write_to(buf.as_mut_ptr()) };
        assert_eq!(n, 2);
        // SAFETY: entries of `alloc` or zeroed.
        let back = unsafe { TaskEntries::<EnumProperty>::adopt_in(alloc, &mut buf, n) };
        assert_eq!(back, Ok(props.clone()));
        assert_eq!(counter.live_blocks(), 0);
        // A callee claiming more entries than the array holds: refused,
        // and what it wrote is still freed.
        let e = TaskEntries::new_in(alloc, &props, 4).expect("written");
        // SAFETY: four writable entries.
        unsafe { e.write_to(buf.as_mut_ptr()) };
        // SAFETY: as above.
        let back = unsafe { TaskEntries::<EnumProperty>::adopt_in(alloc, &mut buf, 5) };
        assert_eq!(back, Err(ViewError::TooLarge));
        assert_eq!(counter.live_blocks(), 0);
        assert!(TaskEntries::<EnumProperty>::buffer(u32::MAX).is_err());
    }

    #[test]
    fn rows_and_addresses_round_trip_and_a_failed_layout_frees_its_blocks() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        let rows = vec![
            HeaderRow {
                row: HHEADERROW::NULL,
                header: c"Received".into(),
                data: Some(c"from a by b".into()),
            },
            HeaderRow {
                row: HHEADERROW::NULL,
                header: c"Subject".into(),
                data: None,
            },
        ];
        let a = TaskArray::new_in(alloc, &rows).expect("written");
        // SAFETY: two entries written by `new_in`.
        assert_eq!(unsafe { (*a.ptr).cchData }, 11, "the value's length");
        let (n, raw) = (a.count(), a.into_raw());
        // SAFETY: written with `alloc`, handed over.
        assert_eq!(unsafe { TaskArray::adopt_in(alloc, n, raw) }, Ok(rows));
        let mut adr = AddressProps::new("Anne", "anne@example.org", crate::IAT_TO);
        adr.signing = vec![1, 2, 3];
        adr.props |= crate::IAP_SIGNING_PRINT;
        let a = TaskArray::new_in(alloc, core::slice::from_ref(&adr)).expect("written");
        assert_eq!(
            counter.live_blocks(),
            4,
            "two strings, one thumbprint, the array"
        );
        let (n, raw) = (a.count(), a.into_raw());
        // SAFETY: as above.
        assert_eq!(
            unsafe { TaskArray::adopt_in(alloc, n, raw) },
            Ok(vec![adr.clone()])
        );
        assert_eq!(counter.live_blocks(), 0);
        // The second string's allocation fails: the first is freed.
        let blocks_before = counter.live_blocks();
        let mut b = Blocks::new(alloc);
        b.ansi(Some(&c"x".into())).expect("one block");
        counter.fail_next(true);
        assert!(b.blob(&[1]).is_err());
        drop(b);
        assert_eq!(counter.live_blocks(), blocks_before);
    }

    #[test]
    fn hostile_arrays_are_errors_and_still_freed() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        // SAFETY: null, with a count: refused before any read.
        let r = unsafe { TaskArray::<MimeParam>::adopt_in(alloc, 3, null_mut()) };
        assert_eq!(r, Err(ViewError::NullPointer));
        // A count beyond the limit: only the array block is freed, the
        // untrusted entries are not looked at.
        let arr = TaskArray::new_in(alloc, &params()).expect("written");
        let entries: Vec<MIMEPARAMINFO> =
            // SAFETY: two entries written by `new_in`.
            unsafe { core::slice::from_raw_parts(arr.ptr, 2) }.to_vec();
        let raw = arr.into_raw();
        // SAFETY: entries are not read past the limit check.
        let r = unsafe { TaskArray::<MimeParam>::adopt_in(alloc, u32::MAX, raw) };
        assert_eq!(r, Err(ViewError::TooLarge));
        assert_eq!(counter.live_blocks(), 4, "the four strings are left alone");
        for e in &entries {
            // SAFETY: the strings of the entries above, still live.
            unsafe { MimeParam::free_in(alloc, e) };
        }
        assert_eq!(counter.live_blocks(), 0);
        // A null name: an error, and the other blocks freed.
        let arr = TaskArray::new_in(alloc, &params()).expect("written");
        // SAFETY: the first entry's name, freed and nulled.
        unsafe {
            let e = &mut *arr.ptr;
            free_ptr(alloc, e.pszName);
            e.pszName = null_mut();
        }
        let n = arr.count();
        let raw = arr.into_raw();
        assert_eq!(counter.live_blocks(), 4);
        // SAFETY: written with `alloc`, one name null.
        let r = unsafe { TaskArray::<MimeParam>::adopt_in(alloc, n, raw) };
        assert_eq!(r, Err(ViewError::NullPointer));
        assert_eq!(
            counter.live_blocks(),
            0,
            "three strings and the array freed"
        );
    }
}

//! Strings: views of `LPSTR`/`LPWSTR`/`LPTSTR` arguments ([`StrRef`]), whose
//! width may follow a call's `MAPI_UNICODE` flag; conversions to and from
//! Rust strings; writers of both widths.

use super::alloc::{Allocator, Heap, MapiBuffer, Need, unicode_room};
use super::{MAX_STRING_LEN, ViewError, no_memory};
use crate::{CHAR, Hresult, TCHAR, WCHAR};
use std::borrow::Cow;
use std::ffi::{CStr, CString};
use std::fmt;

/// A borrowed string of either width, as a MAPI call passes it: an
/// `LPTSTR` whose width follows the call's `MAPI_UNICODE` flag, or a
/// fixed-width `LPSTR`/`LPWSTR`.
///
/// The 8-bit form is the bytes before the NUL, the Unicode form the UTF-16
/// units before the NUL; neither is checked for encoding. Compare or convert
/// with [`StrRef::to_string_lossy`] (8-bit strings as Latin-1).
///
/// ```
/// use mapi_sys::value::StrRef;
///
/// let wide: Vec<u16> = "Inbox\0".encode_utf16().collect();
/// // SAFETY: a NUL-terminated UTF-16 string that outlives the view.
/// let s = unsafe { StrRef::from_raw(wide.as_ptr(), true) }?.expect("non-null");
/// assert_eq!(s, StrRef::Unicode(&wide[..5]));
/// assert_eq!(s.to_string_lossy(), "Inbox");
///
/// let ansi = c"Caf\xe9";
/// // SAFETY: as above; an 8-bit string passed as `LPTSTR` without `MAPI_UNICODE`.
/// let s = unsafe { StrRef::from_raw(ansi.as_ptr().cast(), false) }?.expect("non-null");
/// assert_eq!(s.to_string_lossy(), "Café");
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrRef<'a> {
    /// An 8-bit string (`LPSTR`, or `LPTSTR` without `MAPI_UNICODE`).
    Ansi(&'a CStr),
    /// A UTF-16 string without its NUL (`LPWSTR`, or `LPTSTR` with
    /// `MAPI_UNICODE`).
    Unicode(&'a [u16]),
}

impl<'a> StrRef<'a> {
    /// A view of an `LPTSTR`: UTF-16 when `unicode` (the call's
    /// `MAPI_UNICODE` flag), else 8-bit. `None` for null.
    ///
    /// Errors: [`ViewError::Unterminated`] with no NUL within
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) characters,
    /// [`ViewError::Misaligned`] for a UTF-16 string at an odd address.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a NUL-terminated string of that width
    /// (or to at least `MAX_STRING_LEN` readable characters), unchanged and
    /// readable for `'a`.
    pub unsafe fn from_raw(
        ptr: *const TCHAR,
        unicode: bool,
    ) -> Result<Option<StrRef<'a>>, ViewError> {
        // SAFETY: forwarded.
        unsafe {
            if unicode {
                StrRef::from_raw_unicode(ptr.cast())
            } else {
                StrRef::from_raw_ansi(ptr.cast())
            }
        }
    }

    /// A view of an `LPSTR`; `None` for null.
    ///
    /// # Safety
    /// As for [`StrRef::from_raw`].
    pub unsafe fn from_raw_ansi(ptr: *const CHAR) -> Result<Option<StrRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: forwarded.
        unsafe { read_ansi(ptr) }.map(|s| Some(StrRef::Ansi(s)))
    }

    /// A view of an `LPWSTR`; `None` for null.
    ///
    /// # Safety
    /// As for [`StrRef::from_raw`].
    pub unsafe fn from_raw_unicode(ptr: *const WCHAR) -> Result<Option<StrRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: forwarded.
        unsafe { read_unicode(ptr) }.map(|s| Some(StrRef::Unicode(s)))
    }

    /// The string of `len` characters at `ptr`, read before by
    /// [`StrRef::from_raw`] (which gave `len`): what the owners of such a
    /// string ([`MapiStr`], [`MapiStrings`], [`TaskStr`](super::TaskStr))
    /// hand out.
    ///
    /// # Safety
    /// `ptr` must point to `len` characters of that width and a NUL,
    /// aligned for UTF-16 when `unicode`, unchanged and readable for `'a`.
    pub(crate) unsafe fn from_checked(
        ptr: *const core::ffi::c_void,
        len: usize,
        unicode: bool,
    ) -> StrRef<'a> {
        if unicode {
            // SAFETY: `len` aligned UTF-16 units (the contract).
            StrRef::Unicode(unsafe { core::slice::from_raw_parts(ptr.cast::<u16>(), len) })
        } else {
            // SAFETY: `len` bytes and a NUL (the contract).
            StrRef::Ansi(unsafe {
                CStr::from_bytes_with_nul_unchecked(core::slice::from_raw_parts(
                    ptr.cast::<u8>(),
                    len + 1,
                ))
            })
        }
    }

    /// A view of a null-terminated array of strings (an `SNB`, "string name
    /// block": `OLECHAR **`), each UTF-16 when `unicode`, else 8-bit;
    /// `None` for null. [`ViewError::TooLarge`] without a null pointer within
    /// [`MAX_COUNT`](super::MAX_COUNT) entries; each string's errors as
    /// [`StrRef::from_raw`] says.
    ///
    /// ```
    /// use mapi_sys::value::StrRef;
    ///
    /// let a: Vec<u16> = "a\0".encode_utf16().collect();
    /// let b: Vec<u16> = "bc\0".encode_utf16().collect();
    /// let block = [a.as_ptr(), b.as_ptr(), std::ptr::null()];
    /// // SAFETY: a null-terminated array of NUL-terminated strings.
    /// let names = unsafe { StrRef::array_from_raw(block.as_ptr().cast(), true) }?.expect("non-null");
    /// assert_eq!(names.iter().map(|s| s.to_string_lossy()).collect::<Vec<_>>(), ["a", "bc"]);
    /// # Ok::<(), mapi_sys::value::ViewError>(())
    /// ```
    ///
    /// # Safety
    /// A non-null `ptr` must point to readable pointers up to and including
    /// a null one (or at least `MAX_COUNT + 1` of them), each non-null one to
    /// a string as [`StrRef::from_raw`] asks, for `'a`.
    pub unsafe fn array_from_raw(
        ptr: *const *const TCHAR,
        unicode: bool,
    ) -> Result<Option<Vec<StrRef<'a>>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        let mut out = Vec::new();
        for i in 0..=super::MAX_COUNT {
            // SAFETY: entry `i`, at or before the terminating null (the
            // caller's contract), read unaligned.
            let s = unsafe { ptr.add(i).read_unaligned() };
            // SAFETY: a string as `from_raw` asks (the caller's contract).
            match unsafe { StrRef::from_raw(s, unicode) }? {
                Some(s) => out.push(s),
                None => return Ok(Some(out)),
            }
        }
        Err(ViewError::TooLarge)
    }

    /// Reads the `n` strings whose pointers are at `ptr` (a counted array,
    /// as `IMimePropertySet::CopyProps` takes its names); a null array with
    /// strings, a null string, a count beyond [`MAX_COUNT`](super::MAX_COUNT)
    /// and [`StrRef::from_raw`]'s errors are errors.
    ///
    /// # Safety
    /// A non-null `ptr` must point to `n` readable pointers (if `n` is
    /// within the limit), each to a string as [`StrRef::from_raw`] asks,
    /// for `'a`.
    pub unsafe fn counted_from_raw(
        ptr: *const *const TCHAR,
        n: crate::ULONG,
        unicode: bool,
    ) -> Result<Vec<StrRef<'a>>, ViewError> {
        // SAFETY: forwarded; each pointer is read as `from_raw` asks.
        unsafe {
            super::view::each(ptr, n, |s| {
                StrRef::from_raw(s, unicode)?.ok_or(ViewError::NullPointer)
            })
        }
    }

    /// Whether this is the UTF-16 form.
    pub fn is_unicode(&self) -> bool {
        matches!(self, StrRef::Unicode(_))
    }

    /// The length in characters of its width (bytes or UTF-16 units), NUL
    /// excluded.
    pub fn len(&self) -> usize {
        match self {
            StrRef::Ansi(s) => s.count_bytes(),
            StrRef::Unicode(s) => s.len(),
        }
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text: 8-bit strings as Latin-1 (borrowed when ASCII), UTF-16 with
    /// U+FFFD for unpaired surrogates.
    pub fn to_string_lossy(&self) -> Cow<'a, str> {
        match *self {
            StrRef::Ansi(s) => ansi_to_string(s.to_bytes()),
            StrRef::Unicode(s) => Cow::Owned(String::from_utf16_lossy(s)),
        }
    }
}

impl fmt::Display for StrRef<'_> {
    /// The text, as [`StrRef::to_string_lossy`] gives it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

/// Reads a NUL-terminated 8-bit string.
///
/// # Safety
/// `ptr` must be non-null and as in [`StrRef::from_raw`].
pub(crate) unsafe fn read_ansi<'a>(ptr: *const CHAR) -> Result<&'a CStr, ViewError> {
    if ptr.is_null() {
        return Err(ViewError::NullPointer);
    }
    let p = ptr.cast::<u8>();
    for len in 0..=MAX_STRING_LEN {
        // SAFETY: every byte up to the NUL is readable (the caller's
        // contract), and the loop stops at the NUL.
        if unsafe { p.add(len).read() } == 0 {
            // SAFETY: `len + 1` readable bytes ending with the only NUL,
            // unchanged for `'a`.
            let bytes = unsafe { core::slice::from_raw_parts(p, len + 1) };
            // SAFETY: one NUL, at the end.
            return Ok(unsafe { CStr::from_bytes_with_nul_unchecked(bytes) });
        }
    }
    Err(ViewError::Unterminated)
}

/// Reads a NUL-terminated UTF-16 string (without its NUL).
///
/// # Safety
/// `ptr` must be non-null and as in [`StrRef::from_raw`].
pub(crate) unsafe fn read_unicode<'a>(ptr: *const WCHAR) -> Result<&'a [u16], ViewError> {
    if ptr.is_null() {
        return Err(ViewError::NullPointer);
    }
    if !ptr.is_aligned() {
        return Err(ViewError::Misaligned);
    }
    for len in 0..=MAX_STRING_LEN {
        // SAFETY: aligned, and every unit up to the NUL is readable (the
        // caller's contract); the loop stops at the NUL.
        if unsafe { ptr.add(len).read() } == 0 {
            // SAFETY: `len` readable, aligned units, unchanged for `'a`.
            return Ok(unsafe { core::slice::from_raw_parts(ptr, len) });
        }
    }
    Err(ViewError::Unterminated)
}

/// 8-bit string bytes as text, read as Latin-1 (each byte the character of
/// that code point): borrowed when they are ASCII. MAPI's 8-bit strings are
/// in a code page the call does not name; Latin-1 keeps every byte, so
/// [`string_to_ansi`] gives them back unchanged.
///
/// ```
/// use mapi_sys::value::{ansi_to_string, string_to_ansi};
///
/// assert_eq!(ansi_to_string(b"caf\xe9"), "café");
/// let every_byte: Vec<u8> = (1..=255).collect();
/// assert_eq!(string_to_ansi(&ansi_to_string(&every_byte)).as_bytes(), every_byte);
/// ```
pub fn ansi_to_string(bytes: &[u8]) -> Cow<'_, str> {
    match core::str::from_utf8(bytes) {
        Ok(s) if bytes.is_ascii() => Cow::Borrowed(s),
        _ => Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect()),
    }
}

/// Text as an 8-bit string, written as Latin-1: characters beyond U+00FF
/// become `?`, and a NUL ends the string (as it would for MAPI).
///
/// ```
/// use mapi_sys::value::string_to_ansi;
/// assert_eq!(string_to_ansi("a€b\0c").as_bytes(), b"a?b");
/// ```
pub fn string_to_ansi(text: &str) -> CString {
    let bytes: Vec<u8> = text
        .chars()
        .take_while(|&c| c != '\0')
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    // No NUL inside: the conversion stops at the first one.
    CString::new(bytes).unwrap_or_default()
}

/// A NUL-terminated string on the Rust heap in the width a call's
/// `MAPI_UNICODE` flag asks for, to pass as an `LPTSTR` (or fixed-width)
/// argument on the caller side; no MAPI memory involved.
///
/// ```
/// use mapi_sys::value::{StrRef, TStrBuf};
///
/// let s = TStrBuf::new("IPM.Note", true);
/// // SAFETY: the buffer outlives the view.
/// let view = unsafe { StrRef::from_raw(s.as_ptr(), s.is_unicode()) }?.expect("non-null");
/// assert_eq!(view.to_string_lossy(), "IPM.Note");
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TStrBuf {
    /// 8-bit (Latin-1, see [`string_to_ansi`]).
    Ansi(CString),
    /// UTF-16, with its NUL.
    Unicode(Vec<u16>),
}

impl TStrBuf {
    /// `text` in UTF-16 when `unicode`, else 8-bit; a NUL ends it.
    pub fn new(text: &str, unicode: bool) -> TStrBuf {
        if unicode {
            TStrBuf::Unicode(
                text.encode_utf16()
                    .take_while(|&u| u != 0)
                    .chain(core::iter::once(0))
                    .collect(),
            )
        } else {
            TStrBuf::Ansi(string_to_ansi(text))
        }
    }

    /// Whether it is UTF-16.
    pub fn is_unicode(&self) -> bool {
        matches!(self, TStrBuf::Unicode(_))
    }

    /// The string as an `LPTSTR` of its width, valid while `self` lives.
    pub fn as_ptr(&self) -> *const TCHAR {
        match self {
            TStrBuf::Ansi(s) => s.as_ptr().cast(),
            TStrBuf::Unicode(s) => s.as_ptr(),
        }
    }
}

/// An 8-bit string in MAPI memory, with its NUL (one root block); the count
/// is its length with the NUL.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_ansi};
/// let counting = CountingAllocator::new();
/// let s = write_ansi(&counting.allocator(), c"IPM.Note")?;
/// assert_eq!(s.count(), 9);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_ansi(alloc: &Allocator, text: &CStr) -> Result<MapiBuffer<CHAR>, Hresult> {
    let bytes = text.to_bytes_with_nul();
    let count = u32::try_from(bytes.len()).map_err(|_| no_memory())?;
    let mut buffer = alloc.buffer(bytes.len())?;
    buffer.region().put_slice(0, bytes)?;
    // SAFETY: the block holds `count` characters ending with the NUL.
    Ok(unsafe { buffer.into_mapi(count) })
}

/// A UTF-16 string in MAPI memory, with its NUL (one root block); the count
/// is its length in units with the NUL.
pub fn write_unicode(alloc: &Allocator, text: &str) -> Result<MapiBuffer<WCHAR>, Hresult> {
    let units = text.encode_utf16().count() + 1;
    let count = u32::try_from(units).map_err(|_| no_memory())?;
    let mut buffer = alloc.buffer(super::alloc::unicode_room(text.len())?)?;
    buffer.region().put_utf16(0, text)?;
    // SAFETY: the block holds `count` units ending with the NUL.
    Ok(unsafe { buffer.into_mapi(count) })
}

/// A string for an `LPTSTR` out-parameter, in the width the call's
/// `MAPI_UNICODE` flag asks for: UTF-16 when `unicode`, else 8-bit
/// (Latin-1, see [`string_to_ansi`]) behind the same `TCHAR` pointer type.
/// The count is the length in characters of that width, with the NUL.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_tstr, StrRef};
///
/// let counting = CountingAllocator::new();
/// let alloc = counting.allocator();
/// for unicode in [false, true] {
///     let s = write_tstr(&alloc, "IPM.Note", unicode)?;
///     // SAFETY: a string of that width in a live block.
///     let view = unsafe { StrRef::from_raw(s.as_ptr(), unicode) }?.expect("non-null");
///     assert_eq!(view.to_string_lossy(), "IPM.Note");
/// }
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_tstr(
    alloc: &Allocator,
    text: &str,
    unicode: bool,
) -> Result<MapiBuffer<TCHAR>, Hresult> {
    if unicode {
        write_unicode(alloc, text)
    } else {
        let ansi = write_ansi(alloc, &string_to_ansi(text))?;
        let (count, ptr) = ansi.into_raw_parts();
        // SAFETY: the block just written, a root block of `alloc`; freeing
        // it does not depend on its element type.
        unsafe { MapiBuffer::from_raw(*alloc, ptr.cast::<TCHAR>(), count) }.ok_or_else(no_memory)
    }
}

/// A string in MAPI memory that a callee returned (`GetReceiveFolder`'s
/// message class, for instance), with its width, which the memory does not
/// record: the call's `MAPI_UNICODE` flag. Freed on drop.
///
/// ```
/// use mapi_sys::value::{MapiStr, testing::CountingAllocator, write_tstr};
///
/// let counting = CountingAllocator::new();
/// let alloc = counting.allocator();
/// // What a callee hands back for `LPTSTR *` with `MAPI_UNICODE`.
/// let raw = write_tstr(&alloc, "IPM.Note", true)?.into_raw();
/// // SAFETY: a root block of `alloc` holding a UTF-16 string.
/// let s = unsafe { MapiStr::from_raw(alloc, raw.cast(), true) }?.expect("non-null");
/// assert_eq!(s.as_str_ref().to_string_lossy(), "IPM.Note");
/// drop(s);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct MapiStr {
    buffer: MapiBuffer<u8>,
    /// Characters of its width before the NUL.
    len: usize,
    unicode: bool,
}

impl MapiStr {
    /// Takes ownership of a string a callee returned; `None` for null. A
    /// string that cannot be read ([`StrRef::from_raw`]'s errors) is freed
    /// and the error returned.
    ///
    /// # Safety
    /// `ptr` must be null or a live root block of `alloc` holding a
    /// NUL-terminated string of that width (or at least
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) readable characters), which
    /// nothing else frees or writes while the `MapiStr` lives.
    pub unsafe fn from_raw(
        alloc: Allocator,
        ptr: *mut core::ffi::c_void,
        unicode: bool,
    ) -> Result<Option<MapiStr>, ViewError> {
        // SAFETY: the caller's contract; owned from here, so freed on error.
        let Some(buffer) = (unsafe { MapiBuffer::from_raw(alloc, ptr.cast::<u8>(), 0) }) else {
            return Ok(None);
        };
        // SAFETY: the caller's contract (a string of that width).
        let len =
            unsafe { StrRef::from_raw(ptr.cast_const().cast(), unicode) }?.map_or(0, |s| s.len());
        Ok(Some(MapiStr {
            buffer,
            len,
            unicode,
        }))
    }

    /// Whether it is UTF-16.
    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// A view of the string.
    pub fn as_str_ref(&self) -> StrRef<'_> {
        // SAFETY: checked at adoption: `len` characters of that width before
        // a NUL, owned by `self` and unchanged.
        unsafe { StrRef::from_checked(self.buffer.as_ptr().cast(), self.len, self.unicode) }
    }

    /// The text, as [`StrRef::to_string_lossy`] gives it.
    pub fn to_string_lossy(&self) -> String {
        self.as_str_ref().to_string_lossy().into_owned()
    }

    /// Hands the string over: the receiver frees it with `MAPIFreeBuffer`.
    pub fn into_raw(self) -> *mut core::ffi::c_void {
        self.buffer.into_raw().cast()
    }
}

impl fmt::Debug for MapiStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("MapiStr").field(&self.as_str_ref()).finish()
    }
}

impl fmt::Display for MapiStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_str_ref(), f)
    }
}

/// An array of strings in MAPI memory, as `IMAPISession::EnumAdrTypes`
/// returns it: the pointers in one root block, the strings (UTF-16 when
/// `unicode`, the call's `MAPI_UNICODE` flag, else 8-bit as
/// [`string_to_ansi`] converts them) in one block chained to it. The count
/// is the number of strings.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_strings, StrRef};
///
/// let counting = CountingAllocator::new();
/// let written = write_strings(&counting.allocator(), &["SMTP", "FAX"], true)?;
/// assert_eq!(written.count(), 2);
/// assert_eq!(counting.live_roots(), 1);
/// // SAFETY: the second pointer of the array, to a UTF-16 string in the chain.
/// let fax = unsafe { StrRef::from_raw(written.as_ptr().add(1).read().cast(), true) }?;
/// assert_eq!(fax.map(|s| s.to_string_lossy().into_owned()).as_deref(), Some("FAX"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_strings<S: AsRef<str>>(
    alloc: &Allocator,
    strings: &[S],
    unicode: bool,
) -> Result<MapiBuffer<*mut core::ffi::c_void>, Hresult> {
    let count = u32::try_from(strings.len()).map_err(|_| no_memory())?;
    let ansi: Vec<CString> = if unicode {
        Vec::new()
    } else {
        strings.iter().map(|s| string_to_ansi(s.as_ref())).collect()
    };
    let mut need = Need::default();
    for (i, s) in strings.iter().enumerate() {
        if unicode {
            need.add(unicode_room(s.as_ref().len())?, align_of::<WCHAR>())?;
        } else {
            need.add(ansi[i].as_bytes_with_nul().len(), 1)?;
        }
    }
    let size = strings
        .len()
        .checked_mul(size_of::<*mut core::ffi::c_void>())
        .ok_or_else(no_memory)?;
    let mut buffer = alloc.buffer(size)?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        for (i, s) in strings.iter().enumerate() {
            let p: *mut core::ffi::c_void = if unicode {
                heap.unicode(s.as_ref())?.cast()
            } else {
                heap.ansi(ansi[i].as_bytes())?.cast()
            };
            root.put(i * size_of::<*mut core::ffi::c_void>(), p)?;
        }
    }
    // SAFETY: `count` string pointers into the block's chained heap.
    Ok(unsafe { buffer.into_mapi(count) })
}

/// An array of strings in MAPI memory that a callee returned
/// (`IMAPISession::EnumAdrTypes`' address types), with the width the call's
/// `MAPI_UNICODE` flag chose. Every string is checked when adopted; the
/// array (one root block and what is chained to it) is freed on drop.
///
/// ```
/// use mapi_sys::value::{MapiStrings, testing::CountingAllocator, write_strings};
///
/// let counting = CountingAllocator::new();
/// let alloc = counting.allocator();
/// let (count, raw) = write_strings(&alloc, &["SMTP", "FAX"], false)?.into_raw_parts();
/// // SAFETY: a root block of `alloc` holding `count` 8-bit string pointers.
/// let types = unsafe { MapiStrings::from_raw(alloc, raw.cast(), count, false) }?.expect("non-null");
/// assert_eq!(types.to_strings(), ["SMTP", "FAX"]);
/// drop(types);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct MapiStrings {
    buffer: MapiBuffer<*mut core::ffi::c_void>,
    /// Each string's address and length in characters of its width.
    strings: Vec<(*const core::ffi::c_void, usize)>,
    unicode: bool,
}

// SAFETY: owned memory (see `MapiBuffer`); the addresses point into it and
// are only read.
unsafe impl Send for MapiStrings {}
// SAFETY: `&MapiStrings` only reads.
unsafe impl Sync for MapiStrings {}

impl MapiStrings {
    /// Takes ownership of an array of `count` string pointers a callee
    /// returned; `None` for null. An array whose strings cannot all be read
    /// (a null entry, [`StrRef::from_raw`]'s errors, a count beyond
    /// [`MAX_COUNT`](super::MAX_COUNT)) is freed and the error returned.
    ///
    /// # Safety
    /// `ptr` must be null or a live root block of `alloc` holding `count`
    /// pointers to NUL-terminated strings of that width in memory freed with
    /// it, which nothing else frees or writes while the `MapiStrings` lives.
    pub unsafe fn from_raw(
        alloc: Allocator,
        ptr: *mut *mut core::ffi::c_void,
        count: u32,
        unicode: bool,
    ) -> Result<Option<MapiStrings>, ViewError> {
        // SAFETY: the caller's contract; owned from here, so freed on error.
        let Some(buffer) = (unsafe { MapiBuffer::from_raw(alloc, ptr, count) }) else {
            return Ok(None);
        };
        // SAFETY: `count` readable pointers, each to a string of that width
        // (the caller's contract); `each` checks the count.
        let strings = unsafe {
            super::view::each(ptr, count, |p| {
                let s = StrRef::from_raw(p.cast_const().cast(), unicode)?
                    .ok_or(ViewError::NullPointer)?;
                Ok((p.cast_const(), s.len()))
            })
        }?;
        Ok(Some(MapiStrings {
            buffer,
            strings,
            unicode,
        }))
    }

    /// Whether the strings are UTF-16.
    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// The number of strings.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether there is no string.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// The string at `index`.
    pub fn get(&self, index: usize) -> Option<StrRef<'_>> {
        self.strings.get(index).map(|&(p, len)| self.at(p, len))
    }

    /// The strings, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = StrRef<'_>> + '_ {
        self.strings.iter().map(|&(p, len)| self.at(p, len))
    }

    /// One of the strings checked at adoption.
    fn at(&self, p: *const core::ffi::c_void, len: usize) -> StrRef<'_> {
        // SAFETY: checked at adoption: `len` characters of that width before
        // a NUL, in memory owned by `self.buffer` and unchanged.
        unsafe { StrRef::from_checked(p, len, self.unicode) }
    }

    /// The strings as Rust strings ([`StrRef::to_string_lossy`]).
    pub fn to_strings(&self) -> Vec<String> {
        self.iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect()
    }

    /// Hands the array over with its count: the receiver frees it with
    /// `MAPIFreeBuffer`.
    pub fn into_raw_parts(self) -> (u32, *mut *mut core::ffi::c_void) {
        self.buffer.into_raw_parts()
    }
}

impl fmt::Debug for MapiStrings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_bounded_checked_and_aligned() {
        // SAFETY: null is allowed.
        assert_eq!(
            unsafe { StrRef::from_raw(core::ptr::null(), true) },
            Ok(None)
        );
        let units = [0x68u16, 0xD800, 0];
        // SAFETY: a NUL-terminated UTF-16 string.
        let s = unsafe { StrRef::from_raw_unicode(units.as_ptr()) }
            .expect("read")
            .expect("non-null");
        assert_eq!(s.to_string_lossy(), "h\u{FFFD}");
        assert_eq!((s.len(), s.is_empty(), s.is_unicode()), (2, false, true));
        // An odd address.
        let zeros = [0u16; 4];
        let odd = zeros.as_ptr().cast::<u8>().wrapping_add(1).cast::<u16>();
        // SAFETY: readable and NUL-terminated at either alignment.
        assert_eq!(
            unsafe { StrRef::from_raw_unicode(odd) },
            Err(ViewError::Misaligned)
        );
        assert_eq!(format!("{}", StrRef::Ansi(c"\xe9")), "é");
    }
}

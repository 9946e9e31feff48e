// `idl/mapi/wtypes.idl` as Rust, included by `mod.rs`.
/// An unsigned 8-bit integer.
pub type BYTE = u8;
/// An unsigned 16-bit integer.
pub type WORD = u16;
/// An unsigned 32-bit integer.
pub type DWORD = u32;
/// An unsigned 32-bit integer (`long` is 32 bits on every Windows target).
pub type ULONG = u32;
/// A signed 32-bit integer.
pub type LONG = i32;
/// An unsigned 16-bit integer.
pub type USHORT = u16;
/// A signed 16-bit integer.
pub type SHORT = i16;
/// An unsigned 32-bit integer of C type `unsigned int`.
pub type UINT = u32;
/// A signed 32-bit integer of C type `int`.
pub type INT = i32;
/// A 32-bit Boolean: zero is false, any other value is true.
pub type BOOL = i32;
/// An 8-bit Boolean: zero is false, any other value is true.
pub type BOOLEAN = u8;
/// A signed 64-bit integer.
pub type LONGLONG = i64;
/// An unsigned 64-bit integer.
pub type ULONGLONG = u64;
/// An unsigned 64-bit integer (the `DWORD`-flavoured spelling).
pub type DWORDLONG = u64;
/// A 32-bit IEEE floating-point number.
pub type FLOAT = f32;
/// A 64-bit IEEE floating-point number.
pub type DOUBLE = f64;
/// An unsigned integer as wide as a pointer (32 bits on x86, 64 bits on x64).
pub type ULONG_PTR = usize;
/// A signed integer as wide as a pointer.
pub type LONG_PTR = isize;
/// An unsigned integer as wide as a pointer (the `UINT` spelling).
pub type UINT_PTR = usize;
/// A signed integer as wide as a pointer (the `INT` spelling).
pub type INT_PTR = isize;
/// An unsigned integer as wide as a pointer (the `DWORD` spelling).
pub type DWORD_PTR = usize;
/// The size of an object or buffer in bytes; as wide as a pointer.
pub type SIZE_T = ULONG_PTR;
/// Pointer to a `ULONG`.
pub type LPULONG = *mut ULONG;
/// Pointer to a `LONG`.
pub type LPLONG = *mut LONG;
/// Pointer to a `DWORD`.
pub type LPDWORD = *mut DWORD;
/// Pointer to a `WORD`.
pub type LPWORD = *mut WORD;
/// Pointer to a `BOOL`.
pub type LPBOOL = *mut BOOL;
/// An untyped pointer.
pub type LPVOID = *mut ::core::ffi::c_void;
/// An untyped pointer (the `P` spelling).
pub type PVOID = *mut ::core::ffi::c_void;
/// An untyped pointer to read-only data.
pub type LPCVOID = *const ::core::ffi::c_void;
/// Pointer to a byte buffer.
pub type LPBYTE = *mut BYTE;
/// An 8-bit (ANSI or multibyte) character.
pub type CHAR = i8;
/// A 16-bit UTF-16 code unit.
pub type WCHAR = u16;
/// The generic character type; this corpus is Unicode, so it is `WCHAR`.
pub type TCHAR = WCHAR;
/// The OLE character type, a UTF-16 code unit.
pub type OLECHAR = WCHAR;
/// A null-terminated 8-bit string.
pub type LPSTR = *mut CHAR;
/// A null-terminated, read-only 8-bit string.
pub type LPCSTR = *const CHAR;
/// A null-terminated UTF-16 string.
pub type LPWSTR = *mut WCHAR;
/// A null-terminated, read-only UTF-16 string.
pub type LPCWSTR = *const WCHAR;
/// A null-terminated generic string; UTF-16 in this Unicode corpus.
pub type LPTSTR = *mut TCHAR;
/// A null-terminated, read-only generic string; UTF-16 in this Unicode corpus.
pub type LPCTSTR = *const TCHAR;
/// A null-terminated OLE (UTF-16) string.
pub type LPOLESTR = *mut OLECHAR;
/// A null-terminated, read-only OLE (UTF-16) string.
pub type LPCOLESTR = *const OLECHAR;
/// A COM status code: bit 31 set means failure, bits 16 to 28 hold the facility, the low 16 bits the code.
pub type HRESULT = LONG;
/// A status code with the same layout as `HRESULT`; MAPI uses it for its `MAPI_E_*` and `MAPI_W_*` values.
pub type SCODE = LONG;
/// Pointer to a `GUID`.
pub type LPGUID = *mut GUID;
/// Pointer to a read-only `GUID`, used to pass a GUID by reference.
pub type REFGUID = *const GUID;
/// An interface identifier.
pub type IID = GUID;
/// Pointer to an interface identifier.
pub type LPIID = *mut IID;
/// Pointer to a read-only interface identifier, used to pass an IID by reference.
pub type REFIID = *const IID;
/// Pointer to a read-only interface identifier; MAPI methods use it for optional interface selectors (null means the default interface).
pub type LPCIID = *const IID;
/// A class identifier.
pub type CLSID = GUID;
/// Pointer to a class identifier.
pub type LPCLSID = *mut CLSID;
/// Pointer to a read-only class identifier, used to pass a CLSID by reference.
pub type REFCLSID = *const CLSID;
/// A point in time: the number of 100-nanosecond intervals since January 1, 1601 (UTC), split into two 32-bit halves.
pub type PFILETIME = *mut FILETIME;
/// A point in time: the number of 100-nanosecond intervals since January 1, 1601 (UTC), split into two 32-bit halves.
pub type LPFILETIME = *mut FILETIME;
/// A signed 64-bit integer that can also be read as two 32-bit halves.
pub type PLARGE_INTEGER = *mut LARGE_INTEGER;
/// An unsigned 64-bit integer that can also be read as two 32-bit halves.
pub type PULARGE_INTEGER = *mut ULARGE_INTEGER;
/// An opaque handle to a system object.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HANDLE(pub *mut ::core::ffi::c_void);
impl HANDLE {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
impl ::core::default::Default for HANDLE {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
unsafe impl ::core::marker::Send for HANDLE {}
// SAFETY: as for `Send`: sharing a token touches nothing.
unsafe impl ::core::marker::Sync for HANDLE {}
/// A handle to a loaded module (the base address of a DLL or executable).
pub type HINSTANCE = *mut ::core::ffi::c_void;
/// A handle to a loaded module; the same thing as `HINSTANCE`.
pub type HMODULE = *mut ::core::ffi::c_void;
/// A handle to a window.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HWND(pub *mut ::core::ffi::c_void);
impl HWND {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
impl ::core::default::Default for HWND {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
unsafe impl ::core::marker::Send for HWND {}
// SAFETY: as for `Send`: sharing a token touches nothing.
unsafe impl ::core::marker::Sync for HWND {}
/// A handle to an icon.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HICON(pub *mut ::core::ffi::c_void);
impl HICON {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
impl ::core::default::Default for HICON {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
unsafe impl ::core::marker::Send for HICON {}
// SAFETY: as for `Send`: sharing a token touches nothing.
unsafe impl ::core::marker::Sync for HICON {}
/// A handle to a device context.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HDC(pub *mut ::core::ffi::c_void);
impl HDC {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
impl ::core::default::Default for HDC {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
unsafe impl ::core::marker::Send for HDC {}
// SAFETY: as for `Send`: sharing a token touches nothing.
unsafe impl ::core::marker::Sync for HDC {}
/// A handle to a global memory block.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HGLOBAL(pub *mut ::core::ffi::c_void);
impl HGLOBAL {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
impl ::core::default::Default for HGLOBAL {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
unsafe impl ::core::marker::Send for HGLOBAL {}
// SAFETY: as for `Send`: sharing a token touches nothing.
unsafe impl ::core::marker::Sync for HGLOBAL {}
/// A rectangle given by its upper-left and lower-right corners.
pub type PRECT = *mut RECT;
/// A rectangle given by its upper-left and lower-right corners.
pub type LPRECT = *mut RECT;
/// Pointer to a read-only rectangle.
pub type LPCRECT = *const RECT;
/// A 128-bit globally unique identifier.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GUID {
    /// The first 8 hexadecimal digits.
    pub Data1: u32,
    /// The next 4 hexadecimal digits.
    pub Data2: u16,
    /// The next 4 hexadecimal digits.
    pub Data3: u16,
    /// The last 16 hexadecimal digits, as 8 bytes in order.
    pub Data4: [u8; 8],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<GUID>() == 16);
    assert!(::core::mem::align_of::<GUID>() == 4);
    assert!(::core::mem::offset_of!(GUID, Data1) == 0);
    assert!(::core::mem::offset_of!(GUID, Data2) == 4);
    assert!(::core::mem::offset_of!(GUID, Data3) == 6);
    assert!(::core::mem::offset_of!(GUID, Data4) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<GUID>() == 16);
    assert!(::core::mem::align_of::<GUID>() == 4);
    assert!(::core::mem::offset_of!(GUID, Data1) == 0);
    assert!(::core::mem::offset_of!(GUID, Data2) == 4);
    assert!(::core::mem::offset_of!(GUID, Data3) == 6);
    assert!(::core::mem::offset_of!(GUID, Data4) == 8);
};
/// A point in time: the number of 100-nanosecond intervals since January 1, 1601 (UTC), split into two 32-bit halves.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FILETIME {
    /// The low 32 bits of the count.
    pub dwLowDateTime: DWORD,
    /// The high 32 bits of the count.
    pub dwHighDateTime: DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FILETIME>() == 8);
    assert!(::core::mem::align_of::<FILETIME>() == 4);
    assert!(::core::mem::offset_of!(FILETIME, dwLowDateTime) == 0);
    assert!(::core::mem::offset_of!(FILETIME, dwHighDateTime) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FILETIME>() == 8);
    assert!(::core::mem::align_of::<FILETIME>() == 4);
    assert!(::core::mem::offset_of!(FILETIME, dwLowDateTime) == 0);
    assert!(::core::mem::offset_of!(FILETIME, dwHighDateTime) == 4);
};
/// A signed 64-bit integer that can also be read as two 32-bit halves.
#[repr(C)]
#[derive(Clone, Copy)]
pub union LARGE_INTEGER {
    /// The two halves, accessible without a member name.
    pub Anonymous: LARGE_INTEGER_0,
    /// The two halves, under the member name `u`.
    pub u: LARGE_INTEGER_1,
    /// The whole 64-bit value.
    pub QuadPart: LONGLONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<LARGE_INTEGER>() == 8);
    assert!(::core::mem::align_of::<LARGE_INTEGER>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<LARGE_INTEGER>() == 8);
    assert!(::core::mem::align_of::<LARGE_INTEGER>() == 8);
};
/// The two halves, accessible without a member name.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct LARGE_INTEGER_0 {
    /// The low 32 bits.
    pub LowPart: DWORD,
    /// The high 32 bits, signed.
    pub HighPart: LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<LARGE_INTEGER_0>() == 8);
    assert!(::core::mem::align_of::<LARGE_INTEGER_0>() == 4);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_0, LowPart) == 0);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_0, HighPart) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<LARGE_INTEGER_0>() == 8);
    assert!(::core::mem::align_of::<LARGE_INTEGER_0>() == 4);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_0, LowPart) == 0);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_0, HighPart) == 4);
};
/// The two halves, under the member name `u`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct LARGE_INTEGER_1 {
    /// The low 32 bits.
    pub LowPart: DWORD,
    /// The high 32 bits, signed.
    pub HighPart: LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<LARGE_INTEGER_1>() == 8);
    assert!(::core::mem::align_of::<LARGE_INTEGER_1>() == 4);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_1, LowPart) == 0);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_1, HighPart) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<LARGE_INTEGER_1>() == 8);
    assert!(::core::mem::align_of::<LARGE_INTEGER_1>() == 4);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_1, LowPart) == 0);
    assert!(::core::mem::offset_of!(LARGE_INTEGER_1, HighPart) == 4);
};
/// An unsigned 64-bit integer that can also be read as two 32-bit halves.
#[repr(C)]
#[derive(Clone, Copy)]
pub union ULARGE_INTEGER {
    /// The two halves, accessible without a member name.
    pub Anonymous: ULARGE_INTEGER_0,
    /// The two halves, under the member name `u`.
    pub u: ULARGE_INTEGER_1,
    /// The whole 64-bit value.
    pub QuadPart: ULONGLONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ULARGE_INTEGER>() == 8);
    assert!(::core::mem::align_of::<ULARGE_INTEGER>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ULARGE_INTEGER>() == 8);
    assert!(::core::mem::align_of::<ULARGE_INTEGER>() == 8);
};
/// The two halves, accessible without a member name.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ULARGE_INTEGER_0 {
    /// The low 32 bits.
    pub LowPart: DWORD,
    /// The high 32 bits.
    pub HighPart: DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ULARGE_INTEGER_0>() == 8);
    assert!(::core::mem::align_of::<ULARGE_INTEGER_0>() == 4);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_0, LowPart) == 0);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_0, HighPart) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ULARGE_INTEGER_0>() == 8);
    assert!(::core::mem::align_of::<ULARGE_INTEGER_0>() == 4);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_0, LowPart) == 0);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_0, HighPart) == 4);
};
/// The two halves, under the member name `u`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ULARGE_INTEGER_1 {
    /// The low 32 bits.
    pub LowPart: DWORD,
    /// The high 32 bits.
    pub HighPart: DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ULARGE_INTEGER_1>() == 8);
    assert!(::core::mem::align_of::<ULARGE_INTEGER_1>() == 4);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_1, LowPart) == 0);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_1, HighPart) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ULARGE_INTEGER_1>() == 8);
    assert!(::core::mem::align_of::<ULARGE_INTEGER_1>() == 4);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_1, LowPart) == 0);
    assert!(::core::mem::offset_of!(ULARGE_INTEGER_1, HighPart) == 4);
};
/// A currency amount: a signed 64-bit integer scaled by 10,000 (four decimal places).
#[repr(C)]
#[derive(Clone, Copy)]
pub union CY {
    /// The two halves, accessible without a member name.
    pub Anonymous: CY_0,
    /// The whole scaled 64-bit value.
    pub int64: LONGLONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<CY>() == 8);
    assert!(::core::mem::align_of::<CY>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<CY>() == 8);
    assert!(::core::mem::align_of::<CY>() == 8);
};
/// The two halves, accessible without a member name.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct CY_0 {
    /// The low 32 bits.
    pub Lo: ULONG,
    /// The high 32 bits, signed.
    pub Hi: LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<CY_0>() == 8);
    assert!(::core::mem::align_of::<CY_0>() == 4);
    assert!(::core::mem::offset_of!(CY_0, Lo) == 0);
    assert!(::core::mem::offset_of!(CY_0, Hi) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<CY_0>() == 8);
    assert!(::core::mem::align_of::<CY_0>() == 4);
    assert!(::core::mem::offset_of!(CY_0, Lo) == 0);
    assert!(::core::mem::offset_of!(CY_0, Hi) == 4);
};
/// A rectangle given by its upper-left and lower-right corners.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RECT {
    /// The x coordinate of the upper-left corner.
    pub left: LONG,
    /// The y coordinate of the upper-left corner.
    pub top: LONG,
    /// The x coordinate of the lower-right corner.
    pub right: LONG,
    /// The y coordinate of the lower-right corner.
    pub bottom: LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<RECT>() == 16);
    assert!(::core::mem::align_of::<RECT>() == 4);
    assert!(::core::mem::offset_of!(RECT, left) == 0);
    assert!(::core::mem::offset_of!(RECT, top) == 4);
    assert!(::core::mem::offset_of!(RECT, right) == 8);
    assert!(::core::mem::offset_of!(RECT, bottom) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<RECT>() == 16);
    assert!(::core::mem::align_of::<RECT>() == 4);
    assert!(::core::mem::offset_of!(RECT, left) == 0);
    assert!(::core::mem::offset_of!(RECT, top) == 4);
    assert!(::core::mem::offset_of!(RECT, right) == 8);
    assert!(::core::mem::offset_of!(RECT, bottom) == 12);
};

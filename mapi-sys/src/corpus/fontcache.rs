// `idl/mapi/fontcache.idl` as Rust, included by `mod.rs`.
/// A registry key handle (`HKEY`), opaque.
#[cfg(feature = "mime")]
pub type HKEY = *mut ::core::ffi::c_void;
/// A GDI font handle (`HFONT`), opaque.
#[cfg(feature = "mime")]
pub type HFONT = *mut ::core::ffi::c_void;
/// A character set handle of the MIME library: the library hands it out
/// and takes it back, and nothing else looks through it.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HCHARSET(pub *const HCHARSET__);
#[cfg(feature = "mime")]
impl HCHARSET {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
#[cfg(feature = "mime")]
impl ::core::default::Default for HCHARSET {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Send for HCHARSET {}
// SAFETY: as for `Send`: sharing a token touches nothing.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Sync for HCHARSET {}
/// Pointer to a character set handle.
#[cfg(feature = "mime")]
pub type LPHCHARSET = *mut HCHARSET;
/// Pointer to an `IFontCache`.
#[cfg(feature = "mime")]
pub type LPFONTCACHE = *mut IFontCache;
/// Pointer to an `IFontCacheNotify`.
#[cfg(feature = "mime")]
pub type LPFONTCACHENOTIFY = *mut IFontCacheNotify;
/// Pointer to an `IHashTable`.
#[cfg(feature = "mime")]
pub type LPHASHTABLE = *mut IHashTable;
/// The object a character set handle stands for; its contents are private
/// to the MIME library.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HCHARSET__ {
    /// Not used.
    pub unused: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<HCHARSET__>() == 4);
    assert!(::core::mem::align_of::<HCHARSET__>() == 4);
    assert!(::core::mem::offset_of!(HCHARSET__, unused) == 0);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<HCHARSET__>() == 4);
    assert!(::core::mem::align_of::<HCHARSET__>() == 4);
    assert!(::core::mem::offset_of!(HCHARSET__, unused) == 0);
};
/// The system fonts `IFontCache::GetFont` returns.
#[cfg(feature = "mime")]
pub type FNTSYSTYPE = i32;
/// The icon font.
#[cfg(feature = "mime")]
pub const FNT_SYS_ICON: FNTSYSTYPE = 0;
/// The bold icon font.
#[cfg(feature = "mime")]
pub const FNT_SYS_ICON_BOLD: FNTSYSTYPE = 1;
/// The menu font.
#[cfg(feature = "mime")]
pub const FNT_SYS_MENU: FNTSYSTYPE = 2;
/// The struck-out icon font.
#[cfg(feature = "mime")]
pub const FNT_SYS_ICON_STRIKEOUT: FNTSYSTYPE = 3;
/// One past the last value.
#[cfg(feature = "mime")]
pub const FNT_SYS_LAST: FNTSYSTYPE = 4;
/// `IHashTable::Insert`: fail rather than add a second value under a key
/// that is already there.
#[cfg(feature = "mime")]
pub const HF_NO_DUPLICATES: crate::ULONG = 1;
/// Flags of `IFontCache::Init`. None are documented; bits are passed through.
#[cfg(feature = "mime")]
pub type FontCacheInitFlags = crate::Flags<FontCacheInitFlagsGroup>;
/// The group of [`FontCacheInitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "mime")]
pub enum FontCacheInitFlagsGroup {}
#[cfg(feature = "mime")]
impl crate::FlagGroup for FontCacheInitFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IHashTable::Insert`.
#[cfg(feature = "mime")]
pub type HashTableInsertFlags = crate::Flags<HashTableInsertFlagsGroup>;
/// The group of [`HashTableInsertFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "mime")]
pub enum HashTableInsertFlagsGroup {}
#[cfg(feature = "mime")]
impl crate::FlagGroup for HashTableInsertFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("HF_NO_DUPLICATES", 0x00000001)];
}
#[cfg(feature = "mime")]
impl crate::Flags<HashTableInsertFlagsGroup> {
    /// Do not add a second value under a key already in the table.
    ///
    /// `HF_NO_DUPLICATES` (`0x1`), valid on input.
    pub const HF_NO_DUPLICATES: Self = Self::from_bits_retain(0x00000001);
}
/// A cache of the fonts to show text of each character set with, read from
/// the user's international settings in the registry.
///
/// The MIME library implements it (`CLSID_IFontCache`); objects that want to
/// know when the fonts change implement `IFontCacheNotify` and advise the
/// cache through its connection points.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IFontCache {
    /// The object's vtable.
    pub lpVtbl: *const IFontCacheVtbl,
}
/// The vtable of [`IFontCache`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IFontCacheVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Initializes the cache from the registry.
    ///
    /// Returns `S_OK` when the cache was initialized.
    ///
    /// # Parameters
    ///
    /// - `hkey` (`HKEY`, in): The registry key under which the international settings are.
    /// - `pszIntlKey` (`LPCSTR`, in): Name of the subkey holding the settings.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags; none are documented.
    pub Init: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hkey: HKEY,
        pszIntlKey: crate::LPCSTR,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns the font for a kind of system text in a character set.
    ///
    /// Returns `S_OK` when the font was returned.
    ///
    /// # Parameters
    ///
    /// - `fntType` (`FNTSYSTYPE`, in): The kind of text.
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `phFont` (`HFONT*`, out): Receives the font, which the cache keeps: do not delete it.
    pub GetFont: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        fntType: FNTSYSTYPE,
        hCharset: HCHARSET,
        phFont: *mut HFONT,
    ) -> crate::HRESULT,
    /// Tells the cache that the font options changed, so it reloads them.
    ///
    /// Returns `S_OK` when the options were reloaded.
    pub OnOptionChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells whether Japanese text is sent with the ISO-2022-JP control
    /// codes (the SIO setting).
    ///
    /// Returns `S_OK` when the setting was returned.
    ///
    /// # Parameters
    ///
    /// - `pfUseSIO` (`BOOL*`, out): Receives `TRUE` when the control codes are used.
    pub GetJP_ISOControl: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pfUseSIO: *mut crate::BOOL,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IFontCache`]: `{B0D17FC2-7BC4-11D1-BDFA-00C04FA31009}`.
#[cfg(feature = "mime")]
pub const IID_IFontCache: crate::GUID = crate::GUID::from_u128(
    0xb0d17fc2_7bc4_11d1_bdfa_00c04fa31009,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IFontCache {
    const IID: crate::GUID = IID_IFontCache;
    const NAME: &'static str = "IFontCache";
    type Vtbl = IFontCacheVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IFontCache || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IFontCacheVtbl>() == 7 * ::core::mem::size_of::<usize>()
);
/// Told by the font cache before and after its fonts change, so that what
/// holds its fonts can let go of them and fetch them again.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IFontCacheNotify {
    /// The object's vtable.
    pub lpVtbl: *const IFontCacheNotifyVtbl,
}
/// The vtable of [`IFontCacheNotify`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IFontCacheNotifyVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// The fonts are about to change: stop using the ones held.
    ///
    /// Returns `S_OK`.
    pub OnPreFontChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// The fonts changed: fetch them again.
    ///
    /// Returns `S_OK`.
    pub OnPostFontChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IFontCacheNotify`]: `{B0D17FC5-7BC4-11D1-BDFA-00C04FA31009}`.
#[cfg(feature = "mime")]
pub const IID_IFontCacheNotify: crate::GUID = crate::GUID::from_u128(
    0xb0d17fc5_7bc4_11d1_bdfa_00c04fa31009,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IFontCacheNotify {
    const IID: crate::GUID = IID_IFontCacheNotify;
    const NAME: &'static str = "IFontCacheNotify";
    type Vtbl = IFontCacheNotifyVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IFontCacheNotify
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IFontCacheNotifyVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// A hash table of the MIME library (`CLSID_IHashTable`) from
/// NUL-terminated 8-bit strings to pointer-sized values it never looks
/// into.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IHashTable {
    /// The object's vtable.
    pub lpVtbl: *const IHashTableVtbl,
}
/// The vtable of [`IHashTable`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IHashTableVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Sets the table up.
    ///
    /// Returns `S_OK` when the table is ready.
    ///
    /// # Parameters
    ///
    /// - `dwSize` (`DWORD`, in): The number of buckets.
    /// - `fDupeKeys` (`BOOL`, in): `TRUE` to allow several values under one key.
    pub Init: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwSize: crate::DWORD,
        fDupeKeys: crate::BOOL,
    ) -> crate::HRESULT,
    /// Adds a value under a key.
    ///
    /// Returns `S_OK` when the value was added.
    ///
    /// # Parameters
    ///
    /// - `psz` (`LPSTR`, in): The key.
    /// - `pv` (`LPVOID`, in): The value.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags.
    pub Insert: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        psz: crate::LPSTR,
        pv: crate::LPVOID,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Replaces the value under a key.
    ///
    /// Returns `S_OK` when the value was replaced.
    ///
    /// # Parameters
    ///
    /// - `psz` (`LPSTR`, in): The key.
    /// - `pv` (`LPVOID`, in): The new value.
    pub Replace: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        psz: crate::LPSTR,
        pv: crate::LPVOID,
    ) -> crate::HRESULT,
    /// Looks a key up, and optionally removes it.
    ///
    /// Returns `S_OK` when the value was found, an error when the key is not
    /// in the table.
    ///
    /// # Parameters
    ///
    /// - `psz` (`LPSTR`, in): The key.
    /// - `fRemove` (`BOOL`, in): `TRUE` to remove the entry found.
    /// - `ppv` (`LPVOID*`, out): Receives the value.
    pub Find: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        psz: crate::LPSTR,
        fRemove: crate::BOOL,
        ppv: *mut crate::LPVOID,
    ) -> crate::HRESULT,
    /// Goes back to the start of the enumeration of `Next`.
    ///
    /// Returns `S_OK`.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns the next values of the table.
    ///
    /// Returns `S_OK` when values were returned, `S_FALSE` at the end.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): The number of values wanted.
    /// - `prgpv` (`LPVOID**`, in, out): Receives the array of values.
    /// - `pcFetched` (`ULONG*`, out): Receives the number of values returned.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFetch: crate::ULONG,
        prgpv: *mut *mut crate::LPVOID,
        pcFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IHashTable`]: `{64577981-86D7-11D1-BDFC-00C04FA31009}`.
#[cfg(feature = "mime")]
pub const IID_IHashTable: crate::GUID = crate::GUID::from_u128(
    0x64577981_86d7_11d1_bdfc_00c04fa31009,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IHashTable {
    const IID: crate::GUID = IID_IHashTable;
    const NAME: &'static str = "IHashTable";
    type Vtbl = IHashTableVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IHashTable || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IHashTableVtbl>() == 9 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IFontCache`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IFontCacheImpl`, the provider side of `IFontCache`",
    label = "`IFontCache` needs `impl IFontCacheImpl for {Self}`",
    note = "write `impl IFontCacheImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IFontCacheImpl: crate::__private::Declares<
        IFontCache,
        0xb0d17fc2_7bc4_11d1_bdfa_00c04fa31009,
    > {
    /// Initializes the cache from the registry.
    ///
    /// Returns `S_OK` when the cache was initialized.
    ///
    /// Called through slot 3 ([`IFontCacheVtbl::Init`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init(
        &self,
        hkey: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        pszIntlKey: crate::value::StrRef<'_>,
        dwFlags: FontCacheInitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hkey, pszIntlKey, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the font for a kind of system text in a character set.
    ///
    /// Returns `S_OK` when the font was returned.
    ///
    /// Called through slot 4 ([`IFontCacheVtbl::GetFont`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_font(
        &self,
        fntType: FNTSYSTYPE,
        hCharset: HCHARSET,
    ) -> ::core::result::Result<
        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        crate::Hresult,
    > {
        let _ = (fntType, hCharset);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the cache that the font options changed, so it reloads them.
    ///
    /// Returns `S_OK` when the options were reloaded.
    ///
    /// Called through slot 5 ([`IFontCacheVtbl::OnOptionChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_option_change(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether Japanese text is sent with the ISO-2022-JP control
    /// codes (the SIO setting).
    ///
    /// Returns `S_OK` when the setting was returned.
    ///
    /// Called through slot 6 ([`IFontCacheVtbl::GetJP_ISOControl`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_jp_iso_control(&self) -> ::core::result::Result<crate::BOOL, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IFontCacheVtbl {
    /// A vtable of [`IFontCache`] whose slots check their arguments and call [`IFontCacheImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IFontCacheImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Init: {
                /// `IFontCache::Init`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hkey: HKEY,
                    pszIntlKey: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IFontCacheImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszIntlKey.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <FontCacheInitFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IFontCacheImpl>::init(
                            object.inner(),
                            ::core::ptr::NonNull::new(hkey.cast()),
                            arg1,
                            arg2,
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
            GetFont: {
                /// `IFontCache::GetFont`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    fntType: FNTSYSTYPE,
                    hCharset: HCHARSET,
                    phFont: *mut HFONT,
                ) -> crate::HRESULT
                where
                    O::Inner: IFontCacheImpl,
                {
                    crate::__private::guard(|| {
                        if !phFont.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(phFont, 0, 1) };
                        }
                        if phFont.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IFontCacheImpl>::get_font(
                            object.inner(),
                            fntType,
                            hCharset,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    phFont
                                        .write(
                                            match arg2 {
                                                ::core::option::Option::Some(__p) => __p.as_ptr().cast(),
                                                ::core::option::Option::None => ::core::ptr::null_mut(),
                                            },
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OnOptionChange: {
                /// `IFontCache::OnOptionChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IFontCacheImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IFontCacheImpl>::on_option_change(
                            object.inner(),
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
            GetJP_ISOControl: {
                /// `IFontCache::GetJP_ISOControl`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pfUseSIO: *mut crate::BOOL,
                ) -> crate::HRESULT
                where
                    O::Inner: IFontCacheImpl,
                {
                    crate::__private::guard(|| {
                        if !pfUseSIO.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pfUseSIO, 0, 1) };
                        }
                        if pfUseSIO.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IFontCacheImpl>::get_jp_iso_control(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pfUseSIO.write(arg0) };
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
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IFontCache {
    const IIDS: &'static [u128] = &[
        0xb0d17fc2_7bc4_11d1_bdfa_00c04fa31009, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IFontCacheNotify`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IFontCacheNotifyImpl`, the provider side of `IFontCacheNotify`",
    label = "`IFontCacheNotify` needs `impl IFontCacheNotifyImpl for {Self}`",
    note = "write `impl IFontCacheNotifyImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IFontCacheNotifyImpl: crate::__private::Declares<
        IFontCacheNotify,
        0xb0d17fc5_7bc4_11d1_bdfa_00c04fa31009,
    > {
    /// The fonts are about to change: stop using the ones held.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 3 ([`IFontCacheNotifyVtbl::OnPreFontChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_pre_font_change(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// The fonts changed: fetch them again.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 4 ([`IFontCacheNotifyVtbl::OnPostFontChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_post_font_change(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IFontCacheNotifyVtbl {
    /// A vtable of [`IFontCacheNotify`] whose slots check their arguments and call [`IFontCacheNotifyImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IFontCacheNotifyImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            OnPreFontChange: {
                /// `IFontCacheNotify::OnPreFontChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IFontCacheNotifyImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IFontCacheNotifyImpl>::on_pre_font_change(
                            object.inner(),
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
            OnPostFontChange: {
                /// `IFontCacheNotify::OnPostFontChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IFontCacheNotifyImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IFontCacheNotifyImpl>::on_post_font_change(
                            object.inner(),
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
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IFontCacheNotify {
    const IIDS: &'static [u128] = &[
        0xb0d17fc5_7bc4_11d1_bdfa_00c04fa31009, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IHashTable`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IHashTableImpl`, the provider side of `IHashTable`",
    label = "`IHashTable` needs `impl IHashTableImpl for {Self}`",
    note = "write `impl IHashTableImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IHashTableImpl: crate::__private::Declares<
        IHashTable,
        0x64577981_86d7_11d1_bdfc_00c04fa31009,
    > {
    /// Sets the table up.
    ///
    /// Returns `S_OK` when the table is ready.
    ///
    /// Called through slot 3 ([`IHashTableVtbl::Init`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init(
        &self,
        dwSize: crate::DWORD,
        fDupeKeys: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwSize, fDupeKeys);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a value under a key.
    ///
    /// Returns `S_OK` when the value was added.
    ///
    /// Called through slot 4 ([`IHashTableVtbl::Insert`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn insert(
        &self,
        psz: crate::value::StrRef<'_>,
        pv: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        dwFlags: HashTableInsertFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (psz, pv, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Replaces the value under a key.
    ///
    /// Returns `S_OK` when the value was replaced.
    ///
    /// Called through slot 5 ([`IHashTableVtbl::Replace`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn replace(
        &self,
        psz: crate::value::StrRef<'_>,
        pv: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (psz, pv);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Looks a key up, and optionally removes it.
    ///
    /// Returns `S_OK` when the value was found, an error when the key is not
    /// in the table.
    ///
    /// Called through slot 6 ([`IHashTableVtbl::Find`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find(
        &self,
        psz: crate::value::StrRef<'_>,
        fRemove: crate::BOOL,
    ) -> ::core::result::Result<
        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        crate::Hresult,
    > {
        let _ = (psz, fRemove);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the start of the enumeration of `Next`.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 7 ([`IHashTableVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the next values of the table.
    ///
    /// Returns `S_OK` when values were returned, `S_FALSE` at the end.
    ///
    /// Called through slot 8 ([`IHashTableVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `prgpv` (`LPVOID**`): Receives the array of values. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn next(
        &self,
        cFetch: crate::ULONG,
        prgpv: *mut *mut crate::LPVOID,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (cFetch, prgpv);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IHashTableVtbl {
    /// A vtable of [`IHashTable`] whose slots check their arguments and call [`IHashTableImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IHashTableImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Init: {
                /// `IHashTable::Init`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwSize: crate::DWORD,
                    fDupeKeys: crate::BOOL,
                ) -> crate::HRESULT
                where
                    O::Inner: IHashTableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IHashTableImpl>::init(
                            object.inner(),
                            dwSize,
                            fDupeKeys,
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
            Insert: {
                /// `IHashTable::Insert`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    psz: crate::LPSTR,
                    pv: crate::LPVOID,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IHashTableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(psz.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <HashTableInsertFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IHashTableImpl>::insert(
                            object.inner(),
                            arg0,
                            ::core::ptr::NonNull::new(pv.cast()),
                            arg2,
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
            Replace: {
                /// `IHashTable::Replace`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    psz: crate::LPSTR,
                    pv: crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IHashTableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(psz.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IHashTableImpl>::replace(
                            object.inner(),
                            arg0,
                            ::core::ptr::NonNull::new(pv.cast()),
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
            Find: {
                /// `IHashTable::Find`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    psz: crate::LPSTR,
                    fRemove: crate::BOOL,
                    ppv: *mut crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IHashTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppv.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppv, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(psz.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppv.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IHashTableImpl>::find(
                            object.inner(),
                            arg0,
                            fRemove,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    ppv.write(
                                        match arg2 {
                                            ::core::option::Option::Some(__p) => __p.as_ptr().cast(),
                                            ::core::option::Option::None => ::core::ptr::null_mut(),
                                        },
                                    )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IHashTable::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IHashTableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IHashTableImpl>::reset(object.inner()) {
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
            Next: {
                /// `IHashTable::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFetch: crate::ULONG,
                    prgpv: *mut *mut crate::LPVOID,
                    pcFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IHashTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pcFetched.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcFetched, 0, 1) };
                        }
                        if prgpv.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcFetched.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = cFetch;
                        let __c1 = prgpv;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IHashTableImpl>::next(
                                object.inner(),
                                __c0,
                                __c1,
                            )
                        } {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pcFetched.write(arg2) };
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
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IHashTable {
    const IIDS: &'static [u128] = &[
        0x64577981_86d7_11d1_bdfc_00c04fa31009, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IFontCache` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IFontCache {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IFontCache`).
#[automatically_derived]
unsafe impl crate::Inherits<IFontCache> for IFontCache {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IFontCache`]: its methods, called through the vtable, on every `ComPtr` to `IFontCache` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IFontCacheExt {
    /// Initializes the cache from the registry.
    ///
    /// Returns `S_OK` when the cache was initialized.
    ///
    /// # Parameters
    ///
    /// - `hkey` (`HKEY`, in): The registry key under which the international settings are.
    /// - `pszIntlKey` (`LPCSTR`, in): Name of the subkey holding the settings.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags; none are documented.
    ///
    /// Calls slot 3 of the vtable, [`IFontCacheVtbl::Init`]. In Rust:
    ///
    /// - `hkey` is passed as it is: the object never looks through it.
    /// - `pszIntlKey` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn init(
        &self,
        hkey: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        pszIntlKey: &str,
        dwFlags: FontCacheInitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the font for a kind of system text in a character set.
    ///
    /// Returns `S_OK` when the font was returned.
    ///
    /// # Parameters
    ///
    /// - `fntType` (`FNTSYSTYPE`, in): The kind of text.
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `phFont` (`HFONT*`, out): Receives the font, which the cache keeps: do not delete it.
    ///
    /// Calls slot 4 of the vtable, [`IFontCacheVtbl::GetFont`]. In Rust:
    ///
    /// - `phFont` is returned as the object stored it, a value it does not look through (`None` for null).
    fn get_font(
        &self,
        fntType: FNTSYSTYPE,
        hCharset: HCHARSET,
    ) -> ::core::result::Result<
        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        crate::Hresult,
    >;
    /// Tells the cache that the font options changed, so it reloads them.
    ///
    /// Returns `S_OK` when the options were reloaded.
    ///
    /// Calls slot 5 of the vtable, [`IFontCacheVtbl::OnOptionChange`].
    fn on_option_change(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether Japanese text is sent with the ISO-2022-JP control
    /// codes (the SIO setting).
    ///
    /// Returns `S_OK` when the setting was returned.
    ///
    /// # Parameters
    ///
    /// - `pfUseSIO` (`BOOL*`, out): Receives `TRUE` when the control codes are used.
    ///
    /// Calls slot 6 of the vtable, [`IFontCacheVtbl::GetJP_ISOControl`]. In Rust:
    ///
    /// - Returns `pfUseSIO`.
    fn get_jp_iso_control(&self) -> ::core::result::Result<crate::BOOL, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IFontCache>> IFontCacheExt for crate::ComPtr<T> {
    fn init(
        &self,
        hkey: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        pszIntlKey: &str,
        dwFlags: FontCacheInitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszIntlKey, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IFontCache>()
                .Init)(
                self.as_raw().cast(),
                match hkey {
                    ::core::option::Option::Some(__p) => __p.as_ptr().cast(),
                    ::core::option::Option::None => ::core::ptr::null_mut(),
                },
                __a1,
                dwFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_font(
        &self,
        fntType: FNTSYSTYPE,
        hCharset: HCHARSET,
    ) -> ::core::result::Result<
        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        crate::Hresult,
    > {
        let mut __a2: HFONT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IFontCache>()
                .GetFont)(self.as_raw().cast(), fntType, hCharset, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(::core::ptr::NonNull::new(__a2.cast()))
    }
    fn on_option_change(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IFontCache>().OnOptionChange)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_jp_iso_control(&self) -> ::core::result::Result<crate::BOOL, crate::Hresult> {
        let mut __a0: crate::BOOL = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IFontCache>()
                .GetJP_ISOControl)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IFontCacheNotify` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IFontCacheNotify {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IFontCacheNotify`).
#[automatically_derived]
unsafe impl crate::Inherits<IFontCacheNotify> for IFontCacheNotify {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IFontCacheNotify`]: its methods, called through the vtable, on every `ComPtr` to `IFontCacheNotify` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IFontCacheNotifyExt {
    /// The fonts are about to change: stop using the ones held.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 3 of the vtable, [`IFontCacheNotifyVtbl::OnPreFontChange`].
    fn on_pre_font_change(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// The fonts changed: fetch them again.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 4 of the vtable, [`IFontCacheNotifyVtbl::OnPostFontChange`].
    fn on_post_font_change(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IFontCacheNotify>> IFontCacheNotifyExt for crate::ComPtr<T> {
    fn on_pre_font_change(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IFontCacheNotify>()
                .OnPreFontChange)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_post_font_change(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IFontCacheNotify>()
                .OnPostFontChange)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IHashTable` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IHashTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IHashTable`).
#[automatically_derived]
unsafe impl crate::Inherits<IHashTable> for IHashTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IHashTable`]: its methods, called through the vtable, on every `ComPtr` to `IHashTable` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IHashTableExt {
    /// Sets the table up.
    ///
    /// Returns `S_OK` when the table is ready.
    ///
    /// # Parameters
    ///
    /// - `dwSize` (`DWORD`, in): The number of buckets.
    /// - `fDupeKeys` (`BOOL`, in): `TRUE` to allow several values under one key.
    ///
    /// Calls slot 3 of the vtable, [`IHashTableVtbl::Init`].
    fn init(
        &self,
        dwSize: crate::DWORD,
        fDupeKeys: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Adds a value under a key.
    ///
    /// Returns `S_OK` when the value was added.
    ///
    /// # Parameters
    ///
    /// - `psz` (`LPSTR`, in): The key.
    /// - `pv` (`LPVOID`, in): The value.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags.
    ///
    /// Calls slot 4 of the vtable, [`IHashTableVtbl::Insert`]. In Rust:
    ///
    /// - `psz` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pv` is passed as it is: the object never looks through it.
    fn insert(
        &self,
        psz: &str,
        pv: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        dwFlags: HashTableInsertFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Replaces the value under a key.
    ///
    /// Returns `S_OK` when the value was replaced.
    ///
    /// # Parameters
    ///
    /// - `psz` (`LPSTR`, in): The key.
    /// - `pv` (`LPVOID`, in): The new value.
    ///
    /// Calls slot 5 of the vtable, [`IHashTableVtbl::Replace`]. In Rust:
    ///
    /// - `psz` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pv` is passed as it is: the object never looks through it.
    fn replace(
        &self,
        psz: &str,
        pv: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Looks a key up, and optionally removes it.
    ///
    /// Returns `S_OK` when the value was found, an error when the key is not
    /// in the table.
    ///
    /// # Parameters
    ///
    /// - `psz` (`LPSTR`, in): The key.
    /// - `fRemove` (`BOOL`, in): `TRUE` to remove the entry found.
    /// - `ppv` (`LPVOID*`, out): Receives the value.
    ///
    /// Calls slot 6 of the vtable, [`IHashTableVtbl::Find`]. In Rust:
    ///
    /// - `psz` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `ppv` is returned as the object stored it, a value it does not look through (`None` for null).
    fn find(
        &self,
        psz: &str,
        fRemove: crate::BOOL,
    ) -> ::core::result::Result<
        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        crate::Hresult,
    >;
    /// Goes back to the start of the enumeration of `Next`.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 7 of the vtable, [`IHashTableVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the next values of the table.
    ///
    /// Returns `S_OK` when values were returned, `S_FALSE` at the end.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): The number of values wanted.
    /// - `prgpv` (`LPVOID**`, in, out): Receives the array of values.
    /// - `pcFetched` (`ULONG*`, out): Receives the number of values returned.
    ///
    /// Calls slot 8 of the vtable, [`IHashTableVtbl::Next`]. In Rust:
    ///
    /// - Returns `pcFetched`.
    ///
    /// # Safety
    ///
    /// - `prgpv` (`LPVOID**`) must be valid for reads and writes as the parameter's documentation says, for the duration of the call.
    unsafe fn next(
        &self,
        cFetch: crate::ULONG,
        prgpv: *mut *mut crate::LPVOID,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IHashTable>> IHashTableExt for crate::ComPtr<T> {
    fn init(
        &self,
        dwSize: crate::DWORD,
        fDupeKeys: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IHashTable>()
                .Init)(self.as_raw().cast(), dwSize, fDupeKeys)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn insert(
        &self,
        psz: &str,
        pv: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        dwFlags: HashTableInsertFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(psz, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IHashTable>()
                .Insert)(
                self.as_raw().cast(),
                __a0,
                match pv {
                    ::core::option::Option::Some(__p) => __p.as_ptr().cast(),
                    ::core::option::Option::None => ::core::ptr::null_mut(),
                },
                dwFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn replace(
        &self,
        psz: &str,
        pv: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(psz, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IHashTable>()
                .Replace)(
                self.as_raw().cast(),
                __a0,
                match pv {
                    ::core::option::Option::Some(__p) => __p.as_ptr().cast(),
                    ::core::option::Option::None => ::core::ptr::null_mut(),
                },
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn find(
        &self,
        psz: &str,
        fRemove: crate::BOOL,
    ) -> ::core::result::Result<
        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(psz, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let mut __a2: crate::LPVOID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IHashTable>()
                .Find)(self.as_raw().cast(), __a0, fRemove, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(::core::ptr::NonNull::new(__a2.cast()))
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IHashTable>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn next(
        &self,
        cFetch: crate::ULONG,
        prgpv: *mut *mut crate::LPVOID,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IHashTable>()
                .Next)(self.as_raw().cast(), cFetch, prgpv, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
}

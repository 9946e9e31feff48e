// `idl/mapi/unknwn.idl` as Rust, included by `mod.rs`.
/// Pointer to an `IUnknown` interface.
pub type LPUNKNOWN = *mut IUnknown;
/// Pointer to an `IMalloc` interface.
pub type LPMALLOC = *mut IMalloc;
/// Pointer to an `IClassFactory` interface.
pub type LPCLASSFACTORY = *mut IClassFactory;
/// A null-terminated array of element names that `IStorage::CopyTo` and `IStorage::OpenStorage` exclude.
pub type SNB = *mut *mut crate::OLECHAR;
/// Pointer to an `ISequentialStream` interface.
pub type LPSEQUENTIALSTREAM = *mut ISequentialStream;
/// Pointer to an `IStream` interface.
pub type LPSTREAM = *mut IStream;
/// Pointer to an `IEnumSTATSTG` interface.
pub type LPENUMSTATSTG = *mut IEnumSTATSTG;
/// Pointer to an `IStorage` interface.
pub type LPSTORAGE = *mut IStorage;
/// Pointer to an `IPersist` interface.
pub type LPPERSIST = *mut IPersist;
/// Pointer to an `IPersistStream` interface.
pub type LPPERSISTSTREAM = *mut IPersistStream;
/// Pointer to an `IPersistStreamInit` interface.
pub type LPPERSISTSTREAMINIT = *mut IPersistStreamInit;
/// Statistics about a storage, stream or byte array, returned by `Stat` and `IEnumSTATSTG::Next`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct STATSTG {
    /// The element name, allocated with `CoTaskMemAlloc` and freed by the caller with `CoTaskMemFree`; null when `STATFLAG_NONAME` was given.
    pub pwcsName: crate::LPOLESTR,
    /// The element type, one of the `STGTY_*` values.
    pub r#type: crate::DWORD,
    /// The size of the stream or byte array, in bytes.
    pub cbSize: crate::ULARGE_INTEGER,
    /// Last modification time.
    pub mtime: crate::FILETIME,
    /// Creation time.
    pub ctime: crate::FILETIME,
    /// Last access time.
    pub atime: crate::FILETIME,
    /// The `STGM_*` access mode the object was opened with.
    pub grfMode: crate::DWORD,
    /// The `LOCK_*` region lock types the object supports (streams and byte arrays only).
    pub grfLocksSupported: crate::DWORD,
    /// The class identifier of a storage; `CLSID_NULL` for a new one.
    pub clsid: crate::CLSID,
    /// The current state bits of a storage, as set by `IStorage::SetStateBits`.
    pub grfStateBits: crate::DWORD,
    /// Reserved.
    pub reserved: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STATSTG>() == 80);
    assert!(::core::mem::align_of::<STATSTG>() == 8);
    assert!(::core::mem::offset_of!(STATSTG, pwcsName) == 0);
    assert!(::core::mem::offset_of!(STATSTG, r#type) == 8);
    assert!(::core::mem::offset_of!(STATSTG, cbSize) == 16);
    assert!(::core::mem::offset_of!(STATSTG, mtime) == 24);
    assert!(::core::mem::offset_of!(STATSTG, ctime) == 32);
    assert!(::core::mem::offset_of!(STATSTG, atime) == 40);
    assert!(::core::mem::offset_of!(STATSTG, grfMode) == 48);
    assert!(::core::mem::offset_of!(STATSTG, grfLocksSupported) == 52);
    assert!(::core::mem::offset_of!(STATSTG, clsid) == 56);
    assert!(::core::mem::offset_of!(STATSTG, grfStateBits) == 72);
    assert!(::core::mem::offset_of!(STATSTG, reserved) == 76);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STATSTG>() == 72);
    assert!(::core::mem::align_of::<STATSTG>() == 8);
    assert!(::core::mem::offset_of!(STATSTG, pwcsName) == 0);
    assert!(::core::mem::offset_of!(STATSTG, r#type) == 4);
    assert!(::core::mem::offset_of!(STATSTG, cbSize) == 8);
    assert!(::core::mem::offset_of!(STATSTG, mtime) == 16);
    assert!(::core::mem::offset_of!(STATSTG, ctime) == 24);
    assert!(::core::mem::offset_of!(STATSTG, atime) == 32);
    assert!(::core::mem::offset_of!(STATSTG, grfMode) == 40);
    assert!(::core::mem::offset_of!(STATSTG, grfLocksSupported) == 44);
    assert!(::core::mem::offset_of!(STATSTG, clsid) == 48);
    assert!(::core::mem::offset_of!(STATSTG, grfStateBits) == 64);
    assert!(::core::mem::offset_of!(STATSTG, reserved) == 68);
};
/// Access and sharing mode: changes are written at once (the default; no bits set).
pub const STGM_DIRECT: crate::DWORD = 0;
/// Access and sharing mode: changes are buffered until `Commit` and can be thrown away with `Revert`.
pub const STGM_TRANSACTED: crate::DWORD = 0x10000;
/// Access and sharing mode: a fast, restricted mode for compound files with no substorages.
pub const STGM_SIMPLE: crate::DWORD = 0x8000000;
/// Access mode: read-only (the default; no bits set).
pub const STGM_READ: crate::DWORD = 0;
/// Access mode: write-only.
pub const STGM_WRITE: crate::DWORD = 1;
/// Access mode: read and write.
pub const STGM_READWRITE: crate::DWORD = 2;
/// Sharing mode: other openers are not restricted.
pub const STGM_SHARE_DENY_NONE: crate::DWORD = 0x40;
/// Sharing mode: other openers may not read.
pub const STGM_SHARE_DENY_READ: crate::DWORD = 0x30;
/// Sharing mode: other openers may not write.
pub const STGM_SHARE_DENY_WRITE: crate::DWORD = 0x20;
/// Sharing mode: other openers may neither read nor write.
pub const STGM_SHARE_EXCLUSIVE: crate::DWORD = 0x10;
/// Opens a storage in priority mode: exclusive, read-only access to committed data.
pub const STGM_PRIORITY: crate::DWORD = 0x40000;
/// The underlying file is deleted when the root storage is released.
pub const STGM_DELETEONRELEASE: crate::DWORD = 0x4000000;
/// In transacted mode, keep the scratch copy in the file rather than a separate one.
pub const STGM_NOSCRATCH: crate::DWORD = 0x100000;
/// Creation: replace an existing object of the same name.
pub const STGM_CREATE: crate::DWORD = 0x1000;
/// Creation: keep an existing object's data, converting it into a stream named `CONTENTS`.
pub const STGM_CONVERT: crate::DWORD = 0x20000;
/// Creation: fail if an object of that name exists (the default; no bits set).
pub const STGM_FAILIFTHERE: crate::DWORD = 0;
/// In transacted mode, do not keep a snapshot copy of the file for other openers.
pub const STGM_NOSNAPSHOT: crate::DWORD = 0x200000;
/// Direct mode with one writer and many readers.
pub const STGM_DIRECT_SWMR: crate::DWORD = 0x400000;
/// Commit: default behaviour (no bits set).
pub const STGC_DEFAULT: crate::DWORD = 0;
/// Commit: overwrite the existing data in place, even if that risks losing it on failure.
pub const STGC_OVERWRITE: crate::DWORD = 1;
/// Commit: fail with `STG_E_NOTCURRENT` if another opener committed changes since this one opened.
pub const STGC_ONLYIFCURRENT: crate::DWORD = 2;
/// Commit: write to the disk cache only, without flushing it to the disk.
pub const STGC_DANGEROUSLYCOMMITMERELYTODISKCACHE: crate::DWORD = 4;
/// Commit: compact the file after committing (Windows 2000 and later, compound files only).
pub const STGC_CONSOLIDATE: crate::DWORD = 8;
/// Stat: return the element name too (no bits set).
pub const STATFLAG_DEFAULT: crate::DWORD = 0;
/// Stat: do not return the element name, saving an allocation.
pub const STATFLAG_NONAME: crate::DWORD = 1;
/// Stat: do not open the object (not implemented by the system storage).
pub const STATFLAG_NOOPEN: crate::DWORD = 2;
/// Seek origin: the beginning of the stream.
pub const STREAM_SEEK_SET: crate::DWORD = 0;
/// Seek origin: the current seek pointer.
pub const STREAM_SEEK_CUR: crate::DWORD = 1;
/// Seek origin: the end of the stream.
pub const STREAM_SEEK_END: crate::DWORD = 2;
/// Region lock: other openers may not write the region; any number may read it.
pub const LOCK_WRITE: crate::DWORD = 1;
/// Region lock: other openers may neither read nor write the region.
pub const LOCK_EXCLUSIVE: crate::DWORD = 2;
/// Region lock: only one opener may hold any lock on the region at once.
pub const LOCK_ONLYONCE: crate::DWORD = 4;
/// Element type: a storage.
pub const STGTY_STORAGE: crate::DWORD = 1;
/// Element type: a stream.
pub const STGTY_STREAM: crate::DWORD = 2;
/// Element type: a byte array (`ILockBytes`).
pub const STGTY_LOCKBYTES: crate::DWORD = 3;
/// Element type: a property storage.
pub const STGTY_PROPERTY: crate::DWORD = 4;
/// Flags of `IStream::Commit` and `IStorage::Commit`.
pub type StreamCommitFlags = crate::Flags<StreamCommitFlagsGroup>;
/// The group of [`StreamCommitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum StreamCommitFlagsGroup {}
impl crate::FlagGroup for StreamCommitFlagsGroup {
    const IN_MASK: u32 = 0x0000000F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("STGC_OVERWRITE", 0x00000001),
        ("STGC_ONLYIFCURRENT", 0x00000002),
        ("STGC_DANGEROUSLYCOMMITMERELYTODISKCACHE", 0x00000004),
        ("STGC_CONSOLIDATE", 0x00000008),
    ];
}
impl crate::Flags<StreamCommitFlagsGroup> {
    /// Overwrite in place, accepting the risk of data loss if the commit fails part-way.
    ///
    /// `STGC_OVERWRITE` (`0x1`), valid on input.
    pub const OVERWRITE: Self = Self::from_bits_retain(0x00000001);
    /// Refuse to commit if another opener committed changes since this object was opened.
    ///
    /// `STGC_ONLYIFCURRENT` (`0x2`), valid on input.
    pub const ONLYIFCURRENT: Self = Self::from_bits_retain(0x00000002);
    /// Write to the disk cache without flushing it.
    ///
    /// `STGC_DANGEROUSLYCOMMITMERELYTODISKCACHE` (`0x4`), valid on input.
    pub const DANGEROUSLYCOMMITMERELYTODISKCACHE: Self = Self::from_bits_retain(
        0x00000004,
    );
    /// Compact the file after committing.
    ///
    /// `STGC_CONSOLIDATE` (`0x8`), valid on input.
    pub const CONSOLIDATE: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IStream::Stat` and `IStorage::Stat`.
pub type StreamStatFlags = crate::Flags<StreamStatFlagsGroup>;
/// The group of [`StreamStatFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum StreamStatFlagsGroup {}
impl crate::FlagGroup for StreamStatFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("STATFLAG_NONAME", 0x00000001),
        ("STATFLAG_NOOPEN", 0x00000002),
    ];
}
impl crate::Flags<StreamStatFlagsGroup> {
    /// Leave `pwcsName` null instead of allocating the name.
    ///
    /// `STATFLAG_NONAME` (`0x1`), valid on input.
    pub const NONAME: Self = Self::from_bits_retain(0x00000001);
    /// Do not open the object.
    ///
    /// `STATFLAG_NOOPEN` (`0x2`), valid on input.
    pub const NOOPEN: Self = Self::from_bits_retain(0x00000002);
}
/// Lock type of `IStream::LockRegion` and `IStream::UnlockRegion`: exactly one value.
pub type StreamLockRegionFlags = crate::Flags<StreamLockRegionFlagsGroup>;
/// The group of [`StreamLockRegionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum StreamLockRegionFlagsGroup {}
impl crate::FlagGroup for StreamLockRegionFlagsGroup {
    const IN_MASK: u32 = 0x00000007;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000007];
    const REQUIRED: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("LOCK_WRITE", 0x00000001),
        ("LOCK_EXCLUSIVE", 0x00000002),
        ("LOCK_ONLYONCE", 0x00000004),
    ];
}
impl crate::Flags<StreamLockRegionFlagsGroup> {
    /// Block writes by other openers.
    ///
    /// `LOCK_WRITE` (`0x1`), valid on input.
    pub const WRITE: Self = Self::from_bits_retain(0x00000001);
    /// Block reads and writes by other openers.
    ///
    /// `LOCK_EXCLUSIVE` (`0x2`), valid on input.
    pub const EXCLUSIVE: Self = Self::from_bits_retain(0x00000002);
    /// Allow only one lock on the region at a time.
    ///
    /// `LOCK_ONLYONCE` (`0x4`), valid on input.
    pub const ONLYONCE: Self = Self::from_bits_retain(0x00000004);
}
/// The root of every COM interface: interface discovery and reference counting.
///
/// Every MAPI object implements it; every other interface in this corpus
/// starts with its three methods.
#[repr(C)]
pub struct IUnknown {
    /// The object's vtable.
    pub lpVtbl: *const IUnknownVtbl,
}
/// The vtable of [`IUnknown`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IUnknownVtbl {
    /// Asks the object for another of its interfaces.
    ///
    /// On success the object writes an interface pointer of the requested type,
    /// already `AddRef`ed, to `*ppvObject`. When the object does not support the
    /// interface it writes null and returns `E_NOINTERFACE`. The set of answers
    /// must be stable: asking for `IID_IUnknown` always yields the same pointer,
    /// which identifies the object.
    ///
    /// Returns `S_OK` or `E_NOINTERFACE` (`MAPI_E_INTERFACE_NOT_SUPPORTED`).
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The identifier of the requested interface.
    /// - `ppvObject` (`void**`, out): Receives the interface pointer, or null on failure.
    pub QueryInterface: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        riid: crate::REFIID,
        ppvObject: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Adds a reference to the object.
    ///
    /// Returns the new reference count, which callers must use only for
    /// diagnostics.
    pub AddRef: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::ULONG,
    /// Drops a reference to the object, destroying it when the count reaches zero.
    ///
    /// Returns the new reference count, which callers must use only for
    /// diagnostics.
    pub Release: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::ULONG,
}
/// The interface identifier of [`IUnknown`]: `{00000000-0000-0000-C000-000000000046}`.
pub const IID_IUnknown: crate::GUID = crate::GUID::from_u128(
    0x00000000_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IUnknown {
    const IID: crate::GUID = IID_IUnknown;
    const NAME: &'static str = "IUnknown";
    type Vtbl = IUnknownVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IUnknown
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IUnknownVtbl>() == 3 * ::core::mem::size_of::<usize>()
);
/// An object that can be saved: the base of the persistence interfaces,
/// telling which class can load the object again.
#[repr(C)]
pub struct IPersist {
    /// The object's vtable.
    pub lpVtbl: *const IPersistVtbl,
}
/// The vtable of [`IPersist`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IPersistVtbl {
    /// The slots of `IUnknown`.
    pub base__: IUnknownVtbl,
    /// Returns the class identifier of the code that can load the object.
    ///
    /// # Parameters
    ///
    /// - `pClassID` (`CLSID*`, out): Receives the class identifier.
    pub GetClassID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pClassID: *mut crate::CLSID,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IPersist`]: `{0000010C-0000-0000-C000-000000000046}`.
pub const IID_IPersist: crate::GUID = crate::GUID::from_u128(
    0x0000010c_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IPersist {
    const IID: crate::GUID = IID_IPersist;
    const NAME: &'static str = "IPersist";
    type Vtbl = IPersistVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IPersist || <IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IPersistVtbl>() == 4 * ::core::mem::size_of::<usize>()
);
/// `IPersistStream` plus `InitNew`: an object that starts either empty or
/// from a stream.
#[repr(C)]
pub struct IPersistStreamInit {
    /// The object's vtable.
    pub lpVtbl: *const IPersistStreamInitVtbl,
}
/// The vtable of [`IPersistStreamInit`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IPersistStreamInitVtbl {
    /// The slots of `IPersist`.
    pub base__: IPersistVtbl,
    /// Tells whether the object changed since it was last saved.
    ///
    /// Returns `S_OK` when it did, `S_FALSE` when it did not.
    pub IsDirty: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Loads the object from a stream, starting at the stream's seek
    /// position; instead of `InitNew`.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the object was already
    /// initialized.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`LPSTREAM`, in): The stream to read.
    pub Load: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pStm: LPSTREAM,
    ) -> crate::HRESULT,
    /// Saves the object to a stream, at the stream's seek position.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`LPSTREAM`, in): The stream to write.
    /// - `fClearDirty` (`BOOL`, in): TRUE to mark the object clean after the save, FALSE to leave its state as it is.
    pub Save: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pStm: LPSTREAM,
        fClearDirty: crate::BOOL,
    ) -> crate::HRESULT,
    /// Returns the most bytes `Save` would write.
    ///
    /// # Parameters
    ///
    /// - `pCbSize` (`ULARGE_INTEGER*`, out): Receives the size in bytes.
    pub GetSizeMax: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pCbSize: *mut crate::ULARGE_INTEGER,
    ) -> crate::HRESULT,
    /// Initializes the object empty; instead of `Load`.
    ///
    /// Returns `S_OK`, `E_OUTOFMEMORY`, or `E_UNEXPECTED` when the object
    /// was already initialized.
    pub InitNew: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IPersistStreamInit`]: `{7FD52380-4E07-101B-AE2D-08002B2EC713}`.
pub const IID_IPersistStreamInit: crate::GUID = crate::GUID::from_u128(
    0x7fd52380_4e07_101b_ae2d_08002b2ec713,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IPersistStreamInit {
    const IID: crate::GUID = IID_IPersistStreamInit;
    const NAME: &'static str = "IPersistStreamInit";
    type Vtbl = IPersistStreamInitVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IPersistStreamInit || <IPersist as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IPersistStreamInitVtbl>() == 9 * ::core::mem::size_of::<usize>()
);
/// An object that saves itself to, and loads itself from, a stream.
#[repr(C)]
pub struct IPersistStream {
    /// The object's vtable.
    pub lpVtbl: *const IPersistStreamVtbl,
}
/// The vtable of [`IPersistStream`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IPersistStreamVtbl {
    /// The slots of `IPersist`.
    pub base__: IPersistVtbl,
    /// Tells whether the object changed since it was last saved.
    ///
    /// Returns `S_OK` when it did, `S_FALSE` when it did not.
    pub IsDirty: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Loads the object from a stream, starting at the stream's seek
    /// position.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`IStream*`, in): The stream to read.
    pub Load: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pStm: *mut IStream,
    ) -> crate::HRESULT,
    /// Saves the object to a stream, at the stream's seek position.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`IStream*`, in): The stream to write.
    /// - `fClearDirty` (`BOOL`, in): TRUE to mark the object clean after the save, FALSE to leave its state as it is.
    pub Save: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pStm: *mut IStream,
        fClearDirty: crate::BOOL,
    ) -> crate::HRESULT,
    /// Returns the most bytes `Save` would write.
    ///
    /// # Parameters
    ///
    /// - `pcbSize` (`ULARGE_INTEGER*`, out): Receives the size in bytes.
    pub GetSizeMax: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcbSize: *mut crate::ULARGE_INTEGER,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IPersistStream`]: `{00000109-0000-0000-C000-000000000046}`.
pub const IID_IPersistStream: crate::GUID = crate::GUID::from_u128(
    0x00000109_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IPersistStream {
    const IID: crate::GUID = IID_IPersistStream;
    const NAME: &'static str = "IPersistStream";
    type Vtbl = IPersistStreamVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IPersistStream || <IPersist as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IPersistStreamVtbl>() == 8 * ::core::mem::size_of::<usize>()
);
/// A memory allocator, such as the one `CoGetMalloc` or `MAPIGetDefaultMalloc` returns.
///
/// MAPI hands an `IMalloc` to service providers at initialization for memory
/// that is not managed with `MAPIAllocateBuffer`.
#[repr(C)]
pub struct IMalloc {
    /// The object's vtable.
    pub lpVtbl: *const IMallocVtbl,
}
/// The vtable of [`IMalloc`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMallocVtbl {
    /// The slots of `IUnknown`.
    pub base__: IUnknownVtbl,
    /// Allocates a block of memory.
    ///
    /// Returns the new block, or null if the memory could not be allocated.
    /// The contents of the block are undefined.
    ///
    /// # Parameters
    ///
    /// - `cb` (`SIZE_T`, in): The size of the block, in bytes.
    pub Alloc: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cb: crate::SIZE_T,
    ) -> *mut ::core::ffi::c_void,
    /// Changes the size of a block allocated by this allocator.
    ///
    /// The block may move; its contents are kept up to the smaller of the old
    /// and new sizes. A null `pv` allocates a new block; a zero `cb` frees
    /// `pv` and returns null. Returns the resized block, or null on failure
    /// (the original block is then untouched).
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to resize, or null.
    /// - `cb` (`SIZE_T`, in): The new size, in bytes.
    pub Realloc: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut ::core::ffi::c_void,
        cb: crate::SIZE_T,
    ) -> *mut ::core::ffi::c_void,
    /// Frees a block allocated by this allocator. Freeing null does nothing.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to free, or null.
    pub Free: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut ::core::ffi::c_void,
    ),
    /// Returns the size in bytes of a block allocated by this allocator, or -1 (as `SIZE_T`) if `pv` is null.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to measure.
    pub GetSize: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut ::core::ffi::c_void,
    ) -> crate::SIZE_T,
    /// Tells whether this allocator allocated a block.
    ///
    /// Returns 1 if it did, 0 if it did not, and -1 if it cannot tell.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to test.
    pub DidAlloc: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut ::core::ffi::c_void,
    ) -> i32,
    /// Returns unused memory to the operating system where possible.
    pub HeapMinimize: unsafe extern "system" fn(this: *mut ::core::ffi::c_void),
}
/// The interface identifier of [`IMalloc`]: `{00000002-0000-0000-C000-000000000046}`.
pub const IID_IMalloc: crate::GUID = crate::GUID::from_u128(
    0x00000002_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMalloc {
    const IID: crate::GUID = IID_IMalloc;
    const NAME: &'static str = "IMalloc";
    type Vtbl = IMallocVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMalloc || <IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMallocVtbl>() == 9 * ::core::mem::size_of::<usize>()
);
/// The class object of a COM class: makes new, uninitialized objects of
/// that class and can keep its server loaded.
///
/// MAPI form servers hand one out from `IMAPIFormFactory::CreateClassFactory`
/// for each message class they serve.
#[repr(C)]
pub struct IClassFactory {
    /// The object's vtable.
    pub lpVtbl: *const IClassFactoryVtbl,
}
/// The vtable of [`IClassFactory`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IClassFactoryVtbl {
    /// The slots of `IUnknown`.
    pub base__: IUnknownVtbl,
    /// Makes a new object of the class and returns the interface `riid`
    /// asks for.
    ///
    /// The new object is not initialized: the caller follows up with the
    /// class's initialization interface (for a form, `IPersistMessage`).
    ///
    /// Returns:
    /// - `S_OK`: the object was made.
    /// - `CLASS_E_NOAGGREGATION`: `pUnkOuter` is not null and the class
    ///   cannot be aggregated.
    /// - `E_NOINTERFACE`: the object does not have the interface asked for.
    ///
    /// # Parameters
    ///
    /// - `pUnkOuter` (`IUnknown*`, in): The controlling `IUnknown` when the object is made as part of an aggregate (then `riid` must be `IID_IUnknown`); null otherwise.
    /// - `riid` (`REFIID`, in): The interface to return.
    /// - `ppvObject` (`void**`, out): Receives the interface pointer, or null on failure.
    pub CreateInstance: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pUnkOuter: *mut IUnknown,
        riid: crate::REFIID,
        ppvObject: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Keeps the class's server loaded (`fLock` true) or lets it unload
    /// again (`fLock` false), so that objects can be made quickly.
    ///
    /// The calls nest: the server stays loaded until every lock is released.
    ///
    /// # Parameters
    ///
    /// - `fLock` (`BOOL`, in): TRUE to add a lock, FALSE to release one.
    pub LockServer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        fLock: crate::BOOL,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IClassFactory`]: `{00000001-0000-0000-C000-000000000046}`.
pub const IID_IClassFactory: crate::GUID = crate::GUID::from_u128(
    0x00000001_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IClassFactory {
    const IID: crate::GUID = IID_IClassFactory;
    const NAME: &'static str = "IClassFactory";
    type Vtbl = IClassFactoryVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IClassFactory || <IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IClassFactoryVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// Sequential reading and writing of a byte stream; the base of `IStream`.
#[repr(C)]
pub struct ISequentialStream {
    /// The object's vtable.
    pub lpVtbl: *const ISequentialStreamVtbl,
}
/// The vtable of [`ISequentialStream`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct ISequentialStreamVtbl {
    /// The slots of `IUnknown`.
    pub base__: IUnknownVtbl,
    /// Reads bytes from the current seek pointer and advances it.
    ///
    /// Reading fewer bytes than asked is not an error: at the end of the
    /// stream the call succeeds with `*pcbRead` smaller than `cb` (possibly 0).
    /// Returns `S_OK`, `S_FALSE` (fewer bytes than requested), or a storage error.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, out): Receives the bytes read.
    /// - `cb` (`ULONG`, in): The number of bytes to read.
    /// - `pcbRead` (`ULONG*`, out): Receives the number of bytes actually read; may be null.
    pub Read: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut ::core::ffi::c_void,
        cb: crate::ULONG,
        pcbRead: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes bytes at the current seek pointer and advances it, growing the stream if needed.
    ///
    /// Returns `S_OK`, or a storage error such as `STG_E_MEDIUMFULL` or `STG_E_ACCESSDENIED`.
    ///
    /// # Parameters
    ///
    /// - `pv` (`const void*`, in): The bytes to write.
    /// - `cb` (`ULONG`, in): The number of bytes to write.
    /// - `pcbWritten` (`ULONG*`, out): Receives the number of bytes actually written; may be null.
    pub Write: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *const ::core::ffi::c_void,
        cb: crate::ULONG,
        pcbWritten: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`ISequentialStream`]: `{0C733A30-2A1C-11CE-ADE5-00AA0044773D}`.
pub const IID_ISequentialStream: crate::GUID = crate::GUID::from_u128(
    0x0c733a30_2a1c_11ce_ade5_00aa0044773d,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for ISequentialStream {
    const IID: crate::GUID = IID_ISequentialStream;
    const NAME: &'static str = "ISequentialStream";
    type Vtbl = ISequentialStreamVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_ISequentialStream || <IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<ISequentialStreamVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// A seekable byte stream: a stream in a compound file, a property opened with `IMAPIProp::OpenProperty`, a file or a memory buffer.
#[repr(C)]
pub struct IStream {
    /// The object's vtable.
    pub lpVtbl: *const IStreamVtbl,
}
/// The vtable of [`IStream`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IStreamVtbl {
    /// The slots of `ISequentialStream`.
    pub base__: ISequentialStreamVtbl,
    /// Moves the seek pointer.
    ///
    /// The new position is `dlibMove` relative to the origin `dwOrigin`
    /// (`STREAM_SEEK_SET`, `STREAM_SEEK_CUR` or `STREAM_SEEK_END`). Seeking past
    /// the end is allowed; seeking before the start returns
    /// `STG_E_INVALIDFUNCTION`.
    ///
    /// # Parameters
    ///
    /// - `dlibMove` (`LARGE_INTEGER`, in): The signed displacement from the origin.
    /// - `dwOrigin` (`DWORD`, in): The origin: one of the `STREAM_SEEK_*` values.
    /// - `plibNewPosition` (`ULARGE_INTEGER*`, out): Receives the new position from the start of the stream; may be null.
    pub Seek: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dlibMove: crate::LARGE_INTEGER,
        dwOrigin: crate::DWORD,
        plibNewPosition: *mut crate::ULARGE_INTEGER,
    ) -> crate::HRESULT,
    /// Changes the size of the stream, truncating it or extending it with undefined bytes.
    ///
    /// The seek pointer does not move.
    ///
    /// # Parameters
    ///
    /// - `libNewSize` (`ULARGE_INTEGER`, in): The new size, in bytes.
    pub SetSize: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        libNewSize: crate::ULARGE_INTEGER,
    ) -> crate::HRESULT,
    /// Copies bytes from the current seek pointer of this stream to the current seek pointer of another.
    ///
    /// Both seek pointers advance by the number of bytes copied.
    ///
    /// # Parameters
    ///
    /// - `pstm` (`IStream*`, in): The destination stream.
    /// - `cb` (`ULARGE_INTEGER`, in): The number of bytes to copy.
    /// - `pcbRead` (`ULARGE_INTEGER*`, out): Receives the number of bytes read from this stream; may be null.
    /// - `pcbWritten` (`ULARGE_INTEGER*`, out): Receives the number of bytes written to the destination; may be null.
    pub CopyTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pstm: *mut IStream,
        cb: crate::ULARGE_INTEGER,
        pcbRead: *mut crate::ULARGE_INTEGER,
        pcbWritten: *mut crate::ULARGE_INTEGER,
    ) -> crate::HRESULT,
    /// Makes the changes of a transacted stream permanent; flushes buffers of a direct one.
    ///
    /// Streams opened with `IMAPIProp::OpenProperty` are written back to the
    /// property by `Commit`; the owning object still needs `SaveChanges`.
    ///
    /// # Parameters
    ///
    /// - `grfCommitFlags` (`DWORD`, in): `STGC_*` values controlling the commit; 0 for the default.
    pub Commit: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        grfCommitFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Discards the changes made to a transacted stream since the last `Commit`.
    pub Revert: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Locks a range of bytes against other openers.
    ///
    /// Returns `STG_E_INVALIDFUNCTION` when the stream does not support the
    /// lock type, and `STG_E_LOCKVIOLATION` when the range is already locked.
    ///
    /// # Parameters
    ///
    /// - `libOffset` (`ULARGE_INTEGER`, in): The first byte of the range.
    /// - `cb` (`ULARGE_INTEGER`, in): The length of the range, in bytes.
    /// - `dwLockType` (`DWORD`, in): The kind of lock: one `LOCK_*` value.
    pub LockRegion: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: crate::DWORD,
    ) -> crate::HRESULT,
    /// Removes a lock set by `LockRegion`; the range and lock type must match it exactly.
    ///
    /// # Parameters
    ///
    /// - `libOffset` (`ULARGE_INTEGER`, in): The first byte of the range.
    /// - `cb` (`ULARGE_INTEGER`, in): The length of the range, in bytes.
    /// - `dwLockType` (`DWORD`, in): The kind of lock that was set: one `LOCK_*` value.
    pub UnlockRegion: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns statistics about the stream.
    ///
    /// Unless `STATFLAG_NONAME` is given, the caller frees
    /// `pstatstg->pwcsName` with `CoTaskMemFree`.
    ///
    /// # Parameters
    ///
    /// - `pstatstg` (`STATSTG*`, out): Receives the statistics.
    /// - `grfStatFlag` (`DWORD`, in): `STATFLAG_*` values; 0 for the default.
    pub Stat: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pstatstg: *mut STATSTG,
        grfStatFlag: crate::DWORD,
    ) -> crate::HRESULT,
    /// Creates a second stream object on the same bytes, with its own seek pointer starting at the same position.
    ///
    /// # Parameters
    ///
    /// - `ppstm` (`IStream**`, out): Receives the new stream.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppstm: *mut *mut IStream,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IStream`]: `{0000000C-0000-0000-C000-000000000046}`.
pub const IID_IStream: crate::GUID = crate::GUID::from_u128(
    0x0000000c_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IStream {
    const IID: crate::GUID = IID_IStream;
    const NAME: &'static str = "IStream";
    type Vtbl = IStreamVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IStream || <ISequentialStream as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IStreamVtbl>() == 14 * ::core::mem::size_of::<usize>()
);
/// An enumerator over the elements of a storage, returned by `IStorage::EnumElements`.
#[repr(C)]
pub struct IEnumSTATSTG {
    /// The object's vtable.
    pub lpVtbl: *const IEnumSTATSTGVtbl,
}
/// The vtable of [`IEnumSTATSTG`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IEnumSTATSTGVtbl {
    /// The slots of `IUnknown`.
    pub base__: IUnknownVtbl,
    /// Returns up to `celt` further elements.
    ///
    /// Returns `S_OK` when `celt` elements were returned and `S_FALSE` when fewer
    /// were left. The caller frees each `pwcsName` with `CoTaskMemFree`.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of elements wanted.
    /// - `rgelt` (`STATSTG*`, out): Receives the elements.
    /// - `pceltFetched` (`ULONG*`, out): Receives the number of elements returned; may be null only when `celt` is 1.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        celt: crate::ULONG,
        rgelt: *mut STATSTG,
        pceltFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Skips `celt` elements. Returns `S_FALSE` if fewer were left.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of elements to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        celt: crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first element.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Creates a second enumerator at the same position.
    ///
    /// # Parameters
    ///
    /// - `ppenum` (`IEnumSTATSTG**`, out): Receives the new enumerator.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppenum: *mut *mut IEnumSTATSTG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IEnumSTATSTG`]: `{0000000D-0000-0000-C000-000000000046}`.
pub const IID_IEnumSTATSTG: crate::GUID = crate::GUID::from_u128(
    0x0000000d_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IEnumSTATSTG {
    const IID: crate::GUID = IID_IEnumSTATSTG;
    const NAME: &'static str = "IEnumSTATSTG";
    type Vtbl = IEnumSTATSTGVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IEnumSTATSTG || <IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IEnumSTATSTGVtbl>() == 7 * ::core::mem::size_of::<usize>()
);
/// A structured-storage container of streams and substorages, like a directory in a file system.
///
/// MAPI uses it for messages kept in compound files (`IMAPISupport::IStorageFromStream`,
/// `OpenIMsgOnIStg`).
#[repr(C)]
pub struct IStorage {
    /// The object's vtable.
    pub lpVtbl: *const IStorageVtbl,
}
/// The vtable of [`IStorage`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IStorageVtbl {
    /// The slots of `IUnknown`.
    pub base__: IUnknownVtbl,
    /// Creates a stream in this storage and opens it.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the new stream (at most 31 characters).
    /// - `grfMode` (`DWORD`, in): `STGM_*` access, sharing and creation mode; must include `STGM_SHARE_EXCLUSIVE`.
    /// - `reserved1` (`DWORD`, in): Reserved; must be 0.
    /// - `reserved2` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstm` (`IStream**`, out): Receives the new stream.
    pub CreateStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
        ppstm: *mut *mut IStream,
    ) -> crate::HRESULT,
    /// Opens an existing stream of this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the stream.
    /// - `reserved1` (`void*`, in): Reserved; must be null.
    /// - `grfMode` (`DWORD`, in): `STGM_*` access and sharing mode; must include `STGM_SHARE_EXCLUSIVE`.
    /// - `reserved2` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstm` (`IStream**`, out): Receives the stream.
    pub OpenStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
        reserved1: *mut ::core::ffi::c_void,
        grfMode: crate::DWORD,
        reserved2: crate::DWORD,
        ppstm: *mut *mut IStream,
    ) -> crate::HRESULT,
    /// Creates a substorage of this storage and opens it.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the new storage (at most 31 characters).
    /// - `grfMode` (`DWORD`, in): `STGM_*` access, sharing and creation mode.
    /// - `reserved1` (`DWORD`, in): Reserved; must be 0.
    /// - `reserved2` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstg` (`IStorage**`, out): Receives the new storage.
    pub CreateStorage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
        ppstg: *mut *mut IStorage,
    ) -> crate::HRESULT,
    /// Opens an existing substorage of this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the storage; null when `pstgPriority` is given.
    /// - `pstgPriority` (`IStorage*`, in): A storage previously opened in priority mode to reopen, or null.
    /// - `grfMode` (`DWORD`, in): `STGM_*` access and sharing mode.
    /// - `snbExclude` (`SNB`, in): Names of elements to leave out of the opened storage; must be null unless `STGM_PRIORITY` is used.
    /// - `reserved` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstg` (`IStorage**`, out): Receives the storage.
    pub OpenStorage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
        pstgPriority: *mut IStorage,
        grfMode: crate::DWORD,
        snbExclude: SNB,
        reserved: crate::DWORD,
        ppstg: *mut *mut IStorage,
    ) -> crate::HRESULT,
    /// Copies the whole contents of this storage into another, except what is excluded.
    ///
    /// # Parameters
    ///
    /// - `ciidExclude` (`DWORD`, in): The number of interface identifiers in `rgiidExclude`.
    /// - `rgiidExclude` (`const IID*`, in): Interfaces whose data is not copied (for example `IID_IStorage` to skip substorages); may be null.
    /// - `snbExclude` (`SNB`, in): Names of elements not to copy; may be null.
    /// - `pstgDest` (`IStorage*`, in): The destination storage.
    pub CopyTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ciidExclude: crate::DWORD,
        rgiidExclude: *const crate::IID,
        snbExclude: SNB,
        pstgDest: *mut IStorage,
    ) -> crate::HRESULT,
    /// Copies or moves an element of this storage to another storage, optionally renaming it.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the element.
    /// - `pstgDest` (`IStorage*`, in): The destination storage.
    /// - `pwcsNewName` (`const OLECHAR*`, in): The name of the element in the destination.
    /// - `grfFlags` (`DWORD`, in): `STGMOVE_MOVE` (0) to move or `STGMOVE_COPY` (1) to copy.
    pub MoveElementTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
        pstgDest: *mut IStorage,
        pwcsNewName: *const crate::OLECHAR,
        grfFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Makes the changes of a transacted storage permanent, or flushes a direct one.
    ///
    /// # Parameters
    ///
    /// - `grfCommitFlags` (`DWORD`, in): `STGC_*` values controlling the commit; 0 for the default.
    pub Commit: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        grfCommitFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Discards the changes made to a transacted storage since the last `Commit`.
    pub Revert: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns an enumerator over the elements directly contained in this storage.
    ///
    /// # Parameters
    ///
    /// - `reserved1` (`DWORD`, in): Reserved; must be 0.
    /// - `reserved2` (`void*`, in): Reserved; must be null.
    /// - `reserved3` (`DWORD`, in): Reserved; must be 0.
    /// - `ppenum` (`IEnumSTATSTG**`, out): Receives the enumerator.
    pub EnumElements: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        reserved1: crate::DWORD,
        reserved2: *mut ::core::ffi::c_void,
        reserved3: crate::DWORD,
        ppenum: *mut *mut IEnumSTATSTG,
    ) -> crate::HRESULT,
    /// Removes an element, and everything below it, from this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the element.
    pub DestroyElement: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
    ) -> crate::HRESULT,
    /// Renames an element of this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsOldName` (`const OLECHAR*`, in): The current name.
    /// - `pwcsNewName` (`const OLECHAR*`, in): The new name.
    pub RenameElement: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsOldName: *const crate::OLECHAR,
        pwcsNewName: *const crate::OLECHAR,
    ) -> crate::HRESULT,
    /// Sets the creation, access and modification times of an element, or of this storage when the name is null.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the element, or null for this storage.
    /// - `pctime` (`const FILETIME*`, in): The new creation time, or null to leave it.
    /// - `patime` (`const FILETIME*`, in): The new access time, or null to leave it.
    /// - `pmtime` (`const FILETIME*`, in): The new modification time, or null to leave it.
    pub SetElementTimes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwcsName: *const crate::OLECHAR,
        pctime: *const crate::FILETIME,
        patime: *const crate::FILETIME,
        pmtime: *const crate::FILETIME,
    ) -> crate::HRESULT,
    /// Records a class identifier in this storage.
    ///
    /// # Parameters
    ///
    /// - `clsid` (`REFCLSID`, in): The class identifier to record.
    pub SetClass: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        clsid: crate::REFCLSID,
    ) -> crate::HRESULT,
    /// Sets up to 32 state bits of this storage, under a mask.
    ///
    /// # Parameters
    ///
    /// - `grfStateBits` (`DWORD`, in): The new values of the bits.
    /// - `grfMask` (`DWORD`, in): The bits to change.
    pub SetStateBits: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        grfStateBits: crate::DWORD,
        grfMask: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns statistics about this storage.
    ///
    /// Unless `STATFLAG_NONAME` is given, the caller frees
    /// `pstatstg->pwcsName` with `CoTaskMemFree`.
    ///
    /// # Parameters
    ///
    /// - `pstatstg` (`STATSTG*`, out): Receives the statistics.
    /// - `grfStatFlag` (`DWORD`, in): `STATFLAG_*` values; 0 for the default.
    pub Stat: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pstatstg: *mut STATSTG,
        grfStatFlag: crate::DWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IStorage`]: `{0000000B-0000-0000-C000-000000000046}`.
pub const IID_IStorage: crate::GUID = crate::GUID::from_u128(
    0x0000000b_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IStorage {
    const IID: crate::GUID = IID_IStorage;
    const NAME: &'static str = "IStorage";
    type Vtbl = IStorageVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IStorage || <IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IStorageVtbl>() == 18 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IUnknown {
    const IIDS: &'static [u128] = &[0x00000000_0000_0000_c000_000000000046];
}
#[cfg(feature = "provider")]
/// The provider side of [`IPersist`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IPersistImpl`, the provider side of `IPersist`",
    label = "`IPersist` needs `impl IPersistImpl for {Self}`",
    note = "write `impl IPersistImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IPersistImpl: crate::__private::Declares<
        IPersist,
        0x0000010c_0000_0000_c000_000000000046,
    > {
    /// Returns the class identifier of the code that can load the object.
    ///
    /// Called through slot 3 ([`IPersistVtbl::GetClassID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_class_id(&self) -> ::core::result::Result<crate::CLSID, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IPersistVtbl {
    /// A vtable of [`IPersist`] whose slots check their arguments and call [`IPersistImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IPersistImpl,
    {
        Self {
            base__: IUnknownVtbl::new::<O, INDEX>(),
            GetClassID: {
                /// `IPersist::GetClassID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pClassID: *mut crate::CLSID,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistImpl,
                {
                    crate::__private::guard(|| {
                        if !pClassID.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pClassID, 0, 1) };
                        }
                        if pClassID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistImpl>::get_class_id(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pClassID.write(arg0) };
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
impl crate::__private::InterfaceChain for IPersist {
    const IIDS: &'static [u128] = &[
        0x0000010c_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IPersistStreamInit`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IPersistStreamInitImpl`, the provider side of `IPersistStreamInit`",
    label = "`IPersistStreamInit` needs `impl IPersistStreamInitImpl for {Self}`",
    note = "write `impl IPersistStreamInitImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IPersistStreamInitImpl: IPersistImpl + crate::__private::Declares<
        IPersistStreamInit,
        0x7fd52380_4e07_101b_ae2d_08002b2ec713,
    > {
    /// Tells whether the object changed since it was last saved.
    ///
    /// Returns `S_OK` when it did, `S_FALSE` when it did not.
    ///
    /// Called through slot 4 ([`IPersistStreamInitVtbl::IsDirty`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_dirty`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_dirty`] and answers `S_OK`.
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_dirty().map(|v| (crate::Hresult::OK, v))
    }
    /// Loads the object from a stream, starting at the stream's seek
    /// position; instead of `InitNew`.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the object was already
    /// initialized.
    ///
    /// Called through slot 5 ([`IPersistStreamInitVtbl::Load`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn load(
        &self,
        pStm: crate::ComPtr<IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pStm,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Saves the object to a stream, at the stream's seek position.
    ///
    /// Called through slot 6 ([`IPersistStreamInitVtbl::Save`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save(
        &self,
        pStm: crate::ComPtr<IStream>,
        fClearDirty: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pStm, fClearDirty);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the most bytes `Save` would write.
    ///
    /// Called through slot 7 ([`IPersistStreamInitVtbl::GetSizeMax`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_size_max(
        &self,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Initializes the object empty; instead of `Load`.
    ///
    /// Returns `S_OK`, `E_OUTOFMEMORY`, or `E_UNEXPECTED` when the object
    /// was already initialized.
    ///
    /// Called through slot 8 ([`IPersistStreamInitVtbl::InitNew`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init_new(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IPersistStreamInitVtbl {
    /// A vtable of [`IPersistStreamInit`] whose slots check their arguments and call [`IPersistStreamInitImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IPersistStreamInitImpl,
    {
        Self {
            base__: IPersistVtbl::new::<O, INDEX>(),
            IsDirty: {
                /// `IPersistStreamInit::IsDirty`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamInitImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IPersistStreamInitImpl>::is_dirty_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Load: {
                /// `IPersistStreamInit::Load`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pStm: LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamInitImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IStream,
                            >::from_borrowed(pStm.cast::<IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamInitImpl>::load(
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
            Save: {
                /// `IPersistStreamInit::Save`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pStm: LPSTREAM,
                    fClearDirty: crate::BOOL,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamInitImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IStream,
                            >::from_borrowed(pStm.cast::<IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamInitImpl>::save(
                            object.inner(),
                            arg0,
                            fClearDirty,
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
            GetSizeMax: {
                /// `IPersistStreamInit::GetSizeMax`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pCbSize: *mut crate::ULARGE_INTEGER,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamInitImpl,
                {
                    crate::__private::guard(|| {
                        if !pCbSize.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pCbSize, 0, 1) };
                        }
                        if pCbSize.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamInitImpl>::get_size_max(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pCbSize.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            InitNew: {
                /// `IPersistStreamInit::InitNew`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamInitImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamInitImpl>::init_new(
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
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IPersistStreamInit {
    const IIDS: &'static [u128] = &[
        0x7fd52380_4e07_101b_ae2d_08002b2ec713, 0x0000010c_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IPersistStream`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IPersistStreamImpl`, the provider side of `IPersistStream`",
    label = "`IPersistStream` needs `impl IPersistStreamImpl for {Self}`",
    note = "write `impl IPersistStreamImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IPersistStreamImpl: IPersistImpl + crate::__private::Declares<
        IPersistStream,
        0x00000109_0000_0000_c000_000000000046,
    > {
    /// Tells whether the object changed since it was last saved.
    ///
    /// Returns `S_OK` when it did, `S_FALSE` when it did not.
    ///
    /// Called through slot 4 ([`IPersistStreamVtbl::IsDirty`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_dirty`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_dirty`] and answers `S_OK`.
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_dirty().map(|v| (crate::Hresult::OK, v))
    }
    /// Loads the object from a stream, starting at the stream's seek
    /// position.
    ///
    /// Called through slot 5 ([`IPersistStreamVtbl::Load`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn load(
        &self,
        pStm: crate::ComPtr<IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pStm,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Saves the object to a stream, at the stream's seek position.
    ///
    /// Called through slot 6 ([`IPersistStreamVtbl::Save`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save(
        &self,
        pStm: crate::ComPtr<IStream>,
        fClearDirty: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pStm, fClearDirty);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the most bytes `Save` would write.
    ///
    /// Called through slot 7 ([`IPersistStreamVtbl::GetSizeMax`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_size_max(
        &self,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IPersistStreamVtbl {
    /// A vtable of [`IPersistStream`] whose slots check their arguments and call [`IPersistStreamImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IPersistStreamImpl,
    {
        Self {
            base__: IPersistVtbl::new::<O, INDEX>(),
            IsDirty: {
                /// `IPersistStream::IsDirty`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IPersistStreamImpl>::is_dirty_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Load: {
                /// `IPersistStream::Load`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pStm: *mut IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IStream,
                            >::from_borrowed(pStm.cast::<IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamImpl>::load(
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
            Save: {
                /// `IPersistStream::Save`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pStm: *mut IStream,
                    fClearDirty: crate::BOOL,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IStream,
                            >::from_borrowed(pStm.cast::<IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamImpl>::save(
                            object.inner(),
                            arg0,
                            fClearDirty,
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
            GetSizeMax: {
                /// `IPersistStream::GetSizeMax`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcbSize: *mut crate::ULARGE_INTEGER,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !pcbSize.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcbSize, 0, 1) };
                        }
                        if pcbSize.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistStreamImpl>::get_size_max(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pcbSize.write(arg0) };
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
impl crate::__private::InterfaceChain for IPersistStream {
    const IIDS: &'static [u128] = &[
        0x00000109_0000_0000_c000_000000000046, 0x0000010c_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IMalloc`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMallocImpl`, the provider side of `IMalloc`",
    label = "`IMalloc` needs `impl IMallocImpl for {Self}`",
    note = "write `impl IMallocImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMallocImpl: crate::__private::Declares<
        IMalloc,
        0x00000002_0000_0000_c000_000000000046,
    > {
    /// Allocates a block of memory.
    ///
    /// Returns the new block, or null if the memory could not be allocated.
    /// The contents of the block are undefined.
    ///
    /// Called through slot 3 ([`IMallocVtbl::Alloc`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    fn alloc(
        &self,
        cb: crate::SIZE_T,
    ) -> ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>;
    /// Changes the size of a block allocated by this allocator.
    ///
    /// The block may move; its contents are kept up to the smaller of the old
    /// and new sizes. A null `pv` allocates a new block; a zero `cb` frees
    /// `pv` and returns null. Returns the resized block, or null on failure
    /// (the original block is then untouched).
    ///
    /// Called through slot 4 ([`IMallocVtbl::Realloc`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    ///
    /// # Safety
    ///
    /// `pv` (`void*`): The block to resize, or null. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn realloc(
        &self,
        pv: *mut ::core::ffi::c_void,
        cb: crate::SIZE_T,
    ) -> ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>;
    /// Frees a block allocated by this allocator. Freeing null does nothing.
    ///
    /// Called through slot 5 ([`IMallocVtbl::Free`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    ///
    /// # Safety
    ///
    /// `pv` (`void*`): The block to free, or null. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn free(&self, pv: *mut ::core::ffi::c_void);
    /// Returns the size in bytes of a block allocated by this allocator, or -1 (as `SIZE_T`) if `pv` is null.
    ///
    /// Called through slot 6 ([`IMallocVtbl::GetSize`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    ///
    /// # Safety
    ///
    /// `pv` (`void*`): The block to measure. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn get_size(&self, pv: *mut ::core::ffi::c_void) -> crate::SIZE_T;
    /// Tells whether this allocator allocated a block.
    ///
    /// Returns 1 if it did, 0 if it did not, and -1 if it cannot tell.
    ///
    /// Called through slot 7 ([`IMallocVtbl::DidAlloc`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    ///
    /// # Safety
    ///
    /// `pv` (`void*`): The block to test. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn did_alloc(&self, pv: *mut ::core::ffi::c_void) -> i32;
    /// Returns unused memory to the operating system where possible.
    ///
    /// Called through slot 8 ([`IMallocVtbl::HeapMinimize`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    fn heap_minimize(&self);
}
#[cfg(feature = "provider")]
impl IMallocVtbl {
    /// A vtable of [`IMalloc`] whose slots check their arguments and call [`IMallocImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMallocImpl,
    {
        Self {
            base__: IUnknownVtbl::new::<O, INDEX>(),
            Alloc: {
                /// `IMalloc::Alloc`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cb: crate::SIZE_T,
                ) -> *mut ::core::ffi::c_void
                where
                    O::Inner: IMallocImpl,
                {
                    crate::__private::guard_or(
                        ::core::ptr::null_mut(),
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            <O::Inner as IMallocImpl>::alloc(object.inner(), cb)
                                .map_or(
                                    ::core::ptr::null_mut(),
                                    ::core::ptr::NonNull::as_ptr,
                                )
                        },
                    )
                }
                thunk::<O, INDEX>
            },
            Realloc: {
                /// `IMalloc::Realloc`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut ::core::ffi::c_void,
                    cb: crate::SIZE_T,
                ) -> *mut ::core::ffi::c_void
                where
                    O::Inner: IMallocImpl,
                {
                    crate::__private::guard_or(
                        ::core::ptr::null_mut(),
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            let __c0 = pv;
                            let __c1 = cb;
                            // SAFETY: the raw pointers are the caller's, passed
                            // on as the method's `# Safety` says.
                            unsafe {
                                <O::Inner as IMallocImpl>::realloc(
                                    object.inner(),
                                    __c0,
                                    __c1,
                                )
                            }
                                .map_or(
                                    ::core::ptr::null_mut(),
                                    ::core::ptr::NonNull::as_ptr,
                                )
                        },
                    )
                }
                thunk::<O, INDEX>
            },
            Free: {
                /// `IMalloc::Free`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut ::core::ffi::c_void,
                )
                where
                    O::Inner: IMallocImpl,
                {
                    crate::__private::guard_or(
                        (),
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            let __c0 = pv;
                            // SAFETY: the raw pointers are the caller's, passed
                            // on as the method's `# Safety` says.
                            unsafe {
                                <O::Inner as IMallocImpl>::free(object.inner(), __c0)
                            }
                        },
                    )
                }
                thunk::<O, INDEX>
            },
            GetSize: {
                /// `IMalloc::GetSize`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut ::core::ffi::c_void,
                ) -> crate::SIZE_T
                where
                    O::Inner: IMallocImpl,
                {
                    crate::__private::guard_or(
                        0,
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            let __c0 = pv;
                            // SAFETY: the raw pointers are the caller's, passed
                            // on as the method's `# Safety` says.
                            unsafe {
                                <O::Inner as IMallocImpl>::get_size(object.inner(), __c0)
                            }
                        },
                    )
                }
                thunk::<O, INDEX>
            },
            DidAlloc: {
                /// `IMalloc::DidAlloc`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut ::core::ffi::c_void,
                ) -> i32
                where
                    O::Inner: IMallocImpl,
                {
                    crate::__private::guard_or(
                        0,
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            let __c0 = pv;
                            // SAFETY: the raw pointers are the caller's, passed
                            // on as the method's `# Safety` says.
                            unsafe {
                                <O::Inner as IMallocImpl>::did_alloc(object.inner(), __c0)
                            }
                        },
                    )
                }
                thunk::<O, INDEX>
            },
            HeapMinimize: {
                /// `IMalloc::HeapMinimize`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                )
                where
                    O::Inner: IMallocImpl,
                {
                    crate::__private::guard_or(
                        (),
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            <O::Inner as IMallocImpl>::heap_minimize(object.inner())
                        },
                    )
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMalloc {
    const IIDS: &'static [u128] = &[
        0x00000002_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IClassFactory`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IClassFactoryImpl`, the provider side of `IClassFactory`",
    label = "`IClassFactory` needs `impl IClassFactoryImpl for {Self}`",
    note = "write `impl IClassFactoryImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IClassFactoryImpl: crate::__private::Declares<
        IClassFactory,
        0x00000001_0000_0000_c000_000000000046,
    > {
    /// Makes a new object of the class and returns the interface `riid`
    /// asks for.
    ///
    /// The new object is not initialized: the caller follows up with the
    /// class's initialization interface (for a form, `IPersistMessage`).
    ///
    /// Returns:
    /// - `S_OK`: the object was made.
    /// - `CLASS_E_NOAGGREGATION`: `pUnkOuter` is not null and the class
    ///   cannot be aggregated.
    /// - `E_NOINTERFACE`: the object does not have the interface asked for.
    ///
    /// Called through slot 3 ([`IClassFactoryVtbl::CreateInstance`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_instance(
        &self,
        pUnkOuter: ::core::option::Option<crate::ComPtr<IUnknown>>,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (pUnkOuter, riid);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Keeps the class's server loaded (`fLock` true) or lets it unload
    /// again (`fLock` false), so that objects can be made quickly.
    ///
    /// The calls nest: the server stays loaded until every lock is released.
    ///
    /// Called through slot 4 ([`IClassFactoryVtbl::LockServer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn lock_server(
        &self,
        fLock: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (fLock,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IClassFactoryVtbl {
    /// A vtable of [`IClassFactory`] whose slots check their arguments and call [`IClassFactoryImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IClassFactoryImpl,
    {
        Self {
            base__: IUnknownVtbl::new::<O, INDEX>(),
            CreateInstance: {
                /// `IClassFactory::CreateInstance`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pUnkOuter: *mut IUnknown,
                    riid: crate::REFIID,
                    ppvObject: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IClassFactoryImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IUnknown,
                            >::from_borrowed(pUnkOuter.cast::<IUnknown>())
                        };
                        let arg1 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IClassFactoryImpl>::create_instance(
                            object.inner(),
                            arg0,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg2;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
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
            LockServer: {
                /// `IClassFactory::LockServer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    fLock: crate::BOOL,
                ) -> crate::HRESULT
                where
                    O::Inner: IClassFactoryImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IClassFactoryImpl>::lock_server(
                            object.inner(),
                            fLock,
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
impl crate::__private::InterfaceChain for IClassFactory {
    const IIDS: &'static [u128] = &[
        0x00000001_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`ISequentialStream`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `ISequentialStreamImpl`, the provider side of `ISequentialStream`",
    label = "`ISequentialStream` needs `impl ISequentialStreamImpl for {Self}`",
    note = "write `impl ISequentialStreamImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait ISequentialStreamImpl: crate::__private::Declares<
        ISequentialStream,
        0x0c733a30_2a1c_11ce_ade5_00aa0044773d,
    > {
    /// Reads bytes from the current seek pointer and advances it.
    ///
    /// Reading fewer bytes than asked is not an error: at the end of the
    /// stream the call succeeds with `*pcbRead` smaller than `cb` (possibly 0).
    /// Returns `S_OK`, `S_FALSE` (fewer bytes than requested), or a storage error.
    ///
    /// Called through slot 3 ([`ISequentialStreamVtbl::Read`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn read(
        &self,
        pv: &mut [u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (pv,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes bytes at the current seek pointer and advances it, growing the stream if needed.
    ///
    /// Returns `S_OK`, or a storage error such as `STG_E_MEDIUMFULL` or `STG_E_ACCESSDENIED`.
    ///
    /// Called through slot 4 ([`ISequentialStreamVtbl::Write`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn write(&self, pv: &[u8]) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (pv,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl ISequentialStreamVtbl {
    /// A vtable of [`ISequentialStream`] whose slots check their arguments and call [`ISequentialStreamImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: ISequentialStreamImpl,
    {
        Self {
            base__: IUnknownVtbl::new::<O, INDEX>(),
            Read: {
                /// `ISequentialStream::Read`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut ::core::ffi::c_void,
                    cb: crate::ULONG,
                    pcbRead: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: ISequentialStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !pcbRead.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcbRead, 0, 1) };
                        }
                        // SAFETY: the caller passes `cb` valid elements at `pv`
                        // (null, misaligned and oversized are checked).
                        let arg0 = match unsafe {
                            crate::__private::slice_out::<u8>(pv.cast(), cb as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ISequentialStreamImpl>::read(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !pcbRead.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { pcbRead.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Write: {
                /// `ISequentialStream::Write`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *const ::core::ffi::c_void,
                    cb: crate::ULONG,
                    pcbWritten: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: ISequentialStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !pcbWritten.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcbWritten, 0, 1) };
                        }
                        // SAFETY: the caller passes `cb` valid elements at `pv`
                        // (null, misaligned and oversized are checked).
                        let arg0 = match unsafe {
                            crate::__private::slice_in::<u8>(pv.cast(), cb as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ISequentialStreamImpl>::write(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !pcbWritten.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { pcbWritten.write(arg2) };
                                }
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
impl crate::__private::InterfaceChain for ISequentialStream {
    const IIDS: &'static [u128] = &[
        0x0c733a30_2a1c_11ce_ade5_00aa0044773d, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IStream`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IStreamImpl`, the provider side of `IStream`",
    label = "`IStream` needs `impl IStreamImpl for {Self}`",
    note = "write `impl IStreamImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IStreamImpl: ISequentialStreamImpl + crate::__private::Declares<
        IStream,
        0x0000000c_0000_0000_c000_000000000046,
    > {
    /// Moves the seek pointer.
    ///
    /// The new position is `dlibMove` relative to the origin `dwOrigin`
    /// (`STREAM_SEEK_SET`, `STREAM_SEEK_CUR` or `STREAM_SEEK_END`). Seeking past
    /// the end is allowed; seeking before the start returns
    /// `STG_E_INVALIDFUNCTION`.
    ///
    /// Called through slot 5 ([`IStreamVtbl::Seek`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn seek(
        &self,
        dlibMove: crate::LARGE_INTEGER,
        dwOrigin: crate::DWORD,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult> {
        let _ = (dlibMove, dwOrigin);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the size of the stream, truncating it or extending it with undefined bytes.
    ///
    /// The seek pointer does not move.
    ///
    /// Called through slot 6 ([`IStreamVtbl::SetSize`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_size(
        &self,
        libNewSize: crate::ULARGE_INTEGER,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (libNewSize,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies bytes from the current seek pointer of this stream to the current seek pointer of another.
    ///
    /// Both seek pointers advance by the number of bytes copied.
    ///
    /// Called through slot 7 ([`IStreamVtbl::CopyTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_to(
        &self,
        pstm: crate::ComPtr<IStream>,
        cb: crate::ULARGE_INTEGER,
    ) -> ::core::result::Result<
        (crate::ULARGE_INTEGER, crate::ULARGE_INTEGER),
        crate::Hresult,
    > {
        let _ = (pstm, cb);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes the changes of a transacted stream permanent; flushes buffers of a direct one.
    ///
    /// Streams opened with `IMAPIProp::OpenProperty` are written back to the
    /// property by `Commit`; the owning object still needs `SaveChanges`.
    ///
    /// Called through slot 8 ([`IStreamVtbl::Commit`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn commit(
        &self,
        grfCommitFlags: StreamCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (grfCommitFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Discards the changes made to a transacted stream since the last `Commit`.
    ///
    /// Called through slot 9 ([`IStreamVtbl::Revert`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn revert(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Locks a range of bytes against other openers.
    ///
    /// Returns `STG_E_INVALIDFUNCTION` when the stream does not support the
    /// lock type, and `STG_E_LOCKVIOLATION` when the range is already locked.
    ///
    /// Called through slot 10 ([`IStreamVtbl::LockRegion`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn lock_region(
        &self,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: StreamLockRegionFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (libOffset, cb, dwLockType);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a lock set by `LockRegion`; the range and lock type must match it exactly.
    ///
    /// Called through slot 11 ([`IStreamVtbl::UnlockRegion`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unlock_region(
        &self,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: StreamLockRegionFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (libOffset, cb, dwLockType);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns statistics about the stream.
    ///
    /// Unless `STATFLAG_NONAME` is given, the caller frees
    /// `pstatstg->pwcsName` with `CoTaskMemFree`.
    ///
    /// Called through slot 12 ([`IStreamVtbl::Stat`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn stat(
        &self,
        grfStatFlag: StreamStatFlags,
    ) -> ::core::result::Result<crate::value::StatStg, crate::Hresult> {
        let _ = (grfStatFlag,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a second stream object on the same bytes, with its own seek pointer starting at the same position.
    ///
    /// Called through slot 13 ([`IStreamVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(&self) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IStreamVtbl {
    /// A vtable of [`IStream`] whose slots check their arguments and call [`IStreamImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IStreamImpl,
    {
        Self {
            base__: ISequentialStreamVtbl::new::<O, INDEX>(),
            Seek: {
                /// `IStream::Seek`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dlibMove: crate::LARGE_INTEGER,
                    dwOrigin: crate::DWORD,
                    plibNewPosition: *mut crate::ULARGE_INTEGER,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !plibNewPosition.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(plibNewPosition, 0, 1) };
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::seek(
                            object.inner(),
                            dlibMove,
                            dwOrigin,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !plibNewPosition.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { plibNewPosition.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetSize: {
                /// `IStream::SetSize`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    libNewSize: crate::ULARGE_INTEGER,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::set_size(
                            object.inner(),
                            libNewSize,
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
            CopyTo: {
                /// `IStream::CopyTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pstm: *mut IStream,
                    cb: crate::ULARGE_INTEGER,
                    pcbRead: *mut crate::ULARGE_INTEGER,
                    pcbWritten: *mut crate::ULARGE_INTEGER,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !pcbRead.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcbRead, 0, 1) };
                        }
                        if !pcbWritten.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcbWritten, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IStream,
                            >::from_borrowed(pstm.cast::<IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IStreamImpl>::copy_to(
                            object.inner(),
                            arg0,
                            cb,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg2, arg3) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                if !pcbRead.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { pcbRead.write(arg2) };
                                }
                                if !pcbWritten.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { pcbWritten.write(arg3) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Commit: {
                /// `IStream::Commit`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    grfCommitFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <StreamCommitFlags as crate::FlagSet>::check_input_for(
                            grfCommitFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::commit(object.inner(), arg0) {
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
            Revert: {
                /// `IStream::Revert`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::revert(object.inner()) {
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
            LockRegion: {
                /// `IStream::LockRegion`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    libOffset: crate::ULARGE_INTEGER,
                    cb: crate::ULARGE_INTEGER,
                    dwLockType: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        let arg2 = match <StreamLockRegionFlags as crate::FlagSet>::check_input_for(
                            dwLockType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::lock_region(
                            object.inner(),
                            libOffset,
                            cb,
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
            UnlockRegion: {
                /// `IStream::UnlockRegion`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    libOffset: crate::ULARGE_INTEGER,
                    cb: crate::ULARGE_INTEGER,
                    dwLockType: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        let arg2 = match <StreamLockRegionFlags as crate::FlagSet>::check_input_for(
                            dwLockType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::unlock_region(
                            object.inner(),
                            libOffset,
                            cb,
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
            Stat: {
                /// `IStream::Stat`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pstatstg: *mut STATSTG,
                    grfStatFlag: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !pstatstg.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe {
                                pstatstg
                                    .write_unaligned(
                                        <crate::value::StatStg as crate::value::TaskRecord>::zeroed(),
                                    )
                            };
                        }
                        if pstatstg.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg1 = match <StreamStatFlags as crate::FlagSet>::check_input_for(
                            grfStatFlag,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::stat(object.inner(), arg1) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match crate::value::TaskOne::<
                                    crate::value::StatStg,
                                >::new(&arg0) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the blocks.
                                unsafe { pstatstg.write_unaligned(__buf0.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IStream::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppstm: *mut *mut IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IStreamImpl,
                {
                    crate::__private::guard(|| {
                        if !ppstm.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppstm, 0, 1) };
                        }
                        if ppstm.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStreamImpl>::clone(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppstm.write(arg0.into_raw().cast()) };
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
impl crate::__private::InterfaceChain for IStream {
    const IIDS: &'static [u128] = &[
        0x0000000c_0000_0000_c000_000000000046, 0x0c733a30_2a1c_11ce_ade5_00aa0044773d,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IEnumSTATSTG`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IEnumSTATSTGImpl`, the provider side of `IEnumSTATSTG`",
    label = "`IEnumSTATSTG` needs `impl IEnumSTATSTGImpl for {Self}`",
    note = "write `impl IEnumSTATSTGImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IEnumSTATSTGImpl: crate::__private::Declares<
        IEnumSTATSTG,
        0x0000000d_0000_0000_c000_000000000046,
    > {
    /// Returns up to `celt` further elements.
    ///
    /// Returns `S_OK` when `celt` elements were returned and `S_FALSE` when fewer
    /// were left. The caller frees each `pwcsName` with `CoTaskMemFree`.
    ///
    /// Called through slot 3 ([`IEnumSTATSTGVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::StatStg>, crate::Hresult> {
        let _ = (celt,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Skips `celt` elements. Returns `S_FALSE` if fewer were left.
    ///
    /// Called through slot 4 ([`IEnumSTATSTGVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, celt: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (celt,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the first element.
    ///
    /// Called through slot 5 ([`IEnumSTATSTGVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a second enumerator at the same position.
    ///
    /// Called through slot 6 ([`IEnumSTATSTGVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumSTATSTG>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IEnumSTATSTGVtbl {
    /// A vtable of [`IEnumSTATSTG`] whose slots check their arguments and call [`IEnumSTATSTGImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IEnumSTATSTGImpl,
    {
        Self {
            base__: IUnknownVtbl::new::<O, INDEX>(),
            Next: {
                /// `IEnumSTATSTG::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    celt: crate::ULONG,
                    rgelt: *mut STATSTG,
                    pceltFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumSTATSTGImpl,
                {
                    crate::__private::guard(|| {
                        if !pceltFetched.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pceltFetched, 0, 1) };
                        }
                        if rgelt.is_null() && celt != 0 {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pceltFetched.is_null() && celt != 1 {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IEnumSTATSTGImpl>::next(
                            object.inner(),
                            celt,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let status = if status == 0 && arg1.len() < celt as usize {
                                    crate::S_FALSE
                                } else {
                                    status
                                };
                                let __buf1 = match crate::value::TaskEntries::<
                                    crate::value::StatStg,
                                >::new(&arg1, celt) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: the caller's array holds `capacity`
                                // entries, at least as many as written (null
                                // only for none).
                                let __n = unsafe { __buf1.write_to(rgelt) };
                                if !pceltFetched.is_null() {
                                    // SAFETY: checked non-null.
                                    unsafe { pceltFetched.write(__n) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Skip: {
                /// `IEnumSTATSTG::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    celt: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumSTATSTGImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IEnumSTATSTGImpl>::skip(
                            object.inner(),
                            celt,
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
            Reset: {
                /// `IEnumSTATSTG::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumSTATSTGImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IEnumSTATSTGImpl>::reset(object.inner()) {
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
            Clone: {
                /// `IEnumSTATSTG::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppenum: *mut *mut IEnumSTATSTG,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumSTATSTGImpl,
                {
                    crate::__private::guard(|| {
                        if !ppenum.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppenum, 0, 1) };
                        }
                        if ppenum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IEnumSTATSTGImpl>::clone(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppenum.write(arg0.into_raw().cast()) };
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
impl crate::__private::InterfaceChain for IEnumSTATSTG {
    const IIDS: &'static [u128] = &[
        0x0000000d_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IStorage`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IStorageImpl`, the provider side of `IStorage`",
    label = "`IStorage` needs `impl IStorageImpl for {Self}`",
    note = "write `impl IStorageImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IStorageImpl: crate::__private::Declares<
        IStorage,
        0x0000000b_0000_0000_c000_000000000046,
    > {
    /// Creates a stream in this storage and opens it.
    ///
    /// Called through slot 3 ([`IStorageVtbl::CreateStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_stream(
        &self,
        pwcsName: crate::value::StrRef<'_>,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult> {
        let _ = (pwcsName, grfMode, reserved1, reserved2);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens an existing stream of this storage.
    ///
    /// Called through slot 4 ([`IStorageVtbl::OpenStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_stream(
        &self,
        pwcsName: crate::value::StrRef<'_>,
        grfMode: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult> {
        let _ = (pwcsName, grfMode, reserved2);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a substorage of this storage and opens it.
    ///
    /// Called through slot 5 ([`IStorageVtbl::CreateStorage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_storage(
        &self,
        pwcsName: crate::value::StrRef<'_>,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStorage>, crate::Hresult> {
        let _ = (pwcsName, grfMode, reserved1, reserved2);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens an existing substorage of this storage.
    ///
    /// Called through slot 6 ([`IStorageVtbl::OpenStorage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_storage(
        &self,
        pwcsName: ::core::option::Option<crate::value::StrRef<'_>>,
        pstgPriority: ::core::option::Option<crate::ComPtr<IStorage>>,
        grfMode: crate::DWORD,
        snbExclude: ::core::option::Option<&[crate::value::StrRef<'_>]>,
        reserved: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStorage>, crate::Hresult> {
        let _ = (pwcsName, pstgPriority, grfMode, snbExclude, reserved);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies the whole contents of this storage into another, except what is excluded.
    ///
    /// Called through slot 7 ([`IStorageVtbl::CopyTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_to(
        &self,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        snbExclude: ::core::option::Option<&[crate::value::StrRef<'_>]>,
        pstgDest: crate::ComPtr<IStorage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (rgiidExclude, snbExclude, pstgDest);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves an element of this storage to another storage, optionally renaming it.
    ///
    /// Called through slot 8 ([`IStorageVtbl::MoveElementTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn move_element_to(
        &self,
        pwcsName: crate::value::StrRef<'_>,
        pstgDest: crate::ComPtr<IStorage>,
        pwcsNewName: crate::value::StrRef<'_>,
        grfFlags: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pwcsName, pstgDest, pwcsNewName, grfFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes the changes of a transacted storage permanent, or flushes a direct one.
    ///
    /// Called through slot 9 ([`IStorageVtbl::Commit`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn commit(
        &self,
        grfCommitFlags: StreamCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (grfCommitFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Discards the changes made to a transacted storage since the last `Commit`.
    ///
    /// Called through slot 10 ([`IStorageVtbl::Revert`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn revert(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator over the elements directly contained in this storage.
    ///
    /// Called through slot 11 ([`IStorageVtbl::EnumElements`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_elements(
        &self,
        reserved1: crate::DWORD,
        reserved3: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IEnumSTATSTG>, crate::Hresult> {
        let _ = (reserved1, reserved3);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes an element, and everything below it, from this storage.
    ///
    /// Called through slot 12 ([`IStorageVtbl::DestroyElement`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn destroy_element(
        &self,
        pwcsName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pwcsName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Renames an element of this storage.
    ///
    /// Called through slot 13 ([`IStorageVtbl::RenameElement`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn rename_element(
        &self,
        pwcsOldName: crate::value::StrRef<'_>,
        pwcsNewName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pwcsOldName, pwcsNewName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the creation, access and modification times of an element, or of this storage when the name is null.
    ///
    /// Called through slot 14 ([`IStorageVtbl::SetElementTimes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_element_times(
        &self,
        pwcsName: ::core::option::Option<crate::value::StrRef<'_>>,
        pctime: ::core::option::Option<&crate::FILETIME>,
        patime: ::core::option::Option<&crate::FILETIME>,
        pmtime: ::core::option::Option<&crate::FILETIME>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pwcsName, pctime, patime, pmtime);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Records a class identifier in this storage.
    ///
    /// Called through slot 15 ([`IStorageVtbl::SetClass`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_class(
        &self,
        clsid: &crate::GUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (clsid,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets up to 32 state bits of this storage, under a mask.
    ///
    /// Called through slot 16 ([`IStorageVtbl::SetStateBits`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_state_bits(
        &self,
        grfStateBits: crate::DWORD,
        grfMask: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (grfStateBits, grfMask);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns statistics about this storage.
    ///
    /// Unless `STATFLAG_NONAME` is given, the caller frees
    /// `pstatstg->pwcsName` with `CoTaskMemFree`.
    ///
    /// Called through slot 17 ([`IStorageVtbl::Stat`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn stat(
        &self,
        grfStatFlag: StreamStatFlags,
    ) -> ::core::result::Result<crate::value::StatStg, crate::Hresult> {
        let _ = (grfStatFlag,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IStorageVtbl {
    /// A vtable of [`IStorage`] whose slots check their arguments and call [`IStorageImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IStorageImpl,
    {
        Self {
            base__: IUnknownVtbl::new::<O, INDEX>(),
            CreateStream: {
                /// `IStorage::CreateStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                    grfMode: crate::DWORD,
                    reserved1: crate::DWORD,
                    reserved2: crate::DWORD,
                    ppstm: *mut *mut IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppstm.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppstm, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppstm.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::create_stream(
                            object.inner(),
                            arg0,
                            grfMode,
                            reserved1,
                            reserved2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppstm.write(arg4.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenStream: {
                /// `IStorage::OpenStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                    reserved1: *mut ::core::ffi::c_void,
                    grfMode: crate::DWORD,
                    reserved2: crate::DWORD,
                    ppstm: *mut *mut IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppstm.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppstm, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if !reserved1.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppstm.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::open_stream(
                            object.inner(),
                            arg0,
                            grfMode,
                            reserved2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppstm.write(arg4.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CreateStorage: {
                /// `IStorage::CreateStorage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                    grfMode: crate::DWORD,
                    reserved1: crate::DWORD,
                    reserved2: crate::DWORD,
                    ppstg: *mut *mut IStorage,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppstg.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppstg, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppstg.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::create_storage(
                            object.inner(),
                            arg0,
                            grfMode,
                            reserved1,
                            reserved2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppstg.write(arg4.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenStorage: {
                /// `IStorage::OpenStorage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                    pstgPriority: *mut IStorage,
                    grfMode: crate::DWORD,
                    snbExclude: SNB,
                    reserved: crate::DWORD,
                    ppstg: *mut *mut IStorage,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppstg.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppstg, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IStorage,
                            >::from_borrowed(pstgPriority.cast::<IStorage>())
                        };
                        let __unicode = true;
                        // SAFETY: a non-null array from the caller is
                        // null-terminated, its strings NUL-terminated and
                        // readable for the call; the view checks lengths and
                        // alignment.
                        let arg3 = match unsafe {
                            crate::value::StrRef::array_from_raw(
                                snbExclude.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if ppstg.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::open_storage(
                            object.inner(),
                            arg0,
                            arg1,
                            grfMode,
                            arg3.as_deref(),
                            reserved,
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppstg.write(arg5.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyTo: {
                /// `IStorage::CopyTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ciidExclude: crate::DWORD,
                    rgiidExclude: *const crate::IID,
                    snbExclude: SNB,
                    pstgDest: *mut IStorage,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = if rgiidExclude.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `ciidExclude` valid
                                // elements at `rgiidExclude` (null, misaligned
                                // and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        crate::IID,
                                    >(rgiidExclude.cast(), ciidExclude as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        let __unicode = true;
                        // SAFETY: a non-null array from the caller is
                        // null-terminated, its strings NUL-terminated and
                        // readable for the call; the view checks lengths and
                        // alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::array_from_raw(
                                snbExclude.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                IStorage,
                            >::from_borrowed(pstgDest.cast::<IStorage>())
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::copy_to(
                            object.inner(),
                            arg1,
                            arg2.as_deref(),
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
            MoveElementTo: {
                /// `IStorage::MoveElementTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                    pstgDest: *mut IStorage,
                    pwcsNewName: *const crate::OLECHAR,
                    grfFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IStorage,
                            >::from_borrowed(pstgDest.cast::<IStorage>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsNewName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::move_element_to(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            grfFlags,
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
            Commit: {
                /// `IStorage::Commit`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    grfCommitFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <StreamCommitFlags as crate::FlagSet>::check_input_for(
                            grfCommitFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::commit(object.inner(), arg0) {
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
            Revert: {
                /// `IStorage::Revert`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::revert(object.inner()) {
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
            EnumElements: {
                /// `IStorage::EnumElements`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    reserved1: crate::DWORD,
                    reserved2: *mut ::core::ffi::c_void,
                    reserved3: crate::DWORD,
                    ppenum: *mut *mut IEnumSTATSTG,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppenum.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppenum, 0, 1) };
                        }
                        if !reserved2.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppenum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::enum_elements(
                            object.inner(),
                            reserved1,
                            reserved3,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppenum.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DestroyElement: {
                /// `IStorage::DestroyElement`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
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
                        match <O::Inner as IStorageImpl>::destroy_element(
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
            RenameElement: {
                /// `IStorage::RenameElement`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsOldName: *const crate::OLECHAR,
                    pwcsNewName: *const crate::OLECHAR,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsOldName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsNewName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
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
                        match <O::Inner as IStorageImpl>::rename_element(
                            object.inner(),
                            arg0,
                            arg1,
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
            SetElementTimes: {
                /// `IStorage::SetElementTimes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwcsName: *const crate::OLECHAR,
                    pctime: *const crate::FILETIME,
                    patime: *const crate::FILETIME,
                    pmtime: *const crate::FILETIME,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(pwcsName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = if pctime.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                pctime.cast::<crate::FILETIME>().read_unaligned()
                            })
                        };
                        let arg2 = if patime.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                patime.cast::<crate::FILETIME>().read_unaligned()
                            })
                        };
                        let arg3 = if pmtime.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                pmtime.cast::<crate::FILETIME>().read_unaligned()
                            })
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::set_element_times(
                            object.inner(),
                            arg0,
                            arg1.as_ref(),
                            arg2.as_ref(),
                            arg3.as_ref(),
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
            SetClass: {
                /// `IStorage::SetClass`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    clsid: crate::REFCLSID,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if clsid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                clsid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::set_class(
                            object.inner(),
                            &arg0,
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
            SetStateBits: {
                /// `IStorage::SetStateBits`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    grfStateBits: crate::DWORD,
                    grfMask: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::set_state_bits(
                            object.inner(),
                            grfStateBits,
                            grfMask,
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
            Stat: {
                /// `IStorage::Stat`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pstatstg: *mut STATSTG,
                    grfStatFlag: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IStorageImpl,
                {
                    crate::__private::guard(|| {
                        if !pstatstg.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe {
                                pstatstg
                                    .write_unaligned(
                                        <crate::value::StatStg as crate::value::TaskRecord>::zeroed(),
                                    )
                            };
                        }
                        if pstatstg.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg1 = match <StreamStatFlags as crate::FlagSet>::check_input_for(
                            grfStatFlag,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IStorageImpl>::stat(object.inner(), arg1) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match crate::value::TaskOne::<
                                    crate::value::StatStg,
                                >::new(&arg0) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the blocks.
                                unsafe { pstatstg.write_unaligned(__buf0.into_raw()) };
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
impl crate::__private::InterfaceChain for IStorage {
    const IIDS: &'static [u128] = &[
        0x0000000b_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IUnknown`).
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IUnknown {}
#[cfg(feature = "client")]
/// SAFETY: `IPersist` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IPersist {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IPersist`).
#[automatically_derived]
unsafe impl crate::Inherits<IPersist> for IPersist {}
#[cfg(feature = "client")]
/// The caller side of [`IPersist`]: its methods, called through the vtable, on every `ComPtr` to `IPersist` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IPersistExt {
    /// Returns the class identifier of the code that can load the object.
    ///
    /// # Parameters
    ///
    /// - `pClassID` (`CLSID*`, out): Receives the class identifier.
    ///
    /// Calls slot 3 of the vtable, [`IPersistVtbl::GetClassID`]. In Rust:
    ///
    /// - Returns `pClassID`.
    fn get_class_id(&self) -> ::core::result::Result<crate::CLSID, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IPersist>> IPersistExt for crate::ComPtr<T> {
    fn get_class_id(&self) -> ::core::result::Result<crate::CLSID, crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a0: crate::CLSID = unsafe { ::core::mem::zeroed::<crate::CLSID>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersist>().GetClassID)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IPersistStreamInit` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IPersistStreamInit {}
#[cfg(feature = "client")]
/// SAFETY: `IPersistStreamInit` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IPersist> for IPersistStreamInit {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IPersistStreamInit`).
#[automatically_derived]
unsafe impl crate::Inherits<IPersistStreamInit> for IPersistStreamInit {}
#[cfg(feature = "client")]
/// The caller side of [`IPersistStreamInit`]: its methods, called through the vtable, on every `ComPtr` to `IPersistStreamInit` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IPersistStreamInitExt {
    /// Tells whether the object changed since it was last saved.
    ///
    /// Returns `S_OK` when it did, `S_FALSE` when it did not.
    ///
    /// Calls slot 4 of the vtable, [`IPersistStreamInitVtbl::IsDirty`].
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_dirty`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Loads the object from a stream, starting at the stream's seek
    /// position; instead of `InitNew`.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the object was already
    /// initialized.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`LPSTREAM`, in): The stream to read.
    ///
    /// Calls slot 5 of the vtable, [`IPersistStreamInitVtbl::Load`].
    fn load(
        &self,
        pStm: &crate::ComPtr<IStream>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Saves the object to a stream, at the stream's seek position.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`LPSTREAM`, in): The stream to write.
    /// - `fClearDirty` (`BOOL`, in): TRUE to mark the object clean after the save, FALSE to leave its state as it is.
    ///
    /// Calls slot 6 of the vtable, [`IPersistStreamInitVtbl::Save`].
    fn save(
        &self,
        pStm: &crate::ComPtr<IStream>,
        fClearDirty: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the most bytes `Save` would write.
    ///
    /// # Parameters
    ///
    /// - `pCbSize` (`ULARGE_INTEGER*`, out): Receives the size in bytes.
    ///
    /// Calls slot 7 of the vtable, [`IPersistStreamInitVtbl::GetSizeMax`]. In Rust:
    ///
    /// - Returns `pCbSize`.
    fn get_size_max(
        &self,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult>;
    /// Initializes the object empty; instead of `Load`.
    ///
    /// Returns `S_OK`, `E_OUTOFMEMORY`, or `E_UNEXPECTED` when the object
    /// was already initialized.
    ///
    /// Calls slot 8 of the vtable, [`IPersistStreamInitVtbl::InitNew`].
    fn init_new(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IPersistStreamInit>> IPersistStreamInitExt for crate::ComPtr<T> {
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistStreamInit>().IsDirty)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IPersistStreamInit>().IsDirty)(self.as_raw().cast())
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn load(
        &self,
        pStm: &crate::ComPtr<IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStm;
        let __a0: LPSTREAM = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistStreamInit>().Load)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save(
        &self,
        pStm: &crate::ComPtr<IStream>,
        fClearDirty: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStm;
        let __a0: LPSTREAM = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistStreamInit>()
                .Save)(self.as_raw().cast(), __a0, fClearDirty)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_size_max(
        &self,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a0: crate::ULARGE_INTEGER = unsafe { ::core::mem::zeroed::<crate::ULARGE_INTEGER>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistStreamInit>()
                .GetSizeMax)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn init_new(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistStreamInit>().InitNew)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IPersistStream` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IPersistStream {}
#[cfg(feature = "client")]
/// SAFETY: `IPersistStream` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IPersist> for IPersistStream {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IPersistStream`).
#[automatically_derived]
unsafe impl crate::Inherits<IPersistStream> for IPersistStream {}
#[cfg(feature = "client")]
/// The caller side of [`IPersistStream`]: its methods, called through the vtable, on every `ComPtr` to `IPersistStream` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IPersistStreamExt {
    /// Tells whether the object changed since it was last saved.
    ///
    /// Returns `S_OK` when it did, `S_FALSE` when it did not.
    ///
    /// Calls slot 4 of the vtable, [`IPersistStreamVtbl::IsDirty`].
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_dirty`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Loads the object from a stream, starting at the stream's seek
    /// position.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`IStream*`, in): The stream to read.
    ///
    /// Calls slot 5 of the vtable, [`IPersistStreamVtbl::Load`].
    fn load(
        &self,
        pStm: &crate::ComPtr<IStream>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Saves the object to a stream, at the stream's seek position.
    ///
    /// # Parameters
    ///
    /// - `pStm` (`IStream*`, in): The stream to write.
    /// - `fClearDirty` (`BOOL`, in): TRUE to mark the object clean after the save, FALSE to leave its state as it is.
    ///
    /// Calls slot 6 of the vtable, [`IPersistStreamVtbl::Save`].
    fn save(
        &self,
        pStm: &crate::ComPtr<IStream>,
        fClearDirty: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the most bytes `Save` would write.
    ///
    /// # Parameters
    ///
    /// - `pcbSize` (`ULARGE_INTEGER*`, out): Receives the size in bytes.
    ///
    /// Calls slot 7 of the vtable, [`IPersistStreamVtbl::GetSizeMax`]. In Rust:
    ///
    /// - Returns `pcbSize`.
    fn get_size_max(
        &self,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IPersistStream>> IPersistStreamExt for crate::ComPtr<T> {
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistStream>().IsDirty)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IPersistStream>().IsDirty)(self.as_raw().cast())
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn load(
        &self,
        pStm: &crate::ComPtr<IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStm;
        let __a0: *mut IStream = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistStream>().Load)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save(
        &self,
        pStm: &crate::ComPtr<IStream>,
        fClearDirty: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStm;
        let __a0: *mut IStream = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistStream>()
                .Save)(self.as_raw().cast(), __a0, fClearDirty)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_size_max(
        &self,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a0: crate::ULARGE_INTEGER = unsafe { ::core::mem::zeroed::<crate::ULARGE_INTEGER>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistStream>()
                .GetSizeMax)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IMalloc` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IMalloc {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMalloc`).
#[automatically_derived]
unsafe impl crate::Inherits<IMalloc> for IMalloc {}
#[cfg(feature = "client")]
/// The caller side of [`IMalloc`]: its methods, called through the vtable, on every `ComPtr` to `IMalloc` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMallocExt {
    /// Allocates a block of memory.
    ///
    /// Returns the new block, or null if the memory could not be allocated.
    /// The contents of the block are undefined.
    ///
    /// # Parameters
    ///
    /// - `cb` (`SIZE_T`, in): The size of the block, in bytes.
    ///
    /// Calls slot 3 of the vtable, [`IMallocVtbl::Alloc`].
    fn alloc(
        &self,
        cb: crate::SIZE_T,
    ) -> ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>;
    /// Changes the size of a block allocated by this allocator.
    ///
    /// The block may move; its contents are kept up to the smaller of the old
    /// and new sizes. A null `pv` allocates a new block; a zero `cb` frees
    /// `pv` and returns null. Returns the resized block, or null on failure
    /// (the original block is then untouched).
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to resize, or null.
    /// - `cb` (`SIZE_T`, in): The new size, in bytes.
    ///
    /// Calls slot 4 of the vtable, [`IMallocVtbl::Realloc`].
    ///
    /// # Safety
    ///
    /// - `pv` (`void*`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn realloc(
        &self,
        pv: *mut ::core::ffi::c_void,
        cb: crate::SIZE_T,
    ) -> ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>;
    /// Frees a block allocated by this allocator. Freeing null does nothing.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to free, or null.
    ///
    /// Calls slot 5 of the vtable, [`IMallocVtbl::Free`].
    ///
    /// # Safety
    ///
    /// - `pv` (`void*`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn free(&self, pv: *mut ::core::ffi::c_void);
    /// Returns the size in bytes of a block allocated by this allocator, or -1 (as `SIZE_T`) if `pv` is null.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to measure.
    ///
    /// Calls slot 6 of the vtable, [`IMallocVtbl::GetSize`].
    ///
    /// # Safety
    ///
    /// - `pv` (`void*`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn get_size(&self, pv: *mut ::core::ffi::c_void) -> crate::SIZE_T;
    /// Tells whether this allocator allocated a block.
    ///
    /// Returns 1 if it did, 0 if it did not, and -1 if it cannot tell.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, in): The block to test.
    ///
    /// Calls slot 7 of the vtable, [`IMallocVtbl::DidAlloc`].
    ///
    /// # Safety
    ///
    /// - `pv` (`void*`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn did_alloc(&self, pv: *mut ::core::ffi::c_void) -> i32;
    /// Returns unused memory to the operating system where possible.
    ///
    /// Calls slot 8 of the vtable, [`IMallocVtbl::HeapMinimize`].
    fn heap_minimize(&self);
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMalloc>> IMallocExt for crate::ComPtr<T> {
    fn alloc(
        &self,
        cb: crate::SIZE_T,
    ) -> ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe {
            ::core::ptr::NonNull::new(
                (self.base_vtable::<IMalloc>().Alloc)(self.as_raw().cast(), cb),
            )
        }
    }
    unsafe fn realloc(
        &self,
        pv: *mut ::core::ffi::c_void,
        cb: crate::SIZE_T,
    ) -> ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe {
            ::core::ptr::NonNull::new(
                (self.base_vtable::<IMalloc>().Realloc)(self.as_raw().cast(), pv, cb),
            )
        }
    }
    unsafe fn free(&self, pv: *mut ::core::ffi::c_void) {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe { (self.base_vtable::<IMalloc>().Free)(self.as_raw().cast(), pv) }
    }
    unsafe fn get_size(&self, pv: *mut ::core::ffi::c_void) -> crate::SIZE_T {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe { (self.base_vtable::<IMalloc>().GetSize)(self.as_raw().cast(), pv) }
    }
    unsafe fn did_alloc(&self, pv: *mut ::core::ffi::c_void) -> i32 {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe { (self.base_vtable::<IMalloc>().DidAlloc)(self.as_raw().cast(), pv) }
    }
    fn heap_minimize(&self) {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe { (self.base_vtable::<IMalloc>().HeapMinimize)(self.as_raw().cast()) }
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IClassFactory` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IClassFactory {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IClassFactory`).
#[automatically_derived]
unsafe impl crate::Inherits<IClassFactory> for IClassFactory {}
#[cfg(feature = "client")]
/// The caller side of [`IClassFactory`]: its methods, called through the vtable, on every `ComPtr` to `IClassFactory` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IClassFactoryExt {
    /// Makes a new object of the class and returns the interface `riid`
    /// asks for.
    ///
    /// The new object is not initialized: the caller follows up with the
    /// class's initialization interface (for a form, `IPersistMessage`).
    ///
    /// Returns:
    /// - `S_OK`: the object was made.
    /// - `CLASS_E_NOAGGREGATION`: `pUnkOuter` is not null and the class
    ///   cannot be aggregated.
    /// - `E_NOINTERFACE`: the object does not have the interface asked for.
    ///
    /// # Parameters
    ///
    /// - `pUnkOuter` (`IUnknown*`, in): The controlling `IUnknown` when the object is made as part of an aggregate (then `riid` must be `IID_IUnknown`); null otherwise.
    /// - `riid` (`REFIID`, in): The interface to return.
    /// - `ppvObject` (`void**`, out): Receives the interface pointer, or null on failure.
    ///
    /// Calls slot 3 of the vtable, [`IClassFactoryVtbl::CreateInstance`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObject`.
    fn create_instance<U: crate::Interface>(
        &self,
        pUnkOuter: ::core::option::Option<&crate::ComPtr<IUnknown>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Keeps the class's server loaded (`fLock` true) or lets it unload
    /// again (`fLock` false), so that objects can be made quickly.
    ///
    /// The calls nest: the server stays loaded until every lock is released.
    ///
    /// # Parameters
    ///
    /// - `fLock` (`BOOL`, in): TRUE to add a lock, FALSE to release one.
    ///
    /// Calls slot 4 of the vtable, [`IClassFactoryVtbl::LockServer`].
    fn lock_server(
        &self,
        fLock: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IClassFactory>> IClassFactoryExt for crate::ComPtr<T> {
    fn create_instance<U: crate::Interface>(
        &self,
        pUnkOuter: ::core::option::Option<&crate::ComPtr<IUnknown>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __a0: *mut IUnknown = match pUnkOuter {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::REFIID = ::core::ptr::from_ref(&__iid1);
        let mut __a2: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IClassFactory>()
                .CreateInstance)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r2 = unsafe { crate::ComPtr::<U>::from_raw(__a2.cast()) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r2)
    }
    fn lock_server(
        &self,
        fLock: crate::BOOL,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IClassFactory>().LockServer)(self.as_raw().cast(), fLock)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(feature = "client")]
/// SAFETY: `ISequentialStream` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for ISequentialStream {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`ISequentialStream`).
#[automatically_derived]
unsafe impl crate::Inherits<ISequentialStream> for ISequentialStream {}
#[cfg(feature = "client")]
/// The caller side of [`ISequentialStream`]: its methods, called through the vtable, on every `ComPtr` to `ISequentialStream` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait ISequentialStreamExt {
    /// Reads bytes from the current seek pointer and advances it.
    ///
    /// Reading fewer bytes than asked is not an error: at the end of the
    /// stream the call succeeds with `*pcbRead` smaller than `cb` (possibly 0).
    /// Returns `S_OK`, `S_FALSE` (fewer bytes than requested), or a storage error.
    ///
    /// # Parameters
    ///
    /// - `pv` (`void*`, out): Receives the bytes read.
    /// - `cb` (`ULONG`, in): The number of bytes to read.
    /// - `pcbRead` (`ULONG*`, out): Receives the number of bytes actually read; may be null.
    ///
    /// Calls slot 3 of the vtable, [`ISequentialStreamVtbl::Read`]. In Rust:
    ///
    /// - `cb` is the length of `pv` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pcbRead`.
    fn read(
        &self,
        pv: &mut [u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Writes bytes at the current seek pointer and advances it, growing the stream if needed.
    ///
    /// Returns `S_OK`, or a storage error such as `STG_E_MEDIUMFULL` or `STG_E_ACCESSDENIED`.
    ///
    /// # Parameters
    ///
    /// - `pv` (`const void*`, in): The bytes to write.
    /// - `cb` (`ULONG`, in): The number of bytes to write.
    /// - `pcbWritten` (`ULONG*`, out): Receives the number of bytes actually written; may be null.
    ///
    /// Calls slot 4 of the vtable, [`ISequentialStreamVtbl::Write`]. In Rust:
    ///
    /// - `cb` is the length of `pv` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pcbWritten`.
    fn write(&self, pv: &[u8]) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<ISequentialStream>> ISequentialStreamExt for crate::ComPtr<T> {
    fn read(
        &self,
        pv: &mut [u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = pv;
        let (__a0, __a1): (*mut ::core::ffi::c_void, crate::ULONG) = (
            __s.as_mut_ptr().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ISequentialStream>()
                .Read)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn write(&self, pv: &[u8]) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = pv;
        let (__a0, __a1): (*const ::core::ffi::c_void, crate::ULONG) = (
            __s.as_ptr().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ISequentialStream>()
                .Write)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IStream` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IStream {}
#[cfg(feature = "client")]
/// SAFETY: `IStream` derives from `ISequentialStream`: its vtable begins with `ISequentialStream`'s.
#[automatically_derived]
unsafe impl crate::Inherits<ISequentialStream> for IStream {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IStream`).
#[automatically_derived]
unsafe impl crate::Inherits<IStream> for IStream {}
#[cfg(feature = "client")]
/// The caller side of [`IStream`]: its methods, called through the vtable, on every `ComPtr` to `IStream` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IStreamExt {
    /// Moves the seek pointer.
    ///
    /// The new position is `dlibMove` relative to the origin `dwOrigin`
    /// (`STREAM_SEEK_SET`, `STREAM_SEEK_CUR` or `STREAM_SEEK_END`). Seeking past
    /// the end is allowed; seeking before the start returns
    /// `STG_E_INVALIDFUNCTION`.
    ///
    /// # Parameters
    ///
    /// - `dlibMove` (`LARGE_INTEGER`, in): The signed displacement from the origin.
    /// - `dwOrigin` (`DWORD`, in): The origin: one of the `STREAM_SEEK_*` values.
    /// - `plibNewPosition` (`ULARGE_INTEGER*`, out): Receives the new position from the start of the stream; may be null.
    ///
    /// Calls slot 5 of the vtable, [`IStreamVtbl::Seek`]. In Rust:
    ///
    /// - Returns `plibNewPosition`.
    fn seek(
        &self,
        dlibMove: crate::LARGE_INTEGER,
        dwOrigin: crate::DWORD,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult>;
    /// Changes the size of the stream, truncating it or extending it with undefined bytes.
    ///
    /// The seek pointer does not move.
    ///
    /// # Parameters
    ///
    /// - `libNewSize` (`ULARGE_INTEGER`, in): The new size, in bytes.
    ///
    /// Calls slot 6 of the vtable, [`IStreamVtbl::SetSize`].
    fn set_size(
        &self,
        libNewSize: crate::ULARGE_INTEGER,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies bytes from the current seek pointer of this stream to the current seek pointer of another.
    ///
    /// Both seek pointers advance by the number of bytes copied.
    ///
    /// # Parameters
    ///
    /// - `pstm` (`IStream*`, in): The destination stream.
    /// - `cb` (`ULARGE_INTEGER`, in): The number of bytes to copy.
    /// - `pcbRead` (`ULARGE_INTEGER*`, out): Receives the number of bytes read from this stream; may be null.
    /// - `pcbWritten` (`ULARGE_INTEGER*`, out): Receives the number of bytes written to the destination; may be null.
    ///
    /// Calls slot 7 of the vtable, [`IStreamVtbl::CopyTo`]. In Rust:
    ///
    /// - Returns `(pcbRead, pcbWritten)`.
    fn copy_to(
        &self,
        pstm: &crate::ComPtr<IStream>,
        cb: crate::ULARGE_INTEGER,
    ) -> ::core::result::Result<
        (crate::ULARGE_INTEGER, crate::ULARGE_INTEGER),
        crate::Hresult,
    >;
    /// Makes the changes of a transacted stream permanent; flushes buffers of a direct one.
    ///
    /// Streams opened with `IMAPIProp::OpenProperty` are written back to the
    /// property by `Commit`; the owning object still needs `SaveChanges`.
    ///
    /// # Parameters
    ///
    /// - `grfCommitFlags` (`DWORD`, in): `STGC_*` values controlling the commit; 0 for the default.
    ///
    /// Calls slot 8 of the vtable, [`IStreamVtbl::Commit`].
    fn commit(
        &self,
        grfCommitFlags: StreamCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Discards the changes made to a transacted stream since the last `Commit`.
    ///
    /// Calls slot 9 of the vtable, [`IStreamVtbl::Revert`].
    fn revert(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Locks a range of bytes against other openers.
    ///
    /// Returns `STG_E_INVALIDFUNCTION` when the stream does not support the
    /// lock type, and `STG_E_LOCKVIOLATION` when the range is already locked.
    ///
    /// # Parameters
    ///
    /// - `libOffset` (`ULARGE_INTEGER`, in): The first byte of the range.
    /// - `cb` (`ULARGE_INTEGER`, in): The length of the range, in bytes.
    /// - `dwLockType` (`DWORD`, in): The kind of lock: one `LOCK_*` value.
    ///
    /// Calls slot 10 of the vtable, [`IStreamVtbl::LockRegion`].
    fn lock_region(
        &self,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: StreamLockRegionFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes a lock set by `LockRegion`; the range and lock type must match it exactly.
    ///
    /// # Parameters
    ///
    /// - `libOffset` (`ULARGE_INTEGER`, in): The first byte of the range.
    /// - `cb` (`ULARGE_INTEGER`, in): The length of the range, in bytes.
    /// - `dwLockType` (`DWORD`, in): The kind of lock that was set: one `LOCK_*` value.
    ///
    /// Calls slot 11 of the vtable, [`IStreamVtbl::UnlockRegion`].
    fn unlock_region(
        &self,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: StreamLockRegionFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns statistics about the stream.
    ///
    /// Unless `STATFLAG_NONAME` is given, the caller frees
    /// `pstatstg->pwcsName` with `CoTaskMemFree`.
    ///
    /// # Parameters
    ///
    /// - `pstatstg` (`STATSTG*`, out): Receives the statistics.
    /// - `grfStatFlag` (`DWORD`, in): `STATFLAG_*` values; 0 for the default.
    ///
    /// Calls slot 12 of the vtable, [`IStreamVtbl::Stat`]. In Rust:
    ///
    /// - Returns `pstatstg`.
    fn stat(
        &self,
        grfStatFlag: StreamStatFlags,
    ) -> ::core::result::Result<crate::value::StatStg, crate::Hresult>;
    /// Creates a second stream object on the same bytes, with its own seek pointer starting at the same position.
    ///
    /// # Parameters
    ///
    /// - `ppstm` (`IStream**`, out): Receives the new stream.
    ///
    /// Calls slot 13 of the vtable, [`IStreamVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppstm`.
    fn clone_(&self) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IStream>> IStreamExt for crate::ComPtr<T> {
    fn seek(
        &self,
        dlibMove: crate::LARGE_INTEGER,
        dwOrigin: crate::DWORD,
    ) -> ::core::result::Result<crate::ULARGE_INTEGER, crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a2: crate::ULARGE_INTEGER = unsafe { ::core::mem::zeroed::<crate::ULARGE_INTEGER>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStream>()
                .Seek)(self.as_raw().cast(), dlibMove, dwOrigin, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn set_size(
        &self,
        libNewSize: crate::ULARGE_INTEGER,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IStream>().SetSize)(self.as_raw().cast(), libNewSize)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_to(
        &self,
        pstm: &crate::ComPtr<IStream>,
        cb: crate::ULARGE_INTEGER,
    ) -> ::core::result::Result<
        (crate::ULARGE_INTEGER, crate::ULARGE_INTEGER),
        crate::Hresult,
    > {
        let __r = pstm;
        let __a0: *mut IStream = __r.as_raw();
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a2: crate::ULARGE_INTEGER = unsafe { ::core::mem::zeroed::<crate::ULARGE_INTEGER>() };
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a3: crate::ULARGE_INTEGER = unsafe { ::core::mem::zeroed::<crate::ULARGE_INTEGER>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStream>()
                .CopyTo)(self.as_raw().cast(), __a0, cb, &mut __a2, &mut __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a2, __a3))
    }
    fn commit(
        &self,
        grfCommitFlags: StreamCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStream>()
                .Commit)(self.as_raw().cast(), grfCommitFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn revert(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IStream>().Revert)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn lock_region(
        &self,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: StreamLockRegionFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStream>()
                .LockRegion)(self.as_raw().cast(), libOffset, cb, dwLockType.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn unlock_region(
        &self,
        libOffset: crate::ULARGE_INTEGER,
        cb: crate::ULARGE_INTEGER,
        dwLockType: StreamLockRegionFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStream>()
                .UnlockRegion)(self.as_raw().cast(), libOffset, cb, dwLockType.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn stat(
        &self,
        grfStatFlag: StreamStatFlags,
    ) -> ::core::result::Result<crate::value::StatStg, crate::Hresult> {
        let mut __a0 = <crate::value::StatStg as crate::value::TaskRecord>::zeroed();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStream>()
                .Stat)(self.as_raw().cast(), &mut __a0, grfStatFlag.bits())
        };
        // SAFETY: a record the object filled in with blocks of the task
        // allocator, or left empty.
        let __r0 = unsafe {
            crate::value::TaskOne::<crate::value::StatStg>::take(&mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = __r0?;
        ::core::result::Result::Ok(__r0)
    }
    fn clone_(&self) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult> {
        let mut __a0: *mut IStream = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IStream>().Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IStream>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IEnumSTATSTG` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IEnumSTATSTG {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IEnumSTATSTG`).
#[automatically_derived]
unsafe impl crate::Inherits<IEnumSTATSTG> for IEnumSTATSTG {}
#[cfg(feature = "client")]
/// The caller side of [`IEnumSTATSTG`]: its methods, called through the vtable, on every `ComPtr` to `IEnumSTATSTG` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IEnumSTATSTGExt {
    /// Returns up to `celt` further elements.
    ///
    /// Returns `S_OK` when `celt` elements were returned and `S_FALSE` when fewer
    /// were left. The caller frees each `pwcsName` with `CoTaskMemFree`.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of elements wanted.
    /// - `rgelt` (`STATSTG*`, out): Receives the elements.
    /// - `pceltFetched` (`ULONG*`, out): Receives the number of elements returned; may be null only when `celt` is 1.
    ///
    /// Calls slot 3 of the vtable, [`IEnumSTATSTGVtbl::Next`]. In Rust:
    ///
    /// - `rgelt` is an array of `celt` entries this method provides (more than 2^20 is `MAPI_E_INVALID_PARAMETER`); the entries the object fills in, `pceltFetched` of them, are returned as records and their task memory (the MIME allocator's) freed.
    /// - Returns `rgelt`.
    fn next(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::StatStg>, crate::Hresult>;
    /// Skips `celt` elements. Returns `S_FALSE` if fewer were left.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of elements to skip.
    ///
    /// Calls slot 4 of the vtable, [`IEnumSTATSTGVtbl::Skip`].
    fn skip(&self, celt: crate::ULONG) -> ::core::result::Result<(), crate::Hresult>;
    /// Goes back to the first element.
    ///
    /// Calls slot 5 of the vtable, [`IEnumSTATSTGVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Creates a second enumerator at the same position.
    ///
    /// # Parameters
    ///
    /// - `ppenum` (`IEnumSTATSTG**`, out): Receives the new enumerator.
    ///
    /// Calls slot 6 of the vtable, [`IEnumSTATSTGVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppenum`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumSTATSTG>, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IEnumSTATSTG>> IEnumSTATSTGExt for crate::ComPtr<T> {
    fn next(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::StatStg>, crate::Hresult> {
        let mut __a1 = crate::value::TaskEntries::<crate::value::StatStg>::buffer(celt)?;
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IEnumSTATSTG>()
                .Next)(self.as_raw().cast(), celt, __a1.as_mut_ptr(), &mut __a2)
        };
        // SAFETY: the entries are zeroed or filled in by the object with blocks
        // of the task allocator.
        let __r1 = unsafe {
            crate::value::TaskEntries::<crate::value::StatStg>::adopt(&mut __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn skip(&self, celt: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IEnumSTATSTG>().Skip)(self.as_raw().cast(), celt)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IEnumSTATSTG>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumSTATSTG>, crate::Hresult> {
        let mut __a0: *mut IEnumSTATSTG = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IEnumSTATSTG>().Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IEnumSTATSTG>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IStorage` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IUnknown> for IStorage {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IStorage`).
#[automatically_derived]
unsafe impl crate::Inherits<IStorage> for IStorage {}
#[cfg(feature = "client")]
/// The caller side of [`IStorage`]: its methods, called through the vtable, on every `ComPtr` to `IStorage` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IStorageExt {
    /// Creates a stream in this storage and opens it.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the new stream (at most 31 characters).
    /// - `grfMode` (`DWORD`, in): `STGM_*` access, sharing and creation mode; must include `STGM_SHARE_EXCLUSIVE`.
    /// - `reserved1` (`DWORD`, in): Reserved; must be 0.
    /// - `reserved2` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstm` (`IStream**`, out): Receives the new stream.
    ///
    /// Calls slot 3 of the vtable, [`IStorageVtbl::CreateStream`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppstm`.
    fn create_stream(
        &self,
        pwcsName: &str,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult>;
    /// Opens an existing stream of this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the stream.
    /// - `reserved1` (`void*`, in): Reserved; must be null.
    /// - `grfMode` (`DWORD`, in): `STGM_*` access and sharing mode; must include `STGM_SHARE_EXCLUSIVE`.
    /// - `reserved2` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstm` (`IStream**`, out): Receives the stream.
    ///
    /// Calls slot 4 of the vtable, [`IStorageVtbl::OpenStream`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `reserved1` is reserved: null is passed.
    /// - Returns `ppstm`.
    fn open_stream(
        &self,
        pwcsName: &str,
        grfMode: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult>;
    /// Creates a substorage of this storage and opens it.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the new storage (at most 31 characters).
    /// - `grfMode` (`DWORD`, in): `STGM_*` access, sharing and creation mode.
    /// - `reserved1` (`DWORD`, in): Reserved; must be 0.
    /// - `reserved2` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstg` (`IStorage**`, out): Receives the new storage.
    ///
    /// Calls slot 5 of the vtable, [`IStorageVtbl::CreateStorage`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppstg`.
    fn create_storage(
        &self,
        pwcsName: &str,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStorage>, crate::Hresult>;
    /// Opens an existing substorage of this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the storage; null when `pstgPriority` is given.
    /// - `pstgPriority` (`IStorage*`, in): A storage previously opened in priority mode to reopen, or null.
    /// - `grfMode` (`DWORD`, in): `STGM_*` access and sharing mode.
    /// - `snbExclude` (`SNB`, in): Names of elements to leave out of the opened storage; must be null unless `STGM_PRIORITY` is used.
    /// - `reserved` (`DWORD`, in): Reserved; must be 0.
    /// - `ppstg` (`IStorage**`, out): Receives the storage.
    ///
    /// Calls slot 6 of the vtable, [`IStorageVtbl::OpenStorage`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `snbExclude` is passed as a null-terminated array of strings of the call's width (a NUL inside one is `MAPI_E_INVALID_PARAMETER`).
    /// - Returns `ppstg`.
    fn open_storage(
        &self,
        pwcsName: ::core::option::Option<&str>,
        pstgPriority: ::core::option::Option<&crate::ComPtr<IStorage>>,
        grfMode: crate::DWORD,
        snbExclude: ::core::option::Option<&[&str]>,
        reserved: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStorage>, crate::Hresult>;
    /// Copies the whole contents of this storage into another, except what is excluded.
    ///
    /// # Parameters
    ///
    /// - `ciidExclude` (`DWORD`, in): The number of interface identifiers in `rgiidExclude`.
    /// - `rgiidExclude` (`const IID*`, in): Interfaces whose data is not copied (for example `IID_IStorage` to skip substorages); may be null.
    /// - `snbExclude` (`SNB`, in): Names of elements not to copy; may be null.
    /// - `pstgDest` (`IStorage*`, in): The destination storage.
    ///
    /// Calls slot 7 of the vtable, [`IStorageVtbl::CopyTo`]. In Rust:
    ///
    /// - `ciidExclude` is the length of `rgiidExclude` (in elements); more than `DWORD` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `snbExclude` is passed as a null-terminated array of strings of the call's width (a NUL inside one is `MAPI_E_INVALID_PARAMETER`).
    fn copy_to(
        &self,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        snbExclude: ::core::option::Option<&[&str]>,
        pstgDest: &crate::ComPtr<IStorage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies or moves an element of this storage to another storage, optionally renaming it.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the element.
    /// - `pstgDest` (`IStorage*`, in): The destination storage.
    /// - `pwcsNewName` (`const OLECHAR*`, in): The name of the element in the destination.
    /// - `grfFlags` (`DWORD`, in): `STGMOVE_MOVE` (0) to move or `STGMOVE_COPY` (1) to copy.
    ///
    /// Calls slot 8 of the vtable, [`IStorageVtbl::MoveElementTo`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pwcsNewName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn move_element_to(
        &self,
        pwcsName: &str,
        pstgDest: &crate::ComPtr<IStorage>,
        pwcsNewName: &str,
        grfFlags: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Makes the changes of a transacted storage permanent, or flushes a direct one.
    ///
    /// # Parameters
    ///
    /// - `grfCommitFlags` (`DWORD`, in): `STGC_*` values controlling the commit; 0 for the default.
    ///
    /// Calls slot 9 of the vtable, [`IStorageVtbl::Commit`].
    fn commit(
        &self,
        grfCommitFlags: StreamCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Discards the changes made to a transacted storage since the last `Commit`.
    ///
    /// Calls slot 10 of the vtable, [`IStorageVtbl::Revert`].
    fn revert(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns an enumerator over the elements directly contained in this storage.
    ///
    /// # Parameters
    ///
    /// - `reserved1` (`DWORD`, in): Reserved; must be 0.
    /// - `reserved2` (`void*`, in): Reserved; must be null.
    /// - `reserved3` (`DWORD`, in): Reserved; must be 0.
    /// - `ppenum` (`IEnumSTATSTG**`, out): Receives the enumerator.
    ///
    /// Calls slot 11 of the vtable, [`IStorageVtbl::EnumElements`]. In Rust:
    ///
    /// - `reserved2` is reserved: null is passed.
    /// - Returns `ppenum`.
    fn enum_elements(
        &self,
        reserved1: crate::DWORD,
        reserved3: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IEnumSTATSTG>, crate::Hresult>;
    /// Removes an element, and everything below it, from this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the element.
    ///
    /// Calls slot 12 of the vtable, [`IStorageVtbl::DestroyElement`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn destroy_element(
        &self,
        pwcsName: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Renames an element of this storage.
    ///
    /// # Parameters
    ///
    /// - `pwcsOldName` (`const OLECHAR*`, in): The current name.
    /// - `pwcsNewName` (`const OLECHAR*`, in): The new name.
    ///
    /// Calls slot 13 of the vtable, [`IStorageVtbl::RenameElement`]. In Rust:
    ///
    /// - `pwcsOldName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pwcsNewName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn rename_element(
        &self,
        pwcsOldName: &str,
        pwcsNewName: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets the creation, access and modification times of an element, or of this storage when the name is null.
    ///
    /// # Parameters
    ///
    /// - `pwcsName` (`const OLECHAR*`, in): The name of the element, or null for this storage.
    /// - `pctime` (`const FILETIME*`, in): The new creation time, or null to leave it.
    /// - `patime` (`const FILETIME*`, in): The new access time, or null to leave it.
    /// - `pmtime` (`const FILETIME*`, in): The new modification time, or null to leave it.
    ///
    /// Calls slot 14 of the vtable, [`IStorageVtbl::SetElementTimes`]. In Rust:
    ///
    /// - `pwcsName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_element_times(
        &self,
        pwcsName: ::core::option::Option<&str>,
        pctime: ::core::option::Option<&crate::FILETIME>,
        patime: ::core::option::Option<&crate::FILETIME>,
        pmtime: ::core::option::Option<&crate::FILETIME>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Records a class identifier in this storage.
    ///
    /// # Parameters
    ///
    /// - `clsid` (`REFCLSID`, in): The class identifier to record.
    ///
    /// Calls slot 15 of the vtable, [`IStorageVtbl::SetClass`].
    fn set_class(
        &self,
        clsid: &crate::CLSID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets up to 32 state bits of this storage, under a mask.
    ///
    /// # Parameters
    ///
    /// - `grfStateBits` (`DWORD`, in): The new values of the bits.
    /// - `grfMask` (`DWORD`, in): The bits to change.
    ///
    /// Calls slot 16 of the vtable, [`IStorageVtbl::SetStateBits`].
    fn set_state_bits(
        &self,
        grfStateBits: crate::DWORD,
        grfMask: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns statistics about this storage.
    ///
    /// Unless `STATFLAG_NONAME` is given, the caller frees
    /// `pstatstg->pwcsName` with `CoTaskMemFree`.
    ///
    /// # Parameters
    ///
    /// - `pstatstg` (`STATSTG*`, out): Receives the statistics.
    /// - `grfStatFlag` (`DWORD`, in): `STATFLAG_*` values; 0 for the default.
    ///
    /// Calls slot 17 of the vtable, [`IStorageVtbl::Stat`]. In Rust:
    ///
    /// - Returns `pstatstg`.
    fn stat(
        &self,
        grfStatFlag: StreamStatFlags,
    ) -> ::core::result::Result<crate::value::StatStg, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IStorage>> IStorageExt for crate::ComPtr<T> {
    fn create_stream(
        &self,
        pwcsName: &str,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pwcsName, true)?;
        let __s = &__b0;
        let __a0: *const crate::OLECHAR = __s.as_ptr().cast();
        let mut __a4: *mut IStream = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .CreateStream)(
                self.as_raw().cast(),
                __a0,
                grfMode,
                reserved1,
                reserved2,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IStream>::from_raw(__a4) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r4)
    }
    fn open_stream(
        &self,
        pwcsName: &str,
        grfMode: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStream>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pwcsName, true)?;
        let __s = &__b0;
        let __a0: *const crate::OLECHAR = __s.as_ptr().cast();
        let mut __a4: *mut IStream = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .OpenStream)(
                self.as_raw().cast(),
                __a0,
                ::core::ptr::null_mut(),
                grfMode,
                reserved2,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IStream>::from_raw(__a4) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r4)
    }
    fn create_storage(
        &self,
        pwcsName: &str,
        grfMode: crate::DWORD,
        reserved1: crate::DWORD,
        reserved2: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStorage>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pwcsName, true)?;
        let __s = &__b0;
        let __a0: *const crate::OLECHAR = __s.as_ptr().cast();
        let mut __a4: *mut IStorage = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .CreateStorage)(
                self.as_raw().cast(),
                __a0,
                grfMode,
                reserved1,
                reserved2,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IStorage>::from_raw(__a4) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r4)
    }
    fn open_storage(
        &self,
        pwcsName: ::core::option::Option<&str>,
        pstgPriority: ::core::option::Option<&crate::ComPtr<IStorage>>,
        grfMode: crate::DWORD,
        snbExclude: ::core::option::Option<&[&str]>,
        reserved: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IStorage>, crate::Hresult> {
        let __b0 = match pwcsName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, true)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: *const crate::OLECHAR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a1: *mut IStorage = match pstgPriority {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b3 = match snbExclude {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_array_in(__t, true)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: SNB = match &__b3 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a5: *mut IStorage = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .OpenStorage)(
                self.as_raw().cast(),
                __a0,
                __a1,
                grfMode,
                __a3,
                reserved,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r5 = unsafe { crate::ComPtr::<IStorage>::from_raw(__a5) };
        let __r5 = __r5.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r5)
    }
    fn copy_to(
        &self,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        snbExclude: ::core::option::Option<&[&str]>,
        pstgDest: &crate::ComPtr<IStorage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let (__a1, __a0): (*const crate::IID, crate::DWORD) = match rgiidExclude {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr(),
                    <crate::DWORD as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null(), 0),
        };
        let __b2 = match snbExclude {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_array_in(__t, true)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: SNB = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __r = pstgDest;
        let __a3: *mut IStorage = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .CopyTo)(self.as_raw().cast(), __a0, __a1, __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn move_element_to(
        &self,
        pwcsName: &str,
        pstgDest: &crate::ComPtr<IStorage>,
        pwcsNewName: &str,
        grfFlags: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pwcsName, true)?;
        let __s = &__b0;
        let __a0: *const crate::OLECHAR = __s.as_ptr().cast();
        let __r = pstgDest;
        let __a1: *mut IStorage = __r.as_raw();
        let __b2 = crate::__private::call::str_in(pwcsNewName, true)?;
        let __s = &__b2;
        let __a2: *const crate::OLECHAR = __s.as_ptr().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .MoveElementTo)(self.as_raw().cast(), __a0, __a1, __a2, grfFlags)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn commit(
        &self,
        grfCommitFlags: StreamCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .Commit)(self.as_raw().cast(), grfCommitFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn revert(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IStorage>().Revert)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn enum_elements(
        &self,
        reserved1: crate::DWORD,
        reserved3: crate::DWORD,
    ) -> ::core::result::Result<crate::ComPtr<IEnumSTATSTG>, crate::Hresult> {
        let mut __a3: *mut IEnumSTATSTG = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .EnumElements)(
                self.as_raw().cast(),
                reserved1,
                ::core::ptr::null_mut(),
                reserved3,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<IEnumSTATSTG>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn destroy_element(
        &self,
        pwcsName: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pwcsName, true)?;
        let __s = &__b0;
        let __a0: *const crate::OLECHAR = __s.as_ptr().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IStorage>().DestroyElement)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn rename_element(
        &self,
        pwcsOldName: &str,
        pwcsNewName: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pwcsOldName, true)?;
        let __s = &__b0;
        let __a0: *const crate::OLECHAR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(pwcsNewName, true)?;
        let __s = &__b1;
        let __a1: *const crate::OLECHAR = __s.as_ptr().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .RenameElement)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_element_times(
        &self,
        pwcsName: ::core::option::Option<&str>,
        pctime: ::core::option::Option<&crate::FILETIME>,
        patime: ::core::option::Option<&crate::FILETIME>,
        pmtime: ::core::option::Option<&crate::FILETIME>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = match pwcsName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, true)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: *const crate::OLECHAR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a1: *const crate::FILETIME = match pctime {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a2: *const crate::FILETIME = match patime {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a3: *const crate::FILETIME = match pmtime {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .SetElementTimes)(self.as_raw().cast(), __a0, __a1, __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_class(
        &self,
        clsid: &crate::CLSID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = clsid;
        let __a0: crate::REFCLSID = ::core::ptr::from_ref(__r);
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IStorage>().SetClass)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_state_bits(
        &self,
        grfStateBits: crate::DWORD,
        grfMask: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .SetStateBits)(self.as_raw().cast(), grfStateBits, grfMask)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn stat(
        &self,
        grfStatFlag: StreamStatFlags,
    ) -> ::core::result::Result<crate::value::StatStg, crate::Hresult> {
        let mut __a0 = <crate::value::StatStg as crate::value::TaskRecord>::zeroed();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IStorage>()
                .Stat)(self.as_raw().cast(), &mut __a0, grfStatFlag.bits())
        };
        // SAFETY: a record the object filled in with blocks of the task
        // allocator, or left empty.
        let __r0 = unsafe {
            crate::value::TaskOne::<crate::value::StatStg>::take(&mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = __r0?;
        ::core::result::Result::Ok(__r0)
    }
}

//! Raw vtable calls into a provider, wrapped so the sessions are safe code.
//!
//! Each wrapper presets every out-parameter to [`SENTINEL`], makes one call
//! through the object's vtable, and reports the code together with what the
//! provider did to each out-parameter. MAPI-allocated results are copied and
//! freed with the host's `MAPIFreeBuffer` before the wrapper returns.

use crate::alloc;
use crate::com::Obj;
use crate::props::{Prop, PropArray, TagArray, read_props, read_rows, read_tags};
use mapi_sys::*;
use std::ffi::c_void;

/// The value every pointer out-parameter holds before a call, so the host
/// can tell whether the provider wrote it.
pub const SENTINEL: usize = 0x0BAD_0BAD;

/// A pointer holding [`SENTINEL`].
pub fn sentinel<T>() -> *mut T {
    SENTINEL as *mut T
}

/// What a provider did to a pointer out-parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutPtr {
    /// Success with a pointer, or failure with null: as COM requires.
    Proper,
    /// Success, but the pointer was left untouched.
    NotWritten,
    /// Success, but the pointer is null.
    NullOnSuccess,
    /// Failure, but the pointer is not null.
    SetOnFailure,
}

impl OutPtr {
    /// Classifies pointer `p` after a call that returned `hr`.
    pub fn of<T>(hr: HRESULT, p: *const T) -> OutPtr {
        let p = p as usize;
        match (hr >= 0, p) {
            (true, SENTINEL) => OutPtr::NotWritten,
            (true, 0) => OutPtr::NullOnSuccess,
            (true, _) => OutPtr::Proper,
            (false, 0) => OutPtr::Proper,
            (false, _) => OutPtr::SetOnFailure,
        }
    }

    /// Describes a wrong use.
    pub fn describe(self) -> &'static str {
        match self {
            OutPtr::Proper => "as documented",
            OutPtr::NotWritten => "success, but the out-pointer was not written",
            OutPtr::NullOnSuccess => "success, but the out-pointer is null",
            OutPtr::SetOnFailure => "failure, but the out-pointer was not set to null",
        }
    }
}

/// Interfaces whose vtable begins with `IMAPIProp`'s.
///
/// # Safety
/// The interface must derive from `IMAPIProp`.
pub unsafe trait PropObject: Interface {}
// SAFETY: each derives from IMAPIProp.
unsafe impl PropObject for IMAPIProp {}
// SAFETY: as above.
unsafe impl PropObject for IMsgStore {}
// SAFETY: as above.
unsafe impl PropObject for IMAPIContainer {}
// SAFETY: as above.
unsafe impl PropObject for IMAPIFolder {}
// SAFETY: as above.
unsafe impl PropObject for IMessage {}
// SAFETY: as above.
unsafe impl PropObject for IAttach {}

fn prop_vt<T: PropObject>(o: &Obj<T>) -> &IMAPIPropVtbl {
    // SAFETY: `T` derives from IMAPIProp (the `PropObject` contract), so
    // its vtable starts with IMAPIProp's.
    unsafe { &**(o.raw() as *const *const IMAPIPropVtbl) }
}

fn container_vt(o: &Obj<IMAPIFolder>) -> &IMAPIContainerVtbl {
    &o.vt().base__
}

/// The result of `GetProps`.
#[derive(Debug)]
pub struct GetProps {
    /// The code.
    pub hr: HRESULT,
    /// `*lpcValues`.
    pub count: ULONG,
    /// The values, copied.
    pub props: Vec<Prop>,
    /// What happened to `lppPropArray`.
    pub out: OutPtr,
    /// Whether the array was one live block of the host's allocator.
    pub one_block: bool,
}

/// `IMAPIProp::GetProps(tags, flags)`; `None` asks for every property.
pub fn get_props<T: PropObject>(o: &Obj<T>, tags: Option<&[u32]>, flags: ULONG) -> GetProps {
    let mut array = tags.map(TagArray::new);
    let tag_ptr = array.as_mut().map_or(core::ptr::null_mut(), |a| a.as_ptr());
    let mut count: ULONG = 0xDEAD;
    let mut values: LPSPropValue = sentinel();
    // SAFETY: live object; the tag array and out-pointers are valid.
    let hr = unsafe { (prop_vt(o).GetProps)(o.raw(), tag_ptr, flags, &mut count, &mut values) };
    let out = OutPtr::of(hr, values);
    let mut r = GetProps {
        hr,
        count,
        props: Vec::new(),
        out,
        one_block: false,
    };
    if hr >= 0 && out == OutPtr::Proper {
        r.one_block = alloc::is_live_root(values.cast());
        // SAFETY: on success the provider returned `count` values.
        r.props = unsafe { read_props(values, count) };
        // SAFETY: the array is the caller's to free with MAPIFreeBuffer.
        unsafe { alloc::free_buffer(values.cast()) };
    }
    r
}

/// `IMAPIProp::GetPropList`: the code, the tags, and whether the array was
/// one live block.
pub fn get_prop_list<T: PropObject>(o: &Obj<T>, flags: ULONG) -> (HRESULT, Vec<u32>, bool) {
    let mut tags: LPSPropTagArray = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (prop_vt(o).GetPropList)(o.raw(), flags, &mut tags) };
    if hr < 0 || OutPtr::of(hr, tags) != OutPtr::Proper {
        return (hr, Vec::new(), false);
    }
    let one = alloc::is_live_root(tags.cast());
    // SAFETY: on success a valid tag array, the caller's to free.
    let v = unsafe { read_tags(tags) };
    // SAFETY: as above.
    unsafe { alloc::free_buffer(tags.cast()) };
    (hr, v, one)
}

/// The result of `SetProps` or `DeleteProps`.
#[derive(Debug)]
pub struct Problems {
    /// The code.
    pub hr: HRESULT,
    /// `(index, tag, scode)` of each reported problem.
    pub problems: Vec<(ULONG, ULONG, SCODE)>,
    /// Whether a non-null problem array was one live block.
    pub block_ok: bool,
}

/// Reads and frees a returned problem array.
fn take_problems(hr: HRESULT, p: LPSPropProblemArray) -> Problems {
    let mut r = Problems {
        hr,
        problems: Vec::new(),
        block_ok: true,
    };
    if hr >= 0 && !p.is_null() && p as usize != SENTINEL {
        r.block_ok = alloc::is_live_root(p.cast());
        // SAFETY: a valid problem array: a count, then the problems.
        unsafe {
            let n = (*p).cProblem as usize;
            let first = core::ptr::addr_of!((*p).aProblem).cast::<SPropProblem>();
            for i in 0..n {
                let q = &*first.add(i);
                r.problems.push((q.ulIndex, q.ulPropTag, q.scode));
            }
            alloc::free_buffer(p.cast());
        }
    }
    r
}

/// `IMAPIProp::SetProps` with a problem array requested.
pub fn set_props<T: PropObject>(o: &Obj<T>, values: &mut PropArray) -> Problems {
    let mut problems: LPSPropProblemArray = sentinel();
    // SAFETY: live object; the values and out-pointer are valid.
    let hr =
        unsafe { (prop_vt(o).SetProps)(o.raw(), values.len(), values.as_ptr(), &mut problems) };
    let problems = if problems as usize == SENTINEL {
        core::ptr::null_mut()
    } else {
        problems
    };
    take_problems(hr, problems)
}

/// `IMAPIProp::DeleteProps` with a problem array requested.
pub fn delete_props<T: PropObject>(o: &Obj<T>, tags: &[u32]) -> Problems {
    let mut array = TagArray::new(tags);
    let mut problems: LPSPropProblemArray = sentinel();
    // SAFETY: live object; the tag array and out-pointer are valid.
    let hr = unsafe { (prop_vt(o).DeleteProps)(o.raw(), array.as_ptr(), &mut problems) };
    let problems = if problems as usize == SENTINEL {
        core::ptr::null_mut()
    } else {
        problems
    };
    take_problems(hr, problems)
}

/// `IMAPIProp::SaveChanges`.
pub fn save_changes<T: PropObject>(o: &Obj<T>, flags: ULONG) -> HRESULT {
    // SAFETY: live object.
    unsafe { (prop_vt(o).SaveChanges)(o.raw(), flags) }
}

/// An object a call returned.
#[derive(Debug)]
pub struct Opened<T: Interface> {
    /// The code.
    pub hr: HRESULT,
    /// The object, on success with a written pointer.
    pub obj: Option<Obj<T>>,
    /// What happened to the object out-pointer.
    pub out: OutPtr,
    /// The object type out-parameter, where the method has one.
    pub obj_type: ULONG,
}

fn opened<T: Interface>(hr: HRESULT, p: *mut T, obj_type: ULONG) -> Opened<T> {
    let out = OutPtr::of(hr, p);
    let obj = if hr >= 0 && out == OutPtr::Proper {
        // SAFETY: on success the provider returned one reference to a
        // live object of the interface asked for.
        unsafe { Obj::from_out(p) }
    } else {
        None
    };
    Opened {
        hr,
        obj,
        out,
        obj_type,
    }
}

/// An entry ID argument: `(cb, pointer)`; empty means `(0, null)`.
fn eid(id: &[u8]) -> (ULONG, LPENTRYID) {
    if id.is_empty() {
        (0, core::ptr::null_mut())
    } else {
        (id.len() as ULONG, id.as_ptr().cast_mut().cast())
    }
}

/// `IMsgStore::OpenEntry` (empty `id` opens the root folder).
pub fn store_open_entry(s: &Obj<IMsgStore>, id: &[u8], flags: ULONG) -> Opened<IUnknown> {
    let (cb, p) = eid(id);
    let mut ty: ULONG = 0xDEAD;
    let mut unk: LPUNKNOWN = sentinel();
    // SAFETY: live object; the entry ID and out-pointers are valid.
    let hr =
        unsafe { (s.vt().OpenEntry)(s.raw(), cb, p, core::ptr::null(), flags, &mut ty, &mut unk) };
    opened(hr, unk, ty)
}

/// `IMSLogon::OpenEntry`.
pub fn logon_open_entry(l: &Obj<IMSLogon>, id: &[u8], flags: ULONG) -> Opened<IUnknown> {
    let (cb, p) = eid(id);
    let mut ty: ULONG = 0xDEAD;
    let mut unk: LPUNKNOWN = sentinel();
    // SAFETY: live object; the entry ID and out-pointers are valid.
    let hr =
        unsafe { (l.vt().OpenEntry)(l.raw(), cb, p, core::ptr::null(), flags, &mut ty, &mut unk) };
    opened(hr, unk, ty)
}

/// `IMsgStore::CompareEntryIDs`: the code and `*lpulResult`.
pub fn store_compare(s: &Obj<IMsgStore>, a: &[u8], b: &[u8], flags: ULONG) -> (HRESULT, ULONG) {
    let (ca, pa) = eid(a);
    let (cb, pb) = eid(b);
    let mut result: ULONG = 0xDEAD;
    // SAFETY: live object; entry IDs and out-pointer valid.
    let hr = unsafe { (s.vt().CompareEntryIDs)(s.raw(), ca, pa, cb, pb, flags, &mut result) };
    (hr, result)
}

/// `IMSLogon::CompareEntryIDs`.
pub fn logon_compare(l: &Obj<IMSLogon>, a: &[u8], b: &[u8], flags: ULONG) -> (HRESULT, ULONG) {
    let (ca, pa) = eid(a);
    let (cb, pb) = eid(b);
    let mut result: ULONG = 0xDEAD;
    // SAFETY: live object; entry IDs and out-pointer valid.
    let hr = unsafe { (l.vt().CompareEntryIDs)(l.raw(), ca, pa, cb, pb, flags, &mut result) };
    (hr, result)
}

/// `IMSProvider::CompareStoreIDs`.
pub fn compare_store_ids(p: &Obj<IMSProvider>, a: &[u8], b: &[u8]) -> (HRESULT, ULONG) {
    let (ca, pa) = eid(a);
    let (cb, pb) = eid(b);
    let mut result: ULONG = 0xDEAD;
    // SAFETY: live object; entry IDs and out-pointer valid.
    let hr = unsafe { (p.vt().CompareStoreIDs)(p.raw(), ca, pa, cb, pb, 0, &mut result) };
    (hr, result)
}

/// `IMsgStore::Advise`: the code and the connection.
///
/// # Safety
/// `sink` must be null or a live advise sink.
pub unsafe fn store_advise(
    s: &Obj<IMsgStore>,
    id: &[u8],
    mask: ULONG,
    sink: *mut IMAPIAdviseSink,
) -> (HRESULT, ULONG_PTR) {
    let (cb, p) = eid(id);
    let mut conn: ULONG_PTR = 0;
    // SAFETY: live object; the sink is live (held by the host); valid out-pointer.
    let hr = unsafe { (s.vt().Advise)(s.raw(), cb, p, mask, sink, &mut conn) };
    (hr, conn)
}

/// `IMsgStore::Unadvise`.
pub fn store_unadvise(s: &Obj<IMsgStore>, conn: ULONG_PTR) -> HRESULT {
    // SAFETY: live object.
    unsafe { (s.vt().Unadvise)(s.raw(), conn) }
}

/// `IMsgStore::StoreLogoff`: the code and the flags written back.
pub fn store_logoff(s: &Obj<IMsgStore>, flags: ULONG) -> (HRESULT, ULONG) {
    let mut f = flags;
    // SAFETY: live object; valid in/out pointer.
    let hr = unsafe { (s.vt().StoreLogoff)(s.raw(), &mut f) };
    (hr, f)
}

/// `IMsgStore::SetReceiveFolder` with an ANSI message class.
pub fn set_receive_folder(s: &Obj<IMsgStore>, class: &str, id: &[u8]) -> HRESULT {
    let class = cstr(class);
    let (cb, p) = eid(id);
    // SAFETY: live object; NUL-terminated class and entry ID valid.
    unsafe { (s.vt().SetReceiveFolder)(s.raw(), class.as_ptr().cast_mut().cast(), 0, cb, p) }
}

/// The result of `GetReceiveFolder`.
#[derive(Debug)]
pub struct ReceiveFolder {
    /// The code.
    pub hr: HRESULT,
    /// The entry ID.
    pub id: Vec<u8>,
    /// The explicit class (ANSI).
    pub class: Option<String>,
    /// Whether both buffers were live blocks of the host's allocator.
    pub blocks_ok: bool,
}

/// `IMsgStore::GetReceiveFolder` with an ANSI message class.
pub fn get_receive_folder(s: &Obj<IMsgStore>, class: &str) -> ReceiveFolder {
    let class = cstr(class);
    let mut cb: ULONG = 0;
    let mut id: LPENTRYID = sentinel();
    let mut explicit: LPTSTR = sentinel();
    // SAFETY: live object; NUL-terminated class; valid out-pointers.
    let hr = unsafe {
        (s.vt().GetReceiveFolder)(
            s.raw(),
            class.as_ptr().cast_mut().cast(),
            0,
            &mut cb,
            &mut id,
            &mut explicit,
        )
    };
    let mut r = ReceiveFolder {
        hr,
        id: Vec::new(),
        class: None,
        blocks_ok: true,
    };
    if hr >= 0 {
        for p in [id.cast::<c_void>(), explicit.cast::<c_void>()] {
            if p as usize == SENTINEL || (!p.is_null() && !alloc::is_live_root(p)) {
                r.blocks_ok = false;
            }
        }
        if id as usize != SENTINEL && !id.is_null() {
            // SAFETY: `cb` bytes at `id`, the caller's to free.
            r.id = unsafe { crate::objects::bytes(id.cast(), cb) };
            // SAFETY: as above.
            unsafe { alloc::free_buffer(id.cast()) };
        }
        if explicit as usize != SENTINEL && !explicit.is_null() {
            // SAFETY: an ANSI string (no MAPI_UNICODE), the caller's to free.
            r.class = Some(unsafe { ansi(explicit.cast()) });
            // SAFETY: as above.
            unsafe { alloc::free_buffer(explicit.cast()) };
        }
    }
    r
}

/// `IMAPIContainer::GetContentsTable` of a folder.
pub fn contents_table(f: &Obj<IMAPIFolder>, flags: ULONG) -> Opened<IMAPITable> {
    let mut t: LPMAPITABLE = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (container_vt(f).GetContentsTable)(f.raw(), flags, &mut t) };
    opened(hr, t, 0)
}

/// `IMAPIContainer::GetHierarchyTable` of a folder.
pub fn hierarchy_table(f: &Obj<IMAPIFolder>, flags: ULONG) -> Opened<IMAPITable> {
    let mut t: LPMAPITABLE = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (container_vt(f).GetHierarchyTable)(f.raw(), flags, &mut t) };
    opened(hr, t, 0)
}

/// `IMAPIFolder::CreateFolder` with ANSI strings.
pub fn create_folder(
    f: &Obj<IMAPIFolder>,
    name: &str,
    comment: &str,
    flags: ULONG,
) -> Opened<IMAPIFolder> {
    let name = cstr(name);
    let comment = cstr(comment);
    let mut out: LPMAPIFOLDER = sentinel();
    // SAFETY: live object; NUL-terminated strings; valid out-pointer.
    let hr = unsafe {
        (f.vt().CreateFolder)(
            f.raw(),
            FOLDER_GENERIC,
            name.as_ptr().cast_mut().cast(),
            comment.as_ptr().cast_mut().cast(),
            core::ptr::null(),
            flags,
            &mut out,
        )
    };
    opened(hr, out, 0)
}

/// `IMAPIFolder::CreateMessage`.
pub fn create_message(f: &Obj<IMAPIFolder>, flags: ULONG) -> Opened<IMessage> {
    let mut out: LPMESSAGE = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (f.vt().CreateMessage)(f.raw(), core::ptr::null(), flags, &mut out) };
    opened(hr, out, 0)
}

/// `IMAPIFolder::DeleteMessages` of the messages `ids`.
pub fn delete_messages(f: &Obj<IMAPIFolder>, ids: &[&[u8]]) -> HRESULT {
    let mut bins: Vec<SBinary> = ids
        .iter()
        .map(|id| SBinary {
            cb: id.len() as ULONG,
            lpb: id.as_ptr().cast_mut(),
        })
        .collect();
    let mut list = SBinaryArray {
        cValues: bins.len() as ULONG,
        lpbin: bins.as_mut_ptr(),
    };
    // SAFETY: live object; the entry list is valid for the call; no progress.
    unsafe { (f.vt().DeleteMessages)(f.raw(), &mut list, 0, core::ptr::null_mut(), 0) }
}

/// `IMessage::CreateAttach`: the attachment and its number.
pub fn create_attach(m: &Obj<IMessage>) -> (Opened<IAttach>, ULONG) {
    let mut num: ULONG = 0xDEAD;
    let mut out: LPATTACH = sentinel();
    // SAFETY: live object; valid out-pointers.
    let hr = unsafe { (m.vt().CreateAttach)(m.raw(), core::ptr::null(), 0, &mut num, &mut out) };
    (opened(hr, out, 0), num)
}

/// `IMessage::OpenAttach`.
pub fn open_attach(m: &Obj<IMessage>, num: ULONG, flags: ULONG) -> Opened<IAttach> {
    let mut out: LPATTACH = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (m.vt().OpenAttach)(m.raw(), num, core::ptr::null(), flags, &mut out) };
    opened(hr, out, 0)
}

/// `IMessage::GetAttachmentTable`.
pub fn attachment_table(m: &Obj<IMessage>) -> Opened<IMAPITable> {
    let mut t: LPMAPITABLE = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (m.vt().GetAttachmentTable)(m.raw(), 0, &mut t) };
    opened(hr, t, 0)
}

/// `IMAPITable::SetColumns`.
pub fn set_columns(t: &Obj<IMAPITable>, tags: &[u32]) -> HRESULT {
    let mut a = TagArray::new(tags);
    // SAFETY: live object; valid tag array.
    unsafe { (t.vt().SetColumns)(t.raw(), a.as_ptr(), 0) }
}

/// `IMAPITable::GetRowCount`.
pub fn row_count(t: &Obj<IMAPITable>) -> (HRESULT, ULONG) {
    let mut n: ULONG = 0xDEAD;
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (t.vt().GetRowCount)(t.raw(), 0, &mut n) };
    (hr, n)
}

/// `IMAPITable::SeekRow`: the code and `*lplRowsSought`.
pub fn seek_row(t: &Obj<IMAPITable>, origin: BOOKMARK, rows: LONG) -> (HRESULT, LONG) {
    let mut sought: LONG = -0xDEAD;
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (t.vt().SeekRow)(t.raw(), origin, rows, &mut sought) };
    (hr, sought)
}

/// `IMAPITable::SortTable` on one column.
pub fn sort_table(t: &Obj<IMAPITable>, tag: u32, order: ULONG) -> HRESULT {
    let mut set = SSortOrderSet {
        cSorts: 1,
        cCategories: 0,
        cExpanded: 0,
        aSort: [SSortOrder {
            ulPropTag: tag,
            ulOrder: order,
        }],
    };
    // SAFETY: live object; a valid one-key sort order set.
    unsafe { (t.vt().SortTable)(t.raw(), &mut set, 0) }
}

/// `IMAPITable::Restrict` with a property restriction `tag relop value`,
/// or none.
pub fn restrict(t: &Obj<IMAPITable>, rule: Option<(u32, ULONG, crate::props::Val)>) -> HRESULT {
    let Some((tag, relop, val)) = rule else {
        // SAFETY: live object; a null restriction removes the filter.
        return unsafe { (t.vt().Restrict)(t.raw(), core::ptr::null_mut(), 0) };
    };
    let mut value = PropArray::new(&[(tag, val)]);
    let mut res = SRestriction {
        rt: RES_PROPERTY,
        res: SRestriction_0 {
            resProperty: SPropertyRestriction {
                relop,
                ulPropTag: tag,
                lpProp: value.as_ptr(),
            },
        },
    };
    // SAFETY: live object; the restriction and its value live through the call.
    unsafe { (t.vt().Restrict)(t.raw(), &mut res, 0) }
}

/// The result of `QueryRows`.
#[derive(Debug)]
pub struct Rows {
    /// The code.
    pub hr: HRESULT,
    /// The rows, copied.
    pub rows: Vec<Vec<Prop>>,
    /// What happened to `lppRows`.
    pub out: OutPtr,
    /// Whether the set and every row's values were live blocks.
    pub blocks_ok: bool,
}

/// `IMAPITable::QueryRows`; the rows are freed as `FreeProws` does.
pub fn query_rows(t: &Obj<IMAPITable>, count: LONG) -> Rows {
    let mut rows: LPSRowSet = sentinel();
    // SAFETY: live object; valid out-pointer.
    let hr = unsafe { (t.vt().QueryRows)(t.raw(), count, 0, &mut rows) };
    let out = OutPtr::of(hr, rows);
    let mut r = Rows {
        hr,
        rows: Vec::new(),
        out,
        blocks_ok: true,
    };
    if hr >= 0 && out == OutPtr::Proper {
        r.blocks_ok = alloc::is_live_root(rows.cast());
        // SAFETY: a valid row set.
        unsafe {
            let n = (*rows).cRows as usize;
            let first = core::ptr::addr_of!((*rows).aRow).cast::<SRow>();
            for i in 0..n {
                let p = (*first.add(i)).lpProps;
                if !p.is_null() && !alloc::is_live_root(p.cast()) {
                    r.blocks_ok = false;
                }
            }
            r.rows = read_rows(rows);
            crate::props::free_rows(rows);
        }
    }
    r
}

/// `IMSLogon::Logoff(&flags)`.
pub fn logoff(l: &Obj<IMSLogon>, flags: ULONG) -> HRESULT {
    let mut f = flags;
    // SAFETY: live object; valid pointer.
    unsafe { (l.vt().Logoff)(l.raw(), &mut f) }
}

/// `IMSProvider::Shutdown(&flags)`.
pub fn shutdown(p: &Obj<IMSProvider>, flags: ULONG) -> HRESULT {
    let mut f = flags;
    // SAFETY: live object; valid pointer.
    unsafe { (p.vt().Shutdown)(p.raw(), &mut f) }
}

/// The result of `IMSProvider::Logon`.
#[derive(Debug)]
pub struct Logon {
    /// The code.
    pub hr: HRESULT,
    /// The logon object.
    pub logon: Option<Obj<IMSLogon>>,
    /// The store object.
    pub store: Option<Obj<IMsgStore>>,
    /// What happened to `lppMSLogon`.
    pub logon_out: OutPtr,
    /// What happened to `lppMDB`.
    pub store_out: OutPtr,
    /// `*lpcbSpoolSecurity`.
    pub spool_len: ULONG,
    /// Whether `lppbSpoolSecurity` and `lppMAPIError` were null or live
    /// blocks of the host's allocator.
    pub blocks_ok: bool,
    /// Whether a `MAPIERROR` was returned.
    pub error_returned: bool,
}

/// `IMSProvider::Logon(support, "mapi-host", id, flags, lpInterface = null)`.
///
/// # Safety
/// `support` must be null or a live support object.
pub unsafe fn logon(
    p: &Obj<IMSProvider>,
    support: *mut IMAPISupport,
    id: &[u8],
    flags: ULONG,
) -> Logon {
    let profile = cstr("mapi-host");
    let (cb, pid) = eid(id);
    let mut spool_len: ULONG = 0;
    let mut spool: LPBYTE = sentinel();
    let mut error: LPMAPIERROR = sentinel();
    let mut ms_logon: LPMSLOGON = sentinel();
    let mut mdb: LPMDB = sentinel();
    // SAFETY: live object; the support object is live; valid strings,
    // entry ID and out-pointers.
    let hr = unsafe {
        (p.vt().Logon)(
            p.raw(),
            support,
            0,
            profile.as_ptr().cast_mut().cast(),
            cb,
            pid,
            flags,
            core::ptr::null(),
            &mut spool_len,
            &mut spool,
            &mut error,
            &mut ms_logon,
            &mut mdb,
        )
    };
    let mut blocks_ok = true;
    let mut error_returned = false;
    for (i, q) in [spool.cast::<c_void>(), error.cast::<c_void>()]
        .into_iter()
        .enumerate()
    {
        if q as usize == SENTINEL || q.is_null() {
            continue;
        }
        if alloc::is_live_root(q) {
            error_returned |= i == 1;
            // SAFETY: a MAPI allocation handed to the caller to free.
            unsafe { alloc::free_buffer(q) };
        } else {
            blocks_ok = false;
        }
    }
    let logon_out = OutPtr::of(hr, ms_logon);
    let store_out = OutPtr::of(hr, mdb);
    let logon = opened(hr, ms_logon, 0).obj;
    let store = opened(hr, mdb, 0).obj;
    Logon {
        hr,
        logon,
        store,
        logon_out,
        store_out,
        spool_len,
        blocks_ok,
        error_returned,
    }
}

/// A NUL-terminated copy of an ANSI string.
pub fn cstr(s: &str) -> Vec<u8> {
    let mut v = s.as_bytes().to_vec();
    v.push(0);
    v
}

/// Copies a NUL-terminated ANSI string.
///
/// # Safety
/// `p` must point to a NUL-terminated string.
pub unsafe fn ansi(p: *const u8) -> String {
    // SAFETY: the caller vouches for the terminator.
    let s = unsafe { std::ffi::CStr::from_ptr(p.cast()) };
    String::from_utf8_lossy(s.to_bytes()).into_owned()
}

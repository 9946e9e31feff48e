//! The provider side of the MAPI structures beyond property arrays, through
//! raw vtable pointers as a host calls: rows in and out (`ITableData`), an
//! address list changed in place (`IAddrBook::ResolveName`), search
//! criteria returned as owned values (`GetSearchCriteria`), notification
//! keys, `MAPIUID`s and reserved pointers (`IMAPISupport`, `IStorage`),
//! string arrays (`EnumAdrTypes`) and an optional counted entry identifier
//! (`NewEntry`). Hostile input answers the documented error before the
//! implementation runs; a counting allocator ends with no live block.

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    Allocator, EntryId, EntryList, NameId, NameIdRef, NameKind, Prop, PropRef, PropTag, PropValue,
    PropValueRef, Relop, Restriction, StrRef, StringTable, TagArray, TagArrayBuf, UidTable,
    read_adr_list, write_adr_list, write_props, write_row_set,
};
use mapi_sys::*;
use std::ptr;
use std::sync::Mutex;

/// One object with every interface under test; what it was given is kept
/// in `seen` (as owned values).
#[derive(ComObject)]
#[mapi(
    implements(
        ITableData,
        IAddrBook,
        IMAPIContainer,
        IMAPISupport,
        IMAPISession,
        IStorage,
        IMAPIAdviseSink,
        IPropData,
        IABProvider,
        IMsgStore,
        IXPLogon
    ),
    allocator = alloc
)]
struct Object {
    alloc: Allocator,
    seen: Mutex<Vec<String>>,
    /// What `AddressTypes` lends, kept for the object's life.
    types: (StringTable, UidTable),
}

impl Object {
    fn saw(&self, what: String) {
        self.seen.lock().expect("lock").push(what);
    }
}

/// A row's values as owned properties, for the record.
fn owned(row: &[PropRef<'_>]) -> Vec<Prop> {
    row.iter().map(|p| p.to_prop().expect("readable")).collect()
}

fn index_row(i: i32) -> Vec<Prop> {
    vec![
        Prop::new(PR_INSTANCE_KEY, PropValue::Binary(i.to_le_bytes().to_vec())),
        Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode(format!("row {i}"))),
    ]
}

impl ITableDataImpl for Object {
    fn hr_modify_row(&self, row: &[PropRef<'_>]) -> Result<(), Hresult> {
        self.saw(format!("modify {:?}", owned(row)));
        if owned(row) == index_row(3) {
            Ok(())
        } else {
            Err(Hresult(MAPI_E_CALL_FAILED))
        }
    }

    fn hr_query_row(&self, key: &PropRef<'_>) -> Result<(Vec<Prop>, ULONG), Hresult> {
        match key.value {
            PropValueRef::Binary(b) if b.len() == 4 => {
                let i = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                Ok((index_row(i), i as ULONG))
            }
            _ => Err(Hresult(MAPI_E_NOT_FOUND)),
        }
    }

    fn hr_enum_row(&self, n: ULONG) -> Result<Vec<Prop>, Hresult> {
        Ok(index_row(n as i32))
    }

    fn hr_delete_rows(
        &self,
        _flags: TableDataHrDeleteRowsFlags,
        rows: Option<&[Vec<PropRef<'_>>]>,
    ) -> Result<ULONG, Hresult> {
        Ok(rows.map_or(99, |r| r.len() as ULONG))
    }
}

/// The object's named properties: (tag, name).
fn named() -> Vec<(PropTag, NameId)> {
    vec![
        (
            PropTag::new(0x8001, PT_LONG),
            NameId {
                guid: SET,
                kind: NameKind::Id(7),
            },
        ),
        (
            PropTag::new(0x8002, PT_UNICODE),
            NameId {
                guid: SET,
                kind: NameKind::Name("Keywords".into()),
            },
        ),
    ]
}

const SET: GUID = GUID::from_u128(0x00020329_0000_0000_c000_000000000046);

impl IMAPIPropImpl for Object {
    fn get_names_from_ids(
        &self,
        tags: &mut Option<Vec<PropTag>>,
        _set: Option<&GUID>,
        _flags: MAPIPropGetNamesFromIDsFlags,
    ) -> Result<Vec<Option<NameId>>, Hresult> {
        let tags = tags.get_or_insert_with(|| named().into_iter().map(|(t, _)| t).collect());
        Ok(tags
            .iter()
            .map(|t| {
                named()
                    .into_iter()
                    .find(|(n, _)| n.id() == t.id())
                    .map(|(_, n)| n)
            })
            .collect())
    }

    fn get_ids_from_names(
        &self,
        names: Option<&[NameIdRef<'_>]>,
        _flags: MAPIPropGetIDsFromNamesFlags,
    ) -> Result<Vec<PropTag>, Hresult> {
        let names = names.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        Ok(names
            .iter()
            .map(|n| {
                let n = n.to_name_id();
                named()
                    .into_iter()
                    .find(|(_, m)| *m == n)
                    .map_or(PropTag::new(0, PT_ERROR), |(t, _)| {
                        PropTag::new(t.id(), PT_UNSPECIFIED)
                    })
            })
            .collect())
    }
}

impl IPropDataImpl for Object {
    /// Accepts one access word per tag, all `IPROP_READONLY | IPROP_CLEAN`.
    fn hr_set_prop_access(&self, tags: &[PropTag], access: &[ULONG]) -> Result<(), Hresult> {
        assert_eq!(tags.len(), access.len(), "one per tag");
        if access.iter().all(|&a| a == IPROP_READONLY | IPROP_CLEAN) {
            Ok(())
        } else {
            Err(Hresult(MAPI_E_CALL_FAILED))
        }
    }

    fn hr_get_prop_access(&self, tags: &mut Option<Vec<PropTag>>) -> Result<Vec<u32>, Hresult> {
        let tags = tags.get_or_insert_with(|| vec![PropTag(PR_SUBJECT_W)]);
        Ok(tags.iter().map(|_| IPROP_READWRITE | IPROP_CLEAN).collect())
    }
}

impl IAddrBookImpl for Object {
    /// Resolves every entry without an entry identifier to one made of its
    /// display name.
    fn resolve_name(
        &self,
        _ui: ULONG_PTR,
        _flags: AddrBookResolveNameFlags,
        _title: Option<StrRef<'_>>,
        list: &mut [Vec<Prop>],
    ) -> Result<(), Hresult> {
        for entry in list.iter_mut() {
            if entry
                .iter()
                .any(|p| p.tag().id() == PropTag(PR_ENTRYID).id())
            {
                continue;
            }
            let name = entry
                .iter()
                .find_map(|p| p.value().to_string_lossy())
                .ok_or(Hresult(MAPI_E_AMBIGUOUS_RECIP))?
                .into_owned();
            let id = EntryId::new([0; 4], name.as_bytes());
            entry.push(Prop::new(PR_ENTRYID, PropValue::Binary(id.into_bytes())));
        }
        Ok(())
    }
}

impl IMAPIContainerImpl for Object {
    fn get_search_criteria(
        &self,
        _flags: MAPIContainerGetSearchCriteriaFlags,
    ) -> Result<(Restriction, Vec<EntryId>, MAPIContainerSearchStateFlags), Hresult> {
        Ok((
            criteria(),
            vec![
                EntryId::new([0; 4], b"inbox"),
                EntryId::new([0; 4], b"sent"),
            ],
            MAPIContainerSearchStateFlags::SEARCH_RUNNING,
        ))
    }
}

fn criteria() -> Restriction {
    Restriction::And(vec![
        Restriction::Exist {
            tag: PropTag(PR_SUBJECT_W),
        },
        Restriction::Property {
            relop: Relop::Eq,
            tag: PropTag(PR_SUBJECT_W),
            value: Prop::new(PR_SUBJECT_W, PropValue::unicode("Hi")),
        },
    ])
}

impl IMAPISupportImpl for Object {
    fn subscribe(
        &self,
        key: &[u8],
        _mask: MAPISupportSubscribeEventMaskFlags,
        _flags: MAPISupportSubscribeFlags,
        _sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        self.saw(format!("key {key:?}"));
        // The connection says what the key was.
        Ok(key.iter().map(|&b| b as ULONG_PTR).sum())
    }

    fn set_provider_uid(
        &self,
        uid: &MAPIUID,
        _flags: MAPISupportReservedFlags,
    ) -> Result<(), Hresult> {
        self.saw(format!("uid {:?}", uid.ab));
        if uid.ab == [1; 16] {
            Ok(())
        } else {
            Err(Hresult(MAPI_E_CALL_FAILED))
        }
    }

    fn get_mem_alloc_routines(&self) -> Result<Allocator, Hresult> {
        Ok(self.alloc)
    }

    /// With `MAPI_NON_READ` the report takes the empty message (releases
    /// it); otherwise it fails and leaves it where it was.
    fn read_receipt(
        &self,
        flags: MAPISupportReadReceiptFlags,
        _read: ComPtr<IMessage>,
        empty: &mut Option<ComPtr<IMessage>>,
    ) -> Result<(), Hresult> {
        if flags.bits() & MAPI_NON_READ != 0 {
            drop(empty.take());
            Ok(())
        } else {
            Err(Hresult(MAPI_E_CALL_FAILED))
        }
    }

    fn new_entry(
        &self,
        _ui: ULONG_PTR,
        _flags: MAPISupportReservedFlags,
        _container: Option<&[u8]>,
        _template: Option<&[u8]>,
    ) -> Result<EntryId, Hresult> {
        Ok(EntryId::new([0; 4], b"new"))
    }
}

impl IMAPIAdviseSinkImpl for Object {
    fn on_notify(&self, _notifications: &[value::NotificationRef<'_>]) -> ULONG {
        0
    }
}

impl IMAPISessionImpl for Object {
    fn enum_adr_types(&self, _flags: MAPISessionEnumAdrTypesFlags) -> Result<Vec<String>, Hresult> {
        Ok(vec!["SMTP".into(), "FAX".into()])
    }
}

impl IXPLogonImpl for Object {
    fn address_types(
        &self,
    ) -> Result<(XPLogonAddressTypesFlags, &StringTable, &UidTable), Hresult> {
        let (types, uids) = &self.types;
        Ok((XPLogonAddressTypesFlags::MAPI_UNICODE, types, uids))
    }
}

impl IMsgStoreImpl for Object {
    /// Accepts new mail of class `IPM.Note` only.
    fn notify_new_mail(&self, n: &value::NotificationRef<'_>) -> Result<(), Hresult> {
        match n {
            value::NotificationRef::NewMail(m)
                if m.message_class.map(|c| c.to_string_lossy() == "IPM.Note") == Some(true)
                    && m.entry_id == b"\0\0\0\0m" =>
            {
                Ok(())
            }
            _ => Err(Hresult(MAPI_E_CALL_FAILED)),
        }
    }
}

/// A message (no methods implemented), for `ReadReceipt`.
#[derive(ComObject)]
#[mapi(implements(IMessage))]
struct Msg;

impl IMAPIPropImpl for Msg {}
impl IMessageImpl for Msg {}

/// An address book logon (no methods implemented), what `Logon` returns.
#[derive(ComObject)]
#[mapi(implements(IABLogon))]
struct AbLogon;

impl IABLogonImpl for AbLogon {}

impl IABProviderImpl for Object {
    fn logon(
        &self,
        _support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: StrRef<'_>,
        _flags: ABProviderLogonFlags,
        credentials: &[u8],
    ) -> Result<(Option<value::MapiError>, ComPtr<IABLogon>), Hresult> {
        if credentials != b"secret" {
            return Err(Hresult(MAPI_E_LOGON_FAILED));
        }
        Ok((None, AbLogon.into_com()))
    }
}

impl IStorageImpl for Object {
    fn open_storage(
        &self,
        _name: Option<StrRef<'_>>,
        _priority: Option<ComPtr<IStorage>>,
        _mode: DWORD,
        exclude: Option<&[StrRef<'_>]>,
        _reserved: DWORD,
    ) -> Result<ComPtr<IStorage>, Hresult> {
        let names: Vec<String> = exclude
            .unwrap_or_default()
            .iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        // The answer says what was excluded.
        if names == ["a", "bc"] {
            Err(Hresult(MAPI_E_NOT_FOUND))
        } else {
            Err(Hresult(MAPI_E_CALL_FAILED))
        }
    }

    fn open_stream(
        &self,
        name: StrRef<'_>,
        _mode: DWORD,
        _reserved: DWORD,
    ) -> Result<ComPtr<IStream>, Hresult> {
        self.saw(format!("open {}", name.to_string_lossy()));
        Err(Hresult(MAPI_E_NOT_FOUND))
    }
}

struct Host {
    counting: CountingAllocator,
    unknown: *mut IUnknown,
}

impl Host {
    fn new() -> Host {
        let counting = CountingAllocator::new();
        let unknown = Object {
            alloc: counting.allocator(),
            seen: Mutex::new(Vec::new()),
            types: (
                StringTable::new(&["SMTP", "X400"], true),
                UidTable::new(&[MAPIUID { ab: [7; 16] }]),
            ),
        }
        .into_raw()
        .cast::<IUnknown>();
        Host { counting, unknown }
    }

    /// The object's `T` interface pointer (a reference the host releases).
    fn get<T: Interface>(&self) -> *mut T {
        let mut out: *mut core::ffi::c_void = ptr::null_mut();
        // SAFETY: a live object; valid out-pointer.
        let hr = unsafe {
            ((*(*self.unknown).lpVtbl).QueryInterface)(self.unknown.cast(), &T::IID, &mut out)
        };
        assert_eq!(hr, 0);
        out.cast()
    }

    fn alloc(&self) -> Allocator {
        self.counting.allocator()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        // SAFETY: the reference `new` took.
        unsafe { ((*(*self.unknown).lpVtbl).Release)(self.unknown.cast()) };
        if !std::thread::panicking() {
            assert_eq!(self.counting.live_blocks(), 0, "leaked blocks");
            assert!(
                self.counting.misuse().is_empty(),
                "{:?}",
                self.counting.misuse()
            );
        }
    }
}

fn release<T>(p: *mut T) {
    let u = p.cast::<IUnknown>();
    // SAFETY: a reference from `Host::get`.
    unsafe { ((*(*u).lpVtbl).Release)(u.cast()) };
}

fn vt<'a, T: Interface>(p: *mut T) -> &'a T::Vtbl {
    // SAFETY: a live interface pointer, whose first field is its vtable.
    unsafe { &**p.cast::<*const T::Vtbl>() }
}

#[test]
fn table_data_reads_rows_and_writes_one_row_in_one_chain() {
    let h = Host::new();
    let t = h.get::<ITableData>();
    let v = vt(t);

    // A row in: read as views.
    let row = write_props(&h.alloc(), &index_row(3)).expect("write");
    let mut srow = SRow {
        ulAdrEntryPad: 0,
        cValues: row.count(),
        lpProps: row.as_ptr().cast_mut(),
    };
    // SAFETY: live object, a valid row.
    assert_eq!(unsafe { (v.HrModifyRow)(t.cast(), &mut srow) }, 0);
    // Hostile: values at null with a count; a null row.
    let mut bad = SRow {
        ulAdrEntryPad: 0,
        cValues: 2,
        lpProps: ptr::null_mut(),
    };
    // SAFETY: the thunk checks the row.
    assert_eq!(
        Hresult(unsafe { (v.HrModifyRow)(t.cast(), &mut bad) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    // SAFETY: as above.
    assert_eq!(
        Hresult(unsafe { (v.HrModifyRow)(t.cast(), ptr::null_mut()) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );

    // One value in, one row out (and its optional index).
    let key = write_props(&h.alloc(), &index_row(5)[..1]).expect("write");
    let (mut out, mut index): (LPSRow, ULONG) = (ptr::null_mut(), 0);
    // SAFETY: live object, a valid value and out-pointers.
    assert_eq!(
        unsafe { (v.HrQueryRow)(t.cast(), key.as_ptr().cast_mut(), &mut out, &mut index) },
        0
    );
    assert_eq!(index, 5);
    assert_eq!(
        h.counting.live_roots(),
        3,
        "two inputs and the row, one root"
    );
    // SAFETY: the row the object returned.
    let back = unsafe { PropRef::row_from_raw(out) }.expect("row");
    assert_eq!(owned(&back), index_row(5));
    drop(back);
    // SAFETY: the caller frees the row with one MAPIFreeBuffer.
    unsafe { h.alloc().free(out.cast()) };
    // The index is optional.
    // SAFETY: as above.
    assert_eq!(
        unsafe { (v.HrQueryRow)(t.cast(), key.as_ptr().cast_mut(), &mut out, ptr::null_mut()) },
        0
    );
    // SAFETY: as above.
    unsafe { h.alloc().free(out.cast()) };
    // A failed allocation: the error, the out-pointer null, nothing kept.
    h.counting.fail_after(Some(0));
    // SAFETY: as above.
    let hr = unsafe { (v.HrEnumRow)(t.cast(), 1, &mut out) };
    h.counting.fail_after(None);
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
    assert!(out.is_null());

    // Row sets in: optional, and checked.
    let set = write_row_set(&h.alloc(), &[index_row(1), index_row(2)]).expect("write");
    let mut deleted = 0;
    // SAFETY: live object, a valid row set.
    assert_eq!(
        unsafe { (v.HrDeleteRows)(t.cast(), 0, set.as_ptr().cast_mut(), &mut deleted) },
        0
    );
    assert_eq!(deleted, 2);
    // SAFETY: null is allowed.
    assert_eq!(
        unsafe { (v.HrDeleteRows)(t.cast(), 0, ptr::null_mut(), &mut deleted) },
        0
    );
    assert_eq!(deleted, 99);
    let mut hostile = SRowSet {
        cRows: u32::MAX,
        aRow: [srow],
    };
    // SAFETY: the thunk checks the count.
    assert_eq!(
        Hresult(unsafe { (v.HrDeleteRows)(t.cast(), 0, &mut hostile, &mut deleted) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    drop((row, key, set));
    release(t);
}

#[test]
fn resolve_name_changes_entries_in_place_with_the_callers_allocator() {
    let h = Host::new();
    let book = h.get::<IAddrBook>();
    let v = vt(book);
    let resolved = vec![
        Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Bob")),
        Prop::new(PR_ENTRYID, PropValue::Binary(vec![0, 0, 0, 0, 9])),
    ];
    let list = write_adr_list(
        &h.alloc(),
        &[
            vec![Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Ann"))],
            resolved.clone(),
        ],
    )
    .expect("write");
    let lp = list.as_ptr().cast_mut();
    // SAFETY: the list's second entry, before the call.
    let untouched = unsafe { (*lp).aEntries.as_ptr().add(1).read().rgPropVals };
    // SAFETY: live object, a valid list.
    assert_eq!(
        unsafe { (v.ResolveName)(book.cast(), 0, 0, ptr::null_mut(), lp) },
        0
    );
    // SAFETY: the list, still owned by `list`.
    let rows = unsafe { read_adr_list(lp) }
        .expect("read")
        .expect("non-null");
    assert_eq!(
        rows[0],
        [
            Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Ann")),
            Prop::new(PR_ENTRYID, PropValue::Binary(b"\0\0\0\0Ann".to_vec())),
        ]
    );
    assert_eq!(rows[1], resolved);
    // SAFETY: as above.
    assert_eq!(
        unsafe { (*lp).aEntries.as_ptr().add(1).read().rgPropVals },
        untouched,
        "an unchanged entry keeps its block"
    );
    assert_eq!(
        h.counting.live_roots(),
        3,
        "the list and one block per entry: the old one freed"
    );
    drop(list);

    // Hostile: a null list, an entry with values at null.
    // SAFETY: the thunk checks the list.
    assert_eq!(
        Hresult(unsafe { (v.ResolveName)(book.cast(), 0, 0, ptr::null_mut(), ptr::null_mut()) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    let mut bad = ADRLIST {
        cEntries: 1,
        aEntries: [ADRENTRY {
            ulReserved1: 0,
            cValues: 3,
            rgPropVals: ptr::null_mut(),
        }],
    };
    // SAFETY: as above.
    assert_eq!(
        Hresult(unsafe { (v.ResolveName)(book.cast(), 0, 0, ptr::null_mut(), &mut bad) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    // A failed allocation leaves the list as it was.
    let list = write_adr_list(
        &h.alloc(),
        &[vec![Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Cy"))]],
    )
    .expect("write");
    let lp = list.as_ptr().cast_mut();
    h.counting.fail_after(Some(0));
    // SAFETY: live object, a valid list.
    let hr = unsafe { (v.ResolveName)(book.cast(), 0, 0, ptr::null_mut(), lp) };
    h.counting.fail_after(None);
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
    // SAFETY: as above.
    let rows = unsafe { read_adr_list(lp) }
        .expect("read")
        .expect("non-null");
    assert_eq!(rows[0].len(), 1);
    drop(list);
    release(book);
}

#[test]
fn search_criteria_are_written_only_where_the_caller_asks() {
    let h = Host::new();
    let c = h.get::<IMAPIContainer>();
    let v = vt(c);
    let (mut r, mut ids, mut state): (LPSRestriction, LPENTRYLIST, ULONG) =
        (ptr::null_mut(), ptr::null_mut(), 0);
    // SAFETY: live object, valid out-pointers.
    assert_eq!(
        unsafe { (v.GetSearchCriteria)(c.cast(), 0, &mut r, &mut ids, &mut state) },
        0
    );
    assert_eq!(state, SEARCH_RUNNING);
    // SAFETY: what the object returned.
    let back = unsafe { value::RestrictionRef::from_raw(r) }
        .expect("read")
        .expect("non-null");
    assert_eq!(back.to_restriction(), Ok(criteria()));
    // SAFETY: as above.
    let list = unsafe { EntryList::from_raw(ids) }
        .expect("read")
        .expect("non-null");
    assert_eq!(
        list.as_slice(),
        [&b"\0\0\0\0inbox"[..], &b"\0\0\0\0sent"[..]]
    );
    assert_eq!(h.counting.live_roots(), 2, "one block chain each");
    // SAFETY: the caller frees each with one MAPIFreeBuffer.
    unsafe {
        h.alloc().free(r.cast());
        h.alloc().free(ids.cast());
    }
    // Only the state: nothing allocated.
    let before = h.counting.allocations();
    // SAFETY: the criteria are optional.
    assert_eq!(
        unsafe { (v.GetSearchCriteria)(c.cast(), 0, ptr::null_mut(), ptr::null_mut(), &mut state) },
        0
    );
    assert_eq!(h.counting.allocations(), before);
    // The second allocation fails: both out-pointers null, nothing kept.
    h.counting.fail_after(Some(2));
    // SAFETY: as above.
    let hr = unsafe { (v.GetSearchCriteria)(c.cast(), 0, &mut r, &mut ids, &mut state) };
    h.counting.fail_after(None);
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
    assert!(r.is_null() && ids.is_null());
    release(c);
}

#[test]
fn keys_uids_reserved_pointers_strings_and_optional_entry_ids() {
    let h = Host::new();
    let s = h.get::<IMAPISupport>();
    let v = vt(s);
    // A NOTIFKEY of 3 bytes.
    let mut key = NOTIFKEY { cb: 3, ab: [0] };
    let mut raw: [u32; 2] = [3, u32::from_le_bytes([7, 8, 9, 0])];
    let mut connection = 0;
    let sink = h.get::<IMAPIAdviseSink>();
    // SAFETY: live object; a readable key of 3 bytes; a live sink.
    assert_eq!(
        unsafe {
            (v.Subscribe)(
                s.cast(),
                raw.as_mut_ptr().cast(),
                0,
                0,
                sink,
                &mut connection,
            )
        },
        0
    );
    assert_eq!(connection, 7 + 8 + 9);
    // Hostile: null, and a size beyond what is read.
    // SAFETY: the thunk checks the key.
    assert_eq!(
        Hresult(unsafe { (v.Subscribe)(s.cast(), ptr::null_mut(), 0, 0, sink, &mut connection) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    key.cb = u32::MAX;
    // SAFETY: as above.
    assert_eq!(
        Hresult(unsafe { (v.Subscribe)(s.cast(), &mut key, 0, 0, sink, &mut connection) }),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    let mut uid = MAPIUID { ab: [1; 16] };
    // SAFETY: live object, a readable MAPIUID; then null, refused.
    unsafe {
        assert_eq!((v.SetProviderUID)(s.cast(), &mut uid, 0), 0);
        assert_eq!(
            Hresult((v.SetProviderUID)(s.cast(), ptr::null_mut(), 0)),
            Hresult(MAPI_E_INVALID_PARAMETER)
        );
    }

    // An optional entry identifier and its optional count: written only
    // when both are wanted.
    let (mut cb, mut id): (ULONG, LPENTRYID) = (0, ptr::null_mut());
    // SAFETY: live object; valid out-pointers, or null.
    unsafe {
        let before = h.counting.allocations();
        assert_eq!(
            (v.NewEntry)(
                s.cast(),
                0,
                0,
                0,
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                &mut cb,
                ptr::null_mut()
            ),
            0
        );
        assert_eq!(
            (v.NewEntry)(
                s.cast(),
                0,
                0,
                0,
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                ptr::null_mut(),
                &mut id
            ),
            0
        );
        assert!(id.is_null());
        assert_eq!(h.counting.allocations(), before);
        assert_eq!(
            (v.NewEntry)(
                s.cast(),
                0,
                0,
                0,
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                &mut cb,
                &mut id
            ),
            0
        );
        assert_eq!(cb, 7);
        assert_eq!(
            core::slice::from_raw_parts(id.cast::<u8>(), 7),
            b"\0\0\0\0new"
        );
        h.alloc().free(id.cast());
    }
    release(sink);
    release(s);

    // A reserved pointer must be null.
    let stg = h.get::<IStorage>();
    let name: Vec<u16> = "s\0".encode_utf16().collect();
    let mut stream: *mut IStream = ptr::null_mut();
    let mut junk = 0u32;
    // SAFETY: live object, a valid name and out-pointer.
    unsafe {
        let open = vt(stg).OpenStream;
        assert_eq!(
            Hresult(open(
                stg.cast(),
                name.as_ptr(),
                ptr::null_mut(),
                0,
                0,
                &mut stream
            )),
            Hresult(MAPI_E_NOT_FOUND)
        );
        assert_eq!(
            Hresult(open(
                stg.cast(),
                name.as_ptr(),
                (&raw mut junk).cast(),
                0,
                0,
                &mut stream
            )),
            Hresult(MAPI_E_INVALID_PARAMETER)
        );
    }
    release(stg);

    // A string array in the width MAPI_UNICODE asks for.
    let session = h.get::<IMAPISession>();
    for unicode in [false, true] {
        let (mut n, mut types): (ULONG, *mut LPTSTR) = (0, ptr::null_mut());
        let flags = if unicode { MAPI_UNICODE } else { 0 };
        // SAFETY: live object, valid out-pointers.
        assert_eq!(
            unsafe { (vt(session).EnumAdrTypes)(session.cast(), flags, &mut n, &mut types) },
            0
        );
        assert_eq!(n, 2);
        // SAFETY: two strings of that width.
        let second = unsafe { StrRef::from_raw(types.add(1).read(), unicode) }
            .expect("read")
            .expect("non-null");
        assert_eq!(
            (second.is_unicode(), second.to_string_lossy().into_owned()),
            (unicode, "FAX".to_string())
        );
        // SAFETY: one MAPIFreeBuffer frees the array and its strings.
        unsafe { h.alloc().free(types.cast()) };
    }
    release(session);
}

#[test]
fn named_properties_both_ways_and_tags_filled_in_only_when_asked() {
    let h = Host::new();
    let p = h.get::<IMAPIProp>();
    let v = vt(p);

    // Names in, through an array of pointers.
    let mut name: Vec<u16> = "Keywords\0".encode_utf16().collect();
    let mut set = SET;
    let mut by_id = MAPINAMEID {
        lpguid: &mut set,
        ulKind: MNID_ID,
        Kind: MAPINAMEID_0 { lID: 7 },
    };
    let mut by_name = MAPINAMEID {
        lpguid: &mut set,
        ulKind: MNID_STRING,
        Kind: MAPINAMEID_0 {
            lpwstrName: name.as_mut_ptr(),
        },
    };
    let mut names = [&raw mut by_id, &raw mut by_name];
    let mut tags: LPSPropTagArray = ptr::null_mut();
    // SAFETY: live object, two readable names, a valid out-pointer.
    assert_eq!(
        unsafe { (v.GetIDsFromNames)(p.cast(), 2, names.as_mut_ptr(), 0, &mut tags) },
        0
    );
    // SAFETY: the array the object returned.
    let got = unsafe { TagArray::from_raw(tags) }
        .expect("read")
        .expect("non-null")
        .into_vec();
    assert_eq!(
        got,
        [
            PropTag::new(0x8001, PT_UNSPECIFIED),
            PropTag::new(0x8002, PT_UNSPECIFIED)
        ]
    );
    // SAFETY: one MAPIFreeBuffer.
    unsafe { h.alloc().free(tags.cast()) };
    // Hostile: a null name in the array, an unknown kind, a null set.
    names[1] = ptr::null_mut();
    // SAFETY: the thunk checks each name.
    let hr = unsafe { (v.GetIDsFromNames)(p.cast(), 2, names.as_mut_ptr(), 0, &mut tags) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    let id = names[0];
    // SAFETY: `id` points to `by_id`, written only through it from here on.
    unsafe { (*id).ulKind = 9 };
    // SAFETY: as above.
    let hr = unsafe { (v.GetIDsFromNames)(p.cast(), 1, names.as_mut_ptr(), 0, &mut tags) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    // SAFETY: as above.
    unsafe {
        (*id).ulKind = MNID_ID;
        (*id).lpguid = ptr::null_mut();
    }
    // SAFETY: as above.
    let hr = unsafe { (v.GetIDsFromNames)(p.cast(), 1, names.as_mut_ptr(), 0, &mut tags) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    assert!(tags.is_null());

    // Tags in, names out: the caller's array is kept.
    let mut mine =
        TagArrayBuf::new(&[PropTag::new(0x8002, PT_UNICODE), PropTag(PR_SUBJECT_W)]).expect("tags");
    let mut lp = mine.as_mut_ptr();
    let (mut n, mut out): (ULONG, *mut LPMAPINAMEID) = (0, ptr::null_mut());
    // SAFETY: live object, a valid tag array and out-pointers.
    assert_eq!(
        unsafe { (v.GetNamesFromIDs)(p.cast(), &mut lp, ptr::null_mut(), 0, &mut n, &mut out) },
        0
    );
    assert_eq!((n, lp), (2, mine.as_mut_ptr()));
    // SAFETY: `n` pointers, each null or to a name.
    let read = unsafe { NameIdRef::from_raw(out.read()) }
        .expect("read")
        .map(|n| n.to_name_id());
    assert_eq!(read, Some(named()[1].1.clone()));
    // SAFETY: as above.
    assert!(
        unsafe { out.add(1).read() }.is_null(),
        "no name for a tag without one"
    );
    // SAFETY: one MAPIFreeBuffer.
    unsafe { h.alloc().free(out.cast()) };

    // No tags in: the object's tags come back in a new array.
    let mut lp: LPSPropTagArray = ptr::null_mut();
    // SAFETY: as above, `*lppPropTags` null.
    assert_eq!(
        unsafe { (v.GetNamesFromIDs)(p.cast(), &mut lp, ptr::null_mut(), 0, &mut n, &mut out) },
        0
    );
    // SAFETY: the new array.
    let got = unsafe { TagArray::from_raw(lp) }
        .expect("read")
        .expect("non-null")
        .into_vec();
    assert_eq!(got, named().into_iter().map(|(t, _)| t).collect::<Vec<_>>());
    assert_eq!(n, 2);
    // SAFETY: the caller frees both.
    unsafe {
        h.alloc().free(lp.cast());
        h.alloc().free(out.cast());
    }
    // A failed allocation: neither written.
    let mut lp: LPSPropTagArray = ptr::null_mut();
    h.counting.fail_after(Some(1));
    // SAFETY: as above.
    let hr =
        unsafe { (v.GetNamesFromIDs)(p.cast(), &mut lp, ptr::null_mut(), 0, &mut n, &mut out) };
    h.counting.fail_after(None);
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
    assert!(lp.is_null() && out.is_null());
    // SAFETY: a null lppPropTags is refused.
    let hr = unsafe {
        (v.GetNamesFromIDs)(
            p.cast(),
            ptr::null_mut(),
            ptr::null_mut(),
            0,
            &mut n,
            &mut out,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    release(p);

    // IPropData: access bits, one per tag.
    let d = h.get::<IPropData>();
    let mut two = TagArrayBuf::new(&[PropTag(PR_SUBJECT_W), PropTag(PR_BODY_W)]).expect("tags");
    let mut bits = [IPROP_READONLY | IPROP_CLEAN; 2];
    // SAFETY: live object; two tags, two access words; then none.
    unsafe {
        let set = vt(d).HrSetPropAccess;
        assert_eq!(set(d.cast(), two.as_mut_ptr(), bits.as_mut_ptr()), 0);
        assert_eq!(
            Hresult(set(d.cast(), two.as_mut_ptr(), ptr::null_mut())),
            Hresult(MAPI_E_INVALID_PARAMETER)
        );
    }
    let (mut lp, mut access): (LPSPropTagArray, *mut ULONG) = (ptr::null_mut(), ptr::null_mut());
    // SAFETY: live object, valid pointers.
    assert_eq!(
        unsafe { (vt(d).HrGetPropAccess)(d.cast(), &mut lp, &mut access) },
        0
    );
    // SAFETY: one tag and one access word were returned.
    unsafe {
        assert_eq!(access.read(), IPROP_READWRITE | IPROP_CLEAN);
        h.alloc().free(lp.cast());
        h.alloc().free(access.cast());
    }
    release(d);
}

#[test]
fn credentials_are_read_and_cleared_and_name_blocks_are_read() {
    let h = Host::new();
    let ab = h.get::<IABProvider>();
    let profile: Vec<u16> = "p\0".encode_utf16().collect();
    let mut secret = *b"secret";
    let support = h.get::<IMAPISupport>();
    let call = |cb: &mut ULONG, pb: &mut LPBYTE, logon: &mut LPABLOGON| {
        let mut error: LPMAPIERROR = ptr::null_mut();
        // SAFETY: live object, a valid profile name and pointers.
        Hresult(unsafe {
            (vt(ab).Logon)(
                ab.cast(),
                support,
                0,
                profile.as_ptr().cast_mut(),
                MAPI_UNICODE,
                cb,
                pb,
                &mut error,
                logon,
            )
        })
    };
    let (mut cb, mut pb, mut logon): (ULONG, LPBYTE, LPABLOGON) =
        (6, secret.as_mut_ptr(), ptr::null_mut());
    assert_eq!(call(&mut cb, &mut pb, &mut logon), Hresult::OK);
    assert_eq!((cb, pb.is_null()), (0, true), "zero on output");
    assert!(!logon.is_null());
    release(logon);
    // Wrong credentials: the error, and the caller's values left alone.
    let (mut cb, mut pb) = (3, secret.as_mut_ptr());
    assert_eq!(
        call(&mut cb, &mut pb, &mut logon),
        Hresult(MAPI_E_LOGON_FAILED)
    );
    assert_eq!((cb, pb), (3, secret.as_mut_ptr()));
    // Hostile: a size with no bytes.
    let (mut cb, mut pb) = (6, ptr::null_mut());
    assert_eq!(
        call(&mut cb, &mut pb, &mut logon),
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    release(ab);

    let stg = h.get::<IStorage>();
    let a: Vec<u16> = "a\0".encode_utf16().collect();
    let bc: Vec<u16> = "bc\0".encode_utf16().collect();
    let mut block = [
        a.as_ptr().cast_mut(),
        bc.as_ptr().cast_mut(),
        ptr::null_mut(),
    ];
    let mut out: *mut IStorage = ptr::null_mut();
    // SAFETY: live object, a null-terminated name block, a valid out-pointer.
    let hr = unsafe {
        (vt(stg).OpenStorage)(
            stg.cast(),
            ptr::null(),
            ptr::null_mut(),
            0,
            block.as_mut_ptr(),
            0,
            &mut out,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_FOUND));
    // A name at an odd address is refused, not read.
    let odd = (a.as_ptr() as *mut u8).wrapping_add(1).cast::<u16>();
    block[0] = odd;
    // SAFETY: the thunk checks alignment before reading.
    let hr = unsafe {
        (vt(stg).OpenStorage)(
            stg.cast(),
            ptr::null(),
            ptr::null_mut(),
            0,
            block.as_mut_ptr(),
            0,
            &mut out,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    release(stg);
}

#[test]
fn an_in_out_interface_slot_goes_back_to_the_caller_on_every_path() {
    let h = Host::new();
    let s = h.get::<IMAPISupport>();
    let read = Msg.into_raw();
    let empty = Msg.into_raw();
    let add_ref = |m: *mut IMessage| {
        let u = m.cast::<IUnknown>();
        // SAFETY: a live message.
        unsafe { ((*(*u).lpVtbl).AddRef)(u.cast()) }
    };
    let mut slot = empty;
    // Failing: the caller's message is still in the slot, still the
    // caller's (our one reference, plus the one lent).
    assert_eq!(add_ref(empty), 2);
    // SAFETY: live objects, a valid slot.
    let hr = unsafe { (vt(s).ReadReceipt)(s.cast(), 0, read, &mut slot) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_CALL_FAILED));
    assert_eq!(slot, empty);
    // Succeeding: the provider took the lent reference; the slot is null.
    // SAFETY: as above.
    let hr = unsafe { (vt(s).ReadReceipt)(s.cast(), MAPI_NON_READ, read, &mut slot) };
    assert_eq!(hr, 0);
    assert!(slot.is_null());
    // Our reference is the last one: nothing was released twice or kept.
    let u = empty.cast::<IUnknown>();
    // SAFETY: our reference.
    assert_eq!(unsafe { ((*(*u).lpVtbl).Release)(u.cast()) }, 0);
    // A null slot pointer is refused; a null message in it is lent as none.
    // SAFETY: as above.
    unsafe {
        assert_eq!(
            Hresult((vt(s).ReadReceipt)(s.cast(), 0, read, ptr::null_mut())),
            Hresult(MAPI_E_INVALID_PARAMETER)
        );
        assert_eq!(
            (vt(s).ReadReceipt)(s.cast(), MAPI_NON_READ, read, &mut slot),
            0
        );
    }
    release(read);
    release(s);
}

#[test]
fn new_mail_notifications_are_read_with_their_class_width() {
    let h = Host::new();
    let store = h.get::<IMsgStore>();
    let id = *b"\0\0\0\0m";
    let class: Vec<u16> = "IPM.Note\0".encode_utf16().collect();
    // SAFETY: all zero is a valid NOTIFICATION.
    let mut n: NOTIFICATION = unsafe { std::mem::zeroed() };
    n.ulEventType = fnevNewMail;
    n.info.newmail = NEWMAIL_NOTIFICATION {
        cbEntryID: 5,
        lpEntryID: id.as_ptr().cast_mut().cast(),
        cbParentID: 0,
        lpParentID: ptr::null_mut(),
        ulFlags: MAPI_UNICODE,
        lpszMessageClass: class.as_ptr().cast_mut(),
        ulMessageFlags: 0,
    };
    let notify = |n: *mut NOTIFICATION| {
        // SAFETY: live object; the thunk reads the notification.
        Hresult(unsafe { (vt(store).NotifyNewMail)(store.cast(), n) })
    };
    assert_eq!(notify(&mut n), Hresult::OK);
    // Hostile: an identifier size with no identifier; null.
    n.info.newmail.lpEntryID = ptr::null_mut();
    assert_eq!(notify(&mut n), Hresult(MAPI_E_INVALID_PARAMETER));
    assert_eq!(notify(ptr::null_mut()), Hresult(MAPI_E_INVALID_PARAMETER));
    // Another event: seen as such, its own member read.
    // SAFETY: all zero is a valid NOTIFICATION.
    let mut other: NOTIFICATION = unsafe { std::mem::zeroed() };
    other.ulEventType = fnevObjectCreated;
    other.info.obj.cbEntryID = 5;
    other.info.obj.lpEntryID = id.as_ptr().cast_mut().cast();
    assert_eq!(notify(&mut other), Hresult(MAPI_E_CALL_FAILED));
    release(store);
}

#[test]
fn address_types_lend_the_objects_arrays() {
    let h = Host::new();
    let xp = h.get::<IXPLogon>();
    let (mut flags, mut n_types, mut n_uids) = (0, 0, 0);
    let (mut types, mut uids): (*mut LPTSTR, *mut LPMAPIUID) = (ptr::null_mut(), ptr::null_mut());
    let before = h.counting.allocations();
    // SAFETY: live object, valid out-pointers.
    let hr = unsafe {
        (vt(xp).AddressTypes)(
            xp.cast(),
            &mut flags,
            &mut n_types,
            &mut types,
            &mut n_uids,
            &mut uids,
        )
    };
    assert_eq!(hr, 0);
    assert_eq!((flags, n_types, n_uids), (MAPI_UNICODE, 2, 1));
    assert_eq!(h.counting.allocations(), before, "lent, not allocated");
    // SAFETY: the object's arrays, alive while the object is.
    unsafe {
        let x400 = StrRef::from_raw(types.add(1).read(), true)
            .expect("read")
            .expect("non-null");
        assert_eq!(x400.to_string_lossy(), "X400");
        assert_eq!((*uids.read()).ab, [7; 16]);
    }
    // A null out-pointer is refused, and the others stay null.
    let mut t2: *mut LPTSTR = ptr::null_mut();
    // SAFETY: as above, one out-pointer null.
    let hr = unsafe {
        (vt(xp).AddressTypes)(
            xp.cast(),
            &mut flags,
            &mut n_types,
            &mut t2,
            &mut n_uids,
            ptr::null_mut(),
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    assert!(t2.is_null());
    release(xp);
}

#[test]
fn the_allocator_goes_out_as_its_three_functions() {
    let h = Host::new();
    let s = h.get::<IMAPISupport>();
    // What a caller does with them: `Allocator::from_support`.
    // SAFETY: a live support object; we own the reference we hand over.
    let support = unsafe { ComPtr::from_raw(s) }.expect("non-null");
    let alloc = Allocator::from_support(&support).expect("allocator");
    assert_eq!(
        alloc.functions().0 as usize,
        h.alloc().functions().0 as usize
    );
    let block = alloc.buffer(8).expect("block");
    assert_eq!(h.counting.live_blocks(), 1, "the host's counting allocator");
    drop(block);
    // One null out-pointer: refused, the others left null.
    let (mut a, mut f): (LPALLOCATEBUFFER, LPFREEBUFFER) = (None, None);
    // SAFETY: live object; one out-pointer null.
    let hr = unsafe { (vt(s).GetMemAllocRoutines)(s.cast(), &mut a, ptr::null_mut(), &mut f) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    assert!(a.is_none() && f.is_none());
    drop(support);
}

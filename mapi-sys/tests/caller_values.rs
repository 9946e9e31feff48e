//! The caller side of the value layer: `IFooExt` methods called on derived
//! objects, both sides safe Rust. Arguments go in as Rust values (tags,
//! properties, strings), MAPI-allocated results come back in owners of the
//! caller's allocator, and a counting allocator ends with no live block,
//! whether the call succeeds or fails.

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    Allocator, MapiError, Problem, Prop, PropArray, PropRef, PropTag, PropValue, PropValueRef,
};
use mapi_sys::*;
use std::sync::{Arc, Mutex};

#[derive(ComObject)]
#[mapi(implements(IMAPIFolder), allocator = alloc)]
struct Folder {
    alloc: Allocator,
    /// What the object was handed, as it saw it.
    seen: Arc<Mutex<Vec<String>>>,
}

impl Folder {
    fn note(&self, what: String) {
        self.seen.lock().expect("lock").push(what);
    }
}

impl IMAPIPropImpl for Folder {
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MAPIPropGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(MapiError {
            error: Some(format!("{} in the folder", Hresult(hr))),
            component: Some("folder".into()),
            ..MapiError::default()
        })
    }

    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let tags = tags.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        Ok(tags
            .iter()
            .map(|&tag| match tag.0 {
                PR_DISPLAY_NAME_W => Prop::new(tag, PropValue::unicode("Inbox ✉")),
                PR_CONTENT_COUNT => Prop::new(tag, PropValue::Long(7)),
                PR_ENTRYID => Prop::new(tag, PropValue::Binary(vec![0, 0, 0, 0, 1, 2, 3])),
                _ => Prop::error(tag, Hresult(MAPI_E_NOT_FOUND)),
            })
            .collect())
    }

    fn get_prop_list(&self, _flags: MAPIPropGetPropListFlags) -> Result<Vec<PropTag>, Hresult> {
        Ok(vec![PropTag(PR_DISPLAY_NAME_W), PropTag(PR_CONTENT_COUNT)])
    }

    fn set_props(&self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let mut problems = Vec::new();
        for (i, v) in values.iter().enumerate() {
            match &v.value {
                PropValueRef::Unicode(s) => {
                    self.note(format!("{}={}", v.tag, String::from_utf16_lossy(s)))
                }
                PropValueRef::Long(l) => self.note(format!("{}={l}", v.tag)),
                _ => problems.push(Problem {
                    index: i as u32,
                    tag: v.tag,
                    scode: Hresult(MAPI_E_NO_ACCESS),
                }),
            }
        }
        Ok(problems)
    }
}

impl IMAPIContainerImpl for Folder {}

impl IMAPIFolderImpl for Folder {
    fn create_folder(
        &self,
        _kind: MAPIFolderCreateFolderTypeFlags,
        name: value::StrRef<'_>,
        comment: Option<value::StrRef<'_>>,
        _iid: Option<&GUID>,
        _flags: MAPIFolderCreateFolderFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        self.note(format!(
            "create {} ({}) {:?}",
            name,
            if name.is_unicode() { "UTF-16" } else { "8-bit" },
            comment.map(|c| c.to_string())
        ));
        Err(Hresult(MAPI_E_NO_SUPPORT))
    }
}

type Seen = Arc<Mutex<Vec<String>>>;

fn folder(counting: &CountingAllocator) -> (ComPtr<IMAPIFolder>, Seen) {
    let seen = Seen::default();
    let f = Folder {
        alloc: counting.allocator(),
        seen: seen.clone(),
    }
    .into_com();
    (f, seen)
}

#[test]
fn get_props_returns_an_owner_that_frees_with_the_callers_allocator() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let (f, _) = folder(&counting);
    let tags = [
        PropTag(PR_DISPLAY_NAME_W),
        PropTag(PR_CONTENT_COUNT),
        PropTag(PR_ENTRYID),
        PropTag(PR_SUBJECT_W),
    ];
    let values = f
        .get_props(&alloc, Some(&tags), MAPIPropGetPropsFlags::empty())
        .expect("get");
    assert_eq!(values.count(), 4);
    let props = values.to_props().expect("readable");
    assert_eq!(
        props,
        [
            Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Inbox ✉")),
            Prop::new(PR_CONTENT_COUNT, PropValue::Long(7)),
            Prop::new(PR_ENTRYID, PropValue::Binary(vec![0, 0, 0, 0, 1, 2, 3])),
            Prop::error(PropTag(PR_SUBJECT_W), Hresult(MAPI_E_NOT_FOUND)),
        ]
    );
    assert!(counting.live_blocks() > 0);
    drop(values);
    assert_eq!(counting.live_blocks(), 0);

    let list = f
        .get_prop_list(&alloc, MAPIPropGetPropListFlags::empty())
        .expect("list");
    assert_eq!(
        list.tags().expect("readable").as_slice(),
        [PropTag(PR_DISPLAY_NAME_W), PropTag(PR_CONTENT_COUNT)]
    );
    drop(list);
    assert_eq!(counting.live_blocks(), 0);
    assert!(counting.misuse().is_empty(), "{:?}", counting.misuse());
}

#[test]
fn set_props_takes_rust_values_and_returns_the_problems() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let (f, inner) = folder(&counting);
    let values = [
        Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Outbox")),
        Prop::new(PR_CONTENT_COUNT, PropValue::Long(3)),
        Prop::new(PR_ENTRYID, PropValue::Binary(vec![1])),
    ];
    let problems = f
        .set_props(&alloc, &values)
        .expect("set")
        .expect("one problem");
    assert_eq!(
        problems.problems().expect("readable"),
        [Problem {
            index: 2,
            tag: PropTag(PR_ENTRYID),
            scode: Hresult(MAPI_E_NO_ACCESS),
        }]
    );
    drop(problems);
    assert!(
        f.set_props(&alloc, &values[..2]).expect("set").is_none(),
        "no problem is None"
    );
    assert_eq!(
        *inner.lock().expect("lock"),
        [
            format!("{}=Outbox", PropTag(PR_DISPLAY_NAME_W)),
            format!("{}=3", PropTag(PR_CONTENT_COUNT)),
            format!("{}=Outbox", PropTag(PR_DISPLAY_NAME_W)),
            format!("{}=3", PropTag(PR_CONTENT_COUNT)),
        ]
    );
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn get_last_error_is_read_in_the_width_the_flag_asked_for() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let (f, _) = folder(&counting);
    for flags in [
        MAPIPropGetLastErrorFlags::empty(),
        MAPIPropGetLastErrorFlags::MAPI_UNICODE,
    ] {
        let e = f
            .get_last_error(&alloc, MAPI_E_NOT_FOUND, flags)
            .expect("error");
        assert_eq!(e.is_unicode(), !flags.is_empty());
        let view = e.view().expect("readable");
        assert_eq!(
            view.to_error().error.as_deref(),
            Some("MAPI_E_NOT_FOUND (0x8004010F) in the folder")
        );
    }
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn strings_go_in_the_width_of_the_unicode_flag() {
    let counting = CountingAllocator::new();
    let (f, inner) = folder(&counting);
    let generic = MAPIFolderCreateFolderTypeFlags::GENERIC;
    let unicode = MAPIFolderCreateFolderFlags::MAPI_UNICODE;
    let none = MAPIFolderCreateFolderFlags::empty();
    let r = f.create_folder::<IMAPIFolder>(generic, "Caf\u{e9}", None, none);
    assert_eq!(r.err(), Some(Hresult(MAPI_E_NO_SUPPORT)));
    let r = f.create_folder::<IMAPIFolder>(generic, "Пошта", Some("✉"), unicode);
    assert_eq!(r.err(), Some(Hresult(MAPI_E_NO_SUPPORT)));
    // Text that the call cannot carry is refused before the object sees it.
    let r = f.create_folder::<IMAPIFolder>(generic, "Пошта", None, none);
    assert_eq!(r.err(), Some(Hresult(MAPI_E_BAD_CHARWIDTH)));
    let r = f.create_folder::<IMAPIFolder>(generic, "a\0b", None, unicode);
    assert_eq!(r.err(), Some(Hresult(MAPI_E_INVALID_PARAMETER)));
    assert_eq!(
        *inner.lock().expect("lock"),
        [
            "create Caf\u{e9} (8-bit) None".to_string(),
            "create Пошта (UTF-16) Some(\"✉\")".to_string(),
        ]
    );
}

#[test]
fn a_callee_out_of_memory_is_an_error_and_nothing_leaks() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let (f, _) = folder(&counting);
    let tags = [PropTag(PR_DISPLAY_NAME_W), PropTag(PR_ENTRYID)];
    // The thunk's writer needs a root block and a chained one; fail each.
    for n in 0..2 {
        counting.fail_after(Some(n));
        let r = f.get_props(&alloc, Some(&tags), MAPIPropGetPropsFlags::empty());
        assert_eq!(
            r.err(),
            Some(Hresult(MAPI_E_NOT_ENOUGH_MEMORY)),
            "failing #{n}"
        );
        assert_eq!(counting.live_blocks(), 0, "failing #{n}");
    }
    counting.fail_after(None);
    assert!(
        f.get_props(&alloc, Some(&tags), MAPIPropGetPropsFlags::empty())
            .is_ok()
    );
    assert_eq!(counting.live_blocks(), 0);
}

/// A table whose implementation records what it was handed, as Rust values.
#[derive(ComObject)]
#[mapi(implements(IMAPITable), allocator = alloc)]
struct Table {
    alloc: Allocator,
    seen: Seen,
}

impl IMAPITableImpl for Table {
    fn set_columns(
        &self,
        tags: &[PropTag],
        _flags: MAPITableSetColumnsFlags,
    ) -> Result<(), Hresult> {
        self.seen
            .lock()
            .expect("lock")
            .push(format!("columns {tags:?}"));
        Ok(())
    }

    fn restrict(
        &self,
        r: Option<&value::RestrictionRef<'_>>,
        _flags: MAPITableRestrictFlags,
    ) -> Result<(), Hresult> {
        let r = r.map(|r| r.to_restriction()).transpose()?;
        self.seen
            .lock()
            .expect("lock")
            .push(format!("restrict {r:?}"));
        Ok(())
    }

    fn sort_table(
        &self,
        sort: &value::SortOrderSet,
        _flags: MAPITableSortTableFlags,
    ) -> Result<(), Hresult> {
        self.seen
            .lock()
            .expect("lock")
            .push(format!("sort {:?}", sort.sorts));
        Ok(())
    }

    fn query_rows(
        &self,
        count: LONG,
        _flags: MAPITableQueryRowsFlags,
    ) -> Result<Vec<Vec<Prop>>, Hresult> {
        Ok((0..count)
            .map(|i| vec![Prop::new(PR_CONTENT_COUNT, PropValue::Long(i))])
            .collect())
    }
}

#[test]
fn table_arguments_go_in_as_rust_values_and_rows_come_back_owned() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let seen = Seen::default();
    let t = Table {
        alloc,
        seen: seen.clone(),
    }
    .into_com();
    let columns = [PropTag(PR_DISPLAY_NAME_W), PropTag(PR_CONTENT_COUNT)];
    t.set_columns(&columns, MAPITableSetColumnsFlags::empty())
        .expect("columns");
    let r = value::Restriction::And(vec![
        value::Restriction::Exist {
            tag: PropTag(PR_DISPLAY_NAME_W),
        },
        value::Restriction::Property {
            relop: value::Relop::Ge,
            tag: PropTag(PR_CONTENT_COUNT),
            value: Prop::new(PR_CONTENT_COUNT, PropValue::Long(2)),
        },
    ]);
    t.restrict(Some(&r), MAPITableRestrictFlags::empty())
        .expect("restrict");
    t.restrict(None, MAPITableRestrictFlags::empty())
        .expect("no restriction");
    let sort = value::SortOrderSet {
        sorts: vec![value::SortOrder {
            tag: PropTag(PR_DISPLAY_NAME_W),
            order: TABLE_SORT_DESCEND,
        }],
        ..value::SortOrderSet::default()
    };
    t.sort_table(&sort, MAPITableSortTableFlags::empty())
        .expect("sort");
    assert_eq!(
        *seen.lock().expect("lock"),
        [
            format!("columns {:?}", columns),
            format!("restrict {:?}", Some(&r)),
            "restrict None".to_string(),
            format!("sort {:?}", sort.sorts),
        ]
    );
    let rows = t
        .query_rows(&alloc, 3, MAPITableQueryRowsFlags::empty())
        .expect("rows");
    assert_eq!(
        rows.rows().expect("readable").to_rows().expect("values"),
        (0..3)
            .map(|i| vec![Prop::new(PR_CONTENT_COUNT, PropValue::Long(i))])
            .collect::<Vec<_>>()
    );
    drop(rows);
    assert_eq!(counting.live_blocks(), 0, "the row set and each row freed");
}

/// An address book that resolves every unresolved entry it is given.
#[derive(ComObject)]
#[mapi(implements(IAddrBook), allocator = alloc)]
struct Book {
    alloc: Allocator,
}

impl IMAPIPropImpl for Book {}

impl IAddrBookImpl for Book {
    fn resolve_name(
        &self,
        _ui: ULONG_PTR,
        _flags: AddrBookResolveNameFlags,
        _title: Option<value::StrRef<'_>>,
        entries: &mut [Vec<Prop>],
    ) -> Result<(), Hresult> {
        for e in entries.iter_mut() {
            if !e.iter().any(|p| p.tag().id() == PropTag(PR_ENTRYID).id()) {
                e.push(Prop::new(
                    PR_ENTRYID,
                    PropValue::Binary(vec![0, 0, 0, 0, 9]),
                ));
            }
        }
        Ok(())
    }
}

#[test]
fn an_address_list_changed_in_place_comes_back_changed() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let book = Book { alloc }.into_com();
    let name = |s: &str| Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode(s));
    let resolved = vec![
        name("Ann"),
        Prop::new(PR_ENTRYID, PropValue::Binary(vec![1])),
    ];
    let mut entries = vec![resolved.clone(), vec![name("Bob")]];
    book.resolve_name(
        &alloc,
        0,
        AddrBookResolveNameFlags::empty(),
        None,
        &mut entries,
    )
    .expect("resolve");
    assert_eq!(
        entries,
        [
            resolved,
            vec![
                name("Bob"),
                Prop::new(PR_ENTRYID, PropValue::Binary(vec![0, 0, 0, 0, 9]))
            ]
        ]
    );
    assert_eq!(counting.live_blocks(), 0);
    assert!(counting.misuse().is_empty(), "{:?}", counting.misuse());
}

/// A session with two address types.
#[derive(ComObject)]
#[mapi(implements(IMAPISession), allocator = alloc)]
struct Session {
    alloc: Allocator,
}

impl IMAPISessionImpl for Session {
    fn enum_adr_types(&self, _flags: MAPISessionEnumAdrTypesFlags) -> Result<Vec<String>, Hresult> {
        Ok(vec!["SMTP".into(), "X400".into()])
    }
}

#[test]
fn string_arrays_come_back_in_the_width_asked_for() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let s = Session { alloc }.into_com();
    for flags in [
        MAPISessionEnumAdrTypesFlags::empty(),
        MAPISessionEnumAdrTypesFlags::MAPI_UNICODE,
    ] {
        let types = s.enum_adr_types(&alloc, flags).expect("types");
        assert_eq!(types.is_unicode(), !flags.is_empty());
        assert_eq!(types.to_strings(), ["SMTP", "X400"]);
    }
    assert_eq!(counting.live_blocks(), 0);
}

/// Named properties: two names known to the object.
#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = alloc)]
struct Names {
    alloc: Allocator,
}

const PS_TEST: GUID = GUID::from_u128(0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10);

impl IMAPIPropImpl for Names {
    fn get_ids_from_names(
        &self,
        names: Option<&[value::NameIdRef<'_>]>,
        _flags: MAPIPropGetIDsFromNamesFlags,
    ) -> Result<Vec<PropTag>, Hresult> {
        let names = names.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        Ok(names
            .iter()
            .map(|n| match n.to_name_id().kind {
                value::NameKind::Id(7) => PropTag::new(0x8001, PT_LONG),
                value::NameKind::Name(s) if s == "Color" => PropTag::new(0x8002, PT_UNICODE),
                _ => PropTag::new(0, PT_ERROR),
            })
            .collect())
    }

    fn get_names_from_ids(
        &self,
        tags: &mut Option<Vec<PropTag>>,
        _set: Option<&GUID>,
        _flags: MAPIPropGetNamesFromIDsFlags,
    ) -> Result<Vec<Option<value::NameId>>, Hresult> {
        let tags = tags.get_or_insert_with(|| {
            vec![
                PropTag::new(0x8001, PT_LONG),
                PropTag::new(0x8002, PT_UNICODE),
            ]
        });
        Ok(tags
            .iter()
            .map(|t| match t.id() {
                0x8001 => Some(value::NameId {
                    guid: PS_TEST,
                    kind: value::NameKind::Id(7),
                }),
                0x8002 => Some(value::NameId {
                    guid: PS_TEST,
                    kind: value::NameKind::Name("Color".into()),
                }),
                _ => None,
            })
            .collect())
    }
}

#[test]
fn named_properties_go_both_ways_as_rust_values() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let p = Names { alloc }.into_com();
    let names = [
        value::NameId {
            guid: PS_TEST,
            kind: value::NameKind::Name("Color".into()),
        },
        value::NameId {
            guid: PS_TEST,
            kind: value::NameKind::Id(7),
        },
        value::NameId {
            guid: PS_TEST,
            kind: value::NameKind::Id(8),
        },
    ];
    let tags = p
        .get_ids_from_names(&alloc, Some(&names), MAPIPropGetIDsFromNamesFlags::empty())
        .expect("ids");
    assert_eq!(
        tags.tags().expect("readable").as_slice(),
        [
            PropTag::new(0x8002, PT_UNICODE),
            PropTag::new(0x8001, PT_LONG),
            PropTag::new(0, PT_ERROR)
        ]
    );
    drop(tags);
    // Given tags: no array comes back; one name per tag.
    let asked = [PropTag::new(0x8001, PT_LONG), PropTag::new(0x9000, PT_LONG)];
    let (none, buffer) = p
        .get_names_from_ids(
            &alloc,
            Some(&asked),
            None,
            MAPIPropGetNamesFromIDsFlags::empty(),
        )
        .expect("names");
    assert!(none.is_none());
    let got: Vec<Option<value::NameId>> = buffer
        .name_ids()
        .expect("readable")
        .iter()
        .map(|n| n.as_ref().map(value::NameIdRef::to_name_id))
        .collect();
    assert_eq!(got, [Some(names[1].clone()), None]);
    drop(buffer);
    assert_eq!(counting.live_blocks(), 0);
    // No tags: the object's array comes back with the names.
    let (all, got) = p
        .get_names_from_ids(&alloc, None, None, MAPIPropGetNamesFromIDsFlags::empty())
        .expect("names");
    assert_eq!(
        all.as_ref()
            .expect("the object's tags")
            .tags()
            .expect("readable")
            .len(),
        2
    );
    assert_eq!(got.count(), 2);
    drop((all, got));
    assert_eq!(counting.live_blocks(), 0);
}

/// A store that records the new-mail notifications it is given.
#[derive(ComObject)]
#[mapi(implements(IMsgStore), allocator = alloc)]
struct MailStore {
    alloc: Allocator,
    seen: Seen,
}

impl IMAPIPropImpl for MailStore {}

impl IMsgStoreImpl for MailStore {
    fn notify_new_mail(&self, n: &value::NotificationRef<'_>) -> Result<(), Hresult> {
        let value::NotificationRef::NewMail(m) = n else {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        };
        self.seen.lock().expect("lock").push(format!(
            "{:?} {:?} {:?}",
            m.entry_id,
            m.parent_id,
            m.message_class.map(|c| c.to_string())
        ));
        Ok(())
    }
}

/// The support object hands out its allocator.
#[derive(ComObject)]
#[mapi(implements(IMAPISupport))]
struct Support {
    alloc: Allocator,
}

impl IMAPISupportImpl for Support {
    fn get_mem_alloc_routines(&self) -> Result<Allocator, Hresult> {
        Ok(self.alloc)
    }
}

#[test]
fn notifications_and_allocators_cross_as_rust_values() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let seen = Seen::default();
    let store = MailStore {
        alloc,
        seen: seen.clone(),
    }
    .into_com();
    let class: Vec<u16> = "IPM.Note".encode_utf16().collect();
    let mail = value::NotificationRef::NewMail(value::NewMailRef {
        entry_id: &[0, 0, 0, 0, 1],
        parent_id: &[0, 0, 0, 0, 2],
        flags: MAPI_UNICODE,
        message_class: Some(value::StrRef::Unicode(&class)),
        message_flags: 0,
    });
    store.notify_new_mail(&mail).expect("delivered");
    // A class whose width contradicts the flags is refused before the call.
    let wrong = value::NotificationRef::NewMail(value::NewMailRef {
        flags: 0,
        ..match mail {
            value::NotificationRef::NewMail(m) => m,
            _ => unreachable!(),
        }
    });
    assert_eq!(
        store.notify_new_mail(&wrong),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    assert_eq!(
        *seen.lock().expect("lock"),
        ["[0, 0, 0, 0, 1] [0, 0, 0, 0, 2] Some(\"IPM.Note\")"]
    );
    let support = Support { alloc }.into_com();
    let got = support.get_mem_alloc_routines().expect("allocator");
    let block = got.buffer(8).expect("a block from the support's allocator");
    assert_eq!(counting.live_blocks(), 1);
    drop(block);
    assert_eq!(counting.live_blocks(), 0);
}

/// An address book container that knows one recipient, "Ann".
#[derive(ComObject)]
#[mapi(implements(IABContainer), allocator = alloc)]
struct Container {
    alloc: Allocator,
}

impl IMAPIPropImpl for Container {}
impl IMAPIContainerImpl for Container {}

impl IABContainerImpl for Container {
    fn resolve_names(
        &self,
        _tags: Option<&[PropTag]>,
        _flags: ABContainerResolveNamesFlags,
        entries: &mut [Vec<Prop>],
        flags: &mut [ULONG],
    ) -> Result<(), Hresult> {
        if entries.len() != flags.len() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        for (e, f) in entries.iter_mut().zip(flags.iter_mut()) {
            let ann = e
                .iter()
                .any(|p| matches!(p.value(), PropValue::Unicode(s) if s == "Ann"));
            if *f == MAPI_UNRESOLVED && ann {
                e.push(Prop::new(
                    PR_ENTRYID,
                    PropValue::Binary(vec![0, 0, 0, 0, 7]),
                ));
                *f = MAPI_RESOLVED;
            }
        }
        Ok(())
    }
}

#[test]
fn resolve_names_updates_the_entries_and_their_flags_in_place() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let c = Container { alloc }.into_com();
    let name = |s: &str| Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode(s));
    let mut entries = vec![vec![name("Ann")], vec![name("Zed")]];
    let mut flags = [MAPI_UNRESOLVED, MAPI_UNRESOLVED];
    c.resolve_names(
        &alloc,
        None,
        ABContainerResolveNamesFlags::MAPI_UNICODE,
        &mut entries,
        &mut flags,
    )
    .expect("resolve");
    assert_eq!(flags, [MAPI_RESOLVED, MAPI_UNRESOLVED]);
    assert_eq!(
        entries[0],
        [
            name("Ann"),
            Prop::new(PR_ENTRYID, PropValue::Binary(vec![0, 0, 0, 0, 7]))
        ]
    );
    assert_eq!(entries[1], [name("Zed")]);
    // A flag list of another length reaches the provider, which refuses it.
    let mut short = [MAPI_UNRESOLVED];
    let r = c.resolve_names(
        &alloc,
        None,
        ABContainerResolveNamesFlags::empty(),
        &mut entries,
        &mut short,
    );
    assert_eq!(r, Err(Hresult(MAPI_E_INVALID_PARAMETER)));
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn a_host_passing_no_flag_list_gets_invalid_parameter() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let c = Container { alloc }.into_com();
    let list = value::write_adr_list(
        &alloc,
        &[vec![Prop::new(
            PR_DISPLAY_NAME_W,
            PropValue::unicode("Ann"),
        )]],
    )
    .expect("list");
    // SAFETY: a live container; a valid address list and a null flag list,
    // which the thunk must refuse before reading anything.
    let hr = unsafe {
        (c.vtable().ResolveNames)(
            c.as_raw().cast(),
            std::ptr::null_mut(),
            0,
            list.as_ptr().cast_mut(),
            std::ptr::null_mut(),
        )
    };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    drop(list);
    assert_eq!(counting.live_blocks(), 0);
}

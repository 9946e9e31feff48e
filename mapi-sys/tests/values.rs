//! The value layer end to end: every `PT_*` type through the writers, MAPI
//! memory and the views, with a counting allocator that must end with no
//! live block; and views fed hostile memory (nulls with counts, huge counts,
//! misaligned arrays, unterminated strings, restriction cycles), which must
//! answer errors, never misbehave. Run under Miri too when it is installed
//! (`cargo +nightly miri test -p mapi-sys --test values`).

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    BitMaskOp, EntryId, EntryIdRef, EntryList, FileTime, MAX_COUNT, MAX_RESTRICTION_DEPTH,
    MapiBuffer, MapiError, MapiErrorRef, NameId, NameKind, Problem, Prop, PropRef, PropTag,
    PropValue, PropValueRef, Relop, Restriction, RestrictionRef, RowSetRef, SortOrder,
    SortOrderSet, StrRef, TagArray, TagArrayBuf, ViewError, errors_returned, write_adr_list,
    write_bytes, write_entry_id, write_entry_list, write_mapi_error, write_name_ids,
    write_problems, write_props, write_row, write_row_set, write_strings, write_tags, write_tstr,
    write_ulongs,
};
use mapi_sys::*;
use std::borrow::Cow;
use std::ffi::CString;
use std::ptr;

fn guid(n: u128) -> GUID {
    GUID::from_u128(0x0123_4567_89ab_cdef_0011_2233_4455_0000 | n)
}

fn cs(s: &str) -> CString {
    CString::new(s).expect("no NUL")
}

/// One value of every `PT_*` type, single and multivalued, with edge cases
/// (empty strings and arrays, non-ASCII, extremes).
fn every_type() -> Vec<PropValue> {
    use PropValue as V;
    vec![
        V::Null,
        V::I2(-2),
        V::I2(i16::MIN),
        V::Long(-7),
        V::Long(i32::MAX),
        V::R4(1.5),
        V::Double(-2.25e300),
        V::Currency(123_456_789),
        V::AppTime(45_000.5),
        V::Error(Hresult(MAPI_E_NOT_FOUND)),
        V::Boolean(true),
        V::Boolean(false),
        V::Object,
        V::I8(i64::MIN),
        V::String8(cs("ansi")),
        V::String8(CString::new(vec![0xE9, 0x80, 0xFF]).expect("no NUL")),
        V::String8(cs("")),
        V::Unicode("wide \u{e9}\u{1F600}".into()),
        V::Unicode(String::new()),
        V::SysTime(FileTime::from_u64(0x01D0_0000_1234_5678)),
        V::Clsid(guid(1)),
        V::Binary(vec![0, 1, 2, 255]),
        V::Binary(vec![]),
        V::MvI2(vec![1, -1, i16::MAX]),
        V::MvLong(vec![1, 2, 3]),
        V::MvR4(vec![0.5, -0.0]),
        V::MvDouble(vec![0.25, 8.0]),
        V::MvCurrency(vec![5, -6]),
        V::MvAppTime(vec![1.0]),
        V::MvSysTime(vec![FileTime::from_u64(1), FileTime::from_u64(u64::MAX)]),
        V::MvString8(vec![cs("a"), cs(""), cs("bc")]),
        V::MvBinary(vec![vec![1], vec![], vec![2, 3]]),
        V::MvUnicode(vec!["x".into(), String::new(), "\u{e9}t\u{e9}".into()]),
        V::MvClsid(vec![guid(2), guid(3)]),
        V::MvI8(vec![i64::MIN, 0, i64::MAX]),
        V::MvLong(vec![]),
        V::MvString8(vec![]),
        V::MvUnicode(vec![]),
        V::MvBinary(vec![]),
    ]
}

fn props_of(values: Vec<PropValue>) -> Vec<Prop> {
    values
        .into_iter()
        .enumerate()
        .map(|(i, v)| Prop::new(PropTag::new(0x6600 + i as u16, 0), v))
        .collect()
}

/// Every `PT_*` type (single and multivalued, and every base type of
/// `PT_MV_*`) appears in [`every_type`].
#[test]
fn every_type_is_covered() {
    let types: std::collections::BTreeSet<u32> =
        every_type().iter().map(|v| v.prop_type()).collect();
    for ty in [
        PT_NULL,
        PT_I2,
        PT_LONG,
        PT_R4,
        PT_DOUBLE,
        PT_CURRENCY,
        PT_APPTIME,
        PT_ERROR,
        PT_BOOLEAN,
        PT_OBJECT,
        PT_I8,
        PT_STRING8,
        PT_UNICODE,
        PT_SYSTIME,
        PT_CLSID,
        PT_BINARY,
        PT_MV_I2,
        PT_MV_LONG,
        PT_MV_R4,
        PT_MV_DOUBLE,
        PT_MV_CURRENCY,
        PT_MV_APPTIME,
        PT_MV_SYSTIME,
        PT_MV_STRING8,
        PT_MV_BINARY,
        PT_MV_UNICODE,
        PT_MV_CLSID,
        PT_MV_I8,
    ] {
        assert!(types.contains(&ty), "{ty:#x}");
    }
}

#[test]
fn every_type_round_trips_through_one_allocation_chain() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let props = props_of(every_type());

    // The provider writes, the thunk hands the array over...
    let written = write_props(&alloc, &props).expect("write");
    assert_eq!(counting.live_roots(), 1, "one root block");
    assert_eq!(counting.live_blocks(), 2, "the array and one chained heap");
    let (count, raw) = written.into_raw_parts();
    assert_eq!(count as usize, props.len());

    // ...the caller views it and takes owned values.
    // SAFETY: `raw` is a root block of `alloc` holding `count` values.
    let adopted = unsafe { MapiBuffer::from_raw(alloc, raw, count) }.expect("non-null");
    let views = adopted.props().expect("views");
    for (view, prop) in views.iter().zip(&props) {
        assert_eq!(view.tag, prop.tag(), "{prop:?}");
        assert!(!view.value.is_invalid(), "{view:?}");
        assert_eq!(view.to_prop().as_ref(), Ok(prop));
    }
    assert_eq!(adopted.to_props().expect("owned"), props);
    drop(views);
    drop(adopted);
    assert_eq!(counting.live_blocks(), 0);
    assert!(counting.misuse().is_empty(), "{:?}", counting.misuse());
}

#[test]
fn each_type_round_trips_alone() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    for value in every_type() {
        let props = [Prop::new(PropTag::new(0x6601, 0), value)];
        let written = write_props(&alloc, &props).expect("write");
        assert!(counting.live_blocks() <= 2);
        assert_eq!(written.to_props().expect("read"), props);
    }
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn the_written_layout_is_what_c_reads() {
    let counting = CountingAllocator::new();
    let props = [
        Prop::new(PR_SUBJECT_W, PropValue::unicode("Hi")),
        Prop::new(PR_MESSAGE_SIZE, PropValue::Long(-1)),
        Prop::new(PR_ENTRYID, PropValue::Binary(vec![9; 5])),
        Prop::new(
            PropTag::new(0x6601, PT_MV_STRING8),
            PropValue::MvString8(vec![cs("ab")]),
        ),
    ];
    let written = write_props(&counting.allocator(), &props).expect("write");
    let p = written.as_ptr();
    // SAFETY: four values just written, read as C would.
    unsafe {
        let v = &*p;
        assert_eq!(v.ulPropTag, PR_SUBJECT_W);
        assert_eq!(
            std::slice::from_raw_parts(v.Value.lpszW, 3),
            [0x48, 0x69, 0]
        );
        let v = &*p.add(1);
        assert_eq!((v.ulPropTag, v.Value.l), (PR_MESSAGE_SIZE, -1));
        let v = &*p.add(2);
        assert_eq!(v.Value.bin.cb, 5);
        assert_eq!(*v.Value.bin.lpb.add(4), 9);
        let v = &*p.add(3);
        assert_eq!(v.Value.MVszA.cValues, 1);
        let s = *v.Value.MVszA.lppszA;
        assert_eq!(std::ffi::CStr::from_ptr(s), c"ab");
        assert!(counting.is_live(written.as_ptr().cast()));
        assert!(
            !counting.is_live(s.cast()),
            "strings live inside the chained heap"
        );
    }
}

#[test]
fn failed_allocations_leak_nothing() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let props = props_of(every_type());
    let rows = vec![props.clone(), props[..3].to_vec(), vec![]];
    let error = MapiError {
        error: Some("e".into()),
        component: Some("c".into()),
        ..MapiError::default()
    };
    for fail_after in 0..8 {
        counting.fail_after(Some(fail_after));
        let results = [
            write_props(&alloc, &props).map(drop),
            write_row_set(&alloc, &rows).map(drop),
            write_adr_list(&alloc, &rows).map(drop),
            write_mapi_error(&alloc, &error, true).map(drop),
            write_tags(&alloc, &[PropTag(PR_SUBJECT_W)]).map(drop),
            write_tstr(&alloc, "s", false).map(drop),
            write_row(&alloc, &props).map(drop),
            write_entry_list(&alloc, &[EntryId::new([0; 4], b"x")]).map(drop),
            write_strings(&alloc, &["a", "b"], false).map(drop),
            write_strings(&alloc, &["a", "b"], true).map(drop),
            write_ulongs(&alloc, &[1, 2]).map(drop),
            write_name_ids(
                &alloc,
                &[
                    None,
                    Some(NameId {
                        guid: guid(1),
                        kind: NameKind::Name("n".into()),
                    }),
                ],
            )
            .map(drop),
            every_restriction().write(&alloc).map(drop),
        ];
        for r in results {
            if let Err(e) = r {
                assert_eq!(e, Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
            }
        }
        counting.fail_after(None);
        assert_eq!(counting.live_blocks(), 0, "after failing at {fail_after}");
    }
    assert!(counting.misuse().is_empty(), "{:?}", counting.misuse());
}

#[test]
fn get_props_answers_with_errors_returned() {
    let props = vec![
        Prop::new(PR_SUBJECT_W, PropValue::unicode("s")),
        Prop::error(PR_BODY_W, Hresult(MAPI_E_NOT_FOUND)),
    ];
    assert_eq!(errors_returned(&props), Hresult(MAPI_W_ERRORS_RETURNED));
    assert_eq!(errors_returned(&props[..1]), Hresult::OK);
    let counting = CountingAllocator::new();
    let written = write_props(&counting.allocator(), &props).expect("write");
    let views = written.props().expect("views");
    assert_eq!(views[1].tag, PropTag(PR_BODY_W).to_error());
    assert_eq!(
        views[1].value,
        PropValueRef::Error(Hresult(MAPI_E_NOT_FOUND))
    );
}

#[test]
fn rows_tags_problems_entry_ids_errors_and_sorts_round_trip() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();

    let rows = vec![
        props_of(every_type()),
        vec![],
        vec![Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("r"))],
    ];
    let set = write_row_set(&alloc, &rows).expect("rows");
    assert_eq!(
        counting.live_roots(),
        1 + rows.len(),
        "a root per row, and the set"
    );
    assert_eq!(set.rows().expect("view").to_rows().expect("owned"), rows);
    let raw = set.into_raw();
    // SAFETY: a row set of `alloc`, as `QueryRows` returns it.
    let view = unsafe { RowSetRef::from_raw(raw) }
        .expect("read")
        .expect("non-null");
    assert_eq!(view.len(), 3);
    drop(view);
    // The caller's `FreeProws`.
    // SAFETY: as above.
    drop(unsafe { MapiBuffer::from_raw(alloc, raw, 1) });
    assert_eq!(counting.live_blocks(), 0);

    let list = write_adr_list(&alloc, &rows).expect("adrlist");
    assert_eq!(
        list.entries().expect("view").to_rows().expect("owned"),
        rows
    );
    drop(list);

    let tags = [PropTag(PR_SUBJECT_W), PropTag(PR_BODY_A), PropTag::NULL];
    let written_tags = write_tags(&alloc, &tags).expect("tags");
    assert_eq!(&written_tags.tags().expect("view")[..], &tags);
    let empty = write_tags(&alloc, &[]).expect("empty");
    assert!(empty.tags().expect("view").is_empty());

    let problems = [Problem {
        index: 3,
        tag: PropTag(PR_SUBJECT_W),
        scode: Hresult(MAPI_E_COMPUTED),
    }];
    let written_problems = write_problems(&alloc, &problems).expect("problems");
    assert_eq!(written_problems.problems().expect("view"), problems);

    let id = EntryId::new([0, 0, 0, 0x80], &[1, 2, 3]);
    let written_id = write_entry_id(&alloc, id.as_ref()).expect("entry id");
    assert_eq!(written_id.count(), 7);
    assert_eq!(written_id.entry_id().expect("view").to_entry_id(), id);
    assert_eq!(id.flags(), [0, 0, 0, 0x80]);
    assert_eq!(id.data(), [1, 2, 3]);

    for unicode in [false, true] {
        let e = MapiError {
            error: Some("caf\u{e9}".into()),
            component: None,
            low_level_error: 5,
            context: 6,
        };
        let written = write_mapi_error(&alloc, &e, unicode).expect("error");
        let view = written.view().expect("view");
        assert_eq!(view.version, MAPI_ERROR_VERSION);
        assert_eq!(view.error.map(|s| s.is_unicode()), Some(unicode));
        assert_eq!(view.to_error(), e);
    }

    let sorts = SortOrderSet {
        sorts: vec![
            SortOrder {
                tag: PropTag(PR_SUBJECT_W),
                order: TABLE_SORT_ASCEND,
            },
            SortOrder {
                tag: PropTag(PR_MESSAGE_SIZE),
                order: TABLE_SORT_DESCEND,
            },
        ],
        categories: 1,
        expanded: 1,
    };
    let written = sorts.write(&alloc).expect("sorts");
    assert_eq!(written.sort_order_set().expect("view"), sorts);

    assert_eq!(counting.live_blocks(), 5);
    drop((written, empty, written_tags, written_problems, written_id));
    assert_eq!(counting.live_blocks(), 0);
    assert!(counting.misuse().is_empty(), "{:?}", counting.misuse());
}

#[test]
fn strings_of_both_widths_round_trip() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    for unicode in [false, true] {
        let s = write_tstr(&alloc, "Bo\u{ee}te", unicode).expect("write");
        assert_eq!(s.count(), 6);
        // SAFETY: a string of that width, alive while `s` is.
        let view = unsafe { StrRef::from_raw(s.as_ptr(), unicode) }
            .expect("read")
            .expect("non-null");
        assert_eq!(view.to_string_lossy(), "Bo\u{ee}te");
        assert_eq!(view.len(), 5);
    }
    let s = write_tstr(&alloc, "\u{1F600}", false).expect("write");
    // SAFETY: as above.
    let view = unsafe { StrRef::from_raw(s.as_ptr(), false) }.expect("read");
    assert_eq!(
        view.map(|v| v.to_string_lossy().into_owned()).as_deref(),
        Some("?")
    );
    drop(s);
    assert_eq!(counting.live_blocks(), 0);
}

// ----------------------------------------------------------------- hostile

fn spv(tag: u32, value: __UPV) -> SPropValue {
    SPropValue {
        ulPropTag: tag,
        dwAlignPad: 0,
        Value: value,
    }
}

fn tag(ty: u32) -> u32 {
    PropTag::new(0x6600, ty).0
}

/// The value of one hostile `SPropValue`.
fn read_one(v: &SPropValue) -> PropValueRef<'_> {
    // SAFETY: a readable value; whatever its pointers, only checked ones
    // are followed (the tests give nulls and huge counts with no memory).
    unsafe { PropRef::from_raw(v) }.expect("non-null").value
}

#[test]
fn null_pointers_with_counts_are_errors() {
    let null: *mut u8 = ptr::null_mut();
    let invalid = PropValueRef::Invalid(ViewError::NullPointer);
    let cases = [
        spv(tag(PT_STRING8), __UPV { lpszA: null.cast() }),
        spv(tag(PT_UNICODE), __UPV { lpszW: null.cast() }),
        spv(
            tag(PT_CLSID),
            __UPV {
                lpguid: null.cast(),
            },
        ),
        spv(
            tag(PT_BINARY),
            __UPV {
                bin: SBinary {
                    cb: 1,
                    lpb: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_I2),
            __UPV {
                MVi: SShortArray {
                    cValues: 1,
                    lpi: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_LONG),
            __UPV {
                MVl: SLongArray {
                    cValues: 2,
                    lpl: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_R4),
            __UPV {
                MVflt: SRealArray {
                    cValues: 1,
                    lpflt: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_DOUBLE),
            __UPV {
                MVdbl: SDoubleArray {
                    cValues: 1,
                    lpdbl: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_CURRENCY),
            __UPV {
                MVcur: SCurrencyArray {
                    cValues: 1,
                    lpcur: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_APPTIME),
            __UPV {
                MVat: SAppTimeArray {
                    cValues: 1,
                    lpat: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_SYSTIME),
            __UPV {
                MVft: SDateTimeArray {
                    cValues: 1,
                    lpft: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_STRING8),
            __UPV {
                MVszA: SLPSTRArray {
                    cValues: 1,
                    lppszA: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_UNICODE),
            __UPV {
                MVszW: SWStringArray {
                    cValues: 1,
                    lppszW: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_BINARY),
            __UPV {
                MVbin: SBinaryArray {
                    cValues: 1,
                    lpbin: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_CLSID),
            __UPV {
                MVguid: SGuidArray {
                    cValues: 1,
                    lpguid: null.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_I8),
            __UPV {
                MVli: SLargeIntegerArray {
                    cValues: 1,
                    lpli: null.cast(),
                },
            },
        ),
    ];
    for v in &cases {
        assert_eq!(read_one(v), invalid, "{:?}", PropTag(v.ulPropTag));
    }
    // Zero counts with null pointers are empty, not errors.
    let empty = spv(
        tag(PT_MV_LONG),
        __UPV {
            MVl: SLongArray {
                cValues: 0,
                lpl: null.cast(),
            },
        },
    );
    assert_eq!(read_one(&empty), PropValueRef::MvLong(Cow::Borrowed(&[])));
    let empty = spv(
        tag(PT_BINARY),
        __UPV {
            bin: SBinary {
                cb: 0,
                lpb: null.cast(),
            },
        },
    );
    assert_eq!(read_one(&empty), PropValueRef::Binary(&[]));

    // A null element inside a multivalued array.
    let s = c"ok";
    let strings = [s.as_ptr().cast_mut(), null.cast()];
    let v = spv(
        tag(PT_MV_STRING8),
        __UPV {
            MVszA: SLPSTRArray {
                cValues: 2,
                lppszA: strings.as_ptr().cast_mut(),
            },
        },
    );
    assert_eq!(read_one(&v), invalid);
    let bins = [SBinary {
        cb: 3,
        lpb: null.cast(),
    }];
    let v = spv(
        tag(PT_MV_BINARY),
        __UPV {
            MVbin: SBinaryArray {
                cValues: 1,
                lpbin: bins.as_ptr().cast_mut(),
            },
        },
    );
    assert_eq!(read_one(&v), invalid);

    // A whole array at null.
    // SAFETY: null is checked before any read.
    assert_eq!(
        unsafe { PropRef::slice_from_raw(ptr::null(), 3) },
        Err(ViewError::NullPointer)
    );
    // SAFETY: a zero count reads nothing.
    assert_eq!(
        unsafe { PropRef::slice_from_raw(ptr::null(), 0) },
        Ok(vec![])
    );
    // SAFETY: null reads nothing.
    assert_eq!(
        unsafe { PropRef::from_raw(ptr::null()) },
        Err(ViewError::NullPointer)
    );
}

#[test]
fn huge_counts_are_errors() {
    let dangling = ptr::NonNull::<u8>::dangling().as_ptr();
    let too_many = (MAX_COUNT + 1) as u32;
    let cases = [
        spv(
            tag(PT_BINARY),
            __UPV {
                bin: SBinary {
                    cb: u32::MAX,
                    lpb: dangling,
                },
            },
        ),
        spv(
            tag(PT_MV_LONG),
            __UPV {
                MVl: SLongArray {
                    cValues: u32::MAX,
                    lpl: dangling.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_I8),
            __UPV {
                MVli: SLargeIntegerArray {
                    cValues: too_many,
                    lpli: dangling.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_STRING8),
            __UPV {
                MVszA: SLPSTRArray {
                    cValues: too_many,
                    lppszA: dangling.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_BINARY),
            __UPV {
                MVbin: SBinaryArray {
                    cValues: u32::MAX,
                    lpbin: dangling.cast(),
                },
            },
        ),
    ];
    for v in &cases {
        assert_eq!(
            read_one(v),
            PropValueRef::Invalid(ViewError::TooLarge),
            "{:?}",
            PropTag(v.ulPropTag)
        );
    }
    // SAFETY: the count is refused before any read.
    let r = unsafe { PropRef::slice_from_raw(dangling.cast(), u32::MAX) };
    assert_eq!(r, Err(ViewError::TooLarge));
    let header = [u32::MAX, 0];
    // SAFETY: a readable header; its count is refused before the tags.
    let r = unsafe { TagArray::from_raw(header.as_ptr().cast()) };
    assert_eq!(r, Err(ViewError::TooLarge));
    // SAFETY: as above.
    let r = unsafe { Problem::array_from_raw(header.as_ptr().cast()) };
    assert_eq!(r, Err(ViewError::TooLarge));
    // SAFETY: as above (an `SRowSet`'s count comes first too).
    let r = unsafe { RowSetRef::from_raw(header.as_ptr().cast()) };
    assert_eq!(r, Err(ViewError::TooLarge));
    // SAFETY: the size is refused before any read.
    let r = unsafe { EntryIdRef::from_raw(u32::MAX, dangling.cast()) };
    assert_eq!(r, Err(ViewError::TooLarge));
}

/// A byte buffer aligned to 8, so that offset 1 is misaligned for
/// everything wider than a byte; written only through one raw pointer, so
/// the pointers into it it hands out stay valid (for Miri's aliasing
/// models too).
struct Aligned {
    base: *mut u8,
    len: usize,
    _memory: Vec<u64>,
}

impl Aligned {
    fn new(len: usize) -> Aligned {
        let mut memory = vec![0u64; len.div_ceil(8)];
        Aligned {
            base: memory.as_mut_ptr().cast(),
            len,
            _memory: memory,
        }
    }
    /// Writes `items` from byte `at`, unaligned; their address.
    fn put<T: Copy>(&self, at: usize, items: &[T]) -> *mut T {
        let size = size_of_val(items);
        assert!(at + size <= self.len);
        // SAFETY: `size` bytes fit at `at`, inside the buffer.
        unsafe {
            let p = self.base.add(at);
            ptr::copy_nonoverlapping(items.as_ptr().cast::<u8>(), p, size);
            p.cast()
        }
    }
}

#[test]
fn misaligned_arrays_are_copied_with_unaligned_reads() {
    let buf = Aligned::new(256);
    let longs = buf.put(1, &[1i32, -2, 3]);
    let doubles = buf.put(17, &[0.5f64, 2.0]);
    let i8s = buf.put(41, &[i64::MIN, 7]);
    let guids = buf.put(65, &[guid(9)]);
    let times = buf.put(83, &[FileTime::from_u64(1 << 40)]);
    let shorts = buf.put(97, &[5i16, 6]);
    let floats = buf.put(103, &[1.25f32]);
    let values = [
        spv(
            tag(PT_MV_LONG),
            __UPV {
                MVl: SLongArray {
                    cValues: 3,
                    lpl: longs,
                },
            },
        ),
        spv(
            tag(PT_MV_DOUBLE),
            __UPV {
                MVdbl: SDoubleArray {
                    cValues: 2,
                    lpdbl: doubles,
                },
            },
        ),
        spv(
            tag(PT_MV_I8),
            __UPV {
                MVli: SLargeIntegerArray {
                    cValues: 2,
                    lpli: i8s.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_CURRENCY),
            __UPV {
                MVcur: SCurrencyArray {
                    cValues: 2,
                    lpcur: i8s.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_CLSID),
            __UPV {
                MVguid: SGuidArray {
                    cValues: 1,
                    lpguid: guids,
                },
            },
        ),
        spv(
            tag(PT_MV_SYSTIME),
            __UPV {
                MVft: SDateTimeArray {
                    cValues: 1,
                    lpft: times.cast(),
                },
            },
        ),
        spv(
            tag(PT_MV_I2),
            __UPV {
                MVi: SShortArray {
                    cValues: 2,
                    lpi: shorts,
                },
            },
        ),
        spv(
            tag(PT_MV_R4),
            __UPV {
                MVflt: SRealArray {
                    cValues: 1,
                    lpflt: floats,
                },
            },
        ),
        spv(tag(PT_CLSID), __UPV { lpguid: guids }),
    ];
    // The value array itself misaligned too: from byte 4 of another buffer.
    let array = Aligned::new(size_of::<SPropValue>() * 9 + 8);
    let at = array.put(4, &values);
    // SAFETY: nine readable values whose pointers lead into `buf`.
    let props = unsafe { PropRef::slice_from_raw(at, 9) }.expect("read");
    let owned: Vec<PropValue> = props
        .iter()
        .map(|p| p.value.to_value().expect("valid"))
        .collect();
    assert_eq!(
        owned,
        [
            PropValue::MvLong(vec![1, -2, 3]),
            PropValue::MvDouble(vec![0.5, 2.0]),
            PropValue::MvI8(vec![i64::MIN, 7]),
            PropValue::MvCurrency(vec![i64::MIN, 7]),
            PropValue::MvClsid(vec![guid(9)]),
            PropValue::MvSysTime(vec![FileTime::from_u64(1 << 40)]),
            PropValue::MvI2(vec![5, 6]),
            PropValue::MvR4(vec![1.25]),
            PropValue::Clsid(guid(9)),
        ]
    );
    assert!(
        matches!(&props[0].value, PropValueRef::MvLong(Cow::Owned(_))),
        "copied, not borrowed"
    );

    // Tag arrays too.
    let tags = Aligned::new(16);
    let header = tags.put(1, &[2u32, PR_SUBJECT_W, PR_BODY_W]);
    // SAFETY: a readable, misaligned tag array.
    let view = unsafe { TagArray::from_raw(header.cast()) }
        .expect("read")
        .expect("non-null");
    assert_eq!(&view[..], [PropTag(PR_SUBJECT_W), PropTag(PR_BODY_W)]);

    // A UTF-16 string cannot be borrowed misaligned: an error, not UB.
    let wide = Aligned::new(8);
    let s = wide.put(1, &[0x68u16, 0]);
    let v = spv(tag(PT_UNICODE), __UPV { lpszW: s });
    assert_eq!(read_one(&v), PropValueRef::Invalid(ViewError::Misaligned));
}

#[test]
fn unknown_types_and_unterminated_strings_are_errors() {
    for ty in [0x99, PT_UNSPECIFIED, PT_PTR, MV_FLAG | PT_BOOLEAN] {
        let v = spv(tag(ty), __UPV { l: 0 });
        assert_eq!(
            read_one(&v),
            PropValueRef::Invalid(ViewError::UnknownType(ty))
        );
    }
    let mixed = [
        spv(tag(0x99), __UPV { l: 0 }),
        spv(tag(PT_LONG), __UPV { l: 4 }),
    ];
    // SAFETY: two readable values.
    let props = unsafe { PropRef::slice_from_raw(mixed.as_ptr(), 2) }.expect("read");
    assert_eq!(
        props[1].value,
        PropValueRef::Long(4),
        "one bad value hides no other"
    );
    assert_eq!(props[0].to_prop(), Err(ViewError::UnknownType(0x99)));
    assert_eq!(
        Hresult::from(ViewError::UnknownType(0x99)),
        Hresult(MAPI_E_INVALID_TYPE)
    );

    // A multivalued-instance column holds one value of its base type.
    let mvi = PropTag::new(0x6600, PT_MV_LONG | MV_INSTANCE).0;
    assert_eq!(read_one(&spv(mvi, __UPV { l: 9 })), PropValueRef::Long(9));
}

#[test]
#[cfg_attr(miri, ignore = "scans 16 MiB")]
fn strings_without_nul_within_the_limit_are_errors() {
    let ansi = vec![b'a'; mapi_sys::value::MAX_STRING_LEN + 1];
    let v = spv(
        tag(PT_STRING8),
        __UPV {
            lpszA: ansi.as_ptr().cast_mut().cast(),
        },
    );
    assert_eq!(read_one(&v), PropValueRef::Invalid(ViewError::Unterminated));
    let wide = vec![0x61u16; mapi_sys::value::MAX_STRING_LEN + 1];
    let v = spv(
        tag(PT_UNICODE),
        __UPV {
            lpszW: wide.as_ptr().cast_mut(),
        },
    );
    assert_eq!(read_one(&v), PropValueRef::Invalid(ViewError::Unterminated));
}

#[test]
fn rows_entry_ids_errors_and_sorts_refuse_bad_input() {
    let rows = [SRow {
        ulAdrEntryPad: 0,
        cValues: 2,
        lpProps: ptr::null_mut(),
    }];
    let set = SRowSet {
        cRows: 1,
        aRow: rows,
    };
    // SAFETY: a readable row set whose one row has values at null.
    assert_eq!(
        unsafe { RowSetRef::from_raw(&set) },
        Err(ViewError::NullPointer)
    );
    // SAFETY: null reads nothing.
    assert_eq!(unsafe { RowSetRef::from_raw(ptr::null()) }, Ok(None));

    // SAFETY: null with a size is refused before any read.
    assert_eq!(
        unsafe { EntryIdRef::from_raw(8, ptr::null()) },
        Err(ViewError::NullPointer)
    );
    let short = [0u8; 3];
    // SAFETY: 3 readable bytes.
    assert_eq!(
        unsafe { EntryIdRef::from_raw(3, short.as_ptr().cast()) },
        Err(ViewError::Malformed)
    );
    assert_eq!(EntryId::from_bytes(vec![1]), Err(ViewError::Malformed));

    let bad = SSortOrderSet {
        cSorts: 1,
        cCategories: 2,
        cExpanded: 0,
        aSort: [SSortOrder {
            ulPropTag: PR_SUBJECT_W,
            ulOrder: 0,
        }],
    };
    // SAFETY: a readable set with one key.
    assert_eq!(
        unsafe { SortOrderSet::from_raw(&bad) },
        Err(ViewError::Malformed)
    );

    let e = MAPIERROR {
        ulVersion: 0,
        lpszError: ptr::null_mut(),
        lpszComponent: ptr::null_mut(),
        ulLowLevelError: 1,
        ulContext: 2,
    };
    // SAFETY: a readable error with null strings.
    let view = unsafe { MapiErrorRef::from_raw(&e, true) }
        .expect("read")
        .expect("non-null");
    assert_eq!((view.error, view.component, view.context), (None, None, 2));

    let tags = TagArrayBuf::new(&[]).expect("tags");
    // SAFETY: an empty tag array.
    let view = unsafe { TagArray::from_raw(tags.as_ptr()) }
        .expect("read")
        .expect("non-null");
    assert!(view.is_empty());
}

// ------------------------------------------------------------ restrictions

fn res(rt: u32, res: SRestriction_0) -> SRestriction {
    SRestriction { rt, res }
}

fn exist() -> SRestriction {
    res(
        RES_EXIST,
        SRestriction_0 {
            resExist: SExistRestriction {
                ulReserved1: 0,
                ulPropTag: PR_SUBJECT_W,
                ulReserved2: 0,
            },
        },
    )
}

fn not(inner: *const SRestriction) -> SRestriction {
    res(
        RES_NOT,
        SRestriction_0 {
            resNot: SNotRestriction {
                ulReserved: 0,
                lpRes: inner.cast_mut(),
            },
        },
    )
}

fn read_res(r: &SRestriction) -> Result<Option<RestrictionRef<'_>>, ViewError> {
    // SAFETY: a readable tree; every pointer in it is valid or checked.
    unsafe { RestrictionRef::from_raw(r) }
}

#[test]
fn every_restriction_kind_reads() {
    let value = spv(
        PR_SUBJECT_A,
        __UPV {
            lpszA: c"x".as_ptr().cast_mut(),
        },
    );
    let vp = (&raw const value).cast_mut();
    let leaves = [
        exist(),
        res(
            RES_CONTENT,
            SRestriction_0 {
                resContent: SContentRestriction {
                    ulFuzzyLevel: FL_SUBSTRING | FL_IGNORECASE,
                    ulPropTag: PR_SUBJECT_A,
                    lpProp: vp,
                },
            },
        ),
        res(
            RES_PROPERTY,
            SRestriction_0 {
                resProperty: SPropertyRestriction {
                    relop: RELOP_GE,
                    ulPropTag: PR_SUBJECT_A,
                    lpProp: vp,
                },
            },
        ),
        res(
            RES_COMPAREPROPS,
            SRestriction_0 {
                resCompareProps: SComparePropsRestriction {
                    relop: RELOP_NE,
                    ulPropTag1: PR_SUBJECT_A,
                    ulPropTag2: PR_BODY_A,
                },
            },
        ),
        res(
            RES_BITMASK,
            SRestriction_0 {
                resBitMask: SBitMaskRestriction {
                    relBMR: BMR_NEZ,
                    ulPropTag: PR_MESSAGE_FLAGS,
                    ulMask: 4,
                },
            },
        ),
        res(
            RES_SIZE,
            SRestriction_0 {
                resSize: SSizeRestriction {
                    relop: RELOP_LT,
                    ulPropTag: PR_BODY_A,
                    cb: 10,
                },
            },
        ),
    ];
    let lp = leaves.as_ptr().cast_mut();
    let inner = exist();
    let ip = (&raw const inner).cast_mut();
    let nodes = [
        res(
            RES_AND,
            SRestriction_0 {
                resAnd: SAndRestriction { cRes: 6, lpRes: lp },
            },
        ),
        res(
            RES_OR,
            SRestriction_0 {
                resOr: SOrRestriction {
                    cRes: 0,
                    lpRes: ptr::null_mut(),
                },
            },
        ),
        not(ip),
        res(
            RES_SUBRESTRICTION,
            SRestriction_0 {
                resSub: SSubRestriction {
                    ulSubObject: PR_MESSAGE_RECIPIENTS,
                    lpRes: ip,
                },
            },
        ),
        res(
            RES_COMMENT,
            SRestriction_0 {
                resComment: SCommentRestriction {
                    cValues: 1,
                    lpRes: ptr::null_mut(),
                    lpProp: vp,
                },
            },
        ),
        res(
            RES_ANNOTATION,
            SRestriction_0 {
                resAnnotation: SAnnotationRestriction {
                    cValues: 1,
                    lpRes: ip,
                    lpProp: vp,
                },
            },
        ),
        res(
            RES_COUNT,
            SRestriction_0 {
                resCount: SCountRestriction {
                    ulCount: 5,
                    lpRes: ip,
                },
            },
        ),
    ];
    let root = res(
        RES_OR,
        SRestriction_0 {
            resOr: SOrRestriction {
                cRes: 7,
                lpRes: nodes.as_ptr().cast_mut(),
            },
        },
    );
    let r = read_res(&root).expect("read").expect("non-null");
    let RestrictionRef::Or(nodes) = r else {
        panic!("{r:?}")
    };
    let exist = RestrictionRef::Exist {
        tag: PropTag(PR_SUBJECT_W),
    };
    let x = PropRef {
        tag: PropTag(PR_SUBJECT_A),
        value: PropValueRef::String8(c"x"),
    };
    let RestrictionRef::And(leaves) = &nodes[0] else {
        panic!("{:?}", nodes[0])
    };
    assert_eq!(
        leaves[..],
        [
            exist.clone(),
            RestrictionRef::Content {
                fuzzy_level: FL_SUBSTRING | FL_IGNORECASE,
                tag: PropTag(PR_SUBJECT_A),
                value: x.clone()
            },
            RestrictionRef::Property {
                relop: Relop::Ge,
                tag: PropTag(PR_SUBJECT_A),
                value: x.clone()
            },
            RestrictionRef::CompareProps {
                relop: Relop::Ne,
                left: PropTag(PR_SUBJECT_A),
                right: PropTag(PR_BODY_A)
            },
            RestrictionRef::BitMask {
                op: BitMaskOp::NotEqualZero,
                tag: PropTag(PR_MESSAGE_FLAGS),
                mask: 4
            },
            RestrictionRef::Size {
                relop: Relop::Lt,
                tag: PropTag(PR_BODY_A),
                size: 10
            },
        ]
    );
    let boxed = Box::new(exist);
    assert_eq!(
        nodes[1..],
        [
            RestrictionRef::Or(vec![]),
            RestrictionRef::Not(boxed.clone()),
            RestrictionRef::Sub {
                object: PropTag(PR_MESSAGE_RECIPIENTS),
                restriction: boxed.clone()
            },
            RestrictionRef::Comment {
                props: vec![x.clone()],
                restriction: None
            },
            RestrictionRef::Annotation {
                props: vec![x],
                restriction: Some(boxed.clone())
            },
            RestrictionRef::Count {
                count: 5,
                restriction: boxed
            },
        ]
    );
    // SAFETY: null is "no restriction".
    assert_eq!(unsafe { RestrictionRef::from_raw(ptr::null()) }, Ok(None));

    // The owned copy of the whole tree writes in one chain and reads back
    // as the same tree.
    let r = read_res(&root).expect("read").expect("non-null");
    let owned = r.to_restriction().expect("valid values");
    let counting = CountingAllocator::new();
    let written = owned.write(&counting.allocator()).expect("write");
    assert_eq!((counting.live_roots(), counting.live_blocks()), (1, 2));
    assert_eq!(written.restriction().expect("view"), r);
    drop(written);
    assert_eq!(counting.live_blocks(), 0);
}

/// A tree of every kind whose values are every `PT_*` type.
fn every_restriction() -> Restriction {
    let props = props_of(every_type());
    let exist = Box::new(Restriction::Exist {
        tag: PropTag(PR_SUBJECT_W),
    });
    let mut leaves: Vec<Restriction> = props
        .iter()
        .map(|p| Restriction::Property {
            relop: Relop::Eq,
            tag: p.tag(),
            value: p.clone(),
        })
        .collect();
    leaves.extend([
        Restriction::Content {
            fuzzy_level: FL_PREFIX,
            tag: PropTag(PR_SUBJECT_W),
            value: Prop::new(PR_SUBJECT_W, PropValue::unicode("Re:")),
        },
        Restriction::CompareProps {
            relop: Relop::Re,
            left: PropTag(PR_SUBJECT_W),
            right: PropTag(PR_BODY_W),
        },
        Restriction::BitMask {
            op: BitMaskOp::EqualZero,
            tag: PropTag(PR_MESSAGE_FLAGS),
            mask: 1,
        },
        Restriction::Size {
            relop: Relop::Le,
            tag: PropTag(PR_BODY_W),
            size: 0,
        },
        Restriction::And(vec![]),
    ]);
    Restriction::Or(vec![
        Restriction::And(leaves),
        Restriction::Not(exist.clone()),
        Restriction::Sub {
            object: PropTag(PR_MESSAGE_ATTACHMENTS),
            restriction: exist.clone(),
        },
        Restriction::Comment {
            props: props.clone(),
            restriction: None,
        },
        Restriction::Annotation {
            props: vec![],
            restriction: Some(exist.clone()),
        },
        Restriction::Count {
            count: 3,
            restriction: Box::new(Restriction::Not(exist)),
        },
    ])
}

#[test]
fn owned_restrictions_round_trip_through_one_allocation_chain() {
    let r = every_restriction();
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let written = r.write(&alloc).expect("write");
    assert_eq!((counting.live_roots(), counting.live_blocks()), (1, 2));
    assert_eq!(
        written.restriction().and_then(|v| v.to_restriction()),
        Ok(r.clone())
    );
    // What a C reader sees: the kind and the children in place.
    // SAFETY: the written tree, alive while `written` is.
    let top = unsafe { &*written.as_ptr() };
    assert_eq!(top.rt, RES_OR);
    // SAFETY: `rt` is `RES_OR`.
    assert_eq!(unsafe { top.res.resOr.cRes }, 6);
    drop(written);
    assert_eq!(counting.live_blocks(), 0);

    // Failed allocations free what was allocated.
    for fail_after in 0..3 {
        counting.fail_after(Some(fail_after));
        if let Err(e) = r.write(&alloc) {
            assert_eq!(e, Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
        }
        counting.fail_after(None);
        assert_eq!(counting.live_blocks(), 0, "after failing at {fail_after}");
    }

    // A tree no reader would take is refused before allocating anything.
    let mut deep = Restriction::Exist {
        tag: PropTag(PR_SUBJECT_W),
    };
    for _ in 1..MAX_RESTRICTION_DEPTH {
        deep = Restriction::Not(Box::new(deep));
    }
    let written = deep.write(&alloc).expect("deep enough");
    assert_eq!(
        written.restriction().expect("readable").to_restriction(),
        Ok(deep.clone())
    );
    drop(written);
    let before = counting.allocations();
    let deeper = Restriction::Not(Box::new(deep));
    assert_eq!(
        deeper.write(&alloc).err(),
        Some(Hresult(MAPI_E_TOO_COMPLEX))
    );
    assert_eq!(counting.allocations(), before);
    // A view holding an unreadable value has no owned copy.
    let bad = RestrictionRef::Property {
        relop: Relop::Eq,
        tag: PropTag(PR_SUBJECT_W),
        value: PropRef {
            tag: PropTag(PR_SUBJECT_W),
            value: PropValueRef::Invalid(ViewError::NullPointer),
        },
    };
    assert_eq!(bad.to_restriction(), Err(ViewError::NullPointer));
    assert_eq!(counting.live_blocks(), 0);
    assert!(counting.misuse().is_empty(), "{:?}", counting.misuse());
}

#[test]
fn hostile_restrictions_are_errors() {
    // A cycle: NOT of itself.
    // Links are written through the pointers the readers follow, so that
    // they stay valid (for Miri's aliasing models too).
    let mut cycle = not(ptr::null());
    let p = &raw mut cycle;
    // SAFETY: `p` points to `cycle`.
    let cycle = unsafe {
        (*p).res.resNot.lpRes = p;
        &*p
    };
    assert_eq!(read_res(cycle), Err(ViewError::TooComplex));

    // A chain exactly as deep as allowed reads; one more does not.
    let mut chain = vec![exist()];
    for _ in 1..MAX_RESTRICTION_DEPTH {
        chain.push(not(ptr::null()));
    }
    let base = chain.as_mut_ptr();
    // SAFETY: every index is inside `chain`, which no longer moves.
    let deepest = unsafe {
        for i in 1..MAX_RESTRICTION_DEPTH {
            (*base.add(i)).res.resNot.lpRes = base.add(i - 1);
        }
        &*base.add(MAX_RESTRICTION_DEPTH - 1)
    };
    assert!(read_res(deepest).expect("deep enough").is_some());
    let top = not(deepest);
    assert_eq!(read_res(&top), Err(ViewError::TooComplex));

    // A small DAG whose tree is 2^40 nodes: stopped by the node budget.
    let mut levels: Vec<[SRestriction; 2]> = vec![[exist(), exist()]; 41];
    let base = levels.as_mut_ptr();
    // SAFETY: as above.
    let top = unsafe {
        for i in 1..41 {
            let below = base.add(i - 1).cast::<SRestriction>();
            for j in 0..2 {
                *base.add(i).cast::<SRestriction>().add(j) = res(
                    RES_AND,
                    SRestriction_0 {
                        resAnd: SAndRestriction {
                            cRes: 2,
                            lpRes: below,
                        },
                    },
                );
            }
        }
        &*base.add(40).cast::<SRestriction>()
    };
    assert_eq!(read_res(top), Err(ViewError::TooComplex));
    assert_eq!(
        Hresult::from(ViewError::TooComplex),
        Hresult(MAPI_E_TOO_COMPLEX)
    );

    // Nulls where a restriction or a value is required.
    assert_eq!(read_res(&not(ptr::null())), Err(ViewError::NullPointer));
    let and = res(
        RES_AND,
        SRestriction_0 {
            resAnd: SAndRestriction {
                cRes: 2,
                lpRes: ptr::null_mut(),
            },
        },
    );
    assert_eq!(read_res(&and), Err(ViewError::NullPointer));
    let and = res(
        RES_AND,
        SRestriction_0 {
            resAnd: SAndRestriction {
                cRes: u32::MAX,
                lpRes: ptr::NonNull::dangling().as_ptr(),
            },
        },
    );
    assert_eq!(read_res(&and), Err(ViewError::TooLarge));
    let property = |relop, lp_prop: *mut SPropValue| {
        res(
            RES_PROPERTY,
            SRestriction_0 {
                resProperty: SPropertyRestriction {
                    relop,
                    ulPropTag: PR_SUBJECT_A,
                    lpProp: lp_prop,
                },
            },
        )
    };
    assert_eq!(
        read_res(&property(RELOP_EQ, ptr::null_mut())),
        Err(ViewError::NullPointer)
    );
    let mut null_string = spv(
        PR_SUBJECT_A,
        __UPV {
            lpszA: ptr::null_mut(),
        },
    );
    assert_eq!(
        read_res(&property(RELOP_EQ, &raw mut null_string)),
        Err(ViewError::NullPointer)
    );
    let mut fine = spv(
        PR_SUBJECT_A,
        __UPV {
            lpszA: c"".as_ptr().cast_mut(),
        },
    );
    assert_eq!(
        read_res(&property(99, &raw mut fine)),
        Err(ViewError::Malformed)
    );
    let bitmask = res(
        RES_BITMASK,
        SRestriction_0 {
            resBitMask: SBitMaskRestriction {
                relBMR: 7,
                ulPropTag: PR_MESSAGE_FLAGS,
                ulMask: 1,
            },
        },
    );
    assert_eq!(read_res(&bitmask), Err(ViewError::Malformed));
    let unknown = SRestriction {
        rt: 0x77,
        res: exist().res,
    };
    assert_eq!(read_res(&unknown), Err(ViewError::UnknownRestriction(0x77)));
    let comment = res(
        RES_COMMENT,
        SRestriction_0 {
            resComment: SCommentRestriction {
                cValues: 3,
                lpRes: ptr::null_mut(),
                lpProp: ptr::null_mut(),
            },
        },
    );
    assert_eq!(read_res(&comment), Err(ViewError::NullPointer));
}

#[test]
fn single_rows_and_caller_side_strings() {
    let counting = CountingAllocator::new();
    let props = vec![Prop::new(PR_SUBJECT_W, PropValue::unicode("row"))];
    let values = write_props(&counting.allocator(), &props).expect("write");
    let row = SRow {
        ulAdrEntryPad: 0,
        cValues: values.count(),
        lpProps: values.as_ptr().cast_mut(),
    };
    // SAFETY: a row whose values live in `values`.
    let view = unsafe { PropRef::row_from_raw(&row) }.expect("read");
    assert_eq!(view[0].to_prop(), Ok(props[0].clone()));
    // SAFETY: null is refused.
    assert_eq!(
        unsafe { PropRef::row_from_raw(ptr::null()) },
        Err(ViewError::NullPointer)
    );

    for unicode in [false, true] {
        let s = mapi_sys::value::TStrBuf::new("Caf\u{e9}\0ignored", unicode);
        // SAFETY: the buffer outlives the view.
        let view = unsafe { StrRef::from_raw(s.as_ptr(), unicode) }
            .expect("read")
            .expect("non-null");
        assert_eq!(view.to_string_lossy(), "Caf\u{e9}");
    }
}

#[test]
fn entry_lists_are_read_with_their_counts_checked_and_bytes_are_written() {
    let a = [0u8, 0, 0, 0, 1];
    let bins = [
        SBinary {
            cb: a.len() as ULONG,
            lpb: a.as_ptr().cast_mut(),
        },
        SBinary {
            cb: 0,
            lpb: ptr::null_mut(),
        },
    ];
    let list = SBinaryArray {
        cValues: 2,
        lpbin: bins.as_ptr().cast_mut(),
    };
    // SAFETY: a list of two readable identifiers.
    let read = unsafe { EntryList::from_raw(&list) }
        .expect("read")
        .expect("non-null");
    assert_eq!(read.as_slice(), [&a[..], &[][..]]);
    // SAFETY: null is allowed.
    assert_eq!(unsafe { EntryList::from_raw(ptr::null()) }, Ok(None));
    let null_array = SBinaryArray {
        cValues: 1,
        lpbin: ptr::null_mut(),
    };
    // SAFETY: the view checks the null array.
    assert_eq!(
        unsafe { EntryList::from_raw(&null_array) },
        Err(ViewError::NullPointer)
    );
    let mut sized_null = [SBinary {
        cb: 3,
        lpb: ptr::null_mut(),
    }];
    let bad = SBinaryArray {
        cValues: 1,
        lpbin: sized_null.as_mut_ptr(),
    };
    // SAFETY: the view checks the null identifier with a size.
    assert_eq!(
        unsafe { EntryList::from_raw(&bad) },
        Err(ViewError::NullPointer)
    );

    let counting = CountingAllocator::new();
    let written = write_bytes(&counting.allocator(), &a).expect("write");
    assert_eq!(written.count(), 5);
    drop(written);
    assert_eq!(counting.live_blocks(), 0);
}

//! The provider kit's `Table`, `PropBag` and restriction evaluation, driven
//! as a host drives them: the table through its vtable (the caller-side
//! methods), values written with a counting allocator that must end with no
//! live block.

use mapi_sys::kit::{self, PropBag, Table, restrict};
use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    BitMaskOp, Prop, PropRef, PropTag, PropValue, Relop, Restriction, SortOrder, SortOrderSet,
};
use mapi_sys::*;
use std::sync::{Arc, Mutex};

fn row(key: u8, subject: &str, importance: i32) -> PropBag {
    let mut p = PropBag::new();
    p.set(PR_INSTANCE_KEY, PropValue::Binary(vec![key]));
    p.set(PR_SUBJECT_W, PropValue::unicode(subject));
    p.set(PR_IMPORTANCE, PropValue::Long(importance));
    p
}

type Rows = Arc<Mutex<Vec<PropBag>>>;

fn table(rows: &Rows, alloc: &CountingAllocator) -> ComPtr<IMAPITable> {
    let source = rows.clone();
    let columns = [PropTag(PR_INSTANCE_KEY), PropTag(PR_SUBJECT_W)];
    Table::new(
        alloc.allocator(),
        move || Ok(source.lock().expect("rows").clone()),
        &columns,
    )
    .unicode(true)
    .into_com()
}

fn sample() -> Rows {
    Arc::new(Mutex::new(vec![
        row(0, "Charlie", 2),
        row(1, "Alpha", 1),
        row(2, "Bravo", 2),
        row(3, "alpha", 0),
    ]))
}

/// The subjects `QueryRows` returns from the cursor.
fn subjects(t: &ComPtr<IMAPITable>, alloc: &CountingAllocator, count: LONG) -> Vec<String> {
    let set = t
        .query_rows(&alloc.allocator(), count, MAPITableQueryRowsFlags::empty())
        .expect("QueryRows");
    let rows = set.rows().expect("readable rows");
    rows.iter()
        .map(|r| match r[1].value.to_value() {
            Ok(PropValue::Unicode(s)) => s,
            other => panic!("not a subject: {other:?}"),
        })
        .collect()
}

fn sort(keys: &[(u32, ULONG)]) -> SortOrderSet {
    SortOrderSet {
        sorts: keys
            .iter()
            .map(|&(tag, order)| SortOrder {
                tag: PropTag(tag),
                order,
            })
            .collect(),
        categories: 0,
        expanded: 0,
    }
}

#[test]
fn rows_sort_stably_on_several_keys_and_restrictions_filter_them() {
    let alloc = CountingAllocator::new();
    let t = table(&sample(), &alloc);
    let none = MAPITableSortTableFlags::empty();
    t.sort_table(&sort(&[(PR_SUBJECT_W, TABLE_SORT_ASCEND)]), none)
        .expect("sort");
    // Case is ignored, then breaks the tie; the order is stable.
    assert_eq!(
        subjects(&t, &alloc, 10),
        ["Alpha", "alpha", "Bravo", "Charlie"]
    );
    t.sort_table(
        &sort(&[
            (PR_IMPORTANCE, TABLE_SORT_DESCEND),
            (PR_SUBJECT_W, TABLE_SORT_ASCEND),
        ]),
        none,
    )
    .expect("sort");
    assert_eq!(
        subjects(&t, &alloc, 10),
        ["Bravo", "Charlie", "Alpha", "alpha"]
    );
    let important = restrict::property(Relop::Eq, PR_IMPORTANCE, PropValue::Long(2));
    t.restrict(Some(&important), MAPITableRestrictFlags::empty())
        .expect("restrict");
    assert_eq!(t.get_row_count(MAPITableGetRowCountFlags::empty()), Ok(2));
    assert_eq!(subjects(&t, &alloc, 10), ["Bravo", "Charlie"]);
    // Categories and multivalued keys are beyond the table.
    let mut categorized = sort(&[(PR_SUBJECT_W, TABLE_SORT_ASCEND)]);
    categorized.categories = 1;
    assert_eq!(
        t.sort_table(&categorized, none),
        Err(Hresult(MAPI_E_TOO_COMPLEX))
    );
    assert_eq!(
        t.restrict(
            Some(&Restriction::Count {
                count: 1,
                restriction: Box::new(important),
            }),
            MAPITableRestrictFlags::empty()
        ),
        Err(Hresult(MAPI_E_TOO_COMPLEX))
    );
    drop(t);
    assert_eq!(alloc.live_blocks(), 0);
}

#[test]
fn the_cursor_moves_with_query_rows_and_seek_row_and_stops_at_the_ends() {
    let alloc = CountingAllocator::new();
    let t = table(&sample(), &alloc);
    assert_eq!(subjects(&t, &alloc, 3), ["Charlie", "Alpha", "Bravo"]);
    assert_eq!(t.query_position(), Ok((3, 3, 4)));
    // Backward reads return the rows before the cursor, in table order.
    assert_eq!(subjects(&t, &alloc, -2), ["Alpha", "Bravo"]);
    assert_eq!(t.seek_row(BOOKMARK_BEGINNING, -5), Ok(0));
    assert_eq!(t.seek_row(BOOKMARK_CURRENT, 10), Ok(4));
    assert!(subjects(&t, &alloc, 1).is_empty());
    t.seek_row_approx(1, 2).expect("approx");
    assert_eq!(t.query_position().map(|p| p.0), Ok(2));
    assert_eq!(
        t.query_rows(&alloc.allocator(), 0, MAPITableQueryRowsFlags::empty())
            .err(),
        Some(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    drop(t);
    assert_eq!(alloc.live_blocks(), 0);
}

#[test]
fn bookmarks_follow_their_row_and_say_when_it_is_gone() {
    let alloc = CountingAllocator::new();
    let rows = sample();
    let t = table(&rows, &alloc);
    t.seek_row(BOOKMARK_BEGINNING, 2).expect("seek");
    let b = t.create_bookmark().expect("bookmark"); // on "Bravo"
    rows.lock().expect("rows").remove(0);
    // The row moved up one: found at its new place (the call answers
    // MAPI_W_POSITION_CHANGED, a success code).
    assert_eq!(t.seek_row(b, 0), Ok(0));
    assert_eq!(t.query_position().map(|p| p.0), Ok(1));
    assert_eq!(subjects(&t, &alloc, 1), ["Bravo"]);
    // Gone: the bookmark stands where its row was.
    rows.lock()
        .expect("rows")
        .retain(|r| r.binary(PR_INSTANCE_KEY) != Some(&[2]));
    assert_eq!(t.seek_row(b, 0), Ok(0));
    assert_eq!(t.query_position().map(|p| p.0), Ok(2));
    t.free_bookmark(b).expect("free");
    assert_eq!(t.free_bookmark(b), Err(Hresult(MAPI_E_INVALID_BOOKMARK)));
    // FindRow from the start, then backward from the end.
    let alpha = Restriction::Content {
        fuzzy_level: FL_FULLSTRING | FL_IGNORECASE,
        tag: PropTag(PR_SUBJECT_W),
        value: Prop::new(PR_SUBJECT_W, PropValue::unicode("ALPHA")),
    };
    let fwd = MAPITableFindRowFlags::empty();
    t.find_row(&alpha, BOOKMARK_BEGINNING, fwd).expect("found");
    assert_eq!(t.query_position().map(|p| p.0), Ok(0));
    t.find_row(&alpha, BOOKMARK_END, MAPITableFindRowFlags::DIR_BACKWARD)
        .expect("found backward");
    assert_eq!(t.query_position().map(|p| p.0), Ok(1));
    let missing = restrict::property(Relop::Eq, PR_IMPORTANCE, PropValue::Long(9));
    assert_eq!(
        t.find_row(&missing, BOOKMARK_BEGINNING, fwd),
        Err(Hresult(MAPI_E_NOT_FOUND))
    );
}

#[test]
fn query_columns_lists_every_column_in_the_table_s_width() {
    let alloc = CountingAllocator::new();
    let t = table(&sample(), &alloc);
    let all = t
        .query_columns(
            &alloc.allocator(),
            MAPITableQueryColumnsFlags::TBL_ALL_COLUMNS,
        )
        .expect("columns");
    let tags: Vec<PropTag> = all.tags().expect("tags").to_vec();
    assert_eq!(
        tags,
        [PR_INSTANCE_KEY, PR_SUBJECT_W, PR_IMPORTANCE].map(PropTag)
    );
    t.set_columns(&[PropTag(PR_IMPORTANCE)], MAPITableSetColumnsFlags::empty())
        .expect("set");
    let set = t
        .query_rows(
            &alloc.allocator(),
            1,
            MAPITableQueryRowsFlags::TBL_NOADVANCE,
        )
        .expect("rows");
    let rows = set.rows().expect("rows");
    assert_eq!(rows[0].len(), 1);
    assert_eq!(rows[0][0].value.to_value(), Ok(PropValue::Long(2)));
    assert_eq!(t.query_position().map(|p| p.0), Ok(0));
    drop((set, all, t));
    assert_eq!(alloc.live_blocks(), 0);
}

#[derive(ComObject)]
#[mapi(implements(IMAPIAdviseSink))]
struct Sink(Arc<Mutex<Vec<(ULONG, ULONG)>>>);

impl IMAPIAdviseSinkImpl for Sink {
    fn on_notify(&self, notifications: &[value::NotificationRef<'_>]) -> ULONG {
        let mut seen = self.0.lock().expect("seen");
        for n in notifications {
            let event = match n {
                value::NotificationRef::Table(t) => t.event,
                _ => 0,
            };
            seen.push((n.event_type(), event));
        }
        0
    }
}

#[test]
fn advised_sinks_hear_table_changed_until_they_unadvise() {
    let alloc = CountingAllocator::new();
    let rows = sample();
    let source = rows.clone();
    let table = Table::new(
        alloc.allocator(),
        move || Ok(source.lock().expect("rows").clone()),
        &[PropTag(PR_SUBJECT_W)],
    );
    let events = table.events();
    let t: ComPtr<IMAPITable> = table.into_com();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Sink(seen.clone()).into_com();
    let conn = t
        .advise(MAPITableAdviseFlags::fnevTableModified, &sink)
        .expect("advise");
    rows.lock().expect("rows").push(row(9, "Delta", 1));
    assert_eq!(events.changed(), 1);
    assert_eq!(
        *seen.lock().expect("seen"),
        [(fnevTableModified, TABLE_CHANGED)]
    );
    t.unadvise(conn).expect("unadvise");
    assert_eq!(events.changed(), 0);
    assert_eq!(t.unadvise(conn), Err(Hresult(MAPI_E_NOT_FOUND)));
    // Through a set of open tables: a released table drops out.
    let set = kit::TableSet::new();
    set.add(&events);
    t.advise(MAPITableAdviseFlags::fnevTableModified, &sink)
        .expect("advise");
    assert_eq!(set.changed(), 1);
    drop((t, events));
    assert_eq!(set.changed(), 0);
    assert_eq!(seen.lock().expect("seen").len(), 2);
}

#[test]
fn a_guard_fails_every_method_once_it_says_so() {
    let alloc = CountingAllocator::new();
    let open = Arc::new(Mutex::new(true));
    let flag = open.clone();
    let t: ComPtr<IMAPITable> = Table::new(alloc.allocator(), || Ok(Vec::new()), &[])
        .guard(move || {
            if *flag.lock().expect("flag") {
                Ok(())
            } else {
                Err(Hresult(MAPI_E_INVALID_OBJECT))
            }
        })
        .into_com();
    assert_eq!(t.get_row_count(MAPITableGetRowCountFlags::empty()), Ok(0));
    *open.lock().expect("flag") = false;
    assert_eq!(
        t.get_row_count(MAPITableGetRowCountFlags::empty()),
        Err(Hresult(MAPI_E_INVALID_OBJECT))
    );
    assert_eq!(
        t.seek_row(BOOKMARK_BEGINNING, 1),
        Err(Hresult(MAPI_E_INVALID_OBJECT))
    );
}

#[test]
fn restrictions_compare_as_mapi_says_and_a_missing_property_never_matches() {
    let r = row(0, "Beta", 1);
    let holds = |x: &Restriction| restrict::matches(x, &r);
    for (op, v, want) in [
        (Relop::Eq, 1, true),
        (Relop::Ne, 1, false),
        (Relop::Lt, 2, true),
        (Relop::Gt, 0, true),
        (Relop::Le, 1, true),
        (Relop::Ge, 2, false),
    ] {
        let x = restrict::property(op, PR_IMPORTANCE, PropValue::Long(v));
        assert_eq!(holds(&x), want, "{op:?} {v}");
    }
    // Strings of either width, case ignored.
    assert!(holds(&restrict::property(
        Relop::Eq,
        PR_SUBJECT_A,
        PropValue::string8("BETA")
    )));
    assert!(holds(&restrict::property(
        Relop::Gt,
        PR_SUBJECT_W,
        PropValue::unicode("alpha")
    )));
    for op in [Relop::Eq, Relop::Ne, Relop::Lt] {
        let x = restrict::property(op, PR_MESSAGE_FLAGS, PropValue::Long(0));
        assert!(!holds(&x), "{op:?} on a missing property");
    }
    assert!(holds(&Restriction::Exist {
        tag: PropTag(PR_SUBJECT_A)
    }));
    assert!(holds(&Restriction::And(vec![])));
    assert!(!holds(&Restriction::Or(vec![])));
    let bits = |op, mask| Restriction::BitMask {
        op,
        tag: PropTag(PR_IMPORTANCE),
        mask,
    };
    assert!(holds(&bits(BitMaskOp::NotEqualZero, 1)));
    assert!(holds(&bits(BitMaskOp::EqualZero, 2)));
    let size = |relop, size| Restriction::Size {
        relop,
        tag: PropTag(PR_SUBJECT_W),
        size,
    };
    // "Beta" in UTF-16 with its terminator: 10 bytes.
    assert!(holds(&size(Relop::Eq, 10)));
    assert!(!holds(&size(Relop::Lt, 10)));
    let prefix = Restriction::Content {
        fuzzy_level: FL_PREFIX | FL_IGNORECASE,
        tag: PropTag(PR_SUBJECT_W),
        value: Prop::new(PR_SUBJECT_W, PropValue::unicode("be")),
    };
    assert!(holds(&prefix));
    assert_eq!(restrict::check(&prefix), Ok(()));
    let regex = restrict::property(Relop::Re, PR_SUBJECT_W, PropValue::unicode("B.*"));
    assert_eq!(restrict::check(&regex), Err(Hresult(MAPI_E_TOO_COMPLEX)));
}

#[test]
fn a_bag_answers_get_set_and_delete_as_imapiprop_does() {
    let mut bag = PropBag::new();
    bag.set(PR_SUBJECT_W, PropValue::unicode("Hello"));
    bag.set_computed(PR_MESSAGE_SIZE, PropValue::Long(5));
    // Every property, strings in the width asked for.
    let all = bag.get_props(None, false).expect("all").into_owned();
    assert_eq!(all[0].tag(), PropTag(PR_SUBJECT_A));
    assert_eq!(
        bag.prop_list(true),
        [PR_SUBJECT_W, PR_MESSAGE_SIZE].map(PropTag)
    );
    assert_eq!(
        bag.get_props(Some(&[]), true).err(),
        Some(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    // A computed property is a problem, the others are set.
    let incoming = [
        PropRef {
            tag: PropTag(PR_MESSAGE_SIZE),
            value: mapi_sys::value::PropValueRef::Long(9),
        },
        PropRef {
            tag: PropTag(PR_IMPORTANCE),
            value: mapi_sys::value::PropValueRef::Long(2),
        },
    ];
    let problems = bag.set_props(&incoming).expect("set");
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].index, problems[0].scode),
        (0, Hresult(MAPI_E_COMPUTED))
    );
    assert_eq!(bag.long(PR_IMPORTANCE), Some(2));
    assert_eq!(bag.long(PR_MESSAGE_SIZE), Some(5));
    let problems = bag
        .delete_props(&[PropTag(PR_BODY_W), PropTag(PR_IMPORTANCE)])
        .expect("delete");
    assert_eq!(
        (problems[0].index, problems[0].scode),
        (0, Hresult(MAPI_E_NOT_FOUND))
    );
    assert!(!bag.contains(PR_IMPORTANCE));
    // CopyTo keeps what the target has with MAPI_NOREPLACE.
    let mut other = PropBag::new();
    other.set(PR_SUBJECT_W, PropValue::unicode("Kept"));
    assert!(bag.copy_to(&mut other, &[], true).is_empty());
    assert_eq!(other.text(PR_SUBJECT_W).as_deref(), Some("Kept"));
    assert!(
        !other.contains(PR_MESSAGE_SIZE),
        "computed properties are not copied"
    );
    assert!(bag.copy_to(&mut other, &[], false).is_empty());
    assert_eq!(other.text(PR_SUBJECT_W).as_deref(), Some("Hello"));
}

/// A kit object: its properties in a bag, a computed object type.
#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = alloc)]
struct Note {
    alloc: value::Allocator,
    stored: Mutex<PropBag>,
    log: kit::ErrorLog,
}

impl Note {
    fn com(alloc: &CountingAllocator, props: &[(u32, PropValue)]) -> ComPtr<IMAPIProp> {
        let stored = props
            .iter()
            .map(|(t, v)| Prop::new(*t, v.clone()))
            .collect();
        let log = kit::ErrorLog::new("notes");
        Note {
            alloc: alloc.allocator(),
            stored: Mutex::new(stored),
            log,
        }
        .into_com()
    }
}

impl kit::PropObject for Note {
    const NAME: &'static str = "IMAPIProp";

    fn props(&self) -> Result<PropBag, Hresult> {
        let mut bag = self
            .stored
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
            .clone();
        bag.set_computed(PR_OBJECT_TYPE, PropValue::Long(MAPI_MESSAGE as i32));
        Ok(bag)
    }

    fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult> {
        let mut bag = self
            .stored
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?;
        bag.apply(set, &deleted);
        Ok(())
    }

    fn error_log(&self) -> &kit::ErrorLog {
        &self.log
    }

    fn allocator(&self) -> Option<value::Allocator> {
        Some(self.alloc)
    }
}

fn values(o: &ComPtr<IMAPIProp>, alloc: &CountingAllocator) -> Vec<Prop> {
    let got = o.get_props(
        &alloc.allocator(),
        None,
        MAPIPropGetPropsFlags::MAPI_UNICODE,
    );
    got.expect("GetProps").to_props().expect("readable")
}

#[test]
fn copy_to_and_copy_props_write_through_the_destination_s_set_props() {
    let alloc = CountingAllocator::new();
    let subject = (PR_SUBJECT_W, PropValue::unicode("Hello"));
    let body = (PR_BODY_W, PropValue::unicode("Body"));
    let src = Note::com(&alloc, &[subject.clone(), body.clone()]);
    let kept = (PR_SUBJECT_W, PropValue::unicode("Kept"));
    let dest = Note::com(&alloc, std::slice::from_ref(&kept));
    // MAPI_NOREPLACE keeps the destination's subject; the body is copied,
    // the computed object type is not.
    let none: Option<&[PropTag]> = None;
    let flags = MAPIPropCopyToFlags::NOREPLACE;
    let problems = src.copy_to(&alloc.allocator(), None, none, 0, None, &dest, flags);
    assert!(problems.expect("CopyTo").is_none());
    let got = values(&dest, &alloc);
    assert!(got.contains(&Prop::new(kept.0, kept.1.clone())));
    assert!(got.contains(&Prop::new(body.0, body.1.clone())));
    // CopyProps with MAPI_MOVE: the subject replaces the destination's and
    // leaves the source; a tag the source lacks is a problem.
    let tags = [PropTag(PR_SUBJECT_W), PropTag(PR_IMPORTANCE)];
    let moved = src
        .copy_props(
            &alloc.allocator(),
            &tags,
            0,
            None,
            &dest,
            MAPIPropCopyPropsFlags::MOVE,
        )
        .expect("CopyProps")
        .expect("a problem");
    let problems = moved.problems().expect("readable");
    assert_eq!((problems.len(), problems[0].index), (1, 1));
    assert_eq!(problems[0].scode, Hresult(MAPI_E_NOT_FOUND));
    assert!(values(&dest, &alloc).contains(&Prop::new(subject.0, subject.1.clone())));
    assert!(
        !values(&src, &alloc)
            .iter()
            .any(|p| p.tag().id() == PropTag(PR_SUBJECT_W).id())
    );
    drop((moved, src, dest));
    assert_eq!(alloc.live_blocks(), 0);
}

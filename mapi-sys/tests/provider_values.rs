//! The provider side of the value layer, through raw vtable pointers as a
//! MAPI host calls: `GetProps`, `GetPropList`, `SetProps`, `DeleteProps`
//! and `GetLastError` of a derived object whose implementation takes and
//! returns Rust values; the thunks write with the object's allocator
//! (`#[mapi(allocator = field)]`), and a counting allocator must end with
//! no live block.

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    Allocator, MapiError, MapiErrorRef, Problem, Prop, PropArray, PropRef, PropTag, PropValue,
    PropValueRef, TagArray, TagArrayBuf, write_props,
};
use mapi_sys::*;
use std::ptr;
use std::sync::Mutex;

#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = alloc)]
struct Bag {
    alloc: Allocator,
    seen: Mutex<Vec<PropTag>>,
}

impl IMAPIPropImpl for Bag {
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MAPIPropGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(MapiError {
            error: Some(format!("{}", Hresult(hr))),
            component: Some("bag".into()),
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
                PR_SUBJECT_W => Prop::new(tag, PropValue::unicode("Hello")),
                PR_MESSAGE_SIZE => Prop::new(tag, PropValue::Long(42)),
                _ => Prop::error(tag, Hresult(MAPI_E_NOT_FOUND)),
            })
            .collect())
    }

    fn get_prop_list(&self, _flags: MAPIPropGetPropListFlags) -> Result<Vec<PropTag>, Hresult> {
        Ok(vec![PropTag(PR_SUBJECT_W), PropTag(PR_MESSAGE_SIZE)])
    }

    fn set_props(&self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let mut problems = Vec::new();
        for (i, v) in values.iter().enumerate() {
            match v.value {
                PropValueRef::Long(_) => self.seen.lock().expect("lock").push(v.tag),
                _ => problems.push(Problem {
                    index: i as u32,
                    tag: v.tag,
                    scode: Hresult(MAPI_E_INVALID_TYPE),
                }),
            }
        }
        Ok(problems)
    }

    fn delete_props(&self, tags: &[PropTag]) -> Result<Vec<Problem>, Hresult> {
        Ok(tags
            .iter()
            .enumerate()
            .map(|(i, &tag)| Problem {
                index: i as u32,
                tag,
                scode: Hresult(MAPI_E_NOT_FOUND),
            })
            .collect())
    }
}

fn bag(counting: &CountingAllocator) -> *mut IMAPIProp {
    Bag {
        alloc: counting.allocator(),
        seen: Mutex::new(Vec::new()),
    }
    .into_raw()
}

fn vtbl<'a>(p: *mut IMAPIProp) -> &'a IMAPIPropVtbl {
    // SAFETY: a live object from `bag`.
    unsafe { &*(*p).lpVtbl }
}

fn release(p: *mut IMAPIProp) {
    // SAFETY: a live object; we own the reference.
    assert_eq!(unsafe { (vtbl(p).base__.Release)(p.cast()) }, 0);
}

#[test]
fn get_props_writes_the_values_with_the_objects_allocator() {
    let counting = CountingAllocator::new();
    let p = bag(&counting);
    let mut tags = TagArrayBuf::new(&[PropTag(PR_SUBJECT_W), PropTag(PR_BODY_W)]).expect("ok");
    let (mut n, mut values): (ULONG, LPSPropValue) = (0, ptr::null_mut());
    // SAFETY: live object, valid tag array and out-pointers.
    let hr = unsafe { (vtbl(p).GetProps)(p.cast(), tags.as_mut_ptr(), 0, &mut n, &mut values) };
    assert_eq!(Hresult(hr), Hresult(MAPI_W_ERRORS_RETURNED));
    assert_eq!(n, 2);
    // SAFETY: the object returned `n` values.
    let read = unsafe { PropRef::slice_from_raw(values, n) }.expect("ok");
    assert_eq!(
        read[0].to_prop().expect("ok"),
        Prop::new(PR_SUBJECT_W, PropValue::unicode("Hello"))
    );
    assert!(read[1].to_prop().expect("ok").is_error());
    drop(read);
    // SAFETY: a root block of the counting allocator, freed once.
    unsafe { counting.allocator().free(values.cast()) };

    // Tags it has only: S_OK.
    let mut tags = TagArrayBuf::new(&[PropTag(PR_MESSAGE_SIZE)]).expect("ok");
    // SAFETY: as above.
    let hr = unsafe { (vtbl(p).GetProps)(p.cast(), tags.as_mut_ptr(), 0, &mut n, &mut values) };
    assert_eq!((hr, n), (0, 1));
    // SAFETY: as above.
    unsafe { counting.allocator().free(values.cast()) };

    // A null tag array: the implementation's error, nothing written.
    // SAFETY: null is allowed for the tag array.
    let hr = unsafe { (vtbl(p).GetProps)(p.cast(), ptr::null_mut(), 0, &mut n, &mut values) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NO_SUPPORT));
    assert!(values.is_null());
    release(p);
    assert_eq!(counting.live_blocks(), 0);
    assert!(counting.misuse().is_empty());
}

#[test]
fn a_failed_allocation_answers_not_enough_memory_and_leaks_nothing() {
    let counting = CountingAllocator::new();
    let p = bag(&counting);
    let mut tags = TagArrayBuf::new(&[PropTag(PR_SUBJECT_W)]).expect("ok");
    let (mut n, mut values): (ULONG, LPSPropValue) = (0, ptr::null_mut());
    counting.fail_after(Some(1));
    // SAFETY: live object, valid tag array and out-pointers.
    let hr = unsafe { (vtbl(p).GetProps)(p.cast(), tags.as_mut_ptr(), 0, &mut n, &mut values) };
    counting.fail_after(None);
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_ENOUGH_MEMORY));
    assert!(values.is_null());
    release(p);
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn set_props_reads_views_and_hands_problems_only_to_a_caller_that_asks() {
    let counting = CountingAllocator::new();
    let p = bag(&counting);
    let values = write_props(
        &counting.allocator(),
        &[
            Prop::new(PR_MESSAGE_SIZE, PropValue::Long(1)),
            Prop::new(PR_SUBJECT_W, PropValue::unicode("x")),
        ],
    )
    .expect("ok");
    let mut problems: LPSPropProblemArray = ptr::null_mut();
    // SAFETY: live object, valid values and out-pointer.
    let hr = unsafe { (vtbl(p).SetProps)(p.cast(), 2, values.as_ptr().cast_mut(), &mut problems) };
    assert_eq!(hr, 0);
    // SAFETY: the object returned a problem array.
    let list = unsafe { Problem::array_from_raw(problems) }
        .expect("ok")
        .expect("ok");
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].index, list[0].scode),
        (1, Hresult(MAPI_E_INVALID_TYPE))
    );
    // SAFETY: a root block of the counting allocator.
    unsafe { counting.allocator().free(problems.cast()) };
    // No out-pointer: nothing allocated.
    let before = counting.allocations();
    // SAFETY: null is allowed for the problems.
    let hr =
        unsafe { (vtbl(p).SetProps)(p.cast(), 2, values.as_ptr().cast_mut(), ptr::null_mut()) };
    assert_eq!((hr, counting.allocations()), (0, before));
    // A null array with a count: refused before the implementation runs.
    // SAFETY: the thunk checks the array.
    let hr = unsafe { (vtbl(p).SetProps)(p.cast(), 2, ptr::null_mut(), &mut problems) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    drop(values);
    release(p);
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn prop_list_delete_props_and_last_error_are_written_in_mapi_memory() {
    let counting = CountingAllocator::new();
    let p = bag(&counting);
    let mut list: LPSPropTagArray = ptr::null_mut();
    // SAFETY: live object, valid out-pointer.
    assert_eq!(unsafe { (vtbl(p).GetPropList)(p.cast(), 0, &mut list) }, 0);
    // SAFETY: the object returned a tag array.
    let tags = unsafe { TagArray::from_raw(list) }
        .expect("ok")
        .expect("ok")
        .into_vec();
    assert_eq!(tags, [PropTag(PR_SUBJECT_W), PropTag(PR_MESSAGE_SIZE)]);
    // SAFETY: a root block of the counting allocator.
    unsafe { counting.allocator().free(list.cast()) };

    let mut tags = TagArrayBuf::new(&[PropTag(PR_BODY_W)]).expect("ok");
    let mut problems: LPSPropProblemArray = ptr::null_mut();
    // SAFETY: live object, valid tags and out-pointer.
    assert_eq!(
        unsafe { (vtbl(p).DeleteProps)(p.cast(), tags.as_mut_ptr(), &mut problems) },
        0
    );
    assert!(!problems.is_null());
    // SAFETY: as above.
    unsafe { counting.allocator().free(problems.cast()) };
    // A required tag array: null is refused.
    // SAFETY: the thunk checks it.
    let hr = unsafe { (vtbl(p).DeleteProps)(p.cast(), ptr::null_mut(), &mut problems) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));

    for unicode in [false, true] {
        let mut e: LPMAPIERROR = ptr::null_mut();
        let flags = if unicode { MAPI_UNICODE } else { 0 };
        // SAFETY: live object, valid out-pointer.
        let hr = unsafe { (vtbl(p).GetLastError)(p.cast(), MAPI_E_NOT_FOUND, flags, &mut e) };
        assert_eq!(hr, 0);
        // SAFETY: a MAPIERROR of that width.
        let view = unsafe { MapiErrorRef::from_raw(e, unicode) }
            .expect("ok")
            .expect("ok");
        assert_eq!(view.component.expect("ok").to_string_lossy(), "bag");
        // SAFETY: as above.
        unsafe { counting.allocator().free(e.cast()) };
    }
    release(p);
    assert_eq!(counting.live_blocks(), 0);
}

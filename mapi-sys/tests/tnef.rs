//! `ITnef` as a host and an implementation meet it: problem arrays written
//! with the object's allocator and adopted by the caller (only when there
//! are problems and the caller asked for them), custom values one per tag
//! of `FinishComponent`'s tag array, and exactly one component flag.

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{Allocator, Prop, PropRef, PropTag, PropValue, TnefProblem};
use mapi_sys::*;
use std::ptr;
use std::sync::{Arc, Mutex};

/// What `FinishComponent` was given: the tags and the custom values.
type Seen = Arc<Mutex<Vec<(Vec<PropTag>, Vec<Prop>)>>>;

#[derive(ComObject)]
#[mapi(implements(ITnef), allocator = alloc)]
struct Tnef {
    alloc: Allocator,
    seen: Seen,
}

fn problem(tag: u32) -> TnefProblem {
    TnefProblem {
        component: 0,
        attribute: 0x0006_9003,
        tag: PropTag(tag),
        scode: Hresult(MAPI_E_CORRUPT_DATA),
    }
}

impl ITnefImpl for Tnef {
    fn extract_props(
        &self,
        _flags: TnefExtractPropsFlags,
        tags: &[PropTag],
    ) -> Result<Vec<TnefProblem>, Hresult> {
        // One problem per tag asked for: none for none.
        Ok(tags.iter().map(|t| problem(t.0)).collect())
    }

    fn finish_component(
        &self,
        _flags: TnefFinishComponentFlags,
        _component: ULONG,
        custom_tags: Option<&[PropTag]>,
        custom: Option<&[PropRef<'_>]>,
        _tags: Option<&[PropTag]>,
    ) -> Result<Vec<TnefProblem>, Hresult> {
        let custom = custom
            .unwrap_or_default()
            .iter()
            .map(|p| p.to_prop().map_err(Hresult::from))
            .collect::<Result<Vec<_>, _>>()?;
        self.seen
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
            .push((custom_tags.unwrap_or_default().to_vec(), custom));
        Ok(Vec::new())
    }
}

#[test]
fn problem_arrays_come_only_with_problems_and_leak_nothing() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let tnef: ComPtr<ITnef> = Tnef {
        alloc,
        seen: Seen::default(),
    }
    .into_com();
    // The caller's side adopts the array and frees it on drop.
    let problems = tnef
        .extract_props(
            &alloc,
            TnefExtractPropsFlags::empty(),
            &[PropTag(PR_SUBJECT)],
        )
        .expect("extract");
    let problems = problems.expect("one problem");
    assert_eq!(problems.problems(), Ok(vec![problem(PR_SUBJECT)]));
    drop(problems);
    // No problem: no array.
    let none = tnef
        .extract_props(&alloc, TnefExtractPropsFlags::empty(), &[])
        .expect("extract");
    assert!(none.is_none());
    // Through the vtable: a caller that does not want the problems gets
    // none written, and nothing is left allocated.
    let tags = SPropTagArray {
        cValues: 1,
        aulPropTag: [PR_SUBJECT],
    };
    // SAFETY: a live object; a readable tag array; no problem array wanted.
    let hr = unsafe {
        (tnef.vtable().ExtractProps)(
            tnef.as_raw().cast(),
            TNEF_PROP_INCLUDE,
            ptr::from_ref(&tags).cast_mut(),
            ptr::null_mut(),
        )
    };
    assert_eq!(hr, S_OK);
    drop(tnef);
    assert_eq!(counting.live_blocks(), 0, "leaked blocks");
}

#[test]
fn finish_component_takes_one_value_per_tag_and_one_component() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let seen = Seen::default();
    let object: ComPtr<ITnef> = Tnef {
        alloc,
        seen: seen.clone(),
    }
    .into_com();
    let subject = Prop::new(PropTag(PR_SUBJECT_W), PropValue::unicode("hello"));
    let tags = [PropTag(PR_SUBJECT_W)];
    let flags = TnefFinishComponentFlags::MESSAGE;
    let got = object
        .finish_component(
            &alloc,
            flags,
            0,
            Some(&tags),
            Some(std::slice::from_ref(&subject)),
            None,
        )
        .expect("finish");
    assert!(got.is_none());
    // A value count that differs from the tag count is refused before the
    // call; so is a component flag missing or both given (by the thunk).
    assert_eq!(
        object
            .finish_component(&alloc, flags, 0, Some(&tags), Some(&[]), None)
            .err(),
        Some(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    for bits in [0, TNEF_COMPONENT_MESSAGE | TNEF_COMPONENT_ATTACHMENT] {
        // SAFETY: a live object; no pointers.
        let hr = unsafe {
            (object.vtable().FinishComponent)(
                object.as_raw().cast(),
                bits,
                0,
                ptr::null_mut(),
                ptr::null_mut(),
                ptr::null_mut(),
                ptr::null_mut(),
            )
        };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER, "{bits:#x}");
    }
    let seen = seen.lock().expect("lock").clone();
    assert_eq!(seen, vec![(tags.to_vec(), vec![subject])]);
    drop(object);
    assert_eq!(counting.live_blocks(), 0, "leaked blocks");
}

//! The form interfaces (`forms.idl`) with both sides in safe Rust: form
//! properties, verbs, message class lists, arrays of form information
//! objects, plain structures in MAPI memory, opaque handles and `S_FALSE`
//! answers cross the vtable as Rust values, and a counting allocator ends
//! with no live block.

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    Allocator, FormProp, FormPropEnumVal, FormPropSpecial, NameId, NameKind, Verb,
};
use mapi_sys::*;
use std::ffi::CStr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const PS_FORM: GUID = GUID::from_u128(0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10);

fn props() -> Vec<FormProp> {
    vec![FormProp {
        prop_type: PT_LONG,
        name: NameId {
            guid: PS_FORM,
            kind: NameKind::Name("Severity".into()),
        },
        display_name: "Sévérité".into(),
        special: FormPropSpecial::Enum {
            index: NameId {
                guid: PS_FORM,
                kind: NameKind::Id(0x8001),
            },
            values: vec![
                FormPropEnumVal {
                    display_name: "Low".into(),
                    value: 1,
                },
                FormPropEnumVal {
                    display_name: "High".into(),
                    value: 3,
                },
            ],
        },
    }]
}

fn verbs() -> Vec<Verb> {
    vec![Verb {
        verb: 0,
        name: "&Open".into(),
        menu_flags: 0,
        attributes: 2,
    }]
}

/// A form information object that counts its live instances.
#[derive(ComObject)]
#[mapi(implements(IMAPIFormInfo), allocator = alloc)]
struct Info {
    alloc: Allocator,
    live: Arc<AtomicUsize>,
}

impl Drop for Info {
    fn drop(&mut self) {
        self.live.fetch_sub(1, Ordering::SeqCst);
    }
}

impl IMAPIPropImpl for Info {}

impl IMAPIFormInfoImpl for Info {
    fn calc_form_prop_set(
        &self,
        _flags: MAPIFormInfoCalcFormPropSetFlags,
    ) -> Result<Vec<FormProp>, Hresult> {
        Ok(props())
    }

    fn calc_verb_set(&self, _flags: MAPIFormInfoCalcVerbSetFlags) -> Result<Vec<Verb>, Hresult> {
        Ok(verbs())
    }

    fn make_icon_from_binary(&self, prop_id: ULONG) -> Result<HICON, Hresult> {
        // A handle is only carried: any value does.
        Ok(HICON(prop_id as usize as *mut core::ffi::c_void))
    }
}

fn info(counting: &CountingAllocator, live: &Arc<AtomicUsize>) -> ComPtr<IMAPIFormInfo> {
    live.fetch_add(1, Ordering::SeqCst);
    Info {
        alloc: counting.allocator(),
        live: live.clone(),
    }
    .into_com()
}

/// A form manager that resolves `IPM.Note` only.
#[derive(ComObject)]
#[mapi(implements(IMAPIFormMgr), allocator = alloc)]
struct Manager {
    alloc: Allocator,
    note: ComPtr<IMAPIFormInfo>,
    seen: Arc<Mutex<Vec<String>>>,
}

impl IMAPIFormMgrImpl for Manager {
    fn resolve_multiple_message_classes(
        &self,
        classes: Option<&[&CStr]>,
        _flags: MAPIFormMgrResolveMultipleMessageClassesFlags,
        _folder: Option<ComPtr<IMAPIFolder>>,
    ) -> Result<Vec<Option<ComPtr<IMAPIFormInfo>>>, Hresult> {
        let classes = classes.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        Ok(classes
            .iter()
            .map(|c| (c.to_bytes() == b"IPM.Note").then(|| self.note.clone()))
            .collect())
    }

    fn calc_form_prop_set(
        &self,
        forms: &[Option<ComPtr<IMAPIFormInfo>>],
        flags: MAPIFormCalcFormPropSetFlags,
    ) -> Result<Vec<FormProp>, Hresult> {
        self.seen.lock().expect("lock").push(format!(
            "{} forms, {} null, {flags:?}",
            forms.len(),
            forms.iter().filter(|f| f.is_none()).count()
        ));
        Ok(props())
    }

    fn is_in_conflict_with_warning(
        &self,
        _flags: FormMessageFlags,
        _status: FormMessageStatusFlags,
        class: value::StrRef<'_>,
        _folder: Option<ComPtr<IMAPIFolder>>,
    ) -> Result<(Hresult, ()), Hresult> {
        // In conflict only for the class that cannot handle it.
        let code = if class.to_string_lossy() == "IPM.Post" {
            S_OK
        } else {
            S_FALSE
        };
        Ok((Hresult(code), ()))
    }
}

/// A view context with print settings.
#[derive(ComObject)]
#[mapi(implements(IMAPIViewContext), allocator = alloc)]
struct View {
    alloc: Allocator,
}

impl IMAPIViewContextImpl for View {
    fn get_print_setup(
        &self,
        flags: MAPIViewContextGetPrintSetupFlags,
    ) -> Result<FORMPRINTSETUP, Hresult> {
        Ok(FORMPRINTSETUP {
            ulFlags: flags.bits(),
            hDevMode: HGLOBAL::NULL,
            hDevNames: HGLOBAL::NULL,
            ulFirstPageNumber: 2,
            fPrintAttachments: 1,
        })
    }

    fn get_view_status(&self) -> Result<MAPIViewStatusFlags, Hresult> {
        Ok(MAPIViewStatusFlags::from_bits_retain(
            VCSTATUS_NEXT | VCSTATUS_MODAL,
        ))
    }
}

#[test]
fn form_properties_and_verbs_come_back_as_rust_values_in_either_width() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let live = Arc::new(AtomicUsize::new(0));
    let form = info(&counting, &live);
    for flags in [
        MAPIFormInfoCalcFormPropSetFlags::empty(),
        MAPIFormInfoCalcFormPropSetFlags::MAPI_UNICODE,
    ] {
        assert_eq!(
            form.calc_form_prop_set(&alloc, flags).expect("props"),
            props()
        );
    }
    assert_eq!(
        form.calc_verb_set(&alloc, MAPIFormInfoCalcVerbSetFlags::MAPI_UNICODE)
            .expect("verbs"),
        verbs()
    );
    assert_eq!(
        form.make_icon_from_binary(0x1234).expect("icon").0 as usize,
        0x1234
    );
    assert_eq!(counting.live_blocks(), 0);
    drop(form);
    assert_eq!(live.load(Ordering::SeqCst), 0);
}

#[test]
fn message_classes_go_in_and_form_information_objects_come_back_counted() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let live = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mgr: ComPtr<IMAPIFormMgr> = Manager {
        alloc: counting.allocator(),
        note: info(&counting, &live),
        seen: seen.clone(),
    }
    .into_com();
    let resolved = mgr
        .resolve_multiple_message_classes(
            &alloc,
            Some(&["IPM.Note", "IPM.Unknown"]),
            MAPIFormMgrResolveMultipleMessageClassesFlags::empty(),
            None,
        )
        .expect("resolved");
    assert_eq!(resolved.len(), 2);
    assert!(resolved[0].is_some() && resolved[1].is_none());
    // The returned array is freed; its reference now lives in `resolved`.
    assert_eq!(counting.live_blocks(), 0);

    let all = mgr
        .calc_form_prop_set(
            &alloc,
            &resolved,
            MAPIFormCalcFormPropSetFlags::FORMPROPSET_INTERSECTION
                | MAPIFormCalcFormPropSetFlags::MAPI_UNICODE,
        )
        .expect("props");
    assert_eq!(all, props());
    assert_eq!(
        seen.lock().expect("lock").as_slice(),
        ["2 forms, 1 null, FORMPROPSET_INTERSECTION | MAPI_UNICODE"]
    );
    // A bit the group does not list is refused.
    let unlisted = MAPIFormCalcFormPropSetFlags::from_bits_retain(FORMPROPSET_INTERSECTION | 2);
    assert_eq!(
        mgr.calc_form_prop_set(&alloc, &resolved, unlisted),
        Err(Hresult(MAPI_E_UNKNOWN_FLAGS))
    );
    // An 8-bit message class cannot hold a character beyond U+00FF.
    assert_eq!(
        mgr.resolve_multiple_message_classes(
            &alloc,
            Some(&["IPM.€"]),
            MAPIFormMgrResolveMultipleMessageClassesFlags::empty(),
            None,
        )
        .map(|v| v.len()),
        Err(Hresult(MAPI_E_BAD_CHARWIDTH))
    );
    drop(resolved);
    drop(mgr);
    assert_eq!(live.load(Ordering::SeqCst), 0, "every reference released");
    assert_eq!(counting.live_blocks(), 0);
}

#[test]
fn s_false_answers_the_question_through_with_warning() {
    let counting = CountingAllocator::new();
    let live = Arc::new(AtomicUsize::new(0));
    let mgr: ComPtr<IMAPIFormMgr> = Manager {
        alloc: counting.allocator(),
        note: info(&counting, &live),
        seen: Arc::default(),
    }
    .into_com();
    let ask = |class: &str| {
        mgr.is_in_conflict_with_warning(
            FormMessageFlags::empty(),
            FormMessageStatusFlags::empty(),
            class,
            None,
        )
        .map(|(code, ())| code)
    };
    assert_eq!(ask("IPM.Post"), Ok(Hresult(S_OK)));
    assert_eq!(ask("IPM.Note"), Ok(Hresult(S_FALSE)));
    // Without the code, both are success.
    assert_eq!(
        mgr.is_in_conflict(
            FormMessageFlags::empty(),
            FormMessageStatusFlags::empty(),
            "IPM.Note",
            None
        ),
        Ok(())
    );
}

#[test]
fn a_plain_structure_is_copied_out_of_mapi_memory() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let view: ComPtr<IMAPIViewContext> = View {
        alloc: counting.allocator(),
    }
    .into_com();
    let setup = view
        .get_print_setup(&alloc, MAPIViewContextGetPrintSetupFlags::MAPI_UNICODE)
        .expect("setup");
    assert_eq!(
        (
            setup.ulFlags,
            setup.ulFirstPageNumber,
            setup.fPrintAttachments
        ),
        (MAPI_UNICODE, 2, 1)
    );
    assert!(setup.hDevMode.is_null() && setup.hDevNames.is_null());
    assert_eq!(counting.live_blocks(), 0);
    // Unlisted status bits (`VCSTATUS_CATEGORY`, with no published value)
    // would be kept; the listed ones have names.
    let status = view.get_view_status().expect("status");
    assert_eq!(format!("{status:?}"), "VCSTATUS_NEXT | VCSTATUS_MODAL");
}

#[test]
fn a_host_passing_a_null_message_class_gets_invalid_parameter() {
    let counting = CountingAllocator::new();
    let live = Arc::new(AtomicUsize::new(0));
    let mgr: ComPtr<IMAPIFormMgr> = Manager {
        alloc: counting.allocator(),
        note: info(&counting, &live),
        seen: Arc::default(),
    }
    .into_com();
    // An array of one null name, as a careless host might pass it.
    #[repr(C)]
    struct One {
        count: ULONG,
        names: [LPCSTR; 1],
    }
    let mut classes = One {
        count: 1,
        names: [core::ptr::null()],
    };
    let mut out: LPSMAPIFORMINFOARRAY = core::ptr::null_mut();
    // SAFETY: a live object; the arguments are readable and writable as the
    // signature says, and only the message class array is malformed.
    let hr = unsafe {
        (mgr.vtable().ResolveMultipleMessageClasses)(
            mgr.as_raw().cast(),
            (&raw mut classes).cast(),
            0,
            core::ptr::null_mut(),
            &mut out,
        )
    };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    assert!(out.is_null());
    assert_eq!(counting.live_blocks(), 0);
}

//! `service_entry!`: the exported `ServiceEntry`, called with every
//! `MSG_SERVICE_*` context as MAPI calls it, against fake provider
//! administration, provider table, profile section and support objects
//! (derived); what it writes to the profile is checked.

use mapi_sys::kit::{ConfigProp, MessageService, ProviderSection, ServiceContext};
use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{
    Allocator, Problem, Prop, PropArray, PropRef, PropTag, PropValue, write_props,
};
use mapi_sys::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ptr;
use std::sync::{Arc, Mutex};

/// A profile section: a property map.
#[derive(ComObject)]
#[mapi(implements(IProfSect), allocator = alloc)]
struct Section {
    alloc: Allocator,
    props: Arc<Mutex<BTreeMap<u32, Prop>>>,
}

impl IProfSectImpl for Section {}

impl IMAPIPropImpl for Section {
    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let props = self.props.lock().expect("lock");
        let tags = tags.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        Ok(tags
            .iter()
            .map(|t| match props.get(&t.id().into()) {
                Some(p) => p.clone(),
                None => Prop::error(*t, Hresult(MAPI_E_NOT_FOUND)),
            })
            .collect())
    }

    fn set_props(&self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let mut props = self.props.lock().expect("lock");
        for v in values {
            props.insert(v.tag.id().into(), v.to_prop()?);
        }
        Ok(Vec::new())
    }
}

/// The provider table: one row per provider UID.
#[derive(ComObject)]
#[mapi(implements(IMAPITable), allocator = alloc)]
struct ProviderTable {
    alloc: Allocator,
    uids: Vec<[u8; 16]>,
}

impl IMAPITableImpl for ProviderTable {
    fn set_columns(&self, _: &[PropTag], _: MAPITableSetColumnsFlags) -> Result<(), Hresult> {
        Ok(())
    }

    fn query_rows(&self, _: LONG, _: MAPITableQueryRowsFlags) -> Result<Vec<Vec<Prop>>, Hresult> {
        Ok(self
            .uids
            .iter()
            .map(|u| vec![Prop::new(PR_PROVIDER_UID, PropValue::Binary(u.to_vec()))])
            .collect())
    }
}

#[derive(ComObject)]
#[mapi(implements(IProviderAdmin), allocator = alloc)]
struct Admin {
    alloc: Allocator,
    sections: BTreeMap<[u8; 16], Arc<Mutex<BTreeMap<u32, Prop>>>>,
}

impl IProviderAdminImpl for Admin {
    fn get_provider_table(
        &self,
        _flags: ProviderAdminGetProviderTableFlags,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        Ok(ProviderTable {
            alloc: self.alloc,
            uids: self.sections.keys().copied().collect(),
        }
        .into_com())
    }

    fn open_profile_section(
        &self,
        uid: Option<&MAPIUID>,
        _iid: Option<&GUID>,
        _flags: ProviderAdminOpenProfileSectionFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let props = self
            .sections
            .get(&uid.ok_or(Hresult(MAPI_E_INVALID_PARAMETER))?.ab)
            .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
        Ok(Section {
            alloc: self.alloc,
            props: props.clone(),
        }
        .into_com()
        .upcast())
    }
}

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

fn service() -> MessageService {
    MessageService {
        name: "SAMPLE".into(),
        display_name: "Sample".into(),
        dll_base: "sample".into(),
        entry_name: "ServiceEntry".into(),
        resource_flags: vec![],
        providers: vec![ProviderSection {
            section: "SAMPLE_MS".into(),
            resource_type: "MAPI_STORE_PROVIDER".into(),
            resource_flags: vec![],
            display_name: "Sample".into(),
            provider_display: "Sample".into(),
            extra: vec![],
        }],
        config: vec![
            ConfigProp {
                tag: PropTag(PR_DISPLAY_NAME_W),
                default: Some(PropValue::unicode("Sample store")),
                required: true,
            },
            ConfigProp {
                tag: PropTag(PR_COMMENT_W),
                default: None,
                required: true,
            },
        ],
    }
}

thread_local! {
    /// Contexts the hook saw on this test's thread (ServiceEntry runs the
    /// hook on the caller's thread; tests run in parallel).
    static HOOKED: RefCell<Vec<ServiceContext>> = const { RefCell::new(Vec::new()) };
}

mapi_sys::service_entry!(
    service(),
    |_service: &MessageService, call: &mapi_sys::kit::ServiceCall<'_>| {
        HOOKED.with(|h| h.borrow_mut().push(call.context));
        None
    }
);

struct Profile {
    counting: CountingAllocator,
    sections: BTreeMap<[u8; 16], Arc<Mutex<BTreeMap<u32, Prop>>>>,
}

impl Profile {
    fn new() -> Profile {
        let sections = [[1u8; 16], [2u8; 16]]
            .into_iter()
            .map(|u| (u, Arc::default()))
            .collect();
        Profile {
            counting: CountingAllocator::new(),
            sections,
        }
    }

    /// `ServiceEntry(context, props)` as MAPI calls it.
    fn call(&self, context: ULONG, flags: ULONG, props: &[Prop]) -> HRESULT {
        let alloc = self.counting.allocator();
        let support = Support { alloc }.into_com();
        let admin = Admin {
            alloc,
            sections: self.sections.clone(),
        }
        .into_com();
        let values = write_props(&alloc, props).expect("values");
        let mut error: LPMAPIERROR = 0x1 as LPMAPIERROR;
        // SAFETY: MAPI's arguments: live objects, `values.count()` values.
        let hr = unsafe {
            ServiceEntry(
                ptr::null_mut(),
                ptr::null_mut(),
                support.as_raw(),
                0,
                flags,
                context,
                values.count(),
                values.as_ptr().cast_mut(),
                admin.as_raw(),
                &mut error,
            )
        };
        assert!(error.is_null(), "no MAPIERROR is returned");
        hr
    }

    fn section(&self, k: usize) -> BTreeMap<u32, Prop> {
        let s = self.sections.values().nth(k).expect("section");
        s.lock().expect("lock").clone()
    }
}

fn id(tag: u32) -> u32 {
    PropTag(tag).id().into()
}

#[test]
fn create_and_configure_write_the_values_to_every_provider_section() {
    let p = Profile::new();
    // Created without the required comment: defaults written, unconfigured.
    assert_eq!(p.call(MSG_SERVICE_CREATE, 0, &[]), MAPI_E_UNCONFIGURED);
    for k in 0..2 {
        assert_eq!(
            p.section(k).get(&id(PR_DISPLAY_NAME_W)),
            Some(&Prop::new(
                PR_DISPLAY_NAME_W,
                PropValue::unicode("Sample store")
            ))
        );
    }
    // Configured with it: complete.
    let comment = Prop::new(PR_COMMENT_W, PropValue::unicode("for tests"));
    assert_eq!(
        p.call(
            MSG_SERVICE_CONFIGURE,
            SERVICE_UI_ALLOWED,
            std::slice::from_ref(&comment)
        ),
        S_OK
    );
    for k in 0..2 {
        assert_eq!(p.section(k).get(&id(PR_COMMENT_W)), Some(&comment));
        assert_eq!(p.section(k).len(), 2);
    }
    assert_eq!(p.counting.live_blocks(), 0, "nothing leaked");
}

#[test]
fn undeclared_or_mistyped_values_are_refused_and_nothing_is_written() {
    let p = Profile::new();
    let cases = [
        Prop::new(PR_SUBJECT_W, PropValue::unicode("not a setting")),
        Prop::new(PR_COMMENT_W, PropValue::Long(1)),
    ];
    for v in cases {
        assert_eq!(
            p.call(MSG_SERVICE_CONFIGURE, 0, &[v]),
            MAPI_E_INVALID_PARAMETER
        );
    }
    assert!(p.section(0).is_empty() && p.section(1).is_empty());
}

#[test]
fn the_other_contexts_and_bad_calls_get_their_answers() {
    let p = Profile::new();
    for (context, want) in [
        (MSG_SERVICE_INSTALL, S_OK),
        (MSG_SERVICE_DELETE, S_OK),
        (MSG_SERVICE_UNINSTALL, S_OK),
        (MSG_SERVICE_PROVIDER_CREATE, MAPI_E_NO_SUPPORT),
        (MSG_SERVICE_PROVIDER_DELETE, MAPI_E_NO_SUPPORT),
        (0x99, MAPI_E_NO_SUPPORT),
    ] {
        assert_eq!(
            Hresult(p.call(context, 0, &[])),
            Hresult(want),
            "context {context}"
        );
    }
    assert_eq!(
        HOOKED.with(|h| h.borrow().clone()),
        [
            ServiceContext::Install,
            ServiceContext::Delete,
            ServiceContext::Uninstall,
            ServiceContext::ProviderCreate,
            ServiceContext::ProviderDelete,
        ],
        "the hook sees every known context"
    );
    assert_eq!(
        p.call(MSG_SERVICE_CONFIGURE, 0x0400_0000, &[]),
        MAPI_E_UNKNOWN_FLAGS
    );
    let mut error: LPMAPIERROR = ptr::null_mut();
    // SAFETY: a call with null support and administration objects.
    let hr = unsafe {
        ServiceEntry(
            ptr::null_mut(),
            ptr::null_mut(),
            ptr::null_mut(),
            0,
            0,
            MSG_SERVICE_CONFIGURE,
            0,
            ptr::null_mut(),
            ptr::null_mut(),
            &mut error,
        )
    };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
}

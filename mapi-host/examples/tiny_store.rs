//! A deliberately tiny store provider, built as a `cdylib`, that the host
//! kit's own tests load: it implements `MSProviderInit`, `Logon`,
//! `Logoff`, `Shutdown` and the store's required properties, and nothing
//! else (every other method answers `MAPI_E_NO_SUPPORT`). Its
//! `PR_STORE_SUPPORT_MASK` says so (`STORE_READONLY`, nothing created,
//! no notifications), so the kit skips the checks of folders, messages and
//! the rest as "not supported", passes the others and finds no leak
//! (`cargo run -p mapi-host -- target/debug/examples/libtiny_store.so`).

use mapi_sys::kit::{OpenStores, PropBag, Validity};
use mapi_sys::value::{Allocator, PropArray, PropTag, PropValue};
use mapi_sys::*;
use std::sync::Arc;

#[derive(ComObject)]
#[mapi(implements(IMSProvider), allocator = alloc)]
struct Provider {
    alloc: Allocator,          // the host's, as `MSProviderInit` passed them
    shut: Validity,            // invalid after Shutdown
    open: Arc<OpenStores<()>>, // the store while it is open: Logon returns it
}

#[derive(MsgStore)]
#[mapi(support = support, allocator = alloc)]
struct Store {
    support: ComPtr<IMAPISupport>,
    alloc: Allocator,
    off: Arc<Validity>, // invalid after the logon's Logoff
}

#[derive(ComObject)]
#[mapi(implements(IMSLogon))]
struct Logon {
    off: Arc<Validity>,
    open: Arc<OpenStores<()>>,
    store: ComWeak<IMsgStore>,
}

const UID: [u8; 16] = *b"tiny-store-uid!!";

/// What the store supports: nothing can be written or created, no notifications.
const SUPPORT_MASK: u32 = STORE_READONLY | STORE_ENTRYID_UNIQUE;

fn store_id() -> Vec<u8> {
    [&[0; 4][..], &UID].concat() // flags, then the provider's UID
}

impl IMSProviderImpl for Provider {
    fn shutdown(&self, _flags: MSProviderShutdownFlags) -> Result<(), Hresult> {
        self.shut.invalidate();
        Ok(())
    }

    fn logon(
        &self,
        support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: value::StrRef<'_>,
        _id: Option<&[u8]>,
        _flags: MSProviderLogonFlags,
        _iid: Option<&GUID>,
    ) -> Result<
        (
            Vec<u8>,
            Option<value::MapiError>,
            Option<ComPtr<IMSLogon>>,
            ComPtr<IUnknown>,
        ),
        Hresult,
    > {
        self.shut.check()?;
        if let Some(store) = self.open.get(&()) {
            return Ok((Vec::new(), None, None, store.cast()?)); // already open
        }
        let off = Arc::new(Validity::new());
        let (store, weak) = Store {
            support,
            alloc: self.alloc,
            off: off.clone(),
        }
        .into_com_weak();
        let open = self.open.clone();
        let logon = Logon {
            off,
            open: open.clone(),
            store: weak.clone(),
        }
        .into_com();
        open.open_on_commit((), weak)?; // once Logon succeeds
        Ok((Vec::new(), None, Some(logon), store.cast()?))
    }
}

impl IMSLogonImpl for Logon {
    fn logoff(&self, _flags: MSLogonLogoffFlags) -> Result<(), Hresult> {
        // The thunk rejected any flag: none is defined.
        self.off.invalidate();
        self.open.close(&(), &self.store);
        Ok(())
    }
}

impl Store {
    /// The store's properties: those MAPI requires of every store.
    fn props(&self) -> Result<PropBag, Hresult> {
        self.off.check()?;
        let mut bag = PropBag::new();
        bag.set(PR_DISPLAY_NAME_A, PropValue::string8("Tiny store"));
        bag.set(PR_OBJECT_TYPE, MAPI_STORE);
        bag.set(PR_STORE_SUPPORT_MASK, SUPPORT_MASK);
        for tag in [PR_MDB_PROVIDER, PR_RECORD_KEY, PR_STORE_RECORD_KEY] {
            bag.set(tag, UID.to_vec());
        }
        for tag in [PR_ENTRYID, PR_STORE_ENTRYID] {
            bag.set(tag, store_id());
        }
        Ok(bag)
    }
}

impl IMAPIPropImpl for Store {
    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let unicode = flags.contains(MAPIPropGetPropsFlags::MAPI_UNICODE);
        Ok(self.props()?.get_props(tags, unicode)?.into_owned().into())
    }

    fn get_prop_list(&self, flags: MAPIPropGetPropListFlags) -> Result<Vec<PropTag>, Hresult> {
        let unicode = flags.contains(MAPIPropGetPropListFlags::MAPI_UNICODE);
        Ok(self.props()?.prop_list(unicode))
    }
}

impl IMsgStoreImpl for Store {}

// `MSProviderInit`: the kit checks MAPI's arguments; the closure makes the provider.
mapi_sys::ms_provider_init!(|init: mapi_sys::kit::ProviderInit| {
    let (alloc, shut, open) = (init.allocator(), Validity::new(), Arc::default());
    Ok(Provider { alloc, shut, open }.into_com())
});

//! A small complete store: an optional support object and an extra
//! interface, `IMSLogon`, reachable through `QueryInterface`.

use mapi_sys::*;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

#[derive(ComObject)]
#[mapi(implements(IMAPISupport))]
struct Support {
    logoffs: Arc<AtomicU32>,
}

impl IMAPISupportImpl for Support {
    fn store_logoff_transports(
        &self,
        flags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> Result<(), Hresult> {
        self.logoffs.store(flags.bits() | 0x8000_0000, Ordering::SeqCst);
        Ok(())
    }
}

#[derive(MsgStore)]
#[mapi(support = support, implements(IMSLogon))]
struct Store {
    support: Option<ComPtr<IMAPISupport>>,
}

impl IMAPIPropImpl for Store {}

impl IMsgStoreImpl for Store {
    fn compare_entry_ids(
        &self,
        id1: &[u8],
        id2: &[u8],
        _flags: MsgStoreCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        Ok(ULONG::from(id1 == id2))
    }
}

impl IMSLogonImpl for Store {
    fn compare_entry_ids(
        &self,
        id1: &[u8],
        id2: &[u8],
        _flags: MSLogonCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        Ok(ULONG::from(id1 != id2))
    }
}

fn main() {
    let logoffs = Arc::new(AtomicU32::new(0));
    let support = Support {
        logoffs: logoffs.clone(),
    }
    .into_com();
    let store = Store {
        support: Some(support),
    }
    .into_com();
    let id = [1u8, 2, 3];
    let mut equal: ULONG = 7;
    // SAFETY: a live store, valid buffers and out-pointer.
    let hr = unsafe {
        (store.vtable().CompareEntryIDs)(
            store.as_raw().cast(),
            3,
            id.as_ptr().cast_mut().cast(),
            3,
            id.as_ptr().cast_mut().cast(),
            0,
            &mut equal,
        )
    };
    assert_eq!((hr, equal), (0, 1));

    let logon = store.cast::<IMSLogon>().expect("the store answers IMSLogon");
    let mut differ: ULONG = 7;
    // SAFETY: as above, through the second interface.
    let hr = unsafe {
        (logon.vtable().CompareEntryIDs)(
            logon.as_raw().cast(),
            3,
            id.as_ptr().cast_mut().cast(),
            3,
            id.as_ptr().cast_mut().cast(),
            0,
            &mut differ,
        )
    };
    assert_eq!((hr, differ), (0, 0));
    let back = logon.cast::<IMsgStore>().expect("and IMsgStore back");
    assert_eq!(back.as_raw(), store.as_raw(), "one identity");

    drop((back, logon));
    assert_eq!(logoffs.load(Ordering::SeqCst), 0);
    drop(store);
    assert_eq!(
        logoffs.load(Ordering::SeqCst),
        LOGOFF_ABORT | 0x8000_0000,
        "StoreLogoffTransports(LOGOFF_ABORT) at the last release"
    );

    // No support object: the last release calls nothing.
    drop(Store { support: None }.into_com());
}

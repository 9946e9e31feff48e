//! [`OpenStores`]: the stores a provider has open, for `IMSProvider::Logon`.

use crate::{ComPtr, ComWeak, IMsgStore};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

/// The message stores a provider has open, by a key of its choosing (the
/// store's identity in its entry identifier, say), held weakly.
///
/// `IMSProvider::Logon`'s "standard processing": when the store asked for
/// is already open, return the existing store object, with `*lppMSLogon`
/// null, no call to the support object and no new reference on it. Look
/// the store up with [`get`](OpenStores::get) before doing anything else;
/// record a new one with [`open_on_commit`](OpenStores::open_on_commit) (the weak handle from
/// the derive's `into_com_weak`), and forget it at `IMSLogon::Logoff` with
/// [`close`](OpenStores::close). Held weakly, a store still closes at its
/// last `Release` as MAPI expects.
///
/// ```
/// use mapi_sys::kit::OpenStores;
/// let open: OpenStores<[u8; 16]> = OpenStores::new();
/// assert!(open.get(&[1; 16]).is_none()); // none yet: make the store and its logon
/// ```
pub struct OpenStores<K> {
    stores: Mutex<HashMap<K, ComWeak<IMsgStore>>>,
}

impl<K> Default for OpenStores<K> {
    fn default() -> Self {
        OpenStores {
            stores: Mutex::new(HashMap::new()),
        }
    }
}

impl<K> std::fmt::Debug for OpenStores<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenStores").finish_non_exhaustive()
    }
}

impl<K: Eq + Hash> OpenStores<K> {
    /// None open.
    pub fn new() -> OpenStores<K> {
        OpenStores::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, ComWeak<IMsgStore>>> {
        self.stores.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new reference to the store open under `key`, if it is still
    /// alive.
    pub fn get(&self, key: &K) -> Option<ComPtr<IMsgStore>> {
        self.lock().get(key).and_then(ComWeak::upgrade)
    }

    /// Records `store` as the store open under `key`.
    pub fn open(&self, key: K, store: ComWeak<IMsgStore>) {
        let mut stores = self.lock();
        stores.retain(|_, s| s.is_alive());
        stores.insert(key, store);
    }

    /// Records `store` as open under `key` once the current call succeeds
    /// ([`on_commit`](super::on_commit)): what a `Logon` that made a new
    /// store does, so that a failed one leaves nothing open.
    pub fn open_on_commit(
        self: &std::sync::Arc<Self>,
        key: K,
        store: ComWeak<IMsgStore>,
    ) -> Result<(), crate::Hresult>
    where
        K: 'static,
    {
        let stores = self.clone();
        super::on_commit(move || {
            stores.open(key, store);
            Ok(())
        })
    }

    /// Forgets the store open under `key` if it is `store` (a later logon
    /// may have opened another since).
    pub fn close(&self, key: &K, store: &ComWeak<IMsgStore>) {
        let mut stores = self.lock();
        if stores.get(key).is_some_and(|s| s.same_object(store)) {
            stores.remove(key);
        }
    }
}

/// Tells the support object about a store `IMSProvider::Logon` opens, the
/// way the reference describes and so that a failed `Logon` has no effect
/// the host can see:
///
/// - now, `IMAPISupport::WrapStoreEntryID` of `store_entry_id`: the
///   identifier to hand clients as `PR_STORE_ENTRYID` is returned
///   (`store_entry_id` itself if the support object does not wrap);
/// - once the call can no longer fail ([`on_commit`](super::on_commit)),
///   `ModifyStatusRow` with `status_row`'s values (the logon's row in the
///   status table) and `SetProviderUID` with `uid` (so that MAPI routes
///   the provider's entry identifiers to it).
///
/// `MAPI_E_NOT_ENOUGH_MEMORY` from any of them fails the call; another
/// failure only means MAPI shows no status row or routes nothing here,
/// which a store survives.
#[cfg(feature = "client")]
pub fn register_store(
    support: &ComPtr<crate::IMAPISupport>,
    alloc: &crate::value::Allocator,
    uid: crate::MAPIUID,
    store_entry_id: &[u8],
    status_row: &super::PropBag,
) -> Result<Vec<u8>, crate::Hresult> {
    use crate::{
        FlagSet, Hresult, IMAPISupportExt, MAPI_E_NOT_ENOUGH_MEMORY,
        MAPISupportModifyStatusRowFlags, MAPISupportReservedFlags,
    };
    let memory_only = |e: Hresult| match e.0 {
        MAPI_E_NOT_ENOUGH_MEMORY => Err(e),
        _ => Ok(()),
    };
    let row = status_row.get_props(None, true)?.into_owned();
    let wrapped = match support.wrap_store_entry_id(alloc, store_entry_id) {
        Ok(id) => id
            .entry_id()
            .ok()
            .filter(|e| e.as_bytes().len() >= 4)
            .map(|e| e.as_bytes().to_vec()),
        Err(e) => memory_only(e).map(|()| None)?,
    };
    let support = support.clone();
    super::on_commit(move || {
        let flags = MAPISupportModifyStatusRowFlags::empty();
        support
            .modify_status_row(&row, flags)
            .or_else(memory_only)?;
        let reserved = MAPISupportReservedFlags::empty();
        support
            .set_provider_uid(&uid, reserved)
            .or_else(memory_only)
    })?;
    Ok(wrapped.unwrap_or_else(|| store_entry_id.to_vec()))
}

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

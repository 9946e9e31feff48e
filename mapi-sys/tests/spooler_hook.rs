//! A messaging hook as the MAPI spooler calls it, through the raw vtable,
//! and as a Rust caller does through `ComPtr`: rerouting a message replaces
//! the folder entry ID the spooler passed (freeing it with the hook's
//! allocator), returns the flags, and leaks nothing.

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{Allocator, MapiBuffer, write_bytes};
use mapi_sys::*;
use std::sync::{Arc, Mutex};

#[derive(ComObject)]
#[mapi(implements(ISpoolerHook), allocator = alloc)]
struct Hook {
    alloc: Allocator,
    /// The folder entry IDs the hook was given.
    seen: Arc<Mutex<Vec<Option<Vec<u8>>>>>,
}

impl ISpoolerHookImpl for Hook {
    fn inbound_msg_hook(
        &self,
        _message: ComPtr<IMessage>,
        _folder: ComPtr<IMAPIFolder>,
        _store: ComPtr<IMsgStore>,
        folder_id: Option<&[u8]>,
    ) -> Result<(SpoolerHookMsgHookFlags, Option<Vec<u8>>), Hresult> {
        self.seen
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
            .push(folder_id.map(<[u8]>::to_vec));
        // Reroute everything to folder [9], and stop the other hooks.
        Ok((SpoolerHookMsgHookFlags::CANCEL, Some(vec![9])))
    }

    fn outbound_msg_hook(
        &self,
        _message: ComPtr<IMessage>,
        _folder: ComPtr<IMAPIFolder>,
        _store: ComPtr<IMsgStore>,
        _folder_id: Option<&[u8]>,
    ) -> Result<(SpoolerHookMsgHookFlags, Option<Vec<u8>>), Hresult> {
        // Leave the message where it is.
        Ok((SpoolerHookMsgHookFlags::empty(), None))
    }
}

#[test]
fn a_hook_reroutes_with_a_new_entry_id_and_frees_the_old() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let seen = Arc::default();
    let hook: ComPtr<ISpoolerHook> = Hook {
        alloc,
        seen: Arc::clone(&seen),
    }
    .into_com();
    // The message, folder and store are the hook itself seen through other
    // interfaces: the hook does not call them.
    let other = hook.as_raw().cast();
    let old = write_bytes(&alloc, &[1, 2, 3]).expect("bytes");
    let (mut cb, mut id) = old.into_raw_parts();
    let mut flags = 0;
    // SAFETY: a live object; live objects for the three interfaces; MAPI
    // bytes of `alloc` and their size.
    let hr = unsafe {
        (hook.vtable().InboundMsgHook)(
            hook.as_raw().cast(),
            other,
            other.cast(),
            other.cast(),
            &mut flags,
            &mut cb,
            &mut id,
        )
    };
    assert_eq!((hr, flags, cb), (S_OK, HOOK_CANCEL, 1));
    assert_eq!(*seen.lock().expect("lock"), [Some(vec![1, 2, 3])]);
    // SAFETY: the hook's new block of `alloc`, `cb` bytes.
    let new = unsafe { MapiBuffer::from_raw(alloc, id, cb) }.expect("bytes");
    assert_eq!(new.as_slice(), [9]);
    drop(new);
    assert_eq!(counting.live_blocks(), 0, "the old entry ID was freed");
}

#[test]
fn a_caller_gets_the_replacement_or_keeps_its_own() {
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let hook: ComPtr<ISpoolerHook> = Hook {
        alloc,
        seen: Arc::default(),
    }
    .into_com();
    // Any live objects serve as the message, folder and store: the hook
    // does not call them. Here, the hook itself.
    let message: ComPtr<IMessage> =
        // SAFETY: the hook's own interface pointer, with one more reference
        // taken by `clone`; only `IUnknown`'s slots will be used.
        unsafe { ComPtr::from_raw(hook.clone().into_raw().cast()) }.expect("object");
    let folder: ComPtr<IMAPIFolder> =
        // SAFETY: as above.
        unsafe { ComPtr::from_raw(hook.clone().into_raw().cast()) }.expect("object");
    let store: ComPtr<IMsgStore> =
        // SAFETY: as above.
        unsafe { ComPtr::from_raw(hook.clone().into_raw().cast()) }.expect("object");
    // Rerouted: the caller's buffer is replaced by the hook's.
    let mut id = Some(write_bytes(&alloc, &[7]).expect("bytes"));
    let flags = hook
        .inbound_msg_hook(&alloc, &message, &folder, &store, &mut id)
        .expect("hook");
    assert_eq!(flags, SpoolerHookMsgHookFlags::CANCEL);
    assert_eq!(id.as_ref().map(MapiBuffer::as_slice), Some(&[9u8][..]));
    // Left alone: the caller keeps its own.
    let flags = hook
        .outbound_msg_hook(&alloc, &message, &folder, &store, &mut id)
        .expect("hook");
    assert!(flags.is_empty());
    assert_eq!(id.as_ref().map(MapiBuffer::as_slice), Some(&[9u8][..]));
    drop((id, message, folder, store, hook));
    assert_eq!(counting.live_blocks(), 0, "leaked blocks");
}

//! The Exchange interfaces as a host and an implementation meet them,
//! through raw vtable pointers and through `ComPtr`: a collector's read
//! states and deletions (`IExchangeImportContentsChanges`), a rule table's
//! row list (`IExchangeModifyTable`), a fast-transfer question answered
//! without a status (`IExchangeFastTransfer::IsInterfaceOk`).

use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::value::{Allocator, Prop, PropTag, PropValue, ReadState, RowEntry, RowEntryRef};
use mapi_sys::*;
use std::ptr;
use std::sync::{Arc, Mutex};

/// What the objects were given, as owned values.
type Seen = Arc<Mutex<Vec<String>>>;

fn record(seen: &Seen, what: String) -> Result<(), Hresult> {
    seen.lock()
        .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
        .push(what);
    Ok(())
}

#[derive(ComObject)]
#[mapi(
    implements(IExchangeImportContentsChanges, IExchangeModifyTable, IExchangeFastTransfer),
    allocator = alloc
)]
struct Exchange {
    alloc: Allocator,
    seen: Seen,
}

impl IExchangeImportContentsChangesImpl for Exchange {
    fn import_message_deletion(
        &self,
        flags: ExchangeImportDeletionFlags,
        keys: &[&[u8]],
    ) -> Result<(), Hresult> {
        record(&self.seen, format!("deleted {keys:?} {:#x}", flags.bits()))
    }

    fn import_per_user_read_state_change(&self, states: &[ReadState<'_>]) -> Result<(), Hresult> {
        for s in states {
            record(
                &self.seen,
                format!("read {:?} {:#x}", s.source_key, s.flags),
            )?;
        }
        Ok(())
    }
}

impl IExchangeModifyTableImpl for Exchange {
    fn modify_table(
        &self,
        flags: ExchangeModifyTableModifyTableFlags,
        rows: &[RowEntryRef<'_>],
    ) -> Result<(), Hresult> {
        for r in rows {
            let values = r
                .values
                .iter()
                .map(|p| p.to_prop().map(|p| format!("{p:?}")))
                .collect::<Result<Vec<_>, _>>()
                .map_err(Hresult::from)?;
            record(
                &self.seen,
                format!("row {:#x} {:#x} {values:?}", flags.bits(), r.flags),
            )?;
        }
        Ok(())
    }
}

impl IExchangeFastTransferImpl for Exchange {
    fn is_interface_ok(
        &self,
        method: ULONG,
        iid: &GUID,
        tags: Option<&[PropTag]>,
        _flags: ExchangeFastTransferIsInterfaceOkFlags,
    ) -> BOOL {
        // Fast for a CopyTo of a message with no more than two properties.
        BOOL::from(
            method == TRANSFER_COPYTO && *iid == IID_IMessage && tags.is_none_or(|t| t.len() <= 2),
        )
    }
}

fn object(counting: &CountingAllocator) -> (ComPtr<IUnknown>, Seen) {
    let seen = Seen::default();
    let com: ComPtr<IExchangeImportContentsChanges> = Exchange {
        alloc: counting.allocator(),
        seen: seen.clone(),
    }
    .into_com();
    (com.cast().expect("IUnknown"), seen)
}

fn take(seen: &Seen) -> Vec<String> {
    seen.lock().map(|mut v| v.split_off(0)).unwrap_or_default()
}

#[test]
fn read_states_and_deletions_reach_the_collector() {
    let counting = CountingAllocator::new();
    let (com, seen) = object(&counting);
    let collector: ComPtr<IExchangeImportContentsChanges> = com.cast().expect("collector");
    let states = [
        ReadState {
            source_key: &[1, 2],
            flags: SYNC_READ,
        },
        ReadState {
            source_key: &[3],
            flags: 0,
        },
    ];
    assert_eq!(collector.import_per_user_read_state_change(&states), Ok(()));
    assert_eq!(take(&seen), ["read [1, 2] 0x1", "read [3] 0x0"]);
    // Through the vtable: a state whose key is missing is refused before the
    // collector runs.
    let mut hollow = READSTATE {
        cbSourceKey: 4,
        pbSourceKey: ptr::null_mut(),
        ulFlags: 0,
    };
    // SAFETY: a live object; one readable entry.
    let hr = unsafe {
        (collector.vtable().ImportPerUserReadStateChange)(collector.as_raw().cast(), 1, &mut hollow)
    };
    assert_ne!(hr, S_OK);
    assert_eq!(take(&seen), Vec::<String>::new());
    // Deletion flags newer than the headers pass through (`unknown(keep)`).
    let flags = ExchangeImportDeletionFlags::SOFT_DELETE
        | ExchangeImportDeletionFlags::from_bits_retain(0x100);
    assert_eq!(collector.import_message_deletion(flags, &[&[7, 7]]), Ok(()));
    assert_eq!(take(&seen), ["deleted [[7, 7]] 0x101"]);
    drop((collector, com));
    assert_eq!(counting.live_blocks(), 0, "leaked blocks");
}

#[test]
fn a_row_list_reaches_the_table() {
    let counting = CountingAllocator::new();
    let (com, seen) = object(&counting);
    let table: ComPtr<IExchangeModifyTable> = com.cast().expect("table");
    let rows = [
        RowEntry {
            flags: ROW_ADD,
            values: vec![Prop::new(
                PropTag(PR_DISPLAY_NAME_W),
                PropValue::unicode("r"),
            )],
        },
        RowEntry {
            flags: ROW_REMOVE,
            values: vec![],
        },
    ];
    assert_eq!(
        table.modify_table(ExchangeModifyTableModifyTableFlags::ROWLIST_REPLACE, &rows),
        Ok(())
    );
    let seen = take(&seen);
    assert_eq!(seen.len(), 2, "{seen:?}");
    let added = vec![format!("{:?}", rows[0].values[0])];
    assert_eq!(seen[0], format!("row 0x1 0x1 {added:?}"));
    assert_eq!(seen[1], "row 0x1 0x4 []");
    // A null list is refused by the thunk.
    // SAFETY: a live object; no list.
    let hr = unsafe { (table.vtable().ModifyTable)(table.as_raw().cast(), 0, ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    drop((table, com));
    assert_eq!(counting.live_blocks(), 0, "leaked blocks");
}

#[test]
fn a_method_without_a_status_answers_false_for_bad_arguments() {
    let counting = CountingAllocator::new();
    let (com, _seen) = object(&counting);
    let transfer: ComPtr<IExchangeFastTransfer> = com.cast().expect("fast transfer");
    let f = transfer.vtable().IsInterfaceOk;
    let this = transfer.as_raw().cast();
    let iid = IID_IMessage;
    let tags = SPropTagArray {
        cValues: 1,
        aulPropTag: [PR_SUBJECT],
    };
    let tags_ptr = ptr::from_ref(&tags).cast_mut();
    // SAFETY: a live object; a readable IID and tag array.
    unsafe {
        assert_eq!(f(this, TRANSFER_COPYTO, &iid, tags_ptr, 0), 1);
        assert_eq!(f(this, TRANSFER_COPYTO, &iid, ptr::null_mut(), 0), 1);
        assert_eq!(f(this, TRANSFER_COPYPROPS, &iid, tags_ptr, 0), 0);
        // A null IID is an argument the thunk refuses: FALSE, not a crash.
        assert_eq!(f(this, TRANSFER_COPYTO, ptr::null(), tags_ptr, 0), 0);
    }
}

#[test]
fn a_caller_asks_is_interface_ok_with_rust_values() {
    let counting = CountingAllocator::new();
    let (com, _seen) = object(&counting);
    let transfer: ComPtr<IExchangeFastTransfer> = com.cast().expect("fast transfer");
    let none = ExchangeFastTransferIsInterfaceOkFlags::empty();
    let two = [PropTag(PR_SUBJECT), PropTag(PR_BODY)];
    let three = [
        PropTag(PR_SUBJECT),
        PropTag(PR_BODY),
        PropTag(PR_DISPLAY_TO),
    ];
    // The tag array is laid out for the call and read back by the thunk.
    let ok = |tags: Option<&[PropTag]>| {
        transfer.is_interface_ok(TRANSFER_COPYTO, &IID_IMessage, tags, none)
    };
    assert_eq!(ok(Some(&two)), Ok(1));
    assert_eq!(ok(Some(&three)), Ok(0));
    assert_eq!(ok(None), Ok(1));
    assert_eq!(
        transfer.is_interface_ok(TRANSFER_COPYTO, &IID_IMAPIFolder, None, none),
        Ok(0)
    );
}

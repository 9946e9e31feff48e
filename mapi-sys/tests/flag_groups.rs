//! The corpus's flag groups as a MAPI host meets them, through raw vtable
//! pointers: the flags the reference pages document, and the ones Outlook
//! passes (`MAPI_NO_CACHE`, `MAPI_CACHE_ONLY`, `MDB_ONLINE`,
//! `MAPI_GAL_ONLY`, `NON_CONTENT_INDEXED_SEARCH`), reach the provider; a bit
//! no group lists is still `MAPI_E_UNKNOWN_FLAGS`, and broken exclusive or
//! required flags, and excluded pairs, are still `MAPI_E_INVALID_PARAMETER`.

use mapi_sys::*;
use std::ffi::c_void;
use std::ptr;
use std::sync::{Arc, Mutex};

/// A bit that none of the groups under test lists.
const UNLISTED: u32 = 0x0010_0000;

/// Calls the provider recorded: method name and the flags it was given.
type Seen = Arc<Mutex<Vec<(&'static str, u32)>>>;

/// One object implementing every interface under test. Each implemented
/// method records its flags; those that would return an object fail with
/// `MAPI_E_NOT_FOUND` instead.
#[derive(ComObject)]
#[mapi(implements(
    IMAPIContainer,
    IMessage,
    IMsgStore,
    IMAPISupport,
    IMSProvider,
    IMSLogon,
    IABLogon,
    IAddrBook
))]
struct Recorder {
    seen: Seen,
}

impl Recorder {
    fn record(&self, method: &'static str, flags: u32) {
        if let Ok(mut seen) = self.seen.lock() {
            seen.push((method, flags));
        }
    }

    fn not_found<T>(&self, method: &'static str, flags: u32) -> Result<T, Hresult> {
        self.record(method, flags);
        Err(Hresult(MAPI_E_NOT_FOUND))
    }
}

impl IMAPIPropImpl for Recorder {
    fn copy_to(
        &self,
        _exclude: Option<&[IID]>,
        _exclude_props: Option<&[value::PropTag]>,
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        _iid: &GUID,
        _dest: ComPtr<IUnknown>,
        flags: MAPIPropCopyToFlags,
    ) -> Result<Vec<value::Problem>, Hresult> {
        self.record("IMAPIProp::CopyTo", flags.bits());
        Ok(Vec::new())
    }

    fn copy_props(
        &self,
        _include: &[value::PropTag],
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        _iid: &GUID,
        _dest: ComPtr<IUnknown>,
        flags: MAPIPropCopyPropsFlags,
    ) -> Result<Vec<value::Problem>, Hresult> {
        self.record("IMAPIProp::CopyProps", flags.bits());
        Ok(Vec::new())
    }
}

impl IMAPIContainerImpl for Recorder {
    fn open_entry(
        &self,
        _id: Option<&[u8]>,
        _iid: Option<&GUID>,
        flags: MAPIContainerOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.not_found("IMAPIContainer::OpenEntry", flags.bits())
    }

    fn set_search_criteria(
        &self,
        _restriction: Option<&value::RestrictionRef<'_>>,
        _containers: Option<&[&[u8]]>,
        flags: MAPIContainerSetSearchCriteriaFlags,
    ) -> Result<(), Hresult> {
        self.record("IMAPIContainer::SetSearchCriteria", flags.bits());
        Ok(())
    }

    fn get_search_criteria(
        &self,
        _flags: MAPIContainerGetSearchCriteriaFlags,
    ) -> Result<
        (
            value::Restriction,
            Vec<value::EntryId>,
            MAPIContainerSearchStateFlags,
        ),
        Hresult,
    > {
        let states = MAPIContainerSearchStateFlags::SEARCH_COMPLETE
            | MAPIContainerSearchStateFlags::SEARCH_STATIC
            | MAPIContainerSearchStateFlags::CI_TOTALLY;
        Ok((value::Restriction::And(Vec::new()), Vec::new(), states))
    }
}

impl IMessageImpl for Recorder {
    fn modify_recipients(
        &self,
        flags: MessageModifyRecipientsFlags,
        _mods: &[Vec<value::PropRef<'_>>],
    ) -> Result<(), Hresult> {
        self.record("IMessage::ModifyRecipients", flags.bits());
        Ok(())
    }

    fn set_read_flag(&self, flags: MessageSetReadFlagFlags) -> Result<(), Hresult> {
        self.record("IMessage::SetReadFlag", flags.bits());
        Ok(())
    }
}

impl IMsgStoreImpl for Recorder {
    fn open_entry(
        &self,
        _id: Option<&[u8]>,
        _iid: Option<&GUID>,
        flags: MsgStoreOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.not_found("IMsgStore::OpenEntry", flags.bits())
    }
}

impl IMAPISupportImpl for Recorder {
    fn open_entry(
        &self,
        _id: &[u8],
        _iid: Option<&GUID>,
        flags: MAPISupportOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.not_found("IMAPISupport::OpenEntry", flags.bits())
    }

    fn do_copy_to(
        &self,
        _src_iid: &GUID,
        _src: ComPtr<IUnknown>,
        _exclude: Option<&[IID]>,
        _exclude_props: Option<&[value::PropTag]>,
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        _dest_iid: &GUID,
        _dest: ComPtr<IUnknown>,
        flags: MAPISupportDoCopyToFlags,
    ) -> Result<Vec<value::Problem>, Hresult> {
        self.record("IMAPISupport::DoCopyTo", flags.bits());
        Ok(Vec::new())
    }

    fn do_copy_props(
        &self,
        _src_iid: &GUID,
        _src: ComPtr<IUnknown>,
        _include: &[value::PropTag],
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        _dest_iid: &GUID,
        _dest: ComPtr<IUnknown>,
        flags: MAPISupportDoCopyPropsFlags,
    ) -> Result<Vec<value::Problem>, Hresult> {
        self.record("IMAPISupport::DoCopyProps", flags.bits());
        Ok(Vec::new())
    }

    fn prepare_submit(
        &self,
        _message: ComPtr<IMessage>,
        flags: &mut MAPISupportPrepareSubmitFlags,
    ) -> Result<(), Hresult> {
        self.record("IMAPISupport::PrepareSubmit", flags.bits());
        Ok(())
    }

    fn store_logoff_transports(
        &self,
        flags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> Result<(), Hresult> {
        self.record("IMAPISupport::StoreLogoffTransports", flags.bits());
        *flags = MAPISupportStoreLogoffTransportsFlags::COMPLETE;
        Ok(())
    }
}

impl IMSProviderImpl for Recorder {
    fn logon(
        &self,
        _support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: value::StrRef<'_>,
        _id: Option<&[u8]>,
        flags: MSProviderLogonFlags,
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
        self.not_found("IMSProvider::Logon", flags.bits())
    }

    fn spooler_logon(
        &self,
        _support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: value::StrRef<'_>,
        _id: Option<&[u8]>,
        flags: MSProviderSpoolerLogonFlags,
        _iid: Option<&GUID>,
        _security: &[u8],
    ) -> Result<(Option<value::MapiError>, ComPtr<IMSLogon>, ComPtr<IUnknown>), Hresult> {
        self.not_found("IMSProvider::SpoolerLogon", flags.bits())
    }
}

impl IMSLogonImpl for Recorder {
    fn open_entry(
        &self,
        _id: Option<&[u8]>,
        _iid: Option<&GUID>,
        flags: MSLogonOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.not_found("IMSLogon::OpenEntry", flags.bits())
    }
}

impl IABLogonImpl for Recorder {
    fn open_entry(
        &self,
        _id: Option<&[u8]>,
        _iid: Option<&GUID>,
        flags: ABLogonOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.not_found("IABLogon::OpenEntry", flags.bits())
    }
}

impl IAddrBookImpl for Recorder {
    fn open_entry(
        &self,
        _id: Option<&[u8]>,
        _iid: Option<&GUID>,
        flags: AddrBookOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.not_found("IAddrBook::OpenEntry", flags.bits())
    }

    fn resolve_name(
        &self,
        _ui: ULONG_PTR,
        flags: AddrBookResolveNameFlags,
        _title: Option<value::StrRef<'_>>,
        _list: &mut [Vec<value::Prop>],
    ) -> Result<(), Hresult> {
        self.record("IAddrBook::ResolveName", flags.bits());
        Ok(())
    }
}

/// The host's side: the object's interfaces and what the provider saw.
struct Host {
    seen: Seen,
    container: ComPtr<IMAPIContainer>,
    message: ComPtr<IMessage>,
    store: ComPtr<IMsgStore>,
    support: ComPtr<IMAPISupport>,
    provider: ComPtr<IMSProvider>,
    logon: ComPtr<IMSLogon>,
    ab_logon: ComPtr<IABLogon>,
    book: ComPtr<IAddrBook>,
}

fn cast<U: Interface>(container: &ComPtr<IMAPIContainer>) -> ComPtr<U> {
    match container.cast::<U>() {
        Ok(p) => p,
        Err(e) => panic!("QueryInterface({}): {e}", U::NAME),
    }
}

impl Host {
    fn new() -> Host {
        let seen = Seen::default();
        let container = Recorder { seen: seen.clone() }.into_com();
        Host {
            seen,
            message: cast(&container),
            store: cast(&container),
            support: cast(&container),
            provider: cast(&container),
            logon: cast(&container),
            ab_logon: cast(&container),
            book: cast(&container),
            container,
        }
    }

    /// What the provider saw since the last call, emptied.
    fn take(&self) -> Vec<(&'static str, u32)> {
        self.seen
            .lock()
            .map(|mut v| v.split_off(0))
            .unwrap_or_default()
    }

    /// The message, as the `LPVOID` the copy methods take.
    fn dest(&self) -> LPVOID {
        self.message.as_raw().cast()
    }
}

/// The shape every `OpenEntry` shares.
type OpenEntry = unsafe extern "system" fn(
    *mut c_void,
    ULONG,
    LPENTRYID,
    LPCIID,
    ULONG,
    *mut ULONG,
    *mut LPUNKNOWN,
) -> HRESULT;

fn open_entry(f: OpenEntry, this: *mut c_void, flags: u32) -> Hresult {
    let id = [0u8, 0, 0, 0, 7];
    let mut kind: ULONG = 0;
    let mut unk: LPUNKNOWN = ptr::null_mut();
    // SAFETY: a live object of the interface `f` belongs to; valid entry ID
    // and out-pointers.
    let hr = unsafe {
        f(
            this,
            id.len() as ULONG,
            id.as_ptr().cast_mut().cast(),
            ptr::null(),
            flags,
            &mut kind,
            &mut unk,
        )
    };
    assert!(unk.is_null(), "no object on failure");
    Hresult(hr)
}

#[test]
fn every_open_entry_takes_outlooks_cache_flags() {
    let h = Host::new();
    let cases: [(&str, OpenEntry, *mut c_void); 6] = [
        (
            "IMsgStore::OpenEntry",
            h.store.vtable().OpenEntry,
            h.store.as_raw().cast(),
        ),
        (
            "IMAPIContainer::OpenEntry",
            h.container.vtable().OpenEntry,
            h.container.as_raw().cast(),
        ),
        (
            "IMAPISupport::OpenEntry",
            h.support.vtable().OpenEntry,
            h.support.as_raw().cast(),
        ),
        (
            "IMSLogon::OpenEntry",
            h.logon.vtable().OpenEntry,
            h.logon.as_raw().cast(),
        ),
        (
            "IABLogon::OpenEntry",
            h.ab_logon.vtable().OpenEntry,
            h.ab_logon.as_raw().cast(),
        ),
        (
            "IAddrBook::OpenEntry",
            h.book.vtable().OpenEntry,
            h.book.as_raw().cast(),
        ),
    ];
    for (name, f, this) in cases {
        for flags in [
            MAPI_NO_CACHE,
            MAPI_CACHE_ONLY,
            MAPI_BEST_ACCESS | MAPI_NO_CACHE,
        ] {
            assert_eq!(
                open_entry(f, this, flags),
                Hresult(MAPI_E_NOT_FOUND),
                "{name} with {flags:#x} reaches the provider"
            );
            assert_eq!(h.take(), [(name, flags)]);
        }
        assert_eq!(
            open_entry(f, this, MAPI_NO_CACHE | UNLISTED),
            Hresult(MAPI_E_UNKNOWN_FLAGS),
            "{name}"
        );
        assert_eq!(h.take(), [], "{name}: rejected before the provider");
    }
}

#[test]
fn the_address_book_takes_gal_only() {
    let h = Host::new();
    for (f, this) in [
        (h.book.vtable().OpenEntry, h.book.as_raw().cast()),
        (h.ab_logon.vtable().OpenEntry, h.ab_logon.as_raw().cast()),
    ] {
        assert_eq!(
            open_entry(f, this, MAPI_GAL_ONLY | MAPI_MODIFY),
            Hresult(MAPI_E_NOT_FOUND)
        );
    }
    assert_eq!(
        h.take(),
        [
            ("IAddrBook::OpenEntry", MAPI_GAL_ONLY | MAPI_MODIFY),
            ("IABLogon::OpenEntry", MAPI_GAL_ONLY | MAPI_MODIFY),
        ]
    );

    // SAFETY: zero entries; nothing is read past the count.
    let mut list: ADRLIST = unsafe { std::mem::zeroed() };
    let resolve = |flags: u32, list: &mut ADRLIST| {
        // SAFETY: live address book, valid list; no title.
        Hresult(unsafe {
            (h.book.vtable().ResolveName)(h.book.as_raw().cast(), 0, flags, ptr::null_mut(), list)
        })
    };
    assert_eq!(
        resolve(MAPI_GAL_ONLY | MAPI_CACHE_ONLY, &mut list),
        Hresult::OK
    );
    assert_eq!(
        resolve(MAPI_GAL_ONLY | UNLISTED, &mut list),
        Hresult(MAPI_E_UNKNOWN_FLAGS)
    );
    assert_eq!(
        h.take(),
        [("IAddrBook::ResolveName", MAPI_GAL_ONLY | MAPI_CACHE_ONLY)]
    );
}

#[test]
fn store_logons_take_mdb_online() {
    let h = Host::new();
    let profile = c"profile";
    let security = [1u8, 2, 3];
    let logon = |flags: u32| {
        let (mut cb, mut sec, mut err) = (0, ptr::null_mut(), ptr::null_mut());
        let (mut ms_logon, mut mdb) = (ptr::null_mut(), ptr::null_mut());
        // SAFETY: live provider and support object; valid string and
        // out-pointers.
        Hresult(unsafe {
            (h.provider.vtable().Logon)(
                h.provider.as_raw().cast(),
                h.support.as_raw(),
                0,
                profile.as_ptr().cast_mut().cast(),
                0,
                ptr::null_mut(),
                flags,
                ptr::null(),
                &mut cb,
                &mut sec,
                &mut err,
                &mut ms_logon,
                &mut mdb,
            )
        })
    };
    let spooler_logon = |flags: u32| {
        let (mut err, mut ms_logon, mut mdb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        // SAFETY: live provider and support object; valid string, buffer
        // and out-pointers.
        Hresult(unsafe {
            (h.provider.vtable().SpoolerLogon)(
                h.provider.as_raw().cast(),
                h.support.as_raw(),
                0,
                profile.as_ptr().cast_mut().cast(),
                0,
                ptr::null_mut(),
                flags,
                ptr::null(),
                security.len() as ULONG,
                security.as_ptr().cast_mut(),
                &mut err,
                &mut ms_logon,
                &mut mdb,
            )
        })
    };
    let flags = MDB_ONLINE | MDB_NO_DIALOG | MDB_WRITE;
    assert_eq!(logon(flags), Hresult(MAPI_E_NOT_FOUND));
    assert_eq!(spooler_logon(flags), Hresult(MAPI_E_NOT_FOUND));
    assert_eq!(logon(MDB_ONLINE | UNLISTED), Hresult(MAPI_E_UNKNOWN_FLAGS));
    assert_eq!(
        spooler_logon(MDB_ONLINE | UNLISTED),
        Hresult(MAPI_E_UNKNOWN_FLAGS)
    );
    assert_eq!(
        h.take(),
        [
            ("IMSProvider::Logon", flags),
            ("IMSProvider::SpoolerLogon", flags)
        ]
    );
}

#[test]
fn set_search_criteria_takes_non_content_indexed_search() {
    let h = Host::new();
    let set = |flags: u32| {
        // SAFETY: live container; null restriction and list reuse the last ones.
        Hresult(unsafe {
            (h.container.vtable().SetSearchCriteria)(
                h.container.as_raw().cast(),
                ptr::null_mut(),
                ptr::null_mut(),
                flags,
            )
        })
    };
    let flags = NON_CONTENT_INDEXED_SEARCH | RESTART_SEARCH | RECURSIVE_SEARCH;
    assert_eq!(set(flags), Hresult::OK);
    assert_eq!(
        set(NON_CONTENT_INDEXED_SEARCH | FOREGROUND_SEARCH | BACKGROUND_SEARCH),
        Hresult(MAPI_E_INVALID_PARAMETER),
        "priorities still exclude each other"
    );
    assert_eq!(set(UNLISTED), Hresult(MAPI_E_UNKNOWN_FLAGS));
    assert_eq!(h.take(), [("IMAPIContainer::SetSearchCriteria", flags)]);
}

#[test]
fn get_search_criteria_returns_the_named_search_states() {
    let h = Host::new();
    let mut state: ULONG = 0xDEAD;
    // SAFETY: live container; the criteria are not wanted.
    let hr = unsafe {
        (h.container.vtable().GetSearchCriteria)(
            h.container.as_raw().cast(),
            0,
            ptr::null_mut(),
            ptr::null_mut(),
            &mut state,
        )
    };
    assert_eq!(hr, 0);
    assert_eq!(
        state,
        SEARCH_COMPLETE | SEARCH_STATIC | CI_TOTALLY,
        "the states reach the host, not masked away"
    );
    assert_eq!(
        format!(
            "{:?}",
            MAPIContainerSearchStateFlags::from_bits_retain(state)
        ),
        "SEARCH_COMPLETE | SEARCH_STATIC | CI_TOTALLY"
    );
}

#[test]
fn modify_recipients_flags_may_be_combined() {
    let h = Host::new();
    // SAFETY: zero entries; nothing is read past the count.
    let mut mods: ADRLIST = unsafe { std::mem::zeroed() };
    let mut modify = |flags: u32| {
        // SAFETY: live message, valid list.
        Hresult(unsafe {
            (h.message.vtable().ModifyRecipients)(h.message.as_raw().cast(), flags, &mut mods)
        })
    };
    assert_eq!(modify(MODRECIP_ADD | MODRECIP_REMOVE), Hresult::OK);
    assert_eq!(
        modify(MODRECIP_ADD | MODRECIP_MODIFY | MODRECIP_REMOVE),
        Hresult::OK
    );
    assert_eq!(modify(UNLISTED), Hresult(MAPI_E_UNKNOWN_FLAGS));
    assert_eq!(
        h.take(),
        [
            ("IMessage::ModifyRecipients", MODRECIP_ADD | MODRECIP_REMOVE),
            (
                "IMessage::ModifyRecipients",
                MODRECIP_ADD | MODRECIP_MODIFY | MODRECIP_REMOVE
            ),
        ]
    );
}

#[test]
fn prepare_submit_flags_are_reserved() {
    let h = Host::new();
    let submit = |flags: u32| {
        let mut f = flags;
        // SAFETY: live support object and message, valid flags pointer.
        let hr = unsafe {
            (h.support.vtable().PrepareSubmit)(
                h.support.as_raw().cast(),
                h.message.as_raw(),
                &mut f,
            )
        };
        (Hresult(hr), f)
    };
    assert_eq!(submit(0), (Hresult::OK, 0));
    assert_eq!(submit(CHECK_SENDER).0, Hresult(MAPI_E_UNKNOWN_FLAGS));
    assert_eq!(submit(NON_STANDARD).0, Hresult(MAPI_E_UNKNOWN_FLAGS));
    assert_eq!(h.take(), [("IMAPISupport::PrepareSubmit", 0)]);
}

#[test]
fn store_logoff_transports_takes_exactly_one_flag() {
    let h = Host::new();
    let logoff = |flags: u32| {
        let mut f = flags;
        // SAFETY: live support object, valid flags pointer.
        let hr = unsafe {
            (h.support.vtable().StoreLogoffTransports)(h.support.as_raw().cast(), &mut f)
        };
        (Hresult(hr), f)
    };
    assert_eq!(logoff(LOGOFF_ORDERLY), (Hresult::OK, LOGOFF_COMPLETE));
    assert_eq!(
        logoff(0).0,
        Hresult(MAPI_E_INVALID_PARAMETER),
        "one flag is required"
    );
    assert_eq!(
        logoff(LOGOFF_ABORT | LOGOFF_QUIET).0,
        Hresult(MAPI_E_INVALID_PARAMETER)
    );
    assert_eq!(
        logoff(LOGOFF_ORDERLY | UNLISTED).0,
        Hresult(MAPI_E_UNKNOWN_FLAGS)
    );
    assert_eq!(
        h.take(),
        [("IMAPISupport::StoreLogoffTransports", LOGOFF_ORDERLY)]
    );
}

#[test]
fn the_copy_methods_take_mapi_unicode() {
    let h = Host::new();
    let tags = SPropTagArray {
        cValues: 1,
        aulPropTag: [PR_SUBJECT],
    };
    let tags_ptr = ptr::from_ref(&tags).cast_mut();
    let iid = IID_IMAPIProp;
    let copy_to = |flags: u32| {
        // SAFETY: live message; the destination is the message itself, seen
        // through `iid`.
        Hresult(unsafe {
            (h.message.vtable().base__.CopyTo)(
                h.message.as_raw().cast(),
                0,
                ptr::null(),
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                &iid,
                h.dest(),
                flags,
                ptr::null_mut(),
            )
        })
    };
    let copy_props = |flags: u32| {
        // SAFETY: as above, with a valid tag array.
        Hresult(unsafe {
            (h.message.vtable().base__.CopyProps)(
                h.message.as_raw().cast(),
                tags_ptr,
                0,
                ptr::null_mut(),
                &iid,
                h.dest(),
                flags,
                ptr::null_mut(),
            )
        })
    };
    let do_copy_to = |flags: u32| {
        // SAFETY: live support object; source and destination are the
        // message, seen through `iid`.
        Hresult(unsafe {
            (h.support.vtable().DoCopyTo)(
                h.support.as_raw().cast(),
                &iid,
                h.dest(),
                0,
                ptr::null(),
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                &iid,
                h.dest(),
                flags,
                ptr::null_mut(),
            )
        })
    };
    let do_copy_props = |flags: u32| {
        // SAFETY: as above, with a valid tag array.
        Hresult(unsafe {
            (h.support.vtable().DoCopyProps)(
                h.support.as_raw().cast(),
                &iid,
                h.dest(),
                tags_ptr,
                0,
                ptr::null_mut(),
                &iid,
                h.dest(),
                flags,
                ptr::null_mut(),
            )
        })
    };
    let calls: [(&str, &dyn Fn(u32) -> Hresult); 4] = [
        ("IMAPIProp::CopyTo", &copy_to),
        ("IMAPIProp::CopyProps", &copy_props),
        ("IMAPISupport::DoCopyTo", &do_copy_to),
        ("IMAPISupport::DoCopyProps", &do_copy_props),
    ];
    for (name, call) in calls {
        assert_eq!(call(MAPI_UNICODE | MAPI_NOREPLACE), Hresult::OK, "{name}");
        assert_eq!(call(UNLISTED), Hresult(MAPI_E_UNKNOWN_FLAGS), "{name}");
        assert_eq!(h.take(), [(name, MAPI_UNICODE | MAPI_NOREPLACE)]);
    }
}

#[test]
fn set_read_flag_refuses_two_pairs_and_allows_the_third() {
    let h = Host::new();
    let set_read_flag = |flags: u32| {
        // SAFETY: a live message.
        Hresult(unsafe { (h.message.vtable().SetReadFlag)(h.message.as_raw().cast(), flags) })
    };
    for refused in [
        CLEAR_READ_FLAG | SUPPRESS_RECEIPT,
        CLEAR_READ_FLAG | GENERATE_RECEIPT_ONLY,
        CLEAR_READ_FLAG | SUPPRESS_RECEIPT | GENERATE_RECEIPT_ONLY,
    ] {
        assert_eq!(
            set_read_flag(refused),
            Hresult(MAPI_E_INVALID_PARAMETER),
            "{refused:#x}"
        );
        assert_eq!(h.take(), [], "{refused:#x}: rejected before the provider");
    }
    for allowed in [
        SUPPRESS_RECEIPT | GENERATE_RECEIPT_ONLY,
        CLEAR_READ_FLAG | CLEAR_RN_PENDING | MAPI_DEFERRED_ERRORS,
        CLEAR_READ_FLAG,
    ] {
        assert_eq!(set_read_flag(allowed), Hresult(S_OK), "{allowed:#x}");
        assert_eq!(h.take(), [("IMessage::SetReadFlag", allowed)]);
    }
    // The folder's group says the same, checked as its thunk checks.
    let check = |bits: u32| MAPIFolderSetReadFlagsFlags::check_input(bits).map(|f| f.bits());
    assert_eq!(
        check(CLEAR_READ_FLAG | GENERATE_RECEIPT_ONLY),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    assert_eq!(
        check(CLEAR_READ_FLAG | SUPPRESS_RECEIPT),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    assert_eq!(
        check(SUPPRESS_RECEIPT | GENERATE_RECEIPT_ONLY | MESSAGE_DIALOG),
        Ok(SUPPRESS_RECEIPT | GENERATE_RECEIPT_ONLY | MESSAGE_DIALOG)
    );
}

#[test]
fn create_msg_service_takes_no_restart_warning() {
    // The reference page of IMsgServiceAdmin::CreateMsgService documents
    // SERVICE_NO_RESTART_WARNING, as IMsgServiceAdmin2's does.
    let all = MAPI_UNICODE | SERVICE_NO_RESTART_WARNING | SERVICE_UI_ALLOWED;
    for bits in [SERVICE_NO_RESTART_WARNING, all] {
        let flags = MsgServiceAdminCreateMsgServiceFlags::check_input(bits).map(|f| f.bits());
        assert_eq!(flags, Ok(bits));
        let flags = MsgServiceAdmin2CreateMsgServiceFlags::check_input(bits).map(|f| f.bits());
        assert_eq!(flags, Ok(bits));
    }
    let unlisted = MsgServiceAdminCreateMsgServiceFlags::check_input(UNLISTED).map(|f| f.bits());
    assert_eq!(unlisted, Err(Hresult(MAPI_E_UNKNOWN_FLAGS)));
}

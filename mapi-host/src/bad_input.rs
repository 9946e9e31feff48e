//! The bad-input session: what a careless client sends. The provider must
//! answer the documented code, write null to out-pointers on failure,
//! not crash, and leak nothing.

use crate::api::{self, OutPtr, sentinel};
use crate::caps::Capability;
use crate::com::Obj;
use crate::props::{PropVal, TagArray, find};
use crate::provider::Env;
use crate::session::{Ctx, Marks, Step, Stop, code, untouched};
use mapi_sys::*;

/// A flag bit no method of the store SPI defines.
pub(crate) const UNKNOWN_FLAG: ULONG = 0x0100_0000;

/// Runs the bad-input session.
pub(crate) fn run(cx: &mut Ctx<'_, '_>) {
    cx.rec.session("bad-input");
    let marks = Marks::now();
    let env = Env::new();
    let mut held = Held::default();
    if steps(cx, &env, &mut held).is_err() {
        cx.rec.step("stopped");
        cx.rec.check(
            "the session ran to the end",
            false,
            "stopped after a failed step that the rest depends on; cleaning up",
        );
    }
    held.cleanup(cx);
    cx.accounting(env, &marks);
}

/// What the session holds, for cleanup after a stop.
#[derive(Default)]
struct Held {
    table: Option<Obj<IMAPITable>>,
    root: Option<Obj<IMAPIFolder>>,
    store: Option<Obj<IMsgStore>>,
    logon: Option<Obj<IMSLogon>>,
    provider: Option<Obj<IMSProvider>>,
}

impl Held {
    fn cleanup(mut self, cx: &mut Ctx<'_, '_>) {
        if self.provider.is_none() && self.store.is_none() && self.logon.is_none() {
            return;
        }
        cx.rec.step("cleanup");
        if let Some(t) = self.table.take() {
            cx.release_last("contents table", t);
        }
        if let Some(f) = self.root.take() {
            cx.release_last("root folder", f);
        }
        if let Some(s) = self.store.take() {
            cx.release_last("store", s);
        }
        if let Some(l) = self.logon.take() {
            api::logoff(&l, 0);
            cx.release_last("logon", l);
        }
        if let Some(p) = self.provider.take() {
            api::shutdown(&p, 0);
            cx.release_last("provider", p);
        }
    }
}

fn steps(cx: &mut Ctx<'_, '_>, env: &Env, h: &mut Held) -> Step {
    init_versions(cx, env);

    cx.rec.step("2 logon");
    let p = cx.init(env)?;
    h.provider = Some(p);
    let p = h.provider.as_ref().ok_or(Stop)?;
    bad_logons(cx, env, p);
    let (l, s) = cx.logon(p, env)?;
    cx.resolve_caps(&s);
    h.logon = Some(l);
    h.store = Some(s);
    let s = h.store.as_ref().ok_or(Stop)?;
    if cx.supports(Capability::Folders, "the root folder the checks below use") {
        let o = api::store_open_entry(s, &[], 0);
        cx.need_hr("OpenEntry(null) opens the root folder", o.hr, &[S_OK])?;
        let (_, root) = o.obj.ok_or(Stop)?.query::<IMAPIFolder>();
        h.root = Some(root.ok_or(Stop)?);
    }
    if let Some(root) = h.root.as_ref()
        && cx.supports(
            Capability::Messages,
            "the contents table the checks below use",
        )
    {
        let t = api::contents_table(root, 0);
        cx.need_hr("the root's GetContentsTable(0) returns S_OK", t.hr, &[S_OK])?;
        h.table = t.obj;
    }
    // An entry ID the store knows: the root folder's, or the store's own
    // when it has no folders.
    let (what, r) = match h.root.as_ref() {
        Some(root) => (
            "the root folder",
            api::get_props(root, Some(&[PR_ENTRYID]), 0),
        ),
        None => ("the store", api::get_props(s, Some(&[PR_ENTRYID]), 0)),
    };
    let root_id = find(&r.props, PR_ENTRYID)
        .and_then(PropVal::bin)
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    cx.need(&format!("{what} has a PR_ENTRYID"), !root_id.is_empty(), "")?;

    null_out_pointers(cx, env, h, &root_id)?;
    unknown_flags(cx, h, &root_id)?;
    exclusive_logoff_flags(cx, h)?;
    cx.rec.step("6 bad entry IDs");
    if cx.supports(
        Capability::Folders,
        "OpenEntry and CompareEntryIDs with bad entry IDs",
    ) {
        bad_entry_ids(cx, h, &root_id)?;
    }

    cx.rec.step("7 bogus Unadvise");
    if cx.supports(Capability::Notifications, "Unadvise(a bogus connection)") {
        let code7 = api::store_unadvise(h.store.as_ref().ok_or(Stop)?, 0xDEAD);
        cx.rec
            .expect_failure("Unadvise(a connection Advise never returned) fails", code7);
    }

    cx.rec.step("8 saved logoff flags");
    let s = h.store.as_ref().ok_or(Stop)?;
    let (c, _) = api::store_logoff(s, LOGOFF_ORDERLY);
    cx.rec
        .expect_hr("StoreLogoff(LOGOFF_ORDERLY) returns S_OK", c, &[S_OK]);
    if let Some(t) = h.table.take() {
        cx.release_last("contents table", t);
    }
    if let Some(f) = h.root.take() {
        cx.release_last("root folder", f);
    }
    if let Some(s) = h.store.take() {
        cx.release_last("store", s);
    }
    let calls = env.support_log.logoff_transports();
    cx.rec.check(
        "StoreLogoffTransports called once with LOGOFF_ORDERLY (rejected calls saved nothing)",
        calls == [LOGOFF_ORDERLY],
        crate::session::flags_list(&calls),
    );
    if let Some(l) = h.logon.take() {
        cx.rec.expect_hr(
            "IMSLogon::Logoff(&0) returns S_OK",
            api::logoff(&l, 0),
            &[S_OK],
        );
        cx.release_last("logon", l);
    }

    cx.rec.step("9 release without StoreLogoff");
    let p = h.provider.as_ref().ok_or(Stop)?;
    let (l, s) = cx.logon(p, env)?;
    cx.release_last("store", s);
    let calls = env.support_log.logoff_transports();
    cx.rec.check(
        "a store released without StoreLogoff calls StoreLogoffTransports(LOGOFF_ABORT) once",
        calls == [LOGOFF_ORDERLY, LOGOFF_ABORT],
        format!("all calls so far: {}", crate::session::flags_list(&calls)),
    );
    cx.rec.expect_hr(
        "IMSLogon::Logoff(&0) returns S_OK",
        api::logoff(&l, 0),
        &[S_OK],
    );
    cx.release_last("logon", l);

    after_logoff(cx, env, h)?;
    after_shutdown(cx, env, h)
}

fn init_versions(cx: &mut Ctx<'_, '_>, env: &Env) {
    cx.rec.step("1 MSProviderInit");
    if !cx.provider.has_entry_point() {
        cx.rec.skip(
            "MSProviderInit with bad versions and arguments",
            "skipped (not supported: the provider is made by a factory, not MSProviderInit)",
        );
        return;
    }
    let mut ver: u32 = 0;
    let mut out: *mut IMSProvider = sentinel();
    // SAFETY: the IMalloc is live; valid out-pointers.
    let c = unsafe { cx.provider.init(env.malloc, 0, 0, &mut ver, &mut out) };
    cx.rec.expect_hr(
        "MSProviderInit(ulMAPIVer = 0, older than the provider's SPI) returns MAPI_E_VERSION",
        c,
        &[MAPI_E_VERSION],
    );
    let o = OutPtr::of(c, out);
    cx.out_ok("MSProviderInit failed: *lppMSProvider is null", o);
    if c >= 0 && o == OutPtr::Proper {
        // SAFETY: success with a written pointer: one provider reference.
        if let Some(p) = unsafe { Obj::from_out(out) } {
            api::shutdown(&p, 0);
            cx.release_last("provider made for ulMAPIVer = 0", p);
        }
    }

    // SAFETY: the IMalloc is live; the null lppMSProvider is the test.
    let c = unsafe {
        cx.provider.init(
            env.malloc,
            0,
            CURRENT_SPI_VERSION,
            &mut ver,
            core::ptr::null_mut(),
        )
    };
    cx.rec.expect_hr(
        "MSProviderInit(lppMSProvider = null) returns MAPI_E_INVALID_PARAMETER",
        c,
        &[MAPI_E_INVALID_PARAMETER],
    );

    let mut out: *mut IMSProvider = sentinel();
    let newer = CURRENT_SPI_VERSION + 1;
    // SAFETY: the IMalloc is live; valid out-pointers.
    let c = unsafe { cx.provider.init(env.malloc, 0, newer, &mut ver, &mut out) };
    cx.rec.expect_hr(
        "MSProviderInit(a newer MAPI SPI) returns S_OK: only a newer provider fails",
        c,
        &[S_OK],
    );
    if c >= 0 && OutPtr::of(c, out) == OutPtr::Proper {
        // SAFETY: success with a written pointer: one provider reference.
        if let Some(p) = unsafe { Obj::from_out(out) } {
            cx.rec.expect_hr(
                "Shutdown(&0) of that provider returns S_OK",
                api::shutdown(&p, 0),
                &[S_OK],
            );
            cx.release_last("provider for a newer MAPI", p);
        }
    }
}

fn bad_logons(cx: &mut Ctx<'_, '_>, env: &Env, p: &Obj<IMSProvider>) {
    // SAFETY: the support object is live (held by `env`).
    let l = unsafe { api::logon(p, env.support_ptr(), &[], MDB_NO_DIALOG | UNKNOWN_FLAG) };
    cx.rec.expect_hr(
        "Logon(an unknown flag) returns MAPI_E_UNKNOWN_FLAGS",
        l.hr,
        &[MAPI_E_UNKNOWN_FLAGS],
    );
    cx.rec.check(
        "Logon failed: *lppMSLogon and *lppMDB are null",
        l.logon_out == OutPtr::Proper && l.store_out == OutPtr::Proper,
        format!("{}, {}", l.logon_out.describe(), l.store_out.describe()),
    );
    drop((l.store, l.logon));

    // SAFETY: a null support object is the test.
    let l = unsafe { api::logon(p, core::ptr::null_mut(), &[], MDB_NO_DIALOG) };
    cx.rec.expect_hr(
        "Logon(lpMAPISup = null) returns MAPI_E_INVALID_PARAMETER",
        l.hr,
        &[MAPI_E_INVALID_PARAMETER],
    );
    drop((l.store, l.logon));

    let profile = api::cstr("mapi-host");
    let mut cb: ULONG = 0;
    let mut spool: LPBYTE = sentinel();
    let mut err: LPMAPIERROR = sentinel();
    let mut ms_logon: LPMSLOGON = sentinel();
    // SAFETY: live provider and support; the null lppMDB is the test; the
    // other out-pointers are valid.
    let c = unsafe {
        (p.vt().Logon)(
            p.raw(),
            env.support_ptr(),
            0,
            profile.as_ptr().cast_mut().cast(),
            0,
            core::ptr::null_mut(),
            MDB_NO_DIALOG,
            core::ptr::null(),
            &mut cb,
            &mut spool,
            &mut err,
            &mut ms_logon,
            core::ptr::null_mut(),
        )
    };
    cx.rec.expect_hr(
        "Logon(lppMDB = null) returns MAPI_E_INVALID_PARAMETER",
        c,
        &[MAPI_E_INVALID_PARAMETER],
    );
    let out = OutPtr::of(c, ms_logon);
    cx.out_ok("Logon failed: *lppMSLogon is null", out);
    if c >= 0 && out == OutPtr::Proper {
        // SAFETY: a success hands over one reference to the logon object.
        drop(unsafe { Obj::from_out(ms_logon) });
    }
}

fn null_out_pointers(cx: &mut Ctx<'_, '_>, env: &Env, h: &Held, root_id: &[u8]) -> Step {
    cx.rec.step("3 null out-pointers");
    const INVALID: &[HRESULT] = &[MAPI_E_INVALID_PARAMETER];
    let s = h.store.as_ref().ok_or(Stop)?;
    let sp = &s.vt().base__;
    let mut tags = TagArray::new(&[PR_DISPLAY_NAME_A]);
    let mut n: ULONG = 0;
    let mut vals: LPSPropValue = sentinel();
    // SAFETY: live store; the null out-pointer is the test.
    let c = unsafe { (sp.GetProps)(s.raw(), tags.as_ptr(), 0, &mut n, core::ptr::null_mut()) };
    cx.rec
        .expect_hr("GetProps(lppPropArray = null)", c, INVALID);
    // SAFETY: as above.
    let c = unsafe { (sp.GetProps)(s.raw(), tags.as_ptr(), 0, core::ptr::null_mut(), &mut vals) };
    cx.rec.expect_hr("GetProps(lpcValues = null)", c, INVALID);
    cx.out_ok(
        "GetProps failed: *lppPropArray is null",
        OutPtr::of(c, vals),
    );
    let mut empty = TagArray::new(&[]);
    let mut vals: LPSPropValue = sentinel();
    // SAFETY: live store; a tag array with cValues 0 is the test.
    let c = unsafe { (sp.GetProps)(s.raw(), empty.as_ptr(), 0, &mut n, &mut vals) };
    cx.rec.expect_hr(
        "GetProps(a tag array with cValues = 0) returns MAPI_E_INVALID_PARAMETER",
        c,
        INVALID,
    );
    if c >= 0 && !untouched(vals) {
        // SAFETY: a success would hand the caller a MAPI allocation.
        unsafe { crate::alloc::free_buffer(vals.cast()) };
    }

    let mut ty: ULONG = 0;
    let mut unk: LPUNKNOWN = sentinel();
    // SAFETY: live store; the null out-pointer is the test.
    let c = unsafe {
        (s.vt().OpenEntry)(
            s.raw(),
            0,
            core::ptr::null_mut(),
            core::ptr::null(),
            0,
            &mut ty,
            core::ptr::null_mut(),
        )
    };
    cx.rec
        .expect_hr("IMsgStore::OpenEntry(lppUnk = null)", c, INVALID);
    // SAFETY: as above.
    let c = unsafe {
        (s.vt().OpenEntry)(
            s.raw(),
            0,
            core::ptr::null_mut(),
            core::ptr::null(),
            0,
            core::ptr::null_mut(),
            &mut unk,
        )
    };
    cx.rec
        .expect_hr("IMsgStore::OpenEntry(lpulObjType = null)", c, INVALID);
    cx.out_ok("OpenEntry failed: *lppUnk is null", OutPtr::of(c, unk));
    if c >= 0 && !untouched(unk) {
        // SAFETY: a success would hand over one reference.
        drop(unsafe { Obj::from_out(unk) });
    }

    let id = root_id.as_ptr().cast_mut().cast::<ENTRYID>();
    let cb = root_id.len() as ULONG;
    // SAFETY: live store; valid entry IDs; the null out-pointer is the test.
    let c = unsafe { (s.vt().CompareEntryIDs)(s.raw(), cb, id, cb, id, 0, core::ptr::null_mut()) };
    cx.rec
        .expect_hr("CompareEntryIDs(lpulResult = null)", c, INVALID);

    if cx.supports(Capability::Notifications, "Advise with null arguments") {
        null_advise(cx, env, s);
    }

    // SAFETY: live store; the null pointer is the test.
    let c = unsafe { (s.vt().StoreLogoff)(s.raw(), core::ptr::null_mut()) };
    cx.rec
        .expect_hr("StoreLogoff(lpulFlags = null)", c, INVALID);

    if let Some(root) = h.root.as_ref()
        && cx.supports(
            Capability::Messages,
            "CreateMessage and GetContentsTable with null out-pointers",
        )
    {
        null_folder_outs(cx, root);
    }
    if let Some(t) = h.table.as_ref() {
        null_table_outs(cx, t);
    }
    Ok(())
}

/// Step 3 for `Advise`: a null connection out-pointer, a null sink.
fn null_advise(cx: &mut Ctx<'_, '_>, env: &Env, s: &Obj<IMsgStore>) {
    const INVALID: &[HRESULT] = &[MAPI_E_INVALID_PARAMETER];
    // SAFETY: live store and sink; the null out-pointer is the test.
    let c = unsafe {
        (s.vt().Advise)(
            s.raw(),
            0,
            core::ptr::null_mut(),
            fnevObjectCreated,
            env.sink,
            core::ptr::null_mut(),
        )
    };
    cx.rec
        .expect_hr("Advise(lpulConnection = null)", c, INVALID);
    let mut conn: ULONG_PTR = 0;
    // SAFETY: live store; the null sink is the test.
    let c = unsafe {
        (s.vt().Advise)(
            s.raw(),
            0,
            core::ptr::null_mut(),
            fnevObjectCreated,
            core::ptr::null_mut(),
            &mut conn,
        )
    };
    cx.rec.expect_hr("Advise(lpAdviseSink = null)", c, INVALID);
}

/// Step 3 for a folder: null out-pointers of `CreateMessage` and
/// `GetContentsTable`.
fn null_folder_outs(cx: &mut Ctx<'_, '_>, root: &Obj<IMAPIFolder>) {
    const INVALID: &[HRESULT] = &[MAPI_E_INVALID_PARAMETER];
    // SAFETY: live folder; the null out-pointer is the test.
    let c = unsafe {
        (root.vt().CreateMessage)(root.raw(), core::ptr::null(), 0, core::ptr::null_mut())
    };
    cx.rec
        .expect_hr("CreateMessage(lppMessage = null)", c, INVALID);
    // SAFETY: as above.
    let c = unsafe { (root.vt().base__.GetContentsTable)(root.raw(), 0, core::ptr::null_mut()) };
    cx.rec
        .expect_hr("GetContentsTable(lppTable = null)", c, INVALID);
}

/// Step 3 for a table: null out-pointers and a zero row count.
fn null_table_outs(cx: &mut Ctx<'_, '_>, t: &Obj<IMAPITable>) {
    const INVALID: &[HRESULT] = &[MAPI_E_INVALID_PARAMETER];
    // SAFETY: live table; the null out-pointer is the test.
    let c = unsafe { (t.vt().GetRowCount)(t.raw(), 0, core::ptr::null_mut()) };
    cx.rec
        .expect_hr("IMAPITable::GetRowCount(lpulCount = null)", c, INVALID);
    // SAFETY: as above.
    let c = unsafe { (t.vt().QueryRows)(t.raw(), 1, 0, core::ptr::null_mut()) };
    cx.rec
        .expect_hr("IMAPITable::QueryRows(lppRows = null)", c, INVALID);
    let rows = api::query_rows(t, 0);
    cx.rec.expect_hr(
        "IMAPITable::QueryRows(lRowCount = 0) returns MAPI_E_INVALID_PARAMETER",
        rows.hr,
        INVALID,
    );
    cx.out_ok("QueryRows failed: *lppRows is null", rows.out);
}

fn unknown_flags(cx: &mut Ctx<'_, '_>, h: &Held, root_id: &[u8]) -> Step {
    cx.rec.step("4 unknown flags");
    const UNKNOWN: &[HRESULT] = &[MAPI_E_UNKNOWN_FLAGS];
    let s = h.store.as_ref().ok_or(Stop)?;
    let o = api::store_open_entry(s, &[], UNKNOWN_FLAG);
    cx.rec
        .expect_hr("IMsgStore::OpenEntry(an unknown flag)", o.hr, UNKNOWN);
    cx.out_ok("OpenEntry failed: *lppUnk is null", o.out);
    drop(o.obj);
    let (c, _) = api::store_compare(s, root_id, root_id, 1);
    cx.rec
        .expect_hr("CompareEntryIDs(ulFlags = 1, reserved)", c, UNKNOWN);
    if let Some(root) = h.root.as_ref()
        && cx.supports(Capability::Messages, "GetContentsTable(an unknown flag)")
    {
        let o = api::contents_table(root, UNKNOWN_FLAG);
        cx.rec
            .expect_hr("GetContentsTable(an unknown flag)", o.hr, UNKNOWN);
        cx.out_ok("GetContentsTable failed: *lppTable is null", o.out);
        drop(o.obj);
    }
    let r = api::get_props(s, Some(&[PR_DISPLAY_NAME_A]), UNKNOWN_FLAG);
    cx.rec.expect_hr("GetProps(an unknown flag)", r.hr, UNKNOWN);
    let (c, _) = api::store_logoff(s, UNKNOWN_FLAG);
    cx.rec.expect_hr("StoreLogoff(an unknown flag)", c, UNKNOWN);
    Ok(())
}

fn exclusive_logoff_flags(cx: &mut Ctx<'_, '_>, h: &Held) -> Step {
    cx.rec.step("5 exclusive logoff flags");
    let s = h.store.as_ref().ok_or(Stop)?;
    let (c, _) = api::store_logoff(s, LOGOFF_ABORT | LOGOFF_QUIET);
    cx.rec.expect_hr(
        "StoreLogoff(LOGOFF_ABORT | LOGOFF_QUIET) returns MAPI_E_INVALID_PARAMETER",
        c,
        &[MAPI_E_INVALID_PARAMETER],
    );
    let (c, _) = api::store_logoff(s, LOGOFF_NO_WAIT | LOGOFF_PURGE);
    cx.rec.expect_hr(
        "StoreLogoff(LOGOFF_NO_WAIT | LOGOFF_PURGE) returns MAPI_E_INVALID_PARAMETER",
        c,
        &[MAPI_E_INVALID_PARAMETER],
    );
    let (c, _) = api::store_logoff(s, 0);
    cx.rec.expect_hr(
        "StoreLogoff(no flag: one is required) returns MAPI_E_INVALID_PARAMETER",
        c,
        &[MAPI_E_INVALID_PARAMETER],
    );
    Ok(())
}

fn bad_entry_ids(cx: &mut Ctx<'_, '_>, h: &Held, root_id: &[u8]) -> Step {
    const BAD_ID: &[HRESULT] = &[MAPI_E_UNKNOWN_ENTRYID, MAPI_E_NOT_FOUND];
    let s = h.store.as_ref().ok_or(Stop)?;
    let l = h.logon.as_ref().ok_or(Stop)?;
    let garbage = [0u8, 0, 0, 0, 0xff, 0xff, 0xff];
    let mut unknown = vec![0u8; 4];
    unknown.extend_from_slice(b"not-this-store!!");
    unknown.resize(64, 0x5A);
    let short = [0u8, 0];
    for (name, id) in [
        ("7 garbage bytes", &garbage[..]),
        ("an unknown 64-byte ID", &unknown[..]),
        ("2 bytes, shorter than an ENTRYID header", &short[..]),
    ] {
        let o = api::store_open_entry(s, id, 0);
        cx.rec
            .expect_hr(format!("IMsgStore::OpenEntry({name})"), o.hr, BAD_ID);
        cx.out_ok("OpenEntry failed: *lppUnk is null", o.out);
        drop(o.obj);
    }
    let o = api::logon_open_entry(l, &unknown, 0);
    cx.rec
        .expect_hr("IMSLogon::OpenEntry(an unknown 64-byte ID)", o.hr, BAD_ID);
    drop(o.obj);
    let (c, r) = api::store_compare(s, &garbage, root_id, 0);
    cx.rec.check(
        "CompareEntryIDs(garbage, the root's ID): MAPI_E_UNKNOWN_ENTRYID (or S_OK, FALSE)",
        c == MAPI_E_UNKNOWN_ENTRYID || (c == S_OK && r == 0),
        format!("{} {r}", code(c)),
    );
    Ok(())
}

fn after_logoff(cx: &mut Ctx<'_, '_>, env: &Env, h: &mut Held) -> Step {
    cx.rec.step("10 calls after Logoff");
    const INVALID_OBJECT: &[HRESULT] = &[MAPI_E_INVALID_OBJECT];
    let p = h.provider.as_ref().ok_or(Stop)?;
    let (l, s) = cx.logon(p, env)?;
    let folders = cx.caps.runs(Capability::Folders);
    let root = if folders {
        let o = api::store_open_entry(&s, &[], 0);
        o.obj.and_then(|u| u.query::<IMAPIFolder>().1)
    } else {
        None
    };
    cx.rec.expect_hr(
        "IMSLogon::Logoff(an unknown flag) returns MAPI_E_UNKNOWN_FLAGS",
        api::logoff(&l, UNKNOWN_FLAG),
        &[MAPI_E_UNKNOWN_FLAGS],
    );
    cx.rec.expect_hr(
        "IMSLogon::Logoff(&0) returns S_OK",
        api::logoff(&l, 0),
        &[S_OK],
    );
    let r = api::get_props(&s, Some(&[PR_DISPLAY_NAME_A]), 0);
    cx.rec
        .expect_hr("the kept store's GetProps", r.hr, INVALID_OBJECT);
    cx.out_ok("GetProps failed: *lppPropArray is null", r.out);
    if cx.supports(
        Capability::Folders,
        "OpenEntry and a kept folder after Logoff",
    ) {
        let o = api::store_open_entry(&s, &[], 0);
        cx.rec
            .expect_hr("the kept store's OpenEntry", o.hr, INVALID_OBJECT);
        cx.out_ok("OpenEntry failed: *lppUnk is null", o.out);
        drop(o.obj);
        if let Some(root) = root.as_ref() {
            let r = api::get_props(root, Some(&[PR_DISPLAY_NAME_A]), 0);
            cx.rec
                .expect_hr("a kept folder's GetProps", r.hr, INVALID_OBJECT);
        }
        let o = api::logon_open_entry(&l, &[], 0);
        cx.rec
            .expect_hr("IMSLogon::OpenEntry after Logoff", o.hr, INVALID_OBJECT);
        drop(o.obj);
    }
    let a = s.add_ref();
    let b = s.release_extra();
    cx.rec.check(
        "AddRef and Release still work on the kept store",
        a >= 2 && b == a - 1,
        format!("AddRef {a}, Release {b}"),
    );
    if let Some(root) = root {
        cx.release_last("kept folder", root);
    }
    cx.release_last("kept store", s);
    cx.release_last("logon", l);
    Ok(())
}

fn after_shutdown(cx: &mut Ctx<'_, '_>, env: &Env, h: &mut Held) -> Step {
    cx.rec.step("11 calls after Shutdown");
    let p = h.provider.take().ok_or(Stop)?;
    cx.rec.expect_hr(
        "IMSProvider::Shutdown(an unknown flag) returns MAPI_E_UNKNOWN_FLAGS",
        api::shutdown(&p, UNKNOWN_FLAG),
        &[MAPI_E_UNKNOWN_FLAGS],
    );
    cx.rec.expect_hr(
        "IMSProvider::Shutdown(&0) returns S_OK",
        api::shutdown(&p, 0),
        &[S_OK],
    );
    // SAFETY: the support object is live (held by `env`).
    let l = unsafe { api::logon(&p, env.support_ptr(), &[], MDB_NO_DIALOG | MDB_WRITE) };
    cx.rec
        .expect_hr("Logon after Shutdown", l.hr, &[MAPI_E_INVALID_OBJECT]);
    cx.rec.check(
        "Logon failed: *lppMSLogon and *lppMDB are null",
        l.logon_out == OutPtr::Proper && l.store_out == OutPtr::Proper,
        format!("{}, {}", l.logon_out.describe(), l.store_out.describe()),
    );
    drop((l.store, l.logon));
    cx.release_last("provider", p);
    Ok(())
}

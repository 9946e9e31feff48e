//! The scripted session: what a MAPI client does with a store, step by step
//! as `examples/SESSION.md` lists it.

use crate::api::{self, OutPtr};
use crate::caps::Capability;
use crate::com::Obj;
use crate::props::{Prop, PropArray, PropVal, Val, find, prop_tag};
use crate::provider::Env;
use crate::session::{Ctx, Marks, Step, Stop};
use mapi_sys::*;

/// The store properties every store must expose (IMsgStore reference).
pub(crate) const REQUIRED_STORE_PROPS: [u32; 8] = [
    PR_DISPLAY_NAME_A,
    PR_ENTRYID,
    PR_OBJECT_TYPE,
    PR_RECORD_KEY,
    PR_STORE_ENTRYID,
    PR_STORE_RECORD_KEY,
    PR_MDB_PROVIDER,
    PR_STORE_SUPPORT_MASK,
];

/// A property the host expects no object to have.
const ABSENT: u32 = prop_tag(PT_LONG, 0x6FF0);

const FOLDER_NAME: &str = "Host folder";
const EVENTS: ULONG = fnevObjectCreated | fnevObjectModified | fnevObjectDeleted;

/// Every documented output flag of `IMsgStore::StoreLogoff`.
pub(crate) const LOGOFF_OUT: ULONG = LOGOFF_INBOUND | LOGOFF_OUTBOUND | LOGOFF_OUTBOUND_QUEUE;

/// One message of the script.
struct Msg {
    subject: &'static str,
    obj: Option<Obj<IMessage>>,
    id: Vec<u8>,
}

/// Everything the session holds; released children first.
#[derive(Default)]
struct State {
    tables: Vec<Obj<IMAPITable>>,
    attachments: Vec<Obj<IAttach>>,
    messages: Vec<Msg>,
    folder: Option<Obj<IMAPIFolder>>,
    root: Option<Obj<IMAPIFolder>>,
    store: Option<Obj<IMsgStore>>,
    logon: Option<Obj<IMSLogon>>,
    provider: Option<Obj<IMSProvider>>,
    connection: Option<ULONG_PTR>,
    folder_id: Vec<u8>,
    store_entry_id: Vec<u8>,
}

/// Runs the scripted session.
pub(crate) fn run(cx: &mut Ctx<'_, '_>) {
    cx.rec.session("scripted");
    let marks = Marks::now();
    let env = Env::new();
    let mut st = State::default();
    let result = steps(cx, &env, &mut st);
    if result.is_err() {
        cx.rec.step("stopped");
        cx.rec.check(
            "the session ran to the end",
            false,
            "stopped after a failed step that the rest depends on; cleaning up",
        );
    }
    cleanup(cx, st);
    cx.accounting(env, &marks);
}

fn steps(cx: &mut Ctx<'_, '_>, env: &Env, st: &mut State) -> Step {
    cx.rec.step("1 init");
    let p = cx.init(env)?;
    let (code, same) = p.query::<IMSProvider>();
    let ok = same.as_ref().is_some_and(|s| s.id() == p.id());
    cx.rec.check(
        "QueryInterface(IID_IMSProvider) returns the same object",
        code == S_OK && ok,
        crate::session::code(code),
    );
    drop(same);
    let (code, wrong) = p.query::<IMsgStore>();
    cx.rec.check(
        "QueryInterface(IID_IMsgStore) on the provider object: E_NOINTERFACE",
        code == E_NOINTERFACE && wrong.is_none(),
        crate::session::code(code),
    );
    drop(wrong);
    st.provider = Some(p);

    cx.rec.step("2 logon");
    let refs_before = env.support_refs().unwrap_or(0);
    let (logon, store) = cx.logon(st.provider.as_ref().ok_or(Stop)?, env)?;
    st.logon = Some(logon);
    let (code, s2) = store.query::<IMsgStore>();
    cx.rec.check(
        "the store answers QueryInterface(IID_IMsgStore) with the same object",
        code == S_OK && s2.as_ref().is_some_and(|s| s.id() == store.id()),
        crate::session::code(code),
    );
    drop(s2);
    let (code, s3) = store.query::<IMAPIProp>();
    cx.rec.check(
        "the store answers QueryInterface(IID_IMAPIProp)",
        code == S_OK && s3.is_some(),
        crate::session::code(code),
    );
    drop(s3);
    let refs_after = env.support_refs().unwrap_or(0);
    cx.rec.check(
        "the logon keeps (AddRef) the support object",
        refs_after > refs_before,
        format!("{refs_before} -> {refs_after} references"),
    );
    cx.resolve_caps(&store);
    already_open(cx, env, st.provider.as_ref().ok_or(Stop)?, &store);
    st.store = Some(store);

    required_props(cx, st)?;
    cx.rec.step("4 store SetProps");
    if cx.supports(Capability::StoreWrites, "SetProps on the store") {
        set_store_props(cx, st)?;
    }
    cx.rec.step("5 root folder");
    if cx.supports(Capability::Folders, "the root folder") {
        root_folder(cx, st)?;
    }
    cx.rec.step("6 advise");
    if cx.supports(Capability::Notifications, "IMsgStore::Advise") {
        advise(cx, env, st)?;
    }
    cx.rec.step("7 create folder");
    if cx.supports(Capability::Folders, "CreateFolder and the hierarchy table") {
        create_folder(cx, st)?;
    }
    cx.rec.step("8 messages");
    if cx.supports(
        Capability::Messages,
        "CreateMessage, SaveChanges, reading back",
    ) {
        messages(cx, st)?;
    }
    cx.rec.step("9 attachment");
    if cx.supports(
        Capability::Attachments,
        "CreateAttach, the attachment table, OpenAttach",
    ) {
        attachment(cx, st)?;
    }
    cx.rec.step("10 notification");
    if cx.supports(Capability::Notifications, "fnevObjectCreated")
        && cx.supports(
            Capability::Messages,
            "fnevObjectCreated for a saved message",
        )
    {
        created_notification(cx, env, st);
    }
    cx.rec.step("11 contents table");
    if cx.supports(Capability::Messages, "the contents table") {
        contents_table(cx, st)?;
    }
    cx.rec.step("12 open by entry ID");
    if cx.supports(
        Capability::Messages,
        "opening messages and folders by entry ID",
    ) {
        open_by_id(cx, st)?;
    }
    cx.rec.step("13 compare entry IDs");
    if cx.supports(Capability::Messages, "comparing entry IDs of messages") {
        compare_ids(cx, env, st)?;
    }
    cx.rec.step("14 receive folder");
    if cx.supports(
        Capability::ReceiveFolders,
        "SetReceiveFolder, GetReceiveFolder",
    ) {
        receive_folder(cx, st)?;
    }
    cx.rec.step("15 modify and delete");
    if cx.supports(Capability::Modify, "changing and deleting a saved message") {
        modify_and_delete(cx, env, st)?;
    }
    cx.rec.step("16 unadvise");
    if cx.supports(Capability::Notifications, "IMsgStore::Unadvise") {
        unadvise(cx, env, st)?;
    }
    cx.rec.step("17 release children");
    release_children(cx, st);
    store_logoff(cx, st)?;
    release_store(cx, env, st)?;
    logoff_and_shutdown(cx, st)
}

fn required_props(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    cx.rec.step("3 store properties");
    let s = st.store.as_ref().ok_or(Stop)?;
    let r = api::get_props(s, Some(&REQUIRED_STORE_PROPS), 0);
    cx.need_hr(
        "GetProps(the 8 required store properties) returns S_OK",
        r.hr,
        &[S_OK],
    )?;
    cx.out_ok("GetProps: *lppPropArray is set", r.out);
    cx.rec.check(
        "GetProps: the array is one MAPIAllocateBuffer block",
        r.one_block,
        "",
    );
    cx.need(
        "GetProps: 8 values, in the order asked, with the tags asked",
        r.count == 8 && r.props.iter().map(|p| p.tag).eq(REQUIRED_STORE_PROPS),
        format!("{} values: {}", r.count, tags_of(&r.props)),
    )?;
    let name = find(&r.props, PR_DISPLAY_NAME_A).and_then(PropVal::text);
    cx.rec.check(
        "PR_DISPLAY_NAME is a non-empty string",
        name.as_deref().is_some_and(|n| !n.is_empty()),
        format!("{name:?}"),
    );
    let ty = find(&r.props, PR_OBJECT_TYPE).and_then(PropVal::long);
    cx.rec.check(
        "PR_OBJECT_TYPE is MAPI_STORE",
        ty == Some(MAPI_STORE as i32),
        format!("{ty:?}"),
    );
    for (tag, name) in [
        (PR_ENTRYID, "PR_ENTRYID"),
        (PR_RECORD_KEY, "PR_RECORD_KEY"),
        (PR_STORE_ENTRYID, "PR_STORE_ENTRYID"),
        (PR_STORE_RECORD_KEY, "PR_STORE_RECORD_KEY"),
    ] {
        let len = find(&r.props, tag).and_then(PropVal::bin).map(<[u8]>::len);
        cx.rec.check(
            format!("{name} is a non-empty binary"),
            len.is_some_and(|n| n > 0),
            format!("{len:?} bytes"),
        );
    }
    let muid = find(&r.props, PR_MDB_PROVIDER)
        .and_then(PropVal::bin)
        .map(<[u8]>::len);
    cx.rec.check(
        "PR_MDB_PROVIDER is a 16-byte MAPIUID",
        muid == Some(16),
        format!("{muid:?} bytes"),
    );
    let rk = find(&r.props, PR_RECORD_KEY).and_then(PropVal::bin);
    let srk = find(&r.props, PR_STORE_RECORD_KEY).and_then(PropVal::bin);
    cx.rec.check(
        "the store's PR_RECORD_KEY equals its PR_STORE_RECORD_KEY",
        rk.is_some() && rk == srk,
        "",
    );
    st.store_entry_id = find(&r.props, PR_STORE_ENTRYID)
        .and_then(PropVal::bin)
        .map(<[u8]>::to_vec)
        .unwrap_or_default();

    let r = api::get_props(s, Some(&[PR_DISPLAY_NAME_A, ABSENT]), 0);
    cx.rec.expect_hr(
        "GetProps(PR_DISPLAY_NAME, an absent property) returns MAPI_W_ERRORS_RETURNED",
        r.hr,
        &[MAPI_W_ERRORS_RETURNED],
    );
    let second = r.props.get(1).cloned();
    cx.rec.check(
        "the absent property comes back as PT_ERROR with MAPI_E_NOT_FOUND",
        second.as_ref().is_some_and(|p| {
            p.tag == prop_tag(PT_ERROR, 0x6FF0) && p.val == PropVal::Error(MAPI_E_NOT_FOUND)
        }),
        match &second {
            Some(p) => format!("{:#010x} {:?}", p.tag, p.val),
            None => "no second value".into(),
        },
    );

    let (code, tags, one) = api::get_prop_list(s, 0);
    cx.rec
        .expect_hr("GetPropList(0) returns S_OK", code, &[S_OK]);
    let missing: Vec<String> = REQUIRED_STORE_PROPS
        .iter()
        .filter(|t| !tags.contains(t))
        .map(|t| format!("{t:#010x}"))
        .collect();
    cx.rec.check(
        "GetPropList lists the 8 required properties (strings as PT_STRING8)",
        missing.is_empty() && one,
        if missing.is_empty() {
            String::new()
        } else {
            format!("missing {}", missing.join(", "))
        },
    );
    Ok(())
}

fn tags_of(props: &[Prop]) -> String {
    props
        .iter()
        .map(|p| format!("{:#010x}", p.tag))
        .collect::<Vec<_>>()
        .join(" ")
}

fn set_store_props(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let s = st.store.as_ref().ok_or(Stop)?;
    let mut v = PropArray::new(&[(PR_DISPLAY_NAME_A, Val::Str("Host test store".into()))]);
    let r = api::set_props(s, &mut v);
    cx.rec.check(
        "SetProps(PR_DISPLAY_NAME) returns S_OK and no problem",
        r.hr == S_OK && r.problems.is_empty() && r.block_ok,
        format!("{} {:?}", crate::session::code(r.hr), r.problems),
    );
    let r = api::get_props(s, Some(&[PR_DISPLAY_NAME_A]), 0);
    let name = r.props.first().and_then(|p| p.val.text());
    cx.rec.check(
        "GetProps reads the new PR_DISPLAY_NAME back (the store is not transacted)",
        r.hr == S_OK && name.as_deref() == Some("Host test store"),
        format!("{} {name:?}", crate::session::code(r.hr)),
    );
    Ok(())
}

fn root_folder(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let s = st.store.as_ref().ok_or(Stop)?;
    let o = api::store_open_entry(s, &[], MAPI_MODIFY);
    cx.need_hr(
        "IMsgStore::OpenEntry(null entry ID, MAPI_MODIFY) opens the root folder",
        o.hr,
        &[S_OK],
    )?;
    cx.out_ok("OpenEntry: *lppUnk is set", o.out);
    cx.rec.check(
        "OpenEntry: *lpulObjType is MAPI_FOLDER",
        o.obj_type == MAPI_FOLDER,
        format!("{}", o.obj_type),
    );
    let unk = o.obj.ok_or(Stop)?;
    let (code, root) = unk.query::<IMAPIFolder>();
    drop(unk);
    cx.need_hr(
        "the root answers QueryInterface(IID_IMAPIFolder)",
        code,
        &[S_OK],
    )?;
    st.root = root;
    Ok(())
}

fn advise(cx: &mut Ctx<'_, '_>, env: &Env, st: &mut State) -> Step {
    let s = st.store.as_ref().ok_or(Stop)?;
    let before = env.sink_refs().unwrap_or(0);
    // SAFETY: the sink is live (held by `env`).
    let (code, conn) = unsafe { api::store_advise(s, &[], EVENTS, env.sink) };
    if cx.rec.expect_hr(
        "IMsgStore::Advise(whole store, created|modified|deleted) returns S_OK",
        code,
        &[S_OK],
    ) {
        cx.rec.check(
            "Advise: the connection number is not zero",
            conn != 0,
            format!("{conn}"),
        );
        st.connection = Some(conn);
    }
    let after = env.sink_refs().unwrap_or(0);
    cx.rec.check(
        "Advise keeps (AddRef) the advise sink",
        after > before,
        format!("{before} -> {after} references"),
    );
    Ok(())
}

fn create_folder(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let root = st.root.as_ref().ok_or(Stop)?;
    let before = api::hierarchy_table(root, 0)
        .obj
        .map(|t| api::row_count(&t))
        .map(|(c, n)| if c == S_OK { n } else { 0 });
    let o = api::create_folder(root, FOLDER_NAME, "made by mapi-host", 0);
    cx.need_hr(
        "IMAPIFolder::CreateFolder(FOLDER_GENERIC, \"Host folder\") returns S_OK",
        o.hr,
        &[S_OK],
    )?;
    cx.out_ok("CreateFolder: *lppFolder is set", o.out);
    let f = o.obj.ok_or(Stop)?;
    cx.rec.expect_hr(
        "the new folder's SaveChanges(KEEP_OPEN_READWRITE) returns S_OK",
        api::save_changes(&f, KEEP_OPEN_READWRITE),
        &[S_OK],
    );
    let r = api::get_props(
        &f,
        Some(&[PR_DISPLAY_NAME_A, PR_ENTRYID, PR_OBJECT_TYPE]),
        0,
    );
    cx.rec
        .expect_hr("the folder's GetProps returns S_OK", r.hr, &[S_OK]);
    let name = find(&r.props, PR_DISPLAY_NAME_A).and_then(PropVal::text);
    cx.rec.check(
        "the folder's PR_DISPLAY_NAME is the name given",
        name.as_deref() == Some(FOLDER_NAME),
        format!("{name:?}"),
    );
    let ty = find(&r.props, PR_OBJECT_TYPE).and_then(PropVal::long);
    cx.rec.check(
        "the folder's PR_OBJECT_TYPE is MAPI_FOLDER",
        ty == Some(MAPI_FOLDER as i32),
        format!("{ty:?}"),
    );
    st.folder_id = find(&r.props, PR_ENTRYID)
        .and_then(PropVal::bin)
        .map(<[u8]>::to_vec)
        .unwrap_or_default();
    cx.need("the folder has a PR_ENTRYID", !st.folder_id.is_empty(), "")?;

    let t = api::hierarchy_table(root, 0);
    cx.rec.expect_hr(
        "the root's GetHierarchyTable(0) returns S_OK",
        t.hr,
        &[S_OK],
    );
    if let Some(t) = t.obj {
        let (code, n) = api::row_count(&t);
        cx.rec.check(
            "the hierarchy table has one more row",
            code == S_OK && before.is_some_and(|b| n == b + 1),
            format!("{before:?} -> {n}"),
        );
        cx.rec.expect_hr(
            "hierarchy SetColumns(PR_DISPLAY_NAME, PR_ENTRYID) returns S_OK",
            api::set_columns(&t, &[PR_DISPLAY_NAME_A, PR_ENTRYID]),
            &[S_OK],
        );
        let rows = api::query_rows(&t, 50);
        let found = rows.rows.iter().any(|row| {
            find(row, PR_DISPLAY_NAME_A)
                .and_then(PropVal::text)
                .as_deref()
                == Some(FOLDER_NAME)
        });
        cx.rec.check(
            "a hierarchy row is the new folder",
            rows.hr == S_OK && found && rows.blocks_ok,
            format!("{} rows", rows.rows.len()),
        );
        cx.release_last("hierarchy table", t);
    }

    let again = api::create_folder(root, FOLDER_NAME, "", 0);
    cx.rec.expect_hr(
        "CreateFolder with the same name returns MAPI_E_COLLISION",
        again.hr,
        &[MAPI_E_COLLISION],
    );
    cx.out_ok("CreateFolder failed: *lppFolder is null", again.out);
    drop(again.obj);
    let open = api::create_folder(root, FOLDER_NAME, "", OPEN_IF_EXISTS);
    cx.rec.expect_hr(
        "CreateFolder(OPEN_IF_EXISTS) with the same name returns S_OK",
        open.hr,
        &[S_OK],
    );
    if let Some(o) = open.obj {
        let r = api::get_props(&o, Some(&[PR_ENTRYID]), 0);
        let id = r
            .props
            .first()
            .and_then(|p| p.val.bin())
            .map(<[u8]>::to_vec);
        let (code, same) = match id {
            Some(id) => api::store_compare(st.store.as_ref().ok_or(Stop)?, &id, &st.folder_id, 0),
            None => (r.hr, 0),
        };
        cx.rec.check(
            "OPEN_IF_EXISTS opens the existing folder",
            code == S_OK && same != 0,
            crate::session::code(code),
        );
        cx.release_last("folder opened with OPEN_IF_EXISTS", o);
    }
    st.folder = Some(f);
    Ok(())
}

fn messages(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let f = st.folder.as_ref().ok_or(Stop)?;
    for (subject, importance) in [
        ("Charlie", IMPORTANCE_HIGH),
        ("Alpha", IMPORTANCE_NORMAL),
        ("Bravo", IMPORTANCE_HIGH),
    ] {
        let o = api::create_message(f, 0);
        cx.need_hr(
            &format!("CreateMessage for \"{subject}\" returns S_OK"),
            o.hr,
            &[S_OK],
        )?;
        cx.out_ok("CreateMessage: *lppMessage is set", o.out);
        let m = o.obj.ok_or(Stop)?;
        let mut v = PropArray::new(&[
            (PR_MESSAGE_CLASS_A, Val::Str("IPM.Note".into())),
            (PR_SUBJECT_A, Val::Str(subject.into())),
            (PR_BODY_A, Val::Str(format!("Body of {subject}."))),
            (PR_IMPORTANCE, Val::Long(importance)),
        ]);
        let r = api::set_props(&m, &mut v);
        cx.rec.check(
            format!("SetProps(class, subject, body, importance) of \"{subject}\" returns S_OK, no problem"),
            r.hr == S_OK && r.problems.is_empty() && r.block_ok,
            format!("{} {:?}", crate::session::code(r.hr), r.problems),
        );
        cx.need_hr(
            &format!("SaveChanges(KEEP_OPEN_READWRITE) of \"{subject}\" returns S_OK"),
            api::save_changes(&m, KEEP_OPEN_READWRITE),
            &[S_OK],
        )?;
        let r = api::get_props(&m, Some(&[PR_ENTRYID, PR_SUBJECT_A, PR_OBJECT_TYPE]), 0);
        let got = find(&r.props, PR_SUBJECT_A).and_then(PropVal::text);
        let ty = find(&r.props, PR_OBJECT_TYPE).and_then(PropVal::long);
        cx.rec.check(
            format!("the saved \"{subject}\" reads back: S_OK, subject, MAPI_MESSAGE"),
            r.hr == S_OK && got.as_deref() == Some(subject) && ty == Some(MAPI_MESSAGE as i32),
            format!("{} {got:?} {ty:?}", crate::session::code(r.hr)),
        );
        let id = find(&r.props, PR_ENTRYID)
            .and_then(PropVal::bin)
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        cx.need(
            &format!("the saved \"{subject}\" has a PR_ENTRYID"),
            !id.is_empty(),
            "",
        )?;
        st.messages.push(Msg {
            subject,
            obj: Some(m),
            id,
        });
    }
    let distinct = st.messages[0].id != st.messages[1].id
        && st.messages[1].id != st.messages[2].id
        && st.messages[0].id != st.messages[2].id;
    cx.rec.check("the three entry IDs differ", distinct, "");
    Ok(())
}

fn attachment(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    const DATA: &[u8] = b"hello, attachment";
    let m = st
        .messages
        .iter()
        .find(|m| m.subject == "Alpha")
        .and_then(|m| m.obj.as_ref())
        .ok_or(Stop)?;
    let (o, num) = api::create_attach(m);
    cx.need_hr("CreateAttach returns S_OK", o.hr, &[S_OK])?;
    cx.out_ok("CreateAttach: *lppAttach is set", o.out);
    let a = o.obj.ok_or(Stop)?;
    let mut v = PropArray::new(&[
        (PR_ATTACH_METHOD, Val::Long(ATTACH_BY_VALUE as i32)),
        (PR_ATTACH_FILENAME_A, Val::Str("hello.txt".into())),
        (PR_ATTACH_DATA_BIN, Val::Bin(DATA.to_vec())),
    ]);
    let r = api::set_props(&a, &mut v);
    cx.rec.check(
        "the attachment's SetProps(method, filename, data) returns S_OK, no problem",
        r.hr == S_OK && r.problems.is_empty(),
        format!("{} {:?}", crate::session::code(r.hr), r.problems),
    );
    cx.rec.expect_hr(
        "the attachment's SaveChanges(KEEP_OPEN_READWRITE) returns S_OK",
        api::save_changes(&a, KEEP_OPEN_READWRITE),
        &[S_OK],
    );
    cx.rec.expect_hr(
        "the message's SaveChanges(KEEP_OPEN_READWRITE) returns S_OK",
        api::save_changes(m, KEEP_OPEN_READWRITE),
        &[S_OK],
    );
    cx.release_last("attachment", a);

    let t = api::attachment_table(m);
    cx.rec
        .expect_hr("GetAttachmentTable(0) returns S_OK", t.hr, &[S_OK]);
    if let Some(t) = t.obj {
        cx.rec.expect_hr(
            "attachment table SetColumns(PR_ATTACH_NUM, PR_ATTACH_FILENAME) returns S_OK",
            api::set_columns(&t, &[PR_ATTACH_NUM, PR_ATTACH_FILENAME_A]),
            &[S_OK],
        );
        let rows = api::query_rows(&t, 10);
        let nums: Vec<Option<i32>> = rows
            .rows
            .iter()
            .map(|r| find(r, PR_ATTACH_NUM).and_then(PropVal::long))
            .collect();
        cx.rec.check(
            "the attachment table has one row, with the attachment's number",
            rows.hr == S_OK && nums == [Some(num as i32)],
            format!("{nums:?}, CreateAttach gave {num}"),
        );
        cx.release_last("attachment table", t);
    }
    let o = api::open_attach(m, num, 0);
    cx.rec
        .expect_hr("OpenAttach(its number) returns S_OK", o.hr, &[S_OK]);
    if let Some(a) = o.obj {
        let r = api::get_props(&a, Some(&[PR_ATTACH_DATA_BIN, PR_ATTACH_FILENAME_A]), 0);
        let data = find(&r.props, PR_ATTACH_DATA_BIN).and_then(PropVal::bin);
        let name = find(&r.props, PR_ATTACH_FILENAME_A).and_then(PropVal::text);
        cx.rec.check(
            "the reopened attachment reads back its data and file name",
            r.hr == S_OK && data == Some(DATA) && name.as_deref() == Some("hello.txt"),
            format!("{} {name:?}", crate::session::code(r.hr)),
        );
        st.attachments.push(a);
    }
    Ok(())
}

fn created_notification(cx: &mut Ctx<'_, '_>, env: &Env, st: &State) {
    if st.connection.is_none() {
        cx.rec.skip("fnevObjectCreated received", "Advise failed");
        return;
    }
    let log = env.sink_log.clone();
    let got = cx.wait_for(|| {
        log.events()
            .iter()
            .any(|e| e.event_type == fnevObjectCreated)
    });
    let events = log.events();
    cx.rec.check(
        "the advise sink received fnevObjectCreated",
        got,
        format!("{} event(s) so far", events.len()),
    );
    // A notification names the object by an entry ID the store recognises
    // as the saved message's (compared with CompareEntryIDs, not bytes).
    let mut matched = None;
    if let Some(s) = st.store.as_ref() {
        'events: for e in events
            .iter()
            .filter(|e| e.event_type == fnevObjectCreated && e.obj_type == MAPI_MESSAGE)
        {
            for m in &st.messages {
                let (code, same) = api::store_compare(s, &e.entry_id, &m.id, 0);
                if code == S_OK && same != 0 && same != 0xDEAD {
                    matched = Some(m.subject);
                    break 'events;
                }
            }
        }
    }
    cx.rec.check(
        "an fnevObjectCreated names a saved message (MAPI_MESSAGE, its entry ID)",
        matched.is_some(),
        match matched {
            Some(subject) => format!("\"{subject}\""),
            None => format!("{} event(s), none for a saved message", events.len()),
        },
    );
}

fn subjects(rows: &[Vec<Prop>]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            find(r, PR_SUBJECT_A)
                .and_then(PropVal::text)
                .unwrap_or_default()
        })
        .collect()
}

fn contents_table(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let f = st.folder.as_ref().ok_or(Stop)?;
    let o = api::contents_table(f, 0);
    cx.need_hr("GetContentsTable(0) returns S_OK", o.hr, &[S_OK])?;
    cx.out_ok("GetContentsTable: *lppTable is set", o.out);
    let t = o.obj.ok_or(Stop)?;
    let cols = [PR_ENTRYID, PR_SUBJECT_A, PR_IMPORTANCE];
    cx.rec.expect_hr(
        "SetColumns(PR_ENTRYID, PR_SUBJECT, PR_IMPORTANCE) returns S_OK",
        api::set_columns(&t, &cols),
        &[S_OK],
    );
    let (code, n) = api::row_count(&t);
    cx.rec.check(
        "GetRowCount: S_OK, 3 rows",
        code == S_OK && n == 3,
        format!("{} {n}", crate::session::code(code)),
    );
    let sorted = cx.supports(Capability::Sort, "SortTable and the sorted rows");
    if sorted {
        cx.rec.expect_hr(
            "SortTable(PR_SUBJECT ascending) returns S_OK",
            api::sort_table(&t, PR_SUBJECT_A, TABLE_SORT_ASCEND),
            &[S_OK],
        );
    }
    let (code, _) = api::seek_row(&t, BOOKMARK_BEGINNING, 0);
    cx.rec
        .expect_hr("SeekRow(BOOKMARK_BEGINNING, 0) returns S_OK", code, &[S_OK]);
    let rows = api::query_rows(&t, 10);
    cx.rec
        .expect_hr("QueryRows(10) returns S_OK", rows.hr, &[S_OK]);
    cx.rec.check(
        "QueryRows: the row set and each row are MAPI allocations",
        rows.blocks_ok && rows.out == OutPtr::Proper,
        rows.out.describe(),
    );
    let shape_ok = rows
        .rows
        .iter()
        .all(|r| r.len() == 3 && r.iter().map(|p| p.tag).eq(cols));
    cx.rec.check(
        "each row has exactly the 3 columns set, in order",
        shape_ok && rows.rows.len() == 3,
        format!("{} rows", rows.rows.len()),
    );
    let got = subjects(&rows.rows);
    if sorted {
        cx.rec.check(
            "the rows are sorted by subject: Alpha, Bravo, Charlie",
            got == ["Alpha", "Bravo", "Charlie"],
            format!("{got:?}"),
        );
    }
    let by_id = rows.rows.iter().all(|r| {
        let id = find(r, PR_ENTRYID).and_then(PropVal::bin);
        let subject = find(r, PR_SUBJECT_A).and_then(PropVal::text);
        st.messages
            .iter()
            .any(|m| Some(m.id.as_slice()) == id && subject.as_deref() == Some(m.subject))
    });
    cx.rec.check(
        "each row's PR_ENTRYID is the saved message's",
        by_id && !rows.rows.is_empty(),
        "",
    );

    if cx.supports(Capability::Restrictions, "Restrict and the filtered rows") {
        restricted(cx, &t, sorted);
    }
    st.tables.push(t);
    Ok(())
}

/// Step 11 with `Restrict`: a filter, then none.
fn restricted(cx: &mut Ctx<'_, '_>, t: &Obj<IMAPITable>, sorted: bool) {
    let code = api::restrict(
        t,
        Some((PR_IMPORTANCE, RELOP_EQ, Val::Long(IMPORTANCE_HIGH))),
    );
    cx.rec.expect_hr(
        "Restrict(PR_IMPORTANCE == IMPORTANCE_HIGH) returns S_OK",
        code,
        &[S_OK],
    );
    let (code, n) = api::row_count(t);
    cx.rec.check(
        "GetRowCount after Restrict: 2",
        code == S_OK && n == 2,
        format!("{} {n}", crate::session::code(code)),
    );
    let (code, _) = api::seek_row(t, BOOKMARK_BEGINNING, 0);
    cx.rec
        .expect_hr("SeekRow(BOOKMARK_BEGINNING, 0) returns S_OK", code, &[S_OK]);
    let rows = api::query_rows(t, 10);
    let mut got = subjects(&rows.rows);
    if sorted {
        cx.rec.check(
            "QueryRows after Restrict: Bravo, Charlie (the sort is kept)",
            rows.hr == S_OK && got == ["Bravo", "Charlie"],
            format!("{got:?}"),
        );
    } else {
        got.sort();
        cx.rec.check(
            "QueryRows after Restrict: Bravo and Charlie",
            rows.hr == S_OK && got == ["Bravo", "Charlie"],
            format!("{got:?}"),
        );
    }
    cx.rec.expect_hr(
        "Restrict(null) removes the filter: S_OK",
        api::restrict(t, None),
        &[S_OK],
    );
    let (code, n) = api::row_count(t);
    cx.rec.check(
        "GetRowCount without a restriction: 3",
        code == S_OK && n == 3,
        format!("{} {n}", crate::session::code(code)),
    );
    let (code, _) = api::seek_row(t, BOOKMARK_BEGINNING, 0);
    cx.rec
        .expect_hr("SeekRow(BOOKMARK_BEGINNING, 0) returns S_OK", code, &[S_OK]);
    let rows = api::query_rows(t, 10);
    cx.rec.check(
        "QueryRows: 3 rows again",
        rows.hr == S_OK && rows.rows.len() == 3,
        format!("{} rows", rows.rows.len()),
    );
    let end = api::query_rows(t, 10);
    cx.rec.check(
        "QueryRows at the end of the table: S_OK and 0 rows",
        end.hr == S_OK && end.rows.is_empty() && end.out == OutPtr::Proper,
        format!("{} {} rows", crate::session::code(end.hr), end.rows.len()),
    );
}

fn open_by_id(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let s = st.store.as_ref().ok_or(Stop)?;
    for m in &st.messages {
        let o = api::store_open_entry(s, &m.id, 0);
        let ok_type = o.obj_type == MAPI_MESSAGE;
        let subject = o.obj.as_ref().and_then(|u| {
            let (_, msg) = u.query::<IMessage>();
            let msg = msg?;
            let r = api::get_props(&msg, Some(&[PR_SUBJECT_A]), 0);
            let s = r.props.first().and_then(|p| p.val.text());
            cx.release_last("message opened by entry ID (IMessage)", msg);
            s
        });
        cx.rec.check(
            format!(
                "IMsgStore::OpenEntry(\"{}\") : S_OK, MAPI_MESSAGE, same subject",
                m.subject
            ),
            o.hr == S_OK && ok_type && subject.as_deref() == Some(m.subject),
            format!(
                "{} type {} {subject:?}",
                crate::session::code(o.hr),
                o.obj_type
            ),
        );
        if let Some(u) = o.obj {
            cx.release_last("message opened by entry ID", u);
        }
    }
    let o = api::store_open_entry(s, &st.folder_id, 0);
    cx.rec.check(
        "IMsgStore::OpenEntry(the folder's ID): S_OK, MAPI_FOLDER",
        o.hr == S_OK && o.obj_type == MAPI_FOLDER && o.obj.is_some(),
        format!("{} type {}", crate::session::code(o.hr), o.obj_type),
    );
    if let Some(u) = o.obj {
        cx.release_last("folder opened by entry ID", u);
    }
    if let (Some(l), Some(m)) = (st.logon.as_ref(), st.messages.first()) {
        let o = api::logon_open_entry(l, &m.id, 0);
        cx.rec.check(
            "IMSLogon::OpenEntry(a message's ID): S_OK, MAPI_MESSAGE",
            o.hr == S_OK && o.obj_type == MAPI_MESSAGE && o.obj.is_some(),
            format!("{} type {}", crate::session::code(o.hr), o.obj_type),
        );
        if let Some(u) = o.obj {
            cx.release_last("message opened through IMSLogon", u);
        }
    }
    Ok(())
}

fn compare_ids(cx: &mut Ctx<'_, '_>, env: &Env, st: &mut State) -> Step {
    let s = st.store.as_ref().ok_or(Stop)?;
    let (a, b) = match st.messages.as_slice() {
        [a, b, ..] => (a.id.clone(), b.id.clone()),
        _ => return Err(Stop),
    };
    let copy = a.clone();
    let (code, r) = api::store_compare(s, &a, &copy, 0);
    cx.rec.check(
        "IMsgStore::CompareEntryIDs(a, copy of a): S_OK, TRUE",
        code == S_OK && r != 0 && r != 0xDEAD,
        format!("{} {r}", crate::session::code(code)),
    );
    let (code, r) = api::store_compare(s, &a, &b, 0);
    cx.rec.check(
        "IMsgStore::CompareEntryIDs(a, b): S_OK, FALSE",
        code == S_OK && r == 0,
        format!("{} {r}", crate::session::code(code)),
    );
    if let Some(l) = st.logon.as_ref() {
        let (code, r) = api::logon_compare(l, &a, &copy, 0);
        cx.rec.check(
            "IMSLogon::CompareEntryIDs(a, copy of a): S_OK, TRUE",
            code == S_OK && r != 0 && r != 0xDEAD,
            format!("{} {r}", crate::session::code(code)),
        );
        let (code, r) = api::logon_compare(l, &a, &b, 0);
        cx.rec.check(
            "IMSLogon::CompareEntryIDs(a, b): S_OK, FALSE",
            code == S_OK && r == 0,
            format!("{} {r}", crate::session::code(code)),
        );
    }
    if let Some(p) = st.provider.as_ref() {
        let unwrapped = env
            .support_log
            .unwrap_store_id(&st.store_entry_id)
            .unwrap_or_else(|| st.store_entry_id.clone());
        let copy = unwrapped.clone();
        let (code, r) = api::compare_store_ids(p, &unwrapped, &copy);
        cx.rec.check(
            "IMSProvider::CompareStoreIDs(the store's unwrapped ID, a copy): S_OK, TRUE",
            code == S_OK && r != 0 && r != 0xDEAD,
            format!("{} {r}", crate::session::code(code)),
        );
    }
    Ok(())
}

fn receive_folder(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    let s = st.store.as_ref().ok_or(Stop)?;
    cx.rec.expect_hr(
        "SetReceiveFolder(\"IPM.Note\", the folder) returns S_OK",
        api::set_receive_folder(s, "IPM.Note", &st.folder_id),
        &[S_OK],
    );
    let r = api::get_receive_folder(s, "IPM.Note.Host");
    cx.rec.expect_hr(
        "GetReceiveFolder(\"IPM.Note.Host\") returns S_OK",
        r.hr,
        &[S_OK],
    );
    cx.rec.check(
        "GetReceiveFolder: the entry ID and class are MAPI allocations (freed)",
        r.blocks_ok,
        "",
    );
    let (code, same) = api::store_compare(s, &r.id, &st.folder_id, 0);
    cx.rec.check(
        "GetReceiveFolder: the folder set for IPM.Note",
        code == S_OK && same != 0 && same != 0xDEAD,
        format!("{} {same}", crate::session::code(code)),
    );
    cx.rec.check(
        "GetReceiveFolder: the explicit class is \"IPM.Note\"",
        r.class.as_deref() == Some("IPM.Note"),
        format!("{:?}", r.class),
    );
    Ok(())
}

fn modify_and_delete(cx: &mut Ctx<'_, '_>, env: &Env, st: &mut State) -> Step {
    if let Some(m) = st
        .messages
        .iter()
        .find(|m| m.subject == "Bravo")
        .and_then(|m| m.obj.as_ref())
    {
        let mut v = PropArray::new(&[(PR_BODY_A, Val::Str("Changed.".into()))]);
        let r = api::set_props(m, &mut v);
        cx.rec
            .expect_hr("SetProps(PR_BODY) on \"Bravo\" returns S_OK", r.hr, &[S_OK]);
        cx.rec.expect_hr(
            "SaveChanges(KEEP_OPEN_READWRITE) on \"Bravo\" returns S_OK",
            api::save_changes(m, KEEP_OPEN_READWRITE),
            &[S_OK],
        );
    }
    if st.connection.is_some() {
        let log = env.sink_log.clone();
        let got = cx.wait_for(|| {
            log.events()
                .iter()
                .any(|e| e.event_type == fnevObjectModified)
        });
        cx.rec
            .check("the advise sink received fnevObjectModified", got, "");
    }
    let idx = st
        .messages
        .iter()
        .position(|m| m.subject == "Charlie")
        .ok_or(Stop)?;
    // Close the message before deleting it.
    if let Some(o) = st.messages[idx].obj.take() {
        cx.release_last("message \"Charlie\"", o);
    }
    let id = st.messages[idx].id.clone();
    let f = st.folder.as_ref().ok_or(Stop)?;
    cx.rec.expect_hr(
        "DeleteMessages([\"Charlie\"]) returns S_OK",
        api::delete_messages(f, &[&id]),
        &[S_OK],
    );
    let t = api::contents_table(f, 0);
    if let Some(t) = t.obj {
        let (code, n) = api::row_count(&t);
        cx.rec.check(
            "the contents table has 2 rows after the delete",
            code == S_OK && n == 2,
            format!("{} {n}", crate::session::code(code)),
        );
        cx.release_last("contents table", t);
    }
    let o = api::store_open_entry(st.store.as_ref().ok_or(Stop)?, &id, 0);
    cx.rec.expect_hr(
        "OpenEntry(the deleted message's ID) returns MAPI_E_NOT_FOUND",
        o.hr,
        &[MAPI_E_NOT_FOUND],
    );
    cx.out_ok("OpenEntry failed: *lppUnk is null", o.out);
    drop(o.obj);
    if st.connection.is_some() {
        let log = env.sink_log.clone();
        let got = cx.wait_for(|| {
            log.events()
                .iter()
                .any(|e| e.event_type == fnevObjectDeleted)
        });
        cx.rec
            .check("the advise sink received fnevObjectDeleted", got, "");
    }
    st.messages.remove(idx);
    Ok(())
}

fn unadvise(cx: &mut Ctx<'_, '_>, env: &Env, st: &mut State) -> Step {
    let Some(conn) = st.connection.take() else {
        cx.rec.skip("Unadvise", "Advise failed");
        return Ok(());
    };
    cx.rec.expect_hr(
        "IMsgStore::Unadvise(the connection) returns S_OK",
        api::store_unadvise(st.store.as_ref().ok_or(Stop)?, conn),
        &[S_OK],
    );
    let released = cx.wait_for(|| env.sink_refs() == Some(1));
    cx.rec.check(
        "after Unadvise the provider holds no reference to the sink",
        released,
        format!("{} reference(s)", env.sink_refs().unwrap_or(0)),
    );
    Ok(())
}

fn release_children(cx: &mut Ctx<'_, '_>, st: &mut State) {
    for t in std::mem::take(&mut st.tables) {
        cx.release_last("contents table", t);
    }
    for a in std::mem::take(&mut st.attachments) {
        cx.release_last("attachment", a);
    }
    for m in std::mem::take(&mut st.messages) {
        if let Some(o) = m.obj {
            cx.release_last(&format!("message \"{}\"", m.subject), o);
        }
    }
    if let Some(f) = st.folder.take() {
        cx.release_last("created folder", f);
    }
    if let Some(f) = st.root.take() {
        cx.release_last("root folder", f);
    }
}

fn store_logoff(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    cx.rec.step("18 StoreLogoff");
    let s = st.store.as_ref().ok_or(Stop)?;
    for (flag, name) in [
        (LOGOFF_ABORT, "LOGOFF_ABORT"),
        (LOGOFF_NO_WAIT, "LOGOFF_NO_WAIT"),
        (LOGOFF_ORDERLY, "LOGOFF_ORDERLY"),
        (LOGOFF_PURGE, "LOGOFF_PURGE"),
        (LOGOFF_QUIET, "LOGOFF_QUIET"),
    ] {
        let (code, out) = api::store_logoff(s, flag);
        cx.rec.check(
            format!("StoreLogoff({name}): S_OK, only documented output flags"),
            code == S_OK && out & !LOGOFF_OUT == 0,
            format!("{} out {out:#x}", crate::session::code(code)),
        );
    }
    Ok(())
}

fn release_store(cx: &mut Ctx<'_, '_>, env: &Env, st: &mut State) -> Step {
    cx.rec.step("19 release store");
    let s = st.store.take().ok_or(Stop)?;
    cx.release_last("store", s);
    let calls = env.support_log.logoff_transports();
    cx.rec.check(
        "StoreLogoffTransports was called once, with the last StoreLogoff flags (LOGOFF_QUIET)",
        calls == [LOGOFF_QUIET],
        crate::session::flags_list(&calls),
    );
    Ok(())
}

fn logoff_and_shutdown(cx: &mut Ctx<'_, '_>, st: &mut State) -> Step {
    cx.rec.step("20 logoff");
    if let Some(l) = st.logon.take() {
        cx.rec.expect_hr(
            "IMSLogon::Logoff(&0) returns S_OK",
            api::logoff(&l, 0),
            &[S_OK],
        );
        cx.release_last("logon", l);
    }
    cx.rec.step("21 shutdown");
    if let Some(p) = st.provider.take() {
        cx.rec.expect_hr(
            "IMSProvider::Shutdown(&0) returns S_OK",
            api::shutdown(&p, 0),
            &[S_OK],
        );
        cx.release_last("provider", p);
    }
    Ok(())
}

/// Releases whatever a stopped session still holds, in the documented
/// order (children, store, logon after `Logoff`, provider after
/// `Shutdown`), without checks beyond final releases.
fn cleanup(cx: &mut Ctx<'_, '_>, mut st: State) {
    if st.store.is_none() && st.logon.is_none() && st.provider.is_none() {
        return;
    }
    cx.rec.step("cleanup");
    if let (Some(conn), Some(s)) = (st.connection.take(), st.store.as_ref()) {
        api::store_unadvise(s, conn);
    }
    release_children(cx, &mut st);
    if let Some(s) = st.store.take() {
        cx.release_last("store", s);
    }
    if let Some(l) = st.logon.take() {
        api::logoff(&l, 0);
        cx.release_last("logon", l);
    }
    if let Some(p) = st.provider.take() {
        api::shutdown(&p, 0);
        cx.release_last("provider", p);
    }
}

/// Step 2, continued: `IMSProvider::Logon` of a store that is already open
/// follows the method's "standard processing": the existing store object,
/// `*lppMSLogon` null, no call to the support object and no new reference
/// on it.
fn already_open(
    cx: &mut Ctx<'_, '_>,
    env: &Env,
    provider: &Obj<IMSProvider>,
    store: &Obj<IMsgStore>,
) {
    let calls_before = env.support_log.calls_len();
    let refs_before = env.support_refs().unwrap_or(0);
    // SAFETY: the support object is live (held by `env`).
    let again = unsafe { api::logon(provider, env.support_ptr(), &[], MDB_NO_DIALOG | MDB_WRITE) };
    let calls = env.support_log.calls_since(calls_before);
    let refs_after = env.support_refs().unwrap_or(0);
    cx.rec.check(
        "Logon of the open store returns S_OK",
        again.hr == S_OK,
        crate::session::code(again.hr),
    );
    let same = again.store.as_ref().is_some_and(|s| s.id() == store.id());
    cx.rec.check(
        "Logon of the open store returns the existing store object",
        same,
        if same {
            "same object".to_owned()
        } else {
            "another object".to_owned()
        },
    );
    cx.rec.check(
        "Logon of the open store sets *lppMSLogon to null",
        again.logon.is_none(),
        if again.logon.is_none() {
            "null"
        } else {
            "a second logon object"
        },
    );
    cx.rec.check(
        "Logon of the open store makes no call to the support object",
        calls.is_empty(),
        if calls.is_empty() {
            "none".to_owned()
        } else {
            calls.join(", ")
        },
    );
    drop(again);
    cx.rec.check(
        "Logon of the open store takes no new reference on the support object",
        refs_after <= refs_before,
        format!("{refs_before} -> {refs_after} references"),
    );
}

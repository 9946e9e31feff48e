//! Unit checks of the sample's own parts (its in-memory store, entry
//! identifiers and service declaration), through its public API.

mod db {
    use mapi_sys::kit::ObjectEventKind as EventKind;
    use mapi_sys::value::PropValue;
    use mapi_sys::*;
    use sample_store::db::*;

    fn db() -> Database {
        Database::new([1; 16], "Test")
    }

    /// What a notification says happened, and to what type of object.
    fn what(n: &mapi_sys::kit::Notification) -> (EventKind, u32) {
        match n {
            mapi_sys::kit::Notification::Object {
                kind, object_type, ..
            } => (*kind, *object_type),
            other => panic!("not an object notification: {other:?}"),
        }
    }

    #[test]
    fn a_new_store_has_root_ipm_subtree_and_inbox() {
        let db = db();
        let d = db.read().expect("read");
        let kids: Vec<u64> = d.children(ROOT).map(|(id, _)| id).collect();
        assert_eq!(kids, [IPM_SUBTREE]);
        assert_eq!(d.descendants(ROOT, None), [(IPM_SUBTREE, 0), (INBOX, 1)]);
        assert_eq!(d.receive.get(""), (&INBOX, ""));
        let store = d.store_props();
        assert_eq!(store.text(PR_DISPLAY_NAME).as_deref(), Some("Test"));
        assert_eq!(store.long(PR_STORE_SUPPORT_MASK), Some(SUPPORT_MASK as i32));
        assert_eq!(
            store.binary(PR_IPM_SUBTREE_ENTRYID),
            Some(&d.folder_eid(IPM_SUBTREE).to_bytes()[..])
        );
        let root = d.folder_props(ROOT).expect("root");
        assert_eq!(root.long(PR_FOLDER_TYPE), Some(FOLDER_ROOT as i32));
        assert_eq!(root.get(PR_SUBFOLDERS), Some(&PropValue::Boolean(true)));
    }

    #[test]
    fn folder_names_are_unique_among_siblings_regardless_of_case() {
        let db = db();
        let mut d = db.write().expect("write");
        let (a, ev) = d
            .create_folder(IPM_SUBTREE, "Reports", None, false)
            .expect("create");
        assert_eq!(
            ev.map(|e| what(&e)),
            Some((EventKind::Created, MAPI_FOLDER))
        );
        assert_eq!(
            d.create_folder(IPM_SUBTREE, "REPORTS", None, false)
                .map(|r| r.0),
            Err(Hresult(MAPI_E_COLLISION))
        );
        assert_eq!(
            d.create_folder(IPM_SUBTREE, "reports", None, true)
                .map(|r| r.0),
            Ok(a)
        );
        assert!(
            d.create_folder(INBOX, "Reports", None, false).is_ok(),
            "another parent"
        );
    }

    #[test]
    fn deleting_a_folder_needs_flags_for_what_it_holds() {
        let db = db();
        let mut d = db.write().expect("write");
        let (a, _) = d.create_folder(IPM_SUBTREE, "A", None, false).expect("a");
        let (b, _) = d.create_folder(a, "B", None, false).expect("b");
        let m = d.new_id();
        let rec = MessageRec {
            folder: b,
            ..MessageRec::default()
        };
        d.save_message(m, rec, None, false).expect("save");
        assert_eq!(
            d.delete_folder(IPM_SUBTREE, a, 0),
            Err(Hresult(MAPI_E_HAS_FOLDERS))
        );
        assert_eq!(
            d.delete_folder(IPM_SUBTREE, a, DEL_FOLDERS),
            Err(Hresult(MAPI_E_HAS_MESSAGES))
        );
        assert_eq!(d.delete_folder(ROOT, a, 0), Err(Hresult(MAPI_E_NOT_FOUND)));
        assert_eq!(
            d.delete_folder(ROOT, IPM_SUBTREE, 0),
            Err(Hresult(MAPI_E_NO_ACCESS))
        );
        let events = d
            .delete_folder(IPM_SUBTREE, a, DEL_FOLDERS | DEL_MESSAGES)
            .expect("delete");
        let kinds: Vec<(EventKind, u32)> = events.iter().map(what).collect();
        assert_eq!(
            kinds,
            [
                (EventKind::Deleted, MAPI_MESSAGE),
                (EventKind::Deleted, MAPI_FOLDER),
                (EventKind::Deleted, MAPI_FOLDER)
            ]
        );
        assert!(d.folder(a).is_none() && d.folder(b).is_none() && d.message(m).is_none());
    }

    #[test]
    fn saving_detects_deleted_and_concurrently_changed_messages() {
        let db = db();
        let mut d = db.write().expect("write");
        let id = d.new_id();
        let rec = MessageRec {
            folder: INBOX,
            ..MessageRec::default()
        };
        let (v1, ev) = d
            .save_message(id, rec.clone(), None, false)
            .expect("first save");
        assert_eq!(what(&ev), (EventKind::Created, MAPI_MESSAGE));
        let (v2, ev) = d
            .save_message(id, rec.clone(), Some(v1), false)
            .expect("second");
        assert_eq!(what(&ev).0, EventKind::Modified);
        assert_eq!(
            d.save_message(id, rec.clone(), Some(v1), false)
                .map(|r| r.0),
            Err(Hresult(MAPI_E_OBJECT_CHANGED))
        );
        assert!(
            d.save_message(id, rec.clone(), Some(v1), true).is_ok(),
            "FORCE_SAVE"
        );
        assert!(
            d.delete_message(IPM_SUBTREE, id).is_none(),
            "not in that folder"
        );
        assert!(d.delete_message(INBOX, id).is_some());
        assert_eq!(
            d.save_message(id, rec, Some(v2), false).map(|r| r.0),
            Err(Hresult(MAPI_E_OBJECT_DELETED))
        );
    }

    #[test]
    fn deleting_a_folder_drops_its_receive_folder_settings() {
        let db = db();
        let mut d = db.write().expect("write");
        let (faxes, _) = d
            .create_folder(IPM_SUBTREE, "Faxes", None, false)
            .expect("f");
        d.receive.set("IPM.Note", faxes);
        d.receive.set("", faxes);
        assert_eq!(d.receive.get("ipm.note.phone"), (&faxes, "IPM.Note"));
        d.delete_folder(IPM_SUBTREE, faxes, 0).expect("delete");
        assert_eq!(d.receive.get("IPM.Note"), (&INBOX, ""));
        assert_eq!(d.receive.iter().count(), 1, "the default class only");
    }

    #[test]
    fn message_flags_follow_attachments() {
        let mut m = MessageRec {
            folder: INBOX,
            ..MessageRec::default()
        };
        m.props.set(
            PR_MESSAGE_FLAGS,
            PropValue::Long((MSGFLAG_READ | MSGFLAG_HASATTACH) as i32),
        );
        let p = message_props([1; 16], 9, &m);
        assert_eq!(p.long(PR_MESSAGE_FLAGS), Some(MSGFLAG_READ as i32));
        m.attachments.insert(0, mapi_sys::kit::PropBag::new());
        let p = message_props([1; 16], 9, &m);
        assert_eq!(
            p.long(PR_MESSAGE_FLAGS),
            Some((MSGFLAG_READ | MSGFLAG_HASATTACH) as i32)
        );
        assert_eq!(p.get(PR_HASATTACH), Some(&PropValue::Boolean(true)));
    }
}

mod entryid {
    use mapi_sys::*;
    use sample_store::entryid::*;

    const STORE: [u8; 16] = [7; 16];

    #[test]
    fn identifiers_round_trip_and_ignore_abflags() {
        for id in [
            EntryId::store(STORE),
            EntryId::folder(STORE, 1),
            EntryId::message(STORE, u64::MAX),
        ] {
            let mut bytes = id.to_bytes();
            assert_eq!(bytes.len(), ENTRY_ID_LEN);
            assert_eq!(EntryId::parse(&bytes), Ok(id));
            bytes[0] = 0x80; // MAPI_SHORTTERM
            assert_eq!(EntryId::parse(&bytes), Ok(id));
        }
    }

    #[test]
    fn bad_bytes_and_other_providers_identifiers_are_unknown() {
        let unknown = Err(Hresult(MAPI_E_UNKNOWN_ENTRYID));
        let good = EntryId::folder(STORE, 5).to_bytes();
        assert_eq!(EntryId::parse(&[]), unknown);
        assert_eq!(EntryId::parse(&[1, 2, 3]), unknown);
        assert_eq!(EntryId::parse(&good[..47]), unknown);
        let mut long = good.clone();
        long.push(0);
        assert_eq!(EntryId::parse(&long), unknown);
        let mut other = good.clone();
        other[4] ^= 1;
        assert_eq!(EntryId::parse(&other), unknown);
        let mut kind = good.clone();
        kind[21] = 9;
        assert_eq!(EntryId::parse(&kind), unknown);
        let mut version = good.clone();
        version[20] = 2;
        assert_eq!(EntryId::parse(&version), unknown);
        let mut zero_folder = good;
        zero_folder[40..48].fill(0);
        assert_eq!(EntryId::parse(&zero_folder), unknown);
    }

    #[test]
    fn comparison_is_by_object_not_by_bytes() {
        let unknown = Err(Hresult(MAPI_E_UNKNOWN_ENTRYID));
        let compare =
            |a: &[u8], b: &[u8]| Ok::<_, Hresult>(EntryId::parse(a)? == EntryId::parse(b)?);
        let a = EntryId::message(STORE, 9).to_bytes();
        let mut a_short_term = a.clone();
        a_short_term[0] = 0x80;
        let b = EntryId::message(STORE, 10).to_bytes();
        let folder_9 = EntryId::folder(STORE, 9).to_bytes();
        let other_store = EntryId::message([8; 16], 9).to_bytes();
        assert_eq!(compare(&a, &a_short_term), Ok(true));
        assert_eq!(compare(&a, &b), Ok(false));
        assert_eq!(compare(&a, &folder_9), Ok(false));
        assert_eq!(compare(&a, &other_store), Ok(false));
        assert_eq!(compare(&a, &[0; 3]), unknown);
        let s1 = EntryId::store(STORE).to_bytes();
        let s2 = EntryId::store([8; 16]).to_bytes();
        assert_eq!(compare_stores(&s1, &s1), Ok(true));
        assert_eq!(compare_stores(&s1, &s2), Ok(false));
        assert_eq!(compare_stores(&s1, &a), unknown);
    }

    #[test]
    fn record_keys_are_unique_per_object() {
        let keys = [
            EntryId::store(STORE).record_key(),
            EntryId::folder(STORE, 1).record_key(),
            EntryId::message(STORE, 1).record_key(),
            EntryId::message([8; 16], 1).record_key(),
        ];
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}

mod service {
    #[test]
    fn the_service_declaration_makes_its_mapisvc_inf_sections() {
        let inf = sample_store::service()
            .mapisvc_inf()
            .expect("a valid declaration");
        assert!(inf.starts_with("[Services]\nSAMPLE_STORE=Sample Message Store (mapi-examples)\n"));
        assert!(inf.contains("\n[SAMPLE_STORE]\n"));
        assert!(inf.contains("Providers=SAMPLE_STORE_MS\n"));
        assert!(inf.contains("PR_SERVICE_DLL_NAME=sample.dll\n"));
        assert!(inf.contains("\n[SAMPLE_STORE_MS]\nPR_PROVIDER_DLL_NAME=sample.dll\nPR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\n"));
        // The store's provider UID, as the entry identifiers carry it.
        let uid: String = sample_store::entryid::PROVIDER_UID
            .ab
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect();
        assert!(inf.contains(&format!("PR_MDB_PROVIDER={uid}\n")));
    }

    /// The whole text against `tests/golden/mapisvc.inf`, reviewed by hand
    /// against the `mapisvc.inf` format (`BLESS=1` rewrites it after a
    /// deliberate change).
    #[test]
    fn the_mapisvc_inf_sections_are_the_golden_ones() {
        let inf = sample_store::service()
            .mapisvc_inf()
            .expect("a valid declaration");
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/mapisvc.inf");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&path, &inf).expect("write the golden file");
        }
        let golden = std::fs::read_to_string(&path).expect("tests/golden/mapisvc.inf");
        assert_eq!(
            inf, golden,
            "mapisvc.inf sections changed (BLESS=1 to accept)"
        );
    }
}

//! Outlook's account management interfaces (`olk.idl`) with both sides in
//! safe Rust where the API allows: account property values, enumerators
//! that end with `S_FALSE`, and notification sinks.

use mapi_sys::value::AcctValue;
use mapi_sys::*;
use std::sync::{Arc, Mutex};

type Log = Arc<Mutex<Vec<String>>>;

/// An account with one property, its name.
#[derive(ComObject)]
#[mapi(implements(IOlkAccount))]
struct Account {
    name: Mutex<String>,
}

impl IOlkErrorUnknownImpl for Account {}

impl IOlkAccountImpl for Account {
    fn set_prop(&self, prop: DWORD, value: &AcctValue) -> Result<(), Hresult> {
        match (prop, value) {
            (PROP_ACCT_NAME, AcctValue::Unicode(s)) => {
                *self.name.lock().expect("lock") = s.clone();
                Ok(())
            }
            (PROP_ACCT_NAME, _) => Err(Hresult(E_INVALIDARG)),
            _ => Err(Hresult(E_OLK_PROP_READ_ONLY)),
        }
    }
}

/// An enumerator over a fixed list.
#[derive(ComObject)]
#[mapi(implements(IOlkEnum))]
struct Accounts {
    items: Vec<ComPtr<IOlkAccount>>,
    next: Mutex<usize>,
}

impl IOlkEnumImpl for Accounts {
    fn get_count(&self) -> Result<DWORD, Hresult> {
        Ok(self.items.len() as DWORD)
    }

    fn get_next_with_warning(&self) -> Result<(Hresult, Option<ComPtr<IUnknown>>), Hresult> {
        let mut next = self.next.lock().expect("lock");
        match self.items.get(*next) {
            Some(a) => {
                *next += 1;
                Ok((Hresult(S_OK), Some(a.upcast())))
            }
            None => Ok((Hresult(S_FALSE), None)),
        }
    }
}

/// An account manager holding one account (identifier 7) and one sink.
#[derive(ComObject)]
#[mapi(implements(IOlkAccountManager))]
struct Manager {
    account: ComPtr<IOlkAccount>,
    sink: Mutex<Option<ComPtr<IOlkAccountNotify>>>,
    log: Log,
}

impl IOlkErrorUnknownImpl for Manager {}

impl IOlkAccountManagerImpl for Manager {
    fn find_account(&self, prop: DWORD, value: &AcctValue) -> Result<ComPtr<IOlkAccount>, Hresult> {
        self.log
            .lock()
            .expect("lock")
            .push(format!("find {prop:#x} {value:?}"));
        match (prop, value) {
            (PROP_ACCT_ID, AcctValue::Long(7)) => Ok(self.account.clone()),
            (PROP_ACCT_ID | PROP_ACCT_IS_EXCH, _) => Err(Hresult(E_ACCT_NOT_FOUND)),
            _ => Err(Hresult(E_OLK_PARAM_NOT_SUPPORTED)),
        }
    }

    fn delete_account(&self, id: DWORD) -> Result<(), Hresult> {
        let sink = self.sink.lock().expect("lock").clone();
        if let Some(sink) = sink {
            sink.notify(NOTIFY_ACCT_PREDELETED, id, OlkAccountNotifyFlags::empty())?;
        }
        Ok(())
    }

    fn advise(&self, sink: ComPtr<IOlkAccountNotify>) -> Result<DWORD, Hresult> {
        *self.sink.lock().expect("lock") = Some(sink);
        Ok(0x51)
    }

    fn unadvise(&self, cookie: DWORD) -> Result<(), Hresult> {
        if cookie != 0x51 {
            return Err(Hresult(E_INVALIDARG));
        }
        *self.sink.lock().expect("lock") = None;
        Ok(())
    }
}

/// A client's sink.
#[derive(ComObject)]
#[mapi(implements(IOlkAccountNotify))]
struct Sink {
    log: Log,
}

impl IOlkErrorUnknownImpl for Sink {}

impl IOlkAccountNotifyImpl for Sink {
    fn notify(
        &self,
        what: DWORD,
        account: DWORD,
        _flags: OlkAccountNotifyFlags,
    ) -> Result<(), Hresult> {
        self.log
            .lock()
            .expect("lock")
            .push(format!("notify {what} {account}"));
        Ok(())
    }
}

fn manager(log: &Log) -> (ComPtr<IOlkAccountManager>, ComPtr<IOlkAccount>) {
    let account: ComPtr<IOlkAccount> = Account {
        name: Mutex::new("Home".into()),
    }
    .into_com();
    let mgr = Manager {
        account: account.clone(),
        sink: Mutex::new(None),
        log: log.clone(),
    }
    .into_com();
    (mgr, account)
}

#[test]
fn account_values_go_in_as_rust_values() {
    let log = Log::default();
    let (mgr, _) = manager(&log);
    let found = mgr
        .find_account(PROP_ACCT_ID, &AcctValue::Long(7))
        .expect("found");
    assert_eq!(
        mgr.find_account(PROP_ACCT_ID, &AcctValue::Long(8))
            .map(drop),
        Err(Hresult(E_ACCT_NOT_FOUND))
    );
    assert_eq!(
        mgr.find_account(PROP_ACCT_NAME, &AcctValue::Unicode("Home".into()))
            .map(drop),
        Err(Hresult(E_OLK_PARAM_NOT_SUPPORTED))
    );
    assert_eq!(
        log.lock().expect("lock").as_slice(),
        [
            "find 0x10003 Long(7)",
            "find 0x10003 Long(8)",
            "find 0x2001f Unicode(\"Home\")"
        ]
    );
    assert_eq!(
        found.set_prop(PROP_ACCT_NAME, &AcctValue::Unicode("Work ✉".into())),
        Ok(())
    );
    assert_eq!(
        found.set_prop(PROP_ACCT_NAME, &AcctValue::Binary(vec![1])),
        Err(Hresult(E_INVALIDARG))
    );
    // A string with a NUL cannot be an account value.
    assert_eq!(
        found.set_prop(PROP_ACCT_NAME, &AcctValue::Unicode("a\0b".into())),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
}

#[test]
fn an_enumerator_ends_with_s_false_and_no_account() {
    let log = Log::default();
    let (_, account) = manager(&log);
    let accounts: ComPtr<IOlkEnum> = Accounts {
        items: vec![account],
        next: Mutex::new(0),
    }
    .into_com();
    assert_eq!(accounts.get_count(), Ok(1));
    let (code, first) = accounts.get_next_with_warning().expect("first");
    assert_eq!(code, Hresult(S_OK));
    let first = first.expect("an account");
    assert!(first.cast::<IOlkAccount>().is_ok());
    assert_eq!(
        accounts
            .get_next_with_warning()
            .map(|(c, a)| (c, a.is_none())),
        Ok((Hresult(S_FALSE), true))
    );
    // Without the code, the end is `None`.
    assert!(accounts.get_next().expect("end").is_none());
}

#[test]
fn notifications_reach_the_sink_until_unadvise_with_its_cookie() {
    let log = Log::default();
    let (mgr, _) = manager(&log);
    let sink: ComPtr<IOlkAccountNotify> = Sink { log: log.clone() }.into_com();
    let cookie = mgr.advise(&sink).expect("advise");
    mgr.delete_account(7).expect("delete");
    assert_eq!(mgr.unadvise(&(cookie + 1)), Err(Hresult(E_INVALIDARG)));
    mgr.unadvise(&cookie).expect("unadvise");
    mgr.delete_account(8).expect("delete");
    assert_eq!(
        log.lock().expect("lock").as_slice(),
        [format!("notify {NOTIFY_ACCT_PREDELETED} 7")]
    );
}

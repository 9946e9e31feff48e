//! [`ErrorLog`]: what an object's `GetLastError` reports.

use crate::Hresult;
use crate::value::MapiError;
use std::sync::Mutex;

/// The last failure of one object, for its `GetLastError`: record results
/// with [`track`](ErrorLog::track), answer with
/// [`get_last_error`](ErrorLog::get_last_error).
///
/// ```
/// use mapi_sys::kit::ErrorLog;
/// use mapi_sys::{Hresult, MAPI_E_NOT_FOUND};
///
/// let log = ErrorLog::new("My store");
/// let r: Result<(), Hresult> = log.track("IMAPIFolder::OpenEntry", Err(Hresult(MAPI_E_NOT_FOUND)));
/// assert!(r.is_err());
/// let e = log.get_last_error(MAPI_E_NOT_FOUND);
/// assert_eq!(e.component.as_deref(), Some("My store"));
/// assert!(e.error.expect("text").starts_with("IMAPIFolder::OpenEntry failed"));
/// ```
#[derive(Debug, Default)]
pub struct ErrorLog {
    component: Option<String>,
    last: Mutex<Option<(i32, String)>>,
}

impl ErrorLog {
    /// A log whose errors name `component` (the provider).
    pub fn new(component: &str) -> ErrorLog {
        ErrorLog {
            component: Some(component.to_owned()),
            last: Mutex::default(),
        }
    }

    /// Records a failure of the method `what`, and passes the result on.
    pub fn track<T>(&self, what: &str, r: Result<T, Hresult>) -> Result<T, Hresult> {
        if let Err(e) = &r {
            let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
            *last = Some((e.0, format!("{what} failed: {e}")));
        }
        r
    }

    /// Runs the body of the method `what` and records its failure:
    /// `log.run("IMAPIFolder::CreateMessage", || { ... })`.
    pub fn run<T>(
        &self,
        what: &str,
        body: impl FnOnce() -> Result<T, Hresult>,
    ) -> Result<T, Hresult> {
        self.track(what, body())
    }

    /// `GetLastError`: a description of `hr`, with the context of the last
    /// failure when it returned `hr`. The thunk writes it in the width the
    /// caller's flags ask for.
    pub fn get_last_error(&self, hr: i32) -> MapiError {
        let last = self.last.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let text = match last {
            Some((code, text)) if code == hr => text,
            _ => Hresult(hr).to_string(),
        };
        MapiError {
            error: Some(text),
            component: self.component.clone(),
            ..MapiError::default()
        }
    }
}

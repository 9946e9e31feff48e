//! A MAPI client's first steps, with no `unsafe`: initialize MAPI, log on
//! to the default profile, and list the message stores of the session with
//! the default one marked. Windows only (MAPI is), with features `client`
//! and `session`:
//!
//! ```text
//! cargo run -p mapi-sys --example list_stores --features client,session
//! ```
//!
//! Without a MAPI subsystem (Outlook) it says why it cannot start: under
//! Wine, `MAPI_E_NOT_INITIALIZED`.

#[cfg(windows)]
fn main() -> std::process::ExitCode {
    match list_stores() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("list_stores: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(windows)]
fn list_stores() -> Result<(), mapi_sys::Hresult> {
    use mapi_sys::session::Mapi;
    use mapi_sys::value::{PropTag, PropValue};
    use mapi_sys::*;

    let mapi = Mapi::initialize(MAPIInitFlags::empty())?;
    let session = mapi.logon(
        0,
        None,
        None,
        MAPILogonExFlags::USE_DEFAULT | MAPILogonExFlags::EXTENDED | MAPILogonExFlags::NO_MAIL,
    )?;
    let stores = session.get_msg_stores_table(MAPISessionGetMsgStoresTableFlags::MAPI_UNICODE)?;
    stores.set_columns(
        &[PropTag(PR_DISPLAY_NAME_W), PropTag(PR_DEFAULT_STORE)],
        MAPITableSetColumnsFlags::empty(),
    )?;
    let rows = stores.query_rows(&mapi.allocator(), 100, MAPITableQueryRowsFlags::empty())?;
    for row in rows.rows()?.to_rows()? {
        let name = row.iter().find_map(|p| match p.value() {
            PropValue::Unicode(s) => Some(s.clone()),
            _ => None,
        });
        let default = row.iter().any(|p| {
            p.tag() == PropTag(PR_DEFAULT_STORE) && *p.value() == PropValue::Boolean(true)
        });
        let mark = if default { " (default)" } else { "" };
        println!("{}{mark}", name.as_deref().unwrap_or("(no name)"));
    }
    drop((rows, stores));
    session.logoff(0, MAPISessionLogoffFlags::empty(), 0)?;
    Ok(())
}

#[cfg(not(windows))]
fn main() {
    eprintln!("list_stores: MAPI is Windows-only; build for a Windows target");
}

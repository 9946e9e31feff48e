use mapi_sys::*;

#[derive(MsgStore)]
struct Store {
    support: ComPtr<IMAPISupport>,
}

impl IMAPIPropImpl for Store {}
impl IMsgStoreImpl for Store {}

fn main() {
    // No cascade: `into_raw` still resolves after the derive failed.
    let _ = |s: Store| s.into_raw();
}

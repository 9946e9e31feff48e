use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = support)]
struct Store {
    support: ComPtr<IMAPISupport>,
}

impl IMsgStoreImpl for Store {}

fn main() {
    let _ = |s: Store| s.into_com();
}

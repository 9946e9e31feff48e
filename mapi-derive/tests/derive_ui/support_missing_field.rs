use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = sup)]
struct Store {
    support: ComPtr<IMAPISupport>,
    count: u32,
}

impl IMAPIPropImpl for Store {}
impl IMsgStoreImpl for Store {}

fn main() {
    let _ = |s: Store| s.into_com();
}

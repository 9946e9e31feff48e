use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = support, implements(IMSLogon))]
struct Store {
    support: ComPtr<IMAPISupport>,
}

impl IMAPIPropImpl for Store {}

fn main() {
    let _ = |s: Store| s.into_com();
}

use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = support)]
#[mapi(support = other)]
struct Store {
    support: ComPtr<IMAPISupport>,
    other: ComPtr<IMAPISupport>,
}

impl IMAPIPropImpl for Store {}
impl IMsgStoreImpl for Store {}

fn main() {}

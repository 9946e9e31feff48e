use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(suport = support)]
struct Store {
    support: ComPtr<IMAPISupport>,
}

impl IMAPIPropImpl for Store {}
impl IMsgStoreImpl for Store {}

fn main() {}

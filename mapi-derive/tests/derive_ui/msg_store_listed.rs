use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = support, implements(IMsgStore))]
struct Store {
    support: ComPtr<IMAPISupport>,
}

impl IMAPIPropImpl for Store {}
impl IMsgStoreImpl for Store {}

fn main() {}

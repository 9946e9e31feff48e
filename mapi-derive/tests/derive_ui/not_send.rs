use mapi_sys::*;
use std::rc::Rc;

#[derive(MsgStore)]
#[mapi(support = support)]
struct Store {
    support: ComPtr<IMAPISupport>,
    shared: Rc<u32>,
}

impl IMAPIPropImpl for Store {}
impl IMsgStoreImpl for Store {}

fn main() {}

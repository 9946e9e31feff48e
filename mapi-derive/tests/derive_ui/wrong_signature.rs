use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = support)]
struct Store {
    support: ComPtr<IMAPISupport>,
}

impl IMAPIPropImpl for Store {}

impl IMsgStoreImpl for Store {
    fn store_logoff(&self, flags: u32) -> Result<(), Hresult> {
        let _ = flags;
        Ok(())
    }
}

fn main() {}

use mapi_sys::*;

#[derive(MsgStore)]
#[mapi(support = support)]
struct Store<T> {
    support: ComPtr<IMAPISupport>,
    value: T,
}

fn main() {}

use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMSProvider))]
enum Provider {
    A,
    B,
}

fn main() {}

use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = alloc)]
struct Props {
    alloc: u32,
}

impl IMAPIPropImpl for Props {}

fn main() {
    let _ = |p: Props| p.into_com();
}

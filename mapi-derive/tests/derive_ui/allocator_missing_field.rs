use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = allocator)]
struct Props {
    alloc: mapi_sys::value::Allocator,
}

impl IMAPIPropImpl for Props {}

fn main() {
    let _ = |p: Props| p.into_com();
}

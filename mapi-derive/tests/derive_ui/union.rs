use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMSProvider))]
union Provider {
    a: u32,
    b: f32,
}

fn main() {}

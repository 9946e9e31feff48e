use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMSProvider))]
struct Provider;

fn main() {
    let _ = Provider.into_com();
}

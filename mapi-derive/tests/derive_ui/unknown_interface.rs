use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMSProvidr))]
struct Provider;

fn main() {
    let _ = Provider.into_com();
}

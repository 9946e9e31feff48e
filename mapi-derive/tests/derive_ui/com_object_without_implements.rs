use mapi_sys::*;

#[derive(ComObject)]
struct Provider;

fn main() {
    let _ = Provider.into_raw();
}

use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMSProvider))]
struct Provider;

impl IMSProviderImpl for Provider {}

// Never called: `Provider` does not answer `QueryInterface` for `IMSLogon`.
impl IMSLogonImpl for Provider {}

fn main() {
    let _ = Provider.into_com();
}

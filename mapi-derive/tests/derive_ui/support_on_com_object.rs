use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMSProvider), support = support)]
struct Provider {
    support: ComPtr<IMAPISupport>,
}

impl IMSProviderImpl for Provider {}

fn main() {
    // No cascade: `into_com` is stubbed with the first interface's type.
    let _ = |p: Provider| -> ComPtr<IMSProvider> { p.into_com() };
}

#![deny(warnings)]
// A user IDL importing the corpus, used from Rust.
use mapi_sys::{GUID, IMAPIPropVtbl, Interface};
use std::mem::{offset_of, size_of};

mapi_sys::include_idl!("tests/ui/widget.idl");

fn main() {
    assert_eq!(<IWidget as Interface>::IID, IID_IWidget);
    assert_eq!(IID_IWidget, GUID::from_u128(0x6a1e4f7c_2b8d_4c3e_9f10_0123456789ab));
    // The base's slots come first (IUnknown's 3, IMAPIProp's 11), then Spin.
    assert_eq!(offset_of!(IWidgetVtbl, base__), 0);
    assert_eq!(size_of::<IMAPIPropVtbl>(), 14 * size_of::<usize>());
    assert_eq!(offset_of!(IWidgetVtbl, Spin), 14 * size_of::<usize>());
    // A flag group mixing new flags and the corpus's shared `MAPI_UNICODE`.
    let flags = WidgetSpinFlags::WIDGET_FAST | WidgetSpinFlags::MAPI_UNICODE;
    assert_eq!(flags.bits(), WIDGET_FAST | mapi_sys::MAPI_UNICODE);
    assert_eq!(WIDGET_REVERSE, 2);
    assert_eq!(format!("{flags:?}"), "WIDGET_FAST | MAPI_UNICODE");
}

// One IDL syntax error is one compile error, at the IDL file's line and
// column. The parser reads past the missing comma, so the code below, which
// uses every kind of item the file declares (types, constants, flags, the
// provider and caller traits), is not reported as well.
use mapi_sys::{ComObject, ComPtr, FlagSet, GUID, Hresult, IMAPIPropImpl, IMAPIPropVtbl, Interface};
use std::mem::{offset_of, size_of};

mapi_sys::include_idl!("tests/ui/syntax_error.idl");

#[derive(ComObject)]
#[mapi(implements(IWidget))]
struct Widget;

impl IMAPIPropImpl for Widget {}

impl IWidgetImpl for Widget {
    fn spin(&self, flags: WidgetSpinFlags) -> Result<(), Hresult> {
        if flags.contains(WidgetSpinFlags::WIDGET_REVERSE) {
            return Err(Hresult(mapi_sys::MAPI_E_NO_SUPPORT));
        }
        Ok(())
    }
}

fn spin(widget: &ComPtr<IWidget>) -> Result<(), Hresult> {
    widget.spin(WidgetSpinFlags::WIDGET_FAST)
}

fn main() {
    assert_eq!(<IWidget as Interface>::IID, IID_IWidget);
    assert_eq!(IID_IWidget, GUID::from_u128(0x6a1e4f7c_2b8d_4c3e_9f10_0123456789ab));
    assert_eq!(size_of::<IMAPIPropVtbl>(), 14 * size_of::<usize>());
    assert_eq!(offset_of!(IWidgetVtbl, Spin), 14 * size_of::<usize>());
    assert_eq!(WIDGET_REVERSE, 2);
    let widget = Widget.into_com();
    assert_eq!(spin(&widget), Ok(()));
}

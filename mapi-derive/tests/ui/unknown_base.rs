// Each IDL error becomes a compile error naming the IDL file, line and
// column. The declarations the file would have made are stubbed, so the code
// below, which uses them, is not reported as well.
use mapi_sys::{ComObject, ComPtr, Interface};
use std::mem::offset_of;

mapi_sys::include_idl!("tests/ui/unknown_base.idl");

#[derive(ComObject)]
#[mapi(implements(IWidget))]
struct Widget;

impl IWidgetImpl for Widget {}

fn spin(widget: &ComPtr<IWidget>) {
    let _ = widget.spin(WidgetSpinFlags::WIDGET_FAST);
}

fn main() {
    assert_eq!(<IWidget as Interface>::IID, IID_IWidget);
    assert_eq!(offset_of!(IWidgetVtbl, Spin), 14 * size_of::<usize>());
    assert_eq!(WIDGET_FAST | WidgetSpinFlags::WIDGET_REVERSE.bits(), 3);
    spin(&Widget.into_com());
}

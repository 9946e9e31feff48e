// An IDL warning is a compiler warning at the path literal, carrying the IDL
// file, line and column. Warnings are denied here so that they show.
#![deny(deprecated)]

mapi_sys::include_idl!("tests/ui/idl_warning.idl");

fn main() {
    let _ = IID_IWidget;
}

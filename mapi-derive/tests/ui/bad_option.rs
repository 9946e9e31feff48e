mapi_sys::include_idl!("tests/ui/widget.idl", bogus);

fn main() {}

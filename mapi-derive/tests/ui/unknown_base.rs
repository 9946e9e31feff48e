// An IDL error becomes a compile error naming the IDL file, line and column.
mapi_sys::include_idl!("tests/ui/unknown_base.idl");

fn main() {}

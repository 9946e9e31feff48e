mapi_sys::include_idl!("tests/ui/no_such_file.idl");

fn main() {}

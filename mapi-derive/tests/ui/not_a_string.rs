mapi_sys::include_idl!(widget);

fn main() {}

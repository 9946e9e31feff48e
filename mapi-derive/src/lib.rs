//! Procedural macros for MAPI interfaces: `include_idl!` and the COM object
//! derives. A placeholder until the Rust backend lands; it exports nothing yet.

// `idl/mapi/mapiwin.idl` as Rust, included by `mod.rs`.
/// String comparison: ignore case.
pub const NORM_IGNORECASE: crate::ULONG = 1;
/// String comparison: ignore diacritics.
pub const NORM_IGNORENONSPACE: crate::ULONG = 2;
/// String comparison: ignore symbols.
pub const NORM_IGNORESYMBOLS: crate::ULONG = 4;
/// String comparison: do not tell Hiragana from Katakana.
pub const NORM_IGNOREKANATYPE: crate::ULONG = 0x10000;
/// String comparison: do not tell single-byte from double-byte forms of a character.
pub const NORM_IGNOREWIDTH: crate::ULONG = 0x20000;
/// The system's ANSI code page.
pub const CP_ACP: crate::ULONG = 0;
/// The system's OEM code page.
pub const CP_OEMCP: crate::ULONG = 1;
/// The suffix of MAPI DLL names on Windows (`"32"`, as in `mapi32.dll`).
pub const szMAPIDLLSuffix: &::core::ffi::CStr = c"32";

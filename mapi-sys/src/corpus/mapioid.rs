// `idl/mapi/mapioid.idl` as Rust, included by `mod.rs`.
/// The arc (10) under the MAPI object identifier prefix of the tag OIDs, as `PR_ATTACH_TAG` holds.
pub const OID_TAG: crate::ULONG = 0xA;
/// The arc (11) under the MAPI object identifier prefix of the encoding OIDs.
pub const OID_ENCODING: crate::ULONG = 0xB;
/// The length in bytes of a MAPI object identifier with two bytes after the MAPI prefix (`DEFINE_OID_1`).
pub const CB_OID_1: crate::ULONG = 9;
/// The length in bytes of a MAPI object identifier with three bytes after the MAPI prefix (`DEFINE_OID_2`).
pub const CB_OID_2: crate::ULONG = 0xA;
/// The length in bytes of a MAPI object identifier with four bytes after the MAPI prefix (`DEFINE_OID_3`).
pub const CB_OID_3: crate::ULONG = 0xB;
/// The length in bytes of a MAPI object identifier with five bytes after the MAPI prefix (`DEFINE_OID_4`).
pub const CB_OID_4: crate::ULONG = 0xC;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: TNEF.
pub const CB_OID_TNEF: crate::ULONG = 9;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: OLE.
pub const CB_OID_OLE: crate::ULONG = 9;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: OLE1.
pub const CB_OID_OLE1: crate::ULONG = 0xA;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: OLE1 storage.
pub const CB_OID_OLE1_STORAGE: crate::ULONG = 0xB;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: OLE2.
pub const CB_OID_OLE2: crate::ULONG = 0xA;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: OLE2 storage.
pub const CB_OID_OLE2_STORAGE: crate::ULONG = 0xB;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: mac binary.
pub const CB_OID_MAC_BINARY: crate::ULONG = 9;
/// The length in bytes of a MAPI object identifier of mapioid.h, `OID_<name>`: mimetag.
pub const CB_OID_MIMETAG: crate::ULONG = 9;

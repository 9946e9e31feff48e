// `idl/mapi/mspst.idl` as Rust, included by `mod.rs`.
/// The first property id of the Personal Folders provider's configuration properties.
#[cfg(feature = "store")]
pub const PST_EXTERN_PROPID_BASE: crate::ULONG = 0x6700;
/// Personal Folders profile property: the path of the .pst file.
#[cfg(feature = "store")]
pub const PR_PST_PATH: u32 = 0x6700001E;
/// Personal Folders profile property: whether the password is kept in the profile.
#[cfg(feature = "store")]
pub const PR_PST_REMEMBER_PW: u32 = 0x6701000B;
/// Personal Folders profile property: the file's encryption (`PSTF_*`).
#[cfg(feature = "store")]
pub const PR_PST_ENCRYPTION: u32 = 0x67020003;
/// Personal Folders profile property: the current password, when changing it.
#[cfg(feature = "store")]
pub const PR_PST_PW_SZ_OLD: u32 = 0x6703001E;
/// Personal Folders profile property: the new password, when changing it.
#[cfg(feature = "store")]
pub const PR_PST_PW_SZ_NEW: u32 = 0x6704001E;
/// A value of `PR_PST_ENCRYPTION`: no encryption.
#[cfg(feature = "store")]
pub const PSTF_NO_ENCRYPTION: crate::DWORD = 0x80000000;
/// A value of `PR_PST_ENCRYPTION`: compressable encryption.
#[cfg(feature = "store")]
pub const PSTF_COMPRESSABLE_ENCRYPTION: crate::DWORD = 0x40000000;
/// A value of `PR_PST_ENCRYPTION`: best encryption.
#[cfg(feature = "store")]
pub const PSTF_BEST_ENCRYPTION: crate::DWORD = 0x20000000;

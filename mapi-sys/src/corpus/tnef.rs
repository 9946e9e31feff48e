// `idl/mapi/tnef.idl` as Rust, included by `mod.rs`.
/// The problems met while encoding or decoding a TNEF stream.
#[cfg(feature = "tnef")]
pub type LPSTnefProblemArray = *mut STnefProblemArray;
/// Pointer to an `ITnef`.
#[cfg(feature = "tnef")]
pub type LPITNEF = *mut ITnef;
/// `OpenTnefStream` (exported by MAPI): opens a TNEF object on a stream, to
/// encode a message into it or decode one from it.
#[cfg(feature = "tnef")]
pub type LPOPENTNEFSTREAM = ::core::option::Option<
    unsafe extern "system" fn(
        lpvSupport: crate::LPVOID,
        lpStream: crate::LPSTREAM,
        lpszStreamName: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
        wKeyVal: crate::WORD,
        lppTNEF: *mut LPITNEF,
    ) -> crate::HRESULT,
>;
/// `OpenTnefStreamEx` (exported by MAPI): as `OpenTnefStream`, with an
/// address book to resolve recipients.
#[cfg(feature = "tnef")]
pub type LPOPENTNEFSTREAMEX = ::core::option::Option<
    unsafe extern "system" fn(
        lpvSupport: crate::LPVOID,
        lpStream: crate::LPSTREAM,
        lpszStreamName: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
        wKeyVal: crate::WORD,
        lpAdressBook: crate::LPADRBOOK,
        lppTNEF: *mut LPITNEF,
    ) -> crate::HRESULT,
>;
/// `GetTnefStreamCodepage` (exported by MAPI): reads the code pages a TNEF
/// stream was written with.
#[cfg(feature = "tnef")]
pub type LPGETTNEFSTREAMCODEPAGE = ::core::option::Option<
    unsafe extern "system" fn(
        lpStream: crate::LPSTREAM,
        lpulCodepage: *mut crate::ULONG,
        lpulSubCodepage: *mut crate::ULONG,
    ) -> crate::HRESULT,
>;
/// A property or attribute that could not be encoded or decoded.
#[cfg(feature = "tnef")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct STnefProblem {
    /// Zero for the message, or the `PR_ATTACH_NUM` of the attachment the
    /// problem is in.
    pub ulComponent: crate::ULONG,
    /// The TNEF attribute concerned (`attMAPIProps` or `attAttachment` when a
    /// whole encapsulation block could not be decoded).
    pub ulAttribute: crate::ULONG,
    /// The property concerned; zero when a whole block could not be decoded.
    pub ulPropTag: crate::ULONG,
    /// What went wrong.
    pub scode: crate::SCODE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "tnef")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STnefProblem>() == 16);
    assert!(::core::mem::align_of::<STnefProblem>() == 4);
    assert!(::core::mem::offset_of!(STnefProblem, ulComponent) == 0);
    assert!(::core::mem::offset_of!(STnefProblem, ulAttribute) == 4);
    assert!(::core::mem::offset_of!(STnefProblem, ulPropTag) == 8);
    assert!(::core::mem::offset_of!(STnefProblem, scode) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "tnef")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STnefProblem>() == 16);
    assert!(::core::mem::align_of::<STnefProblem>() == 4);
    assert!(::core::mem::offset_of!(STnefProblem, ulComponent) == 0);
    assert!(::core::mem::offset_of!(STnefProblem, ulAttribute) == 4);
    assert!(::core::mem::offset_of!(STnefProblem, ulPropTag) == 8);
    assert!(::core::mem::offset_of!(STnefProblem, scode) == 12);
};
/// The problems met while encoding or decoding a TNEF stream.
#[cfg(feature = "tnef")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct STnefProblemArray {
    /// The number of problems.
    pub cProblem: crate::ULONG,
    /// The problems (the array really holds `cProblem` entries).
    pub aProblem: [STnefProblem; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "tnef")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STnefProblemArray>() == 20);
    assert!(::core::mem::align_of::<STnefProblemArray>() == 4);
    assert!(::core::mem::offset_of!(STnefProblemArray, cProblem) == 0);
    assert!(::core::mem::offset_of!(STnefProblemArray, aProblem) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "tnef")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STnefProblemArray>() == 20);
    assert!(::core::mem::align_of::<STnefProblemArray>() == 4);
    assert!(::core::mem::offset_of!(STnefProblemArray, cProblem) == 0);
    assert!(::core::mem::offset_of!(STnefProblemArray, aProblem) == 4);
};
/// `OpenTnefStream`: open the TNEF object to decode the stream (read-only);
/// zero, the default.
#[cfg(feature = "tnef")]
pub const TNEF_DECODE: crate::ULONG = 0;
/// `OpenTnefStream`: open the TNEF object to encode into the stream.
#[cfg(feature = "tnef")]
pub const TNEF_ENCODE: crate::ULONG = 2;
/// `OpenTnefStream`: encode every property into the MAPI encapsulation
/// blocks, for readers that need no down-level attributes.
#[cfg(feature = "tnef")]
pub const TNEF_PURE: crate::ULONG = 0x10000;
/// `OpenTnefStream`: map every property it can to its down-level attribute,
/// for old clients; obsolete.
#[cfg(feature = "tnef")]
pub const TNEF_COMPATIBILITY: crate::ULONG = 0x20000;
/// `OpenTnefStream`: map properties to down-level attributes and also
/// encapsulate those that would lose data; the default mode.
#[cfg(feature = "tnef")]
pub const TNEF_BEST_DATA: crate::ULONG = 0x40000;
/// `OpenTnefStream`: encode component by component with
/// `ITnef::FinishComponent`.
#[cfg(feature = "tnef")]
pub const TNEF_COMPONENT_ENCODING: crate::ULONG = 0x80000000;
/// `ITnef::AddProps`, `ExtractProps`: process the properties listed.
#[cfg(feature = "tnef")]
pub const TNEF_PROP_INCLUDE: crate::ULONG = 1;
/// `ITnef::AddProps`, `ExtractProps`: process every property but those
/// listed.
#[cfg(feature = "tnef")]
pub const TNEF_PROP_EXCLUDE: crate::ULONG = 2;
/// `ITnef::AddProps`, `SetProps`: only the properties of the attachment
/// given by `ulElemID`.
#[cfg(feature = "tnef")]
pub const TNEF_PROP_CONTAINED: crate::ULONG = 4;
/// `ITnef::AddProps`: only the properties listed that belong to the message
/// itself.
#[cfg(feature = "tnef")]
pub const TNEF_PROP_MESSAGE_ONLY: crate::ULONG = 8;
/// `ITnef::AddProps`: only the properties listed that belong to attachments.
#[cfg(feature = "tnef")]
pub const TNEF_PROP_ATTACHMENTS_ONLY: crate::ULONG = 0x10;
/// `ITnef::AddProps`: only the properties of the message or attachment given
/// by `ulElemID`, whose data is an `IStream` holding TNEF.
#[cfg(feature = "tnef")]
pub const TNEF_PROP_CONTAINED_TNEF: crate::ULONG = 0x40;
/// `ITnef::FinishComponent`: finish the message.
#[cfg(feature = "tnef")]
pub const TNEF_COMPONENT_MESSAGE: crate::ULONG = 0x1000;
/// `ITnef::FinishComponent`: finish one attachment.
#[cfg(feature = "tnef")]
pub const TNEF_COMPONENT_ATTACHMENT: crate::ULONG = 0x2000;
/// The signature a TNEF stream starts with.
#[cfg(feature = "tnef")]
pub const TNEF_SIGNATURE: crate::ULONG = 0x223E9F78;
/// The TNEF version these headers write (1.0).
#[cfg(feature = "tnef")]
pub const TNEF_VERSION: crate::ULONG = 0x10000;
/// Flags of `ITnef::AddProps`.
#[cfg(feature = "tnef")]
pub type TnefAddPropsFlags = crate::Flags<TnefAddPropsFlagsGroup>;
/// The group of [`TnefAddPropsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefAddPropsFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefAddPropsFlagsGroup {
    const IN_MASK: u32 = 0x0000005F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TNEF_PROP_ATTACHMENTS_ONLY", 0x00000010),
        ("TNEF_PROP_CONTAINED", 0x00000004),
        ("TNEF_PROP_CONTAINED_TNEF", 0x00000040),
        ("TNEF_PROP_EXCLUDE", 0x00000002),
        ("TNEF_PROP_INCLUDE", 0x00000001),
        ("TNEF_PROP_MESSAGE_ONLY", 0x00000008),
    ];
}
#[cfg(feature = "tnef")]
impl crate::Flags<TnefAddPropsFlagsGroup> {
    /// Encode only the listed properties that belong to attachments.
    ///
    /// `TNEF_PROP_ATTACHMENTS_ONLY` (`0x10`), valid on input.
    pub const ATTACHMENTS_ONLY: Self = Self::from_bits_retain(0x00000010);
    /// Encode only the properties of the attachment `ulElemID`; data at
    /// `lpvData` replaces the attachment's data.
    ///
    /// `TNEF_PROP_CONTAINED` (`0x4`), valid on input.
    pub const CONTAINED: Self = Self::from_bits_retain(0x00000004);
    /// Encode only the properties of the message or attachment `ulElemID`;
    /// `lpvData` is an `IStream`.
    ///
    /// `TNEF_PROP_CONTAINED_TNEF` (`0x40`), valid on input.
    pub const CONTAINED_TNEF: Self = Self::from_bits_retain(0x00000040);
    /// Encode every property except the listed ones.
    ///
    /// `TNEF_PROP_EXCLUDE` (`0x2`), valid on input.
    pub const EXCLUDE: Self = Self::from_bits_retain(0x00000002);
    /// Encode the listed properties.
    ///
    /// `TNEF_PROP_INCLUDE` (`0x1`), valid on input.
    pub const INCLUDE: Self = Self::from_bits_retain(0x00000001);
    /// Encode only the listed properties that belong to the message itself.
    ///
    /// `TNEF_PROP_MESSAGE_ONLY` (`0x8`), valid on input.
    pub const MESSAGE_ONLY: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `ITnef::ExtractProps`.
#[cfg(feature = "tnef")]
pub type TnefExtractPropsFlags = crate::Flags<TnefExtractPropsFlagsGroup>;
/// The group of [`TnefExtractPropsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefExtractPropsFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefExtractPropsFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TNEF_PROP_EXCLUDE", 0x00000002),
        ("TNEF_PROP_INCLUDE", 0x00000001),
    ];
}
#[cfg(feature = "tnef")]
impl crate::Flags<TnefExtractPropsFlagsGroup> {
    /// Decode every property except the listed ones.
    ///
    /// `TNEF_PROP_EXCLUDE` (`0x2`), valid on input.
    pub const EXCLUDE: Self = Self::from_bits_retain(0x00000002);
    /// Decode the listed properties.
    ///
    /// `TNEF_PROP_INCLUDE` (`0x1`), valid on input.
    pub const INCLUDE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `ITnef::Finish` and `ITnef::EncodeRecips`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "tnef")]
pub type TnefReservedFlags = crate::Flags<TnefReservedFlagsGroup>;
/// The group of [`TnefReservedFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefReservedFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefReservedFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `ITnef::OpenTaggedBody`.
#[cfg(feature = "tnef")]
pub type TnefOpenTaggedBodyFlags = crate::Flags<TnefOpenTaggedBodyFlagsGroup>;
/// The group of [`TnefOpenTaggedBodyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefOpenTaggedBodyFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefOpenTaggedBodyFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_CREATE", 0x00000002),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
#[cfg(feature = "tnef")]
impl crate::Flags<TnefOpenTaggedBodyFlagsGroup> {
    /// Create the body property if the message lacks it, or replace its data
    /// with the TNEF stream's; give `MAPI_MODIFY` with it.
    ///
    /// `MAPI_CREATE` (`0x2`), valid on input.
    pub const CREATE: Self = Self::from_bits_retain(0x00000002);
    /// Open the stream for reading and writing; read-only otherwise.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `ITnef::SetProps`.
#[cfg(feature = "tnef")]
pub type TnefSetPropsFlags = crate::Flags<TnefSetPropsFlagsGroup>;
/// The group of [`TnefSetPropsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefSetPropsFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefSetPropsFlagsGroup {
    const IN_MASK: u32 = 0x00000004;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("TNEF_PROP_CONTAINED", 0x00000004)];
}
#[cfg(feature = "tnef")]
impl crate::Flags<TnefSetPropsFlagsGroup> {
    /// Set the properties of the attachment `ulElemID`.
    ///
    /// `TNEF_PROP_CONTAINED` (`0x4`), valid on input.
    pub const TNEF_PROP_CONTAINED: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `ITnef::FinishComponent`: exactly one of them.
#[cfg(feature = "tnef")]
pub type TnefFinishComponentFlags = crate::Flags<TnefFinishComponentFlagsGroup>;
/// The group of [`TnefFinishComponentFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefFinishComponentFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefFinishComponentFlagsGroup {
    const IN_MASK: u32 = 0x00003000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00003000];
    const REQUIRED: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TNEF_COMPONENT_ATTACHMENT", 0x00002000),
        ("TNEF_COMPONENT_MESSAGE", 0x00001000),
    ];
}
#[cfg(feature = "tnef")]
impl crate::Flags<TnefFinishComponentFlagsGroup> {
    /// Finish an attachment; `ulComponentID` is its `PR_ATTACH_NUM`.
    ///
    /// `TNEF_COMPONENT_ATTACHMENT` (`0x2000`), valid on input.
    pub const ATTACHMENT: Self = Self::from_bits_retain(0x00002000);
    /// Finish the message; `ulComponentID` is zero.
    ///
    /// `TNEF_COMPONENT_MESSAGE` (`0x1000`), valid on input.
    pub const MESSAGE: Self = Self::from_bits_retain(0x00001000);
}
/// Flags of `OpenTnefStream` and `OpenTnefStreamEx`: the direction (encode,
/// or decode with no bit) and the mapping mode.
#[cfg(feature = "tnef")]
pub type TnefOpenFlags = crate::Flags<TnefOpenFlagsGroup>;
/// The group of [`TnefOpenFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "tnef")]
pub enum TnefOpenFlagsGroup {}
#[cfg(feature = "tnef")]
impl crate::FlagGroup for TnefOpenFlagsGroup {
    const IN_MASK: u32 = 0x80070002;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000002, 0x00070000];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TNEF_DECODE", 0x00000000),
        ("TNEF_ENCODE", 0x00000002),
        ("TNEF_PURE", 0x00010000),
        ("TNEF_COMPATIBILITY", 0x00020000),
        ("TNEF_BEST_DATA", 0x00040000),
        ("TNEF_COMPONENT_ENCODING", 0x80000000),
    ];
}
#[cfg(feature = "tnef")]
impl crate::Flags<TnefOpenFlagsGroup> {
    /// Decode (zero, the default): the stream is read.
    ///
    /// `TNEF_DECODE` (`0x0`), valid on input.
    pub const DECODE: Self = Self::from_bits_retain(0x00000000);
    /// Encode: the stream is written.
    ///
    /// `TNEF_ENCODE` (`0x2`), valid on input.
    pub const ENCODE: Self = Self::from_bits_retain(0x00000002);
    /// Encode everything into MAPI encapsulation blocks.
    ///
    /// `TNEF_PURE` (`0x10000`), valid on input.
    pub const PURE: Self = Self::from_bits_retain(0x00010000);
    /// Map every property to its down-level attribute; obsolete.
    ///
    /// `TNEF_COMPATIBILITY` (`0x20000`), valid on input.
    pub const COMPATIBILITY: Self = Self::from_bits_retain(0x00020000);
    /// Map to down-level attributes and encapsulate what would lose data
    /// (the default mode).
    ///
    /// `TNEF_BEST_DATA` (`0x40000`), valid on input.
    pub const BEST_DATA: Self = Self::from_bits_retain(0x00040000);
    /// Encode component by component (`ITnef::FinishComponent`).
    ///
    /// `TNEF_COMPONENT_ENCODING` (`0x80000000`), valid on input.
    pub const COMPONENT_ENCODING: Self = Self::from_bits_retain(0x80000000);
}
#[cfg(feature = "tnef")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Creates a TNEF object on a stream, to encode a message (with its
    /// attachments) into it or decode one from it; the original entry
    /// point, kept for compatibility: prefer `OpenTnefStreamEx`.
    ///
    /// The object holds references on the support object, the stream and
    /// the message until the caller releases it. Returns `S_OK` when the
    /// object was returned.
    ///
    /// # Parameters
    ///
    /// - `lpvSupport` (`LPVOID`, in): The caller's support object (an `IMAPISupport`), or null.
    /// - `lpStream` (`LPSTREAM`, in): The stream the TNEF data is read from or written to.
    /// - `lpszStreamName` (`LPSTR`, in): Name of the stream's data, a valid file name without `[`, `]` or `:` and at most `MAX_PATH` long; required (and not empty) to encode.
    /// - `ulFlags` (`ULONG`, in): The direction (`TNEF_DECODE` or `TNEF_ENCODE`) and the mapping mode.
    /// - `lpMessage` (`LPMESSAGE`, in): The message decoded into (its properties may be overwritten) or encoded from.
    /// - `wKeyVal` (`WORD`, in): Key matching attachments to their tags in the text; should vary from message to message.
    /// - `lppTNEF` (`LPITNEF*`, out): Receives the TNEF object.
    pub fn OpenTnefStream(
        lpvSupport: crate::LPVOID,
        lpStream: crate::LPSTREAM,
        lpszStreamName: crate::LPSTR,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
        wKeyVal: crate::WORD,
        lppTNEF: *mut LPITNEF,
    ) -> crate::HRESULT;
}
#[cfg(feature = "tnef")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Creates a TNEF object on a stream, to encode a message (with its
    /// attachments) into it or decode one from it, with an address book to
    /// resolve recipients; the entry point to use.
    ///
    /// The object holds references on the support object, the stream and
    /// the message until the caller releases it. Returns `S_OK` when the
    /// object was returned.
    ///
    /// # Parameters
    ///
    /// - `lpvSupport` (`LPVOID`, in): The caller's support object (an `IMAPISupport`), or null; then `lpAddressBook` should be given.
    /// - `lpStream` (`LPSTREAM`, in): The stream the TNEF data is read from or written to.
    /// - `lpszStreamName` (`LPSTR`, in): Name of the stream's data, a valid file name without `[`, `]` or `:` and at most `MAX_PATH` long; required (and not empty) to encode.
    /// - `ulFlags` (`ULONG`, in): The direction (`TNEF_DECODE` or `TNEF_ENCODE`) and the mapping mode.
    /// - `lpMessage` (`LPMESSAGE`, in): The message decoded into (its properties may be overwritten) or encoded from.
    /// - `wKeyVal` (`WORD`, in): Key matching attachments to their tags in the text: not zero, and different from call to call (a random number, say).
    /// - `lpAddressBook` (`LPADRBOOK`, in): The address book that turns entry identifiers into addresses; may be null when `lpvSupport` is given.
    /// - `lppTNEF` (`LPITNEF*`, out): Receives the TNEF object.
    pub fn OpenTnefStreamEx(
        lpvSupport: crate::LPVOID,
        lpStream: crate::LPSTREAM,
        lpszStreamName: crate::LPSTR,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
        wKeyVal: crate::WORD,
        lpAddressBook: crate::LPADRBOOK,
        lppTNEF: *mut LPITNEF,
    ) -> crate::HRESULT;
}
#[cfg(feature = "tnef")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Reads the code page and sub-code page a TNEF stream was written
    /// with, from its `attOemCodepage` attribute; a stream without one
    /// gives code page 437 and sub-code page 0.
    ///
    /// Returns:
    /// - `S_OK`: both values were returned.
    /// - `MAPI_E_NOT_ENOUGH_DISK`: an attribute of the stream could not be
    ///   read.
    /// - `MAPI_E_CORRUPT_DATA`: the stream is not TNEF, or its
    ///   `attOemCodepage` is unreadable.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): The TNEF stream.
    /// - `lpulCodepage` (`ULONG*`, out): Receives the code page.
    /// - `lpulSubCodepage` (`ULONG*`, out): Receives the sub-code page.
    pub fn GetTnefStreamCodepage(
        lpStream: crate::LPSTREAM,
        lpulCodepage: *mut crate::ULONG,
        lpulSubCodepage: *mut crate::ULONG,
    ) -> crate::HRESULT;
}
/// A TNEF object: encodes the properties of a message and its attachments
/// into a Transport-Neutral Encapsulation Format stream, or decodes such a
/// stream back into a message, so that properties a messaging system cannot
/// carry survive the trip as an attachment.
///
/// MAPI implements it; transports, stores and gateways get it from
/// `OpenTnefStream` or `OpenTnefStreamEx`, opened either to encode or to
/// decode.
#[cfg(feature = "tnef")]
#[repr(C)]
pub struct ITnef {
    /// The object's vtable.
    pub lpVtbl: *const ITnefVtbl,
}
/// The vtable of [`ITnef`]: its methods in slot order, after its base's.
#[cfg(feature = "tnef")]
#[repr(C)]
pub struct ITnefVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Lists properties to include in, or exclude from, the encapsulation of
    /// the message or of an attachment, and says how attachments are
    /// handled. Successive calls add to the lists.
    ///
    /// Nothing is encoded until `Finish`; until then the object keeps the
    /// pointers passed in.
    ///
    /// Returns `S_OK` when the properties were recorded.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_ENCODE` support
    /// it. Keep the tag array and the data valid until `Finish` returns.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing which properties are encoded.
    /// - `ulElemID` (`ULONG`, in): The `PR_ATTACH_NUM` of the attachment concerned with `TNEF_PROP_CONTAINED` or `TNEF_PROP_CONTAINED_TNEF`; zero otherwise.
    /// - `lpvData` (`LPVOID`, in): Data replacing the attachment's (an `IStream` with `TNEF_PROP_CONTAINED_TNEF`); null unless one of the `CONTAINED` flags is set. It must stay valid until `Finish`.
    /// - `lpPropList` (`LPSPropTagArray`, in): The properties to include or exclude. It must stay valid until `Finish`.
    pub AddProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulElemID: crate::ULONG,
        lpvData: crate::LPVOID,
        lpPropList: crate::LPSPropTagArray,
    ) -> crate::HRESULT,
    /// Decodes properties from the encapsulation into the message given to
    /// `OpenTnefStream`, at once, overwriting what the message has.
    ///
    /// Problems do not stop the decoding; they are reported in the problem
    /// array, and everything not reported there was decoded.
    ///
    /// Returns:
    /// - `S_OK`: the properties were decoded.
    /// - `MAPI_E_CORRUPT_DATA`: the stream is corrupt.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_DECODE` support
    /// it. The problem array is valid only with `S_OK`; free it with
    /// `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing which properties are decoded.
    /// - `lpPropList` (`LPSPropTagArray`, in): The properties to decode or to leave out.
    /// - `lpProblems` (`LPSTnefProblemArray*`, out): Receives the problems met, if any; null if they are not wanted.
    pub ExtractProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpPropList: crate::LPSPropTagArray,
        lpProblems: *mut LPSTnefProblemArray,
    ) -> crate::HRESULT,
    /// Carries out what `AddProps` and `SetProps` queued: encodes into the
    /// stream (an object opened with `TNEF_ENCODE`) or decodes into the
    /// message (`TNEF_DECODE`).
    ///
    /// Afterwards the stream's seek pointer is at the end of the TNEF data:
    /// seek back to read it. Problems are reported as by `ExtractProps`.
    ///
    /// Returns `S_OK` when the queued work was done.
    ///
    /// **Notes to callers.** The problem array is valid only with `S_OK`;
    /// free it with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpKey` (`WORD*`, out): Receives the key matching attachments to their placement tags in the message text.
    /// - `lpProblems` (`LPSTnefProblemArray*`, out): Receives the problems met, if any; null if they are not wanted.
    pub Finish: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpKey: *mut crate::WORD,
        lpProblems: *mut LPSTnefProblemArray,
    ) -> crate::HRESULT,
    /// Opens a stream on the body text of an encapsulated message, with
    /// attachment placement tags.
    ///
    /// Reading, the tags `[[name : n in container]]` are inserted where
    /// attachments were in the text (the message is not changed); writing,
    /// tags are taken out and the attachments put at their places.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message the stream belongs to; not necessarily the one given to `OpenTnefStream`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access.
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream on the `PR_BODY` text.
    pub OpenTaggedBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        ulFlags: crate::ULONG,
        lppStream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT,
    /// Sets properties of the encapsulated message or of an attachment
    /// without changing the original; they override the originals' values.
    ///
    /// Nothing is encoded until `Finish`; until then the object keeps the
    /// pointers passed in.
    ///
    /// Returns `S_OK` when the values were recorded.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_ENCODE` support
    /// it. Keep the values valid until `Finish` returns.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags.
    /// - `ulElemID` (`ULONG`, in): The `PR_ATTACH_NUM` of the attachment with `TNEF_PROP_CONTAINED`.
    /// - `cValues` (`ULONG`, in): Number of values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): The values. They must stay valid until `Finish`.
    pub SetProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulElemID: crate::ULONG,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Encodes a view of the message's recipient table (its columns, sort
    /// order, restriction and position) into the stream.
    ///
    /// With a null table, the message's own recipient table is encoded
    /// whole, as `AddProps` with `TNEF_PROP_INCLUDE` and
    /// `PR_MESSAGE_RECIPIENTS` would.
    ///
    /// Returns `S_OK` when the recipients were encoded.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpRecipientTable` (`LPMAPITABLE`, in): The recipient table view to encode; may be null.
    pub EncodeRecips: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpRecipientTable: crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Encodes one component, the message or one attachment, into the
    /// stream, for objects opened with `TNEF_COMPONENT_ENCODING`.
    ///
    /// The custom values are encoded as by `SetProps`, the listed properties
    /// as by `AddProps` with `TNEF_PROP_INCLUDE`, in one call. Problems are
    /// reported as by `ExtractProps`.
    ///
    /// Returns `S_OK` when the component was encoded.
    ///
    /// **Notes to callers.** The problem array is valid only with `S_OK`;
    /// free it with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Which component: exactly one flag.
    /// - `ulComponentID` (`ULONG`, in): Zero for the message, or the attachment's `PR_ATTACH_NUM`.
    /// - `lpCustomPropList` (`LPSPropTagArray`, in): Tags of the values at `lpCustomProps`, one per value; may be null.
    /// - `lpCustomProps` (`LPSPropValue`, in): Values to encode, one per tag of `lpCustomPropList`; may be null.
    /// - `lpPropList` (`LPSPropTagArray`, in): Properties of the component to encode; may be null.
    /// - `lppProblems` (`LPSTnefProblemArray*`, out): Receives the problems met, if any; null if they are not wanted.
    pub FinishComponent: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulComponentID: crate::ULONG,
        lpCustomPropList: crate::LPSPropTagArray,
        lpCustomProps: crate::LPSPropValue,
        lpPropList: crate::LPSPropTagArray,
        lppProblems: *mut LPSTnefProblemArray,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`ITnef`]: `{00020319-0000-0000-C000-000000000046}`.
#[cfg(feature = "tnef")]
pub const IID_ITnef: crate::GUID = crate::GUID::from_u128(
    0x00020319_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "tnef")]
#[automatically_derived]
unsafe impl crate::Interface for ITnef {
    const IID: crate::GUID = IID_ITnef;
    const NAME: &'static str = "ITnef";
    type Vtbl = ITnefVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_ITnef || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "tnef")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<ITnefVtbl>() == 10 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "tnef"))]
/// The provider side of [`ITnef`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `ITnefImpl`, the provider side of `ITnef`",
    label = "`ITnef` needs `impl ITnefImpl for {Self}`",
    note = "write `impl ITnefImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait ITnefImpl: crate::__private::Declares<
        ITnef,
        0x00020319_0000_0000_c000_000000000046,
    > {
    /// Lists properties to include in, or exclude from, the encapsulation of
    /// the message or of an attachment, and says how attachments are
    /// handled. Successive calls add to the lists.
    ///
    /// Nothing is encoded until `Finish`; until then the object keeps the
    /// pointers passed in.
    ///
    /// Returns `S_OK` when the properties were recorded.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_ENCODE` support
    /// it. Keep the tag array and the data valid until `Finish` returns.
    ///
    /// Called through slot 3 ([`ITnefVtbl::AddProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpvData` (`LPVOID`): Data replacing the attachment's (an `IStream` with `TNEF_PROP_CONTAINED_TNEF`); null unless one of the `CONTAINED` flags is set. It must stay valid until `Finish`. It is passed on as the caller gave it, unchecked beyond null: the caller keeps it valid after the call for as long as the method's contract says, and the implementation may keep it that long, reading or writing through it only as that contract says.
    ///
    /// `lpPropList` (`LPSPropTagArray`): The properties to include or exclude. It must stay valid until `Finish`. It is passed on as the caller gave it, unchecked beyond null: the caller keeps it valid after the call for as long as the method's contract says, and the implementation may keep it that long, reading or writing through it only as that contract says.
    unsafe fn add_props(
        &self,
        ulFlags: TnefAddPropsFlags,
        ulElemID: crate::ULONG,
        lpvData: crate::LPVOID,
        lpPropList: crate::LPSPropTagArray,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, ulElemID, lpvData, lpPropList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Decodes properties from the encapsulation into the message given to
    /// `OpenTnefStream`, at once, overwriting what the message has.
    ///
    /// Problems do not stop the decoding; they are reported in the problem
    /// array, and everything not reported there was decoded.
    ///
    /// Returns:
    /// - `S_OK`: the properties were decoded.
    /// - `MAPI_E_CORRUPT_DATA`: the stream is corrupt.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_DECODE` support
    /// it. The problem array is valid only with `S_OK`; free it with
    /// `MAPIFreeBuffer`.
    ///
    /// Called through slot 4 ([`ITnefVtbl::ExtractProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn extract_props(
        &self,
        ulFlags: TnefExtractPropsFlags,
        lpPropList: &[crate::value::PropTag],
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::TnefProblem>,
        crate::Hresult,
    > {
        let _ = (ulFlags, lpPropList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Carries out what `AddProps` and `SetProps` queued: encodes into the
    /// stream (an object opened with `TNEF_ENCODE`) or decodes into the
    /// message (`TNEF_DECODE`).
    ///
    /// Afterwards the stream's seek pointer is at the end of the TNEF data:
    /// seek back to read it. Problems are reported as by `ExtractProps`.
    ///
    /// Returns `S_OK` when the queued work was done.
    ///
    /// **Notes to callers.** The problem array is valid only with `S_OK`;
    /// free it with `MAPIFreeBuffer`.
    ///
    /// Called through slot 5 ([`ITnefVtbl::Finish`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn finish(
        &self,
        ulFlags: TnefReservedFlags,
    ) -> ::core::result::Result<
        (crate::WORD, ::std::vec::Vec<crate::value::TnefProblem>),
        crate::Hresult,
    > {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a stream on the body text of an encapsulated message, with
    /// attachment placement tags.
    ///
    /// Reading, the tags `[[name : n in container]]` are inserted where
    /// attachments were in the text (the message is not changed); writing,
    /// tags are taken out and the attachments put at their places.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// Called through slot 6 ([`ITnefVtbl::OpenTaggedBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_tagged_body(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
        ulFlags: TnefOpenTaggedBodyFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let _ = (lpMessage, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets properties of the encapsulated message or of an attachment
    /// without changing the original; they override the originals' values.
    ///
    /// Nothing is encoded until `Finish`; until then the object keeps the
    /// pointers passed in.
    ///
    /// Returns `S_OK` when the values were recorded.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_ENCODE` support
    /// it. Keep the values valid until `Finish` returns.
    ///
    /// Called through slot 7 ([`ITnefVtbl::SetProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpProps` (`LPSPropValue`): The values. They must stay valid until `Finish`. It is passed on as the caller gave it, unchecked beyond null: the caller keeps it valid after the call for as long as the method's contract says, and the implementation may keep it that long, reading or writing through it only as that contract says.
    unsafe fn set_props(
        &self,
        ulFlags: TnefSetPropsFlags,
        ulElemID: crate::ULONG,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, ulElemID, cValues, lpProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Encodes a view of the message's recipient table (its columns, sort
    /// order, restriction and position) into the stream.
    ///
    /// With a null table, the message's own recipient table is encoded
    /// whole, as `AddProps` with `TNEF_PROP_INCLUDE` and
    /// `PR_MESSAGE_RECIPIENTS` would.
    ///
    /// Returns `S_OK` when the recipients were encoded.
    ///
    /// Called through slot 8 ([`ITnefVtbl::EncodeRecips`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn encode_recips(
        &self,
        ulFlags: TnefReservedFlags,
        lpRecipientTable: ::core::option::Option<crate::ComPtr<crate::IMAPITable>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpRecipientTable);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Encodes one component, the message or one attachment, into the
    /// stream, for objects opened with `TNEF_COMPONENT_ENCODING`.
    ///
    /// The custom values are encoded as by `SetProps`, the listed properties
    /// as by `AddProps` with `TNEF_PROP_INCLUDE`, in one call. Problems are
    /// reported as by `ExtractProps`.
    ///
    /// Returns `S_OK` when the component was encoded.
    ///
    /// **Notes to callers.** The problem array is valid only with `S_OK`;
    /// free it with `MAPIFreeBuffer`.
    ///
    /// Called through slot 9 ([`ITnefVtbl::FinishComponent`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn finish_component(
        &self,
        ulFlags: TnefFinishComponentFlags,
        ulComponentID: crate::ULONG,
        lpCustomPropList: ::core::option::Option<&[crate::value::PropTag]>,
        lpCustomProps: ::core::option::Option<&[crate::value::PropRef<'_>]>,
        lpPropList: ::core::option::Option<&[crate::value::PropTag]>,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::TnefProblem>,
        crate::Hresult,
    > {
        let _ = (ulFlags, ulComponentID, lpCustomPropList, lpCustomProps, lpPropList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "tnef"))]
impl ITnefVtbl {
    /// A vtable of [`ITnef`] whose slots check their arguments and call [`ITnefImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: ITnefImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            AddProps: {
                /// `ITnef::AddProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulElemID: crate::ULONG,
                    lpvData: crate::LPVOID,
                    lpPropList: crate::LPSPropTagArray,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <TnefAddPropsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpPropList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = arg0;
                        let __c1 = ulElemID;
                        let __c2 = lpvData;
                        let __c3 = lpPropList;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as ITnefImpl>::add_props(
                                object.inner(),
                                __c0,
                                __c1,
                                __c2,
                                __c3,
                            )
                        } {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ExtractProps: {
                /// `ITnef::ExtractProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpPropList: crate::LPSPropTagArray,
                    lpProblems: *mut LPSTnefProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        if !lpProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpProblems, 0, 1) };
                        }
                        let arg0 = match <TnefExtractPropsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpPropList.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITnefImpl>::extract_props(
                            object.inner(),
                            arg0,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = if !lpProblems.is_null() && !arg2.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_tnef_problems(__alloc, &arg2)
                                            }
                                            ::core::result::Result::Err(__e) => {
                                                ::core::result::Result::Err(__e)
                                            }
                                        } {
                                            ::core::result::Result::Ok(b) => b,
                                            ::core::result::Result::Err(e) => return e.0,
                                        },
                                    )
                                } else {
                                    ::core::option::Option::None
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lpProblems.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Finish: {
                /// `ITnef::Finish`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpKey: *mut crate::WORD,
                    lpProblems: *mut LPSTnefProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        if !lpKey.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpKey, 0, 1) };
                        }
                        if !lpProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpProblems, 0, 1) };
                        }
                        let arg0 = match <TnefReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpKey.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as ITnefImpl>::finish(object.inner(), arg0) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg1, arg2) = __outs;
                                let __buf2 = if !lpProblems.is_null() && !arg2.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_tnef_problems(__alloc, &arg2)
                                            }
                                            ::core::result::Result::Err(__e) => {
                                                ::core::result::Result::Err(__e)
                                            }
                                        } {
                                            ::core::result::Result::Ok(b) => b,
                                            ::core::result::Result::Err(e) => return e.0,
                                        },
                                    )
                                } else {
                                    ::core::option::Option::None
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpKey.write(arg1) };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lpProblems.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenTaggedBody: {
                /// `ITnef::OpenTaggedBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    ulFlags: crate::ULONG,
                    lppStream: *mut crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        if !lppStream.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppStream, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <TnefOpenTaggedBodyFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppStream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITnefImpl>::open_tagged_body(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppStream.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetProps: {
                /// `ITnef::SetProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulElemID: crate::ULONG,
                    cValues: crate::ULONG,
                    lpProps: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <TnefSetPropsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpProps.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = arg0;
                        let __c1 = ulElemID;
                        let __c2 = cValues;
                        let __c3 = lpProps;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as ITnefImpl>::set_props(
                                object.inner(),
                                __c0,
                                __c1,
                                __c2,
                                __c3,
                            )
                        } {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EncodeRecips: {
                /// `ITnef::EncodeRecips`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpRecipientTable: crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <TnefReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPITable,
                            >::from_borrowed(
                                lpRecipientTable.cast::<crate::IMAPITable>(),
                            )
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITnefImpl>::encode_recips(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FinishComponent: {
                /// `ITnef::FinishComponent`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulComponentID: crate::ULONG,
                    lpCustomPropList: crate::LPSPropTagArray,
                    lpCustomProps: crate::LPSPropValue,
                    lpPropList: crate::LPSPropTagArray,
                    lppProblems: *mut LPSTnefProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: ITnefImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProblems, 0, 1) };
                        }
                        let arg0 = match <TnefFinishComponentFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg2 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpCustomPropList.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = if lpCustomProps.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes one property value
                                // per tag at a non-null `lpCustomProps`,
                                // readable for the call; the view checks the
                                // count and reads each value as its type says.
                                match unsafe {
                                    crate::value::PropRef::slice_from_raw(
                                        lpCustomProps.cast_const().cast(),
                                        <crate::ULONG as ::core::convert::TryFrom<
                                            usize,
                                        >>::try_from(arg2.as_ref().map_or(0, |t| t.len()))
                                            .unwrap_or(crate::ULONG::MAX),
                                    )
                                } {
                                    ::core::result::Result::Ok(v) => v,
                                    ::core::result::Result::Err(__e) => {
                                        return crate::Hresult::from(__e).0;
                                    }
                                },
                            )
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg4 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpPropList.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITnefImpl>::finish_component(
                            object.inner(),
                            arg0,
                            ulComponentID,
                            arg2.as_deref(),
                            arg3.as_deref(),
                            arg4.as_deref(),
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                let __buf5 = if !lppProblems.is_null() && !arg5.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_tnef_problems(__alloc, &arg5)
                                            }
                                            ::core::result::Result::Err(__e) => {
                                                ::core::result::Result::Err(__e)
                                            }
                                        } {
                                            ::core::result::Result::Ok(b) => b,
                                            ::core::result::Result::Err(e) => return e.0,
                                        },
                                    )
                                } else {
                                    ::core::option::Option::None
                                };
                                if let ::core::option::Option::Some(__buf5) = __buf5 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppProblems.write(__buf5.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "tnef"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for ITnef {
    const IIDS: &'static [u128] = &[
        0x00020319_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "tnef"))]
/// SAFETY: `ITnef` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for ITnef {}
#[cfg(all(feature = "client", feature = "tnef"))]
/// SAFETY: every interface begins with itself (`ITnef`).
#[automatically_derived]
unsafe impl crate::Inherits<ITnef> for ITnef {}
#[cfg(all(feature = "client", feature = "tnef"))]
/// The caller side of [`ITnef`]: its methods, called through the vtable, on every `ComPtr` to `ITnef` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait ITnefExt {
    /// Lists properties to include in, or exclude from, the encapsulation of
    /// the message or of an attachment, and says how attachments are
    /// handled. Successive calls add to the lists.
    ///
    /// Nothing is encoded until `Finish`; until then the object keeps the
    /// pointers passed in.
    ///
    /// Returns `S_OK` when the properties were recorded.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_ENCODE` support
    /// it. Keep the tag array and the data valid until `Finish` returns.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing which properties are encoded.
    /// - `ulElemID` (`ULONG`, in): The `PR_ATTACH_NUM` of the attachment concerned with `TNEF_PROP_CONTAINED` or `TNEF_PROP_CONTAINED_TNEF`; zero otherwise.
    /// - `lpvData` (`LPVOID`, in): Data replacing the attachment's (an `IStream` with `TNEF_PROP_CONTAINED_TNEF`); null unless one of the `CONTAINED` flags is set. It must stay valid until `Finish`.
    /// - `lpPropList` (`LPSPropTagArray`, in): The properties to include or exclude. It must stay valid until `Finish`.
    ///
    /// Calls slot 3 of the vtable, [`ITnefVtbl::AddProps`].
    ///
    /// # Safety
    ///
    /// - `lpvData` (`LPVOID`) must be null or valid for reads and stay so after the call, for as long as the parameter's documentation says: the object keeps it.
    /// - `lpPropList` (`LPSPropTagArray`) must be valid for reads and stay so after the call, for as long as the parameter's documentation says: the object keeps it.
    unsafe fn add_props(
        &self,
        ulFlags: TnefAddPropsFlags,
        ulElemID: crate::ULONG,
        lpvData: crate::LPVOID,
        lpPropList: crate::LPSPropTagArray,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Decodes properties from the encapsulation into the message given to
    /// `OpenTnefStream`, at once, overwriting what the message has.
    ///
    /// Problems do not stop the decoding; they are reported in the problem
    /// array, and everything not reported there was decoded.
    ///
    /// Returns:
    /// - `S_OK`: the properties were decoded.
    /// - `MAPI_E_CORRUPT_DATA`: the stream is corrupt.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_DECODE` support
    /// it. The problem array is valid only with `S_OK`; free it with
    /// `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing which properties are decoded.
    /// - `lpPropList` (`LPSPropTagArray`, in): The properties to decode or to leave out.
    /// - `lpProblems` (`LPSTnefProblemArray*`, out): Receives the problems met, if any; null if they are not wanted.
    ///
    /// Calls slot 4 of the vtable, [`ITnefVtbl::ExtractProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lpProblems`.
    fn extract_props(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: TnefExtractPropsFlags,
        lpPropList: &[crate::value::PropTag],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::STnefProblemArray>>,
        crate::Hresult,
    >;
    /// Carries out what `AddProps` and `SetProps` queued: encodes into the
    /// stream (an object opened with `TNEF_ENCODE`) or decodes into the
    /// message (`TNEF_DECODE`).
    ///
    /// Afterwards the stream's seek pointer is at the end of the TNEF data:
    /// seek back to read it. Problems are reported as by `ExtractProps`.
    ///
    /// Returns `S_OK` when the queued work was done.
    ///
    /// **Notes to callers.** The problem array is valid only with `S_OK`;
    /// free it with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpKey` (`WORD*`, out): Receives the key matching attachments to their placement tags in the message text.
    /// - `lpProblems` (`LPSTnefProblemArray*`, out): Receives the problems met, if any; null if they are not wanted.
    ///
    /// Calls slot 5 of the vtable, [`ITnefVtbl::Finish`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `(lpKey, lpProblems)`.
    fn finish(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: TnefReservedFlags,
    ) -> ::core::result::Result<
        (
            crate::WORD,
            ::core::option::Option<crate::value::MapiBuffer<crate::STnefProblemArray>>,
        ),
        crate::Hresult,
    >;
    /// Opens a stream on the body text of an encapsulated message, with
    /// attachment placement tags.
    ///
    /// Reading, the tags `[[name : n in container]]` are inserted where
    /// attachments were in the text (the message is not changed); writing,
    /// tags are taken out and the attachments put at their places.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message the stream belongs to; not necessarily the one given to `OpenTnefStream`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access.
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream on the `PR_BODY` text.
    ///
    /// Calls slot 6 of the vtable, [`ITnefVtbl::OpenTaggedBody`]. In Rust:
    ///
    /// - Returns `lppStream`.
    fn open_tagged_body(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        ulFlags: TnefOpenTaggedBodyFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult>;
    /// Sets properties of the encapsulated message or of an attachment
    /// without changing the original; they override the originals' values.
    ///
    /// Nothing is encoded until `Finish`; until then the object keeps the
    /// pointers passed in.
    ///
    /// Returns `S_OK` when the values were recorded.
    ///
    /// **Notes to callers.** Only objects opened with `TNEF_ENCODE` support
    /// it. Keep the values valid until `Finish` returns.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags.
    /// - `ulElemID` (`ULONG`, in): The `PR_ATTACH_NUM` of the attachment with `TNEF_PROP_CONTAINED`.
    /// - `cValues` (`ULONG`, in): Number of values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): The values. They must stay valid until `Finish`.
    ///
    /// Calls slot 7 of the vtable, [`ITnefVtbl::SetProps`].
    ///
    /// # Safety
    ///
    /// - `lpProps` (`LPSPropValue`) must be valid for reads and stay so after the call, for as long as the parameter's documentation says: the object keeps it.
    unsafe fn set_props(
        &self,
        ulFlags: TnefSetPropsFlags,
        ulElemID: crate::ULONG,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Encodes a view of the message's recipient table (its columns, sort
    /// order, restriction and position) into the stream.
    ///
    /// With a null table, the message's own recipient table is encoded
    /// whole, as `AddProps` with `TNEF_PROP_INCLUDE` and
    /// `PR_MESSAGE_RECIPIENTS` would.
    ///
    /// Returns `S_OK` when the recipients were encoded.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpRecipientTable` (`LPMAPITABLE`, in): The recipient table view to encode; may be null.
    ///
    /// Calls slot 8 of the vtable, [`ITnefVtbl::EncodeRecips`].
    fn encode_recips(
        &self,
        ulFlags: TnefReservedFlags,
        lpRecipientTable: ::core::option::Option<&crate::ComPtr<crate::IMAPITable>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Encodes one component, the message or one attachment, into the
    /// stream, for objects opened with `TNEF_COMPONENT_ENCODING`.
    ///
    /// The custom values are encoded as by `SetProps`, the listed properties
    /// as by `AddProps` with `TNEF_PROP_INCLUDE`, in one call. Problems are
    /// reported as by `ExtractProps`.
    ///
    /// Returns `S_OK` when the component was encoded.
    ///
    /// **Notes to callers.** The problem array is valid only with `S_OK`;
    /// free it with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Which component: exactly one flag.
    /// - `ulComponentID` (`ULONG`, in): Zero for the message, or the attachment's `PR_ATTACH_NUM`.
    /// - `lpCustomPropList` (`LPSPropTagArray`, in): Tags of the values at `lpCustomProps`, one per value; may be null.
    /// - `lpCustomProps` (`LPSPropValue`, in): Values to encode, one per tag of `lpCustomPropList`; may be null.
    /// - `lpPropList` (`LPSPropTagArray`, in): Properties of the component to encode; may be null.
    /// - `lppProblems` (`LPSTnefProblemArray*`, out): Receives the problems met, if any; null if they are not wanted.
    ///
    /// Calls slot 9 of the vtable, [`ITnefVtbl::FinishComponent`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpCustomProps` has one element per tag of `lpCustomPropList` (another length is `MAPI_E_INVALID_PARAMETER`).
    /// - Returns `lppProblems`.
    fn finish_component(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: TnefFinishComponentFlags,
        ulComponentID: crate::ULONG,
        lpCustomPropList: ::core::option::Option<&[crate::value::PropTag]>,
        lpCustomProps: ::core::option::Option<&[crate::value::Prop]>,
        lpPropList: ::core::option::Option<&[crate::value::PropTag]>,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::STnefProblemArray>>,
        crate::Hresult,
    >;
}
#[cfg(all(feature = "client", feature = "tnef"))]
#[automatically_derived]
impl<T: crate::Inherits<ITnef>> ITnefExt for crate::ComPtr<T> {
    unsafe fn add_props(
        &self,
        ulFlags: TnefAddPropsFlags,
        ulElemID: crate::ULONG,
        lpvData: crate::LPVOID,
        lpPropList: crate::LPSPropTagArray,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .AddProps)(
                self.as_raw().cast(),
                ulFlags.bits(),
                ulElemID,
                lpvData,
                lpPropList,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn extract_props(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: TnefExtractPropsFlags,
        lpPropList: &[crate::value::PropTag],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::STnefProblemArray>>,
        crate::Hresult,
    > {
        let __t = lpPropList;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::tags_in(__t)?;
        let __s = &mut __b1;
        let __a1: crate::LPSPropTagArray = __s.as_mut_ptr();
        let mut __a2: LPSTnefProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .ExtractProps)(self.as_raw().cast(), ulFlags.bits(), __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::STnefProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn finish(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: TnefReservedFlags,
    ) -> ::core::result::Result<
        (
            crate::WORD,
            ::core::option::Option<crate::value::MapiBuffer<crate::STnefProblemArray>>,
        ),
        crate::Hresult,
    > {
        let mut __a1: crate::WORD = 0;
        let mut __a2: LPSTnefProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .Finish)(self.as_raw().cast(), ulFlags.bits(), &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::STnefProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok((__a1, __r2))
    }
    fn open_tagged_body(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        ulFlags: TnefOpenTaggedBodyFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        let mut __a2: crate::LPSTREAM = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .OpenTaggedBody)(self.as_raw().cast(), __a0, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    unsafe fn set_props(
        &self,
        ulFlags: TnefSetPropsFlags,
        ulElemID: crate::ULONG,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .SetProps)(
                self.as_raw().cast(),
                ulFlags.bits(),
                ulElemID,
                cValues,
                lpProps,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn encode_recips(
        &self,
        ulFlags: TnefReservedFlags,
        lpRecipientTable: ::core::option::Option<&crate::ComPtr<crate::IMAPITable>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: crate::LPMAPITABLE = match lpRecipientTable {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .EncodeRecips)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn finish_component(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: TnefFinishComponentFlags,
        ulComponentID: crate::ULONG,
        lpCustomPropList: ::core::option::Option<&[crate::value::PropTag]>,
        lpCustomProps: ::core::option::Option<&[crate::value::Prop]>,
        lpPropList: ::core::option::Option<&[crate::value::PropTag]>,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::STnefProblemArray>>,
        crate::Hresult,
    > {
        #[allow(unused_mut)]
        let mut __b2 = match lpCustomPropList {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPSPropTagArray = match &mut __b2 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b3 = match lpCustomProps {
            ::core::option::Option::Some(__t) => {
                if __t.len() != lpCustomPropList.map_or(0, |__t| __t.len()) {
                    return ::core::result::Result::Err(
                        crate::Hresult(crate::MAPI_E_INVALID_PARAMETER),
                    );
                }
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: crate::LPSPropValue = match &__b3 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b4 = match lpPropList {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a4: crate::LPSPropTagArray = match &mut __b4 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a5: LPSTnefProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITnef>()
                .FinishComponent)(
                self.as_raw().cast(),
                ulFlags.bits(),
                ulComponentID,
                __a2,
                __a3,
                __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r5 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a5.cast::<crate::STnefProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r5)
    }
}

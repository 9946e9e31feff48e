// `idl/mapi/mapiguid.idl` as Rust, included by `mod.rs`.
/// The property set of MAPI's own properties: a named property in it names the property of that id.
pub const PS_MAPI: crate::GUID = crate::GUID::from_u128(
    0x00020328_0000_0000_c000_000000000046,
);
/// The property set of named properties any client may create by name.
pub const PS_PUBLIC_STRINGS: crate::GUID = crate::GUID::from_u128(
    0x00020329_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties of appointment items.
pub const PSETID_Appointment: crate::GUID = crate::GUID::from_u128(
    0x00062002_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties of meeting items.
pub const PSETID_Meeting: crate::GUID = crate::GUID::from_u128(
    0x6ed8da90_450b_101b_98da_00aa003f1305,
);
/// The property set of Outlook's named properties: common.
pub const PSETID_Common: crate::GUID = crate::GUID::from_u128(
    0x00062008_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties of address items.
pub const PSETID_Address: crate::GUID = crate::GUID::from_u128(
    0x00062004_0000_0000_c000_000000000046,
);
/// The property set of named properties that hold Internet headers, named by header.
pub const PS_INTERNET_HEADERS: crate::GUID = crate::GUID::from_u128(
    0x00020386_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties: report.
pub const PSETID_Report: crate::GUID = crate::GUID::from_u128(
    0x00062013_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties: log.
pub const PSETID_Log: crate::GUID = crate::GUID::from_u128(
    0x0006200a_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties: messaging.
pub const PSETID_Messaging: crate::GUID = crate::GUID::from_u128(
    0x41f28f13_83f4_4114_a584_eedb5a6b0bff,
);
/// The property set of Outlook's named properties: remote.
pub const PSETID_Remote: crate::GUID = crate::GUID::from_u128(
    0x00062014_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties: post rss.
pub const PSETID_PostRss: crate::GUID = crate::GUID::from_u128(
    0x00062041_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties: sharing.
pub const PSETID_Sharing: crate::GUID = crate::GUID::from_u128(
    0x00062040_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties of note items.
pub const PSETID_Note: crate::GUID = crate::GUID::from_u128(
    0x0006200e_0000_0000_c000_000000000046,
);
/// A property set of ActiveSync named properties.
pub const SETID_AirSync: crate::GUID = crate::GUID::from_u128(
    0x71035549_0739_4dcb_9163_00f0580dbbdf,
);
/// The property set of Outlook's named properties of task items.
pub const PSETID_Task: crate::GUID = crate::GUID::from_u128(
    0x00062003_0000_0000_c000_000000000046,
);
/// The property set of Outlook's named properties: unified messaging.
pub const PSETID_UnifiedMessaging: crate::GUID = crate::GUID::from_u128(
    0x4442858e_a9e3_4e80_b900_317a210cc15b,
);
/// The property set of Outlook's named properties: xml extracted entities.
pub const PSETID_XmlExtractedEntities: crate::GUID = crate::GUID::from_u128(
    0x23239608_685d_4732_9c55_4c95cb4e8e33,
);
/// The property set of Outlook's named properties: attachment.
pub const PSETID_Attachment: crate::GUID = crate::GUID::from_u128(
    0x96357f7f_59e1_47d0_99a7_46515c183b54,
);
/// Routing property set: e-mail addresses to convert.
pub const PS_ROUTING_EMAIL_ADDRESSES: crate::GUID = crate::GUID::from_u128(
    0x00020380_0000_0000_c000_000000000046,
);
/// Routing property set: address types matching `PS_ROUTING_EMAIL_ADDRESSES`.
pub const PS_ROUTING_ADDRTYPE: crate::GUID = crate::GUID::from_u128(
    0x00020381_0000_0000_c000_000000000046,
);
/// Routing property set: display names matching `PS_ROUTING_EMAIL_ADDRESSES`.
pub const PS_ROUTING_DISPLAY_NAME: crate::GUID = crate::GUID::from_u128(
    0x00020382_0000_0000_c000_000000000046,
);
/// Routing property set: entry IDs matching `PS_ROUTING_EMAIL_ADDRESSES` (optional).
pub const PS_ROUTING_ENTRYID: crate::GUID = crate::GUID::from_u128(
    0x00020383_0000_0000_c000_000000000046,
);
/// Routing property set: search keys matching `PS_ROUTING_EMAIL_ADDRESSES` (optional).
pub const PS_ROUTING_SEARCH_KEY: crate::GUID = crate::GUID::from_u128(
    0x00020384_0000_0000_c000_000000000046,
);
/// The `MAPIUID` of the profile section that holds a session's profile instance properties.
pub const MUID_PROFILE_INSTANCE: crate::GUID = crate::GUID::from_u128(
    0x00020385_0000_0000_c000_000000000046,
);

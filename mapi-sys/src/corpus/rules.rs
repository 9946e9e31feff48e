// `idl/mapi/rules.idl` as Rust, included by `mod.rs`.
/// Exchange rule and ACL property: rule trigger history.
#[cfg(feature = "exchange")]
pub const PR_RULE_TRIGGER_HISTORY: u32 = 0x3FF20102;
/// Exchange property of rule error messages: why the rule failed (`RULE_ERR_*`).
#[cfg(feature = "exchange")]
pub const PR_RULE_ERROR: u32 = 0x66480003;
/// Exchange property of rule error messages: the type of the failed action.
#[cfg(feature = "exchange")]
pub const PR_RULE_ACTION_TYPE: u32 = 0x66490003;
/// Exchange property of rule error messages: the index of the failed action.
#[cfg(feature = "exchange")]
pub const PR_RULE_ACTION_NUMBER: u32 = 0x66500003;
/// Exchange property of rule messages: the entry ID of the folder the rule belongs to.
#[cfg(feature = "exchange")]
pub const PR_RULE_FOLDER_ENTRYID: u32 = 0x66510102;
/// Rules table column: the rule's id.
#[cfg(feature = "exchange")]
pub const PR_RULE_ID: u32 = 0x66740014;
/// Exchange rule property: rule ids.
#[cfg(feature = "exchange")]
pub const PR_RULE_IDS: u32 = 0x66750102;
/// Rules table column: the rule's place in the order rules are evaluated in.
#[cfg(feature = "exchange")]
pub const PR_RULE_SEQUENCE: u32 = 0x66760003;
/// Rules table column: the rule's state (`ST_*`).
#[cfg(feature = "exchange")]
pub const PR_RULE_STATE: u32 = 0x66770003;
/// Rules table column: flags the rule's client keeps.
#[cfg(feature = "exchange")]
pub const PR_RULE_USER_FLAGS: u32 = 0x66780003;
/// Rules table column: the rule's condition, a restriction.
#[cfg(feature = "exchange")]
pub const PR_RULE_CONDITION: u32 = 0x667900FD;
/// Rules table column: the rule's actions (`ACTIONS`).
#[cfg(feature = "exchange")]
pub const PR_RULE_ACTIONS: u32 = 0x668000FE;
/// Rules table column: the name of the client that owns the rule.
#[cfg(feature = "exchange")]
pub const PR_RULE_PROVIDER: u32 = 0x6681001E;
/// Rules table column: the rule's name.
#[cfg(feature = "exchange")]
pub const PR_RULE_NAME: u32 = 0x6682001F;
/// Rules table column: the rule's name.
#[cfg(feature = "exchange")]
pub const PR_RULE_NAME_A: u32 = 0x6682001E;
/// Rules table column: the rule's name.
#[cfg(feature = "exchange")]
pub const PR_RULE_NAME_W: u32 = 0x6682001F;
/// Rules table column: the rule's level (0 for ordinary rules).
#[cfg(feature = "exchange")]
pub const PR_RULE_LEVEL: u32 = 0x66830003;
/// Rules table column: data of the client that owns the rule.
#[cfg(feature = "exchange")]
pub const PR_RULE_PROVIDER_DATA: u32 = 0x66840102;
/// Exchange rule and ACL property: extended rule actions.
#[cfg(feature = "exchange")]
pub const PR_EXTENDED_RULE_ACTIONS: u32 = 0xE990102;
/// Exchange rule and ACL property: extended rule condition.
#[cfg(feature = "exchange")]
pub const PR_EXTENDED_RULE_CONDITION: u32 = 0xE9A0102;
/// Exchange rule and ACL property: extended rule size limit.
#[cfg(feature = "exchange")]
pub const PR_EXTENDED_RULE_SIZE_LIMIT: u32 = 0xE9B0003;
/// A `PR_RULE_STATE` without `ST_ENABLED`: the rule is disabled.
#[cfg(feature = "exchange")]
pub const ST_DISABLED: crate::ULONG = 0;
/// A bit of `PR_RULE_STATE`: enabled.
#[cfg(feature = "exchange")]
pub const ST_ENABLED: crate::ULONG = 1;
/// A bit of `PR_RULE_STATE`: error.
#[cfg(feature = "exchange")]
pub const ST_ERROR: crate::ULONG = 2;
/// A bit of `PR_RULE_STATE`: only when OOF.
#[cfg(feature = "exchange")]
pub const ST_ONLY_WHEN_OOF: crate::ULONG = 4;
/// A bit of `PR_RULE_STATE`: keep OOF hist.
#[cfg(feature = "exchange")]
pub const ST_KEEP_OOF_HIST: crate::ULONG = 8;
/// A bit of `PR_RULE_STATE`: exit level.
#[cfg(feature = "exchange")]
pub const ST_EXIT_LEVEL: crate::ULONG = 0x10;
/// A bit of `PR_RULE_STATE`: skip if SCL is safe.
#[cfg(feature = "exchange")]
pub const ST_SKIP_IF_SCL_IS_SAFE: crate::ULONG = 0x20;
/// A bit of `PR_RULE_STATE`: rule parse error.
#[cfg(feature = "exchange")]
pub const ST_RULE_PARSE_ERROR: crate::ULONG = 0x40;
/// A bit of `PR_RULE_STATE`: clear OOF hist.
#[cfg(feature = "exchange")]
pub const ST_CLEAR_OOF_HIST: crate::ULONG = 0x80000000;
/// The value of a restriction type (`SRestriction::rt`) that matches everything.
#[cfg(feature = "exchange")]
pub const NULL_RESTRICTION: crate::ULONG = 0xFF;
/// A relational operator of rule conditions: the recipient is a member of the distribution list.
#[cfg(feature = "exchange")]
pub const RELOP_MEMBER_OF_DL: crate::ULONG = 0x64;
/// The `PR_RULE_PROVIDER` of moderator rules (8-bit).
#[cfg(feature = "exchange")]
pub const szProviderModeratorRule: &::core::ffi::CStr = c"MSFT:MR";
/// The `PR_RULE_PROVIDER` of moderator rules (Unicode).
#[cfg(feature = "exchange")]
pub const wszProviderModeratorRule: &[u16] = &[
    77u16, 83u16, 70u16, 84u16, 58u16, 77u16, 82u16, 0u16,
];
/// The prefix of the message class of reply templates (8-bit).
#[cfg(feature = "exchange")]
pub const szReplyTemplateMsgClassPrefix: &::core::ffi::CStr = c"IPM.Note.Rules.ReplyTemplate.";
/// The prefix of the message class of out-of-office reply templates (8-bit).
#[cfg(feature = "exchange")]
pub const szOofTemplateMsgClassPrefix: &::core::ffi::CStr = c"IPM.Note.Rules.OofTemplate.";
/// The message class of deferred action messages (8-bit).
#[cfg(feature = "exchange")]
pub const szDamMsgClass: &::core::ffi::CStr = c"IPC.Microsoft Exchange 4.0.Deferred Action";
/// The message class of deferred error messages (8-bit).
#[cfg(feature = "exchange")]
pub const szDemMsgClass: &::core::ffi::CStr = c"IPC.Microsoft Exchange 4.0.Deferred Error";
/// The message class of extended rule messages (8-bit).
#[cfg(feature = "exchange")]
pub const szExRuleMsgClass: &::core::ffi::CStr = c"IPM.ExtendedRule.Message";
/// The message class of extended rule messages (Unicode).
#[cfg(feature = "exchange")]
pub const wszExRuleMsgClass: &[u16] = &[
    73u16, 80u16, 77u16, 46u16, 69u16, 120u16, 116u16, 101u16, 110u16, 100u16, 101u16,
    100u16, 82u16, 117u16, 108u16, 101u16, 46u16, 77u16, 101u16, 115u16, 115u16, 97u16,
    103u16, 101u16, 0u16,
];
/// A value of `PR_RULE_ERROR`, why a rule failed: unknown.
#[cfg(feature = "exchange")]
pub const RULE_ERR_UNKNOWN: crate::ULONG = 1;
/// A value of `PR_RULE_ERROR`, why a rule failed: load.
#[cfg(feature = "exchange")]
pub const RULE_ERR_LOAD: crate::ULONG = 2;
/// A value of `PR_RULE_ERROR`, why a rule failed: delivery.
#[cfg(feature = "exchange")]
pub const RULE_ERR_DELIVERY: crate::ULONG = 3;
/// A value of `PR_RULE_ERROR`, why a rule failed: parsing.
#[cfg(feature = "exchange")]
pub const RULE_ERR_PARSING: crate::ULONG = 4;
/// A value of `PR_RULE_ERROR`, why a rule failed: create DAE.
#[cfg(feature = "exchange")]
pub const RULE_ERR_CREATE_DAE: crate::ULONG = 5;
/// A value of `PR_RULE_ERROR`, why a rule failed: no folder.
#[cfg(feature = "exchange")]
pub const RULE_ERR_NO_FOLDER: crate::ULONG = 6;
/// A value of `PR_RULE_ERROR`, why a rule failed: no rights.
#[cfg(feature = "exchange")]
pub const RULE_ERR_NO_RIGHTS: crate::ULONG = 7;
/// A value of `PR_RULE_ERROR`, why a rule failed: create DAM.
#[cfg(feature = "exchange")]
pub const RULE_ERR_CREATE_DAM: crate::ULONG = 8;
/// A value of `PR_RULE_ERROR`, why a rule failed: no sendas.
#[cfg(feature = "exchange")]
pub const RULE_ERR_NO_SENDAS: crate::ULONG = 9;
/// A value of `PR_RULE_ERROR`, why a rule failed: no template.
#[cfg(feature = "exchange")]
pub const RULE_ERR_NO_TEMPLATE: crate::ULONG = 0xA;
/// A value of `PR_RULE_ERROR`, why a rule failed: execution.
#[cfg(feature = "exchange")]
pub const RULE_ERR_EXECUTION: crate::ULONG = 0xB;
/// A value of `PR_RULE_ERROR`, why a rule failed: quota exceeded.
#[cfg(feature = "exchange")]
pub const RULE_ERR_QUOTA_EXCEEDED: crate::ULONG = 0xC;
/// A value of `PR_RULE_ERROR`, why a rule failed: too many recips.
#[cfg(feature = "exchange")]
pub const RULE_ERR_TOO_MANY_RECIPS: crate::ULONG = 0xD;
/// The lowest `RULE_ERR_*` value.
#[cfg(feature = "exchange")]
pub const RULE_ERR_FIRST: crate::ULONG = 1;
/// The highest `RULE_ERR_*` value.
#[cfg(feature = "exchange")]
pub const RULE_ERR_LAST: crate::ULONG = 0xD;
/// Exchange rule and ACL property: rule message state.
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_STATE: u32 = 0x65E90003;
/// Exchange rule and ACL property: rule message user flags.
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_USER_FLAGS: u32 = 0x65EA0003;
/// Exchange rule and ACL property: rule message provider (Unicode).
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_PROVIDER_W: u32 = 0x65EB001F;
/// Exchange rule and ACL property: rule message name (Unicode).
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_NAME_W: u32 = 0x65EC001F;
/// Exchange rule and ACL property: rule message level.
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_LEVEL: u32 = 0x65ED0003;
/// Exchange rule and ACL property: rule message provider data.
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_PROVIDER_DATA: u32 = 0x65EE0102;
/// Exchange rule and ACL property: rule message sequence.
#[cfg(feature = "exchange")]
pub const PR_RULE_MSG_SEQUENCE: u32 = 0x65F30003;
/// Exchange rule and ACL property: rule server rule ID.
#[cfg(feature = "exchange")]
pub const PR_RULE_SERVER_RULE_ID: u32 = 0x65A00014;
/// Exchange rule and ACL property: extended rule message actions.
#[cfg(feature = "exchange")]
pub const PR_EXTENDED_RULE_MSG_ACTIONS: u32 = 0xE990102;
/// Exchange rule and ACL property: extended rule message condition.
#[cfg(feature = "exchange")]
pub const PR_EXTENDED_RULE_MSG_CONDITION: u32 = 0xE9A0102;
/// An Exchange flag of `GetContentsTable`: include the subfolders as rows.
#[cfg(feature = "exchange")]
pub const SHOW_SUBFOLDERS: crate::ULONG = 4;
/// A flag bit Exchange reserves; do not set it.
#[cfg(feature = "exchange")]
pub const MAPI_RESERVED1: crate::ULONG = 0x10000;
/// An Exchange flag of `OpenEntry`: do not block on a locked message.
#[cfg(feature = "exchange")]
pub const MDB_OPEN_MSG_NO_BLOCK: crate::ULONG = 0x20;
/// An Exchange flag of `SaveChanges`: unlock the message when saving it.
#[cfg(feature = "exchange")]
pub const MDB_SAVE_MSG_UNLOCK: crate::ULONG = 0x40;
/// ACL table column: the member's id (0 is the default member, -1 anonymous).
#[cfg(feature = "exchange")]
pub const PR_MEMBER_ID: u32 = 0x66710014;
/// ACL table column: the member's display name.
#[cfg(feature = "exchange")]
pub const PR_MEMBER_NAME: u32 = 0x6672001F;
/// ACL table column: the member's display name.
#[cfg(feature = "exchange")]
pub const PR_MEMBER_NAME_A: u32 = 0x6672001E;
/// ACL table column: the member's display name.
#[cfg(feature = "exchange")]
pub const PR_MEMBER_NAME_W: u32 = 0x6672001F;
/// ACL table column: the member's permission bits (`frights*`).
#[cfg(feature = "exchange")]
pub const PR_MEMBER_RIGHTS: u32 = 0x66730003;
/// A mailbox permission of a user, kept on the mailbox rather than in a security descriptor: user mailbox owner.
#[cfg(feature = "exchange")]
pub const fsdpermUserMailboxOwner: crate::ULONG = 1;
/// A mailbox permission of a user, kept on the mailbox rather than in a security descriptor: user send as.
#[cfg(feature = "exchange")]
pub const fsdpermUserSendAs: crate::ULONG = 2;
/// A mailbox permission of a user, kept on the mailbox rather than in a security descriptor: user primary user.
#[cfg(feature = "exchange")]
pub const fsdpermUserPrimaryUser: crate::ULONG = 4;
/// An access right in an Exchange security descriptor: read body.
#[cfg(feature = "exchange")]
pub const fsdrightReadBody: crate::ULONG = 1;
/// An access right in an Exchange security descriptor: list contents.
#[cfg(feature = "exchange")]
pub const fsdrightListContents: crate::ULONG = 1;
/// An access right in an Exchange security descriptor: write body.
#[cfg(feature = "exchange")]
pub const fsdrightWriteBody: crate::ULONG = 2;
/// An access right in an Exchange security descriptor: create item.
#[cfg(feature = "exchange")]
pub const fsdrightCreateItem: crate::ULONG = 2;
/// An access right in an Exchange security descriptor: append msg.
#[cfg(feature = "exchange")]
pub const fsdrightAppendMsg: crate::ULONG = 4;
/// An access right in an Exchange security descriptor: create container.
#[cfg(feature = "exchange")]
pub const fsdrightCreateContainer: crate::ULONG = 4;
/// An access right in an Exchange security descriptor: read property.
#[cfg(feature = "exchange")]
pub const fsdrightReadProperty: crate::ULONG = 8;
/// An access right in an Exchange security descriptor: write property.
#[cfg(feature = "exchange")]
pub const fsdrightWriteProperty: crate::ULONG = 0x10;
/// An access right in an Exchange security descriptor: execute.
#[cfg(feature = "exchange")]
pub const fsdrightExecute: crate::ULONG = 0x20;
/// An access right in an Exchange security descriptor: reserved 1.
#[cfg(feature = "exchange")]
pub const fsdrightReserved1: crate::ULONG = 0x40;
/// An access right in an Exchange security descriptor: read attributes.
#[cfg(feature = "exchange")]
pub const fsdrightReadAttributes: crate::ULONG = 0x80;
/// An access right in an Exchange security descriptor: write attributes.
#[cfg(feature = "exchange")]
pub const fsdrightWriteAttributes: crate::ULONG = 0x100;
/// An access right in an Exchange security descriptor: write own property.
#[cfg(feature = "exchange")]
pub const fsdrightWriteOwnProperty: crate::ULONG = 0x200;
/// An access right in an Exchange security descriptor: delete own item.
#[cfg(feature = "exchange")]
pub const fsdrightDeleteOwnItem: crate::ULONG = 0x400;
/// An access right in an Exchange security descriptor: view item.
#[cfg(feature = "exchange")]
pub const fsdrightViewItem: crate::ULONG = 0x800;
/// An access right in an Exchange security descriptor: owner.
#[cfg(feature = "exchange")]
pub const fsdrightOwner: crate::ULONG = 0x4000;
/// An access right in an Exchange security descriptor: contact.
#[cfg(feature = "exchange")]
pub const fsdrightContact: crate::ULONG = 0x8000;
/// No security descriptor access rights.
#[cfg(feature = "exchange")]
pub const sdrightsNone: crate::ULONG = 0;
/// An access right in an Exchange security descriptor: free busy simple.
#[cfg(feature = "exchange")]
pub const fsdrightFreeBusySimple: crate::ULONG = 1;
/// An access right in an Exchange security descriptor: free busy detailed.
#[cfg(feature = "exchange")]
pub const fsdrightFreeBusyDetailed: crate::ULONG = 2;
/// A bit of the resource manager control field of a security descriptor: lets an administrator set it explicitly.
#[cfg(feature = "exchange")]
pub const EXCHANGE_RM_SET_EXPLICIT_SD: crate::ULONG = 1;
/// The version of the header of a transferred security descriptor.
#[cfg(feature = "exchange")]
pub const SECURITY_DESCRIPTOR_TRANSFER_VERSION: crate::ULONG = 3;
/// The scope of a security role: object.
#[cfg(feature = "exchange")]
pub const ROLESCOPE_OBJECT: crate::ULONG = 0;
/// The scope of a security role: folder.
#[cfg(feature = "exchange")]
pub const ROLESCOPE_FOLDER: crate::ULONG = 1;
/// The scope of a security role: max.
#[cfg(feature = "exchange")]
pub const ROLESCOPE_MAX: crate::ULONG = 1;
/// Exchange rule and ACL property: xmt security role 1.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_1: u32 = 0x3D250102;
/// Exchange rule and ACL property: xmt security role 1 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_1_AS_XML: u32 = 0x3D25001F;
/// Exchange rule and ACL property: xmt security role 1 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_1_AS_XML_A: u32 = 0x3D25001E;
/// Exchange rule and ACL property: xmt security role 1 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_1_AS_XML_W: u32 = 0x3D25001F;
/// Exchange rule and ACL property: xmt security role 2.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_2: u32 = 0x3D260102;
/// Exchange rule and ACL property: xmt security role 2 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_2_AS_XML: u32 = 0x3D26001F;
/// Exchange rule and ACL property: xmt security role 2 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_2_AS_XML_A: u32 = 0x3D26001E;
/// Exchange rule and ACL property: xmt security role 2 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_2_AS_XML_W: u32 = 0x3D26001F;
/// Exchange rule and ACL property: xmt security role 3.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_3: u32 = 0x3D270102;
/// Exchange rule and ACL property: xmt security role 3 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_3_AS_XML: u32 = 0x3D27001F;
/// Exchange rule and ACL property: xmt security role 3 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_3_AS_XML_A: u32 = 0x3D27001E;
/// Exchange rule and ACL property: xmt security role 3 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_3_AS_XML_W: u32 = 0x3D27001F;
/// Exchange rule and ACL property: xmt security role 4.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_4: u32 = 0x3D280102;
/// Exchange rule and ACL property: xmt security role 4 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_4_AS_XML: u32 = 0x3D28001F;
/// Exchange rule and ACL property: xmt security role 4 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_4_AS_XML_A: u32 = 0x3D28001E;
/// Exchange rule and ACL property: xmt security role 4 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_4_AS_XML_W: u32 = 0x3D28001F;
/// Exchange rule and ACL property: xmt security role 5.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_5: u32 = 0x3D290102;
/// Exchange rule and ACL property: xmt security role 5 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_5_AS_XML: u32 = 0x3D29001F;
/// Exchange rule and ACL property: xmt security role 5 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_5_AS_XML_A: u32 = 0x3D29001E;
/// Exchange rule and ACL property: xmt security role 5 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_5_AS_XML_W: u32 = 0x3D29001F;
/// Exchange rule and ACL property: xmt security role 6.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_6: u32 = 0x3D2A0102;
/// Exchange rule and ACL property: xmt security role 6 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_6_AS_XML: u32 = 0x3D2A001F;
/// Exchange rule and ACL property: xmt security role 6 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_6_AS_XML_A: u32 = 0x3D2A001E;
/// Exchange rule and ACL property: xmt security role 6 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_6_AS_XML_W: u32 = 0x3D2A001F;
/// Exchange rule and ACL property: xmt security role 7.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_7: u32 = 0x3D2B0102;
/// Exchange rule and ACL property: xmt security role 7 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_7_AS_XML: u32 = 0x3D2B001F;
/// Exchange rule and ACL property: xmt security role 7 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_7_AS_XML_A: u32 = 0x3D2B001E;
/// Exchange rule and ACL property: xmt security role 7 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_7_AS_XML_W: u32 = 0x3D2B001F;
/// Exchange rule and ACL property: xmt security role 8.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_8: u32 = 0x3D2C0102;
/// Exchange rule and ACL property: xmt security role 8 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_8_AS_XML: u32 = 0x3D2C001F;
/// Exchange rule and ACL property: xmt security role 8 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_8_AS_XML_A: u32 = 0x3D2C001E;
/// Exchange rule and ACL property: xmt security role 8 as XML.
#[cfg(feature = "exchange")]
pub const PR_XMT_SECURITY_ROLE_8_AS_XML_W: u32 = 0x3D2C001F;
/// Exchange rule and ACL property: non xmt security role 1.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_1: u32 = 0xE7C0102;
/// Exchange rule and ACL property: non xmt security role 1 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_1_AS_XML: u32 = 0xE7C001F;
/// Exchange rule and ACL property: non xmt security role 1 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_1_AS_XML_A: u32 = 0xE7C001E;
/// Exchange rule and ACL property: non xmt security role 1 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_1_AS_XML_W: u32 = 0xE7C001F;
/// Exchange rule and ACL property: non xmt security role 2.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_2: u32 = 0xE7D0102;
/// Exchange rule and ACL property: non xmt security role 2 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_2_AS_XML: u32 = 0xE7D001F;
/// Exchange rule and ACL property: non xmt security role 2 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_2_AS_XML_A: u32 = 0xE7D001E;
/// Exchange rule and ACL property: non xmt security role 2 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_2_AS_XML_W: u32 = 0xE7D001F;
/// Exchange rule and ACL property: non xmt security role 3.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_3: u32 = 0xE7E0102;
/// Exchange rule and ACL property: non xmt security role 3 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_3_AS_XML: u32 = 0xE7E001F;
/// Exchange rule and ACL property: non xmt security role 3 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_3_AS_XML_A: u32 = 0xE7E001E;
/// Exchange rule and ACL property: non xmt security role 3 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_3_AS_XML_W: u32 = 0xE7E001F;
/// Exchange rule and ACL property: non xmt security role 4.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_4: u32 = 0xE7F0102;
/// Exchange rule and ACL property: non xmt security role 4 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_4_AS_XML: u32 = 0xE7F001F;
/// Exchange rule and ACL property: non xmt security role 4 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_4_AS_XML_A: u32 = 0xE7F001E;
/// Exchange rule and ACL property: non xmt security role 4 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_4_AS_XML_W: u32 = 0xE7F001F;
/// Exchange rule and ACL property: non xmt security role 5.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_5: u32 = 0xE800102;
/// Exchange rule and ACL property: non xmt security role 5 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_5_AS_XML: u32 = 0xE80001F;
/// Exchange rule and ACL property: non xmt security role 5 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_5_AS_XML_A: u32 = 0xE80001E;
/// Exchange rule and ACL property: non xmt security role 5 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_5_AS_XML_W: u32 = 0xE80001F;
/// Exchange rule and ACL property: non xmt security role 6.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_6: u32 = 0xE810102;
/// Exchange rule and ACL property: non xmt security role 6 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_6_AS_XML: u32 = 0xE81001F;
/// Exchange rule and ACL property: non xmt security role 6 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_6_AS_XML_A: u32 = 0xE81001E;
/// Exchange rule and ACL property: non xmt security role 6 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_6_AS_XML_W: u32 = 0xE81001F;
/// Exchange rule and ACL property: non xmt security role 7.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_7: u32 = 0xE820102;
/// Exchange rule and ACL property: non xmt security role 7 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_7_AS_XML: u32 = 0xE82001F;
/// Exchange rule and ACL property: non xmt security role 7 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_7_AS_XML_A: u32 = 0xE82001E;
/// Exchange rule and ACL property: non xmt security role 7 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_7_AS_XML_W: u32 = 0xE82001F;
/// Exchange rule and ACL property: non xmt security role 8.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_8: u32 = 0xE830102;
/// Exchange rule and ACL property: non xmt security role 8 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_8_AS_XML: u32 = 0xE83001F;
/// Exchange rule and ACL property: non xmt security role 8 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_8_AS_XML_A: u32 = 0xE83001E;
/// Exchange rule and ACL property: non xmt security role 8 as XML.
#[cfg(feature = "exchange")]
pub const PR_NON_XMT_SECURITY_ROLE_8_AS_XML_W: u32 = 0xE83001F;

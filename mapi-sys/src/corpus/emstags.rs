// `idl/mapi/emstags.idl` as Rust, included by `mod.rs`.
/// Exchange address book: with `OpenProperty`, include phantom entries in the opened table.
#[cfg(feature = "exchange")]
pub const AB_SHOW_PHANTOMS: crate::ULONG = 2;
/// Exchange address book: with `OpenProperty`, include entries of other containers in the opened table.
#[cfg(feature = "exchange")]
pub const AB_SHOW_OTHERS: crate::ULONG = 4;
/// Exchange address book: `ResolveNames` matches the names as e-mail addresses.
#[cfg(feature = "exchange")]
pub const EMS_AB_ADDRESS_LOOKUP: crate::ULONG = 1;
/// The lowest property id of the Exchange address book's constructed (not stored) properties.
#[cfg(feature = "exchange")]
pub const MIN_EMS_AB_CONSTRUCTED_PROP_ID: crate::ULONG = 0xFFF8;
/// Exchange address book property the provider constructs (not stored in the directory): server.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVER: u32 = 0xFFFE001F;
/// Exchange address book property the provider constructs (not stored in the directory): server.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVER_A: u32 = 0xFFFE001E;
/// Exchange address book property the provider constructs (not stored in the directory): server.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVER_W: u32 = 0xFFFE001F;
/// Exchange address book property the provider constructs (not stored in the directory): containerid.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONTAINERID: u32 = 0xFFFD0003;
/// Exchange address book property the provider constructs (not stored in the directory): parent entry ID.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PARENT_ENTRYID: u32 = 0xFFFC0102;
/// Exchange address book property the provider constructs (not stored in the directory): is master.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MASTER: u32 = 0xFFFB000B;
/// Exchange address book property the provider constructs (not stored in the directory): object OID.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJECT_OID: u32 = 0xFFFA0102;
/// Exchange address book property the provider constructs (not stored in the directory): hierarchy path.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HIERARCHY_PATH: u32 = 0xFFF9001F;
/// Exchange address book property the provider constructs (not stored in the directory): hierarchy path.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HIERARCHY_PATH_A: u32 = 0xFFF9001E;
/// Exchange address book property the provider constructs (not stored in the directory): hierarchy path.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HIERARCHY_PATH_W: u32 = 0xFFF9001F;
/// Exchange address book property the provider constructs (not stored in the directory): child rdns.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHILD_RDNS: u32 = 0xFFF8101E;
/// Exchange address book property: other recips.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OTHER_RECIPS: u32 = 0xF000000D;
/// Exchange address book property: room capacity.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_CAPACITY: u32 = 0x8070003;
/// Exchange address book property: room description.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_DESCRIPTION: u32 = 0x809001F;
/// Exchange address book property: room description.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_DESCRIPTION_A: u32 = 0x809001E;
/// Exchange address book property: room description.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_DESCRIPTION_W: u32 = 0x809001F;
/// Exchange address book property: display name printable.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_PRINTABLE: u32 = 0x39FF001F;
/// Exchange address book property: display name printable.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_PRINTABLE_A: u32 = 0x39FF001E;
/// Exchange address book property: display name printable.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_PRINTABLE_W: u32 = 0x39FF001F;
/// Exchange address book property for the directory attribute *access category*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ACCESS_CATEGORY: u32 = 0x80440003;
/// Exchange address book property for the directory attribute *activation schedule*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ACTIVATION_SCHEDULE: u32 = 0x80450102;
/// Exchange address book property for the directory attribute *activation style*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ACTIVATION_STYLE: u32 = 0x80460003;
/// Exchange address book property for the directory attribute *adc global names*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADC_GLOBAL_NAMES: u32 = 0x8C70101F;
/// Exchange address book property for the directory attribute *adc global names*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADC_GLOBAL_NAMES_A: u32 = 0x8C70101E;
/// Exchange address book property for the directory attribute *adc global names*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADC_GLOBAL_NAMES_W: u32 = 0x8C70101F;
/// Exchange address book property for the directory attribute *address entry display table*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADDRESS_ENTRY_DISPLAY_TABLE: u32 = 0x80170102;
/// Exchange address book property for the directory attribute *address entry display table msdos*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADDRESS_ENTRY_DISPLAY_TABLE_MSDOS: u32 = 0x80470102;
/// Exchange address book property for the directory attribute *address syntax*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADDRESS_SYNTAX: u32 = 0x80180102;
/// Exchange address book property for the directory attribute *address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADDRESS_TYPE: u32 = 0x8048001F;
/// Exchange address book property for the directory attribute *address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADDRESS_TYPE_A: u32 = 0x8048001E;
/// Exchange address book property for the directory attribute *address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADDRESS_TYPE_W: u32 = 0x8048001F;
/// Exchange address book property for the directory attribute *ADMD*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMD: u32 = 0x8049001F;
/// Exchange address book property for the directory attribute *ADMD*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMD_A: u32 = 0x8049001E;
/// Exchange address book property for the directory attribute *ADMD*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMD_W: u32 = 0x8049001F;
/// Exchange address book property for the directory attribute *admin description*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_DESCRIPTION: u32 = 0x804A001F;
/// Exchange address book property for the directory attribute *admin description*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_DESCRIPTION_A: u32 = 0x804A001E;
/// Exchange address book property for the directory attribute *admin description*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_DESCRIPTION_W: u32 = 0x804A001F;
/// Exchange address book property for the directory attribute *admin display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_DISPLAY_NAME: u32 = 0x804B001F;
/// Exchange address book property for the directory attribute *admin display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_DISPLAY_NAME_A: u32 = 0x804B001E;
/// Exchange address book property for the directory attribute *admin display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_DISPLAY_NAME_W: u32 = 0x804B001F;
/// Exchange address book property for the directory attribute *admin extension dll*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_EXTENSION_DLL: u32 = 0x804C001F;
/// Exchange address book property for the directory attribute *admin extension dll*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_EXTENSION_DLL_A: u32 = 0x804C001E;
/// Exchange address book property for the directory attribute *admin extension dll*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ADMIN_EXTENSION_DLL_W: u32 = 0x804C001F;
/// Exchange address book property for the directory attribute *aliased object name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME: u32 = 0x804D001F;
/// Exchange address book property for the directory attribute *aliased object name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME_A: u32 = 0x804D001E;
/// Exchange address book property for the directory attribute *aliased object name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME_W: u32 = 0x804D001F;
/// Exchange address book property for the directory attribute *aliased object name o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME_O: u32 = 0x804D000D;
/// Exchange address book property for the directory attribute *aliased object name t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME_T: u32 = 0x804D001F;
/// Exchange address book property for the directory attribute *aliased object name t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME_T_A: u32 = 0x804D001E;
/// Exchange address book property for the directory attribute *aliased object name t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALIASED_OBJECT_NAME_T_W: u32 = 0x804D001F;
/// Exchange address book property for the directory attribute *alt recipient*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT: u32 = 0x804E001F;
/// Exchange address book property for the directory attribute *alt recipient*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_A: u32 = 0x804E001E;
/// Exchange address book property for the directory attribute *alt recipient*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_W: u32 = 0x804E001F;
/// Exchange address book property for the directory attribute *alt recipient o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_O: u32 = 0x804E000D;
/// Exchange address book property for the directory attribute *alt recipient t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_T: u32 = 0x804E001F;
/// Exchange address book property for the directory attribute *alt recipient t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_T_A: u32 = 0x804E001E;
/// Exchange address book property for the directory attribute *alt recipient t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_T_W: u32 = 0x804E001F;
/// Exchange address book property for the directory attribute *alt recipient bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL: u32 = 0x804F101F;
/// Exchange address book property for the directory attribute *alt recipient bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL_A: u32 = 0x804F101E;
/// Exchange address book property for the directory attribute *alt recipient bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL_W: u32 = 0x804F101F;
/// Exchange address book property for the directory attribute *alt recipient bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL_O: u32 = 0x804F000D;
/// Exchange address book property for the directory attribute *alt recipient bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL_T: u32 = 0x804F101F;
/// Exchange address book property for the directory attribute *alt recipient bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL_T_A: u32 = 0x804F101E;
/// Exchange address book property for the directory attribute *alt recipient bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ALT_RECIPIENT_BL_T_W: u32 = 0x804F101F;
/// Exchange address book property for the directory attribute *ancestor ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ANCESTOR_ID: u32 = 0x80500102;
/// Exchange address book property for the directory attribute *anonymous access*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ANONYMOUS_ACCESS: u32 = 0x8187000B;
/// Exchange address book property for the directory attribute *anonymous account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ANONYMOUS_ACCOUNT: u32 = 0x8C26001F;
/// Exchange address book property for the directory attribute *anonymous account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ANONYMOUS_ACCOUNT_A: u32 = 0x8C26001E;
/// Exchange address book property for the directory attribute *anonymous account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ANONYMOUS_ACCOUNT_W: u32 = 0x8C26001F;
/// Exchange address book property for the directory attribute *assoc NT account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_NT_ACCOUNT: u32 = 0x80270102;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP: u32 = 0x81A5001F;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP_A: u32 = 0x81A5001E;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP_W: u32 = 0x81A5001F;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP_O: u32 = 0x81A5000D;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP_T: u32 = 0x81A5001F;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP_T_A: u32 = 0x81A5001E;
/// Exchange address book property for the directory attribute *assoc protocol cfg NNTP t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_PROTOCOL_CFG_NNTP_T_W: u32 = 0x81A5001F;
/// Exchange address book property for the directory attribute *assoc remote dxa*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA: u32 = 0x8051101F;
/// Exchange address book property for the directory attribute *assoc remote dxa*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA_A: u32 = 0x8051101E;
/// Exchange address book property for the directory attribute *assoc remote dxa*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA_W: u32 = 0x8051101F;
/// Exchange address book property for the directory attribute *assoc remote dxa o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA_O: u32 = 0x8051000D;
/// Exchange address book property for the directory attribute *assoc remote dxa t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA_T: u32 = 0x8051101F;
/// Exchange address book property for the directory attribute *assoc remote dxa t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA_T_A: u32 = 0x8051101E;
/// Exchange address book property for the directory attribute *assoc remote dxa t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOC_REMOTE_DXA_T_W: u32 = 0x8051101F;
/// Exchange address book property for the directory attribute *association lifetime*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ASSOCIATION_LIFETIME: u32 = 0x80520003;
/// Exchange address book property for the directory attribute *attribute certificate*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ATTRIBUTE_CERTIFICATE: u32 = 0x8C451102;
/// Exchange address book property for the directory attribute *auth orig bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL: u32 = 0x8053101F;
/// Exchange address book property for the directory attribute *auth orig bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL_A: u32 = 0x8053101E;
/// Exchange address book property for the directory attribute *auth orig bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL_W: u32 = 0x8053101F;
/// Exchange address book property for the directory attribute *auth orig bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL_O: u32 = 0x8053000D;
/// Exchange address book property for the directory attribute *auth orig bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL_T: u32 = 0x8053101F;
/// Exchange address book property for the directory attribute *auth orig bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL_T_A: u32 = 0x8053101E;
/// Exchange address book property for the directory attribute *auth orig bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTH_ORIG_BL_T_W: u32 = 0x8053101F;
/// Exchange address book property for the directory attribute *authentication to use*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHENTICATION_TO_USE: u32 = 0x819A001F;
/// Exchange address book property for the directory attribute *authentication to use*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHENTICATION_TO_USE_A: u32 = 0x819A001E;
/// Exchange address book property for the directory attribute *authentication to use*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHENTICATION_TO_USE_W: u32 = 0x819A001F;
/// Exchange address book property for the directory attribute *authority revocation list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORITY_REVOCATION_LIST: u32 = 0x80261102;
/// Exchange address book property for the directory attribute *authorized domain*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_DOMAIN: u32 = 0x8054001F;
/// Exchange address book property for the directory attribute *authorized domain*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_DOMAIN_A: u32 = 0x8054001E;
/// Exchange address book property for the directory attribute *authorized domain*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_DOMAIN_W: u32 = 0x8054001F;
/// Exchange address book property for the directory attribute *authorized password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_PASSWORD: u32 = 0x80550102;
/// Exchange address book property for the directory attribute *authorized password confirm*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_PASSWORD_CONFIRM: u32 = 0x81920102;
/// Exchange address book property for the directory attribute *authorized user*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_USER: u32 = 0x8056001F;
/// Exchange address book property for the directory attribute *authorized user*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_USER_A: u32 = 0x8056001E;
/// Exchange address book property for the directory attribute *authorized user*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTHORIZED_USER_W: u32 = 0x8056001F;
/// Exchange address book property for the directory attribute *autoreply*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY: u32 = 0x800B000B;
/// Exchange address book property for the directory attribute *autoreply message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY_MESSAGE: u32 = 0x800A001F;
/// Exchange address book property for the directory attribute *autoreply message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY_MESSAGE_A: u32 = 0x800A001E;
/// Exchange address book property for the directory attribute *autoreply message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY_MESSAGE_W: u32 = 0x800A001F;
/// Exchange address book property for the directory attribute *autoreply subject*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY_SUBJECT: u32 = 0x803E001F;
/// Exchange address book property for the directory attribute *autoreply subject*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY_SUBJECT_A: u32 = 0x803E001E;
/// Exchange address book property for the directory attribute *autoreply subject*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AUTOREPLY_SUBJECT_W: u32 = 0x803E001F;
/// Exchange address book property for the directory attribute *available authorization packages*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AVAILABLE_AUTHORIZATION_PACKAGES: u32 = 0x8181101F;
/// Exchange address book property for the directory attribute *available authorization packages*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AVAILABLE_AUTHORIZATION_PACKAGES_A: u32 = 0x8181101E;
/// Exchange address book property for the directory attribute *available authorization packages*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AVAILABLE_AUTHORIZATION_PACKAGES_W: u32 = 0x8181101F;
/// Exchange address book property for the directory attribute *available distributions*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AVAILABLE_DISTRIBUTIONS: u32 = 0x818B001F;
/// Exchange address book property for the directory attribute *available distributions*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AVAILABLE_DISTRIBUTIONS_A: u32 = 0x818B001E;
/// Exchange address book property for the directory attribute *available distributions*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_AVAILABLE_DISTRIBUTIONS_W: u32 = 0x818B001F;
/// Exchange address book property for the directory attribute *bridgehead servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS: u32 = 0x8174101F;
/// Exchange address book property for the directory attribute *bridgehead servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS_A: u32 = 0x8174101E;
/// Exchange address book property for the directory attribute *bridgehead servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS_W: u32 = 0x8174101F;
/// Exchange address book property for the directory attribute *bridgehead servers o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS_O: u32 = 0x8174000D;
/// Exchange address book property for the directory attribute *bridgehead servers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS_T: u32 = 0x8174101F;
/// Exchange address book property for the directory attribute *bridgehead servers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS_T_A: u32 = 0x8174101E;
/// Exchange address book property for the directory attribute *bridgehead servers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BRIDGEHEAD_SERVERS_T_W: u32 = 0x8174101F;
/// Exchange address book property for the directory attribute *business category*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BUSINESS_CATEGORY: u32 = 0x8057101F;
/// Exchange address book property for the directory attribute *business category*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BUSINESS_CATEGORY_A: u32 = 0x8057101E;
/// Exchange address book property for the directory attribute *business category*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BUSINESS_CATEGORY_W: u32 = 0x8057101F;
/// Exchange address book property for the directory attribute *business roles*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_BUSINESS_ROLES: u32 = 0x80230102;
/// Exchange address book property for the directory attribute *ca certificate*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CA_CERTIFICATE: u32 = 0x80031102;
/// Exchange address book property for the directory attribute *can create PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF: u32 = 0x8058101F;
/// Exchange address book property for the directory attribute *can create PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_A: u32 = 0x8058101E;
/// Exchange address book property for the directory attribute *can create PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_W: u32 = 0x8058101F;
/// Exchange address book property for the directory attribute *can create PF o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_O: u32 = 0x8058000D;
/// Exchange address book property for the directory attribute *can create PF t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_T: u32 = 0x8058101F;
/// Exchange address book property for the directory attribute *can create PF t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_T_A: u32 = 0x8058101E;
/// Exchange address book property for the directory attribute *can create PF t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_T_W: u32 = 0x8058101F;
/// Exchange address book property for the directory attribute *can create PF bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL: u32 = 0x8059101F;
/// Exchange address book property for the directory attribute *can create PF bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL_A: u32 = 0x8059101E;
/// Exchange address book property for the directory attribute *can create PF bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL_W: u32 = 0x8059101F;
/// Exchange address book property for the directory attribute *can create PF bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL_O: u32 = 0x8059000D;
/// Exchange address book property for the directory attribute *can create PF bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL_T: u32 = 0x8059101F;
/// Exchange address book property for the directory attribute *can create PF bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL_T_A: u32 = 0x8059101E;
/// Exchange address book property for the directory attribute *can create PF bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_BL_T_W: u32 = 0x8059101F;
/// Exchange address book property for the directory attribute *can create PF DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL: u32 = 0x805A101F;
/// Exchange address book property for the directory attribute *can create PF DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_A: u32 = 0x805A101E;
/// Exchange address book property for the directory attribute *can create PF DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_W: u32 = 0x805A101F;
/// Exchange address book property for the directory attribute *can create PF DL o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_O: u32 = 0x805A000D;
/// Exchange address book property for the directory attribute *can create PF DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_T: u32 = 0x805A101F;
/// Exchange address book property for the directory attribute *can create PF DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_T_A: u32 = 0x805A101E;
/// Exchange address book property for the directory attribute *can create PF DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_T_W: u32 = 0x805A101F;
/// Exchange address book property for the directory attribute *can create PF DL bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL: u32 = 0x805B101F;
/// Exchange address book property for the directory attribute *can create PF DL bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL_A: u32 = 0x805B101E;
/// Exchange address book property for the directory attribute *can create PF DL bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL_W: u32 = 0x805B101F;
/// Exchange address book property for the directory attribute *can create PF DL bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL_O: u32 = 0x805B000D;
/// Exchange address book property for the directory attribute *can create PF DL bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL_T: u32 = 0x805B101F;
/// Exchange address book property for the directory attribute *can create PF DL bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL_T_A: u32 = 0x805B101E;
/// Exchange address book property for the directory attribute *can create PF DL bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_CREATE_PF_DL_BL_T_W: u32 = 0x805B101F;
/// Exchange address book property for the directory attribute *can not create PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF: u32 = 0x805C101F;
/// Exchange address book property for the directory attribute *can not create PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_A: u32 = 0x805C101E;
/// Exchange address book property for the directory attribute *can not create PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_W: u32 = 0x805C101F;
/// Exchange address book property for the directory attribute *can not create PF o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_O: u32 = 0x805C000D;
/// Exchange address book property for the directory attribute *can not create PF t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_T: u32 = 0x805C101F;
/// Exchange address book property for the directory attribute *can not create PF t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_T_A: u32 = 0x805C101E;
/// Exchange address book property for the directory attribute *can not create PF t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_T_W: u32 = 0x805C101F;
/// Exchange address book property for the directory attribute *can not create PF bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL: u32 = 0x805D101F;
/// Exchange address book property for the directory attribute *can not create PF bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL_A: u32 = 0x805D101E;
/// Exchange address book property for the directory attribute *can not create PF bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL_W: u32 = 0x805D101F;
/// Exchange address book property for the directory attribute *can not create PF bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL_O: u32 = 0x805D000D;
/// Exchange address book property for the directory attribute *can not create PF bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL_T: u32 = 0x805D101F;
/// Exchange address book property for the directory attribute *can not create PF bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL_T_A: u32 = 0x805D101E;
/// Exchange address book property for the directory attribute *can not create PF bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_BL_T_W: u32 = 0x805D101F;
/// Exchange address book property for the directory attribute *can not create PF DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL: u32 = 0x805E101F;
/// Exchange address book property for the directory attribute *can not create PF DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_A: u32 = 0x805E101E;
/// Exchange address book property for the directory attribute *can not create PF DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_W: u32 = 0x805E101F;
/// Exchange address book property for the directory attribute *can not create PF DL o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_O: u32 = 0x805E000D;
/// Exchange address book property for the directory attribute *can not create PF DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_T: u32 = 0x805E101F;
/// Exchange address book property for the directory attribute *can not create PF DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_T_A: u32 = 0x805E101E;
/// Exchange address book property for the directory attribute *can not create PF DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_T_W: u32 = 0x805E101F;
/// Exchange address book property for the directory attribute *can not create PF DL bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL: u32 = 0x805F101F;
/// Exchange address book property for the directory attribute *can not create PF DL bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL_A: u32 = 0x805F101E;
/// Exchange address book property for the directory attribute *can not create PF DL bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL_W: u32 = 0x805F101F;
/// Exchange address book property for the directory attribute *can not create PF DL bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL_O: u32 = 0x805F000D;
/// Exchange address book property for the directory attribute *can not create PF DL bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL_T: u32 = 0x805F101F;
/// Exchange address book property for the directory attribute *can not create PF DL bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL_T_A: u32 = 0x805F101E;
/// Exchange address book property for the directory attribute *can not create PF DL bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_NOT_CREATE_PF_DL_BL_T_W: u32 = 0x805F101F;
/// Exchange address book property for the directory attribute *can preserve dns*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CAN_PRESERVE_DNS: u32 = 0x8060000B;
/// Exchange address book property for the directory attribute *certificate chain V3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CERTIFICATE_CHAIN_V3: u32 = 0x8C270102;
/// Exchange address book property for the directory attribute *certificate revocation list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CERTIFICATE_REVOCATION_LIST: u32 = 0x80160102;
/// Exchange address book property for the directory attribute *certificate revocation list V1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CERTIFICATE_REVOCATION_LIST_V1: u32 = 0x8C290102;
/// Exchange address book property for the directory attribute *certificate revocation list V3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CERTIFICATE_REVOCATION_LIST_V3: u32 = 0x8C280102;
/// Exchange address book property for the directory attribute *character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHARACTER_SET: u32 = 0x8185001F;
/// Exchange address book property for the directory attribute *character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHARACTER_SET_A: u32 = 0x8185001E;
/// Exchange address book property for the directory attribute *character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHARACTER_SET_W: u32 = 0x8185001F;
/// Exchange address book property for the directory attribute *character set list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHARACTER_SET_LIST: u32 = 0x8182101F;
/// Exchange address book property for the directory attribute *character set list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHARACTER_SET_LIST_A: u32 = 0x8182101E;
/// Exchange address book property for the directory attribute *character set list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CHARACTER_SET_LIST_W: u32 = 0x8182101F;
/// Exchange address book property for the directory attribute *client access enabled*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CLIENT_ACCESS_ENABLED: u32 = 0x8C24000B;
/// Exchange address book property for the directory attribute *clock alert offset*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CLOCK_ALERT_OFFSET: u32 = 0x80610003;
/// Exchange address book property for the directory attribute *clock alert repair*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CLOCK_ALERT_REPAIR: u32 = 0x8062000B;
/// Exchange address book property for the directory attribute *clock warning offset*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CLOCK_WARNING_OFFSET: u32 = 0x80630003;
/// Exchange address book property for the directory attribute *clock warning repair*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CLOCK_WARNING_REPAIR: u32 = 0x8064000B;
/// Exchange address book property for the directory attribute *compromised key list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COMPROMISED_KEY_LIST: u32 = 0x81C40102;
/// Exchange address book property for the directory attribute *computer name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COMPUTER_NAME: u32 = 0x8065001F;
/// Exchange address book property for the directory attribute *computer name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COMPUTER_NAME_A: u32 = 0x8065001E;
/// Exchange address book property for the directory attribute *computer name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COMPUTER_NAME_W: u32 = 0x8065001F;
/// Exchange address book property for the directory attribute *connected domains*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONNECTED_DOMAINS: u32 = 0x8066101F;
/// Exchange address book property for the directory attribute *connected domains*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONNECTED_DOMAINS_A: u32 = 0x8066101E;
/// Exchange address book property for the directory attribute *connected domains*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONNECTED_DOMAINS_W: u32 = 0x8066101F;
/// Exchange address book property for the directory attribute *connection list filter*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONNECTION_LIST_FILTER: u32 = 0x81800102;
/// Exchange address book property for the directory attribute *connection list filter type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONNECTION_LIST_FILTER_TYPE: u32 = 0x81B40003;
/// Exchange address book property for the directory attribute *connection type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONNECTION_TYPE: u32 = 0x81B3000B;
/// Exchange address book property for the directory attribute *container information*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONTAINER_INFO: u32 = 0x80670003;
/// Exchange address book property for the directory attribute *content type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONTENT_TYPE: u32 = 0x81860003;
/// Exchange address book property for the directory attribute *control message folder ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONTROL_MSG_FOLDER_ID: u32 = 0x81880102;
/// Exchange address book property for the directory attribute *control message rules*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CONTROL_MSG_RULES: u32 = 0x818A0102;
/// Exchange address book property for the directory attribute *cost*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COST: u32 = 0x80680003;
/// Exchange address book property for the directory attribute *country name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COUNTRY_NAME: u32 = 0x8069001F;
/// Exchange address book property for the directory attribute *country name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COUNTRY_NAME_A: u32 = 0x8069001E;
/// Exchange address book property for the directory attribute *country name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_COUNTRY_NAME_W: u32 = 0x8069001F;
/// Exchange address book property for the directory attribute *cross certificate CRL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CROSS_CERTIFICATE_CRL: u32 = 0x8C301102;
/// Exchange address book property for the directory attribute *cross certificate pair*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_CROSS_CERTIFICATE_PAIR: u32 = 0x80251102;
/// Exchange address book property for the directory attribute *default message format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DEFAULT_MESSAGE_FORMAT: u32 = 0x8C37000B;
/// Exchange address book property for the directory attribute *delegate user*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELEGATE_USER: u32 = 0x8C49000B;
/// Exchange address book property for the directory attribute *deliv cont length*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELIV_CONT_LENGTH: u32 = 0x806A0003;
/// Exchange address book property for the directory attribute *deliv eits*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELIV_EITS: u32 = 0x806B1102;
/// Exchange address book property for the directory attribute *deliv ext cont types*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELIV_EXT_CONT_TYPES: u32 = 0x806C1102;
/// Exchange address book property for the directory attribute *deliver and redirect*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELIVER_AND_REDIRECT: u32 = 0x806D000B;
/// Exchange address book property for the directory attribute *delivery mechanism*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELIVERY_MECHANISM: u32 = 0x806E0003;
/// Exchange address book property for the directory attribute *delta revocation list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DELTA_REVOCATION_LIST: u32 = 0x8C461102;
/// Exchange address book property for the directory attribute *description*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DESCRIPTION: u32 = 0x806F101F;
/// Exchange address book property for the directory attribute *description*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DESCRIPTION_A: u32 = 0x806F101E;
/// Exchange address book property for the directory attribute *description*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DESCRIPTION_W: u32 = 0x806F101F;
/// Exchange address book property for the directory attribute *destination indicator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DESTINATION_INDICATOR: u32 = 0x8070101F;
/// Exchange address book property for the directory attribute *destination indicator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DESTINATION_INDICATOR_A: u32 = 0x8070101E;
/// Exchange address book property for the directory attribute *destination indicator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DESTINATION_INDICATOR_W: u32 = 0x8070101F;
/// Exchange address book property for the directory attribute *diagnostic reg key*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DIAGNOSTIC_REG_KEY: u32 = 0x8071001F;
/// Exchange address book property for the directory attribute *diagnostic reg key*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DIAGNOSTIC_REG_KEY_A: u32 = 0x8071001E;
/// Exchange address book property for the directory attribute *diagnostic reg key*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DIAGNOSTIC_REG_KEY_W: u32 = 0x8071001F;
/// Exchange address book property for the directory attribute *disable deferred commit*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISABLE_DEFERRED_COMMIT: u32 = 0x8C23000B;
/// Exchange address book property for the directory attribute *disabled gateway proxy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISABLED_GATEWAY_PROXY: u32 = 0x81C3101F;
/// Exchange address book property for the directory attribute *disabled gateway proxy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISABLED_GATEWAY_PROXY_A: u32 = 0x81C3101E;
/// Exchange address book property for the directory attribute *disabled gateway proxy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISABLED_GATEWAY_PROXY_W: u32 = 0x81C3101F;
/// Exchange address book property for the directory attribute *display name override*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_OVERRIDE: u32 = 0x8001000B;
/// Exchange address book property for the directory attribute *display name suffix*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_SUFFIX: u32 = 0x8C44001F;
/// Exchange address book property for the directory attribute *display name suffix*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_SUFFIX_A: u32 = 0x8C44001E;
/// Exchange address book property for the directory attribute *display name suffix*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DISPLAY_NAME_SUFFIX_W: u32 = 0x8C44001F;
/// Exchange address book property for the directory attribute *DL mem reject perms bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL: u32 = 0x8072101F;
/// Exchange address book property for the directory attribute *DL mem reject perms bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL_A: u32 = 0x8072101E;
/// Exchange address book property for the directory attribute *DL mem reject perms bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL_W: u32 = 0x8072101F;
/// Exchange address book property for the directory attribute *DL mem reject perms bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL_O: u32 = 0x8072000D;
/// Exchange address book property for the directory attribute *DL mem reject perms bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL_T: u32 = 0x8072101F;
/// Exchange address book property for the directory attribute *DL mem reject perms bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL_T_A: u32 = 0x8072101E;
/// Exchange address book property for the directory attribute *DL mem reject perms bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_REJECT_PERMS_BL_T_W: u32 = 0x8072101F;
/// Exchange address book property for the directory attribute *DL mem submit perms bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL: u32 = 0x8073101F;
/// Exchange address book property for the directory attribute *DL mem submit perms bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL_A: u32 = 0x8073101E;
/// Exchange address book property for the directory attribute *DL mem submit perms bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL_W: u32 = 0x8073101F;
/// Exchange address book property for the directory attribute *DL mem submit perms bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL_O: u32 = 0x8073000D;
/// Exchange address book property for the directory attribute *DL mem submit perms bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL_T: u32 = 0x8073101F;
/// Exchange address book property for the directory attribute *DL mem submit perms bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL_T_A: u32 = 0x8073101E;
/// Exchange address book property for the directory attribute *DL mem submit perms bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEM_SUBMIT_PERMS_BL_T_W: u32 = 0x8073101F;
/// Exchange address book property for the directory attribute *DL member rule*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_MEMBER_RULE: u32 = 0x80741102;
/// Exchange address book property for the directory attribute *dmd name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DMD_NAME: u32 = 0x8C56001F;
/// Exchange address book property for the directory attribute *dmd name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DMD_NAME_A: u32 = 0x8C56001E;
/// Exchange address book property for the directory attribute *dmd name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DMD_NAME_W: u32 = 0x8C56001F;
/// Exchange address book property for the directory attribute *do OAB version*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DO_OAB_VERSION: u32 = 0x8C3A0003;
/// Exchange address book property for the directory attribute *domain def alt recip*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP: u32 = 0x8075001F;
/// Exchange address book property for the directory attribute *domain def alt recip*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP_A: u32 = 0x8075001E;
/// Exchange address book property for the directory attribute *domain def alt recip*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP_W: u32 = 0x8075001F;
/// Exchange address book property for the directory attribute *domain def alt recip o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP_O: u32 = 0x8075000D;
/// Exchange address book property for the directory attribute *domain def alt recip t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP_T: u32 = 0x8075001F;
/// Exchange address book property for the directory attribute *domain def alt recip t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP_T_A: u32 = 0x8075001E;
/// Exchange address book property for the directory attribute *domain def alt recip t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_DEF_ALT_RECIP_T_W: u32 = 0x8075001F;
/// Exchange address book property for the directory attribute *domain name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_NAME: u32 = 0x8076001F;
/// Exchange address book property for the directory attribute *domain name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_NAME_A: u32 = 0x8076001E;
/// Exchange address book property for the directory attribute *domain name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DOMAIN_NAME_W: u32 = 0x8076001F;
/// Exchange address book property for the directory attribute *dsa signature*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DSA_SIGNATURE: u32 = 0x80770102;
/// Exchange address book property for the directory attribute *dxa admin copy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_ADMIN_COPY: u32 = 0x8078000B;
/// Exchange address book property for the directory attribute *dxa admin forward*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_ADMIN_FORWARD: u32 = 0x8079000B;
/// Exchange address book property for the directory attribute *dxa admin update*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_ADMIN_UPDATE: u32 = 0x807A0003;
/// Exchange address book property for the directory attribute *dxa append reqcn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_APPEND_REQCN: u32 = 0x807B000B;
/// Exchange address book property for the directory attribute *dxa conf container list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST: u32 = 0x807C101F;
/// Exchange address book property for the directory attribute *dxa conf container list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_A: u32 = 0x807C101E;
/// Exchange address book property for the directory attribute *dxa conf container list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_W: u32 = 0x807C101F;
/// Exchange address book property for the directory attribute *dxa conf container list o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_O: u32 = 0x807C000D;
/// Exchange address book property for the directory attribute *dxa conf container list t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_T: u32 = 0x807C101F;
/// Exchange address book property for the directory attribute *dxa conf container list t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_T_A: u32 = 0x807C101E;
/// Exchange address book property for the directory attribute *dxa conf container list t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_T_W: u32 = 0x807C101F;
/// Exchange address book property for the directory attribute *dxa conf container list bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL: u32 = 0x8C76101F;
/// Exchange address book property for the directory attribute *dxa conf container list bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL_A: u32 = 0x8C76101E;
/// Exchange address book property for the directory attribute *dxa conf container list bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL_W: u32 = 0x8C76101F;
/// Exchange address book property for the directory attribute *dxa conf container list bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL_O: u32 = 0x8C76000D;
/// Exchange address book property for the directory attribute *dxa conf container list bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL_T: u32 = 0x8C76101F;
/// Exchange address book property for the directory attribute *dxa conf container list bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL_T_A: u32 = 0x8C76101E;
/// Exchange address book property for the directory attribute *dxa conf container list bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_BL_T_W: u32 = 0x8C76101F;
/// Exchange address book property for the directory attribute *dxa conf container list linked*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED: u32 = 0x8C71101F;
/// Exchange address book property for the directory attribute *dxa conf container list linked*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED_A: u32 = 0x8C71101E;
/// Exchange address book property for the directory attribute *dxa conf container list linked*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED_W: u32 = 0x8C71101F;
/// Exchange address book property for the directory attribute *dxa conf container list linked o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED_O: u32 = 0x8C71000D;
/// Exchange address book property for the directory attribute *dxa conf container list linked t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED_T: u32 = 0x8C71101F;
/// Exchange address book property for the directory attribute *dxa conf container list linked t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED_T_A: u32 = 0x8C71101E;
/// Exchange address book property for the directory attribute *dxa conf container list linked t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_CONTAINER_LIST_LINKED_T_W: u32 = 0x8C71101F;
/// Exchange address book property for the directory attribute *dxa conf req time*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_REQ_TIME: u32 = 0x807D0040;
/// Exchange address book property for the directory attribute *dxa conf seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_SEQ: u32 = 0x807E001F;
/// Exchange address book property for the directory attribute *dxa conf seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_SEQ_A: u32 = 0x807E001E;
/// Exchange address book property for the directory attribute *dxa conf seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_SEQ_W: u32 = 0x807E001F;
/// Exchange address book property for the directory attribute *dxa conf seq usn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_CONF_SEQ_USN: u32 = 0x807F0003;
/// Exchange address book property for the directory attribute *dxa exchange options*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_EXCHANGE_OPTIONS: u32 = 0x80800003;
/// Exchange address book property for the directory attribute *dxa export now*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_EXPORT_NOW: u32 = 0x8081000B;
/// Exchange address book property for the directory attribute *dxa flags*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_FLAGS: u32 = 0x80820003;
/// Exchange address book property for the directory attribute *dxa imp seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IMP_SEQ: u32 = 0x8083001F;
/// Exchange address book property for the directory attribute *dxa imp seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IMP_SEQ_A: u32 = 0x8083001E;
/// Exchange address book property for the directory attribute *dxa imp seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IMP_SEQ_W: u32 = 0x8083001F;
/// Exchange address book property for the directory attribute *dxa imp seq time*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IMP_SEQ_TIME: u32 = 0x80840040;
/// Exchange address book property for the directory attribute *dxa imp seq usn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IMP_SEQ_USN: u32 = 0x80850003;
/// Exchange address book property for the directory attribute *dxa import now*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IMPORT_NOW: u32 = 0x8086000B;
/// Exchange address book property for the directory attribute *dxa in template map*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IN_TEMPLATE_MAP: u32 = 0x8087101F;
/// Exchange address book property for the directory attribute *dxa in template map*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IN_TEMPLATE_MAP_A: u32 = 0x8087101E;
/// Exchange address book property for the directory attribute *dxa in template map*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_IN_TEMPLATE_MAP_W: u32 = 0x8087101F;
/// Exchange address book property for the directory attribute *dxa local admin*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN: u32 = 0x8088001F;
/// Exchange address book property for the directory attribute *dxa local admin*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN_A: u32 = 0x8088001E;
/// Exchange address book property for the directory attribute *dxa local admin*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN_W: u32 = 0x8088001F;
/// Exchange address book property for the directory attribute *dxa local admin o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN_O: u32 = 0x8088000D;
/// Exchange address book property for the directory attribute *dxa local admin t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN_T: u32 = 0x8088001F;
/// Exchange address book property for the directory attribute *dxa local admin t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN_T_A: u32 = 0x8088001E;
/// Exchange address book property for the directory attribute *dxa local admin t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOCAL_ADMIN_T_W: u32 = 0x8088001F;
/// Exchange address book property for the directory attribute *dxa logging level*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_LOGGING_LEVEL: u32 = 0x80890003;
/// Exchange address book property for the directory attribute *dxa native address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_NATIVE_ADDRESS_TYPE: u32 = 0x808A001F;
/// Exchange address book property for the directory attribute *dxa native address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_NATIVE_ADDRESS_TYPE_A: u32 = 0x808A001E;
/// Exchange address book property for the directory attribute *dxa native address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_NATIVE_ADDRESS_TYPE_W: u32 = 0x808A001F;
/// Exchange address book property for the directory attribute *dxa out template map*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_OUT_TEMPLATE_MAP: u32 = 0x808B101F;
/// Exchange address book property for the directory attribute *dxa out template map*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_OUT_TEMPLATE_MAP_A: u32 = 0x808B101E;
/// Exchange address book property for the directory attribute *dxa out template map*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_OUT_TEMPLATE_MAP_W: u32 = 0x808B101F;
/// Exchange address book property for the directory attribute *dxa password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PASSWORD: u32 = 0x808C001F;
/// Exchange address book property for the directory attribute *dxa password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PASSWORD_A: u32 = 0x808C001E;
/// Exchange address book property for the directory attribute *dxa password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PASSWORD_W: u32 = 0x808C001F;
/// Exchange address book property for the directory attribute *dxa prev exchange options*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_EXCHANGE_OPTIONS: u32 = 0x808D0003;
/// Exchange address book property for the directory attribute *dxa prev export native only*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_EXPORT_NATIVE_ONLY: u32 = 0x808E000B;
/// Exchange address book property for the directory attribute *dxa prev in exchange sensitivity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_IN_EXCHANGE_SENSITIVITY: u32 = 0x808F0003;
/// Exchange address book property for the directory attribute *dxa prev remote entries*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES: u32 = 0x8090001F;
/// Exchange address book property for the directory attribute *dxa prev remote entries*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES_A: u32 = 0x8090001E;
/// Exchange address book property for the directory attribute *dxa prev remote entries*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES_W: u32 = 0x8090001F;
/// Exchange address book property for the directory attribute *dxa prev remote entries o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES_O: u32 = 0x8090000D;
/// Exchange address book property for the directory attribute *dxa prev remote entries t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES_T: u32 = 0x8090001F;
/// Exchange address book property for the directory attribute *dxa prev remote entries t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES_T_A: u32 = 0x8090001E;
/// Exchange address book property for the directory attribute *dxa prev remote entries t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REMOTE_ENTRIES_T_W: u32 = 0x8090001F;
/// Exchange address book property for the directory attribute *dxa prev replication sensitivity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_REPLICATION_SENSITIVITY: u32 = 0x80910003;
/// Exchange address book property for the directory attribute *dxa prev template options*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_TEMPLATE_OPTIONS: u32 = 0x80920003;
/// Exchange address book property for the directory attribute *dxa prev types*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_PREV_TYPES: u32 = 0x80930003;
/// Exchange address book property for the directory attribute *dxa recipient cp*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_RECIPIENT_CP: u32 = 0x8094001F;
/// Exchange address book property for the directory attribute *dxa recipient cp*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_RECIPIENT_CP_A: u32 = 0x8094001E;
/// Exchange address book property for the directory attribute *dxa recipient cp*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_RECIPIENT_CP_W: u32 = 0x8094001F;
/// Exchange address book property for the directory attribute *dxa remote client*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT: u32 = 0x8095001F;
/// Exchange address book property for the directory attribute *dxa remote client*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT_A: u32 = 0x8095001E;
/// Exchange address book property for the directory attribute *dxa remote client*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT_W: u32 = 0x8095001F;
/// Exchange address book property for the directory attribute *dxa remote client o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT_O: u32 = 0x8095000D;
/// Exchange address book property for the directory attribute *dxa remote client t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT_T: u32 = 0x8095001F;
/// Exchange address book property for the directory attribute *dxa remote client t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT_T_A: u32 = 0x8095001E;
/// Exchange address book property for the directory attribute *dxa remote client t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REMOTE_CLIENT_T_W: u32 = 0x8095001F;
/// Exchange address book property for the directory attribute *dxa req seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQ_SEQ: u32 = 0x8096001F;
/// Exchange address book property for the directory attribute *dxa req seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQ_SEQ_A: u32 = 0x8096001E;
/// Exchange address book property for the directory attribute *dxa req seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQ_SEQ_W: u32 = 0x8096001F;
/// Exchange address book property for the directory attribute *dxa req seq time*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQ_SEQ_TIME: u32 = 0x80970040;
/// Exchange address book property for the directory attribute *dxa req seq usn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQ_SEQ_USN: u32 = 0x80980003;
/// Exchange address book property for the directory attribute *dxa reqname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQNAME: u32 = 0x8099001F;
/// Exchange address book property for the directory attribute *dxa reqname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQNAME_A: u32 = 0x8099001E;
/// Exchange address book property for the directory attribute *dxa reqname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_REQNAME_W: u32 = 0x8099001F;
/// Exchange address book property for the directory attribute *dxa svr seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_SVR_SEQ: u32 = 0x809A001F;
/// Exchange address book property for the directory attribute *dxa svr seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_SVR_SEQ_A: u32 = 0x809A001E;
/// Exchange address book property for the directory attribute *dxa svr seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_SVR_SEQ_W: u32 = 0x809A001F;
/// Exchange address book property for the directory attribute *dxa svr seq time*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_SVR_SEQ_TIME: u32 = 0x809B0040;
/// Exchange address book property for the directory attribute *dxa svr seq usn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_SVR_SEQ_USN: u32 = 0x809C0003;
/// Exchange address book property for the directory attribute *dxa task*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_TASK: u32 = 0x809D0003;
/// Exchange address book property for the directory attribute *dxa template options*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_TEMPLATE_OPTIONS: u32 = 0x809E0003;
/// Exchange address book property for the directory attribute *dxa template timestamp*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_TEMPLATE_TIMESTAMP: u32 = 0x809F0040;
/// Exchange address book property for the directory attribute *dxa types*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_TYPES: u32 = 0x80A00003;
/// Exchange address book property for the directory attribute *dxa unconf container list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST: u32 = 0x80A1101F;
/// Exchange address book property for the directory attribute *dxa unconf container list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_A: u32 = 0x80A1101E;
/// Exchange address book property for the directory attribute *dxa unconf container list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_W: u32 = 0x80A1101F;
/// Exchange address book property for the directory attribute *dxa unconf container list o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_O: u32 = 0x80A1000D;
/// Exchange address book property for the directory attribute *dxa unconf container list t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_T: u32 = 0x80A1101F;
/// Exchange address book property for the directory attribute *dxa unconf container list t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_T_A: u32 = 0x80A1101E;
/// Exchange address book property for the directory attribute *dxa unconf container list t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_T_W: u32 = 0x80A1101F;
/// Exchange address book property for the directory attribute *dxa unconf container list bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL: u32 = 0x8C77101F;
/// Exchange address book property for the directory attribute *dxa unconf container list bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL_A: u32 = 0x8C77101E;
/// Exchange address book property for the directory attribute *dxa unconf container list bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL_W: u32 = 0x8C77101F;
/// Exchange address book property for the directory attribute *dxa unconf container list bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL_O: u32 = 0x8C77000D;
/// Exchange address book property for the directory attribute *dxa unconf container list bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL_T: u32 = 0x8C77101F;
/// Exchange address book property for the directory attribute *dxa unconf container list bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL_T_A: u32 = 0x8C77101E;
/// Exchange address book property for the directory attribute *dxa unconf container list bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_BL_T_W: u32 = 0x8C77101F;
/// Exchange address book property for the directory attribute *dxa unconf container list linked*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED: u32 = 0x8C72101F;
/// Exchange address book property for the directory attribute *dxa unconf container list linked*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED_A: u32 = 0x8C72101E;
/// Exchange address book property for the directory attribute *dxa unconf container list linked*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED_W: u32 = 0x8C72101F;
/// Exchange address book property for the directory attribute *dxa unconf container list linked o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED_O: u32 = 0x8C72000D;
/// Exchange address book property for the directory attribute *dxa unconf container list linked t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED_T: u32 = 0x8C72101F;
/// Exchange address book property for the directory attribute *dxa unconf container list linked t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED_T_A: u32 = 0x8C72101E;
/// Exchange address book property for the directory attribute *dxa unconf container list linked t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DXA_UNCONF_CONTAINER_LIST_LINKED_T_W: u32 = 0x8C72101F;
/// Exchange address book property for the directory attribute *employee number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EMPLOYEE_NUMBER: u32 = 0x8C67001F;
/// Exchange address book property for the directory attribute *employee number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EMPLOYEE_NUMBER_A: u32 = 0x8C67001E;
/// Exchange address book property for the directory attribute *employee number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EMPLOYEE_NUMBER_W: u32 = 0x8C67001F;
/// Exchange address book property for the directory attribute *employee type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EMPLOYEE_TYPE: u32 = 0x8C69001F;
/// Exchange address book property for the directory attribute *employee type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EMPLOYEE_TYPE_A: u32 = 0x8C69001E;
/// Exchange address book property for the directory attribute *employee type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EMPLOYEE_TYPE_W: u32 = 0x8C69001F;
/// Exchange address book property for the directory attribute *enable compatibility*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLE_COMPATIBILITY: u32 = 0x8C32000B;
/// Exchange address book property for the directory attribute *enabled*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLED: u32 = 0x8C21000B;
/// Exchange address book property for the directory attribute *enabled authorization packages*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLED_AUTHORIZATION_PACKAGES: u32 = 0x8184101F;
/// Exchange address book property for the directory attribute *enabled authorization packages*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLED_AUTHORIZATION_PACKAGES_A: u32 = 0x8184101E;
/// Exchange address book property for the directory attribute *enabled authorization packages*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLED_AUTHORIZATION_PACKAGES_W: u32 = 0x8184101F;
/// Exchange address book property for the directory attribute *enabled protocol cfg*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLED_PROTOCOL_CFG: u32 = 0x81A8000B;
/// Exchange address book property for the directory attribute *enabled protocols*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENABLED_PROTOCOLS: u32 = 0x817F0003;
/// Exchange address book property for the directory attribute *encapsulation method*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCAPSULATION_METHOD: u32 = 0x80A20003;
/// Exchange address book property for the directory attribute *encrypt*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT: u32 = 0x80A3000B;
/// Exchange address book property for the directory attribute *encrypt alg list na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_LIST_NA: u32 = 0x8040101F;
/// Exchange address book property for the directory attribute *encrypt alg list na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_LIST_NA_A: u32 = 0x8040101E;
/// Exchange address book property for the directory attribute *encrypt alg list na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_LIST_NA_W: u32 = 0x8040101F;
/// Exchange address book property for the directory attribute *encrypt alg list other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_LIST_OTHER: u32 = 0x8041101F;
/// Exchange address book property for the directory attribute *encrypt alg list other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_LIST_OTHER_A: u32 = 0x8041101E;
/// Exchange address book property for the directory attribute *encrypt alg list other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_LIST_OTHER_W: u32 = 0x8041101F;
/// Exchange address book property for the directory attribute *encrypt alg selected na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_SELECTED_NA: u32 = 0x8043001F;
/// Exchange address book property for the directory attribute *encrypt alg selected na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_SELECTED_NA_A: u32 = 0x8043001E;
/// Exchange address book property for the directory attribute *encrypt alg selected na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_SELECTED_NA_W: u32 = 0x8043001F;
/// Exchange address book property for the directory attribute *encrypt alg selected other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_SELECTED_OTHER: u32 = 0x803D001F;
/// Exchange address book property for the directory attribute *encrypt alg selected other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_SELECTED_OTHER_A: u32 = 0x803D001E;
/// Exchange address book property for the directory attribute *encrypt alg selected other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ENCRYPT_ALG_SELECTED_OTHER_W: u32 = 0x803D001F;
/// Exchange address book property for the directory attribute *expand dls locally*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPAND_DLS_LOCALLY: u32 = 0x80A4000B;
/// Exchange address book property for the directory attribute *expiration time*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPIRATION_TIME: u32 = 0x80280040;
/// Exchange address book property for the directory attribute *export containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS: u32 = 0x80A5101F;
/// Exchange address book property for the directory attribute *export containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS_A: u32 = 0x80A5101E;
/// Exchange address book property for the directory attribute *export containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS_W: u32 = 0x80A5101F;
/// Exchange address book property for the directory attribute *export containers o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS_O: u32 = 0x80A5000D;
/// Exchange address book property for the directory attribute *export containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS_T: u32 = 0x80A5101F;
/// Exchange address book property for the directory attribute *export containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS_T_A: u32 = 0x80A5101E;
/// Exchange address book property for the directory attribute *export containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CONTAINERS_T_W: u32 = 0x80A5101F;
/// Exchange address book property for the directory attribute *export custom recipients*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXPORT_CUSTOM_RECIPIENTS: u32 = 0x80A6000B;
/// Exchange address book property for the directory attribute *extended chars allowed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENDED_CHARS_ALLOWED: u32 = 0x80A7000B;
/// Exchange address book property for the directory attribute *extension attribute 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_1: u32 = 0x802D001F;
/// Exchange address book property for the directory attribute *extension attribute 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_1_A: u32 = 0x802D001E;
/// Exchange address book property for the directory attribute *extension attribute 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_1_W: u32 = 0x802D001F;
/// Exchange address book property for the directory attribute *extension attribute 10*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_10: u32 = 0x8036001F;
/// Exchange address book property for the directory attribute *extension attribute 10*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_10_A: u32 = 0x8036001E;
/// Exchange address book property for the directory attribute *extension attribute 10*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_10_W: u32 = 0x8036001F;
/// Exchange address book property for the directory attribute *extension attribute 11*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_11: u32 = 0x8C57001F;
/// Exchange address book property for the directory attribute *extension attribute 11*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_11_A: u32 = 0x8C57001E;
/// Exchange address book property for the directory attribute *extension attribute 11*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_11_W: u32 = 0x8C57001F;
/// Exchange address book property for the directory attribute *extension attribute 12*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_12: u32 = 0x8C58001F;
/// Exchange address book property for the directory attribute *extension attribute 12*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_12_A: u32 = 0x8C58001E;
/// Exchange address book property for the directory attribute *extension attribute 12*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_12_W: u32 = 0x8C58001F;
/// Exchange address book property for the directory attribute *extension attribute 13*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_13: u32 = 0x8C59001F;
/// Exchange address book property for the directory attribute *extension attribute 13*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_13_A: u32 = 0x8C59001E;
/// Exchange address book property for the directory attribute *extension attribute 13*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_13_W: u32 = 0x8C59001F;
/// Exchange address book property for the directory attribute *extension attribute 14*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_14: u32 = 0x8C60001F;
/// Exchange address book property for the directory attribute *extension attribute 14*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_14_A: u32 = 0x8C60001E;
/// Exchange address book property for the directory attribute *extension attribute 14*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_14_W: u32 = 0x8C60001F;
/// Exchange address book property for the directory attribute *extension attribute 15*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_15: u32 = 0x8C61001F;
/// Exchange address book property for the directory attribute *extension attribute 15*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_15_A: u32 = 0x8C61001E;
/// Exchange address book property for the directory attribute *extension attribute 15*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_15_W: u32 = 0x8C61001F;
/// Exchange address book property for the directory attribute *extension attribute 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_2: u32 = 0x802E001F;
/// Exchange address book property for the directory attribute *extension attribute 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_2_A: u32 = 0x802E001E;
/// Exchange address book property for the directory attribute *extension attribute 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_2_W: u32 = 0x802E001F;
/// Exchange address book property for the directory attribute *extension attribute 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_3: u32 = 0x802F001F;
/// Exchange address book property for the directory attribute *extension attribute 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_3_A: u32 = 0x802F001E;
/// Exchange address book property for the directory attribute *extension attribute 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_3_W: u32 = 0x802F001F;
/// Exchange address book property for the directory attribute *extension attribute 4*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_4: u32 = 0x8030001F;
/// Exchange address book property for the directory attribute *extension attribute 4*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_4_A: u32 = 0x8030001E;
/// Exchange address book property for the directory attribute *extension attribute 4*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_4_W: u32 = 0x8030001F;
/// Exchange address book property for the directory attribute *extension attribute 5*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_5: u32 = 0x8031001F;
/// Exchange address book property for the directory attribute *extension attribute 5*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_5_A: u32 = 0x8031001E;
/// Exchange address book property for the directory attribute *extension attribute 5*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_5_W: u32 = 0x8031001F;
/// Exchange address book property for the directory attribute *extension attribute 6*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_6: u32 = 0x8032001F;
/// Exchange address book property for the directory attribute *extension attribute 6*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_6_A: u32 = 0x8032001E;
/// Exchange address book property for the directory attribute *extension attribute 6*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_6_W: u32 = 0x8032001F;
/// Exchange address book property for the directory attribute *extension attribute 7*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_7: u32 = 0x8033001F;
/// Exchange address book property for the directory attribute *extension attribute 7*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_7_A: u32 = 0x8033001E;
/// Exchange address book property for the directory attribute *extension attribute 7*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_7_W: u32 = 0x8033001F;
/// Exchange address book property for the directory attribute *extension attribute 8*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_8: u32 = 0x8034001F;
/// Exchange address book property for the directory attribute *extension attribute 8*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_8_A: u32 = 0x8034001E;
/// Exchange address book property for the directory attribute *extension attribute 8*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_8_W: u32 = 0x8034001F;
/// Exchange address book property for the directory attribute *extension attribute 9*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_9: u32 = 0x8035001F;
/// Exchange address book property for the directory attribute *extension attribute 9*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_9_A: u32 = 0x8035001E;
/// Exchange address book property for the directory attribute *extension attribute 9*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_ATTRIBUTE_9_W: u32 = 0x8035001F;
/// Exchange address book property for the directory attribute *extension data*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_DATA: u32 = 0x80A81102;
/// Exchange address book property for the directory attribute *extension name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_NAME: u32 = 0x80A9101F;
/// Exchange address book property for the directory attribute *extension name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_NAME_A: u32 = 0x80A9101E;
/// Exchange address book property for the directory attribute *extension name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_NAME_W: u32 = 0x80A9101F;
/// Exchange address book property for the directory attribute *extension name inherited*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_NAME_INHERITED: u32 = 0x80AA101F;
/// Exchange address book property for the directory attribute *extension name inherited*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_NAME_INHERITED_A: u32 = 0x80AA101E;
/// Exchange address book property for the directory attribute *extension name inherited*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_EXTENSION_NAME_INHERITED_W: u32 = 0x80AA101F;
/// Exchange address book property for the directory attribute *facsimile telephone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FACSIMILE_TELEPHONE_NUMBER: u32 = 0x80AB1102;
/// Exchange address book property for the directory attribute *file version*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FILE_VERSION: u32 = 0x80AC0102;
/// Exchange address book property for the directory attribute *filter local addresses*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FILTER_LOCAL_ADDRESSES: u32 = 0x80AD000B;
/// Exchange address book property for the directory attribute *folder pathname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDER_PATHNAME: u32 = 0x8004001F;
/// Exchange address book property for the directory attribute *folder pathname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDER_PATHNAME_A: u32 = 0x8004001E;
/// Exchange address book property for the directory attribute *folder pathname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDER_PATHNAME_W: u32 = 0x8004001F;
/// Exchange address book property for the directory attribute *folders container*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER: u32 = 0x80AE001F;
/// Exchange address book property for the directory attribute *folders container*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER_A: u32 = 0x80AE001E;
/// Exchange address book property for the directory attribute *folders container*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER_W: u32 = 0x80AE001F;
/// Exchange address book property for the directory attribute *folders container o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER_O: u32 = 0x80AE000D;
/// Exchange address book property for the directory attribute *folders container t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER_T: u32 = 0x80AE001F;
/// Exchange address book property for the directory attribute *folders container t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER_T_A: u32 = 0x80AE001E;
/// Exchange address book property for the directory attribute *folders container t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FOLDERS_CONTAINER_T_W: u32 = 0x80AE001F;
/// Exchange address book property for the directory attribute *form data*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FORM_DATA: u32 = 0x8C650102;
/// Exchange address book property for the directory attribute *forwarding address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FORWARDING_ADDRESS: u32 = 0x8C64001F;
/// Exchange address book property for the directory attribute *forwarding address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FORWARDING_ADDRESS_A: u32 = 0x8C64001E;
/// Exchange address book property for the directory attribute *forwarding address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_FORWARDING_ADDRESS_W: u32 = 0x8C64001F;
/// Exchange address book property for the directory attribute *garbage coll period*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GARBAGE_COLL_PERIOD: u32 = 0x80AF0003;
/// Exchange address book property for the directory attribute *gateway local cred*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_LOCAL_CRED: u32 = 0x80B0001F;
/// Exchange address book property for the directory attribute *gateway local cred*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_LOCAL_CRED_A: u32 = 0x80B0001E;
/// Exchange address book property for the directory attribute *gateway local cred*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_LOCAL_CRED_W: u32 = 0x80B0001F;
/// Exchange address book property for the directory attribute *gateway local desig*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_LOCAL_DESIG: u32 = 0x80B1001F;
/// Exchange address book property for the directory attribute *gateway local desig*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_LOCAL_DESIG_A: u32 = 0x80B1001E;
/// Exchange address book property for the directory attribute *gateway local desig*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_LOCAL_DESIG_W: u32 = 0x80B1001F;
/// Exchange address book property for the directory attribute *gateway proxy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_PROXY: u32 = 0x80B2101F;
/// Exchange address book property for the directory attribute *gateway proxy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_PROXY_A: u32 = 0x80B2101E;
/// Exchange address book property for the directory attribute *gateway proxy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_PROXY_W: u32 = 0x80B2101F;
/// Exchange address book property for the directory attribute *gateway routing tree*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GATEWAY_ROUTING_TREE: u32 = 0x80B30102;
/// Exchange address book property for the directory attribute *generation qualifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GENERATION_QUALIFIER: u32 = 0x8C53001F;
/// Exchange address book property for the directory attribute *generation qualifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GENERATION_QUALIFIER_A: u32 = 0x8C53001E;
/// Exchange address book property for the directory attribute *generation qualifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GENERATION_QUALIFIER_W: u32 = 0x8C53001F;
/// Exchange address book property for the directory attribute *group by attr 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_1: u32 = 0x81B7001F;
/// Exchange address book property for the directory attribute *group by attr 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_1_A: u32 = 0x81B7001E;
/// Exchange address book property for the directory attribute *group by attr 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_1_W: u32 = 0x81B7001F;
/// Exchange address book property for the directory attribute *group by attr 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_2: u32 = 0x81B8001F;
/// Exchange address book property for the directory attribute *group by attr 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_2_A: u32 = 0x81B8001E;
/// Exchange address book property for the directory attribute *group by attr 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_2_W: u32 = 0x81B8001F;
/// Exchange address book property for the directory attribute *group by attr 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_3: u32 = 0x81B9001F;
/// Exchange address book property for the directory attribute *group by attr 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_3_A: u32 = 0x81B9001E;
/// Exchange address book property for the directory attribute *group by attr 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_3_W: u32 = 0x81B9001F;
/// Exchange address book property for the directory attribute *group by attr 4*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_4: u32 = 0x81BA001F;
/// Exchange address book property for the directory attribute *group by attr 4*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_4_A: u32 = 0x81BA001E;
/// Exchange address book property for the directory attribute *group by attr 4*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_4_W: u32 = 0x81BA001F;
/// Exchange address book property for the directory attribute *group by attr value DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN: u32 = 0x8C1A001F;
/// Exchange address book property for the directory attribute *group by attr value DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN_A: u32 = 0x8C1A001E;
/// Exchange address book property for the directory attribute *group by attr value DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN_W: u32 = 0x8C1A001F;
/// Exchange address book property for the directory attribute *group by attr value DN o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN_O: u32 = 0x8C1A000D;
/// Exchange address book property for the directory attribute *group by attr value DN t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN_T: u32 = 0x8C1A001F;
/// Exchange address book property for the directory attribute *group by attr value DN t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN_T_A: u32 = 0x8C1A001E;
/// Exchange address book property for the directory attribute *group by attr value DN t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_DN_T_W: u32 = 0x8C1A001F;
/// Exchange address book property for the directory attribute *group by attr value str*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_STR: u32 = 0x8C19001F;
/// Exchange address book property for the directory attribute *group by attr value str*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_STR_A: u32 = 0x8C19001E;
/// Exchange address book property for the directory attribute *group by attr value str*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GROUP_BY_ATTR_VALUE_STR_W: u32 = 0x8C19001F;
/// Exchange address book property for the directory attribute *gwart last modified*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_GWART_LAST_MODIFIED: u32 = 0x80B40040;
/// Exchange address book property for the directory attribute *has full replica ncs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS: u32 = 0x80B5101F;
/// Exchange address book property for the directory attribute *has full replica ncs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS_A: u32 = 0x80B5101E;
/// Exchange address book property for the directory attribute *has full replica ncs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS_W: u32 = 0x80B5101F;
/// Exchange address book property for the directory attribute *has full replica ncs o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS_O: u32 = 0x80B5000D;
/// Exchange address book property for the directory attribute *has full replica ncs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS_T: u32 = 0x80B5101F;
/// Exchange address book property for the directory attribute *has full replica ncs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS_T_A: u32 = 0x80B5101E;
/// Exchange address book property for the directory attribute *has full replica ncs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_FULL_REPLICA_NCS_T_W: u32 = 0x80B5101F;
/// Exchange address book property for the directory attribute *has master ncs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS: u32 = 0x80B6101F;
/// Exchange address book property for the directory attribute *has master ncs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS_A: u32 = 0x80B6101E;
/// Exchange address book property for the directory attribute *has master ncs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS_W: u32 = 0x80B6101F;
/// Exchange address book property for the directory attribute *has master ncs o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS_O: u32 = 0x80B6000D;
/// Exchange address book property for the directory attribute *has master ncs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS_T: u32 = 0x80B6101F;
/// Exchange address book property for the directory attribute *has master ncs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS_T_A: u32 = 0x80B6101E;
/// Exchange address book property for the directory attribute *has master ncs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAS_MASTER_NCS_T_W: u32 = 0x80B6101F;
/// Exchange address book property for the directory attribute *help DATA16*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HELP_DATA16: u32 = 0x803A0102;
/// Exchange address book property for the directory attribute *help DATA32*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HELP_DATA32: u32 = 0x80100102;
/// Exchange address book property for the directory attribute *help file name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HELP_FILE_NAME: u32 = 0x803B001F;
/// Exchange address book property for the directory attribute *help file name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HELP_FILE_NAME_A: u32 = 0x803B001E;
/// Exchange address book property for the directory attribute *help file name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HELP_FILE_NAME_W: u32 = 0x803B001F;
/// Exchange address book property for the directory attribute *heuristics*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HEURISTICS: u32 = 0x80B70003;
/// Exchange address book property for the directory attribute *hide DL membership*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HIDE_DL_MEMBERSHIP: u32 = 0x80B8000B;
/// Exchange address book property for the directory attribute *hide from address book*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HIDE_FROM_ADDRESS_BOOK: u32 = 0x80B9000B;
/// Exchange address book property for the directory attribute *home MDB*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB: u32 = 0x8006001F;
/// Exchange address book property for the directory attribute *home MDB*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_A: u32 = 0x8006001E;
/// Exchange address book property for the directory attribute *home MDB*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_W: u32 = 0x8006001F;
/// Exchange address book property for the directory attribute *home MDB o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_O: u32 = 0x8006000D;
/// Exchange address book property for the directory attribute *home MDB t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_T: u32 = 0x8006001F;
/// Exchange address book property for the directory attribute *home MDB t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_T_A: u32 = 0x8006001E;
/// Exchange address book property for the directory attribute *home MDB t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_T_W: u32 = 0x8006001F;
/// Exchange address book property for the directory attribute *home MDB bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL: u32 = 0x8014101F;
/// Exchange address book property for the directory attribute *home MDB bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL_A: u32 = 0x8014101E;
/// Exchange address book property for the directory attribute *home MDB bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL_W: u32 = 0x8014101F;
/// Exchange address book property for the directory attribute *home MDB bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL_O: u32 = 0x8014000D;
/// Exchange address book property for the directory attribute *home MDB bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL_T: u32 = 0x8014101F;
/// Exchange address book property for the directory attribute *home MDB bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL_T_A: u32 = 0x8014101E;
/// Exchange address book property for the directory attribute *home MDB bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MDB_BL_T_W: u32 = 0x8014101F;
/// Exchange address book property for the directory attribute *home MTA*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA: u32 = 0x8007001F;
/// Exchange address book property for the directory attribute *home MTA*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA_A: u32 = 0x8007001E;
/// Exchange address book property for the directory attribute *home MTA*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA_W: u32 = 0x8007001F;
/// Exchange address book property for the directory attribute *home MTA o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA_O: u32 = 0x8007000D;
/// Exchange address book property for the directory attribute *home MTA t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA_T: u32 = 0x8007001F;
/// Exchange address book property for the directory attribute *home MTA t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA_T_A: u32 = 0x8007001E;
/// Exchange address book property for the directory attribute *home MTA t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_MTA_T_W: u32 = 0x8007001F;
/// Exchange address book property for the directory attribute *home public server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER: u32 = 0x803F001F;
/// Exchange address book property for the directory attribute *home public server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER_A: u32 = 0x803F001E;
/// Exchange address book property for the directory attribute *home public server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER_W: u32 = 0x803F001F;
/// Exchange address book property for the directory attribute *home public server o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER_O: u32 = 0x803F000D;
/// Exchange address book property for the directory attribute *home public server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER_T: u32 = 0x803F001F;
/// Exchange address book property for the directory attribute *home public server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER_T_A: u32 = 0x803F001E;
/// Exchange address book property for the directory attribute *home public server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOME_PUBLIC_SERVER_T_W: u32 = 0x803F001F;
/// Exchange address book property for the directory attribute *house identifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOUSE_IDENTIFIER: u32 = 0x8C54001F;
/// Exchange address book property for the directory attribute *house identifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOUSE_IDENTIFIER_A: u32 = 0x8C54001E;
/// Exchange address book property for the directory attribute *house identifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HOUSE_IDENTIFIER_W: u32 = 0x8C54001F;
/// Exchange address book property for the directory attribute *HTTP pub AB attributes*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_PUB_AB_ATTRIBUTES: u32 = 0x81A9101F;
/// Exchange address book property for the directory attribute *HTTP pub AB attributes*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_PUB_AB_ATTRIBUTES_A: u32 = 0x81A9101E;
/// Exchange address book property for the directory attribute *HTTP pub AB attributes*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_PUB_AB_ATTRIBUTES_W: u32 = 0x81A9101F;
/// Exchange address book property for the directory attribute *HTTP pub gal*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_PUB_GAL: u32 = 0x819B000B;
/// Exchange address book property for the directory attribute *HTTP pub gal limit*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_PUB_GAL_LIMIT: u32 = 0x819C0003;
/// Exchange address book property for the directory attribute *HTTP pub PF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_PUB_PF: u32 = 0x819E1102;
/// Exchange address book property for the directory attribute *HTTP servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_SERVERS: u32 = 0x81AB101F;
/// Exchange address book property for the directory attribute *HTTP servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_SERVERS_A: u32 = 0x81AB101E;
/// Exchange address book property for the directory attribute *HTTP servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HTTP_SERVERS_W: u32 = 0x81AB101F;
/// Exchange address book property for the directory attribute *import container*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER: u32 = 0x80BA001F;
/// Exchange address book property for the directory attribute *import container*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER_A: u32 = 0x80BA001E;
/// Exchange address book property for the directory attribute *import container*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER_W: u32 = 0x80BA001F;
/// Exchange address book property for the directory attribute *import container o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER_O: u32 = 0x80BA000D;
/// Exchange address book property for the directory attribute *import container t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER_T: u32 = 0x80BA001F;
/// Exchange address book property for the directory attribute *import container t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER_T_A: u32 = 0x80BA001E;
/// Exchange address book property for the directory attribute *import container t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_CONTAINER_T_W: u32 = 0x80BA001F;
/// Exchange address book property for the directory attribute *import sensitivity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORT_SENSITIVITY: u32 = 0x80BB0003;
/// Exchange address book property for the directory attribute *imported from*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORTED_FROM: u32 = 0x8042001F;
/// Exchange address book property for the directory attribute *imported from*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORTED_FROM_A: u32 = 0x8042001E;
/// Exchange address book property for the directory attribute *imported from*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IMPORTED_FROM_W: u32 = 0x8042001F;
/// Exchange address book property for the directory attribute *inbound accept all*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_ACCEPT_ALL: u32 = 0x8C20000B;
/// Exchange address book property for the directory attribute *inbound DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN: u32 = 0x8C1E001F;
/// Exchange address book property for the directory attribute *inbound DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN_A: u32 = 0x8C1E001E;
/// Exchange address book property for the directory attribute *inbound DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN_W: u32 = 0x8C1E001F;
/// Exchange address book property for the directory attribute *inbound DN o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN_O: u32 = 0x8C1E000D;
/// Exchange address book property for the directory attribute *inbound DN t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN_T: u32 = 0x8C1E001F;
/// Exchange address book property for the directory attribute *inbound DN t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN_T_A: u32 = 0x8C1E001E;
/// Exchange address book property for the directory attribute *inbound DN t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_DN_T_W: u32 = 0x8C1E001F;
/// Exchange address book property for the directory attribute *inbound host*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_HOST: u32 = 0x818E101F;
/// Exchange address book property for the directory attribute *inbound host*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_HOST_A: u32 = 0x818E101E;
/// Exchange address book property for the directory attribute *inbound host*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_HOST_W: u32 = 0x818E101F;
/// Exchange address book property for the directory attribute *inbound newsfeed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_NEWSFEED: u32 = 0x8193001F;
/// Exchange address book property for the directory attribute *inbound newsfeed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_NEWSFEED_A: u32 = 0x8193001E;
/// Exchange address book property for the directory attribute *inbound newsfeed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_NEWSFEED_W: u32 = 0x8193001F;
/// Exchange address book property for the directory attribute *inbound newsfeed type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_NEWSFEED_TYPE: u32 = 0x8C1F000B;
/// Exchange address book property for the directory attribute *inbound sites*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES: u32 = 0x80BC101F;
/// Exchange address book property for the directory attribute *inbound sites*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES_A: u32 = 0x80BC101E;
/// Exchange address book property for the directory attribute *inbound sites*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES_W: u32 = 0x80BC101F;
/// Exchange address book property for the directory attribute *inbound sites o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES_O: u32 = 0x80BC000D;
/// Exchange address book property for the directory attribute *inbound sites t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES_T: u32 = 0x80BC101F;
/// Exchange address book property for the directory attribute *inbound sites t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES_T_A: u32 = 0x80BC101E;
/// Exchange address book property for the directory attribute *inbound sites t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INBOUND_SITES_T_W: u32 = 0x80BC101F;
/// Exchange address book property for the directory attribute *incoming message size limit*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INCOMING_MSG_SIZE_LIMIT: u32 = 0x81900003;
/// Exchange address book property for the directory attribute *incoming password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INCOMING_PASSWORD: u32 = 0x81AF0102;
/// Exchange address book property for the directory attribute *insadmin*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN: u32 = 0x81C5001F;
/// Exchange address book property for the directory attribute *insadmin*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN_A: u32 = 0x81C5001E;
/// Exchange address book property for the directory attribute *insadmin*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN_W: u32 = 0x81C5001F;
/// Exchange address book property for the directory attribute *insadmin o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN_O: u32 = 0x81C5000D;
/// Exchange address book property for the directory attribute *insadmin t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN_T: u32 = 0x81C5001F;
/// Exchange address book property for the directory attribute *insadmin t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN_T_A: u32 = 0x81C5001E;
/// Exchange address book property for the directory attribute *insadmin t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSADMIN_T_W: u32 = 0x81C5001F;
/// Exchange address book property for the directory attribute *instance type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INSTANCE_TYPE: u32 = 0x80BD0003;
/// Exchange address book property for the directory attribute *international isdn number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INTERNATIONAL_ISDN_NUMBER: u32 = 0x80BE101F;
/// Exchange address book property for the directory attribute *international isdn number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INTERNATIONAL_ISDN_NUMBER_A: u32 = 0x80BE101E;
/// Exchange address book property for the directory attribute *international isdn number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INTERNATIONAL_ISDN_NUMBER_W: u32 = 0x80BE101F;
/// Exchange address book property for the directory attribute *invocation ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_INVOCATION_ID: u32 = 0x80BF0102;
/// Exchange address book property for the directory attribute *is deleted*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_DELETED: u32 = 0x80C0000B;
/// Exchange address book property for the directory attribute *is member of DL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL: u32 = 0x8008000D;
/// Exchange address book property for the directory attribute *is member of DL a*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL_A: u32 = 0x8008101E;
/// Exchange address book property for the directory attribute *is member of DL w*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL_W: u32 = 0x8008101F;
/// Exchange address book property for the directory attribute *is member of DL o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL_O: u32 = 0x8008000D;
/// Exchange address book property for the directory attribute *is member of DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL_T: u32 = 0x8008101F;
/// Exchange address book property for the directory attribute *is member of DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL_T_A: u32 = 0x8008101E;
/// Exchange address book property for the directory attribute *is member of DL t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_MEMBER_OF_DL_T_W: u32 = 0x8008101F;
/// Exchange address book property for the directory attribute *is single valued*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_IS_SINGLE_VALUED: u32 = 0x80C1000B;
/// Exchange address book property for the directory attribute *kcc status*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KCC_STATUS: u32 = 0x80C21102;
/// Exchange address book property for the directory attribute *km server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER: u32 = 0x800D001F;
/// Exchange address book property for the directory attribute *km server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER_A: u32 = 0x800D001E;
/// Exchange address book property for the directory attribute *km server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER_W: u32 = 0x800D001F;
/// Exchange address book property for the directory attribute *km server o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER_O: u32 = 0x800D000D;
/// Exchange address book property for the directory attribute *km server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER_T: u32 = 0x800D001F;
/// Exchange address book property for the directory attribute *km server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER_T_A: u32 = 0x800D001E;
/// Exchange address book property for the directory attribute *km server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KM_SERVER_T_W: u32 = 0x800D001F;
/// Exchange address book property for the directory attribute *knowledge information*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KNOWLEDGE_INFORMATION: u32 = 0x80C3101F;
/// Exchange address book property for the directory attribute *knowledge information*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KNOWLEDGE_INFORMATION_A: u32 = 0x80C3101E;
/// Exchange address book property for the directory attribute *knowledge information*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_KNOWLEDGE_INFORMATION_W: u32 = 0x80C3101F;
/// Exchange address book property for the directory attribute *labeleduri*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LABELEDURI: u32 = 0x8C51001F;
/// Exchange address book property for the directory attribute *labeleduri*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LABELEDURI_A: u32 = 0x8C51001E;
/// Exchange address book property for the directory attribute *labeleduri*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LABELEDURI_W: u32 = 0x8C51001F;
/// Exchange address book property for the directory attribute *language*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LANGUAGE: u32 = 0x81780003;
/// Exchange address book property for the directory attribute *language ISO639*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LANGUAGE_ISO639: u32 = 0x8C6C001F;
/// Exchange address book property for the directory attribute *language ISO639*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LANGUAGE_ISO639_A: u32 = 0x8C6C001E;
/// Exchange address book property for the directory attribute *language ISO639*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LANGUAGE_ISO639_W: u32 = 0x8C6C001F;
/// Exchange address book property for the directory attribute *LDAP display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LDAP_DISPLAY_NAME: u32 = 0x8171101F;
/// Exchange address book property for the directory attribute *LDAP display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LDAP_DISPLAY_NAME_A: u32 = 0x8171101E;
/// Exchange address book property for the directory attribute *LDAP display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LDAP_DISPLAY_NAME_W: u32 = 0x8171101F;
/// Exchange address book property for the directory attribute *LDAP search cfg*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LDAP_SEARCH_CFG: u32 = 0x8C1D0003;
/// Exchange address book property for the directory attribute *line wrap*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LINE_WRAP: u32 = 0x80C40003;
/// Exchange address book property for the directory attribute *link ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LINK_ID: u32 = 0x80C50003;
/// Exchange address book property for the directory attribute *list public folders*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LIST_PUBLIC_FOLDERS: u32 = 0x8C50000B;
/// Exchange address book property for the directory attribute *local bridge head*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_BRIDGE_HEAD: u32 = 0x80C6001F;
/// Exchange address book property for the directory attribute *local bridge head*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_BRIDGE_HEAD_A: u32 = 0x80C6001E;
/// Exchange address book property for the directory attribute *local bridge head*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_BRIDGE_HEAD_W: u32 = 0x80C6001F;
/// Exchange address book property for the directory attribute *local bridge head address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_BRIDGE_HEAD_ADDRESS: u32 = 0x80C7001F;
/// Exchange address book property for the directory attribute *local bridge head address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_BRIDGE_HEAD_ADDRESS_A: u32 = 0x80C7001E;
/// Exchange address book property for the directory attribute *local bridge head address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_BRIDGE_HEAD_ADDRESS_W: u32 = 0x80C7001F;
/// Exchange address book property for the directory attribute *local initial turn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_INITIAL_TURN: u32 = 0x80C8000B;
/// Exchange address book property for the directory attribute *local scope*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE: u32 = 0x80C9101F;
/// Exchange address book property for the directory attribute *local scope*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE_A: u32 = 0x80C9101E;
/// Exchange address book property for the directory attribute *local scope*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE_W: u32 = 0x80C9101F;
/// Exchange address book property for the directory attribute *local scope o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE_O: u32 = 0x80C9000D;
/// Exchange address book property for the directory attribute *local scope t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE_T: u32 = 0x80C9101F;
/// Exchange address book property for the directory attribute *local scope t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE_T_A: u32 = 0x80C9101E;
/// Exchange address book property for the directory attribute *local scope t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOCAL_SCOPE_T_W: u32 = 0x80C9101F;
/// Exchange address book property for the directory attribute *log filename*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOG_FILENAME: u32 = 0x80CA001F;
/// Exchange address book property for the directory attribute *log filename*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOG_FILENAME_A: u32 = 0x80CA001E;
/// Exchange address book property for the directory attribute *log filename*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOG_FILENAME_W: u32 = 0x80CA001F;
/// Exchange address book property for the directory attribute *log rollover interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_LOG_ROLLOVER_INTERVAL: u32 = 0x80CB0003;
/// Exchange address book property for the directory attribute *mail drop*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAIL_DROP: u32 = 0x8C63001F;
/// Exchange address book property for the directory attribute *mail drop*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAIL_DROP_A: u32 = 0x8C63001E;
/// Exchange address book property for the directory attribute *mail drop*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAIL_DROP_W: u32 = 0x8C63001F;
/// Exchange address book property for the directory attribute *maintain autoreply history*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAINTAIN_AUTOREPLY_HISTORY: u32 = 0x80CC000B;
/// Exchange address book property for the directory attribute *manager*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER: u32 = 0x8005000D;
/// Exchange address book property for the directory attribute *manager a*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER_A: u32 = 0x8005001E;
/// Exchange address book property for the directory attribute *manager w*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER_W: u32 = 0x8005001F;
/// Exchange address book property for the directory attribute *manager o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER_O: u32 = 0x8005000D;
/// Exchange address book property for the directory attribute *manager t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER_T: u32 = 0x8005001F;
/// Exchange address book property for the directory attribute *manager t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER_T_A: u32 = 0x8005001E;
/// Exchange address book property for the directory attribute *manager t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MANAGER_T_W: u32 = 0x8005001F;
/// Exchange address book property for the directory attribute *mapi display type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAPI_DISPLAY_TYPE: u32 = 0x80CD0003;
/// Exchange address book property for the directory attribute *mapi ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAPI_ID: u32 = 0x80CE0003;
/// Exchange address book property for the directory attribute *maximum object ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MAXIMUM_OBJECT_ID: u32 = 0x81690102;
/// Exchange address book property for the directory attribute *MDB backoff interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MDB_BACKOFF_INTERVAL: u32 = 0x80CF0003;
/// Exchange address book property for the directory attribute *MDB message time out period*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MDB_MSG_TIME_OUT_PERIOD: u32 = 0x80D00003;
/// Exchange address book property for the directory attribute *MDB over quota limit*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MDB_OVER_QUOTA_LIMIT: u32 = 0x80D10003;
/// Exchange address book property for the directory attribute *MDB storage quota*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MDB_STORAGE_QUOTA: u32 = 0x80D20003;
/// Exchange address book property for the directory attribute *MDB unread limit*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MDB_UNREAD_LIMIT: u32 = 0x80D30003;
/// Exchange address book property for the directory attribute *MDB use defaults*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MDB_USE_DEFAULTS: u32 = 0x80D4000B;
/// Exchange address book property for the directory attribute *member*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER: u32 = 0x8009000D;
/// Exchange address book property for the directory attribute *member a*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER_A: u32 = 0x8009101E;
/// Exchange address book property for the directory attribute *member w*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER_W: u32 = 0x8009101F;
/// Exchange address book property for the directory attribute *member o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER_O: u32 = 0x8009000D;
/// Exchange address book property for the directory attribute *member t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER_T: u32 = 0x8009101F;
/// Exchange address book property for the directory attribute *member t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER_T_A: u32 = 0x8009101E;
/// Exchange address book property for the directory attribute *member t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MEMBER_T_W: u32 = 0x8009101F;
/// Exchange address book property for the directory attribute *message tracking enabled*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MESSAGE_TRACKING_ENABLED: u32 = 0x80D5000B;
/// Exchange address book property for the directory attribute *MIME types*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MIME_TYPES: u32 = 0x8C1C0102;
/// Exchange address book property for the directory attribute *moderated*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MODERATED: u32 = 0x81AC000B;
/// Exchange address book property for the directory attribute *moderator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MODERATOR: u32 = 0x8199001F;
/// Exchange address book property for the directory attribute *moderator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MODERATOR_A: u32 = 0x8199001E;
/// Exchange address book property for the directory attribute *moderator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MODERATOR_W: u32 = 0x8199001F;
/// Exchange address book property for the directory attribute *monitor clock*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITOR_CLOCK: u32 = 0x80D6000B;
/// Exchange address book property for the directory attribute *monitor servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITOR_SERVERS: u32 = 0x80D7000B;
/// Exchange address book property for the directory attribute *monitor services*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITOR_SERVICES: u32 = 0x80D8000B;
/// Exchange address book property for the directory attribute *monitored configurations*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS: u32 = 0x80D9101F;
/// Exchange address book property for the directory attribute *monitored configurations*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS_A: u32 = 0x80D9101E;
/// Exchange address book property for the directory attribute *monitored configurations*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS_W: u32 = 0x80D9101F;
/// Exchange address book property for the directory attribute *monitored configurations o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS_O: u32 = 0x80D9000D;
/// Exchange address book property for the directory attribute *monitored configurations t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS_T: u32 = 0x80D9101F;
/// Exchange address book property for the directory attribute *monitored configurations t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS_T_A: u32 = 0x80D9101E;
/// Exchange address book property for the directory attribute *monitored configurations t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_CONFIGURATIONS_T_W: u32 = 0x80D9101F;
/// Exchange address book property for the directory attribute *monitored servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS: u32 = 0x80DA101F;
/// Exchange address book property for the directory attribute *monitored servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS_A: u32 = 0x80DA101E;
/// Exchange address book property for the directory attribute *monitored servers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS_W: u32 = 0x80DA101F;
/// Exchange address book property for the directory attribute *monitored servers o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS_O: u32 = 0x80DA000D;
/// Exchange address book property for the directory attribute *monitored servers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS_T: u32 = 0x80DA101F;
/// Exchange address book property for the directory attribute *monitored servers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS_T_A: u32 = 0x80DA101E;
/// Exchange address book property for the directory attribute *monitored servers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVERS_T_W: u32 = 0x80DA101F;
/// Exchange address book property for the directory attribute *monitored services*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVICES: u32 = 0x80DB101F;
/// Exchange address book property for the directory attribute *monitored services*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVICES_A: u32 = 0x80DB101E;
/// Exchange address book property for the directory attribute *monitored services*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORED_SERVICES_W: u32 = 0x80DB101F;
/// Exchange address book property for the directory attribute *monitoring alert delay*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_ALERT_DELAY: u32 = 0x80DC0003;
/// Exchange address book property for the directory attribute *monitoring alert units*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_ALERT_UNITS: u32 = 0x80DD0003;
/// Exchange address book property for the directory attribute *monitoring availability style*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_AVAILABILITY_STYLE: u32 = 0x80DE0003;
/// Exchange address book property for the directory attribute *monitoring availability window*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_AVAILABILITY_WINDOW: u32 = 0x80DF0102;
/// Exchange address book property for the directory attribute *monitoring cached via mail*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL: u32 = 0x80E0101F;
/// Exchange address book property for the directory attribute *monitoring cached via mail*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL_A: u32 = 0x80E0101E;
/// Exchange address book property for the directory attribute *monitoring cached via mail*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL_W: u32 = 0x80E0101F;
/// Exchange address book property for the directory attribute *monitoring cached via mail o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL_O: u32 = 0x80E0000D;
/// Exchange address book property for the directory attribute *monitoring cached via mail t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL_T: u32 = 0x80E0101F;
/// Exchange address book property for the directory attribute *monitoring cached via mail t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL_T_A: u32 = 0x80E0101E;
/// Exchange address book property for the directory attribute *monitoring cached via mail t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_MAIL_T_W: u32 = 0x80E0101F;
/// Exchange address book property for the directory attribute *monitoring cached via RPC*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC: u32 = 0x80E1101F;
/// Exchange address book property for the directory attribute *monitoring cached via RPC*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC_A: u32 = 0x80E1101E;
/// Exchange address book property for the directory attribute *monitoring cached via RPC*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC_W: u32 = 0x80E1101F;
/// Exchange address book property for the directory attribute *monitoring cached via RPC o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC_O: u32 = 0x80E1000D;
/// Exchange address book property for the directory attribute *monitoring cached via RPC t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC_T: u32 = 0x80E1101F;
/// Exchange address book property for the directory attribute *monitoring cached via RPC t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC_T_A: u32 = 0x80E1101E;
/// Exchange address book property for the directory attribute *monitoring cached via RPC t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_CACHED_VIA_RPC_T_W: u32 = 0x80E1101F;
/// Exchange address book property for the directory attribute *monitoring escalation procedure*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_ESCALATION_PROCEDURE: u32 = 0x80E21102;
/// Exchange address book property for the directory attribute *monitoring hotsite poll interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_HOTSITE_POLL_INTERVAL: u32 = 0x80E30003;
/// Exchange address book property for the directory attribute *monitoring hotsite poll units*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_HOTSITE_POLL_UNITS: u32 = 0x80E40003;
/// Exchange address book property for the directory attribute *monitoring mail update interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_MAIL_UPDATE_INTERVAL: u32 = 0x80E50003;
/// Exchange address book property for the directory attribute *monitoring mail update units*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_MAIL_UPDATE_UNITS: u32 = 0x80E60003;
/// Exchange address book property for the directory attribute *monitoring normal poll interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_NORMAL_POLL_INTERVAL: u32 = 0x80E70003;
/// Exchange address book property for the directory attribute *monitoring normal poll units*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_NORMAL_POLL_UNITS: u32 = 0x80E80003;
/// Exchange address book property for the directory attribute *monitoring recipients*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS: u32 = 0x80E9101F;
/// Exchange address book property for the directory attribute *monitoring recipients*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_A: u32 = 0x80E9101E;
/// Exchange address book property for the directory attribute *monitoring recipients*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_W: u32 = 0x80E9101F;
/// Exchange address book property for the directory attribute *monitoring recipients o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_O: u32 = 0x80E9000D;
/// Exchange address book property for the directory attribute *monitoring recipients t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_T: u32 = 0x80E9101F;
/// Exchange address book property for the directory attribute *monitoring recipients t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_T_A: u32 = 0x80E9101E;
/// Exchange address book property for the directory attribute *monitoring recipients t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_T_W: u32 = 0x80E9101F;
/// Exchange address book property for the directory attribute *monitoring recipients NDR*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR: u32 = 0x80EA101F;
/// Exchange address book property for the directory attribute *monitoring recipients NDR*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR_A: u32 = 0x80EA101E;
/// Exchange address book property for the directory attribute *monitoring recipients NDR*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR_W: u32 = 0x80EA101F;
/// Exchange address book property for the directory attribute *monitoring recipients NDR o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR_O: u32 = 0x80EA000D;
/// Exchange address book property for the directory attribute *monitoring recipients NDR t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR_T: u32 = 0x80EA101F;
/// Exchange address book property for the directory attribute *monitoring recipients NDR t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR_T_A: u32 = 0x80EA101E;
/// Exchange address book property for the directory attribute *monitoring recipients NDR t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RECIPIENTS_NDR_T_W: u32 = 0x80EA101F;
/// Exchange address book property for the directory attribute *monitoring RPC update interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RPC_UPDATE_INTERVAL: u32 = 0x80EB0003;
/// Exchange address book property for the directory attribute *monitoring RPC update units*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_RPC_UPDATE_UNITS: u32 = 0x80EC0003;
/// Exchange address book property for the directory attribute *monitoring warning delay*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_WARNING_DELAY: u32 = 0x80ED0003;
/// Exchange address book property for the directory attribute *monitoring warning units*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MONITORING_WARNING_UNITS: u32 = 0x80EE0003;
/// Exchange address book property for the directory attribute *MTA local cred*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MTA_LOCAL_CRED: u32 = 0x80EF001F;
/// Exchange address book property for the directory attribute *MTA local cred*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MTA_LOCAL_CRED_A: u32 = 0x80EF001E;
/// Exchange address book property for the directory attribute *MTA local cred*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MTA_LOCAL_CRED_W: u32 = 0x80EF001F;
/// Exchange address book property for the directory attribute *MTA local desig*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MTA_LOCAL_DESIG: u32 = 0x80F0001F;
/// Exchange address book property for the directory attribute *MTA local desig*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MTA_LOCAL_DESIG_A: u32 = 0x80F0001E;
/// Exchange address book property for the directory attribute *MTA local desig*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_MTA_LOCAL_DESIG_W: u32 = 0x80F0001F;
/// Exchange address book property for the directory attribute *n address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_N_ADDRESS: u32 = 0x80F10102;
/// Exchange address book property for the directory attribute *n address type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_N_ADDRESS_TYPE: u32 = 0x80F20003;
/// Exchange address book property for the directory attribute *network address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NETWORK_ADDRESS: u32 = 0x8170101F;
/// Exchange address book property for the directory attribute *network address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NETWORK_ADDRESS_A: u32 = 0x8170101E;
/// Exchange address book property for the directory attribute *network address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NETWORK_ADDRESS_W: u32 = 0x8170101F;
/// Exchange address book property for the directory attribute *newsfeed type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NEWSFEED_TYPE: u32 = 0x81940003;
/// Exchange address book property for the directory attribute *newsgroup*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NEWSGROUP: u32 = 0x8198001F;
/// Exchange address book property for the directory attribute *newsgroup*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NEWSGROUP_A: u32 = 0x8198001E;
/// Exchange address book property for the directory attribute *newsgroup*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NEWSGROUP_W: u32 = 0x8198001F;
/// Exchange address book property for the directory attribute *newsgroup list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NEWSGROUP_LIST: u32 = 0x81960102;
/// Exchange address book property for the directory attribute *NNTP character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_CHARACTER_SET: u32 = 0x817D001F;
/// Exchange address book property for the directory attribute *NNTP character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_CHARACTER_SET_A: u32 = 0x817D001E;
/// Exchange address book property for the directory attribute *NNTP character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_CHARACTER_SET_W: u32 = 0x817D001F;
/// Exchange address book property for the directory attribute *NNTP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_CONTENT_FORMAT: u32 = 0x8176001F;
/// Exchange address book property for the directory attribute *NNTP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_CONTENT_FORMAT_A: u32 = 0x8176001E;
/// Exchange address book property for the directory attribute *NNTP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_CONTENT_FORMAT_W: u32 = 0x8176001F;
/// Exchange address book property for the directory attribute *NNTP distributions*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_DISTRIBUTIONS: u32 = 0x8197101F;
/// Exchange address book property for the directory attribute *NNTP distributions*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_DISTRIBUTIONS_A: u32 = 0x8197101E;
/// Exchange address book property for the directory attribute *NNTP distributions*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_DISTRIBUTIONS_W: u32 = 0x8197101F;
/// Exchange address book property for the directory attribute *NNTP distributions flag*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_DISTRIBUTIONS_FLAG: u32 = 0x81A4000B;
/// Exchange address book property for the directory attribute *NNTP newsfeeds*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS: u32 = 0x81A6101F;
/// Exchange address book property for the directory attribute *NNTP newsfeeds*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS_A: u32 = 0x81A6101E;
/// Exchange address book property for the directory attribute *NNTP newsfeeds*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS_W: u32 = 0x81A6101F;
/// Exchange address book property for the directory attribute *NNTP newsfeeds o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS_O: u32 = 0x81A6000D;
/// Exchange address book property for the directory attribute *NNTP newsfeeds t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS_T: u32 = 0x81A6101F;
/// Exchange address book property for the directory attribute *NNTP newsfeeds t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS_T_A: u32 = 0x81A6101E;
/// Exchange address book property for the directory attribute *NNTP newsfeeds t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NNTP_NEWSFEEDS_T_W: u32 = 0x81A6101F;
/// Exchange address book property for the directory attribute *NT machine name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NT_MACHINE_NAME: u32 = 0x80F3001F;
/// Exchange address book property for the directory attribute *NT machine name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NT_MACHINE_NAME_A: u32 = 0x80F3001E;
/// Exchange address book property for the directory attribute *NT machine name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NT_MACHINE_NAME_W: u32 = 0x80F3001F;
/// Exchange address book property for the directory attribute *NT security descriptor*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NT_SECURITY_DESCRIPTOR: u32 = 0x80130102;
/// Exchange address book property for the directory attribute *number of open retries*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NUM_OF_OPEN_RETRIES: u32 = 0x80F40003;
/// Exchange address book property for the directory attribute *number of transfer retries*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_NUM_OF_TRANSFER_RETRIES: u32 = 0x80F50003;
/// Exchange address book property for the directory attribute *obj dist name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME: u32 = 0x803C001F;
/// Exchange address book property for the directory attribute *obj dist name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME_A: u32 = 0x803C001E;
/// Exchange address book property for the directory attribute *obj dist name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME_W: u32 = 0x803C001F;
/// Exchange address book property for the directory attribute *obj dist name o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME_O: u32 = 0x803C000D;
/// Exchange address book property for the directory attribute *obj dist name t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME_T: u32 = 0x803C001F;
/// Exchange address book property for the directory attribute *obj dist name t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME_T_A: u32 = 0x803C001E;
/// Exchange address book property for the directory attribute *obj dist name t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_DIST_NAME_T_W: u32 = 0x803C001F;
/// Exchange address book property for the directory attribute *obj view containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS: u32 = 0x81C7101F;
/// Exchange address book property for the directory attribute *obj view containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS_A: u32 = 0x81C7101E;
/// Exchange address book property for the directory attribute *obj view containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS_W: u32 = 0x81C7101F;
/// Exchange address book property for the directory attribute *obj view containers o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS_O: u32 = 0x81C7000D;
/// Exchange address book property for the directory attribute *obj view containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS_T: u32 = 0x81C7101F;
/// Exchange address book property for the directory attribute *obj view containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS_T_A: u32 = 0x81C7101E;
/// Exchange address book property for the directory attribute *obj view containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJ_VIEW_CONTAINERS_T_W: u32 = 0x81C7101F;
/// Exchange address book property for the directory attribute *object class category*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJECT_CLASS_CATEGORY: u32 = 0x80F60003;
/// Exchange address book property for the directory attribute *object GUID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJECT_GUID: u32 = 0x8C6D0102;
/// Exchange address book property for the directory attribute *object version*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OBJECT_VERSION: u32 = 0x80F70003;
/// Exchange address book property for the directory attribute *off line AB containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS: u32 = 0x80F8101F;
/// Exchange address book property for the directory attribute *off line AB containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS_A: u32 = 0x80F8101E;
/// Exchange address book property for the directory attribute *off line AB containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS_W: u32 = 0x80F8101F;
/// Exchange address book property for the directory attribute *off line AB containers o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS_O: u32 = 0x80F8000D;
/// Exchange address book property for the directory attribute *off line AB containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS_T: u32 = 0x80F8101F;
/// Exchange address book property for the directory attribute *off line AB containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS_T_A: u32 = 0x80F8101E;
/// Exchange address book property for the directory attribute *off line AB containers t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_CONTAINERS_T_W: u32 = 0x80F8101F;
/// Exchange address book property for the directory attribute *off line AB schedule*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SCHEDULE: u32 = 0x80F90102;
/// Exchange address book property for the directory attribute *off line AB server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER: u32 = 0x80FA001F;
/// Exchange address book property for the directory attribute *off line AB server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER_A: u32 = 0x80FA001E;
/// Exchange address book property for the directory attribute *off line AB server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER_W: u32 = 0x80FA001F;
/// Exchange address book property for the directory attribute *off line AB server o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER_O: u32 = 0x80FA000D;
/// Exchange address book property for the directory attribute *off line AB server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER_T: u32 = 0x80FA001F;
/// Exchange address book property for the directory attribute *off line AB server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER_T_A: u32 = 0x80FA001E;
/// Exchange address book property for the directory attribute *off line AB server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_SERVER_T_W: u32 = 0x80FA001F;
/// Exchange address book property for the directory attribute *off line AB style*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OFF_LINE_AB_STYLE: u32 = 0x80FB0003;
/// Exchange address book property for the directory attribute *OID type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OID_TYPE: u32 = 0x80FC0003;
/// Exchange address book property for the directory attribute *om object class*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OM_OBJECT_CLASS: u32 = 0x80FD0102;
/// Exchange address book property for the directory attribute *om syntax*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OM_SYNTAX: u32 = 0x80FE0003;
/// Exchange address book property for the directory attribute *OOF reply to originator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OOF_REPLY_TO_ORIGINATOR: u32 = 0x80FF000B;
/// Exchange address book property for the directory attribute *open retry interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OPEN_RETRY_INTERVAL: u32 = 0x81000003;
/// Exchange address book property for the directory attribute *organization name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORGANIZATION_NAME: u32 = 0x8101101F;
/// Exchange address book property for the directory attribute *organization name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORGANIZATION_NAME_A: u32 = 0x8101101E;
/// Exchange address book property for the directory attribute *organization name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORGANIZATION_NAME_W: u32 = 0x8101101F;
/// Exchange address book property for the directory attribute *organizational unit name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORGANIZATIONAL_UNIT_NAME: u32 = 0x8102101F;
/// Exchange address book property for the directory attribute *organizational unit name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORGANIZATIONAL_UNIT_NAME_A: u32 = 0x8102101E;
/// Exchange address book property for the directory attribute *organizational unit name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORGANIZATIONAL_UNIT_NAME_W: u32 = 0x8102101F;
/// Exchange address book property for the directory attribute *original display table*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORIGINAL_DISPLAY_TABLE: u32 = 0x81030102;
/// Exchange address book property for the directory attribute *original display table msdos*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORIGINAL_DISPLAY_TABLE_MSDOS: u32 = 0x81040102;
/// Exchange address book property for the directory attribute *outbound host*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_HOST: u32 = 0x818D0102;
/// Exchange address book property for the directory attribute *outbound host type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_HOST_TYPE: u32 = 0x81B0000B;
/// Exchange address book property for the directory attribute *outbound newsfeed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_NEWSFEED: u32 = 0x8195001F;
/// Exchange address book property for the directory attribute *outbound newsfeed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_NEWSFEED_A: u32 = 0x8195001E;
/// Exchange address book property for the directory attribute *outbound newsfeed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_NEWSFEED_W: u32 = 0x8195001F;
/// Exchange address book property for the directory attribute *outbound sites*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES: u32 = 0x8105101F;
/// Exchange address book property for the directory attribute *outbound sites*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES_A: u32 = 0x8105101E;
/// Exchange address book property for the directory attribute *outbound sites*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES_W: u32 = 0x8105101F;
/// Exchange address book property for the directory attribute *outbound sites o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES_O: u32 = 0x8105000D;
/// Exchange address book property for the directory attribute *outbound sites t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES_T: u32 = 0x8105101F;
/// Exchange address book property for the directory attribute *outbound sites t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES_T_A: u32 = 0x8105101E;
/// Exchange address book property for the directory attribute *outbound sites t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTBOUND_SITES_T_W: u32 = 0x8105101F;
/// Exchange address book property for the directory attribute *outgoing message size limit*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OUTGOING_MSG_SIZE_LIMIT: u32 = 0x818F0003;
/// Exchange address book property for the directory attribute *override NNTP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OVERRIDE_NNTP_CONTENT_FORMAT: u32 = 0x81C6000B;
/// Exchange address book property for the directory attribute *owa server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWA_SERVER: u32 = 0x8C66001F;
/// Exchange address book property for the directory attribute *owa server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWA_SERVER_A: u32 = 0x8C66001E;
/// Exchange address book property for the directory attribute *owa server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWA_SERVER_W: u32 = 0x8C66001F;
/// Exchange address book property for the directory attribute *owner*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER: u32 = 0x800C001F;
/// Exchange address book property for the directory attribute *owner*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_A: u32 = 0x800C001E;
/// Exchange address book property for the directory attribute *owner*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_W: u32 = 0x800C001F;
/// Exchange address book property for the directory attribute *owner o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_O: u32 = 0x800C000D;
/// Exchange address book property for the directory attribute *owner t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_T: u32 = 0x800C001F;
/// Exchange address book property for the directory attribute *owner t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_T_A: u32 = 0x800C001E;
/// Exchange address book property for the directory attribute *owner t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_T_W: u32 = 0x800C001F;
/// Exchange address book property for the directory attribute *owner bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL: u32 = 0x8024101F;
/// Exchange address book property for the directory attribute *owner bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL_A: u32 = 0x8024101E;
/// Exchange address book property for the directory attribute *owner bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL_W: u32 = 0x8024101F;
/// Exchange address book property for the directory attribute *owner bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL_O: u32 = 0x8024000D;
/// Exchange address book property for the directory attribute *owner bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL_T: u32 = 0x8024101F;
/// Exchange address book property for the directory attribute *owner bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL_T_A: u32 = 0x8024101E;
/// Exchange address book property for the directory attribute *owner bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_OWNER_BL_T_W: u32 = 0x8024101F;
/// Exchange address book property for the directory attribute *p selector*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_P_SELECTOR: u32 = 0x81060102;
/// Exchange address book property for the directory attribute *p selector inbound*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_P_SELECTOR_INBOUND: u32 = 0x81070102;
/// Exchange address book property for the directory attribute *per message dialog display table*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PER_MSG_DIALOG_DISPLAY_TABLE: u32 = 0x81080102;
/// Exchange address book property for the directory attribute *per recip dialog display table*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PER_RECIP_DIALOG_DISPLAY_TABLE: u32 = 0x81090102;
/// Exchange address book property for the directory attribute *period rep sync times*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PERIOD_REP_SYNC_TIMES: u32 = 0x810A0102;
/// Exchange address book property for the directory attribute *period repl stagger*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PERIOD_REPL_STAGGER: u32 = 0x810B0003;
/// Exchange address book property for the directory attribute *personal title*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PERSONAL_TITLE: u32 = 0x8C6B001F;
/// Exchange address book property for the directory attribute *personal title*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PERSONAL_TITLE_A: u32 = 0x8C6B001E;
/// Exchange address book property for the directory attribute *personal title*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PERSONAL_TITLE_W: u32 = 0x8C6B001F;
/// Exchange address book property for the directory attribute *PF contacts*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS: u32 = 0x8038101F;
/// Exchange address book property for the directory attribute *PF contacts*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS_A: u32 = 0x8038101E;
/// Exchange address book property for the directory attribute *PF contacts*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS_W: u32 = 0x8038101F;
/// Exchange address book property for the directory attribute *PF contacts o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS_O: u32 = 0x8038000D;
/// Exchange address book property for the directory attribute *PF contacts t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS_T: u32 = 0x8038101F;
/// Exchange address book property for the directory attribute *PF contacts t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS_T_A: u32 = 0x8038101E;
/// Exchange address book property for the directory attribute *PF contacts t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PF_CONTACTS_T_W: u32 = 0x8038101F;
/// Exchange address book property for the directory attribute *POP character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POP_CHARACTER_SET: u32 = 0x8179001F;
/// Exchange address book property for the directory attribute *POP character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POP_CHARACTER_SET_A: u32 = 0x8179001E;
/// Exchange address book property for the directory attribute *POP character set*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POP_CHARACTER_SET_W: u32 = 0x8179001F;
/// Exchange address book property for the directory attribute *POP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POP_CONTENT_FORMAT: u32 = 0x8177001F;
/// Exchange address book property for the directory attribute *POP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POP_CONTENT_FORMAT_A: u32 = 0x8177001E;
/// Exchange address book property for the directory attribute *POP content format*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POP_CONTENT_FORMAT_W: u32 = 0x8177001F;
/// Exchange address book property for the directory attribute *port number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PORT_NUMBER: u32 = 0x81B50003;
/// Exchange address book property for the directory attribute *postal address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_POSTAL_ADDRESS: u32 = 0x810C1102;
/// Exchange address book property for the directory attribute *preferred delivery method*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PREFERRED_DELIVERY_METHOD: u32 = 0x810D1003;
/// Exchange address book property for the directory attribute *preserve internet content*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PRESERVE_INTERNET_CONTENT: u32 = 0x8C22000B;
/// Exchange address book property for the directory attribute *PRMD*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PRMD: u32 = 0x810E001F;
/// Exchange address book property for the directory attribute *PRMD*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PRMD_A: u32 = 0x810E001E;
/// Exchange address book property for the directory attribute *PRMD*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PRMD_W: u32 = 0x810E001F;
/// Exchange address book property for the directory attribute *promo expiration*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROMO_EXPIRATION: u32 = 0x81C20040;
/// Exchange address book property for the directory attribute *protocol settings*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROTOCOL_SETTINGS: u32 = 0x81B6101F;
/// Exchange address book property for the directory attribute *protocol settings*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROTOCOL_SETTINGS_A: u32 = 0x81B6101E;
/// Exchange address book property for the directory attribute *protocol settings*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROTOCOL_SETTINGS_W: u32 = 0x81B6101F;
/// Exchange address book property for the directory attribute *proxy addresses*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_ADDRESSES: u32 = 0x800F101F;
/// Exchange address book property for the directory attribute *proxy addresses*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_ADDRESSES_A: u32 = 0x800F101E;
/// Exchange address book property for the directory attribute *proxy addresses*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_ADDRESSES_W: u32 = 0x800F101F;
/// Exchange address book property for the directory attribute *proxy generation enabled*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_GENERATION_ENABLED: u32 = 0x81B1000B;
/// Exchange address book property for the directory attribute *proxy generator dll*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_GENERATOR_DLL: u32 = 0x810F001F;
/// Exchange address book property for the directory attribute *proxy generator dll*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_GENERATOR_DLL_A: u32 = 0x810F001E;
/// Exchange address book property for the directory attribute *proxy generator dll*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PROXY_GENERATOR_DLL_W: u32 = 0x810F001F;
/// Exchange address book property for the directory attribute *public delegates*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES: u32 = 0x8015000D;
/// Exchange address book property for the directory attribute *public delegates a*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_A: u32 = 0x8015101E;
/// Exchange address book property for the directory attribute *public delegates w*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_W: u32 = 0x8015101F;
/// Exchange address book property for the directory attribute *public delegates o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_O: u32 = 0x8015000D;
/// Exchange address book property for the directory attribute *public delegates t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_T: u32 = 0x8015101F;
/// Exchange address book property for the directory attribute *public delegates t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_T_A: u32 = 0x8015101E;
/// Exchange address book property for the directory attribute *public delegates t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_T_W: u32 = 0x8015101F;
/// Exchange address book property for the directory attribute *public delegates bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL: u32 = 0x8110101F;
/// Exchange address book property for the directory attribute *public delegates bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL_A: u32 = 0x8110101E;
/// Exchange address book property for the directory attribute *public delegates bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL_W: u32 = 0x8110101F;
/// Exchange address book property for the directory attribute *public delegates bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL_O: u32 = 0x8110000D;
/// Exchange address book property for the directory attribute *public delegates bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL_T: u32 = 0x8110101F;
/// Exchange address book property for the directory attribute *public delegates bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL_T_A: u32 = 0x8110101E;
/// Exchange address book property for the directory attribute *public delegates bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PUBLIC_DELEGATES_BL_T_W: u32 = 0x8110101F;
/// Exchange address book property for the directory attribute *quota notification schedule*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_QUOTA_NOTIFICATION_SCHEDULE: u32 = 0x81110102;
/// Exchange address book property for the directory attribute *quota notification style*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_QUOTA_NOTIFICATION_STYLE: u32 = 0x81120003;
/// Exchange address book property for the directory attribute *range lower*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RANGE_LOWER: u32 = 0x81130003;
/// Exchange address book property for the directory attribute *range upper*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RANGE_UPPER: u32 = 0x81140003;
/// Exchange address book property for the directory attribute *ras account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_ACCOUNT: u32 = 0x81AD001F;
/// Exchange address book property for the directory attribute *ras account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_ACCOUNT_A: u32 = 0x81AD001E;
/// Exchange address book property for the directory attribute *ras account*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_ACCOUNT_W: u32 = 0x81AD001F;
/// Exchange address book property for the directory attribute *ras callback number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_CALLBACK_NUMBER: u32 = 0x8115001F;
/// Exchange address book property for the directory attribute *ras callback number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_CALLBACK_NUMBER_A: u32 = 0x8115001E;
/// Exchange address book property for the directory attribute *ras callback number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_CALLBACK_NUMBER_W: u32 = 0x8115001F;
/// Exchange address book property for the directory attribute *ras password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PASSWORD: u32 = 0x81AE0102;
/// Exchange address book property for the directory attribute *ras phone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PHONE_NUMBER: u32 = 0x8116001F;
/// Exchange address book property for the directory attribute *ras phone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PHONE_NUMBER_A: u32 = 0x8116001E;
/// Exchange address book property for the directory attribute *ras phone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PHONE_NUMBER_W: u32 = 0x8116001F;
/// Exchange address book property for the directory attribute *ras phonebook entry name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PHONEBOOK_ENTRY_NAME: u32 = 0x8117001F;
/// Exchange address book property for the directory attribute *ras phonebook entry name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PHONEBOOK_ENTRY_NAME_A: u32 = 0x8117001E;
/// Exchange address book property for the directory attribute *ras phonebook entry name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_PHONEBOOK_ENTRY_NAME_W: u32 = 0x8117001F;
/// Exchange address book property for the directory attribute *ras remote srvr name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_REMOTE_SRVR_NAME: u32 = 0x8118001F;
/// Exchange address book property for the directory attribute *ras remote srvr name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_REMOTE_SRVR_NAME_A: u32 = 0x8118001E;
/// Exchange address book property for the directory attribute *ras remote srvr name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RAS_REMOTE_SRVR_NAME_W: u32 = 0x8118001F;
/// Exchange address book property for the directory attribute *referral list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REFERRAL_LIST: u32 = 0x81A3101F;
/// Exchange address book property for the directory attribute *referral list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REFERRAL_LIST_A: u32 = 0x81A3101E;
/// Exchange address book property for the directory attribute *referral list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REFERRAL_LIST_W: u32 = 0x81A3101F;
/// Exchange address book property for the directory attribute *registered address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REGISTERED_ADDRESS: u32 = 0x81191102;
/// Exchange address book property for the directory attribute *remote bridge head*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_BRIDGE_HEAD: u32 = 0x811A001F;
/// Exchange address book property for the directory attribute *remote bridge head*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_BRIDGE_HEAD_A: u32 = 0x811A001E;
/// Exchange address book property for the directory attribute *remote bridge head*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_BRIDGE_HEAD_W: u32 = 0x811A001F;
/// Exchange address book property for the directory attribute *remote bridge head address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_BRIDGE_HEAD_ADDRESS: u32 = 0x811B001F;
/// Exchange address book property for the directory attribute *remote bridge head address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_BRIDGE_HEAD_ADDRESS_A: u32 = 0x811B001E;
/// Exchange address book property for the directory attribute *remote bridge head address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_BRIDGE_HEAD_ADDRESS_W: u32 = 0x811B001F;
/// Exchange address book property for the directory attribute *remote out bh server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER: u32 = 0x811C001F;
/// Exchange address book property for the directory attribute *remote out bh server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER_A: u32 = 0x811C001E;
/// Exchange address book property for the directory attribute *remote out bh server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER_W: u32 = 0x811C001F;
/// Exchange address book property for the directory attribute *remote out bh server o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER_O: u32 = 0x811C000D;
/// Exchange address book property for the directory attribute *remote out bh server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER_T: u32 = 0x811C001F;
/// Exchange address book property for the directory attribute *remote out bh server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER_T_A: u32 = 0x811C001E;
/// Exchange address book property for the directory attribute *remote out bh server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_OUT_BH_SERVER_T_W: u32 = 0x811C001F;
/// Exchange address book property for the directory attribute *remote site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE: u32 = 0x811D001F;
/// Exchange address book property for the directory attribute *remote site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE_A: u32 = 0x811D001E;
/// Exchange address book property for the directory attribute *remote site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE_W: u32 = 0x811D001F;
/// Exchange address book property for the directory attribute *remote site o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE_O: u32 = 0x811D000D;
/// Exchange address book property for the directory attribute *remote site t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE_T: u32 = 0x811D001F;
/// Exchange address book property for the directory attribute *remote site t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE_T_A: u32 = 0x811D001E;
/// Exchange address book property for the directory attribute *remote site t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REMOTE_SITE_T_W: u32 = 0x811D001F;
/// Exchange address book property for the directory attribute *replicated object version*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPLICATED_OBJECT_VERSION: u32 = 0x8C620003;
/// Exchange address book property for the directory attribute *replication mail message size*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPLICATION_MAIL_MSG_SIZE: u32 = 0x81680003;
/// Exchange address book property for the directory attribute *replication sensitivity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPLICATION_SENSITIVITY: u32 = 0x811E0003;
/// Exchange address book property for the directory attribute *replication signature*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPLICATION_SIGNATURE: u32 = 0x8C6E0102;
/// Exchange address book property for the directory attribute *replication stagger*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPLICATION_STAGGER: u32 = 0x811F0003;
/// Exchange address book property for the directory attribute *report to originator*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORT_TO_ORIGINATOR: u32 = 0x8120000B;
/// Exchange address book property for the directory attribute *report to owner*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORT_TO_OWNER: u32 = 0x8121000B;
/// Exchange address book property for the directory attribute *reports*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS: u32 = 0x800E000D;
/// Exchange address book property for the directory attribute *reports a*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS_A: u32 = 0x800E101E;
/// Exchange address book property for the directory attribute *reports w*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS_W: u32 = 0x800E101F;
/// Exchange address book property for the directory attribute *reports o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS_O: u32 = 0x800E000D;
/// Exchange address book property for the directory attribute *reports t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS_T: u32 = 0x800E101F;
/// Exchange address book property for the directory attribute *reports t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS_T_A: u32 = 0x800E101E;
/// Exchange address book property for the directory attribute *reports t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REPORTS_T_W: u32 = 0x800E101F;
/// Exchange address book property for the directory attribute *req seq*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REQ_SEQ: u32 = 0x81220003;
/// Exchange address book property for the directory attribute *require SSL*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_REQUIRE_SSL: u32 = 0x8C25000B;
/// Exchange address book property for the directory attribute *responsible local dxa*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA: u32 = 0x8123001F;
/// Exchange address book property for the directory attribute *responsible local dxa*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA_A: u32 = 0x8123001E;
/// Exchange address book property for the directory attribute *responsible local dxa*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA_W: u32 = 0x8123001F;
/// Exchange address book property for the directory attribute *responsible local dxa o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA_O: u32 = 0x8123000D;
/// Exchange address book property for the directory attribute *responsible local dxa t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA_T: u32 = 0x8123001F;
/// Exchange address book property for the directory attribute *responsible local dxa t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA_T_A: u32 = 0x8123001E;
/// Exchange address book property for the directory attribute *responsible local dxa t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RESPONSIBLE_LOCAL_DXA_T_W: u32 = 0x8123001F;
/// Exchange address book property for the directory attribute *return exact message size*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RETURN_EXACT_MSG_SIZE: u32 = 0x8C52000B;
/// Exchange address book property for the directory attribute *rid server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER: u32 = 0x8124001F;
/// Exchange address book property for the directory attribute *rid server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER_A: u32 = 0x8124001E;
/// Exchange address book property for the directory attribute *rid server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER_W: u32 = 0x8124001F;
/// Exchange address book property for the directory attribute *rid server o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER_O: u32 = 0x8124000D;
/// Exchange address book property for the directory attribute *rid server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER_T: u32 = 0x8124001F;
/// Exchange address book property for the directory attribute *rid server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER_T_A: u32 = 0x8124001E;
/// Exchange address book property for the directory attribute *rid server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RID_SERVER_T_W: u32 = 0x8124001F;
/// Exchange address book property for the directory attribute *role occupant*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT: u32 = 0x8125101F;
/// Exchange address book property for the directory attribute *role occupant*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT_A: u32 = 0x8125101E;
/// Exchange address book property for the directory attribute *role occupant*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT_W: u32 = 0x8125101F;
/// Exchange address book property for the directory attribute *role occupant o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT_O: u32 = 0x8125000D;
/// Exchange address book property for the directory attribute *role occupant t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT_T: u32 = 0x8125101F;
/// Exchange address book property for the directory attribute *role occupant t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT_T_A: u32 = 0x8125101E;
/// Exchange address book property for the directory attribute *role occupant t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROLE_OCCUPANT_T_W: u32 = 0x8125101F;
/// Exchange address book property for the directory attribute *root newsgroups folder ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOT_NEWSGROUPS_FOLDER_ID: u32 = 0x81B20102;
/// Exchange address book property for the directory attribute *routing list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROUTING_LIST: u32 = 0x8126101F;
/// Exchange address book property for the directory attribute *routing list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROUTING_LIST_A: u32 = 0x8126101E;
/// Exchange address book property for the directory attribute *routing list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROUTING_LIST_W: u32 = 0x8126101F;
/// Exchange address book property for the directory attribute *rts checkpoint size*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RTS_CHECKPOINT_SIZE: u32 = 0x81270003;
/// Exchange address book property for the directory attribute *rts recovery timeout*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RTS_RECOVERY_TIMEOUT: u32 = 0x81280003;
/// Exchange address book property for the directory attribute *rts window size*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RTS_WINDOW_SIZE: u32 = 0x81290003;
/// Exchange address book property for the directory attribute *runs on*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON: u32 = 0x812A101F;
/// Exchange address book property for the directory attribute *runs on*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON_A: u32 = 0x812A101E;
/// Exchange address book property for the directory attribute *runs on*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON_W: u32 = 0x812A101F;
/// Exchange address book property for the directory attribute *runs on o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON_O: u32 = 0x812A000D;
/// Exchange address book property for the directory attribute *runs on t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON_T: u32 = 0x812A101F;
/// Exchange address book property for the directory attribute *runs on t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON_T_A: u32 = 0x812A101E;
/// Exchange address book property for the directory attribute *runs on t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_RUNS_ON_T_W: u32 = 0x812A101F;
/// Exchange address book property for the directory attribute *s selector*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_S_SELECTOR: u32 = 0x812B0102;
/// Exchange address book property for the directory attribute *s selector inbound*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_S_SELECTOR_INBOUND: u32 = 0x812C0102;
/// Exchange address book property for the directory attribute *schema flags*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SCHEMA_FLAGS: u32 = 0x81730003;
/// Exchange address book property for the directory attribute *schema version*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SCHEMA_VERSION: u32 = 0x817C1003;
/// Exchange address book property for the directory attribute *search flags*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEARCH_FLAGS: u32 = 0x812D0003;
/// Exchange address book property for the directory attribute *search guide*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEARCH_GUIDE: u32 = 0x812E1102;
/// Exchange address book property for the directory attribute *security policy*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SECURITY_POLICY: u32 = 0x8C471102;
/// Exchange address book property for the directory attribute *security protocol*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SECURITY_PROTOCOL: u32 = 0x80371102;
/// Exchange address book property for the directory attribute *see also*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO: u32 = 0x812F101F;
/// Exchange address book property for the directory attribute *see also*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO_A: u32 = 0x812F101E;
/// Exchange address book property for the directory attribute *see also*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO_W: u32 = 0x812F101F;
/// Exchange address book property for the directory attribute *see also o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO_O: u32 = 0x812F000D;
/// Exchange address book property for the directory attribute *see also t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO_T: u32 = 0x812F101F;
/// Exchange address book property for the directory attribute *see also t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO_T_A: u32 = 0x812F101E;
/// Exchange address book property for the directory attribute *see also t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEE_ALSO_T_W: u32 = 0x812F101F;
/// Exchange address book property for the directory attribute *send email message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEND_EMAIL_MESSAGE: u32 = 0x8C31000B;
/// Exchange address book property for the directory attribute *send TNEF*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SEND_TNEF: u32 = 0x8191000B;
/// Exchange address book property for the directory attribute *serial number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERIAL_NUMBER: u32 = 0x8130101F;
/// Exchange address book property for the directory attribute *serial number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERIAL_NUMBER_A: u32 = 0x8130101E;
/// Exchange address book property for the directory attribute *serial number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERIAL_NUMBER_W: u32 = 0x8130101F;
/// Exchange address book property for the directory attribute *service action first*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_ACTION_FIRST: u32 = 0x81310003;
/// Exchange address book property for the directory attribute *service action other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_ACTION_OTHER: u32 = 0x81320003;
/// Exchange address book property for the directory attribute *service action second*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_ACTION_SECOND: u32 = 0x81330003;
/// Exchange address book property for the directory attribute *service restart delay*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_RESTART_DELAY: u32 = 0x81340003;
/// Exchange address book property for the directory attribute *service restart message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_RESTART_MESSAGE: u32 = 0x8135001F;
/// Exchange address book property for the directory attribute *service restart message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_RESTART_MESSAGE_A: u32 = 0x8135001E;
/// Exchange address book property for the directory attribute *service restart message*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SERVICE_RESTART_MESSAGE_W: u32 = 0x8135001F;
/// Exchange address book property for the directory attribute *session disconnect timer*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SESSION_DISCONNECT_TIMER: u32 = 0x81360003;
/// Exchange address book property for the directory attribute *site affinity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_AFFINITY: u32 = 0x8137101F;
/// Exchange address book property for the directory attribute *site affinity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_AFFINITY_A: u32 = 0x8137101E;
/// Exchange address book property for the directory attribute *site affinity*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_AFFINITY_W: u32 = 0x8137101F;
/// Exchange address book property for the directory attribute *site folder GUID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_GUID: u32 = 0x81660102;
/// Exchange address book property for the directory attribute *site folder server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER: u32 = 0x8167001F;
/// Exchange address book property for the directory attribute *site folder server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER_A: u32 = 0x8167001E;
/// Exchange address book property for the directory attribute *site folder server*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER_W: u32 = 0x8167001F;
/// Exchange address book property for the directory attribute *site folder server o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER_O: u32 = 0x8167000D;
/// Exchange address book property for the directory attribute *site folder server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER_T: u32 = 0x8167001F;
/// Exchange address book property for the directory attribute *site folder server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER_T_A: u32 = 0x8167001E;
/// Exchange address book property for the directory attribute *site folder server t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_FOLDER_SERVER_T_W: u32 = 0x8167001F;
/// Exchange address book property for the directory attribute *site proxy space*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_PROXY_SPACE: u32 = 0x8138101F;
/// Exchange address book property for the directory attribute *site proxy space*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_PROXY_SPACE_A: u32 = 0x8138101E;
/// Exchange address book property for the directory attribute *site proxy space*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SITE_PROXY_SPACE_W: u32 = 0x8138101F;
/// Exchange address book property for the directory attribute *SMIME alg list na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_LIST_NA: u32 = 0x8C33101F;
/// Exchange address book property for the directory attribute *SMIME alg list na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_LIST_NA_A: u32 = 0x8C33101E;
/// Exchange address book property for the directory attribute *SMIME alg list na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_LIST_NA_W: u32 = 0x8C33101F;
/// Exchange address book property for the directory attribute *SMIME alg list other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_LIST_OTHER: u32 = 0x8C34101F;
/// Exchange address book property for the directory attribute *SMIME alg list other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_LIST_OTHER_A: u32 = 0x8C34101E;
/// Exchange address book property for the directory attribute *SMIME alg list other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_LIST_OTHER_W: u32 = 0x8C34101F;
/// Exchange address book property for the directory attribute *SMIME alg selected na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_SELECTED_NA: u32 = 0x8C35001F;
/// Exchange address book property for the directory attribute *SMIME alg selected na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_SELECTED_NA_A: u32 = 0x8C35001E;
/// Exchange address book property for the directory attribute *SMIME alg selected na*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_SELECTED_NA_W: u32 = 0x8C35001F;
/// Exchange address book property for the directory attribute *SMIME alg selected other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_SELECTED_OTHER: u32 = 0x8C36001F;
/// Exchange address book property for the directory attribute *SMIME alg selected other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_SELECTED_OTHER_A: u32 = 0x8C36001E;
/// Exchange address book property for the directory attribute *SMIME alg selected other*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SMIME_ALG_SELECTED_OTHER_W: u32 = 0x8C36001F;
/// Exchange address book property for the directory attribute *space last computed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SPACE_LAST_COMPUTED: u32 = 0x81390040;
/// Exchange address book property for the directory attribute *street address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_STREET_ADDRESS: u32 = 0x813A001F;
/// Exchange address book property for the directory attribute *street address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_STREET_ADDRESS_A: u32 = 0x813A001E;
/// Exchange address book property for the directory attribute *street address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_STREET_ADDRESS_W: u32 = 0x813A001F;
/// Exchange address book property for the directory attribute *sub refs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS: u32 = 0x813B101F;
/// Exchange address book property for the directory attribute *sub refs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS_A: u32 = 0x813B101E;
/// Exchange address book property for the directory attribute *sub refs*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS_W: u32 = 0x813B101F;
/// Exchange address book property for the directory attribute *sub refs o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS_O: u32 = 0x813B000D;
/// Exchange address book property for the directory attribute *sub refs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS_T: u32 = 0x813B101F;
/// Exchange address book property for the directory attribute *sub refs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS_T_A: u32 = 0x813B101E;
/// Exchange address book property for the directory attribute *sub refs t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_REFS_T_W: u32 = 0x813B101F;
/// Exchange address book property for the directory attribute *sub site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_SITE: u32 = 0x817B001F;
/// Exchange address book property for the directory attribute *sub site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_SITE_A: u32 = 0x817B001E;
/// Exchange address book property for the directory attribute *sub site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUB_SITE_W: u32 = 0x817B001F;
/// Exchange address book property for the directory attribute *submission cont length*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUBMISSION_CONT_LENGTH: u32 = 0x813C0003;
/// Exchange address book property for the directory attribute *support SMIME signatures*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORT_SMIME_SIGNATURES: u32 = 0x8C48000B;
/// Exchange address book property for the directory attribute *supported algorithms*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTED_ALGORITHMS: u32 = 0x8C550102;
/// Exchange address book property for the directory attribute *supported application context*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTED_APPLICATION_CONTEXT: u32 = 0x813D1102;
/// Exchange address book property for the directory attribute *supporting stack*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK: u32 = 0x813E101F;
/// Exchange address book property for the directory attribute *supporting stack*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_A: u32 = 0x813E101E;
/// Exchange address book property for the directory attribute *supporting stack*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_W: u32 = 0x813E101F;
/// Exchange address book property for the directory attribute *supporting stack o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_O: u32 = 0x813E000D;
/// Exchange address book property for the directory attribute *supporting stack t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_T: u32 = 0x813E101F;
/// Exchange address book property for the directory attribute *supporting stack t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_T_A: u32 = 0x813E101E;
/// Exchange address book property for the directory attribute *supporting stack t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_T_W: u32 = 0x813E101F;
/// Exchange address book property for the directory attribute *supporting stack bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL: u32 = 0x813F101F;
/// Exchange address book property for the directory attribute *supporting stack bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL_A: u32 = 0x813F101E;
/// Exchange address book property for the directory attribute *supporting stack bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL_W: u32 = 0x813F101F;
/// Exchange address book property for the directory attribute *supporting stack bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL_O: u32 = 0x813F000D;
/// Exchange address book property for the directory attribute *supporting stack bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL_T: u32 = 0x813F101F;
/// Exchange address book property for the directory attribute *supporting stack bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL_T_A: u32 = 0x813F101E;
/// Exchange address book property for the directory attribute *supporting stack bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SUPPORTING_STACK_BL_T_W: u32 = 0x813F101F;
/// Exchange address book property for the directory attribute *t selector*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_T_SELECTOR: u32 = 0x81400102;
/// Exchange address book property for the directory attribute *t selector inbound*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_T_SELECTOR_INBOUND: u32 = 0x81410102;
/// Exchange address book property for the directory attribute *target address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TARGET_ADDRESS: u32 = 0x8011001F;
/// Exchange address book property for the directory attribute *target address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TARGET_ADDRESS_A: u32 = 0x8011001E;
/// Exchange address book property for the directory attribute *target address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TARGET_ADDRESS_W: u32 = 0x8011001F;
/// Exchange address book property for the directory attribute *target mtas*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TARGET_MTAS: u32 = 0x8142101F;
/// Exchange address book property for the directory attribute *target mtas*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TARGET_MTAS_A: u32 = 0x8142101E;
/// Exchange address book property for the directory attribute *target mtas*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TARGET_MTAS_W: u32 = 0x8142101F;
/// Exchange address book property for the directory attribute *telephone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELEPHONE_NUMBER: u32 = 0x8012101F;
/// Exchange address book property for the directory attribute *telephone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELEPHONE_NUMBER_A: u32 = 0x8012101E;
/// Exchange address book property for the directory attribute *telephone number*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELEPHONE_NUMBER_W: u32 = 0x8012101F;
/// Exchange address book property for the directory attribute *telephone personal pager*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELEPHONE_PERSONAL_PAGER: u32 = 0x8C68001F;
/// Exchange address book property for the directory attribute *telephone personal pager*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELEPHONE_PERSONAL_PAGER_A: u32 = 0x8C68001E;
/// Exchange address book property for the directory attribute *telephone personal pager*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELEPHONE_PERSONAL_PAGER_W: u32 = 0x8C68001F;
/// Exchange address book property for the directory attribute *teletex terminal identifier*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TELETEX_TERMINAL_IDENTIFIER: u32 = 0x81431102;
/// Exchange address book property for the directory attribute *temp assoc threshold*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TEMP_ASSOC_THRESHOLD: u32 = 0x81440003;
/// Exchange address book property for the directory attribute *tombstone lifetime*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TOMBSTONE_LIFETIME: u32 = 0x81450003;
/// Exchange address book property for the directory attribute *tracking log path name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRACKING_LOG_PATH_NAME: u32 = 0x8146001F;
/// Exchange address book property for the directory attribute *tracking log path name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRACKING_LOG_PATH_NAME_A: u32 = 0x8146001E;
/// Exchange address book property for the directory attribute *tracking log path name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRACKING_LOG_PATH_NAME_W: u32 = 0x8146001F;
/// Exchange address book property for the directory attribute *trans retry mins*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANS_RETRY_MINS: u32 = 0x81470003;
/// Exchange address book property for the directory attribute *trans timeout mins*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANS_TIMEOUT_MINS: u32 = 0x81480003;
/// Exchange address book property for the directory attribute *transfer retry interval*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANSFER_RETRY_INTERVAL: u32 = 0x81490003;
/// Exchange address book property for the directory attribute *transfer timeout non urgent*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANSFER_TIMEOUT_NON_URGENT: u32 = 0x814A0003;
/// Exchange address book property for the directory attribute *transfer timeout normal*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANSFER_TIMEOUT_NORMAL: u32 = 0x814B0003;
/// Exchange address book property for the directory attribute *transfer timeout urgent*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANSFER_TIMEOUT_URGENT: u32 = 0x814C0003;
/// Exchange address book property for the directory attribute *translation table used*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANSLATION_TABLE_USED: u32 = 0x814D0003;
/// Exchange address book property for the directory attribute *transport expedited data*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRANSPORT_EXPEDITED_DATA: u32 = 0x814E000B;
/// Exchange address book property for the directory attribute *trust level*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TRUST_LEVEL: u32 = 0x814F0003;
/// Exchange address book property for the directory attribute *turn request threshold*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TURN_REQUEST_THRESHOLD: u32 = 0x81500003;
/// Exchange address book property for the directory attribute *two way alternate facility*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TWO_WAY_ALTERNATE_FACILITY: u32 = 0x8151000B;
/// Exchange address book property for the directory attribute *type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TYPE: u32 = 0x8C38001F;
/// Exchange address book property for the directory attribute *type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TYPE_A: u32 = 0x8C38001E;
/// Exchange address book property for the directory attribute *type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_TYPE_W: u32 = 0x8C38001F;
/// Exchange address book property for the directory attribute *unauth orig bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL: u32 = 0x8152101F;
/// Exchange address book property for the directory attribute *unauth orig bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL_A: u32 = 0x8152101E;
/// Exchange address book property for the directory attribute *unauth orig bl*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL_W: u32 = 0x8152101F;
/// Exchange address book property for the directory attribute *unauth orig bl o*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL_O: u32 = 0x8152000D;
/// Exchange address book property for the directory attribute *unauth orig bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL_T: u32 = 0x8152101F;
/// Exchange address book property for the directory attribute *unauth orig bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL_T_A: u32 = 0x8152101E;
/// Exchange address book property for the directory attribute *unauth orig bl t*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNAUTH_ORIG_BL_T_W: u32 = 0x8152101F;
/// Exchange address book property for the directory attribute *unmerged attributes*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_UNMERGED_ATTRIBUTES: u32 = 0x8C6F1102;
/// Exchange address book property for the directory attribute *use server values*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USE_SERVER_VALUES: u32 = 0x817E000B;
/// Exchange address book property for the directory attribute *use site values*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USE_SITE_VALUES: u32 = 0x8183000B;
/// Exchange address book property for the directory attribute *usenet site name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USENET_SITE_NAME: u32 = 0x8189001F;
/// Exchange address book property for the directory attribute *usenet site name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USENET_SITE_NAME_A: u32 = 0x8189001E;
/// Exchange address book property for the directory attribute *usenet site name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USENET_SITE_NAME_W: u32 = 0x8189001F;
/// Exchange address book property for the directory attribute *user password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USER_PASSWORD: u32 = 0x81531102;
/// Exchange address book property for the directory attribute *usn changed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USN_CHANGED: u32 = 0x80290003;
/// Exchange address book property for the directory attribute *usn created*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USN_CREATED: u32 = 0x81540003;
/// Exchange address book property for the directory attribute *usn dsa last obj removed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USN_DSA_LAST_OBJ_REMOVED: u32 = 0x81550003;
/// Exchange address book property for the directory attribute *usn intersite*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USN_INTERSITE: u32 = 0x817A0003;
/// Exchange address book property for the directory attribute *usn last obj rem*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USN_LAST_OBJ_REM: u32 = 0x81560003;
/// Exchange address book property for the directory attribute *usn source*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_USN_SOURCE: u32 = 0x81570003;
/// Exchange address book property for the directory attribute *view container 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_1: u32 = 0x81BF001F;
/// Exchange address book property for the directory attribute *view container 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_1_A: u32 = 0x81BF001E;
/// Exchange address book property for the directory attribute *view container 1*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_1_W: u32 = 0x81BF001F;
/// Exchange address book property for the directory attribute *view container 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_2: u32 = 0x81C0001F;
/// Exchange address book property for the directory attribute *view container 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_2_A: u32 = 0x81C0001E;
/// Exchange address book property for the directory attribute *view container 2*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_2_W: u32 = 0x81C0001F;
/// Exchange address book property for the directory attribute *view container 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_3: u32 = 0x81C1001F;
/// Exchange address book property for the directory attribute *view container 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_3_A: u32 = 0x81C1001E;
/// Exchange address book property for the directory attribute *view container 3*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_CONTAINER_3_W: u32 = 0x81C1001F;
/// Exchange address book property for the directory attribute *view definition*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_DEFINITION: u32 = 0x8C1B1102;
/// Exchange address book property for the directory attribute *view flags*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_FLAGS: u32 = 0x8C180003;
/// Exchange address book property for the directory attribute *view site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_SITE: u32 = 0x81BE001F;
/// Exchange address book property for the directory attribute *view site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_SITE_A: u32 = 0x81BE001E;
/// Exchange address book property for the directory attribute *view site*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VIEW_SITE_W: u32 = 0x81BE001F;
/// Exchange address book property for the directory attribute *voice mail flags*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_FLAGS: u32 = 0x8C401102;
/// Exchange address book property for the directory attribute *voice mail greetings*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_GREETINGS: u32 = 0x8C3F101F;
/// Exchange address book property for the directory attribute *voice mail greetings*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_GREETINGS_A: u32 = 0x8C3F101E;
/// Exchange address book property for the directory attribute *voice mail greetings*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_GREETINGS_W: u32 = 0x8C3F101F;
/// Exchange address book property for the directory attribute *voice mail password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_PASSWORD: u32 = 0x8C3D001F;
/// Exchange address book property for the directory attribute *voice mail password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_PASSWORD_A: u32 = 0x8C3D001E;
/// Exchange address book property for the directory attribute *voice mail password*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_PASSWORD_W: u32 = 0x8C3D001F;
/// Exchange address book property for the directory attribute *voice mail recorded name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_RECORDED_NAME: u32 = 0x8C3E0102;
/// Exchange address book property for the directory attribute *voice mail recording length*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_RECORDING_LENGTH: u32 = 0x8C431003;
/// Exchange address book property for the directory attribute *voice mail speed*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_SPEED: u32 = 0x8C420003;
/// Exchange address book property for the directory attribute *voice mail system GUID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_SYSTEM_GUID: u32 = 0x8C3B0102;
/// Exchange address book property for the directory attribute *voice mail user ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_USER_ID: u32 = 0x8C3C001F;
/// Exchange address book property for the directory attribute *voice mail user ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_USER_ID_A: u32 = 0x8C3C001E;
/// Exchange address book property for the directory attribute *voice mail user ID*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_USER_ID_W: u32 = 0x8C3C001F;
/// Exchange address book property for the directory attribute *voice mail volume*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_VOICE_MAIL_VOLUME: u32 = 0x8C410003;
/// Exchange address book property for the directory attribute *www home page*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_WWW_HOME_PAGE: u32 = 0x8175001F;
/// Exchange address book property for the directory attribute *www home page*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_WWW_HOME_PAGE_A: u32 = 0x8175001E;
/// Exchange address book property for the directory attribute *www home page*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_WWW_HOME_PAGE_W: u32 = 0x8175001F;
/// Exchange address book property for the directory attribute *X121 address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X121_ADDRESS: u32 = 0x8158101F;
/// Exchange address book property for the directory attribute *X121 address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X121_ADDRESS_A: u32 = 0x8158101E;
/// Exchange address book property for the directory attribute *X121 address*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X121_ADDRESS_W: u32 = 0x8158101F;
/// Exchange address book property for the directory attribute *X25 call user data incoming*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_CALL_USER_DATA_INCOMING: u32 = 0x81590102;
/// Exchange address book property for the directory attribute *X25 call user data outgoing*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_CALL_USER_DATA_OUTGOING: u32 = 0x815A0102;
/// Exchange address book property for the directory attribute *X25 facilities data incoming*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_FACILITIES_DATA_INCOMING: u32 = 0x815B0102;
/// Exchange address book property for the directory attribute *X25 facilities data outgoing*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_FACILITIES_DATA_OUTGOING: u32 = 0x815C0102;
/// Exchange address book property for the directory attribute *X25 leased line port*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_LEASED_LINE_PORT: u32 = 0x815D0102;
/// Exchange address book property for the directory attribute *X25 leased or switched*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_LEASED_OR_SWITCHED: u32 = 0x815E000B;
/// Exchange address book property for the directory attribute *X25 remote MTA phone*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_REMOTE_MTA_PHONE: u32 = 0x815F001F;
/// Exchange address book property for the directory attribute *X25 remote MTA phone*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_REMOTE_MTA_PHONE_A: u32 = 0x815F001E;
/// Exchange address book property for the directory attribute *X25 remote MTA phone*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X25_REMOTE_MTA_PHONE_W: u32 = 0x815F001F;
/// Exchange address book property for the directory attribute *X400 attachment type*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X400_ATTACHMENT_TYPE: u32 = 0x81600102;
/// Exchange address book property for the directory attribute *X400 selector syntax*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X400_SELECTOR_SYNTAX: u32 = 0x81610003;
/// Exchange address book property for the directory attribute *X500 access control list*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_ACCESS_CONTROL_LIST: u32 = 0x81620102;
/// Exchange address book property for the directory attribute *X500 nc*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_NC: u32 = 0x81A2001F;
/// Exchange address book property for the directory attribute *X500 nc*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_NC_A: u32 = 0x81A2001E;
/// Exchange address book property for the directory attribute *X500 nc*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_NC_W: u32 = 0x81A2001F;
/// Exchange address book property for the directory attribute *X500 rdn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_RDN: u32 = 0x81A1001F;
/// Exchange address book property for the directory attribute *X500 rdn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_RDN_A: u32 = 0x81A1001E;
/// Exchange address book property for the directory attribute *X500 rdn*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X500_RDN_W: u32 = 0x81A1001F;
/// Exchange address book property for the directory attribute *X509 cert*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_X509_CERT: u32 = 0x8C6A1102;
/// Exchange address book property for the directory attribute *xmit timeout non urgent*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_XMIT_TIMEOUT_NON_URGENT: u32 = 0x81630003;
/// Exchange address book property for the directory attribute *xmit timeout normal*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_XMIT_TIMEOUT_NORMAL: u32 = 0x81640003;
/// Exchange address book property for the directory attribute *xmit timeout urgent*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_XMIT_TIMEOUT_URGENT: u32 = 0x81650003;
/// Exchange address book property for the directory attribute *phonetic given name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_GIVEN_NAME: u32 = 0x8C8E001F;
/// Exchange address book property for the directory attribute *phonetic given name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_GIVEN_NAME_A: u32 = 0x8C8E001E;
/// Exchange address book property for the directory attribute *phonetic given name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_GIVEN_NAME_W: u32 = 0x8C8E001F;
/// Exchange address book property for the directory attribute *phonetic surname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_SURNAME: u32 = 0x8C8F001F;
/// Exchange address book property for the directory attribute *phonetic surname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_SURNAME_A: u32 = 0x8C8F001E;
/// Exchange address book property for the directory attribute *phonetic surname*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_SURNAME_W: u32 = 0x8C8F001F;
/// Exchange address book property for the directory attribute *phonetic department name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_DEPARTMENT_NAME: u32 = 0x8C90001F;
/// Exchange address book property for the directory attribute *phonetic department name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_DEPARTMENT_NAME_A: u32 = 0x8C90001E;
/// Exchange address book property for the directory attribute *phonetic department name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_DEPARTMENT_NAME_W: u32 = 0x8C90001F;
/// Exchange address book property for the directory attribute *phonetic company name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_COMPANY_NAME: u32 = 0x8C91001F;
/// Exchange address book property for the directory attribute *phonetic company name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_COMPANY_NAME_A: u32 = 0x8C91001E;
/// Exchange address book property for the directory attribute *phonetic company name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_COMPANY_NAME_W: u32 = 0x8C91001F;
/// Exchange address book property for the directory attribute *phonetic display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_DISPLAY_NAME: u32 = 0x8C92001F;
/// Exchange address book property for the directory attribute *phonetic display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_DISPLAY_NAME_A: u32 = 0x8C92001E;
/// Exchange address book property for the directory attribute *phonetic display name*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_PHONETIC_DISPLAY_NAME_W: u32 = 0x8C92001F;
/// Exchange address book property for the directory attribute *hab show in departments*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAB_SHOW_IN_DEPARTMENTS: u32 = 0x8C94000D;
/// Exchange address book property for the directory attribute *room containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_CONTAINERS: u32 = 0x8C96101F;
/// Exchange address book property for the directory attribute *room containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_CONTAINERS_A: u32 = 0x8C96101E;
/// Exchange address book property for the directory attribute *room containers*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ROOM_CONTAINERS_W: u32 = 0x8C96101F;
/// Exchange address book property for the directory attribute *hab department members*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAB_DEPARTMENT_MEMBERS: u32 = 0x8C97000D;
/// Exchange address book property for the directory attribute *hab root department*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAB_ROOT_DEPARTMENT: u32 = 0x8C98000D;
/// Exchange address book property for the directory attribute *hab parent department*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAB_PARENT_DEPARTMENT: u32 = 0x8C99000D;
/// Exchange address book property for the directory attribute *hab child departments*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAB_CHILD_DEPARTMENTS: u32 = 0x8C9A000D;
/// Exchange address book property for the directory attribute *seniority index*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_SENIORITY_INDEX: u32 = 0x8CA00003;
/// Exchange address book property for the directory attribute *org unit root DN*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_ORG_UNIT_ROOT_DN: u32 = 0x8CA8001E;
/// Exchange address book property for the directory attribute *hab is hierarchical group*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_HAB_IS_HIERARCHICAL_GROUP: u32 = 0x8CDD000B;
/// Exchange address book property for the directory attribute *DL external member count*.
#[cfg(feature = "exchange")]
pub const PR_EMS_AB_DL_EXTERNAL_MEMBER_COUNT: u32 = 0x8CE30003;

// `idl/mapi/tnefdefs.idl` as Rust, included by `mod.rs`.
/// The exported name of `OpenTnefStream`, for `GetProcAddress`.
#[cfg(feature = "tnef")]
pub const OPENTNEFSTREAM: &::core::ffi::CStr = c"OpenTnefStream";
/// The exported name of `OpenTnefStreamEx`, for `GetProcAddress`.
#[cfg(feature = "tnef")]
pub const OPENTNEFSTREAMEX: &::core::ffi::CStr = c"OpenTnefStreamEx";
/// The exported name of `GetTnefStreamCodePage`, for `GetProcAddress`.
#[cfg(feature = "tnef")]
pub const GETTNEFSTREAMCODEPAGE: &::core::ffi::CStr = c"GetTnefStreamCodePage";
/// A flag of legacy TNEF attachments: the data is MacBinary.
#[cfg(feature = "tnef")]
pub const MAC_BINARY: crate::DWORD = 1;
/// A legacy message status bit carried in TNEF (`attMessageStatus`): null.
#[cfg(feature = "tnef")]
pub const fmsNull: crate::BYTE = 0;
/// A legacy message status bit carried in TNEF (`attMessageStatus`): modified.
#[cfg(feature = "tnef")]
pub const fmsModified: crate::BYTE = 1;
/// A legacy message status bit carried in TNEF (`attMessageStatus`): local.
#[cfg(feature = "tnef")]
pub const fmsLocal: crate::BYTE = 2;
/// A legacy message status bit carried in TNEF (`attMessageStatus`): submitted.
#[cfg(feature = "tnef")]
pub const fmsSubmitted: crate::BYTE = 4;
/// A legacy message status bit carried in TNEF (`attMessageStatus`): read.
#[cfg(feature = "tnef")]
pub const fmsRead: crate::BYTE = 0x20;
/// A legacy message status bit carried in TNEF (`attMessageStatus`): has attach.
#[cfg(feature = "tnef")]
pub const fmsHasAttach: crate::BYTE = 0x80;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): null.
#[cfg(feature = "tnef")]
pub const trpidNull: crate::WORD = 0;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): unresolved.
#[cfg(feature = "tnef")]
pub const trpidUnresolved: crate::WORD = 1;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): resolved NSID.
#[cfg(feature = "tnef")]
pub const trpidResolvedNSID: crate::WORD = 2;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): resolved address.
#[cfg(feature = "tnef")]
pub const trpidResolvedAddress: crate::WORD = 3;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): one off.
#[cfg(feature = "tnef")]
pub const trpidOneOff: crate::WORD = 4;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): group NSID.
#[cfg(feature = "tnef")]
pub const trpidGroupNSID: crate::WORD = 5;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): offline.
#[cfg(feature = "tnef")]
pub const trpidOffline: crate::WORD = 6;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): ignore.
#[cfg(feature = "tnef")]
pub const trpidIgnore: crate::WORD = 7;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): class entry.
#[cfg(feature = "tnef")]
pub const trpidClassEntry: crate::WORD = 8;
/// A legacy recipient kind carried in TNEF (`TRP::trpid`): resolved group address.
#[cfg(feature = "tnef")]
pub const trpidResolvedGroupAddress: crate::WORD = 9;
/// An address kind of a legacy TNEF name (`NSID::xtype`): unknown.
#[cfg(feature = "tnef")]
pub const xtypeUnknown: crate::DWORD = 0;
/// An address kind of a legacy TNEF name (`NSID::xtype`): internet.
#[cfg(feature = "tnef")]
pub const xtypeInternet: crate::DWORD = 6;
/// The length of a display name in a legacy TNEF alias, in bytes.
#[cfg(feature = "tnef")]
pub const cbDisplayName: crate::ULONG = 0x29;
/// The length of an e-mail name in a legacy TNEF alias, in bytes.
#[cfg(feature = "tnef")]
pub const cbEmailName: crate::ULONG = 0xB;
/// The length of a server name in a legacy TNEF alias, in bytes.
#[cfg(feature = "tnef")]
pub const cbSeverName: crate::ULONG = 0xC;
/// The length of the type of a legacy TNEF name (`NSID::uchType`), in bytes.
#[cfg(feature = "tnef")]
pub const cbTYPE: crate::ULONG = 0x10;
/// The largest identifier data of a legacy TNEF name, in bytes.
#[cfg(feature = "tnef")]
pub const cbMaxIdData: crate::ULONG = 0xC8;
/// The size of a legacy TNEF name (`NSID`), in bytes: 100 on both targets.
#[cfg(feature = "tnef")]
pub const cbNSID: crate::ULONG = 0x64;
/// A legacy message priority carried in TNEF (`attPriority`): low.
#[cfg(feature = "tnef")]
pub const prioLow: crate::ULONG = 3;
/// A legacy message priority carried in TNEF (`attPriority`): norm.
#[cfg(feature = "tnef")]
pub const prioNorm: crate::ULONG = 2;
/// A legacy message priority carried in TNEF (`attPriority`): high.
#[cfg(feature = "tnef")]
pub const prioHigh: crate::ULONG = 1;
/// An attribute type of the TNEF stream format: triples.
#[cfg(feature = "tnef")]
pub const atpTriples: crate::WORD = 0;
/// An attribute type of the TNEF stream format: string.
#[cfg(feature = "tnef")]
pub const atpString: crate::WORD = 1;
/// An attribute type of the TNEF stream format: text.
#[cfg(feature = "tnef")]
pub const atpText: crate::WORD = 2;
/// An attribute type of the TNEF stream format: date.
#[cfg(feature = "tnef")]
pub const atpDate: crate::WORD = 3;
/// An attribute type of the TNEF stream format: short.
#[cfg(feature = "tnef")]
pub const atpShort: crate::WORD = 4;
/// An attribute type of the TNEF stream format: long.
#[cfg(feature = "tnef")]
pub const atpLong: crate::WORD = 5;
/// An attribute type of the TNEF stream format: byte.
#[cfg(feature = "tnef")]
pub const atpByte: crate::WORD = 6;
/// An attribute type of the TNEF stream format: word.
#[cfg(feature = "tnef")]
pub const atpWord: crate::WORD = 7;
/// An attribute type of the TNEF stream format: dword.
#[cfg(feature = "tnef")]
pub const atpDword: crate::WORD = 8;
/// One past the last TNEF attribute type.
#[cfg(feature = "tnef")]
pub const atpMax: crate::WORD = 9;
/// A level of a TNEF attribute: message.
#[cfg(feature = "tnef")]
pub const LVL_MESSAGE: crate::BYTE = 1;
/// A level of a TNEF attribute: attachment.
#[cfg(feature = "tnef")]
pub const LVL_ATTACHMENT: crate::BYTE = 2;
/// The null TNEF attribute.
#[cfg(feature = "tnef")]
pub const attNull: crate::ULONG = 0;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): from.
#[cfg(feature = "tnef")]
pub const attFrom: crate::ULONG = 0x8000;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): subject.
#[cfg(feature = "tnef")]
pub const attSubject: crate::ULONG = 0x18004;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): date sent.
#[cfg(feature = "tnef")]
pub const attDateSent: crate::ULONG = 0x38005;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): date recd.
#[cfg(feature = "tnef")]
pub const attDateRecd: crate::ULONG = 0x38006;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): message status.
#[cfg(feature = "tnef")]
pub const attMessageStatus: crate::ULONG = 0x68007;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): message class.
#[cfg(feature = "tnef")]
pub const attMessageClass: crate::ULONG = 0x78008;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): message ID.
#[cfg(feature = "tnef")]
pub const attMessageID: crate::ULONG = 0x18009;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): parent ID.
#[cfg(feature = "tnef")]
pub const attParentID: crate::ULONG = 0x1800A;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): conversation ID.
#[cfg(feature = "tnef")]
pub const attConversationID: crate::ULONG = 0x1800B;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): body.
#[cfg(feature = "tnef")]
pub const attBody: crate::ULONG = 0x2800C;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): priority.
#[cfg(feature = "tnef")]
pub const attPriority: crate::ULONG = 0x4800D;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach data.
#[cfg(feature = "tnef")]
pub const attAttachData: crate::ULONG = 0x6800F;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach title.
#[cfg(feature = "tnef")]
pub const attAttachTitle: crate::ULONG = 0x18010;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach meta file.
#[cfg(feature = "tnef")]
pub const attAttachMetaFile: crate::ULONG = 0x68011;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach create date.
#[cfg(feature = "tnef")]
pub const attAttachCreateDate: crate::ULONG = 0x38012;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach modify date.
#[cfg(feature = "tnef")]
pub const attAttachModifyDate: crate::ULONG = 0x38013;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): date modified.
#[cfg(feature = "tnef")]
pub const attDateModified: crate::ULONG = 0x38020;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach transport filename.
#[cfg(feature = "tnef")]
pub const attAttachTransportFilename: crate::ULONG = 0x69001;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attach renddata.
#[cfg(feature = "tnef")]
pub const attAttachRenddata: crate::ULONG = 0x69002;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): MAPI props.
#[cfg(feature = "tnef")]
pub const attMAPIProps: crate::ULONG = 0x69003;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): recip table.
#[cfg(feature = "tnef")]
pub const attRecipTable: crate::ULONG = 0x69004;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): attachment.
#[cfg(feature = "tnef")]
pub const attAttachment: crate::ULONG = 0x69005;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): tnef version.
#[cfg(feature = "tnef")]
pub const attTnefVersion: crate::ULONG = 0x89006;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): oem codepage.
#[cfg(feature = "tnef")]
pub const attOemCodepage: crate::ULONG = 0x69007;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): original message class.
#[cfg(feature = "tnef")]
pub const attOriginalMessageClass: crate::ULONG = 0x70006;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): owner.
#[cfg(feature = "tnef")]
pub const attOwner: crate::ULONG = 0x60000;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): sent for.
#[cfg(feature = "tnef")]
pub const attSentFor: crate::ULONG = 0x60001;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): delegate.
#[cfg(feature = "tnef")]
pub const attDelegate: crate::ULONG = 0x60002;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): date start.
#[cfg(feature = "tnef")]
pub const attDateStart: crate::ULONG = 0x30006;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): date end.
#[cfg(feature = "tnef")]
pub const attDateEnd: crate::ULONG = 0x30007;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): aid owner.
#[cfg(feature = "tnef")]
pub const attAidOwner: crate::ULONG = 0x50008;
/// An attribute of the TNEF stream format (type in the high word, id in the low word): request res.
#[cfg(feature = "tnef")]
pub const attRequestRes: crate::ULONG = 0x40009;

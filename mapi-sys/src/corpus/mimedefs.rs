// `idl/mapi/mimedefs.idl` as Rust, included by `mod.rs`.
/// The ids of the MIME library's known properties: headers, parameters and attributes.
#[cfg(feature = "mime")]
pub type MIMEPROPID = i32;
/// A MIME header property id (`MIMEPROPID`): newsgroup.
#[cfg(feature = "mime")]
pub const PID_HDR_NEWSGROUP: MIMEPROPID = 2;
/// A MIME header property id (`MIMEPROPID`): newsgroups.
#[cfg(feature = "mime")]
pub const PID_HDR_NEWSGROUPS: MIMEPROPID = 3;
/// A MIME header property id (`MIMEPROPID`): refs.
#[cfg(feature = "mime")]
pub const PID_HDR_REFS: MIMEPROPID = 4;
/// A MIME header property id (`MIMEPROPID`): subject.
#[cfg(feature = "mime")]
pub const PID_HDR_SUBJECT: MIMEPROPID = 5;
/// A MIME header property id (`MIMEPROPID`): from.
#[cfg(feature = "mime")]
pub const PID_HDR_FROM: MIMEPROPID = 6;
/// A MIME header property id (`MIMEPROPID`): messageid.
#[cfg(feature = "mime")]
pub const PID_HDR_MESSAGEID: MIMEPROPID = 7;
/// A MIME header property id (`MIMEPROPID`): returnpath.
#[cfg(feature = "mime")]
pub const PID_HDR_RETURNPATH: MIMEPROPID = 8;
/// A MIME header property id (`MIMEPROPID`): rr.
#[cfg(feature = "mime")]
pub const PID_HDR_RR: MIMEPROPID = 9;
/// A MIME header property id (`MIMEPROPID`): retrcptto.
#[cfg(feature = "mime")]
pub const PID_HDR_RETRCPTTO: MIMEPROPID = 0xA;
/// A MIME header property id (`MIMEPROPID`): apparto.
#[cfg(feature = "mime")]
pub const PID_HDR_APPARTO: MIMEPROPID = 0xB;
/// A MIME header property id (`MIMEPROPID`): date.
#[cfg(feature = "mime")]
pub const PID_HDR_DATE: MIMEPROPID = 0xC;
/// A MIME header property id (`MIMEPROPID`): received.
#[cfg(feature = "mime")]
pub const PID_HDR_RECEIVED: MIMEPROPID = 0xD;
/// A MIME header property id (`MIMEPROPID`): replyto.
#[cfg(feature = "mime")]
pub const PID_HDR_REPLYTO: MIMEPROPID = 0xE;
/// A MIME header property id (`MIMEPROPID`): xmailer.
#[cfg(feature = "mime")]
pub const PID_HDR_XMAILER: MIMEPROPID = 0xF;
/// A MIME header property id (`MIMEPROPID`): bcc.
#[cfg(feature = "mime")]
pub const PID_HDR_BCC: MIMEPROPID = 0x10;
/// A MIME header property id (`MIMEPROPID`): mimever.
#[cfg(feature = "mime")]
pub const PID_HDR_MIMEVER: MIMEPROPID = 0x11;
/// A MIME header property id (`MIMEPROPID`): cnttype.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTTYPE: MIMEPROPID = 0x12;
/// A MIME header property id (`MIMEPROPID`): cntxfer.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTXFER: MIMEPROPID = 0x13;
/// A MIME header property id (`MIMEPROPID`): cntid.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTID: MIMEPROPID = 0x14;
/// A MIME header property id (`MIMEPROPID`): cntdesc.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTDESC: MIMEPROPID = 0x15;
/// A MIME header property id (`MIMEPROPID`): cntdisp.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTDISP: MIMEPROPID = 0x16;
/// A MIME header property id (`MIMEPROPID`): cntbase.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTBASE: MIMEPROPID = 0x17;
/// A MIME header property id (`MIMEPROPID`): cntloc.
#[cfg(feature = "mime")]
pub const PID_HDR_CNTLOC: MIMEPROPID = 0x18;
/// A MIME header property id (`MIMEPROPID`): to.
#[cfg(feature = "mime")]
pub const PID_HDR_TO: MIMEPROPID = 0x19;
/// A MIME header property id (`MIMEPROPID`): path.
#[cfg(feature = "mime")]
pub const PID_HDR_PATH: MIMEPROPID = 0x1A;
/// A MIME header property id (`MIMEPROPID`): followupto.
#[cfg(feature = "mime")]
pub const PID_HDR_FOLLOWUPTO: MIMEPROPID = 0x1B;
/// A MIME header property id (`MIMEPROPID`): expires.
#[cfg(feature = "mime")]
pub const PID_HDR_EXPIRES: MIMEPROPID = 0x1C;
/// A MIME header property id (`MIMEPROPID`): cc.
#[cfg(feature = "mime")]
pub const PID_HDR_CC: MIMEPROPID = 0x1D;
/// A MIME header property id (`MIMEPROPID`): control.
#[cfg(feature = "mime")]
pub const PID_HDR_CONTROL: MIMEPROPID = 0x1E;
/// A MIME header property id (`MIMEPROPID`): distrib.
#[cfg(feature = "mime")]
pub const PID_HDR_DISTRIB: MIMEPROPID = 0x1F;
/// A MIME header property id (`MIMEPROPID`): keywords.
#[cfg(feature = "mime")]
pub const PID_HDR_KEYWORDS: MIMEPROPID = 0x20;
/// A MIME header property id (`MIMEPROPID`): summary.
#[cfg(feature = "mime")]
pub const PID_HDR_SUMMARY: MIMEPROPID = 0x21;
/// A MIME header property id (`MIMEPROPID`): approved.
#[cfg(feature = "mime")]
pub const PID_HDR_APPROVED: MIMEPROPID = 0x22;
/// A MIME header property id (`MIMEPROPID`): lines.
#[cfg(feature = "mime")]
pub const PID_HDR_LINES: MIMEPROPID = 0x23;
/// A MIME header property id (`MIMEPROPID`): xref.
#[cfg(feature = "mime")]
pub const PID_HDR_XREF: MIMEPROPID = 0x24;
/// A MIME header property id (`MIMEPROPID`): org.
#[cfg(feature = "mime")]
pub const PID_HDR_ORG: MIMEPROPID = 0x25;
/// A MIME header property id (`MIMEPROPID`): xnewsrdr.
#[cfg(feature = "mime")]
pub const PID_HDR_XNEWSRDR: MIMEPROPID = 0x26;
/// A MIME header property id (`MIMEPROPID`): xpri.
#[cfg(feature = "mime")]
pub const PID_HDR_XPRI: MIMEPROPID = 0x27;
/// A MIME header property id (`MIMEPROPID`): xmspri.
#[cfg(feature = "mime")]
pub const PID_HDR_XMSPRI: MIMEPROPID = 0x28;
/// A MIME parameter property id (`MIMEPROPID`): filename.
#[cfg(feature = "mime")]
pub const PID_PAR_FILENAME: MIMEPROPID = 0x29;
/// A MIME parameter property id (`MIMEPROPID`): boundary.
#[cfg(feature = "mime")]
pub const PID_PAR_BOUNDARY: MIMEPROPID = 0x2A;
/// A MIME parameter property id (`MIMEPROPID`): charset.
#[cfg(feature = "mime")]
pub const PID_PAR_CHARSET: MIMEPROPID = 0x2B;
/// A MIME parameter property id (`MIMEPROPID`): name.
#[cfg(feature = "mime")]
pub const PID_PAR_NAME: MIMEPROPID = 0x2C;
/// A MIME attribute property id (`MIMEPROPID`): filename.
#[cfg(feature = "mime")]
pub const PID_ATT_FILENAME: MIMEPROPID = 0x2D;
/// A MIME attribute property id (`MIMEPROPID`): genfname.
#[cfg(feature = "mime")]
pub const PID_ATT_GENFNAME: MIMEPROPID = 0x2E;
/// A MIME attribute property id (`MIMEPROPID`): pritype.
#[cfg(feature = "mime")]
pub const PID_ATT_PRITYPE: MIMEPROPID = 0x2F;
/// A MIME attribute property id (`MIMEPROPID`): subtype.
#[cfg(feature = "mime")]
pub const PID_ATT_SUBTYPE: MIMEPROPID = 0x30;
/// A MIME attribute property id (`MIMEPROPID`): normsubj.
#[cfg(feature = "mime")]
pub const PID_ATT_NORMSUBJ: MIMEPROPID = 0x31;
/// A MIME attribute property id (`MIMEPROPID`): illegal.
#[cfg(feature = "mime")]
pub const PID_ATT_ILLEGAL: MIMEPROPID = 0x32;
/// A MIME attribute property id (`MIMEPROPID`): rendered.
#[cfg(feature = "mime")]
pub const PID_ATT_RENDERED: MIMEPROPID = 0x33;
/// A MIME attribute property id (`MIMEPROPID`): senttime.
#[cfg(feature = "mime")]
pub const PID_ATT_SENTTIME: MIMEPROPID = 0x34;
/// A MIME attribute property id (`MIMEPROPID`): recvtime.
#[cfg(feature = "mime")]
pub const PID_ATT_RECVTIME: MIMEPROPID = 0x35;
/// A MIME attribute property id (`MIMEPROPID`): priority.
#[cfg(feature = "mime")]
pub const PID_ATT_PRIORITY: MIMEPROPID = 0x36;
/// A MIME header property id (`MIMEPROPID`): comment.
#[cfg(feature = "mime")]
pub const PID_HDR_COMMENT: MIMEPROPID = 0x37;
/// A MIME header property id (`MIMEPROPID`): encoding.
#[cfg(feature = "mime")]
pub const PID_HDR_ENCODING: MIMEPROPID = 0x38;
/// A MIME header property id (`MIMEPROPID`): encrypted.
#[cfg(feature = "mime")]
pub const PID_HDR_ENCRYPTED: MIMEPROPID = 0x39;
/// A MIME header property id (`MIMEPROPID`): offsets.
#[cfg(feature = "mime")]
pub const PID_HDR_OFFSETS: MIMEPROPID = 0x3A;
/// A MIME header property id (`MIMEPROPID`): xunsent.
#[cfg(feature = "mime")]
pub const PID_HDR_XUNSENT: MIMEPROPID = 0x3B;
/// A MIME header property id (`MIMEPROPID`): articleid.
#[cfg(feature = "mime")]
pub const PID_HDR_ARTICLEID: MIMEPROPID = 0x3C;
/// A MIME header property id (`MIMEPROPID`): sender.
#[cfg(feature = "mime")]
pub const PID_HDR_SENDER: MIMEPROPID = 0x3D;
/// A MIME attribute property id (`MIMEPROPID`): server.
#[cfg(feature = "mime")]
pub const PID_ATT_SERVER: MIMEPROPID = 0x3E;
/// A MIME attribute property id (`MIMEPROPID`): storemsgid.
#[cfg(feature = "mime")]
pub const PID_ATT_STOREMSGID: MIMEPROPID = 0x41;
/// A MIME attribute property id (`MIMEPROPID`): username.
#[cfg(feature = "mime")]
pub const PID_ATT_USERNAME: MIMEPROPID = 0x42;
/// A MIME attribute property id (`MIMEPROPID`): forwardto.
#[cfg(feature = "mime")]
pub const PID_ATT_FORWARDTO: MIMEPROPID = 0x43;
/// A MIME attribute property id (`MIMEPROPID`): storefolderid.
#[cfg(feature = "mime")]
pub const PID_ATT_STOREFOLDERID: MIMEPROPID = 0x44;
/// A MIME attribute property id (`MIMEPROPID`): ghosted.
#[cfg(feature = "mime")]
pub const PID_ATT_GHOSTED: MIMEPROPID = 0x45;
/// A MIME attribute property id (`MIMEPROPID`): uncachedsize.
#[cfg(feature = "mime")]
pub const PID_ATT_UNCACHEDSIZE: MIMEPROPID = 0x46;
/// A MIME attribute property id (`MIMEPROPID`): combined.
#[cfg(feature = "mime")]
pub const PID_ATT_COMBINED: MIMEPROPID = 0x47;
/// A MIME attribute property id (`MIMEPROPID`): autoinlined.
#[cfg(feature = "mime")]
pub const PID_ATT_AUTOINLINED: MIMEPROPID = 0x48;
/// One past the last MIME property id.
#[cfg(feature = "mime")]
pub const PID_LAST: MIMEPROPID = 0x49;
/// A MIME attribute property id (`MIMEPROPID`): account.
#[cfg(feature = "mime")]
pub const PID_ATT_ACCOUNT: MIMEPROPID = 0x3F;
/// A MIME attribute property id (`MIMEPROPID`): uidl.
#[cfg(feature = "mime")]
pub const PID_ATT_UIDL: MIMEPROPID = 0x40;
/// How `IMimePropertySet`/`IMimeMessageTree` reload headers.
#[cfg(feature = "mime")]
pub type RELOADTYPE = i32;
/// How headers are reloaded (`RELOADTYPE`): none.
#[cfg(feature = "mime")]
pub const RELOAD_HEADER_NONE: RELOADTYPE = 0;
/// How headers are reloaded (`RELOADTYPE`): reset.
#[cfg(feature = "mime")]
pub const RELOAD_HEADER_RESET: RELOADTYPE = 1;
/// How headers are reloaded (`RELOADTYPE`): append.
#[cfg(feature = "mime")]
pub const RELOAD_HEADER_APPEND: RELOADTYPE = 2;
/// How headers are reloaded (`RELOADTYPE`): replace.
#[cfg(feature = "mime")]
pub const RELOAD_HEADER_REPLACE: RELOADTYPE = 3;
/// The format MIME messages are saved in.
#[cfg(feature = "mime")]
pub type MIMESAVETYPE = i32;
/// A format MIME messages are saved in (`MIMESAVETYPE`): 822.
#[cfg(feature = "mime")]
pub const SAVE_RFC822: MIMESAVETYPE = 0;
/// A format MIME messages are saved in (`MIMESAVETYPE`): 1521.
#[cfg(feature = "mime")]
pub const SAVE_RFC1521: MIMESAVETYPE = 1;
/// How a character set is applied to a body or message.
#[cfg(feature = "mime")]
pub type CSETAPPLYTYPE = i32;
/// How a character set is applied (`CSETAPPLYTYPE`): untagged.
#[cfg(feature = "mime")]
pub const CSET_APPLY_UNTAGGED: CSETAPPLYTYPE = 0;
/// How a character set is applied (`CSETAPPLYTYPE`): all.
#[cfg(feature = "mime")]
pub const CSET_APPLY_ALL: CSETAPPLYTYPE = 1;
/// How a character set is applied (`CSETAPPLYTYPE`): tag all.
#[cfg(feature = "mime")]
pub const CSET_APPLY_TAG_ALL: CSETAPPLYTYPE = 2;
/// A content transfer encoding.
#[cfg(feature = "mime")]
pub type ENCODINGTYPE = i32;
/// A content transfer encoding (`ENCODINGTYPE`): binary.
#[cfg(feature = "mime")]
pub const IET_BINARY: ENCODINGTYPE = 0;
/// A content transfer encoding (`ENCODINGTYPE`): BASE64.
#[cfg(feature = "mime")]
pub const IET_BASE64: ENCODINGTYPE = 1;
/// A content transfer encoding (`ENCODINGTYPE`): UUENCODE.
#[cfg(feature = "mime")]
pub const IET_UUENCODE: ENCODINGTYPE = 2;
/// A content transfer encoding (`ENCODINGTYPE`): QP.
#[cfg(feature = "mime")]
pub const IET_QP: ENCODINGTYPE = 3;
/// A content transfer encoding (`ENCODINGTYPE`): 7bit.
#[cfg(feature = "mime")]
pub const IET_7BIT: ENCODINGTYPE = 4;
/// A content transfer encoding (`ENCODINGTYPE`): 8bit.
#[cfg(feature = "mime")]
pub const IET_8BIT: ENCODINGTYPE = 5;
/// A content transfer encoding (`ENCODINGTYPE`): inetcset.
#[cfg(feature = "mime")]
pub const IET_INETCSET: ENCODINGTYPE = 6;
/// A content transfer encoding (`ENCODINGTYPE`): unicode.
#[cfg(feature = "mime")]
pub const IET_UNICODE: ENCODINGTYPE = 7;
/// A content transfer encoding (`ENCODINGTYPE`): RFC1522.
#[cfg(feature = "mime")]
pub const IET_RFC1522: ENCODINGTYPE = 8;
/// A content transfer encoding (`ENCODINGTYPE`): encoded.
#[cfg(feature = "mime")]
pub const IET_ENCODED: ENCODINGTYPE = 9;
/// A content transfer encoding (`ENCODINGTYPE`): current.
#[cfg(feature = "mime")]
pub const IET_CURRENT: ENCODINGTYPE = 0xA;
/// A content transfer encoding (`ENCODINGTYPE`): unknown.
#[cfg(feature = "mime")]
pub const IET_UNKNOWN: ENCODINGTYPE = 0xB;
/// A content transfer encoding (`ENCODINGTYPE`): BINHEX40.
#[cfg(feature = "mime")]
pub const IET_BINHEX40: ENCODINGTYPE = 0xC;
/// One past the last encoding type.
#[cfg(feature = "mime")]
pub const IET_LAST: ENCODINGTYPE = 0xD;
/// Which parts of an `INETCSETINFO`/language description are valid.
#[cfg(feature = "mime")]
pub type INETLANGMASK = i32;
/// A part of an international language description (`INETLANGMASK`): family.
#[cfg(feature = "mime")]
pub const ILM_FAMILY: INETLANGMASK = 1;
/// A part of an international language description (`INETLANGMASK`): name.
#[cfg(feature = "mime")]
pub const ILM_NAME: INETLANGMASK = 2;
/// A part of an international language description (`INETLANGMASK`): bodycset.
#[cfg(feature = "mime")]
pub const ILM_BODYCSET: INETLANGMASK = 4;
/// A part of an international language description (`INETLANGMASK`): headercset.
#[cfg(feature = "mime")]
pub const ILM_HEADERCSET: INETLANGMASK = 8;
/// A part of an international language description (`INETLANGMASK`): webcset.
#[cfg(feature = "mime")]
pub const ILM_WEBCSET: INETLANGMASK = 0x10;
/// A part of an international language description (`INETLANGMASK`): fixedfont.
#[cfg(feature = "mime")]
pub const ILM_FIXEDFONT: INETLANGMASK = 0x20;
/// A part of an international language description (`INETLANGMASK`): variablefont.
#[cfg(feature = "mime")]
pub const ILM_VARIABLEFONT: INETLANGMASK = 0x40;
/// Which character set of a message is meant.
#[cfg(feature = "mime")]
pub type CHARSETTYPE = i32;
/// A character set kind (`CHARSETTYPE`): body.
#[cfg(feature = "mime")]
pub const CHARSET_BODY: CHARSETTYPE = 0;
/// A character set kind (`CHARSETTYPE`): header.
#[cfg(feature = "mime")]
pub const CHARSET_HEADER: CHARSETTYPE = 1;
/// A character set kind (`CHARSETTYPE`): web.
#[cfg(feature = "mime")]
pub const CHARSET_WEB: CHARSETTYPE = 2;
/// The state of a certificate.
#[cfg(feature = "mime")]
pub type CERTSTATE = i32;
/// A certificate state (`CERTSTATE`): ok.
#[cfg(feature = "mime")]
pub const CERTIFICATE_OK: CERTSTATE = 0;
/// A certificate state (`CERTSTATE`): not present.
#[cfg(feature = "mime")]
pub const CERTIFICATE_NOT_PRESENT: CERTSTATE = 1;
/// A certificate state (`CERTSTATE`): expired.
#[cfg(feature = "mime")]
pub const CERTIFICATE_EXPIRED: CERTSTATE = 2;
/// A certificate state (`CERTSTATE`): chain too long.
#[cfg(feature = "mime")]
pub const CERTIFICATE_CHAIN_TOO_LONG: CERTSTATE = 3;
/// A certificate state (`CERTSTATE`): missing issuer.
#[cfg(feature = "mime")]
pub const CERTIFICATE_MISSING_ISSUER: CERTSTATE = 4;
/// A certificate state (`CERTSTATE`): CRL listed.
#[cfg(feature = "mime")]
pub const CERTIFICATE_CRL_LISTED: CERTSTATE = 5;
/// A certificate state (`CERTSTATE`): not trusted.
#[cfg(feature = "mime")]
pub const CERTIFICATE_NOT_TRUSTED: CERTSTATE = 6;
/// A certificate state (`CERTSTATE`): invalid.
#[cfg(feature = "mime")]
pub const CERTIFICATE_INVALID: CERTSTATE = 7;
/// A certificate state (`CERTSTATE`): error.
#[cfg(feature = "mime")]
pub const CERTIFICATE_ERROR: CERTSTATE = 8;
/// A certificate state (`CERTSTATE`): noprint.
#[cfg(feature = "mime")]
pub const CERTIFICATE_NOPRINT: CERTSTATE = 9;
/// A certificate state (`CERTSTATE`): unknown.
#[cfg(feature = "mime")]
pub const CERTIFICATE_UNKNOWN: CERTSTATE = 0xA;
/// The form of a certificate name.
#[cfg(feature = "mime")]
pub type CERTNAMETYPE = i32;
/// A certificate name type (`CERTNAMETYPE`): a simple name.
#[cfg(feature = "mime")]
pub const SIMPLE: CERTNAMETYPE = 0;
/// A certificate name type (`CERTNAMETYPE`): an object identifier.
#[cfg(feature = "mime")]
pub const OID: CERTNAMETYPE = 1;
/// A certificate name type (`CERTNAMETYPE`): an X.500 name.
#[cfg(feature = "mime")]
pub const X500: CERTNAMETYPE = 2;
/// Which data of a certificate is asked for.
#[cfg(feature = "mime")]
pub type CERTDATAID = i32;
/// A certificate data id (`CERTDATAID`): email.
#[cfg(feature = "mime")]
pub const CDID_EMAIL: CERTDATAID = 0;
/// One past the last certificate data id.
#[cfg(feature = "mime")]
pub const CDID_MAX: CERTDATAID = 1;
/// Which fields of a MIME property description are valid.
#[cfg(feature = "mime")]
pub type PROPINFOMASK = i32;
/// A part of a MIME property description (`PROPINFOMASK`): charset.
#[cfg(feature = "mime")]
pub const PIM_CHARSET: PROPINFOMASK = 1;
/// A part of a MIME property description (`PROPINFOMASK`): encodingtype.
#[cfg(feature = "mime")]
pub const PIM_ENCODINGTYPE: PROPINFOMASK = 2;
/// A part of a MIME property description (`PROPINFOMASK`): rownumber.
#[cfg(feature = "mime")]
pub const PIM_ROWNUMBER: PROPINFOMASK = 4;
/// A part of a MIME property description (`PROPINFOMASK`): flags.
#[cfg(feature = "mime")]
pub const PIM_FLAGS: PROPINFOMASK = 8;
/// A part of a MIME property description (`PROPINFOMASK`): propid.
#[cfg(feature = "mime")]
pub const PIM_PROPID: PROPINFOMASK = 0x10;
/// A part of a MIME property description (`PROPINFOMASK`): values.
#[cfg(feature = "mime")]
pub const PIM_VALUES: PROPINFOMASK = 0x20;
/// A part of a MIME property description (`PROPINFOMASK`): vtdefault.
#[cfg(feature = "mime")]
pub const PIM_VTDEFAULT: PROPINFOMASK = 0x40;
/// A part of a MIME property description (`PROPINFOMASK`): vtcurrent.
#[cfg(feature = "mime")]
pub const PIM_VTCURRENT: PROPINFOMASK = 0x80;
/// The format a MIME address is returned in.
#[cfg(feature = "mime")]
pub type ADDRESSFORMAT = i32;
/// An address format (`ADDRESSFORMAT`): display friendly.
#[cfg(feature = "mime")]
pub const AFT_DISPLAY_FRIENDLY: ADDRESSFORMAT = 0;
/// An address format (`ADDRESSFORMAT`): display email.
#[cfg(feature = "mime")]
pub const AFT_DISPLAY_EMAIL: ADDRESSFORMAT = 1;
/// An address format (`ADDRESSFORMAT`): display both.
#[cfg(feature = "mime")]
pub const AFT_DISPLAY_BOTH: ADDRESSFORMAT = 2;
/// An address format (`ADDRESSFORMAT`): RFC822 decoded.
#[cfg(feature = "mime")]
pub const AFT_RFC822_DECODED: ADDRESSFORMAT = 3;
/// An address format (`ADDRESSFORMAT`): RFC822 encoded.
#[cfg(feature = "mime")]
pub const AFT_RFC822_ENCODED: ADDRESSFORMAT = 4;
/// An address format (`ADDRESSFORMAT`): RFC822 transmit.
#[cfg(feature = "mime")]
pub const AFT_RFC822_TRANSMIT: ADDRESSFORMAT = 5;
/// A type of MIME body.
#[cfg(feature = "mime")]
pub type IMSGBODYTYPE = i32;
/// A body type (`IMSGBODYTYPE`): secure.
#[cfg(feature = "mime")]
pub const IBT_SECURE: IMSGBODYTYPE = 0;
/// A body type (`IMSGBODYTYPE`): attachment.
#[cfg(feature = "mime")]
pub const IBT_ATTACHMENT: IMSGBODYTYPE = 1;
/// A body type (`IMSGBODYTYPE`): empty.
#[cfg(feature = "mime")]
pub const IBT_EMPTY: IMSGBODYTYPE = 2;
/// A body type (`IMSGBODYTYPE`): csettagged.
#[cfg(feature = "mime")]
pub const IBT_CSETTAGGED: IMSGBODYTYPE = 3;
/// A body type (`IMSGBODYTYPE`): autoattach.
#[cfg(feature = "mime")]
pub const IBT_AUTOATTACH: IMSGBODYTYPE = 4;
/// Where a body is, relative to another, in a message tree.
#[cfg(feature = "mime")]
pub type BODYLOCATION = i32;
/// A body location (`BODYLOCATION`) in a message tree: root.
#[cfg(feature = "mime")]
pub const IBL_ROOT: BODYLOCATION = 0;
/// A body location (`BODYLOCATION`) in a message tree: parent.
#[cfg(feature = "mime")]
pub const IBL_PARENT: BODYLOCATION = 1;
/// A body location (`BODYLOCATION`) in a message tree: first.
#[cfg(feature = "mime")]
pub const IBL_FIRST: BODYLOCATION = 2;
/// A body location (`BODYLOCATION`) in a message tree: last.
#[cfg(feature = "mime")]
pub const IBL_LAST: BODYLOCATION = 3;
/// A body location (`BODYLOCATION`) in a message tree: next.
#[cfg(feature = "mime")]
pub const IBL_NEXT: BODYLOCATION = 4;
/// A body location (`BODYLOCATION`) in a message tree: previous.
#[cfg(feature = "mime")]
pub const IBL_PREVIOUS: BODYLOCATION = 5;
/// The priority of a MIME message.
#[cfg(feature = "mime")]
pub type IMSGPRIORITY = i32;
/// A message priority (`IMSGPRIORITY`): low.
#[cfg(feature = "mime")]
pub const IMSG_PRI_LOW: IMSGPRIORITY = 5;
/// A message priority (`IMSGPRIORITY`): normal.
#[cfg(feature = "mime")]
pub const IMSG_PRI_NORMAL: IMSGPRIORITY = 3;
/// A message priority (`IMSGPRIORITY`): high.
#[cfg(feature = "mime")]
pub const IMSG_PRI_HIGH: IMSGPRIORITY = 1;
/// A registry key the library needs could not be created.
#[cfg(feature = "mime")]
pub const MIME_E_REG_CREATE_KEY: crate::SCODE = 0x800CCE01u32 as i32;
/// A registry value the library needs could not be read.
#[cfg(feature = "mime")]
pub const MIME_E_REG_QUERY_INFO: crate::SCODE = 0x800CCE02u32 as i32;
/// The encoding type (`ENCODINGTYPE`) is not one the call accepts.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_ENCTYPE: crate::SCODE = 0x800CCE03u32 as i32;
/// A multipart body's boundary does not match the one its header declares.
#[cfg(feature = "mime")]
pub const MIME_E_BOUNDARY_MISMATCH: crate::SCODE = 0x800CCE04u32 as i32;
/// The property, parameter, header row or body asked for does not exist.
#[cfg(feature = "mime")]
pub const MIME_E_NOT_FOUND: crate::SCODE = 0x800CCE05u32 as i32;
/// The body or property holds no data (the same code as `MIME_E_NOT_FOUND`).
#[cfg(feature = "mime")]
pub const MIME_E_NO_DATA: crate::SCODE = 0x800CCE05u32 as i32;
/// The caller's buffer cannot hold the result.
#[cfg(feature = "mime")]
pub const MIME_E_BUFFER_TOO_SMALL: crate::SCODE = 0x800CCE06u32 as i32;
/// The flags passed for an item are not valid for it.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_ITEM_FLAGS: crate::SCODE = 0x800CCE07u32 as i32;
/// The item must fit on one line and does not (the header's spelling, with its extra `E`).
#[cfg(feature = "mime")]
pub const MIME_E_ONE_LINE_ITEME: crate::SCODE = 0x800CCE08u32 as i32;
/// A body, header row, address or charset handle is not one of this object's.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_HANDLE: crate::SCODE = 0x800CCE09u32 as i32;
/// Text could not be converted between character sets.
#[cfg(feature = "mime")]
pub const MIME_E_CHARSET_TRANSLATE: crate::SCODE = 0x800CCE0Au32 as i32;
/// The object was used before it was initialized (`InitNew` or `Load`).
#[cfg(feature = "mime")]
pub const MIME_E_NOT_INITIALIZED: crate::SCODE = 0x800CCE0Bu32 as i32;
/// The value given for an option (`OID_*`) is not valid for it.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_OPTION_VALUE: crate::SCODE = 0x800CCE1Fu32 as i32;
/// The option identifier (`OID_*`) is not one the object knows.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_OPTION_ID: crate::SCODE = 0x800CCE20u32 as i32;
/// The header name is not a valid RFC 822 field name.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_HEADER_NAME: crate::SCODE = 0x800CCE21u32 as i32;
/// The object is not bound to a stream or moniker yet.
#[cfg(feature = "mime")]
pub const MIME_E_NOT_BOUND: crate::SCODE = 0x800CCE22u32 as i32;
/// The maximum size given is too small for the content.
#[cfg(feature = "mime")]
pub const MIME_E_MAX_SIZE_TOO_SMALL: crate::SCODE = 0x800CCE23u32 as i32;
/// A multipart body that still has child bodies cannot be changed that way.
#[cfg(feature = "mime")]
pub const MIME_E_MULTIPART_HAS_CHILDREN: crate::SCODE = 0x800CCE25u32 as i32;
/// The property flags (`PDF_*`, `PRF_*`) are not valid for the call.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_PROP_FLAGS: crate::SCODE = 0x800CCE26u32 as i32;
/// The address type (`IAT_*`) is not valid for the call.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_ADDRESS_TYPE: crate::SCODE = 0x800CCE27u32 as i32;
/// The interface asked for is not one the object can be opened as.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_OBJECT_IID: crate::SCODE = 0x800CCE28u32 as i32;
/// The multi-language library (mlang.dll) the conversion needs is missing.
#[cfg(feature = "mime")]
pub const MIME_E_MLANG_DLL_NOT_FOUND: crate::SCODE = 0x800CCE29u32 as i32;
/// The message tree's root already has content.
#[cfg(feature = "mime")]
pub const MIME_E_ROOT_NOT_EMPTY: crate::SCODE = 0x800CCE2Au32 as i32;
/// The multi-language library (mlang.dll) found is not usable.
#[cfg(feature = "mime")]
pub const MIME_E_MLANG_BAD_DLL: crate::SCODE = 0x800CCE2Bu32 as i32;
/// A registry key the library needs could not be opened.
#[cfg(feature = "mime")]
pub const MIME_E_REG_OPEN_KEY: crate::SCODE = 0x800CCE2Cu32 as i32;
/// The text is not a valid Internet (RFC 822) date.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_INET_DATE: crate::SCODE = 0x800CCE2Du32 as i32;
/// The body type is not one the call accepts.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_BODYTYPE: crate::SCODE = 0x800CCE2Eu32 as i32;
/// The kind of deletion (`DELETE_*`) is not valid for the body.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_DELETE_TYPE: crate::SCODE = 0x800CCE2Fu32 as i32;
/// The option has no value set.
#[cfg(feature = "mime")]
pub const MIME_E_OPTION_HAS_NO_VALUE: crate::SCODE = 0x800CCE30u32 as i32;
/// The character set type (`CHARSETTYPE`) is not valid for the call.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_CHARSET_TYPE: crate::SCODE = 0x800CCE31u32 as i32;
/// The text type (`TXT_*`) is not valid for the body.
#[cfg(feature = "mime")]
pub const MIME_E_INVALID_TEXT_TYPE: crate::SCODE = 0x800CCE38u32 as i32;
/// The security operation had nothing to do (the message is neither signed nor encrypted).
#[cfg(feature = "mime")]
pub const MIME_E_SECURITY_NOOP: crate::SCODE = 0x800CCEB1u32 as i32;
/// Success: the security operation had nothing to do.
#[cfg(feature = "mime")]
pub const MIME_S_SECURITY_NOOP: crate::SCODE = 0xCCEB1;
/// The HRESULT facility of the MIME library's errors.
#[cfg(feature = "mime")]
pub const FACILITY_INTERNET: crate::ULONG = 0xC;
/// The first MIME property id (`MIMEPROPID`).
#[cfg(feature = "mime")]
pub const PID_BASE: crate::ULONG = 2;
/// The bits of a typed identifier that hold its variant type: mask.
#[cfg(feature = "mime")]
pub const TYPEDID_MASK: crate::ULONG = 0xFFFF;
/// A default value of a MIME option: allow 8bit header.
#[cfg(feature = "mime")]
pub const DEF_ALLOW_8BIT_HEADER: crate::ULONG = 0;
/// A default value of a MIME option: cbmax header line.
#[cfg(feature = "mime")]
pub const DEF_CBMAX_HEADER_LINE: crate::ULONG = 0x3E8;
/// A default value of a MIME option: wrap body text.
#[cfg(feature = "mime")]
pub const DEF_WRAP_BODY_TEXT: crate::ULONG = 1;
/// A default value of a MIME option: cbmax body line.
#[cfg(feature = "mime")]
pub const DEF_CBMAX_BODY_LINE: crate::ULONG = 0x4A;
/// A default value of a MIME option: generate message ID.
#[cfg(feature = "mime")]
pub const DEF_GENERATE_MESSAGE_ID: crate::ULONG = 0;
/// A default value of a MIME option: hash alg ID.
#[cfg(feature = "mime")]
pub const DEF_HASH_ALG_ID: crate::ULONG = 0x8004;
/// A default value of a MIME option: encryption alg ID.
#[cfg(feature = "mime")]
pub const DEF_ENCRYPTION_ALG_ID: crate::ULONG = 0x6602;
/// A default value of a MIME option: include sender cert.
#[cfg(feature = "mime")]
pub const DEF_INCLUDE_SENDER_CERT: crate::ULONG = 0;
/// A default value of a MIME option: hide TNEF attachments.
#[cfg(feature = "mime")]
pub const DEF_HIDE_TNEF_ATTACHMENTS: crate::ULONG = 1;
/// A default value of a MIME option: cleanup tree on save.
#[cfg(feature = "mime")]
pub const DEF_CLEANUP_TREE_ON_SAVE: crate::ULONG = 1;
/// A default value of a MIME option: body remove NBSP.
#[cfg(feature = "mime")]
pub const DEF_BODY_REMOVE_NBSP: crate::ULONG = 1;
/// A default value of a MIME option: security ignoremask.
#[cfg(feature = "mime")]
pub const DEF_SECURITY_IGNOREMASK: crate::ULONG = 0;
/// A default value of a MIME option: DBCS escape is 8bit.
#[cfg(feature = "mime")]
pub const DEF_DBCS_ESCAPE_IS_8BIT: crate::ULONG = 0;
/// A default value of a MIME option: no default cnttype.
#[cfg(feature = "mime")]
pub const DEF_NO_DEFAULT_CNTTYPE: crate::ULONG = 0;
/// A default value of a MIME option: can inline text bodies.
#[cfg(feature = "mime")]
pub const DEF_CAN_INLINE_TEXT_BODIES: crate::ULONG = 0;
/// A default value of a MIME option: show macbinary.
#[cfg(feature = "mime")]
pub const DEF_SHOW_MACBINARY: crate::ULONG = 0;
/// A default value of a MIME option: savebody keepboundary.
#[cfg(feature = "mime")]
pub const DEF_SAVEBODY_KEEPBOUNDARY: crate::ULONG = 0;
/// A default value of a MIME option: support external body.
#[cfg(feature = "mime")]
pub const DEF_SUPPORT_EXTERNAL_BODY: crate::ULONG = 0;
/// A default value of a MIME option: load use bind file.
#[cfg(feature = "mime")]
pub const DEF_LOAD_USE_BIND_FILE: crate::ULONG = 0;
/// A default value of a MIME option: handsoff onsave.
#[cfg(feature = "mime")]
pub const DEF_HANDSOFF_ONSAVE: crate::ULONG = 0;
/// A default value of a MIME option: decode RFC1154.
#[cfg(feature = "mime")]
pub const DEF_DECODE_RFC1154: crate::ULONG = 0;
/// The largest value of a MIME line length option: header line.
#[cfg(feature = "mime")]
pub const MAX_CBMAX_HEADER_LINE: crate::ULONG = 0xFFFFFFFF;
/// The smallest value of a MIME line length option: header line.
#[cfg(feature = "mime")]
pub const MIN_CBMAX_HEADER_LINE: crate::ULONG = 0x4C;
/// The largest value of a MIME line length option: body line.
#[cfg(feature = "mime")]
pub const MAX_CBMAX_BODY_LINE: crate::ULONG = 0xFFFFFFFF;
/// The smallest value of a MIME line length option: body line.
#[cfg(feature = "mime")]
pub const MIN_CBMAX_BODY_LINE: crate::ULONG = 0x1E;
/// A maximum length, in characters, of the MIME library: header line.
#[cfg(feature = "mime")]
pub const CCHMAX_HEADER_LINE: crate::ULONG = 0x3E8;
/// A code page number of the MIME library: USASCII.
#[cfg(feature = "mime")]
pub const CP_USASCII: crate::ULONG = 0x4E4;
/// A code page number of the MIME library: unicode.
#[cfg(feature = "mime")]
pub const CP_UNICODE: crate::ULONG = 0x4B0;
/// A code page number of the MIME library: jautodetect.
#[cfg(feature = "mime")]
pub const CP_JAUTODETECT: crate::ULONG = 0xC6F4;
/// A code page number of the MIME library: kautodetect.
#[cfg(feature = "mime")]
pub const CP_KAUTODETECT: crate::ULONG = 0xC705;
/// A code page number of the MIME library: ISO2022JPESC.
#[cfg(feature = "mime")]
pub const CP_ISO2022JPESC: crate::ULONG = 0xC42D;
/// A code page number of the MIME library: ISO2022JPSIO.
#[cfg(feature = "mime")]
pub const CP_ISO2022JPSIO: crate::ULONG = 0xC42E;
/// A maximum length, in characters, of the MIME library: cset name.
#[cfg(feature = "mime")]
pub const CCHMAX_CSET_NAME: crate::ULONG = 0x80;
/// A maximum length, in characters, of the MIME library: lang name.
#[cfg(feature = "mime")]
pub const CCHMAX_LANG_NAME: crate::ULONG = 0x80;
/// A maximum length, in characters, of the MIME library: face name.
#[cfg(feature = "mime")]
pub const CCHMAX_FACE_NAME: crate::ULONG = 0x80;
/// A kind of certificate thumbprint (`ITHUMBPRINTTYPE`): signing.
#[cfg(feature = "mime")]
pub const ITT_SIGNING: crate::ULONG = 1;
/// A kind of certificate thumbprint (`ITHUMBPRINTTYPE`): encryption.
#[cfg(feature = "mime")]
pub const ITT_ENCRYPTION: crate::ULONG = 2;
/// A security encoding flag of MIME messages: encryptwithnosendercert.
#[cfg(feature = "mime")]
pub const SEF_ENCRYPTWITHNOSENDERCERT: crate::ULONG = 1;
/// A security encoding flag of MIME messages: senderscertprovided.
#[cfg(feature = "mime")]
pub const SEF_SENDERSCERTPROVIDED: crate::ULONG = 2;
/// A security encoding flag of MIME messages: mask.
#[cfg(feature = "mime")]
pub const SEF_MASK: crate::ULONG = 0xFFFF;
/// A body encoding flag (`EBF_*`), beside the secure encoding flags (`SEF_*`): recurse.
#[cfg(feature = "mime")]
pub const EBF_RECURSE: crate::ULONG = 0x10000;
/// A body encoding flag (`EBF_*`), beside the secure encoding flags (`SEF_*`): commitifdirty.
#[cfg(feature = "mime")]
pub const EBF_COMMITIFDIRTY: crate::ULONG = 0x20000;
/// A body encoding flag (`EBF_*`), beside the secure encoding flags (`SEF_*`): mask.
#[cfg(feature = "mime")]
pub const EBF_MASK: crate::ULONG = 0xFFFF0000;
/// A security validation bit of MIME messages: ok.
#[cfg(feature = "mime")]
pub const MSV_OK: crate::ULONG = 0;
/// A security validation bit of MIME messages: badsignature.
#[cfg(feature = "mime")]
pub const MSV_BADSIGNATURE: crate::ULONG = 1;
/// A security validation bit of MIME messages: unverifiable.
#[cfg(feature = "mime")]
pub const MSV_UNVERIFIABLE: crate::ULONG = 2;
/// A security validation bit of MIME messages: unkhash.
#[cfg(feature = "mime")]
pub const MSV_UNKHASH: crate::ULONG = 4;
/// A security validation bit of MIME messages: malformedsig.
#[cfg(feature = "mime")]
pub const MSV_MALFORMEDSIG: crate::ULONG = 0x80;
/// A security validation bit of MIME messages: signature mask.
#[cfg(feature = "mime")]
pub const MSV_SIGNATURE_MASK: crate::ULONG = 0xFF;
/// A security validation bit of MIME messages: expired signingcert.
#[cfg(feature = "mime")]
pub const MSV_EXPIRED_SIGNINGCERT: crate::ULONG = 0x100;
/// A security validation bit of MIME messages: signing mask.
#[cfg(feature = "mime")]
pub const MSV_SIGNING_MASK: crate::ULONG = 0xF00;
/// A security validation bit of MIME messages: cantdecrypt.
#[cfg(feature = "mime")]
pub const MSV_CANTDECRYPT: crate::ULONG = 0x1000;
/// A security validation bit of MIME messages: enc for expiredcert.
#[cfg(feature = "mime")]
pub const MSV_ENC_FOR_EXPIREDCERT: crate::ULONG = 0x2000;
/// A security validation bit of MIME messages: encrypt mask.
#[cfg(feature = "mime")]
pub const MSV_ENCRYPT_MASK: crate::ULONG = 0xFF000;
/// A security validation bit of MIME messages: invalid.
#[cfg(feature = "mime")]
pub const MSV_INVALID: crate::ULONG = 0x1000000;
/// A security validation bit of MIME messages: message mask.
#[cfg(feature = "mime")]
pub const MSV_MSG_MASK: crate::ULONG = 0xF000000;
/// A security type bit of MIME messages: none.
#[cfg(feature = "mime")]
pub const MST_NONE: crate::ULONG = 0;
/// A security type bit of MIME messages: this sign.
#[cfg(feature = "mime")]
pub const MST_THIS_SIGN: crate::ULONG = 1;
/// A security type bit of MIME messages: this encrypt.
#[cfg(feature = "mime")]
pub const MST_THIS_ENCRYPT: crate::ULONG = 2;
/// A security type bit of MIME messages: this blobsign.
#[cfg(feature = "mime")]
pub const MST_THIS_BLOBSIGN: crate::ULONG = 5;
/// A security type bit of MIME messages: child sign.
#[cfg(feature = "mime")]
pub const MST_CHILD_SIGN: crate::ULONG = 0x100;
/// A security type bit of MIME messages: child encrypt.
#[cfg(feature = "mime")]
pub const MST_CHILD_ENCRYPT: crate::ULONG = 0x200;
/// A security type bit of MIME messages: submsg sign.
#[cfg(feature = "mime")]
pub const MST_SUBMSG_SIGN: crate::ULONG = 0x1000;
/// A security type bit of MIME messages: submsg encrypt.
#[cfg(feature = "mime")]
pub const MST_SUBMSG_ENCRYPT: crate::ULONG = 0x2000;
/// A security type bit of MIME messages: this mask.
#[cfg(feature = "mime")]
pub const MST_THIS_MASK: crate::ULONG = 0xFF;
/// A security type bit of MIME messages: child mask.
#[cfg(feature = "mime")]
pub const MST_CHILD_MASK: crate::ULONG = 0xF00;
/// A security type bit of MIME messages: submsg mask.
#[cfg(feature = "mime")]
pub const MST_SUBMSG_MASK: crate::ULONG = 0xF000;
/// A security type bit of MIME messages: descendent mask.
#[cfg(feature = "mime")]
pub const MST_DESCENDENT_MASK: crate::ULONG = 0xFF00;
/// A security type bit of MIME messages: sign mask.
#[cfg(feature = "mime")]
pub const MST_SIGN_MASK: crate::ULONG = 0x1101;
/// A security type bit of MIME messages: encrypt mask.
#[cfg(feature = "mime")]
pub const MST_ENCRYPT_MASK: crate::ULONG = 0x2202;
/// A security type bit of MIME messages: blob flag.
#[cfg(feature = "mime")]
pub const MST_BLOB_FLAG: crate::ULONG = 4;
/// A security type bit of MIME messages: type mask.
#[cfg(feature = "mime")]
pub const MST_TYPE_MASK: crate::ULONG = 0xFFFF;
/// A security type bit of MIME messages: receipt request.
#[cfg(feature = "mime")]
pub const MST_RECEIPT_REQUEST: crate::ULONG = 0x10000;
/// A security type bit of MIME messages: class SMIME V1.
#[cfg(feature = "mime")]
pub const MST_CLASS_SMIME_V1: crate::ULONG = 0;
/// A security type bit of MIME messages: class PGP.
#[cfg(feature = "mime")]
pub const MST_CLASS_PGP: crate::ULONG = 0x1000000;
/// A security type bit of MIME messages: class mask.
#[cfg(feature = "mime")]
pub const MST_CLASS_MASK: crate::ULONG = 0xFF000000;
/// A property data flag of `IMimePropertySet::GetProp`/`SetProp`: encoded.
#[cfg(feature = "mime")]
pub const PDF_ENCODED: crate::ULONG = 1;
/// A property data flag of `IMimePropertySet::GetProp`/`SetProp`: nameindata.
#[cfg(feature = "mime")]
pub const PDF_NAMEINDATA: crate::ULONG = 2;
/// A property data flag of `IMimePropertySet::GetProp`/`SetProp`: nocomments.
#[cfg(feature = "mime")]
pub const PDF_NOCOMMENTS: crate::ULONG = 8;
/// A property data flag of `IMimePropertySet::GetProp`/`SetProp`: savenoencode.
#[cfg(feature = "mime")]
pub const PDF_SAVENOENCODE: crate::ULONG = 0x10;
/// A property data flag of `IMimePropertySet::GetProp`/`SetProp`: vector.
#[cfg(feature = "mime")]
pub const PDF_VECTOR: crate::ULONG = 0x20;
/// A flag of enumerating MIME properties: noname.
#[cfg(feature = "mime")]
pub const EPF_NONAME: crate::ULONG = 1;
/// A kind of MIME address (`IADDRESSTYPE`): unknown.
#[cfg(feature = "mime")]
pub const IAT_UNKNOWN: crate::ULONG = 0;
/// A kind of MIME address (`IADDRESSTYPE`): from.
#[cfg(feature = "mime")]
pub const IAT_FROM: crate::ULONG = 1;
/// A kind of MIME address (`IADDRESSTYPE`): sender.
#[cfg(feature = "mime")]
pub const IAT_SENDER: crate::ULONG = 2;
/// A kind of MIME address (`IADDRESSTYPE`): to.
#[cfg(feature = "mime")]
pub const IAT_TO: crate::ULONG = 4;
/// A kind of MIME address (`IADDRESSTYPE`): cc.
#[cfg(feature = "mime")]
pub const IAT_CC: crate::ULONG = 8;
/// A kind of MIME address (`IADDRESSTYPE`): bcc.
#[cfg(feature = "mime")]
pub const IAT_BCC: crate::ULONG = 0x10;
/// A kind of MIME address (`IADDRESSTYPE`): replyto.
#[cfg(feature = "mime")]
pub const IAT_REPLYTO: crate::ULONG = 0x20;
/// A kind of MIME address (`IADDRESSTYPE`): returnpath.
#[cfg(feature = "mime")]
pub const IAT_RETURNPATH: crate::ULONG = 0x40;
/// A kind of MIME address (`IADDRESSTYPE`): retrcptto.
#[cfg(feature = "mime")]
pub const IAT_RETRCPTTO: crate::ULONG = 0x80;
/// A kind of MIME address (`IADDRESSTYPE`): rr.
#[cfg(feature = "mime")]
pub const IAT_RR: crate::ULONG = 0x100;
/// A kind of MIME address (`IADDRESSTYPE`): apparto.
#[cfg(feature = "mime")]
pub const IAT_APPARTO: crate::ULONG = 0x200;
/// A kind of MIME address (`IADDRESSTYPE`): all.
#[cfg(feature = "mime")]
pub const IAT_ALL: crate::ULONG = 0xFFFFFFFF;
/// A part of a MIME address (`ADDRESSPROPS`): charset.
#[cfg(feature = "mime")]
pub const IAP_CHARSET: crate::ULONG = 1;
/// A part of a MIME address (`ADDRESSPROPS`): handle.
#[cfg(feature = "mime")]
pub const IAP_HANDLE: crate::ULONG = 2;
/// A part of a MIME address (`ADDRESSPROPS`): adrtype.
#[cfg(feature = "mime")]
pub const IAP_ADRTYPE: crate::ULONG = 4;
/// A part of a MIME address (`ADDRESSPROPS`): friendly.
#[cfg(feature = "mime")]
pub const IAP_FRIENDLY: crate::ULONG = 8;
/// A part of a MIME address (`ADDRESSPROPS`): email.
#[cfg(feature = "mime")]
pub const IAP_EMAIL: crate::ULONG = 0x20;
/// A part of a MIME address (`ADDRESSPROPS`): certstate.
#[cfg(feature = "mime")]
pub const IAP_CERTSTATE: crate::ULONG = 0x100;
/// A part of a MIME address (`ADDRESSPROPS`): signing print.
#[cfg(feature = "mime")]
pub const IAP_SIGNING_PRINT: crate::ULONG = 0x200;
/// A part of a MIME address (`ADDRESSPROPS`): encryption print.
#[cfg(feature = "mime")]
pub const IAP_ENCRYPTION_PRINT: crate::ULONG = 0x400;
/// A part of a MIME address (`ADDRESSPROPS`): encoding.
#[cfg(feature = "mime")]
pub const IAP_ENCODING: crate::ULONG = 0x800;
/// A part of a MIME address (`ADDRESSPROPS`): cookie.
#[cfg(feature = "mime")]
pub const IAP_COOKIE: crate::ULONG = 0x1000;
/// A part of a MIME address (`ADDRESSPROPS`): all.
#[cfg(feature = "mime")]
pub const IAP_ALL: crate::ULONG = 0xFFFFFFFF;
/// A flag of `IMimeMessageTree::Commit`: onlyifdirty.
#[cfg(feature = "mime")]
pub const COMMIT_ONLYIFDIRTY: crate::ULONG = 1;
/// A flag of `IMimeMessageTree::Commit`: reusestorage.
#[cfg(feature = "mime")]
pub const COMMIT_REUSESTORAGE: crate::ULONG = 2;
/// A flag of `IMimeMessageTree::Commit`: smimetransferencode.
#[cfg(feature = "mime")]
pub const COMMIT_SMIMETRANSFERENCODE: crate::ULONG = 4;
/// A flag of `IMimeMessageTree::SaveBody`: keepboundary.
#[cfg(feature = "mime")]
pub const SAVEBODY_KEEPBOUNDARY: crate::ULONG = 1;
/// A flag of `IMimeMessageTree::DeleteBody`: promote children.
#[cfg(feature = "mime")]
pub const DELETE_PROMOTE_CHILDREN: crate::ULONG = 1;
/// A flag of `IMimeMessageTree::DeleteBody`: children only.
#[cfg(feature = "mime")]
pub const DELETE_CHILDREN_ONLY: crate::ULONG = 2;
/// A flag of `IMimeMessage::CreateWebPage`: HTML.
#[cfg(feature = "mime")]
pub const WPF_HTML: crate::ULONG = 1;
/// A flag of `IMimeMessage::CreateWebPage`: autoinline.
#[cfg(feature = "mime")]
pub const WPF_AUTOINLINE: crate::ULONG = 2;
/// A flag of `IMimeMessage::CreateWebPage`: slideshow.
#[cfg(feature = "mime")]
pub const WPF_SLIDESHOW: crate::ULONG = 4;
/// A flag of `IMimeMessage::CreateWebPage`: attachlinks.
#[cfg(feature = "mime")]
pub const WPF_ATTACHLINKS: crate::ULONG = 8;
/// A flag of `IMimeMessage::CreateWebPage`: imagesonly.
#[cfg(feature = "mime")]
pub const WPF_IMAGESONLY: crate::ULONG = 0x10;
/// A flag of `IMimeMessage::CreateWebPage`: nometacharset.
#[cfg(feature = "mime")]
pub const WPF_NOMETACHARSET: crate::ULONG = 0x20;
/// A text body type of `IMimeMessage::GetTextBody`: plain.
#[cfg(feature = "mime")]
pub const TXT_PLAIN: crate::ULONG = 1;
/// A text body type of `IMimeMessage::GetTextBody`: HTML.
#[cfg(feature = "mime")]
pub const TXT_HTML: crate::ULONG = 2;
/// A flag of `IMimeMessage::AttachURL`/`ResolveURL`: attachment into mixed.
#[cfg(feature = "mime")]
pub const URL_ATTACH_INTO_MIXED: crate::ULONG = 1;
/// A flag of `IMimeMessage::AttachURL`/`ResolveURL`: attachment generate CID.
#[cfg(feature = "mime")]
pub const URL_ATTACH_GENERATE_CID: crate::ULONG = 2;
/// A flag of `IMimeMessage::AttachURL`/`ResolveURL`: attachment set cnttype.
#[cfg(feature = "mime")]
pub const URL_ATTACH_SET_CNTTYPE: crate::ULONG = 4;
/// A flag of `IMimeMessage::AttachURL`/`ResolveURL`: resolve rendered.
#[cfg(feature = "mime")]
pub const URL_RESOLVE_RENDERED: crate::ULONG = 1;
/// A flag of `IMimeMessage::AttachURL`/`ResolveURL`: resulve no base.
#[cfg(feature = "mime")]
pub const URL_RESULVE_NO_BASE: crate::ULONG = 2;
/// A flag of `IPersistMime::Save`: HTML.
#[cfg(feature = "mime")]
pub const PMS_HTML: crate::ULONG = 1;
/// A flag of `IPersistMime::Save`: text.
#[cfg(feature = "mime")]
pub const PMS_TEXT: crate::ULONG = 2;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): dirty.
#[cfg(feature = "mime")]
pub const MECMDID_DIRTY: crate::ULONG = 1;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): empty.
#[cfg(feature = "mime")]
pub const MECMDID_EMPTY: crate::ULONG = 2;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): style.
#[cfg(feature = "mime")]
pub const MECMDID_STYLE: crate::ULONG = 3;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): edithtml.
#[cfg(feature = "mime")]
pub const MECMDID_EDITHTML: crate::ULONG = 4;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): downgradeplaintext.
#[cfg(feature = "mime")]
pub const MECMDID_DOWNGRADEPLAINTEXT: crate::ULONG = 5;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): settext.
#[cfg(feature = "mime")]
pub const MECMDID_SETTEXT: crate::ULONG = 6;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): ROT13.
#[cfg(feature = "mime")]
pub const MECMDID_ROT13: crate::ULONG = 7;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): inserttextfile.
#[cfg(feature = "mime")]
pub const MECMDID_INSERTTEXTFILE: crate::ULONG = 8;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): viewsource.
#[cfg(feature = "mime")]
pub const MECMDID_VIEWSOURCE: crate::ULONG = 9;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): formatfont.
#[cfg(feature = "mime")]
pub const MECMDID_FORMATFONT: crate::ULONG = 0xA;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): previewformat.
#[cfg(feature = "mime")]
pub const MECMDID_PREVIEWFORMAT: crate::ULONG = 0xB;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): editmode.
#[cfg(feature = "mime")]
pub const MECMDID_EDITMODE: crate::ULONG = 0xC;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): charset.
#[cfg(feature = "mime")]
pub const MECMDID_CHARSET: crate::ULONG = 0xD;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): saveasstationery.
#[cfg(feature = "mime")]
pub const MECMDID_SAVEASSTATIONERY: crate::ULONG = 0xE;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): backgroundimage.
#[cfg(feature = "mime")]
pub const MECMDID_BACKGROUNDIMAGE: crate::ULONG = 0xF;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): inserttext.
#[cfg(feature = "mime")]
pub const MECMDID_INSERTTEXT: crate::ULONG = 0x10;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): inserthtml.
#[cfg(feature = "mime")]
pub const MECMDID_INSERTHTML: crate::ULONG = 0x11;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): backgroundcolor.
#[cfg(feature = "mime")]
pub const MECMDID_BACKGROUNDCOLOR: crate::ULONG = 0x12;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): applydocument.
#[cfg(feature = "mime")]
pub const MECMDID_APPLYDOCUMENT: crate::ULONG = 0x13;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): saveattachments.
#[cfg(feature = "mime")]
pub const MECMDID_SAVEATTACHMENTS: crate::ULONG = 0x14;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): backgroundsound.
#[cfg(feature = "mime")]
pub const MECMDID_BACKGROUNDSOUND: crate::ULONG = 0x15;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): insertbgsound.
#[cfg(feature = "mime")]
pub const MECMDID_INSERTBGSOUND: crate::ULONG = 0x16;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): showsourcetabs.
#[cfg(feature = "mime")]
pub const MECMDID_SHOWSOURCETABS: crate::ULONG = 0x17;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): setsourcetab.
#[cfg(feature = "mime")]
pub const MECMDID_SETSOURCETAB: crate::ULONG = 0x18;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): tablinks.
#[cfg(feature = "mime")]
pub const MECMDID_TABLINKS: crate::ULONG = 0x19;
/// A command of the MIME editor (`CMDSETID_MimeEdit`): formatparagraph.
#[cfg(feature = "mime")]
pub const MECMDID_FORMATPARAGRAPH: crate::ULONG = 0x1A;
/// An option flag of the MIME editor: includemsg.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_INCLUDEMSG: crate::ULONG = 1;
/// An option flag of the MIME editor: HTML.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_HTML: crate::ULONG = 2;
/// An option flag of the MIME editor: autoinline.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_AUTOINLINE: crate::ULONG = 4;
/// An option flag of the MIME editor: slideshow.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_SLIDESHOW: crate::ULONG = 8;
/// An option flag of the MIME editor: autotext.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_AUTOTEXT: crate::ULONG = 0x10;
/// An option flag of the MIME editor: blockquote.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_BLOCKQUOTE: crate::ULONG = 0x20;
/// An option flag of the MIME editor: sendimages.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_SENDIMAGES: crate::ULONG = 0x40;
/// An option flag of the MIME editor: dontspellcheckquoted.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_DONTSPELLCHECKQUOTED: crate::ULONG = 0x80;
/// An option flag of the MIME editor: sendexternalimgsrc.
#[cfg(feature = "mime")]
pub const MEO_FLAGS_SENDEXTERNALIMGSRC: crate::ULONG = 0x100;
/// A value of the MIME editor's `MECMDID_VIEWSOURCE` command: HTML.
#[cfg(feature = "mime")]
pub const MECMD_VS_HTML: crate::ULONG = 1;
/// A value of the MIME editor's `MECMDID_VIEWSOURCE` command: message.
#[cfg(feature = "mime")]
pub const MECMD_VS_MESSAGE: crate::ULONG = 2;
/// A state of the MIME editor: edit.
#[cfg(feature = "mime")]
pub const MEST_EDIT: crate::ULONG = 0;
/// A state of the MIME editor: source.
#[cfg(feature = "mime")]
pub const MEST_SOURCE: crate::ULONG = 1;
/// A state of the MIME editor: preview.
#[cfg(feature = "mime")]
pub const MEST_PREVIEW: crate::ULONG = 2;
/// A state of the MIME editor: next.
#[cfg(feature = "mime")]
pub const MEST_NEXT: crate::ULONG = 3;
/// A state of the MIME editor: previous.
#[cfg(feature = "mime")]
pub const MEST_PREVIOUS: crate::ULONG = 4;
/// A value of the MIME editor's `MECMDID_STYLE` command: noheader.
#[cfg(feature = "mime")]
pub const MESTYLE_NOHEADER: crate::ULONG = 0;
/// A value of the MIME editor's `MECMDID_STYLE` command: preview.
#[cfg(feature = "mime")]
pub const MESTYLE_PREVIEW: crate::ULONG = 1;
/// A value of the MIME editor's `MECMDID_STYLE` command: formatbar.
#[cfg(feature = "mime")]
pub const MESTYLE_FORMATBAR: crate::ULONG = 2;
/// A value of the MIME editor's `MECMDID_STYLE` command: miniheader.
#[cfg(feature = "mime")]
pub const MESTYLE_MINIHEADER: crate::ULONG = 3;
/// A value of the MIME editor's header type command: none.
#[cfg(feature = "mime")]
pub const MEHEADER_NONE: crate::ULONG = 0;
/// A value of the MIME editor's header type command: news.
#[cfg(feature = "mime")]
pub const MEHEADER_NEWS: crate::ULONG = 1;
/// A value of the MIME editor's header type command: mail.
#[cfg(feature = "mime")]
pub const MEHEADER_MAIL: crate::ULONG = 2;
/// A value of the MIME editor's header type command: force english.
#[cfg(feature = "mime")]
pub const MEHEADER_FORCE_ENGLISH: crate::ULONG = 4;
/// How the MIME editor inserts signatures: auto.
#[cfg(feature = "mime")]
pub const MESIG_AUTO: crate::ULONG = 1;
/// How the MIME editor inserts signatures: manual.
#[cfg(feature = "mime")]
pub const MESIG_MANUAL: crate::ULONG = 2;
/// A signature option of the MIME editor: plain.
#[cfg(feature = "mime")]
pub const MESIGOPT_PLAIN: crate::ULONG = 1;
/// A signature option of the MIME editor: top.
#[cfg(feature = "mime")]
pub const MESIGOPT_TOP: crate::ULONG = 2;
/// A signature option of the MIME editor: prefix.
#[cfg(feature = "mime")]
pub const MESIGOPT_PREFIX: crate::ULONG = 4;
/// A signature option of the MIME editor: bottom.
#[cfg(feature = "mime")]
pub const MESIGOPT_BOTTOM: crate::ULONG = 8;
/// A signature option of the MIME editor: HTML.
#[cfg(feature = "mime")]
pub const MESIGOPT_HTML: crate::ULONG = 0x10;
/// A bit of the MIME editor host's `MEHOSTCMDID_BORDERFLAGS`: outerclientedge.
#[cfg(feature = "mime")]
pub const MEBF_OUTERCLIENTEDGE: crate::ULONG = 1;
/// A bit of the MIME editor host's `MEHOSTCMDID_BORDERFLAGS`: innerclientedge.
#[cfg(feature = "mime")]
pub const MEBF_INNERCLIENTEDGE: crate::ULONG = 2;
/// A bit of the MIME editor host's `MEHOSTCMDID_BORDERFLAGS`: formatbarsep.
#[cfg(feature = "mime")]
pub const MEBF_FORMATBARSEP: crate::ULONG = 4;
/// A bit of the MIME editor host's `MEHOSTCMDID_BORDERFLAGS`: noscroll.
#[cfg(feature = "mime")]
pub const MEBF_NOSCROLL: crate::ULONG = 8;
/// A spelling option of the MIME editor: ignorenumber.
#[cfg(feature = "mime")]
pub const MESPELLOPT_IGNORENUMBER: crate::ULONG = 1;
/// A spelling option of the MIME editor: ignoreupper.
#[cfg(feature = "mime")]
pub const MESPELLOPT_IGNOREUPPER: crate::ULONG = 2;
/// A spelling option of the MIME editor: ignoredbcs.
#[cfg(feature = "mime")]
pub const MESPELLOPT_IGNOREDBCS: crate::ULONG = 4;
/// A spelling option of the MIME editor: ignoreprotect.
#[cfg(feature = "mime")]
pub const MESPELLOPT_IGNOREPROTECT: crate::ULONG = 8;
/// A spelling option of the MIME editor: ignoreurl.
#[cfg(feature = "mime")]
pub const MESPELLOPT_IGNOREURL: crate::ULONG = 0x10;
/// A spelling option of the MIME editor: alwayssuggest.
#[cfg(feature = "mime")]
pub const MESPELLOPT_ALWAYSSUGGEST: crate::ULONG = 0x20;
/// A spelling option of the MIME editor: checkonsend.
#[cfg(feature = "mime")]
pub const MESPELLOPT_CHECKONSEND: crate::ULONG = 0x40;
/// A spelling option of the MIME editor: checkontype.
#[cfg(feature = "mime")]
pub const MESPELLOPT_CHECKONTYPE: crate::ULONG = 0x80;
/// A source view flag of the MIME editor: color.
#[cfg(feature = "mime")]
pub const MESRCFLAGS_COLOR: crate::ULONG = 1;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): signature enabled.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SIGNATURE_ENABLED: crate::ULONG = 1;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): signature options.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SIGNATURE_OPTIONS: crate::ULONG = 2;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): signature.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SIGNATURE: crate::ULONG = 3;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): header type.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_HEADER_TYPE: crate::ULONG = 4;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): onparsecomplete.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_ONPARSECOMPLETE: crate::ULONG = 5;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): flags.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_FLAGS: crate::ULONG = 6;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): quote char.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_QUOTE_CHAR: crate::ULONG = 7;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): reply tick color.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_REPLY_TICK_COLOR: crate::ULONG = 8;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): compose font.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_COMPOSE_FONT: crate::ULONG = 9;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): add to addressbook.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_ADD_TO_ADDRESSBOOK: crate::ULONG = 0xA;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): add to favorites.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_ADD_TO_FAVORITES: crate::ULONG = 0xB;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): slideshow delay.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SLIDESHOW_DELAY: crate::ULONG = 0xC;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): fontcache.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_FONTCACHE: crate::ULONG = 0xD;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): borderflags.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_BORDERFLAGS: crate::ULONG = 0xE;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): security zone.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SECURITY_ZONE: crate::ULONG = 0xF;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): spell options.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SPELL_OPTIONS: crate::ULONG = 0x10;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): saveattach path.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SAVEATTACH_PATH: crate::ULONG = 0x11;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): sourceedit flags.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SOURCEEDIT_FLAGS: crate::ULONG = 0x12;
/// A command the MIME editor sends its host (`CMDSETID_MimeEditHost`): spell language.
#[cfg(feature = "mime")]
pub const MEHOSTCMDID_SPELL_LANGUAGE: crate::ULONG = 0x13;
/// No flags.
#[cfg(feature = "mime")]
pub const NOFLAGS: crate::ULONG = 0;
/// A maximum length, in characters, of the MIME library: CID.
#[cfg(feature = "mime")]
pub const CCHMAX_CID: crate::ULONG = 0xFF;
/// A maximum length, in characters, of the MIME library: MID.
#[cfg(feature = "mime")]
pub const CCHMAX_MID: crate::ULONG = 0xFF;
/// A maximum length, in characters, of the MIME library: internet date.
#[cfg(feature = "mime")]
pub const CCHMAX_INTERNET_DATE: crate::ULONG = 0x32;
/// A MIME editor document flag (`MECD_*`): HTML.
#[cfg(feature = "mime")]
pub const MECD_HTML: crate::ULONG = 1;
/// A MIME editor document flag (`MECD_*`): plaintext.
#[cfg(feature = "mime")]
pub const MECD_PLAINTEXT: crate::ULONG = 2;
/// A MIME editor document flag (`MECD_*`): encodeimages.
#[cfg(feature = "mime")]
pub const MECD_ENCODEIMAGES: crate::ULONG = 4;
/// A MIME editor document flag (`MECD_*`): encodefileurlsonly.
#[cfg(feature = "mime")]
pub const MECD_ENCODEFILEURLSONLY: crate::ULONG = 8;
/// A MIME editor document flag (`MECD_*`): encodesounds.
#[cfg(feature = "mime")]
pub const MECD_ENCODESOUNDS: crate::ULONG = 0x10;
/// A MIME editor document flag (`MECD_*`): encodevideo.
#[cfg(feature = "mime")]
pub const MECD_ENCODEVIDEO: crate::ULONG = 0x20;
/// A MIME editor document flag (`MECD_*`): encodeplugins.
#[cfg(feature = "mime")]
pub const MECD_ENCODEPLUGINS: crate::ULONG = 0x40;
/// A flag of `MimeOleSetCompatMode`: OE5.
#[cfg(feature = "mime")]
pub const MIMEOLE_COMPAT_OE5: crate::ULONG = 1;
/// A flag of `MimeOleSetCompatMode`: MLANG2.
#[cfg(feature = "mime")]
pub const MIMEOLE_COMPAT_MLANG2: crate::ULONG = 2;
/// The object identifier of Microsoft's encryption certificate attribute.
#[cfg(feature = "mime")]
pub const szOID_Microsoft_Encryption_Cert: &::core::ffi::CStr = c"1.3.6.1.4.1.311.16.4";
/// The type library of the MIME object library.
#[cfg(feature = "mime")]
pub const LIBID_MIMEOLE: crate::GUID = crate::GUID::from_u128(
    0xe4b28371_83b0_11d0_8259_00c04fd85ab4,
);
/// The class of the MIME HTML (mhtml:) protocol handler.
#[cfg(feature = "mime")]
pub const CLSID_IMimeHtmlProtocol: crate::GUID = crate::GUID::from_u128(
    0x05300401_bcbc_11d0_85e3_00c04fd85ab4,
);
/// The class of the MIME library's virtual stream.
#[cfg(feature = "mime")]
pub const CLSID_IVirtualStream: crate::GUID = crate::GUID::from_u128(
    0xfd853cdf_7f86_11d0_8252_00c04fd85ab4,
);
/// The class of the MIME editor control.
#[cfg(feature = "mime")]
pub const CLSID_MimeEdit: crate::GUID = crate::GUID::from_u128(
    0x1c82ead9_508e_11d1_8dcf_00c04fb951f9,
);
/// The command group of the MIME editor's commands (`MECMDID_*`).
#[cfg(feature = "mime")]
pub const CMDSETID_MimeEdit: crate::GUID = crate::GUID::from_u128(
    0x1c82eada_508e_11d1_8dcf_00c04fb951f9,
);
/// The command group of the commands the MIME editor sends its host (`MEHOSTCMDID_*`).
#[cfg(feature = "mime")]
pub const CMDSETID_MimeEditHost: crate::GUID = crate::GUID::from_u128(
    0x1c82eadb_508e_11d1_8dcf_00c04fb951f9,
);

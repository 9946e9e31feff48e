// `idl/mapi/mapitags.idl` as Rust, included by `mod.rs`.
/// Whether receipt acknowledgments for the message are produced manually or automatically.
pub const PR_ACKNOWLEDGEMENT_MODE: u32 = 0x10003;
/// TRUE if the sender lets the message be delivered to an alternate recipient.
pub const PR_ALTERNATE_RECIPIENT_ALLOWED: u32 = 0x2000B;
/// Encoded list of the users who authorize sending the message.
pub const PR_AUTHORIZING_USERS: u32 = 0x30102;
/// Note that an automatic forwarder attaches to a message it forwards.
pub const PR_AUTO_FORWARD_COMMENT: u32 = 0x4001F;
/// Note that an automatic forwarder attaches to a message it forwards.
pub const PR_AUTO_FORWARD_COMMENT_A: u32 = 0x4001E;
/// Note that an automatic forwarder attaches to a message it forwards.
pub const PR_AUTO_FORWARD_COMMENT_W: u32 = 0x4001F;
/// TRUE if the message was forwarded automatically rather than by a person.
pub const PR_AUTO_FORWARDED: u32 = 0x5000B;
/// Identifies the algorithm that encrypted the message content.
pub const PR_CONTENT_CONFIDENTIALITY_ALGORITHM_ID: u32 = 0x60102;
/// Sender-supplied value that links reports back to the message they concern.
pub const PR_CONTENT_CORRELATOR: u32 = 0x70102;
/// Key the originator gives the message content so it can be recognized later.
pub const PR_CONTENT_IDENTIFIER: u32 = 0x8001F;
/// Key the originator gives the message content so it can be recognized later.
pub const PR_CONTENT_IDENTIFIER_A: u32 = 0x8001E;
/// Key the originator gives the message content so it can be recognized later.
pub const PR_CONTENT_IDENTIFIER_W: u32 = 0x8001F;
/// Approximate size of the message content in bytes, as carried in the envelope.
pub const PR_CONTENT_LENGTH: u32 = 0x90003;
/// TRUE if the content should come back with a non-delivery report.
pub const PR_CONTENT_RETURN_REQUESTED: u32 = 0xA000B;
/// Obsolete binary key that once grouped messages of one conversation.
pub const PR_CONVERSATION_KEY: u32 = 0xB0102;
/// Encoded information types of the content after a conversion on the way.
pub const PR_CONVERSION_EITS: u32 = 0xC0102;
/// TRUE if the content must not be converted when the conversion would lose information.
pub const PR_CONVERSION_WITH_LOSS_PROHIBITED: u32 = 0xD000B;
/// Encoded information types that conversions in transit produced.
pub const PR_CONVERTED_EITS: u32 = 0xE0102;
/// Date and time before which the message must not be delivered.
pub const PR_DEFERRED_DELIVERY_TIME: u32 = 0xF0040;
/// Date and time the message was delivered, as stated in a delivery report.
pub const PR_DELIVER_TIME: u32 = 0x100040;
/// Code saying why a message transfer agent dropped the message; used in non-delivery reports.
pub const PR_DISCARD_REASON: u32 = 0x110003;
/// TRUE if each recipient may learn who the other recipients are.
pub const PR_DISCLOSURE_OF_RECIPIENTS: u32 = 0x12000B;
/// Record of the distribution lists expanded while the message travelled.
pub const PR_DL_EXPANSION_HISTORY: u32 = 0x130102;
/// TRUE if distribution lists among the recipients must not be expanded.
pub const PR_DL_EXPANSION_PROHIBITED: u32 = 0x14000B;
/// Date and time after which the sender considers the message out of date.
pub const PR_EXPIRY_TIME: u32 = 0x150040;
/// TRUE if the messaging system may not convert the content on its own initiative.
pub const PR_IMPLICIT_CONVERSION_PROHIBITED: u32 = 0x16000B;
/// How important the sender rates the message: low, normal or high (`IMPORTANCE_*`).
pub const PR_IMPORTANCE: u32 = 0x170003;
/// X.400 identifier of the interpersonal message.
pub const PR_IPM_ID: u32 = 0x180102;
/// Latest date and time at which the message may still be delivered.
pub const PR_LATEST_DELIVERY_TIME: u32 = 0x190040;
/// Message class (such as `IPM.Note`) that selects the form and handler for the message.
pub const PR_MESSAGE_CLASS: u32 = 0x1A001F;
/// Message class (such as `IPM.Note`) that selects the form and handler for the message.
pub const PR_MESSAGE_CLASS_A: u32 = 0x1A001E;
/// Message class (such as `IPM.Note`) that selects the form and handler for the message.
pub const PR_MESSAGE_CLASS_W: u32 = 0x1A001F;
/// Identifier the message transfer system assigned when it delivered the message.
pub const PR_MESSAGE_DELIVERY_ID: u32 = 0x1B0102;
/// Security label that travels with the message.
pub const PR_MESSAGE_SECURITY_LABEL: u32 = 0x1E0102;
/// Identifiers of earlier messages that this message supersedes.
pub const PR_OBSOLETED_IPMS: u32 = 0x1F0102;
/// Encoded name of the recipient the message was addressed to before it was redirected.
pub const PR_ORIGINALLY_INTENDED_RECIPIENT_NAME: u32 = 0x200102;
/// Encoded information types of the content as the originator sent it.
pub const PR_ORIGINAL_EITS: u32 = 0x210102;
/// Security certificate of the message originator.
pub const PR_ORIGINATOR_CERTIFICATE: u32 = 0x220102;
/// TRUE if the originator asks for a delivery report.
pub const PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED: u32 = 0x23000B;
/// Encoded address to which reports for the originator are returned.
pub const PR_ORIGINATOR_RETURN_ADDRESS: u32 = 0x240102;
/// Search key of the message this one was derived from, such as the message it replies to.
pub const PR_PARENT_KEY: u32 = 0x250102;
/// Delivery priority the sender sets: urgent, normal or not urgent (`PRIO_*`).
pub const PR_PRIORITY: u32 = 0x260003;
/// Value for checking that the message really comes from its stated origin.
pub const PR_ORIGIN_CHECK: u32 = 0x270102;
/// TRUE if the originator wants proof that the message was submitted.
pub const PR_PROOF_OF_SUBMISSION_REQUESTED: u32 = 0x28000B;
/// TRUE if the sender wants a read report when the message is read.
pub const PR_READ_RECEIPT_REQUESTED: u32 = 0x29000B;
/// Date and time a delivery report was generated.
pub const PR_RECEIPT_TIME: u32 = 0x2A0040;
/// TRUE if the recipient may not have the message reassigned to someone else.
pub const PR_RECIPIENT_REASSIGNMENT_PROHIBITED: u32 = 0x2B000B;
/// Record of the redirections the message went through.
pub const PR_REDIRECTION_HISTORY: u32 = 0x2C0102;
/// Identifiers of other messages related to this one.
pub const PR_RELATED_IPMS: u32 = 0x2D0102;
/// Sensitivity of the original message, kept on a reply or forward.
pub const PR_ORIGINAL_SENSITIVITY: u32 = 0x2E0003;
/// List of the languages used in the message content.
pub const PR_LANGUAGES: u32 = 0x2F001F;
/// List of the languages used in the message content.
pub const PR_LANGUAGES_A: u32 = 0x2F001E;
/// List of the languages used in the message content.
pub const PR_LANGUAGES_W: u32 = 0x2F001F;
/// Date and time by which the sender would like a reply.
pub const PR_REPLY_TIME: u32 = 0x300040;
/// Data that ties a report to the message it reports on.
pub const PR_REPORT_TAG: u32 = 0x310102;
/// Date and time a report was generated.
pub const PR_REPORT_TIME: u32 = 0x320040;
/// TRUE if the original message is returned with a non-delivery report.
pub const PR_RETURNED_IPM: u32 = 0x33000B;
/// Security level applied to the message, such as signing or encryption.
pub const PR_SECURITY: u32 = 0x340003;
/// TRUE if the message is an incomplete copy of another message.
pub const PR_INCOMPLETE_COPY: u32 = 0x35000B;
/// The sender's opinion of how sensitive the message is: none, personal, private or confidential.
pub const PR_SENSITIVITY: u32 = 0x360003;
/// Full subject line of the message, including any prefix.
pub const PR_SUBJECT: u32 = 0x37001F;
/// Full subject line of the message, including any prefix.
pub const PR_SUBJECT_A: u32 = 0x37001E;
/// Full subject line of the message, including any prefix.
pub const PR_SUBJECT_W: u32 = 0x37001F;
/// Identifier of the message that the subject of this message refers to.
pub const PR_SUBJECT_IPM: u32 = 0x380102;
/// Date and time the sender's client submitted the message.
pub const PR_CLIENT_SUBMIT_TIME: u32 = 0x390040;
/// Display name of the entity, such as a gateway or message transfer agent, that produced a report.
pub const PR_REPORT_NAME: u32 = 0x3A001F;
/// Display name of the entity, such as a gateway or message transfer agent, that produced a report.
pub const PR_REPORT_NAME_A: u32 = 0x3A001E;
/// Display name of the entity, such as a gateway or message transfer agent, that produced a report.
pub const PR_REPORT_NAME_W: u32 = 0x3A001F;
/// Search key of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_SEARCH_KEY: u32 = 0x3B0102;
/// X.400 content type of the message.
pub const PR_X400_CONTENT_TYPE: u32 = 0x3C0102;
/// Prefix such as `RE:` or `FW:` in front of the normalized subject.
pub const PR_SUBJECT_PREFIX: u32 = 0x3D001F;
/// Prefix such as `RE:` or `FW:` in front of the normalized subject.
pub const PR_SUBJECT_PREFIX_A: u32 = 0x3D001E;
/// Prefix such as `RE:` or `FW:` in front of the normalized subject.
pub const PR_SUBJECT_PREFIX_W: u32 = 0x3D001F;
/// Code saying why a message was discarded unread; used in non-read reports.
pub const PR_NON_RECEIPT_REASON: u32 = 0x3E0003;
/// Entry ID of the user who received the message.
pub const PR_RECEIVED_BY_ENTRYID: u32 = 0x3F0102;
/// Display name of the user who received the message.
pub const PR_RECEIVED_BY_NAME: u32 = 0x40001F;
/// Display name of the user who received the message.
pub const PR_RECEIVED_BY_NAME_A: u32 = 0x40001E;
/// Display name of the user who received the message.
pub const PR_RECEIVED_BY_NAME_W: u32 = 0x40001F;
/// Entry ID of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_ENTRYID: u32 = 0x410102;
/// Display name of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_NAME: u32 = 0x42001F;
/// Display name of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_NAME_A: u32 = 0x42001E;
/// Display name of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_NAME_W: u32 = 0x42001F;
/// Entry ID of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_ENTRYID: u32 = 0x430102;
/// Display name of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_NAME: u32 = 0x44001F;
/// Display name of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_NAME_A: u32 = 0x44001E;
/// Display name of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_NAME_W: u32 = 0x44001F;
/// Entry ID of the entity that produced a report.
pub const PR_REPORT_ENTRYID: u32 = 0x450102;
/// Entry ID of the user who should get the read report.
pub const PR_READ_RECEIPT_ENTRYID: u32 = 0x460102;
/// Identifier the transport assigned at submission, used to match reports to the message.
pub const PR_MESSAGE_SUBMISSION_ID: u32 = 0x470102;
/// Date and time the transport provider accepted the message for sending.
pub const PR_PROVIDER_SUBMIT_TIME: u32 = 0x480040;
/// Subject of the original message, carried in a report or forward.
pub const PR_ORIGINAL_SUBJECT: u32 = 0x49001F;
/// Subject of the original message, carried in a report or forward.
pub const PR_ORIGINAL_SUBJECT_A: u32 = 0x49001E;
/// Subject of the original message, carried in a report or forward.
pub const PR_ORIGINAL_SUBJECT_W: u32 = 0x49001F;
/// Boolean used by Exchange when processing reports; its exact meaning is not publicly documented.
pub const PR_DISC_VAL: u32 = 0x4A000B;
/// Message class of the original message that a report refers to.
pub const PR_ORIG_MESSAGE_CLASS: u32 = 0x4B001F;
/// Message class of the original message that a report refers to.
pub const PR_ORIG_MESSAGE_CLASS_A: u32 = 0x4B001E;
/// Message class of the original message that a report refers to.
pub const PR_ORIG_MESSAGE_CLASS_W: u32 = 0x4B001F;
/// Entry ID of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_ENTRYID: u32 = 0x4C0102;
/// Display name of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_NAME: u32 = 0x4D001F;
/// Display name of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_NAME_A: u32 = 0x4D001E;
/// Display name of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_NAME_W: u32 = 0x4D001F;
/// Date and time the original message was submitted.
pub const PR_ORIGINAL_SUBMIT_TIME: u32 = 0x4E0040;
/// Flat entry list of the recipients who should receive replies.
pub const PR_REPLY_RECIPIENT_ENTRIES: u32 = 0x4F0102;
/// Semicolon-separated display names of the recipients who should receive replies.
pub const PR_REPLY_RECIPIENT_NAMES: u32 = 0x50001F;
/// Semicolon-separated display names of the recipients who should receive replies.
pub const PR_REPLY_RECIPIENT_NAMES_A: u32 = 0x50001E;
/// Semicolon-separated display names of the recipients who should receive replies.
pub const PR_REPLY_RECIPIENT_NAMES_W: u32 = 0x50001F;
/// Search key of the user who received the message.
pub const PR_RECEIVED_BY_SEARCH_KEY: u32 = 0x510102;
/// Search key of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_SEARCH_KEY: u32 = 0x520102;
/// Search key of the user who should get the read report.
pub const PR_READ_RECEIPT_SEARCH_KEY: u32 = 0x530102;
/// Search key of the entity that produced a report.
pub const PR_REPORT_SEARCH_KEY: u32 = 0x540102;
/// Date and time the original message was delivered.
pub const PR_ORIGINAL_DELIVERY_TIME: u32 = 0x550040;
/// Search key of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_SEARCH_KEY: u32 = 0x560102;
/// TRUE if the receiving user is one of the primary (To) recipients.
pub const PR_MESSAGE_TO_ME: u32 = 0x57000B;
/// TRUE if the receiving user is one of the carbon-copy (Cc) recipients.
pub const PR_MESSAGE_CC_ME: u32 = 0x58000B;
/// TRUE if the receiving user is a To, Cc or Bcc recipient.
pub const PR_MESSAGE_RECIP_ME: u32 = 0x59000B;
/// Display name of the sender of the original message.
pub const PR_ORIGINAL_SENDER_NAME: u32 = 0x5A001F;
/// Display name of the sender of the original message.
pub const PR_ORIGINAL_SENDER_NAME_A: u32 = 0x5A001E;
/// Display name of the sender of the original message.
pub const PR_ORIGINAL_SENDER_NAME_W: u32 = 0x5A001F;
/// Entry ID of the sender of the original message.
pub const PR_ORIGINAL_SENDER_ENTRYID: u32 = 0x5B0102;
/// Search key of the sender of the original message.
pub const PR_ORIGINAL_SENDER_SEARCH_KEY: u32 = 0x5C0102;
/// Display name of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_NAME: u32 = 0x5D001F;
/// Display name of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_NAME_A: u32 = 0x5D001E;
/// Display name of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_NAME_W: u32 = 0x5D001F;
/// Entry ID of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_ENTRYID: u32 = 0x5E0102;
/// Search key of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_SEARCH_KEY: u32 = 0x5F0102;
/// Start date and time of the event or period the message is about.
pub const PR_START_DATE: u32 = 0x600040;
/// End date and time of the event or period the message is about.
pub const PR_END_DATE: u32 = 0x610040;
/// Identifier of the appointment in its owner's calendar.
pub const PR_OWNER_APPT_ID: u32 = 0x620003;
/// TRUE if the sender asks the recipients to respond.
pub const PR_RESPONSE_REQUESTED: u32 = 0x63000B;
/// Address type of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_ADDRTYPE: u32 = 0x64001F;
/// Address type of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_ADDRTYPE_A: u32 = 0x64001E;
/// Address type of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_ADDRTYPE_W: u32 = 0x64001F;
/// E-mail address of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_EMAIL_ADDRESS: u32 = 0x65001F;
/// E-mail address of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_EMAIL_ADDRESS_A: u32 = 0x65001E;
/// E-mail address of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_EMAIL_ADDRESS_W: u32 = 0x65001F;
/// Address type of the sender of the original message.
pub const PR_ORIGINAL_SENDER_ADDRTYPE: u32 = 0x66001F;
/// Address type of the sender of the original message.
pub const PR_ORIGINAL_SENDER_ADDRTYPE_A: u32 = 0x66001E;
/// Address type of the sender of the original message.
pub const PR_ORIGINAL_SENDER_ADDRTYPE_W: u32 = 0x66001F;
/// E-mail address of the sender of the original message.
pub const PR_ORIGINAL_SENDER_EMAIL_ADDRESS: u32 = 0x67001F;
/// E-mail address of the sender of the original message.
pub const PR_ORIGINAL_SENDER_EMAIL_ADDRESS_A: u32 = 0x67001E;
/// E-mail address of the sender of the original message.
pub const PR_ORIGINAL_SENDER_EMAIL_ADDRESS_W: u32 = 0x67001F;
/// Address type of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_ADDRTYPE: u32 = 0x68001F;
/// Address type of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_ADDRTYPE_A: u32 = 0x68001E;
/// Address type of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_ADDRTYPE_W: u32 = 0x68001F;
/// E-mail address of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_EMAIL_ADDRESS: u32 = 0x69001F;
/// E-mail address of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_EMAIL_ADDRESS_A: u32 = 0x69001E;
/// E-mail address of the user on whose behalf the original message was sent.
pub const PR_ORIGINAL_SENT_REPRESENTING_EMAIL_ADDRESS_W: u32 = 0x69001F;
/// Topic shared by all messages of a conversation thread, normally the first message's normalized subject.
pub const PR_CONVERSATION_TOPIC: u32 = 0x70001F;
/// Topic shared by all messages of a conversation thread, normally the first message's normalized subject.
pub const PR_CONVERSATION_TOPIC_A: u32 = 0x70001E;
/// Topic shared by all messages of a conversation thread, normally the first message's normalized subject.
pub const PR_CONVERSATION_TOPIC_W: u32 = 0x70001F;
/// Identifier the store computes for the conversation the message belongs to. The header lists it here although its identifier lies in the common range.
pub const PR_CONVERSATION_ID: u32 = 0x30130102;
/// Binary index that places the message within its conversation thread.
pub const PR_CONVERSATION_INDEX: u32 = 0x710102;
/// Display names of the blind-copy recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_BCC: u32 = 0x72001F;
/// Display names of the blind-copy recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_BCC_A: u32 = 0x72001E;
/// Display names of the blind-copy recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_BCC_W: u32 = 0x72001F;
/// Display names of the carbon-copy recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_CC: u32 = 0x73001F;
/// Display names of the carbon-copy recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_CC_A: u32 = 0x73001E;
/// Display names of the carbon-copy recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_CC_W: u32 = 0x73001F;
/// Display names of the primary recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_TO: u32 = 0x74001F;
/// Display names of the primary recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_TO_A: u32 = 0x74001E;
/// Display names of the primary recipients of the original message.
pub const PR_ORIGINAL_DISPLAY_TO_W: u32 = 0x74001F;
/// Address type of the user who received the message.
pub const PR_RECEIVED_BY_ADDRTYPE: u32 = 0x75001F;
/// Address type of the user who received the message.
pub const PR_RECEIVED_BY_ADDRTYPE_A: u32 = 0x75001E;
/// Address type of the user who received the message.
pub const PR_RECEIVED_BY_ADDRTYPE_W: u32 = 0x75001F;
/// E-mail address of the user who received the message.
pub const PR_RECEIVED_BY_EMAIL_ADDRESS: u32 = 0x76001F;
/// E-mail address of the user who received the message.
pub const PR_RECEIVED_BY_EMAIL_ADDRESS_A: u32 = 0x76001E;
/// E-mail address of the user who received the message.
pub const PR_RECEIVED_BY_EMAIL_ADDRESS_W: u32 = 0x76001F;
/// Address type of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_ADDRTYPE: u32 = 0x77001F;
/// Address type of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_ADDRTYPE_A: u32 = 0x77001E;
/// Address type of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_ADDRTYPE_W: u32 = 0x77001F;
/// E-mail address of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_EMAIL_ADDRESS: u32 = 0x78001F;
/// E-mail address of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_EMAIL_ADDRESS_A: u32 = 0x78001E;
/// E-mail address of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_EMAIL_ADDRESS_W: u32 = 0x78001F;
/// Address type of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_ADDRTYPE: u32 = 0x79001F;
/// Address type of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_ADDRTYPE_A: u32 = 0x79001E;
/// Address type of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_ADDRTYPE_W: u32 = 0x79001F;
/// E-mail address of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_EMAIL_ADDRESS: u32 = 0x7A001F;
/// E-mail address of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_EMAIL_ADDRESS_A: u32 = 0x7A001E;
/// E-mail address of the author of the original message.
pub const PR_ORIGINAL_AUTHOR_EMAIL_ADDRESS_W: u32 = 0x7A001F;
/// Address type of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_ADDRTYPE: u32 = 0x7B001F;
/// Address type of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_ADDRTYPE_A: u32 = 0x7B001E;
/// Address type of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_ADDRTYPE_W: u32 = 0x7B001F;
/// E-mail address of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_EMAIL_ADDRESS: u32 = 0x7C001F;
/// E-mail address of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_EMAIL_ADDRESS_A: u32 = 0x7C001E;
/// E-mail address of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_EMAIL_ADDRESS_W: u32 = 0x7C001F;
/// Transport-specific headers of a received message, such as its Internet headers.
pub const PR_TRANSPORT_MESSAGE_HEADERS: u32 = 0x7D001F;
/// Transport-specific headers of a received message, such as its Internet headers.
pub const PR_TRANSPORT_MESSAGE_HEADERS_A: u32 = 0x7D001E;
/// Transport-specific headers of a received message, such as its Internet headers.
pub const PR_TRANSPORT_MESSAGE_HEADERS_W: u32 = 0x7D001F;
/// Opaque data that describes a delegation.
pub const PR_DELEGATION: u32 = 0x7E0102;
/// Key that matches a TNEF attachment with the message it was encoded from.
pub const PR_TNEF_CORRELATION_KEY: u32 = 0x7F0102;
/// Plain-text body of the message.
pub const PR_BODY: u32 = 0x1000001F;
/// Plain-text body of the message.
pub const PR_BODY_A: u32 = 0x1000001E;
/// Plain-text body of the message.
pub const PR_BODY_W: u32 = 0x1000001F;
/// Optional text that the reporting entity adds to a report.
pub const PR_REPORT_TEXT: u32 = 0x1001001F;
/// Optional text that the reporting entity adds to a report.
pub const PR_REPORT_TEXT_A: u32 = 0x1001001E;
/// Optional text that the reporting entity adds to a report.
pub const PR_REPORT_TEXT_W: u32 = 0x1001001F;
/// History of the originator and of distribution list expansions, carried in a report.
pub const PR_ORIGINATOR_AND_DL_EXPANSION_HISTORY: u32 = 0x10020102;
/// Name of the distribution list that produced a report.
pub const PR_REPORTING_DL_NAME: u32 = 0x10030102;
/// Certificate of the message transfer agent that produced a report.
pub const PR_REPORTING_MTA_CERTIFICATE: u32 = 0x10040102;
/// CRC of the plain-text body computed when the RTF and text bodies were last synchronized.
pub const PR_RTF_SYNC_BODY_CRC: u32 = 0x10060003;
/// Number of significant characters in the text body at the last RTF synchronization.
pub const PR_RTF_SYNC_BODY_COUNT: u32 = 0x10070003;
/// Leading significant characters of the text body recorded at the last RTF synchronization.
pub const PR_RTF_SYNC_BODY_TAG: u32 = 0x1008001F;
/// Leading significant characters of the text body recorded at the last RTF synchronization.
pub const PR_RTF_SYNC_BODY_TAG_A: u32 = 0x1008001E;
/// Leading significant characters of the text body recorded at the last RTF synchronization.
pub const PR_RTF_SYNC_BODY_TAG_W: u32 = 0x1008001F;
/// Rich Text Format body of the message, in compressed form.
pub const PR_RTF_COMPRESSED: u32 = 0x10090102;
/// Number of insignificant characters that precede the body text in the RTF stream.
pub const PR_RTF_SYNC_PREFIX_COUNT: u32 = 0x10100003;
/// Number of insignificant characters that follow the body text in the RTF stream.
pub const PR_RTF_SYNC_TRAILING_COUNT: u32 = 0x10110003;
/// Entry ID of the recipient the message was addressed to before redirection.
pub const PR_ORIGINALLY_INTENDED_RECIP_ENTRYID: u32 = 0x10120102;
/// HTML body of the message, as bytes in the message code page.
pub const PR_HTML: u32 = 0x10130102;
/// Which body format (plain text, RTF, HTML or clear-signed) is the message's native one.
pub const PR_NATIVE_BODY_INFO: u32 = 0x10160003;
/// Value of the Internet `Message-ID` header.
pub const PR_INTERNET_MESSAGE_ID: u32 = 0x1035001F;
/// Value of the Internet `Message-ID` header.
pub const PR_INTERNET_MESSAGE_ID_A: u32 = 0x1035001E;
/// Value of the Internet `Message-ID` header.
pub const PR_INTERNET_MESSAGE_ID_W: u32 = 0x1035001F;
/// Value of the Internet `References` header: message IDs of earlier messages in the thread.
pub const PR_INTERNET_REFERENCES: u32 = 0x1039001F;
/// Value of the Internet `References` header: message IDs of earlier messages in the thread.
pub const PR_INTERNET_REFERENCES_A: u32 = 0x1039001E;
/// Value of the Internet `References` header: message IDs of earlier messages in the thread.
pub const PR_INTERNET_REFERENCES_W: u32 = 0x1039001F;
/// Value of the Internet `In-Reply-To` header: message ID of the message being answered.
pub const PR_IN_REPLY_TO: u32 = 0x1042001F;
/// Value of the Internet `In-Reply-To` header: message ID of the message being answered.
pub const PR_IN_REPLY_TO_A: u32 = 0x1042001E;
/// Value of the Internet `In-Reply-To` header: message ID of the message being answered.
pub const PR_IN_REPLY_TO_W: u32 = 0x1042001F;
/// Index that selects the icon a client shows for the message.
pub const PR_ICON_INDEX: u32 = 0x10800003;
/// Follow-up flag state of the message: unflagged, flagged or completed.
pub const PR_FLAG_STATUS: u32 = 0x10900003;
/// Value a client checks to decide whether external content of the message, such as remote images, may be loaded.
pub const PR_BLOCK_STATUS: u32 = 0x10960003;
/// Value for checking that the content reached the recipient unchanged.
pub const PR_CONTENT_INTEGRITY_CHECK: u32 = 0xC000102;
/// Conversion of the content that the originator asks for on behalf of this recipient.
pub const PR_EXPLICIT_CONVERSION: u32 = 0xC010003;
/// TRUE if the message should be returned with a non-delivery report.
pub const PR_IPM_RETURN_REQUESTED: u32 = 0xC02000B;
/// Security token that the message carries for this recipient.
pub const PR_MESSAGE_TOKEN: u32 = 0xC030102;
/// Reason code in a non-delivery report.
pub const PR_NDR_REASON_CODE: u32 = 0xC040003;
/// Diagnostic code in a non-delivery report.
pub const PR_NDR_DIAG_CODE: u32 = 0xC050003;
/// TRUE if the originator wants a notice when the message is discarded without being read.
pub const PR_NON_RECEIPT_NOTIFICATION_REQUESTED: u32 = 0xC06000B;
/// Kind of entity, such as a store, a distribution list or a physical delivery unit, that delivered the message to the recipient (`MAPI_MH_DP_*`).
pub const PR_DELIVERY_POINT: u32 = 0xC070003;
/// TRUE if the originator wants a non-delivery report when delivery fails.
pub const PR_ORIGINATOR_NON_DELIVERY_REPORT_REQUESTED: u32 = 0xC08000B;
/// Alternate recipient the originator names in case this recipient cannot take the message.
pub const PR_ORIGINATOR_REQUESTED_ALTERNATE_RECIPIENT: u32 = 0xC090102;
/// TRUE if a physical delivery bureau may deliver the message by fax.
pub const PR_PHYSICAL_DELIVERY_BUREAU_FAX_DELIVERY: u32 = 0xC0A000B;
/// How a physical delivery system should deliver the message.
pub const PR_PHYSICAL_DELIVERY_MODE: u32 = 0xC0B0003;
/// Kind of report the originator wants from a physical delivery system.
pub const PR_PHYSICAL_DELIVERY_REPORT_REQUEST: u32 = 0xC0C0003;
/// Postal forwarding address of the recipient.
pub const PR_PHYSICAL_FORWARDING_ADDRESS: u32 = 0xC0D0102;
/// TRUE if the originator wants the recipient's postal forwarding address returned.
pub const PR_PHYSICAL_FORWARDING_ADDRESS_REQUESTED: u32 = 0xC0E000B;
/// TRUE if a physical delivery system may not forward the message.
pub const PR_PHYSICAL_FORWARDING_PROHIBITED: u32 = 0xC0F000B;
/// Attributes that say how the message is to be rendered physically, for example printed.
pub const PR_PHYSICAL_RENDITION_ATTRIBUTES: u32 = 0xC100102;
/// Proof that the message was delivered to the recipient.
pub const PR_PROOF_OF_DELIVERY: u32 = 0xC110102;
/// TRUE if the originator asks for proof of delivery.
pub const PR_PROOF_OF_DELIVERY_REQUESTED: u32 = 0xC12000B;
/// Security certificate of the recipient.
pub const PR_RECIPIENT_CERTIFICATE: u32 = 0xC130102;
/// Telephone number to call to tell the recipient that a physical delivery has arrived.
pub const PR_RECIPIENT_NUMBER_FOR_ADVICE: u32 = 0xC14001F;
/// Telephone number to call to tell the recipient that a physical delivery has arrived.
pub const PR_RECIPIENT_NUMBER_FOR_ADVICE_A: u32 = 0xC14001E;
/// Telephone number to call to tell the recipient that a physical delivery has arrived.
pub const PR_RECIPIENT_NUMBER_FOR_ADVICE_W: u32 = 0xC14001F;
/// Recipient type: `MAPI_TO`, `MAPI_CC` or `MAPI_BCC`, possibly combined with `MAPI_SUBMITTED` or `MAPI_P1`.
pub const PR_RECIPIENT_TYPE: u32 = 0xC150003;
/// Kind of registered mail to use for physical delivery.
pub const PR_REGISTERED_MAIL_TYPE: u32 = 0xC160003;
/// TRUE if the originator asks this recipient to reply.
pub const PR_REPLY_REQUESTED: u32 = 0xC17000B;
/// Delivery methods the originator prefers for this recipient.
pub const PR_REQUESTED_DELIVERY_METHOD: u32 = 0xC180003;
/// Entry ID of the sender of the message.
pub const PR_SENDER_ENTRYID: u32 = 0xC190102;
/// Display name of the sender of the message.
pub const PR_SENDER_NAME: u32 = 0xC1A001F;
/// Display name of the sender of the message.
pub const PR_SENDER_NAME_A: u32 = 0xC1A001E;
/// Display name of the sender of the message.
pub const PR_SENDER_NAME_W: u32 = 0xC1A001F;
/// Extra text that a report carries, for example from a physical delivery system.
pub const PR_SUPPLEMENTARY_INFO: u32 = 0xC1B001F;
/// Extra text that a report carries, for example from a physical delivery system.
pub const PR_SUPPLEMENTARY_INFO_A: u32 = 0xC1B001E;
/// Extra text that a report carries, for example from a physical delivery system.
pub const PR_SUPPLEMENTARY_INFO_W: u32 = 0xC1B001F;
/// Kind of message transfer system user the recipient is.
pub const PR_TYPE_OF_MTS_USER: u32 = 0xC1C0003;
/// Search key of the sender of the message.
pub const PR_SENDER_SEARCH_KEY: u32 = 0xC1D0102;
/// Address type of the sender of the message.
pub const PR_SENDER_ADDRTYPE: u32 = 0xC1E001F;
/// Address type of the sender of the message.
pub const PR_SENDER_ADDRTYPE_A: u32 = 0xC1E001E;
/// Address type of the sender of the message.
pub const PR_SENDER_ADDRTYPE_W: u32 = 0xC1E001F;
/// E-mail address of the sender of the message.
pub const PR_SENDER_EMAIL_ADDRESS: u32 = 0xC1F001F;
/// E-mail address of the sender of the message.
pub const PR_SENDER_EMAIL_ADDRESS_A: u32 = 0xC1F001E;
/// E-mail address of the sender of the message.
pub const PR_SENDER_EMAIL_ADDRESS_W: u32 = 0xC1F001F;
/// Version counter of the object; reserved.
pub const PR_CURRENT_VERSION: u32 = 0xE000014;
/// TRUE if the message should be deleted once it has been sent.
pub const PR_DELETE_AFTER_SUBMIT: u32 = 0xE01000B;
/// Semicolon-separated display names of the blind-copy recipients, computed by the store.
pub const PR_DISPLAY_BCC: u32 = 0xE02001F;
/// Semicolon-separated display names of the blind-copy recipients, computed by the store.
pub const PR_DISPLAY_BCC_A: u32 = 0xE02001E;
/// Semicolon-separated display names of the blind-copy recipients, computed by the store.
pub const PR_DISPLAY_BCC_W: u32 = 0xE02001F;
/// Semicolon-separated display names of the carbon-copy recipients, computed by the store.
pub const PR_DISPLAY_CC: u32 = 0xE03001F;
/// Semicolon-separated display names of the carbon-copy recipients, computed by the store.
pub const PR_DISPLAY_CC_A: u32 = 0xE03001E;
/// Semicolon-separated display names of the carbon-copy recipients, computed by the store.
pub const PR_DISPLAY_CC_W: u32 = 0xE03001F;
/// Semicolon-separated display names of the primary recipients, computed by the store.
pub const PR_DISPLAY_TO: u32 = 0xE04001F;
/// Semicolon-separated display names of the primary recipients, computed by the store.
pub const PR_DISPLAY_TO_A: u32 = 0xE04001E;
/// Semicolon-separated display names of the primary recipients, computed by the store.
pub const PR_DISPLAY_TO_W: u32 = 0xE04001F;
/// Display name of the folder that holds the message.
pub const PR_PARENT_DISPLAY: u32 = 0xE05001F;
/// Display name of the folder that holds the message.
pub const PR_PARENT_DISPLAY_A: u32 = 0xE05001E;
/// Display name of the folder that holds the message.
pub const PR_PARENT_DISPLAY_W: u32 = 0xE05001F;
/// Date and time the message arrived in the store.
pub const PR_MESSAGE_DELIVERY_TIME: u32 = 0xE060040;
/// `MSGFLAG_*` bits describing the state of the message: read, unsent, unmodified, has attachments and so on.
pub const PR_MESSAGE_FLAGS: u32 = 0xE070003;
/// Approximate size of the whole message in bytes, attachments included.
pub const PR_MESSAGE_SIZE: u32 = 0xE080003;
/// Entry ID of the folder that holds the object.
pub const PR_PARENT_ENTRYID: u32 = 0xE090102;
/// Entry ID of the folder that should receive the message after it is sent.
pub const PR_SENTMAIL_ENTRYID: u32 = 0xE0A0102;
/// TRUE if the sender wants reports correlated with this message.
pub const PR_CORRELATE: u32 = 0xE0C000B;
/// Message transfer system identifier used to correlate reports with the message.
pub const PR_CORRELATE_MTSID: u32 = 0xE0D0102;
/// TRUE if a non-delivery report concerns individual members of a distribution list rather than the whole list.
pub const PR_DISCRETE_VALUES: u32 = 0xE0E000B;
/// TRUE if an agent has taken responsibility for delivering the message to this recipient.
pub const PR_RESPONSIBILITY: u32 = 0xE0F000B;
/// Status of the message as far as the MAPI spooler knows it.
pub const PR_SPOOLER_STATUS: u32 = 0xE100003;
/// Status code a transport provider sets on the message.
pub const PR_TRANSPORT_STATUS: u32 = 0xE110003;
/// Stands for the recipient table of a message: exclude it from `IMessage::CopyTo`, or find it in copy problem reports.
pub const PR_MESSAGE_RECIPIENTS: u32 = 0xE12000D;
/// Stands for the attachment table of a message: exclude it from `IMessage::CopyTo`, or find it in copy problem reports.
pub const PR_MESSAGE_ATTACHMENTS: u32 = 0xE13000D;
/// `SUBMITFLAG_*` bits describing the submission state of the message, such as locked or needing preprocessing.
pub const PR_SUBMIT_FLAGS: u32 = 0xE140003;
/// Delivery status of this recipient, as set by a transport.
pub const PR_RECIPIENT_STATUS: u32 = 0xE150003;
/// Value a transport provider uses to identify a message it exchanges with the spooler.
pub const PR_TRANSPORT_KEY: u32 = 0xE160003;
/// `MSGSTATUS_*` bits of a message in a folder, such as highlighted, tagged or marked for deletion.
pub const PR_MSG_STATUS: u32 = 0xE170003;
/// Estimated time in seconds needed to download the message from a remote server.
pub const PR_MESSAGE_DOWNLOAD_TIME: u32 = 0xE180003;
/// Version counter of the object when it was created; reserved.
pub const PR_CREATION_VERSION: u32 = 0xE190014;
/// Version counter of the object when it was last changed; reserved.
pub const PR_MODIFY_VERSION: u32 = 0xE1A0014;
/// TRUE if the message has at least one attachment.
pub const PR_HASATTACH: u32 = 0xE1B000B;
/// CRC of the message text, used to detect changes.
pub const PR_BODY_CRC: u32 = 0xE1C0003;
/// Subject of the message without its prefix.
pub const PR_NORMALIZED_SUBJECT: u32 = 0xE1D001F;
/// Subject of the message without its prefix.
pub const PR_NORMALIZED_SUBJECT_A: u32 = 0xE1D001E;
/// Subject of the message without its prefix.
pub const PR_NORMALIZED_SUBJECT_W: u32 = 0xE1D001F;
/// TRUE if the plain-text and RTF bodies of the message are known to match.
pub const PR_RTF_IN_SYNC: u32 = 0xE1F000B;
/// Size of an attachment in bytes.
pub const PR_ATTACH_SIZE: u32 = 0xE200003;
/// Number that identifies an attachment within its message; unique only while the message is open.
pub const PR_ATTACH_NUM: u32 = 0xE210003;
/// TRUE if the message needs preprocessing before it is sent.
pub const PR_PREPROCESS: u32 = 0xE22000B;
/// Certificate of the message transfer agent where the message originated.
pub const PR_ORIGINATING_MTA_CERTIFICATE: u32 = 0xE250102;
/// Proof that the message was submitted.
pub const PR_PROOF_OF_SUBMISSION: u32 = 0xE260102;
/// Entry ID of the object.
pub const PR_ENTRYID: u32 = 0xFFF0102;
/// Kind of MAPI object: `MAPI_STORE`, `MAPI_FOLDER`, `MAPI_MESSAGE`, `MAPI_MAILUSER` and so on.
pub const PR_OBJECT_TYPE: u32 = 0xFFE0003;
/// Full-size icon bitmap of the object, for example of a form.
pub const PR_ICON: u32 = 0xFFD0102;
/// Small icon bitmap of the object.
pub const PR_MINI_ICON: u32 = 0xFFC0102;
/// Entry ID of the message store that holds the object.
pub const PR_STORE_ENTRYID: u32 = 0xFFB0102;
/// Record key of the message store that holds the object.
pub const PR_STORE_RECORD_KEY: u32 = 0xFFA0102;
/// Binary key, unique within its provider, that can be compared to tell whether two objects are the same.
pub const PR_RECORD_KEY: u32 = 0xFF90102;
/// `MAPIUID` naming the named-property mapping that the object's store uses.
pub const PR_MAPPING_SIGNATURE: u32 = 0xFF80102;
/// `MAPI_MODIFY` if the caller may change the object, 0 if it is read-only.
pub const PR_ACCESS_LEVEL: u32 = 0xFF70003;
/// Value that identifies a row uniquely within one table instance.
pub const PR_INSTANCE_KEY: u32 = 0xFF60102;
/// Kind of row in a categorized table: leaf, expanded or collapsed category, and so on (`TBL_*`).
pub const PR_ROW_TYPE: u32 = 0xFF50003;
/// `MAPI_ACCESS_*` bits telling which operations the caller may perform on the object.
pub const PR_ACCESS: u32 = 0xFF40003;
/// Number that identifies a recipient row, for `IMessage::ModifyRecipients`.
pub const PR_ROWID: u32 = 0x30000003;
/// Display name of the object.
pub const PR_DISPLAY_NAME: u32 = 0x3001001F;
/// Display name of the object.
pub const PR_DISPLAY_NAME_A: u32 = 0x3001001E;
/// Display name of the object.
pub const PR_DISPLAY_NAME_W: u32 = 0x3001001F;
/// Address type of a messaging user, such as `SMTP` or `EX`.
pub const PR_ADDRTYPE: u32 = 0x3002001F;
/// Address type of a messaging user, such as `SMTP` or `EX`.
pub const PR_ADDRTYPE_A: u32 = 0x3002001E;
/// Address type of a messaging user, such as `SMTP` or `EX`.
pub const PR_ADDRTYPE_W: u32 = 0x3002001F;
/// E-mail address of a messaging user, in the format its address type defines.
pub const PR_EMAIL_ADDRESS: u32 = 0x3003001F;
/// E-mail address of a messaging user, in the format its address type defines.
pub const PR_EMAIL_ADDRESS_A: u32 = 0x3003001E;
/// E-mail address of a messaging user, in the format its address type defines.
pub const PR_EMAIL_ADDRESS_W: u32 = 0x3003001F;
/// Free-text comment about the object.
pub const PR_COMMENT: u32 = 0x3004001F;
/// Free-text comment about the object.
pub const PR_COMMENT_A: u32 = 0x3004001E;
/// Free-text comment about the object.
pub const PR_COMMENT_W: u32 = 0x3004001F;
/// Indentation level of a row in a hierarchy or categorized table.
pub const PR_DEPTH: u32 = 0x30050003;
/// Vendor-chosen display name of a service provider.
pub const PR_PROVIDER_DISPLAY: u32 = 0x3006001F;
/// Vendor-chosen display name of a service provider.
pub const PR_PROVIDER_DISPLAY_A: u32 = 0x3006001E;
/// Vendor-chosen display name of a service provider.
pub const PR_PROVIDER_DISPLAY_W: u32 = 0x3006001F;
/// Date and time the object was created.
pub const PR_CREATION_TIME: u32 = 0x30070040;
/// Date and time the object was last changed.
pub const PR_LAST_MODIFICATION_TIME: u32 = 0x30080040;
/// Flags describing a service provider or message service, such as whether it is the default store.
pub const PR_RESOURCE_FLAGS: u32 = 0x30090003;
/// File name of the provider DLL, without the `32` suffix and extension.
pub const PR_PROVIDER_DLL_NAME: u32 = 0x300A001F;
/// File name of the provider DLL, without the `32` suffix and extension.
pub const PR_PROVIDER_DLL_NAME_A: u32 = 0x300A001E;
/// File name of the provider DLL, without the `32` suffix and extension.
pub const PR_PROVIDER_DLL_NAME_W: u32 = 0x300A001F;
/// Binary key that identifies the object for equivalence, such as an upper-cased `TYPE:ADDRESS`; it travels with copies.
pub const PR_SEARCH_KEY: u32 = 0x300B0102;
/// `MAPIUID` of the service provider that handles the object.
pub const PR_PROVIDER_UID: u32 = 0x300C0102;
/// Position of the provider in the profile's list of providers.
pub const PR_PROVIDER_ORDINAL: u32 = 0x300D0003;
/// Version string of a form.
pub const PR_FORM_VERSION: u32 = 0x3301001F;
/// Version string of a form.
pub const PR_FORM_VERSION_A: u32 = 0x3301001E;
/// Version string of a form.
pub const PR_FORM_VERSION_W: u32 = 0x3301001F;
/// Class identifier of the form server.
pub const PR_FORM_CLSID: u32 = 0x33020048;
/// Name of the person to contact about a form.
pub const PR_FORM_CONTACT_NAME: u32 = 0x3303001F;
/// Name of the person to contact about a form.
pub const PR_FORM_CONTACT_NAME_A: u32 = 0x3303001E;
/// Name of the person to contact about a form.
pub const PR_FORM_CONTACT_NAME_W: u32 = 0x3303001F;
/// Category of a form.
pub const PR_FORM_CATEGORY: u32 = 0x3304001F;
/// Category of a form.
pub const PR_FORM_CATEGORY_A: u32 = 0x3304001E;
/// Category of a form.
pub const PR_FORM_CATEGORY_W: u32 = 0x3304001F;
/// Subcategory of a form.
pub const PR_FORM_CATEGORY_SUB: u32 = 0x3305001F;
/// Subcategory of a form.
pub const PR_FORM_CATEGORY_SUB_A: u32 = 0x3305001E;
/// Subcategory of a form.
pub const PR_FORM_CATEGORY_SUB_W: u32 = 0x3305001F;
/// Codes of the host platforms a form runs on.
pub const PR_FORM_HOST_MAP: u32 = 0x33061003;
/// TRUE if a form should not be offered to users in form choosers.
pub const PR_FORM_HIDDEN: u32 = 0x3307000B;
/// Name of the tool used to design a form.
pub const PR_FORM_DESIGNER_NAME: u32 = 0x3308001F;
/// Name of the tool used to design a form.
pub const PR_FORM_DESIGNER_NAME_A: u32 = 0x3308001E;
/// Name of the tool used to design a form.
pub const PR_FORM_DESIGNER_NAME_W: u32 = 0x3308001F;
/// GUID of the tool used to design a form.
pub const PR_FORM_DESIGNER_GUID: u32 = 0x33090048;
/// Nonzero if messages of the form are composed in the current folder rather than in the Outbox.
pub const PR_FORM_MESSAGE_BEHAVIOR: u32 = 0x330A0003;
/// TRUE if the message store is the default store of the profile.
pub const PR_DEFAULT_STORE: u32 = 0x3400000B;
/// `STORE_*` bits describing the features the message store supports.
pub const PR_STORE_SUPPORT_MASK: u32 = 0x340D0003;
/// Bits describing the state of the message store, such as whether it has active searches.
pub const PR_STORE_STATE: u32 = 0x340E0003;
/// Search key of the root of the interpersonal message subtree.
pub const PR_IPM_SUBTREE_SEARCH_KEY: u32 = 0x34100102;
/// Search key of the Outbox folder.
pub const PR_IPM_OUTBOX_SEARCH_KEY: u32 = 0x34110102;
/// Search key of the Deleted Items folder.
pub const PR_IPM_WASTEBASKET_SEARCH_KEY: u32 = 0x34120102;
/// Search key of the Sent Items folder.
pub const PR_IPM_SENTMAIL_SEARCH_KEY: u32 = 0x34130102;
/// `MAPIUID` identifying the type of message store provider.
pub const PR_MDB_PROVIDER: u32 = 0x34140102;
/// Stands for the receive folder table of a store, for exclusion from `CopyTo`.
pub const PR_RECEIVE_FOLDER_SETTINGS: u32 = 0x3415000D;
/// `FOLDER_*_VALID` bits saying which special-folder entry IDs of the store are valid.
pub const PR_VALID_FOLDER_MASK: u32 = 0x35DF0003;
/// Entry ID of the root of the interpersonal message subtree.
pub const PR_IPM_SUBTREE_ENTRYID: u32 = 0x35E00102;
/// Entry ID of the Outbox folder.
pub const PR_IPM_OUTBOX_ENTRYID: u32 = 0x35E20102;
/// Entry ID of the Deleted Items folder.
pub const PR_IPM_WASTEBASKET_ENTRYID: u32 = 0x35E30102;
/// Entry ID of the Sent Items folder.
pub const PR_IPM_SENTMAIL_ENTRYID: u32 = 0x35E40102;
/// Entry ID of the folder that holds the user's personal views.
pub const PR_VIEWS_ENTRYID: u32 = 0x35E50102;
/// Entry ID of the folder that holds views shared by all users.
pub const PR_COMMON_VIEWS_ENTRYID: u32 = 0x35E60102;
/// Entry ID of the folder that holds search-results folders.
pub const PR_FINDER_ENTRYID: u32 = 0x35E70102;
/// Entry ID of the Archive folder.
pub const PR_IPM_ARCHIVE_ENTRYID: u32 = 0x35FF0102;
/// `AB_*` bits describing an address book container, such as whether it holds recipients or can be modified.
pub const PR_CONTAINER_FLAGS: u32 = 0x36000003;
/// Kind of folder: root, generic or search (`FOLDER_*`).
pub const PR_FOLDER_TYPE: u32 = 0x36010003;
/// Number of messages in the folder.
pub const PR_CONTENT_COUNT: u32 = 0x36020003;
/// Number of unread messages in the folder.
pub const PR_CONTENT_UNREAD: u32 = 0x36030003;
/// Stands for the table of templates for creating new entries in an address book container; open it with `OpenProperty`.
pub const PR_CREATE_TEMPLATES: u32 = 0x3604000D;
/// Display table that describes the details dialog of an address book object; open it with `OpenProperty`.
pub const PR_DETAILS_TABLE: u32 = 0x3605000D;
/// Container object used for advanced searches in an address book container; open it with `OpenProperty`.
pub const PR_SEARCH: u32 = 0x3607000D;
/// TRUE if a row of a one-off table can be chosen, rather than being a heading.
pub const PR_SELECTABLE: u32 = 0x3609000B;
/// TRUE if the folder has subfolders.
pub const PR_SUBFOLDERS: u32 = 0x360A000B;
/// Status bits of a folder or container, such as highlighted or marked for deletion.
pub const PR_STATUS: u32 = 0x360B0003;
/// Text to match by ambiguous name resolution in an address book restriction.
pub const PR_ANR: u32 = 0x360C001F;
/// Text to match by ambiguous name resolution in an address book restriction.
pub const PR_ANR_A: u32 = 0x360C001E;
/// Text to match by ambiguous name resolution in an address book restriction.
pub const PR_ANR_W: u32 = 0x360C001F;
/// Property tags that give the preferred sort order of a container's contents table.
pub const PR_CONTENTS_SORT_ORDER: u32 = 0x360D1003;
/// Stands for the hierarchy table (child containers) of a container, for `OpenProperty` or exclusion from `CopyTo`.
pub const PR_CONTAINER_HIERARCHY: u32 = 0x360E000D;
/// Stands for the contents table of a container, for `OpenProperty` or exclusion from `CopyTo`.
pub const PR_CONTAINER_CONTENTS: u32 = 0x360F000D;
/// Stands for the associated contents table of a folder, for `OpenProperty` or exclusion from `CopyTo`.
pub const PR_FOLDER_ASSOCIATED_CONTENTS: u32 = 0x3610000D;
/// Template ID for creating distribution lists in the container.
pub const PR_DEF_CREATE_DL: u32 = 0x36110102;
/// Template ID for creating messaging users in the container.
pub const PR_DEF_CREATE_MAILUSER: u32 = 0x36120102;
/// Kind of items the folder is meant to hold, such as `IPF.Note` or `IPF.Contact`.
pub const PR_CONTAINER_CLASS: u32 = 0x3613001F;
/// Kind of items the folder is meant to hold, such as `IPF.Note` or `IPF.Contact`.
pub const PR_CONTAINER_CLASS_A: u32 = 0x3613001E;
/// Kind of items the folder is meant to hold, such as `IPF.Note` or `IPF.Contact`.
pub const PR_CONTAINER_CLASS_W: u32 = 0x3613001F;
/// Version counter of the container; reserved.
pub const PR_CONTAINER_MODIFY_VERSION: u32 = 0x36140014;
/// `MAPIUID` of the address book provider that owns the container.
pub const PR_AB_PROVIDER_ID: u32 = 0x36150102;
/// Entry ID of the default view of the folder.
pub const PR_DEFAULT_VIEW_ENTRYID: u32 = 0x36160102;
/// Number of associated (hidden) messages in the folder.
pub const PR_ASSOC_CONTENT_COUNT: u32 = 0x36170003;
/// Entry ID of the Calendar folder, read from the Inbox or the root folder.
pub const PR_IPM_APPOINTMENT_ENTRYID: u32 = 0x36D00102;
/// Entry ID of the Contacts folder, read from the Inbox or the root folder.
pub const PR_IPM_CONTACT_ENTRYID: u32 = 0x36D10102;
/// Entry ID of the Tasks folder, read from the Inbox or the root folder.
pub const PR_IPM_TASK_ENTRYID: u32 = 0x36D40102;
/// Entry ID of the Drafts folder, read from the Inbox or the root folder.
pub const PR_IPM_DRAFTS_ENTRYID: u32 = 0x36D70102;
/// X.400 parameters of the body part that carries the attachment.
pub const PR_ATTACHMENT_X400_PARAMETERS: u32 = 0x37000102;
/// Attachment data as an object, an `IStorage` or an embedded `IMessage`; open it with `OpenProperty`.
pub const PR_ATTACH_DATA_OBJ: u32 = 0x3701000D;
/// Attachment data as a binary stream, for attachments stored by value.
pub const PR_ATTACH_DATA_BIN: u32 = 0x37010102;
/// ASN.1 object identifier of the encoding of the attachment, such as MacBinary.
pub const PR_ATTACH_ENCODING: u32 = 0x37020102;
/// File name extension of the attachment, such as `.docx`.
pub const PR_ATTACH_EXTENSION: u32 = 0x3703001F;
/// File name extension of the attachment, such as `.docx`.
pub const PR_ATTACH_EXTENSION_A: u32 = 0x3703001E;
/// File name extension of the attachment, such as `.docx`.
pub const PR_ATTACH_EXTENSION_W: u32 = 0x3703001F;
/// Short (8.3) file name of the attachment.
pub const PR_ATTACH_FILENAME: u32 = 0x3704001F;
/// Short (8.3) file name of the attachment.
pub const PR_ATTACH_FILENAME_A: u32 = 0x3704001E;
/// Short (8.3) file name of the attachment.
pub const PR_ATTACH_FILENAME_W: u32 = 0x3704001F;
/// How the attachment is stored: by value, by reference, embedded message or OLE object (`ATTACH_*`).
pub const PR_ATTACH_METHOD: u32 = 0x37050003;
/// Long file name of the attachment.
pub const PR_ATTACH_LONG_FILENAME: u32 = 0x3707001F;
/// Long file name of the attachment.
pub const PR_ATTACH_LONG_FILENAME_A: u32 = 0x3707001E;
/// Long file name of the attachment.
pub const PR_ATTACH_LONG_FILENAME_W: u32 = 0x3707001F;
/// Short (8.3) path of an attachment stored by reference.
pub const PR_ATTACH_PATHNAME: u32 = 0x3708001F;
/// Short (8.3) path of an attachment stored by reference.
pub const PR_ATTACH_PATHNAME_A: u32 = 0x3708001E;
/// Short (8.3) path of an attachment stored by reference.
pub const PR_ATTACH_PATHNAME_W: u32 = 0x3708001F;
/// Picture (metafile or bitmap) used to show the attachment inside the message.
pub const PR_ATTACH_RENDERING: u32 = 0x37090102;
/// ASN.1 object identifier of the application format of the attachment.
pub const PR_ATTACH_TAG: u32 = 0x370A0102;
/// Character offset in the body at which the attachment is shown, or `0xFFFFFFFF` if it is not shown.
pub const PR_RENDERING_POSITION: u32 = 0x370B0003;
/// Name a transport gave the attachment; it may differ from the file name.
pub const PR_ATTACH_TRANSPORT_NAME: u32 = 0x370C001F;
/// Name a transport gave the attachment; it may differ from the file name.
pub const PR_ATTACH_TRANSPORT_NAME_A: u32 = 0x370C001E;
/// Name a transport gave the attachment; it may differ from the file name.
pub const PR_ATTACH_TRANSPORT_NAME_W: u32 = 0x370C001F;
/// Long path of an attachment stored by reference.
pub const PR_ATTACH_LONG_PATHNAME: u32 = 0x370D001F;
/// Long path of an attachment stored by reference.
pub const PR_ATTACH_LONG_PATHNAME_A: u32 = 0x370D001E;
/// Long path of an attachment stored by reference.
pub const PR_ATTACH_LONG_PATHNAME_W: u32 = 0x370D001F;
/// MIME content type of the attachment.
pub const PR_ATTACH_MIME_TAG: u32 = 0x370E001F;
/// MIME content type of the attachment.
pub const PR_ATTACH_MIME_TAG_A: u32 = 0x370E001E;
/// MIME content type of the attachment.
pub const PR_ATTACH_MIME_TAG_W: u32 = 0x370E001F;
/// Extra data about the attachment, such as Macintosh file information.
pub const PR_ATTACH_ADDITIONAL_INFO: u32 = 0x370F0102;
/// `DT_*` value saying how to show an address book object: mail user, distribution list, folder and so on.
pub const PR_DISPLAY_TYPE: u32 = 0x39000003;
/// Template ID that binds an address book entry to the provider that owns it.
pub const PR_TEMPLATEID: u32 = 0x39020102;
/// Primary messaging capability of the recipient.
pub const PR_PRIMARY_CAPABILITY: u32 = 0x39040102;
/// SMTP address of the address book entry.
pub const PR_SMTP_ADDRESS: u32 = 0x39FE001F;
/// SMTP address of the address book entry.
pub const PR_SMTP_ADDRESS_A: u32 = 0x39FE001E;
/// SMTP address of the address book entry.
pub const PR_SMTP_ADDRESS_W: u32 = 0x39FE001F;
/// Display name of the entry restricted to printable 7-bit ASCII characters.
pub const PR_7BIT_DISPLAY_NAME: u32 = 0x39FF001E;
/// Account (logon) name of the messaging user.
pub const PR_ACCOUNT: u32 = 0x3A00001F;
/// Account (logon) name of the messaging user.
pub const PR_ACCOUNT_A: u32 = 0x3A00001E;
/// Account (logon) name of the messaging user.
pub const PR_ACCOUNT_W: u32 = 0x3A00001F;
/// Entry ID list of an alternate recipient for the user.
pub const PR_ALTERNATE_RECIPIENT: u32 = 0x3A010102;
/// Telephone number at which to call the user back.
pub const PR_CALLBACK_TELEPHONE_NUMBER: u32 = 0x3A02001F;
/// Telephone number at which to call the user back.
pub const PR_CALLBACK_TELEPHONE_NUMBER_A: u32 = 0x3A02001E;
/// Telephone number at which to call the user back.
pub const PR_CALLBACK_TELEPHONE_NUMBER_W: u32 = 0x3A02001F;
/// TRUE if messages for this recipient must not be converted.
pub const PR_CONVERSION_PROHIBITED: u32 = 0x3A03000B;
/// TRUE if the other recipients may be disclosed to this recipient.
pub const PR_DISCLOSE_RECIPIENTS: u32 = 0x3A04000B;
/// Generational suffix of the user's name, such as `Jr.` or `III`.
pub const PR_GENERATION: u32 = 0x3A05001F;
/// Generational suffix of the user's name, such as `Jr.` or `III`.
pub const PR_GENERATION_A: u32 = 0x3A05001E;
/// Generational suffix of the user's name, such as `Jr.` or `III`.
pub const PR_GENERATION_W: u32 = 0x3A05001F;
/// First (given) name of the user.
pub const PR_GIVEN_NAME: u32 = 0x3A06001F;
/// First (given) name of the user.
pub const PR_GIVEN_NAME_A: u32 = 0x3A06001E;
/// First (given) name of the user.
pub const PR_GIVEN_NAME_W: u32 = 0x3A06001F;
/// Government-issued identification number of the user.
pub const PR_GOVERNMENT_ID_NUMBER: u32 = 0x3A07001F;
/// Government-issued identification number of the user.
pub const PR_GOVERNMENT_ID_NUMBER_A: u32 = 0x3A07001E;
/// Government-issued identification number of the user.
pub const PR_GOVERNMENT_ID_NUMBER_W: u32 = 0x3A07001F;
/// Main business telephone number of the user.
pub const PR_BUSINESS_TELEPHONE_NUMBER: u32 = 0x3A08001F;
/// Main business telephone number of the user.
pub const PR_BUSINESS_TELEPHONE_NUMBER_A: u32 = 0x3A08001E;
/// Main business telephone number of the user.
pub const PR_BUSINESS_TELEPHONE_NUMBER_W: u32 = 0x3A08001F;
/// Another name for `PR_BUSINESS_TELEPHONE_NUMBER` (same property).
pub const PR_OFFICE_TELEPHONE_NUMBER: u32 = 0x3A08001F;
/// Another name for `PR_BUSINESS_TELEPHONE_NUMBER` (same property).
pub const PR_OFFICE_TELEPHONE_NUMBER_A: u32 = 0x3A08001E;
/// Another name for `PR_BUSINESS_TELEPHONE_NUMBER` (same property).
pub const PR_OFFICE_TELEPHONE_NUMBER_W: u32 = 0x3A08001F;
/// Main home telephone number of the user.
pub const PR_HOME_TELEPHONE_NUMBER: u32 = 0x3A09001F;
/// Main home telephone number of the user.
pub const PR_HOME_TELEPHONE_NUMBER_A: u32 = 0x3A09001E;
/// Main home telephone number of the user.
pub const PR_HOME_TELEPHONE_NUMBER_W: u32 = 0x3A09001F;
/// Initials of the user.
pub const PR_INITIALS: u32 = 0x3A0A001F;
/// Initials of the user.
pub const PR_INITIALS_A: u32 = 0x3A0A001E;
/// Initials of the user.
pub const PR_INITIALS_W: u32 = 0x3A0A001F;
/// Keyword that identifies the user to the administrator of the user's system.
pub const PR_KEYWORD: u32 = 0x3A0B001F;
/// Keyword that identifies the user to the administrator of the user's system.
pub const PR_KEYWORD_A: u32 = 0x3A0B001E;
/// Keyword that identifies the user to the administrator of the user's system.
pub const PR_KEYWORD_W: u32 = 0x3A0B001F;
/// Language the user prefers.
pub const PR_LANGUAGE: u32 = 0x3A0C001F;
/// Language the user prefers.
pub const PR_LANGUAGE_A: u32 = 0x3A0C001E;
/// Language the user prefers.
pub const PR_LANGUAGE_W: u32 = 0x3A0C001F;
/// Location of the user within the organization, such as a building or room.
pub const PR_LOCATION: u32 = 0x3A0D001F;
/// Location of the user within the organization, such as a building or room.
pub const PR_LOCATION_A: u32 = 0x3A0D001E;
/// Location of the user within the organization, such as a building or room.
pub const PR_LOCATION_W: u32 = 0x3A0D001F;
/// TRUE if the user may send and receive mail.
pub const PR_MAIL_PERMISSION: u32 = 0x3A0E000B;
/// Common name of the user in a message handling system (X.400) address.
pub const PR_MHS_COMMON_NAME: u32 = 0x3A0F001F;
/// Common name of the user in a message handling system (X.400) address.
pub const PR_MHS_COMMON_NAME_A: u32 = 0x3A0F001E;
/// Common name of the user in a message handling system (X.400) address.
pub const PR_MHS_COMMON_NAME_W: u32 = 0x3A0F001F;
/// Identification number the organization assigned to the user, such as an employee ID.
pub const PR_ORGANIZATIONAL_ID_NUMBER: u32 = 0x3A10001F;
/// Identification number the organization assigned to the user, such as an employee ID.
pub const PR_ORGANIZATIONAL_ID_NUMBER_A: u32 = 0x3A10001E;
/// Identification number the organization assigned to the user, such as an employee ID.
pub const PR_ORGANIZATIONAL_ID_NUMBER_W: u32 = 0x3A10001F;
/// Last name (surname) of the user.
pub const PR_SURNAME: u32 = 0x3A11001F;
/// Last name (surname) of the user.
pub const PR_SURNAME_A: u32 = 0x3A11001E;
/// Last name (surname) of the user.
pub const PR_SURNAME_W: u32 = 0x3A11001F;
/// Entry ID of the original address book entry that this entry was copied from.
pub const PR_ORIGINAL_ENTRYID: u32 = 0x3A120102;
/// Display name of the original address book entry that this entry was copied from.
pub const PR_ORIGINAL_DISPLAY_NAME: u32 = 0x3A13001F;
/// Display name of the original address book entry that this entry was copied from.
pub const PR_ORIGINAL_DISPLAY_NAME_A: u32 = 0x3A13001E;
/// Display name of the original address book entry that this entry was copied from.
pub const PR_ORIGINAL_DISPLAY_NAME_W: u32 = 0x3A13001F;
/// Search key of the original address book entry that this entry was copied from.
pub const PR_ORIGINAL_SEARCH_KEY: u32 = 0x3A140102;
/// Complete postal address of the user.
pub const PR_POSTAL_ADDRESS: u32 = 0x3A15001F;
/// Complete postal address of the user.
pub const PR_POSTAL_ADDRESS_A: u32 = 0x3A15001E;
/// Complete postal address of the user.
pub const PR_POSTAL_ADDRESS_W: u32 = 0x3A15001F;
/// Name of the company the user works for.
pub const PR_COMPANY_NAME: u32 = 0x3A16001F;
/// Name of the company the user works for.
pub const PR_COMPANY_NAME_A: u32 = 0x3A16001E;
/// Name of the company the user works for.
pub const PR_COMPANY_NAME_W: u32 = 0x3A16001F;
/// Job title of the user.
pub const PR_TITLE: u32 = 0x3A17001F;
/// Job title of the user.
pub const PR_TITLE_A: u32 = 0x3A17001E;
/// Job title of the user.
pub const PR_TITLE_W: u32 = 0x3A17001F;
/// Department the user works in.
pub const PR_DEPARTMENT_NAME: u32 = 0x3A18001F;
/// Department the user works in.
pub const PR_DEPARTMENT_NAME_A: u32 = 0x3A18001E;
/// Department the user works in.
pub const PR_DEPARTMENT_NAME_W: u32 = 0x3A18001F;
/// Office location of the user.
pub const PR_OFFICE_LOCATION: u32 = 0x3A19001F;
/// Office location of the user.
pub const PR_OFFICE_LOCATION_A: u32 = 0x3A19001E;
/// Office location of the user.
pub const PR_OFFICE_LOCATION_W: u32 = 0x3A19001F;
/// Telephone number the user prefers to be reached at.
pub const PR_PRIMARY_TELEPHONE_NUMBER: u32 = 0x3A1A001F;
/// Telephone number the user prefers to be reached at.
pub const PR_PRIMARY_TELEPHONE_NUMBER_A: u32 = 0x3A1A001E;
/// Telephone number the user prefers to be reached at.
pub const PR_PRIMARY_TELEPHONE_NUMBER_W: u32 = 0x3A1A001F;
/// Second business telephone number of the user.
pub const PR_BUSINESS2_TELEPHONE_NUMBER: u32 = 0x3A1B001F;
/// Second business telephone number of the user.
pub const PR_BUSINESS2_TELEPHONE_NUMBER_A: u32 = 0x3A1B001E;
/// Second business telephone number of the user.
pub const PR_BUSINESS2_TELEPHONE_NUMBER_W: u32 = 0x3A1B001F;
/// Another name for `PR_BUSINESS2_TELEPHONE_NUMBER` (same property).
pub const PR_OFFICE2_TELEPHONE_NUMBER: u32 = 0x3A1B001F;
/// Another name for `PR_BUSINESS2_TELEPHONE_NUMBER` (same property).
pub const PR_OFFICE2_TELEPHONE_NUMBER_A: u32 = 0x3A1B001E;
/// Another name for `PR_BUSINESS2_TELEPHONE_NUMBER` (same property).
pub const PR_OFFICE2_TELEPHONE_NUMBER_W: u32 = 0x3A1B001F;
/// Mobile telephone number of the user.
pub const PR_MOBILE_TELEPHONE_NUMBER: u32 = 0x3A1C001F;
/// Mobile telephone number of the user.
pub const PR_MOBILE_TELEPHONE_NUMBER_A: u32 = 0x3A1C001E;
/// Mobile telephone number of the user.
pub const PR_MOBILE_TELEPHONE_NUMBER_W: u32 = 0x3A1C001F;
/// Another name for `PR_MOBILE_TELEPHONE_NUMBER` (same property).
pub const PR_CELLULAR_TELEPHONE_NUMBER: u32 = 0x3A1C001F;
/// Another name for `PR_MOBILE_TELEPHONE_NUMBER` (same property).
pub const PR_CELLULAR_TELEPHONE_NUMBER_A: u32 = 0x3A1C001E;
/// Another name for `PR_MOBILE_TELEPHONE_NUMBER` (same property).
pub const PR_CELLULAR_TELEPHONE_NUMBER_W: u32 = 0x3A1C001F;
/// Radio telephone number of the user.
pub const PR_RADIO_TELEPHONE_NUMBER: u32 = 0x3A1D001F;
/// Radio telephone number of the user.
pub const PR_RADIO_TELEPHONE_NUMBER_A: u32 = 0x3A1D001E;
/// Radio telephone number of the user.
pub const PR_RADIO_TELEPHONE_NUMBER_W: u32 = 0x3A1D001F;
/// Car telephone number of the user.
pub const PR_CAR_TELEPHONE_NUMBER: u32 = 0x3A1E001F;
/// Car telephone number of the user.
pub const PR_CAR_TELEPHONE_NUMBER_A: u32 = 0x3A1E001E;
/// Car telephone number of the user.
pub const PR_CAR_TELEPHONE_NUMBER_W: u32 = 0x3A1E001F;
/// Additional telephone number of the user.
pub const PR_OTHER_TELEPHONE_NUMBER: u32 = 0x3A1F001F;
/// Additional telephone number of the user.
pub const PR_OTHER_TELEPHONE_NUMBER_A: u32 = 0x3A1F001E;
/// Additional telephone number of the user.
pub const PR_OTHER_TELEPHONE_NUMBER_W: u32 = 0x3A1F001F;
/// Display name of the user in the form that is sent with messages.
pub const PR_TRANSMITABLE_DISPLAY_NAME: u32 = 0x3A20001F;
/// Display name of the user in the form that is sent with messages.
pub const PR_TRANSMITABLE_DISPLAY_NAME_A: u32 = 0x3A20001E;
/// Display name of the user in the form that is sent with messages.
pub const PR_TRANSMITABLE_DISPLAY_NAME_W: u32 = 0x3A20001F;
/// Pager number of the user.
pub const PR_PAGER_TELEPHONE_NUMBER: u32 = 0x3A21001F;
/// Pager number of the user.
pub const PR_PAGER_TELEPHONE_NUMBER_A: u32 = 0x3A21001E;
/// Pager number of the user.
pub const PR_PAGER_TELEPHONE_NUMBER_W: u32 = 0x3A21001F;
/// Another name for `PR_PAGER_TELEPHONE_NUMBER` (same property).
pub const PR_BEEPER_TELEPHONE_NUMBER: u32 = 0x3A21001F;
/// Another name for `PR_PAGER_TELEPHONE_NUMBER` (same property).
pub const PR_BEEPER_TELEPHONE_NUMBER_A: u32 = 0x3A21001E;
/// Another name for `PR_PAGER_TELEPHONE_NUMBER` (same property).
pub const PR_BEEPER_TELEPHONE_NUMBER_W: u32 = 0x3A21001F;
/// Security certificate of the user (an older ASN.1 form).
pub const PR_USER_CERTIFICATE: u32 = 0x3A220102;
/// Fax number the user prefers.
pub const PR_PRIMARY_FAX_NUMBER: u32 = 0x3A23001F;
/// Fax number the user prefers.
pub const PR_PRIMARY_FAX_NUMBER_A: u32 = 0x3A23001E;
/// Fax number the user prefers.
pub const PR_PRIMARY_FAX_NUMBER_W: u32 = 0x3A23001F;
/// Business fax number of the user.
pub const PR_BUSINESS_FAX_NUMBER: u32 = 0x3A24001F;
/// Business fax number of the user.
pub const PR_BUSINESS_FAX_NUMBER_A: u32 = 0x3A24001E;
/// Business fax number of the user.
pub const PR_BUSINESS_FAX_NUMBER_W: u32 = 0x3A24001F;
/// Home fax number of the user.
pub const PR_HOME_FAX_NUMBER: u32 = 0x3A25001F;
/// Home fax number of the user.
pub const PR_HOME_FAX_NUMBER_A: u32 = 0x3A25001E;
/// Home fax number of the user.
pub const PR_HOME_FAX_NUMBER_W: u32 = 0x3A25001F;
/// Country or region of the user's business address.
pub const PR_COUNTRY: u32 = 0x3A26001F;
/// Country or region of the user's business address.
pub const PR_COUNTRY_A: u32 = 0x3A26001E;
/// Country or region of the user's business address.
pub const PR_COUNTRY_W: u32 = 0x3A26001F;
/// Another name for `PR_COUNTRY` (same property).
pub const PR_BUSINESS_ADDRESS_COUNTRY: u32 = 0x3A26001F;
/// Another name for `PR_COUNTRY` (same property).
pub const PR_BUSINESS_ADDRESS_COUNTRY_A: u32 = 0x3A26001E;
/// Another name for `PR_COUNTRY` (same property).
pub const PR_BUSINESS_ADDRESS_COUNTRY_W: u32 = 0x3A26001F;
/// City of the user's business address.
pub const PR_LOCALITY: u32 = 0x3A27001F;
/// City of the user's business address.
pub const PR_LOCALITY_A: u32 = 0x3A27001E;
/// City of the user's business address.
pub const PR_LOCALITY_W: u32 = 0x3A27001F;
/// Another name for `PR_LOCALITY` (same property).
pub const PR_BUSINESS_ADDRESS_CITY: u32 = 0x3A27001F;
/// Another name for `PR_LOCALITY` (same property).
pub const PR_BUSINESS_ADDRESS_CITY_A: u32 = 0x3A27001E;
/// Another name for `PR_LOCALITY` (same property).
pub const PR_BUSINESS_ADDRESS_CITY_W: u32 = 0x3A27001F;
/// State or province of the user's business address.
pub const PR_STATE_OR_PROVINCE: u32 = 0x3A28001F;
/// State or province of the user's business address.
pub const PR_STATE_OR_PROVINCE_A: u32 = 0x3A28001E;
/// State or province of the user's business address.
pub const PR_STATE_OR_PROVINCE_W: u32 = 0x3A28001F;
/// Another name for `PR_STATE_OR_PROVINCE` (same property).
pub const PR_BUSINESS_ADDRESS_STATE_OR_PROVINCE: u32 = 0x3A28001F;
/// Another name for `PR_STATE_OR_PROVINCE` (same property).
pub const PR_BUSINESS_ADDRESS_STATE_OR_PROVINCE_A: u32 = 0x3A28001E;
/// Another name for `PR_STATE_OR_PROVINCE` (same property).
pub const PR_BUSINESS_ADDRESS_STATE_OR_PROVINCE_W: u32 = 0x3A28001F;
/// Street of the user's business address.
pub const PR_STREET_ADDRESS: u32 = 0x3A29001F;
/// Street of the user's business address.
pub const PR_STREET_ADDRESS_A: u32 = 0x3A29001E;
/// Street of the user's business address.
pub const PR_STREET_ADDRESS_W: u32 = 0x3A29001F;
/// Another name for `PR_STREET_ADDRESS` (same property).
pub const PR_BUSINESS_ADDRESS_STREET: u32 = 0x3A29001F;
/// Another name for `PR_STREET_ADDRESS` (same property).
pub const PR_BUSINESS_ADDRESS_STREET_A: u32 = 0x3A29001E;
/// Another name for `PR_STREET_ADDRESS` (same property).
pub const PR_BUSINESS_ADDRESS_STREET_W: u32 = 0x3A29001F;
/// Postal code of the user's business address.
pub const PR_POSTAL_CODE: u32 = 0x3A2A001F;
/// Postal code of the user's business address.
pub const PR_POSTAL_CODE_A: u32 = 0x3A2A001E;
/// Postal code of the user's business address.
pub const PR_POSTAL_CODE_W: u32 = 0x3A2A001F;
/// Another name for `PR_POSTAL_CODE` (same property).
pub const PR_BUSINESS_ADDRESS_POSTAL_CODE: u32 = 0x3A2A001F;
/// Another name for `PR_POSTAL_CODE` (same property).
pub const PR_BUSINESS_ADDRESS_POSTAL_CODE_A: u32 = 0x3A2A001E;
/// Another name for `PR_POSTAL_CODE` (same property).
pub const PR_BUSINESS_ADDRESS_POSTAL_CODE_W: u32 = 0x3A2A001F;
/// Post office box of the user's business address.
pub const PR_POST_OFFICE_BOX: u32 = 0x3A2B001F;
/// Post office box of the user's business address.
pub const PR_POST_OFFICE_BOX_A: u32 = 0x3A2B001E;
/// Post office box of the user's business address.
pub const PR_POST_OFFICE_BOX_W: u32 = 0x3A2B001F;
/// Another name for `PR_POST_OFFICE_BOX` (same property).
pub const PR_BUSINESS_ADDRESS_POST_OFFICE_BOX: u32 = 0x3A2B001F;
/// Another name for `PR_POST_OFFICE_BOX` (same property).
pub const PR_BUSINESS_ADDRESS_POST_OFFICE_BOX_A: u32 = 0x3A2B001E;
/// Another name for `PR_POST_OFFICE_BOX` (same property).
pub const PR_BUSINESS_ADDRESS_POST_OFFICE_BOX_W: u32 = 0x3A2B001F;
/// Telex number of the user.
pub const PR_TELEX_NUMBER: u32 = 0x3A2C001F;
/// Telex number of the user.
pub const PR_TELEX_NUMBER_A: u32 = 0x3A2C001E;
/// Telex number of the user.
pub const PR_TELEX_NUMBER_W: u32 = 0x3A2C001F;
/// ISDN number of the user.
pub const PR_ISDN_NUMBER: u32 = 0x3A2D001F;
/// ISDN number of the user.
pub const PR_ISDN_NUMBER_A: u32 = 0x3A2D001E;
/// ISDN number of the user.
pub const PR_ISDN_NUMBER_W: u32 = 0x3A2D001F;
/// Telephone number of the user's assistant.
pub const PR_ASSISTANT_TELEPHONE_NUMBER: u32 = 0x3A2E001F;
/// Telephone number of the user's assistant.
pub const PR_ASSISTANT_TELEPHONE_NUMBER_A: u32 = 0x3A2E001E;
/// Telephone number of the user's assistant.
pub const PR_ASSISTANT_TELEPHONE_NUMBER_W: u32 = 0x3A2E001F;
/// Second home telephone number of the user.
pub const PR_HOME2_TELEPHONE_NUMBER: u32 = 0x3A2F001F;
/// Second home telephone number of the user.
pub const PR_HOME2_TELEPHONE_NUMBER_A: u32 = 0x3A2F001E;
/// Second home telephone number of the user.
pub const PR_HOME2_TELEPHONE_NUMBER_W: u32 = 0x3A2F001F;
/// Name of the user's assistant.
pub const PR_ASSISTANT: u32 = 0x3A30001F;
/// Name of the user's assistant.
pub const PR_ASSISTANT_A: u32 = 0x3A30001E;
/// Name of the user's assistant.
pub const PR_ASSISTANT_W: u32 = 0x3A30001F;
/// TRUE if the recipient can receive rich content (formatted text and TNEF).
pub const PR_SEND_RICH_INFO: u32 = 0x3A40000B;
/// Wedding anniversary of the contact.
pub const PR_WEDDING_ANNIVERSARY: u32 = 0x3A410040;
/// Birthday of the contact.
pub const PR_BIRTHDAY: u32 = 0x3A420040;
/// Hobbies of the contact.
pub const PR_HOBBIES: u32 = 0x3A43001F;
/// Hobbies of the contact.
pub const PR_HOBBIES_A: u32 = 0x3A43001E;
/// Hobbies of the contact.
pub const PR_HOBBIES_W: u32 = 0x3A43001F;
/// Middle name of the contact.
pub const PR_MIDDLE_NAME: u32 = 0x3A44001F;
/// Middle name of the contact.
pub const PR_MIDDLE_NAME_A: u32 = 0x3A44001E;
/// Middle name of the contact.
pub const PR_MIDDLE_NAME_W: u32 = 0x3A44001F;
/// Title placed before the contact's name, such as `Dr.` or `Ms.`
pub const PR_DISPLAY_NAME_PREFIX: u32 = 0x3A45001F;
/// Title placed before the contact's name, such as `Dr.` or `Ms.`
pub const PR_DISPLAY_NAME_PREFIX_A: u32 = 0x3A45001E;
/// Title placed before the contact's name, such as `Dr.` or `Ms.`
pub const PR_DISPLAY_NAME_PREFIX_W: u32 = 0x3A45001F;
/// Profession of the contact.
pub const PR_PROFESSION: u32 = 0x3A46001F;
/// Profession of the contact.
pub const PR_PROFESSION_A: u32 = 0x3A46001E;
/// Profession of the contact.
pub const PR_PROFESSION_W: u32 = 0x3A46001F;
/// Name by which the contact prefers to be addressed.
pub const PR_PREFERRED_BY_NAME: u32 = 0x3A47001F;
/// Name by which the contact prefers to be addressed.
pub const PR_PREFERRED_BY_NAME_A: u32 = 0x3A47001E;
/// Name by which the contact prefers to be addressed.
pub const PR_PREFERRED_BY_NAME_W: u32 = 0x3A47001F;
/// Name of the contact's spouse or partner.
pub const PR_SPOUSE_NAME: u32 = 0x3A48001F;
/// Name of the contact's spouse or partner.
pub const PR_SPOUSE_NAME_A: u32 = 0x3A48001E;
/// Name of the contact's spouse or partner.
pub const PR_SPOUSE_NAME_W: u32 = 0x3A48001F;
/// Name of the computer network the contact uses.
pub const PR_COMPUTER_NETWORK_NAME: u32 = 0x3A49001F;
/// Name of the computer network the contact uses.
pub const PR_COMPUTER_NETWORK_NAME_A: u32 = 0x3A49001E;
/// Name of the computer network the contact uses.
pub const PR_COMPUTER_NETWORK_NAME_W: u32 = 0x3A49001F;
/// Customer identifier of the contact.
pub const PR_CUSTOMER_ID: u32 = 0x3A4A001F;
/// Customer identifier of the contact.
pub const PR_CUSTOMER_ID_A: u32 = 0x3A4A001E;
/// Customer identifier of the contact.
pub const PR_CUSTOMER_ID_W: u32 = 0x3A4A001F;
/// Text telephone (TTY/TDD) number of the contact.
pub const PR_TTYTDD_PHONE_NUMBER: u32 = 0x3A4B001F;
/// Text telephone (TTY/TDD) number of the contact.
pub const PR_TTYTDD_PHONE_NUMBER_A: u32 = 0x3A4B001E;
/// Text telephone (TTY/TDD) number of the contact.
pub const PR_TTYTDD_PHONE_NUMBER_W: u32 = 0x3A4B001F;
/// FTP site of the contact.
pub const PR_FTP_SITE: u32 = 0x3A4C001F;
/// FTP site of the contact.
pub const PR_FTP_SITE_A: u32 = 0x3A4C001E;
/// FTP site of the contact.
pub const PR_FTP_SITE_W: u32 = 0x3A4C001F;
/// Gender of the contact: unspecified, female or male. The header declares it `PT_SHORT`, which is `PT_I2`.
pub const PR_GENDER: u32 = 0x3A4D0002;
/// Name of the contact's manager.
pub const PR_MANAGER_NAME: u32 = 0x3A4E001F;
/// Name of the contact's manager.
pub const PR_MANAGER_NAME_A: u32 = 0x3A4E001E;
/// Name of the contact's manager.
pub const PR_MANAGER_NAME_W: u32 = 0x3A4E001F;
/// Nickname of the contact.
pub const PR_NICKNAME: u32 = 0x3A4F001F;
/// Nickname of the contact.
pub const PR_NICKNAME_A: u32 = 0x3A4F001E;
/// Nickname of the contact.
pub const PR_NICKNAME_W: u32 = 0x3A4F001F;
/// Address of the contact's personal web page.
pub const PR_PERSONAL_HOME_PAGE: u32 = 0x3A50001F;
/// Address of the contact's personal web page.
pub const PR_PERSONAL_HOME_PAGE_A: u32 = 0x3A50001E;
/// Address of the contact's personal web page.
pub const PR_PERSONAL_HOME_PAGE_W: u32 = 0x3A50001F;
/// Address of the contact's business web page.
pub const PR_BUSINESS_HOME_PAGE: u32 = 0x3A51001F;
/// Address of the contact's business web page.
pub const PR_BUSINESS_HOME_PAGE_A: u32 = 0x3A51001E;
/// Address of the contact's business web page.
pub const PR_BUSINESS_HOME_PAGE_W: u32 = 0x3A51001F;
/// Version of the contact format.
pub const PR_CONTACT_VERSION: u32 = 0x3A520048;
/// Entry IDs of the contact's additional e-mail addresses.
pub const PR_CONTACT_ENTRYIDS: u32 = 0x3A531102;
/// Address types of the contact's additional e-mail addresses.
pub const PR_CONTACT_ADDRTYPES: u32 = 0x3A54101F;
/// Address types of the contact's additional e-mail addresses.
pub const PR_CONTACT_ADDRTYPES_A: u32 = 0x3A54101E;
/// Address types of the contact's additional e-mail addresses.
pub const PR_CONTACT_ADDRTYPES_W: u32 = 0x3A54101F;
/// Index of the default address in `PR_CONTACT_EMAIL_ADDRESSES`.
pub const PR_CONTACT_DEFAULT_ADDRESS_INDEX: u32 = 0x3A550003;
/// The contact's additional e-mail addresses.
pub const PR_CONTACT_EMAIL_ADDRESSES: u32 = 0x3A56101F;
/// The contact's additional e-mail addresses.
pub const PR_CONTACT_EMAIL_ADDRESSES_A: u32 = 0x3A56101E;
/// The contact's additional e-mail addresses.
pub const PR_CONTACT_EMAIL_ADDRESSES_W: u32 = 0x3A56101F;
/// Main telephone number of the contact's company.
pub const PR_COMPANY_MAIN_PHONE_NUMBER: u32 = 0x3A57001F;
/// Main telephone number of the contact's company.
pub const PR_COMPANY_MAIN_PHONE_NUMBER_A: u32 = 0x3A57001E;
/// Main telephone number of the contact's company.
pub const PR_COMPANY_MAIN_PHONE_NUMBER_W: u32 = 0x3A57001F;
/// Names of the contact's children.
pub const PR_CHILDRENS_NAMES: u32 = 0x3A58101F;
/// Names of the contact's children.
pub const PR_CHILDRENS_NAMES_A: u32 = 0x3A58101E;
/// Names of the contact's children.
pub const PR_CHILDRENS_NAMES_W: u32 = 0x3A58101F;
/// City of the contact's home address.
pub const PR_HOME_ADDRESS_CITY: u32 = 0x3A59001F;
/// City of the contact's home address.
pub const PR_HOME_ADDRESS_CITY_A: u32 = 0x3A59001E;
/// City of the contact's home address.
pub const PR_HOME_ADDRESS_CITY_W: u32 = 0x3A59001F;
/// Country or region of the contact's home address.
pub const PR_HOME_ADDRESS_COUNTRY: u32 = 0x3A5A001F;
/// Country or region of the contact's home address.
pub const PR_HOME_ADDRESS_COUNTRY_A: u32 = 0x3A5A001E;
/// Country or region of the contact's home address.
pub const PR_HOME_ADDRESS_COUNTRY_W: u32 = 0x3A5A001F;
/// Postal code of the contact's home address.
pub const PR_HOME_ADDRESS_POSTAL_CODE: u32 = 0x3A5B001F;
/// Postal code of the contact's home address.
pub const PR_HOME_ADDRESS_POSTAL_CODE_A: u32 = 0x3A5B001E;
/// Postal code of the contact's home address.
pub const PR_HOME_ADDRESS_POSTAL_CODE_W: u32 = 0x3A5B001F;
/// State or province of the contact's home address.
pub const PR_HOME_ADDRESS_STATE_OR_PROVINCE: u32 = 0x3A5C001F;
/// State or province of the contact's home address.
pub const PR_HOME_ADDRESS_STATE_OR_PROVINCE_A: u32 = 0x3A5C001E;
/// State or province of the contact's home address.
pub const PR_HOME_ADDRESS_STATE_OR_PROVINCE_W: u32 = 0x3A5C001F;
/// Street of the contact's home address.
pub const PR_HOME_ADDRESS_STREET: u32 = 0x3A5D001F;
/// Street of the contact's home address.
pub const PR_HOME_ADDRESS_STREET_A: u32 = 0x3A5D001E;
/// Street of the contact's home address.
pub const PR_HOME_ADDRESS_STREET_W: u32 = 0x3A5D001F;
/// Post office box of the contact's home address.
pub const PR_HOME_ADDRESS_POST_OFFICE_BOX: u32 = 0x3A5E001F;
/// Post office box of the contact's home address.
pub const PR_HOME_ADDRESS_POST_OFFICE_BOX_A: u32 = 0x3A5E001E;
/// Post office box of the contact's home address.
pub const PR_HOME_ADDRESS_POST_OFFICE_BOX_W: u32 = 0x3A5E001F;
/// City of the contact's other address.
pub const PR_OTHER_ADDRESS_CITY: u32 = 0x3A5F001F;
/// City of the contact's other address.
pub const PR_OTHER_ADDRESS_CITY_A: u32 = 0x3A5F001E;
/// City of the contact's other address.
pub const PR_OTHER_ADDRESS_CITY_W: u32 = 0x3A5F001F;
/// Country or region of the contact's other address.
pub const PR_OTHER_ADDRESS_COUNTRY: u32 = 0x3A60001F;
/// Country or region of the contact's other address.
pub const PR_OTHER_ADDRESS_COUNTRY_A: u32 = 0x3A60001E;
/// Country or region of the contact's other address.
pub const PR_OTHER_ADDRESS_COUNTRY_W: u32 = 0x3A60001F;
/// Postal code of the contact's other address.
pub const PR_OTHER_ADDRESS_POSTAL_CODE: u32 = 0x3A61001F;
/// Postal code of the contact's other address.
pub const PR_OTHER_ADDRESS_POSTAL_CODE_A: u32 = 0x3A61001E;
/// Postal code of the contact's other address.
pub const PR_OTHER_ADDRESS_POSTAL_CODE_W: u32 = 0x3A61001F;
/// State or province of the contact's other address.
pub const PR_OTHER_ADDRESS_STATE_OR_PROVINCE: u32 = 0x3A62001F;
/// State or province of the contact's other address.
pub const PR_OTHER_ADDRESS_STATE_OR_PROVINCE_A: u32 = 0x3A62001E;
/// State or province of the contact's other address.
pub const PR_OTHER_ADDRESS_STATE_OR_PROVINCE_W: u32 = 0x3A62001F;
/// Street of the contact's other address.
pub const PR_OTHER_ADDRESS_STREET: u32 = 0x3A63001F;
/// Street of the contact's other address.
pub const PR_OTHER_ADDRESS_STREET_A: u32 = 0x3A63001E;
/// Street of the contact's other address.
pub const PR_OTHER_ADDRESS_STREET_W: u32 = 0x3A63001F;
/// Post office box of the contact's other address.
pub const PR_OTHER_ADDRESS_POST_OFFICE_BOX: u32 = 0x3A64001F;
/// Post office box of the contact's other address.
pub const PR_OTHER_ADDRESS_POST_OFFICE_BOX_A: u32 = 0x3A64001E;
/// Post office box of the contact's other address.
pub const PR_OTHER_ADDRESS_POST_OFFICE_BOX_W: u32 = 0x3A64001F;
/// `MAPIUID`s of the profile sections of the message store providers in a service.
pub const PR_STORE_PROVIDERS: u32 = 0x3D000102;
/// `MAPIUID`s of the profile sections of the address book providers in a service.
pub const PR_AB_PROVIDERS: u32 = 0x3D010102;
/// `MAPIUID`s of the profile sections of the transport providers, in transport order.
pub const PR_TRANSPORT_PROVIDERS: u32 = 0x3D020102;
/// TRUE if the profile is the default profile.
pub const PR_DEFAULT_PROFILE: u32 = 0x3D04000B;
/// Entry IDs of the address book containers searched, in order, when resolving names.
pub const PR_AB_SEARCH_PATH: u32 = 0x3D051102;
/// Entry ID of the address book container shown first.
pub const PR_AB_DEFAULT_DIR: u32 = 0x3D060102;
/// Entry ID of the personal address book container.
pub const PR_AB_DEFAULT_PAB: u32 = 0x3D070102;
/// Identifies the spooler hook providers in the profile.
pub const PR_FILTERING_HOOKS: u32 = 0x3D080102;
/// Name of the message service, as in its `MAPISVC.INF` section.
pub const PR_SERVICE_NAME: u32 = 0x3D09001F;
/// Name of the message service, as in its `MAPISVC.INF` section.
pub const PR_SERVICE_NAME_A: u32 = 0x3D09001E;
/// Name of the message service, as in its `MAPISVC.INF` section.
pub const PR_SERVICE_NAME_W: u32 = 0x3D09001F;
/// File name of the DLL that holds the message service entry point.
pub const PR_SERVICE_DLL_NAME: u32 = 0x3D0A001F;
/// File name of the DLL that holds the message service entry point.
pub const PR_SERVICE_DLL_NAME_A: u32 = 0x3D0A001E;
/// File name of the DLL that holds the message service entry point.
pub const PR_SERVICE_DLL_NAME_W: u32 = 0x3D0A001F;
/// Name of the message service entry point function (always 8-bit).
pub const PR_SERVICE_ENTRY_NAME: u32 = 0x3D0B001E;
/// `MAPIUID` of the message service.
pub const PR_SERVICE_UID: u32 = 0x3D0C0102;
/// `MAPIUID`s of additional profile sections the message service uses.
pub const PR_SERVICE_EXTRA_UIDS: u32 = 0x3D0D0102;
/// `MAPIUID`s of the message services in the profile, in order.
pub const PR_SERVICES: u32 = 0x3D0E0102;
/// Files to install with the message service.
pub const PR_SERVICE_SUPPORT_FILES: u32 = 0x3D0F101F;
/// Files to install with the message service.
pub const PR_SERVICE_SUPPORT_FILES_A: u32 = 0x3D0F101E;
/// Files to install with the message service.
pub const PR_SERVICE_SUPPORT_FILES_W: u32 = 0x3D0F101F;
/// Files to delete when the message service is removed.
pub const PR_SERVICE_DELETE_FILES: u32 = 0x3D10101F;
/// Files to delete when the message service is removed.
pub const PR_SERVICE_DELETE_FILES_A: u32 = 0x3D10101E;
/// Files to delete when the message service is removed.
pub const PR_SERVICE_DELETE_FILES_W: u32 = 0x3D10101F;
/// Pending change to the address book search path.
pub const PR_AB_SEARCH_PATH_UPDATE: u32 = 0x3D110102;
/// Name of the profile.
pub const PR_PROFILE_NAME: u32 = 0x3D12001F;
/// Name of the profile.
pub const PR_PROFILE_NAME_A: u32 = 0x3D12001E;
/// Name of the profile.
pub const PR_PROFILE_NAME_W: u32 = 0x3D12001F;
/// Display name of the user a provider is logged on as.
pub const PR_IDENTITY_DISPLAY: u32 = 0x3E00001F;
/// Display name of the user a provider is logged on as.
pub const PR_IDENTITY_DISPLAY_A: u32 = 0x3E00001E;
/// Display name of the user a provider is logged on as.
pub const PR_IDENTITY_DISPLAY_W: u32 = 0x3E00001F;
/// Entry ID of the user a provider is logged on as.
pub const PR_IDENTITY_ENTRYID: u32 = 0x3E010102;
/// `STATUS_*` bits saying which `IMAPIStatus` methods a status object supports.
pub const PR_RESOURCE_METHODS: u32 = 0x3E020003;
/// Kind of resource a status row describes: store, address book, transport, spooler, subsystem and so on.
pub const PR_RESOURCE_TYPE: u32 = 0x3E030003;
/// `STATUS_*` bits giving the state of the resource, such as available, offline or failed.
pub const PR_STATUS_CODE: u32 = 0x3E040003;
/// Search key of the user a provider is logged on as.
pub const PR_IDENTITY_SEARCH_KEY: u32 = 0x3E050102;
/// Entry ID of the message store a transport provider is tightly coupled with.
pub const PR_OWN_STORE_ENTRYID: u32 = 0x3E060102;
/// Path to the files a provider uses.
pub const PR_RESOURCE_PATH: u32 = 0x3E07001F;
/// Path to the files a provider uses.
pub const PR_RESOURCE_PATH_A: u32 = 0x3E07001E;
/// Path to the files a provider uses.
pub const PR_RESOURCE_PATH_W: u32 = 0x3E07001F;
/// Text describing the current status of the resource.
pub const PR_STATUS_STRING: u32 = 0x3E08001F;
/// Text describing the current status of the resource.
pub const PR_STATUS_STRING_A: u32 = 0x3E08001E;
/// Text describing the current status of the resource.
pub const PR_STATUS_STRING_W: u32 = 0x3E08001F;
/// TRUE if the X.400 service can cancel a deferred delivery.
pub const PR_X400_DEFERRED_DELIVERY_CANCEL: u32 = 0x3E09000B;
/// Entry ID of the folder holding message headers that a remote transport downloaded.
pub const PR_HEADER_FOLDER_ENTRYID: u32 = 0x3E0A0102;
/// Progress of a remote transfer, as a number.
pub const PR_REMOTE_PROGRESS: u32 = 0x3E0B0003;
/// Text describing the progress of a remote transfer.
pub const PR_REMOTE_PROGRESS_TEXT: u32 = 0x3E0C001F;
/// Text describing the progress of a remote transfer.
pub const PR_REMOTE_PROGRESS_TEXT_A: u32 = 0x3E0C001E;
/// Text describing the progress of a remote transfer.
pub const PR_REMOTE_PROGRESS_TEXT_W: u32 = 0x3E0C001F;
/// TRUE if a remote viewer may call `IMAPIStatus::ValidateState`.
pub const PR_REMOTE_VALIDATE_OK: u32 = 0x3E0D000B;
/// `DT_*` flags of a display table control, such as editable, required or multiline.
pub const PR_CONTROL_FLAGS: u32 = 0x3F000003;
/// `DTCTL` structure that describes a display table control.
pub const PR_CONTROL_STRUCTURE: u32 = 0x3F010102;
/// `DTCT_*` type of a display table control, such as label, edit box or list box.
pub const PR_CONTROL_TYPE: u32 = 0x3F020003;
/// Width of a display table control.
pub const PR_DELTAX: u32 = 0x3F030003;
/// Height of a display table control.
pub const PR_DELTAY: u32 = 0x3F040003;
/// Horizontal position of a display table control.
pub const PR_XPOS: u32 = 0x3F050003;
/// Vertical position of a display table control.
pub const PR_YPOS: u32 = 0x3F060003;
/// Identifier of a display table control, unique within its table.
pub const PR_CONTROL_ID: u32 = 0x3F070102;
/// Which page of a details dialog to show first.
pub const PR_INITIAL_DETAILS_PANE: u32 = 0x3F080003;
/// SMTP address of the sender of the message.
pub const PR_SENDER_SMTP_ADDRESS: u32 = 0x5D01001F;
/// SMTP address of the sender of the message.
pub const PR_SENDER_SMTP_ADDRESS_A: u32 = 0x5D01001E;
/// SMTP address of the sender of the message.
pub const PR_SENDER_SMTP_ADDRESS_W: u32 = 0x5D01001F;
/// SMTP address of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_SMTP_ADDRESS: u32 = 0x5D02001F;
/// SMTP address of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_SMTP_ADDRESS_A: u32 = 0x5D02001E;
/// SMTP address of the user on whose behalf the message was sent.
pub const PR_SENT_REPRESENTING_SMTP_ADDRESS_W: u32 = 0x5D02001F;
/// SMTP address of the user who received the message.
pub const PR_RECEIVED_BY_SMTP_ADDRESS: u32 = 0x5D07001F;
/// SMTP address of the user who received the message.
pub const PR_RECEIVED_BY_SMTP_ADDRESS_A: u32 = 0x5D07001E;
/// SMTP address of the user who received the message.
pub const PR_RECEIVED_BY_SMTP_ADDRESS_W: u32 = 0x5D07001F;
/// SMTP address of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_SMTP_ADDRESS: u32 = 0x5D08001F;
/// SMTP address of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_SMTP_ADDRESS_A: u32 = 0x5D08001E;
/// SMTP address of the user the receiving delegate represents.
pub const PR_RCVD_REPRESENTING_SMTP_ADDRESS_W: u32 = 0x5D08001F;
/// Lowest property identifier of the range reserved for secure properties.
pub const PROP_ID_SECURE_MIN: crate::ULONG = 0x67F0;
/// Highest property identifier of the range reserved for secure properties.
pub const PROP_ID_SECURE_MAX: crate::ULONG = 0x67FF;

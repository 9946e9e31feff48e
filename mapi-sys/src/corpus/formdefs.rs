// `idl/mapi/formdefs.idl` as Rust, included by `mod.rs`.
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): open.
#[cfg(feature = "forms")]
pub const EXCHIVERB_OPEN: crate::ULONG = 0;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): reserved compose.
#[cfg(feature = "forms")]
pub const EXCHIVERB_RESERVED_COMPOSE: crate::ULONG = 0x64;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): reserved open.
#[cfg(feature = "forms")]
pub const EXCHIVERB_RESERVED_OPEN: crate::ULONG = 0x65;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): replytosender.
#[cfg(feature = "forms")]
pub const EXCHIVERB_REPLYTOSENDER: crate::ULONG = 0x66;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): replytoall.
#[cfg(feature = "forms")]
pub const EXCHIVERB_REPLYTOALL: crate::ULONG = 0x67;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): forward.
#[cfg(feature = "forms")]
pub const EXCHIVERB_FORWARD: crate::ULONG = 0x68;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): print.
#[cfg(feature = "forms")]
pub const EXCHIVERB_PRINT: crate::ULONG = 0x69;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): saveas.
#[cfg(feature = "forms")]
pub const EXCHIVERB_SAVEAS: crate::ULONG = 0x6A;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): reserved delivery.
#[cfg(feature = "forms")]
pub const EXCHIVERB_RESERVED_DELIVERY: crate::ULONG = 0x6B;
/// A verb of Exchange interpersonal message forms (`IMAPIForm::DoVerb`): replytofolder.
#[cfg(feature = "forms")]
pub const EXCHIVERB_REPLYTOFOLDER: crate::ULONG = 0x6C;
/// The named property id of a form's operation map, a string of one verb code per `ichOpMap*` index.
#[cfg(feature = "forms")]
pub const lidOpMap: crate::ULONG = 1;
/// An index into the operation map (`lidOpMap`) of a form: reserved compose.
#[cfg(feature = "forms")]
pub const ichOpMapReservedCompose: crate::ULONG = 0;
/// An index into the operation map (`lidOpMap`) of a form: open.
#[cfg(feature = "forms")]
pub const ichOpMapOpen: crate::ULONG = 1;
/// An index into the operation map (`lidOpMap`) of a form: reply to sender.
#[cfg(feature = "forms")]
pub const ichOpMapReplyToSender: crate::ULONG = 2;
/// An index into the operation map (`lidOpMap`) of a form: reply to all.
#[cfg(feature = "forms")]
pub const ichOpMapReplyToAll: crate::ULONG = 3;
/// An index into the operation map (`lidOpMap`) of a form: forward.
#[cfg(feature = "forms")]
pub const ichOpMapForward: crate::ULONG = 4;
/// An index into the operation map (`lidOpMap`) of a form: print.
#[cfg(feature = "forms")]
pub const ichOpMapPrint: crate::ULONG = 5;
/// An index into the operation map (`lidOpMap`) of a form: save as.
#[cfg(feature = "forms")]
pub const ichOpMapSaveAs: crate::ULONG = 6;
/// An index into the operation map (`lidOpMap`) of a form: reserved delivery.
#[cfg(feature = "forms")]
pub const ichOpMapReservedDelivery: crate::ULONG = 7;
/// An index into the operation map (`lidOpMap`) of a form: reply to folder.
#[cfg(feature = "forms")]
pub const ichOpMapReplyToFolder: crate::ULONG = 8;

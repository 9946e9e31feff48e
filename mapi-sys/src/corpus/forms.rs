// `idl/mapi/forms.idl` as Rust, included by `mod.rs`.
/// A form library (form registry) a form manager can open: one of the
/// `HFRMREG_*` values, or a value of the form library provider's own.
#[cfg(feature = "forms")]
pub type HFRMREG = crate::ULONG;
/// Print settings a form viewer gives a form (`IMAPIViewContext::GetPrintSetup`).
///
/// The viewer allocates the structure with `MAPIAllocateBuffer` and the two
/// handles with `GlobalAlloc`; the form frees the handles with `GlobalFree`
/// and the structure with `MAPIFreeBuffer`.
#[cfg(feature = "forms")]
pub type LPFORMPRINTSETUP = *mut FORMPRINTSETUP;
/// One value of an enumerated form property and the name shown for it.
#[cfg(feature = "forms")]
pub type LPMAPIFORMPROPENUMVAL = *mut SMAPIFormPropEnumVal;
/// What the `u` member of an `SMAPIFormProp` holds: `FPST_VANILLA` or `FPST_ENUM_PROP`.
#[cfg(feature = "forms")]
pub type FORMPROPSPECIALTYPE = crate::ULONG;
/// A named property a form uses.
#[cfg(feature = "forms")]
pub type LPMAPIFORMPROP = *mut SMAPIFormProp;
/// The named properties a form, or a set of forms, uses.
#[cfg(feature = "forms")]
pub type LPMAPIFORMPROPARRAY = *mut SMAPIFormPropArray;
/// A verb of a form: an action the form offers, passed to `IMAPIForm::DoVerb`.
#[cfg(feature = "forms")]
pub type LPMAPIVERB = *mut SMAPIVerb;
/// The verbs of a form, in index order.
#[cfg(feature = "forms")]
pub type LPMAPIVERBARRAY = *mut SMAPIVerbArray;
/// A counted array of message class names. Message class names are always
/// 8-bit strings.
#[cfg(feature = "forms")]
pub type LPSMESSAGECLASSARRAY = *mut SMessageClassArray;
/// A counted array of form information objects.
#[cfg(feature = "forms")]
pub type LPSMAPIFORMINFOARRAY = *mut SMAPIFormInfoArray;
/// Pointer to an `IPersistMessage` interface.
#[cfg(feature = "forms")]
pub type LPPERSISTMESSAGE = *mut IPersistMessage;
/// Pointer to an `IMAPIMessageSite` interface.
#[cfg(feature = "forms")]
pub type LPMAPIMESSAGESITE = *mut IMAPIMessageSite;
/// Pointer to an `IMAPIViewAdviseSink` interface.
#[cfg(feature = "forms")]
pub type LPMAPIVIEWADVISESINK = *mut IMAPIViewAdviseSink;
/// Pointer to an `IMAPIForm` interface.
#[cfg(feature = "forms")]
pub type LPMAPIFORM = *mut IMAPIForm;
/// Pointer to an `IMAPIViewContext` interface.
#[cfg(feature = "forms")]
pub type LPMAPIVIEWCONTEXT = *mut IMAPIViewContext;
/// Pointer to an `IMAPIFormAdviseSink` interface.
#[cfg(feature = "forms")]
pub type LPMAPIFORMADVISESINK = *mut IMAPIFormAdviseSink;
/// Pointer to an `IMAPIFormInfo` interface.
#[cfg(feature = "forms")]
pub type LPMAPIFORMINFO = *mut IMAPIFormInfo;
/// Pointer to an `IMAPIFormMgr` interface.
#[cfg(feature = "forms")]
pub type LPMAPIFORMMGR = *mut IMAPIFormMgr;
/// Pointer to an `IMAPIFormContainer` interface.
#[cfg(feature = "forms")]
pub type LPMAPIFORMCONTAINER = *mut IMAPIFormContainer;
/// Pointer to an `IMAPIFormFactory` interface.
#[cfg(feature = "forms")]
pub type LPMAPIFORMFACTORY = *mut IMAPIFormFactory;
/// Print settings a form viewer gives a form (`IMAPIViewContext::GetPrintSetup`).
///
/// The viewer allocates the structure with `MAPIAllocateBuffer` and the two
/// handles with `GlobalAlloc`; the form frees the handles with `GlobalFree`
/// and the structure with `MAPIFreeBuffer`.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FORMPRINTSETUP {
    /// 0 or `MAPI_UNICODE`: the character set of the strings the handles hold.
    pub ulFlags: crate::ULONG,
    /// A global memory handle to the printer's `DEVMODE`.
    pub hDevMode: crate::HGLOBAL,
    /// A global memory handle to the printer's `DEVNAMES` (driver, device and port).
    pub hDevNames: crate::HGLOBAL,
    /// The number of the first page to print.
    pub ulFirstPageNumber: crate::ULONG,
    /// 1 when attachments are to be printed too, 0 otherwise.
    pub fPrintAttachments: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FORMPRINTSETUP>() == 32);
    assert!(::core::mem::align_of::<FORMPRINTSETUP>() == 8);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, ulFlags) == 0);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, hDevMode) == 8);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, hDevNames) == 16);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, ulFirstPageNumber) == 24);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, fPrintAttachments) == 28);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FORMPRINTSETUP>() == 20);
    assert!(::core::mem::align_of::<FORMPRINTSETUP>() == 4);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, ulFlags) == 0);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, hDevMode) == 4);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, hDevNames) == 8);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, ulFirstPageNumber) == 12);
    assert!(::core::mem::offset_of!(FORMPRINTSETUP, fPrintAttachments) == 16);
};
/// One value of an enumerated form property and the name shown for it.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIFormPropEnumVal {
    /// The name shown for the value (Unicode when the array was asked for with `MAPI_UNICODE`).
    pub pszDisplayName: crate::LPTSTR,
    /// The value stored in the property when the user picks this name.
    pub nVal: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormPropEnumVal>() == 16);
    assert!(::core::mem::align_of::<SMAPIFormPropEnumVal>() == 8);
    assert!(::core::mem::offset_of!(SMAPIFormPropEnumVal, pszDisplayName) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormPropEnumVal, nVal) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormPropEnumVal>() == 8);
    assert!(::core::mem::align_of::<SMAPIFormPropEnumVal>() == 4);
    assert!(::core::mem::offset_of!(SMAPIFormPropEnumVal, pszDisplayName) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormPropEnumVal, nVal) == 4);
};
/// A named property a form uses.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIFormProp {
    /// 0 or `MAPI_UNICODE`: the character set of the strings.
    pub ulFlags: crate::ULONG,
    /// The property type (`PT_*`); the high word is zero.
    pub nPropType: crate::ULONG,
    /// The property's name: its property set and its numeric or string name.
    pub nmid: crate::MAPINAMEID,
    /// The name shown for the property.
    pub pszDisplayName: crate::LPTSTR,
    /// `FPST_VANILLA` or `FPST_ENUM_PROP`: what `u` holds.
    pub nSpecialType: FORMPROPSPECIALTYPE,
    /// Extra data for enumerated properties.
    pub u: SMAPIFormProp_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormProp>() == 88);
    assert!(::core::mem::align_of::<SMAPIFormProp>() == 8);
    assert!(::core::mem::offset_of!(SMAPIFormProp, ulFlags) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormProp, nPropType) == 4);
    assert!(::core::mem::offset_of!(SMAPIFormProp, nmid) == 8);
    assert!(::core::mem::offset_of!(SMAPIFormProp, pszDisplayName) == 32);
    assert!(::core::mem::offset_of!(SMAPIFormProp, nSpecialType) == 40);
    assert!(::core::mem::offset_of!(SMAPIFormProp, u) == 48);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormProp>() == 48);
    assert!(::core::mem::align_of::<SMAPIFormProp>() == 4);
    assert!(::core::mem::offset_of!(SMAPIFormProp, ulFlags) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormProp, nPropType) == 4);
    assert!(::core::mem::offset_of!(SMAPIFormProp, nmid) == 8);
    assert!(::core::mem::offset_of!(SMAPIFormProp, pszDisplayName) == 20);
    assert!(::core::mem::offset_of!(SMAPIFormProp, nSpecialType) == 24);
    assert!(::core::mem::offset_of!(SMAPIFormProp, u) == 28);
};
/// Extra data for enumerated properties.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub union SMAPIFormProp_0 {
    /// The values of an enumerated property (`FPST_ENUM_PROP`).
    pub s1: SMAPIFormProp_0_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormProp_0>() == 40);
    assert!(::core::mem::align_of::<SMAPIFormProp_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormProp_0>() == 20);
    assert!(::core::mem::align_of::<SMAPIFormProp_0>() == 4);
};
/// The values of an enumerated property (`FPST_ENUM_PROP`).
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIFormProp_0_0 {
    /// The name of the property holding the index of the chosen value.
    pub nmidIdx: crate::MAPINAMEID,
    /// The number of values at `pfpevAvailable`.
    pub cfpevAvailable: crate::ULONG,
    /// The values and their names.
    pub pfpevAvailable: LPMAPIFORMPROPENUMVAL,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormProp_0_0>() == 40);
    assert!(::core::mem::align_of::<SMAPIFormProp_0_0>() == 8);
    assert!(::core::mem::offset_of!(SMAPIFormProp_0_0, nmidIdx) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormProp_0_0, cfpevAvailable) == 24);
    assert!(::core::mem::offset_of!(SMAPIFormProp_0_0, pfpevAvailable) == 32);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormProp_0_0>() == 20);
    assert!(::core::mem::align_of::<SMAPIFormProp_0_0>() == 4);
    assert!(::core::mem::offset_of!(SMAPIFormProp_0_0, nmidIdx) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormProp_0_0, cfpevAvailable) == 12);
    assert!(::core::mem::offset_of!(SMAPIFormProp_0_0, pfpevAvailable) == 16);
};
/// The named properties a form, or a set of forms, uses.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIFormPropArray {
    /// The number of properties.
    pub cProps: crate::ULONG,
    /// Padding that keeps the array 8-byte aligned.
    pub ulPad: crate::ULONG,
    /// The properties (the array really holds `cProps` entries).
    pub aFormProp: [SMAPIFormProp; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormPropArray>() == 96);
    assert!(::core::mem::align_of::<SMAPIFormPropArray>() == 8);
    assert!(::core::mem::offset_of!(SMAPIFormPropArray, cProps) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormPropArray, ulPad) == 4);
    assert!(::core::mem::offset_of!(SMAPIFormPropArray, aFormProp) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormPropArray>() == 56);
    assert!(::core::mem::align_of::<SMAPIFormPropArray>() == 4);
    assert!(::core::mem::offset_of!(SMAPIFormPropArray, cProps) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormPropArray, ulPad) == 4);
    assert!(::core::mem::offset_of!(SMAPIFormPropArray, aFormProp) == 8);
};
/// A verb of a form: an action the form offers, passed to `IMAPIForm::DoVerb`.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIVerb {
    /// The verb's number, as `IMAPIForm::DoVerb` takes it.
    pub lVerb: crate::LONG,
    /// The verb's name as the form's menu shows it.
    pub szVerbname: crate::LPTSTR,
    /// Menu flags of the verb (`MF_*` of `AppendMenu`).
    pub fuFlags: crate::DWORD,
    /// Attributes of the verb (`OLEVERBATTRIB_*`).
    pub grfAttribs: crate::DWORD,
    /// 0 or `MAPI_UNICODE`: the character set of `szVerbname`.
    pub ulFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIVerb>() == 32);
    assert!(::core::mem::align_of::<SMAPIVerb>() == 8);
    assert!(::core::mem::offset_of!(SMAPIVerb, lVerb) == 0);
    assert!(::core::mem::offset_of!(SMAPIVerb, szVerbname) == 8);
    assert!(::core::mem::offset_of!(SMAPIVerb, fuFlags) == 16);
    assert!(::core::mem::offset_of!(SMAPIVerb, grfAttribs) == 20);
    assert!(::core::mem::offset_of!(SMAPIVerb, ulFlags) == 24);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIVerb>() == 20);
    assert!(::core::mem::align_of::<SMAPIVerb>() == 4);
    assert!(::core::mem::offset_of!(SMAPIVerb, lVerb) == 0);
    assert!(::core::mem::offset_of!(SMAPIVerb, szVerbname) == 4);
    assert!(::core::mem::offset_of!(SMAPIVerb, fuFlags) == 8);
    assert!(::core::mem::offset_of!(SMAPIVerb, grfAttribs) == 12);
    assert!(::core::mem::offset_of!(SMAPIVerb, ulFlags) == 16);
};
/// The verbs of a form, in index order.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIVerbArray {
    /// The number of verbs.
    pub cMAPIVerb: crate::ULONG,
    /// The verbs (the array really holds `cMAPIVerb` entries).
    pub aMAPIVerb: [SMAPIVerb; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIVerbArray>() == 40);
    assert!(::core::mem::align_of::<SMAPIVerbArray>() == 8);
    assert!(::core::mem::offset_of!(SMAPIVerbArray, cMAPIVerb) == 0);
    assert!(::core::mem::offset_of!(SMAPIVerbArray, aMAPIVerb) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIVerbArray>() == 24);
    assert!(::core::mem::align_of::<SMAPIVerbArray>() == 4);
    assert!(::core::mem::offset_of!(SMAPIVerbArray, cMAPIVerb) == 0);
    assert!(::core::mem::offset_of!(SMAPIVerbArray, aMAPIVerb) == 4);
};
/// A counted array of message class names. Message class names are always
/// 8-bit strings.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMessageClassArray {
    /// The number of names.
    pub cValues: crate::ULONG,
    /// The names (the array really holds `cValues` entries).
    pub aMessageClass: [crate::LPCSTR; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMessageClassArray>() == 16);
    assert!(::core::mem::align_of::<SMessageClassArray>() == 8);
    assert!(::core::mem::offset_of!(SMessageClassArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SMessageClassArray, aMessageClass) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMessageClassArray>() == 8);
    assert!(::core::mem::align_of::<SMessageClassArray>() == 4);
    assert!(::core::mem::offset_of!(SMessageClassArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SMessageClassArray, aMessageClass) == 4);
};
/// A counted array of form information objects.
#[cfg(feature = "forms")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SMAPIFormInfoArray {
    /// The number of entries.
    pub cForms: crate::ULONG,
    /// The form information objects (the array really holds `cForms`
    /// entries); an entry is null for a message class that resolved to no
    /// form.
    pub aFormInfo: [LPMAPIFORMINFO; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormInfoArray>() == 16);
    assert!(::core::mem::align_of::<SMAPIFormInfoArray>() == 8);
    assert!(::core::mem::offset_of!(SMAPIFormInfoArray, cForms) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormInfoArray, aFormInfo) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SMAPIFormInfoArray>() == 8);
    assert!(::core::mem::align_of::<SMAPIFormInfoArray>() == 4);
    assert!(::core::mem::offset_of!(SMAPIFormInfoArray, cForms) == 0);
    assert!(::core::mem::offset_of!(SMAPIFormInfoArray, aFormInfo) == 4);
};
/// `HFRMREG`: whichever form library is most convenient.
#[cfg(feature = "forms")]
pub const HFRMREG_DEFAULT: crate::ULONG = 0;
/// `HFRMREG`: the local form library, on the user's computer.
#[cfg(feature = "forms")]
pub const HFRMREG_LOCAL: crate::ULONG = 1;
/// `HFRMREG`: the personal form library, in the default message store.
#[cfg(feature = "forms")]
pub const HFRMREG_PERSONAL: crate::ULONG = 2;
/// `HFRMREG`: the form library of a folder (the folder is passed beside it).
#[cfg(feature = "forms")]
pub const HFRMREG_FOLDER: crate::ULONG = 3;
/// `IMAPIViewContext::GetSaveStream`: save the message as plain text.
#[cfg(feature = "forms")]
pub const SAVE_FORMAT_TEXT: crate::ULONG = 1;
/// `IMAPIViewContext::GetSaveStream`: save the message as RTF.
#[cfg(feature = "forms")]
pub const SAVE_FORMAT_RICHTEXT: crate::ULONG = 2;
/// View status: there is a next message in the view.
#[cfg(feature = "forms")]
pub const VCSTATUS_NEXT: crate::ULONG = 1;
/// View status: there is a previous message in the view.
#[cfg(feature = "forms")]
pub const VCSTATUS_PREV: crate::ULONG = 2;
/// View status: the form is modal to the viewer's window.
#[cfg(feature = "forms")]
pub const VCSTATUS_MODAL: crate::ULONG = 4;
/// View status: the form may show a user interface; without it the form
/// shows none, even for verbs that normally do.
#[cfg(feature = "forms")]
pub const VCSTATUS_INTERACTIVE: crate::ULONG = 8;
/// View status: the message is read-only; deleting, submitting and moving
/// it are disabled.
#[cfg(feature = "forms")]
pub const VCSTATUS_READONLY: crate::ULONG = 0x10;
/// Site or view status: the message can be deleted.
#[cfg(feature = "forms")]
pub const VCSTATUS_DELETE: crate::ULONG = 0x10000;
/// Site status: the message can be copied.
#[cfg(feature = "forms")]
pub const VCSTATUS_COPY: crate::ULONG = 0x20000;
/// Site status: the message can be moved.
#[cfg(feature = "forms")]
pub const VCSTATUS_MOVE: crate::ULONG = 0x40000;
/// Site status: the message can be submitted.
#[cfg(feature = "forms")]
pub const VCSTATUS_SUBMIT: crate::ULONG = 0x80000;
/// Site status: deleting the message moves it to the Deleted Items folder
/// of its store instead of removing it.
#[cfg(feature = "forms")]
pub const VCSTATUS_DELETE_IS_MOVE: crate::ULONG = 0x100000;
/// Site status: the message can be saved.
#[cfg(feature = "forms")]
pub const VCSTATUS_SAVE: crate::ULONG = 0x200000;
/// Site status: a new message can be created.
#[cfg(feature = "forms")]
pub const VCSTATUS_NEW_MESSAGE: crate::ULONG = 0x400000;
/// `IMAPIViewContext::ActivateNext`: go to the next message of the view.
#[cfg(feature = "forms")]
pub const VCDIR_NEXT: crate::ULONG = 1;
/// `IMAPIViewContext::ActivateNext`: go to the previous message of the view.
#[cfg(feature = "forms")]
pub const VCDIR_PREV: crate::ULONG = 2;
/// `IMAPIViewContext::ActivateNext`: the current message was deleted.
#[cfg(feature = "forms")]
pub const VCDIR_DELETE: crate::ULONG = 0x10000;
/// `IMAPIViewContext::ActivateNext`: the current message was moved.
#[cfg(feature = "forms")]
pub const VCDIR_MOVE: crate::ULONG = 0x40000;
/// `FORMPROPSPECIALTYPE`: a plain property; `u` holds nothing.
#[cfg(feature = "forms")]
pub const FPST_VANILLA: crate::ULONG = 0;
/// `FORMPROPSPECIALTYPE`: an enumerated property; `u.s1` lists its values.
#[cfg(feature = "forms")]
pub const FPST_ENUM_PROP: crate::ULONG = 1;
/// `IMAPIFormMgr::SelectFormContainer`: choose from every form library.
#[cfg(feature = "forms")]
pub const MAPIFORM_SELECT_ALL_REGISTRIES: crate::ULONG = 0;
/// `IMAPIFormMgr::SelectFormContainer`: choose from folder form libraries only.
#[cfg(feature = "forms")]
pub const MAPIFORM_SELECT_FOLDER_REGISTRY_ONLY: crate::ULONG = 1;
/// `IMAPIFormMgr::SelectFormContainer`: choose from libraries not tied to a folder only.
#[cfg(feature = "forms")]
pub const MAPIFORM_SELECT_NON_FOLDER_REGISTRY_ONLY: crate::ULONG = 2;
/// `CalcFormPropSet`: return the properties every form uses.
#[cfg(feature = "forms")]
pub const FORMPROPSET_UNION: crate::ULONG = 0;
/// `CalcFormPropSet`: return the properties all the forms have in common.
#[cfg(feature = "forms")]
pub const FORMPROPSET_INTERSECTION: crate::ULONG = 1;
/// Resolving message classes: accept only a form for exactly this class,
/// never one for a base class.
#[cfg(feature = "forms")]
pub const MAPIFORM_EXACTMATCH: crate::ULONG = 0x20;
/// `IMAPIFormContainer::InstallForm`: show a dialog box (`MAPI_DIALOG`).
#[cfg(feature = "forms")]
pub const MAPIFORM_INSTALL_DIALOG: crate::ULONG = 8;
/// `IMAPIFormContainer::InstallForm`: replace a form already installed for
/// the same message class instead of merging with it.
#[cfg(feature = "forms")]
pub const MAPIFORM_INSTALL_OVERWRITEONCONFLICT: crate::ULONG = 0x10;
/// `PR_FORM_MESSAGE_BEHAVIOR`: messages of the form behave as interpersonal messages.
#[cfg(feature = "forms")]
pub const MAPI_MESSAGE_BEHAVIOR_IPM: crate::ULONG = 0;
/// `PR_FORM_MESSAGE_BEHAVIOR`: messages of the form behave as folders.
#[cfg(feature = "forms")]
pub const MAPI_MESSAGE_BEHAVIOR_FOLDER: crate::ULONG = 1;
/// Form platform: Intel x86.
#[cfg(feature = "forms")]
pub const MAPIFORM_CPU_X86: crate::ULONG = 1;
/// Form platform: MIPS.
#[cfg(feature = "forms")]
pub const MAPIFORM_CPU_MIP: crate::ULONG = 2;
/// Form platform: DEC Alpha.
#[cfg(feature = "forms")]
pub const MAPIFORM_CPU_AXP: crate::ULONG = 3;
/// Form platform: PowerPC.
#[cfg(feature = "forms")]
pub const MAPIFORM_CPU_PPC: crate::ULONG = 4;
/// Form platform: Motorola 68000.
#[cfg(feature = "forms")]
pub const MAPIFORM_CPU_M68: crate::ULONG = 5;
/// Form platform: x64.
#[cfg(feature = "forms")]
pub const MAPIFORM_CPU_X64: crate::ULONG = 6;
/// Form platform: Windows 3.1.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_WIN_31: crate::ULONG = 1;
/// Form platform: Windows NT 3.5.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_WINNT_35: crate::ULONG = 2;
/// Form platform: Windows 95.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_WIN_95: crate::ULONG = 3;
/// Form platform: Macintosh System 7.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_MAC_7x: crate::ULONG = 4;
/// Form platform: Windows NT 4.0.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_WINNT_40: crate::ULONG = 5;
/// Form platform: Windows 2000.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_WINNT_50: crate::ULONG = 6;
/// Form platform: Windows Vista.
#[cfg(feature = "forms")]
pub const MAPIFORM_OS_WINNT_60: crate::ULONG = 7;
/// Save the form's data if it changed since the last save; without a
/// user interface the form may treat it as `SAVEOPTS_NOSAVE`.
#[cfg(feature = "forms")]
pub const SAVEOPTS_SAVEIFDIRTY: u32 = 0;
/// Do not save.
#[cfg(feature = "forms")]
pub const SAVEOPTS_NOSAVE: u32 = 1;
/// Ask the user whether to save changed data.
#[cfg(feature = "forms")]
pub const SAVEOPTS_PROMPTSAVE: u32 = 2;
/// The `PR_MESSAGE_FLAGS` bits a form or viewer passes along with a
/// message (`ulMessageFlags`).
///
/// Unlisted bits are kept: the value is a copy of the property.
#[cfg(feature = "forms")]
pub type FormMessageFlags = crate::Flags<FormMessageFlagsGroup>;
/// The group of [`FormMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum FormMessageFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for FormMessageFlagsGroup {
    const IN_MASK: u32 = 0x000003FF;
    const OUT_MASK: u32 = 0x000003FF;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MSGFLAG_READ", 0x00000001),
        ("MSGFLAG_UNMODIFIED", 0x00000002),
        ("MSGFLAG_SUBMIT", 0x00000004),
        ("MSGFLAG_UNSENT", 0x00000008),
        ("MSGFLAG_HASATTACH", 0x00000010),
        ("MSGFLAG_FROMME", 0x00000020),
        ("MSGFLAG_ASSOCIATED", 0x00000040),
        ("MSGFLAG_RESEND", 0x00000080),
        ("MSGFLAG_RN_PENDING", 0x00000100),
        ("MSGFLAG_NRN_PENDING", 0x00000200),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<FormMessageFlagsGroup> {
    /// The message has been read.
    ///
    /// `MSGFLAG_READ` (`0x1`), valid on input and output.
    pub const READ: Self = Self::from_bits_retain(0x00000001);
    /// The message has not been changed since it was delivered.
    ///
    /// `MSGFLAG_UNMODIFIED` (`0x2`), valid on input and output.
    pub const UNMODIFIED: Self = Self::from_bits_retain(0x00000002);
    /// The message is marked for sending.
    ///
    /// `MSGFLAG_SUBMIT` (`0x4`), valid on input and output.
    pub const SUBMIT: Self = Self::from_bits_retain(0x00000004);
    /// The message is still being composed.
    ///
    /// `MSGFLAG_UNSENT` (`0x8`), valid on input and output.
    pub const UNSENT: Self = Self::from_bits_retain(0x00000008);
    /// The message has attachments.
    ///
    /// `MSGFLAG_HASATTACH` (`0x10`), valid on input and output.
    pub const HASATTACH: Self = Self::from_bits_retain(0x00000010);
    /// The message's sender is the user.
    ///
    /// `MSGFLAG_FROMME` (`0x20`), valid on input and output.
    pub const FROMME: Self = Self::from_bits_retain(0x00000020);
    /// The message is an associated (hidden) message.
    ///
    /// `MSGFLAG_ASSOCIATED` (`0x40`), valid on input and output.
    pub const ASSOCIATED: Self = Self::from_bits_retain(0x00000040);
    /// The message is being resent after a delivery failure.
    ///
    /// `MSGFLAG_RESEND` (`0x80`), valid on input and output.
    pub const RESEND: Self = Self::from_bits_retain(0x00000080);
    /// A read report is pending.
    ///
    /// `MSGFLAG_RN_PENDING` (`0x100`), valid on input and output.
    pub const RN_PENDING: Self = Self::from_bits_retain(0x00000100);
    /// A nonread report is pending.
    ///
    /// `MSGFLAG_NRN_PENDING` (`0x200`), valid on input and output.
    pub const NRN_PENDING: Self = Self::from_bits_retain(0x00000200);
}
/// The `PR_MSG_STATUS` bits a form or viewer passes along with a message
/// (`ulMessageStatus`).
///
/// Bits 16 to 31 belong to the client or provider, so unlisted bits are
/// kept.
#[cfg(feature = "forms")]
pub type FormMessageStatusFlags = crate::Flags<FormMessageStatusFlagsGroup>;
/// The group of [`FormMessageStatusFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum FormMessageStatusFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for FormMessageStatusFlagsGroup {
    const IN_MASK: u32 = 0x0000300F;
    const OUT_MASK: u32 = 0x0000300F;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MSGSTATUS_HIGHLIGHTED", 0x00000001),
        ("MSGSTATUS_TAGGED", 0x00000002),
        ("MSGSTATUS_HIDDEN", 0x00000004),
        ("MSGSTATUS_DELMARKED", 0x00000008),
        ("MSGSTATUS_REMOTE_DOWNLOAD", 0x00001000),
        ("MSGSTATUS_REMOTE_DELETE", 0x00002000),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<FormMessageStatusFlagsGroup> {
    /// The message is shown highlighted.
    ///
    /// `MSGSTATUS_HIGHLIGHTED` (`0x1`), valid on input and output.
    pub const HIGHLIGHTED: Self = Self::from_bits_retain(0x00000001);
    /// The message is tagged for a purpose of the client's own.
    ///
    /// `MSGSTATUS_TAGGED` (`0x2`), valid on input and output.
    pub const TAGGED: Self = Self::from_bits_retain(0x00000002);
    /// The message is not to be shown.
    ///
    /// `MSGSTATUS_HIDDEN` (`0x4`), valid on input and output.
    pub const HIDDEN: Self = Self::from_bits_retain(0x00000004);
    /// The message is marked for deletion.
    ///
    /// `MSGSTATUS_DELMARKED` (`0x8`), valid on input and output.
    pub const DELMARKED: Self = Self::from_bits_retain(0x00000008);
    /// The message is marked for download from the remote store.
    ///
    /// `MSGSTATUS_REMOTE_DOWNLOAD` (`0x1000`), valid on input and output.
    pub const REMOTE_DOWNLOAD: Self = Self::from_bits_retain(0x00001000);
    /// The message is marked for deletion on the remote store.
    ///
    /// `MSGSTATUS_REMOTE_DELETE` (`0x2000`), valid on input and output.
    pub const REMOTE_DELETE: Self = Self::from_bits_retain(0x00002000);
}
/// The status of a form viewer: `IMAPIViewContext::GetViewStatus` returns
/// it and `IMAPIFormAdviseSink::OnChange` reports changes to it.
///
/// The reference pages also list `VCSTATUS_CATEGORY` (a next or previous
/// message in another category) and `VCSTATUS_UNREAD` (a next or previous
/// unread message), which no header defines; unlisted bits are kept.
#[cfg(feature = "forms")]
pub type MAPIViewStatusFlags = crate::Flags<MAPIViewStatusFlagsGroup>;
/// The group of [`MAPIViewStatusFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIViewStatusFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIViewStatusFlagsGroup {
    const IN_MASK: u32 = 0x0001001F;
    const OUT_MASK: u32 = 0x0001001F;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("VCSTATUS_NEXT", 0x00000001),
        ("VCSTATUS_PREV", 0x00000002),
        ("VCSTATUS_MODAL", 0x00000004),
        ("VCSTATUS_INTERACTIVE", 0x00000008),
        ("VCSTATUS_READONLY", 0x00000010),
        ("VCSTATUS_DELETE", 0x00010000),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIViewStatusFlagsGroup> {
    /// There is a next message in the view.
    ///
    /// `VCSTATUS_NEXT` (`0x1`), valid on input and output.
    pub const NEXT: Self = Self::from_bits_retain(0x00000001);
    /// There is a previous message in the view.
    ///
    /// `VCSTATUS_PREV` (`0x2`), valid on input and output.
    pub const PREV: Self = Self::from_bits_retain(0x00000002);
    /// The form is modal to the viewer. Fixed for the life of a view context.
    ///
    /// `VCSTATUS_MODAL` (`0x4`), valid on input and output.
    pub const MODAL: Self = Self::from_bits_retain(0x00000004);
    /// The form may show a user interface. Fixed for the life of a view context.
    ///
    /// `VCSTATUS_INTERACTIVE` (`0x8`), valid on input and output.
    pub const INTERACTIVE: Self = Self::from_bits_retain(0x00000008);
    /// The message is read-only: deleting, submitting and moving it are disabled.
    ///
    /// `VCSTATUS_READONLY` (`0x10`), valid on input and output.
    pub const READONLY: Self = Self::from_bits_retain(0x00000010);
    /// The viewer lets the form remove messages.
    ///
    /// `VCSTATUS_DELETE` (`0x10000`), valid on input and output.
    pub const DELETE: Self = Self::from_bits_retain(0x00010000);
}
/// Flags of `IPersistMessage::GetLastError`.
#[cfg(feature = "forms")]
pub type PersistMessageGetLastErrorFlags = crate::Flags<
    PersistMessageGetLastErrorFlagsGroup,
>;
/// The group of [`PersistMessageGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum PersistMessageGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for PersistMessageGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<PersistMessageGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIMessageSite::GetLastError`.
#[cfg(feature = "forms")]
pub type MAPIMessageSiteGetLastErrorFlags = crate::Flags<
    MAPIMessageSiteGetLastErrorFlagsGroup,
>;
/// The group of [`MAPIMessageSiteGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIMessageSiteGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIMessageSiteGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIMessageSiteGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIMessageSite::SubmitMessage`.
#[cfg(feature = "forms")]
pub type MAPIMessageSiteSubmitMessageFlags = crate::Flags<
    MAPIMessageSiteSubmitMessageFlagsGroup,
>;
/// The group of [`MAPIMessageSiteSubmitMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIMessageSiteSubmitMessageFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIMessageSiteSubmitMessageFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("FORCE_SUBMIT", 0x00000001)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIMessageSiteSubmitMessageFlagsGroup> {
    /// Submit the message even if it cannot be sent at once.
    ///
    /// `FORCE_SUBMIT` (`0x1`), valid on input.
    pub const FORCE_SUBMIT: Self = Self::from_bits_retain(0x00000001);
}
/// What a message site can do with the current message, as
/// `IMAPIMessageSite::GetSiteStatus` returns it.
#[cfg(feature = "forms")]
pub type MAPIMessageSiteGetSiteStatusFlags = crate::Flags<
    MAPIMessageSiteGetSiteStatusFlagsGroup,
>;
/// The group of [`MAPIMessageSiteGetSiteStatusFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIMessageSiteGetSiteStatusFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIMessageSiteGetSiteStatusFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x007F0000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("VCSTATUS_COPY", 0x00020000),
        ("VCSTATUS_DELETE", 0x00010000),
        ("VCSTATUS_DELETE_IS_MOVE", 0x00100000),
        ("VCSTATUS_MOVE", 0x00040000),
        ("VCSTATUS_NEW_MESSAGE", 0x00400000),
        ("VCSTATUS_SAVE", 0x00200000),
        ("VCSTATUS_SUBMIT", 0x00080000),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIMessageSiteGetSiteStatusFlagsGroup> {
    /// The message can be copied.
    ///
    /// `VCSTATUS_COPY` (`0x20000`), valid on output.
    pub const COPY: Self = Self::from_bits_retain(0x00020000);
    /// The message can be deleted.
    ///
    /// `VCSTATUS_DELETE` (`0x10000`), valid on output.
    pub const DELETE: Self = Self::from_bits_retain(0x00010000);
    /// Deleting the message moves it to the Deleted Items folder of its
    /// store instead of removing it.
    ///
    /// `VCSTATUS_DELETE_IS_MOVE` (`0x100000`), valid on output.
    pub const DELETE_IS_MOVE: Self = Self::from_bits_retain(0x00100000);
    /// The message can be moved.
    ///
    /// `VCSTATUS_MOVE` (`0x40000`), valid on output.
    pub const MOVE: Self = Self::from_bits_retain(0x00040000);
    /// A new message can be created.
    ///
    /// `VCSTATUS_NEW_MESSAGE` (`0x400000`), valid on output.
    pub const NEW_MESSAGE: Self = Self::from_bits_retain(0x00400000);
    /// The message can be saved.
    ///
    /// `VCSTATUS_SAVE` (`0x200000`), valid on output.
    pub const SAVE: Self = Self::from_bits_retain(0x00200000);
    /// The message can be submitted.
    ///
    /// `VCSTATUS_SUBMIT` (`0x80000`), valid on output.
    pub const SUBMIT: Self = Self::from_bits_retain(0x00080000);
}
/// Flags of `IMAPIForm::GetLastError`.
#[cfg(feature = "forms")]
pub type MAPIFormGetLastErrorFlags = crate::Flags<MAPIFormGetLastErrorFlagsGroup>;
/// The group of [`MAPIFormGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// How `IMAPIForm::ShutdownForm` deals with unsaved changes: one value.
#[cfg(feature = "forms")]
pub type MAPIFormShutdownFormFlags = crate::Flags<MAPIFormShutdownFormFlagsGroup>;
/// The group of [`MAPIFormShutdownFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormShutdownFormFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormShutdownFormFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SAVEOPTS_SAVEIFDIRTY", 0x00000000),
        ("SAVEOPTS_NOSAVE", 0x00000001),
        ("SAVEOPTS_PROMPTSAVE", 0x00000002),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormShutdownFormFlagsGroup> {
    /// Save the form's data if it changed since the last save; without a
    /// user interface the form may treat it as `SAVEOPTS_NOSAVE`.
    ///
    /// `SAVEOPTS_SAVEIFDIRTY` (`0x0`), valid on input.
    pub const SAVEIFDIRTY: Self = Self::from_bits_retain(0x00000000);
    /// Do not save.
    ///
    /// `SAVEOPTS_NOSAVE` (`0x1`), valid on input.
    pub const NOSAVE: Self = Self::from_bits_retain(0x00000001);
    /// Ask the user whether to save changed data.
    ///
    /// `SAVEOPTS_PROMPTSAVE` (`0x2`), valid on input.
    pub const PROMPTSAVE: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIViewContext::GetLastError`.
#[cfg(feature = "forms")]
pub type MAPIViewContextGetLastErrorFlags = crate::Flags<
    MAPIViewContextGetLastErrorFlagsGroup,
>;
/// The group of [`MAPIViewContextGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIViewContextGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIViewContextGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIViewContextGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Which message `IMAPIViewContext::ActivateNext` activates, and why.
///
/// The reference page also lists `VCDIR_CATEGORY` (move to another
/// category of the view) and `VCDIR_UNREAD` (the next or previous unread
/// message), which no header defines; unlisted bits are kept.
#[cfg(feature = "forms")]
pub type MAPIViewContextActivateNextFlags = crate::Flags<
    MAPIViewContextActivateNextFlagsGroup,
>;
/// The group of [`MAPIViewContextActivateNextFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIViewContextActivateNextFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIViewContextActivateNextFlagsGroup {
    const IN_MASK: u32 = 0x00050003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003, 0x00050000];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("VCDIR_NEXT", 0x00000001),
        ("VCDIR_PREV", 0x00000002),
        ("VCDIR_DELETE", 0x00010000),
        ("VCDIR_MOVE", 0x00040000),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIViewContextActivateNextFlagsGroup> {
    /// Activate the next message of the view.
    ///
    /// `VCDIR_NEXT` (`0x1`), valid on input.
    pub const NEXT: Self = Self::from_bits_retain(0x00000001);
    /// Activate the previous message of the view.
    ///
    /// `VCDIR_PREV` (`0x2`), valid on input.
    pub const PREV: Self = Self::from_bits_retain(0x00000002);
    /// The current message was deleted (`IMAPIMessageSite::DeleteMessage`).
    ///
    /// `VCDIR_DELETE` (`0x10000`), valid on input.
    pub const DELETE: Self = Self::from_bits_retain(0x00010000);
    /// The current message was moved (`IMAPIMessageSite::MoveMessage`).
    ///
    /// `VCDIR_MOVE` (`0x40000`), valid on input.
    pub const MOVE: Self = Self::from_bits_retain(0x00040000);
}
/// Flags of `IMAPIViewContext::GetPrintSetup`.
#[cfg(feature = "forms")]
pub type MAPIViewContextGetPrintSetupFlags = crate::Flags<
    MAPIViewContextGetPrintSetupFlagsGroup,
>;
/// The group of [`MAPIViewContextGetPrintSetupFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIViewContextGetPrintSetupFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIViewContextGetPrintSetupFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIViewContextGetPrintSetupFlagsGroup> {
    /// The strings the handles hold are to be Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// How `IMAPIViewContext::GetSaveStream` wants the message text written.
#[cfg(feature = "forms")]
pub type MAPIViewContextGetSaveStreamFlags = crate::Flags<
    MAPIViewContextGetSaveStreamFlagsGroup,
>;
/// The group of [`MAPIViewContextGetSaveStreamFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIViewContextGetSaveStreamFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIViewContextGetSaveStreamFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x80000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIViewContextGetSaveStreamFlagsGroup> {
    /// Write Unicode text; without this flag, ANSI text.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on output.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// The text format `IMAPIViewContext::GetSaveStream` asks for: one value.
#[cfg(feature = "forms")]
pub type MAPIViewContextSaveFormat = crate::Flags<MAPIViewContextSaveFormatGroup>;
/// The group of [`MAPIViewContextSaveFormat`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIViewContextSaveFormatGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIViewContextSaveFormatGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000003;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SAVE_FORMAT_TEXT", 0x00000001),
        ("SAVE_FORMAT_RICHTEXT", 0x00000002),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIViewContextSaveFormatGroup> {
    /// Plain text.
    ///
    /// `SAVE_FORMAT_TEXT` (`0x1`), valid on output.
    pub const TEXT: Self = Self::from_bits_retain(0x00000001);
    /// Formatted text in RTF.
    ///
    /// `SAVE_FORMAT_RICHTEXT` (`0x2`), valid on output.
    pub const RICHTEXT: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIFormInfo::CalcFormPropSet`.
#[cfg(feature = "forms")]
pub type MAPIFormInfoCalcFormPropSetFlags = crate::Flags<
    MAPIFormInfoCalcFormPropSetFlagsGroup,
>;
/// The group of [`MAPIFormInfoCalcFormPropSetFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormInfoCalcFormPropSetFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormInfoCalcFormPropSetFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormInfoCalcFormPropSetFlagsGroup> {
    /// Return Unicode strings; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFormInfo::CalcVerbSet`.
#[cfg(feature = "forms")]
pub type MAPIFormInfoCalcVerbSetFlags = crate::Flags<MAPIFormInfoCalcVerbSetFlagsGroup>;
/// The group of [`MAPIFormInfoCalcVerbSetFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormInfoCalcVerbSetFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormInfoCalcVerbSetFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormInfoCalcVerbSetFlagsGroup> {
    /// Return Unicode strings; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFormMgr::GetLastError`.
#[cfg(feature = "forms")]
pub type MAPIFormMgrGetLastErrorFlags = crate::Flags<MAPIFormMgrGetLastErrorFlagsGroup>;
/// The group of [`MAPIFormMgrGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFormMgr::LoadForm`.
#[cfg(feature = "forms")]
pub type MAPIFormMgrLoadFormFlags = crate::Flags<MAPIFormMgrLoadFormFlagsGroup>;
/// The group of [`MAPIFormMgrLoadFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrLoadFormFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrLoadFormFlagsGroup {
    const IN_MASK: u32 = 0x00000028;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DIALOG", 0x00000008),
        ("MAPIFORM_EXACTMATCH", 0x00000020),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrLoadFormFlagsGroup> {
    /// Show a progress indicator or ask the user while the form opens.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const MAPI_DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// Use only a form for exactly the message class, not one for a base
    /// class.
    ///
    /// `MAPIFORM_EXACTMATCH` (`0x20`), valid on input.
    pub const MAPIFORM_EXACTMATCH: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of `IMAPIFormMgr::ResolveMessageClass`.
#[cfg(feature = "forms")]
pub type MAPIFormMgrResolveMessageClassFlags = crate::Flags<
    MAPIFormMgrResolveMessageClassFlagsGroup,
>;
/// The group of [`MAPIFormMgrResolveMessageClassFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrResolveMessageClassFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrResolveMessageClassFlagsGroup {
    const IN_MASK: u32 = 0x00000020;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPIFORM_EXACTMATCH", 0x00000020)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrResolveMessageClassFlagsGroup> {
    /// Accept only a form for exactly the message class, not one for a base
    /// class.
    ///
    /// `MAPIFORM_EXACTMATCH` (`0x20`), valid on input.
    pub const MAPIFORM_EXACTMATCH: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of `IMAPIFormMgr::ResolveMultipleMessageClasses`.
///
/// The reference page also lists `MAPIFORM_LOCALONLY` (leave out cached
/// forms), which no header defines; unlisted bits are kept.
#[cfg(feature = "forms")]
pub type MAPIFormMgrResolveMultipleMessageClassesFlags = crate::Flags<
    MAPIFormMgrResolveMultipleMessageClassesFlagsGroup,
>;
/// The group of [`MAPIFormMgrResolveMultipleMessageClassesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrResolveMultipleMessageClassesFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrResolveMultipleMessageClassesFlagsGroup {
    const IN_MASK: u32 = 0x00000020;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPIFORM_EXACTMATCH", 0x00000020)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrResolveMultipleMessageClassesFlagsGroup> {
    /// Accept only forms for exactly the message classes, not ones for base
    /// classes.
    ///
    /// `MAPIFORM_EXACTMATCH` (`0x20`), valid on input.
    pub const MAPIFORM_EXACTMATCH: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of `CalcFormPropSet` on a form manager or a form container.
#[cfg(feature = "forms")]
pub type MAPIFormCalcFormPropSetFlags = crate::Flags<MAPIFormCalcFormPropSetFlagsGroup>;
/// The group of [`MAPIFormCalcFormPropSetFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormCalcFormPropSetFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormCalcFormPropSetFlagsGroup {
    const IN_MASK: u32 = 0x80000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000001];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("FORMPROPSET_UNION", 0x00000000),
        ("FORMPROPSET_INTERSECTION", 0x00000001),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormCalcFormPropSetFlagsGroup> {
    /// Return the properties every form uses.
    ///
    /// `FORMPROPSET_UNION` (`0x0`), valid on input.
    pub const FORMPROPSET_UNION: Self = Self::from_bits_retain(0x00000000);
    /// Return the properties all the forms have in common.
    ///
    /// `FORMPROPSET_INTERSECTION` (`0x1`), valid on input.
    pub const FORMPROPSET_INTERSECTION: Self = Self::from_bits_retain(0x00000001);
    /// Return Unicode strings; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFormMgr::CreateForm`.
#[cfg(feature = "forms")]
pub type MAPIFormMgrCreateFormFlags = crate::Flags<MAPIFormMgrCreateFormFlagsGroup>;
/// The group of [`MAPIFormMgrCreateFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrCreateFormFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrCreateFormFlagsGroup {
    const IN_MASK: u32 = 0x00000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_DIALOG", 0x00000008)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrCreateFormFlagsGroup> {
    /// Show a progress indicator or ask the user while the form opens.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const MAPI_DIALOG: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IMAPIFormMgr::SelectForm` and `SelectMultipleForms`.
#[cfg(feature = "forms")]
pub type MAPIFormMgrSelectFormFlags = crate::Flags<MAPIFormMgrSelectFormFlagsGroup>;
/// The group of [`MAPIFormMgrSelectFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrSelectFormFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrSelectFormFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrSelectFormFlagsGroup> {
    /// The strings passed in are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Which form libraries `IMAPIFormMgr::SelectFormContainer` offers: one
/// value.
#[cfg(feature = "forms")]
pub type MAPIFormMgrSelectFormContainerFlags = crate::Flags<
    MAPIFormMgrSelectFormContainerFlagsGroup,
>;
/// The group of [`MAPIFormMgrSelectFormContainerFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrSelectFormContainerFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrSelectFormContainerFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPIFORM_SELECT_ALL_REGISTRIES", 0x00000000),
        ("MAPIFORM_SELECT_FOLDER_REGISTRY_ONLY", 0x00000001),
        ("MAPIFORM_SELECT_NON_FOLDER_REGISTRY_ONLY", 0x00000002),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrSelectFormContainerFlagsGroup> {
    /// Every library (the default).
    ///
    /// `MAPIFORM_SELECT_ALL_REGISTRIES` (`0x0`), valid on input.
    pub const ALL_REGISTRIES: Self = Self::from_bits_retain(0x00000000);
    /// Folder libraries only.
    ///
    /// `MAPIFORM_SELECT_FOLDER_REGISTRY_ONLY` (`0x1`), valid on input.
    pub const FOLDER_REGISTRY_ONLY: Self = Self::from_bits_retain(0x00000001);
    /// Libraries not tied to a folder only.
    ///
    /// `MAPIFORM_SELECT_NON_FOLDER_REGISTRY_ONLY` (`0x2`), valid on input.
    pub const NON_FOLDER_REGISTRY_ONLY: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIFormMgr::PrepareForm`.
#[cfg(feature = "forms")]
pub type MAPIFormMgrPrepareFormFlags = crate::Flags<MAPIFormMgrPrepareFormFlagsGroup>;
/// The group of [`MAPIFormMgrPrepareFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormMgrPrepareFormFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormMgrPrepareFormFlagsGroup {
    const IN_MASK: u32 = 0x00000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_DIALOG", 0x00000008)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormMgrPrepareFormFlagsGroup> {
    /// Show a progress indicator or ask the user while the form downloads.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const MAPI_DIALOG: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IMAPIFormContainer::GetLastError`.
#[cfg(feature = "forms")]
pub type MAPIFormContainerGetLastErrorFlags = crate::Flags<
    MAPIFormContainerGetLastErrorFlagsGroup,
>;
/// The group of [`MAPIFormContainerGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormContainerGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormContainerGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormContainerGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFormContainer::InstallForm`.
#[cfg(feature = "forms")]
pub type MAPIFormContainerInstallFormFlags = crate::Flags<
    MAPIFormContainerInstallFormFlagsGroup,
>;
/// The group of [`MAPIFormContainerInstallFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormContainerInstallFormFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormContainerInstallFormFlagsGroup {
    const IN_MASK: u32 = 0x80000018;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
        ("MAPIFORM_INSTALL_OVERWRITEONCONFLICT", 0x00000010),
    ];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormContainerInstallFormFlagsGroup> {
    /// Show a user interface for progress and installation details
    /// (`MAPIFORM_INSTALL_DIALOG`); `MAPIFORM_INSTALL_OVERWRITEONCONFLICT`
    /// is then ignored.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const MAPI_DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// The path is a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Replace a form already installed for the same message class; without
    /// it the two are merged (new platforms are added, nothing else
    /// changes).
    ///
    /// `MAPIFORM_INSTALL_OVERWRITEONCONFLICT` (`0x10`), valid on input.
    pub const MAPIFORM_INSTALL_OVERWRITEONCONFLICT: Self = Self::from_bits_retain(
        0x00000010,
    );
}
/// Flags of `IMAPIFormContainer::ResolveMessageClass` and
/// `ResolveMultipleMessageClasses`.
#[cfg(feature = "forms")]
pub type MAPIFormContainerResolveMessageClassFlags = crate::Flags<
    MAPIFormContainerResolveMessageClassFlagsGroup,
>;
/// The group of [`MAPIFormContainerResolveMessageClassFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormContainerResolveMessageClassFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormContainerResolveMessageClassFlagsGroup {
    const IN_MASK: u32 = 0x00000020;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPIFORM_EXACTMATCH", 0x00000020)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormContainerResolveMessageClassFlagsGroup> {
    /// Accept only a form for exactly the message class, not one for a base
    /// class.
    ///
    /// `MAPIFORM_EXACTMATCH` (`0x20`), valid on input.
    pub const MAPIFORM_EXACTMATCH: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of `IMAPIFormContainer::GetDisplay`.
#[cfg(feature = "forms")]
pub type MAPIFormContainerGetDisplayFlags = crate::Flags<
    MAPIFormContainerGetDisplayFlagsGroup,
>;
/// The group of [`MAPIFormContainerGetDisplayFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormContainerGetDisplayFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormContainerGetDisplayFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormContainerGetDisplayFlagsGroup> {
    /// Return a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFormFactory::GetLastError`.
#[cfg(feature = "forms")]
pub type MAPIFormFactoryGetLastErrorFlags = crate::Flags<
    MAPIFormFactoryGetLastErrorFlagsGroup,
>;
/// The group of [`MAPIFormFactoryGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "forms")]
pub enum MAPIFormFactoryGetLastErrorFlagsGroup {}
#[cfg(feature = "forms")]
impl crate::FlagGroup for MAPIFormFactoryGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "forms")]
impl crate::Flags<MAPIFormFactoryGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
#[cfg(feature = "forms")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Opens the form manager of the form library provider for a session.
    /// Through it the client resolves message classes to forms, loads
    /// forms and opens form libraries. The caller releases it.
    ///
    /// Returns `S_OK` when the form manager was returned.
    ///
    /// # Parameters
    ///
    /// - `pSession` (`LPMAPISESSION`, in): The session the client is logged on to.
    /// - `ppmgr` (`LPMAPIFORMMGR*`, out): Receives the form manager.
    pub fn MAPIOpenFormMgr(
        pSession: crate::LPMAPISESSION,
        ppmgr: *mut LPMAPIFORMMGR,
    ) -> crate::HRESULT;
}
#[cfg(feature = "forms")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Opens the local form library (the one on the user's computer)
    /// without a session, so that setup programs can install forms into it
    /// before anyone logs on. The caller releases it.
    ///
    /// Returns `S_OK` when the form library was returned.
    ///
    /// # Parameters
    ///
    /// - `ppfcnt` (`LPMAPIFORMCONTAINER*`, out): Receives the local form library.
    pub fn MAPIOpenLocalFormContainer(
        ppfcnt: *mut LPMAPIFORMCONTAINER,
    ) -> crate::HRESULT;
}
/// The storage interface of a form: how a form viewer hands a message to a
/// form, has it saved, and takes it back.
///
/// Every form implements it. It works like OLE's `IPersistStorage`, with a
/// message in place of a storage, and moves the form between the states
/// Uninitialized, Normal, NoScribble, HandsOffFromNormal and
/// HandsOffAfterSave; a call made in a state that does not allow it
/// returns `E_UNEXPECTED`.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IPersistMessage {
    /// The object's vtable.
    pub lpVtbl: *const IPersistMessageVtbl,
}
/// The vtable of [`IPersistMessage`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IPersistMessageVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the form object reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form cannot give its strings
    /// in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Returns the class identifier of the form server that handles the
    /// form.
    ///
    /// A successful call puts the form in the Uninitialized state.
    ///
    /// # Parameters
    ///
    /// - `lpClassID` (`LPCLSID`, out): Receives the form server's class identifier.
    pub GetClassID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpClassID: crate::LPCLSID,
    ) -> crate::HRESULT,
    /// Tells whether the form has changes that were not saved yet.
    ///
    /// Returns `S_OK` when it has, `S_FALSE` when it has not.
    pub IsDirty: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Gives the form a new message to compose.
    ///
    /// Allowed only in the Uninitialized state (`E_UNEXPECTED` otherwise).
    /// Afterwards the message has these properties set and no others:
    /// `PR_DELETE_AFTER_SUBMIT`, `PR_IMPORTANCE`,
    /// `PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED`, `PR_PRIORITY`,
    /// `PR_READ_RECEIPT_REQUESTED`, `PR_SENSITIVITY` and
    /// `PR_SENTMAIL_ENTRYID`.
    ///
    /// **Notes to implementers.** Release any other message site you hold,
    /// keep (and `AddRef`) the site and the message, set `PR_MESSAGE_FLAGS`
    /// and `PR_MSG_STATUS` as your message class wants (often
    /// `MSGFLAG_UNSENT`), enter the Normal state and call every registered
    /// viewer's `IMAPIViewAdviseSink::OnNewMessage`. Mark the message as
    /// modified only when the user changed something: computed properties
    /// set here should not make the viewer ask whether to save.
    ///
    /// # Parameters
    ///
    /// - `pMessageSite` (`LPMAPIMESSAGESITE`, in): The message site the form uses to work with the message in the viewer.
    /// - `pMessage` (`LPMESSAGE`, in): The new message.
    pub InitNew: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMessageSite: LPMAPIMESSAGESITE,
        pMessage: crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Gives the form an existing message to show.
    ///
    /// Allowed in the Uninitialized and HandsOff states (`E_UNEXPECTED`
    /// otherwise).
    ///
    /// **Notes to implementers.** Release any other message site you hold,
    /// keep (and `AddRef`) the site and the message, store the status and
    /// flags, enter the Normal state before showing the message and call
    /// every registered viewer's `IMAPIViewAdviseSink::OnNewMessage`.
    ///
    /// # Parameters
    ///
    /// - `pMessageSite` (`LPMAPIMESSAGESITE`, in): The message site the form uses to work with the message in the viewer.
    /// - `pMessage` (`LPMESSAGE`, in): The message to show.
    /// - `ulMessageStatus` (`ULONG`, in): The message's `PR_MSG_STATUS`.
    /// - `ulMessageFlags` (`ULONG`, in): The message's `PR_MESSAGE_FLAGS`.
    pub Load: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMessageSite: LPMAPIMESSAGESITE,
        pMessage: crate::LPMESSAGE,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes the form's changes into a message, without committing them:
    /// committing is the caller's business.
    ///
    /// Allowed only in the Normal state (`E_UNEXPECTED` otherwise); the form
    /// then enters the NoScribble state until `SaveCompleted`.
    ///
    /// **Notes to implementers.** When `fSameAsLoad` is FALSE, first copy
    /// every property of the original message into `pMessage` (with the
    /// original's `IMAPIProp::CopyTo`). Change the form's message only
    /// during `Save`.
    ///
    /// # Parameters
    ///
    /// - `pMessage` (`LPMESSAGE`, in): The message to save into; null to save into the message the form was loaded with or created on.
    /// - `fSameAsLoad` (`ULONG`, in): TRUE when `pMessage` is the message the form was loaded with or created on, FALSE otherwise.
    pub Save: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMessage: crate::LPMESSAGE,
        fSameAsLoad: crate::ULONG,
    ) -> crate::HRESULT,
    /// Tells the form that its changes have been saved, possibly handing it
    /// the message to work on from now on.
    ///
    /// Allowed in the NoScribble and HandsOff states; on success the form is
    /// back in the Normal state.
    ///
    /// Returns:
    /// - `S_OK`: the form took note.
    /// - `E_INVALIDARG`: `pMessage` is null while the form is in a HandsOff
    ///   state.
    /// - `E_UNEXPECTED`: the form is in another state.
    ///
    /// **Notes to implementers.** With a new message, release the old one
    /// and keep (and `AddRef`) the new one. When the save went to the
    /// form's own message, call every viewer's
    /// `IMAPIViewAdviseSink::OnSaved` and mark the form clean.
    ///
    /// # Parameters
    ///
    /// - `pMessage` (`LPMESSAGE`, in): The message the form works on from now on; null to keep the current one.
    pub SaveCompleted: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMessage: crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Makes the form let go of its message (and of every message and OLE
    /// object embedded in it) while the viewer stores it.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the form is already in a
    /// HandsOff state.
    pub HandsOffMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IPersistMessage`]: `{0002032A-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IPersistMessage: crate::GUID = crate::GUID::from_u128(
    0x0002032a_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IPersistMessage {
    const IID: crate::GUID = IID_IPersistMessage;
    const NAME: &'static str = "IPersistMessage";
    type Vtbl = IPersistMessageVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IPersistMessage
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IPersistMessageVtbl>() == 11 * ::core::mem::size_of::<usize>()
);
/// The form viewer's side of a message shown in a form: the form calls it
/// to reach the session, store and folder of the message and to save,
/// submit, copy, move or delete the message.
///
/// Form viewers (usually client applications) implement it.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIMessageSite {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIMessageSiteVtbl,
}
/// The vtable of [`IMAPIMessageSite`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIMessageSiteVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the message site reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the site cannot give its strings
    /// in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Returns the MAPI session the current message was created or opened
    /// in.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is no session.
    ///
    /// # Parameters
    ///
    /// - `ppSession` (`LPMAPISESSION*`, out): Receives the session, or null.
    pub GetSession: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppSession: *mut crate::LPMAPISESSION,
    ) -> crate::HRESULT,
    /// Returns the message store holding the current message.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when no store holds it (an
    /// embedded message lives in another message).
    ///
    /// # Parameters
    ///
    /// - `ppStore` (`LPMDB*`, out): Receives the store, or null.
    pub GetStore: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppStore: *mut crate::LPMDB,
    ) -> crate::HRESULT,
    /// Returns the folder the current message was created or opened in.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is no such folder
    /// (an embedded message lives in another message).
    ///
    /// # Parameters
    ///
    /// - `ppFolder` (`LPMAPIFOLDER*`, out): Receives the folder, or null.
    pub GetFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppFolder: *mut crate::LPMAPIFOLDER,
    ) -> crate::HRESULT,
    /// Returns the current message: the one last given to the form by
    /// `IPersistMessage::InitNew`, `Load` or `SaveCompleted`.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is none (after
    /// `IPersistMessage::HandsOffMessage`, until the next `Load` or
    /// `SaveCompleted`).
    ///
    /// # Parameters
    ///
    /// - `ppmsg` (`LPMESSAGE*`, out): Receives the message, or null.
    pub GetMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppmsg: *mut crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Returns a form manager, through which the form can open other forms.
    ///
    /// # Parameters
    ///
    /// - `ppFormMgr` (`LPMAPIFORMMGR*`, out): Receives the form manager.
    pub GetFormManager: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppFormMgr: *mut LPMAPIFORMMGR,
    ) -> crate::HRESULT,
    /// Creates a new message, with a message site (and optionally a view
    /// context) for it, for a new form to work on.
    ///
    /// # Parameters
    ///
    /// - `fComposeInFolder` (`ULONG`, in): FALSE: compose the message in any folder (`pFolderFocus` is ignored); TRUE: compose it in `pFolderFocus`, or in the current folder when that is null.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder to create the message in, or null.
    /// - `pPersistMessage` (`LPPERSISTMESSAGE`, in): The form object of the new form.
    /// - `ppMessage` (`LPMESSAGE*`, out): Receives the new message.
    /// - `ppMessageSite` (`LPMAPIMESSAGESITE*`, out): Receives the message site of the new message.
    /// - `ppViewContext` (`LPMAPIVIEWCONTEXT*`, out): Receives a view context to pass to the new form; null when the form brings its own view context.
    pub NewMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        fComposeInFolder: crate::ULONG,
        pFolderFocus: crate::LPMAPIFOLDER,
        pPersistMessage: LPPERSISTMESSAGE,
        ppMessage: *mut crate::LPMESSAGE,
        ppMessageSite: *mut LPMAPIMESSAGESITE,
        ppViewContext: *mut LPMAPIVIEWCONTEXT,
    ) -> crate::HRESULT,
    /// Copies the current message to a folder. The form keeps showing the
    /// current message.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot copy.
    ///
    /// **Notes to implementers.** Create a message in the destination, call
    /// the form's `IPersistMessage::Save` with it and FALSE, then
    /// `IPersistMessage::SaveCompleted` with null, then `SaveChanges` on the
    /// new message.
    ///
    /// # Parameters
    ///
    /// - `pFolderDestination` (`LPMAPIFOLDER`, in): The folder to copy the message to.
    pub CopyMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pFolderDestination: crate::LPMAPIFOLDER,
    ) -> crate::HRESULT,
    /// Moves the current message to a folder.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot move.
    ///
    /// **Notes to implementers.** Call `IMAPIViewContext::ActivateNext` with
    /// `VCDIR_MOVE` before moving the message.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// # Parameters
    ///
    /// - `pFolderDestination` (`LPMAPIFOLDER`, in): The folder to move the message to.
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The view context of the form.
    /// - `prcPosRect` (`LPCRECT`, in): The size and position of the form's window, for the next form shown.
    pub MoveMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pFolderDestination: crate::LPMAPIFOLDER,
        pViewContext: LPMAPIVIEWCONTEXT,
        prcPosRect: crate::LPCRECT,
    ) -> crate::HRESULT,
    /// Deletes the current message (or moves it to Deleted Items when the
    /// site says `VCSTATUS_DELETE_IS_MOVE`).
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot delete.
    ///
    /// **Notes to implementers.** Save a changed message first when it is
    /// moved rather than deleted, call `IMAPIViewContext::ActivateNext`
    /// with `VCDIR_DELETE` (on `S_FALSE` call
    /// `IPersistMessage::HandsOffMessage`), then delete or move it.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// # Parameters
    ///
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The view context of the form.
    /// - `prcPosRect` (`LPCRECT`, in): The size and position of the form's window, for the next form shown.
    pub DeleteMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pViewContext: LPMAPIVIEWCONTEXT,
        prcPosRect: crate::LPCRECT,
    ) -> crate::HRESULT,
    /// Asks the viewer to save the current message.
    pub SaveMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Asks the viewer to queue the current message for delivery, saving it
    /// first if it changed.
    ///
    /// **Notes to implementers.** Call `IPersistMessage::HandsOffMessage`
    /// before submitting.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the submission.
    pub SubmitMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Tells what the site can do with the current message; forms use it to
    /// enable or disable their commands.
    ///
    /// # Parameters
    ///
    /// - `lpulStatus` (`ULONG*`, out): Receives the site's capabilities.
    pub GetSiteStatus: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulStatus: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIMessageSite`]: `{00020370-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIMessageSite: crate::GUID = crate::GUID::from_u128(
    0x00020370_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIMessageSite {
    const IID: crate::GUID = IID_IMAPIMessageSite;
    const NAME: &'static str = "IMAPIMessageSite";
    type Vtbl = IMAPIMessageSiteVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIMessageSite
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIMessageSiteVtbl>() == 16 * ::core::mem::size_of::<usize>()
);
/// A form viewer's sink for the notifications of a form
/// (`IMAPIForm::Advise`).
///
/// Form viewers implement it.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIViewAdviseSink {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIViewAdviseSinkVtbl,
}
/// The vtable of [`IMAPIViewAdviseSink`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIViewAdviseSinkVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// The form is closing.
    pub OnShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// A message was loaded into the form (`IPersistMessage::InitNew` or
    /// `Load`).
    ///
    /// **Notes to implementers.** Release the form object you hold: it no
    /// longer shows the message you were viewing.
    pub OnNewMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Reports how printing the form is going: after each page, and once
    /// at the end.
    ///
    /// Returns `S_OK`, or `MAPI_E_USER_CANCEL` to cancel the print job.
    ///
    /// # Parameters
    ///
    /// - `dwPageNumber` (`ULONG`, in): The page printed last.
    /// - `hrStatus` (`HRESULT`, in): `S_OK` while printing goes on, `S_FALSE` when it finished, a failure code when it failed.
    pub OnPrint: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwPageNumber: crate::ULONG,
        hrStatus: crate::HRESULT,
    ) -> crate::HRESULT,
    /// The current message was submitted (`IMAPIMessageSite::SubmitMessage`
    /// succeeded); the viewer updates its windows.
    pub OnSubmitted: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// The current message was saved; the viewer updates its windows.
    pub OnSaved: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIViewAdviseSink`]: `{0002032B-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIViewAdviseSink: crate::GUID = crate::GUID::from_u128(
    0x0002032b_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIViewAdviseSink {
    const IID: crate::GUID = IID_IMAPIViewAdviseSink;
    const NAME: &'static str = "IMAPIViewAdviseSink";
    type Vtbl = IMAPIViewAdviseSinkVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIViewAdviseSink
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIViewAdviseSinkVtbl>() == 8 * ::core::mem::size_of::<usize>()
);
/// A form: what a form viewer uses to give the form a view context,
/// register for its notifications, run its verbs and close it.
///
/// Form servers implement it.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIForm {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFormVtbl,
}
/// The vtable of [`IMAPIForm`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the form reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form cannot give its strings
    /// in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Makes a view context the form's current one; a form has one at a
    /// time.
    ///
    /// **Notes to implementers.** Unregister from the old view context
    /// (`SetAdviseSink` with null) and release it; then, for a new one,
    /// register your form advise sink with it, read its
    /// `GetViewStatus` (to enable Next and Previous, for instance), keep
    /// (and `AddRef`) it, and update your user interface.
    ///
    /// # Parameters
    ///
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The new view context, or null for none.
    pub SetViewContext: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pViewContext: LPMAPIVIEWCONTEXT,
    ) -> crate::HRESULT,
    /// Returns the form's current view context.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when the form has none.
    ///
    /// # Parameters
    ///
    /// - `ppViewContext` (`LPMAPIVIEWCONTEXT*`, out): Receives the view context, or null.
    pub GetViewContext: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppViewContext: *mut LPMAPIVIEWCONTEXT,
    ) -> crate::HRESULT,
    /// Closes the form, saving its data as `ulSaveOptions` says.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the form was already closed.
    /// Afterwards only the `IUnknown` methods of the form may be called.
    ///
    /// **Notes to implementers.** `AddRef` yourself for the duration; save
    /// through `IMAPIMessageSite::SaveMessage` as the options say; destroy
    /// your window; release your message and message site; call every
    /// viewer's `IMAPIViewAdviseSink::OnShutdown`; unregister from the view
    /// context (`SetAdviseSink` with null); free your properties; then
    /// `Release` yourself.
    ///
    /// **Notes to callers.** Release the form when the call returns, whether
    /// or not it failed.
    ///
    /// # Parameters
    ///
    /// - `ulSaveOptions` (`ULONG`, in): One value saying whether to save unsaved data first.
    pub ShutdownForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulSaveOptions: crate::ULONG,
    ) -> crate::HRESULT,
    /// Asks the form to carry out one of its verbs.
    ///
    /// Returns `S_OK`, `OLEOBJ_S_CANNOT_DOVERB_NOW` (0x00040181: the verb is
    /// valid but cannot be carried out now), or `MAPI_E_NO_SUPPORT` for an
    /// unknown verb.
    ///
    /// **Notes to implementers.** A view context passed here overrides the
    /// one set by `SetViewContext` for this call only: do not keep it.
    /// Verbs such as Print finish before `DoVerb` returns. Close the form
    /// once the verb is done. Do not keep `hwndParent`: the window may be
    /// destroyed as soon as the call returns.
    ///
    /// # Parameters
    ///
    /// - `iVerb` (`LONG`, in): The number of the verb (`SMAPIVerb::lVerb`).
    /// - `lpViewContext` (`LPMAPIVIEWCONTEXT`, in): A view context for this call, or null to use the current one.
    /// - `hwndParent` (`ULONG_PTR`, in): The parent window (an `HWND`) for modal dialog boxes, or 0.
    /// - `lprcPosRect` (`LPCRECT`, in): The size and position of the form's window.
    pub DoVerb: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        iVerb: crate::LONG,
        lpViewContext: LPMAPIVIEWCONTEXT,
        hwndParent: crate::ULONG_PTR,
        lprcPosRect: crate::LPCRECT,
    ) -> crate::HRESULT,
    /// Registers a form viewer's sink for the form's notifications.
    ///
    /// Returns `S_OK`, or `E_OUTOFMEMORY`.
    ///
    /// **Notes to implementers.** Keep (and `AddRef`) the sink until
    /// `Unadvise`, and hand back a nonzero connection number.
    ///
    /// # Parameters
    ///
    /// - `pAdvise` (`LPMAPIVIEWADVISESINK`, in): The sink to notify.
    /// - `pdwStatus` (`ULONG_PTR*`, out): Receives the nonzero connection number of the registration.
    pub Advise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pAdvise: LPMAPIVIEWADVISESINK,
        pdwStatus: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Cancels a registration made with `Advise`.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` for an unknown connection number.
    ///
    /// **Notes to implementers.** Release the sink, after any call into it
    /// still running on another thread returns.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): The connection number `Advise` returned.
    pub Unadvise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulConnection: crate::ULONG_PTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIForm`]: `{00020327-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIForm: crate::GUID = crate::GUID::from_u128(
    0x00020327_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIForm {
    const IID: crate::GUID = IID_IMAPIForm;
    const NAME: &'static str = "IMAPIForm";
    type Vtbl = IMAPIFormVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIForm || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFormVtbl>() == 10 * ::core::mem::size_of::<usize>()
);
/// The form viewer's side of a form's view: the form calls it to register
/// for the viewer's notifications, to move to the next or previous
/// message, and to get print and save settings.
///
/// Form viewers implement it.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIViewContext {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIViewContextVtbl,
}
/// The vtable of [`IMAPIViewContext`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIViewContextVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the view context reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the view context cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Registers the form's sink for the viewer's notifications, or with
    /// null cancels the registration.
    ///
    /// **Notes to implementers.** Keep (and `AddRef`) the sink until the
    /// next call; notify it when your status changes and when you load a
    /// new message.
    ///
    /// # Parameters
    ///
    /// - `pmvns` (`LPMAPIFORMADVISESINK`, in): The form's advise sink, or null to unregister.
    pub SetAdviseSink: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmvns: LPMAPIFORMADVISESINK,
    ) -> crate::HRESULT,
    /// Makes the next or previous message of the view the current one.
    ///
    /// Returns `S_OK`, or `S_FALSE` when the message was activated but in a
    /// form of another kind.
    ///
    /// **Notes to implementers.** Afterwards `IMAPIMessageSite::GetMessage`
    /// returns the activated message.
    ///
    /// **Notes to callers.** On `S_FALSE`, or when there is no current
    /// message, close the form (`IMAPIForm::ShutdownForm`); otherwise show
    /// the new message at `prcPosRect`.
    ///
    /// # Parameters
    ///
    /// - `ulDir` (`ULONG`, in): Which message to activate, and why.
    /// - `prcPosRect` (`LPCRECT`, in): The size and position of the window to show the message in.
    pub ActivateNext: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulDir: crate::ULONG,
        prcPosRect: crate::LPCRECT,
    ) -> crate::HRESULT,
    /// Returns the viewer's print settings, before the form prints.
    ///
    /// **Notes to callers.** Free the two handles with `GlobalFree` and the
    /// structure with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the strings.
    /// - `lppFormPrintSetup` (`LPFORMPRINTSETUP*`, out): Receives the print settings.
    pub GetPrintSetup: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppFormPrintSetup: *mut LPFORMPRINTSETUP,
    ) -> crate::HRESULT,
    /// Returns a stream to write the current message into, for the viewer's
    /// Save As command, and the format to write it in.
    ///
    /// **Notes to callers.** Write nothing before the call; afterwards leave
    /// the stream's seek pointer at the end of what you wrote.
    ///
    /// # Parameters
    ///
    /// - `pulFlags` (`ULONG*`, out): Receives `MAPI_UNICODE` when the text is to be Unicode.
    /// - `pulFormat` (`ULONG*`, out): Receives the text format, `SAVE_FORMAT_TEXT` or `SAVE_FORMAT_RICHTEXT`.
    /// - `ppstm` (`LPSTREAM*`, out): Receives the stream.
    pub GetSaveStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pulFlags: *mut crate::ULONG,
        pulFormat: *mut crate::ULONG,
        ppstm: *mut crate::LPSTREAM,
    ) -> crate::HRESULT,
    /// Returns the viewer's status: whether there are next and previous
    /// messages, whether the form is modal or may show a user interface.
    ///
    /// With `VCSTATUS_MODAL` the form may use the thread of the earlier
    /// `IMAPIForm::DoVerb` call until it closes; without it the form must
    /// not.
    ///
    /// # Parameters
    ///
    /// - `lpulStatus` (`ULONG*`, out): Receives the viewer's status.
    pub GetViewStatus: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulStatus: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIViewContext`]: `{00020321-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIViewContext: crate::GUID = crate::GUID::from_u128(
    0x00020321_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIViewContext {
    const IID: crate::GUID = IID_IMAPIViewContext;
    const NAME: &'static str = "IMAPIViewContext";
    type Vtbl = IMAPIViewContextVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIViewContext
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIViewContextVtbl>() == 9 * ::core::mem::size_of::<usize>()
);
/// A form's sink for the notifications of its viewer
/// (`IMAPIViewContext::SetAdviseSink`).
///
/// Form servers usually implement it on a helper object, so viewers should
/// not expect the form object itself to answer `QueryInterface` for it.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormAdviseSink {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFormAdviseSinkVtbl,
}
/// The vtable of [`IMAPIFormAdviseSink`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormAdviseSinkVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// The viewer's status changed (usually whether there is a next or
    /// previous message); the form updates its commands.
    ///
    /// # Parameters
    ///
    /// - `ulDir` (`ULONG`, in): The viewer's new status.
    pub OnChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulDir: crate::ULONG,
    ) -> crate::HRESULT,
    /// Asks whether the form can show the next message the viewer is about
    /// to activate.
    ///
    /// Returns `S_OK` when the form can (with null in `ppPersistMessage` to
    /// reuse this form, or a new form object for it), `S_FALSE` when it
    /// cannot; returning `S_FALSE` slows the viewer down, so forms rarely
    /// do.
    ///
    /// # Parameters
    ///
    /// - `lpszMessageClass` (`LPCSTR`, in): The message class of the next message.
    /// - `ulMessageStatus` (`ULONG`, in): The next message's `PR_MSG_STATUS`.
    /// - `ulMessageFlags` (`ULONG`, in): The next message's `PR_MESSAGE_FLAGS`.
    /// - `ppPersistMessage` (`LPPERSISTMESSAGE*`, out): Receives a new form object to load the message into, or null to reuse this form.
    pub OnActivateNext: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMessageClass: crate::LPCSTR,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
        ppPersistMessage: *mut LPPERSISTMESSAGE,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIFormAdviseSink`]: `{0002032F-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIFormAdviseSink: crate::GUID = crate::GUID::from_u128(
    0x0002032f_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIFormAdviseSink {
    const IID: crate::GUID = IID_IMAPIFormAdviseSink;
    const NAME: &'static str = "IMAPIFormAdviseSink";
    type Vtbl = IMAPIFormAdviseSinkVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIFormAdviseSink
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFormAdviseSinkVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// What a form library knows about one form, without running it: its
/// properties (through `IMAPIProp`), verbs, icons and container.
///
/// Form library providers implement it; it is not transacted.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormInfo {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFormInfoVtbl,
}
/// The vtable of [`IMAPIFormInfo`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormInfoVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Returns every named property the form uses.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `ppFormPropArray` (`LPMAPIFORMPROPARRAY*`, out): Receives the properties.
    pub CalcFormPropSet: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ppFormPropArray: *mut LPMAPIFORMPROPARRAY,
    ) -> crate::HRESULT,
    /// Returns every verb the form offers, in index order; clients build
    /// menus and buttons from it.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `ppMAPIVerbArray` (`LPMAPIVERBARRAY*`, out): Receives the verbs.
    pub CalcVerbSet: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ppMAPIVerbArray: *mut LPMAPIVERBARRAY,
    ) -> crate::HRESULT,
    /// Builds an icon from one of the form's icon properties, for table
    /// views that show icon columns.
    ///
    /// # Parameters
    ///
    /// - `nPropID` (`ULONG`, in): The property identifier of the icon property.
    /// - `phicon` (`HICON*`, out): Receives the icon.
    pub MakeIconFromBinary: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        nPropID: crate::ULONG,
        phicon: *mut crate::HICON,
    ) -> crate::HRESULT,
    /// Writes a description of the form to a form descriptor file (`.fdm`),
    /// from which it can be installed again.
    ///
    /// Returns `S_OK`, `MAPI_E_EXTENDED_ERROR` when the file could not be
    /// written (see `IMAPIProp::GetLastError`), or `MAPI_E_NO_SUPPORT` for
    /// forms of the local form library.
    ///
    /// # Parameters
    ///
    /// - `szFileName` (`LPCSTR`, in): The path of the file to write, with the `.fdm` extension.
    pub SaveForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        szFileName: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Returns the form library the form is installed in.
    ///
    /// # Parameters
    ///
    /// - `ppformcontainer` (`LPMAPIFORMCONTAINER*`, out): Receives the form container.
    pub OpenFormContainer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppformcontainer: *mut LPMAPIFORMCONTAINER,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIFormInfo`]: `{00020324-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIFormInfo: crate::GUID = crate::GUID::from_u128(
    0x00020324_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIFormInfo {
    const IID: crate::GUID = IID_IMAPIFormInfo;
    const NAME: &'static str = "IMAPIFormInfo";
    type Vtbl = IMAPIFormInfoVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIFormInfo || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFormInfoVtbl>() == 19 * ::core::mem::size_of::<usize>()
);
/// The form manager: how a form viewer finds forms for message classes,
/// opens and creates forms, and reaches the form libraries.
///
/// MAPI's form library provider implements it; `MAPIOpenFormMgr` returns
/// it.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormMgr {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFormMgrVtbl,
}
/// The vtable of [`IMAPIFormMgr`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormMgrVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the form manager reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form manager cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Opens the form for an existing message: creates the form object,
    /// loads the message into it, sets up its view context and returns the
    /// interface asked for.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_INTERFACE` when the form lacks the
    /// interface, or `MAPI_E_NOT_FOUND` when no form handles the message
    /// class.
    ///
    /// **Notes to implementers.** Without a message class, read the class,
    /// status and flags from the message's `PR_MESSAGE_CLASS`,
    /// `PR_MSG_STATUS` and `PR_MESSAGE_FLAGS`; with one, use the status and
    /// flags passed.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the progress indicator; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the form is opened.
    /// - `lpszMessageClass` (`LPCSTR`, in): The message's class, or null to read it from the message.
    /// - `ulMessageStatus` (`ULONG`, in): The message's `PR_MSG_STATUS`; used only with a message class.
    /// - `ulMessageFlags` (`ULONG`, in): The message's `PR_MESSAGE_FLAGS`; used only with a message class.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder holding the message, or null for an embedded message.
    /// - `pMessageSite` (`LPMAPIMESSAGESITE`, in): The message site of the message.
    /// - `pmsg` (`LPMESSAGE`, in): The message.
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The view context for the form, or null.
    /// - `riid` (`REFIID`, in): The interface to return for the form object.
    /// - `ppvObj` (`LPVOID*`, out): Receives the form object.
    pub LoadForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpszMessageClass: crate::LPCSTR,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
        pFolderFocus: crate::LPMAPIFOLDER,
        pMessageSite: LPMAPIMESSAGESITE,
        pmsg: crate::LPMESSAGE,
        pViewContext: LPMAPIVIEWCONTEXT,
        riid: crate::REFIID,
        ppvObj: *mut crate::LPVOID,
    ) -> crate::HRESULT,
    /// Finds the form for a message class in the form libraries and returns
    /// its form information object.
    ///
    /// Without `MAPIFORM_EXACTMATCH` the form of the nearest base class
    /// does. MAPI's form library looks in the local library, then the
    /// folder's (when a folder is given), the personal one and the
    /// organization's. The class identifier in the result may not be
    /// registered with OLE until `PrepareForm` or `CreateForm`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form handles the class.
    ///
    /// # Parameters
    ///
    /// - `szMsgClass` (`LPCSTR`, in): The message class to resolve (always 8-bit).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder whose form library is searched too, or null.
    /// - `ppResult` (`LPMAPIFORMINFO*`, out): Receives the form information object.
    pub ResolveMessageClass: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        szMsgClass: crate::LPCSTR,
        ulFlags: crate::ULONG,
        pFolderFocus: crate::LPMAPIFOLDER,
        ppResult: *mut LPMAPIFORMINFO,
    ) -> crate::HRESULT,
    /// Finds the forms for several message classes at once.
    ///
    /// The result has one entry per class, null for a class no form
    /// handles, so success does not mean every class was resolved.
    ///
    /// # Parameters
    ///
    /// - `pMsgClasses` (`LPSMESSAGECLASSARRAY`, in): The message classes to resolve (always 8-bit), or null for every form.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder whose form library is searched too, or null.
    /// - `pfrminfoarray` (`LPSMAPIFORMINFOARRAY*`, out): Receives the form information objects.
    pub ResolveMultipleMessageClasses: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMsgClasses: LPSMESSAGECLASSARRAY,
        ulFlags: crate::ULONG,
        pFolderFocus: crate::LPMAPIFOLDER,
        pfrminfoarray: *mut LPSMAPIFORMINFOARRAY,
    ) -> crate::HRESULT,
    /// Returns the named properties a group of forms uses: those of every
    /// form, or those they share.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `pfrminfoarray` (`LPSMAPIFORMINFOARRAY`, in): The forms.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing union or intersection and the character set.
    /// - `ppResults` (`LPMAPIFORMPROPARRAY*`, out): Receives the properties.
    pub CalcFormPropSet: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pfrminfoarray: LPSMAPIFORMINFOARRAY,
        ulFlags: crate::ULONG,
        ppResults: *mut LPMAPIFORMPROPARRAY,
    ) -> crate::HRESULT,
    /// Starts the form server of a form to compose a new message of its
    /// class, downloading the form first if needed.
    ///
    /// The caller then gives the form a message through `IPersistMessage`
    /// and may give it a view context.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_INTERFACE` when the form lacks the
    /// interface asked for.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the progress indicator; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the form is opened.
    /// - `pfrminfoToActivate` (`LPMAPIFORMINFO`, in): The resolved form information object of the form.
    /// - `refiidToAsk` (`REFIID`, in): The interface to return for the form object.
    /// - `ppvObj` (`LPVOID*`, out): Receives the form object.
    pub CreateForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        pfrminfoToActivate: LPMAPIFORMINFO,
        refiidToAsk: crate::REFIID,
        ppvObj: *mut crate::LPVOID,
    ) -> crate::HRESULT,
    /// Shows a dialog box in which the user picks one form, and returns its
    /// form information object. Hidden forms are not offered.
    ///
    /// Returns `S_OK`, `MAPI_E_BAD_CHARWIDTH`, or `MAPI_E_USER_CANCEL` when
    /// the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `pszTitle`.
    /// - `pszTitle` (`LPCTSTR`, in): The caption of the dialog box, or null for the provider's.
    /// - `pfld` (`LPMAPIFOLDER`, in): The folder to pick from, or null for the local, personal and organization libraries.
    /// - `ppfrminfoReturned` (`LPMAPIFORMINFO*`, out): Receives the form information object of the chosen form.
    pub SelectForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        pszTitle: crate::LPCTSTR,
        pfld: crate::LPMAPIFOLDER,
        ppfrminfoReturned: *mut LPMAPIFORMINFO,
    ) -> crate::HRESULT,
    /// Shows a dialog box in which the user picks several forms (hidden
    /// ones included), and returns their form information objects.
    ///
    /// Returns `S_OK`, `MAPI_E_BAD_CHARWIDTH`, or `MAPI_E_USER_CANCEL` when
    /// the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `pszTitle`.
    /// - `pszTitle` (`LPCTSTR`, in): The caption of the dialog box, or null for the provider's.
    /// - `pfld` (`LPMAPIFOLDER`, in): The folder to pick from, or null for the local, personal and organization libraries.
    /// - `pfrminfoarray` (`LPSMAPIFORMINFOARRAY`, in): The forms selected when the dialog box opens, or null.
    /// - `ppfrminfoarray` (`LPSMAPIFORMINFOARRAY*`, out): Receives the form information objects of the chosen forms.
    pub SelectMultipleForms: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        pszTitle: crate::LPCTSTR,
        pfld: crate::LPMAPIFOLDER,
        pfrminfoarray: LPSMAPIFORMINFOARRAY,
        ppfrminfoarray: *mut LPSMAPIFORMINFOARRAY,
    ) -> crate::HRESULT,
    /// Shows a dialog box in which the user picks a form library (not the
    /// local one), and returns it; usually to install a form into it.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Which libraries to offer.
    /// - `lppfcnt` (`LPMAPIFORMCONTAINER*`, out): Receives the chosen form container.
    pub SelectFormContainer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lppfcnt: *mut LPMAPIFORMCONTAINER,
    ) -> crate::HRESULT,
    /// Opens a form library, to install forms into it or remove them.
    ///
    /// The local library can only be opened here (or with
    /// `MAPIOpenLocalFormContainer`), never chosen with
    /// `SelectFormContainer`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_INTERFACE` when `lpunk` lacks the
    /// interface the library needs.
    ///
    /// # Parameters
    ///
    /// - `hfrmreg` (`HFRMREG`, in): The library to open (`HFRMREG_*`).
    /// - `lpunk` (`LPUNKNOWN`, in): The object the library belongs to (an `IMAPIFolder` for `HFRMREG_FOLDER`), or null when the library needs none.
    /// - `lppfcnt` (`LPMAPIFORMCONTAINER*`, out): Receives the form container.
    pub OpenFormContainer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hfrmreg: HFRMREG,
        lpunk: crate::LPUNKNOWN,
        lppfcnt: *mut LPMAPIFORMCONTAINER,
    ) -> crate::HRESULT,
    /// Downloads a form from its library so it can be opened, or so its
    /// files can be changed (a changed form must be installed again).
    /// `CreateForm` and `LoadForm` do this themselves when needed.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the progress indicator; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the download.
    /// - `pfrminfo` (`LPMAPIFORMINFO`, in): The form information object of the form.
    pub PrepareForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        pfrminfo: LPMAPIFORMINFO,
    ) -> crate::HRESULT,
    /// Tells whether a message is in conflict (edited by several users at
    /// once, as happens in public folders) and its form cannot handle that
    /// itself.
    ///
    /// Returns `S_OK` when the message is in conflict and its form does not
    /// handle conflicts (open it with `LoadForm`, never in an existing form
    /// object), `S_FALSE` when the form handles its conflicts or the message
    /// is not in conflict.
    ///
    /// # Parameters
    ///
    /// - `ulMessageFlags` (`ULONG`, in): The message's `PR_MESSAGE_FLAGS`.
    /// - `ulMessageStatus` (`ULONG`, in): The message's `PR_MSG_STATUS`.
    /// - `szMessageClass` (`LPCSTR`, in): The message's class.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder holding the message, or null for an embedded message.
    pub IsInConflict: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulMessageFlags: crate::ULONG,
        ulMessageStatus: crate::ULONG,
        szMessageClass: crate::LPCSTR,
        pFolderFocus: crate::LPMAPIFOLDER,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIFormMgr`]: `{00020322-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIFormMgr: crate::GUID = crate::GUID::from_u128(
    0x00020322_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIFormMgr {
    const IID: crate::GUID = IID_IMAPIFormMgr;
    const NAME: &'static str = "IMAPIFormMgr";
    type Vtbl = IMAPIFormMgrVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIFormMgr || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFormMgrVtbl>() == 15 * ::core::mem::size_of::<usize>()
);
/// A form library: installs and removes forms and resolves message classes
/// to the forms it holds.
///
/// Form library providers implement it; applications use it for form
/// libraries of their own.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormContainer {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFormContainerVtbl,
}
/// The vtable of [`IMAPIFormContainer`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormContainerVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the form container reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the container cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Installs a form, described by its configuration file (`.cfg`), into
    /// the library.
    ///
    /// Returns `S_OK`, `MAPI_E_EXTENDED_ERROR` when the configuration file
    /// is missing, unreadable or invalid (see `GetLastError`), or
    /// `MAPI_E_USER_CANCEL` when the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of dialog boxes; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    /// - `szCfgPathName` (`LPTSTR`, in): The path of the form's configuration file.
    pub InstallForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        szCfgPathName: crate::LPTSTR,
    ) -> crate::HRESULT,
    /// Removes the form for a message class from the library.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form of the library
    /// handles the class.
    ///
    /// # Parameters
    ///
    /// - `szMessageClass` (`LPCSTR`, in): The message class of the form (always 8-bit).
    pub RemoveForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        szMessageClass: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Finds the form for a message class in the library and returns its
    /// form information object.
    ///
    /// The class identifier in the result may not be registered with OLE
    /// until `IMAPIFormMgr::PrepareForm` or `CreateForm`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form handles the class.
    ///
    /// # Parameters
    ///
    /// - `szMessageClass` (`LPCSTR`, in): The message class to resolve (always 8-bit).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `pforminfo` (`LPMAPIFORMINFO*`, out): Receives the form information object.
    pub ResolveMessageClass: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        szMessageClass: crate::LPCSTR,
        ulFlags: crate::ULONG,
        pforminfo: *mut LPMAPIFORMINFO,
    ) -> crate::HRESULT,
    /// Finds the forms for several message classes in the library.
    ///
    /// The result has one entry per class, null for a class no form
    /// handles, so success does not mean every class was resolved.
    ///
    /// # Parameters
    ///
    /// - `pMsgClassArray` (`LPSMESSAGECLASSARRAY`, in): The message classes to resolve (always 8-bit), or null for every form of the library.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `ppfrminfoarray` (`LPSMAPIFORMINFOARRAY*`, out): Receives the form information objects.
    pub ResolveMultipleMessageClasses: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMsgClassArray: LPSMESSAGECLASSARRAY,
        ulFlags: crate::ULONG,
        ppfrminfoarray: *mut LPSMAPIFORMINFOARRAY,
    ) -> crate::HRESULT,
    /// Returns the named properties of every form in the library: all of
    /// them, or those they share.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing union or intersection and the character set.
    /// - `ppResults` (`LPMAPIFORMPROPARRAY*`, out): Receives the properties.
    pub CalcFormPropSet: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ppResults: *mut LPMAPIFORMPROPARRAY,
    ) -> crate::HRESULT,
    /// Returns the display name of the library.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the name.
    /// - `pszDisplayName` (`LPTSTR*`, out): Receives the display name.
    pub GetDisplay: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        pszDisplayName: *mut crate::LPTSTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIFormContainer`]: `{0002032E-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIFormContainer: crate::GUID = crate::GUID::from_u128(
    0x0002032e_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIFormContainer {
    const IID: crate::GUID = IID_IMAPIFormContainer;
    const NAME: &'static str = "IMAPIFormContainer";
    type Vtbl = IMAPIFormContainerVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIFormContainer
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFormContainerVtbl>() == 10 * ::core::mem::size_of::<usize>()
);
/// The class factories of a form server that serves several message
/// classes: a form viewer asks it for the factory of one form class.
///
/// Form servers implement it (usually beside `IClassFactory`).
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormFactory {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFormFactoryVtbl,
}
/// The vtable of [`IMAPIFormFactory`]: its methods in slot order, after its base's.
#[cfg(feature = "forms")]
#[repr(C)]
pub struct IMAPIFormFactoryVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Describes the last error the form factory reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the factory cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Returns the class factory that makes forms of one class.
    ///
    /// **Notes to implementers.** Returning the same factory for every call
    /// with the same class identifier is fine.
    ///
    /// # Parameters
    ///
    /// - `clsidForm` (`REFCLSID`, in): The class identifier of the form.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppClassFactory` (`LPCLASSFACTORY*`, out): Receives the class factory.
    pub CreateClassFactory: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        clsidForm: crate::REFCLSID,
        ulFlags: crate::ULONG,
        lppClassFactory: *mut crate::LPCLASSFACTORY,
    ) -> crate::HRESULT,
    /// Keeps the form server loaded while forms are often created and
    /// released, as `IClassFactory::LockServer` does: the calls nest.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `fLockServer` (`ULONG`, in): TRUE to add a lock, FALSE to release one.
    pub LockServer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        fLockServer: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIFormFactory`]: `{00020350-0000-0000-C000-000000000046}`.
#[cfg(feature = "forms")]
pub const IID_IMAPIFormFactory: crate::GUID = crate::GUID::from_u128(
    0x00020350_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "forms")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIFormFactory {
    const IID: crate::GUID = IID_IMAPIFormFactory;
    const NAME: &'static str = "IMAPIFormFactory";
    type Vtbl = IMAPIFormFactoryVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIFormFactory
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "forms")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFormFactoryVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IPersistMessage`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IPersistMessageImpl`, the provider side of `IPersistMessage`",
    label = "`IPersistMessage` needs `impl IPersistMessageImpl for {Self}`",
    note = "write `impl IPersistMessageImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IPersistMessageImpl: crate::__private::Declares<
        IPersistMessage,
        0x0002032a_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the form object reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form cannot give its strings
    /// in the character set asked for.
    ///
    /// Called through slot 3 ([`IPersistMessageVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: PersistMessageGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the class identifier of the form server that handles the
    /// form.
    ///
    /// A successful call puts the form in the Uninitialized state.
    ///
    /// Called through slot 4 ([`IPersistMessageVtbl::GetClassID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_class_id(&self) -> ::core::result::Result<crate::CLSID, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether the form has changes that were not saved yet.
    ///
    /// Returns `S_OK` when it has, `S_FALSE` when it has not.
    ///
    /// Called through slot 5 ([`IPersistMessageVtbl::IsDirty`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_dirty`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_dirty`] and answers `S_OK`.
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_dirty().map(|v| (crate::Hresult::OK, v))
    }
    /// Gives the form a new message to compose.
    ///
    /// Allowed only in the Uninitialized state (`E_UNEXPECTED` otherwise).
    /// Afterwards the message has these properties set and no others:
    /// `PR_DELETE_AFTER_SUBMIT`, `PR_IMPORTANCE`,
    /// `PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED`, `PR_PRIORITY`,
    /// `PR_READ_RECEIPT_REQUESTED`, `PR_SENSITIVITY` and
    /// `PR_SENTMAIL_ENTRYID`.
    ///
    /// **Notes to implementers.** Release any other message site you hold,
    /// keep (and `AddRef`) the site and the message, set `PR_MESSAGE_FLAGS`
    /// and `PR_MSG_STATUS` as your message class wants (often
    /// `MSGFLAG_UNSENT`), enter the Normal state and call every registered
    /// viewer's `IMAPIViewAdviseSink::OnNewMessage`. Mark the message as
    /// modified only when the user changed something: computed properties
    /// set here should not make the viewer ask whether to save.
    ///
    /// Called through slot 6 ([`IPersistMessageVtbl::InitNew`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init_new(
        &self,
        pMessageSite: crate::ComPtr<IMAPIMessageSite>,
        pMessage: crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMessageSite, pMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Gives the form an existing message to show.
    ///
    /// Allowed in the Uninitialized and HandsOff states (`E_UNEXPECTED`
    /// otherwise).
    ///
    /// **Notes to implementers.** Release any other message site you hold,
    /// keep (and `AddRef`) the site and the message, store the status and
    /// flags, enter the Normal state before showing the message and call
    /// every registered viewer's `IMAPIViewAdviseSink::OnNewMessage`.
    ///
    /// Called through slot 7 ([`IPersistMessageVtbl::Load`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn load(
        &self,
        pMessageSite: crate::ComPtr<IMAPIMessageSite>,
        pMessage: crate::ComPtr<crate::IMessage>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMessageSite, pMessage, ulMessageStatus, ulMessageFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the form's changes into a message, without committing them:
    /// committing is the caller's business.
    ///
    /// Allowed only in the Normal state (`E_UNEXPECTED` otherwise); the form
    /// then enters the NoScribble state until `SaveCompleted`.
    ///
    /// **Notes to implementers.** When `fSameAsLoad` is FALSE, first copy
    /// every property of the original message into `pMessage` (with the
    /// original's `IMAPIProp::CopyTo`). Change the form's message only
    /// during `Save`.
    ///
    /// Called through slot 8 ([`IPersistMessageVtbl::Save`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save(
        &self,
        pMessage: ::core::option::Option<crate::ComPtr<crate::IMessage>>,
        fSameAsLoad: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMessage, fSameAsLoad);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the form that its changes have been saved, possibly handing it
    /// the message to work on from now on.
    ///
    /// Allowed in the NoScribble and HandsOff states; on success the form is
    /// back in the Normal state.
    ///
    /// Returns:
    /// - `S_OK`: the form took note.
    /// - `E_INVALIDARG`: `pMessage` is null while the form is in a HandsOff
    ///   state.
    /// - `E_UNEXPECTED`: the form is in another state.
    ///
    /// **Notes to implementers.** With a new message, release the old one
    /// and keep (and `AddRef`) the new one. When the save went to the
    /// form's own message, call every viewer's
    /// `IMAPIViewAdviseSink::OnSaved` and mark the form clean.
    ///
    /// Called through slot 9 ([`IPersistMessageVtbl::SaveCompleted`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_completed(
        &self,
        pMessage: ::core::option::Option<crate::ComPtr<crate::IMessage>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMessage,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes the form let go of its message (and of every message and OLE
    /// object embedded in it) while the viewer stores it.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the form is already in a
    /// HandsOff state.
    ///
    /// Called through slot 10 ([`IPersistMessageVtbl::HandsOffMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hands_off_message(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IPersistMessageVtbl {
    /// A vtable of [`IPersistMessage`] whose slots check their arguments and call [`IPersistMessageImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IPersistMessageImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IPersistMessage::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <PersistMessageGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetClassID: {
                /// `IPersistMessage::GetClassID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpClassID: crate::LPCLSID,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !lpClassID.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpClassID, 0, 1) };
                        }
                        if lpClassID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::get_class_id(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpClassID.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsDirty: {
                /// `IPersistMessage::IsDirty`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IPersistMessageImpl>::is_dirty_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            InitNew: {
                /// `IPersistMessage::InitNew`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMessageSite: LPMAPIMESSAGESITE,
                    pMessage: crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMAPIMessageSite,
                            >::from_borrowed(pMessageSite.cast::<IMAPIMessageSite>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(pMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::init_new(
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
            Load: {
                /// `IPersistMessage::Load`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMessageSite: LPMAPIMESSAGESITE,
                    pMessage: crate::LPMESSAGE,
                    ulMessageStatus: crate::ULONG,
                    ulMessageFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMAPIMessageSite,
                            >::from_borrowed(pMessageSite.cast::<IMAPIMessageSite>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(pMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <FormMessageStatusFlags as crate::FlagSet>::check_input_for(
                            ulMessageStatus,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = match <FormMessageFlags as crate::FlagSet>::check_input_for(
                            ulMessageFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::load(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            arg3,
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
            Save: {
                /// `IPersistMessage::Save`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMessage: crate::LPMESSAGE,
                    fSameAsLoad: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(pMessage.cast::<crate::IMessage>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::save(
                            object.inner(),
                            arg0,
                            fSameAsLoad,
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
            SaveCompleted: {
                /// `IPersistMessage::SaveCompleted`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMessage: crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(pMessage.cast::<crate::IMessage>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::save_completed(
                            object.inner(),
                            arg0,
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
            HandsOffMessage: {
                /// `IPersistMessage::HandsOffMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMessageImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMessageImpl>::hands_off_message(
                            object.inner(),
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IPersistMessage {
    const IIDS: &'static [u128] = &[
        0x0002032a_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIMessageSite`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIMessageSiteImpl`, the provider side of `IMAPIMessageSite`",
    label = "`IMAPIMessageSite` needs `impl IMAPIMessageSiteImpl for {Self}`",
    note = "write `impl IMAPIMessageSiteImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIMessageSiteImpl: crate::__private::Declares<
        IMAPIMessageSite,
        0x00020370_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the message site reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the site cannot give its strings
    /// in the character set asked for.
    ///
    /// Called through slot 3 ([`IMAPIMessageSiteVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIMessageSiteGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the MAPI session the current message was created or opened
    /// in.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is no session.
    ///
    /// Called through slot 4 ([`IMAPIMessageSiteVtbl::GetSession`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_session(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMAPISession>>,
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_session`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_session`] and answers `S_OK`.
    fn get_session_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMAPISession>>),
        crate::Hresult,
    > {
        self.get_session().map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the message store holding the current message.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when no store holds it (an
    /// embedded message lives in another message).
    ///
    /// Called through slot 5 ([`IMAPIMessageSiteVtbl::GetStore`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_store(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMsgStore>>,
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_store`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_store`] and answers `S_OK`.
    fn get_store_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMsgStore>>),
        crate::Hresult,
    > {
        self.get_store().map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the folder the current message was created or opened in.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is no such folder
    /// (an embedded message lives in another message).
    ///
    /// Called through slot 6 ([`IMAPIMessageSiteVtbl::GetFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_folder(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_folder`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_folder`] and answers `S_OK`.
    fn get_folder_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>),
        crate::Hresult,
    > {
        self.get_folder().map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the current message: the one last given to the form by
    /// `IPersistMessage::InitNew`, `Load` or `SaveCompleted`.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is none (after
    /// `IPersistMessage::HandsOffMessage`, until the next `Load` or
    /// `SaveCompleted`).
    ///
    /// Called through slot 7 ([`IMAPIMessageSiteVtbl::GetMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_message(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMessage>>,
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_message`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_message`] and answers `S_OK`.
    fn get_message_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMessage>>),
        crate::Hresult,
    > {
        self.get_message().map(|v| (crate::Hresult::OK, v))
    }
    /// Returns a form manager, through which the form can open other forms.
    ///
    /// Called through slot 8 ([`IMAPIMessageSiteVtbl::GetFormManager`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_form_manager(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormMgr>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a new message, with a message site (and optionally a view
    /// context) for it, for a new form to work on.
    ///
    /// Called through slot 9 ([`IMAPIMessageSiteVtbl::NewMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn new_message(
        &self,
        fComposeInFolder: crate::ULONG,
        pFolderFocus: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
        pPersistMessage: crate::ComPtr<IPersistMessage>,
    ) -> ::core::result::Result<
        (
            crate::ComPtr<crate::IMessage>,
            crate::ComPtr<IMAPIMessageSite>,
            ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        ),
        crate::Hresult,
    > {
        let _ = (fComposeInFolder, pFolderFocus, pPersistMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies the current message to a folder. The form keeps showing the
    /// current message.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot copy.
    ///
    /// **Notes to implementers.** Create a message in the destination, call
    /// the form's `IPersistMessage::Save` with it and FALSE, then
    /// `IPersistMessage::SaveCompleted` with null, then `SaveChanges` on the
    /// new message.
    ///
    /// Called through slot 10 ([`IMAPIMessageSiteVtbl::CopyMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_message(
        &self,
        pFolderDestination: crate::ComPtr<crate::IMAPIFolder>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pFolderDestination,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Moves the current message to a folder.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot move.
    ///
    /// **Notes to implementers.** Call `IMAPIViewContext::ActivateNext` with
    /// `VCDIR_MOVE` before moving the message.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// Called through slot 11 ([`IMAPIMessageSiteVtbl::MoveMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn move_message(
        &self,
        pFolderDestination: crate::ComPtr<crate::IMAPIFolder>,
        pViewContext: crate::ComPtr<IMAPIViewContext>,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pFolderDestination, pViewContext, prcPosRect);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes the current message (or moves it to Deleted Items when the
    /// site says `VCSTATUS_DELETE_IS_MOVE`).
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot delete.
    ///
    /// **Notes to implementers.** Save a changed message first when it is
    /// moved rather than deleted, call `IMAPIViewContext::ActivateNext`
    /// with `VCDIR_DELETE` (on `S_FALSE` call
    /// `IPersistMessage::HandsOffMessage`), then delete or move it.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// Called through slot 12 ([`IMAPIMessageSiteVtbl::DeleteMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_message(
        &self,
        pViewContext: crate::ComPtr<IMAPIViewContext>,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pViewContext, prcPosRect);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks the viewer to save the current message.
    ///
    /// Called through slot 13 ([`IMAPIMessageSiteVtbl::SaveMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_message(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks the viewer to queue the current message for delivery, saving it
    /// first if it changed.
    ///
    /// **Notes to implementers.** Call `IPersistMessage::HandsOffMessage`
    /// before submitting.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// Called through slot 14 ([`IMAPIMessageSiteVtbl::SubmitMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn submit_message(
        &self,
        ulFlags: MAPIMessageSiteSubmitMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells what the site can do with the current message; forms use it to
    /// enable or disable their commands.
    ///
    /// Called through slot 15 ([`IMAPIMessageSiteVtbl::GetSiteStatus`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_site_status(
        &self,
    ) -> ::core::result::Result<MAPIMessageSiteGetSiteStatusFlags, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIMessageSiteVtbl {
    /// A vtable of [`IMAPIMessageSite`] whose slots check their arguments and call [`IMAPIMessageSiteImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIMessageSiteImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIMessageSite::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIMessageSiteGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetSession: {
                /// `IMAPIMessageSite::GetSession`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppSession: *mut crate::LPMAPISESSION,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !ppSession.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppSession, 0, 1) };
                        }
                        if ppSession.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIMessageSiteImpl>::get_session_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppSession
                                        .write(
                                            arg0
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetStore: {
                /// `IMAPIMessageSite::GetStore`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppStore: *mut crate::LPMDB,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !ppStore.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppStore, 0, 1) };
                        }
                        if ppStore.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIMessageSiteImpl>::get_store_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppStore
                                        .write(
                                            arg0
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetFolder: {
                /// `IMAPIMessageSite::GetFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppFolder: *mut crate::LPMAPIFOLDER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !ppFolder.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppFolder, 0, 1) };
                        }
                        if ppFolder.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIMessageSiteImpl>::get_folder_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppFolder
                                        .write(
                                            arg0
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMessage: {
                /// `IMAPIMessageSite::GetMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppmsg: *mut crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmsg.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmsg, 0, 1) };
                        }
                        if ppmsg.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIMessageSiteImpl>::get_message_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppmsg
                                        .write(
                                            arg0
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetFormManager: {
                /// `IMAPIMessageSite::GetFormManager`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppFormMgr: *mut LPMAPIFORMMGR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !ppFormMgr.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppFormMgr, 0, 1) };
                        }
                        if ppFormMgr.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::get_form_manager(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppFormMgr.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            NewMessage: {
                /// `IMAPIMessageSite::NewMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    fComposeInFolder: crate::ULONG,
                    pFolderFocus: crate::LPMAPIFOLDER,
                    pPersistMessage: LPPERSISTMESSAGE,
                    ppMessage: *mut crate::LPMESSAGE,
                    ppMessageSite: *mut LPMAPIMESSAGESITE,
                    ppViewContext: *mut LPMAPIVIEWCONTEXT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !ppMessage.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppMessage, 0, 1) };
                        }
                        if !ppMessageSite.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppMessageSite, 0, 1) };
                        }
                        if !ppViewContext.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppViewContext, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pFolderFocus.cast::<crate::IMAPIFolder>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IPersistMessage,
                            >::from_borrowed(pPersistMessage.cast::<IPersistMessage>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppMessage.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppMessageSite.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppViewContext.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPIMessageSiteImpl>::new_message(
                            object.inner(),
                            fComposeInFolder,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg3, arg4, arg5) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppMessage.write(arg3.into_raw().cast()) };
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppMessageSite.write(arg4.into_raw().cast()) };
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppViewContext
                                        .write(
                                            arg5
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyMessage: {
                /// `IMAPIMessageSite::CopyMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pFolderDestination: crate::LPMAPIFOLDER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(
                                pFolderDestination.cast::<crate::IMAPIFolder>(),
                            )
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::copy_message(
                            object.inner(),
                            arg0,
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
            MoveMessage: {
                /// `IMAPIMessageSite::MoveMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pFolderDestination: crate::LPMAPIFOLDER,
                    pViewContext: LPMAPIVIEWCONTEXT,
                    prcPosRect: crate::LPCRECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(
                                pFolderDestination.cast::<crate::IMAPIFolder>(),
                            )
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMAPIViewContext,
                            >::from_borrowed(pViewContext.cast::<IMAPIViewContext>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = if prcPosRect.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                prcPosRect.cast::<crate::RECT>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::move_message(
                            object.inner(),
                            arg0,
                            arg1,
                            &arg2,
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
            DeleteMessage: {
                /// `IMAPIMessageSite::DeleteMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pViewContext: LPMAPIVIEWCONTEXT,
                    prcPosRect: crate::LPCRECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMAPIViewContext,
                            >::from_borrowed(pViewContext.cast::<IMAPIViewContext>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = if prcPosRect.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                prcPosRect.cast::<crate::RECT>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::delete_message(
                            object.inner(),
                            arg0,
                            &arg1,
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
            SaveMessage: {
                /// `IMAPIMessageSite::SaveMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::save_message(
                            object.inner(),
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
            SubmitMessage: {
                /// `IMAPIMessageSite::SubmitMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPIMessageSiteSubmitMessageFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::submit_message(
                            object.inner(),
                            arg0,
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
            GetSiteStatus: {
                /// `IMAPIMessageSite::GetSiteStatus`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulStatus: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIMessageSiteImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulStatus, 0, 1) };
                        }
                        if lpulStatus.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIMessageSiteImpl>::get_site_status(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulStatus
                                        .write(
                                            arg0.bits()
                                                & <MAPIMessageSiteGetSiteStatusFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
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
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIMessageSite {
    const IIDS: &'static [u128] = &[
        0x00020370_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIViewAdviseSink`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIViewAdviseSinkImpl`, the provider side of `IMAPIViewAdviseSink`",
    label = "`IMAPIViewAdviseSink` needs `impl IMAPIViewAdviseSinkImpl for {Self}`",
    note = "write `impl IMAPIViewAdviseSinkImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIViewAdviseSinkImpl: crate::__private::Declares<
        IMAPIViewAdviseSink,
        0x0002032b_0000_0000_c000_000000000046,
    > {
    /// The form is closing.
    ///
    /// Called through slot 3 ([`IMAPIViewAdviseSinkVtbl::OnShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// A message was loaded into the form (`IPersistMessage::InitNew` or
    /// `Load`).
    ///
    /// **Notes to implementers.** Release the form object you hold: it no
    /// longer shows the message you were viewing.
    ///
    /// Called through slot 4 ([`IMAPIViewAdviseSinkVtbl::OnNewMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_new_message(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Reports how printing the form is going: after each page, and once
    /// at the end.
    ///
    /// Returns `S_OK`, or `MAPI_E_USER_CANCEL` to cancel the print job.
    ///
    /// Called through slot 5 ([`IMAPIViewAdviseSinkVtbl::OnPrint`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_print(
        &self,
        dwPageNumber: crate::ULONG,
        hrStatus: crate::HRESULT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwPageNumber, hrStatus);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// The current message was submitted (`IMAPIMessageSite::SubmitMessage`
    /// succeeded); the viewer updates its windows.
    ///
    /// Called through slot 6 ([`IMAPIViewAdviseSinkVtbl::OnSubmitted`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_submitted(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// The current message was saved; the viewer updates its windows.
    ///
    /// Called through slot 7 ([`IMAPIViewAdviseSinkVtbl::OnSaved`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_saved(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIViewAdviseSinkVtbl {
    /// A vtable of [`IMAPIViewAdviseSink`] whose slots check their arguments and call [`IMAPIViewAdviseSinkImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIViewAdviseSinkImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            OnShutdown: {
                /// `IMAPIViewAdviseSink::OnShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewAdviseSinkImpl>::on_shutdown(
                            object.inner(),
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
            OnNewMessage: {
                /// `IMAPIViewAdviseSink::OnNewMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewAdviseSinkImpl>::on_new_message(
                            object.inner(),
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
            OnPrint: {
                /// `IMAPIViewAdviseSink::OnPrint`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwPageNumber: crate::ULONG,
                    hrStatus: crate::HRESULT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewAdviseSinkImpl>::on_print(
                            object.inner(),
                            dwPageNumber,
                            hrStatus,
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
            OnSubmitted: {
                /// `IMAPIViewAdviseSink::OnSubmitted`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewAdviseSinkImpl>::on_submitted(
                            object.inner(),
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
            OnSaved: {
                /// `IMAPIViewAdviseSink::OnSaved`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewAdviseSinkImpl>::on_saved(
                            object.inner(),
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIViewAdviseSink {
    const IIDS: &'static [u128] = &[
        0x0002032b_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIForm`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFormImpl`, the provider side of `IMAPIForm`",
    label = "`IMAPIForm` needs `impl IMAPIFormImpl for {Self}`",
    note = "write `impl IMAPIFormImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFormImpl: crate::__private::Declares<
        IMAPIForm,
        0x00020327_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the form reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form cannot give its strings
    /// in the character set asked for.
    ///
    /// Called through slot 3 ([`IMAPIFormVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes a view context the form's current one; a form has one at a
    /// time.
    ///
    /// **Notes to implementers.** Unregister from the old view context
    /// (`SetAdviseSink` with null) and release it; then, for a new one,
    /// register your form advise sink with it, read its
    /// `GetViewStatus` (to enable Next and Previous, for instance), keep
    /// (and `AddRef`) it, and update your user interface.
    ///
    /// Called through slot 4 ([`IMAPIFormVtbl::SetViewContext`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_view_context(
        &self,
        pViewContext: ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pViewContext,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the form's current view context.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when the form has none.
    ///
    /// Called through slot 5 ([`IMAPIFormVtbl::GetViewContext`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_view_context(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_view_context`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_view_context`] and answers `S_OK`.
    fn get_view_context_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<IMAPIViewContext>>),
        crate::Hresult,
    > {
        self.get_view_context().map(|v| (crate::Hresult::OK, v))
    }
    /// Closes the form, saving its data as `ulSaveOptions` says.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the form was already closed.
    /// Afterwards only the `IUnknown` methods of the form may be called.
    ///
    /// **Notes to implementers.** `AddRef` yourself for the duration; save
    /// through `IMAPIMessageSite::SaveMessage` as the options say; destroy
    /// your window; release your message and message site; call every
    /// viewer's `IMAPIViewAdviseSink::OnShutdown`; unregister from the view
    /// context (`SetAdviseSink` with null); free your properties; then
    /// `Release` yourself.
    ///
    /// **Notes to callers.** Release the form when the call returns, whether
    /// or not it failed.
    ///
    /// Called through slot 6 ([`IMAPIFormVtbl::ShutdownForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn shutdown_form(
        &self,
        ulSaveOptions: MAPIFormShutdownFormFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulSaveOptions,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks the form to carry out one of its verbs.
    ///
    /// Returns `S_OK`, `OLEOBJ_S_CANNOT_DOVERB_NOW` (0x00040181: the verb is
    /// valid but cannot be carried out now), or `MAPI_E_NO_SUPPORT` for an
    /// unknown verb.
    ///
    /// **Notes to implementers.** A view context passed here overrides the
    /// one set by `SetViewContext` for this call only: do not keep it.
    /// Verbs such as Print finish before `DoVerb` returns. Close the form
    /// once the verb is done. Do not keep `hwndParent`: the window may be
    /// destroyed as soon as the call returns.
    ///
    /// Called through slot 7 ([`IMAPIFormVtbl::DoVerb`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_verb(
        &self,
        iVerb: crate::LONG,
        lpViewContext: ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        hwndParent: crate::ULONG_PTR,
        lprcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (iVerb, lpViewContext, hwndParent, lprcPosRect);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers a form viewer's sink for the form's notifications.
    ///
    /// Returns `S_OK`, or `E_OUTOFMEMORY`.
    ///
    /// **Notes to implementers.** Keep (and `AddRef`) the sink until
    /// `Unadvise`, and hand back a nonzero connection number.
    ///
    /// Called through slot 8 ([`IMAPIFormVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        pAdvise: crate::ComPtr<IMAPIViewAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (pAdvise,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a registration made with `Advise`.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` for an unknown connection number.
    ///
    /// **Notes to implementers.** Release the sink, after any call into it
    /// still running on another thread returns.
    ///
    /// Called through slot 9 ([`IMAPIFormVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIFormVtbl {
    /// A vtable of [`IMAPIForm`] whose slots check their arguments and call [`IMAPIFormImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFormImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIForm::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIFormGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetViewContext: {
                /// `IMAPIForm::SetViewContext`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pViewContext: LPMAPIVIEWCONTEXT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMAPIViewContext,
                            >::from_borrowed(pViewContext.cast::<IMAPIViewContext>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormImpl>::set_view_context(
                            object.inner(),
                            arg0,
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
            GetViewContext: {
                /// `IMAPIForm::GetViewContext`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppViewContext: *mut LPMAPIVIEWCONTEXT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        if !ppViewContext.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppViewContext, 0, 1) };
                        }
                        if ppViewContext.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIFormImpl>::get_view_context_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppViewContext
                                        .write(
                                            arg0
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ShutdownForm: {
                /// `IMAPIForm::ShutdownForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulSaveOptions: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPIFormShutdownFormFlags as crate::FlagSet>::check_input_for(
                            ulSaveOptions,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormImpl>::shutdown_form(
                            object.inner(),
                            arg0,
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
            DoVerb: {
                /// `IMAPIForm::DoVerb`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    iVerb: crate::LONG,
                    lpViewContext: LPMAPIVIEWCONTEXT,
                    hwndParent: crate::ULONG_PTR,
                    lprcPosRect: crate::LPCRECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMAPIViewContext,
                            >::from_borrowed(lpViewContext.cast::<IMAPIViewContext>())
                        };
                        let arg3 = if lprcPosRect.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lprcPosRect.cast::<crate::RECT>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormImpl>::do_verb(
                            object.inner(),
                            iVerb,
                            arg1,
                            hwndParent,
                            &arg3,
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
            Advise: {
                /// `IMAPIForm::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pAdvise: LPMAPIVIEWADVISESINK,
                    pdwStatus: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pdwStatus, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMAPIViewAdviseSink,
                            >::from_borrowed(pAdvise.cast::<IMAPIViewAdviseSink>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pdwStatus.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormImpl>::advise(object.inner(), arg0) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pdwStatus.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Unadvise: {
                /// `IMAPIForm::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormImpl>::unadvise(
                            object.inner(),
                            ulConnection,
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIForm {
    const IIDS: &'static [u128] = &[
        0x00020327_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIViewContext`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIViewContextImpl`, the provider side of `IMAPIViewContext`",
    label = "`IMAPIViewContext` needs `impl IMAPIViewContextImpl for {Self}`",
    note = "write `impl IMAPIViewContextImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIViewContextImpl: crate::__private::Declares<
        IMAPIViewContext,
        0x00020321_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the view context reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the view context cannot give its
    /// strings in the character set asked for.
    ///
    /// Called through slot 3 ([`IMAPIViewContextVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIViewContextGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers the form's sink for the viewer's notifications, or with
    /// null cancels the registration.
    ///
    /// **Notes to implementers.** Keep (and `AddRef`) the sink until the
    /// next call; notify it when your status changes and when you load a
    /// new message.
    ///
    /// Called through slot 4 ([`IMAPIViewContextVtbl::SetAdviseSink`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_advise_sink(
        &self,
        pmvns: ::core::option::Option<crate::ComPtr<IMAPIFormAdviseSink>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pmvns,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes the next or previous message of the view the current one.
    ///
    /// Returns `S_OK`, or `S_FALSE` when the message was activated but in a
    /// form of another kind.
    ///
    /// **Notes to implementers.** Afterwards `IMAPIMessageSite::GetMessage`
    /// returns the activated message.
    ///
    /// **Notes to callers.** On `S_FALSE`, or when there is no current
    /// message, close the form (`IMAPIForm::ShutdownForm`); otherwise show
    /// the new message at `prcPosRect`.
    ///
    /// Called through slot 5 ([`IMAPIViewContextVtbl::ActivateNext`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn activate_next(
        &self,
        ulDir: MAPIViewContextActivateNextFlags,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulDir, prcPosRect);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::activate_next`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::activate_next`] and answers `S_OK`.
    fn activate_next_with_warning(
        &self,
        ulDir: MAPIViewContextActivateNextFlags,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.activate_next(ulDir, prcPosRect).map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the viewer's print settings, before the form prints.
    ///
    /// **Notes to callers.** Free the two handles with `GlobalFree` and the
    /// structure with `MAPIFreeBuffer`.
    ///
    /// Called through slot 6 ([`IMAPIViewContextVtbl::GetPrintSetup`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_print_setup(
        &self,
        ulFlags: MAPIViewContextGetPrintSetupFlags,
    ) -> ::core::result::Result<FORMPRINTSETUP, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a stream to write the current message into, for the viewer's
    /// Save As command, and the format to write it in.
    ///
    /// **Notes to callers.** Write nothing before the call; afterwards leave
    /// the stream's seek pointer at the end of what you wrote.
    ///
    /// Called through slot 7 ([`IMAPIViewContextVtbl::GetSaveStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_save_stream(
        &self,
    ) -> ::core::result::Result<
        (
            MAPIViewContextGetSaveStreamFlags,
            MAPIViewContextSaveFormat,
            crate::ComPtr<crate::IStream>,
        ),
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the viewer's status: whether there are next and previous
    /// messages, whether the form is modal or may show a user interface.
    ///
    /// With `VCSTATUS_MODAL` the form may use the thread of the earlier
    /// `IMAPIForm::DoVerb` call until it closes; without it the form must
    /// not.
    ///
    /// Called through slot 8 ([`IMAPIViewContextVtbl::GetViewStatus`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_view_status(
        &self,
    ) -> ::core::result::Result<MAPIViewStatusFlags, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIViewContextVtbl {
    /// A vtable of [`IMAPIViewContext`] whose slots check their arguments and call [`IMAPIViewContextImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIViewContextImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIViewContext::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewContextImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIViewContextGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewContextImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetAdviseSink: {
                /// `IMAPIViewContext::SetAdviseSink`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmvns: LPMAPIFORMADVISESINK,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewContextImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMAPIFormAdviseSink,
                            >::from_borrowed(pmvns.cast::<IMAPIFormAdviseSink>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewContextImpl>::set_advise_sink(
                            object.inner(),
                            arg0,
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
            ActivateNext: {
                /// `IMAPIViewContext::ActivateNext`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulDir: crate::ULONG,
                    prcPosRect: crate::LPCRECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewContextImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPIViewContextActivateNextFlags as crate::FlagSet>::check_input_for(
                            ulDir,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg1 = if prcPosRect.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                prcPosRect.cast::<crate::RECT>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIViewContextImpl>::activate_next_with_warning(
                                object.inner(),
                                arg0,
                                &arg1,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetPrintSetup: {
                /// `IMAPIViewContext::GetPrintSetup`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppFormPrintSetup: *mut LPFORMPRINTSETUP,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewContextImpl,
                {
                    crate::__private::guard(|| {
                        if !lppFormPrintSetup.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppFormPrintSetup, 0, 1) };
                        }
                        let arg0 = match <MAPIViewContextGetPrintSetupFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppFormPrintSetup.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewContextImpl>::get_print_setup(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_plain(__alloc, &arg1)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe {
                                    lppFormPrintSetup.write(__buf1.into_raw().cast())
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetSaveStream: {
                /// `IMAPIViewContext::GetSaveStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pulFlags: *mut crate::ULONG,
                    pulFormat: *mut crate::ULONG,
                    ppstm: *mut crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewContextImpl,
                {
                    crate::__private::guard(|| {
                        if !pulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pulFlags, 0, 1) };
                        }
                        if !pulFormat.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pulFormat, 0, 1) };
                        }
                        if !ppstm.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppstm, 0, 1) };
                        }
                        if pulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pulFormat.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppstm.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPIViewContextImpl>::get_save_stream(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg0, arg1, arg2) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe {
                                    pulFlags
                                        .write(
                                            arg0.bits()
                                                & <MAPIViewContextGetSaveStreamFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                // SAFETY: checked non-null above.
                                unsafe {
                                    pulFormat
                                        .write(
                                            arg1.bits()
                                                & <MAPIViewContextSaveFormat as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppstm.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetViewStatus: {
                /// `IMAPIViewContext::GetViewStatus`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulStatus: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIViewContextImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulStatus, 0, 1) };
                        }
                        if lpulStatus.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIViewContextImpl>::get_view_status(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulStatus
                                        .write(
                                            arg0.bits()
                                                & <MAPIViewStatusFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
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
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIViewContext {
    const IIDS: &'static [u128] = &[
        0x00020321_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIFormAdviseSink`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFormAdviseSinkImpl`, the provider side of `IMAPIFormAdviseSink`",
    label = "`IMAPIFormAdviseSink` needs `impl IMAPIFormAdviseSinkImpl for {Self}`",
    note = "write `impl IMAPIFormAdviseSinkImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFormAdviseSinkImpl: crate::__private::Declares<
        IMAPIFormAdviseSink,
        0x0002032f_0000_0000_c000_000000000046,
    > {
    /// The viewer's status changed (usually whether there is a next or
    /// previous message); the form updates its commands.
    ///
    /// Called through slot 3 ([`IMAPIFormAdviseSinkVtbl::OnChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_change(
        &self,
        ulDir: MAPIViewStatusFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulDir,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks whether the form can show the next message the viewer is about
    /// to activate.
    ///
    /// Returns `S_OK` when the form can (with null in `ppPersistMessage` to
    /// reuse this form, or a new form object for it), `S_FALSE` when it
    /// cannot; returning `S_FALSE` slows the viewer down, so forms rarely
    /// do.
    ///
    /// Called through slot 4 ([`IMAPIFormAdviseSinkVtbl::OnActivateNext`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_activate_next(
        &self,
        lpszMessageClass: crate::value::StrRef<'_>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IPersistMessage>>,
        crate::Hresult,
    > {
        let _ = (lpszMessageClass, ulMessageStatus, ulMessageFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::on_activate_next`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::on_activate_next`] and answers `S_OK`.
    fn on_activate_next_with_warning(
        &self,
        lpszMessageClass: crate::value::StrRef<'_>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<IPersistMessage>>),
        crate::Hresult,
    > {
        self.on_activate_next(lpszMessageClass, ulMessageStatus, ulMessageFlags)
            .map(|v| (crate::Hresult::OK, v))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIFormAdviseSinkVtbl {
    /// A vtable of [`IMAPIFormAdviseSink`] whose slots check their arguments and call [`IMAPIFormAdviseSinkImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFormAdviseSinkImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            OnChange: {
                /// `IMAPIFormAdviseSink::OnChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulDir: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPIViewStatusFlags as crate::FlagSet>::check_input_for(
                            ulDir,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormAdviseSinkImpl>::on_change(
                            object.inner(),
                            arg0,
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
            OnActivateNext: {
                /// `IMAPIFormAdviseSink::OnActivateNext`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMessageClass: crate::LPCSTR,
                    ulMessageStatus: crate::ULONG,
                    ulMessageFlags: crate::ULONG,
                    ppPersistMessage: *mut LPPERSISTMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormAdviseSinkImpl,
                {
                    crate::__private::guard(|| {
                        if !ppPersistMessage.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppPersistMessage, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(lpszMessageClass.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <FormMessageStatusFlags as crate::FlagSet>::check_input_for(
                            ulMessageStatus,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match <FormMessageFlags as crate::FlagSet>::check_input_for(
                            ulMessageFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppPersistMessage.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIFormAdviseSinkImpl>::on_activate_next_with_warning(
                                object.inner(),
                                arg0,
                                arg1,
                                arg2,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg3)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppPersistMessage
                                        .write(
                                            arg3
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
                                        )
                                };
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
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIFormAdviseSink {
    const IIDS: &'static [u128] = &[
        0x0002032f_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIFormInfo`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFormInfoImpl`, the provider side of `IMAPIFormInfo`",
    label = "`IMAPIFormInfo` needs `impl IMAPIFormInfoImpl for {Self}`",
    note = "write `impl IMAPIFormInfoImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFormInfoImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IMAPIFormInfo,
        0x00020324_0000_0000_c000_000000000046,
    > {
    /// Returns every named property the form uses.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// Called through slot 14 ([`IMAPIFormInfoVtbl::CalcFormPropSet`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn calc_form_prop_set(
        &self,
        ulFlags: MAPIFormInfoCalcFormPropSetFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::FormProp>,
        crate::Hresult,
    > {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns every verb the form offers, in index order; clients build
    /// menus and buttons from it.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// Called through slot 15 ([`IMAPIFormInfoVtbl::CalcVerbSet`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn calc_verb_set(
        &self,
        ulFlags: MAPIFormInfoCalcVerbSetFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Verb>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Builds an icon from one of the form's icon properties, for table
    /// views that show icon columns.
    ///
    /// Called through slot 16 ([`IMAPIFormInfoVtbl::MakeIconFromBinary`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn make_icon_from_binary(
        &self,
        nPropID: crate::ULONG,
    ) -> ::core::result::Result<crate::HICON, crate::Hresult> {
        let _ = (nPropID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes a description of the form to a form descriptor file (`.fdm`),
    /// from which it can be installed again.
    ///
    /// Returns `S_OK`, `MAPI_E_EXTENDED_ERROR` when the file could not be
    /// written (see `IMAPIProp::GetLastError`), or `MAPI_E_NO_SUPPORT` for
    /// forms of the local form library.
    ///
    /// Called through slot 17 ([`IMAPIFormInfoVtbl::SaveForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_form(
        &self,
        szFileName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (szFileName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the form library the form is installed in.
    ///
    /// Called through slot 18 ([`IMAPIFormInfoVtbl::OpenFormContainer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_form_container(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIFormInfoVtbl {
    /// A vtable of [`IMAPIFormInfo`] whose slots check their arguments and call [`IMAPIFormInfoImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFormInfoImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            CalcFormPropSet: {
                /// `IMAPIFormInfo::CalcFormPropSet`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ppFormPropArray: *mut LPMAPIFORMPROPARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormInfoImpl,
                {
                    crate::__private::guard(|| {
                        if !ppFormPropArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppFormPropArray, 0, 1) };
                        }
                        let arg0 = match <MAPIFormInfoCalcFormPropSetFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppFormPropArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormInfoImpl>::calc_form_prop_set(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_form_props(
                                            __alloc,
                                            &arg1,
                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                        )
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { ppFormPropArray.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CalcVerbSet: {
                /// `IMAPIFormInfo::CalcVerbSet`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ppMAPIVerbArray: *mut LPMAPIVERBARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormInfoImpl,
                {
                    crate::__private::guard(|| {
                        if !ppMAPIVerbArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppMAPIVerbArray, 0, 1) };
                        }
                        let arg0 = match <MAPIFormInfoCalcVerbSetFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppMAPIVerbArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormInfoImpl>::calc_verb_set(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_verbs(
                                            __alloc,
                                            &arg1,
                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                        )
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { ppMAPIVerbArray.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            MakeIconFromBinary: {
                /// `IMAPIFormInfo::MakeIconFromBinary`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    nPropID: crate::ULONG,
                    phicon: *mut crate::HICON,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormInfoImpl,
                {
                    crate::__private::guard(|| {
                        if !phicon.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(phicon, 0, 1) };
                        }
                        if phicon.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormInfoImpl>::make_icon_from_binary(
                            object.inner(),
                            nPropID,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { phicon.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SaveForm: {
                /// `IMAPIFormInfo::SaveForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    szFileName: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormInfoImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(szFileName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormInfoImpl>::save_form(
                            object.inner(),
                            arg0,
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
            OpenFormContainer: {
                /// `IMAPIFormInfo::OpenFormContainer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppformcontainer: *mut LPMAPIFORMCONTAINER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormInfoImpl,
                {
                    crate::__private::guard(|| {
                        if !ppformcontainer.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppformcontainer, 0, 1) };
                        }
                        if ppformcontainer.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormInfoImpl>::open_form_container(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppformcontainer.write(arg0.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIFormInfo {
    const IIDS: &'static [u128] = &[
        0x00020324_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIFormMgr`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFormMgrImpl`, the provider side of `IMAPIFormMgr`",
    label = "`IMAPIFormMgr` needs `impl IMAPIFormMgrImpl for {Self}`",
    note = "write `impl IMAPIFormMgrImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFormMgrImpl: crate::__private::Declares<
        IMAPIFormMgr,
        0x00020322_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the form manager reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form manager cannot give its
    /// strings in the character set asked for.
    ///
    /// Called through slot 3 ([`IMAPIFormMgrVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormMgrGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the form for an existing message: creates the form object,
    /// loads the message into it, sets up its view context and returns the
    /// interface asked for.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_INTERFACE` when the form lacks the
    /// interface, or `MAPI_E_NOT_FOUND` when no form handles the message
    /// class.
    ///
    /// **Notes to implementers.** Without a message class, read the class,
    /// status and flags from the message's `PR_MESSAGE_CLASS`,
    /// `PR_MSG_STATUS` and `PR_MESSAGE_FLAGS`; with one, use the status and
    /// flags passed.
    ///
    /// Called through slot 4 ([`IMAPIFormMgrVtbl::LoadForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn load_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrLoadFormFlags,
        lpszMessageClass: ::core::option::Option<crate::value::StrRef<'_>>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
        pFolderFocus: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
        pMessageSite: crate::ComPtr<IMAPIMessageSite>,
        pmsg: crate::ComPtr<crate::IMessage>,
        pViewContext: ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (
            ulUIParam,
            ulFlags,
            lpszMessageClass,
            ulMessageStatus,
            ulMessageFlags,
            pFolderFocus,
            pMessageSite,
            pmsg,
            pViewContext,
            riid,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the form for a message class in the form libraries and returns
    /// its form information object.
    ///
    /// Without `MAPIFORM_EXACTMATCH` the form of the nearest base class
    /// does. MAPI's form library looks in the local library, then the
    /// folder's (when a folder is given), the personal one and the
    /// organization's. The class identifier in the result may not be
    /// registered with OLE until `PrepareForm` or `CreateForm`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form handles the class.
    ///
    /// Called through slot 5 ([`IMAPIFormMgrVtbl::ResolveMessageClass`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_message_class(
        &self,
        szMsgClass: crate::value::StrRef<'_>,
        ulFlags: MAPIFormMgrResolveMessageClassFlags,
        pFolderFocus: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult> {
        let _ = (szMsgClass, ulFlags, pFolderFocus);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the forms for several message classes at once.
    ///
    /// The result has one entry per class, null for a class no form
    /// handles, so success does not mean every class was resolved.
    ///
    /// Called through slot 6 ([`IMAPIFormMgrVtbl::ResolveMultipleMessageClasses`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_multiple_message_classes(
        &self,
        pMsgClasses: ::core::option::Option<&[&::core::ffi::CStr]>,
        ulFlags: MAPIFormMgrResolveMultipleMessageClassesFlags,
        pFolderFocus: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    > {
        let _ = (pMsgClasses, ulFlags, pFolderFocus);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the named properties a group of forms uses: those of every
    /// form, or those they share.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// Called through slot 7 ([`IMAPIFormMgrVtbl::CalcFormPropSet`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn calc_form_prop_set(
        &self,
        pfrminfoarray: &[::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>],
        ulFlags: MAPIFormCalcFormPropSetFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::FormProp>,
        crate::Hresult,
    > {
        let _ = (pfrminfoarray, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Starts the form server of a form to compose a new message of its
    /// class, downloading the form first if needed.
    ///
    /// The caller then gives the form a message through `IPersistMessage`
    /// and may give it a view context.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_INTERFACE` when the form lacks the
    /// interface asked for.
    ///
    /// Called through slot 8 ([`IMAPIFormMgrVtbl::CreateForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrCreateFormFlags,
        pfrminfoToActivate: crate::ComPtr<IMAPIFormInfo>,
        refiidToAsk: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (ulUIParam, ulFlags, pfrminfoToActivate, refiidToAsk);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a dialog box in which the user picks one form, and returns its
    /// form information object. Hidden forms are not offered.
    ///
    /// Returns `S_OK`, `MAPI_E_BAD_CHARWIDTH`, or `MAPI_E_USER_CANCEL` when
    /// the user cancelled.
    ///
    /// Called through slot 9 ([`IMAPIFormMgrVtbl::SelectForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn select_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormFlags,
        pszTitle: ::core::option::Option<crate::value::StrRef<'_>>,
        pfld: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult> {
        let _ = (ulUIParam, ulFlags, pszTitle, pfld);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a dialog box in which the user picks several forms (hidden
    /// ones included), and returns their form information objects.
    ///
    /// Returns `S_OK`, `MAPI_E_BAD_CHARWIDTH`, or `MAPI_E_USER_CANCEL` when
    /// the user cancelled.
    ///
    /// Called through slot 10 ([`IMAPIFormMgrVtbl::SelectMultipleForms`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn select_multiple_forms(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormFlags,
        pszTitle: ::core::option::Option<crate::value::StrRef<'_>>,
        pfld: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
        pfrminfoarray: ::core::option::Option<
            &[::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>],
        >,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    > {
        let _ = (ulUIParam, ulFlags, pszTitle, pfld, pfrminfoarray);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a dialog box in which the user picks a form library (not the
    /// local one), and returns it; usually to install a form into it.
    ///
    /// Called through slot 11 ([`IMAPIFormMgrVtbl::SelectFormContainer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn select_form_container(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormContainerFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult> {
        let _ = (ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a form library, to install forms into it or remove them.
    ///
    /// The local library can only be opened here (or with
    /// `MAPIOpenLocalFormContainer`), never chosen with
    /// `SelectFormContainer`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_INTERFACE` when `lpunk` lacks the
    /// interface the library needs.
    ///
    /// Called through slot 12 ([`IMAPIFormMgrVtbl::OpenFormContainer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_form_container(
        &self,
        hfrmreg: HFRMREG,
        lpunk: ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult> {
        let _ = (hfrmreg, lpunk);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Downloads a form from its library so it can be opened, or so its
    /// files can be changed (a changed form must be installed again).
    /// `CreateForm` and `LoadForm` do this themselves when needed.
    ///
    /// Called through slot 13 ([`IMAPIFormMgrVtbl::PrepareForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn prepare_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrPrepareFormFlags,
        pfrminfo: crate::ComPtr<IMAPIFormInfo>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, pfrminfo);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether a message is in conflict (edited by several users at
    /// once, as happens in public folders) and its form cannot handle that
    /// itself.
    ///
    /// Returns `S_OK` when the message is in conflict and its form does not
    /// handle conflicts (open it with `LoadForm`, never in an existing form
    /// object), `S_FALSE` when the form handles its conflicts or the message
    /// is not in conflict.
    ///
    /// Called through slot 14 ([`IMAPIFormMgrVtbl::IsInConflict`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_in_conflict(
        &self,
        ulMessageFlags: FormMessageFlags,
        ulMessageStatus: FormMessageStatusFlags,
        szMessageClass: crate::value::StrRef<'_>,
        pFolderFocus: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulMessageFlags, ulMessageStatus, szMessageClass, pFolderFocus);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_in_conflict`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_in_conflict`] and answers `S_OK`.
    fn is_in_conflict_with_warning(
        &self,
        ulMessageFlags: FormMessageFlags,
        ulMessageStatus: FormMessageStatusFlags,
        szMessageClass: crate::value::StrRef<'_>,
        pFolderFocus: ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_in_conflict(
                ulMessageFlags,
                ulMessageStatus,
                szMessageClass,
                pFolderFocus,
            )
            .map(|v| (crate::Hresult::OK, v))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIFormMgrVtbl {
    /// A vtable of [`IMAPIFormMgr`] whose slots check their arguments and call [`IMAPIFormMgrImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFormMgrImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIFormMgr::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIFormMgrGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            LoadForm: {
                /// `IMAPIFormMgr::LoadForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpszMessageClass: crate::LPCSTR,
                    ulMessageStatus: crate::ULONG,
                    ulMessageFlags: crate::ULONG,
                    pFolderFocus: crate::LPMAPIFOLDER,
                    pMessageSite: LPMAPIMESSAGESITE,
                    pmsg: crate::LPMESSAGE,
                    pViewContext: LPMAPIVIEWCONTEXT,
                    riid: crate::REFIID,
                    ppvObj: *mut crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObj.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppvObj, 0, 1) };
                        }
                        let arg1 = match <MAPIFormMgrLoadFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(lpszMessageClass.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <FormMessageStatusFlags as crate::FlagSet>::check_input_for(
                            ulMessageStatus,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg4 = match <FormMessageFlags as crate::FlagSet>::check_input_for(
                            ulMessageFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg5 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pFolderFocus.cast::<crate::IMAPIFolder>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg6 = unsafe {
                            crate::ComPtr::<
                                IMAPIMessageSite,
                            >::from_borrowed(pMessageSite.cast::<IMAPIMessageSite>())
                        };
                        let ::core::option::Option::Some(arg6) = arg6 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg7 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(pmsg.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg7) = arg7 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg8 = unsafe {
                            crate::ComPtr::<
                                IMAPIViewContext,
                            >::from_borrowed(pViewContext.cast::<IMAPIViewContext>())
                        };
                        let arg9 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg9) = arg9 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObj.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::load_form(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            arg3,
                            arg4,
                            arg5,
                            arg6,
                            arg7,
                            arg8,
                            &arg9,
                        ) {
                            ::core::result::Result::Ok(arg10) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg10;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObj.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ResolveMessageClass: {
                /// `IMAPIFormMgr::ResolveMessageClass`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    szMsgClass: crate::LPCSTR,
                    ulFlags: crate::ULONG,
                    pFolderFocus: crate::LPMAPIFOLDER,
                    ppResult: *mut LPMAPIFORMINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !ppResult.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppResult, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(szMsgClass.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MAPIFormMgrResolveMessageClassFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pFolderFocus.cast::<crate::IMAPIFolder>())
                        };
                        if ppResult.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::resolve_message_class(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppResult.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ResolveMultipleMessageClasses: {
                /// `IMAPIFormMgr::ResolveMultipleMessageClasses`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMsgClasses: LPSMESSAGECLASSARRAY,
                    ulFlags: crate::ULONG,
                    pFolderFocus: crate::LPMAPIFOLDER,
                    pfrminfoarray: *mut LPSMAPIFORMINFOARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !pfrminfoarray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pfrminfoarray, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::message_classes_from_raw(
                                pMsgClasses.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <MAPIFormMgrResolveMultipleMessageClassesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pFolderFocus.cast::<crate::IMAPIFolder>())
                        };
                        if pfrminfoarray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::resolve_multiple_message_classes(
                            object.inner(),
                            arg0.as_deref(),
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                let __buf3 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_form_infos(__alloc, &arg3)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { pfrminfoarray.write(__buf3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CalcFormPropSet: {
                /// `IMAPIFormMgr::CalcFormPropSet`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pfrminfoarray: LPSMAPIFORMINFOARRAY,
                    ulFlags: crate::ULONG,
                    ppResults: *mut LPMAPIFORMPROPARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !ppResults.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppResults, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::form_infos_from_raw(
                                pfrminfoarray.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MAPIFormCalcFormPropSetFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppResults.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::calc_form_prop_set(
                            object.inner(),
                            &arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_form_props(
                                            __alloc,
                                            &arg2,
                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                        )
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { ppResults.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CreateForm: {
                /// `IMAPIFormMgr::CreateForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    pfrminfoToActivate: LPMAPIFORMINFO,
                    refiidToAsk: crate::REFIID,
                    ppvObj: *mut crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObj.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppvObj, 0, 1) };
                        }
                        let arg1 = match <MAPIFormMgrCreateFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMAPIFormInfo,
                            >::from_borrowed(pfrminfoToActivate.cast::<IMAPIFormInfo>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg3 = if refiidToAsk.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                refiidToAsk.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObj.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::create_form(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            &arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg4;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            refiidToAsk.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObj.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SelectForm: {
                /// `IMAPIFormMgr::SelectForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    pszTitle: crate::LPCTSTR,
                    pfld: crate::LPMAPIFOLDER,
                    ppfrminfoReturned: *mut LPMAPIFORMINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !ppfrminfoReturned.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppfrminfoReturned, 0, 1) };
                        }
                        let arg1 = match <MAPIFormMgrSelectFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(pszTitle.cast(), __unicode)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pfld.cast::<crate::IMAPIFolder>())
                        };
                        if ppfrminfoReturned.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::select_form(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppfrminfoReturned.write(arg4.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SelectMultipleForms: {
                /// `IMAPIFormMgr::SelectMultipleForms`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    pszTitle: crate::LPCTSTR,
                    pfld: crate::LPMAPIFOLDER,
                    pfrminfoarray: LPSMAPIFORMINFOARRAY,
                    ppfrminfoarray: *mut LPSMAPIFORMINFOARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !ppfrminfoarray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppfrminfoarray, 0, 1) };
                        }
                        let arg1 = match <MAPIFormMgrSelectFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(pszTitle.cast(), __unicode)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pfld.cast::<crate::IMAPIFolder>())
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg4 = match unsafe {
                            crate::value::form_infos_from_raw(
                                pfrminfoarray.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if ppfrminfoarray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::select_multiple_forms(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            arg3,
                            arg4.as_deref(),
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                let __buf5 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_form_infos(__alloc, &arg5)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { ppfrminfoarray.write(__buf5.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SelectFormContainer: {
                /// `IMAPIFormMgr::SelectFormContainer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lppfcnt: *mut LPMAPIFORMCONTAINER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !lppfcnt.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppfcnt, 0, 1) };
                        }
                        let arg1 = match <MAPIFormMgrSelectFormContainerFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppfcnt.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::select_form_container(
                            object.inner(),
                            ulUIParam,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppfcnt.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenFormContainer: {
                /// `IMAPIFormMgr::OpenFormContainer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hfrmreg: HFRMREG,
                    lpunk: crate::LPUNKNOWN,
                    lppfcnt: *mut LPMAPIFORMCONTAINER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        if !lppfcnt.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppfcnt, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpunk.cast::<crate::IUnknown>())
                        };
                        if lppfcnt.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::open_form_container(
                            object.inner(),
                            hfrmreg,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppfcnt.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            PrepareForm: {
                /// `IMAPIFormMgr::PrepareForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    pfrminfo: LPMAPIFORMINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPIFormMgrPrepareFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMAPIFormInfo,
                            >::from_borrowed(pfrminfo.cast::<IMAPIFormInfo>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormMgrImpl>::prepare_form(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
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
            IsInConflict: {
                /// `IMAPIFormMgr::IsInConflict`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulMessageFlags: crate::ULONG,
                    ulMessageStatus: crate::ULONG,
                    szMessageClass: crate::LPCSTR,
                    pFolderFocus: crate::LPMAPIFOLDER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormMgrImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <FormMessageFlags as crate::FlagSet>::check_input_for(
                            ulMessageFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg1 = match <FormMessageStatusFlags as crate::FlagSet>::check_input_for(
                            ulMessageStatus,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(szMessageClass.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(pFolderFocus.cast::<crate::IMAPIFolder>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIFormMgrImpl>::is_in_conflict_with_warning(
                                object.inner(),
                                arg0,
                                arg1,
                                arg2,
                                arg3,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIFormMgr {
    const IIDS: &'static [u128] = &[
        0x00020322_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIFormContainer`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFormContainerImpl`, the provider side of `IMAPIFormContainer`",
    label = "`IMAPIFormContainer` needs `impl IMAPIFormContainerImpl for {Self}`",
    note = "write `impl IMAPIFormContainerImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFormContainerImpl: crate::__private::Declares<
        IMAPIFormContainer,
        0x0002032e_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the form container reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the container cannot give its
    /// strings in the character set asked for.
    ///
    /// Called through slot 3 ([`IMAPIFormContainerVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormContainerGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Installs a form, described by its configuration file (`.cfg`), into
    /// the library.
    ///
    /// Returns `S_OK`, `MAPI_E_EXTENDED_ERROR` when the configuration file
    /// is missing, unreadable or invalid (see `GetLastError`), or
    /// `MAPI_E_USER_CANCEL` when the user cancelled.
    ///
    /// Called through slot 4 ([`IMAPIFormContainerVtbl::InstallForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn install_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormContainerInstallFormFlags,
        szCfgPathName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, szCfgPathName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes the form for a message class from the library.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form of the library
    /// handles the class.
    ///
    /// Called through slot 5 ([`IMAPIFormContainerVtbl::RemoveForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn remove_form(
        &self,
        szMessageClass: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (szMessageClass,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the form for a message class in the library and returns its
    /// form information object.
    ///
    /// The class identifier in the result may not be registered with OLE
    /// until `IMAPIFormMgr::PrepareForm` or `CreateForm`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form handles the class.
    ///
    /// Called through slot 6 ([`IMAPIFormContainerVtbl::ResolveMessageClass`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_message_class(
        &self,
        szMessageClass: crate::value::StrRef<'_>,
        ulFlags: MAPIFormContainerResolveMessageClassFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult> {
        let _ = (szMessageClass, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the forms for several message classes in the library.
    ///
    /// The result has one entry per class, null for a class no form
    /// handles, so success does not mean every class was resolved.
    ///
    /// Called through slot 7 ([`IMAPIFormContainerVtbl::ResolveMultipleMessageClasses`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_multiple_message_classes(
        &self,
        pMsgClassArray: ::core::option::Option<&[&::core::ffi::CStr]>,
        ulFlags: MAPIFormContainerResolveMessageClassFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    > {
        let _ = (pMsgClassArray, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the named properties of every form in the library: all of
    /// them, or those they share.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// Called through slot 8 ([`IMAPIFormContainerVtbl::CalcFormPropSet`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn calc_form_prop_set(
        &self,
        ulFlags: MAPIFormCalcFormPropSetFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::FormProp>,
        crate::Hresult,
    > {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the display name of the library.
    ///
    /// Called through slot 9 ([`IMAPIFormContainerVtbl::GetDisplay`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_display(
        &self,
        ulFlags: MAPIFormContainerGetDisplayFlags,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIFormContainerVtbl {
    /// A vtable of [`IMAPIFormContainer`] whose slots check their arguments and call [`IMAPIFormContainerImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFormContainerImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIFormContainer::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIFormContainerGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            InstallForm: {
                /// `IMAPIFormContainer::InstallForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    szCfgPathName: crate::LPTSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPIFormContainerInstallFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(
                                szCfgPathName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::install_form(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
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
            RemoveForm: {
                /// `IMAPIFormContainer::RemoveForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    szMessageClass: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(szMessageClass.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::remove_form(
                            object.inner(),
                            arg0,
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
            ResolveMessageClass: {
                /// `IMAPIFormContainer::ResolveMessageClass`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    szMessageClass: crate::LPCSTR,
                    ulFlags: crate::ULONG,
                    pforminfo: *mut LPMAPIFORMINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !pforminfo.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pforminfo, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(szMessageClass.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MAPIFormContainerResolveMessageClassFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pforminfo.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::resolve_message_class(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { pforminfo.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ResolveMultipleMessageClasses: {
                /// `IMAPIFormContainer::ResolveMultipleMessageClasses`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMsgClassArray: LPSMESSAGECLASSARRAY,
                    ulFlags: crate::ULONG,
                    ppfrminfoarray: *mut LPSMAPIFORMINFOARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppfrminfoarray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppfrminfoarray, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::message_classes_from_raw(
                                pMsgClassArray.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <MAPIFormContainerResolveMessageClassFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppfrminfoarray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::resolve_multiple_message_classes(
                            object.inner(),
                            arg0.as_deref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_form_infos(__alloc, &arg2)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { ppfrminfoarray.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CalcFormPropSet: {
                /// `IMAPIFormContainer::CalcFormPropSet`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ppResults: *mut LPMAPIFORMPROPARRAY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppResults.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppResults, 0, 1) };
                        }
                        let arg0 = match <MAPIFormCalcFormPropSetFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppResults.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::calc_form_prop_set(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_form_props(
                                            __alloc,
                                            &arg1,
                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                        )
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { ppResults.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetDisplay: {
                /// `IMAPIFormContainer::GetDisplay`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    pszDisplayName: *mut crate::LPTSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !pszDisplayName.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pszDisplayName, 0, 1) };
                        }
                        let arg0 = match <MAPIFormContainerGetDisplayFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pszDisplayName.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormContainerImpl>::get_display(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_tstr(
                                            __alloc,
                                            &arg1,
                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                        )
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { pszDisplayName.write(__buf1.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIFormContainer {
    const IIDS: &'static [u128] = &[
        0x0002032e_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "forms"))]
/// The provider side of [`IMAPIFormFactory`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFormFactoryImpl`, the provider side of `IMAPIFormFactory`",
    label = "`IMAPIFormFactory` needs `impl IMAPIFormFactoryImpl for {Self}`",
    note = "write `impl IMAPIFormFactoryImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFormFactoryImpl: crate::__private::Declares<
        IMAPIFormFactory,
        0x00020350_0000_0000_c000_000000000046,
    > {
    /// Describes the last error the form factory reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the factory cannot give its
    /// strings in the character set asked for.
    ///
    /// Called through slot 3 ([`IMAPIFormFactoryVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormFactoryGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiError>,
        crate::Hresult,
    > {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the class factory that makes forms of one class.
    ///
    /// **Notes to implementers.** Returning the same factory for every call
    /// with the same class identifier is fine.
    ///
    /// Called through slot 4 ([`IMAPIFormFactoryVtbl::CreateClassFactory`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_class_factory(
        &self,
        clsidForm: &crate::GUID,
        ulFlags: crate::Reserved,
    ) -> ::core::result::Result<crate::ComPtr<crate::IClassFactory>, crate::Hresult> {
        let _ = (clsidForm, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Keeps the form server loaded while forms are often created and
    /// released, as `IClassFactory::LockServer` does: the calls nest.
    ///
    /// Called through slot 5 ([`IMAPIFormFactoryVtbl::LockServer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn lock_server(
        &self,
        ulFlags: crate::Reserved,
        fLockServer: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, fLockServer);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
impl IMAPIFormFactoryVtbl {
    /// A vtable of [`IMAPIFormFactory`] whose slots check their arguments and call [`IMAPIFormFactoryImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFormFactoryImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIFormFactory::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormFactoryImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIFormFactoryGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormFactoryImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2 {
                                    ::core::option::Option::Some(
                                        arg2,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg2,
                                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                                        )
                                                        .map(crate::value::MapiErrorBuffer::into_buffer)
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CreateClassFactory: {
                /// `IMAPIFormFactory::CreateClassFactory`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    clsidForm: crate::REFCLSID,
                    ulFlags: crate::ULONG,
                    lppClassFactory: *mut crate::LPCLASSFACTORY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormFactoryImpl,
                {
                    crate::__private::guard(|| {
                        if !lppClassFactory.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppClassFactory, 0, 1) };
                        }
                        let arg0 = if clsidForm.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                clsidForm.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __bits = ulFlags;
                        if __bits != 0 {
                            return crate::MAPI_E_UNKNOWN_FLAGS;
                        }
                        if lppClassFactory.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormFactoryImpl>::create_class_factory(
                            object.inner(),
                            &arg0,
                            crate::Reserved::from_bits_retain(0),
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppClassFactory.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            LockServer: {
                /// `IMAPIFormFactory::LockServer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    fLockServer: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFormFactoryImpl,
                {
                    crate::__private::guard(|| {
                        let __bits = ulFlags;
                        if __bits != 0 {
                            return crate::MAPI_E_UNKNOWN_FLAGS;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFormFactoryImpl>::lock_server(
                            object.inner(),
                            crate::Reserved::from_bits_retain(0),
                            fLockServer,
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "forms"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIFormFactory {
    const IIDS: &'static [u128] = &[
        0x00020350_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IPersistMessage` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IPersistMessage {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IPersistMessage`).
#[automatically_derived]
unsafe impl crate::Inherits<IPersistMessage> for IPersistMessage {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IPersistMessage`]: its methods, called through the vtable, on every `ComPtr` to `IPersistMessage` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IPersistMessageExt {
    /// Describes the last error the form object reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form cannot give its strings
    /// in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IPersistMessageVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: PersistMessageGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Returns the class identifier of the form server that handles the
    /// form.
    ///
    /// A successful call puts the form in the Uninitialized state.
    ///
    /// # Parameters
    ///
    /// - `lpClassID` (`LPCLSID`, out): Receives the form server's class identifier.
    ///
    /// Calls slot 4 of the vtable, [`IPersistMessageVtbl::GetClassID`]. In Rust:
    ///
    /// - Returns `lpClassID`.
    fn get_class_id(&self) -> ::core::result::Result<crate::CLSID, crate::Hresult>;
    /// Tells whether the form has changes that were not saved yet.
    ///
    /// Returns `S_OK` when it has, `S_FALSE` when it has not.
    ///
    /// Calls slot 5 of the vtable, [`IPersistMessageVtbl::IsDirty`].
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_dirty`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Gives the form a new message to compose.
    ///
    /// Allowed only in the Uninitialized state (`E_UNEXPECTED` otherwise).
    /// Afterwards the message has these properties set and no others:
    /// `PR_DELETE_AFTER_SUBMIT`, `PR_IMPORTANCE`,
    /// `PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED`, `PR_PRIORITY`,
    /// `PR_READ_RECEIPT_REQUESTED`, `PR_SENSITIVITY` and
    /// `PR_SENTMAIL_ENTRYID`.
    ///
    /// **Notes to implementers.** Release any other message site you hold,
    /// keep (and `AddRef`) the site and the message, set `PR_MESSAGE_FLAGS`
    /// and `PR_MSG_STATUS` as your message class wants (often
    /// `MSGFLAG_UNSENT`), enter the Normal state and call every registered
    /// viewer's `IMAPIViewAdviseSink::OnNewMessage`. Mark the message as
    /// modified only when the user changed something: computed properties
    /// set here should not make the viewer ask whether to save.
    ///
    /// # Parameters
    ///
    /// - `pMessageSite` (`LPMAPIMESSAGESITE`, in): The message site the form uses to work with the message in the viewer.
    /// - `pMessage` (`LPMESSAGE`, in): The new message.
    ///
    /// Calls slot 6 of the vtable, [`IPersistMessageVtbl::InitNew`].
    fn init_new(
        &self,
        pMessageSite: &crate::ComPtr<IMAPIMessageSite>,
        pMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Gives the form an existing message to show.
    ///
    /// Allowed in the Uninitialized and HandsOff states (`E_UNEXPECTED`
    /// otherwise).
    ///
    /// **Notes to implementers.** Release any other message site you hold,
    /// keep (and `AddRef`) the site and the message, store the status and
    /// flags, enter the Normal state before showing the message and call
    /// every registered viewer's `IMAPIViewAdviseSink::OnNewMessage`.
    ///
    /// # Parameters
    ///
    /// - `pMessageSite` (`LPMAPIMESSAGESITE`, in): The message site the form uses to work with the message in the viewer.
    /// - `pMessage` (`LPMESSAGE`, in): The message to show.
    /// - `ulMessageStatus` (`ULONG`, in): The message's `PR_MSG_STATUS`.
    /// - `ulMessageFlags` (`ULONG`, in): The message's `PR_MESSAGE_FLAGS`.
    ///
    /// Calls slot 7 of the vtable, [`IPersistMessageVtbl::Load`].
    fn load(
        &self,
        pMessageSite: &crate::ComPtr<IMAPIMessageSite>,
        pMessage: &crate::ComPtr<crate::IMessage>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the form's changes into a message, without committing them:
    /// committing is the caller's business.
    ///
    /// Allowed only in the Normal state (`E_UNEXPECTED` otherwise); the form
    /// then enters the NoScribble state until `SaveCompleted`.
    ///
    /// **Notes to implementers.** When `fSameAsLoad` is FALSE, first copy
    /// every property of the original message into `pMessage` (with the
    /// original's `IMAPIProp::CopyTo`). Change the form's message only
    /// during `Save`.
    ///
    /// # Parameters
    ///
    /// - `pMessage` (`LPMESSAGE`, in): The message to save into; null to save into the message the form was loaded with or created on.
    /// - `fSameAsLoad` (`ULONG`, in): TRUE when `pMessage` is the message the form was loaded with or created on, FALSE otherwise.
    ///
    /// Calls slot 8 of the vtable, [`IPersistMessageVtbl::Save`].
    fn save(
        &self,
        pMessage: ::core::option::Option<&crate::ComPtr<crate::IMessage>>,
        fSameAsLoad: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the form that its changes have been saved, possibly handing it
    /// the message to work on from now on.
    ///
    /// Allowed in the NoScribble and HandsOff states; on success the form is
    /// back in the Normal state.
    ///
    /// Returns:
    /// - `S_OK`: the form took note.
    /// - `E_INVALIDARG`: `pMessage` is null while the form is in a HandsOff
    ///   state.
    /// - `E_UNEXPECTED`: the form is in another state.
    ///
    /// **Notes to implementers.** With a new message, release the old one
    /// and keep (and `AddRef`) the new one. When the save went to the
    /// form's own message, call every viewer's
    /// `IMAPIViewAdviseSink::OnSaved` and mark the form clean.
    ///
    /// # Parameters
    ///
    /// - `pMessage` (`LPMESSAGE`, in): The message the form works on from now on; null to keep the current one.
    ///
    /// Calls slot 9 of the vtable, [`IPersistMessageVtbl::SaveCompleted`].
    fn save_completed(
        &self,
        pMessage: ::core::option::Option<&crate::ComPtr<crate::IMessage>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Makes the form let go of its message (and of every message and OLE
    /// object embedded in it) while the viewer stores it.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the form is already in a
    /// HandsOff state.
    ///
    /// Calls slot 10 of the vtable, [`IPersistMessageVtbl::HandsOffMessage`].
    fn hands_off_message(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IPersistMessage>> IPersistMessageExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: PersistMessageGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMessage>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn get_class_id(&self) -> ::core::result::Result<crate::CLSID, crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a0: crate::CLSID = unsafe { ::core::mem::zeroed::<crate::CLSID>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMessage>()
                .GetClassID)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn is_dirty(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistMessage>().IsDirty)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_dirty_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IPersistMessage>().IsDirty)(self.as_raw().cast())
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn init_new(
        &self,
        pMessageSite: &crate::ComPtr<IMAPIMessageSite>,
        pMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pMessageSite;
        let __a0: LPMAPIMESSAGESITE = __r.as_raw();
        let __r = pMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMessage>()
                .InitNew)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn load(
        &self,
        pMessageSite: &crate::ComPtr<IMAPIMessageSite>,
        pMessage: &crate::ComPtr<crate::IMessage>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pMessageSite;
        let __a0: LPMAPIMESSAGESITE = __r.as_raw();
        let __r = pMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMessage>()
                .Load)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulMessageStatus.bits(),
                ulMessageFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save(
        &self,
        pMessage: ::core::option::Option<&crate::ComPtr<crate::IMessage>>,
        fSameAsLoad: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPMESSAGE = match pMessage {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMessage>()
                .Save)(self.as_raw().cast(), __a0, fSameAsLoad)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save_completed(
        &self,
        pMessage: ::core::option::Option<&crate::ComPtr<crate::IMessage>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPMESSAGE = match pMessage {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMessage>()
                .SaveCompleted)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hands_off_message(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IPersistMessage>().HandsOffMessage)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIMessageSite` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIMessageSite {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIMessageSite`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIMessageSite> for IMAPIMessageSite {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIMessageSite`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIMessageSite` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIMessageSiteExt {
    /// Describes the last error the message site reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the site cannot give its strings
    /// in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIMessageSiteVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIMessageSiteGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Returns the MAPI session the current message was created or opened
    /// in.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is no session.
    ///
    /// # Parameters
    ///
    /// - `ppSession` (`LPMAPISESSION*`, out): Receives the session, or null.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIMessageSiteVtbl::GetSession`]. In Rust:
    ///
    /// - Returns `ppSession`.
    fn get_session(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMAPISession>>,
        crate::Hresult,
    >;
    /// Like [`Self::get_session`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn get_session_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMAPISession>>),
        crate::Hresult,
    >;
    /// Returns the message store holding the current message.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when no store holds it (an
    /// embedded message lives in another message).
    ///
    /// # Parameters
    ///
    /// - `ppStore` (`LPMDB*`, out): Receives the store, or null.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIMessageSiteVtbl::GetStore`]. In Rust:
    ///
    /// - Returns `ppStore`.
    fn get_store(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMsgStore>>,
        crate::Hresult,
    >;
    /// Like [`Self::get_store`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn get_store_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMsgStore>>),
        crate::Hresult,
    >;
    /// Returns the folder the current message was created or opened in.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is no such folder
    /// (an embedded message lives in another message).
    ///
    /// # Parameters
    ///
    /// - `ppFolder` (`LPMAPIFOLDER*`, out): Receives the folder, or null.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIMessageSiteVtbl::GetFolder`]. In Rust:
    ///
    /// - Returns `ppFolder`.
    fn get_folder(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
        crate::Hresult,
    >;
    /// Like [`Self::get_folder`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn get_folder_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>),
        crate::Hresult,
    >;
    /// Returns the current message: the one last given to the form by
    /// `IPersistMessage::InitNew`, `Load` or `SaveCompleted`.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when there is none (after
    /// `IPersistMessage::HandsOffMessage`, until the next `Load` or
    /// `SaveCompleted`).
    ///
    /// # Parameters
    ///
    /// - `ppmsg` (`LPMESSAGE*`, out): Receives the message, or null.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIMessageSiteVtbl::GetMessage`]. In Rust:
    ///
    /// - Returns `ppmsg`.
    fn get_message(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMessage>>,
        crate::Hresult,
    >;
    /// Like [`Self::get_message`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn get_message_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMessage>>),
        crate::Hresult,
    >;
    /// Returns a form manager, through which the form can open other forms.
    ///
    /// # Parameters
    ///
    /// - `ppFormMgr` (`LPMAPIFORMMGR*`, out): Receives the form manager.
    ///
    /// Calls slot 8 of the vtable, [`IMAPIMessageSiteVtbl::GetFormManager`]. In Rust:
    ///
    /// - Returns `ppFormMgr`.
    fn get_form_manager(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormMgr>, crate::Hresult>;
    /// Creates a new message, with a message site (and optionally a view
    /// context) for it, for a new form to work on.
    ///
    /// # Parameters
    ///
    /// - `fComposeInFolder` (`ULONG`, in): FALSE: compose the message in any folder (`pFolderFocus` is ignored); TRUE: compose it in `pFolderFocus`, or in the current folder when that is null.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder to create the message in, or null.
    /// - `pPersistMessage` (`LPPERSISTMESSAGE`, in): The form object of the new form.
    /// - `ppMessage` (`LPMESSAGE*`, out): Receives the new message.
    /// - `ppMessageSite` (`LPMAPIMESSAGESITE*`, out): Receives the message site of the new message.
    /// - `ppViewContext` (`LPMAPIVIEWCONTEXT*`, out): Receives a view context to pass to the new form; null when the form brings its own view context.
    ///
    /// Calls slot 9 of the vtable, [`IMAPIMessageSiteVtbl::NewMessage`]. In Rust:
    ///
    /// - Returns `(ppMessage, ppMessageSite, ppViewContext)`.
    fn new_message(
        &self,
        fComposeInFolder: crate::ULONG,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
        pPersistMessage: &crate::ComPtr<IPersistMessage>,
    ) -> ::core::result::Result<
        (
            crate::ComPtr<crate::IMessage>,
            crate::ComPtr<IMAPIMessageSite>,
            ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        ),
        crate::Hresult,
    >;
    /// Copies the current message to a folder. The form keeps showing the
    /// current message.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot copy.
    ///
    /// **Notes to implementers.** Create a message in the destination, call
    /// the form's `IPersistMessage::Save` with it and FALSE, then
    /// `IPersistMessage::SaveCompleted` with null, then `SaveChanges` on the
    /// new message.
    ///
    /// # Parameters
    ///
    /// - `pFolderDestination` (`LPMAPIFOLDER`, in): The folder to copy the message to.
    ///
    /// Calls slot 10 of the vtable, [`IMAPIMessageSiteVtbl::CopyMessage`].
    fn copy_message(
        &self,
        pFolderDestination: &crate::ComPtr<crate::IMAPIFolder>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Moves the current message to a folder.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot move.
    ///
    /// **Notes to implementers.** Call `IMAPIViewContext::ActivateNext` with
    /// `VCDIR_MOVE` before moving the message.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// # Parameters
    ///
    /// - `pFolderDestination` (`LPMAPIFOLDER`, in): The folder to move the message to.
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The view context of the form.
    /// - `prcPosRect` (`LPCRECT`, in): The size and position of the form's window, for the next form shown.
    ///
    /// Calls slot 11 of the vtable, [`IMAPIMessageSiteVtbl::MoveMessage`].
    fn move_message(
        &self,
        pFolderDestination: &crate::ComPtr<crate::IMAPIFolder>,
        pViewContext: &crate::ComPtr<IMAPIViewContext>,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes the current message (or moves it to Deleted Items when the
    /// site says `VCSTATUS_DELETE_IS_MOVE`).
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_SUPPORT` when the site cannot delete.
    ///
    /// **Notes to implementers.** Save a changed message first when it is
    /// moved rather than deleted, call `IMAPIViewContext::ActivateNext`
    /// with `VCDIR_DELETE` (on `S_FALSE` call
    /// `IPersistMessage::HandsOffMessage`), then delete or move it.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// # Parameters
    ///
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The view context of the form.
    /// - `prcPosRect` (`LPCRECT`, in): The size and position of the form's window, for the next form shown.
    ///
    /// Calls slot 12 of the vtable, [`IMAPIMessageSiteVtbl::DeleteMessage`].
    fn delete_message(
        &self,
        pViewContext: &crate::ComPtr<IMAPIViewContext>,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks the viewer to save the current message.
    ///
    /// Calls slot 13 of the vtable, [`IMAPIMessageSiteVtbl::SaveMessage`].
    fn save_message(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks the viewer to queue the current message for delivery, saving it
    /// first if it changed.
    ///
    /// **Notes to implementers.** Call `IPersistMessage::HandsOffMessage`
    /// before submitting.
    ///
    /// **Notes to callers.** Afterwards, check for a current message and
    /// close the form if there is none.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the submission.
    ///
    /// Calls slot 14 of the vtable, [`IMAPIMessageSiteVtbl::SubmitMessage`].
    fn submit_message(
        &self,
        ulFlags: MAPIMessageSiteSubmitMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells what the site can do with the current message; forms use it to
    /// enable or disable their commands.
    ///
    /// # Parameters
    ///
    /// - `lpulStatus` (`ULONG*`, out): Receives the site's capabilities.
    ///
    /// Calls slot 15 of the vtable, [`IMAPIMessageSiteVtbl::GetSiteStatus`]. In Rust:
    ///
    /// - Returns `lpulStatus`.
    fn get_site_status(
        &self,
    ) -> ::core::result::Result<MAPIMessageSiteGetSiteStatusFlags, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIMessageSite>> IMAPIMessageSiteExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIMessageSiteGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn get_session(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMAPISession>>,
        crate::Hresult,
    > {
        let mut __a0: crate::LPMAPISESSION = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetSession)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMAPISession>::from_raw(__a0) };
        ::core::result::Result::Ok(__r0)
    }
    fn get_session_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMAPISession>>),
        crate::Hresult,
    > {
        let mut __a0: crate::LPMAPISESSION = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetSession)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMAPISession>::from_raw(__a0) };
        ::core::result::Result::Ok((__status, __r0))
    }
    fn get_store(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMsgStore>>,
        crate::Hresult,
    > {
        let mut __a0: crate::LPMDB = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetStore)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMsgStore>::from_raw(__a0) };
        ::core::result::Result::Ok(__r0)
    }
    fn get_store_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMsgStore>>),
        crate::Hresult,
    > {
        let mut __a0: crate::LPMDB = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetStore)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMsgStore>::from_raw(__a0) };
        ::core::result::Result::Ok((__status, __r0))
    }
    fn get_folder(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>,
        crate::Hresult,
    > {
        let mut __a0: crate::LPMAPIFOLDER = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetFolder)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMAPIFolder>::from_raw(__a0) };
        ::core::result::Result::Ok(__r0)
    }
    fn get_folder_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMAPIFolder>>),
        crate::Hresult,
    > {
        let mut __a0: crate::LPMAPIFOLDER = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetFolder)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMAPIFolder>::from_raw(__a0) };
        ::core::result::Result::Ok((__status, __r0))
    }
    fn get_message(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IMessage>>,
        crate::Hresult,
    > {
        let mut __a0: crate::LPMESSAGE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetMessage)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMessage>::from_raw(__a0) };
        ::core::result::Result::Ok(__r0)
    }
    fn get_message_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IMessage>>),
        crate::Hresult,
    > {
        let mut __a0: crate::LPMESSAGE = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetMessage)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IMessage>::from_raw(__a0) };
        ::core::result::Result::Ok((__status, __r0))
    }
    fn get_form_manager(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormMgr>, crate::Hresult> {
        let mut __a0: LPMAPIFORMMGR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetFormManager)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IMAPIFormMgr>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn new_message(
        &self,
        fComposeInFolder: crate::ULONG,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
        pPersistMessage: &crate::ComPtr<IPersistMessage>,
    ) -> ::core::result::Result<
        (
            crate::ComPtr<crate::IMessage>,
            crate::ComPtr<IMAPIMessageSite>,
            ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        ),
        crate::Hresult,
    > {
        let __a1: crate::LPMAPIFOLDER = match pFolderFocus {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __r = pPersistMessage;
        let __a2: LPPERSISTMESSAGE = __r.as_raw();
        let mut __a3: crate::LPMESSAGE = ::core::ptr::null_mut();
        let mut __a4: LPMAPIMESSAGESITE = ::core::ptr::null_mut();
        let mut __a5: LPMAPIVIEWCONTEXT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .NewMessage)(
                self.as_raw().cast(),
                fComposeInFolder,
                __a1,
                __a2,
                &mut __a3,
                &mut __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<crate::IMessage>::from_raw(__a3) };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IMAPIMessageSite>::from_raw(__a4) };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r5 = unsafe { crate::ComPtr::<IMAPIViewContext>::from_raw(__a5) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok((__r3, __r4, __r5))
    }
    fn copy_message(
        &self,
        pFolderDestination: &crate::ComPtr<crate::IMAPIFolder>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pFolderDestination;
        let __a0: crate::LPMAPIFOLDER = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .CopyMessage)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn move_message(
        &self,
        pFolderDestination: &crate::ComPtr<crate::IMAPIFolder>,
        pViewContext: &crate::ComPtr<IMAPIViewContext>,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pFolderDestination;
        let __a0: crate::LPMAPIFOLDER = __r.as_raw();
        let __r = pViewContext;
        let __a1: LPMAPIVIEWCONTEXT = __r.as_raw();
        let __r = prcPosRect;
        let __a2: crate::LPCRECT = ::core::ptr::from_ref(__r);
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .MoveMessage)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_message(
        &self,
        pViewContext: &crate::ComPtr<IMAPIViewContext>,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pViewContext;
        let __a0: LPMAPIVIEWCONTEXT = __r.as_raw();
        let __r = prcPosRect;
        let __a1: crate::LPCRECT = ::core::ptr::from_ref(__r);
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .DeleteMessage)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save_message(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIMessageSite>().SaveMessage)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn submit_message(
        &self,
        ulFlags: MAPIMessageSiteSubmitMessageFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .SubmitMessage)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_site_status(
        &self,
    ) -> ::core::result::Result<MAPIMessageSiteGetSiteStatusFlags, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIMessageSite>()
                .GetSiteStatus)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(
            MAPIMessageSiteGetSiteStatusFlags::from_bits_retain(__a0),
        )
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIViewAdviseSink` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIViewAdviseSink {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIViewAdviseSink`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIViewAdviseSink> for IMAPIViewAdviseSink {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIViewAdviseSink`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIViewAdviseSink` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIViewAdviseSinkExt {
    /// The form is closing.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIViewAdviseSinkVtbl::OnShutdown`].
    fn on_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// A message was loaded into the form (`IPersistMessage::InitNew` or
    /// `Load`).
    ///
    /// **Notes to implementers.** Release the form object you hold: it no
    /// longer shows the message you were viewing.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIViewAdviseSinkVtbl::OnNewMessage`].
    fn on_new_message(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Reports how printing the form is going: after each page, and once
    /// at the end.
    ///
    /// Returns `S_OK`, or `MAPI_E_USER_CANCEL` to cancel the print job.
    ///
    /// # Parameters
    ///
    /// - `dwPageNumber` (`ULONG`, in): The page printed last.
    /// - `hrStatus` (`HRESULT`, in): `S_OK` while printing goes on, `S_FALSE` when it finished, a failure code when it failed.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIViewAdviseSinkVtbl::OnPrint`].
    fn on_print(
        &self,
        dwPageNumber: crate::ULONG,
        hrStatus: crate::HRESULT,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// The current message was submitted (`IMAPIMessageSite::SubmitMessage`
    /// succeeded); the viewer updates its windows.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIViewAdviseSinkVtbl::OnSubmitted`].
    fn on_submitted(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// The current message was saved; the viewer updates its windows.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIViewAdviseSinkVtbl::OnSaved`].
    fn on_saved(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIViewAdviseSink>> IMAPIViewAdviseSinkExt
for crate::ComPtr<T> {
    fn on_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIViewAdviseSink>().OnShutdown)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_new_message(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewAdviseSink>()
                .OnNewMessage)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_print(
        &self,
        dwPageNumber: crate::ULONG,
        hrStatus: crate::HRESULT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewAdviseSink>()
                .OnPrint)(self.as_raw().cast(), dwPageNumber, hrStatus)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_submitted(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIViewAdviseSink>().OnSubmitted)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_saved(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIViewAdviseSink>().OnSaved)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIForm` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIForm {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIForm`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIForm> for IMAPIForm {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIForm`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIForm` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFormExt {
    /// Describes the last error the form reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form cannot give its strings
    /// in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIFormVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Makes a view context the form's current one; a form has one at a
    /// time.
    ///
    /// **Notes to implementers.** Unregister from the old view context
    /// (`SetAdviseSink` with null) and release it; then, for a new one,
    /// register your form advise sink with it, read its
    /// `GetViewStatus` (to enable Next and Previous, for instance), keep
    /// (and `AddRef`) it, and update your user interface.
    ///
    /// # Parameters
    ///
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The new view context, or null for none.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIFormVtbl::SetViewContext`].
    fn set_view_context(
        &self,
        pViewContext: ::core::option::Option<&crate::ComPtr<IMAPIViewContext>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the form's current view context.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null when the form has none.
    ///
    /// # Parameters
    ///
    /// - `ppViewContext` (`LPMAPIVIEWCONTEXT*`, out): Receives the view context, or null.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIFormVtbl::GetViewContext`]. In Rust:
    ///
    /// - Returns `ppViewContext`.
    fn get_view_context(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        crate::Hresult,
    >;
    /// Like [`Self::get_view_context`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn get_view_context_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<IMAPIViewContext>>),
        crate::Hresult,
    >;
    /// Closes the form, saving its data as `ulSaveOptions` says.
    ///
    /// Returns `S_OK`, or `E_UNEXPECTED` when the form was already closed.
    /// Afterwards only the `IUnknown` methods of the form may be called.
    ///
    /// **Notes to implementers.** `AddRef` yourself for the duration; save
    /// through `IMAPIMessageSite::SaveMessage` as the options say; destroy
    /// your window; release your message and message site; call every
    /// viewer's `IMAPIViewAdviseSink::OnShutdown`; unregister from the view
    /// context (`SetAdviseSink` with null); free your properties; then
    /// `Release` yourself.
    ///
    /// **Notes to callers.** Release the form when the call returns, whether
    /// or not it failed.
    ///
    /// # Parameters
    ///
    /// - `ulSaveOptions` (`ULONG`, in): One value saying whether to save unsaved data first.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIFormVtbl::ShutdownForm`].
    fn shutdown_form(
        &self,
        ulSaveOptions: MAPIFormShutdownFormFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks the form to carry out one of its verbs.
    ///
    /// Returns `S_OK`, `OLEOBJ_S_CANNOT_DOVERB_NOW` (0x00040181: the verb is
    /// valid but cannot be carried out now), or `MAPI_E_NO_SUPPORT` for an
    /// unknown verb.
    ///
    /// **Notes to implementers.** A view context passed here overrides the
    /// one set by `SetViewContext` for this call only: do not keep it.
    /// Verbs such as Print finish before `DoVerb` returns. Close the form
    /// once the verb is done. Do not keep `hwndParent`: the window may be
    /// destroyed as soon as the call returns.
    ///
    /// # Parameters
    ///
    /// - `iVerb` (`LONG`, in): The number of the verb (`SMAPIVerb::lVerb`).
    /// - `lpViewContext` (`LPMAPIVIEWCONTEXT`, in): A view context for this call, or null to use the current one.
    /// - `hwndParent` (`ULONG_PTR`, in): The parent window (an `HWND`) for modal dialog boxes, or 0.
    /// - `lprcPosRect` (`LPCRECT`, in): The size and position of the form's window.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIFormVtbl::DoVerb`].
    fn do_verb(
        &self,
        iVerb: crate::LONG,
        lpViewContext: ::core::option::Option<&crate::ComPtr<IMAPIViewContext>>,
        hwndParent: crate::ULONG_PTR,
        lprcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Registers a form viewer's sink for the form's notifications.
    ///
    /// Returns `S_OK`, or `E_OUTOFMEMORY`.
    ///
    /// **Notes to implementers.** Keep (and `AddRef`) the sink until
    /// `Unadvise`, and hand back a nonzero connection number.
    ///
    /// # Parameters
    ///
    /// - `pAdvise` (`LPMAPIVIEWADVISESINK`, in): The sink to notify.
    /// - `pdwStatus` (`ULONG_PTR*`, out): Receives the nonzero connection number of the registration.
    ///
    /// Calls slot 8 of the vtable, [`IMAPIFormVtbl::Advise`]. In Rust:
    ///
    /// - Returns `pdwStatus`.
    fn advise(
        &self,
        pAdvise: &crate::ComPtr<IMAPIViewAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a registration made with `Advise`.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` for an unknown connection number.
    ///
    /// **Notes to implementers.** Release the sink, after any call into it
    /// still running on another thread returns.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): The connection number `Advise` returned.
    ///
    /// Calls slot 9 of the vtable, [`IMAPIFormVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIForm>> IMAPIFormExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn set_view_context(
        &self,
        pViewContext: ::core::option::Option<&crate::ComPtr<IMAPIViewContext>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: LPMAPIVIEWCONTEXT = match pViewContext {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIForm>().SetViewContext)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_view_context(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IMAPIViewContext>>,
        crate::Hresult,
    > {
        let mut __a0: LPMAPIVIEWCONTEXT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .GetViewContext)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IMAPIViewContext>::from_raw(__a0) };
        ::core::result::Result::Ok(__r0)
    }
    fn get_view_context_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<IMAPIViewContext>>),
        crate::Hresult,
    > {
        let mut __a0: LPMAPIVIEWCONTEXT = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .GetViewContext)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IMAPIViewContext>::from_raw(__a0) };
        ::core::result::Result::Ok((__status, __r0))
    }
    fn shutdown_form(
        &self,
        ulSaveOptions: MAPIFormShutdownFormFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .ShutdownForm)(self.as_raw().cast(), ulSaveOptions.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn do_verb(
        &self,
        iVerb: crate::LONG,
        lpViewContext: ::core::option::Option<&crate::ComPtr<IMAPIViewContext>>,
        hwndParent: crate::ULONG_PTR,
        lprcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: LPMAPIVIEWCONTEXT = match lpViewContext {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __r = lprcPosRect;
        let __a3: crate::LPCRECT = ::core::ptr::from_ref(__r);
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .DoVerb)(self.as_raw().cast(), iVerb, __a1, hwndParent, __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn advise(
        &self,
        pAdvise: &crate::ComPtr<IMAPIViewAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let __r = pAdvise;
        let __a0: LPMAPIVIEWADVISESINK = __r.as_raw();
        let mut __a1: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .Advise)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIForm>()
                .Unadvise)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIViewContext` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIViewContext {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIViewContext`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIViewContext> for IMAPIViewContext {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIViewContext`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIViewContext` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIViewContextExt {
    /// Describes the last error the view context reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the view context cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIViewContextVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIViewContextGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Registers the form's sink for the viewer's notifications, or with
    /// null cancels the registration.
    ///
    /// **Notes to implementers.** Keep (and `AddRef`) the sink until the
    /// next call; notify it when your status changes and when you load a
    /// new message.
    ///
    /// # Parameters
    ///
    /// - `pmvns` (`LPMAPIFORMADVISESINK`, in): The form's advise sink, or null to unregister.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIViewContextVtbl::SetAdviseSink`].
    fn set_advise_sink(
        &self,
        pmvns: ::core::option::Option<&crate::ComPtr<IMAPIFormAdviseSink>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Makes the next or previous message of the view the current one.
    ///
    /// Returns `S_OK`, or `S_FALSE` when the message was activated but in a
    /// form of another kind.
    ///
    /// **Notes to implementers.** Afterwards `IMAPIMessageSite::GetMessage`
    /// returns the activated message.
    ///
    /// **Notes to callers.** On `S_FALSE`, or when there is no current
    /// message, close the form (`IMAPIForm::ShutdownForm`); otherwise show
    /// the new message at `prcPosRect`.
    ///
    /// # Parameters
    ///
    /// - `ulDir` (`ULONG`, in): Which message to activate, and why.
    /// - `prcPosRect` (`LPCRECT`, in): The size and position of the window to show the message in.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIViewContextVtbl::ActivateNext`].
    fn activate_next(
        &self,
        ulDir: MAPIViewContextActivateNextFlags,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::activate_next`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn activate_next_with_warning(
        &self,
        ulDir: MAPIViewContextActivateNextFlags,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns the viewer's print settings, before the form prints.
    ///
    /// **Notes to callers.** Free the two handles with `GlobalFree` and the
    /// structure with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the strings.
    /// - `lppFormPrintSetup` (`LPFORMPRINTSETUP*`, out): Receives the print settings.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIViewContextVtbl::GetPrintSetup`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppFormPrintSetup`.
    fn get_print_setup(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIViewContextGetPrintSetupFlags,
    ) -> ::core::result::Result<FORMPRINTSETUP, crate::Hresult>;
    /// Returns a stream to write the current message into, for the viewer's
    /// Save As command, and the format to write it in.
    ///
    /// **Notes to callers.** Write nothing before the call; afterwards leave
    /// the stream's seek pointer at the end of what you wrote.
    ///
    /// # Parameters
    ///
    /// - `pulFlags` (`ULONG*`, out): Receives `MAPI_UNICODE` when the text is to be Unicode.
    /// - `pulFormat` (`ULONG*`, out): Receives the text format, `SAVE_FORMAT_TEXT` or `SAVE_FORMAT_RICHTEXT`.
    /// - `ppstm` (`LPSTREAM*`, out): Receives the stream.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIViewContextVtbl::GetSaveStream`]. In Rust:
    ///
    /// - Returns `(pulFlags, pulFormat, ppstm)`.
    fn get_save_stream(
        &self,
    ) -> ::core::result::Result<
        (
            MAPIViewContextGetSaveStreamFlags,
            MAPIViewContextSaveFormat,
            crate::ComPtr<crate::IStream>,
        ),
        crate::Hresult,
    >;
    /// Returns the viewer's status: whether there are next and previous
    /// messages, whether the form is modal or may show a user interface.
    ///
    /// With `VCSTATUS_MODAL` the form may use the thread of the earlier
    /// `IMAPIForm::DoVerb` call until it closes; without it the form must
    /// not.
    ///
    /// # Parameters
    ///
    /// - `lpulStatus` (`ULONG*`, out): Receives the viewer's status.
    ///
    /// Calls slot 8 of the vtable, [`IMAPIViewContextVtbl::GetViewStatus`]. In Rust:
    ///
    /// - Returns `lpulStatus`.
    fn get_view_status(
        &self,
    ) -> ::core::result::Result<MAPIViewStatusFlags, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIViewContext>> IMAPIViewContextExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIViewContextGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn set_advise_sink(
        &self,
        pmvns: ::core::option::Option<&crate::ComPtr<IMAPIFormAdviseSink>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: LPMAPIFORMADVISESINK = match pmvns {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .SetAdviseSink)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn activate_next(
        &self,
        ulDir: MAPIViewContextActivateNextFlags,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = prcPosRect;
        let __a1: crate::LPCRECT = ::core::ptr::from_ref(__r);
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .ActivateNext)(self.as_raw().cast(), ulDir.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn activate_next_with_warning(
        &self,
        ulDir: MAPIViewContextActivateNextFlags,
        prcPosRect: &crate::RECT,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __r = prcPosRect;
        let __a1: crate::LPCRECT = ::core::ptr::from_ref(__r);
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .ActivateNext)(self.as_raw().cast(), ulDir.bits(), __a1)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn get_print_setup(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIViewContextGetPrintSetupFlags,
    ) -> ::core::result::Result<FORMPRINTSETUP, crate::Hresult> {
        let mut __a1: LPFORMPRINTSETUP = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .GetPrintSetup)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given holding one plain structure, or null.
        let __r1 = unsafe {
            crate::__private::call::adopt_plain::<FORMPRINTSETUP>(alloc, __a1.cast())
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_save_stream(
        &self,
    ) -> ::core::result::Result<
        (
            MAPIViewContextGetSaveStreamFlags,
            MAPIViewContextSaveFormat,
            crate::ComPtr<crate::IStream>,
        ),
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        let mut __a2: crate::LPSTREAM = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .GetSaveStream)(self.as_raw().cast(), &mut __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok((
            MAPIViewContextGetSaveStreamFlags::from_bits_retain(__a0),
            MAPIViewContextSaveFormat::from_bits_retain(__a1),
            __r2,
        ))
    }
    fn get_view_status(
        &self,
    ) -> ::core::result::Result<MAPIViewStatusFlags, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIViewContext>()
                .GetViewStatus)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(MAPIViewStatusFlags::from_bits_retain(__a0))
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIFormAdviseSink` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIFormAdviseSink {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIFormAdviseSink`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIFormAdviseSink> for IMAPIFormAdviseSink {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIFormAdviseSink`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIFormAdviseSink` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFormAdviseSinkExt {
    /// The viewer's status changed (usually whether there is a next or
    /// previous message); the form updates its commands.
    ///
    /// # Parameters
    ///
    /// - `ulDir` (`ULONG`, in): The viewer's new status.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIFormAdviseSinkVtbl::OnChange`].
    fn on_change(
        &self,
        ulDir: MAPIViewStatusFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks whether the form can show the next message the viewer is about
    /// to activate.
    ///
    /// Returns `S_OK` when the form can (with null in `ppPersistMessage` to
    /// reuse this form, or a new form object for it), `S_FALSE` when it
    /// cannot; returning `S_FALSE` slows the viewer down, so forms rarely
    /// do.
    ///
    /// # Parameters
    ///
    /// - `lpszMessageClass` (`LPCSTR`, in): The message class of the next message.
    /// - `ulMessageStatus` (`ULONG`, in): The next message's `PR_MSG_STATUS`.
    /// - `ulMessageFlags` (`ULONG`, in): The next message's `PR_MESSAGE_FLAGS`.
    /// - `ppPersistMessage` (`LPPERSISTMESSAGE*`, out): Receives a new form object to load the message into, or null to reuse this form.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIFormAdviseSinkVtbl::OnActivateNext`]. In Rust:
    ///
    /// - `lpszMessageClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppPersistMessage`.
    fn on_activate_next(
        &self,
        lpszMessageClass: &str,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IPersistMessage>>,
        crate::Hresult,
    >;
    /// Like [`Self::on_activate_next`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn on_activate_next_with_warning(
        &self,
        lpszMessageClass: &str,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<IPersistMessage>>),
        crate::Hresult,
    >;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIFormAdviseSink>> IMAPIFormAdviseSinkExt
for crate::ComPtr<T> {
    fn on_change(
        &self,
        ulDir: MAPIViewStatusFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormAdviseSink>()
                .OnChange)(self.as_raw().cast(), ulDir.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_activate_next(
        &self,
        lpszMessageClass: &str,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IPersistMessage>>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszMessageClass, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3: LPPERSISTMESSAGE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormAdviseSink>()
                .OnActivateNext)(
                self.as_raw().cast(),
                __a0,
                ulMessageStatus.bits(),
                ulMessageFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<IPersistMessage>::from_raw(__a3) };
        ::core::result::Result::Ok(__r3)
    }
    fn on_activate_next_with_warning(
        &self,
        lpszMessageClass: &str,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<IPersistMessage>>),
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszMessageClass, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3: LPPERSISTMESSAGE = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormAdviseSink>()
                .OnActivateNext)(
                self.as_raw().cast(),
                __a0,
                ulMessageStatus.bits(),
                ulMessageFlags.bits(),
                &mut __a3,
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<IPersistMessage>::from_raw(__a3) };
        ::core::result::Result::Ok((__status, __r3))
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIFormInfo` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIFormInfo {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIFormInfo` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMAPIFormInfo {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIFormInfo`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIFormInfo> for IMAPIFormInfo {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIFormInfo`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIFormInfo` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFormInfoExt {
    /// Returns every named property the form uses.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `ppFormPropArray` (`LPMAPIFORMPROPARRAY*`, out): Receives the properties.
    ///
    /// Calls slot 14 of the vtable, [`IMAPIFormInfoVtbl::CalcFormPropSet`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `ppFormPropArray`.
    fn calc_form_prop_set(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormInfoCalcFormPropSetFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::FormProp>, crate::Hresult>;
    /// Returns every verb the form offers, in index order; clients build
    /// menus and buttons from it.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `ppMAPIVerbArray` (`LPMAPIVERBARRAY*`, out): Receives the verbs.
    ///
    /// Calls slot 15 of the vtable, [`IMAPIFormInfoVtbl::CalcVerbSet`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `ppMAPIVerbArray`.
    fn calc_verb_set(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormInfoCalcVerbSetFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Verb>, crate::Hresult>;
    /// Builds an icon from one of the form's icon properties, for table
    /// views that show icon columns.
    ///
    /// # Parameters
    ///
    /// - `nPropID` (`ULONG`, in): The property identifier of the icon property.
    /// - `phicon` (`HICON*`, out): Receives the icon.
    ///
    /// Calls slot 16 of the vtable, [`IMAPIFormInfoVtbl::MakeIconFromBinary`]. In Rust:
    ///
    /// - Returns `phicon`.
    fn make_icon_from_binary(
        &self,
        nPropID: crate::ULONG,
    ) -> ::core::result::Result<crate::HICON, crate::Hresult>;
    /// Writes a description of the form to a form descriptor file (`.fdm`),
    /// from which it can be installed again.
    ///
    /// Returns `S_OK`, `MAPI_E_EXTENDED_ERROR` when the file could not be
    /// written (see `IMAPIProp::GetLastError`), or `MAPI_E_NO_SUPPORT` for
    /// forms of the local form library.
    ///
    /// # Parameters
    ///
    /// - `szFileName` (`LPCSTR`, in): The path of the file to write, with the `.fdm` extension.
    ///
    /// Calls slot 17 of the vtable, [`IMAPIFormInfoVtbl::SaveForm`]. In Rust:
    ///
    /// - `szFileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn save_form(&self, szFileName: &str) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the form library the form is installed in.
    ///
    /// # Parameters
    ///
    /// - `ppformcontainer` (`LPMAPIFORMCONTAINER*`, out): Receives the form container.
    ///
    /// Calls slot 18 of the vtable, [`IMAPIFormInfoVtbl::OpenFormContainer`]. In Rust:
    ///
    /// - Returns `ppformcontainer`.
    fn open_form_container(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIFormInfo>> IMAPIFormInfoExt for crate::ComPtr<T> {
    fn calc_form_prop_set(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormInfoCalcFormPropSetFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::FormProp>,
        crate::Hresult,
    > {
        let mut __a1: LPMAPIFORMPROPARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormInfo>()
                .CalcFormPropSet)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SMAPIFormPropArray>(),
                1,
            )
        };
        let __r1 = __r1
            .ok_or_else(crate::__private::call::missing_output)?
            .form_props()?;
        ::core::result::Result::Ok(__r1)
    }
    fn calc_verb_set(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormInfoCalcVerbSetFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Verb>, crate::Hresult> {
        let mut __a1: LPMAPIVERBARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormInfo>()
                .CalcVerbSet)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SMAPIVerbArray>(),
                1,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?.verbs()?;
        ::core::result::Result::Ok(__r1)
    }
    fn make_icon_from_binary(
        &self,
        nPropID: crate::ULONG,
    ) -> ::core::result::Result<crate::HICON, crate::Hresult> {
        let mut __a1: crate::HICON = crate::HICON::NULL;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormInfo>()
                .MakeIconFromBinary)(self.as_raw().cast(), nPropID, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn save_form(&self, szFileName: &str) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(szFileName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIFormInfo>().SaveForm)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_form_container(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult> {
        let mut __a0: LPMAPIFORMCONTAINER = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormInfo>()
                .OpenFormContainer)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IMAPIFormContainer>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIFormMgr` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIFormMgr {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIFormMgr`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIFormMgr> for IMAPIFormMgr {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIFormMgr`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIFormMgr` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFormMgrExt {
    /// Describes the last error the form manager reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the form manager cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIFormMgrVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormMgrGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Opens the form for an existing message: creates the form object,
    /// loads the message into it, sets up its view context and returns the
    /// interface asked for.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_INTERFACE` when the form lacks the
    /// interface, or `MAPI_E_NOT_FOUND` when no form handles the message
    /// class.
    ///
    /// **Notes to implementers.** Without a message class, read the class,
    /// status and flags from the message's `PR_MESSAGE_CLASS`,
    /// `PR_MSG_STATUS` and `PR_MESSAGE_FLAGS`; with one, use the status and
    /// flags passed.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the progress indicator; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the form is opened.
    /// - `lpszMessageClass` (`LPCSTR`, in): The message's class, or null to read it from the message.
    /// - `ulMessageStatus` (`ULONG`, in): The message's `PR_MSG_STATUS`; used only with a message class.
    /// - `ulMessageFlags` (`ULONG`, in): The message's `PR_MESSAGE_FLAGS`; used only with a message class.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder holding the message, or null for an embedded message.
    /// - `pMessageSite` (`LPMAPIMESSAGESITE`, in): The message site of the message.
    /// - `pmsg` (`LPMESSAGE`, in): The message.
    /// - `pViewContext` (`LPMAPIVIEWCONTEXT`, in): The view context for the form, or null.
    /// - `riid` (`REFIID`, in): The interface to return for the form object.
    /// - `ppvObj` (`LPVOID*`, out): Receives the form object.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIFormMgrVtbl::LoadForm`]. In Rust:
    ///
    /// - `lpszMessageClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObj`.
    fn load_form<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrLoadFormFlags,
        lpszMessageClass: ::core::option::Option<&str>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
        pMessageSite: &crate::ComPtr<IMAPIMessageSite>,
        pmsg: &crate::ComPtr<crate::IMessage>,
        pViewContext: ::core::option::Option<&crate::ComPtr<IMAPIViewContext>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Finds the form for a message class in the form libraries and returns
    /// its form information object.
    ///
    /// Without `MAPIFORM_EXACTMATCH` the form of the nearest base class
    /// does. MAPI's form library looks in the local library, then the
    /// folder's (when a folder is given), the personal one and the
    /// organization's. The class identifier in the result may not be
    /// registered with OLE until `PrepareForm` or `CreateForm`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form handles the class.
    ///
    /// # Parameters
    ///
    /// - `szMsgClass` (`LPCSTR`, in): The message class to resolve (always 8-bit).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder whose form library is searched too, or null.
    /// - `ppResult` (`LPMAPIFORMINFO*`, out): Receives the form information object.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIFormMgrVtbl::ResolveMessageClass`]. In Rust:
    ///
    /// - `szMsgClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppResult`.
    fn resolve_message_class(
        &self,
        szMsgClass: &str,
        ulFlags: MAPIFormMgrResolveMessageClassFlags,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult>;
    /// Finds the forms for several message classes at once.
    ///
    /// The result has one entry per class, null for a class no form
    /// handles, so success does not mean every class was resolved.
    ///
    /// # Parameters
    ///
    /// - `pMsgClasses` (`LPSMESSAGECLASSARRAY`, in): The message classes to resolve (always 8-bit), or null for every form.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder whose form library is searched too, or null.
    /// - `pfrminfoarray` (`LPSMAPIFORMINFOARRAY*`, out): Receives the form information objects.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIFormMgrVtbl::ResolveMultipleMessageClasses`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `pfrminfoarray`.
    fn resolve_multiple_message_classes(
        &self,
        alloc: &crate::value::Allocator,
        pMsgClasses: ::core::option::Option<&[&str]>,
        ulFlags: MAPIFormMgrResolveMultipleMessageClassesFlags,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    >;
    /// Returns the named properties a group of forms uses: those of every
    /// form, or those they share.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `pfrminfoarray` (`LPSMAPIFORMINFOARRAY`, in): The forms.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing union or intersection and the character set.
    /// - `ppResults` (`LPMAPIFORMPROPARRAY*`, out): Receives the properties.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIFormMgrVtbl::CalcFormPropSet`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `ppResults`.
    fn calc_form_prop_set(
        &self,
        alloc: &crate::value::Allocator,
        pfrminfoarray: &[::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>],
        ulFlags: MAPIFormCalcFormPropSetFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::FormProp>, crate::Hresult>;
    /// Starts the form server of a form to compose a new message of its
    /// class, downloading the form first if needed.
    ///
    /// The caller then gives the form a message through `IPersistMessage`
    /// and may give it a view context.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_INTERFACE` when the form lacks the
    /// interface asked for.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the progress indicator; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the form is opened.
    /// - `pfrminfoToActivate` (`LPMAPIFORMINFO`, in): The resolved form information object of the form.
    /// - `refiidToAsk` (`REFIID`, in): The interface to return for the form object.
    /// - `ppvObj` (`LPVOID*`, out): Receives the form object.
    ///
    /// Calls slot 8 of the vtable, [`IMAPIFormMgrVtbl::CreateForm`]. In Rust:
    ///
    /// - `refiidToAsk` is the IID of `U`.
    /// - Returns `ppvObj`.
    fn create_form<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrCreateFormFlags,
        pfrminfoToActivate: &crate::ComPtr<IMAPIFormInfo>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Shows a dialog box in which the user picks one form, and returns its
    /// form information object. Hidden forms are not offered.
    ///
    /// Returns `S_OK`, `MAPI_E_BAD_CHARWIDTH`, or `MAPI_E_USER_CANCEL` when
    /// the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `pszTitle`.
    /// - `pszTitle` (`LPCTSTR`, in): The caption of the dialog box, or null for the provider's.
    /// - `pfld` (`LPMAPIFOLDER`, in): The folder to pick from, or null for the local, personal and organization libraries.
    /// - `ppfrminfoReturned` (`LPMAPIFORMINFO*`, out): Receives the form information object of the chosen form.
    ///
    /// Calls slot 9 of the vtable, [`IMAPIFormMgrVtbl::SelectForm`]. In Rust:
    ///
    /// - `pszTitle` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppfrminfoReturned`.
    fn select_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormFlags,
        pszTitle: ::core::option::Option<&str>,
        pfld: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult>;
    /// Shows a dialog box in which the user picks several forms (hidden
    /// ones included), and returns their form information objects.
    ///
    /// Returns `S_OK`, `MAPI_E_BAD_CHARWIDTH`, or `MAPI_E_USER_CANCEL` when
    /// the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `pszTitle`.
    /// - `pszTitle` (`LPCTSTR`, in): The caption of the dialog box, or null for the provider's.
    /// - `pfld` (`LPMAPIFOLDER`, in): The folder to pick from, or null for the local, personal and organization libraries.
    /// - `pfrminfoarray` (`LPSMAPIFORMINFOARRAY`, in): The forms selected when the dialog box opens, or null.
    /// - `ppfrminfoarray` (`LPSMAPIFORMINFOARRAY*`, out): Receives the form information objects of the chosen forms.
    ///
    /// Calls slot 10 of the vtable, [`IMAPIFormMgrVtbl::SelectMultipleForms`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `pszTitle` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppfrminfoarray`.
    fn select_multiple_forms(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormFlags,
        pszTitle: ::core::option::Option<&str>,
        pfld: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
        pfrminfoarray: ::core::option::Option<
            &[::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>],
        >,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    >;
    /// Shows a dialog box in which the user picks a form library (not the
    /// local one), and returns it; usually to install a form into it.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Which libraries to offer.
    /// - `lppfcnt` (`LPMAPIFORMCONTAINER*`, out): Receives the chosen form container.
    ///
    /// Calls slot 11 of the vtable, [`IMAPIFormMgrVtbl::SelectFormContainer`]. In Rust:
    ///
    /// - Returns `lppfcnt`.
    fn select_form_container(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormContainerFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult>;
    /// Opens a form library, to install forms into it or remove them.
    ///
    /// The local library can only be opened here (or with
    /// `MAPIOpenLocalFormContainer`), never chosen with
    /// `SelectFormContainer`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NO_INTERFACE` when `lpunk` lacks the
    /// interface the library needs.
    ///
    /// # Parameters
    ///
    /// - `hfrmreg` (`HFRMREG`, in): The library to open (`HFRMREG_*`).
    /// - `lpunk` (`LPUNKNOWN`, in): The object the library belongs to (an `IMAPIFolder` for `HFRMREG_FOLDER`), or null when the library needs none.
    /// - `lppfcnt` (`LPMAPIFORMCONTAINER*`, out): Receives the form container.
    ///
    /// Calls slot 12 of the vtable, [`IMAPIFormMgrVtbl::OpenFormContainer`]. In Rust:
    ///
    /// - Returns `lppfcnt`.
    fn open_form_container(
        &self,
        hfrmreg: HFRMREG,
        lpunk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult>;
    /// Downloads a form from its library so it can be opened, or so its
    /// files can be changed (a changed form must be installed again).
    /// `CreateForm` and `LoadForm` do this themselves when needed.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of the progress indicator; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the download.
    /// - `pfrminfo` (`LPMAPIFORMINFO`, in): The form information object of the form.
    ///
    /// Calls slot 13 of the vtable, [`IMAPIFormMgrVtbl::PrepareForm`].
    fn prepare_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrPrepareFormFlags,
        pfrminfo: &crate::ComPtr<IMAPIFormInfo>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether a message is in conflict (edited by several users at
    /// once, as happens in public folders) and its form cannot handle that
    /// itself.
    ///
    /// Returns `S_OK` when the message is in conflict and its form does not
    /// handle conflicts (open it with `LoadForm`, never in an existing form
    /// object), `S_FALSE` when the form handles its conflicts or the message
    /// is not in conflict.
    ///
    /// # Parameters
    ///
    /// - `ulMessageFlags` (`ULONG`, in): The message's `PR_MESSAGE_FLAGS`.
    /// - `ulMessageStatus` (`ULONG`, in): The message's `PR_MSG_STATUS`.
    /// - `szMessageClass` (`LPCSTR`, in): The message's class.
    /// - `pFolderFocus` (`LPMAPIFOLDER`, in): The folder holding the message, or null for an embedded message.
    ///
    /// Calls slot 14 of the vtable, [`IMAPIFormMgrVtbl::IsInConflict`]. In Rust:
    ///
    /// - `szMessageClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn is_in_conflict(
        &self,
        ulMessageFlags: FormMessageFlags,
        ulMessageStatus: FormMessageStatusFlags,
        szMessageClass: &str,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_in_conflict`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_in_conflict_with_warning(
        &self,
        ulMessageFlags: FormMessageFlags,
        ulMessageStatus: FormMessageStatusFlags,
        szMessageClass: &str,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIFormMgr>> IMAPIFormMgrExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormMgrGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn load_form<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrLoadFormFlags,
        lpszMessageClass: ::core::option::Option<&str>,
        ulMessageStatus: FormMessageStatusFlags,
        ulMessageFlags: FormMessageFlags,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
        pMessageSite: &crate::ComPtr<IMAPIMessageSite>,
        pmsg: &crate::ComPtr<crate::IMessage>,
        pViewContext: ::core::option::Option<&crate::ComPtr<IMAPIViewContext>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __b2 = match lpszMessageClass {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPCSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a5: crate::LPMAPIFOLDER = match pFolderFocus {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __r = pMessageSite;
        let __a6: LPMAPIMESSAGESITE = __r.as_raw();
        let __r = pmsg;
        let __a7: crate::LPMESSAGE = __r.as_raw();
        let __a8: LPMAPIVIEWCONTEXT = match pViewContext {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid9: crate::GUID = <U as crate::Interface>::IID;
        let __a9: crate::REFIID = ::core::ptr::from_ref(&__iid9);
        let mut __a10: crate::LPVOID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .LoadForm)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                ulMessageStatus.bits(),
                ulMessageFlags.bits(),
                __a5,
                __a6,
                __a7,
                __a8,
                __a9,
                &mut __a10,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r10 = unsafe { crate::ComPtr::<U>::from_raw(__a10.cast()) };
        let __r10 = __r10.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r10)
    }
    fn resolve_message_class(
        &self,
        szMsgClass: &str,
        ulFlags: MAPIFormMgrResolveMessageClassFlags,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(szMsgClass, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __a2: crate::LPMAPIFOLDER = match pFolderFocus {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: LPMAPIFORMINFO = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .ResolveMessageClass)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<IMAPIFormInfo>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn resolve_multiple_message_classes(
        &self,
        alloc: &crate::value::Allocator,
        pMsgClasses: ::core::option::Option<&[&str]>,
        ulFlags: MAPIFormMgrResolveMultipleMessageClassesFlags,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    > {
        #[allow(unused_mut)]
        let mut __b0 = match pMsgClasses {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::message_classes_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: LPSMESSAGECLASSARRAY = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: crate::LPMAPIFOLDER = match pFolderFocus {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: LPSMAPIFORMINFOARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .ResolveMultipleMessageClasses)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r3 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a3.cast::<crate::SMAPIFormInfoArray>(),
                1,
            )
        };
        let __r3 = __r3
            .ok_or_else(crate::__private::call::missing_output)?
            .form_infos()?;
        ::core::result::Result::Ok(__r3)
    }
    fn calc_form_prop_set(
        &self,
        alloc: &crate::value::Allocator,
        pfrminfoarray: &[::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>],
        ulFlags: MAPIFormCalcFormPropSetFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::FormProp>,
        crate::Hresult,
    > {
        let __t = pfrminfoarray;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::form_infos_in(__t)?;
        let __s = &mut __b0;
        let __a0: LPSMAPIFORMINFOARRAY = __s.as_mut_ptr();
        let mut __a2: LPMAPIFORMPROPARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .CalcFormPropSet)(self.as_raw().cast(), __a0, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::SMAPIFormPropArray>(),
                1,
            )
        };
        let __r2 = __r2
            .ok_or_else(crate::__private::call::missing_output)?
            .form_props()?;
        ::core::result::Result::Ok(__r2)
    }
    fn create_form<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrCreateFormFlags,
        pfrminfoToActivate: &crate::ComPtr<IMAPIFormInfo>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __r = pfrminfoToActivate;
        let __a2: LPMAPIFORMINFO = __r.as_raw();
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::REFIID = ::core::ptr::from_ref(&__iid3);
        let mut __a4: crate::LPVOID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .CreateForm)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r4 = unsafe { crate::ComPtr::<U>::from_raw(__a4.cast()) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r4)
    }
    fn select_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormFlags,
        pszTitle: ::core::option::Option<&str>,
        pfld: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult> {
        let __b2 = match pszTitle {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPCTSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a3: crate::LPMAPIFOLDER = match pfld {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a4: LPMAPIFORMINFO = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .SelectForm)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IMAPIFormInfo>::from_raw(__a4) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r4)
    }
    fn select_multiple_forms(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormFlags,
        pszTitle: ::core::option::Option<&str>,
        pfld: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
        pfrminfoarray: ::core::option::Option<
            &[::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>],
        >,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    > {
        let __b2 = match pszTitle {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPCTSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a3: crate::LPMAPIFOLDER = match pfld {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b4 = match pfrminfoarray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::form_infos_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a4: LPSMAPIFORMINFOARRAY = match &mut __b4 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a5: LPSMAPIFORMINFOARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .SelectMultipleForms)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
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
                __a5.cast::<crate::SMAPIFormInfoArray>(),
                1,
            )
        };
        let __r5 = __r5
            .ok_or_else(crate::__private::call::missing_output)?
            .form_infos()?;
        ::core::result::Result::Ok(__r5)
    }
    fn select_form_container(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrSelectFormContainerFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult> {
        let mut __a2: LPMAPIFORMCONTAINER = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .SelectFormContainer)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<IMAPIFormContainer>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn open_form_container(
        &self,
        hfrmreg: HFRMREG,
        lpunk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormContainer>, crate::Hresult> {
        let __a1: crate::LPUNKNOWN = match lpunk {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: LPMAPIFORMCONTAINER = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .OpenFormContainer)(self.as_raw().cast(), hfrmreg, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<IMAPIFormContainer>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn prepare_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormMgrPrepareFormFlags,
        pfrminfo: &crate::ComPtr<IMAPIFormInfo>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pfrminfo;
        let __a2: LPMAPIFORMINFO = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .PrepareForm)(self.as_raw().cast(), ulUIParam, ulFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_in_conflict(
        &self,
        ulMessageFlags: FormMessageFlags,
        ulMessageStatus: FormMessageStatusFlags,
        szMessageClass: &str,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = crate::__private::call::str_in(szMessageClass, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let __a3: crate::LPMAPIFOLDER = match pFolderFocus {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .IsInConflict)(
                self.as_raw().cast(),
                ulMessageFlags.bits(),
                ulMessageStatus.bits(),
                __a2,
                __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_in_conflict_with_warning(
        &self,
        ulMessageFlags: FormMessageFlags,
        ulMessageStatus: FormMessageStatusFlags,
        szMessageClass: &str,
        pFolderFocus: ::core::option::Option<&crate::ComPtr<crate::IMAPIFolder>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b2 = crate::__private::call::str_in(szMessageClass, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let __a3: crate::LPMAPIFOLDER = match pFolderFocus {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormMgr>()
                .IsInConflict)(
                self.as_raw().cast(),
                ulMessageFlags.bits(),
                ulMessageStatus.bits(),
                __a2,
                __a3,
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIFormContainer` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIFormContainer {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIFormContainer`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIFormContainer> for IMAPIFormContainer {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIFormContainer`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIFormContainer` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFormContainerExt {
    /// Describes the last error the form container reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the container cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIFormContainerVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormContainerGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Installs a form, described by its configuration file (`.cfg`), into
    /// the library.
    ///
    /// Returns `S_OK`, `MAPI_E_EXTENDED_ERROR` when the configuration file
    /// is missing, unreadable or invalid (see `GetLastError`), or
    /// `MAPI_E_USER_CANCEL` when the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window (an `HWND`) of dialog boxes; used only with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    /// - `szCfgPathName` (`LPTSTR`, in): The path of the form's configuration file.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIFormContainerVtbl::InstallForm`]. In Rust:
    ///
    /// - `szCfgPathName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn install_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormContainerInstallFormFlags,
        szCfgPathName: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes the form for a message class from the library.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form of the library
    /// handles the class.
    ///
    /// # Parameters
    ///
    /// - `szMessageClass` (`LPCSTR`, in): The message class of the form (always 8-bit).
    ///
    /// Calls slot 5 of the vtable, [`IMAPIFormContainerVtbl::RemoveForm`]. In Rust:
    ///
    /// - `szMessageClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn remove_form(
        &self,
        szMessageClass: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Finds the form for a message class in the library and returns its
    /// form information object.
    ///
    /// The class identifier in the result may not be registered with OLE
    /// until `IMAPIFormMgr::PrepareForm` or `CreateForm`.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when no form handles the class.
    ///
    /// # Parameters
    ///
    /// - `szMessageClass` (`LPCSTR`, in): The message class to resolve (always 8-bit).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `pforminfo` (`LPMAPIFORMINFO*`, out): Receives the form information object.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIFormContainerVtbl::ResolveMessageClass`]. In Rust:
    ///
    /// - `szMessageClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pforminfo`.
    fn resolve_message_class(
        &self,
        szMessageClass: &str,
        ulFlags: MAPIFormContainerResolveMessageClassFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult>;
    /// Finds the forms for several message classes in the library.
    ///
    /// The result has one entry per class, null for a class no form
    /// handles, so success does not mean every class was resolved.
    ///
    /// # Parameters
    ///
    /// - `pMsgClassArray` (`LPSMESSAGECLASSARRAY`, in): The message classes to resolve (always 8-bit), or null for every form of the library.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `ppfrminfoarray` (`LPSMAPIFORMINFOARRAY*`, out): Receives the form information objects.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIFormContainerVtbl::ResolveMultipleMessageClasses`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `ppfrminfoarray`.
    fn resolve_multiple_message_classes(
        &self,
        alloc: &crate::value::Allocator,
        pMsgClassArray: ::core::option::Option<&[&str]>,
        ulFlags: MAPIFormContainerResolveMessageClassFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    >;
    /// Returns the named properties of every form in the library: all of
    /// them, or those they share.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the provider cannot
    /// give its strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing union or intersection and the character set.
    /// - `ppResults` (`LPMAPIFORMPROPARRAY*`, out): Receives the properties.
    ///
    /// Calls slot 8 of the vtable, [`IMAPIFormContainerVtbl::CalcFormPropSet`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `ppResults`.
    fn calc_form_prop_set(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormCalcFormPropSetFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::FormProp>, crate::Hresult>;
    /// Returns the display name of the library.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the name.
    /// - `pszDisplayName` (`LPTSTR*`, out): Receives the display name.
    ///
    /// Calls slot 9 of the vtable, [`IMAPIFormContainerVtbl::GetDisplay`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `pszDisplayName`.
    fn get_display(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormContainerGetDisplayFlags,
    ) -> ::core::result::Result<crate::value::MapiStr, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIFormContainer>> IMAPIFormContainerExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormContainerGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn install_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIFormContainerInstallFormFlags,
        szCfgPathName: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = crate::__private::call::str_in(
            szCfgPathName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .InstallForm)(self.as_raw().cast(), ulUIParam, ulFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn remove_form(
        &self,
        szMessageClass: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(szMessageClass, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .RemoveForm)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn resolve_message_class(
        &self,
        szMessageClass: &str,
        ulFlags: MAPIFormContainerResolveMessageClassFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPIFormInfo>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(szMessageClass, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a2: LPMAPIFORMINFO = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .ResolveMessageClass)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<IMAPIFormInfo>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn resolve_multiple_message_classes(
        &self,
        alloc: &crate::value::Allocator,
        pMsgClassArray: ::core::option::Option<&[&str]>,
        ulFlags: MAPIFormContainerResolveMessageClassFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::ComPtr<crate::IMAPIFormInfo>>>,
        crate::Hresult,
    > {
        #[allow(unused_mut)]
        let mut __b0 = match pMsgClassArray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::message_classes_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: LPSMESSAGECLASSARRAY = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: LPSMAPIFORMINFOARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .ResolveMultipleMessageClasses)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::SMAPIFormInfoArray>(),
                1,
            )
        };
        let __r2 = __r2
            .ok_or_else(crate::__private::call::missing_output)?
            .form_infos()?;
        ::core::result::Result::Ok(__r2)
    }
    fn calc_form_prop_set(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormCalcFormPropSetFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::FormProp>,
        crate::Hresult,
    > {
        let mut __a1: LPMAPIFORMPROPARRAY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .CalcFormPropSet)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SMAPIFormPropArray>(),
                1,
            )
        };
        let __r1 = __r1
            .ok_or_else(crate::__private::call::missing_output)?
            .form_props()?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_display(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIFormContainerGetDisplayFlags,
    ) -> ::core::result::Result<crate::value::MapiStr, crate::Hresult> {
        let mut __a1: crate::LPTSTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormContainer>()
                .GetDisplay)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given holding a string of the width the call asked for, or null.
        let __r1 = unsafe {
            crate::__private::call::adopt_str(
                alloc,
                __a1.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        let __r1 = __r1?;
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: `IMAPIFormFactory` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIFormFactory {}
#[cfg(all(feature = "client", feature = "forms"))]
/// SAFETY: every interface begins with itself (`IMAPIFormFactory`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIFormFactory> for IMAPIFormFactory {}
#[cfg(all(feature = "client", feature = "forms"))]
/// The caller side of [`IMAPIFormFactory`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIFormFactory` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFormFactoryExt {
    /// Describes the last error the form factory reported.
    ///
    /// Returns `S_OK` (with a null `MAPIERROR` when there is nothing to
    /// say), or `MAPI_E_BAD_CHARWIDTH` when the factory cannot give its
    /// strings in the character set asked for.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIFormFactoryVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormFactoryGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    >;
    /// Returns the class factory that makes forms of one class.
    ///
    /// **Notes to implementers.** Returning the same factory for every call
    /// with the same class identifier is fine.
    ///
    /// # Parameters
    ///
    /// - `clsidForm` (`REFCLSID`, in): The class identifier of the form.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppClassFactory` (`LPCLASSFACTORY*`, out): Receives the class factory.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIFormFactoryVtbl::CreateClassFactory`]. In Rust:
    ///
    /// - `ulFlags` is reserved: zero is passed.
    /// - Returns `lppClassFactory`.
    fn create_class_factory(
        &self,
        clsidForm: &crate::CLSID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IClassFactory>, crate::Hresult>;
    /// Keeps the form server loaded while forms are often created and
    /// released, as `IClassFactory::LockServer` does: the calls nest.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `fLockServer` (`ULONG`, in): TRUE to add a lock, FALSE to release one.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIFormFactoryVtbl::LockServer`]. In Rust:
    ///
    /// - `ulFlags` is reserved: zero is passed.
    fn lock_server(
        &self,
        fLockServer: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "forms"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIFormFactory>> IMAPIFormFactoryExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIFormFactoryGetLastErrorFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiErrorBuffer>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormFactory>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn create_class_factory(
        &self,
        clsidForm: &crate::CLSID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IClassFactory>, crate::Hresult> {
        let __r = clsidForm;
        let __a0: crate::REFCLSID = ::core::ptr::from_ref(__r);
        let mut __a2: crate::LPCLASSFACTORY = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormFactory>()
                .CreateClassFactory)(self.as_raw().cast(), __a0, 0, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IClassFactory>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn lock_server(
        &self,
        fLockServer: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFormFactory>()
                .LockServer)(self.as_raw().cast(), 0, fLockServer)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}

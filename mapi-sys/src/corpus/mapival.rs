// `idl/mapi/mapival.idl` as Rust, included by `mod.rs`.
/// The methods of MAPI's interfaces, numbered for the parameter validation of mapival.h: `<interface>_<method>`.
pub type METHODS = i32;
/// `IUnknown::QueryInterface`.
pub const IUnknown_QueryInterface: METHODS = 0;
/// `IUnknown::AddRef`.
pub const IUnknown_AddRef: METHODS = 1;
/// `IUnknown::Release`.
pub const IUnknown_Release: METHODS = 2;
/// `IMAPIProp::GetLastError`.
pub const IMAPIProp_GetLastError: METHODS = 3;
/// `IMAPIProp::SaveChanges`.
pub const IMAPIProp_SaveChanges: METHODS = 4;
/// `IMAPIProp::GetProps`.
pub const IMAPIProp_GetProps: METHODS = 5;
/// `IMAPIProp::GetPropList`.
pub const IMAPIProp_GetPropList: METHODS = 6;
/// `IMAPIProp::OpenProperty`.
pub const IMAPIProp_OpenProperty: METHODS = 7;
/// `IMAPIProp::SetProps`.
pub const IMAPIProp_SetProps: METHODS = 8;
/// `IMAPIProp::DeleteProps`.
pub const IMAPIProp_DeleteProps: METHODS = 9;
/// `IMAPIProp::CopyTo`.
pub const IMAPIProp_CopyTo: METHODS = 0xA;
/// `IMAPIProp::CopyProps`.
pub const IMAPIProp_CopyProps: METHODS = 0xB;
/// `IMAPIProp::GetNamesFromIDs`.
pub const IMAPIProp_GetNamesFromIDs: METHODS = 0xC;
/// `IMAPIProp::GetIDsFromNames`.
pub const IMAPIProp_GetIDsFromNames: METHODS = 0xD;
/// `IMAPITable::GetLastError`.
pub const IMAPITable_GetLastError: METHODS = 0xE;
/// `IMAPITable::Advise`.
pub const IMAPITable_Advise: METHODS = 0xF;
/// `IMAPITable::Unadvise`.
pub const IMAPITable_Unadvise: METHODS = 0x10;
/// `IMAPITable::GetStatus`.
pub const IMAPITable_GetStatus: METHODS = 0x11;
/// `IMAPITable::SetColumns`.
pub const IMAPITable_SetColumns: METHODS = 0x12;
/// `IMAPITable::QueryColumns`.
pub const IMAPITable_QueryColumns: METHODS = 0x13;
/// `IMAPITable::GetRowCount`.
pub const IMAPITable_GetRowCount: METHODS = 0x14;
/// `IMAPITable::SeekRow`.
pub const IMAPITable_SeekRow: METHODS = 0x15;
/// `IMAPITable::SeekRowApprox`.
pub const IMAPITable_SeekRowApprox: METHODS = 0x16;
/// `IMAPITable::QueryPosition`.
pub const IMAPITable_QueryPosition: METHODS = 0x17;
/// `IMAPITable::FindRow`.
pub const IMAPITable_FindRow: METHODS = 0x18;
/// `IMAPITable::Restrict`.
pub const IMAPITable_Restrict: METHODS = 0x19;
/// `IMAPITable::CreateBookmark`.
pub const IMAPITable_CreateBookmark: METHODS = 0x1A;
/// `IMAPITable::FreeBookmark`.
pub const IMAPITable_FreeBookmark: METHODS = 0x1B;
/// `IMAPITable::SortTable`.
pub const IMAPITable_SortTable: METHODS = 0x1C;
/// `IMAPITable::QuerySortOrder`.
pub const IMAPITable_QuerySortOrder: METHODS = 0x1D;
/// `IMAPITable::QueryRows`.
pub const IMAPITable_QueryRows: METHODS = 0x1E;
/// `IMAPITable::Abort`.
pub const IMAPITable_Abort: METHODS = 0x1F;
/// `IMAPITable::ExpandRow`.
pub const IMAPITable_ExpandRow: METHODS = 0x20;
/// `IMAPITable::CollapseRow`.
pub const IMAPITable_CollapseRow: METHODS = 0x21;
/// `IMAPITable::WaitForCompletion`.
pub const IMAPITable_WaitForCompletion: METHODS = 0x22;
/// `IMAPITable::GetCollapseState`.
pub const IMAPITable_GetCollapseState: METHODS = 0x23;
/// `IMAPITable::SetCollapseState`.
pub const IMAPITable_SetCollapseState: METHODS = 0x24;
/// `IMAPIContainer::GetContentsTable`.
pub const IMAPIContainer_GetContentsTable: METHODS = 0x25;
/// `IMAPIContainer::GetHierarchyTable`.
pub const IMAPIContainer_GetHierarchyTable: METHODS = 0x26;
/// `IMAPIContainer::OpenEntry`.
pub const IMAPIContainer_OpenEntry: METHODS = 0x27;
/// `IMAPIContainer::SetSearchCriteria`.
pub const IMAPIContainer_SetSearchCriteria: METHODS = 0x28;
/// `IMAPIContainer::GetSearchCriteria`.
pub const IMAPIContainer_GetSearchCriteria: METHODS = 0x29;
/// `IABContainer::CreateEntry`.
pub const IABContainer_CreateEntry: METHODS = 0x2A;
/// `IABContainer::CopyEntries`.
pub const IABContainer_CopyEntries: METHODS = 0x2B;
/// `IABContainer::DeleteEntries`.
pub const IABContainer_DeleteEntries: METHODS = 0x2C;
/// `IABContainer::ResolveNames`.
pub const IABContainer_ResolveNames: METHODS = 0x2D;
/// `IDistList::CreateEntry`.
pub const IDistList_CreateEntry: METHODS = 0x2E;
/// `IDistList::CopyEntries`.
pub const IDistList_CopyEntries: METHODS = 0x2F;
/// `IDistList::DeleteEntries`.
pub const IDistList_DeleteEntries: METHODS = 0x30;
/// `IDistList::ResolveNames`.
pub const IDistList_ResolveNames: METHODS = 0x31;
/// `IMAPIFolder::CreateMessage`.
pub const IMAPIFolder_CreateMessage: METHODS = 0x32;
/// `IMAPIFolder::CopyMessages`.
pub const IMAPIFolder_CopyMessages: METHODS = 0x33;
/// `IMAPIFolder::DeleteMessages`.
pub const IMAPIFolder_DeleteMessages: METHODS = 0x34;
/// `IMAPIFolder::CreateFolder`.
pub const IMAPIFolder_CreateFolder: METHODS = 0x35;
/// `IMAPIFolder::CopyFolder`.
pub const IMAPIFolder_CopyFolder: METHODS = 0x36;
/// `IMAPIFolder::DeleteFolder`.
pub const IMAPIFolder_DeleteFolder: METHODS = 0x37;
/// `IMAPIFolder::SetReadFlags`.
pub const IMAPIFolder_SetReadFlags: METHODS = 0x38;
/// `IMAPIFolder::GetMessageStatus`.
pub const IMAPIFolder_GetMessageStatus: METHODS = 0x39;
/// `IMAPIFolder::SetMessageStatus`.
pub const IMAPIFolder_SetMessageStatus: METHODS = 0x3A;
/// `IMAPIFolder::SaveContentsSort`.
pub const IMAPIFolder_SaveContentsSort: METHODS = 0x3B;
/// `IMAPIFolder::EmptyFolder`.
pub const IMAPIFolder_EmptyFolder: METHODS = 0x3C;
/// `IMsgStore::Advise`.
pub const IMsgStore_Advise: METHODS = 0x3D;
/// `IMsgStore::Unadvise`.
pub const IMsgStore_Unadvise: METHODS = 0x3E;
/// `IMsgStore::CompareEntryIDs`.
pub const IMsgStore_CompareEntryIDs: METHODS = 0x3F;
/// `IMsgStore::OpenEntry`.
pub const IMsgStore_OpenEntry: METHODS = 0x40;
/// `IMsgStore::SetReceiveFolder`.
pub const IMsgStore_SetReceiveFolder: METHODS = 0x41;
/// `IMsgStore::GetReceiveFolder`.
pub const IMsgStore_GetReceiveFolder: METHODS = 0x42;
/// `IMsgStore::GetReceiveFolderTable`.
pub const IMsgStore_GetReceiveFolderTable: METHODS = 0x43;
/// `IMsgStore::StoreLogoff`.
pub const IMsgStore_StoreLogoff: METHODS = 0x44;
/// `IMsgStore::AbortSubmit`.
pub const IMsgStore_AbortSubmit: METHODS = 0x45;
/// `IMsgStore::GetOutgoingQueue`.
pub const IMsgStore_GetOutgoingQueue: METHODS = 0x46;
/// `IMsgStore::SetLockState`.
pub const IMsgStore_SetLockState: METHODS = 0x47;
/// `IMsgStore::FinishedMsg`.
pub const IMsgStore_FinishedMsg: METHODS = 0x48;
/// `IMsgStore::NotifyNewMail`.
pub const IMsgStore_NotifyNewMail: METHODS = 0x49;
/// `IMessage::GetAttachmentTable`.
pub const IMessage_GetAttachmentTable: METHODS = 0x4A;
/// `IMessage::OpenAttach`.
pub const IMessage_OpenAttach: METHODS = 0x4B;
/// `IMessage::CreateAttach`.
pub const IMessage_CreateAttach: METHODS = 0x4C;
/// `IMessage::DeleteAttach`.
pub const IMessage_DeleteAttach: METHODS = 0x4D;
/// `IMessage::GetRecipientTable`.
pub const IMessage_GetRecipientTable: METHODS = 0x4E;
/// `IMessage::ModifyRecipients`.
pub const IMessage_ModifyRecipients: METHODS = 0x4F;
/// `IMessage::SubmitMessage`.
pub const IMessage_SubmitMessage: METHODS = 0x50;
/// `IMessage::SetReadFlag`.
pub const IMessage_SetReadFlag: METHODS = 0x51;
/// `IABProvider::Shutdown`.
pub const IABProvider_Shutdown: METHODS = 0x52;
/// `IABProvider::Logon`.
pub const IABProvider_Logon: METHODS = 0x53;
/// `IABLogon::GetLastError`.
pub const IABLogon_GetLastError: METHODS = 0x54;
/// `IABLogon::Logoff`.
pub const IABLogon_Logoff: METHODS = 0x55;
/// `IABLogon::OpenEntry`.
pub const IABLogon_OpenEntry: METHODS = 0x56;
/// `IABLogon::CompareEntryIDs`.
pub const IABLogon_CompareEntryIDs: METHODS = 0x57;
/// `IABLogon::Advise`.
pub const IABLogon_Advise: METHODS = 0x58;
/// `IABLogon::Unadvise`.
pub const IABLogon_Unadvise: METHODS = 0x59;
/// `IABLogon::OpenStatusEntry`.
pub const IABLogon_OpenStatusEntry: METHODS = 0x5A;
/// `IABLogon::OpenTemplateID`.
pub const IABLogon_OpenTemplateID: METHODS = 0x5B;
/// `IABLogon::GetOneOffTable`.
pub const IABLogon_GetOneOffTable: METHODS = 0x5C;
/// `IABLogon::PrepareRecips`.
pub const IABLogon_PrepareRecips: METHODS = 0x5D;
/// `IXPProvider::Shutdown`.
pub const IXPProvider_Shutdown: METHODS = 0x5E;
/// `IXPProvider::TransportLogon`.
pub const IXPProvider_TransportLogon: METHODS = 0x5F;
/// `IXPLogon::AddressTypes`.
pub const IXPLogon_AddressTypes: METHODS = 0x60;
/// `IXPLogon::RegisterOptions`.
pub const IXPLogon_RegisterOptions: METHODS = 0x61;
/// `IXPLogon::TransportNotify`.
pub const IXPLogon_TransportNotify: METHODS = 0x62;
/// `IXPLogon::Idle`.
pub const IXPLogon_Idle: METHODS = 0x63;
/// `IXPLogon::TransportLogoff`.
pub const IXPLogon_TransportLogoff: METHODS = 0x64;
/// `IXPLogon::SubmitMessage`.
pub const IXPLogon_SubmitMessage: METHODS = 0x65;
/// `IXPLogon::EndMessage`.
pub const IXPLogon_EndMessage: METHODS = 0x66;
/// `IXPLogon::Poll`.
pub const IXPLogon_Poll: METHODS = 0x67;
/// `IXPLogon::StartMessage`.
pub const IXPLogon_StartMessage: METHODS = 0x68;
/// `IXPLogon::OpenStatusEntry`.
pub const IXPLogon_OpenStatusEntry: METHODS = 0x69;
/// `IXPLogon::ValidateState`.
pub const IXPLogon_ValidateState: METHODS = 0x6A;
/// `IXPLogon::FlushQueues`.
pub const IXPLogon_FlushQueues: METHODS = 0x6B;
/// `IMSProvider::Shutdown`.
pub const IMSProvider_Shutdown: METHODS = 0x6C;
/// `IMSProvider::Logon`.
pub const IMSProvider_Logon: METHODS = 0x6D;
/// `IMSProvider::SpoolerLogon`.
pub const IMSProvider_SpoolerLogon: METHODS = 0x6E;
/// `IMSProvider::CompareStoreIDs`.
pub const IMSProvider_CompareStoreIDs: METHODS = 0x6F;
/// `IMSLogon::GetLastError`.
pub const IMSLogon_GetLastError: METHODS = 0x70;
/// `IMSLogon::Logoff`.
pub const IMSLogon_Logoff: METHODS = 0x71;
/// `IMSLogon::OpenEntry`.
pub const IMSLogon_OpenEntry: METHODS = 0x72;
/// `IMSLogon::CompareEntryIDs`.
pub const IMSLogon_CompareEntryIDs: METHODS = 0x73;
/// `IMSLogon::Advise`.
pub const IMSLogon_Advise: METHODS = 0x74;
/// `IMSLogon::Unadvise`.
pub const IMSLogon_Unadvise: METHODS = 0x75;
/// `IMSLogon::OpenStatusEntry`.
pub const IMSLogon_OpenStatusEntry: METHODS = 0x76;
/// `IMAPIControl::GetLastError`.
pub const IMAPIControl_GetLastError: METHODS = 0x77;
/// `IMAPIControl::Activate`.
pub const IMAPIControl_Activate: METHODS = 0x78;
/// `IMAPIControl::GetState`.
pub const IMAPIControl_GetState: METHODS = 0x79;
/// `IMAPIStatus::ValidateState`.
pub const IMAPIStatus_ValidateState: METHODS = 0x7A;
/// `IMAPIStatus::SettingsDialog`.
pub const IMAPIStatus_SettingsDialog: METHODS = 0x7B;
/// `IMAPIStatus::ChangePassword`.
pub const IMAPIStatus_ChangePassword: METHODS = 0x7C;
/// `IMAPIStatus::FlushQueues`.
pub const IMAPIStatus_FlushQueues: METHODS = 0x7D;
/// `IStream::Read`.
pub const IStream__Read: METHODS = 0x7E;
/// `IStream::Read`.
pub const IStream_Read: METHODS = 0x7E;
/// `IStream::Write`.
pub const IStream__Write: METHODS = 0x7F;
/// `IStream::Write`.
pub const IStream_Write: METHODS = 0x7F;
/// `IStream::Seek`.
pub const IStream_Seek: METHODS = 0x80;
/// `IStream::SetSize`.
pub const IStream_SetSize: METHODS = 0x81;
/// `IStream::CopyTo`.
pub const IStream_CopyTo: METHODS = 0x82;
/// `IStream::Commit`.
pub const IStream_Commit: METHODS = 0x83;
/// `IStream::Revert`.
pub const IStream_Revert: METHODS = 0x84;
/// `IStream::LockRegion`.
pub const IStream_LockRegion: METHODS = 0x85;
/// `IStream::UnlockRegion`.
pub const IStream_UnlockRegion: METHODS = 0x86;
/// `IStream::Stat`.
pub const IStream_Stat: METHODS = 0x87;
/// `IStream::Clone`.
pub const IStream_Clone: METHODS = 0x88;
/// `IMAPIAdviseSink::OnNotify`.
pub const IMAPIAdviseSink_OnNotify: METHODS = 0x89;

// `idl/mapi/table.idl` as Rust, included by `mod.rs`.
/// Pointer to a table view.
pub type LPMAPITABLE = *mut IMAPITable;
/// Flags of `IMAPITable::GetLastError`.
pub type MAPITableGetLastErrorFlags = crate::Flags<MAPITableGetLastErrorFlagsGroup>;
/// The group of [`MAPITableGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableGetLastErrorFlagsGroup {}
impl crate::FlagGroup for MAPITableGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPITableGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Event types accepted by `IMAPITable::Advise` in `ulEventMask`.
pub type MAPITableAdviseFlags = crate::Flags<MAPITableAdviseFlagsGroup>;
/// The group of [`MAPITableAdviseFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableAdviseFlagsGroup {}
impl crate::FlagGroup for MAPITableAdviseFlagsGroup {
    const IN_MASK: u32 = 0x00000100;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("fnevTableModified", 0x00000100)];
}
impl crate::Flags<MAPITableAdviseFlagsGroup> {
    /// Report changes to the rows of the table (`TABLE_NOTIFICATION`); this
    /// is the only event a table reports.
    ///
    /// `fnevTableModified` (`0x100`), valid on input.
    pub const fnevTableModified: Self = Self::from_bits_retain(0x00000100);
}
/// Flags of `IMAPITable::SetColumns`.
pub type MAPITableSetColumnsFlags = crate::Flags<MAPITableSetColumnsFlagsGroup>;
/// The group of [`MAPITableSetColumnsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableSetColumnsFlagsGroup {}
impl crate::FlagGroup for MAPITableSetColumnsFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TBL_ASYNC", 0x00000001),
        ("TBL_BATCH", 0x00000002),
    ];
}
impl crate::Flags<MAPITableSetColumnsFlagsGroup> {
    /// Run the operation asynchronously: the call may return before the new
    /// column set is in place. Tables may ignore it and work synchronously.
    ///
    /// `TBL_ASYNC` (`0x1`), valid on input.
    pub const ASYNC: Self = Self::from_bits_retain(0x00000001);
    /// Let the table postpone setting the columns until data is actually
    /// needed. Callers should set it whenever they can.
    ///
    /// `TBL_BATCH` (`0x2`), valid on input.
    pub const BATCH: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPITable::QueryColumns`.
pub type MAPITableQueryColumnsFlags = crate::Flags<MAPITableQueryColumnsFlagsGroup>;
/// The group of [`MAPITableQueryColumnsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableQueryColumnsFlagsGroup {}
impl crate::FlagGroup for MAPITableQueryColumnsFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("TBL_ALL_COLUMNS", 0x00000001)];
}
impl crate::Flags<MAPITableQueryColumnsFlagsGroup> {
    /// Return every column the table can provide, not just the current
    /// column set.
    ///
    /// `TBL_ALL_COLUMNS` (`0x1`), valid on input.
    pub const TBL_ALL_COLUMNS: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPITable::GetRowCount`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPITableGetRowCountFlags = crate::Flags<MAPITableGetRowCountFlagsGroup>;
/// The group of [`MAPITableGetRowCountFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableGetRowCountFlagsGroup {}
impl crate::FlagGroup for MAPITableGetRowCountFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPITable::FindRow`.
pub type MAPITableFindRowFlags = crate::Flags<MAPITableFindRowFlagsGroup>;
/// The group of [`MAPITableFindRowFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableFindRowFlagsGroup {}
impl crate::FlagGroup for MAPITableFindRowFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("DIR_BACKWARD", 0x00000001)];
}
impl crate::Flags<MAPITableFindRowFlagsGroup> {
    /// Search backward from the starting bookmark instead of forward.
    ///
    /// `DIR_BACKWARD` (`0x1`), valid on input.
    pub const DIR_BACKWARD: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPITable::Restrict`.
pub type MAPITableRestrictFlags = crate::Flags<MAPITableRestrictFlagsGroup>;
/// The group of [`MAPITableRestrictFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableRestrictFlagsGroup {}
impl crate::FlagGroup for MAPITableRestrictFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TBL_ASYNC", 0x00000001),
        ("TBL_BATCH", 0x00000002),
    ];
}
impl crate::Flags<MAPITableRestrictFlagsGroup> {
    /// Start the filtering asynchronously and return before it is done.
    ///
    /// `TBL_ASYNC` (`0x1`), valid on input.
    pub const ASYNC: Self = Self::from_bits_retain(0x00000001);
    /// Postpone evaluating the filter until table data is needed.
    ///
    /// `TBL_BATCH` (`0x2`), valid on input.
    pub const BATCH: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPITable::SortTable`.
pub type MAPITableSortTableFlags = crate::Flags<MAPITableSortTableFlagsGroup>;
/// The group of [`MAPITableSortTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableSortTableFlagsGroup {}
impl crate::FlagGroup for MAPITableSortTableFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("TBL_ASYNC", 0x00000001),
        ("TBL_BATCH", 0x00000002),
    ];
}
impl crate::Flags<MAPITableSortTableFlagsGroup> {
    /// Start the sort asynchronously and return before it is done.
    ///
    /// `TBL_ASYNC` (`0x1`), valid on input.
    pub const ASYNC: Self = Self::from_bits_retain(0x00000001);
    /// Postpone the sort until table data is needed.
    ///
    /// `TBL_BATCH` (`0x2`), valid on input.
    pub const BATCH: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPITable::QueryRows`.
pub type MAPITableQueryRowsFlags = crate::Flags<MAPITableQueryRowsFlagsGroup>;
/// The group of [`MAPITableQueryRowsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableQueryRowsFlagsGroup {}
impl crate::FlagGroup for MAPITableQueryRowsFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("TBL_NOADVANCE", 0x00000001)];
}
impl crate::Flags<MAPITableQueryRowsFlagsGroup> {
    /// Leave the cursor where it was: it stays on the first row returned
    /// instead of moving past the last one.
    ///
    /// `TBL_NOADVANCE` (`0x1`), valid on input.
    pub const TBL_NOADVANCE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPITable::ExpandRow`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPITableExpandRowFlags = crate::Flags<MAPITableExpandRowFlagsGroup>;
/// The group of [`MAPITableExpandRowFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableExpandRowFlagsGroup {}
impl crate::FlagGroup for MAPITableExpandRowFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPITable::CollapseRow`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPITableCollapseRowFlags = crate::Flags<MAPITableCollapseRowFlagsGroup>;
/// The group of [`MAPITableCollapseRowFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableCollapseRowFlagsGroup {}
impl crate::FlagGroup for MAPITableCollapseRowFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPITable::WaitForCompletion`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPITableWaitForCompletionFlags = crate::Flags<
    MAPITableWaitForCompletionFlagsGroup,
>;
/// The group of [`MAPITableWaitForCompletionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableWaitForCompletionFlagsGroup {}
impl crate::FlagGroup for MAPITableWaitForCompletionFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPITable::GetCollapseState`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPITableGetCollapseStateFlags = crate::Flags<
    MAPITableGetCollapseStateFlagsGroup,
>;
/// The group of [`MAPITableGetCollapseStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableGetCollapseStateFlagsGroup {}
impl crate::FlagGroup for MAPITableGetCollapseStateFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPITable::SetCollapseState`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPITableSetCollapseStateFlags = crate::Flags<
    MAPITableSetCollapseStateFlagsGroup,
>;
/// The group of [`MAPITableSetCollapseStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPITableSetCollapseStateFlagsGroup {}
impl crate::FlagGroup for MAPITableSetCollapseStateFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// A table view: read-only rows of property values (columns) with a
/// cursor, which can be restricted, sorted, categorized and watched for
/// changes.
///
/// Contents, hierarchy, attachment, recipient, status, message store,
/// profile and display tables are all reached through this interface.
/// Service providers and MAPI implement it (often by calling
/// `ITableData::HrGetView` on a table data object from `CreateTable`);
/// clients and MAPI call it.
///
/// Several operations (`SetColumns`, `Restrict`, `SortTable`) may run
/// asynchronously with `TBL_ASYNC` or be postponed with `TBL_BATCH`; other
/// calls made meanwhile may fail with `MAPI_E_BUSY`, and `GetStatus`,
/// `WaitForCompletion` and `Abort` manage them. Rows are identified by
/// their `PR_INSTANCE_KEY`; positions are saved as `BOOKMARK`s, with the
/// predefined `BOOKMARK_BEGINNING`, `BOOKMARK_CURRENT` and `BOOKMARK_END`.
#[repr(C)]
pub struct IMAPITable {
    /// The object's vtable.
    pub lpVtbl: *const IMAPITableVtbl,
}
/// The vtable of [`IMAPITable`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPITableVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// table.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the table only
    ///   supports ANSI, or it was not given and the table only supports
    ///   Unicode.
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
    /// Registers an advise sink to be told when the table changes.
    ///
    /// Rows added, changed or deleted, a reload, a sort or restriction that
    /// finished, or an error are all reported as `fnevTableModified` with a
    /// `TABLE_NOTIFICATION` whose `ulTableEvent` says what happened. The row
    /// data in a notification follows the column set in force when the
    /// notification was sent.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: the table does not change, or does not support
    ///   notifications.
    ///
    /// # Parameters
    ///
    /// - `ulEventMask` (`ULONG`, in): Bitmask of event types; only `fnevTableModified` is valid.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications; it must already exist.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    pub Advise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulEventMask: crate::ULONG,
        lpAdviseSink: crate::LPMAPIADVISESINK,
        lpulConnection: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Cancels a notification registration made with `IMAPITable::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    pub Unadvise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulConnection: crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Returns the status and the type of the table.
    ///
    /// The status is one of `TBLSTAT_COMPLETE` (nothing in progress),
    /// `TBLSTAT_QCHANGED` (the contents changed unexpectedly, not because of
    /// a sort or restriction), `TBLSTAT_SORTING`, `TBLSTAT_SORT_ERROR`,
    /// `TBLSTAT_SETTING_COLS`, `TBLSTAT_SETCOL_ERROR`, `TBLSTAT_RESTRICTING`
    /// or `TBLSTAT_RESTRICT_ERROR`. The type is one of `TBLTYPE_DYNAMIC`
    /// (rows and values follow the data), `TBLTYPE_KEYSET` (fixed rows,
    /// live values) or `TBLTYPE_SNAPSHOT` (nothing changes).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulTableStatus` (`ULONG*`, out): Receives the table status, one `TBLSTAT_*` value.
    /// - `lpulTableType` (`ULONG*`, out): Receives the table type, one `TBLTYPE_*` value.
    pub GetStatus: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulTableStatus: *mut crate::ULONG,
        lpulTableType: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Chooses which properties appear as columns of the table, and in what
    /// order.
    ///
    /// A tag may be `PR_NULL` to reserve a column for later use. Every table
    /// needs at least one column.
    ///
    /// Returns:
    /// - `S_OK`: the column set was set.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting;
    ///   wait for it or stop it.
    ///
    /// **Notes to implementers.** Columns the table does not support come
    /// back from `QueryRows` as `PT_ERROR` with `MAPI_E_NOT_FOUND` (or a null
    /// value for a batched operation). You need not honour `TBL_ASYNC`: the
    /// operation may be done synchronously. Rows in notifications must use
    /// the column order of the latest `SetColumns` call as of the time the
    /// notification was sent.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the columns, in display order; must not be null.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling when the operation happens.
    pub SetColumns: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the current column set, or every available column.
    ///
    /// Returns:
    /// - `S_OK`: the columns were returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing between the current and the full column set.
    /// - `lpPropTagArray` (`LPSPropTagArray*`, out): Receives the property tags of the columns.
    pub QueryColumns: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpPropTagArray: *mut crate::LPSPropTagArray,
    ) -> crate::HRESULT,
    /// Returns the number of rows in the table.
    ///
    /// Returns:
    /// - `S_OK`: the count was returned.
    /// - `MAPI_W_APPROX_COUNT`: the call succeeded but the count is only an
    ///   estimate.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table cannot count its rows.
    ///
    /// **Notes to implementers.** If the exact count cannot be known, return
    /// an estimate with `MAPI_W_APPROX_COUNT`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulCount` (`ULONG*`, out): Receives the number of rows.
    pub GetRowCount: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpulCount: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Moves the cursor a number of rows away from a bookmark.
    ///
    /// A negative `lRowCount` moves backward. The number of rows actually
    /// moved, which is smaller when the start or end of the table is
    /// reached, comes back in `lplRowsSought` with the sign of the direction.
    ///
    /// Returns:
    /// - `S_OK`: the cursor was moved.
    /// - `MAPI_W_POSITION_CHANGED`: the call succeeded, but the bookmark's
    ///   row is no longer where it was (it was deleted or collapsed away).
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark no longer exists.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// **Notes to implementers.** When the bookmark's row is gone but a new
    /// position can be found, move there and return
    /// `MAPI_W_POSITION_CHANGED`; otherwise return `MAPI_E_INVALID_BOOKMARK`.
    /// A bookmark on a row that was collapsed out of view moves to the next
    /// visible row.
    ///
    /// # Parameters
    ///
    /// - `bkOrigin` (`BOOKMARK`, in): Starting point: a bookmark from `CreateBookmark`, or `BOOKMARK_BEGINNING`, `BOOKMARK_CURRENT` or `BOOKMARK_END`.
    /// - `lRowCount` (`LONG`, in): Signed number of rows to move.
    /// - `lplRowsSought` (`LONG*`, out): Receives the signed number of rows actually moved; null if not wanted.
    pub SeekRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
        lplRowsSought: *mut crate::LONG,
    ) -> crate::HRESULT,
    /// Moves the cursor to an approximate position given as a fraction of
    /// the table.
    ///
    /// A numerator of zero moves to the start; a numerator equal to the
    /// denominator moves past the last row.
    ///
    /// Returns:
    /// - `S_OK`: the cursor was moved.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// # Parameters
    ///
    /// - `ulNumerator` (`ULONG`, in): Numerator of the fraction.
    /// - `ulDenominator` (`ULONG`, in): Denominator of the fraction; must not be zero.
    pub SeekRowApprox: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulNumerator: crate::ULONG,
        ulDenominator: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the cursor position, both as a row number and as a fraction
    /// of the table.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** The denominator may be an approximation of
    /// the row count. Return 0xFFFFFFFF as the row number if the current row
    /// cannot be determined.
    ///
    /// # Parameters
    ///
    /// - `lpulRow` (`ULONG*`, out): Receives the zero-based number of the current row.
    /// - `lpulNumerator` (`ULONG*`, out): Receives the numerator of the fractional position.
    /// - `lpulDenominator` (`ULONG*`, out): Receives the (nonzero) denominator of the fractional position.
    pub QueryPosition: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulRow: *mut crate::ULONG,
        lpulNumerator: *mut crate::ULONG,
        lpulDenominator: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Finds the next row that matches a restriction, starting at a
    /// bookmark, and moves the cursor to it.
    ///
    /// Returns:
    /// - `S_OK`: a matching row was found; the cursor is on it.
    /// - `MAPI_E_NOT_FOUND`: no row matches.
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark no longer exists.
    /// - `MAPI_W_POSITION_CHANGED`: the call succeeded, but the bookmark's
    ///   row is no longer where it was.
    ///
    /// **Notes to implementers.** A prefix search (a property restriction
    /// with `RELOP_GE`) only makes sense when it runs in the same direction
    /// as the table's sort order; with `DIR_BACKWARD` reverse the comparison.
    ///
    /// # Parameters
    ///
    /// - `lpRestriction` (`LPSRestriction`, in): The search criteria.
    /// - `bkOrigin` (`BOOKMARK`, in): Where to start: a bookmark or one of the predefined `BOOKMARK_*` values.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the search direction.
    pub FindRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpRestriction: crate::LPSRestriction,
        bkOrigin: crate::BOOKMARK,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Filters the table so that only rows matching a restriction remain in
    /// view.
    ///
    /// A null restriction removes the current filter.
    ///
    /// Returns:
    /// - `S_OK`: the filter was applied (or scheduled).
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_TOO_COMPLEX`: the table cannot handle this restriction.
    ///
    /// **Notes to implementers.** Do not send notifications for rows the
    /// filter hides.
    ///
    /// # Parameters
    ///
    /// - `lpRestriction` (`LPSRestriction`, in): The filter to apply; null to remove the current one.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling when the filtering happens.
    pub Restrict: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpRestriction: crate::LPSRestriction,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Marks the current cursor position so that it can be returned to
    /// later.
    ///
    /// Returns:
    /// - `S_OK`: the bookmark was created.
    /// - `MAPI_E_UNABLE_TO_COMPLETE`: no more bookmarks can be created.
    ///
    /// **Notes to implementers.** Bookmarks cost memory; cap their number
    /// and return `MAPI_E_UNABLE_TO_COMPLETE` once the cap is reached.
    ///
    /// # Parameters
    ///
    /// - `lpbkPosition` (`BOOKMARK*`, out): Receives the new bookmark.
    pub CreateBookmark: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpbkPosition: *mut crate::BOOKMARK,
    ) -> crate::HRESULT,
    /// Releases a bookmark created with `CreateBookmark`.
    ///
    /// Returns:
    /// - `S_OK`: the bookmark was freed.
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark does not exist.
    ///
    /// **Notes to implementers.** Ignore the predefined bookmarks and return
    /// `S_OK` for them.
    ///
    /// # Parameters
    ///
    /// - `bkPosition` (`BOOKMARK`, in): The bookmark to free.
    pub FreeBookmark: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        bkPosition: crate::BOOKMARK,
    ) -> crate::HRESULT,
    /// Sorts the rows of the table, or categorizes them when the sort order
    /// set has category columns.
    ///
    /// A sort order set with no columns means the rows need not be in any
    /// particular order.
    ///
    /// Returns:
    /// - `S_OK`: the rows were sorted (or the sort was scheduled).
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table does not support this kind of sort.
    /// - `MAPI_E_TOO_COMPLEX`: the sort is beyond the table: a column it
    ///   cannot sort on, an unsupported order, too many keys, a property
    ///   outside the available columns, a repeated tag, a multivalued sort
    ///   (`MVI_FLAG`) it does not handle, and the like.
    ///
    /// # Parameters
    ///
    /// - `lpSortCriteria` (`LPSSortOrderSet`, in): The sort criteria.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling when the sort happens.
    pub SortTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSortCriteria: crate::LPSSortOrderSet,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the current sort order of the table.
    ///
    /// Returns:
    /// - `S_OK`: the sort order was returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// **Notes to implementers.** After `SortTable` was called with an empty
    /// sort order set, return either an empty set or the default order.
    ///
    /// # Parameters
    ///
    /// - `lppSortCriteria` (`LPSSortOrderSet*`, out): Receives the sort order set.
    pub QuerySortOrder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lppSortCriteria: *mut crate::LPSSortOrderSet,
    ) -> crate::HRESULT,
    /// Returns rows starting at the cursor, and normally moves the cursor
    /// past them.
    ///
    /// A negative `lRowCount` reads backward. The row count is a request:
    /// fewer rows (even none, at the end of the table) may come back. The
    /// caller frees the row set with `FreeProws`: each row's property array
    /// is a separate `MAPIAllocateBuffer` block, as is the row set itself.
    ///
    /// Returns:
    /// - `S_OK`: the rows were returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_INVALID_PARAMETER`: `lRowCount` is zero.
    ///
    /// **Notes to implementers.** Return unsupported columns with type
    /// `PT_ERROR` and value `MAPI_E_NOT_FOUND`. In a categorized view return
    /// only the rows the user would see.
    ///
    /// # Parameters
    ///
    /// - `lRowCount` (`LONG`, in): Maximum number of rows to return; negative to read backward.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the cursor movement.
    /// - `lppRows` (`LPSRowSet*`, out): Receives the rows.
    pub QueryRows: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lRowCount: crate::LONG,
        ulFlags: crate::ULONG,
        lppRows: *mut crate::LPSRowSet,
    ) -> crate::HRESULT,
    /// Stops the asynchronous operations in progress on the table.
    ///
    /// Returns:
    /// - `S_OK`: the operations were stopped.
    /// - `MAPI_E_UNABLE_TO_ABORT`: an operation cannot be stopped, or has
    ///   already finished.
    pub Abort: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Expands a collapsed category, bringing its leaf rows and lower-level
    /// headings into view.
    ///
    /// The new rows are inserted after the heading row and up to
    /// `ulRowCount` of them are returned at once.
    ///
    /// Returns:
    /// - `S_OK`: the category was expanded.
    /// - `MAPI_E_NOT_FOUND`: no row has this instance key.
    ///
    /// **Notes to implementers.** Do not send notifications for rows that
    /// appear because of an expansion.
    ///
    /// # Parameters
    ///
    /// - `cbInstanceKey` (`ULONG`, in): Size in bytes of the instance key at `pbInstanceKey`.
    /// - `pbInstanceKey` (`LPBYTE`, in): `PR_INSTANCE_KEY` of the category heading row.
    /// - `ulRowCount` (`ULONG`, in): Maximum number of the newly visible rows to return.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppRows` (`LPSRowSet*`, out): Receives the first rows added to the view; may be null when `ulRowCount` is zero.
    /// - `lpulMoreRows` (`ULONG*`, out): Receives the total number of rows added to the view.
    pub ExpandRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbInstanceKey: crate::ULONG,
        pbInstanceKey: crate::LPBYTE,
        ulRowCount: crate::ULONG,
        ulFlags: crate::ULONG,
        lppRows: *mut crate::LPSRowSet,
        lpulMoreRows: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Collapses an expanded category, removing its leaf rows and
    /// lower-level headings from view.
    ///
    /// Returns:
    /// - `S_OK`: the category was collapsed.
    /// - `MAPI_E_NOT_FOUND` or `MAPI_E_INVALID_ENTRYID`: no row has this
    ///   instance key (providers may return either).
    ///
    /// # Parameters
    ///
    /// - `cbInstanceKey` (`ULONG`, in): Size in bytes of the instance key at `pbInstanceKey`.
    /// - `pbInstanceKey` (`LPBYTE`, in): `PR_INSTANCE_KEY` of the category heading row.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulRowCount` (`ULONG*`, out): Receives the number of rows removed from the view.
    pub CollapseRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbInstanceKey: crate::ULONG,
        pbInstanceKey: crate::LPBYTE,
        ulFlags: crate::ULONG,
        lpulRowCount: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Waits until the asynchronous operations on the table have finished,
    /// or until a timeout expires.
    ///
    /// Returns:
    /// - `S_OK`: the operations have finished.
    /// - `MAPI_E_TIMEOUT`: they did not finish in time.
    /// - `MAPI_E_NO_SUPPORT`: the table cannot wait for its operations.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `ulTimeout` (`ULONG`, in): Maximum wait in milliseconds; 0xFFFFFFFF waits without limit.
    /// - `lpulTableStatus` (`ULONG*`, out): Receives the latest table status (`TBLSTAT_*`); null if not wanted.
    pub WaitForCompletion: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulTimeout: crate::ULONG,
        lpulTableStatus: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Saves the collapsed and expanded state of a categorized table, so
    /// that `SetCollapseState` can rebuild it later.
    ///
    /// Returns:
    /// - `S_OK`: the state was saved.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table does not support categories.
    ///
    /// **Notes to implementers.** Record the state of every node of the
    /// table, and the row identified by the instance key.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbInstanceKey` (`ULONG`, in): Size in bytes of the instance key at `lpbInstanceKey`.
    /// - `lpbInstanceKey` (`LPBYTE`, in): `PR_INSTANCE_KEY` of the row at which the state is to be rebuilt; must not be null.
    /// - `lpcbCollapseState` (`ULONG*`, out): Receives the size in bytes of the saved state.
    /// - `lppbCollapseState` (`LPBYTE*`, out): Receives the saved state, an opaque block.
    pub GetCollapseState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cbInstanceKey: crate::ULONG,
        lpbInstanceKey: crate::LPBYTE,
        lpcbCollapseState: *mut crate::ULONG,
        lppbCollapseState: *mut crate::LPBYTE,
    ) -> crate::HRESULT,
    /// Rebuilds the collapsed and expanded state of a categorized table from
    /// data saved by `GetCollapseState`.
    ///
    /// The sort order and restriction must be exactly those in force when
    /// the state was saved.
    ///
    /// Returns:
    /// - `S_OK`: the state was rebuilt.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_UNABLE_TO_COMPLETE`: the view could not be rebuilt.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbCollapseState` (`ULONG`, in): Size in bytes of the saved state.
    /// - `pbCollapseState` (`LPBYTE`, in): The state returned by `GetCollapseState`.
    /// - `lpbkLocation` (`BOOKMARK*`, out): Receives a bookmark on the row the instance key named when the state was saved.
    pub SetCollapseState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cbCollapseState: crate::ULONG,
        pbCollapseState: crate::LPBYTE,
        lpbkLocation: *mut crate::BOOKMARK,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPITable`]: `{00020301-0000-0000-C000-000000000046}`.
pub const IID_IMAPITable: crate::GUID = crate::GUID::from_u128(
    0x00020301_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPITable {
    const IID: crate::GUID = IID_IMAPITable;
    const NAME: &'static str = "IMAPITable";
    type Vtbl = IMAPITableVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPITable || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPITableVtbl>() == 26 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`IMAPITable`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPITableImpl`, the provider side of `IMAPITable`",
    label = "`IMAPITable` needs `impl IMAPITableImpl for {Self}`",
    note = "write `impl IMAPITableImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPITableImpl: crate::__private::Declares<
        IMAPITable,
        0x00020301_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// table.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the table only
    ///   supports ANSI, or it was not given and the table only supports
    ///   Unicode.
    ///
    /// Called through slot 3 ([`IMAPITableVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPITableGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers an advise sink to be told when the table changes.
    ///
    /// Rows added, changed or deleted, a reload, a sort or restriction that
    /// finished, or an error are all reported as `fnevTableModified` with a
    /// `TABLE_NOTIFICATION` whose `ulTableEvent` says what happened. The row
    /// data in a notification follows the column set in force when the
    /// notification was sent.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: the table does not change, or does not support
    ///   notifications.
    ///
    /// Called through slot 4 ([`IMAPITableVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        ulEventMask: MAPITableAdviseFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (ulEventMask, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a notification registration made with `IMAPITable::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// Called through slot 5 ([`IMAPITableVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the status and the type of the table.
    ///
    /// The status is one of `TBLSTAT_COMPLETE` (nothing in progress),
    /// `TBLSTAT_QCHANGED` (the contents changed unexpectedly, not because of
    /// a sort or restriction), `TBLSTAT_SORTING`, `TBLSTAT_SORT_ERROR`,
    /// `TBLSTAT_SETTING_COLS`, `TBLSTAT_SETCOL_ERROR`, `TBLSTAT_RESTRICTING`
    /// or `TBLSTAT_RESTRICT_ERROR`. The type is one of `TBLTYPE_DYNAMIC`
    /// (rows and values follow the data), `TBLTYPE_KEYSET` (fixed rows,
    /// live values) or `TBLTYPE_SNAPSHOT` (nothing changes).
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 6 ([`IMAPITableVtbl::GetStatus`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_status(
        &self,
    ) -> ::core::result::Result<(crate::ULONG, crate::ULONG), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Chooses which properties appear as columns of the table, and in what
    /// order.
    ///
    /// A tag may be `PR_NULL` to reserve a column for later use. Every table
    /// needs at least one column.
    ///
    /// Returns:
    /// - `S_OK`: the column set was set.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting;
    ///   wait for it or stop it.
    ///
    /// **Notes to implementers.** Columns the table does not support come
    /// back from `QueryRows` as `PT_ERROR` with `MAPI_E_NOT_FOUND` (or a null
    /// value for a batched operation). You need not honour `TBL_ASYNC`: the
    /// operation may be done synchronously. Rows in notifications must use
    /// the column order of the latest `SetColumns` call as of the time the
    /// notification was sent.
    ///
    /// Called through slot 7 ([`IMAPITableVtbl::SetColumns`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_columns(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
        ulFlags: MAPITableSetColumnsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpPropTagArray, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the current column set, or every available column.
    ///
    /// Returns:
    /// - `S_OK`: the columns were returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// Called through slot 8 ([`IMAPITableVtbl::QueryColumns`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_columns(
        &self,
        ulFlags: MAPITableQueryColumnsFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::PropTag>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the number of rows in the table.
    ///
    /// Returns:
    /// - `S_OK`: the count was returned.
    /// - `MAPI_W_APPROX_COUNT`: the call succeeded but the count is only an
    ///   estimate.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table cannot count its rows.
    ///
    /// **Notes to implementers.** If the exact count cannot be known, return
    /// an estimate with `MAPI_W_APPROX_COUNT`.
    ///
    /// Called through slot 9 ([`IMAPITableVtbl::GetRowCount`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_row_count(
        &self,
        ulFlags: MAPITableGetRowCountFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_row_count`], but may also return a success code other than `S_OK` (`MAPI_W_APPROX_COUNT`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_row_count`] and answers `S_OK`.
    fn get_row_count_with_warning(
        &self,
        ulFlags: MAPITableGetRowCountFlags,
    ) -> ::core::result::Result<(crate::Hresult, crate::ULONG), crate::Hresult> {
        self.get_row_count(ulFlags).map(|v| (crate::Hresult::OK, v))
    }
    /// Moves the cursor a number of rows away from a bookmark.
    ///
    /// A negative `lRowCount` moves backward. The number of rows actually
    /// moved, which is smaller when the start or end of the table is
    /// reached, comes back in `lplRowsSought` with the sign of the direction.
    ///
    /// Returns:
    /// - `S_OK`: the cursor was moved.
    /// - `MAPI_W_POSITION_CHANGED`: the call succeeded, but the bookmark's
    ///   row is no longer where it was (it was deleted or collapsed away).
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark no longer exists.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// **Notes to implementers.** When the bookmark's row is gone but a new
    /// position can be found, move there and return
    /// `MAPI_W_POSITION_CHANGED`; otherwise return `MAPI_E_INVALID_BOOKMARK`.
    /// A bookmark on a row that was collapsed out of view moves to the next
    /// visible row.
    ///
    /// Called through slot 10 ([`IMAPITableVtbl::SeekRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn seek_row(
        &self,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
    ) -> ::core::result::Result<crate::LONG, crate::Hresult> {
        let _ = (bkOrigin, lRowCount);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::seek_row`], but may also return a success code other than `S_OK` (`MAPI_W_POSITION_CHANGED`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::seek_row`] and answers `S_OK`.
    fn seek_row_with_warning(
        &self,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
    ) -> ::core::result::Result<(crate::Hresult, crate::LONG), crate::Hresult> {
        self.seek_row(bkOrigin, lRowCount).map(|v| (crate::Hresult::OK, v))
    }
    /// Moves the cursor to an approximate position given as a fraction of
    /// the table.
    ///
    /// A numerator of zero moves to the start; a numerator equal to the
    /// denominator moves past the last row.
    ///
    /// Returns:
    /// - `S_OK`: the cursor was moved.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// Called through slot 11 ([`IMAPITableVtbl::SeekRowApprox`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn seek_row_approx(
        &self,
        ulNumerator: crate::ULONG,
        ulDenominator: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulNumerator, ulDenominator);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the cursor position, both as a row number and as a fraction
    /// of the table.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** The denominator may be an approximation of
    /// the row count. Return 0xFFFFFFFF as the row number if the current row
    /// cannot be determined.
    ///
    /// Called through slot 12 ([`IMAPITableVtbl::QueryPosition`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_position(
        &self,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ULONG, crate::ULONG),
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the next row that matches a restriction, starting at a
    /// bookmark, and moves the cursor to it.
    ///
    /// Returns:
    /// - `S_OK`: a matching row was found; the cursor is on it.
    /// - `MAPI_E_NOT_FOUND`: no row matches.
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark no longer exists.
    /// - `MAPI_W_POSITION_CHANGED`: the call succeeded, but the bookmark's
    ///   row is no longer where it was.
    ///
    /// **Notes to implementers.** A prefix search (a property restriction
    /// with `RELOP_GE`) only makes sense when it runs in the same direction
    /// as the table's sort order; with `DIR_BACKWARD` reverse the comparison.
    ///
    /// Called through slot 13 ([`IMAPITableVtbl::FindRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_row(
        &self,
        lpRestriction: &crate::value::RestrictionRef<'_>,
        bkOrigin: crate::BOOKMARK,
        ulFlags: MAPITableFindRowFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpRestriction, bkOrigin, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Filters the table so that only rows matching a restriction remain in
    /// view.
    ///
    /// A null restriction removes the current filter.
    ///
    /// Returns:
    /// - `S_OK`: the filter was applied (or scheduled).
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_TOO_COMPLEX`: the table cannot handle this restriction.
    ///
    /// **Notes to implementers.** Do not send notifications for rows the
    /// filter hides.
    ///
    /// Called through slot 14 ([`IMAPITableVtbl::Restrict`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn restrict(
        &self,
        lpRestriction: ::core::option::Option<&crate::value::RestrictionRef<'_>>,
        ulFlags: MAPITableRestrictFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpRestriction, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Marks the current cursor position so that it can be returned to
    /// later.
    ///
    /// Returns:
    /// - `S_OK`: the bookmark was created.
    /// - `MAPI_E_UNABLE_TO_COMPLETE`: no more bookmarks can be created.
    ///
    /// **Notes to implementers.** Bookmarks cost memory; cap their number
    /// and return `MAPI_E_UNABLE_TO_COMPLETE` once the cap is reached.
    ///
    /// Called through slot 15 ([`IMAPITableVtbl::CreateBookmark`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_bookmark(
        &self,
    ) -> ::core::result::Result<crate::BOOKMARK, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Releases a bookmark created with `CreateBookmark`.
    ///
    /// Returns:
    /// - `S_OK`: the bookmark was freed.
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark does not exist.
    ///
    /// **Notes to implementers.** Ignore the predefined bookmarks and return
    /// `S_OK` for them.
    ///
    /// Called through slot 16 ([`IMAPITableVtbl::FreeBookmark`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_bookmark(
        &self,
        bkPosition: crate::BOOKMARK,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (bkPosition,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sorts the rows of the table, or categorizes them when the sort order
    /// set has category columns.
    ///
    /// A sort order set with no columns means the rows need not be in any
    /// particular order.
    ///
    /// Returns:
    /// - `S_OK`: the rows were sorted (or the sort was scheduled).
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table does not support this kind of sort.
    /// - `MAPI_E_TOO_COMPLEX`: the sort is beyond the table: a column it
    ///   cannot sort on, an unsupported order, too many keys, a property
    ///   outside the available columns, a repeated tag, a multivalued sort
    ///   (`MVI_FLAG`) it does not handle, and the like.
    ///
    /// Called through slot 17 ([`IMAPITableVtbl::SortTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn sort_table(
        &self,
        lpSortCriteria: &crate::value::SortOrderSet,
        ulFlags: MAPITableSortTableFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpSortCriteria, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the current sort order of the table.
    ///
    /// Returns:
    /// - `S_OK`: the sort order was returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// **Notes to implementers.** After `SortTable` was called with an empty
    /// sort order set, return either an empty set or the default order.
    ///
    /// Called through slot 18 ([`IMAPITableVtbl::QuerySortOrder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_sort_order(
        &self,
    ) -> ::core::result::Result<crate::value::SortOrderSet, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns rows starting at the cursor, and normally moves the cursor
    /// past them.
    ///
    /// A negative `lRowCount` reads backward. The row count is a request:
    /// fewer rows (even none, at the end of the table) may come back. The
    /// caller frees the row set with `FreeProws`: each row's property array
    /// is a separate `MAPIAllocateBuffer` block, as is the row set itself.
    ///
    /// Returns:
    /// - `S_OK`: the rows were returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_INVALID_PARAMETER`: `lRowCount` is zero.
    ///
    /// **Notes to implementers.** Return unsupported columns with type
    /// `PT_ERROR` and value `MAPI_E_NOT_FOUND`. In a categorized view return
    /// only the rows the user would see.
    ///
    /// Called through slot 19 ([`IMAPITableVtbl::QueryRows`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_rows(
        &self,
        lRowCount: crate::LONG,
        ulFlags: MAPITableQueryRowsFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::std::vec::Vec<crate::value::Prop>>,
        crate::Hresult,
    > {
        let _ = (lRowCount, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Stops the asynchronous operations in progress on the table.
    ///
    /// Returns:
    /// - `S_OK`: the operations were stopped.
    /// - `MAPI_E_UNABLE_TO_ABORT`: an operation cannot be stopped, or has
    ///   already finished.
    ///
    /// Called through slot 20 ([`IMAPITableVtbl::Abort`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn abort(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Expands a collapsed category, bringing its leaf rows and lower-level
    /// headings into view.
    ///
    /// The new rows are inserted after the heading row and up to
    /// `ulRowCount` of them are returned at once.
    ///
    /// Returns:
    /// - `S_OK`: the category was expanded.
    /// - `MAPI_E_NOT_FOUND`: no row has this instance key.
    ///
    /// **Notes to implementers.** Do not send notifications for rows that
    /// appear because of an expansion.
    ///
    /// Called through slot 21 ([`IMAPITableVtbl::ExpandRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn expand_row(
        &self,
        pbInstanceKey: &[u8],
        ulRowCount: crate::ULONG,
        ulFlags: MAPITableExpandRowFlags,
    ) -> ::core::result::Result<
        (::std::vec::Vec<::std::vec::Vec<crate::value::Prop>>, crate::ULONG),
        crate::Hresult,
    > {
        let _ = (pbInstanceKey, ulRowCount, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Collapses an expanded category, removing its leaf rows and
    /// lower-level headings from view.
    ///
    /// Returns:
    /// - `S_OK`: the category was collapsed.
    /// - `MAPI_E_NOT_FOUND` or `MAPI_E_INVALID_ENTRYID`: no row has this
    ///   instance key (providers may return either).
    ///
    /// Called through slot 22 ([`IMAPITableVtbl::CollapseRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn collapse_row(
        &self,
        pbInstanceKey: &[u8],
        ulFlags: MAPITableCollapseRowFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (pbInstanceKey, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Waits until the asynchronous operations on the table have finished,
    /// or until a timeout expires.
    ///
    /// Returns:
    /// - `S_OK`: the operations have finished.
    /// - `MAPI_E_TIMEOUT`: they did not finish in time.
    /// - `MAPI_E_NO_SUPPORT`: the table cannot wait for its operations.
    ///
    /// Called through slot 23 ([`IMAPITableVtbl::WaitForCompletion`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn wait_for_completion(
        &self,
        ulFlags: MAPITableWaitForCompletionFlags,
        ulTimeout: crate::ULONG,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (ulFlags, ulTimeout);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Saves the collapsed and expanded state of a categorized table, so
    /// that `SetCollapseState` can rebuild it later.
    ///
    /// Returns:
    /// - `S_OK`: the state was saved.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table does not support categories.
    ///
    /// **Notes to implementers.** Record the state of every node of the
    /// table, and the row identified by the instance key.
    ///
    /// Called through slot 24 ([`IMAPITableVtbl::GetCollapseState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_collapse_state(
        &self,
        ulFlags: MAPITableGetCollapseStateFlags,
        lpbInstanceKey: &[u8],
    ) -> ::core::result::Result<::std::vec::Vec<u8>, crate::Hresult> {
        let _ = (ulFlags, lpbInstanceKey);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Rebuilds the collapsed and expanded state of a categorized table from
    /// data saved by `GetCollapseState`.
    ///
    /// The sort order and restriction must be exactly those in force when
    /// the state was saved.
    ///
    /// Returns:
    /// - `S_OK`: the state was rebuilt.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_UNABLE_TO_COMPLETE`: the view could not be rebuilt.
    ///
    /// Called through slot 25 ([`IMAPITableVtbl::SetCollapseState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_collapse_state(
        &self,
        ulFlags: MAPITableSetCollapseStateFlags,
        pbCollapseState: &[u8],
    ) -> ::core::result::Result<crate::BOOKMARK, crate::Hresult> {
        let _ = (ulFlags, pbCollapseState);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPITableVtbl {
    /// A vtable of [`IMAPITable`] whose slots check their arguments and call [`IMAPITableImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPITableImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPITable::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPITableGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPITableImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
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
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Advise: {
                /// `IMAPITable::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulEventMask: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulConnection.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulConnection, 0, 1) };
                        }
                        let arg0 = match <MAPITableAdviseFlags as crate::FlagSet>::check_input_for(
                            ulEventMask,
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
                                crate::IMAPIAdviseSink,
                            >::from_borrowed(
                                lpAdviseSink.cast::<crate::IMAPIAdviseSink>(),
                            )
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lpulConnection.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::advise(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulConnection.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Unadvise: {
                /// `IMAPITable::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::unadvise(
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
            GetStatus: {
                /// `IMAPITable::GetStatus`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulTableStatus: *mut crate::ULONG,
                    lpulTableType: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulTableStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulTableStatus, 0, 1) };
                        }
                        if !lpulTableType.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulTableType, 0, 1) };
                        }
                        if lpulTableStatus.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpulTableType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPITableImpl>::get_status(object.inner()) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg0, arg1) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpulTableStatus.write(arg0) };
                                // SAFETY: checked non-null above.
                                unsafe { lpulTableType.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetColumns: {
                /// `IMAPITable::SetColumns`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpPropTagArray.cast_const().cast(),
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
                        let arg1 = match <MAPITableSetColumnsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::set_columns(
                            object.inner(),
                            &arg0,
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
            QueryColumns: {
                /// `IMAPITable::QueryColumns`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpPropTagArray: *mut crate::LPSPropTagArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpPropTagArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpPropTagArray, 0, 1) };
                        }
                        let arg0 = match <MAPITableQueryColumnsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpPropTagArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::query_columns(
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
                                        crate::value::write_tags(__alloc, &arg1)
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
                                unsafe { lpPropTagArray.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetRowCount: {
                /// `IMAPITable::GetRowCount`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpulCount: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulCount.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulCount, 0, 1) };
                        }
                        let arg0 = match <MAPITableGetRowCountFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulCount.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPITableImpl>::get_row_count_with_warning(
                                object.inner(),
                                arg0,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg1)) => {
                                // SAFETY: checked non-null above.
                                unsafe { lpulCount.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SeekRow: {
                /// `IMAPITable::SeekRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    bkOrigin: crate::BOOKMARK,
                    lRowCount: crate::LONG,
                    lplRowsSought: *mut crate::LONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lplRowsSought.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lplRowsSought, 0, 1) };
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPITableImpl>::seek_row_with_warning(
                                object.inner(),
                                bkOrigin,
                                lRowCount,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg2)) => {
                                if !lplRowsSought.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { lplRowsSought.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SeekRowApprox: {
                /// `IMAPITable::SeekRowApprox`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulNumerator: crate::ULONG,
                    ulDenominator: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::seek_row_approx(
                            object.inner(),
                            ulNumerator,
                            ulDenominator,
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
            QueryPosition: {
                /// `IMAPITable::QueryPosition`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulRow: *mut crate::ULONG,
                    lpulNumerator: *mut crate::ULONG,
                    lpulDenominator: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulRow.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRow, 0, 1) };
                        }
                        if !lpulNumerator.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulNumerator, 0, 1) };
                        }
                        if !lpulDenominator.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulDenominator, 0, 1) };
                        }
                        if lpulRow.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpulNumerator.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpulDenominator.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPITableImpl>::query_position(
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
                                unsafe { lpulRow.write(arg0) };
                                // SAFETY: checked non-null above.
                                unsafe { lpulNumerator.write(arg1) };
                                // SAFETY: checked non-null above.
                                unsafe { lpulDenominator.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FindRow: {
                /// `IMAPITable::FindRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpRestriction: crate::LPSRestriction,
                    bkOrigin: crate::BOOKMARK,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::RestrictionRef::from_raw(
                                lpRestriction.cast_const().cast(),
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
                        let arg2 = match <MAPITableFindRowFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::find_row(
                            object.inner(),
                            &arg0,
                            bkOrigin,
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
            Restrict: {
                /// `IMAPITable::Restrict`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpRestriction: crate::LPSRestriction,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::RestrictionRef::from_raw(
                                lpRestriction.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <MAPITableRestrictFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::restrict(
                            object.inner(),
                            arg0.as_ref(),
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
            CreateBookmark: {
                /// `IMAPITable::CreateBookmark`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpbkPosition: *mut crate::BOOKMARK,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpbkPosition.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpbkPosition, 0, 1) };
                        }
                        if lpbkPosition.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::create_bookmark(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpbkPosition.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FreeBookmark: {
                /// `IMAPITable::FreeBookmark`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    bkPosition: crate::BOOKMARK,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::free_bookmark(
                            object.inner(),
                            bkPosition,
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
            SortTable: {
                /// `IMAPITable::SortTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSortCriteria: crate::LPSSortOrderSet,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::SortOrderSet::from_raw(
                                lpSortCriteria.cast_const().cast(),
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
                        let arg1 = match <MAPITableSortTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::sort_table(
                            object.inner(),
                            &arg0,
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
            QuerySortOrder: {
                /// `IMAPITable::QuerySortOrder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lppSortCriteria: *mut crate::LPSSortOrderSet,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lppSortCriteria.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppSortCriteria, 0, 1) };
                        }
                        if lppSortCriteria.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::query_sort_order(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg0.write(__alloc)
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
                                unsafe { lppSortCriteria.write(__buf0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            QueryRows: {
                /// `IMAPITable::QueryRows`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lRowCount: crate::LONG,
                    ulFlags: crate::ULONG,
                    lppRows: *mut crate::LPSRowSet,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lppRows.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppRows, 0, 1) };
                        }
                        let arg1 = match <MAPITableQueryRowsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppRows.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::query_rows(
                            object.inner(),
                            lRowCount,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_row_set(__alloc, &arg2)
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
                                unsafe { lppRows.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Abort: {
                /// `IMAPITable::Abort`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::abort(object.inner()) {
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
            ExpandRow: {
                /// `IMAPITable::ExpandRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbInstanceKey: crate::ULONG,
                    pbInstanceKey: crate::LPBYTE,
                    ulRowCount: crate::ULONG,
                    ulFlags: crate::ULONG,
                    lppRows: *mut crate::LPSRowSet,
                    lpulMoreRows: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lppRows.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppRows, 0, 1) };
                        }
                        if !lpulMoreRows.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulMoreRows, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbInstanceKey` valid
                        // elements at `pbInstanceKey` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pbInstanceKey.cast(), cbInstanceKey as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = match <MAPITableExpandRowFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulMoreRows.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPITableImpl>::expand_row(
                            object.inner(),
                            arg1,
                            ulRowCount,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg4, arg5) = __outs;
                                let __buf4 = if !lppRows.is_null() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_row_set(__alloc, &arg4)
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
                                if let ::core::option::Option::Some(__buf4) = __buf4 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppRows.write(__buf4.into_raw().cast()) };
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpulMoreRows.write(arg5) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CollapseRow: {
                /// `IMAPITable::CollapseRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbInstanceKey: crate::ULONG,
                    pbInstanceKey: crate::LPBYTE,
                    ulFlags: crate::ULONG,
                    lpulRowCount: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulRowCount.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRowCount, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbInstanceKey` valid
                        // elements at `pbInstanceKey` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pbInstanceKey.cast(), cbInstanceKey as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match <MAPITableCollapseRowFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulRowCount.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::collapse_row(
                            object.inner(),
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulRowCount.write(arg3) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            WaitForCompletion: {
                /// `IMAPITable::WaitForCompletion`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulTimeout: crate::ULONG,
                    lpulTableStatus: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulTableStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulTableStatus, 0, 1) };
                        }
                        let arg0 = match <MAPITableWaitForCompletionFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::wait_for_completion(
                            object.inner(),
                            arg0,
                            ulTimeout,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !lpulTableStatus.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { lpulTableStatus.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCollapseState: {
                /// `IMAPITable::GetCollapseState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cbInstanceKey: crate::ULONG,
                    lpbInstanceKey: crate::LPBYTE,
                    lpcbCollapseState: *mut crate::ULONG,
                    lppbCollapseState: *mut crate::LPBYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcbCollapseState.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcbCollapseState, 0, 1) };
                        }
                        if !lppbCollapseState.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppbCollapseState, 0, 1) };
                        }
                        let arg0 = match <MAPITableGetCollapseStateFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbInstanceKey` valid
                        // elements at `lpbInstanceKey` (null, misaligned and
                        // oversized are checked).
                        let arg2 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpbInstanceKey.cast(), cbInstanceKey as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcbCollapseState.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppbCollapseState.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::get_collapse_state(
                            object.inner(),
                            arg0,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_bytes(__alloc, &arg4)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf4.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lppbCollapseState.write(__ptr.cast());
                                    lpcbCollapseState.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetCollapseState: {
                /// `IMAPITable::SetCollapseState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cbCollapseState: crate::ULONG,
                    pbCollapseState: crate::LPBYTE,
                    lpbkLocation: *mut crate::BOOKMARK,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPITableImpl,
                {
                    crate::__private::guard(|| {
                        if !lpbkLocation.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpbkLocation, 0, 1) };
                        }
                        let arg0 = match <MAPITableSetCollapseStateFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbCollapseState` valid
                        // elements at `pbCollapseState` (null, misaligned and
                        // oversized are checked).
                        let arg2 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pbCollapseState.cast(), cbCollapseState as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpbkLocation.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPITableImpl>::set_collapse_state(
                            object.inner(),
                            arg0,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpbkLocation.write(arg3) };
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
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPITable {
    const IIDS: &'static [u128] = &[
        0x00020301_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPITable` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPITable {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPITable`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPITable> for IMAPITable {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPITable`]: its methods, called through the vtable, on every `ComPtr` to `IMAPITable` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPITableExt {
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// table.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the table only
    ///   supports ANSI, or it was not given and the table only supports
    ///   Unicode.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPITableVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPITableGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Registers an advise sink to be told when the table changes.
    ///
    /// Rows added, changed or deleted, a reload, a sort or restriction that
    /// finished, or an error are all reported as `fnevTableModified` with a
    /// `TABLE_NOTIFICATION` whose `ulTableEvent` says what happened. The row
    /// data in a notification follows the column set in force when the
    /// notification was sent.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: the table does not change, or does not support
    ///   notifications.
    ///
    /// # Parameters
    ///
    /// - `ulEventMask` (`ULONG`, in): Bitmask of event types; only `fnevTableModified` is valid.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications; it must already exist.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    ///
    /// Calls slot 4 of the vtable, [`IMAPITableVtbl::Advise`]. In Rust:
    ///
    /// - Returns `lpulConnection`.
    fn advise(
        &self,
        ulEventMask: MAPITableAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a notification registration made with `IMAPITable::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    ///
    /// Calls slot 5 of the vtable, [`IMAPITableVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the status and the type of the table.
    ///
    /// The status is one of `TBLSTAT_COMPLETE` (nothing in progress),
    /// `TBLSTAT_QCHANGED` (the contents changed unexpectedly, not because of
    /// a sort or restriction), `TBLSTAT_SORTING`, `TBLSTAT_SORT_ERROR`,
    /// `TBLSTAT_SETTING_COLS`, `TBLSTAT_SETCOL_ERROR`, `TBLSTAT_RESTRICTING`
    /// or `TBLSTAT_RESTRICT_ERROR`. The type is one of `TBLTYPE_DYNAMIC`
    /// (rows and values follow the data), `TBLTYPE_KEYSET` (fixed rows,
    /// live values) or `TBLTYPE_SNAPSHOT` (nothing changes).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulTableStatus` (`ULONG*`, out): Receives the table status, one `TBLSTAT_*` value.
    /// - `lpulTableType` (`ULONG*`, out): Receives the table type, one `TBLTYPE_*` value.
    ///
    /// Calls slot 6 of the vtable, [`IMAPITableVtbl::GetStatus`]. In Rust:
    ///
    /// - Returns `(lpulTableStatus, lpulTableType)`.
    fn get_status(
        &self,
    ) -> ::core::result::Result<(crate::ULONG, crate::ULONG), crate::Hresult>;
    /// Chooses which properties appear as columns of the table, and in what
    /// order.
    ///
    /// A tag may be `PR_NULL` to reserve a column for later use. Every table
    /// needs at least one column.
    ///
    /// Returns:
    /// - `S_OK`: the column set was set.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting;
    ///   wait for it or stop it.
    ///
    /// **Notes to implementers.** Columns the table does not support come
    /// back from `QueryRows` as `PT_ERROR` with `MAPI_E_NOT_FOUND` (or a null
    /// value for a batched operation). You need not honour `TBL_ASYNC`: the
    /// operation may be done synchronously. Rows in notifications must use
    /// the column order of the latest `SetColumns` call as of the time the
    /// notification was sent.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the columns, in display order; must not be null.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling when the operation happens.
    ///
    /// Calls slot 7 of the vtable, [`IMAPITableVtbl::SetColumns`].
    fn set_columns(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
        ulFlags: MAPITableSetColumnsFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the current column set, or every available column.
    ///
    /// Returns:
    /// - `S_OK`: the columns were returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing between the current and the full column set.
    /// - `lpPropTagArray` (`LPSPropTagArray*`, out): Receives the property tags of the columns.
    ///
    /// Calls slot 8 of the vtable, [`IMAPITableVtbl::QueryColumns`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lpPropTagArray`.
    fn query_columns(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPITableQueryColumnsFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropTagArray>,
        crate::Hresult,
    >;
    /// Returns the number of rows in the table.
    ///
    /// Returns:
    /// - `S_OK`: the count was returned.
    /// - `MAPI_W_APPROX_COUNT`: the call succeeded but the count is only an
    ///   estimate.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table cannot count its rows.
    ///
    /// **Notes to implementers.** If the exact count cannot be known, return
    /// an estimate with `MAPI_W_APPROX_COUNT`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulCount` (`ULONG*`, out): Receives the number of rows.
    ///
    /// Calls slot 9 of the vtable, [`IMAPITableVtbl::GetRowCount`]. In Rust:
    ///
    /// - Returns `lpulCount`.
    fn get_row_count(
        &self,
        ulFlags: MAPITableGetRowCountFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Like [`Self::get_row_count`], but also returns the success code the object answered: `S_OK` or `MAPI_W_APPROX_COUNT`.
    fn get_row_count_with_warning(
        &self,
        ulFlags: MAPITableGetRowCountFlags,
    ) -> ::core::result::Result<(crate::Hresult, crate::ULONG), crate::Hresult>;
    /// Moves the cursor a number of rows away from a bookmark.
    ///
    /// A negative `lRowCount` moves backward. The number of rows actually
    /// moved, which is smaller when the start or end of the table is
    /// reached, comes back in `lplRowsSought` with the sign of the direction.
    ///
    /// Returns:
    /// - `S_OK`: the cursor was moved.
    /// - `MAPI_W_POSITION_CHANGED`: the call succeeded, but the bookmark's
    ///   row is no longer where it was (it was deleted or collapsed away).
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark no longer exists.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// **Notes to implementers.** When the bookmark's row is gone but a new
    /// position can be found, move there and return
    /// `MAPI_W_POSITION_CHANGED`; otherwise return `MAPI_E_INVALID_BOOKMARK`.
    /// A bookmark on a row that was collapsed out of view moves to the next
    /// visible row.
    ///
    /// # Parameters
    ///
    /// - `bkOrigin` (`BOOKMARK`, in): Starting point: a bookmark from `CreateBookmark`, or `BOOKMARK_BEGINNING`, `BOOKMARK_CURRENT` or `BOOKMARK_END`.
    /// - `lRowCount` (`LONG`, in): Signed number of rows to move.
    /// - `lplRowsSought` (`LONG*`, out): Receives the signed number of rows actually moved; null if not wanted.
    ///
    /// Calls slot 10 of the vtable, [`IMAPITableVtbl::SeekRow`]. In Rust:
    ///
    /// - Returns `lplRowsSought`.
    fn seek_row(
        &self,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
    ) -> ::core::result::Result<crate::LONG, crate::Hresult>;
    /// Like [`Self::seek_row`], but also returns the success code the object answered: `S_OK` or `MAPI_W_POSITION_CHANGED`.
    fn seek_row_with_warning(
        &self,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
    ) -> ::core::result::Result<(crate::Hresult, crate::LONG), crate::Hresult>;
    /// Moves the cursor to an approximate position given as a fraction of
    /// the table.
    ///
    /// A numerator of zero moves to the start; a numerator equal to the
    /// denominator moves past the last row.
    ///
    /// Returns:
    /// - `S_OK`: the cursor was moved.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// # Parameters
    ///
    /// - `ulNumerator` (`ULONG`, in): Numerator of the fraction.
    /// - `ulDenominator` (`ULONG`, in): Denominator of the fraction; must not be zero.
    ///
    /// Calls slot 11 of the vtable, [`IMAPITableVtbl::SeekRowApprox`].
    fn seek_row_approx(
        &self,
        ulNumerator: crate::ULONG,
        ulDenominator: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the cursor position, both as a row number and as a fraction
    /// of the table.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** The denominator may be an approximation of
    /// the row count. Return 0xFFFFFFFF as the row number if the current row
    /// cannot be determined.
    ///
    /// # Parameters
    ///
    /// - `lpulRow` (`ULONG*`, out): Receives the zero-based number of the current row.
    /// - `lpulNumerator` (`ULONG*`, out): Receives the numerator of the fractional position.
    /// - `lpulDenominator` (`ULONG*`, out): Receives the (nonzero) denominator of the fractional position.
    ///
    /// Calls slot 12 of the vtable, [`IMAPITableVtbl::QueryPosition`]. In Rust:
    ///
    /// - Returns `(lpulRow, lpulNumerator, lpulDenominator)`.
    fn query_position(
        &self,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ULONG, crate::ULONG),
        crate::Hresult,
    >;
    /// Finds the next row that matches a restriction, starting at a
    /// bookmark, and moves the cursor to it.
    ///
    /// Returns:
    /// - `S_OK`: a matching row was found; the cursor is on it.
    /// - `MAPI_E_NOT_FOUND`: no row matches.
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark no longer exists.
    /// - `MAPI_W_POSITION_CHANGED`: the call succeeded, but the bookmark's
    ///   row is no longer where it was.
    ///
    /// **Notes to implementers.** A prefix search (a property restriction
    /// with `RELOP_GE`) only makes sense when it runs in the same direction
    /// as the table's sort order; with `DIR_BACKWARD` reverse the comparison.
    ///
    /// # Parameters
    ///
    /// - `lpRestriction` (`LPSRestriction`, in): The search criteria.
    /// - `bkOrigin` (`BOOKMARK`, in): Where to start: a bookmark or one of the predefined `BOOKMARK_*` values.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the search direction.
    ///
    /// Calls slot 13 of the vtable, [`IMAPITableVtbl::FindRow`].
    fn find_row(
        &self,
        lpRestriction: &crate::value::Restriction,
        bkOrigin: crate::BOOKMARK,
        ulFlags: MAPITableFindRowFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Filters the table so that only rows matching a restriction remain in
    /// view.
    ///
    /// A null restriction removes the current filter.
    ///
    /// Returns:
    /// - `S_OK`: the filter was applied (or scheduled).
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_TOO_COMPLEX`: the table cannot handle this restriction.
    ///
    /// **Notes to implementers.** Do not send notifications for rows the
    /// filter hides.
    ///
    /// # Parameters
    ///
    /// - `lpRestriction` (`LPSRestriction`, in): The filter to apply; null to remove the current one.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling when the filtering happens.
    ///
    /// Calls slot 14 of the vtable, [`IMAPITableVtbl::Restrict`].
    fn restrict(
        &self,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        ulFlags: MAPITableRestrictFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Marks the current cursor position so that it can be returned to
    /// later.
    ///
    /// Returns:
    /// - `S_OK`: the bookmark was created.
    /// - `MAPI_E_UNABLE_TO_COMPLETE`: no more bookmarks can be created.
    ///
    /// **Notes to implementers.** Bookmarks cost memory; cap their number
    /// and return `MAPI_E_UNABLE_TO_COMPLETE` once the cap is reached.
    ///
    /// # Parameters
    ///
    /// - `lpbkPosition` (`BOOKMARK*`, out): Receives the new bookmark.
    ///
    /// Calls slot 15 of the vtable, [`IMAPITableVtbl::CreateBookmark`]. In Rust:
    ///
    /// - Returns `lpbkPosition`.
    fn create_bookmark(&self) -> ::core::result::Result<crate::BOOKMARK, crate::Hresult>;
    /// Releases a bookmark created with `CreateBookmark`.
    ///
    /// Returns:
    /// - `S_OK`: the bookmark was freed.
    /// - `MAPI_E_INVALID_BOOKMARK`: the bookmark does not exist.
    ///
    /// **Notes to implementers.** Ignore the predefined bookmarks and return
    /// `S_OK` for them.
    ///
    /// # Parameters
    ///
    /// - `bkPosition` (`BOOKMARK`, in): The bookmark to free.
    ///
    /// Calls slot 16 of the vtable, [`IMAPITableVtbl::FreeBookmark`].
    fn free_bookmark(
        &self,
        bkPosition: crate::BOOKMARK,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sorts the rows of the table, or categorizes them when the sort order
    /// set has category columns.
    ///
    /// A sort order set with no columns means the rows need not be in any
    /// particular order.
    ///
    /// Returns:
    /// - `S_OK`: the rows were sorted (or the sort was scheduled).
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table does not support this kind of sort.
    /// - `MAPI_E_TOO_COMPLEX`: the sort is beyond the table: a column it
    ///   cannot sort on, an unsupported order, too many keys, a property
    ///   outside the available columns, a repeated tag, a multivalued sort
    ///   (`MVI_FLAG`) it does not handle, and the like.
    ///
    /// # Parameters
    ///
    /// - `lpSortCriteria` (`LPSSortOrderSet`, in): The sort criteria.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling when the sort happens.
    ///
    /// Calls slot 17 of the vtable, [`IMAPITableVtbl::SortTable`].
    fn sort_table(
        &self,
        lpSortCriteria: &crate::value::SortOrderSet,
        ulFlags: MAPITableSortTableFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the current sort order of the table.
    ///
    /// Returns:
    /// - `S_OK`: the sort order was returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    ///
    /// **Notes to implementers.** After `SortTable` was called with an empty
    /// sort order set, return either an empty set or the default order.
    ///
    /// # Parameters
    ///
    /// - `lppSortCriteria` (`LPSSortOrderSet*`, out): Receives the sort order set.
    ///
    /// Calls slot 18 of the vtable, [`IMAPITableVtbl::QuerySortOrder`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppSortCriteria`.
    fn query_sort_order(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SSortOrderSet>,
        crate::Hresult,
    >;
    /// Returns rows starting at the cursor, and normally moves the cursor
    /// past them.
    ///
    /// A negative `lRowCount` reads backward. The row count is a request:
    /// fewer rows (even none, at the end of the table) may come back. The
    /// caller frees the row set with `FreeProws`: each row's property array
    /// is a separate `MAPIAllocateBuffer` block, as is the row set itself.
    ///
    /// Returns:
    /// - `S_OK`: the rows were returned.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_INVALID_PARAMETER`: `lRowCount` is zero.
    ///
    /// **Notes to implementers.** Return unsupported columns with type
    /// `PT_ERROR` and value `MAPI_E_NOT_FOUND`. In a categorized view return
    /// only the rows the user would see.
    ///
    /// # Parameters
    ///
    /// - `lRowCount` (`LONG`, in): Maximum number of rows to return; negative to read backward.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the cursor movement.
    /// - `lppRows` (`LPSRowSet*`, out): Receives the rows.
    ///
    /// Calls slot 19 of the vtable, [`IMAPITableVtbl::QueryRows`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppRows`.
    fn query_rows(
        &self,
        alloc: &crate::value::Allocator,
        lRowCount: crate::LONG,
        ulFlags: MAPITableQueryRowsFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SRowSet>,
        crate::Hresult,
    >;
    /// Stops the asynchronous operations in progress on the table.
    ///
    /// Returns:
    /// - `S_OK`: the operations were stopped.
    /// - `MAPI_E_UNABLE_TO_ABORT`: an operation cannot be stopped, or has
    ///   already finished.
    ///
    /// Calls slot 20 of the vtable, [`IMAPITableVtbl::Abort`].
    fn abort(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Expands a collapsed category, bringing its leaf rows and lower-level
    /// headings into view.
    ///
    /// The new rows are inserted after the heading row and up to
    /// `ulRowCount` of them are returned at once.
    ///
    /// Returns:
    /// - `S_OK`: the category was expanded.
    /// - `MAPI_E_NOT_FOUND`: no row has this instance key.
    ///
    /// **Notes to implementers.** Do not send notifications for rows that
    /// appear because of an expansion.
    ///
    /// # Parameters
    ///
    /// - `cbInstanceKey` (`ULONG`, in): Size in bytes of the instance key at `pbInstanceKey`.
    /// - `pbInstanceKey` (`LPBYTE`, in): `PR_INSTANCE_KEY` of the category heading row.
    /// - `ulRowCount` (`ULONG`, in): Maximum number of the newly visible rows to return.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppRows` (`LPSRowSet*`, out): Receives the first rows added to the view; may be null when `ulRowCount` is zero.
    /// - `lpulMoreRows` (`ULONG*`, out): Receives the total number of rows added to the view.
    ///
    /// Calls slot 21 of the vtable, [`IMAPITableVtbl::ExpandRow`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cbInstanceKey` is the length of `pbInstanceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `(lppRows, lpulMoreRows)`.
    fn expand_row(
        &self,
        alloc: &crate::value::Allocator,
        pbInstanceKey: &[u8],
        ulRowCount: crate::ULONG,
        ulFlags: MAPITableExpandRowFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiBuffer<crate::SRowSet>, crate::ULONG),
        crate::Hresult,
    >;
    /// Collapses an expanded category, removing its leaf rows and
    /// lower-level headings from view.
    ///
    /// Returns:
    /// - `S_OK`: the category was collapsed.
    /// - `MAPI_E_NOT_FOUND` or `MAPI_E_INVALID_ENTRYID`: no row has this
    ///   instance key (providers may return either).
    ///
    /// # Parameters
    ///
    /// - `cbInstanceKey` (`ULONG`, in): Size in bytes of the instance key at `pbInstanceKey`.
    /// - `pbInstanceKey` (`LPBYTE`, in): `PR_INSTANCE_KEY` of the category heading row.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulRowCount` (`ULONG*`, out): Receives the number of rows removed from the view.
    ///
    /// Calls slot 22 of the vtable, [`IMAPITableVtbl::CollapseRow`]. In Rust:
    ///
    /// - `cbInstanceKey` is the length of `pbInstanceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulRowCount`.
    fn collapse_row(
        &self,
        pbInstanceKey: &[u8],
        ulFlags: MAPITableCollapseRowFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Waits until the asynchronous operations on the table have finished,
    /// or until a timeout expires.
    ///
    /// Returns:
    /// - `S_OK`: the operations have finished.
    /// - `MAPI_E_TIMEOUT`: they did not finish in time.
    /// - `MAPI_E_NO_SUPPORT`: the table cannot wait for its operations.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `ulTimeout` (`ULONG`, in): Maximum wait in milliseconds; 0xFFFFFFFF waits without limit.
    /// - `lpulTableStatus` (`ULONG*`, out): Receives the latest table status (`TBLSTAT_*`); null if not wanted.
    ///
    /// Calls slot 23 of the vtable, [`IMAPITableVtbl::WaitForCompletion`]. In Rust:
    ///
    /// - Returns `lpulTableStatus`.
    fn wait_for_completion(
        &self,
        ulFlags: MAPITableWaitForCompletionFlags,
        ulTimeout: crate::ULONG,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Saves the collapsed and expanded state of a categorized table, so
    /// that `SetCollapseState` can rebuild it later.
    ///
    /// Returns:
    /// - `S_OK`: the state was saved.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_NO_SUPPORT`: the table does not support categories.
    ///
    /// **Notes to implementers.** Record the state of every node of the
    /// table, and the row identified by the instance key.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbInstanceKey` (`ULONG`, in): Size in bytes of the instance key at `lpbInstanceKey`.
    /// - `lpbInstanceKey` (`LPBYTE`, in): `PR_INSTANCE_KEY` of the row at which the state is to be rebuilt; must not be null.
    /// - `lpcbCollapseState` (`ULONG*`, out): Receives the size in bytes of the saved state.
    /// - `lppbCollapseState` (`LPBYTE*`, out): Receives the saved state, an opaque block.
    ///
    /// Calls slot 24 of the vtable, [`IMAPITableVtbl::GetCollapseState`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cbInstanceKey` is the length of `lpbInstanceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppbCollapseState`.
    fn get_collapse_state(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPITableGetCollapseStateFlags,
        lpbInstanceKey: &[u8],
    ) -> ::core::result::Result<crate::value::MapiBuffer<u8>, crate::Hresult>;
    /// Rebuilds the collapsed and expanded state of a categorized table from
    /// data saved by `GetCollapseState`.
    ///
    /// The sort order and restriction must be exactly those in force when
    /// the state was saved.
    ///
    /// Returns:
    /// - `S_OK`: the state was rebuilt.
    /// - `MAPI_E_BUSY`: another operation prevents this one from starting.
    /// - `MAPI_E_UNABLE_TO_COMPLETE`: the view could not be rebuilt.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbCollapseState` (`ULONG`, in): Size in bytes of the saved state.
    /// - `pbCollapseState` (`LPBYTE`, in): The state returned by `GetCollapseState`.
    /// - `lpbkLocation` (`BOOKMARK*`, out): Receives a bookmark on the row the instance key named when the state was saved.
    ///
    /// Calls slot 25 of the vtable, [`IMAPITableVtbl::SetCollapseState`]. In Rust:
    ///
    /// - `cbCollapseState` is the length of `pbCollapseState` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpbkLocation`.
    fn set_collapse_state(
        &self,
        ulFlags: MAPITableSetCollapseStateFlags,
        pbCollapseState: &[u8],
    ) -> ::core::result::Result<crate::BOOKMARK, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPITable>> IMAPITableExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPITableGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
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
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn advise(
        &self,
        ulEventMask: MAPITableAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let __r = lpAdviseSink;
        let __a1: crate::LPMAPIADVISESINK = __r.as_raw();
        let mut __a2: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .Advise)(self.as_raw().cast(), ulEventMask.bits(), __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
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
                .base_vtable::<IMAPITable>()
                .Unadvise)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_status(
        &self,
    ) -> ::core::result::Result<(crate::ULONG, crate::ULONG), crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .GetStatus)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a0, __a1))
    }
    fn set_columns(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
        ulFlags: MAPITableSetColumnsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpPropTagArray;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::tags_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSPropTagArray = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .SetColumns)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_columns(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPITableQueryColumnsFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropTagArray>,
        crate::Hresult,
    > {
        let mut __a1: crate::LPSPropTagArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .QueryColumns)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SPropTagArray>(),
                1,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_row_count(
        &self,
        ulFlags: MAPITableGetRowCountFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .GetRowCount)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn get_row_count_with_warning(
        &self,
        ulFlags: MAPITableGetRowCountFlags,
    ) -> ::core::result::Result<(crate::Hresult, crate::ULONG), crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .GetRowCount)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, __a1))
    }
    fn seek_row(
        &self,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
    ) -> ::core::result::Result<crate::LONG, crate::Hresult> {
        let mut __a2: crate::LONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .SeekRow)(self.as_raw().cast(), bkOrigin, lRowCount, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn seek_row_with_warning(
        &self,
        bkOrigin: crate::BOOKMARK,
        lRowCount: crate::LONG,
    ) -> ::core::result::Result<(crate::Hresult, crate::LONG), crate::Hresult> {
        let mut __a2: crate::LONG = 0;
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .SeekRow)(self.as_raw().cast(), bkOrigin, lRowCount, &mut __a2)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, __a2))
    }
    fn seek_row_approx(
        &self,
        ulNumerator: crate::ULONG,
        ulDenominator: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .SeekRowApprox)(self.as_raw().cast(), ulNumerator, ulDenominator)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_position(
        &self,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ULONG, crate::ULONG),
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .QueryPosition)(self.as_raw().cast(), &mut __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a0, __a1, __a2))
    }
    fn find_row(
        &self,
        lpRestriction: &crate::value::Restriction,
        bkOrigin: crate::BOOKMARK,
        ulFlags: MAPITableFindRowFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpRestriction;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::restriction_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSRestriction = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .FindRow)(self.as_raw().cast(), __a0, bkOrigin, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn restrict(
        &self,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        ulFlags: MAPITableRestrictFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        #[allow(unused_mut)]
        let mut __b0 = match lpRestriction {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::restriction_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPSRestriction = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .Restrict)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn create_bookmark(
        &self,
    ) -> ::core::result::Result<crate::BOOKMARK, crate::Hresult> {
        let mut __a0: crate::BOOKMARK = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .CreateBookmark)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn free_bookmark(
        &self,
        bkPosition: crate::BOOKMARK,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .FreeBookmark)(self.as_raw().cast(), bkPosition)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn sort_table(
        &self,
        lpSortCriteria: &crate::value::SortOrderSet,
        ulFlags: MAPITableSortTableFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSortCriteria;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::sort_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSSortOrderSet = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .SortTable)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_sort_order(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SSortOrderSet>,
        crate::Hresult,
    > {
        let mut __a0: crate::LPSSortOrderSet = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .QuerySortOrder)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r0 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a0.cast::<crate::SSortOrderSet>(),
                1,
            )
        };
        let __r0 = __r0.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r0)
    }
    fn query_rows(
        &self,
        alloc: &crate::value::Allocator,
        lRowCount: crate::LONG,
        ulFlags: MAPITableQueryRowsFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SRowSet>,
        crate::Hresult,
    > {
        let mut __a2: crate::LPSRowSet = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .QueryRows)(self.as_raw().cast(), lRowCount, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(*alloc, __a2.cast::<crate::SRowSet>(), 1)
        };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn abort(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPITable>().Abort)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn expand_row(
        &self,
        alloc: &crate::value::Allocator,
        pbInstanceKey: &[u8],
        ulRowCount: crate::ULONG,
        ulFlags: MAPITableExpandRowFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiBuffer<crate::SRowSet>, crate::ULONG),
        crate::Hresult,
    > {
        let __s = pbInstanceKey;
        let (__a1, __a0): (crate::LPBYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a4: crate::LPSRowSet = ::core::ptr::null_mut();
        let mut __a5: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .ExpandRow)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulRowCount,
                ulFlags.bits(),
                &mut __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(*alloc, __a4.cast::<crate::SRowSet>(), 1)
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r4, __a5))
    }
    fn collapse_row(
        &self,
        pbInstanceKey: &[u8],
        ulFlags: MAPITableCollapseRowFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = pbInstanceKey;
        let (__a1, __a0): (crate::LPBYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .CollapseRow)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a3)
    }
    fn wait_for_completion(
        &self,
        ulFlags: MAPITableWaitForCompletionFlags,
        ulTimeout: crate::ULONG,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .WaitForCompletion)(
                self.as_raw().cast(),
                ulFlags.bits(),
                ulTimeout,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn get_collapse_state(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPITableGetCollapseStateFlags,
        lpbInstanceKey: &[u8],
    ) -> ::core::result::Result<crate::value::MapiBuffer<u8>, crate::Hresult> {
        let __s = lpbInstanceKey;
        let (__a2, __a1): (crate::LPBYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::ULONG = 0;
        let mut __a4: crate::LPBYTE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .GetCollapseState)(
                self.as_raw().cast(),
                ulFlags.bits(),
                __a1,
                __a2,
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe { crate::value::MapiBuffer::from_raw(*alloc, __a4.cast::<u8>(), __a3) };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r4)
    }
    fn set_collapse_state(
        &self,
        ulFlags: MAPITableSetCollapseStateFlags,
        pbCollapseState: &[u8],
    ) -> ::core::result::Result<crate::BOOKMARK, crate::Hresult> {
        let __s = pbCollapseState;
        let (__a2, __a1): (crate::LPBYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::BOOKMARK = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPITable>()
                .SetCollapseState)(
                self.as_raw().cast(),
                ulFlags.bits(),
                __a1,
                __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a3)
    }
}

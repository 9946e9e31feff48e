//! [`Table`]: `IMAPITable` over a provider's rows.

use super::advise::{Advisers, Notification, WeakSet};
use super::props::{PropBag, text_tag};
use super::restrict::{self, sort_order};
use crate::value::{
    Allocator, MapiError, Prop, PropTag, Restriction, RestrictionRef, SortOrder, SortOrderSet,
};
use crate::*;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Where a table's rows come from: asked at every operation for the rows
/// as they are now, in their natural order, each with a `PR_INSTANCE_KEY`
/// that stays the same while the row exists (bookmarks find their row by
/// it).
pub trait RowSource: Send + Sync {
    /// The current rows.
    fn rows(&self) -> Result<Vec<PropBag>, Hresult>;
}

impl<F: Fn() -> Result<Vec<PropBag>, Hresult> + Send + Sync> RowSource for F {
    fn rows(&self) -> Result<Vec<PropBag>, Hresult> {
        self()
    }
}

/// The most bookmarks a table keeps at once; `CreateBookmark` beyond it is
/// `MAPI_E_UNABLE_TO_COMPLETE`.
pub const MAX_BOOKMARKS: usize = 256;

/// One key of a sort order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SortKey {
    tag: PropTag,
    descending: bool,
}

/// A bookmark: its row (by instance key; none past the end) and the row's
/// index then.
#[derive(Clone, Debug)]
struct Mark {
    key: Option<Vec<u8>>,
    index: usize,
}

/// What a caller has set on a table: columns, sort, restriction, cursor,
/// bookmarks.
#[derive(Debug)]
struct View {
    columns: Vec<PropTag>,
    sort: Vec<SortKey>,
    restriction: Option<Restriction>,
    position: usize,
    bookmarks: BTreeMap<BOOKMARK, Mark>,
    next_bookmark: BOOKMARK,
}

fn instance_key(row: &PropBag) -> Option<&[u8]> {
    row.binary(PR_INSTANCE_KEY)
}

/// A check run before every method (for example "the logon is still
/// open"); its error is the method's.
pub type Guard = Box<dyn Fn() -> Result<(), Hresult> + Send + Sync>;

/// A dynamic `IMAPITable` (`TBLTYPE_DYNAMIC`) over a [`RowSource`].
///
/// Every call reads the current rows, then applies the restriction and the
/// sort order, so rows added or removed since the table was opened show at
/// the next call. The cursor is an index into that view; bookmarks remember
/// their row's `PR_INSTANCE_KEY` and find it again, answering
/// `MAPI_W_POSITION_CHANGED` when it moved or is gone. Operations are
/// synchronous (`TBL_ASYNC` and `TBL_BATCH` change nothing).
///
/// | implemented | `MAPI_E_NO_SUPPORT` |
/// |---|---|
/// | `GetLastError`, `Advise`/`Unadvise` (`fnevTableModified`, see [`TableEvents`]), `GetStatus`, `SetColumns`, `QueryColumns`, `GetRowCount`, `SeekRow`, `SeekRowApprox`, `QueryPosition`, `FindRow`, `Restrict` (see [`restrict`](super::restrict)), `CreateBookmark`, `FreeBookmark`, `SortTable` (no categories: `MAPI_E_TOO_COMPLEX`), `QuerySortOrder`, `QueryRows`, `Abort`, `WaitForCompletion` | `ExpandRow`, `CollapseRow`, `GetCollapseState`, `SetCollapseState` (tables are never categorized) |
///
/// ```
/// use mapi_sys::kit::{PropBag, Table};
/// use mapi_sys::value::{PropValue, testing::CountingAllocator};
/// use mapi_sys::*;
///
/// let rows = || -> Result<Vec<PropBag>, Hresult> {
///     Ok((0..3u8)
///         .map(|i| {
///             let mut row = PropBag::new();
///             row.set(PR_INSTANCE_KEY, PropValue::Binary(vec![i]));
///             row.set(PR_SUBJECT_W, PropValue::unicode(format!("Message {i}")));
///             row
///         })
///         .collect())
/// };
/// let counting = CountingAllocator::new();
/// let columns = [PR_INSTANCE_KEY, PR_SUBJECT_W].map(value::PropTag);
/// let table: ComPtr<IMAPITable> = Table::new(counting.allocator(), rows, &columns).into_com();
/// let rows = table.query_rows(&counting.allocator(), 10, Default::default())?;
/// assert_eq!(rows.rows().expect("readable").len(), 3);
/// # Ok::<(), Hresult>(())
/// ```
#[derive(ComObject)]
#[mapi(implements(IMAPITable), allocator = alloc)]
pub struct Table {
    alloc: Allocator,
    source: Box<dyn RowSource>,
    all_columns: Vec<PropTag>,
    view: Mutex<View>,
    unicode: bool,
    guard: Option<Guard>,
    log: super::ErrorLog,
    events: TableEvents,
    _keep: Option<ComPtr<IUnknown>>,
}

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Table")
            .field("all_columns", &self.all_columns)
            .field("unicode", &self.unicode)
            .finish_non_exhaustive()
    }
}

impl Table {
    /// A table over `source`, whose default column set is `columns`
    /// (also what `QueryColumns(TBL_ALL_COLUMNS)` starts with); MAPI memory
    /// it returns comes from `alloc`.
    pub fn new(alloc: Allocator, source: impl RowSource + 'static, columns: &[PropTag]) -> Table {
        Table {
            alloc,
            source: Box::new(source),
            all_columns: columns.to_vec(),
            view: Mutex::new(View {
                columns: columns.to_vec(),
                sort: Vec::new(),
                restriction: None,
                position: 0,
                bookmarks: BTreeMap::new(),
                next_bookmark: BOOKMARK_END + 1,
            }),
            unicode: false,
            guard: None,
            log: super::ErrorLog::default(),
            events: TableEvents::default(),
            _keep: None,
        }
    }

    /// `PT_UNSPECIFIED` and `TBL_ALL_COLUMNS` string columns in UTF-16:
    /// the table was opened with `MAPI_UNICODE`.
    pub fn unicode(mut self, unicode: bool) -> Table {
        self.unicode = unicode;
        self
    }

    /// Runs `guard` before every method but `AddRef`/`Release`; its error
    /// answers the call (for example `MAPI_E_INVALID_OBJECT` after logoff).
    pub fn guard(
        mut self,
        guard: impl Fn() -> Result<(), Hresult> + Send + Sync + 'static,
    ) -> Table {
        self.guard = Some(Box::new(guard));
        self
    }

    /// Keeps `object` (the store or folder the table belongs to) alive as
    /// long as the table.
    pub fn keep_alive(mut self, object: ComPtr<IUnknown>) -> Table {
        self._keep = Some(object);
        self
    }

    /// The name `GetLastError` gives as the component.
    pub fn component(mut self, name: &str) -> Table {
        self.log = super::ErrorLog::new(name);
        self
    }

    /// The handle through which the provider tells the table's advise
    /// sinks that its rows changed.
    pub fn events(&self) -> TableEvents {
        self.events.clone()
    }

    fn check(&self) -> Result<(), Hresult> {
        self.guard.as_ref().map_or(Ok(()), |g| g())
    }

    fn state(&self) -> Result<MutexGuard<'_, View>, Hresult> {
        self.check()?;
        self.view.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
    }

    /// The rows of the view as it stands: restricted, then stably sorted.
    fn rows(&self, view: &View) -> Result<Vec<PropBag>, Hresult> {
        let mut rows = self.source.rows()?;
        if let Some(r) = &view.restriction {
            rows.retain(|row| restrict::matches(r, row));
        }
        if !view.sort.is_empty() {
            rows.sort_by(|a, b| {
                view.sort
                    .iter()
                    .map(|k| {
                        let o = sort_order(a.get(k.tag), b.get(k.tag));
                        if k.descending { o.reverse() } else { o }
                    })
                    .find(|o| o.is_ne())
                    .unwrap_or(core::cmp::Ordering::Equal)
            });
        }
        Ok(rows)
    }

    /// The index a bookmark stands for in `rows`, and whether its row moved
    /// or vanished (`MAPI_W_POSITION_CHANGED`).
    fn origin(view: &View, bookmark: BOOKMARK, rows: &[PropBag]) -> Result<(usize, bool), Hresult> {
        let len = rows.len();
        match bookmark {
            BOOKMARK_BEGINNING => Ok((0, false)),
            BOOKMARK_CURRENT => Ok((view.position.min(len), false)),
            BOOKMARK_END => Ok((len, false)),
            b => {
                let mark = view
                    .bookmarks
                    .get(&b)
                    .ok_or(Hresult(MAPI_E_INVALID_BOOKMARK))?;
                let Some(key) = &mark.key else {
                    return Ok((len, false));
                };
                match rows.iter().position(|r| instance_key(r) == Some(key)) {
                    Some(i) => Ok((i, i != mark.index)),
                    None => Ok((mark.index.min(len), true)),
                }
            }
        }
    }

    fn find(
        &self,
        restriction: &RestrictionRef<'_>,
        origin: BOOKMARK,
        backward: bool,
    ) -> Result<(), Hresult> {
        let r = restriction
            .to_restriction()
            .map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
        restrict::check(&r)?;
        let mut view = self.state()?;
        let rows = self.rows(&view)?;
        let (start, changed) = Table::origin(&view, origin, &rows)?;
        let hit = |i: &usize| rows.get(*i).is_some_and(|row| restrict::matches(&r, row));
        let found = if backward {
            (0..=start.min(rows.len().saturating_sub(1)))
                .rev()
                .find(hit)
        } else {
            (start..rows.len()).find(hit)
        };
        view.position = found.ok_or(Hresult(MAPI_E_NOT_FOUND))?;
        if changed {
            return Err(Hresult(MAPI_W_POSITION_CHANGED));
        }
        Ok(())
    }

    fn sort_keys(set: &SortOrderSet) -> Result<Vec<SortKey>, Hresult> {
        if set.categories > 0 {
            return Err(Hresult(MAPI_E_TOO_COMPLEX));
        }
        let mut keys: Vec<SortKey> = Vec::with_capacity(set.sorts.len());
        for k in &set.sorts {
            let descending = match k.order {
                TABLE_SORT_ASCEND => false,
                TABLE_SORT_DESCEND => true,
                _ => return Err(Hresult(MAPI_E_TOO_COMPLEX)),
            };
            let ty = k.tag.prop_type();
            if k.tag.is_multi()
                || matches!(ty, PT_ERROR | PT_OBJECT | PT_NULL | PT_UNSPECIFIED)
                || keys.iter().any(|o| o.tag.id() == k.tag.id())
            {
                return Err(Hresult(MAPI_E_TOO_COMPLEX));
            }
            keys.push(SortKey {
                tag: k.tag,
                descending,
            });
        }
        Ok(keys)
    }
}

/// Tells a [`Table`]'s advise sinks that its rows changed: a clone of the
/// handle from [`Table::events`], kept by the provider where its data
/// changes. Sinks get one `TABLE_CHANGED` notification (re-read the table).
#[derive(Clone, Debug, Default)]
pub struct TableEvents {
    sinks: Arc<Advisers>,
}

impl TableEvents {
    /// Sends `TABLE_CHANGED` to every sink advised on the table; returns
    /// how many were called.
    pub fn changed(&self) -> usize {
        self.sinks.notify(
            &[],
            &[Notification::Table {
                event: TABLE_CHANGED,
                error: Hresult::OK,
            }],
        )
    }

    /// Whether no sink is advised on the table.
    pub fn is_empty(&self) -> bool {
        self.sinks.is_empty()
    }
}

/// The open tables of a provider's data, for their notifications: add each
/// table's [`TableEvents`] when it opens, call
/// [`changed`](TableSet::changed) when the data changes. Tables are held
/// weakly: a released table drops out.
#[derive(Debug, Default)]
pub struct TableSet {
    tables: WeakSet<Advisers>,
}

impl TableSet {
    /// None.
    pub fn new() -> TableSet {
        TableSet::default()
    }

    /// Adds a table (its [`Table::events`]).
    pub fn add(&self, events: &TableEvents) {
        self.tables.add(&events.sinks);
    }

    /// Sends `TABLE_CHANGED` to the sinks of every open table; returns how
    /// many sinks were called. Call with no lock of the data held: sinks
    /// may read the table.
    pub fn changed(&self) -> usize {
        self.tables
            .live()
            .iter()
            .map(|a| TableEvents { sinks: a.clone() }.changed())
            .sum()
    }
}

impl IMAPITableImpl for Table {
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MAPITableGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(self.log.get_last_error(hr))
    }

    fn advise(
        &self,
        mask: MAPITableAdviseFlags,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        self.check()?;
        self.events.sinks.advise(&[], mask.bits(), sink)
    }

    fn unadvise(&self, connection: ULONG_PTR) -> Result<(), Hresult> {
        self.check()?;
        self.events.sinks.unadvise(connection)
    }

    fn get_status(&self) -> Result<(ULONG, ULONG), Hresult> {
        self.check()?;
        Ok((TBLSTAT_COMPLETE, TBLTYPE_DYNAMIC))
    }

    fn set_columns(
        &self,
        tags: &[PropTag],
        _flags: MAPITableSetColumnsFlags,
    ) -> Result<(), Hresult> {
        let r = (|| {
            if tags.is_empty() {
                return Err(Hresult(MAPI_E_INVALID_PARAMETER));
            }
            self.state()?.columns = tags.to_vec();
            Ok(())
        })();
        self.log.track("IMAPITable::SetColumns", r)
    }

    fn query_columns(&self, flags: MAPITableQueryColumnsFlags) -> Result<Vec<PropTag>, Hresult> {
        let view = self.state()?;
        if !flags.contains(MAPITableQueryColumnsFlags::TBL_ALL_COLUMNS) {
            return Ok(view.columns.clone());
        }
        let mut tags = self.all_columns.clone();
        for row in self.source.rows()? {
            for p in row.iter() {
                if !tags.iter().any(|t| t.id() == p.tag().id()) {
                    tags.push(text_tag(p.tag(), self.unicode));
                }
            }
        }
        Ok(tags)
    }

    fn get_row_count(&self, _flags: MAPITableGetRowCountFlags) -> Result<ULONG, Hresult> {
        let view = self.state()?;
        let n = self.rows(&view)?.len();
        u32::try_from(n).map_err(|_| Hresult(MAPI_E_TABLE_TOO_BIG))
    }

    fn seek_row_with_warning(
        &self,
        origin: BOOKMARK,
        count: LONG,
    ) -> Result<(Hresult, LONG), Hresult> {
        let r = (|| {
            let mut view = self.state()?;
            let rows = self.rows(&view)?;
            let (from, changed) = Table::origin(&view, origin, &rows)?;
            let to = (from as i64 + i64::from(count)).clamp(0, rows.len() as i64);
            view.position = to as usize;
            let status = if changed {
                MAPI_W_POSITION_CHANGED
            } else {
                S_OK
            };
            Ok((Hresult(status), (to - from as i64) as LONG))
        })();
        self.log.track("IMAPITable::SeekRow", r)
    }

    fn seek_row_approx(&self, numerator: ULONG, denominator: ULONG) -> Result<(), Hresult> {
        if denominator == 0 {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let mut view = self.state()?;
        let len = self.rows(&view)?.len() as u64;
        view.position =
            (len * u64::from(numerator.min(denominator)) / u64::from(denominator)) as usize;
        Ok(())
    }

    fn query_position(&self) -> Result<(ULONG, ULONG, ULONG), Hresult> {
        let view = self.state()?;
        let len = self.rows(&view)?.len();
        let ulong = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let pos = ulong(view.position.min(len));
        Ok((pos, pos, ulong(len.max(1))))
    }

    fn find_row(
        &self,
        restriction: &RestrictionRef<'_>,
        origin: BOOKMARK,
        flags: MAPITableFindRowFlags,
    ) -> Result<(), Hresult> {
        let backward = flags.contains(MAPITableFindRowFlags::DIR_BACKWARD);
        let r = self.find(restriction, origin, backward);
        self.log.track("IMAPITable::FindRow", r)
    }

    fn restrict(
        &self,
        restriction: Option<&RestrictionRef<'_>>,
        _flags: MAPITableRestrictFlags,
    ) -> Result<(), Hresult> {
        let r = (|| {
            let owned = restriction
                .map(|r| {
                    r.to_restriction()
                        .map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))
                })
                .transpose()?;
            owned.as_ref().map_or(Ok(()), restrict::check)?;
            let mut view = self.state()?;
            view.restriction = owned;
            view.position = 0;
            Ok(())
        })();
        self.log.track("IMAPITable::Restrict", r)
    }

    fn create_bookmark(&self) -> Result<BOOKMARK, Hresult> {
        let mut view = self.state()?;
        if view.bookmarks.len() >= MAX_BOOKMARKS {
            return Err(Hresult(MAPI_E_UNABLE_TO_COMPLETE));
        }
        let rows = self.rows(&view)?;
        let index = view.position.min(rows.len());
        let key = rows.get(index).and_then(instance_key).map(<[u8]>::to_vec);
        let b = view.next_bookmark;
        view.next_bookmark += 1;
        view.bookmarks.insert(b, Mark { key, index });
        Ok(b)
    }

    fn free_bookmark(&self, bookmark: BOOKMARK) -> Result<(), Hresult> {
        let mut view = self.state()?;
        if bookmark <= BOOKMARK_END {
            return Ok(());
        }
        view.bookmarks
            .remove(&bookmark)
            .map(drop)
            .ok_or(Hresult(MAPI_E_INVALID_BOOKMARK))
    }

    fn sort_table(
        &self,
        criteria: &SortOrderSet,
        _flags: MAPITableSortTableFlags,
    ) -> Result<(), Hresult> {
        let r = (|| {
            let keys = Table::sort_keys(criteria)?;
            let mut view = self.state()?;
            view.sort = keys;
            view.position = 0;
            Ok(())
        })();
        self.log.track("IMAPITable::SortTable", r)
    }

    fn query_sort_order(&self) -> Result<SortOrderSet, Hresult> {
        let view = self.state()?;
        Ok(SortOrderSet {
            sorts: view
                .sort
                .iter()
                .map(|k| SortOrder {
                    tag: k.tag,
                    order: if k.descending {
                        TABLE_SORT_DESCEND
                    } else {
                        TABLE_SORT_ASCEND
                    },
                })
                .collect(),
            categories: 0,
            expanded: 0,
        })
    }

    fn query_rows(
        &self,
        count: LONG,
        flags: MAPITableQueryRowsFlags,
    ) -> Result<Vec<Vec<Prop>>, Hresult> {
        let r = (|| {
            if count == 0 {
                return Err(Hresult(MAPI_E_INVALID_PARAMETER));
            }
            let mut view = self.state()?;
            let rows = self.rows(&view)?;
            let pos = view.position.min(rows.len());
            // Backward (a negative count) returns the rows before the
            // cursor, in table order.
            let (start, end, next) = if count > 0 {
                let end = pos.saturating_add(count as usize).min(rows.len());
                (pos, end, end)
            } else {
                let start = pos.saturating_sub(count.unsigned_abs() as usize);
                (start, pos, start)
            };
            if !flags.contains(MAPITableQueryRowsFlags::TBL_NOADVANCE) {
                view.position = next;
            }
            Ok(rows[start..end]
                .iter()
                .map(|row| {
                    view.columns
                        .iter()
                        .map(|&c| row.lookup(c, self.unicode).into_owned())
                        .collect()
                })
                .collect())
        })();
        self.log.track("IMAPITable::QueryRows", r)
    }

    fn abort(&self) -> Result<(), Hresult> {
        // Nothing runs asynchronously: there is never anything to stop.
        self.check()
    }

    fn wait_for_completion(
        &self,
        _flags: MAPITableWaitForCompletionFlags,
        _timeout: ULONG,
    ) -> Result<ULONG, Hresult> {
        self.check()?;
        Ok(TBLSTAT_COMPLETE)
    }
}

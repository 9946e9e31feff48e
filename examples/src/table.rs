//! `IMAPITable`: contents, hierarchy, attachment and receive folder tables.
//!
//! A table is dynamic (`TBLTYPE_DYNAMIC`): every call reads the current
//! rows from its [`RowSource`], then applies the restriction and the sort
//! order ([`arrange`]), so rows saved or deleted after the table was opened
//! show up at the next call. The cursor is a row index into that view;
//! bookmarks remember the instance key of their row and find it again,
//! answering `MAPI_W_POSITION_CHANGED` if it is gone. Operations are
//! synchronous (`TBL_ASYNC` and `TBL_BATCH` are accepted and change
//! nothing), and tables are never categorized.

use crate::props::{self, PropValue, Props, lookup, prop_id, prop_type, to_prop};
use crate::restrict::{Restriction, sort_order};
use crate::session::{ErrorLog, Session};
use mapi_sys::value::{MapiError, Prop, PropTag, RestrictionRef, SortOrder, SortOrderSet};
use mapi_sys::*;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Where a table's rows come from: called at every operation for the rows
/// as they are now, each with its `PR_INSTANCE_KEY`.
pub trait RowSource: Send + Sync {
    /// The current rows, in their natural order.
    fn rows(&self) -> Result<Vec<Props>, Hresult>;
}

impl<F: Fn() -> Result<Vec<Props>, Hresult> + Send + Sync> RowSource for F {
    fn rows(&self) -> Result<Vec<Props>, Hresult> {
        self()
    }
}

/// One key of a sort order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SortKey {
    /// The column.
    pub tag: u32,
    /// `TABLE_SORT_DESCEND` rather than `TABLE_SORT_ASCEND`.
    pub descending: bool,
}

/// The rows of a view: those matching `restriction`, stably sorted by
/// `sort`.
pub fn arrange(
    rows: Vec<Props>,
    restriction: Option<&Restriction>,
    sort: &[SortKey],
) -> Vec<Props> {
    let mut rows: Vec<Props> = match restriction {
        Some(r) => rows.into_iter().filter(|row| r.matches(row)).collect(),
        None => rows,
    };
    if !sort.is_empty() {
        rows.sort_by(|a, b| {
            sort.iter()
                .map(|k| {
                    let o = sort_order(a.get(k.tag), b.get(k.tag));
                    if k.descending { o.reverse() } else { o }
                })
                .find(|o| o.is_ne())
                .unwrap_or(core::cmp::Ordering::Equal)
        });
    }
    rows
}

/// The most bookmarks a table keeps at once.
pub const MAX_BOOKMARKS: usize = 256;

/// A bookmark: the row it was made on (by instance key; none past the
/// end) and its index then.
#[derive(Clone, Debug, PartialEq)]
struct Mark {
    key: Option<Vec<u8>>,
    index: usize,
}

/// A table's state: columns, sort, restriction, cursor, bookmarks.
#[derive(Debug)]
pub struct View {
    /// The column set.
    pub columns: Vec<u32>,
    /// The sort order.
    pub sort: Vec<SortKey>,
    /// The restriction.
    pub restriction: Option<Restriction>,
    /// The cursor: the index of the next row `QueryRows` returns.
    pub position: usize,
    bookmarks: BTreeMap<usize, Mark>,
    next_bookmark: usize,
}

fn instance_key(row: &Props) -> Option<Vec<u8>> {
    row.binary(PR_INSTANCE_KEY).map(<[u8]>::to_vec)
}

impl View {
    /// A view with these columns, unsorted and unrestricted.
    pub fn new(columns: Vec<u32>) -> View {
        View {
            columns,
            sort: Vec::new(),
            restriction: None,
            position: 0,
            bookmarks: BTreeMap::new(),
            next_bookmark: BOOKMARK_END + 1,
        }
    }

    /// The index a bookmark stands for in `rows`, and whether its row
    /// moved or vanished (`MAPI_W_POSITION_CHANGED`).
    pub fn origin(&self, bookmark: BOOKMARK, rows: &[Props]) -> Result<(usize, bool), Hresult> {
        let len = rows.len();
        match bookmark {
            BOOKMARK_BEGINNING => Ok((0, false)),
            BOOKMARK_CURRENT => Ok((self.position.min(len), false)),
            BOOKMARK_END => Ok((len, false)),
            b => {
                let mark = self
                    .bookmarks
                    .get(&b)
                    .ok_or(Hresult(MAPI_E_INVALID_BOOKMARK))?;
                let Some(key) = &mark.key else {
                    return Ok((len, false));
                };
                match rows
                    .iter()
                    .position(|r| instance_key(r).as_ref() == Some(key))
                {
                    Some(i) => Ok((i, i != mark.index)),
                    None => Ok((mark.index.min(len), true)),
                }
            }
        }
    }

    /// `SeekRow`: moves `count` rows from the bookmark, stopping at either
    /// end; the rows actually moved and the position-changed warning.
    pub fn seek(
        &mut self,
        bookmark: BOOKMARK,
        count: i32,
        rows: &[Props],
    ) -> Result<(i32, bool), Hresult> {
        let (origin, changed) = self.origin(bookmark, rows)?;
        let target = (origin as i64 + i64::from(count)).clamp(0, rows.len() as i64);
        self.position = target as usize;
        Ok(((target - origin as i64) as i32, changed))
    }

    /// `CreateBookmark` on the current row.
    pub fn bookmark(&mut self, rows: &[Props]) -> Result<BOOKMARK, Hresult> {
        if self.bookmarks.len() >= MAX_BOOKMARKS {
            return Err(Hresult(MAPI_E_UNABLE_TO_COMPLETE));
        }
        let index = self.position.min(rows.len());
        let b = self.next_bookmark;
        self.next_bookmark += 1;
        self.bookmarks.insert(
            b,
            Mark {
                key: rows.get(index).and_then(instance_key),
                index,
            },
        );
        Ok(b)
    }

    /// `FreeBookmark`; the predefined bookmarks are ignored.
    pub fn free_bookmark(&mut self, b: BOOKMARK) -> Result<(), Hresult> {
        if b <= BOOKMARK_END {
            return Ok(());
        }
        self.bookmarks
            .remove(&b)
            .map(drop)
            .ok_or(Hresult(MAPI_E_INVALID_BOOKMARK))
    }

    /// `QueryRows`: the rows from the cursor (backward when `count` is
    /// negative, returned in table order), moving the cursor past them
    /// unless `advance` is false.
    pub fn take<'r>(
        &mut self,
        count: i32,
        advance: bool,
        rows: &'r [Props],
    ) -> Result<&'r [Props], Hresult> {
        if count == 0 {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let pos = self.position.min(rows.len());
        let (start, end, next) = if count > 0 {
            let end = pos.saturating_add(count as usize).min(rows.len());
            (pos, end, end)
        } else {
            let start = pos.saturating_sub(count.unsigned_abs() as usize);
            (start, pos, start)
        };
        if advance {
            self.position = next;
        }
        Ok(&rows[start..end])
    }
}

/// A table object.
#[derive(ComObject)]
#[mapi(implements(IMAPITable), allocator = session.alloc)]
pub struct Table {
    session: Arc<Session>,
    source: Box<dyn RowSource>,
    /// Every column the table knows, for `QueryColumns(TBL_ALL_COLUMNS)`.
    all_columns: Vec<u32>,
    view: Mutex<View>,
    unicode: bool,
    log: ErrorLog,
    _store: Option<ComPtr<IMsgStore>>,
}

impl Table {
    /// A table over `source` with `columns` as its default column set;
    /// `unicode` picks the string width of `PT_UNSPECIFIED` columns.
    /// `store` keeps the store object alive while the table lives.
    pub fn new(
        session: Arc<Session>,
        source: Box<dyn RowSource>,
        columns: Vec<u32>,
        unicode: bool,
        store: Option<ComPtr<IMsgStore>>,
    ) -> Table {
        Table {
            session,
            source,
            all_columns: columns.clone(),
            view: Mutex::new(View::new(columns)),
            unicode,
            log: ErrorLog::default(),
            _store: store,
        }
    }

    fn state(&self) -> Result<MutexGuard<'_, View>, Hresult> {
        self.session.check()?;
        self.view.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
    }

    /// The rows of the view as it stands.
    fn rows(&self, view: &View) -> Result<Vec<Props>, Hresult> {
        Ok(arrange(
            self.source.rows()?,
            view.restriction.as_ref(),
            &view.sort,
        ))
    }

    fn find_row(
        &self,
        restriction: &RestrictionRef<'_>,
        origin: BOOKMARK,
        backward: bool,
    ) -> Result<(), Hresult> {
        let r = Restriction::from_view(restriction)?;
        let mut view = self.state()?;
        let rows = self.rows(&view)?;
        let (start, changed) = view.origin(origin, &rows)?;
        let found = if backward {
            let from = start.min(rows.len().saturating_sub(1));
            (0..=from)
                .rev()
                .find(|&i| rows.get(i).is_some_and(|row| r.matches(row)))
        } else {
            (start..rows.len()).find(|&i| r.matches(&rows[i]))
        };
        let i = found.ok_or(Hresult(MAPI_E_NOT_FOUND))?;
        view.position = i;
        if changed {
            return Err(Hresult(MAPI_W_POSITION_CHANGED));
        }
        Ok(())
    }
}

/// A string column tag in the width the table was opened with.
pub fn text_tag(tag: u32, unicode: bool) -> u32 {
    if props::is_string_type(prop_type(tag)) {
        props::with_type(
            tag,
            if unicode { PT_UNICODE } else { PT_STRING8 } | (tag & MV_FLAG),
        )
    } else {
        tag
    }
}

/// A caller's sort order set, refusing what this table cannot do.
pub fn read_sort(set: &SortOrderSet) -> Result<Vec<SortKey>, Hresult> {
    if set.categories > 0 {
        return Err(Hresult(MAPI_E_TOO_COMPLEX));
    }
    let mut keys: Vec<SortKey> = Vec::with_capacity(set.sorts.len());
    for k in &set.sorts {
        let tag = k.tag.0;
        let ty = prop_type(tag);
        let descending = match k.order {
            TABLE_SORT_ASCEND => false,
            TABLE_SORT_DESCEND => true,
            _ => return Err(Hresult(MAPI_E_TOO_COMPLEX)),
        };
        if ty & MV_FLAG != 0
            || matches!(ty, PT_ERROR | PT_OBJECT | PT_NULL | PT_UNSPECIFIED)
            || keys.iter().any(|o| prop_id(o.tag) == prop_id(tag))
        {
            return Err(Hresult(MAPI_E_TOO_COMPLEX));
        }
        keys.push(SortKey { tag, descending });
    }
    Ok(keys)
}

impl IMAPITableImpl for Table {
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MAPITableGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(self.log.get_last_error(hr))
    }

    fn get_status(&self) -> Result<(ULONG, ULONG), Hresult> {
        self.session.check()?;
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
            self.state()?.columns = tags.iter().map(|t| t.0).collect();
            Ok(())
        })();
        self.log.track("IMAPITable::SetColumns", r)
    }

    fn query_columns(&self, flags: MAPITableQueryColumnsFlags) -> Result<Vec<PropTag>, Hresult> {
        let view = self.state()?;
        let mut tags = view.columns.clone();
        if flags.contains(MAPITableQueryColumnsFlags::TBL_ALL_COLUMNS) {
            tags = self.all_columns.clone();
            for row in self.source.rows()? {
                for (tag, _) in row.iter() {
                    if !tags.iter().any(|t| prop_id(*t) == prop_id(tag)) {
                        tags.push(text_tag(tag, self.unicode));
                    }
                }
            }
        }
        Ok(tags.into_iter().map(PropTag).collect())
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
            let (moved, changed) = view.seek(origin, count, &rows)?;
            let status = if changed {
                Hresult(MAPI_W_POSITION_CHANGED)
            } else {
                Hresult::OK
            };
            Ok((status, moved))
        })();
        self.log.track("IMAPITable::SeekRow", r)
    }

    fn seek_row_approx(&self, numerator: ULONG, denominator: ULONG) -> Result<(), Hresult> {
        if denominator == 0 {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let mut view = self.state()?;
        let len = self.rows(&view)?.len() as u64;
        let target =
            (len * u64::from(numerator.min(denominator)) / u64::from(denominator)).min(len);
        view.position = target as usize;
        Ok(())
    }

    fn query_position(&self) -> Result<(ULONG, ULONG, ULONG), Hresult> {
        let view = self.state()?;
        let len = self.rows(&view)?.len();
        let pos = view.position.min(len);
        let as_ulong = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Ok((as_ulong(pos), as_ulong(pos), as_ulong(len.max(1))))
    }

    fn find_row(
        &self,
        restriction: &RestrictionRef<'_>,
        origin: BOOKMARK,
        flags: MAPITableFindRowFlags,
    ) -> Result<(), Hresult> {
        let r = self.find_row(
            restriction,
            origin,
            flags.contains(MAPITableFindRowFlags::DIR_BACKWARD),
        );
        self.log.track("IMAPITable::FindRow", r)
    }

    fn restrict(
        &self,
        restriction: Option<&RestrictionRef<'_>>,
        _flags: MAPITableRestrictFlags,
    ) -> Result<(), Hresult> {
        let r = (|| {
            let decoded = restriction.map(Restriction::from_view).transpose()?;
            let mut view = self.state()?;
            view.restriction = decoded;
            view.position = 0;
            Ok(())
        })();
        self.log.track("IMAPITable::Restrict", r)
    }

    fn create_bookmark(&self) -> Result<BOOKMARK, Hresult> {
        let mut view = self.state()?;
        let rows = self.rows(&view)?;
        view.bookmark(&rows)
    }

    fn free_bookmark(&self, bookmark: BOOKMARK) -> Result<(), Hresult> {
        self.state()?.free_bookmark(bookmark)
    }

    fn sort_table(
        &self,
        criteria: &SortOrderSet,
        _flags: MAPITableSortTableFlags,
    ) -> Result<(), Hresult> {
        let r = (|| {
            let keys = read_sort(criteria)?;
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
                    tag: PropTag(k.tag),
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
            let mut view = self.state()?;
            let rows = self.rows(&view)?;
            let advance = !flags.contains(MAPITableQueryRowsFlags::TBL_NOADVANCE);
            let taken = view.take(count, advance, &rows)?;
            let columns = view.columns.clone();
            drop(view);
            Ok(taken
                .iter()
                .map(|row| {
                    columns
                        .iter()
                        .map(|&c| to_prop(&lookup(row, c, self.unicode)))
                        .collect()
                })
                .collect())
        })();
        self.log.track("IMAPITable::QueryRows", r)
    }

    fn abort(&self) -> Result<(), Hresult> {
        // Nothing runs asynchronously: there is never anything to stop.
        self.session.check()
    }

    fn wait_for_completion(
        &self,
        _flags: MAPITableWaitForCompletionFlags,
        _timeout: ULONG,
    ) -> Result<ULONG, Hresult> {
        self.session.check()?;
        Ok(TBLSTAT_COMPLETE)
    }
}

/// A row's `PR_INSTANCE_KEY` from a number.
pub fn instance_key_value(n: u64) -> PropValue {
    PropValue::Binary(n.to_le_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::restrict::Relop;

    fn rows() -> Vec<Props> {
        [("Charlie", 2), ("Alpha", 1), ("Bravo", 2), ("alpha", 0)]
            .iter()
            .enumerate()
            .map(|(i, (s, imp))| {
                let mut p = Props::new();
                p.set(PR_SUBJECT, PropValue::unicode(*s));
                p.set(PR_IMPORTANCE, PropValue::Long(*imp));
                p.set(PR_INSTANCE_KEY, instance_key_value(i as u64));
                p
            })
            .collect()
    }

    fn subjects(rows: &[Props]) -> Vec<&str> {
        rows.iter().filter_map(|r| r.text(PR_SUBJECT)).collect()
    }

    #[test]
    fn sorting_is_stable_and_multi_key() {
        let asc = [SortKey {
            tag: PR_SUBJECT,
            descending: false,
        }];
        assert_eq!(
            subjects(&arrange(rows(), None, &asc)),
            ["Alpha", "alpha", "Bravo", "Charlie"]
        );
        let by_importance_then_subject = [
            SortKey {
                tag: PR_IMPORTANCE,
                descending: true,
            },
            SortKey {
                tag: PR_SUBJECT,
                descending: false,
            },
        ];
        assert_eq!(
            subjects(&arrange(rows(), None, &by_importance_then_subject)),
            ["Bravo", "Charlie", "Alpha", "alpha"]
        );
        assert_eq!(
            subjects(&arrange(rows(), None, &[])),
            ["Charlie", "Alpha", "Bravo", "alpha"]
        );
    }

    #[test]
    fn restriction_then_sort() {
        let high = Restriction::Property {
            relop: Relop::Eq,
            tag: PR_IMPORTANCE,
            value: PropValue::Long(2),
        };
        let asc = [SortKey {
            tag: PR_SUBJECT,
            descending: false,
        }];
        assert_eq!(
            subjects(&arrange(rows(), Some(&high), &asc)),
            ["Bravo", "Charlie"]
        );
    }

    #[test]
    fn query_rows_moves_the_cursor_and_stops_at_the_ends() {
        let rows = rows();
        let mut v = View::new(vec![PR_SUBJECT]);
        assert_eq!(
            v.take(0, true, &rows),
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        );
        assert_eq!(
            subjects(v.take(3, false, &rows).expect("peek")),
            ["Charlie", "Alpha", "Bravo"]
        );
        assert_eq!(v.position, 0, "TBL_NOADVANCE");
        assert_eq!(v.take(3, true, &rows).expect("3").len(), 3);
        assert_eq!(subjects(v.take(10, true, &rows).expect("rest")), ["alpha"]);
        assert!(v.take(10, true, &rows).expect("end").is_empty());
        assert_eq!(
            subjects(v.take(-2, true, &rows).expect("back")),
            ["Bravo", "alpha"]
        );
        assert_eq!(v.position, 2);
        assert_eq!(
            subjects(v.take(-5, true, &rows).expect("to start")),
            ["Charlie", "Alpha"]
        );
        assert_eq!(v.position, 0);
    }

    #[test]
    fn seek_row_counts_the_rows_actually_moved() {
        let rows = rows();
        let mut v = View::new(vec![]);
        assert_eq!(v.seek(BOOKMARK_BEGINNING, 2, &rows), Ok((2, false)));
        assert_eq!(v.seek(BOOKMARK_CURRENT, 5, &rows), Ok((2, false)));
        assert_eq!(v.position, 4);
        assert_eq!(v.seek(BOOKMARK_END, -10, &rows), Ok((-4, false)));
        assert_eq!(v.position, 0);
        assert_eq!(v.seek(99, 0, &rows), Err(Hresult(MAPI_E_INVALID_BOOKMARK)));
    }

    #[test]
    fn bookmarks_follow_their_row_and_report_when_it_is_gone() {
        let mut all = rows();
        let mut v = View::new(vec![]);
        v.position = 2; // Bravo
        let b = v.bookmark(&all).expect("bookmark");
        assert_eq!(v.seek(b, 0, &all), Ok((0, false)));
        all.remove(0); // Charlie deleted: Bravo moves up.
        assert_eq!(v.seek(b, 0, &all), Ok((0, true)));
        assert_eq!(v.position, 1);
        all.remove(1); // Bravo deleted.
        assert_eq!(v.seek(b, 0, &all), Ok((0, true)));
        assert_eq!(v.free_bookmark(b), Ok(()));
        assert_eq!(v.free_bookmark(b), Err(Hresult(MAPI_E_INVALID_BOOKMARK)));
        assert_eq!(v.free_bookmark(BOOKMARK_CURRENT), Ok(()));
        for _ in 0..MAX_BOOKMARKS {
            v.bookmark(&all).expect("under the cap");
        }
        assert_eq!(v.bookmark(&all), Err(Hresult(MAPI_E_UNABLE_TO_COMPLETE)));
    }

    #[test]
    fn sort_order_sets_are_checked() {
        let set = |keys: &[(u32, u32)], categories: u32| SortOrderSet {
            sorts: keys
                .iter()
                .map(|&(tag, order)| SortOrder {
                    tag: PropTag(tag),
                    order,
                })
                .collect(),
            categories,
            expanded: 0,
        };
        assert_eq!(
            read_sort(&set(&[(PR_SUBJECT, TABLE_SORT_DESCEND)], 0)),
            Ok(vec![SortKey {
                tag: PR_SUBJECT,
                descending: true
            }])
        );
        assert_eq!(read_sort(&set(&[], 0)), Ok(vec![]));
        let too_complex = Err(Hresult(MAPI_E_TOO_COMPLEX));
        assert_eq!(
            read_sort(&set(&[(PR_SUBJECT, TABLE_SORT_ASCEND)], 1)),
            too_complex
        );
        assert_eq!(
            read_sort(&set(&[(PR_SUBJECT, TABLE_SORT_COMBINE)], 0)),
            too_complex
        );
        assert_eq!(
            read_sort(&set(&[(PT_MV_LONG | 0x6600_0000, 0)], 0)),
            too_complex
        );
        assert_eq!(
            read_sort(&set(&[(PR_SUBJECT, 0), (PR_SUBJECT_A, 1)], 0)),
            too_complex,
            "a repeated column"
        );
    }

    #[test]
    fn rows_are_values_of_the_columns() {
        let rows = rows();
        let out: Vec<Vec<Prop>> = rows
            .iter()
            .map(|r| {
                vec![
                    to_prop(&lookup(r, PR_SUBJECT_A, false)),
                    to_prop(&lookup(r, PR_BODY_A, false)),
                ]
            })
            .collect();
        assert_eq!(out.len(), 4);
        for row in &out {
            assert_eq!(row.len(), 2);
            assert_eq!(row[1].tag().0, props::with_type(PR_BODY_A, PT_ERROR));
        }
    }
}

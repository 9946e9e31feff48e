//! [`PropObject`]: `IMAPIProp` for an object whose properties are a
//! [`PropBag`].

use super::ErrorLog;
use super::props::{PropBag, Update};
use crate::value::{MapiError, Problem, Prop, PropArray, PropRef, PropTag};
use crate::*;

/// An object whose properties are a [`PropBag`]: implement this, and the
/// kit implements `IMAPIPropImpl` for it (`GetLastError`, `SaveChanges`,
/// `GetProps`, `GetPropList`, `OpenProperty`, `SetProps`, `DeleteProps`,
/// and with the `client` feature and an [`allocator`](PropObject::allocator)
/// `CopyTo` and `CopyProps`, which write to the destination through its
/// own `IMAPIProp::SetProps`, whatever object it is; `GetNamesFromIDs` and
/// `GetIDsFromNames` answer `MAPI_E_NO_SUPPORT`). A derived object that implements it names
/// `IMAPIProp` (or an interface built on it) in `implements`, as usual.
///
/// - `GetProps`/`GetPropList` answer from [`props`](PropObject::props):
///   strings in the width `MAPI_UNICODE` asks for, `PT_ERROR` for missing
///   values (the thunk then answers `MAPI_W_ERRORS_RETURNED`);
/// - `SetProps`/`DeleteProps` check [`writable`](PropObject::writable),
///   report computed properties (`MAPI_E_COMPUTED`) and, for
///   `DeleteProps`, missing ones (`MAPI_E_NOT_FOUND`) as problems, and hand
///   the rest to [`change`](PropObject::change);
/// - failures are recorded in [`error_log`](PropObject::error_log) for
///   `GetLastError`, under the name [`NAME`](PropObject::NAME).
///
/// ```
/// use mapi_sys::*;
/// use mapi_sys::kit::{ErrorLog, PropBag, PropObject};
/// use mapi_sys::value::{Prop, PropTag, PropValue, testing::CountingAllocator};
/// use std::sync::Mutex;
///
/// #[derive(ComObject)]
/// #[mapi(implements(IMAPIProp), allocator = alloc)]
/// struct Note {
///     alloc: value::Allocator,
///     stored: Mutex<PropBag>,
///     log: ErrorLog,
/// }
///
/// impl PropObject for Note {
///     const NAME: &'static str = "IMAPIProp";
///     fn props(&self) -> Result<PropBag, Hresult> {
///         let mut bag = self.stored.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))?.clone();
///         bag.set_computed(PR_OBJECT_TYPE, PropValue::Long(MAPI_MESSAGE as i32));
///         Ok(bag)
///     }
///     fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult> {
///         let mut bag = self.stored.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))?;
///         for p in set {
///             let (tag, value) = p.into_parts();
///             bag.set(tag, value);
///         }
///         deleted.into_iter().for_each(|t| drop(bag.remove(t)));
///         Ok(())
///     }
///     fn error_log(&self) -> &ErrorLog {
///         &self.log
///     }
/// }
///
/// let counting = CountingAllocator::new();
/// let note = Note { alloc: counting.allocator(), stored: Mutex::default(), log: ErrorLog::new("notes") }.into_com();
/// let problems = note.set_props(&counting.allocator(), &[
///     Prop::new(PR_SUBJECT_W, PropValue::unicode("Hi")),
///     Prop::new(PR_OBJECT_TYPE, PropValue::Long(0)),
/// ])?;
/// assert_eq!(problems.expect("one problem").problems().expect("readable")[0].scode, Hresult(MAPI_E_COMPUTED));
/// let list = note.get_prop_list(&counting.allocator(), MAPIPropGetPropListFlags::MAPI_UNICODE)?;
/// assert_eq!(list.tags().expect("tags").to_vec(), [PropTag(PR_SUBJECT_W), PropTag(PR_OBJECT_TYPE)]);
/// # Ok::<(), Hresult>(())
/// ```
pub trait PropObject: Send + Sync + crate::__private::DeclaredAllocator {
    /// The interface name failures are recorded under
    /// (`"IMAPIFolder"` makes `IMAPIFolder::SetProps failed: ...`).
    const NAME: &'static str;

    /// The object's properties as they are now, stored and computed
    /// (computed ones marked with [`PropBag::set_computed`] or
    /// [`PropBag::mark_computed`]).
    fn props(&self) -> Result<PropBag, Hresult>;

    /// Stores a caller's changes: the values to set, the tags to delete
    /// (computed and missing ones already left out). Its error fails the
    /// call.
    fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult>;

    /// Where failures are recorded for `GetLastError`.
    fn error_log(&self) -> &ErrorLog;

    /// Whether the caller may change the object; by default yes. An error
    /// (typically `MAPI_E_NO_ACCESS`) answers `SetProps` and `DeleteProps`.
    fn writable(&self) -> Result<(), Hresult> {
        Ok(())
    }

    /// `SaveChanges`; by default nothing to do (changes took effect at
    /// once), after checking that the object still exists.
    fn save(&self, flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        let _ = flags;
        self.props().map(drop)
    }

    /// The allocator for what `CopyTo`/`CopyProps` exchange with the
    /// destination (its property list, its problem array); by default the
    /// one the object declares to its derive (`#[mapi(allocator = field)]`,
    /// or a store's support object). Without one they answer
    /// `MAPI_E_NO_SUPPORT`.
    fn allocator(&self) -> Option<crate::value::Allocator> {
        self.declared_allocator()
    }

    /// `OpenProperty` of a property that is an object (a table, a stream);
    /// by default `MAPI_E_NO_SUPPORT` for a property the object has and
    /// `MAPI_E_NOT_FOUND` for one it lacks.
    fn open_property(
        &self,
        tag: PropTag,
        iid: &GUID,
        options: ULONG,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let _ = (iid, options);
        Err(Hresult(if self.props()?.contains(tag) {
            MAPI_E_NO_SUPPORT
        } else {
            MAPI_E_NOT_FOUND
        }))
    }
}

fn track<O: PropObject + ?Sized, T>(
    o: &O,
    method: &str,
    r: Result<T, Hresult>,
) -> Result<T, Hresult> {
    o.error_log().track(&format!("{}::{method}", O::NAME), r)
}

// The bound is what every `IMAPIPropImpl` needs: the object answers
// `QueryInterface` for `IMAPIProp`. Not recommended in errors: an object
// without `IMAPIPropImpl` is told to write one, not to use the kit.
#[diagnostic::do_not_recommend]
impl<O> IMAPIPropImpl for O
where
    O: PropObject + __private::Declares<IMAPIProp, 0x00020303_0000_0000_c000_000000000046>,
{
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MAPIPropGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(self.error_log().get_last_error(hr))
    }

    fn save_changes(&self, flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        track(self, "SaveChanges", self.save(flags))
    }

    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let unicode = flags.contains(MAPIPropGetPropsFlags::MAPI_UNICODE);
        let r = self
            .props()
            .and_then(|bag| Ok(bag.get_props(tags, unicode)?.into_owned().into()));
        track(self, "GetProps", r)
    }

    fn get_prop_list(&self, flags: MAPIPropGetPropListFlags) -> Result<Vec<PropTag>, Hresult> {
        let unicode = flags.contains(MAPIPropGetPropListFlags::MAPI_UNICODE);
        track(
            self,
            "GetPropList",
            self.props().map(|bag| bag.prop_list(unicode)),
        )
    }

    fn open_property(
        &self,
        tag: ULONG,
        iid: &GUID,
        options: ULONG,
        _flags: MAPIPropOpenPropertyFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let tag = PropTag(tag);
        let r = if tag.prop_type() == PT_UNSPECIFIED {
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        } else {
            PropObject::open_property(self, tag, iid, options)
        };
        track(self, "OpenProperty", r)
    }

    fn set_props(&self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let r = (|| {
            self.writable()?;
            let current = self.props()?;
            let update = Update::read(values, |t| current.is_computed(t))?;
            self.change(update.values, Vec::new())?;
            Ok(update.problems)
        })();
        track(self, "SetProps", r)
    }

    fn delete_props(&self, tags: &[PropTag]) -> Result<Vec<Problem>, Hresult> {
        let r = (|| {
            self.writable()?;
            let (found, problems) = self.props()?.check_delete(tags)?;
            self.change(Vec::new(), found)?;
            Ok(problems)
        })();
        track(self, "DeleteProps", r)
    }

    #[cfg(feature = "client")]
    fn copy_to(
        &self,
        exclude_iids: Option<&[IID]>,
        exclude: Option<&[PropTag]>,
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        iid: &GUID,
        dest: ComPtr<IUnknown>,
        flags: MAPIPropCopyToFlags,
    ) -> Result<Vec<Problem>, Hresult> {
        let r = (|| {
            // Only properties are copied: excluding an interface changes nothing.
            let _ = exclude_iids;
            let exclude = exclude.unwrap_or_default();
            let bag = self.props()?;
            let tags: Vec<PropTag> = bag
                .iter()
                .map(Prop::tag)
                .filter(|t| !bag.is_computed(*t) && !exclude.iter().any(|e| e.id() == t.id()))
                .collect();
            let no_replace = flags.contains(MAPIPropCopyToFlags::NOREPLACE);
            let moving = flags.contains(MAPIPropCopyToFlags::MOVE);
            copy(self, &bag, &tags, iid, &dest, no_replace, moving)
        })();
        track(self, "CopyTo", r)
    }

    #[cfg(feature = "client")]
    fn copy_props(
        &self,
        include: &[PropTag],
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        iid: &GUID,
        dest: ComPtr<IUnknown>,
        flags: MAPIPropCopyPropsFlags,
    ) -> Result<Vec<Problem>, Hresult> {
        let r = (|| {
            let bag = self.props()?;
            let no_replace = flags.contains(MAPIPropCopyPropsFlags::NOREPLACE);
            let moving = flags.contains(MAPIPropCopyPropsFlags::MOVE);
            copy(self, &bag, include, iid, &dest, no_replace, moving)
        })();
        track(self, "CopyProps", r)
    }
}

/// Copies (or moves) the properties `tags` of `bag` to `dest` through its
/// `IMAPIProp::SetProps`; a tag `bag` lacks is a `MAPI_E_NOT_FOUND`
/// problem, the destination's problems are passed on by their index in
/// `tags`.
#[cfg(feature = "client")]
fn copy<O: PropObject + ?Sized>(
    o: &O,
    bag: &PropBag,
    tags: &[PropTag],
    iid: &GUID,
    dest: &ComPtr<IUnknown>,
    no_replace: bool,
    moving: bool,
) -> Result<Vec<Problem>, Hresult> {
    let alloc = o.allocator().ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
    // `lpInterface` is the destination's interface (`IID_IMessage` for a
    // message...); it is written through its `IMAPIProp` part.
    if !dest.supports(iid) {
        return Err(Hresult(MAPI_E_INTERFACE_NOT_SUPPORTED));
    }
    let dest: ComPtr<IMAPIProp> = dest
        .cast()
        .map_err(|_| Hresult(MAPI_E_INTERFACE_NOT_SUPPORTED))?;
    let existing: Vec<PropTag> = if no_replace {
        let list = dest.get_prop_list(&alloc, MAPIPropGetPropListFlags::empty())?;
        list.tags()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
            .to_vec()
    } else {
        Vec::new()
    };
    let mut problems = Vec::new();
    let mut sent: Vec<(u32, Prop)> = Vec::new();
    for (i, &t) in tags.iter().enumerate() {
        match bag.prop(t) {
            None => problems.push(Problem {
                index: i as u32,
                tag: t,
                scode: Hresult(MAPI_E_NOT_FOUND),
            }),
            Some(_) if existing.iter().any(|e| e.id() == t.id()) => {}
            Some(p) => sent.push((i as u32, p.clone())),
        }
    }
    if sent.is_empty() {
        return Ok(problems);
    }
    let values: Vec<Prop> = sent.iter().map(|(_, p)| p.clone()).collect();
    if let Some(theirs) = dest.set_props(&alloc, &values)? {
        for p in theirs.problems().map_err(|_| Hresult(MAPI_E_CALL_FAILED))? {
            if let Some((i, _)) = sent.get(p.index as usize) {
                problems.push(Problem { index: *i, ..p });
            }
        }
    }
    if moving {
        let moved: Vec<PropTag> = sent
            .iter()
            .map(|(_, p)| p.tag())
            .filter(|t| !problems.iter().any(|p| p.tag.id() == t.id()))
            .collect();
        o.change(Vec::new(), moved)?;
    }
    Ok(problems)
}

/// Opens a table: one of the functions [`open_table_property`] takes.
pub type OpenTable<'a> = &'a dyn Fn() -> Result<ComPtr<IMAPITable>, Hresult>;

/// Opens the table of a table-valued property, for
/// [`PropObject::open_property`]: `tables` maps the properties the object
/// opens as tables (`PR_CONTAINER_CONTENTS`, `PR_MESSAGE_ATTACHMENTS`, ...)
/// to the function that opens each; `iid` must be `IID_IMAPITable`. Any
/// other property is `MAPI_E_NO_SUPPORT` if `props` has it (no streams),
/// `MAPI_E_NOT_FOUND` otherwise.
pub fn open_table_property(
    tag: PropTag,
    iid: &GUID,
    props: &PropBag,
    tables: &[(u32, OpenTable<'_>)],
) -> Result<ComPtr<IUnknown>, Hresult> {
    match tables.iter().find(|(t, _)| PropTag(*t).id() == tag.id()) {
        Some((_, open)) => {
            check_iid::<IMAPITable>(Some(iid))?;
            open()?.cast()
        }
        None if props.contains(tag) => Err(Hresult(MAPI_E_NO_SUPPORT)),
        None => Err(Hresult(MAPI_E_NOT_FOUND)),
    }
}

/// Checks the interface a caller asks an object for (`OpenEntry`,
/// `CreateMessage`, `OpenProperty`...): none (the object's usual interface)
/// or one of `I`'s chain; anything else is `MAPI_E_INTERFACE_NOT_SUPPORTED`.
pub fn check_iid<I: Interface>(iid: Option<&GUID>) -> Result<(), Hresult> {
    match iid {
        Some(iid) if !I::matches(iid) => Err(Hresult(MAPI_E_INTERFACE_NOT_SUPPORTED)),
        _ => Ok(()),
    }
}

/// Whether an object opened with `flags` (`OpenEntry`, `OpenAttach`,
/// `OpenMsgStore`...) may be changed, when it could be (`writable`): with
/// `MAPI_MODIFY` or `MAPI_BEST_ACCESS`, yes; with neither, it opens
/// read-only. `MAPI_MODIFY` on what cannot be changed is
/// `MAPI_E_NO_ACCESS`.
///
/// ```
/// use mapi_sys::kit::open_access;
/// use mapi_sys::{Hresult, MAPI_BEST_ACCESS, MAPI_E_NO_ACCESS, MAPI_MODIFY};
/// assert_eq!(open_access(MAPI_BEST_ACCESS, false), Ok(false));
/// assert_eq!(open_access(MAPI_MODIFY, true), Ok(true));
/// assert_eq!(open_access(0, true), Ok(false));
/// assert_eq!(open_access(MAPI_MODIFY, false), Err(Hresult(MAPI_E_NO_ACCESS)));
/// ```
pub fn open_access(flags: ULONG, writable: bool) -> Result<bool, Hresult> {
    if flags & MAPI_MODIFY != 0 && !writable {
        return Err(Hresult(MAPI_E_NO_ACCESS));
    }
    Ok(writable && flags & (MAPI_MODIFY | MAPI_BEST_ACCESS) != 0)
}

/// Whether a provider's objects may still be used. Once
/// [`invalidate`](Validity::invalidate)d (at `IMSLogon::Logoff`,
/// `IMSProvider::Shutdown`...), [`check`](Validity::check) answers
/// `MAPI_E_INVALID_OBJECT`, what every method but `AddRef` and `Release`
/// of such an object must return (as `IMAPISupport::MakeInvalid` would make
/// it).
///
/// ```
/// use mapi_sys::kit::Validity;
/// use mapi_sys::{Hresult, MAPI_E_INVALID_OBJECT};
/// let logon = Validity::new();
/// assert_eq!(logon.check(), Ok(()));
/// assert!(logon.invalidate()); // Logoff
/// assert!(!logon.invalidate()); // already
/// assert_eq!(logon.check(), Err(Hresult(MAPI_E_INVALID_OBJECT)));
/// ```
#[derive(Debug, Default)]
pub struct Validity(std::sync::atomic::AtomicBool);

impl Validity {
    /// Valid.
    pub fn new() -> Validity {
        Validity::default()
    }

    /// `MAPI_E_INVALID_OBJECT` once invalidated.
    pub fn check(&self) -> Result<(), Hresult> {
        if self.0.load(std::sync::atomic::Ordering::Acquire) {
            Err(Hresult(MAPI_E_INVALID_OBJECT))
        } else {
            Ok(())
        }
    }

    /// Makes it invalid for good; whether it was valid until now.
    pub fn invalidate(&self) -> bool {
        !self.0.swap(true, std::sync::atomic::Ordering::AcqRel)
    }
}

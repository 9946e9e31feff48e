//! The MIME library's object resolver and edit tags (`mimeedit.idl`) with
//! both sides in safe Rust: monikers and bind contexts passed and returned
//! as `ComPtr`s, `BSTR`s lent in and handed out (freed once, counted), flags kept as the caller passed them, and every object
//! released once (counted), through `ComPtr` and through raw vtables.

use mapi_sys::value::testing::{BstrCounter, TaskCounter};
use mapi_sys::value::{Bstr, BstrRef, StrRef};
use mapi_sys::*;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicIsize, Ordering};

/// Counts live test objects: made minus dropped.
#[derive(Clone, Default)]
struct Live(Arc<AtomicIsize>);

impl Live {
    fn born(&self) -> Live {
        self.0.fetch_add(1, Ordering::Relaxed);
        self.clone()
    }
    fn count(&self) -> isize {
        self.0.load(Ordering::Relaxed)
    }
}

/// A test object's share of the count, given back on drop.
struct Token(Live);

impl Drop for Token {
    fn drop(&mut self) {
        (self.0).0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A moniker naming a URL: its display name is the URL.
#[derive(ComObject)]
#[mapi(implements(IMoniker))]
struct UrlMoniker {
    url: String,
    _live: Token,
}

impl IPersistImpl for UrlMoniker {}
impl IPersistStreamImpl for UrlMoniker {}

impl IMonikerImpl for UrlMoniker {
    fn get_display_name(
        &self,
        _pbc: Option<ComPtr<IBindCtx>>,
        _left: Option<ComPtr<IMoniker>>,
    ) -> Result<String, Hresult> {
        Ok(self.url.clone())
    }
}

fn moniker(url: &str, live: &Live) -> ComPtr<IMoniker> {
    UrlMoniker {
        url: url.into(),
        _live: Token(live.born()),
    }
    .into_com()
}

/// A bind context that keeps its options.
#[derive(ComObject)]
#[mapi(implements(IBindCtx))]
struct Ctx {
    options: std::sync::Mutex<BIND_OPTS>,
    _live: Token,
}

impl IBindCtxImpl for Ctx {
    fn set_bind_options(&self, opts: &BIND_OPTS) -> Result<(), Hresult> {
        *self.options.lock().expect("lock") = *opts;
        Ok(())
    }

    fn get_bind_options(&self, opts: &mut BIND_OPTS) -> Result<(), Hresult> {
        *opts = *self.options.lock().expect("lock");
        Ok(())
    }
}

fn bind_ctx(live: &Live) -> ComPtr<IBindCtx> {
    Ctx {
        options: std::sync::Mutex::new(BIND_OPTS {
            cbStruct: core::mem::size_of::<BIND_OPTS>() as DWORD,
            grfFlags: 0,
            grfMode: 0,
            dwTickCountDeadline: 0,
        }),
        _live: Token(live.born()),
    }
    .into_com()
}

/// Resolves `cid:` URLs to a moniker of the message's part (returned as
/// the new moniker and as the object), refuses offline binds, and resolves
/// anything else to the original moniker.
#[derive(ComObject)]
#[mapi(implements(IMimeObjResolver))]
struct Resolver {
    live: Live,
    /// The flags of every call, as the object received them.
    seen: Arc<std::sync::Mutex<Vec<u32>>>,
}

impl IMimeObjResolverImpl for Resolver {
    fn mime_ole_object_from_moniker(
        &self,
        bindf: BINDF,
        original: ComPtr<IMoniker>,
        ctx: ComPtr<IBindCtx>,
        _riid: &GUID,
    ) -> Result<(ComPtr<IUnknown>, Option<ComPtr<IMoniker>>), Hresult> {
        self.seen.lock().expect("lock").push(bindf.bits());
        if bindf.bits() & BINDF_OFFLINEOPERATION != 0 {
            return Err(Hresult(E_FAIL));
        }
        let url = original.get_display_name(Some(&ctx), None)?;
        let url = url.to_string_lossy();
        match url.strip_prefix("cid:") {
            Some(part) => {
                let found = moniker(&format!("mhtml:msg!{part}"), &self.live);
                Ok((found.cast()?, Some(found)))
            }
            None => Ok((original.cast()?, None)),
        }
    }
}

fn resolver(live: &Live) -> ComPtr<IMimeObjResolver> {
    Resolver {
        live: live.clone(),
        seen: Arc::default(),
    }
    .into_com()
}

fn display_name(m: &ComPtr<IMoniker>) -> String {
    m.get_display_name(None, None)
        .expect("a name")
        .to_string_lossy()
}

#[test]
fn a_resolver_returns_the_object_and_the_moniker_it_was_found_with() {
    let counter = TaskCounter::install();
    let live = Live::default();
    {
        let r = resolver(&live);
        let ctx = bind_ctx(&live);
        let cid = moniker("cid:part1", &live);
        let flags = BINDF::NO_UI | BINDF::GETNEWESTVERSION;
        let (object, new) = r
            .mime_ole_object_from_moniker::<IMoniker>(flags, &cid, &ctx)
            .expect("resolved");
        let new = new.expect("a cid: URL gives a new moniker");
        assert_eq!(display_name(&object), "mhtml:msg!part1");
        assert_eq!(display_name(&new), "mhtml:msg!part1");
        // Anything else resolves to itself, with no new moniker.
        let web = moniker("http://example.org/a.png", &live);
        let (object, new) = r
            .mime_ole_object_from_moniker::<IMoniker>(BINDF::default(), &web, &ctx)
            .expect("resolved");
        assert!(new.is_none());
        assert_eq!(object.as_raw(), web.as_raw(), "the same object");
        // The object's refusal comes through, with nothing returned.
        assert_eq!(
            r.mime_ole_object_from_moniker::<IMoniker>(BINDF::OFFLINEOPERATION, &cid, &ctx)
                .map(|_| ()),
            Err(Hresult(E_FAIL))
        );
        // An interface the object does not have is E_NOINTERFACE.
        assert_eq!(
            r.mime_ole_object_from_moniker::<IBindCtx>(flags, &cid, &ctx)
                .map(|_| ()),
            Err(Hresult(E_NOINTERFACE))
        );
        // The bind context's options cross as a plain structure.
        let set = BIND_OPTS {
            cbStruct: 16,
            grfFlags: 1,
            grfMode: 2,
            dwTickCountDeadline: 3,
        };
        ctx.set_bind_options(&set).expect("set");
        let mut got = BIND_OPTS {
            cbStruct: 16,
            grfFlags: 0,
            grfMode: 0,
            dwTickCountDeadline: 0,
        };
        ctx.get_bind_options(&mut got).expect("got");
        assert_eq!(
            (got.grfFlags, got.grfMode, got.dwTickCountDeadline),
            (1, 2, 3)
        );
    }
    assert_eq!(live.count(), 0, "every moniker and context released");
    assert_eq!(counter.live_blocks(), 0, "every display name freed");
}

#[test]
fn the_resolver_thunk_checks_what_a_raw_caller_passes() {
    let _counter = TaskCounter::install();
    let live = Live::default();
    let seen: Arc<std::sync::Mutex<Vec<u32>>> = Arc::default();
    {
        let object = Resolver {
            live: live.clone(),
            seen: Arc::clone(&seen),
        };
        let r: ComPtr<IMimeObjResolver> = object.into_com();
        let vtbl = r.vtable();
        let this = r.as_raw().cast();
        let ctx = bind_ctx(&live);
        let cid = moniker("cid:x", &live);
        let iid = IID_IMoniker;
        let garbage = 8usize as *mut core::ffi::c_void;
        let mut out: LPVOID = garbage;
        let mut new: *mut IMoniker = garbage.cast();
        // Unknown BINDF bits (newer than any header) reach the object.
        // SAFETY: live objects, an IID and writable out-pointers.
        let hr = unsafe {
            (vtbl.MimeOleObjectFromMoniker)(
                this,
                BINDF::from_bits_retain(0x8000_0000),
                cid.as_raw(),
                ctx.as_raw(),
                &iid,
                &mut out,
                &mut new,
            )
        };
        assert_eq!(hr, S_OK);
        // SAFETY: the object stored two references the caller owns.
        let (object, new) = unsafe {
            (
                ComPtr::<IMoniker>::from_raw(out.cast()).expect("an object"),
                ComPtr::<IMoniker>::from_raw(new).expect("a new moniker"),
            )
        };
        assert_eq!(display_name(&object), "mhtml:msg!x");
        drop((object, new));
        // A null moniker, context, IID or out-pointer is refused before the
        // object runs, and the out-pointers are nulled first.
        let nulls: [(bool, bool, bool, bool, bool); 5] = [
            (true, false, false, false, false),
            (false, true, false, false, false),
            (false, false, true, false, false),
            (false, false, false, true, false),
            (false, false, false, false, true),
        ];
        for (no_mk, no_ctx, no_iid, no_out, no_new) in nulls {
            let mut out: LPVOID = garbage;
            let mut new: *mut IMoniker = garbage.cast();
            let pick = |null: bool, p: *mut IMoniker| if null { core::ptr::null_mut() } else { p };
            // SAFETY: live objects or null, an IID or null, writable
            // out-pointers or null; nulls are what is checked.
            let hr = unsafe {
                (vtbl.MimeOleObjectFromMoniker)(
                    this,
                    BINDF::default(),
                    pick(no_mk, cid.as_raw()),
                    if no_ctx {
                        core::ptr::null_mut()
                    } else {
                        ctx.as_raw()
                    },
                    if no_iid { core::ptr::null() } else { &iid },
                    if no_out {
                        core::ptr::null_mut()
                    } else {
                        &mut out
                    },
                    if no_new {
                        core::ptr::null_mut()
                    } else {
                        &mut new
                    },
                )
            };
            assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
            assert!(no_out || out.is_null(), "the object out-pointer is nulled");
            assert!(no_new || new.is_null(), "the moniker out-pointer is nulled");
        }
        // On failure both out-pointers are null.
        let mut out: LPVOID = garbage;
        let mut new: *mut IMoniker = garbage.cast();
        // SAFETY: as the first call.
        let hr = unsafe {
            (vtbl.MimeOleObjectFromMoniker)(
                this,
                BINDF::OFFLINEOPERATION,
                cid.as_raw(),
                ctx.as_raw(),
                &iid,
                &mut out,
                &mut new,
            )
        };
        assert_eq!((hr, out.is_null(), new.is_null()), (E_FAIL, true, true));
    }
    assert_eq!(
        *seen.lock().expect("lock"),
        [0x8000_0000, BINDF_OFFLINEOPERATION],
        "unknown bits kept; refused calls never reached the object"
    );
    assert_eq!(live.count(), 0, "every moniker and context released");
}

/// An image tag: packaged unless it refers to a local file; while saving,
/// its source is its destination.
#[derive(ComObject)]
#[mapi(implements(IMimeEditTag))]
struct ImgTag {
    /// (source, destination).
    urls: Mutex<(Vec<u16>, Option<Vec<u16>>)>,
    saved_src: Mutex<Option<Vec<u16>>>,
    _live: Token,
}

impl IMimeEditTagImpl for ImgTag {
    fn get_src(&self) -> Result<Bstr, Hresult> {
        Bstr::from_wide(&self.urls.lock().expect("lock").0)
    }

    fn set_src(&self, url: BstrRef<'_>) -> Result<(), Hresult> {
        self.urls.lock().expect("lock").0 = url.as_wide().to_vec();
        Ok(())
    }

    fn get_dest(&self) -> Result<Bstr, Hresult> {
        let urls = self.urls.lock().expect("lock");
        Bstr::from_wide(urls.1.as_deref().ok_or(Hresult(E_FAIL))?)
    }

    fn set_dest(&self, url: BstrRef<'_>) -> Result<(), Hresult> {
        self.urls.lock().expect("lock").1 = Some(url.as_wide().to_vec());
        Ok(())
    }

    fn on_pre_save(&self) -> Result<(), Hresult> {
        let mut urls = self.urls.lock().expect("lock");
        let dest = urls.1.clone().ok_or(Hresult(E_FAIL))?;
        *self.saved_src.lock().expect("lock") = Some(core::mem::replace(&mut urls.0, dest));
        Ok(())
    }

    fn on_post_save(&self) -> Result<(), Hresult> {
        let src = self.saved_src.lock().expect("lock").take();
        self.urls.lock().expect("lock").0 = src.ok_or(Hresult(E_FAIL))?;
        Ok(())
    }

    fn can_package_with_warning(&self) -> Result<(Hresult, ()), Hresult> {
        let local = String::from_utf16_lossy(&self.urls.lock().expect("lock").0);
        let status = if local.starts_with("file:") {
            S_FALSE
        } else {
            S_OK
        };
        Ok((Hresult(status), ()))
    }

    fn is_valid_mime_type_with_warning(&self, ty: StrRef<'_>) -> Result<(Hresult, ()), Hresult> {
        let image = ty.to_string_lossy().starts_with("image/");
        Ok((Hresult(if image { S_OK } else { S_FALSE }), ()))
    }
}

fn img_tag(src: &str, live: &Live) -> ComPtr<IMimeEditTag> {
    ImgTag {
        urls: Mutex::new((src.encode_utf16().collect(), None)),
        saved_src: Mutex::default(),
        _live: Token(live.born()),
    }
    .into_com()
}

#[test]
fn bstrs_go_in_lent_and_come_back_owned() {
    let counter = BstrCounter::install();
    let live = Live::default();
    {
        let tag = img_tag("http://example.org/logo.gif", &live);
        assert_eq!(tag.get_src().expect("src"), "http://example.org/logo.gif");
        assert_eq!(counter.live_strings(), 0, "the returned string was dropped");
        assert_eq!(tag.get_dest().map(|_| ()), Err(Hresult(E_FAIL)));
        let dest = Bstr::new("cid:logo@example").expect("made");
        tag.set_dest(&dest).expect("set");
        assert_eq!(counter.live_strings(), 1, "lent, not handed over");
        assert_eq!(tag.can_package_with_warning(), Ok((Hresult(S_OK), ())));
        tag.on_pre_save().expect("pre-save");
        assert_eq!(tag.get_src().expect("src"), "cid:logo@example");
        tag.on_post_save().expect("post-save");
        assert_eq!(tag.get_src().expect("src"), "http://example.org/logo.gif");
        // Every UTF-16 unit crosses: an embedded NUL, an unpaired surrogate.
        let odd = Bstr::from_wide(&[0x61, 0, 0xDC00]).expect("made");
        tag.set_src(&odd).expect("set");
        assert_eq!(tag.get_src().expect("src"), odd);
        // The null BSTR is the empty string.
        tag.set_src(&Bstr::empty()).expect("set");
        assert!(tag.get_src().expect("src").is_empty());
        let file = img_tag("file:///c:/logo.gif", &live);
        assert_eq!(file.can_package_with_warning(), Ok((Hresult(S_FALSE), ())));
        assert_eq!(tag.is_valid_mime_type("image/gif"), Ok(()));
        assert_eq!(
            tag.is_valid_mime_type_with_warning("text/html"),
            Ok((Hresult(S_FALSE), ()))
        );
    }
    assert_eq!(counter.live_strings(), 0, "every BSTR freed once");
    assert_eq!(live.count(), 0);
}

#[test]
fn the_bstr_thunks_check_what_a_raw_caller_passes() {
    let counter = BstrCounter::install();
    let live = Live::default();
    {
        let tag = img_tag("http://example.org/a.png", &live);
        let vtbl = tag.vtable();
        let this = tag.as_raw().cast();
        // A null out-pointer is refused.
        // SAFETY: a live object; null is what is checked.
        let hr = unsafe { (vtbl.GetSrc)(this, core::ptr::null_mut()) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        // Garbage in the out-pointer is nulled when the call fails.
        let mut out: BSTR = 8usize as BSTR;
        // SAFETY: a live object and a writable out-pointer.
        let hr = unsafe { (vtbl.GetDest)(this, &mut out) };
        assert_eq!((hr, out.is_null()), (E_FAIL, true));
        // When the string cannot be made, the call fails with nothing out.
        out = 8usize as BSTR;
        counter.fail_next(true);
        // SAFETY: as above.
        let hr = unsafe { (vtbl.GetSrc)(this, &mut out) };
        assert_eq!((hr, out.is_null()), (MAPI_E_NOT_ENOUGH_MEMORY, true));
        // A raw caller owns the string and frees it with SysFreeString.
        // SAFETY: as above.
        let hr = unsafe { (vtbl.GetSrc)(this, &mut out) };
        assert_eq!((hr, counter.live_strings()), (S_OK, 1));
        // SAFETY: the object handed over a BSTR of the installed allocator.
        let src = unsafe { Bstr::adopt(out) }.expect("readable");
        assert_eq!(src, "http://example.org/a.png");
        drop(src);
        assert_eq!(counter.live_strings(), 0);
        // A BSTR whose prefix is odd or beyond the limit is refused before
        // the object runs; a misaligned one too.
        let words: [u32; 4] = [3, 0x0062_0061, 0, 0];
        // SAFETY: one word in: the prefix before it.
        let bad: BSTR = unsafe { words.as_ptr().add(1) }.cast_mut().cast();
        // SAFETY: a live object; the string's prefix is what is checked.
        let hr = unsafe { (vtbl.SetSrc)(this, bad) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        let huge: [u32; 3] = [u32::MAX - 1, 0, 0];
        // SAFETY: as above.
        let hr = unsafe { (vtbl.SetDest)(this, huge.as_ptr().add(1).cast_mut().cast()) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        // SAFETY: as above, the pointer one byte past a unit.
        let hr = unsafe { (vtbl.SetSrc)(this, bad.cast::<u8>().add(1).cast()) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        assert_eq!(tag.get_src().expect("src"), "http://example.org/a.png");
        // A well-formed BSTR laid out by hand, with no NUL where its length
        // ends, is read by its length.
        let words: [u32; 3] = [4, 0x0062_0061, 0x0063_0063];
        // SAFETY: as above.
        let hr = unsafe { (vtbl.SetSrc)(this, words.as_ptr().add(1).cast_mut().cast()) };
        assert_eq!(hr, S_OK);
        assert_eq!(tag.get_src().expect("src"), "ab");
        // A null BSTR is the empty string.
        // SAFETY: a live object; null is a valid BSTR.
        let hr = unsafe { (vtbl.SetSrc)(this, core::ptr::null_mut()) };
        assert_eq!(hr, S_OK);
        assert!(tag.get_src().expect("src").is_empty());
    }
    assert_eq!(counter.live_strings(), 0);
    assert_eq!(live.count(), 0);
}

/// The tags of a document, handed out in order; a greedy collection hands
/// out every tag left, whatever the caller asked for.
#[derive(ComObject)]
#[mapi(implements(IMimeEditTagCollection))]
struct Tags {
    tags: Vec<ComPtr<IMimeEditTag>>,
    at: Mutex<usize>,
    greedy: bool,
    doc: Mutex<Option<ComPtr<IUnknown>>>,
}

impl IMimeEditTagCollectionImpl for Tags {
    fn init(&self, doc: ComPtr<IUnknown>) -> Result<(), Hresult> {
        *self.doc.lock().expect("lock") = Some(doc);
        *self.at.lock().expect("lock") = 0;
        Ok(())
    }

    fn next_with_warning(
        &self,
        wanted: ULONG,
    ) -> Result<(Hresult, Vec<ComPtr<IMimeEditTag>>), Hresult> {
        let mut at = self.at.lock().expect("lock");
        let left = &self.tags[*at..];
        let n = if self.greedy {
            left.len()
        } else {
            left.len().min(wanted as usize)
        };
        *at += n;
        let status = if n < wanted as usize { S_FALSE } else { S_OK };
        Ok((Hresult(status), left[..n].to_vec()))
    }

    fn reset(&self) -> Result<(), Hresult> {
        *self.at.lock().expect("lock") = 0;
        Ok(())
    }

    fn count(&self) -> Result<ULONG, Hresult> {
        Ok(self.tags.len() as ULONG)
    }
}

fn tags(n: usize, greedy: bool, live: &Live) -> ComPtr<IMimeEditTagCollection> {
    Tags {
        tags: (0..n)
            .map(|i| img_tag(&format!("http://example.org/{i}.gif"), live))
            .collect(),
        at: Mutex::new(0),
        greedy,
        doc: Mutex::default(),
    }
    .into_com()
}

fn srcs(got: &[ComPtr<IMimeEditTag>]) -> Vec<String> {
    got.iter()
        .map(|t| t.get_src().expect("src").to_string_lossy())
        .collect()
}

#[test]
fn a_collection_hands_out_its_tags_as_a_vec() {
    let _counter = BstrCounter::install();
    let live = Live::default();
    {
        let c = tags(3, false, &live);
        let doc = moniker("http://example.org/", &live);
        c.init(&doc.cast().expect("IUnknown")).expect("init");
        assert_eq!(c.count(), Ok(3));
        let (status, first) = c.next_with_warning(2).expect("two");
        assert_eq!(status, Hresult(S_OK));
        assert_eq!(
            srcs(&first),
            ["http://example.org/0.gif", "http://example.org/1.gif"]
        );
        let (status, rest) = c.next_with_warning(2).expect("one left");
        assert_eq!(
            (status, srcs(&rest)),
            (
                Hresult(S_FALSE),
                vec!["http://example.org/2.gif".to_string()]
            )
        );
        assert_eq!(c.next(5).map(|v| v.len()), Ok(0), "S_FALSE is a success");
        c.reset().expect("reset");
        assert_eq!(
            c.next(0).map(|v| v.len()),
            Ok(0),
            "nothing asked, nothing given"
        );
        assert_eq!(c.next(3).map(|v| v.len()), Ok(3));
        // More room than the limit is refused before the call.
        assert_eq!(
            c.next(u32::MAX).map(|_| ()),
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        );
        // A collection handing out more than asked fails the call, and the
        // caller receives nothing.
        let greedy = tags(3, true, &live);
        assert_eq!(greedy.next(1).map(|_| ()), Err(Hresult(MAPI_E_CALL_FAILED)));
    }
    assert_eq!(
        live.count(),
        0,
        "every tag, collection and document released"
    );
}

#[test]
fn the_array_thunk_checks_what_a_raw_caller_passes() {
    let _counter = BstrCounter::install();
    let live = Live::default();
    {
        let c = tags(3, false, &live);
        let vtbl = c.vtable();
        let this = c.as_raw().cast();
        let garbage = 0x5eed0usize as *mut IMimeEditTag;
        let mut room = [garbage; 4];
        let mut fetched: ULONG = 99;
        // Two asked, two stored, the rest of the room nulled.
        // SAFETY: a live object, room for 2 and more, a writable count.
        let hr = unsafe { (vtbl.Next)(this, 2, room.as_mut_ptr(), &mut fetched) };
        assert_eq!((hr, fetched), (S_OK, 2));
        assert_eq!(
            room[2], garbage,
            "beyond the room given, nothing is written"
        );
        // SAFETY: the object stored two references the caller owns.
        let got: Vec<ComPtr<IMimeEditTag>> = room[..2]
            .iter()
            .map(|p| unsafe { ComPtr::from_raw(*p) }.expect("a tag"))
            .collect();
        assert_eq!(
            srcs(&got),
            ["http://example.org/0.gif", "http://example.org/1.gif"]
        );
        drop(got);
        // Three asked, one left: S_FALSE, the unused room nulled.
        let mut room = [garbage; 3];
        // SAFETY: as above.
        let hr = unsafe { (vtbl.Next)(this, 3, room.as_mut_ptr(), &mut fetched) };
        assert_eq!(
            (hr, fetched, room[1].is_null(), room[2].is_null()),
            (S_FALSE, 1, true, true)
        );
        // SAFETY: one reference the caller owns.
        drop(unsafe { ComPtr::from_raw(room[0]) });
        // A null array with room asked, a null count, or room beyond the
        // limit is refused before the object runs; the count is zeroed.
        fetched = 99;
        // SAFETY: a live object; null is what is checked.
        let hr = unsafe { (vtbl.Next)(this, 1, core::ptr::null_mut(), &mut fetched) };
        assert_eq!((hr, fetched), (MAPI_E_INVALID_PARAMETER, 0));
        // SAFETY: as above.
        let hr = unsafe { (vtbl.Next)(this, 1, room.as_mut_ptr(), core::ptr::null_mut()) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        room = [garbage; 3];
        // SAFETY: as above; the room is not touched for a count this large.
        let hr = unsafe { (vtbl.Next)(this, u32::MAX, room.as_mut_ptr(), &mut fetched) };
        assert_eq!((hr, room[0]), (MAPI_E_INVALID_PARAMETER, garbage));
        // No room and nothing asked is a valid call.
        fetched = 99;
        // SAFETY: as above.
        let hr = unsafe { (vtbl.Next)(this, 0, core::ptr::null_mut(), &mut fetched) };
        assert_eq!((hr, fetched), (S_OK, 0));
        // A greedy object's extra references are released, none stored.
        let greedy = tags(3, true, &live);
        let mut room = [garbage; 1];
        // SAFETY: a live object, room for one, a writable count.
        let hr = unsafe {
            (greedy.vtable().Next)(greedy.as_raw().cast(), 1, room.as_mut_ptr(), &mut fetched)
        };
        assert_eq!(
            (hr, fetched, room[0].is_null()),
            (MAPI_E_CALL_FAILED, 0, true)
        );
        // A raw callee that claims more than the room given: the caller
        // side releases what is there and reports it.
        let tag = img_tag("http://example.org/x.gif", &live);
        let slots = [tag.clone().into_raw(), tag.clone().into_raw()];
        let before = live.count();
        // SAFETY: two owned references.
        let adopted = unsafe { __private::call::adopt_interfaces(&slots, 5) };
        assert_eq!(adopted.map(|_| ()), Err(Hresult(MAPI_E_CALL_FAILED)));
        drop(tag);
        assert_eq!(
            live.count(),
            before - 1,
            "both references released, then the tag"
        );
    }
    assert_eq!(live.count(), 0);
}

/// The parts of a composite moniker, enumerated left to right.
#[derive(ComObject)]
#[mapi(implements(IEnumMoniker))]
struct Parts {
    parts: Vec<ComPtr<IMoniker>>,
    at: Mutex<usize>,
}

impl IEnumMonikerImpl for Parts {
    fn next_with_warning(&self, celt: ULONG) -> Result<(Hresult, Vec<ComPtr<IMoniker>>), Hresult> {
        let mut at = self.at.lock().expect("lock");
        let n = (self.parts.len() - *at).min(celt as usize);
        let got = self.parts[*at..*at + n].to_vec();
        *at += n;
        Ok((Hresult(if n < celt as usize { S_FALSE } else { S_OK }), got))
    }
}

/// A composite moniker of two parts.
#[derive(ComObject)]
#[mapi(implements(IMoniker))]
struct Composite {
    live: Live,
}

impl IPersistImpl for Composite {}
impl IPersistStreamImpl for Composite {}

impl IMonikerImpl for Composite {
    fn r#enum(&self, forward: BOOL) -> Result<Option<ComPtr<IEnumMoniker>>, Hresult> {
        let mut parts = vec![
            moniker("mhtml:msg", &self.live),
            moniker("!part1", &self.live),
        ];
        if forward == 0 {
            parts.reverse();
        }
        Ok(Some(
            Parts {
                parts,
                at: Mutex::new(0),
            }
            .into_com(),
        ))
    }
}

#[test]
fn a_moniker_enumerator_takes_no_count_for_one_element_only() {
    let _counter = TaskCounter::install();
    let live = Live::default();
    {
        let composite: ComPtr<IMoniker> = Composite { live: live.clone() }.into_com();
        let e = composite.r#enum(0).expect("enumerated").expect("parts");
        let got = e.next(5).expect("both");
        assert_eq!(
            got.iter().map(display_name).collect::<Vec<_>>(),
            ["!part1", "mhtml:msg"]
        );
        let e = composite.r#enum(1).expect("enumerated").expect("parts");
        let vtbl = e.vtable();
        let this = e.as_raw().cast();
        let mut one: *mut IMoniker = core::ptr::null_mut();
        // One element asked for, no count: COM allows it.
        // SAFETY: a live object, room for one; the null count is allowed.
        let hr = unsafe { (vtbl.Next)(this, 1, &mut one, core::ptr::null_mut()) };
        assert_eq!(hr, S_OK);
        // SAFETY: one reference the caller owns.
        let first = unsafe { ComPtr::from_raw(one) }.expect("a part");
        assert_eq!(display_name(&first), "mhtml:msg");
        // Two asked for with no count is refused.
        let mut two = [core::ptr::null_mut::<IMoniker>(); 2];
        // SAFETY: as above; the null count is what is checked.
        let hr = unsafe { (vtbl.Next)(this, 2, two.as_mut_ptr(), core::ptr::null_mut()) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    }
    assert_eq!(live.count(), 0, "every part released");
}

//! The MIME library's object resolver and edit tags (`mimeedit.idl`) with
//! both sides in safe Rust: monikers and bind contexts passed and returned
//! as `ComPtr`s, flags kept as the caller passed them, and every object
//! released once (counted), through `ComPtr` and through raw vtables.

use mapi_sys::value::testing::TaskCounter;
use mapi_sys::*;
use std::sync::Arc;
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
        original: Option<ComPtr<IMoniker>>,
        ctx: Option<ComPtr<IBindCtx>>,
        _riid: &GUID,
    ) -> Result<(ComPtr<IUnknown>, Option<ComPtr<IMoniker>>), Hresult> {
        self.seen.lock().expect("lock").push(bindf.bits());
        let original = original.ok_or(Hresult(E_INVALIDARG))?;
        if bindf.bits() & BINDF_OFFLINEOPERATION != 0 {
            return Err(Hresult(E_FAIL));
        }
        let url = original.get_display_name(ctx.as_ref(), None)?;
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

//! The MIME interfaces (`mime.idl`) with both sides in safe Rust: names in,
//! task-allocated strings out (`[out, string] LPSTR *`), flags checked by the
//! thunk, counted bytes (`BLOB`) in as views and out in task memory, arrays
//! of MIME records (`MIMEPARAMINFO`, `ENUMPROPERTY`) out in task memory and
//! read into owned records, and task memory freed exactly once, counted.

use mapi_sys::value::testing::TaskCounter;
use mapi_sys::value::{StrRef, TaskRecord, TaskStr};
use mapi_sys::*;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// A schema of registered names; identifiers are their index.
#[derive(ComObject)]
#[mapi(implements(IMimePropertySchema))]
struct Schema {
    names: Mutex<Vec<(String, MIMEPROPFLAGS)>>,
}

impl IMimePropertySchemaImpl for Schema {
    fn register_property(
        &self,
        name: StrRef<'_>,
        flags: MIMEPROPFLAGS,
        _row: DWORD,
        _vt: VARTYPE,
    ) -> Result<DWORD, Hresult> {
        let mut names = self.names.lock().expect("lock");
        let name = name.to_string_lossy().into_owned();
        if names.iter().any(|(n, _)| *n == name) {
            return Err(Hresult(E_INVALIDARG));
        }
        names.push((name, flags));
        Ok(names.len() as DWORD - 1)
    }

    fn get_property_id(&self, name: StrRef<'_>) -> Result<DWORD, Hresult> {
        let name = name.to_string_lossy();
        let names = self.names.lock().expect("lock");
        let at = names.iter().position(|(n, _)| *n == name);
        at.map(|i| i as DWORD).ok_or(Hresult(E_INVALIDARG))
    }

    fn get_property_name(&self, id: DWORD) -> Result<String, Hresult> {
        let names = self.names.lock().expect("lock");
        let entry = names.get(id as usize).ok_or(Hresult(E_INVALIDARG))?;
        Ok(entry.0.clone())
    }
}

fn schema() -> ComPtr<IMimePropertySchema> {
    Schema {
        names: Mutex::new(Vec::new()),
    }
    .into_com()
}

#[test]
fn names_go_in_and_come_back_in_task_memory() {
    let counter = TaskCounter::install();
    let s = schema();
    let flags = MIMEPROPFLAGS::RFC1522 | MIMEPROPFLAGS::INETCSET;
    let id = s
        .register_property("X-Mailer", flags, 0, 30)
        .expect("registered");
    assert_eq!(s.get_property_id("X-Mailer"), Ok(id));
    assert_eq!(
        s.register_property("X-Mailer", flags, 0, 30),
        Err(Hresult(E_INVALIDARG)),
        "the object's own error comes through"
    );
    let name: TaskStr = s.get_property_name(id).expect("a name");
    assert!(!name.is_unicode());
    assert_eq!(name.to_string_lossy(), "X-Mailer");
    assert_eq!(counter.live_blocks(), 1, "the caller owns the string");
    drop(name);
    assert_eq!(counter.live_blocks(), 0);
    assert_eq!(
        s.get_property_name(99).map(|_| ()),
        Err(Hresult(E_INVALIDARG))
    );
    assert_eq!(counter.live_blocks(), 0, "nothing allocated for an error");
}

#[test]
fn the_thunk_checks_what_a_raw_caller_passes() {
    let counter = TaskCounter::install();
    let s = schema();
    let vtbl = s.vtable();
    let this = s.as_raw().cast();
    let mut id: DWORD = 0;
    // Bits outside MIMEPROPFLAGS are refused before the object sees them.
    // SAFETY: a live object, a NUL-terminated name and a writable id.
    let hr = unsafe { (vtbl.RegisterProperty)(this, c"X-A".as_ptr(), 0x100, 0, 0, &mut id) };
    assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
    // SAFETY: as above, with a flag of the group.
    let hr = unsafe { (vtbl.RegisterProperty)(this, c"X-A".as_ptr(), MPF_MIME, 0, 0, &mut id) };
    assert_eq!((hr, id), (S_OK, 0));
    // A null out-pointer for the name is refused.
    // SAFETY: a live object; null is what is checked.
    let hr = unsafe { (vtbl.GetPropertyName)(this, 0, core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // When task memory runs out, the call fails and the out-pointer is null.
    let mut out: LPSTR = 1usize as LPSTR;
    counter.fail_next(true);
    // SAFETY: a live object and a writable out-pointer.
    let hr = unsafe { (vtbl.GetPropertyName)(this, 0, &mut out) };
    assert_eq!((hr, out.is_null()), (MAPI_E_NOT_ENOUGH_MEMORY, true));
    // A raw caller frees the string with the task allocator.
    // SAFETY: as above.
    let hr = unsafe { (vtbl.GetPropertyName)(this, 0, &mut out) };
    assert_eq!(hr, S_OK);
    // SAFETY: the object stored an 8-bit string of the task allocator.
    let name = unsafe { TaskStr::from_raw(out.cast(), false) }.expect("readable");
    assert_eq!(name.expect("non-null").to_string_lossy(), "X-A");
    assert_eq!(counter.live_blocks(), 0);
}

/// A document that knows its URL and opens as nothing.
#[derive(ComObject)]
#[mapi(implements(IMimeWebDocument))]
struct Page;

impl IMimeWebDocumentImpl for Page {
    fn get_url(&self) -> Result<String, Hresult> {
        Ok("http://example.org/a.htm".into())
    }
}

#[test]
fn a_web_document_gives_its_url_and_refuses_what_it_cannot_open() {
    let _counter = TaskCounter::install();
    let page: ComPtr<IMimeWebDocument> = Page.into_com();
    assert_eq!(
        page.get_url().expect("url").to_string_lossy(),
        "http://example.org/a.htm"
    );
    let opened = page.bind_to_storage::<IStream>();
    assert_eq!(opened.map(|_| ()), Err(Hresult(MAPI_E_NO_SUPPORT)));
}

/// A property set of named values, in order.
#[derive(ComObject)]
#[mapi(implements(IMimePropertySet))]
struct Props {
    values: Mutex<Vec<(String, value::PropVariant)>>,
}

impl IPersistImpl for Props {}
impl IPersistStreamInitImpl for Props {}

impl IMimePropertySetImpl for Props {
    fn get_prop(
        &self,
        name: StrRef<'_>,
        _flags: MimePropDataFlags,
        vt: u16,
    ) -> Result<value::PropVariant, Hresult> {
        let name = name.to_string_lossy();
        let values = self.values.lock().expect("lock");
        let (_, v) = values
            .iter()
            .find(|(n, _)| *n == name)
            .ok_or(Hresult(E_INVALIDARG))?;
        // Only the stored type, or the default (VT_EMPTY), is offered.
        if vt != VT_EMPTY && vt != v.vartype() {
            return Err(Hresult(E_FAIL));
        }
        Ok(v.clone())
    }

    fn set_prop(
        &self,
        name: StrRef<'_>,
        _flags: MimePropDataFlags,
        value: &value::PropVariantRef<'_>,
    ) -> Result<(), Hresult> {
        let name = name.to_string_lossy().into_owned();
        let mut values = self.values.lock().expect("lock");
        values.retain(|(n, _)| *n != name);
        values.push((name, value.to_owned()));
        Ok(())
    }

    /// `Content-Type` has two parameters, `X-Empty` none; other names
    /// are not found.
    fn get_parameters(&self, name: StrRef<'_>) -> Result<Vec<value::MimeParam>, Hresult> {
        match &*name.to_string_lossy() {
            "Content-Type" => Ok(vec![
                value::MimeParam::new("charset", "iso-8859-1"),
                value::MimeParam::new("name", "Grüße.txt"),
            ]),
            "X-Empty" => Ok(Vec::new()),
            _ => Err(Hresult(E_INVALIDARG)),
        }
    }

    fn delete_except(&self, keep: &[StrRef<'_>]) -> Result<(), Hresult> {
        let keep: Vec<String> = keep.iter().map(|s| s.to_string_lossy().into()).collect();
        self.values
            .lock()
            .expect("lock")
            .retain(|(n, _)| keep.contains(n));
        Ok(())
    }
}

fn props() -> ComPtr<IMimePropertySet> {
    Props {
        values: Mutex::new(Vec::new()),
    }
    .into_com()
}

#[test]
fn property_values_cross_as_propvariants_in_task_memory() {
    use value::PropVariant;
    let counter = TaskCounter::install();
    let p = props();
    let none = MimePropDataFlags::empty();
    let subject = PropVariant::ansi("Grüße");
    let to = PropVariant::Unicode("a@example.org ✉".into());
    let raw = PropVariant::Blob(vec![0, 1, 2, 255]);
    for (name, v) in [("Subject", &subject), ("To", &to), ("X-Raw", &raw)] {
        p.set_prop(name, none, v).expect("set");
    }
    assert_eq!(
        counter.live_blocks(),
        0,
        "arguments are lent, not allocated"
    );
    let back = p
        .get_prop("Subject", none, VT_LPSTR)
        .expect("asked for its type");
    assert_eq!(back, subject);
    assert_eq!(p.get_prop("To", none, VT_EMPTY), Ok(to.clone()));
    assert_eq!(p.get_prop("X-Raw", none, VT_EMPTY), Ok(raw));
    assert_eq!(
        p.get_prop("To", none, VT_UI4),
        Err(Hresult(E_FAIL)),
        "the object's refusal comes through"
    );
    assert_eq!(counter.live_blocks(), 0, "every returned value was cleared");
    // A counted array of names, of which the object keeps what it lists.
    p.delete_except(&["To", "Nothing"]).expect("deleted");
    assert_eq!(
        p.get_prop("Subject", none, VT_EMPTY),
        Err(Hresult(E_INVALIDARG))
    );
    assert_eq!(p.get_prop("To", none, VT_EMPTY), Ok(to));
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn the_property_thunks_check_what_a_raw_caller_passes() {
    let counter = TaskCounter::install();
    let p = props();
    let vtbl = p.vtable();
    let this = p.as_raw().cast();
    let mut v = value::PropVariant::Empty
        .to_task()
        .expect("nothing to allocate")
        .into_raw();
    // A value laid out by a raw caller is read through the view.
    let text = c"text/plain";
    v.vt = VT_LPSTR;
    v.Anonymous.pszVal = text.as_ptr().cast_mut();
    // SAFETY: a live object, a name and a readable PROPVARIANT.
    let hr = unsafe { (vtbl.SetProp)(this, c"Content-Type".as_ptr(), 0, &v) };
    assert_eq!(hr, S_OK);
    // A string value without its string is refused before the object runs.
    v.Anonymous.pszVal = core::ptr::null_mut();
    // SAFETY: as above; the null string is what is checked.
    let hr = unsafe { (vtbl.SetProp)(this, c"X-Null".as_ptr(), 0, &v) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // Bits outside PDF_* are refused.
    v.Anonymous.pszVal = text.as_ptr().cast_mut();
    // SAFETY: as above.
    let hr = unsafe { (vtbl.SetProp)(this, c"X-A".as_ptr(), 0x400, &v) };
    assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
    // GetProp needs somewhere to write.
    // SAFETY: a live object; null is what is checked.
    let hr = unsafe { (vtbl.GetProp)(this, c"Content-Type".as_ptr(), 0, core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // The value comes back in task memory, which a raw caller clears.
    let mut out = value::PropVariant::Empty
        .to_task()
        .expect("nothing to allocate")
        .into_raw();
    out.vt = VT_LPSTR;
    // SAFETY: a live object, a name and a writable PROPVARIANT asking for VT_LPSTR.
    let hr = unsafe { (vtbl.GetProp)(this, c"Content-Type".as_ptr(), PDF_ENCODED, &mut out) };
    assert_eq!((hr, out.vt), (S_OK, VT_LPSTR));
    assert_eq!(counter.live_blocks(), 1, "the caller owns the string");
    // SAFETY: filled in by the object with blocks of the task allocator.
    let got = unsafe { value::PropVariant::adopt(&mut out) }.expect("readable");
    assert_eq!(got, value::PropVariant::ansi("text/plain"));
    assert_eq!((out.vt, counter.live_blocks()), (VT_EMPTY, 0));
    // Names counted at null are refused; no names at null is none.
    // SAFETY: a live object; the null array is what is checked.
    let hr = unsafe { (vtbl.DeleteExcept)(this, 2, core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // SAFETY: a live object; zero names need no array.
    let hr = unsafe { (vtbl.DeleteExcept)(this, 0, core::ptr::null_mut()) };
    assert_eq!(hr, S_OK);
}

/// Character sets: "converts" by upper-casing ASCII, refuses to convert
/// into code page 0.
#[derive(ComObject)]
#[mapi(implements(IMimeInternational))]
struct Internat {
    calls: Arc<AtomicU32>,
}

impl IMimeInternationalImpl for Internat {
    fn convert_buffer(
        &self,
        _from: CODEPAGEID,
        to: CODEPAGEID,
        input: &[u8],
    ) -> Result<(Vec<u8>, ULONG), Hresult> {
        self.calls.fetch_add(1, Ordering::Relaxed);
        if to == 0 {
            return Err(Hresult(E_INVALIDARG));
        }
        Ok((input.to_ascii_uppercase(), input.len() as ULONG))
    }
}

fn internat(calls: &Arc<AtomicU32>) -> ComPtr<IMimeInternational> {
    Internat {
        calls: Arc::clone(calls),
    }
    .into_com()
}

#[test]
fn bytes_go_in_as_a_view_and_come_back_in_task_memory() {
    let counter = TaskCounter::install();
    let i = internat(&Arc::default());
    let (out, read) = i
        .convert_buffer(1252, 65001, b"subject")
        .expect("converted");
    assert_eq!((out.as_slice(), read), (&b"SUBJECT"[..], 7));
    assert_eq!(
        counter.live_blocks(),
        0,
        "the caller copied and freed the block"
    );
    assert_eq!(i.convert_buffer(1252, 65001, b""), Ok((Vec::new(), 0)));
    assert_eq!(
        i.convert_buffer(1252, 0, b"x"),
        Err(Hresult(E_INVALIDARG)),
        "the object's refusal comes through"
    );
    assert_eq!(counter.live_blocks(), 0, "nothing allocated for an error");
}

#[test]
fn the_blob_thunk_checks_what_a_raw_caller_passes() {
    let counter = TaskCounter::install();
    let calls = Arc::default();
    let i = internat(&calls);
    let vtbl = i.vtable();
    let this = i.as_raw().cast();
    let text = *b"abc";
    let mut input = BLOB {
        cbSize: 3,
        pBlobData: text.as_ptr().cast_mut(),
    };
    // The output starts as garbage: the thunk empties it first.
    let mut out = BLOB {
        cbSize: 99,
        pBlobData: core::ptr::dangling_mut(),
    };
    let mut read = 0;
    // SAFETY: a live object, readable input bytes, writable outputs.
    let hr = unsafe { (vtbl.ConvertBuffer)(this, 1252, 0, &mut input, &mut out, &mut read) };
    assert_eq!(
        (hr, out.cbSize, out.pBlobData.is_null()),
        (E_INVALIDARG, 0, true)
    );
    // Bytes counted at a null pointer are refused before the object runs.
    let mut bad = BLOB {
        cbSize: 4,
        pBlobData: core::ptr::null_mut(),
    };
    // SAFETY: as above; the null data pointer is what is checked.
    let hr = unsafe { (vtbl.ConvertBuffer)(this, 1252, 1, &mut bad, &mut out, &mut read) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // So are a null input and a null output.
    // SAFETY: a live object; the null pointers are what is checked.
    let hr =
        unsafe { (vtbl.ConvertBuffer)(this, 1252, 1, core::ptr::null_mut(), &mut out, &mut read) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // SAFETY: as above.
    let hr = unsafe {
        (vtbl.ConvertBuffer)(this, 1252, 1, &mut input, core::ptr::null_mut(), &mut read)
    };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    assert_eq!(
        calls.load(Ordering::Relaxed),
        1,
        "only the first call reached the object"
    );
    // A raw caller receives a task block and frees it.
    // SAFETY: a live object, readable input bytes, writable outputs.
    let hr = unsafe { (vtbl.ConvertBuffer)(this, 1252, 1, &mut input, &mut out, &mut read) };
    assert_eq!((hr, out.cbSize, read), (S_OK, 3, 3));
    assert_eq!(counter.live_blocks(), 1, "the caller owns the bytes");
    // SAFETY: filled in by the object with a block of the task allocator.
    let got = unsafe { value::TaskBlob::adopt(&mut out) }.expect("readable");
    assert_eq!(got, b"ABC");
    assert_eq!((out.cbSize, counter.live_blocks()), (0, 0));
}

#[test]
fn header_parameters_come_back_as_records_and_their_task_memory_is_freed() {
    let counter = TaskCounter::install();
    let p = props();
    let params = p.get_parameters("Content-Type").expect("parameters");
    assert_eq!(
        params,
        vec![
            value::MimeParam::new("charset", "iso-8859-1"),
            value::MimeParam::new("name", "Grüße.txt"),
        ]
    );
    assert_eq!(
        params[1].data.as_bytes(),
        b"Gr\xfc\xdfe.txt",
        "8-bit, Latin-1"
    );
    assert_eq!(counter.live_blocks(), 0, "strings and array freed");
    assert_eq!(p.get_parameters("X-Empty"), Ok(Vec::new()));
    assert_eq!(p.get_parameters("To"), Err(Hresult(E_INVALIDARG)));
    assert_eq!(counter.live_blocks(), 0);

    // A raw caller gets the array in task memory, entries and all.
    let vtbl = p.vtable();
    let this = p.as_raw().cast();
    let (mut n, mut arr): (ULONG, LPMIMEPARAMINFO) = (7, 1usize as LPMIMEPARAMINFO);
    // SAFETY: a live object, a name and writable out-pointers.
    let hr = unsafe { (vtbl.GetParameters)(this, c"Content-Type".as_ptr(), &mut n, &mut arr) };
    assert_eq!((hr, n), (S_OK, 2));
    assert_eq!(
        counter.live_blocks(),
        5,
        "two entries of two strings, one array"
    );
    // SAFETY: the object stored `n` entries in task memory.
    let read = unsafe { value::TaskArray::<value::MimeParam>::adopt(n, arr) };
    assert_eq!(read.map(|v| v.len()), Ok(2));
    assert_eq!(counter.live_blocks(), 0);
    // No parameters: a null array, nothing allocated.
    // SAFETY: as above.
    let hr = unsafe { (vtbl.GetParameters)(this, c"X-Empty".as_ptr(), &mut n, &mut arr) };
    assert_eq!((hr, n, arr.is_null()), (S_OK, 0, true));
    // On failure both out-values are zeroed; null out-pointers are refused.
    (n, arr) = (7, 1usize as LPMIMEPARAMINFO);
    // SAFETY: as above.
    let hr = unsafe { (vtbl.GetParameters)(this, c"To".as_ptr(), &mut n, &mut arr) };
    assert_eq!((hr, n, arr.is_null()), (E_INVALIDARG, 0, true));
    // SAFETY: a live object; the null count pointer is what is checked.
    let hr = unsafe { (vtbl.GetParameters)(this, c"To".as_ptr(), core::ptr::null_mut(), &mut arr) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // When task memory runs out midway, nothing stays allocated.
    counter.fail_next(true);
    assert_eq!(
        p.get_parameters("Content-Type"),
        Err(Hresult(MAPI_E_NOT_ENOUGH_MEMORY))
    );
    assert_eq!(counter.live_blocks(), 0);
}

/// An enumerator over a fixed list of properties (names and identifiers:
/// handles are not `Send`, so rows are made on the way out); `greedy`
/// returns one more than asked for.
#[derive(ComObject)]
#[mapi(implements(IMimeEnumProperties))]
struct PropList {
    items: Vec<(Option<std::ffi::CString>, u32)>,
    at: Mutex<usize>,
    greedy: bool,
}

impl IMimeEnumPropertiesImpl for PropList {
    fn next(&self, want: ULONG) -> Result<Vec<value::EnumProperty>, Hresult> {
        let mut at = self.at.lock().expect("lock");
        let want = want as usize + usize::from(self.greedy);
        let end = (*at + want).min(self.items.len());
        let out = self.items[*at..end]
            .iter()
            .map(|(name, id)| value::EnumProperty {
                name: name.clone(),
                row: HHEADERROW::NULL,
                prop_id: *id,
            })
            .collect();
        *at = end;
        Ok(out)
    }

    fn reset(&self) -> Result<(), Hresult> {
        *self.at.lock().expect("lock") = 0;
        Ok(())
    }
}

fn enum_items() -> Vec<value::EnumProperty> {
    vec![
        value::EnumProperty {
            name: Some(c"Subject".into()),
            row: HHEADERROW::NULL,
            prop_id: 35,
        },
        value::EnumProperty {
            name: None,
            row: HHEADERROW::NULL,
            prop_id: 2,
        },
        value::EnumProperty {
            name: Some(c"X-Mailer".into()),
            row: HHEADERROW::NULL,
            prop_id: 40,
        },
    ]
}

fn prop_list(greedy: bool) -> ComPtr<IMimeEnumProperties> {
    PropList {
        items: enum_items()
            .into_iter()
            .map(|e| (e.name, e.prop_id))
            .collect(),
        at: Mutex::new(0),
        greedy,
    }
    .into_com()
}

#[test]
fn an_enumerator_fills_the_callers_entries_in_task_memory() {
    let counter = TaskCounter::install();
    let e = prop_list(false);
    let items = enum_items();
    assert_eq!(e.next(2), Ok(items[..2].to_vec()));
    assert_eq!(e.next(5), Ok(items[2..].to_vec()), "fewer than asked for");
    assert_eq!(e.next(1), Ok(Vec::new()));
    assert_eq!(counter.live_blocks(), 0);
    assert!(e.next(u32::MAX).is_err(), "no array of 2^32 entries");

    // Through the raw vtable: S_FALSE when fewer, names in task memory.
    e.reset().expect("reset");
    let vtbl = e.vtable();
    let this = e.as_raw().cast();
    let mut buf = value::TaskEntries::<value::EnumProperty>::buffer(4).expect("small");
    let mut got: ULONG = 9;
    // SAFETY: a live object, four writable entries and a writable count.
    let hr = unsafe { (vtbl.Next)(this, 4, buf.as_mut_ptr(), &mut got) };
    assert_eq!((hr, got), (S_FALSE, 3));
    assert_eq!(
        counter.live_blocks(),
        2,
        "two names; the array is the caller's"
    );
    // SAFETY: entries filled in by the object, or zeroed.
    let read = unsafe { value::TaskEntries::<value::EnumProperty>::adopt(&mut buf, got) };
    assert_eq!(read, Ok(items.clone()));
    assert_eq!(counter.live_blocks(), 0);
    e.reset().expect("reset");
    // SAFETY: as above, two entries.
    let hr = unsafe { (vtbl.Next)(this, 2, buf.as_mut_ptr(), &mut got) };
    assert_eq!((hr, got), (S_OK, 2), "as many as asked for");
    // SAFETY: as above.
    let read = unsafe { value::TaskEntries::<value::EnumProperty>::adopt(&mut buf, got) };
    assert_eq!(read.map(|v| v.len()), Ok(2));
    // A null array with a capacity, or a null count, is refused.
    // SAFETY: a live object; the null pointers are what is checked.
    let hr = unsafe { (vtbl.Next)(this, 2, core::ptr::null_mut(), &mut got) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // SAFETY: as above.
    let hr = unsafe { (vtbl.Next)(this, 2, buf.as_mut_ptr(), core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    assert_eq!(counter.live_blocks(), 0);

    // An implementation returning more than asked for fails the call, and
    // nothing it returned reaches the caller.
    let greedy = prop_list(true);
    assert_eq!(greedy.next(1), Err(Hresult(MAPI_E_CALL_FAILED)));
    greedy.reset().expect("reset");
    got = 9;
    // SAFETY: a live object, writable entries and count.
    let hr =
        unsafe { (greedy.vtable().Next)(greedy.as_raw().cast(), 1, buf.as_mut_ptr(), &mut got) };
    assert_eq!((hr, got), (MAPI_E_CALL_FAILED, 0));
    assert!(buf.iter().all(|e| e.pszName.is_null()));
    assert_eq!(counter.live_blocks(), 0);
}

/// A hostile enumerator behind a hand-made vtable: `Next` claims one more
/// entry than the caller's array holds, after giving each entry a name in
/// task memory.
mod hostile {
    use super::*;
    use core::ffi::c_void;

    #[repr(C)]
    pub(crate) struct Object {
        vtbl: *const IMimeEnumPropertiesVtbl,
    }

    unsafe extern "system" fn query_interface(
        _this: *mut c_void,
        _riid: REFIID,
        out: *mut *mut c_void,
    ) -> HRESULT {
        // SAFETY: the caller's out-pointer.
        unsafe { *out = core::ptr::null_mut() };
        E_NOINTERFACE
    }
    unsafe extern "system" fn add_ref(_this: *mut c_void) -> ULONG {
        1
    }
    unsafe extern "system" fn release(_this: *mut c_void) -> ULONG {
        1
    }
    unsafe extern "system" fn next(
        _this: *mut c_void,
        c: ULONG,
        entries: LPENUMPROPERTY,
        fetched: *mut ULONG,
    ) -> HRESULT {
        for k in 0..c as usize {
            let name = value::TaskStr::ansi("X-Hostile").expect("allocated");
            // SAFETY: the caller's array of `c` entries.
            unsafe { (*entries.add(k)).pszName = name.into_raw().cast() };
        }
        // SAFETY: the caller's count.
        unsafe { *fetched = c + 1 };
        S_OK
    }
    unsafe extern "system" fn skip(_this: *mut c_void, _n: ULONG) -> HRESULT {
        E_NOTIMPL
    }
    unsafe extern "system" fn reset(_this: *mut c_void) -> HRESULT {
        E_NOTIMPL
    }
    unsafe extern "system" fn clone(
        _this: *mut c_void,
        _out: *mut *mut IMimeEnumProperties,
    ) -> HRESULT {
        E_NOTIMPL
    }
    unsafe extern "system" fn count(_this: *mut c_void, _out: *mut ULONG) -> HRESULT {
        E_NOTIMPL
    }

    static VTBL: IMimeEnumPropertiesVtbl = IMimeEnumPropertiesVtbl {
        base__: IUnknownVtbl {
            QueryInterface: query_interface,
            AddRef: add_ref,
            Release: release,
        },
        Next: next,
        Skip: skip,
        Reset: reset,
        Clone: clone,
        Count: count,
    };

    pub(crate) fn object() -> Object {
        Object { vtbl: &VTBL }
    }
}

#[test]
fn a_caller_refuses_a_count_beyond_its_array_and_frees_what_it_got() {
    let counter = TaskCounter::install();
    let mut obj = hostile::object();
    // SAFETY: a live object (it outlives the pointer, its Release does
    // nothing) whose vtable is IMimeEnumProperties'.
    let e =
        unsafe { ComPtr::<IMimeEnumProperties>::from_raw(core::ptr::from_mut(&mut obj).cast()) }
            .expect("non-null");
    let got = e.next(3);
    assert_eq!(got, Err(Hresult(MAPI_E_INVALID_PARAMETER)));
    assert_eq!(counter.live_blocks(), 0, "the three names are freed");
}

/// Header rows and addresses, one list each: `Next` hands out the rest.
#[derive(ComObject)]
#[mapi(implements(IMimeEnumHeaderRows, IMimeEnumAddressTypes))]
struct Rows {
    rows: Mutex<Vec<(&'static str, Option<&'static str>)>>,
    adrs: Mutex<Vec<(&'static str, &'static str, Vec<u8>)>>,
}

impl IMimeEnumHeaderRowsImpl for Rows {
    fn next(&self, want: ULONG) -> Result<Vec<value::HeaderRow>, Hresult> {
        let mut rows = self.rows.lock().expect("lock");
        let n = rows.len().min(want as usize);
        Ok(rows
            .drain(..n)
            .map(|(h, d)| value::HeaderRow {
                row: HHEADERROW::NULL,
                header: value::string_to_ansi(h),
                data: d.map(value::string_to_ansi),
            })
            .collect())
    }
}

impl IMimeEnumAddressTypesImpl for Rows {
    fn next(&self, want: ULONG) -> Result<Vec<value::AddressProps>, Hresult> {
        let mut adrs = self.adrs.lock().expect("lock");
        let n = adrs.len().min(want as usize);
        Ok(adrs
            .drain(..n)
            .map(|(name, email, print)| {
                let mut a = value::AddressProps::new(name, email, IAT_TO);
                a.signing = print;
                a
            })
            .collect())
    }
}

fn rows() -> ComPtr<IMimeEnumHeaderRows> {
    Rows {
        rows: Mutex::new(vec![("Received", Some("from a")), ("Subject", None)]),
        adrs: Mutex::new(vec![
            ("Anne", "anne@example.org", vec![0xAB; 20]),
            ("Bob", "bob@example.org", Vec::new()),
        ]),
    }
    .into_com()
}

#[test]
fn header_rows_and_addresses_come_back_as_records_in_task_memory() {
    let counter = TaskCounter::install();
    let r = rows();
    let got = r.next(5).expect("rows");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].data.as_deref(), Some(c"from a"));
    assert_eq!(
        (got[1].header.as_c_str(), got[1].data.as_ref()),
        (c"Subject", None)
    );
    assert_eq!(counter.live_blocks(), 0);
    let a: ComPtr<IMimeEnumAddressTypes> = r.cast().expect("both interfaces");
    // Through the raw vtable: strings and thumbprints in task memory.
    let mut buf = value::TaskEntries::<value::AddressProps>::buffer(1).expect("small");
    let mut got: ULONG = 0;
    // SAFETY: a live object, one writable entry and a writable count.
    let hr = unsafe { (a.vtable().Next)(a.as_raw().cast(), 1, buf.as_mut_ptr(), &mut got) };
    assert_eq!((hr, got), (S_OK, 1));
    assert_eq!(buf[0].tbSigning.cbSize, 20);
    assert_eq!(counter.live_blocks(), 3, "two strings and a thumbprint");
    // SAFETY: filled in by the object with task memory.
    let read = unsafe { value::TaskEntries::<value::AddressProps>::adopt(&mut buf, got) };
    let read = read.expect("readable");
    assert_eq!(read[0].email.as_deref(), Some(c"anne@example.org"));
    assert_eq!(read[0].signing, vec![0xAB; 20]);
    assert_eq!(counter.live_blocks(), 0);
    let rest = a.next(3).expect("the rest");
    assert_eq!(rest.len(), 1);
    assert!(rest[0].signing.is_empty());
    assert_eq!(a.next(3), Ok(Vec::new()));
    // A hostile thumbprint (bytes counted at null) is refused by a reader,
    // and the entry's strings are still freed.
    let mut raw = [value::AddressProps::new("C", "c@example.org", IAT_CC)
        .to_raw_in(value::TaskAllocator::current())
        .expect("written")];
    raw[0].tbEncryption.cbSize = 16;
    // SAFETY: strings of the current task allocator; the thumbprint's null
    // pointer with a count is checked before any read.
    let read = unsafe { value::TaskEntries::<value::AddressProps>::adopt(&mut raw, 1) };
    assert_eq!(read, Err(value::ViewError::NullPointer));
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn objects_may_keep_the_mime_librarys_handles() {
    // A derived object must be Send + Sync (MAPI calls from any thread);
    // the handles it keeps are tokens, so they are too.
    fn shareable<T: Send + Sync>() {}
    shareable::<HCHARSET>();
    shareable::<HBODY>();
    shareable::<HADDRESS>();
    shareable::<HHEADERROW>();
    assert!(HCHARSET::default().is_null());
}

/// A MIME allocator that notes what each `Free*` call handed over; the
/// thunks have freed the task memory before it runs. Its `IMalloc` part
/// allocates nothing.
#[derive(ComObject)]
#[mapi(implements(IMimeAllocator))]
struct MimeAlloc {
    seen: Seen,
}

/// What the allocator object noted, in order.
type Seen = Arc<Mutex<Vec<String>>>;

impl IMallocImpl for MimeAlloc {
    fn alloc(&self, _cb: SIZE_T) -> Option<core::ptr::NonNull<core::ffi::c_void>> {
        None
    }
    unsafe fn realloc(
        &self,
        _pv: *mut core::ffi::c_void,
        _cb: SIZE_T,
    ) -> Option<core::ptr::NonNull<core::ffi::c_void>> {
        None
    }
    unsafe fn free(&self, pv: *mut core::ffi::c_void) {
        // SAFETY: the caller's contract: null or a block of task memory.
        unsafe { value::TaskAllocator::current().free(pv) }
    }
    unsafe fn get_size(&self, _pv: *mut core::ffi::c_void) -> SIZE_T {
        SIZE_T::MAX
    }
    unsafe fn did_alloc(&self, _pv: *mut core::ffi::c_void) -> i32 {
        -1
    }
    fn heap_minimize(&self) {}
}

impl MimeAlloc {
    fn note(&self, s: String) {
        self.seen.lock().expect("lock").push(s);
    }
}

impl IMimeAllocatorImpl for MimeAlloc {
    fn free_param_info_array(&self, params: Vec<value::MimeParam>) -> Result<(), Hresult> {
        let s: Vec<String> = params
            .iter()
            .map(|p| format!("{}={}", p.name.to_string_lossy(), p.data.to_string_lossy()))
            .collect();
        self.note(format!("params {}", s.join(";")));
        Ok(())
    }
    fn free_address_list(&self, list: Vec<value::AddressProps>) -> Result<(), Hresult> {
        let s: Vec<String> = list
            .iter()
            .map(|a| format!("{:?}/{}", a.email, a.signing.len()))
            .collect();
        self.note(format!("list {}", s.join(";")));
        Ok(())
    }
    fn free_address_props(&self, a: value::AddressProps) -> Result<(), Hresult> {
        self.note(format!("address {:?}", a.friendly));
        Ok(())
    }
    fn release_objects(&self, objects: Vec<Option<ComPtr<IUnknown>>>) -> Result<(), Hresult> {
        let live = objects.iter().filter(|o| o.is_some()).count();
        self.note(format!("objects {}/{live}", objects.len()));
        Ok(())
    }
    fn free_enum_header_row_array(&self, rows: Vec<value::HeaderRow>) -> Result<(), Hresult> {
        self.note(format!("rows {}", rows.len()));
        Ok(())
    }
    fn free_enum_property_array(&self, props: Vec<value::EnumProperty>) -> Result<(), Hresult> {
        self.note(format!("props {}", props.len()));
        Ok(())
    }
    fn free_thumbprint(&self, bytes: Vec<u8>) -> Result<(), Hresult> {
        if bytes.is_empty() {
            // The object's own refusal, after the thunk freed everything.
            return Err(Hresult(E_INVALIDARG));
        }
        self.note(format!("thumbprint {}", bytes.len()));
        Ok(())
    }
    fn prop_variant_clear(&self, v: value::PropVariant) -> Result<(), Hresult> {
        self.note(format!("variant {}", v.vartype()));
        Ok(())
    }
}

fn mime_alloc() -> (ComPtr<IMimeAllocator>, Seen) {
    let seen = Seen::default();
    let a: ComPtr<IMimeAllocator> = MimeAlloc { seen: seen.clone() }.into_com();
    (a, seen)
}

/// Takes what was noted so far.
fn taken(seen: &Seen) -> Vec<String> {
    core::mem::take(&mut *seen.lock().expect("lock"))
}

/// An object whose release is counted.
#[derive(ComObject)]
#[mapi(implements(IMimeWebDocument))]
struct Counted(Arc<AtomicU32>);

impl IMimeWebDocumentImpl for Counted {}

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn records_handed_to_the_mime_allocator_are_freed_by_its_thunks() {
    let counter = TaskCounter::install();
    let (a, noted) = mime_alloc();
    let params = [
        value::MimeParam::new("charset", "us-ascii"),
        value::MimeParam::new("name", "a.txt"),
    ];
    a.free_param_info_array(&params).expect("freed");
    let mut adr = value::AddressProps::new("Anne", "anne@example.org", IAT_TO);
    adr.signing = vec![0xAB; 20];
    a.free_address_list(&[adr.clone(), value::AddressProps::new("B", "b@x", IAT_CC)])
        .expect("freed");
    a.free_address_props(&adr).expect("freed");
    a.free_enum_property_array(&enum_items()).expect("freed");
    let row = value::HeaderRow {
        row: HHEADERROW::NULL,
        header: c"Subject".to_owned(),
        data: Some(c"hello".to_owned()),
    };
    a.free_enum_header_row_array(&[row]).expect("freed");
    a.free_thumbprint(&[1, 2, 3]).expect("freed");
    a.prop_variant_clear(&value::PropVariant::ansi("text/plain"))
        .expect("cleared");
    assert_eq!(
        counter.live_blocks(),
        0,
        "every block handed over was freed"
    );
    assert_eq!(
        taken(&noted),
        [
            "params charset=us-ascii;name=a.txt",
            "list Some(\"anne@example.org\")/20;Some(\"b@x\")/0",
            "address Some(\"Anne\")",
            "props 3",
            "rows 1",
            "thumbprint 3",
            "variant 30",
        ]
    );
    // The object's refusal comes through; the bytes were freed anyway.
    assert_eq!(a.free_thumbprint(&[]), Err(Hresult(E_INVALIDARG)));
    assert_eq!(a.free_param_info_array(&[]), Ok(()));
    assert_eq!(counter.live_blocks(), 0);
    // References handed over are released once.
    let drops = Arc::new(AtomicU32::new(0));
    let objects: Vec<ComPtr<IUnknown>> = (0..2)
        .map(|_| {
            let d: ComPtr<IMimeWebDocument> = Counted(drops.clone()).into_com();
            d.cast().expect("IUnknown")
        })
        .collect();
    a.release_objects(objects).expect("released");
    assert_eq!(drops.load(Ordering::SeqCst), 2);
    assert_eq!(taken(&noted), ["params ", "objects 2/2"]);
    assert_eq!(counter.live_blocks(), 0, "the array was freed");
}

#[test]
fn the_mime_allocator_thunks_check_what_a_raw_caller_hands_over() {
    let counter = TaskCounter::install();
    let (a, noted) = mime_alloc();
    let vtbl = a.vtable();
    let this = a.as_raw().cast();
    let task = value::TaskAllocator::current();
    let param = |n: &str, d: &str| {
        value::MimeParam::new(n, d)
            .to_raw_in(task)
            .expect("written")
    };
    // The caller's own array (`FALSE`): the strings are freed, the array
    // is left alone.
    let mut mine = [param("a", "1"), param("b", "2")];
    assert_eq!(counter.live_blocks(), 4);
    // SAFETY: a live object; two entries of the caller's, strings of the
    // task allocator.
    let hr = unsafe { (vtbl.FreeParamInfoArray)(this, 2, mine.as_mut_ptr(), 0) };
    assert_eq!((hr, counter.live_blocks()), (S_OK, 0));
    // An entry without a name is refused, and the other strings are still
    // freed; the object is not called.
    let mut bad = [param("a", "1"), param("b", "2")];
    // SAFETY: the name's block is freed here and the entry forgets it.
    unsafe { task.free(bad[1].pszName.cast()) };
    bad[1].pszName = core::ptr::null_mut();
    // SAFETY: as above.
    let hr = unsafe { (vtbl.FreeParamInfoArray)(this, 2, bad.as_mut_ptr(), 0) };
    assert_eq!((hr, counter.live_blocks()), (MAPI_E_INVALID_PARAMETER, 0));
    // A count at a null array, and a count beyond any array, are refused
    // before anything is read.
    // SAFETY: null is what is checked.
    let hr = unsafe { (vtbl.FreeParamInfoArray)(this, 3, core::ptr::null_mut(), 1) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    let mut one = [value::MimeParam::zeroed()];
    // SAFETY: the count is checked before the entries are looked at.
    let hr = unsafe { (vtbl.FreeEnumPropertyArray)(this, u32::MAX, one.as_mut_ptr().cast(), 0) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // An array of the library's own (`TRUE`): entries and array freed.
    let rows = value::TaskArray::new(&[value::HeaderRow {
        row: HHEADERROW::NULL,
        header: c"To".to_owned(),
        data: None,
    }])
    .expect("laid out");
    let n = rows.count();
    // SAFETY: an array of the task allocator with its entries' strings.
    let hr = unsafe { (vtbl.FreeEnumHeaderRowArray)(this, n, rows.into_raw(), 1) };
    assert_eq!((hr, counter.live_blocks()), (S_OK, 0));
    // One address: freed, and the caller's structure left zeroed.
    let mut adr = value::AddressProps::new("Anne", "anne@example.org", IAT_TO)
        .to_raw_in(task)
        .expect("written");
    // SAFETY: a record whose strings are blocks of the task allocator.
    let hr = unsafe { (vtbl.FreeAddressProps)(this, &mut adr) };
    assert_eq!((hr, counter.live_blocks()), (S_OK, 0));
    assert!(adr.pszEmail.is_null() && adr.dwProps == 0);
    // SAFETY: null is what is checked.
    let hr = unsafe { (vtbl.FreeAddressProps)(this, core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // A list counting addresses at a null array is refused, and left empty.
    let mut list = ADDRESSLIST {
        cAdrs: 3,
        prgAdr: core::ptr::null_mut(),
    };
    // SAFETY: the null array is checked before any entry is read.
    let hr = unsafe { (vtbl.FreeAddressList)(this, &mut list) };
    assert_eq!((hr, list.cAdrs), (MAPI_E_INVALID_PARAMETER, 0));
    // A thumbprint counting bytes at null is refused.
    let mut print = BLOB {
        cbSize: 16,
        pBlobData: core::ptr::null_mut(),
    };
    // SAFETY: the null data is checked before it is read.
    let hr = unsafe { (vtbl.FreeThumbprint)(this, &mut print) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // A PROPVARIANT is cleared as `PropVariantClear` does.
    let mut v = value::PropVariant::ansi("x")
        .to_task()
        .expect("laid out")
        .into_raw();
    assert_eq!(counter.live_blocks(), 1);
    // SAFETY: a value whose string is a block of the task allocator.
    let hr = unsafe { (vtbl.PropVariantClear)(this, &mut v) };
    assert_eq!((hr, v.vt, counter.live_blocks()), (S_OK, VT_EMPTY, 0));
    // References: null entries skipped, the others released once, the
    // array freed.
    let drops = Arc::new(AtomicU32::new(0));
    let d: ComPtr<IMimeWebDocument> = Counted(drops.clone()).into_com();
    let mut refs = [
        core::ptr::null_mut(),
        d.cast::<IUnknown>().expect("IUnknown").into_raw(),
    ];
    drop(d);
    // SAFETY: the caller's array (`FALSE`) of a null and one reference it
    // gives up.
    let hr = unsafe { (vtbl.ReleaseObjects)(this, 2, refs.as_mut_ptr(), 0) };
    assert_eq!((hr, drops.load(Ordering::SeqCst)), (S_OK, 1));
    assert_eq!(
        taken(&noted),
        [
            "params a=1;b=2",
            "rows 1",
            "address Some(\"Anne\")",
            "variant 30",
            "objects 2/1"
        ],
        "the object ran only for what was read"
    );
    assert_eq!(counter.live_blocks(), 0);
}

/// An address table: addresses in order, each handle its position + 1.
/// (Records hold handles, raw pointers that are not `Send`: the table keeps
/// their data.)
#[derive(ComObject)]
#[mapi(implements(IMimeAddressTable))]
struct Table {
    adrs: Mutex<Vec<Entry>>,
}

/// One address of a [`Table`].
#[derive(Clone)]
struct Entry {
    friendly: Option<std::ffi::CString>,
    email: Option<std::ffi::CString>,
    kind: u32,
    signing: Vec<u8>,
}

impl Entry {
    fn of(a: &value::AddressProps) -> Entry {
        Entry {
            friendly: a.friendly.clone(),
            email: a.email.clone(),
            kind: a.adr_type,
            signing: a.signing.clone(),
        }
    }

    /// The members `asked` names, with the handle of position `i`.
    fn described(&self, i: usize, asked: u32) -> value::AddressProps {
        let mut out = value::AddressProps::new("", "", self.kind);
        out.address = handle(i);
        out.friendly = self.friendly.clone().filter(|_| asked & IAP_FRIENDLY != 0);
        out.email = self.email.clone().filter(|_| asked & IAP_EMAIL != 0);
        if asked & IAP_SIGNING_PRINT != 0 {
            out.signing = self.signing.clone();
        }
        out.props = asked;
        out
    }
}

fn handle(i: usize) -> HADDRESS {
    HADDRESS((i + 1) as *const HADDRESS__)
}

impl Table {
    fn index(&self, h: HADDRESS) -> Result<usize, Hresult> {
        let n = self.adrs.lock().expect("lock").len();
        let i = (h.0 as usize).checked_sub(1).ok_or(Hresult(E_INVALIDARG))?;
        if i < n {
            Ok(i)
        } else {
            Err(Hresult(E_INVALIDARG))
        }
    }
}

impl IMimeAddressTableImpl for Table {
    fn append(
        &self,
        kind: MimeAddressTypes,
        _encoding: ENCODINGTYPE,
        friendly: StrRef<'_>,
        email: Option<StrRef<'_>>,
    ) -> Result<HADDRESS, Hresult> {
        let email = email
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        let a = value::AddressProps::new(&friendly.to_string_lossy(), &email, kind.bits());
        self.insert(&a)
    }

    fn insert(&self, a: &value::AddressProps) -> Result<HADDRESS, Hresult> {
        if a.email.is_none() {
            return Err(Hresult(E_INVALIDARG));
        }
        let mut adrs = self.adrs.lock().expect("lock");
        adrs.push(Entry::of(a));
        Ok(handle(adrs.len() - 1))
    }

    fn set_props(&self, h: HADDRESS, a: &value::AddressProps) -> Result<(), Hresult> {
        let i = self.index(h)?;
        self.adrs.lock().expect("lock")[i] = Entry::of(a);
        Ok(())
    }

    fn get_props(&self, h: HADDRESS, asked: u32) -> Result<value::AddressProps, Hresult> {
        let i = self.index(h)?;
        Ok(self.adrs.lock().expect("lock")[i].described(i, asked))
    }

    fn get_sender(&self, asked: u32) -> Result<value::AddressProps, Hresult> {
        let adrs = self.adrs.lock().expect("lock");
        let i = adrs
            .iter()
            .position(|a| a.kind == IAT_FROM)
            .ok_or(Hresult(E_FAIL))?;
        Ok(adrs[i].described(i, asked))
    }

    fn count_types(&self, kinds: MimeAddressTypes) -> Result<ULONG, Hresult> {
        let adrs = self.adrs.lock().expect("lock");
        Ok(adrs.iter().filter(|a| a.kind & kinds.bits() != 0).count() as ULONG)
    }

    fn get_types(
        &self,
        kinds: MimeAddressTypes,
        props: MimeAddressProps,
    ) -> Result<Vec<value::AddressProps>, Hresult> {
        let adrs = self.adrs.lock().expect("lock");
        Ok(adrs
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind & kinds.bits() != 0)
            .map(|(i, a)| a.described(i, props.bits()))
            .collect())
    }

    fn get_format(&self, kinds: MimeAddressTypes, _f: ADDRESSFORMAT) -> Result<String, Hresult> {
        let adrs = self.adrs.lock().expect("lock");
        let all: Vec<String> = adrs
            .iter()
            .filter(|a| a.kind & kinds.bits() != 0)
            .filter_map(|a| a.email.as_ref().map(|e| e.to_string_lossy().into_owned()))
            .collect();
        Ok(all.join(", "))
    }

    fn parse_rfc822(
        &self,
        kind: MimeAddressTypes,
        _encoding: ENCODINGTYPE,
        text: StrRef<'_>,
    ) -> Result<Vec<value::AddressProps>, Hresult> {
        Ok(text
            .to_string_lossy()
            .split(',')
            .map(|e| value::AddressProps::new("", e.trim(), kind.bits()))
            .collect())
    }
}

fn table() -> ComPtr<IMimeAddressTable> {
    Table {
        adrs: Mutex::new(Vec::new()),
    }
    .into_com()
}

#[test]
fn addresses_go_in_as_records_and_come_back_in_task_memory() {
    let counter = TaskCounter::install();
    let t = table();
    let from = t
        .append(
            MimeAddressTypes::FROM,
            IET_BINARY,
            "Anne",
            Some("anne@example.org"),
        )
        .expect("added");
    assert_eq!(from, handle(0));
    let mut bob = value::AddressProps::new("Bob", "bob@example.org", IAT_TO);
    bob.signing = vec![7; 20];
    assert_eq!(t.insert(&bob), Ok(handle(1)));
    assert_eq!(counter.live_blocks(), 0, "the lent record was freed");
    let mut nameless = bob.clone();
    nameless.email = None;
    assert_eq!(t.insert(&nameless), Err(Hresult(E_INVALIDARG)));
    assert_eq!(
        t.count_types(MimeAddressTypes::FROM | MimeAddressTypes::TO),
        Ok(2)
    );
    // One address, with the members asked for.
    let got = t
        .get_props(handle(1), IAP_EMAIL | IAP_SIGNING_PRINT)
        .expect("described");
    assert_eq!(
        (
            got.email.as_deref(),
            got.signing.len(),
            got.friendly.as_deref()
        ),
        (Some(c"bob@example.org"), 20, None)
    );
    assert_eq!(counter.live_blocks(), 0, "strings and thumbprint freed");
    let sender = t.get_sender(IAP_EMAIL).expect("a sender");
    assert_eq!(sender.email.as_deref(), Some(c"anne@example.org"));
    assert_eq!(
        t.get_props(handle(9), IAP_EMAIL),
        Err(Hresult(E_INVALIDARG))
    );
    // Lists.
    let all = t
        .get_types(
            MimeAddressTypes::FROM | MimeAddressTypes::TO,
            MimeAddressProps::EMAIL | MimeAddressProps::HANDLE,
        )
        .expect("listed");
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].address, handle(1));
    assert!(all[1].signing.is_empty(), "not asked for");
    let parsed = t
        .parse_rfc822(MimeAddressTypes::CC, IET_BINARY, "c@x, d@x")
        .expect("parsed");
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[1].email.as_deref(), Some(c"d@x"));
    assert_eq!(
        t.get_format(
            MimeAddressTypes::from_bits_retain(IAT_ALL),
            AFT_DISPLAY_EMAIL
        )
        .expect("written")
        .to_string_lossy(),
        "anne@example.org, bob@example.org"
    );
    t.set_props(handle(0), &value::AddressProps::new("A", "a@x", IAT_FROM))
        .expect("changed");
    assert_eq!(
        t.get_sender(IAP_EMAIL).expect("a sender").email.as_deref(),
        Some(c"a@x")
    );
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn the_address_table_thunks_check_what_a_raw_caller_passes() {
    let counter = TaskCounter::install();
    let t = table();
    let vtbl = t.vtable();
    let this = t.as_raw().cast();
    let mut anne = value::AddressProps::new("Anne", "anne@example.org", IAT_FROM);
    anne.signing = vec![1; 8];
    t.insert(&anne).expect("added");
    // GetProps: `dwProps` in, the address out in task memory, whatever the
    // caller's record held before.
    let mut adr = value::AddressProps::zeroed();
    adr.dwProps = IAP_EMAIL | IAP_SIGNING_PRINT;
    adr.pszFriendly = 1usize as LPSTR; // garbage the thunk must not read
    // SAFETY: a live object and a readable, writable record.
    let hr = unsafe { (vtbl.GetProps)(this, handle(0), &mut adr) };
    assert_eq!((hr, adr.tbSigning.cbSize), (S_OK, 8));
    assert_eq!(
        counter.live_blocks(),
        2,
        "the e-mail address and a thumbprint"
    );
    // SAFETY: filled in by the object with task memory.
    let read = unsafe { value::TaskOne::<value::AddressProps>::take(&mut adr) }.expect("read");
    assert_eq!(read.email.as_deref(), Some(c"anne@example.org"));
    assert_eq!(counter.live_blocks(), 0);
    // A failure leaves the record empty, nothing allocated.
    adr.dwProps = IAP_EMAIL;
    adr.pszEmail = 1usize as LPSTR;
    // SAFETY: as above.
    let hr = unsafe { (vtbl.GetProps)(this, handle(5), &mut adr) };
    assert_eq!(
        (hr, adr.pszEmail.is_null(), counter.live_blocks()),
        (E_INVALIDARG, true, 0)
    );
    // SAFETY: null is what is checked.
    let hr = unsafe { (vtbl.GetSender)(this, core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // GetTypes: the list is emptied first, then filled in.
    let mut list = ADDRESSLIST {
        cAdrs: 7,
        prgAdr: 1usize as LPADDRESSPROPS,
    };
    // SAFETY: a live object and a writable list.
    let hr = unsafe { (vtbl.GetTypes)(this, IAT_ALL, IAP_EMAIL, &mut list) };
    assert_eq!((hr, list.cAdrs), (S_OK, 1));
    assert_eq!(counter.live_blocks(), 2, "the array and one string");
    // SAFETY: filled in by the object with task memory.
    let read = unsafe { value::TaskArray::<value::AddressProps>::adopt_list(&mut list) };
    assert_eq!(read.expect("read").len(), 1);
    assert_eq!((list.cAdrs, counter.live_blocks()), (0, 0));
    // SAFETY: null is what is checked.
    let hr = unsafe { (vtbl.ParseRfc822)(this, IAT_TO, 0, c"a@x".as_ptr(), core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // Insert: a hostile record (a thumbprint counted at null) is refused
    // before the object runs.
    let mut bad = value::AddressProps::new("B", "b@x", IAT_TO)
        .to_raw_in(value::TaskAllocator::current())
        .expect("written");
    bad.tbEncryption.cbSize = 4;
    let mut h = HADDRESS::NULL;
    // SAFETY: a readable record whose null thumbprint is checked.
    let hr = unsafe { (vtbl.Insert)(this, &mut bad, &mut h) };
    assert_eq!((hr, h.is_null()), (MAPI_E_INVALID_PARAMETER, true));
    assert_eq!(
        t.count_types(MimeAddressTypes::from_bits_retain(IAT_ALL)),
        Ok(1)
    );
    bad.tbEncryption.cbSize = 0;
    // The caller's record stays the caller's; the handle is optional.
    // SAFETY: a readable record; a null handle pointer is allowed.
    let hr = unsafe { (vtbl.Insert)(this, &mut bad, core::ptr::null_mut()) };
    assert_eq!(hr, S_OK);
    assert_eq!(counter.live_blocks(), 2, "the caller's strings, not freed");
    // SAFETY: the caller's own blocks.
    unsafe { <value::AddressProps as TaskRecord>::free_in(value::TaskAllocator::current(), &bad) };
    assert_eq!(counter.live_blocks(), 0);
}

/// A header table: rows (name, value) in order, each handle its position
/// + 1; a search keeps the next position in `reserved`.
#[derive(ComObject)]
#[mapi(implements(IMimeHeaderTable))]
struct Headers {
    rows: Mutex<Vec<(String, Vec<u8>)>>,
}

fn row(i: usize) -> HHEADERROW {
    HHEADERROW((i + 1) as *const HHEADERROW__)
}

impl Headers {
    fn index(&self, h: HHEADERROW) -> Result<usize, Hresult> {
        let n = self.rows.lock().expect("lock").len();
        let i = (h.0 as usize).checked_sub(1).ok_or(Hresult(E_INVALIDARG))?;
        if i < n {
            Ok(i)
        } else {
            Err(Hresult(E_INVALIDARG))
        }
    }

    fn find(&self, f: &mut value::FindCursor<'_>) -> Result<HHEADERROW, Hresult> {
        let rows = self.rows.lock().expect("lock");
        let want = f.header.map(|h| h.to_string_lossy().into_owned());
        let start = f.reserved as usize;
        let i = (start..rows.len())
            .find(|&i| {
                want.as_ref()
                    .is_none_or(|w| rows[i].0.eq_ignore_ascii_case(w))
            })
            .ok_or(Hresult(E_FAIL))?;
        f.reserved = i as u32 + 1;
        Ok(row(i))
    }
}

impl IPersistImpl for Headers {}
impl IPersistStreamImpl for Headers {}

impl IMimeHeaderTableImpl for Headers {
    fn find_first_row(&self, f: &mut value::FindCursor<'_>) -> Result<HHEADERROW, Hresult> {
        f.reserved = 0;
        self.find(f)
    }

    fn find_next_row(&self, f: &mut value::FindCursor<'_>) -> Result<HHEADERROW, Hresult> {
        self.find(f)
    }

    fn count_rows(&self, header: Option<StrRef<'_>>) -> Result<ULONG, Hresult> {
        let rows = self.rows.lock().expect("lock");
        let want = header.map(|h| h.to_string_lossy().into_owned());
        Ok(rows
            .iter()
            .filter(|r| want.as_ref().is_none_or(|w| r.0.eq_ignore_ascii_case(w)))
            .count() as ULONG)
    }

    fn append_row(
        &self,
        header: Option<StrRef<'_>>,
        _flags: HEADERTABLEFLAGS,
        data: &[u8],
    ) -> Result<HHEADERROW, Hresult> {
        let name = header.ok_or(Hresult(E_INVALIDARG))?;
        let mut rows = self.rows.lock().expect("lock");
        rows.push((name.to_string_lossy().into_owned(), data.to_vec()));
        Ok(row(rows.len() - 1))
    }

    fn get_row_data(
        &self,
        h: HHEADERROW,
        flags: HEADERTABLEFLAGS,
    ) -> Result<(String, ULONG), Hresult> {
        let i = self.index(h)?;
        let (name, data) = self.rows.lock().expect("lock")[i].clone();
        let value = String::from_utf8_lossy(&data).into_owned();
        let text = if flags.contains(HEADERTABLEFLAGS::NAMEINDATA) {
            format!("{name}: {value}")
        } else {
            value
        };
        let n = text.len() as ULONG;
        Ok((text, n))
    }

    fn set_row_data(
        &self,
        h: HHEADERROW,
        _flags: HEADERTABLEFLAGS,
        data: &[u8],
    ) -> Result<(), Hresult> {
        let i = self.index(h)?;
        self.rows.lock().expect("lock")[i].1 = data.to_vec();
        Ok(())
    }

    fn get_row_info(&self, h: HHEADERROW, info: &mut HEADERROWINFO) -> Result<(), Hresult> {
        info.dwRowNumber = self.index(h)? as DWORD + 1;
        Ok(())
    }
}

fn headers() -> ComPtr<IMimeHeaderTable> {
    Headers {
        rows: Mutex::new(Vec::new()),
    }
    .into_com()
}

#[test]
fn a_header_table_is_searched_with_a_search_the_caller_keeps() {
    let counter = TaskCounter::install();
    let t = headers();
    for (name, value) in [
        ("Received", "from a"),
        ("Subject", "hi"),
        ("received", "from b"),
    ] {
        t.append_row(Some(name), HEADERTABLEFLAGS::default(), value.as_bytes())
            .expect("appended");
    }
    assert_eq!(
        t.append_row(None, HEADERTABLEFLAGS::NAMEINDATA, b"X: y"),
        Err(Hresult(E_INVALIDARG))
    );
    assert_eq!(t.count_rows(Some("RECEIVED")), Ok(2));
    assert_eq!(t.count_rows(None), Ok(3));
    let mut find = value::FindHeader::new(Some("Received"));
    find.reserved = 77; // FindFirstRow starts over whatever it holds
    assert_eq!(t.find_first_row(&mut find), Ok(row(0)));
    assert_eq!(find.reserved, 1, "the table's place came back");
    assert_eq!(t.find_next_row(&mut find), Ok(row(2)));
    assert_eq!(t.find_next_row(&mut find), Err(Hresult(E_FAIL)));
    let mut any = value::FindHeader::new(None);
    assert_eq!(t.find_first_row(&mut any), Ok(row(0)));
    assert_eq!(t.find_next_row(&mut any), Ok(row(1)));
    let (text, n) = t
        .get_row_data(row(1), HEADERTABLEFLAGS::NAMEINDATA)
        .expect("data");
    assert_eq!((text.to_string_lossy().as_str(), n), ("Subject: hi", 11));
    assert_eq!(counter.live_blocks(), 1, "the caller owns the value");
    drop(text);
    t.set_row_data(row(1), HEADERTABLEFLAGS::default(), b"bye")
        .expect("set");
    let (text, _) = t
        .get_row_data(row(1), HEADERTABLEFLAGS::default())
        .expect("data");
    assert_eq!(text.to_string_lossy(), "bye");
    drop(text);
    let mut info = HEADERROWINFO {
        dwRowNumber: 0,
        cboffStart: 0,
        cboffColon: 0,
        cboffEnd: 0,
    };
    t.get_row_info(row(2), &mut info).expect("info");
    assert_eq!(info.dwRowNumber, 3);
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn the_header_table_thunks_check_what_a_raw_caller_passes() {
    let _counter = TaskCounter::install();
    let t = headers();
    t.append_row(Some("To"), HEADERTABLEFLAGS::default(), b"a@x")
        .expect("appended");
    let vtbl = t.vtable();
    let this = t.as_raw().cast();
    let mut h = HHEADERROW::NULL;
    // SAFETY: null is what is checked.
    let hr = unsafe { (vtbl.FindFirstRow)(this, core::ptr::null_mut(), &mut h) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // The place the table keeps is written back into the caller's search.
    let mut find = FINDHEADER {
        pszHeader: c"to".as_ptr(),
        dwReserved: 0,
    };
    // SAFETY: a live object, a readable search with a NUL-terminated name.
    let hr = unsafe { (vtbl.FindFirstRow)(this, &mut find, &mut h) };
    assert_eq!((hr, h, find.dwReserved), (S_OK, row(0), 1));
    // SAFETY: as above.
    let hr = unsafe { (vtbl.FindNextRow)(this, &mut find, &mut h) };
    assert_eq!((hr, find.dwReserved), (E_FAIL, 1));
    // Unknown flags are refused before the object runs.
    let mut n: ULONG = 0;
    let mut data: LPSTR = core::ptr::null_mut();
    // SAFETY: a live object and writable out-pointers.
    let hr = unsafe { (vtbl.GetRowData)(this, row(0), 0x100, &mut data, &mut n) };
    assert_eq!((hr, data.is_null()), (MAPI_E_UNKNOWN_FLAGS, true));
    // Counted data at null is refused.
    // SAFETY: the null data with a count is checked before it is read.
    let hr = unsafe { (vtbl.SetRowData)(this, row(0), 0, core::ptr::null(), 4) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
}

/// One body: a display name, its data as an object it was given, where it
/// was loaded from, and its handle.
#[derive(ComObject)]
#[mapi(implements(IMimeBody))]
struct Body {
    name: Mutex<Option<String>>,
    data: Mutex<Option<(GUID, ComPtr<IUnknown>)>>,
    encoding: Mutex<ENCODINGTYPE>,
}

impl IPersistImpl for Body {}
impl IPersistStreamInitImpl for Body {}
impl IMimePropertySetImpl for Body {}

impl IMimeBodyImpl for Body {
    fn is_type_with_warning(&self, kind: IMSGBODYTYPE) -> Result<(Hresult, ()), Hresult> {
        let empty = self.data.lock().expect("lock").is_none();
        let yes = match kind {
            IBT_EMPTY => empty,
            IBT_ATTACHMENT => self.name.lock().expect("lock").is_some(),
            IBT_SECURE | IBT_CSETTAGGED | IBT_AUTOATTACH => false,
            _ => return Err(Hresult(E_INVALIDARG)),
        };
        Ok((Hresult(if yes { S_OK } else { S_FALSE }), ()))
    }

    fn set_display_name(&self, name: StrRef<'_>) -> Result<(), Hresult> {
        *self.name.lock().expect("lock") = Some(name.to_string_lossy().into_owned());
        Ok(())
    }

    fn get_display_name(&self) -> Result<String, Hresult> {
        let name = self.name.lock().expect("lock").clone();
        Ok(name.unwrap_or_else(|| "Untitled".into()))
    }

    fn get_offsets(&self) -> Result<BODYOFFSETS, Hresult> {
        Ok(BODYOFFSETS {
            cbBoundaryStart: 10,
            cbHeaderStart: 20,
            cbBodyStart: 60,
            cbBodyEnd: 90,
        })
    }

    fn get_current_encoding(&self) -> Result<ENCODINGTYPE, Hresult> {
        Ok(*self.encoding.lock().expect("lock"))
    }

    fn set_current_encoding(&self, e: ENCODINGTYPE) -> Result<(), Hresult> {
        if e >= IET_LAST {
            return Err(Hresult(E_INVALIDARG));
        }
        *self.encoding.lock().expect("lock") = e;
        Ok(())
    }

    fn set_data(
        &self,
        _e: ENCODINGTYPE,
        _pri: Option<StrRef<'_>>,
        _sub: Option<StrRef<'_>>,
        riid: &GUID,
        object: ComPtr<IUnknown>,
    ) -> Result<(), Hresult> {
        *self.data.lock().expect("lock") = Some((*riid, object));
        Ok(())
    }

    fn empty_data(&self) -> Result<(), Hresult> {
        *self.data.lock().expect("lock") = None;
        Ok(())
    }

    fn get_transmit_info(&self, info: &mut TRANSMITINFO) -> Result<(), Hresult> {
        info.ietXmitMime = IET_BASE64;
        info.cbSize = 30;
        info.cLines = 2;
        Ok(())
    }

    fn get_handle(&self) -> Result<HBODY, Hresult> {
        Ok(HBODY(7 as *const HBODY__))
    }
}

fn body() -> ComPtr<IMimeBody> {
    Body {
        name: Mutex::new(None),
        data: Mutex::new(None),
        encoding: Mutex::new(IET_BINARY),
    }
    .into_com()
}

#[test]
fn a_body_reports_its_kind_name_place_and_data() {
    let counter = TaskCounter::install();
    let b = body();
    assert_eq!(b.is_type_with_warning(IBT_EMPTY), Ok((Hresult(S_OK), ())));
    assert_eq!(
        b.is_type_with_warning(IBT_ATTACHMENT),
        Ok((Hresult(S_FALSE), ())),
        "S_FALSE answers no"
    );
    assert_eq!(b.is_type(99), Err(Hresult(E_INVALIDARG)));
    let name = b.get_display_name().expect("a name");
    assert_eq!(name.to_string_lossy(), "Untitled");
    assert_eq!(counter.live_blocks(), 1, "the caller owns the name");
    drop(name);
    b.set_display_name("report.pdf").expect("set");
    assert_eq!(
        b.get_display_name().expect("a name").to_string_lossy(),
        "report.pdf"
    );
    assert_eq!(b.is_type(IBT_ATTACHMENT), Ok(()));
    let offsets = b.get_offsets().expect("offsets");
    assert_eq!((offsets.cbHeaderStart, offsets.cbBodyEnd), (20, 90));
    b.set_current_encoding(IET_QP).expect("set");
    assert_eq!(b.get_current_encoding(), Ok(IET_QP));
    assert_eq!(b.set_current_encoding(IET_LAST), Err(Hresult(E_INVALIDARG)));
    let mut info = TRANSMITINFO {
        ietCurrent: IET_BINARY,
        ietXmitMime: IET_BINARY,
        ietXmit822: IET_BINARY,
        cbLongestLine: 0,
        cExtended: 0,
        ulPercentExt: 0,
        cbSize: 0,
        cLines: 0,
    };
    b.get_transmit_info(&mut info).expect("info");
    assert_eq!(
        (info.ietXmitMime, info.cbSize, info.cLines),
        (IET_BASE64, 30, 2)
    );
    assert_eq!(b.get_handle(), Ok(HBODY(7 as *const HBODY__)));
    // The data object is passed with its IID and kept by the body: one
    // reference of the body's, released when the data is emptied.
    let drops = Arc::new(AtomicU32::new(0));
    let doc: ComPtr<IMimeWebDocument> = Counted(drops.clone()).into_com();
    b.set_data(IET_BINARY, Some("text"), None, &doc)
        .expect("set");
    drop(doc);
    assert_eq!(drops.load(Ordering::SeqCst), 0, "the body keeps the object");
    assert_eq!(
        b.is_type_with_warning(IBT_EMPTY),
        Ok((Hresult(S_FALSE), ()))
    );
    b.empty_data().expect("emptied");
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn the_body_thunks_check_what_a_raw_caller_passes() {
    let b = body();
    let vtbl = b.vtable();
    let this = b.as_raw().cast();
    // SAFETY: null out-pointers are what is checked.
    unsafe {
        assert_eq!(
            (vtbl.GetOffsets)(this, core::ptr::null_mut()),
            MAPI_E_INVALID_PARAMETER
        );
        assert_eq!(
            (vtbl.GetHandle)(this, core::ptr::null_mut()),
            MAPI_E_INVALID_PARAMETER
        );
        assert_eq!(
            (vtbl.GetTransmitInfo)(this, core::ptr::null_mut()),
            MAPI_E_INVALID_PARAMETER
        );
    }
    // A null object, or a null IID, is refused before the body runs.
    let iid = <IUnknown as Interface>::IID;
    // SAFETY: a live object; the nulls are checked before use.
    unsafe {
        let hr = (vtbl.SetData)(
            this,
            IET_BINARY,
            core::ptr::null(),
            core::ptr::null(),
            &iid,
            core::ptr::null_mut(),
        );
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        let doc: ComPtr<IMimeWebDocument> = Counted(Arc::new(AtomicU32::new(0))).into_com();
        let hr = (vtbl.SetData)(
            this,
            IET_BINARY,
            core::ptr::null(),
            core::ptr::null(),
            core::ptr::null(),
            doc.as_raw().cast(),
        );
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    }
    assert_eq!(b.is_type(IBT_EMPTY), Ok(()), "nothing was set");
}

/// A flat tree: a root and its children, each body a content type; handles
/// are index + 1.
#[derive(ComObject)]
#[mapi(implements(IMimeMessageTree))]
struct Tree {
    bodies: Mutex<Vec<(String, String)>>,
}

fn hbody(i: usize) -> HBODY {
    HBODY((i + 1) as *const HBODY__)
}

impl Tree {
    fn index(&self, h: HBODY) -> Result<usize, Hresult> {
        let n = self.bodies.lock().expect("lock").len();
        let i = (h.0 as usize).checked_sub(1).ok_or(Hresult(E_INVALIDARG))?;
        if i < n {
            Ok(i)
        } else {
            Err(Hresult(E_INVALIDARG))
        }
    }

    fn find(&self, f: &mut value::FindBodyCursor<'_>) -> Result<HBODY, Hresult> {
        let bodies = self.bodies.lock().expect("lock");
        let pri = f.pri_type.map(|t| t.to_string_lossy().into_owned());
        let sub = f.sub_type.map(|t| t.to_string_lossy().into_owned());
        let i = (f.reserved as usize..bodies.len())
            .find(|&i| {
                pri.as_ref()
                    .is_none_or(|p| bodies[i].0.eq_ignore_ascii_case(p))
                    && sub
                        .as_ref()
                        .is_none_or(|s| bodies[i].1.eq_ignore_ascii_case(s))
            })
            .ok_or(Hresult(E_FAIL))?;
        f.reserved = i as u32 + 1;
        Ok(hbody(i))
    }
}

impl IPersistImpl for Tree {}
impl IPersistStreamInitImpl for Tree {}

impl IMimeMessageTreeImpl for Tree {
    fn get_flags(&self) -> Result<IMSGFLAGS, Hresult> {
        let bodies = self.bodies.lock().expect("lock");
        let mut flags = IMSGFLAGS::MIME;
        if bodies.len() > 1 {
            flags |= IMSGFLAGS::MULTIPART;
        }
        if bodies.iter().any(|b| b.0 == "text" && b.1 == "html") {
            flags |= IMSGFLAGS::HTML;
        }
        Ok(flags)
    }

    fn insert_body(&self, location: BODYLOCATION, pivot: HBODY) -> Result<HBODY, Hresult> {
        let mut bodies = self.bodies.lock().expect("lock");
        match location {
            IBL_ROOT if bodies.is_empty() && pivot.is_null() => {}
            IBL_LAST if (pivot.0 as usize) == 1 => {}
            _ => return Err(Hresult(E_INVALIDARG)),
        }
        bodies.push(("text".into(), "plain".into()));
        Ok(hbody(bodies.len() - 1))
    }

    fn delete_body(&self, h: HBODY, flags: MimeDeleteBodyFlags) -> Result<(), Hresult> {
        let i = self.index(h)?;
        let mut bodies = self.bodies.lock().expect("lock");
        if flags.contains(MimeDeleteBodyFlags::CHILDREN_ONLY) {
            bodies.truncate(i + 1);
        } else {
            bodies.remove(i);
        }
        Ok(())
    }

    fn count_bodies(&self, parent: HBODY, _recurse: u8) -> Result<ULONG, Hresult> {
        let n = self.bodies.lock().expect("lock").len();
        Ok(if parent.is_null() {
            n
        } else {
            n.saturating_sub(1)
        } as ULONG)
    }

    fn find_first(&self, f: &mut value::FindBodyCursor<'_>) -> Result<HBODY, Hresult> {
        f.reserved = 0;
        self.find(f)
    }

    fn find_next(&self, f: &mut value::FindBodyCursor<'_>) -> Result<HBODY, Hresult> {
        self.find(f)
    }

    fn set_body_prop(
        &self,
        h: HBODY,
        name: StrRef<'_>,
        _flags: MimePropDataFlags,
        value: &value::PropVariantRef<'_>,
    ) -> Result<(), Hresult> {
        let i = self.index(h)?;
        if !name.to_string_lossy().eq_ignore_ascii_case("att:sub-type") {
            return Err(Hresult(E_INVALIDARG));
        }
        let value::PropVariantRef::Ansi(sub) = value else {
            return Err(Hresult(E_INVALIDARG));
        };
        self.bodies.lock().expect("lock")[i].1 = sub.to_string_lossy().into_owned();
        Ok(())
    }

    fn is_content_type_with_warning(
        &self,
        h: HBODY,
        pri: Option<StrRef<'_>>,
        sub: Option<StrRef<'_>>,
    ) -> Result<(Hresult, ()), Hresult> {
        let i = self.index(h)?;
        let bodies = self.bodies.lock().expect("lock");
        let is = |want: Option<StrRef<'_>>, have: &str| {
            want.is_none_or(|w| w.to_string_lossy().eq_ignore_ascii_case(have))
        };
        let yes = is(pri, &bodies[i].0) && is(sub, &bodies[i].1);
        Ok((Hresult(if yes { S_OK } else { S_FALSE }), ()))
    }
}

fn tree() -> ComPtr<IMimeMessageTree> {
    Tree {
        bodies: Mutex::new(Vec::new()),
    }
    .into_com()
}

#[test]
fn a_message_tree_is_searched_with_a_search_the_caller_keeps() {
    let counter = TaskCounter::install();
    let t = tree();
    let root = t.insert_body(IBL_ROOT, HBODY::NULL).expect("root");
    assert_eq!(root, hbody(0));
    let plain = t.insert_body(IBL_LAST, root).expect("child");
    let html = t.insert_body(IBL_LAST, root).expect("child");
    assert_eq!(
        t.insert_body(IBL_NEXT, html),
        Err(Hresult(E_INVALIDARG)),
        "the tree's own refusal comes through"
    );
    t.set_body_prop(
        html,
        "att:sub-type",
        MimePropDataFlags::default(),
        &value::PropVariant::ansi("html"),
    )
    .expect("set");
    assert_eq!(
        t.get_flags(),
        Ok(IMSGFLAGS::MIME | IMSGFLAGS::MULTIPART | IMSGFLAGS::HTML)
    );
    assert_eq!(t.count_bodies(HBODY::NULL, 1), Ok(3));
    assert_eq!(
        t.is_content_type_with_warning(html, Some("text"), Some("plain")),
        Ok((Hresult(S_FALSE), ()))
    );
    assert_eq!(t.is_content_type(html, None, Some("HTML")), Ok(()));
    // Every text body, one after the other, the place kept in the search.
    let mut find = value::FindBody::new(Some("text"), None);
    find.reserved = 9; // FindFirst starts over whatever it holds
    assert_eq!(t.find_first(&mut find), Ok(root));
    assert_eq!(find.reserved, 1, "the tree's place came back");
    assert_eq!(t.find_next(&mut find), Ok(plain));
    assert_eq!(t.find_next(&mut find), Ok(html));
    assert_eq!(t.find_next(&mut find), Err(Hresult(E_FAIL)));
    let mut html_only = value::FindBody::new(None, Some("html"));
    assert_eq!(t.find_first(&mut html_only), Ok(html));
    t.delete_body(root, MimeDeleteBodyFlags::CHILDREN_ONLY)
        .expect("deleted");
    assert_eq!(t.count_bodies(HBODY::NULL, 1), Ok(1));
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn the_message_tree_thunks_check_what_a_raw_caller_passes() {
    let t = tree();
    let root = t.insert_body(IBL_ROOT, HBODY::NULL).expect("root");
    t.insert_body(IBL_LAST, root).expect("child");
    let vtbl = t.vtable();
    let this = t.as_raw().cast();
    let mut h = HBODY::NULL;
    // SAFETY: null is what is checked.
    let hr = unsafe { (vtbl.FindFirst)(this, core::ptr::null_mut(), &mut h) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // The place the tree keeps is written back into the caller's search;
    // its strings are only read.
    let mut find = FINDBODY {
        pszPriType: core::ptr::null_mut(),
        pszSubType: c"PLAIN".as_ptr().cast_mut(),
        dwReserved: 0,
    };
    // SAFETY: a live object, a readable search with NUL-terminated strings.
    let hr = unsafe { (vtbl.FindFirst)(this, &mut find, &mut h) };
    assert_eq!((hr, h, find.dwReserved), (S_OK, root, 1));
    // SAFETY: as above.
    let hr = unsafe { (vtbl.FindNext)(this, &mut find, &mut h) };
    assert_eq!((hr, h, find.dwReserved), (S_OK, hbody(1), 2));
    // SAFETY: as above.
    let hr = unsafe { (vtbl.FindNext)(this, &mut find, &mut h) };
    assert_eq!(
        (hr, find.dwReserved),
        (E_FAIL, 2),
        "a failed call leaves the place"
    );
    // Both exclusive delete flags at once, or an unknown one, are refused
    // before the tree runs.
    // SAFETY: a live object; only values are passed.
    unsafe {
        let both = DELETE_PROMOTE_CHILDREN | DELETE_CHILDREN_ONLY;
        assert_eq!(
            (vtbl.DeleteBody)(this, root, both),
            MAPI_E_INVALID_PARAMETER
        );
        assert_eq!((vtbl.DeleteBody)(this, root, 0x100), MAPI_E_UNKNOWN_FLAGS);
    }
    assert_eq!(t.count_bodies(HBODY::NULL, 1), Ok(2), "nothing was deleted");
    let mut flags: DWORD = 0;
    // SAFETY: a live object and a writable out-pointer.
    let hr = unsafe { (vtbl.GetFlags)(this, &mut flags) };
    assert_eq!((hr, flags), (S_OK, IMF_MIME | IMF_MULTIPART));
}

/// A message with a plain and an HTML text body and attachments, each a
/// handle; split into parts it gives a parts object of copies of itself.
#[derive(ComObject)]
#[mapi(implements(IMimeMessage))]
struct Message {
    attachments: Mutex<Vec<HBODY>>,
    texts: Mutex<Vec<(MimeTextTypes, HBODY)>>,
}

impl IPersistImpl for Message {}
impl IPersistStreamInitImpl for Message {}
impl IMimeMessageTreeImpl for Message {}

impl IMimeMessageImpl for Message {
    fn set_text_body(
        &self,
        kind: MimeTextTypes,
        _e: ENCODINGTYPE,
        _alternative: HBODY,
        _text: ComPtr<IStream>,
    ) -> Result<HBODY, Hresult> {
        let mut texts = self.texts.lock().expect("lock");
        let h = HBODY((100 + texts.len()) as *const HBODY__);
        texts.push((kind, h));
        Ok(h)
    }

    fn attach_file(
        &self,
        path: StrRef<'_>,
        _data: Option<ComPtr<IStream>>,
    ) -> Result<HBODY, Hresult> {
        if path.to_string_lossy().is_empty() {
            return Err(Hresult(E_INVALIDARG));
        }
        let mut a = self.attachments.lock().expect("lock");
        let h = HBODY((200 + a.len()) as *const HBODY__);
        a.push(h);
        Ok(h)
    }

    fn get_attachments(&self) -> Result<Vec<HBODY>, Hresult> {
        Ok(self.attachments.lock().expect("lock").clone())
    }

    fn split_message(&self, max: ULONG) -> Result<ComPtr<IMimeMessageParts>, Hresult> {
        if max == 0 {
            return Err(Hresult(E_INVALIDARG));
        }
        Ok(Parts {
            parts: Mutex::new(Vec::new()),
        }
        .into_com())
    }
}

/// The parts of a split message, enumerated through a snapshot.
#[derive(ComObject)]
#[mapi(implements(IMimeMessageParts))]
struct Parts {
    parts: Mutex<Vec<ComPtr<IMimeMessage>>>,
}

impl IMimeMessagePartsImpl for Parts {
    fn add_part(&self, m: ComPtr<IMimeMessage>) -> Result<(), Hresult> {
        self.parts.lock().expect("lock").push(m);
        Ok(())
    }

    fn count_parts(&self) -> Result<ULONG, Hresult> {
        Ok(self.parts.lock().expect("lock").len() as ULONG)
    }

    fn enum_parts(&self) -> Result<ComPtr<IMimeEnumMessageParts>, Hresult> {
        Ok(PartsEnum {
            parts: self.parts.lock().expect("lock").clone(),
            at: Mutex::new(0),
        }
        .into_com())
    }
}

#[derive(ComObject)]
#[mapi(implements(IMimeEnumMessageParts))]
struct PartsEnum {
    parts: Vec<ComPtr<IMimeMessage>>,
    at: Mutex<usize>,
}

impl IMimeEnumMessagePartsImpl for PartsEnum {
    fn next(&self, n: ULONG) -> Result<Vec<ComPtr<IMimeMessage>>, Hresult> {
        let mut at = self.at.lock().expect("lock");
        let got: Vec<_> = self
            .parts
            .iter()
            .skip(*at)
            .take(n as usize)
            .cloned()
            .collect();
        *at += got.len();
        Ok(got)
    }
}

fn message() -> ComPtr<IMimeMessage> {
    Message {
        attachments: Mutex::new(Vec::new()),
        texts: Mutex::new(Vec::new()),
    }
    .into_com()
}

#[test]
fn a_message_lists_its_attachments_in_task_memory() {
    let counter = TaskCounter::install();
    let m = message();
    assert_eq!(m.get_attachments(), Ok(Vec::new()), "none, and no array");
    let a = m.attach_file("a.txt", None).expect("attached");
    let b = m.attach_file("b.png", None).expect("attached");
    assert_eq!(m.attach_file("", None), Err(Hresult(E_INVALIDARG)));
    assert_eq!(m.get_attachments(), Ok(vec![a, b]));
    assert_eq!(counter.live_blocks(), 0, "the array was freed once read");
    let plain = m
        .set_text_body(MimeTextTypes::PLAIN, IET_BINARY, HBODY::NULL, &stream())
        .expect("set");
    assert_eq!(plain, HBODY(100 as *const HBODY__));
    // Split into parts; the parts come back through the enumerator, one
    // reference each.
    assert_eq!(m.split_message(0).map(|_| ()), Err(Hresult(E_INVALIDARG)));
    let parts = m.split_message(1000).expect("parts");
    parts.add_part(&m).expect("added");
    parts.add_part(&message()).expect("added");
    assert_eq!(parts.count_parts(), Ok(2));
    let e = parts.enum_parts().expect("enumerator");
    let got = e.next(5).expect("next");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].as_raw(), m.as_raw(), "the same object");
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn the_message_thunks_check_what_a_raw_caller_passes() {
    let counter = TaskCounter::install();
    let m = message();
    m.attach_file("a.txt", None).expect("attached");
    let vtbl = m.vtable();
    let this = m.as_raw().cast();
    let mut n: ULONG = 9;
    let mut arr: *mut HBODY = core::ptr::null_mut();
    // SAFETY: null out-pointers are what is checked.
    unsafe {
        assert_eq!(
            (vtbl.GetAttachments)(this, core::ptr::null_mut(), &mut arr),
            MAPI_E_INVALID_PARAMETER
        );
        assert_eq!(
            (vtbl.GetAttachments)(this, &mut n, core::ptr::null_mut()),
            MAPI_E_INVALID_PARAMETER
        );
    }
    assert_eq!(
        (n, arr.is_null()),
        (0, true),
        "what could be written was cleared, as COM asks of a failed call"
    );
    // The array is one task block the caller owns.
    // SAFETY: a live object and writable out-pointers.
    let hr = unsafe { (vtbl.GetAttachments)(this, &mut n, &mut arr) };
    assert_eq!((hr, n, counter.live_blocks()), (S_OK, 1, 1));
    // SAFETY: the object's array of `n` handles in task memory, owned here.
    let read = unsafe { value::TaskArray::<HBODY>::adopt(n, arr) };
    assert_eq!(read, Ok(vec![HBODY(200 as *const HBODY__)]));
    assert_eq!(counter.live_blocks(), 0);
    // A hostile answer (a count at a null array) is refused by the reader.
    // SAFETY: null is what is checked.
    let read = unsafe { value::TaskArray::<HBODY>::adopt(3, core::ptr::null_mut()) };
    assert_eq!(read, Err(value::ViewError::NullPointer));
    // A text body is exactly one of TXT_PLAIN and TXT_HTML.
    let s = stream();
    let mut h = HBODY::NULL;
    // SAFETY: a live object; the flags are checked before the stream is used.
    unsafe {
        for bad in [0, TXT_PLAIN | TXT_HTML] {
            let hr = (vtbl.SetTextBody)(
                this,
                bad,
                IET_BINARY,
                HBODY::NULL,
                s.as_raw().cast(),
                &mut h,
            );
            assert_eq!(hr, MAPI_E_INVALID_PARAMETER, "flags {bad:#x}");
        }
        let hr = (vtbl.SetTextBody)(
            this,
            0x10,
            IET_BINARY,
            HBODY::NULL,
            s.as_raw().cast(),
            &mut h,
        );
        assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
        let hr = (vtbl.SetTextBody)(
            this,
            TXT_HTML,
            IET_BINARY,
            HBODY::NULL,
            s.as_raw().cast(),
            &mut h,
        );
        assert_eq!((hr, h), (S_OK, HBODY(100 as *const HBODY__)));
    }
}

/// A stream that holds nothing: text bodies are only passed on here.
#[derive(ComObject)]
#[mapi(implements(IStream))]
struct NoStream;

impl ISequentialStreamImpl for NoStream {}
impl IStreamImpl for NoStream {}

fn stream() -> ComPtr<IStream> {
    NoStream.into_com()
}

/// A document that saves itself as a message's text bodies.
#[derive(ComObject)]
#[mapi(implements(IPersistMime))]
struct Doc {
    saved: Mutex<Vec<MimePersistSaveFlags>>,
}

impl IPersistImpl for Doc {}

impl IPersistMimeImpl for Doc {
    fn save(&self, msg: ComPtr<IMimeMessage>, flags: MimePersistSaveFlags) -> Result<(), Hresult> {
        let s = stream();
        if flags.contains(MimePersistSaveFlags::HTML) {
            msg.set_text_body(MimeTextTypes::HTML, IET_BINARY, HBODY::NULL, &s)?;
        }
        if flags.contains(MimePersistSaveFlags::TEXT) {
            msg.set_text_body(MimeTextTypes::PLAIN, IET_BINARY, HBODY::NULL, &s)?;
        }
        self.saved.lock().expect("lock").push(flags);
        Ok(())
    }
}

#[test]
fn a_document_saves_itself_into_a_message() {
    let d: ComPtr<IPersistMime> = Doc {
        saved: Mutex::new(Vec::new()),
    }
    .into_com();
    let m = message();
    d.save(&m, MimePersistSaveFlags::HTML | MimePersistSaveFlags::TEXT)
        .expect("saved");
    // Both text bodies went into the message, HTML first.
    let h = m
        .set_text_body(MimeTextTypes::PLAIN, IET_BINARY, HBODY::NULL, &stream())
        .expect("set");
    assert_eq!(h, HBODY(102 as *const HBODY__));
    let vtbl = d.vtable();
    // SAFETY: a live object and message; the flags are checked first.
    let hr = unsafe { (vtbl.Save)(d.as_raw().cast(), m.as_raw().cast(), 0x4) };
    assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
    // SAFETY: a null message is checked before the object runs.
    let hr = unsafe { (vtbl.Load)(d.as_raw().cast(), core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
}

#[test]
fn the_root_body_handle_is_minus_one() {
    // mimeole.h: `#define HBODY_ROOT ((HBODY)-1)`.
    assert_eq!(HBODY_ROOT.0 as usize, usize::MAX);
    assert!(!HBODY_ROOT.is_null());
}

/// Stand-ins for CryptoAPI's certificates and store: only their addresses
/// cross, as a real `CERT_CONTEXT` pointer would.
static CERTS: [u8; 3] = [0; 3];
static STORE: u8 = 0;

fn cert(i: usize) -> PCX509CERT {
    PCX509CERT(core::ptr::from_ref(&CERTS[i]).cast())
}

fn store() -> HCAPICERTSTORE {
    HCAPICERTSTORE(core::ptr::from_ref(&STORE).cast_mut().cast())
}

/// An S/MIME object over three certificates: 0 signs, 1 encrypts, 2 does
/// both. It records what it was asked to encode and decode.
#[derive(ComObject)]
#[mapi(implements(IMimeSecurity))]
struct Security {
    ready: std::sync::atomic::AtomicBool,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Security {
    fn note(&self, what: String) {
        self.seen.lock().expect("lock").push(what);
    }

    fn index(&self, c: PCX509CERT) -> Result<usize, Hresult> {
        (0..CERTS.len())
            .find(|&i| cert(i) == c)
            .ok_or(Hresult(E_INVALIDARG))
    }
}

impl IMimeSecurityImpl for Security {
    fn init_new(&self) -> Result<(), Hresult> {
        self.ready.store(true, Ordering::SeqCst);
        Ok(())
    }

    fn check_init(&self) -> Result<(), Hresult> {
        if self.ready.load(Ordering::SeqCst) {
            Ok(())
        } else {
            Err(Hresult(E_FAIL))
        }
    }

    fn encode_message(
        &self,
        tree: ComPtr<IMimeMessageTree>,
        flags: MimeSecurityFlags,
    ) -> Result<(), Hresult> {
        drop(tree);
        self.note(format!("encode {:#x}", flags.bits()));
        Ok(())
    }

    fn encode_body(
        &self,
        tree: ComPtr<IMimeMessageTree>,
        root: HBODY,
        flags: MimeSecurityBodyFlags,
    ) -> Result<(), Hresult> {
        drop(tree);
        self.note(format!("encode {:?} {:#x}", root.0, flags.bits()));
        Ok(())
    }

    fn decode_message(
        &self,
        tree: ComPtr<IMimeMessageTree>,
        flags: MimeSecurityFlags,
    ) -> Result<(), Hresult> {
        drop(tree);
        self.note(format!("decode {:#x}", flags.bits()));
        Ok(())
    }

    fn decode_body(
        &self,
        tree: ComPtr<IMimeMessageTree>,
        root: HBODY,
        flags: MimeSecurityBodyFlags,
    ) -> Result<(), Hresult> {
        drop(tree);
        self.note(format!("decode {:?} {:#x}", root.0, flags.bits()));
        Ok(())
    }

    fn enum_certificates(
        &self,
        hc: HCAPICERTSTORE,
        usage: MimeCertUsage,
        prev: PCX509CERT,
    ) -> Result<PCX509CERT, Hresult> {
        if hc != store() {
            return Err(Hresult(E_INVALIDARG));
        }
        let from = if prev.is_null() {
            0
        } else {
            self.index(prev)? + 1
        };
        let fits = |i: usize| match i {
            0 => !usage.contains(MimeCertUsage::ENCRYPTION),
            1 => !usage.contains(MimeCertUsage::SIGNING),
            _ => true,
        };
        (from..CERTS.len())
            .find(|&i| fits(i))
            .map(cert)
            .ok_or(Hresult(MAPI_E_NOT_FOUND))
    }

    fn get_certificate_name(&self, c: PCX509CERT, cn: CERTNAMETYPE) -> Result<String, Hresult> {
        let i = self.index(c)?;
        match cn {
            SIMPLE => Ok(format!("Signer {i}")),
            X500 => Ok(format!("CN=Signer {i}, O=Example")),
            _ => Err(Hresult(MAPI_E_NOT_FOUND)),
        }
    }

    fn get_message_type(
        &self,
        _parent: HWND,
        body: ComPtr<IMimeBody>,
    ) -> Result<MimeSecurityType, Hresult> {
        drop(body);
        Ok(MimeSecurityType::THIS_SIGN
            | MimeSecurityType::BLOB_FLAG
            | MimeSecurityType::RECEIPT_REQUEST)
    }

    fn get_cert_data(&self, c: PCX509CERT, id: CERTDATAID) -> Result<value::PropVariant, Hresult> {
        let i = self.index(c)?;
        if id != CDID_EMAIL {
            return Err(Hresult(E_INVALIDARG));
        }
        Ok(value::PropVariant::ansi(&format!("signer{i}@example.org")))
    }
}

/// The object, with what it records.
fn security() -> (ComPtr<IMimeSecurity>, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = Security {
        ready: false.into(),
        seen: seen.clone(),
    }
    .into_com();
    (s, seen)
}

#[test]
fn smime_encodes_with_checked_flags_and_lists_certificates_it_does_not_own() {
    let counter = TaskCounter::install();
    let (s, seen) = security();
    assert_eq!(s.check_init(), Err(Hresult(E_FAIL)), "not yet initialised");
    s.init_new().expect("initialised");
    s.check_init().expect("initialised now");
    let t = tree();
    s.encode_message(
        &t,
        MimeSecurityFlags::SENDERSCERTPROVIDED | MimeSecurityFlags::NOUI,
    )
    .expect("encoded");
    s.decode_body(
        &t,
        hbody(0),
        MimeSecurityBodyFlags::EBF_RECURSE | MimeSecurityBodyFlags::SEF_NOUI,
    )
    .expect("decoded");
    assert_eq!(
        *seen.lock().expect("lock"),
        ["encode 0x6", "decode 0x1 0x10004"],
        "the object got the flags as given"
    );
    // Certificates are CryptoAPI's: the caller gets back the very pointer
    // the object handed out, and nothing is allocated for it.
    let mut signing = Vec::new();
    let mut prev = PCX509CERT::NULL;
    while let Ok(c) = s.enum_certificates(store(), MimeCertUsage::SIGNING, prev) {
        signing.push(c);
        prev = c;
    }
    assert_eq!(signing, [cert(0), cert(2)]);
    assert_eq!(
        s.enum_certificates(store(), MimeCertUsage::empty(), PCX509CERT::NULL),
        Ok(cert(0)),
        "no usage: any certificate"
    );
    assert_eq!(
        s.enum_certificates(
            HCAPICERTSTORE::NULL,
            MimeCertUsage::empty(),
            PCX509CERT::NULL
        ),
        Err(Hresult(E_INVALIDARG))
    );
    assert_eq!(counter.live_blocks(), 0);
    // The name is the caller's, in task memory, freed on drop.
    let name = s.get_certificate_name(cert(2), X500).expect("a name");
    assert_eq!(name.to_string_lossy(), "CN=Signer 2, O=Example");
    assert_eq!(counter.live_blocks(), 1, "the caller owns the name");
    drop(name);
    assert_eq!(counter.live_blocks(), 0);
    assert_eq!(
        s.get_certificate_name(cert(2), OID).map(|_| ()),
        Err(Hresult(MAPI_E_NOT_FOUND))
    );
    assert_eq!(
        s.get_cert_data(cert(1), CDID_EMAIL),
        Ok(value::PropVariant::ansi("signer1@example.org"))
    );
    assert_eq!(counter.live_blocks(), 0, "the returned value was cleared");
    assert_eq!(
        s.get_message_type(HWND::NULL, &body()),
        Ok(MimeSecurityType::THIS_SIGN
            | MimeSecurityType::BLOB_FLAG
            | MimeSecurityType::RECEIPT_REQUEST)
    );
}

#[test]
fn the_smime_thunks_check_what_a_raw_caller_passes() {
    let counter = TaskCounter::install();
    let (s, seen) = security();
    let vtbl = s.vtable();
    let this = s.as_raw().cast();
    let t = tree();
    let tree_raw = t.as_raw().cast();
    // SAFETY: a live object and tree; the flags are checked first.
    unsafe {
        // A body flag is not a message flag; SEF_NOUI (0x4) is.
        let hr = (vtbl.EncodeMessage)(this, tree_raw, EBF_RECURSE);
        assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
        let hr = (vtbl.DecodeMessage)(this, tree_raw, 0x8);
        assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
        let hr = (vtbl.EncodeBody)(this, tree_raw, hbody(1), 0x0004_0000);
        assert_eq!(hr, MAPI_E_UNKNOWN_FLAGS);
        let hr = (vtbl.EncodeMessage)(this, core::ptr::null_mut(), 0);
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER, "the tree is required");
        assert!(
            seen.lock().expect("lock").is_empty(),
            "the object never ran"
        );
        let hr = (vtbl.EncodeBody)(this, tree_raw, hbody(1), EBF_RECURSE | SEF_NOUI);
        assert_eq!(hr, S_OK);
        let hr = (vtbl.EncodeMessage)(this, tree_raw, SEF_NOUI);
        assert_eq!(hr, S_OK);
    }
    assert_eq!(
        *seen.lock().expect("lock"),
        ["encode 0x2 0x10004", "encode 0x4"]
    );
    // SAFETY: a live object; the null out-pointers and the unknown usage bit
    // are what is checked.
    unsafe {
        let hr = (vtbl.EnumCertificates)(
            this,
            store(),
            ITT_SIGNING,
            PCX509CERT::NULL,
            core::ptr::null_mut(),
        );
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        let mut c = PCX509CERT::NULL;
        let hr = (vtbl.EnumCertificates)(this, store(), 0x4, PCX509CERT::NULL, &mut c);
        assert_eq!((hr, c), (MAPI_E_UNKNOWN_FLAGS, PCX509CERT::NULL));
        let hr = (vtbl.EnumCertificates)(this, store(), ITT_ENCRYPTION, cert(0), &mut c);
        assert_eq!((hr, c), (S_OK, cert(1)));
        let hr = (vtbl.GetCertificateName)(this, cert(0), SIMPLE, core::ptr::null_mut());
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        let hr = (vtbl.GetMessageType)(
            this,
            HWND::NULL,
            body().as_raw().cast(),
            core::ptr::null_mut(),
        );
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        let mut kind: DWORD = 0;
        let hr = (vtbl.GetMessageType)(this, HWND::NULL, core::ptr::null_mut(), &mut kind);
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER, "the body is required");
        let b = body();
        let hr = (vtbl.GetMessageType)(this, HWND::NULL, b.as_raw().cast(), &mut kind);
        assert_eq!((hr, kind), (S_OK, MST_THIS_BLOBSIGN | MST_RECEIPT_REQUEST));
        let hr = (vtbl.GetCertData)(this, cert(0), CDID_EMAIL, core::ptr::null_mut());
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    }
    // A raw caller frees the name with the task allocator.
    let mut out: LPSTR = core::ptr::null_mut();
    // SAFETY: a live object and a writable out-pointer.
    let hr = unsafe { (vtbl.GetCertificateName)(this, cert(1), SIMPLE, &mut out) };
    assert_eq!((hr, counter.live_blocks()), (S_OK, 1));
    // SAFETY: the object stored an 8-bit string of the task allocator.
    let name = unsafe { TaskStr::from_raw(out.cast(), false) }.expect("readable");
    assert_eq!(name.expect("non-null").to_string_lossy(), "Signer 1");
    // And clears the value it asked for.
    let mut v = value::PropVariant::Empty
        .to_task()
        .expect("nothing to allocate")
        .into_raw();
    // SAFETY: a live object and a writable PROPVARIANT.
    let hr = unsafe { (vtbl.GetCertData)(this, cert(2), CDID_EMAIL, &mut v) };
    assert_eq!((hr, v.vt, counter.live_blocks()), (S_OK, VT_LPSTR, 1));
    // SAFETY: filled in by the object with blocks of the task allocator.
    let got = unsafe { value::PropVariant::adopt(&mut v) }.expect("readable");
    assert_eq!(got, value::PropVariant::ansi("signer2@example.org"));
    assert_eq!(counter.live_blocks(), 0);
}

/// `ENUMHEADERROW::dwReserved` is pointer-sized, as mimeole.idl and the
/// reference page declare it: a row is five pointers wide (40 bytes on
/// x64, 20 on x86), the stride of the arrays `IMimeEnumHeaderRows::Next`
/// fills in.
#[test]
fn a_header_row_is_five_pointers_wide() {
    let ptr = std::mem::size_of::<usize>();
    assert_eq!(std::mem::size_of::<ENUMHEADERROW>(), 5 * ptr);
    assert_eq!(std::mem::offset_of!(ENUMHEADERROW, dwReserved), 4 * ptr);
}

/// The MIME library's error codes have their header names, and an error
/// prints by them.
#[test]
fn mime_errors_print_by_name() {
    assert_eq!(MIME_E_NOT_FOUND, 0x800C_CE05_u32 as i32);
    assert_eq!(MIME_E_INVALID_HANDLE, 0x800C_CE09_u32 as i32);
    assert_eq!(MIME_S_SECURITY_NOOP, 0x000C_CEB1);
    assert_eq!(
        Hresult(MIME_E_NOT_FOUND).to_string(),
        "MIME_E_NOT_FOUND (0x800CCE05)"
    );
}

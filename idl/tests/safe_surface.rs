//! The promise of the value layer, measured on the generated corpus: no
//! safe method of a provider trait (`IFooImpl`) or a caller trait
//! (`IFooExt`) has a raw pointer in its signature (`*mut`, `*const`, or a
//! pointer typedef such as `LPVOID`, `LPSRow`, `SNB`, or a C record that
//! holds one, such as `STATSTG`), and `unsafe fn`s are
//! the few whose raw pointer must stay, at most 5% of the methods.
//!
//! The lists below are what is left; a change that adds to them fails, a
//! change that empties an entry must remove it.

use mapi_idl::emit::rust::{Options, expand};
use mapi_idl::{Options as CompileOptions, compile};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;
use syn::visit::Visit;

/// Safe methods that still show a raw pointer: `Interface::method`, side.
const SAFE_WITH_RAW: &[&str] = &[];

/// `unsafe fn`s, each with its `# Safety` section: memory blocks
/// (`IMalloc`), another object's memory (`MakeInvalid`), data whose type
/// the flags choose (`SpoolerNotify`, `TransportNotify`), UI callbacks with
/// context pointers (`Address`, `Details`), arrays full of pointers
/// (`RegisterOptions`, `RecipOptions`, whose recipient's values the callee
/// may free and replace), Outlook's account API, whose memory the object allocates and frees
/// through its own `FreeMemory` (`GetAccountInfo`, `GetProp`'s strings and
/// bytes, `GetOrder`, `SetOrder`'s
/// pointer to an array pointer, `FreeMemory` itself), whose error text has
/// no documented owner (`IOlkErrorUnknown::GetLastError`), or which fills a
/// caller's character buffer and reports a short one with `E_OUTOFMEMORY`
/// (`IOlkAccountHelper::GetIdentity`),
/// an advise sink whose interface has no IID, so no `ComPtr` of it
/// (`IExchangeChangeAdvisor::Config`), an `ACTION` whose owner no reference
/// says (`IExchangeRuleAction::GetAction`), an array of values whose
/// allocation no reference says (`IHashTable::Next`),
/// data the object keeps using after the call (`ITnef::AddProps` and
/// `SetProps`, read at `Finish`: `[in, retained]`), and
/// MLang's conversion into a caller's buffer whose source and destination
/// sizes both travel through `int *` in-out counts
/// (`IMimeInternational::MLANG_ConvertInetString`).
const UNSAFE: &[&str] = &[
    "IAddrBook::address (caller)",
    "IAddrBook::details (caller)",
    "IAddrBook::recip_options (caller)",
    "IAddrBook::address (provider)",
    "IAddrBook::details (provider)",
    "IAddrBook::recip_options (provider)",
    "IExchangeChangeAdvisor::config (caller)",
    "IExchangeChangeAdvisor::config (provider)",
    "IExchangeRuleAction::get_action (caller)",
    "IExchangeRuleAction::get_action (provider)",
    "IHashTable::next (caller)",
    "IHashTable::next (provider)",
    "IMAPISupport::make_invalid (caller)",
    "IMAPISupport::spooler_notify (caller)",
    "IMAPISupport::address (caller)",
    "IMAPISupport::details (caller)",
    "IMAPISupport::make_invalid (provider)",
    "IMAPISupport::spooler_notify (provider)",
    "IMAPISupport::address (provider)",
    "IMAPISupport::details (provider)",
    "IMalloc::realloc (caller)",
    "IMalloc::free (caller)",
    "IMalloc::get_size (caller)",
    "IMalloc::did_alloc (caller)",
    "IMalloc::realloc (provider)",
    "IMalloc::free (provider)",
    "IMalloc::get_size (provider)",
    "IMalloc::did_alloc (provider)",
    "IMimeInternational::mlang_convert_inet_string (caller)",
    "IMimeInternational::mlang_convert_inet_string (provider)",
    "IOlkAccount::get_account_info (caller)",
    "IOlkAccount::get_prop (caller)",
    "IOlkAccount::free_memory (caller)",
    "IOlkAccountHelper::get_identity (caller)",
    "IOlkAccountHelper::get_identity (provider)",
    "IOlkAccount::get_account_info (provider)",
    "IOlkAccount::get_prop (provider)",
    "IOlkAccount::free_memory (provider)",
    "IOlkAccountManager::get_order (caller)",
    "IOlkAccountManager::set_order (caller)",
    "IOlkAccountManager::free_memory (caller)",
    "IOlkAccountManager::get_order (provider)",
    "IOlkAccountManager::set_order (provider)",
    "IOlkAccountManager::free_memory (provider)",
    "IOlkErrorUnknown::get_last_error (caller)",
    "IOlkErrorUnknown::get_last_error (provider)",
    "ITnef::add_props (caller)",
    "ITnef::set_props (caller)",
    "ITnef::add_props (provider)",
    "ITnef::set_props (provider)",
    "IXPLogon::register_options (caller)",
    "IXPLogon::transport_notify (caller)",
    "IXPLogon::register_options (provider)",
    "IXPLogon::transport_notify (provider)",
];

/// Methods that must be safe on both sides (the list).
const MUST_BE_SAFE: &[&str] = &[
    "IMAPIProp::get_props",
    "IMAPIProp::set_props",
    "IMAPIProp::delete_props",
    "IMAPIProp::get_prop_list",
    "IMsgStore::open_entry",
    "IMsgStore::compare_entry_ids",
    "IMAPIProp::get_last_error",
    "IMsgStore::get_receive_folder",
    "IMAPITable::set_columns",
    "IMAPITable::query_rows",
    "IMAPITable::find_row",
    "IMAPITable::restrict",
    "IMAPITable::sort_table",
    "IMAPIFolder::create_message",
    "IMessage::modify_recipients",
];

struct Method {
    name: String,
    is_unsafe: bool,
    raw: bool,
    safety_doc: bool,
}

/// The pointer typedefs of the output (`pub type LPSRow = *mut SRow;`),
/// and the structs and unions that hold a raw pointer, directly or through
/// another of them (`STATSTG`'s name, `ADRENTRY`'s values; not an interface's
/// struct): passing one passes the pointer.
fn pointer_types(file: &syn::File) -> BTreeSet<String> {
    let mut pointers: BTreeSet<String> = file
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Type(t) if matches!(*t.ty, syn::Type::Ptr(_)) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect();
    let records: Vec<(String, Vec<&syn::Type>)> = file
        .items
        .iter()
        .filter_map(|i| match i {
            // An interface's struct (its `lpVtbl`) is what `ComPtr` holds;
            // an opaque handle (`HWND(*mut c_void)`) is never looked through.
            syn::Item::Struct(s)
                if matches!(s.fields, syn::Fields::Named(_))
                    && !s
                        .fields
                        .iter()
                        .any(|f| f.ident.as_ref().is_some_and(|i| i == "lpVtbl")) =>
            {
                Some((
                    s.ident.to_string(),
                    s.fields.iter().map(|f| &f.ty).collect(),
                ))
            }
            syn::Item::Union(u) => Some((
                u.ident.to_string(),
                u.fields.named.iter().map(|f| &f.ty).collect(),
            )),
            _ => None,
        })
        .collect();
    // Until nothing changes: a record holding one found is found.
    loop {
        let before = pointers.len();
        for (name, fields) in &records {
            if pointers.contains(name) {
                continue;
            }
            let mut v = HasRaw {
                pointers: &pointers,
                found: false,
            };
            for ty in fields {
                v.visit_type(ty);
            }
            if v.found {
                pointers.insert(name.clone());
            }
        }
        if pointers.len() == before {
            return pointers;
        }
    }
}

struct HasRaw<'a> {
    pointers: &'a BTreeSet<String>,
    found: bool,
}

impl<'ast> Visit<'ast> for HasRaw<'_> {
    fn visit_type_ptr(&mut self, _: &'ast syn::TypePtr) {
        self.found = true;
    }
    fn visit_type_path(&mut self, t: &'ast syn::TypePath) {
        if let Some(last) = t.path.segments.last()
            && self.pointers.contains(&last.ident.to_string())
        {
            self.found = true;
        }
        // The value layer's types own or view C records safely
        // (`value::MapiBuffer<ENTRYID>`): what they hold is theirs.
        if !t.path.segments.iter().any(|s| s.ident == "value") {
            syn::visit::visit_type_path(self, t);
        }
    }
}

/// Per trait (`IFooImpl`, `IFooExt`), its methods.
fn traits(file: &syn::File) -> BTreeMap<String, Vec<Method>> {
    let pointers = pointer_types(file);
    let mut out = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Trait(t) = item else { continue };
        let name = t.ident.to_string();
        if !(name.ends_with("Impl") || name.ends_with("Ext")) {
            continue;
        }
        let methods = t
            .items
            .iter()
            .filter_map(|i| match i {
                syn::TraitItem::Fn(f) => Some(f),
                _ => None,
            })
            .map(|f| {
                let mut v = HasRaw {
                    pointers: &pointers,
                    found: false,
                };
                for input in &f.sig.inputs {
                    v.visit_fn_arg(input);
                }
                v.visit_return_type(&f.sig.output);
                let safety_doc = f.attrs.iter().any(|a| {
                    a.path().is_ident("doc") && a.to_token_stream_string().contains("# Safety")
                });
                Method {
                    name: f.sig.ident.to_string(),
                    is_unsafe: f.sig.unsafety.is_some(),
                    raw: v.found,
                    safety_doc,
                }
            })
            .collect();
        out.insert(name, methods);
    }
    out
}

trait AttrText {
    fn to_token_stream_string(&self) -> String;
}

impl AttrText for syn::Attribute {
    fn to_token_stream_string(&self) -> String {
        quote::ToTokens::to_token_stream(self).to_string()
    }
}

fn corpus() -> syn::File {
    let mut files: Vec<PathBuf> = fs::read_dir("mapi")
        .expect("the corpus")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "idl"))
        .collect();
    files.sort();
    let c = compile(&files, &CompileOptions::default());
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    let text = expand(&c.model, &Options::default()).expect("expand");
    syn::parse_file(&text).expect("the output parses")
}

#[test]
fn safe_methods_take_and_return_no_raw_pointer() {
    let traits = traits(&corpus());
    let mut safe_with_raw = Vec::new();
    let mut unsafe_fns = Vec::new();
    let mut total = 0;
    for (t, methods) in &traits {
        let (iface, side) = t
            .strip_suffix("Impl")
            .map(|i| (i, "provider"))
            .or_else(|| t.strip_suffix("Ext").map(|i| (i, "caller")))
            .expect("Impl or Ext");
        for m in methods {
            total += 1;
            let id = format!("{iface}::{} ({side})", m.name);
            if m.is_unsafe {
                assert!(m.safety_doc, "{id} is unsafe without a # Safety section");
                unsafe_fns.push(id);
            } else if m.raw {
                safe_with_raw.push(id);
            }
        }
    }
    let listed = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let as_const = |l: &[String]| {
        l.iter()
            .map(|s| format!("    {s:?},\n"))
            .collect::<String>()
    };
    assert!(
        safe_with_raw == listed(SAFE_WITH_RAW) && unsafe_fns == listed(UNSAFE),
        "the lists changed; now:\nconst SAFE_WITH_RAW: &[&str] = &[\n{}];\nconst UNSAFE: &[&str] = &[\n{}];",
        as_const(&safe_with_raw),
        as_const(&unsafe_fns)
    );
    assert!(
        unsafe_fns.len() * 20 <= total,
        "{} unsafe fns of {total} trait methods: more than 5%",
        unsafe_fns.len()
    );
    for must in MUST_BE_SAFE {
        let (iface, method) = must.split_once("::").expect("Interface::method");
        for side in ["Impl", "Ext"] {
            let t = traits
                .get(&format!("{iface}{side}"))
                .unwrap_or_else(|| panic!("no trait {iface}{side}"));
            let m = t
                .iter()
                .find(|m| m.name == method)
                .unwrap_or_else(|| panic!("no {iface}{side}::{method}"));
            assert!(
                !m.is_unsafe && !m.raw,
                "{iface}{side}::{method} must be safe with no raw pointer"
            );
        }
    }
}

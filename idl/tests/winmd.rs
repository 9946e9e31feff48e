//! The winmd backend over the whole corpus: the written file read back with
//! `windows-metadata` gives the model again, `windows-bindgen`'s Rust for it
//! compiles for `x86_64-pc-windows-gnu` and agrees with `mapi-sys`, and what
//! cannot be written is an error that leaves no file behind.
#![cfg(feature = "winmd")]

use mapi_idl::emit::winmd;
use mapi_idl::model::{CallConv, ConstValue, Direction, Function, Model, Type};
use mapi_idl::{Compilation, MemLoader, Options, compile, compile_with};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use windows_metadata as md;
use windows_metadata::HasAttributes;
use windows_metadata::reader::{Index, Item, ParamDirection, TypeCategory};

const NS: &str = winmd::DEFAULT_NAMESPACE;

fn corpus() -> Compilation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi");
    let c = compile(&[dir], &Options::default());
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    c
}

fn write(m: &Model) -> Vec<u8> {
    match winmd::emit(m, "mapi", &winmd::Options::default()) {
        Ok(bytes) => bytes,
        Err(errors) => panic!("{errors:#?}"),
    }
}

/// Whether `ty` is (a typedef chain ending in) `HRESULT`.
fn is_hresult<'a>(m: &'a Model, mut ty: &'a Type) -> bool {
    while let Type::Typedef(id) = ty {
        let t = &m.typedefs[id.index()];
        if t.name == "HRESULT" {
            return true;
        }
        ty = &t.ty;
    }
    false
}

fn int(v: &md::Value) -> i128 {
    match v {
        md::Value::I8(v) => (*v).into(),
        md::Value::U8(v) => (*v).into(),
        md::Value::I16(v) => (*v).into(),
        md::Value::U16(v) => (*v).into(),
        md::Value::I32(v) => (*v).into(),
        md::Value::U32(v) => (*v).into(),
        md::Value::I64(v) => (*v).into(),
        md::Value::U64(v) | md::Value::USize(v) => (*v).into(),
        md::Value::ISize(v) => (*v).into(),
        other => panic!("not an integer: {other:?}"),
    }
}

/// `v` as the bits of a `bits`-wide integer.
fn bits(v: i128, bits: u32) -> u128 {
    v as u128 & ((1u128 << bits) - 1)
}

#[test]
fn reading_the_file_back_gives_the_model() {
    let c = corpus();
    let m = &c.model;
    let bytes = write(m);
    let file = md::reader::File::new(bytes).expect("the written file reads back");
    let index = Index::new(vec![file]);

    // Interfaces: IIDs, bases, methods in slot order, parameter names and directions.
    let mut interfaces = 0;
    for i in m.interfaces.iter().filter(|i| i.name != "IUnknown") {
        interfaces += 1;
        let def = index.expect(NS, &i.name);
        assert_eq!(def.category(), TypeCategory::Interface, "{}", i.name);
        let guid = def.find_attribute("GuidAttribute").map(|a| {
            let v: Vec<i128> = a.value().iter().map(|(_, v)| int(v)).collect();
            let data4: Vec<u8> = v[3..].iter().map(|b| *b as u8).collect();
            (v[0] as u32, v[1] as u16, v[2] as u16, data4)
        });
        let want = i.iid.map(|g| (g.data1, g.data2, g.data3, g.data4.to_vec()));
        assert_eq!(guid, want, "IID of {}", i.name);
        let bases: Vec<md::Type> = def.interface_impls().map(|b| b.interface(&[])).collect();
        let base = &m.interfaces[i.base.expect("a base").index()].name;
        let base_ns = if base == "IUnknown" {
            "Windows.Win32.System.Com"
        } else {
            NS
        };
        assert_eq!(bases, [md::Type::class_named(base_ns, base)], "{}", i.name);
        // The slot of the first method is the number of methods of the
        // bases as written (IUnknown's three are Windows').
        let mut slot = 0;
        let mut cur = def;
        while let Some(b) = cur.interface_impls().next() {
            let md::Type::ClassName(tn) = b.interface(&[]) else {
                panic!("base of {} is not a class", cur.name());
            };
            if tn.name == "IUnknown" {
                slot += 3;
                break;
            }
            cur = index.expect(&tn.namespace, &tn.name);
            slot += cur.methods().count() as u32;
        }
        assert_eq!(slot, i.first_slot, "first slot of {}", i.name);
        let methods: Vec<_> = def.methods().collect();
        assert_eq!(methods.len(), i.methods.len(), "{}", i.name);
        for (n, (got, want)) in methods.iter().zip(&i.methods).enumerate() {
            assert_eq!(got.name(), want.name, "{} slot {}", i.name, want.slot);
            assert_eq!(slot + n as u32, want.slot);
            let sig = got.signature(&[]);
            assert_eq!(
                sig.types.len(),
                want.params.len(),
                "{}::{}",
                i.name,
                want.name
            );
            let params: Vec<_> = got.params().collect();
            assert_eq!(params.len(), want.params.len(), "{}::{}", i.name, want.name);
            for (p, q) in params.iter().zip(&want.params) {
                assert_eq!(p.name(), q.name);
                let dir = match q.dir {
                    Direction::In => ParamDirection::Input,
                    Direction::Out => ParamDirection::Output,
                    Direction::InOut => ParamDirection::InputOutput,
                };
                assert_eq!(p.direction(), dir, "{}::{}({})", i.name, want.name, q.name);
                assert_eq!(
                    p.is_optional(),
                    q.optional,
                    "{}::{}({})",
                    i.name,
                    want.name,
                    q.name
                );
            }
        }
    }
    assert!(interfaces > 20, "{interfaces} interfaces");

    // Constants: every one, with its value.
    let mut consts = 0;
    for k in &m.consts {
        let Item::Const(field) = index.expect_item(NS, &k.name) else {
            panic!("{} is not a constant", k.name);
        };
        // A GUID is a static field carrying its value in a GuidAttribute.
        if let ConstValue::Guid(g) = &k.value {
            assert!(field.constant().is_none(), "{}", k.name);
            let a = field
                .find_attribute("GuidAttribute")
                .expect("GuidAttribute");
            let mut want = vec![
                md::Value::U32(g.data1),
                md::Value::U16(g.data2),
                md::Value::U16(g.data3),
            ];
            want.extend(g.data4.iter().map(|b| md::Value::U8(*b)));
            let got: Vec<md::Value> = a.value().into_iter().map(|(_, v)| v).collect();
            assert_eq!(got, want, "{}", k.name);
            consts += 1;
            continue;
        }
        let value = field.constant().expect("a value").value();
        match (&k.value, &value) {
            (ConstValue::Str(s), md::Value::Utf16(t)) => assert_eq!(s, t),
            (ConstValue::Int(v), got) => {
                let got = int(got);
                // Stored with the width of the type; compare the bits.
                let w = if (-(1i128 << 31)..1i128 << 32).contains(v) {
                    32
                } else {
                    64
                };
                assert_eq!(bits(got, w), bits(*v, w), "{}", k.name);
            }
            (want, got) => panic!("{}: {want:?} written as {got:?}", k.name),
        }
        consts += 1;
    }
    assert!(consts > 1000, "{consts} constants");

    // Functions: the methods of `Apis`, each with its DLL, export name,
    // calling convention and parameters.
    let apis = index.expect(NS, "Apis");
    let methods: Vec<_> = apis.methods().collect();
    let exported: Vec<&Function> = m.functions.iter().filter(|f| f.dll.is_some()).collect();
    assert_eq!(methods.len(), exported.len(), "functions written");
    assert!(exported.len() > 100, "{} functions", exported.len());
    for (got, want) in methods.iter().zip(&exported) {
        assert_eq!(got.name(), want.name);
        let map = got.impl_map().expect("an ImplMap");
        assert_eq!(map.import_name(), want.name);
        assert_eq!(Some(map.import_scope().name()), want.dll.as_deref());
        let conv = match want.sig.callconv {
            CallConv::System => "system",
            CallConv::C => "C",
        };
        assert_eq!(got.calling_convention(), conv, "{}", want.name);
        let names: Vec<String> = got.params().map(|p| p.name().to_string()).collect();
        let want_names: Vec<&str> = want.sig.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, want_names, "{}", want.name);
    }

    // Flag groups: scoped [Flags] enums with every member and its direction.
    for g in &m.flag_groups {
        let def = index.expect(NS, &g.name);
        assert_eq!(def.category(), TypeCategory::Enum, "{}", g.name);
        assert!(def.has_attribute("FlagsAttribute"), "{}", g.name);
        let members: Vec<(String, i128)> = def
            .fields()
            .filter_map(|f| {
                f.constant()
                    .map(|c| (f.name().to_string(), int(&c.value())))
            })
            .collect();
        let want: Vec<(String, i128)> = g
            .members
            .iter()
            .map(|x| (x.name.clone(), x.value.into()))
            .collect();
        assert_eq!(members, want, "{}", g.name);
        for (f, x) in def
            .fields()
            .filter(|f| f.constant().is_some())
            .zip(&g.members)
        {
            let a = f.find_attribute("FlagAttribute").expect("FlagAttribute");
            let v = a.value();
            assert_eq!(v[0].1, md::Value::Bool(x.valid_in), "{}", x.name);
            assert_eq!(v[1].1, md::Value::Bool(x.valid_out), "{}", x.name);
            let named = |key: &str| {
                v.iter().find(|(k, _)| k == key).map(|(_, s)| match s {
                    md::Value::Utf8(s) => s.clone(),
                    other => panic!("{other:?}"),
                })
            };
            assert_eq!(named("Exclusive"), x.exclusive, "{}", x.name);
            let excludes = (!x.excludes.is_empty()).then(|| x.excludes.join(","));
            assert_eq!(named("Excludes"), excludes, "{}", x.name);
        }
    }

    // Structs and unions: their fields, in order.
    for s in m.structs.iter().filter(|s| s.name != "GUID") {
        let def = index.expect(NS, &s.name);
        assert_eq!(def.category(), TypeCategory::Struct, "{}", s.name);
        let explicit = def.flags().contains(md::TypeAttributes::ExplicitLayout);
        assert_eq!(explicit, s.is_union, "{}", s.name);
        let fields: Vec<&str> = def.fields().map(|f| f.name()).collect();
        let want: Vec<&str> = s
            .fields
            .iter()
            .flatten()
            .filter(|f| f.ty != Type::Void)
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(fields, want, "{}", s.name);
    }

    // Docs ride on DocAttribute.
    let store = index.expect(NS, "IMsgStore");
    let doc = store.find_attribute("DocAttribute").expect("docs");
    let docs = &m.interface("IMsgStore").expect("IMsgStore").docs;
    assert_eq!(doc.value()[0].1, md::Value::Utf8(docs.clone()));
}

/// The generated crate: windows-bindgen's output for the whole namespace
/// and, as `const` assertions evaluated by `cargo check`, its agreement
/// with `mapi-sys` on the Windows target; and `mapi-sys`'s windows-core
/// conversions applied to windows-bindgen's types, which compile only when
/// both use the same windows-core.
fn checks(m: &Model) -> String {
    let mut s = String::from(
        "//! @generated by mapi-idl's tests/winmd.rs\n\
         #![allow(warnings)]\n\
         #[allow(warnings, clippy::all)]\n\
         mod bindings;\n\
         use core::mem::{align_of, size_of};\n\
         use windows_core::Interface;\n\n",
    );
    let mut add = |line: String| {
        let _ = writeln!(s, "const _: () = {line};");
    };
    for i in m.interfaces.iter().filter(|i| i.name != "IUnknown") {
        let n = &i.name;
        add(format!(
            "assert!(size_of::<bindings::{n}_Vtbl>() == size_of::<mapi_sys::{n}Vtbl>(), \"vtable of {n}\")"
        ));
        if i.iid.is_some() {
            add(format!(
                "assert!(<bindings::{n} as Interface>::IID.to_u128() == mapi_sys::IID_{n}.to_u128(), \"IID of {n}\")"
            ));
        }
    }
    for k in &m.consts {
        let n = &k.name;
        match k.value {
            ConstValue::Str(_) => {}
            ConstValue::Guid(_) => add(format!(
                "assert!(bindings::{n}.to_u128() == mapi_sys::{n}.to_u128(), \"{n}\")"
            )),
            _ if is_hresult(m, &k.ty) => add(format!(
                "assert!(bindings::{n}.0 as i128 == mapi_sys::{n} as i128, \"{n}\")"
            )),
            _ => add(format!(
                "assert!(bindings::{n} as i128 == mapi_sys::{n} as i128, \"{n}\")"
            )),
        }
    }
    for g in &m.flag_groups {
        for x in &g.members {
            add(format!(
                "assert!(bindings::{}::{}.0 as i128 == mapi_sys::{} as i128, \"{}::{}\")",
                g.name, x.name, x.name, g.name, x.name
            ));
        }
    }
    // An opaque struct (declared, never defined) has no layout to agree on.
    for st in m
        .structs
        .iter()
        .filter(|st| st.name != "GUID" && st.fields.is_some())
    {
        let n = &st.name;
        add(format!(
            "assert!(size_of::<bindings::{n}>() == size_of::<mapi_sys::{n}>() && align_of::<bindings::{n}>() == align_of::<mapi_sys::{n}>(), \"layout of {n}\")"
        ));
    }
    let hr = m
        .consts
        .iter()
        .find(|k| is_hresult(m, &k.ty))
        .map(|k| &k.name)
        .expect("an HRESULT constant");
    let _ = writeln!(
        s,
        "pub fn interop() -> (mapi_sys::GUID, windows_core::GUID, mapi_sys::Hresult, windows_core::HRESULT) {{\n    \
         (<bindings::IMsgStore as Interface>::IID.into(), mapi_sys::IID_IMsgStore.into(), bindings::{hr}.into(), mapi_sys::Hresult(mapi_sys::{hr}).into())\n}}"
    );
    s
}

fn cargo_check(dir: &Path, target_dir: &Path, offline: bool) -> std::process::Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(dir)
        .args(["check", "--quiet", "--target", "x86_64-pc-windows-gnu"])
        .env("CARGO_TARGET_DIR", target_dir)
        .env_remove("RUSTFLAGS");
    if offline {
        cmd.arg("--offline");
    }
    cmd.output().expect("run cargo")
}

#[test]
fn windows_bindgen_output_compiles_for_windows_gnu_and_agrees_with_mapi_sys() {
    let c = corpus();
    let m = &c.model;
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join("winmd-bindgen");
    std::fs::create_dir_all(dir.join("src")).expect("mkdir");
    let winmd_path = dir.join("mapi.winmd");
    std::fs::write(&winmd_path, write(m)).expect("write winmd");
    let bindings = dir.join("src/bindings.rs");
    windows_bindgen::bindgen([
        "--in",
        winmd_path.to_str().expect("utf-8 path"),
        "--out",
        bindings.to_str().expect("utf-8 path"),
        "--filter",
        NS,
        "--flat",
    ]);
    let sys = Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapi-sys");
    let manifest = format!(
        "[package]\nname = \"mapi-winmd-check\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nwindows-core = \"0.100\"\nmapi-sys = {{ path = {:?}, features = [\"full\", \"windows-core\"] }}\n\n[workspace]\n",
        sys.to_string_lossy()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write manifest");
    std::fs::write(dir.join("src/lib.rs"), checks(m)).expect("write lib.rs");

    // Its own target directory, kept between runs (the outer build holds
    // the lock on the workspace's).
    let target_dir: PathBuf = tmp.join("winmd-bindgen-target");
    let mut out = cargo_check(&dir, &target_dir, true);
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("offline") {
            // The registry cache lacks a crate: fetch it.
            out = cargo_check(&dir, &target_dir, false);
        }
    }
    assert!(
        out.status.success(),
        "cargo check --target x86_64-pc-windows-gnu failed in {}:\n{}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn model(src: &str) -> Model {
    let mut files = MemLoader::new();
    files.add("t.idl", src);
    let c = compile_with(&files, &["t.idl".into()], &Options::default());
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    c.model
}

const BASE: &str = "[object, local, uuid(00000000-0000-0000-C000-000000000046)]\n\
    interface IUnknown { long QueryInterface([in] void *riid, [out] void **ppv); \
    unsigned long AddRef(void); unsigned long Release(void); }\n";

#[test]
fn unsupported_constructs_are_errors_naming_the_item() {
    let cases = [
        (
            "typedef struct S { void (*cb)(long x); } S;",
            "S.cb",
            "unnamed function type",
        ),
        (
            "typedef struct V { IUnknown u; } V;",
            "V.u",
            "used by value",
        ),
        (
            "[uuid(11111111-0000-0000-C000-000000000046)] interface IRpc { long F(void); }",
            "IRpc",
            "only COM interfaces",
        ),
        (
            "typedef struct Apis { long x; } Apis;",
            "Apis",
            "distinct names",
        ),
    ];
    for (src, item, message) in cases {
        let m = model(&format!("{BASE}{src}"));
        let errors = winmd::emit(&m, "t", &winmd::Options::default())
            .expect_err("an unsupported construct is an error");
        assert!(
            errors
                .iter()
                .any(|e| e.item == item && e.to_string().contains(message)),
            "{src}: {errors:#?}"
        );
    }
}

#[test]
fn the_cli_writes_the_file_only_when_everything_can_be_written() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("winmd-cli");
    std::fs::create_dir_all(&tmp).expect("mkdir");
    let out = tmp.join("out.winmd");
    let _ = std::fs::remove_file(&out);
    let run = |file: &Path| {
        Command::new(env!("CARGO_BIN_EXE_mapi-idl"))
            .arg("winmd")
            .arg("-o")
            .arg(&out)
            .arg(file)
            .output()
            .expect("run mapi-idl")
    };

    let good = tmp.join("good.idl");
    std::fs::write(&good, format!("{BASE}const unsigned long X = 1;")).expect("write");
    let r = run(&good);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let written = std::fs::read(&out).expect("written");
    assert!(md::reader::File::new(written.clone()).is_some());

    // A syntax error and an unsupported construct: an error, and the
    // previous file is left as it was.
    for (name, src, message) in [
        ("syntax.idl", "const unsigned long = ;", "error"),
        (
            "unsupported.idl",
            "typedef struct S { void (*cb)(long x); } S;",
            "unnamed function type",
        ),
    ] {
        let bad = tmp.join(name);
        std::fs::write(&bad, src).expect("write");
        let r = run(&bad);
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert!(!r.status.success(), "{name}");
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert_eq!(std::fs::read(&out).expect("still there"), written, "{name}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&tmp)
        .expect("list")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

//! What the model holds for the MIDL constructs of `tests/ui/pass/` that
//! the JSON snapshots do not show (bit widths, attributes kept for a type,
//! `cpp_quote`s, warnings), and the predefined `__midl` under `-D`/`-U`.

use mapi_idl::diag::codes;
use mapi_idl::model::{Attribute, ConstValue, Guid};
use mapi_idl::{Compilation, Options, compile};
use std::path::PathBuf;

fn pass(name: &str, options: &Options) -> Compilation {
    let c = compile(&[PathBuf::from(format!("tests/ui/pass/{name}"))], options);
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    c
}

/// Name and arguments of each attribute.
fn attrs(list: &[Attribute]) -> Vec<(&str, Vec<&str>)> {
    list.iter()
        .map(|a| (&*a.name, a.args.iter().map(String::as_str).collect()))
        .collect()
}

#[test]
fn bit_fields_keep_their_widths() {
    let c = pass("bit_fields.idl", &Options::default());
    let s = c
        .model
        .structs
        .iter()
        .find(|s| s.name == "D3D11_VIDEO_PROCESSOR_COLOR_SPACE")
        .expect("the struct");
    let bits: Vec<(&str, Option<u32>)> = s
        .fields
        .iter()
        .flatten()
        .map(|f| (f.name.as_str(), f.bits))
        .collect();
    assert_eq!(
        bits,
        [
            ("Usage", Some(1)),
            ("RGB_Range", Some(1)),
            ("YCbCr_Matrix", Some(1)),
            ("YCbCr_xvYCC", Some(1)),
            ("Nominal_Range", Some(2)),
            ("Anonymous", Some(0)),
            ("Reserved", Some(26)),
        ]
    );
}

#[test]
fn safearray_and_pipe_element_types_are_kept_as_attributes() {
    let c = pass("safearray.idl", &Options::default());
    let i = c.model.interface("IArrays").expect("IArrays");
    let kept: Vec<_> = i
        .methods
        .iter()
        .map(|m| attrs(&m.params[0].attrs))
        .collect();
    assert_eq!(
        kept,
        [
            vec![("in", vec![]), ("safearray", vec!["int"])],
            vec![("out", vec![]), ("safearray", vec!["BSTR*"])],
        ]
    );
    let t = c
        .model
        .typedefs
        .iter()
        .find(|t| t.name == "BSTR_ARRAY")
        .expect("BSTR_ARRAY");
    assert_eq!(attrs(&t.attrs), [("safearray", vec!["BSTR"])]);

    let c = pass("pipe.idl", &Options::default());
    let t = c
        .model
        .typedefs
        .iter()
        .find(|t| t.name == "BYTE_PIPE")
        .expect("BYTE_PIPE");
    assert_eq!(attrs(&t.attrs), [("pipe", vec![])]);
    let pairs = &c.model.interface("Transfer").expect("Transfer").methods[1].params[1];
    assert_eq!(attrs(&pairs.attrs), [("out", vec![]), ("pipe", vec![])]);
}

#[test]
fn declare_guid_is_a_cpp_quote_of_extern_guid() {
    let c = pass("declare_guid.idl", &Options::default());
    let quotes: Vec<&str> = c.model.cpp_quotes.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "EXTERN_GUID(SID_Widget, 0x5144c348, 0x169e, 0x4359, 0xa7, 0x9d, 0x54, 0x82, 0x46, 0x1d, 0x99, 0x29);"
        ]
    );
}

#[test]
fn declare_guid_is_also_a_guid_constant_when_guid_is_declared() {
    let c = pass("guid_constants.idl", &Options::default());
    let k = c
        .model
        .consts
        .iter()
        .find(|k| k.name == "PS_WIDGET")
        .expect("the constant");
    assert_eq!(
        k.value,
        ConstValue::Guid(Guid::parse("5144C348-169E-4359-A79D-5482461D9929").expect("a GUID"))
    );
    assert_eq!(c.model.type_name(&k.ty), "GUID");
    assert_eq!(k.docs.trim(), "The property set of widget names.");
    assert_eq!(c.model.cpp_quotes.len(), 1, "the cpp_quote stays");
    // Without the `GUID` struct it is only the `cpp_quote`, as in MIDL.
    let c = pass("declare_guid.idl", &Options::default());
    assert!(c.model.consts.is_empty());
}

#[test]
fn variables_are_skipped_with_a_warning_in_root_files() {
    let c = pass("variables.idl", &Options::default());
    let skipped: Vec<&str> = c
        .diagnostics
        .iter()
        .filter(|d| d.code == codes::SKIPPED)
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        skipped,
        [
            "variable `FMTID_SummaryInformation` is skipped: the model has no variables",
            "variable `FMTID_DocSummaryInformation` is skipped: the model has no variables",
            "variable `FMTID_UserDefinedProperties` is skipped: the model has no variables",
            "variable `cRefsDefault` is skipped: the model has no variables",
            "variable `g_counter` is skipped: the model has no variables",
            "variable `g_pointer` is skipped: the model has no variables",
        ]
    );
}

#[test]
fn midl_is_predefined_and_d_and_u_change_it() {
    let version = |options: &Options| {
        let c = pass("midl_predefined.idl", options);
        c.model.constant("MIDL_VERSION").map(|k| k.value.clone())
    };
    use mapi_idl::model::ConstValue::Int;
    assert_eq!(version(&Options::default()), Some(Int(801)));
    let redefined = Options {
        defines: vec![("__midl".into(), Some("600".into()))],
        ..Options::default()
    };
    assert_eq!(version(&redefined), Some(Int(600)));
    let undefined = Options {
        undefines: vec!["__midl".into()],
        ..Options::default()
    };
    let c = compile(
        &[PathBuf::from("tests/ui/pass/midl_predefined.idl")],
        &undefined,
    );
    let errors: Vec<&str> = c
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(errors[0], "#error: __midl is predefined");
}

#[test]
fn warnings_are_for_root_files_and_what_they_include() {
    use mapi_idl::{MemLoader, compile_with};
    let mut files = MemLoader::new();
    files.add(
        "root.idl",
        "import \"imported.idl\";\n#include \"included.h\"\ntypedef [hidnen] long ROOT;\n",
    );
    files.add("included.h", "typedef [helpstrin(\"x\")] long INCLUDED;\n");
    files.add("imported.idl", "typedef [restricte] long IMPORTED;\n");
    let c = compile_with(&files, &[PathBuf::from("root.idl")], &Options::default());
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    let warned: Vec<&str> = c.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        warned,
        [
            "unknown attribute `hidnen`",
            "unknown attribute `helpstrin`"
        ]
    );
}

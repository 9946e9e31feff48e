//! Model -> JSON, in a documented and versioned schema.
//!
//! The document is an object:
//!
//! | key | value |
//! |---|---|
//! | `schema` | `"mapi-idl-model"` |
//! | `version` | `1`; bumped on any incompatible change |
//! | `files` | `[{ "path", "root", "area"? }]`: files read; `root` is false for imports; `area` is the file's `#pragma area`, present only when it has one |
//! | `interfaces` | `[{ "name", "iid", "base", "object", "local", "first_slot", "docs", "methods" }]`, bases first; `iid` is lower-case `xxxxxxxx-xxxx-...` or null |
//! | `methods` | `[{ "name", "slot", "warnings", "returns", "docs", "params", "abi" }]` in slot order; `warnings` names the success codes other than `S_OK` it may return |
//! | `abi` | the lowering ([`crate::lower`]): `{ "returns": "status"/"value"/"void", "params": [role, ...] }`, one role per parameter |
//! | role | `{ "role": "value" }`, `{ "role": "flags", "group", "pass" ("value"/"in_ptr"/"in_out"/"out"), "optional" }`, `{ "role": "reserved", "pass" }`, `{ "role": "reserved_ptr" }`, `{ "role": "opaque", "out" }`, `{ "role": "buffer", "count", "unit" ("bytes"/"elements"), "out", "optional" }`, `{ "role": "count", "of" }`, `{ "role": "string", "width" ("ansi"/"unicode"/the flags parameter's name), "optional" }`, `{ "role": "iid", "selects", "optional" }`, `{ "role": "interface_in", "interface" (a name, or `iid_is` and the IID parameter), "optional" }`, `{ "role": "interface_out", "interface", "null_ok" }`, `{ "role": "out", "optional", "mapi_alloc" }`, `{ "role": "view", "of" ("tags"/"restriction"/"sort_order_set"/"entry_list"/"adr_list"/"row"/"row_set"/"notif_key"/"notification"/"props"), "optional" }`, `{ "role": "alloc", "of" ("props"/"tags"/"problems"/"row_set"/"row"/"restriction"/"entry_list"/"mapi_error"/"entry_id"/"name_ids"/"string"/"strings"/"ulongs"/"bytes"), "count" (the count parameter or null), "width" (as for strings, or null), "optional", "null_ok" }`, `{ "role": "alloc_count", "of" }`, `{ "role": "in_ref", "optional" }`, `{ "role": "in_out" }`, `{ "role": "modify", "of" ("adr_list"/"tags") }`, `{ "role": "consumed", "count" }`, `{ "role": "strings", "width", "optional" }`, `{ "role": "interface_in_out", "interface" }`, `{ "role": "lent", "of" ("strings"/"uids"), "width", "count" }`, `{ "role": "lent_count", "of" }`, `{ "role": "parallel", "with", "optional" }`, `{ "role": "allocator", "part" (0: `ALLOCATEBUFFER`, 1: `ALLOCATEMORE`, 2: `FREEBUFFER`) }`, `{ "role": "consumed_count", "of" }`, `{ "role": "replace", "count" }`, `{ "role": "replace_count", "of" }`, `{ "role": "raw" }`; parameters are named |
//! | `params` | `[{ "name", "type", "direction" ("in"/"out"/"inout"), "optional", "flags", "size_is", "byte_count", "length_is", "iid_is", "mapi_alloc", "com_out", "width_flag", "null_on_success", "reserved", "retained", "handed_over", "frees_array", "opaque", "docs" }]`; `width_flag` names the flags parameter of `unicode_flag`, or is null; `frees_array` the flag parameter of `handed_over(f)` |
//! | `constants` | `[{ "name", "type", "value", "kind" ("declared"/"flag"/"proptag"), "docs" }]`; integer values are JSON numbers, strings JSON strings, GUIDs (`declare_guid`) strings in registry form like interface IIDs |
//! | `flag_groups` | `[{ "name", "required", "keep_unknown", "in_mask", "out_mask", "docs", "members": [{ "name", "value", "in", "out", "exclusive", "excludes", "docs" }] }]` |
//! | `prop_tags` | `[{ "name", "id", "type", "type_value", "tag", "string_forms", "docs" }]` |
//! | `typedefs` | `[{ "name", "type", "docs" }]` |
//! | `structs` | `[{ "name", "tag", "union", "opaque", "parent", "docs", "fields": [{ "name", "anonymous", "type", "docs" }] }]`; `parent` names the struct in whose field it is defined, or is null; `anonymous` is true for a member without a name (its `name` is made up) |
//! | `enums` | `[{ "name", "docs", "members": [{ "name", "value", "docs" }] }]` |
//! | `functions` | `[{ "name", "callconv", "returns", "params", "abi", "dll", "docs" }]`; `dll` is the `dllname` of the function's module, or null |
//!
//! Types are C spellings (`LPENTRYID`, `unsigned long*`).

use crate::lower::{
    Alloc, Handed, InterfaceRef, Lent, MethodAbi, Pass, Return, Role, Unit, Width, lower,
};
use crate::model::*;
use serde_json::{Value, json};

fn pass(p: Pass) -> &'static str {
    match p {
        Pass::Value => "value",
        Pass::InPtr => "in_ptr",
        Pass::InOut => "in_out",
        Pass::Out => "out",
    }
}

fn interface_ref(m: &Model, t: InterfaceRef, names: &[&str]) -> Value {
    match t {
        InterfaceRef::Fixed(i) => json!(m.interfaces[i.index()].name),
        InterfaceRef::IidIs(r) => json!({ "iid_is": names[r] }),
    }
}

/// The lowering of one method or function, with parameters named.
fn abi(m: &Model, abi: &MethodAbi, ps: &[Param]) -> Value {
    let names: Vec<&str> = ps.iter().map(|p| p.name.as_str()).collect();
    let width_name = |w: Width| match w {
        Width::Ansi => "ansi",
        Width::Unicode => "unicode",
        Width::ByFlag(f) => names[f],
    };
    let roles: Vec<Value> = abi
        .params
        .iter()
        .map(|r| match r {
            Role::Value => json!({ "role": "value" }),
            Role::Flags {
                group,
                pass: p,
                optional,
            } => json!({
                "role": "flags",
                "group": m.flag_groups[group.index()].name,
                "pass": pass(*p),
                "optional": optional,
            }),
            Role::Reserved { pass: p } => json!({ "role": "reserved", "pass": pass(*p) }),
            Role::ReservedPtr => json!({ "role": "reserved_ptr" }),
            Role::Opaque { out } => json!({ "role": "opaque", "out": out }),
            Role::Variant { requested } => json!({ "role": "variant", "requested": requested }),
            Role::TaskBlob => json!({ "role": "task_blob" }),
            Role::Search { of } => json!({ "role": "search", "of": of.c_name() }),
            Role::TaskRecord { of, requested } => json!({
                "role": "task_record",
                "of": of.c_name(),
                "requested": requested,
            }),
            Role::TaskArray { of, count } => json!({
                "role": "task_array",
                "of": of.c_name(),
                "count": names[*count],
            }),
            Role::TaskArrayCount { of } => json!({ "role": "task_array_count", "of": names[*of] }),
            Role::TaskEntries {
                of,
                capacity,
                count,
                count_optional,
            } => json!({
                "role": "task_entries",
                "of": of.c_name(),
                "capacity": names[*capacity],
                "count": names[*count],
                "count_optional": count_optional,
            }),
            Role::HandedOver(h) => {
                let (of, array) = match h {
                    Handed::One(k) => (k.c_name(), None),
                    Handed::Records { of, .. } => (of.c_name(), h.array()),
                    Handed::Objects { .. } => ("IUnknown *", h.array()),
                };
                json!({
                    "role": "handed_over",
                    "of": of,
                    "count": array.map(|(c, _)| names[c]),
                    "frees_array": array.map(|(_, f)| names[f]),
                })
            }
            Role::HandedOverCount { of } => {
                json!({ "role": "handed_over_count", "of": names[*of] })
            }
            Role::HandedOverFlag { of } => json!({ "role": "handed_over_flag", "of": names[*of] }),
            Role::TaskEntriesCount { of } => {
                json!({ "role": "task_entries_count", "of": names[*of] })
            }
            Role::Bstr { out } => json!({ "role": "bstr", "out": out }),
            Role::InterfaceArray {
                target,
                count,
                fetched,
                fetched_optional,
            } => json!({
                "role": "interface_array",
                "interface": m.interfaces[target.index()].name,
                "count": names[*count],
                "fetched": names[*fetched],
                "fetched_optional": fetched_optional,
            }),
            Role::Fetched { of } => json!({ "role": "fetched", "of": names[*of] }),
            Role::TaskString { width, optional } => json!({
                "role": "task_string",
                "width": width.describe(&names),
                "optional": optional,
            }),
            Role::Buffer {
                count,
                unit,
                out,
                optional,
            } => json!({
                "role": "buffer",
                "count": names[*count],
                "unit": match unit { Unit::Bytes => "bytes", Unit::Elements => "elements" },
                "out": out,
                "optional": optional,
            }),
            Role::Count { of } => json!({ "role": "count", "of": names[*of] }),
            Role::String { width, optional } => json!({
                "role": "string",
                "width": width_name(*width),
                "optional": optional,
            }),
            Role::Iid { selects, optional } => {
                json!({ "role": "iid", "selects": selects, "optional": optional })
            }
            Role::InterfaceIn { target, optional } => json!({
                "role": "interface_in",
                "interface": interface_ref(m, *target, &names),
                "optional": optional,
            }),
            Role::InterfaceOut { target, null_ok } => json!({
                "role": "interface_out",
                "interface": interface_ref(m, *target, &names),
                "null_ok": null_ok,
            }),
            Role::Out {
                optional,
                mapi_alloc,
            } => {
                json!({ "role": "out", "optional": optional, "mapi_alloc": mapi_alloc })
            }
            Role::View { of, optional } => {
                json!({ "role": "view", "of": of.short_name(), "optional": optional })
            }
            Role::Alloc {
                of,
                count,
                width,
                optional,
                null_ok,
            } => {
                let (of, width) = match of {
                    Alloc::Struct(k) => (k.short_name(), *width),
                    Alloc::String(w) => ("string", Some(*w)),
                    Alloc::Bytes => ("bytes", None),
                    Alloc::Strings(w) => ("strings", Some(*w)),
                    Alloc::Ulongs => ("ulongs", None),
                    Alloc::Plain => ("plain", None),
                };
                json!({
                    "role": "alloc",
                    "of": of,
                    "count": count.map(|c| names[c]),
                    "width": width.map(width_name),
                    "optional": optional,
                    "null_ok": null_ok,
                })
            }
            Role::AllocCount { of } => json!({ "role": "alloc_count", "of": names[*of] }),
            Role::InRef { optional } => json!({ "role": "in_ref", "optional": optional }),
            Role::InOut => json!({ "role": "in_out" }),
            Role::Modify { of } => json!({ "role": "modify", "of": of.short_name() }),
            Role::InterfaceInOut { target } => json!({
                "role": "interface_in_out",
                "interface": m.interfaces[target.index()].name,
            }),
            Role::Strings { width, optional } => json!({
                "role": "strings",
                "width": width_name(*width),
                "optional": optional,
            }),
            Role::Lent { of, count } => {
                let (of, width) = match of {
                    Lent::Strings(w) => ("strings", Some(*w)),
                    Lent::Uids => ("uids", None),
                };
                json!({
                    "role": "lent",
                    "of": of,
                    "width": width.map(width_name),
                    "count": names[*count],
                })
            }
            Role::LentCount { of } => json!({ "role": "lent_count", "of": names[*of] }),
            Role::AllocatorOut { part } => json!({ "role": "allocator", "part": part }),
            Role::Parallel { with, optional } => {
                json!({ "role": "parallel", "with": names[*with], "optional": optional })
            }
            Role::Consumed { count } => json!({ "role": "consumed", "count": names[*count] }),
            Role::ConsumedCount { of } => json!({ "role": "consumed_count", "of": names[*of] }),
            Role::Replace { count } => json!({ "role": "replace", "count": names[*count] }),
            Role::ReplaceCount { of } => json!({ "role": "replace_count", "of": names[*of] }),
            Role::Raw => json!({ "role": "raw" }),
        })
        .collect();
    let returns = match abi.ret {
        Return::Status { .. } => "status",
        Return::Value(_) => "value",
        Return::Void => "void",
    };
    json!({ "returns": returns, "params": roles })
}

/// The schema version written in every document.
pub const VERSION: u32 = 1;

fn int(v: i128) -> Value {
    if let Ok(i) = i64::try_from(v) {
        json!(i)
    } else if let Ok(u) = u64::try_from(v) {
        json!(u)
    } else {
        json!(v.to_string())
    }
}

fn size_refs(m: &Model, refs: &[Option<SizeRef>], ps: &[Param], names: &[&str]) -> Value {
    Value::Array(
        refs.iter()
            .map(|r| match r {
                None => Value::Null,
                Some(SizeRef::Param { index, deref }) => {
                    json!(format!(
                        "{}{}",
                        "*".repeat(*deref as usize),
                        names.get(*index).copied().unwrap_or("?")
                    ))
                }
                Some(SizeRef::Member { index, field }) => {
                    let p = names.get(*index).copied().unwrap_or("?");
                    // The field's name, in the struct the parameter points to.
                    let f = ps
                        .get(*index)
                        .and_then(|p| match m.strip_typedefs(&p.ty) {
                            Type::Ptr { to, .. } => match m.strip_typedefs(to) {
                                Type::Struct(s) => m.structs[s.index()].fields.as_ref(),
                                _ => None,
                            },
                            _ => None,
                        })
                        .and_then(|f| f.get(*field))
                        .map_or("?", |f| f.name.as_str());
                    json!(format!("{p}->{f}"))
                }
                Some(SizeRef::Const(n)) => json!(n),
                Some(SizeRef::Expr(e)) => json!(e),
            })
            .collect(),
    )
}

fn params(m: &Model, ps: &[Param]) -> Value {
    let names: Vec<&str> = ps.iter().map(|p| p.name.as_str()).collect();
    Value::Array(
        ps.iter()
            .map(|p| {
                json!({
                    "name": p.name,
                    "type": m.type_name(&p.ty),
                    "direction": match p.dir { Direction::In => "in", Direction::Out => "out", Direction::InOut => "inout" },
                    "optional": p.optional,
                    "flags": p.flags.map(|g| m.flag_groups[g.index()].name.clone()),
                    "size_is": size_refs(m, &p.size_is, ps, &names),
                    "byte_count": p.byte_count,
                    "length_is": size_refs(m, &p.length_is, ps, &names),
                    "iid_is": p.iid_is.map(|i| names[i]),
                    "mapi_alloc": p.mapi_alloc,
                    "com_out": p.com_out,
                    "width_flag": p.width_flag.map(|i| names[i]),
                    "null_on_success": p.null_on_success,
                    "reserved": p.reserved,
                    "retained": p.retained,
                    "handed_over": p.handed_over,
                    "frees_array": p.frees_array.map(|f| names[f]),
                    "opaque": p.opaque,
                    "docs": p.docs,
                })
            })
            .collect(),
    )
}

/// The model as a JSON value.
pub fn to_value(m: &Model) -> Value {
    let files: Vec<Value> = m
        .files
        .iter()
        .map(|f| {
            let mut v =
                json!({ "path": f.path.to_string_lossy().replace('\\', "/"), "root": f.root });
            // Only files that declare an area say so (most have none).
            if let (Some(area), Some(o)) = (&f.area, v.as_object_mut()) {
                o.insert("area".into(), json!(area));
            }
            v
        })
        .collect();
    let interfaces: Vec<Value> = m
        .interfaces
        .iter()
        .map(|i| {
            let methods: Vec<Value> = i
                .methods
                .iter()
                .map(|x| {
                    json!({
                        "name": x.name,
                        "slot": x.slot,
                        "warnings": x.warnings.iter().map(|c| m.consts[c.index()].name.clone()).collect::<Vec<_>>(),
                        "returns": m.type_name(&x.ret),
                        "docs": x.docs,
                        "params": params(m, &x.params),
                        "abi": abi(m, &lower(m, &x.params, &x.ret, &x.warnings), &x.params),
                    })
                })
                .collect();
            json!({
                "name": i.name,
                "iid": i.iid.map(|g| g.to_string()),
                "base": i.base.map(|b| m.interfaces[b.index()].name.clone()),
                "object": i.object,
                "local": i.local,
                "first_slot": i.first_slot,
                "docs": i.docs,
                "methods": methods,
            })
        })
        .collect();
    let constants: Vec<Value> = m
        .consts
        .iter()
        .map(|c| {
            json!({
                "name": c.name,
                "type": m.type_name(&c.ty),
                "value": match &c.value {
                    ConstValue::Int(v) => int(*v),
                    ConstValue::Float(f) => json!(f),
                    ConstValue::Str(s) => json!(s),
                    ConstValue::Char(ch) => json!(ch.to_string()),
                    ConstValue::Guid(g) => json!(g.to_string()),
                },
                "kind": match c.kind { ConstKind::Declared => "declared", ConstKind::Flag(_) => "flag", ConstKind::PropTag(..) => "proptag" },
                "docs": c.docs,
            })
        })
        .collect();
    let groups: Vec<Value> = m
        .flag_groups
        .iter()
        .map(|g| {
            let members: Vec<Value> = g
                .members
                .iter()
                .map(|x| {
                    json!({
                        "name": x.name,
                        "value": x.value,
                        "in": x.valid_in,
                        "out": x.valid_out,
                        "exclusive": x.exclusive,
                        "excludes": x.excludes,
                        "docs": x.docs,
                    })
                })
                .collect();
            json!({
                "name": g.name,
                "required": g.required,
                "keep_unknown": g.keep_unknown,
                "in_mask": g.in_mask(),
                "out_mask": g.out_mask(),
                "docs": g.docs,
                "members": members,
            })
        })
        .collect();
    let tags: Vec<Value> = m
        .prop_tags
        .iter()
        .map(|t| {
            let tag = t.consts.first().map(|c| match m.consts[c.index()].value {
                ConstValue::Int(v) => int(v),
                _ => Value::Null,
            });
            json!({
                "name": t.name,
                "id": t.id,
                "type": t.type_name,
                "type_value": t.prop_type,
                "tag": tag,
                "string_forms": t.string_forms,
                "docs": t.docs,
            })
        })
        .collect();
    let typedefs: Vec<Value> = m
        .typedefs
        .iter()
        .map(|t| json!({ "name": t.name, "type": m.type_name(&t.ty), "docs": t.docs }))
        .collect();
    let structs: Vec<Value> = m
        .structs
        .iter()
        .map(|s| {
            let fields: Vec<Value> = s
                .fields
                .iter()
                .flatten()
                .map(|f| {
                    json!({
                        "name": f.name,
                        "anonymous": f.anonymous,
                        "type": m.type_name(&f.ty),
                        "docs": f.docs,
                    })
                })
                .collect();
            json!({
                "name": s.name,
                "tag": s.tag,
                "union": s.is_union,
                "opaque": s.fields.is_none(),
                "parent": s.parent.map(|p| m.structs[p.index()].name.clone()),
                "docs": s.docs,
                "fields": fields,
            })
        })
        .collect();
    let enums: Vec<Value> = m
        .enums
        .iter()
        .map(|e| {
            let members: Vec<Value> = e
                .members
                .iter()
                .map(|x| json!({ "name": x.name, "value": int(x.value), "docs": x.docs }))
                .collect();
            json!({ "name": e.name, "docs": e.docs, "members": members })
        })
        .collect();
    let functions: Vec<Value> = m
        .functions
        .iter()
        .map(|f| {
            json!({
                "name": f.name,
                "callconv": match f.sig.callconv { CallConv::System => "system", CallConv::C => "C" },
                "returns": m.type_name(&f.sig.ret),
                "params": params(m, &f.sig.params),
                "abi": abi(m, &lower(m, &f.sig.params, &f.sig.ret, &[]), &f.sig.params),
                "dll": f.dll,
                "docs": f.docs,
            })
        })
        .collect();
    json!({
        "schema": "mapi-idl-model",
        "version": VERSION,
        "files": files,
        "interfaces": interfaces,
        "constants": constants,
        "flag_groups": groups,
        "prop_tags": tags,
        "typedefs": typedefs,
        "structs": structs,
        "enums": enums,
        "functions": functions,
    })
}

/// The model as pretty-printed JSON text.
pub fn emit(m: &Model) -> String {
    let mut s = serde_json::to_string_pretty(&to_value(m)).unwrap_or_default();
    s.push('\n');
    s
}

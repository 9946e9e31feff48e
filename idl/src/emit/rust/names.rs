//! Rust names for C names: identifiers, method names, flag names.

use proc_macro2::{Ident, Span};
use quote::format_ident;

/// A Rust identifier for a C name: raw for keywords, `_` appended where
/// raw identifiers are not allowed.
pub fn to_ident(name: &str) -> Ident {
    const RAW_NOT_ALLOWED: &[&str] = &["self", "Self", "super", "crate", "_"];
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
        "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
        "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
        "typeof", "unsized", "virtual", "yield", "try", "gen",
    ];
    if RAW_NOT_ALLOWED.contains(&name) {
        format_ident!("{}_", name)
    } else if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// `snake_case` for a C method name, keeping plural acronyms whole:
/// `CompareEntryIDs` -> `compare_entry_ids`.
pub fn snake_case(name: &str) -> String {
    let c: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for i in 0..c.len() {
        let ch = c[i];
        if ch.is_ascii_uppercase() && i > 0 {
            let prev = c[i - 1];
            let next = c.get(i + 1).copied();
            let plural_acronym =
                next == Some('s') && c.get(i + 2).is_none_or(|n| n.is_ascii_uppercase());
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase()
                    && next.is_some_and(|n| n.is_ascii_lowercase())
                    && !plural_acronym);
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// Names that would shadow, or be ambiguous with, methods every `ComPtr`
/// already has (inherent or from prelude traits); such methods get a `_`
/// appended (`IStream::Clone` is `clone_`).
const RESERVED: &[&str] = &[
    "as_base",
    "as_raw",
    "base_vtable",
    "borrow",
    "cast",
    "clone",
    "clone_from",
    "drop",
    "eq",
    "fmt",
    "from",
    "from_borrowed",
    "from_non_null",
    "from_raw",
    "hash",
    "into",
    "into_raw",
    "ne",
    "to_owned",
    "try_from",
    "try_into",
    "upcast",
    "vtable",
];

/// The Rust name of the caller method for C method `name`.
pub fn method_name(name: &str) -> String {
    let s = snake_case(name);
    if RESERVED.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        s
    }
}

/// Names for the members of a flag set: the C names without the prefix they
/// all share (`LOGOFF_ABORT` -> `ABORT`), unless that leaves a name that is
/// not an identifier.
pub fn short_names<'a>(names: impl Iterator<Item = &'a str> + Clone) -> Vec<String> {
    let all: Vec<&str> = names.clone().collect();
    let mut prefix = all.first().map_or("", |f| *f).to_string();
    for n in &all {
        while !n.starts_with(&prefix) {
            prefix.pop();
        }
    }
    // Cut at the last underscore so whole words are removed.
    let cut = prefix.rfind('_').map_or(0, |i| i + 1);
    let stripped: Vec<String> = all.iter().map(|n| n[cut..].to_string()).collect();
    // Names the flag set type itself defines.
    const RESERVED: &[&str] = &["IN_MASK", "OUT_MASK", "EXCLUSIVE_SETS", "REQUIRED", "NAMES"];
    let ok = all.len() > 1
        && stripped.iter().all(|s| {
            s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && !RESERVED.contains(&s.as_str())
        });
    if ok {
        stripped
    } else {
        all.iter().map(|s| s.to_string()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_keeps_plural_acronyms() {
        assert_eq!(snake_case("CompareEntryIDs"), "compare_entry_ids");
        assert_eq!(snake_case("GetIDsFromNames"), "get_ids_from_names");
        assert_eq!(snake_case("StoreLogoff"), "store_logoff");
        assert_eq!(snake_case("OpenMsgStore"), "open_msg_store");
        assert_eq!(snake_case("GetRcvFolder"), "get_rcv_folder");
        assert_eq!(snake_case("SetLockState"), "set_lock_state");
        assert_eq!(snake_case("QueryInterface"), "query_interface");
    }

    #[test]
    fn method_names_are_snake_case_and_avoid_com_ptr_s_own() {
        assert_eq!(method_name("StoreLogoff"), "store_logoff");
        assert_eq!(method_name("CompareEntryIDs"), "compare_entry_ids");
        assert_eq!(method_name("GetIDsFromNames"), "get_ids_from_names");
        assert_eq!(method_name("Clone"), "clone_");
        assert_eq!(method_name("Next"), "next");
    }

    #[test]
    fn flag_names_lose_their_shared_prefix() {
        let v = short_names(["LOGOFF_ABORT", "LOGOFF_NO_WAIT"].into_iter());
        assert_eq!(v, ["ABORT", "NO_WAIT"]);
        let v = short_names(["MAPI_UNICODE", "MAPI_MODIFY", "MDB_WRITE"].into_iter());
        assert_eq!(v, ["MAPI_UNICODE", "MAPI_MODIFY", "MDB_WRITE"]);
        let v = short_names(["X_1", "X_2"].into_iter());
        assert_eq!(v, ["X_1", "X_2"]);
        let v = short_names(["MAPI_UNICODE"].into_iter());
        assert_eq!(v, ["MAPI_UNICODE"]);
    }
}

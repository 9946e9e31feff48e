//! Areas: which Cargo features make each item of a model available.
//!
//! A file names its area with `#pragma area("store")` ([`ModelFile::area`]);
//! a file without one is in the core, which is always available. An item is
//! needed by its own area and by every area of an item that refers to it
//! (a method's parameter types, a struct's fields, a base interface, ...),
//! followed through the whole reference graph; an item any core item needs
//! is always available. A backend gating by area puts each item behind
//! `any` of the features that need it, so that enabling one area always
//! brings what its items name, and nothing else.

use crate::model::*;

/// An item of the model, as the reference graph sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    /// An interface, with everything emitted for it (vtable, IID, provider
    /// and caller sides).
    Interface(InterfaceId),
    /// A typedef.
    Typedef(TypedefId),
    /// A struct or union.
    Struct(StructId),
    /// An enum and its members.
    Enum(EnumId),
    /// A constant.
    Const(ConstId),
    /// A flag group.
    FlagGroup(FlagGroupId),
    /// A function a DLL exports.
    Function(FunctionId),
}

/// When an item is available.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gate {
    /// Always: a core item, or one a core item needs.
    Always,
    /// When any of these areas is enabled (indexes into [`Areas::names`],
    /// sorted, never empty).
    Any(Vec<u16>),
}

/// The areas of a model and the gate of each item.
#[derive(Clone, Debug, Default)]
pub struct Areas {
    names: Vec<String>,
    interfaces: Vec<Gate>,
    typedefs: Vec<Gate>,
    structs: Vec<Gate>,
    enums: Vec<Gate>,
    consts: Vec<Gate>,
    flag_groups: Vec<Gate>,
    functions: Vec<Gate>,
}

impl Areas {
    /// The gates of every item of `m`.
    pub fn new(m: &Model) -> Areas {
        let mut names: Vec<String> = m.files.iter().filter_map(|f| f.area.clone()).collect();
        names.sort();
        names.dedup();
        // Each file's area, by file index.
        let mut by_file: Vec<Option<u16>> = Vec::new();
        for f in &m.files {
            let i = f.id.index();
            if by_file.len() <= i {
                by_file.resize(i + 1, None);
            }
            by_file[i] = f
                .area
                .as_ref()
                .and_then(|a| names.iter().position(|n| n == a))
                .map(|p| p as u16);
        }
        let own = |o: &Origin| match by_file.get(o.file.index()).copied().flatten() {
            Some(i) => Gate::Any(vec![i]),
            None => Gate::Always,
        };
        let mut a = Areas {
            interfaces: m.interfaces.iter().map(|x| own(&x.origin)).collect(),
            typedefs: m.typedefs.iter().map(|x| own(&x.origin)).collect(),
            structs: m.structs.iter().map(|x| own(&x.origin)).collect(),
            enums: m.enums.iter().map(|x| own(&x.origin)).collect(),
            consts: m.consts.iter().map(|x| own(&x.origin)).collect(),
            flag_groups: m.flag_groups.iter().map(|x| own(&x.origin)).collect(),
            functions: m.functions.iter().map(|x| own(&x.origin)).collect(),
            names: Vec::new(),
        };
        a.names = names;
        if a.names.is_empty() {
            return a;
        }
        // Every item's needs flow to what it refers to, until nothing
        // changes (the graph has cycles: structs pointing at each other).
        let mut work: Vec<Item> = all_items(m).collect();
        let mut refs = Vec::new();
        while let Some(x) = work.pop() {
            let need = a.gate(x).clone();
            refs.clear();
            references(m, x, &mut refs);
            for &y in &refs {
                if a.gate_mut(y).absorb(&need) {
                    work.push(y);
                }
            }
        }
        a
    }

    /// The area names, sorted; [`Gate::Any`] indexes into them.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The gate of `item`.
    pub fn gate(&self, item: Item) -> &Gate {
        match item {
            Item::Interface(id) => &self.interfaces[id.index()],
            Item::Typedef(id) => &self.typedefs[id.index()],
            Item::Struct(id) => &self.structs[id.index()],
            Item::Enum(id) => &self.enums[id.index()],
            Item::Const(id) => &self.consts[id.index()],
            Item::FlagGroup(id) => &self.flag_groups[id.index()],
            Item::Function(id) => &self.functions[id.index()],
        }
    }

    fn gate_mut(&mut self, item: Item) -> &mut Gate {
        match item {
            Item::Interface(id) => &mut self.interfaces[id.index()],
            Item::Typedef(id) => &mut self.typedefs[id.index()],
            Item::Struct(id) => &mut self.structs[id.index()],
            Item::Enum(id) => &mut self.enums[id.index()],
            Item::Const(id) => &mut self.consts[id.index()],
            Item::FlagGroup(id) => &mut self.flag_groups[id.index()],
            Item::Function(id) => &mut self.functions[id.index()],
        }
    }

    /// The names of the areas in `gate` (none for [`Gate::Always`]).
    pub fn gate_names<'a>(&'a self, gate: &'a Gate) -> impl Iterator<Item = &'a str> + 'a {
        let list: &[u16] = match gate {
            Gate::Always => &[],
            Gate::Any(list) => list,
        };
        list.iter().map(|&i| self.names[usize::from(i)].as_str())
    }
}

impl Gate {
    /// Adds `other`'s areas to this gate; whether it changed.
    fn absorb(&mut self, other: &Gate) -> bool {
        match (&mut *self, other) {
            (Gate::Always, _) => false,
            (_, Gate::Always) => {
                *self = Gate::Always;
                true
            }
            (Gate::Any(mine), Gate::Any(theirs)) => {
                let before = mine.len();
                for &t in theirs {
                    if let Err(at) = mine.binary_search(&t) {
                        mine.insert(at, t);
                    }
                }
                mine.len() != before
            }
        }
    }
}

impl Item {
    /// Where the item is declared.
    pub fn origin(self, m: &Model) -> &Origin {
        match self {
            Item::Interface(id) => &m.interfaces[id.index()].origin,
            Item::Typedef(id) => &m.typedefs[id.index()].origin,
            Item::Struct(id) => &m.structs[id.index()].origin,
            Item::Enum(id) => &m.enums[id.index()].origin,
            Item::Const(id) => &m.consts[id.index()].origin,
            Item::FlagGroup(id) => &m.flag_groups[id.index()].origin,
            Item::Function(id) => &m.functions[id.index()].origin,
        }
    }

    /// The item's name.
    pub fn name(self, m: &Model) -> &str {
        match self {
            Item::Interface(id) => &m.interfaces[id.index()].name,
            Item::Typedef(id) => &m.typedefs[id.index()].name,
            Item::Struct(id) => &m.structs[id.index()].name,
            Item::Enum(id) => &m.enums[id.index()].name,
            Item::Const(id) => &m.consts[id.index()].name,
            Item::FlagGroup(id) => &m.flag_groups[id.index()].name,
            Item::Function(id) => &m.functions[id.index()].name,
        }
    }
}

/// The area `item` is declared in (its file's `#pragma area`), if any.
pub fn own_area(m: &Model, item: Item) -> Option<&str> {
    let file = item.origin(m).file;
    m.files
        .iter()
        .find(|f| f.id == file)
        .and_then(|f| f.area.as_deref())
}

/// Every item of `m`.
pub fn all_items(m: &Model) -> impl Iterator<Item = Item> + '_ {
    let n = |len: usize| 0..len as u32;
    n(m.interfaces.len())
        .map(|i| Item::Interface(InterfaceId(i)))
        .chain(n(m.typedefs.len()).map(|i| Item::Typedef(TypedefId(i))))
        .chain(n(m.structs.len()).map(|i| Item::Struct(StructId(i))))
        .chain(n(m.enums.len()).map(|i| Item::Enum(EnumId(i))))
        .chain(n(m.consts.len()).map(|i| Item::Const(ConstId(i))))
        .chain(n(m.flag_groups.len()).map(|i| Item::FlagGroup(FlagGroupId(i))))
        .chain(n(m.functions.len()).map(|i| Item::Function(FunctionId(i))))
}

/// Pushes the items `item`'s generated code names to `out`: the types of
/// a typedef, a struct's fields and a constant; an interface's base, the
/// types of its methods, the flag groups they take and the `GUID` of its
/// IID. Flag groups name only values.
pub fn references(m: &Model, item: Item, out: &mut Vec<Item>) {
    match item {
        Item::Interface(id) => {
            let i = &m.interfaces[id.index()];
            out.extend(i.base.map(Item::Interface));
            if i.iid.is_some() {
                out.extend(m.well_known.guid.map(Item::Struct));
            }
            for method in &i.methods {
                type_refs(&method.ret, out);
                for p in &method.params {
                    type_refs(&p.ty, out);
                    out.extend(p.flags.map(Item::FlagGroup));
                }
            }
        }
        Item::Typedef(id) => type_refs(&m.typedefs[id.index()].ty, out),
        Item::Struct(id) => {
            for f in m.structs[id.index()].fields.iter().flatten() {
                type_refs(&f.ty, out);
            }
        }
        Item::Const(id) => type_refs(&m.consts[id.index()].ty, out),
        Item::Function(id) => {
            let sig = &m.functions[id.index()].sig;
            type_refs(&sig.ret, out);
            for p in &sig.params {
                type_refs(&p.ty, out);
            }
        }
        Item::Enum(_) | Item::FlagGroup(_) => {}
    }
}

/// The named items a type spells.
fn type_refs(ty: &Type, out: &mut Vec<Item>) {
    match ty {
        Type::Void | Type::Prim(_) => {}
        Type::Ptr { to, .. } => type_refs(to, out),
        Type::Array { elem, .. } => type_refs(elem, out),
        Type::Typedef(id) => out.push(Item::Typedef(*id)),
        Type::Struct(id) => out.push(Item::Struct(*id)),
        Type::Enum(id) => out.push(Item::Enum(*id)),
        Type::FlagGroup(id) => out.push(Item::FlagGroup(*id)),
        Type::Interface(id) => out.push(Item::Interface(*id)),
        Type::Function(sig) => {
            type_refs(&sig.ret, out);
            for p in &sig.params {
                type_refs(&p.ty, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MemLoader, Options, compile_with};

    /// The gate of each named item, as area names (`[]` for always).
    fn gates(files: &[(&str, &str)], roots: &[&str]) -> Vec<(String, Vec<String>)> {
        let mut loader = MemLoader::new();
        for (path, text) in files {
            loader.add(*path, *text);
        }
        let roots: Vec<_> = roots.iter().map(Into::into).collect();
        let c = compile_with(&loader, &roots, &Options::default());
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        let areas = Areas::new(&c.model);
        let mut out: Vec<(String, Vec<String>)> = all_items(&c.model)
            .map(|item| {
                let names = areas
                    .gate_names(areas.gate(item))
                    .map(String::from)
                    .collect();
                (item.name(&c.model).to_string(), names)
            })
            .collect();
        out.sort();
        out
    }

    const BASE: &str = r#"
        [object, local, uuid(00000000-0000-0000-C000-000000000046)]
        interface IUnknown {
            long QueryInterface([in] void *riid, [out] void **ppv);
            unsigned long AddRef(void);
            unsigned long Release(void);
        }
        typedef unsigned long ULONG;
    "#;

    #[test]
    fn items_are_needed_by_their_area_and_every_area_that_refers_to_them() {
        let widgets = r#"
            #pragma area("widgets")
            import "base.idl";
            typedef struct WIDGET { ULONG n; struct WIDGET *next; } WIDGET;
            typedef [flag_group] enum { [in] SPIN_FAST = 1 } SpinFlags;
            [object, local, uuid(11111111-0000-0000-C000-000000000046)]
            interface IWidget : IUnknown {
                long Spin([in, flags(SpinFlags)] ULONG f);
            }
            const ULONG ONLY_WIDGETS = 1;
        "#;
        let gadgets = r#"
            #pragma area("gadgets")
            import "widgets.idl";
            [object, local, uuid(22222222-0000-0000-C000-000000000046)]
            interface IGadget : IWidget {
                long Get([out] WIDGET *w);
            }
        "#;
        let shared = r#"
            import "widgets.idl";
            typedef IWidget *LPWIDGET;
        "#;
        let files = [
            ("base.idl", BASE),
            ("widgets.idl", widgets),
            ("gadgets.idl", gadgets),
        ];
        let g = gates(&files, &["gadgets.idl"]);
        let of = |name: &str| g.iter().find(|(n, _)| n == name).map(|(_, a)| a.clone());
        // Its own area only.
        assert_eq!(of("ONLY_WIDGETS"), Some(vec!["widgets".into()]));
        // Needed by gadgets too: the base interface, a parameter's struct,
        // and through them the flag group (a cycle through `next` ends).
        assert_eq!(
            of("IWidget"),
            Some(vec!["gadgets".into(), "widgets".into()])
        );
        assert_eq!(of("WIDGET"), Some(vec!["gadgets".into(), "widgets".into()]));
        assert_eq!(
            of("SpinFlags"),
            Some(vec!["gadgets".into(), "widgets".into()])
        );
        assert_eq!(of("IGadget"), Some(vec!["gadgets".into()]));
        // The core is always there.
        assert_eq!(of("IUnknown"), Some(vec![]));
        assert_eq!(of("ULONG"), Some(vec![]));

        // A core file naming an item of an area makes it (and what it
        // names) always available.
        let files = [
            ("base.idl", BASE),
            ("widgets.idl", widgets),
            ("shared.idl", shared),
        ];
        let g = gates(&files, &["shared.idl"]);
        let of = |name: &str| g.iter().find(|(n, _)| n == name).map(|(_, a)| a.clone());
        assert_eq!(of("IWidget"), Some(vec![]));
        assert_eq!(of("SpinFlags"), Some(vec![]));
        assert_eq!(of("ONLY_WIDGETS"), Some(vec!["widgets".into()]));
    }
}

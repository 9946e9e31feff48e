//! The attribute placement table: which attribute may appear where, with how
//! many arguments, and the check of every attribute list against it.

use super::Resolver;
use crate::ast;
use crate::diag::{Diagnostic, codes, did_you_mean};
use crate::fxhash::FxHashMap as HashMap;
use crate::lex::{Interner, Symbol};
use crate::source::Span;

/// Where an attribute appears; one table says which attributes go where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    Interface,
    Method,
    Param,
    Field,
    Typedef,
    Enum,
    EnumMember,
    Const,
    Coclass,
    Library,
    Module,
}

impl Place {
    fn what(self) -> &'static str {
        match self {
            Place::Interface => "an interface",
            Place::Method => "a method or function",
            Place::Param => "a parameter",
            Place::Field => "a field",
            Place::Typedef => "a typedef",
            Place::Enum => "an enum",
            Place::EnumMember => "an enum member",
            Place::Const => "a constant",
            Place::Coclass => "a coclass",
            Place::Library => "a library",
            Place::Module => "a module",
        }
    }
}

#[derive(Clone, Copy)]
enum Arity {
    None,
    One,
    AtLeastOne,
    Optional,
    Any,
}

use Place as P;

/// Every attribute the compiler knows: where it may appear and how many
/// arguments it takes.
const ATTRS: &[(&str, &[Place], Arity)] = &[
    ("object", &[P::Interface], Arity::None),
    (
        "uuid",
        &[P::Interface, P::Coclass, P::Library, P::Typedef, P::Enum],
        Arity::Any,
    ),
    ("local", &[P::Interface, P::Method], Arity::None),
    ("pointer_default", &[P::Interface], Arity::One),
    (
        "version",
        &[P::Interface, P::Coclass, P::Library],
        Arity::One,
    ),
    (
        "helpstring",
        &[
            P::Interface,
            P::Method,
            P::Param,
            P::Field,
            P::Typedef,
            P::Enum,
            P::EnumMember,
            P::Const,
            P::Coclass,
            P::Library,
            P::Module,
        ],
        Arity::One,
    ),
    (
        "helpcontext",
        &[
            P::Interface,
            P::Method,
            P::Typedef,
            P::Coclass,
            P::Library,
            P::Module,
        ],
        Arity::One,
    ),
    ("helpfile", &[P::Library], Arity::One),
    ("helpstringdll", &[P::Library], Arity::One),
    ("lcid", &[P::Library, P::Param], Arity::Optional),
    (
        "custom",
        &[
            P::Interface,
            P::Method,
            P::Param,
            P::Field,
            P::Typedef,
            P::Coclass,
            P::Library,
        ],
        Arity::AtLeastOne,
    ),
    ("dual", &[P::Interface], Arity::None),
    // MkTypLib's marker of an interface description, which MIDL accepts
    // and ignores.
    ("odl", &[P::Interface], Arity::None),
    ("oleautomation", &[P::Interface], Arity::None),
    ("nonextensible", &[P::Interface], Arity::None),
    (
        "hidden",
        &[P::Interface, P::Method, P::Typedef, P::Coclass, P::Library],
        Arity::None,
    ),
    (
        "restricted",
        &[P::Interface, P::Method, P::Library, P::Coclass],
        Arity::None,
    ),
    ("async_uuid", &[P::Interface], Arity::Any),
    ("dispinterface", &[P::Interface], Arity::None),
    ("in", &[P::Param, P::EnumMember], Arity::None),
    ("out", &[P::Param, P::EnumMember], Arity::None),
    ("retval", &[P::Param], Arity::None),
    ("optional", &[P::Param], Arity::None),
    ("defaultvalue", &[P::Param], Arity::One),
    (
        "unique",
        &[P::Param, P::Field, P::Typedef, P::Method],
        Arity::None,
    ),
    (
        "ptr",
        &[P::Param, P::Field, P::Typedef, P::Method],
        Arity::None,
    ),
    ("ref", &[P::Param, P::Field, P::Typedef], Arity::None),
    ("string", &[P::Param, P::Field, P::Typedef], Arity::None),
    ("size_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("length_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("max_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("min_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("first_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("last_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("range", &[P::Param, P::Field], Arity::Any),
    ("iid_is", &[P::Param, P::Field], Arity::One),
    ("switch_is", &[P::Param, P::Field], Arity::One),
    ("switch_type", &[P::Param, P::Field, P::Typedef], Arity::One),
    ("case", &[P::Field], Arity::AtLeastOne),
    ("default", &[P::Field], Arity::None),
    ("ignore", &[P::Field], Arity::None),
    ("annotation", &[P::Param, P::Method], Arity::Any),
    ("flags", &[P::Param], Arity::One),
    ("mapi_alloc", &[P::Param], Arity::None),
    ("byte_count", &[P::Param], Arity::None),
    ("unicode_flag", &[P::Param], Arity::One),
    ("may_be_null", &[P::Param], Arity::None),
    ("reserved", &[P::Param], Arity::None),
    ("retained", &[P::Param], Arity::None),
    ("opaque", &[P::Param], Arity::None),
    ("handed_over", &[P::Param], Arity::Optional),
    ("com_out", &[P::Param], Arity::None),
    ("flag_group", &[P::Typedef, P::Enum], Arity::None),
    ("required", &[P::Typedef, P::Enum], Arity::None),
    ("unknown", &[P::Typedef, P::Enum], Arity::One),
    ("v1_enum", &[P::Typedef, P::Enum], Arity::None),
    ("exclusive", &[P::EnumMember], Arity::Optional),
    ("excludes", &[P::EnumMember], Arity::AtLeastOne),
    ("proptag", &[P::Const], Arity::One),
    ("warnings", &[P::Method], Arity::AtLeastOne),
    ("propget", &[P::Method], Arity::None),
    ("propput", &[P::Method], Arity::None),
    ("propputref", &[P::Method], Arity::None),
    ("id", &[P::Method, P::Field], Arity::One),
    ("call_as", &[P::Method], Arity::One),
    ("vararg", &[P::Method], Arity::None),
    ("callback", &[P::Method], Arity::None),
    ("entry", &[P::Method], Arity::One),
    ("source", &[P::Method, P::Field], Arity::None),
    ("bindable", &[P::Method, P::Field], Arity::None),
    ("requestedit", &[P::Method, P::Field], Arity::None),
    ("displaybind", &[P::Method, P::Field], Arity::None),
    ("defaultbind", &[P::Method, P::Field], Arity::None),
    ("nonbrowsable", &[P::Method, P::Field], Arity::None),
    ("usesgetlasterror", &[P::Method], Arity::None),
    ("public", &[P::Typedef], Arity::None),
    ("transmit_as", &[P::Typedef], Arity::One),
    ("wire_marshal", &[P::Typedef], Arity::One),
    ("user_marshal", &[P::Typedef], Arity::One),
    ("context_handle", &[P::Typedef, P::Param], Arity::None),
    ("handle", &[P::Typedef], Arity::None),
    ("opaque_handle", &[P::Typedef], Arity::None),
    ("appobject", &[P::Coclass], Arity::None),
    ("licensed", &[P::Coclass], Arity::None),
    ("noncreatable", &[P::Coclass], Arity::None),
    ("aggregatable", &[P::Coclass], Arity::None),
    ("control", &[P::Coclass, P::Library], Arity::None),
    ("dllname", &[P::Module], Arity::One),
];

/// The attributes the model interprets. Misplacing one of them, or giving
/// it the wrong arguments, is an error; any other attribute is only kept as
/// written, so the same mistakes with it are warnings.
const INTERPRETED: &[&str] = &[
    "object",
    "uuid",
    "local",
    "in",
    "out",
    "unique",
    "ptr",
    "optional",
    "retval",
    "string",
    "size_is",
    "length_is",
    "iid_is",
    "switch_is",
    "case",
    "default",
    "flags",
    "mapi_alloc",
    "byte_count",
    "unicode_flag",
    "may_be_null",
    "reserved",
    "retained",
    "opaque",
    "handed_over",
    "com_out",
    "flag_group",
    "required",
    "unknown",
    "v1_enum",
    "exclusive",
    "excludes",
    "proptag",
    "warnings",
    "propget",
    "propput",
    "propputref",
    "opaque_handle",
];

/// What the resolver knows of the attribute names it met, by symbol: for
/// each, 0 when not looked up yet, 1 when not a known attribute, else its
/// index in [`ATTRS`] plus 2, with [`Self::INTERPRETED`] set when it is in
/// [`INTERPRETED`]. Every attribute of every file is looked up: once per
/// name, then by its symbol's number.
#[derive(Default)]
pub(super) struct KnownAttrs(Vec<u8>);

/// Known attributes, one bit each by index in [`ATTRS`].
#[derive(Clone, Copy)]
pub(super) struct AttrSet(u128);

// Every index has a bit.
const _: () = assert!(ATTRS.len() <= 128);

impl AttrSet {
    /// The first attribute of `attrs` (the list the set is of) that is the
    /// known attribute `k` ([`index_of`]), looked for only when present.
    pub(super) fn find<'x>(
        self,
        n: &Interner,
        attrs: &'x [ast::Attr],
        k: usize,
    ) -> Option<&'x ast::Attr> {
        if self.0 >> k & 1 == 0 {
            return None;
        }
        attrs.iter().find(|a| n.is(a.name.name, ATTRS[k].0))
    }

    /// Whether the known attribute `k` ([`index_of`]) is in the set.
    pub(super) fn has(self, k: usize) -> bool {
        self.0 >> k & 1 == 1
    }
}

/// The index in [`ATTRS`] of the known attribute `name`, for constants
/// (an unknown name does not compile).
pub(super) const fn index_of(name: &str) -> usize {
    let mut i = 0;
    while i < ATTRS.len() {
        let (a, b) = (ATTRS[i].0.as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a known attribute")
}

// Every index plus 2 fits below the flag.
const _: () = assert!(ATTRS.len() + 2 < KnownAttrs::INTERPRETED as usize);

impl KnownAttrs {
    const INTERPRETED: u8 = 0x80;

    /// The index in [`ATTRS`] of the attribute named `name`, if known, and
    /// whether the model interprets it.
    pub(super) fn get(&mut self, n: &Interner, name: Symbol) -> Option<(usize, bool)> {
        let i = name.index();
        if self.0.len() <= i {
            self.0.resize(i + 1, 0);
        }
        if self.0[i] == 0 {
            let text = n.text(name);
            self.0[i] = match ATTRS.iter().position(|(a, ..)| *a == text) {
                Some(k) if INTERPRETED.contains(&text) => (k as u8 + 2) | Self::INTERPRETED,
                Some(k) => k as u8 + 2,
                None => 1,
            };
        }
        match self.0[i] {
            1 => None,
            k => Some((
                usize::from(k & !Self::INTERPRETED) - 2,
                k & Self::INTERPRETED != 0,
            )),
        }
    }

    /// The known attributes of `attrs`, for questions asked many times
    /// of one list (a parameter's).
    pub(super) fn set_of(&mut self, n: &Interner, attrs: &[ast::Attr]) -> AttrSet {
        let mut set = 0u128;
        for a in attrs {
            if let Some((k, _)) = self.get(n, a.name.name) {
                set |= 1 << k;
            }
        }
        AttrSet(set)
    }

    /// The name of the known attribute `name` as a `'static` text.
    pub(super) fn name(&mut self, n: &Interner, name: Symbol) -> Option<&'static str> {
        self.get(n, name).map(|(k, _)| ATTRS[k].0)
    }
}

impl<'a> Resolver<'a, '_> {
    pub(super) fn check_attrs(&mut self, attrs: &[ast::Attr], place: Place) {
        // The first of each name: by a linear search in a short list (most
        // are one or two attributes), by name in a long one, where a linear
        // search per attribute took time quadratic in its length.
        const SHORT: usize = 8;
        let mut seen: HashMap<Symbol, Span> = HashMap::default();
        for (i, a) in attrs.iter().enumerate() {
            let name = self.interner.text(a.name.name);
            let first = if attrs.len() <= SHORT {
                attrs[..i]
                    .iter()
                    .find(|b| b.name.name == a.name.name)
                    .map(|b| b.span)
            } else {
                seen.get(&a.name.name).copied()
            };
            if let Some(first_span) = first.filter(|_| name != "case") {
                self.err(
                    Diagnostic::error(
                        codes::DUPLICATE_ATTR,
                        a.span,
                        format!("attribute `{name}` is given twice"),
                    )
                    .with_note(first_span, "first given here"),
                );
                continue;
            }
            if attrs.len() > SHORT {
                seen.entry(a.name.name).or_insert(a.span);
            }
            let Some((k, interpreted)) = self.known_attrs.get(self.interner, a.name.name) else {
                let mut d = Diagnostic::warning(
                    codes::UNKNOWN_ATTR,
                    a.name.span,
                    format!("unknown attribute `{name}`"),
                )
                .with_note(None, "it is kept in the model as written");
                if let Some(s) = did_you_mean(name, ATTRS.iter().map(|(n, ..)| *n)) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                self.err(d);
                continue;
            };
            let (_, places, arity) = ATTRS[k];
            let problem = |code, span, msg: String| {
                if interpreted {
                    Diagnostic::error(code, span, msg)
                } else {
                    Diagnostic::warning(code, span, msg)
                        .with_note(None, "it is kept in the model as written")
                }
            };
            if !places.contains(&place) {
                let wheres: Vec<&str> = places.iter().map(|p| p.what()).collect();
                self.err(
                    problem(
                        codes::MISPLACED_ATTR,
                        a.span,
                        format!("attribute `{name}` is not allowed on {}", place.what()),
                    )
                    .with_note(None, format!("`{name}` goes on {}", wheres.join(", "))),
                );
                continue;
            }
            let n = a.args.as_ref().map(|v| v.len());
            let ok = match arity {
                Arity::None => n.is_none(),
                Arity::One => n == Some(1) && a.args.as_ref().is_some_and(|v| v[0].is_some()),
                Arity::AtLeastOne => n.is_some_and(|n| n >= 1),
                Arity::Optional => n.is_none() || n == Some(1),
                Arity::Any => true,
            };
            if !ok {
                let want = match arity {
                    Arity::None => "no arguments".to_string(),
                    Arity::One => "one argument".to_string(),
                    Arity::AtLeastOne => "at least one argument".to_string(),
                    Arity::Optional => "at most one argument".to_string(),
                    Arity::Any => String::new(),
                };
                self.err(problem(
                    codes::BAD_ATTR_ARGS,
                    a.span,
                    format!("attribute `{name}` takes {want}"),
                ));
            }
        }
    }
}

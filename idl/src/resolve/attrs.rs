//! The attribute placement table: which attribute may appear where, with how
//! many arguments, and the check of every attribute list against it.

use super::Resolver;
use crate::ast;
use crate::diag::{Diagnostic, codes, did_you_mean};
use crate::fxhash::FxHashMap as HashMap;
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

/// [`ATTRS`] by name, with whether each is in [`INTERPRETED`]: looked up
/// for every attribute of every file, where a search of the lists was a
/// visible share of the time.
fn known_attrs() -> &'static HashMap<&'static str, (&'static [Place], Arity, bool)> {
    type Table = HashMap<&'static str, (&'static [Place], Arity, bool)>;
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        ATTRS
            .iter()
            .map(|&(name, places, arity)| (name, (places, arity, INTERPRETED.contains(&name))))
            .collect()
    })
}

/// The name of a known attribute as a `'static` text.
pub(super) fn known_name(name: &str) -> Option<&'static str> {
    known_attrs().get_key_value(name).map(|(k, _)| *k)
}

impl<'a> Resolver<'a, '_> {
    pub(super) fn check_attrs(&mut self, attrs: &[ast::Attr], place: Place) {
        // The first of each name: by a linear search in a short list (most
        // are one or two attributes), by name in a long one, where a linear
        // search per attribute took time quadratic in its length.
        const SHORT: usize = 8;
        let mut seen: HashMap<&str, Span> = HashMap::default();
        for (i, a) in attrs.iter().enumerate() {
            let name = &*a.name.name;
            let first = if attrs.len() <= SHORT {
                attrs[..i]
                    .iter()
                    .find(|b| &*b.name.name == name)
                    .map(|b| b.span)
            } else {
                seen.get(name).copied()
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
                seen.entry(name).or_insert(a.span);
            }
            let Some(&(places, arity, interpreted)) = known_attrs().get(name) else {
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
            let n = a.args.as_ref().map(Vec::len);
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

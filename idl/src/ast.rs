//! The syntax tree of one IDL file, as written, with a span on every node.

use crate::lex::Symbol;
use crate::source::Span;
use std::rc::Rc;

/// A name with its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ident {
    /// The name, in the compilation's [`Interner`](crate::lex::Interner)
    /// ([`Compilation::interner`](crate::Compilation::interner)).
    pub name: Symbol,
    /// Where it is written.
    pub span: Span,
}

/// Doc comments (`///` lines) attached to a declaration, joined by newlines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Docs {
    /// The text, one line per comment line; empty if there were none.
    pub text: Box<str>,
}

/// One `name` or `name(args)` inside `[...]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Attr {
    /// The attribute's name.
    pub name: Ident,
    /// Its arguments, if it has parentheses. An empty argument (as in
    /// `size_is(, n)`) is `None`.
    pub args: Option<Box<[Option<Expr>]>>,
    /// For `uuid(...)`: the raw text between the parentheses.
    pub raw: Option<Box<str>>,
    /// The whole attribute.
    pub span: Span,
}

/// A parsed file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// Top-level items in source order.
    pub items: Vec<Item>,
    /// `#pragma area("name")`: the area of the file's declarations, and
    /// where its name is written.
    pub area: Option<(String, Span)>,
}

/// A declaration with its docs and attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Its doc comments.
    pub docs: Docs,
    /// Attributes before the declaration.
    pub attrs: Box<[Attr]>,
    /// What it declares.
    pub kind: ItemKind,
    /// The whole declaration.
    pub span: Span,
}

/// The kinds of declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// `import "a.idl", "b.idl";`
    Import(Vec<(String, Span)>),
    /// `importlib("stdole2.tlb");`
    ImportLib(String),
    /// `cpp_quote("...")`
    CppQuote(String),
    /// `midl_pragma warning(...)`, kept as its raw tokens.
    MidlPragma(String),
    /// `interface IFoo;`
    InterfaceForward(Ident),
    /// `interface IFoo : IBase { ... }`
    Interface(Interface),
    /// `dispinterface DFoo { ... }`
    Dispinterface(Dispinterface),
    /// `coclass Foo { interface IFoo; }`
    Coclass(Coclass),
    /// `library Lib { ... }`
    Library(Library),
    /// `module M { ... }`
    Module(Module),
    /// `typedef ...;`
    Typedef(Typedef),
    /// `const T NAME = expr;`
    Const(Const),
    /// `struct S { ... };`, `union U { ... };`, `enum E { ... };` or a
    /// forward reference such as `struct S;`.
    Type(TypeSpec),
    /// A function declaration (in a `module`, or at the top level).
    Function(Function),
    /// A variable declaration (`extern const FMTID FMTID_X;`), which MIDL
    /// passes to the C header.
    Variable(Variable),
    /// `declare_guid(NAME, uuid);`: MIDL's shorthand for a `cpp_quote` of
    /// `EXTERN_GUID(NAME, ...)`.
    DeclareGuid(DeclareGuid),
}

/// `[extern] [const] T a, *b;`
#[derive(Clone, Debug, PartialEq)]
pub struct Variable {
    /// The type.
    pub ty: TypeSpec,
    /// The names declared.
    pub declarators: Vec<Declarator>,
}

/// `declare_guid(NAME, 5144C348-169E-4359-A79D-5482461D9929);`
#[derive(Clone, Debug, PartialEq)]
pub struct DeclareGuid {
    /// The variable the header declares.
    pub name: Ident,
    /// The GUID's text as written.
    pub raw: String,
    /// Where the GUID is written.
    pub raw_span: Span,
}

/// An interface definition.
#[derive(Clone, Debug, PartialEq)]
pub struct Interface {
    /// Its name.
    pub name: Ident,
    /// The base interface, if any.
    pub base: Option<Ident>,
    /// Members: methods, and nested typedefs/constants/cpp_quotes.
    pub items: Vec<Item>,
}

/// A dispinterface.
#[derive(Clone, Debug, PartialEq)]
pub struct Dispinterface {
    /// Its name.
    pub name: Ident,
    /// `properties:` fields.
    pub properties: Vec<Field>,
    /// `methods:` functions.
    pub methods: Vec<Item>,
    /// `interface IFoo;` form.
    pub interface: Option<Ident>,
}

/// A coclass.
#[derive(Clone, Debug, PartialEq)]
pub struct Coclass {
    /// Its name.
    pub name: Ident,
    /// Its interfaces with their attributes (`[default]`, `[source]`).
    pub interfaces: Vec<(Vec<Attr>, Ident)>,
}

/// A type library block.
#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    /// Its name.
    pub name: Ident,
    /// Its items.
    pub items: Vec<Item>,
}

/// A module (a DLL's functions and constants).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Its name.
    pub name: Ident,
    /// Its items.
    pub items: Vec<Item>,
}

/// `typedef [attrs] type decl, decl;`
#[derive(Clone, Debug, PartialEq)]
pub struct Typedef {
    /// Attributes between `typedef` and the type.
    pub attrs: Vec<Attr>,
    /// The type.
    pub ty: TypeSpec,
    /// The names declared.
    pub declarators: Vec<Declarator>,
}

/// `const T NAME = value;`
#[derive(Clone, Debug, PartialEq)]
pub struct Const {
    /// The declared type.
    pub ty: TypeSpec,
    /// Pointer stars in the declarator (`const char *X = "..."`).
    pub pointers: usize,
    /// The name.
    pub name: Ident,
    /// The value.
    pub value: Expr,
}

/// A function: an interface method or a module function.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Return type.
    pub ret: TypeSpec,
    /// Pointer stars on the return type.
    pub ret_pointers: usize,
    /// Calling convention, if written.
    pub callconv: Option<Ident>,
    /// Its name.
    pub name: Ident,
    /// Parameters.
    pub params: Vec<Param>,
}

/// A function parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Doc comments.
    pub docs: Docs,
    /// Attributes.
    pub attrs: Box<[Attr]>,
    /// The type.
    pub ty: TypeSpec,
    /// The declarator (name may be absent).
    pub decl: Declarator,
    /// The whole parameter.
    pub span: Span,
}

/// Base type of a declaration before pointers and arrays.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    /// What kind.
    pub kind: TypeSpecKind,
    /// Whether `const` qualifies it.
    pub is_const: bool,
    /// Where it is written.
    pub span: Span,
}

/// The kinds of base type.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeSpecKind {
    /// A C base type made of keywords (`unsigned long`, `void`, `__int3264`).
    Base(Vec<Ident>),
    /// A typedef or interface name.
    Named(Ident),
    /// `struct` with or without a body (boxed, as are unions and enums:
    /// most types are names, and every parameter and field holds one).
    Struct(Box<Aggregate>),
    /// `union` with or without a body.
    Union(Box<Aggregate>),
    /// `enum` with or without a body.
    Enum(Box<EnumDef>),
    /// `SAFEARRAY(T)`: a `SAFEARRAY *` holding elements of type `T` with
    /// this many pointer levels.
    SafeArray(Box<TypeSpec>, usize),
    /// `pipe T`: an RPC pipe of `T` elements.
    Pipe(Box<TypeSpec>),
}

/// A struct or union.
#[derive(Clone, Debug, PartialEq)]
pub struct Aggregate {
    /// The tag name, if any.
    pub name: Option<Ident>,
    /// The fields, if there is a body.
    pub fields: Option<Vec<Field>>,
    /// For an encapsulated union (`union U switch (long k) u { ... }`):
    /// the discriminant's type and name and the union arm's name.
    pub switch: Option<Box<UnionSwitch>>,
}

/// The discriminant of an encapsulated union.
#[derive(Clone, Debug, PartialEq)]
pub struct UnionSwitch {
    /// Discriminant type.
    pub ty: TypeSpec,
    /// Discriminant name.
    pub name: Ident,
    /// Name of the union member, if given.
    pub arm: Option<Ident>,
}

/// A field of a struct or union (one declarator each).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Doc comments.
    pub docs: Docs,
    /// Attributes, including `[case(...)]` and C-style `case X:` labels,
    /// shared by the fields of one line as the type is.
    pub attrs: Rc<[Attr]>,
    /// The type, shared by the fields of one line (`struct { .. } a, b;`
    /// defines one struct, which both fields have): a copy for each would
    /// make nested lines of several fields exponential.
    pub ty: Rc<TypeSpec>,
    /// The declarator; `None` for an empty union arm (`[default] ;`).
    pub decl: Option<Declarator>,
    /// The width of a bit field (`UINT Usage : 1;`).
    pub bits: Option<Expr>,
    /// The whole field.
    pub span: Span,
}

/// An enum.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumDef {
    /// The tag name, if any.
    pub name: Option<Ident>,
    /// The members, if there is a body.
    pub members: Option<Vec<EnumMember>>,
}

/// One enum member.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumMember {
    /// Doc comments.
    pub docs: Docs,
    /// Attributes (used by flag groups).
    pub attrs: Vec<Attr>,
    /// The name.
    pub name: Ident,
    /// The value, if written.
    pub value: Option<Expr>,
    /// The whole member.
    pub span: Span,
}

/// A C declarator: pointers, a name, array dimensions, or a function type.
#[derive(Clone, Debug, PartialEq)]
pub struct Declarator {
    /// Pointer levels, outermost first; each says whether it is `const`.
    pub pointers: Pointers,
    /// The declared name (absent in abstract declarators).
    pub name: Option<Ident>,
    /// Array dimensions; `None` for `[]`.
    pub arrays: Vec<Option<Expr>>,
    /// For a function type or function pointer: its signature.
    pub func: Option<Box<FuncDeclarator>>,
    /// The whole declarator.
    pub span: Span,
}

/// The pointer levels of a declarator, outermost first: whether each is
/// `const`. A few levels are held in place (nearly every declarator has
/// none, one or two), more in a list of their own.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Pointers(Levels);

#[derive(Clone, PartialEq, Eq)]
enum Levels {
    /// Up to [`Pointers::FEW`] levels: bit `i` of `consts` is level `i`.
    Few {
        len: u8,
        consts: u8,
    },
    Many(Box<[bool]>),
}

impl Default for Levels {
    fn default() -> Self {
        Levels::Few { len: 0, consts: 0 }
    }
}

impl Pointers {
    /// How many levels fit in place.
    const FEW: u8 = 8;

    /// No pointer.
    pub fn new() -> Self {
        Pointers::default()
    }

    /// Adds a level, inside the others.
    pub fn push(&mut self, is_const: bool) {
        match &mut self.0 {
            Levels::Few { len, consts } if *len < Self::FEW => {
                *consts |= u8::from(is_const) << *len;
                *len += 1;
            }
            levels => {
                let mut all: Vec<bool> = Pointers(levels.clone()).iter().collect();
                all.push(is_const);
                *levels = Levels::Many(all.into());
            }
        }
    }

    /// The number of levels.
    pub fn len(&self) -> usize {
        match &self.0 {
            Levels::Few { len, .. } => usize::from(*len),
            Levels::Many(all) => all.len(),
        }
    }

    /// Whether there is no pointer.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether each level is `const`, outermost first.
    pub fn iter(&self) -> impl Iterator<Item = bool> + '_ {
        (0..self.len()).map(move |i| match &self.0 {
            Levels::Few { consts, .. } => consts >> i & 1 == 1,
            Levels::Many(all) => all[i],
        })
    }
}

impl FromIterator<bool> for Pointers {
    fn from_iter<I: IntoIterator<Item = bool>>(levels: I) -> Self {
        let mut p = Pointers::new();
        for c in levels {
            p.push(c);
        }
        p
    }
}

impl std::fmt::Debug for Pointers {
    /// As the list of levels it stands for.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The function part of `(CALLCONV *name)(params)`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDeclarator {
    /// Calling convention, if written.
    pub callconv: Option<Ident>,
    /// Pointer levels inside the parentheses (0 for a function type).
    pub inner_pointers: usize,
    /// Parameters.
    pub params: Vec<Param>,
}

/// A C constant expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind.
    pub kind: ExprKind,
    /// Where it is written.
    pub span: Span,
}

/// The kinds of expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal as written (`0x10UL`).
    Int(Symbol),
    /// A floating-point literal as written.
    Float(Symbol),
    /// A string literal (decoded).
    Str(Rc<str>),
    /// A character literal.
    Char(char),
    /// A name: a constant, an enum member, or a parameter (in attributes).
    Name(Ident),
    /// `-x`, `~x`, `!x`, `+x`, `*x`.
    Unary(UnOp, Box<Expr>),
    /// `a op b`.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `c ? a : b`.
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `(type) x`.
    Cast(Box<TypeSpec>, usize, Box<Expr>),
    /// `sizeof(...)`, kept so the resolver can say it is unsupported.
    Sizeof,
    /// `a.b` or `a->b` (in attribute arguments).
    Member(Box<Expr>, Ident),
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-`
    Neg,
    /// `+`
    Plus,
    /// `~`
    Not,
    /// `!`
    LogicalNot,
    /// `*` (dereference, in `size_is(*pc)`)
    Deref,
    /// `&` (address of)
    AddrOf,
}

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    Le,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `&`
    BitAnd,
    /// `^`
    BitXor,
    /// `|`
    BitOr,
    /// `&&`
    And,
    /// `||`
    Or,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pointer levels read back as pushed, in place or not: a declarator
    /// may have more levels than fit in place (`T ********* p`).
    #[test]
    fn pointer_levels_keep_their_order_and_constness() {
        for n in [0, 1, 2, 8, 9, 20] {
            let levels: Vec<bool> = (0..n).map(|i| i % 3 == 1).collect();
            let p: Pointers = levels.iter().copied().collect();
            assert_eq!(p.len(), n);
            assert_eq!(p.is_empty(), n == 0);
            assert_eq!(p.iter().collect::<Vec<_>>(), levels, "{n} levels");
            assert_eq!(format!("{p:?}"), format!("{levels:?}"));
        }
    }
}

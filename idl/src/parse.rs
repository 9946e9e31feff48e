//! Recursive-descent parser: preprocessed tokens to a syntax tree. It
//! recovers from errors and goes on, so one run reports every problem.

use crate::ast::*;
use crate::diag::{Diagnostic, Diagnostics, codes};
use crate::lex::{Interner, Symbol, Token, TokenKind, TokenQueue};
use crate::pp::{Expansion, Preprocessed};
use crate::source::Span;
use std::rc::Rc;

/// How deeply expressions, types and blocks may nest.
const MAX_NESTING: usize = 256;

/// Words that make up C base types.
const BASE_TYPE_WORDS: &[&str] = &[
    "void",
    "char",
    "short",
    "int",
    "long",
    "signed",
    "unsigned",
    "float",
    "double",
    "small",
    "hyper",
    "byte",
    "boolean",
    "wchar_t",
    "__wchar_t",
    "__int8",
    "__int16",
    "__int32",
    "__int64",
    "__int3264",
    "handle_t",
    "error_status_t",
    "_Bool",
];

/// Qualifiers that do not change a type's meaning here.
const IGNORED_QUALIFIERS: &[&str] = &[
    "volatile",
    "FAR",
    "NEAR",
    "far",
    "near",
    "__far",
    "__near",
    "__RPC_FAR",
    "__ptr32",
    "__ptr64",
    "__unaligned",
    "__RPC_USER",
    "__restrict",
    "restrict",
];

/// Calling conventions recognised before a function name.
pub(crate) const CALLING_CONVENTIONS: &[&str] = &[
    "__cdecl",
    "_cdecl",
    "__stdcall",
    "_stdcall",
    "WINAPI",
    "STDMETHODCALLTYPE",
    "STDAPICALLTYPE",
    "CALLBACK",
    "APIENTRY",
    "__RPC_STUB",
    "__RPC_API",
];

/// The error marker: the problem has been reported already.
#[derive(Debug)]
pub(crate) struct Fail;

type PResult<T> = Result<T, Fail>;

/// Parses one preprocessed file; its macro expansions are for notes on
/// errors in what they made.
pub(crate) fn parse_file(
    pre: Preprocessed,
    interner: &mut Interner,
    diags: &mut Diagnostics,
) -> File {
    let Preprocessed {
        tokens,
        docs,
        expansions,
        area,
        ..
    } = pre;
    let mut p = Parser::new(tokens, docs, interner, diags);
    p.empty_at = expansions
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((e.empty_before?, i)))
        .collect();
    p.expansions = &expansions;
    // Room for a large file's top-level items and an interface's methods
    // without growing (each time the stack grows, it is copied).
    p.item_stack.reserve(256);
    let items = p.items(false);
    File { items, area }
}

/// Parses a whole token list as one constant expression (for `#if`).
pub(crate) fn parse_const_expr(
    tokens: Vec<Token>,
    interner: &mut Interner,
    diags: &mut Diagnostics,
) -> Option<Expr> {
    let mut p = Parser::new(tokens.into(), Vec::new(), interner, diags);
    p.fold = false;
    let e = p.expr().ok()?;
    if p.peek().kind != TokenKind::Eof {
        p.error_expected("end of expression");
        return None;
    }
    Some(e)
}

struct Parser<'d> {
    /// The tokens, given back as they are read.
    toks: TokenQueue,
    /// The macro expansions that made the tokens.
    expansions: &'d [Expansion],
    /// (parser token index, expansion): expansions that produced nothing,
    /// just before that token.
    empty_at: Vec<(usize, usize)>,
    /// The doc comments before a token: (its index, the text), by index.
    docs: Vec<(u32, String)>,
    /// The texts of the tokens, and of the names the parser makes.
    interner: &'d mut Interner,
    pos: usize,
    /// The token at `pos`, at hand: the parser looks at it many times for
    /// each time it moves on.
    cur: Token,
    diags: &'d mut Diagnostics,
    /// Whether operations on integer literals are folded into one literal
    /// (not in `#if`, whose integers are all 64 bits wide).
    fold: bool,
    /// Peeks left before the parser is taken to be stuck (a count down:
    /// one test per peek, which the parser does for nearly every token).
    steps_left: usize,
    depth: usize,
    /// Room for an attribute list being read, reused: each list is then
    /// copied into an allocation of its exact size (the syntax trees of an
    /// SDK's files hold tens of thousands of them).
    attr_scratch: Vec<Attr>,
    /// The items of the lists being read, innermost last ([`Parser::items`]).
    item_stack: Vec<Item>,
    /// The parameters of the lists being read, innermost last.
    param_stack: Vec<Param>,
    /// The fields of the struct and union bodies being read.
    field_stack: Vec<Field>,
    /// The members of the enum bodies being read.
    member_stack: Vec<EnumMember>,
    /// The empty attribute list that fields without attributes share.
    no_attrs: Rc<[Attr]>,
    /// The literals folds made, by value ([`Parser::folded`]).
    folds: crate::fxhash::FxHashMap<crate::eval::Folded, Symbol>,
    /// The integer literals read, by symbol ([`Parser::literal`]).
    literals: crate::fxhash::FxHashMap<Symbol, Option<(i128, crate::eval::IntType)>>,
}

impl<'d> Parser<'d> {
    /// A parser over `toks` (ending with `Eof`) with the doc comments
    /// before them.
    fn new(
        mut toks: TokenQueue,
        docs: Vec<(u32, String)>,
        interner: &'d mut Interner,
        diags: &'d mut Diagnostics,
    ) -> Self {
        if toks.last().is_none_or(|t| t.kind != TokenKind::Eof) {
            let end = toks
                .last()
                .map_or(Span::new(crate::source::FileId(0), 0, 0), |t| t.span);
            toks.push(Token {
                kind: TokenKind::Eof,
                sym: Symbol::EMPTY,
                span: Span::new(end.file, end.end, end.end),
                line_start: true,
                space_before: true,
            });
        }
        let steps_left = toks.len() * 64 + 4097;
        let cur = *toks.get(0);
        Parser {
            toks,
            cur,
            expansions: &[],
            empty_at: Vec::new(),
            docs,
            interner,
            pos: 0,
            diags,
            fold: true,
            steps_left,
            depth: 0,
            attr_scratch: Vec::new(),
            item_stack: Vec::new(),
            param_stack: Vec::new(),
            field_stack: Vec::new(),
            member_stack: Vec::new(),
            no_attrs: Rc::from([]),
            folds: Default::default(),
            literals: Default::default(),
        }
    }

    // ---- token access -------------------------------------------------

    /// Notes for an error at token `at` that a macro made: the token came
    /// from an expansion, or an expansion right before it produced nothing
    /// (`#define progid` then `[progid("X")]` leaves `[("X")]`).
    fn macro_notes(&self, at: usize, mut d: Diagnostic) -> Diagnostic {
        if self.expansions.is_empty() {
            return d;
        }
        for &(i, e) in &self.empty_at {
            if i == at {
                let e = &self.expansions[e];
                d = d
                    .with_note(
                        e.site,
                        format!(
                            "macro `{}` expanded to nothing here",
                            self.interner.text(e.name)
                        ),
                    )
                    .with_note(
                        e.def,
                        format!("`{}` is defined here", self.interner.text(e.name)),
                    );
            }
        }
        let span = self.toks.get(at).span;
        if let Some(e) = self.expansions.iter().find(|e| e.site == span) {
            d = d.with_note(
                e.def,
                format!(
                    "expanded from macro `{}`, defined here",
                    self.interner.text(e.name)
                ),
            );
        }
        d
    }

    #[inline]
    fn peek(&mut self) -> &Token {
        self.steps_left -= 1;
        if self.steps_left == 0 {
            self.stuck();
        }
        &self.cur
    }

    #[inline]
    fn peek_at(&self, n: usize) -> &Token {
        self.toks.get(self.pos + n)
    }

    /// A backstop against a parser bug looping forever: report and jump to
    /// the end of the input.
    fn stuck(&mut self) {
        let span = self.cur.span;
        self.diags.push(Diagnostic::error(
            codes::PARSER_STUCK,
            span,
            "the parser made no progress here; the rest of the file was skipped",
        ));
        self.seek_end();
        self.steps_left = usize::MAX;
    }

    #[inline]
    fn bump(&mut self) -> Token {
        let t = *self.peek();
        self.advance();
        t
    }

    /// The text of `t`.
    #[inline]
    fn text(&self, t: &Token) -> &str {
        self.interner.text(t.sym)
    }

    /// The name `t` is, as the syntax tree keeps it.
    #[inline]
    fn ident_of(&self, t: &Token) -> Ident {
        Ident {
            name: t.sym,
            span: t.span,
        }
    }

    /// Moves past the current token (not past the end), without the copy
    /// `bump` returns.
    #[inline]
    fn advance(&mut self) {
        // (Not counted as a step: whatever loops here also peeks, and
        // moving on is progress.)
        if self.cur.kind != TokenKind::Eof {
            self.pos += 1;
            self.cur = *self.toks.get(self.pos);
            // Nothing looks further back than the previous token; a
            // margin keeps the release away from every lookback.
            self.toks.release_before(self.pos.saturating_sub(64));
        }
    }

    /// Moves to the `Eof` at the end, skipping the rest of the input.
    fn seek_end(&mut self) {
        self.pos = self.toks.len() - 1;
        self.cur = *self.toks.get(self.pos);
    }

    #[inline]
    fn at(&mut self, p: &str) -> bool {
        self.peek().is_punct(p)
    }

    #[inline]
    fn at_word(&mut self, w: &str) -> bool {
        let t = *self.peek();
        t.kind == TokenKind::Ident && self.interner.is(t.sym, w)
    }

    #[inline]
    fn eat(&mut self, p: &str) -> bool {
        if self.at(p) {
            self.advance();
            true
        } else {
            false
        }
    }

    #[inline]
    fn eat_word(&mut self, w: &str) -> bool {
        if self.at_word(w) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, p: &str) -> PResult<Span> {
        if self.at(p) {
            let span = self.peek().span;
            self.advance();
            Ok(span)
        } else {
            Err(self.error_expected(&format!("`{p}`")))
        }
    }

    fn ident(&mut self, what: &str) -> PResult<Ident> {
        let t = self.peek();
        if t.kind == TokenKind::Ident {
            let t = self.bump();
            Ok(self.ident_of(&t))
        } else {
            Err(self.error_expected(what))
        }
    }

    fn string(&mut self, what: &str) -> PResult<(String, Span)> {
        if self.peek().kind != TokenKind::Str {
            return Err(self.error_expected(what));
        }
        let first = self.bump();
        let mut text = self.text(&first).to_string();
        let mut span = first.span;
        // Adjacent string literals concatenate, as in C.
        while self.peek().kind == TokenKind::Str {
            let t = self.bump();
            text.push_str(self.text(&t));
            span = span.to(t.span);
        }
        Ok((text, span))
    }

    fn prev_span(&self) -> Span {
        self.toks.get(self.pos.saturating_sub(1)).span
    }

    fn error_expected(&mut self, what: &str) -> Fail {
        let at = self.pos;
        let t = *self.peek();
        let d = if t.kind == TokenKind::Eof {
            Diagnostic::error(
                codes::UNEXPECTED_EOF,
                t.span,
                format!("unexpected end of file, expected {what}"),
            )
        } else {
            Diagnostic::error(
                codes::UNEXPECTED_TOKEN,
                t.span,
                format!("expected {what}, found {}", describe(&t, self.interner)),
            )
        };
        let d = self.macro_notes(at, d);
        self.diags.push(d);
        Fail
    }

    fn take_docs(&mut self) -> Docs {
        let at = u32::try_from(self.pos).unwrap_or(u32::MAX);
        let text = match self.docs.binary_search_by_key(&at, |d| d.0) {
            Ok(i) => std::mem::take(&mut self.docs[i].1),
            Err(_) => String::new(),
        };
        Docs {
            text: text.into_boxed_str(),
        }
    }

    fn nest(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let span = self.peek().span;
            self.diags.push(Diagnostic::error(
                codes::TOO_DEEP,
                span,
                format!("nesting deeper than {MAX_NESTING} levels"),
            ));
            // Skip the rest of the input: anything nested this deep is not a
            // real IDL file, and unwinding each level would report again.
            self.seek_end();
            return Err(Fail);
        }
        Ok(())
    }

    fn unnest(&mut self) {
        self.depth -= 1;
    }

    // ---- recovery -----------------------------------------------------

    /// Skips to the end of the broken item: past the next `;` at this level,
    /// or up to (not past) a `}` closing the enclosing block, or up to a
    /// keyword that starts a new item on a new line.
    fn recover(&mut self, in_block: bool, start: usize) {
        let mut depth = 0usize;
        loop {
            let t = *self.peek();
            if t.kind == TokenKind::Eof {
                break;
            }
            if depth == 0 && self.pos > start && t.line_start && starts_item(&t, self.interner) {
                break;
            }
            if t.is_punct("{") {
                depth += 1;
            } else if t.is_punct("}") {
                if depth == 0 {
                    if in_block {
                        break;
                    }
                    self.bump();
                    self.eat(";");
                    break;
                }
                depth -= 1;
                if depth == 0 {
                    self.bump();
                    self.eat(";");
                    break;
                }
            } else if t.is_punct(";") && depth == 0 {
                self.bump();
                break;
            }
            self.bump();
        }
        if self.pos == start {
            self.bump();
        }
    }

    /// Whether a top-level declaration starts here, on a new line: a
    /// keyword such as `interface` or `typedef`, or attributes followed by
    /// one (`[object, uuid(...)] interface`). Inside a list, it means the
    /// list was never closed.
    fn at_new_declaration(&self) -> bool {
        let t = self.peek_at(0);
        if !t.line_start {
            return false;
        }
        if t.kind == TokenKind::Ident {
            return starts_item(t, self.interner);
        }
        if !t.is_punct("[") {
            return false;
        }
        // Attribute lists are short: a bound keeps a stray `[` from making
        // each call scan the rest of the file.
        let mut depth = 0usize;
        for i in 0..256 {
            let t = self.peek_at(i);
            match t.kind {
                TokenKind::Eof => return false,
                TokenKind::Punct if t.is_punct("[") => depth += 1,
                TokenKind::Punct if t.is_punct("]") => {
                    depth -= 1;
                    if depth == 0 {
                        let next = self.peek_at(i + 1);
                        return next.kind == TokenKind::Ident && starts_item(next, self.interner);
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Skips the rest of a broken entry of a list (enum members, coclass
    /// interfaces): past the next `sep` at this level, or up to (not past)
    /// `close`, a bracket closing an enclosing level, or a token that
    /// starts a new entry or item on a new line. Braces opened while
    /// skipping are skipped whole.
    fn recover_in_list(&mut self, sep: &str, close: &str) {
        let start = self.pos;
        let mut depth = 0usize;
        loop {
            let t = *self.peek();
            if t.kind == TokenKind::Eof {
                break;
            }
            if depth == 0 {
                if t.is_punct(sep) {
                    self.bump();
                    break;
                }
                if t.is_punct(close)
                    || t.is_punct(")")
                    || t.is_punct("]")
                    || t.is_punct("}")
                    || (self.pos > start && t.line_start && starts_item(&t, self.interner))
                {
                    break;
                }
            }
            if t.is_punct("(") || t.is_punct("[") || t.is_punct("{") {
                depth += 1;
            } else if t.is_punct(")") || t.is_punct("]") || t.is_punct("}") {
                depth -= 1;
            }
            self.bump();
        }
        // Always make progress, but never past the list's end.
        if self.pos == start && !self.at(close) && self.peek().kind != TokenKind::Eof {
            self.bump();
        }
    }

    // ---- items --------------------------------------------------------

    /// Items until end of file, or until `}` when `in_block`.
    ///
    /// The syntax trees of large files are most of the memory a compilation
    /// needs: lists here and below are trimmed to their length once read
    /// (a `Vec` grows to a capacity of 4 at once).
    fn items(&mut self, in_block: bool) -> Vec<Item> {
        // Read onto a stack shared by the nested lists, then moved to an
        // allocation of the list's size: no growing and no trimming.
        let mark = self.item_stack.len();
        loop {
            let t = self.peek();
            if t.kind == TokenKind::Eof || (in_block && t.is_punct("}")) {
                break;
            }
            if self.eat(";") {
                continue;
            }
            let start = self.pos;
            match self.item(in_block) {
                Ok(item) => self.item_stack.push(item),
                Err(Fail) => self.recover(in_block, start),
            }
        }
        take_from(&mut self.item_stack, mark)
    }

    fn item(&mut self, in_block: bool) -> PResult<Item> {
        let docs = self.take_docs();
        let start = self.peek().span;
        let attrs = self.attr_lists()?;
        let depth = self.depth;
        let kind = self.item_kind(in_block);
        // Release the pointer levels `const_decl` and `function_or_type`
        // count against the nesting limit.
        self.depth = depth;
        let kind = kind?;
        Ok(Item {
            docs,
            attrs: attrs.into_boxed_slice(),
            kind,
            span: start.to(self.prev_span()),
        })
    }

    fn item_kind(&mut self, in_block: bool) -> PResult<ItemKind> {
        let t = *self.peek();
        if t.kind != TokenKind::Ident {
            return Err(self.error_expected("a declaration"));
        }
        match self.text(&t) {
            "import" => {
                self.bump();
                let mut files = vec![self.string("a file name string")?];
                while self.eat(",") {
                    files.push(self.string("a file name string")?);
                }
                self.expect(";")?;
                Ok(ItemKind::Import(files))
            }
            "importlib" => {
                self.bump();
                self.expect("(")?;
                let (s, _) = self.string("a type library name")?;
                self.expect(")")?;
                self.expect(";")?;
                Ok(ItemKind::ImportLib(s))
            }
            "cpp_quote" => {
                self.bump();
                self.expect("(")?;
                let (s, _) = self.string("a string")?;
                self.expect(")")?;
                self.eat(";");
                Ok(ItemKind::CppQuote(s))
            }
            "midl_pragma" => {
                self.bump();
                let mut raw = String::new();
                while !self.at("(") && self.peek().kind == TokenKind::Ident {
                    let t = self.bump();
                    raw.push_str(self.text(&t));
                    raw.push(' ');
                }
                let open = self.expect("(")?;
                let mut depth = 1usize;
                raw.push('(');
                while depth > 0 {
                    let t = self.bump();
                    match t.kind {
                        TokenKind::Eof => {
                            self.diags.push(Diagnostic::error(
                                codes::UNEXPECTED_EOF,
                                open,
                                "unclosed `(` in `midl_pragma`",
                            ));
                            return Err(Fail);
                        }
                        TokenKind::Punct if t.is_punct("(") => depth += 1,
                        TokenKind::Punct if t.is_punct(")") => depth -= 1,
                        _ => {}
                    }
                    raw.push_str(self.text(&t));
                }
                self.eat(";");
                Ok(ItemKind::MidlPragma(raw))
            }
            "interface" => self.interface(),
            "dispinterface" => self.dispinterface(),
            "coclass" => self.coclass(),
            "library" => {
                self.bump();
                let name = self.ident("a library name")?;
                let items = self.block_items()?;
                Ok(ItemKind::Library(Library { name, items }))
            }
            "module" => {
                self.bump();
                let name = self.ident("a module name")?;
                let items = self.block_items()?;
                Ok(ItemKind::Module(Module { name, items }))
            }
            "typedef" => self.typedef(),
            "const" if !in_block || self.const_is_declaration() => self.const_decl(),
            "extern" => {
                self.bump();
                let ty = self.type_spec()?;
                self.variable(ty)
            }
            "declare_guid" if self.peek_at(1).is_punct("(") => self.declare_guid(),
            "namespace" | "runtimeclass" | "apicontract" | "delegate"
                if self.peek_at(1).kind == TokenKind::Ident =>
            {
                Err(self.midl3(&t))
            }
            _ => self.function_or_type(),
        }
    }

    // `item_kind` recurses for every nested `library` or `module` block:
    // the items it rarely meets are parsed in functions of their own, so
    // that its frame stays small.

    /// `declare_guid(NAME, uuid);`
    fn declare_guid(&mut self) -> PResult<ItemKind> {
        self.bump();
        self.bump();
        let name = self.ident("the GUID variable's name")?;
        self.expect(",")?;
        let start = self.peek().span;
        let raw = self.raw_arg();
        let raw_span = start.to(self.prev_span());
        self.expect(")")?;
        self.expect(";")?;
        Ok(ItemKind::DeclareGuid(DeclareGuid {
            name,
            raw,
            raw_span,
        }))
    }

    /// The one error for a MIDL 3.0 declaration (`namespace X { ... }`),
    /// which recovery then skips whole.
    fn midl3(&mut self, t: &Token) -> Fail {
        self.diags.push(
            Diagnostic::error(
                codes::MIDL3,
                t.span,
                format!(
                    "`{}` is MIDL 3.0, which only `midl /winrt` compiles: out of scope for mapi-idl",
                    self.text(t)
                ),
            )
            .with_note(
                None,
                "MIDL 3.0 (`namespace`, `runtimeclass`) declares Windows Runtime types; the declaration is skipped",
            )
            .with_help("mapi-idl reads classic MIDL: COM interfaces, structs, unions, enums, constants"),
        );
        Fail
    }

    /// `const T NAME =` rather than a method returning `const T`.
    fn const_is_declaration(&self) -> bool {
        (1..12)
            .map(|i| self.peek_at(i))
            .find(|t| t.is_punct("=") || t.is_punct("(") || t.is_punct(";"))
            .is_some_and(|t| t.is_punct("="))
    }

    fn block_items(&mut self) -> PResult<Vec<Item>> {
        let open = match self.expect("{") {
            Ok(open) => open,
            // `interface IFoo : IBar; { ... }`: a stray `;` before the body.
            // Reported; the body is still parsed as this item's, not as a
            // second, broken item.
            Err(Fail) if self.at(";") && self.peek_at(1).is_punct("{") => {
                self.bump();
                self.bump().span
            }
            Err(Fail) => return Err(Fail),
        };
        self.nest()?;
        let items = self.items(true);
        self.unnest();
        self.close_block(open)?;
        Ok(items)
    }

    fn close_block(&mut self, open: Span) -> PResult<()> {
        if self.eat("}") {
            self.eat(";");
            Ok(())
        } else {
            let t = *self.peek();
            self.diags.push(
                Diagnostic::error(
                    codes::UNEXPECTED_EOF,
                    t.span,
                    "unexpected end of file, expected `}`",
                )
                .with_note(open, "the block opened here"),
            );
            Err(Fail)
        }
    }

    fn interface(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.ident("an interface name")?;
        if self.eat(";") {
            return Ok(ItemKind::InterfaceForward(name));
        }
        let base = if self.eat(":") {
            Some(self.ident("a base interface name")?)
        } else {
            None
        };
        let items = self.block_items()?;
        Ok(ItemKind::Interface(Interface { name, base, items }))
    }

    fn dispinterface(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.ident("a dispinterface name")?;
        if self.eat(";") {
            return Ok(ItemKind::InterfaceForward(name));
        }
        let open = self.expect("{")?;
        let mut d = Dispinterface {
            name,
            properties: Vec::new(),
            methods: Vec::new(),
            interface: None,
        };
        if self.eat_word("interface") {
            d.interface = Some(self.ident("an interface name")?);
            self.expect(";")?;
        } else {
            if self.eat_word("properties") {
                self.expect(":")?;
                let mark = self.field_stack.len();
                while !self.at_word("methods")
                    && !self.at("}")
                    && self.peek().kind != TokenKind::Eof
                {
                    let start = self.pos;
                    if self.field().is_err() {
                        self.recover(true, start);
                    }
                }
                d.properties = take_from(&mut self.field_stack, mark);
            }
            if self.eat_word("methods") {
                self.expect(":")?;
                self.nest()?;
                d.methods = self.items(true);
                self.unnest();
            }
        }
        self.close_block(open)?;
        Ok(ItemKind::Dispinterface(d))
    }

    fn coclass(&mut self) -> PResult<ItemKind> {
        self.bump();
        let name = self.ident("a coclass name")?;
        if self.eat(";") {
            return Ok(ItemKind::InterfaceForward(name));
        }
        let open = self.expect("{")?;
        let mut interfaces = Vec::new();
        while !self.at("}") && self.peek().kind != TokenKind::Eof {
            match self.coclass_entry() {
                Ok(entry) => interfaces.push(entry),
                Err(Fail) => self.recover_in_list(";", "}"),
            }
        }
        self.close_block(open)?;
        Ok(ItemKind::Coclass(Coclass { name, interfaces }))
    }

    /// `[default] interface IFoo;` in a coclass.
    fn coclass_entry(&mut self) -> PResult<(Vec<Attr>, Ident)> {
        let attrs = self.attr_lists()?;
        if !self.eat_word("interface") && !self.eat_word("dispinterface") {
            return Err(self.error_expected("`interface`"));
        }
        let name = self.ident("an interface name")?;
        self.expect(";")?;
        Ok((attrs, name))
    }

    fn typedef(&mut self) -> PResult<ItemKind> {
        self.bump();
        let attrs = self.attr_lists()?;
        let ty = self.type_spec()?;
        let mut declarators = vec![self.declarator(false)?];
        while self.eat(",") {
            declarators.push(self.declarator(false)?);
        }
        self.expect(";")?;
        Ok(ItemKind::Typedef(Typedef {
            attrs,
            ty,
            declarators,
        }))
    }

    fn const_decl(&mut self) -> PResult<ItemKind> {
        self.bump();
        let ty = self.type_spec()?;
        let mut pointers = 0;
        while self.eat("*") {
            // Each pointer nests the resolved type one deeper (see
            // `declarator`); `item` releases these levels.
            self.nest()?;
            pointers += 1;
            self.qualifiers();
        }
        let name = self.ident("a constant name")?;
        if !self.at("=") {
            // `const T NAME;` declares a variable, as in C.
            let decl = Declarator {
                pointers: (0..pointers).map(|_| false).collect(),
                span: name.span,
                name: Some(name),
                arrays: Vec::new(),
                func: None,
            };
            return self.more_declarators(ty, decl);
        }
        self.expect("=")?;
        let value = self.expr()?;
        self.expect(";")?;
        Ok(ItemKind::Const(Const {
            ty,
            pointers,
            name,
            value,
        }))
    }

    /// A function declaration, or a bare `struct S {...};`.
    fn function_or_type(&mut self) -> PResult<ItemKind> {
        let ret = self.type_spec()?;
        if self.eat(";") {
            if matches!(ret.kind, TypeSpecKind::Named(_) | TypeSpecKind::Base(_)) {
                self.diags.push(Diagnostic::error(
                    codes::UNEXPECTED_TOKEN,
                    ret.span,
                    "a declaration needs a name",
                ));
                return Err(Fail);
            }
            return Ok(ItemKind::Type(ret));
        }
        let mut ret_pointers = 0;
        while self.eat("*") {
            // Each pointer nests the resolved type one deeper (see
            // `declarator`); `item` releases these levels.
            self.nest()?;
            ret_pointers += 1;
            self.qualifiers();
        }
        let callconv = self.callconv();
        let name = self.ident("a method or function name")?;
        if !self.at("(") && callconv.is_none() {
            // `T name;`, `T name[2], *other;`: a variable.
            let mut decl = Declarator {
                pointers: (0..ret_pointers).map(|_| false).collect(),
                span: name.span,
                name: Some(name),
                arrays: Vec::new(),
                func: None,
            };
            decl.arrays = self.array_dims()?;
            decl.span = decl.span.to(self.prev_span());
            return self.more_declarators(ret, decl);
        }
        self.expect("(")?;
        let params = self.params()?;
        self.qualifiers();
        self.expect(";")?;
        Ok(ItemKind::Function(Function {
            ret,
            ret_pointers,
            callconv,
            name,
            params,
        }))
    }

    /// `extern T a, *b;` after the type.
    fn variable(&mut self, ty: TypeSpec) -> PResult<ItemKind> {
        let first = self.declarator(false)?;
        self.more_declarators(ty, first)
    }

    /// The declarators after the first of a variable declaration, and `;`.
    fn more_declarators(&mut self, ty: TypeSpec, first: Declarator) -> PResult<ItemKind> {
        let mut declarators = vec![first];
        while self.eat(",") {
            declarators.push(self.declarator(false)?);
        }
        self.expect(";")?;
        Ok(ItemKind::Variable(Variable { ty, declarators }))
    }

    /// The text of the tokens up to `,` or `)` (a GUID is not made of C
    /// tokens: `0002030F-0000-...`).
    fn raw_arg(&mut self) -> String {
        // Room for a GUID, which most are, at once.
        let mut raw = String::with_capacity(36);
        loop {
            let t = self.peek();
            if t.is_punct(")") || t.is_punct(",") || t.is_punct("]") || t.kind == TokenKind::Eof {
                break;
            }
            let t = self.bump();
            raw.push_str(self.text(&t));
        }
        raw
    }

    fn callconv(&mut self) -> Option<Ident> {
        let t = *self.peek();
        if t.kind == TokenKind::Ident && CALLING_CONVENTIONS.contains(&self.text(&t)) {
            self.advance();
            Some(self.ident_of(&t))
        } else {
            None
        }
    }

    // ---- attributes ---------------------------------------------------

    fn attr_lists(&mut self) -> PResult<Vec<Attr>> {
        if !self.at("[") {
            return Ok(Vec::new());
        }
        // Taken, not borrowed: an attribute may hold a list of its own (a
        // cast to a struct with attributes in an argument).
        let mut attrs = std::mem::take(&mut self.attr_scratch);
        let r = self.attr_lists_into(&mut attrs);
        // At its size, which `mem::take` of the room would not be.
        let mut out = Vec::with_capacity(attrs.len());
        out.append(&mut attrs);
        self.attr_scratch = attrs;
        r.map(|()| out)
    }

    fn attr_lists_into(&mut self, attrs: &mut Vec<Attr>) -> PResult<()> {
        while self.at("[") {
            let open = self.bump().span;
            loop {
                if self.at("]") {
                    // `[]` or a trailing comma
                    break;
                }
                if self.eat(",") {
                    // An empty slot, as a macro that expands to nothing
                    // leaves (`#define progid(x)`, then `[progid("X"), ...]`).
                    continue;
                }
                attrs.push(self.attr()?);
                if !self.eat(",") {
                    break;
                }
            }
            if !self.at("]") {
                let t = *self.peek();
                let d = if t.kind == TokenKind::Eof {
                    Diagnostic::error(
                        codes::UNEXPECTED_EOF,
                        t.span,
                        "unexpected end of file, expected `]`",
                    )
                } else {
                    Diagnostic::error(
                        codes::UNEXPECTED_TOKEN,
                        t.span,
                        format!(
                            "expected `,` or `]` in attribute list, found {}",
                            describe(&t, self.interner)
                        ),
                    )
                };
                let d = self.macro_notes(self.pos, d);
                self.diags
                    .push(d.with_note(open, "the attribute list starts here"));
                return Err(Fail);
            }
            self.bump();
        }
        Ok(())
    }

    fn attr(&mut self) -> PResult<Attr> {
        let name = self.ident("an attribute name")?;
        let mut attr = Attr {
            span: name.span,
            name,
            args: None,
            raw: None,
        };
        if !self.at("(") {
            return Ok(attr);
        }
        let open = self.bump().span;
        if matches!(self.interner.text(attr.name.name), "uuid" | "async_uuid") {
            // A uuid is not made of C tokens (`0002030F-...`): join the
            // text of the tokens up to `)`.
            let raw = self.raw_arg();
            let close = self.expect(")")?;
            attr.raw = Some(raw.into_boxed_str());
            attr.args = Some(Box::default());
            attr.span = attr.span.to(open).to(close);
            return Ok(attr);
        }
        // Most attributes take one argument: room for it at once, and no
        // trimming after.
        let mut args = Vec::with_capacity(1);
        if self.interner.text(attr.name.name) == "custom" && self.peek().kind != TokenKind::Str {
            // `custom(0F21F359-AB84-41E8-9A78-36D110E6D2F9, value)`: the
            // GUID, as written, is the first argument.
            let start = self.peek().span;
            let raw = self.raw_arg();
            let span = start.to(self.prev_span());
            args.push(Some(Expr {
                kind: ExprKind::Name(Ident {
                    name: self.interner.intern(&raw),
                    span,
                }),
                span,
            }));
            if !self.eat(",") {
                let close = self.expect(")")?;
                attr.args = Some(args.into_boxed_slice());
                attr.span = attr.span.to(close);
                return Ok(attr);
            }
        }
        loop {
            if self.at(",") || self.at(")") {
                args.push(None);
            } else if self.at_base_type_word() {
                // `switch_type(unsigned long)`: keep the type as a name.
                let ty = self.type_spec()?;
                let text = match &ty.kind {
                    TypeSpecKind::Base(words) => words
                        .iter()
                        .map(|w| self.interner.text(w.name))
                        .collect::<Vec<_>>()
                        .join(" "),
                    _ => String::new(),
                };
                args.push(Some(Expr {
                    kind: ExprKind::Name(Ident {
                        name: self.interner.intern(&text),
                        span: ty.span,
                    }),
                    span: ty.span,
                }));
            } else {
                args.push(Some(self.expr()?));
            }
            if !self.eat(",") {
                break;
            }
        }
        let close = self.expect(")")?;
        attr.args = Some(args.into_boxed_slice());
        attr.span = attr.span.to(close);
        Ok(attr)
    }

    // ---- types --------------------------------------------------------

    fn qualifiers(&mut self) -> bool {
        let mut is_const = false;
        loop {
            let t = *self.peek();
            if t.kind != TokenKind::Ident {
                break;
            }
            let text = self.text(&t);
            if text == "const" {
                is_const = true;
            } else if !IGNORED_QUALIFIERS.contains(&text) {
                break;
            }
            self.advance();
        }
        is_const
    }

    fn at_base_type_word(&mut self) -> bool {
        let t = *self.peek();
        t.kind == TokenKind::Ident && BASE_TYPE_WORDS.contains(&self.text(&t))
    }

    fn type_spec(&mut self) -> PResult<TypeSpec> {
        self.nest()?;
        let r = self.type_spec_inner();
        self.unnest();
        r
    }

    fn type_spec_inner(&mut self) -> PResult<TypeSpec> {
        let mut is_const = self.qualifiers();
        let start = self.peek().span;
        let kind = if self.eat_word("struct") {
            TypeSpecKind::Struct(Box::new(self.aggregate(false)?))
        } else if self.eat_word("union") {
            TypeSpecKind::Union(Box::new(self.aggregate(true)?))
        } else if self.eat_word("enum") {
            TypeSpecKind::Enum(Box::new(self.enum_def()?))
        } else if (self.at_word("SAFEARRAY") && self.peek_at(1).is_punct("("))
            || (self.at_word("pipe") && self.peek_at(1).kind == TokenKind::Ident)
        {
            self.wrapper_type()?
        } else if self.at_base_type_word() {
            let mut words = Vec::new();
            while self.at_base_type_word() {
                let t = self.bump();
                words.push(self.ident_of(&t));
                is_const |= self.qualifiers();
            }
            words.shrink_to_fit();
            TypeSpecKind::Base(words)
        } else if self.peek().kind == TokenKind::Ident && !self.at_word("const") {
            let t = self.bump();
            TypeSpecKind::Named(self.ident_of(&t))
        } else {
            return Err(self.error_expected("a type"));
        };
        is_const |= self.qualifiers();
        Ok(TypeSpec {
            kind,
            is_const,
            span: start.to(self.prev_span()),
        })
    }

    /// `SAFEARRAY(T)` or `pipe T` (its own function: `type_spec_inner`
    /// recurses for every nesting level and must keep a small frame).
    fn wrapper_type(&mut self) -> PResult<TypeSpecKind> {
        if self.eat_word("pipe") {
            return Ok(TypeSpecKind::Pipe(Box::new(self.type_spec()?)));
        }
        self.bump();
        self.bump();
        let elem = self.type_spec()?;
        let mut pointers = 0;
        while self.eat("*") {
            pointers += 1;
            self.qualifiers();
        }
        self.expect(")")?;
        Ok(TypeSpecKind::SafeArray(Box::new(elem), pointers))
    }

    fn aggregate(&mut self, is_union: bool) -> PResult<Aggregate> {
        let name = if self.peek().kind == TokenKind::Ident && !self.at_word("switch") {
            Some(self.ident("a name")?)
        } else {
            None
        };
        let mut switch = None;
        if is_union && self.eat_word("switch") {
            self.expect("(")?;
            let ty = self.type_spec()?;
            let sname = self.ident("the discriminant's name")?;
            self.expect(")")?;
            let arm = if self.peek().kind == TokenKind::Ident {
                Some(self.ident("the union's name")?)
            } else {
                None
            };
            switch = Some(Box::new(UnionSwitch {
                ty,
                name: sname,
                arm,
            }));
        }
        let fields = if self.at("{") {
            let open = self.bump().span;
            // Read onto a stack shared by nested bodies, as items are.
            let mark = self.field_stack.len();
            while !self.at("}") && self.peek().kind != TokenKind::Eof {
                let start = self.pos;
                if self.field().is_err() {
                    self.recover(true, start);
                }
            }
            let fields = take_from(&mut self.field_stack, mark);
            if !self.eat("}") {
                let t = *self.peek();
                self.diags.push(
                    Diagnostic::error(
                        codes::UNEXPECTED_EOF,
                        t.span,
                        "unexpected end of file, expected `}`",
                    )
                    .with_note(open, "the body opened here"),
                );
                return Err(Fail);
            }
            Some(fields)
        } else {
            if name.is_none() {
                return Err(self.error_expected(if is_union {
                    "a union name or `{`"
                } else {
                    "a struct name or `{`"
                }));
            }
            None
        };
        Ok(Aggregate {
            name,
            fields,
            switch,
        })
    }

    /// One field line: `[attrs] T a, *b;` gives one field per declarator.
    ///
    /// A struct nested in a field recurses through here, so the work
    /// around the field's type is done in functions of their own: the frame
    /// this one keeps on the stack for each nesting level stays small.
    /// Pushes the fields of one line onto `field_stack`.
    fn field(&mut self) -> PResult<()> {
        let docs = self.take_docs();
        let start = self.peek().span;
        let mut attrs = self.arm_labels()?;
        if attrs.is_empty() {
            attrs = self.attr_lists()?;
        } else {
            attrs.extend(self.attr_lists()?);
        }
        if self.eat(";") {
            let span = start.to(self.prev_span());
            let attrs = self.shared_attrs(attrs);
            self.field_stack.push(empty_arm(docs, attrs, start, span));
            return Ok(());
        }
        let ty = self.type_spec()?;
        self.field_declarators(docs, attrs, ty, start)
    }

    /// `attrs` as fields share them; one copy of the empty list for all.
    fn shared_attrs(&mut self, attrs: Vec<Attr>) -> Rc<[Attr]> {
        if attrs.is_empty() {
            return Rc::clone(&self.no_attrs);
        }
        attrs.into()
    }

    /// C-style union arm labels before a field: `case 1: case 2:` and
    /// `default:`, as `case` and `default` attributes.
    fn arm_labels(&mut self) -> PResult<Vec<Attr>> {
        let mut attrs = Vec::new();
        loop {
            if self.at_word("case") {
                let kw = self.bump();
                let e = self.expr()?;
                self.expect(":")?;
                attrs.push(Attr {
                    name: Ident {
                        name: kw.sym,
                        span: kw.span,
                    },
                    span: kw.span.to(e.span),
                    args: Some(Box::new([Some(e)])),
                    raw: None,
                });
            } else if self.at_word("default") && self.peek_at(1).is_punct(":") {
                let kw = self.bump();
                self.bump();
                attrs.push(Attr {
                    name: Ident {
                        name: kw.sym,
                        span: kw.span,
                    },
                    span: kw.span,
                    args: None,
                    raw: None,
                });
            } else {
                return Ok(attrs);
            }
        }
    }

    /// The declarators of a field line after its type, through `;`: a
    /// field each on `field_stack`, or none if the line is broken.
    fn field_declarators(
        &mut self,
        docs: Docs,
        attrs: Vec<Attr>,
        ty: TypeSpec,
        start: Span,
    ) -> PResult<()> {
        let line = self.field_stack.len();
        let field = Field {
            docs,
            attrs: self.shared_attrs(attrs),
            ty: Rc::new(ty),
            decl: None,
            bits: None,
            // The whole line's, once its `;` is read.
            span: start,
        };
        let r = self.field_declarators_onto_stack(field);
        match r {
            Ok(()) => {
                let span = start.to(self.prev_span());
                for f in &mut self.field_stack[line..] {
                    f.span = span;
                }
            }
            Err(Fail) => self.field_stack.truncate(line),
        }
        r
    }

    /// [`Self::field_declarators`] with `field` holding what the line's
    /// fields share.
    fn field_declarators_onto_stack(&mut self, field: Field) -> PResult<()> {
        // An unnamed bit field (`UINT : 0;`, which closes the unit) has no
        // declarator.
        if self.eat(":") {
            let bits = Some(self.expr()?);
            self.field_stack.push(Field { bits, ..field });
        } else if !self.at(";") {
            loop {
                let d = self.declarator(false)?;
                // A bit field: `UINT Usage : 1;`
                let bits = if self.eat(":") {
                    Some(self.expr()?)
                } else {
                    None
                };
                self.field_stack.push(Field {
                    decl: Some(d),
                    bits,
                    ..field.clone()
                });
                if !self.eat(",") {
                    break;
                }
            }
        } else {
            // An anonymous struct or union member.
            self.field_stack.push(field);
        }
        self.expect(";")?;
        Ok(())
    }

    fn enum_def(&mut self) -> PResult<EnumDef> {
        let name = if self.peek().kind == TokenKind::Ident {
            Some(self.ident("a name")?)
        } else {
            None
        };
        if !self.at("{") {
            if name.is_none() {
                return Err(self.error_expected("an enum name or `{`"));
            }
            return Ok(EnumDef {
                name,
                members: None,
            });
        }
        let open = self.bump().span;
        // Read onto a stack shared by nested lists, as items are.
        let mark = self.member_stack.len();
        let r = self.enum_members_onto_stack(open);
        let members = take_from(&mut self.member_stack, mark);
        r?;
        Ok(EnumDef {
            name,
            members: Some(members),
        })
    }

    /// The members of an enum body, onto `member_stack`, through `}`.
    fn enum_members_onto_stack(&mut self, open: Span) -> PResult<()> {
        // Whether the last member was broken and skipped.
        let mut recovered = false;
        while !self.at("}") {
            let t = *self.peek();
            if t.kind == TokenKind::Eof {
                self.diags.push(
                    Diagnostic::error(
                        codes::UNEXPECTED_EOF,
                        t.span,
                        "unexpected end of file, expected `}`",
                    )
                    .with_note(open, "the enum opened here"),
                );
                return Err(Fail);
            }
            if self.at_new_declaration() {
                // The enum was never closed; after a broken member, that
                // member's error is the one reported. The item recovers here.
                if !recovered {
                    self.error_expected("an enum member or `}`");
                }
                return Err(Fail);
            }
            match self.enum_member() {
                Ok(m) => {
                    self.member_stack.push(m);
                    recovered = false;
                }
                Err(Fail) => {
                    self.recover_in_list(",", "}");
                    recovered = true;
                    continue;
                }
            }
            if self.eat(",") {
                continue;
            }
            if self.at("}") {
                break;
            }
            // A missing comma before the next member (its attributes, or
            // its name on a new line): report it and read on as if it were
            // there, keeping the member.
            let t = *self.peek();
            let next_member = !self.at_new_declaration()
                && (t.is_punct("[") || (t.kind == TokenKind::Ident && t.line_start));
            let fail = self.error_expected("`,` or `}`");
            if !next_member {
                return Err(fail);
            }
        }
        self.bump();
        Ok(())
    }

    /// `[attrs] NAME = value` in an enum.
    fn enum_member(&mut self) -> PResult<EnumMember> {
        let docs = self.take_docs();
        let start = self.peek().span;
        let attrs = self.attr_lists()?;
        let name = self.ident("an enum member name")?;
        let value = if self.eat("=") {
            Some(self.expr()?)
        } else {
            None
        };
        Ok(EnumMember {
            docs,
            attrs,
            name,
            value,
            span: start.to(self.prev_span()),
        })
    }

    fn declarator(&mut self, abstract_ok: bool) -> PResult<Declarator> {
        // Each pointer and array level nests the resolved type one deeper
        // (`long ****p`, `a[1][1]`), and everything that walks a type
        // recurses: a loop in the parser must not build an arbitrarily deep
        // type. `declarator_inner` counts those levels against the nesting
        // limit; they are all released here.
        let depth = self.depth;
        let r = self
            .nest()
            .and_then(|()| self.declarator_inner(abstract_ok));
        self.depth = depth;
        r
    }

    fn declarator_inner(&mut self, abstract_ok: bool) -> PResult<Declarator> {
        let start = self.peek().span;
        self.qualifiers();
        let mut pointers = Pointers::new();
        while self.eat("*") || self.eat("&") {
            self.nest()?;
            pointers.push(self.qualifiers());
        }
        let mut func = None;
        let name;
        if self.at("(") && self.paren_starts_declarator() {
            // `(CALLCONV *name)(params)` or `(CALLCONV name)(params)`
            self.bump();
            let callconv = self.callconv();
            let mut inner_pointers = 0;
            while self.eat("*") {
                self.nest()?;
                inner_pointers += 1;
                self.qualifiers();
            }
            name = if self.peek().kind == TokenKind::Ident {
                Some(self.ident("a name")?)
            } else {
                None
            };
            self.expect(")")?;
            self.expect("(")?;
            let params = self.params()?;
            func = Some(Box::new(FuncDeclarator {
                callconv,
                inner_pointers,
                params,
            }));
        } else {
            let callconv = self.callconv();
            name = if self.peek().kind == TokenKind::Ident {
                Some(self.ident("a name")?)
            } else if abstract_ok {
                None
            } else {
                return Err(self.error_expected("a name"));
            };
            if self.at("(") {
                // `typedef HRESULT NAME(params);`: a function type.
                self.bump();
                let params = self.params()?;
                func = Some(Box::new(FuncDeclarator {
                    callconv,
                    inner_pointers: 0,
                    params,
                }));
            } else if let Some(cc) = callconv {
                self.diags.push(Diagnostic::error(
                    codes::UNEXPECTED_TOKEN,
                    cc.span,
                    "a calling convention is only allowed on functions",
                ));
                return Err(Fail);
            }
        }
        let arrays = self.array_dims()?;
        Ok(Declarator {
            pointers,
            name,
            arrays,
            func,
            span: start.to(self.prev_span()),
        })
    }

    /// Array dimensions: `[4]`, `[]`, `[*]`, each counted against the
    /// nesting limit (the caller releases them).
    fn array_dims(&mut self) -> PResult<Vec<Option<Expr>>> {
        let mut arrays = Vec::new();
        // Array dimensions follow on the same line: a `[` starting a line
        // opens the attributes of what comes next (a forgotten `,` or `;`
        // before it is then reported as such).
        while !self.peek().line_start && self.eat("[") {
            self.nest()?;
            if self.eat("]") {
                arrays.push(None);
                continue;
            }
            if self.at("*") && self.peek_at(1).is_punct("]") {
                self.bump();
                self.bump();
                arrays.push(None);
                continue;
            }
            let e = self.expr()?;
            self.expect("]")?;
            arrays.push(Some(e));
        }
        Ok(arrays)
    }

    /// After a type, `(` starts a parenthesised declarator when a calling
    /// convention, `*` or a name and `)` follow.
    fn paren_starts_declarator(&self) -> bool {
        let mut i = 1;
        let t = self.peek_at(i);
        if t.kind == TokenKind::Ident && CALLING_CONVENTIONS.contains(&self.text(t)) {
            i += 1;
        }
        let t = self.peek_at(i);
        t.is_punct("*")
            || (t.kind == TokenKind::Ident
                && self.peek_at(i + 1).is_punct(")")
                && self.peek_at(i + 2).is_punct("("))
    }

    /// Parameters after `(`, through `)`.
    fn params(&mut self) -> PResult<Vec<Param>> {
        if self.eat(")") {
            return Ok(Vec::new());
        }
        if self.at_word("void") && self.peek_at(1).is_punct(")") {
            self.bump();
            self.bump();
            return Ok(Vec::new());
        }
        // Read onto a stack shared by nested lists (function pointer
        // parameters), as items are.
        let mark = self.param_stack.len();
        let r = self.params_onto_stack();
        let params = take_from(&mut self.param_stack, mark);
        r.map(|()| params)
    }

    fn params_onto_stack(&mut self) -> PResult<()> {
        loop {
            if self.eat("...") {
                self.expect(")")?;
                break;
            }
            let docs = self.take_docs();
            let start = self.peek().span;
            let attrs = self.attr_lists()?;
            let ty = self.type_spec()?;
            let decl = self.declarator(true)?;
            let span = start.to(self.prev_span());
            self.param_stack.push(Param {
                docs,
                attrs: attrs.into_boxed_slice(),
                ty,
                decl,
                span,
            });
            if self.eat(")") {
                break;
            }
            if !self.eat(",") {
                let fail = self.error_expected("`,` or `)` in the parameter list");
                // A missing comma before the next parameter's attributes:
                // reported; read on as if it were there.
                if !self.at("[") {
                    return Err(fail);
                }
            }
        }
        Ok(())
    }

    // ---- expressions --------------------------------------------------

    fn expr(&mut self) -> PResult<Expr> {
        self.nest()?;
        let r = self.cond_expr();
        self.unnest();
        r
    }

    fn cond_expr(&mut self) -> PResult<Expr> {
        let c = self.binary(0)?;
        if self.eat("?") {
            let a = self.expr()?;
            self.expect(":")?;
            let b = self.expr()?;
            let span = c.span.to(b.span);
            return Ok(Expr {
                kind: ExprKind::Cond(Box::new(c), Box::new(a), Box::new(b)),
                span,
            });
        }
        Ok(c)
    }

    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        // Each operator folded into `lhs` makes the tree one level deeper
        // (`1 + 1 + ...` is left-deep), and evaluating, printing and
        // dropping it recurse: a loop here must not build an arbitrarily
        // deep tree. `binary_chain` counts each operator against the
        // nesting limit, like a parenthesis, until the chain ends here.
        let depth = self.depth;
        let r = self.binary_chain(min_prec);
        self.depth = depth;
        r
    }

    fn binary_chain(&mut self, min_prec: u8) -> PResult<Expr> {
        let mut lhs = self.unary()?;
        loop {
            let t = *self.peek();
            let Some((op, prec)) = (if t.kind == TokenKind::Punct {
                binop(self.text(&t))
            } else {
                None
            }) else {
                break;
            };
            if prec < min_prec {
                break;
            }
            self.bump();
            self.nest()?;
            let rhs = self.binary(prec + 1)?;
            let span = lhs.span.to(rhs.span);
            let folded = if self.fold {
                match (self.literal(&lhs), self.literal(&rhs)) {
                    (Some(a), Some(b)) => {
                        crate::eval::fold_binary(op, a, b).map(|f| self.folded(f))
                    }
                    _ => None,
                }
            } else {
                None
            };
            lhs = Expr {
                kind: folded.unwrap_or_else(|| ExprKind::Binary(op, Box::new(lhs), Box::new(rhs))),
                span,
            };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> PResult<Expr> {
        let t = *self.peek();
        let op = match self.text(&t) {
            "-" if t.kind == TokenKind::Punct => Some(UnOp::Neg),
            "+" if t.kind == TokenKind::Punct => Some(UnOp::Plus),
            "~" => Some(UnOp::Not),
            "!" => Some(UnOp::LogicalNot),
            "*" => Some(UnOp::Deref),
            "&" => Some(UnOp::AddrOf),
            _ => None,
        };
        if let Some(op) = op {
            self.bump();
            self.nest()?;
            let x = self.unary();
            self.unnest();
            let x = x?;
            let span = t.span.to(x.span);
            let folded = if self.fold {
                self.literal(&x)
                    .and_then(|v| crate::eval::fold_unary(op, v))
                    .map(|f| self.folded(f))
            } else {
                None
            };
            return Ok(Expr {
                kind: folded.unwrap_or_else(|| ExprKind::Unary(op, Box::new(x))),
                span,
            });
        }
        if t.kind == TokenKind::Ident && self.text(&t) == "sizeof" {
            self.bump();
            let open = self.expect("(")?;
            let mut depth = 1usize;
            while depth > 0 {
                let t = self.bump();
                if t.kind == TokenKind::Eof {
                    self.diags.push(Diagnostic::error(
                        codes::UNEXPECTED_EOF,
                        open,
                        "unclosed `(` in `sizeof`",
                    ));
                    return Err(Fail);
                }
                if t.is_punct("(") {
                    depth += 1;
                } else if t.is_punct(")") {
                    depth -= 1;
                }
            }
            return Ok(Expr {
                kind: ExprKind::Sizeof,
                span: t.span.to(self.prev_span()),
            });
        }
        if t.is_punct("(") {
            if self.paren_is_cast() {
                self.bump();
                let ty = self.type_spec()?;
                let mut ptrs = 0;
                while self.eat("*") {
                    ptrs += 1;
                    self.qualifiers();
                }
                self.expect(")")?;
                self.nest()?;
                let x = self.unary();
                self.unnest();
                let x = x?;
                let span = t.span.to(x.span);
                return Ok(Expr {
                    kind: ExprKind::Cast(Box::new(ty), ptrs, Box::new(x)),
                    span,
                });
            }
            self.bump();
            let e = self.expr()?;
            let close = self.expect(")")?;
            return self.postfix(Expr {
                kind: e.kind,
                span: t.span.to(close),
            });
        }
        let e = self.primary()?;
        self.postfix(e)
    }

    /// `(` starts a cast when a type follows: C base type words always; a
    /// plain name only when `)` and then an operand follow (`(ULONG)0x1`),
    /// so `(X) - 1` stays a subtraction.
    fn paren_is_cast(&self) -> bool {
        let t = self.peek_at(1);
        if t.kind != TokenKind::Ident {
            return false;
        }
        let text = self.text(t);
        if BASE_TYPE_WORDS.contains(&text) || matches!(text, "const" | "struct" | "enum" | "union")
        {
            return true;
        }
        let mut i = 2;
        while self.peek_at(i).is_punct("*") {
            i += 1;
        }
        if !self.peek_at(i).is_punct(")") {
            return false;
        }
        if i > 2 {
            // `(X *)` is no expression: a pointer cast (`(OLECHAR *) -1`).
            return true;
        }
        let next = self.peek_at(i + 1);
        // A sign written against its operand is a unary sign, so
        // `(HBODY)-1` and `(ULONG) -1` are casts and `(X) - 1` a subtraction:
        // without knowing which names are types, spacing decides.
        let operand = self.peek_at(i + 2);
        let signed_operand = (next.is_punct("-") || next.is_punct("+"))
            && !operand.space_before
            && (matches!(operand.kind, TokenKind::Number | TokenKind::Ident)
                || operand.is_punct("("));
        matches!(
            next.kind,
            TokenKind::Number | TokenKind::Ident | TokenKind::Char | TokenKind::Str
        ) || next.is_punct("(")
            || next.is_punct("~")
            || next.is_punct("!")
            || signed_operand
    }

    /// The value and C type of `e` if it is an integer literal, each read
    /// once: folds meet the same literals again and again.
    fn literal(&mut self, e: &Expr) -> Option<(i128, crate::eval::IntType)> {
        let ExprKind::Int(t) = e.kind else {
            return None;
        };
        if let Some(v) = self.literals.get(&t) {
            return *v;
        }
        let v = crate::eval::literal(self.interner.text(t));
        self.literals.insert(t, v);
        v
    }

    /// The literal a fold made, written once per value: the constants of
    /// one macro share their inner folds (`(DISPID_ELEMENT+19)` folds
    /// `DISPID_ELEMENT` each time).
    fn folded(&mut self, f: crate::eval::Folded) -> ExprKind {
        let interner = &mut *self.interner;
        ExprKind::Int(
            *self
                .folds
                .entry(f)
                .or_insert_with(|| interner.intern(&f.text())),
        )
    }

    fn postfix(&mut self, e: Expr) -> PResult<Expr> {
        // Each member access nests the tree one level deeper: counted
        // against the nesting limit as in `binary`.
        let depth = self.depth;
        let r = self.postfix_chain(e);
        self.depth = depth;
        r
    }

    fn postfix_chain(&mut self, mut e: Expr) -> PResult<Expr> {
        while self.at(".") || self.at("->") {
            self.bump();
            self.nest()?;
            let field = self.ident("a member name")?;
            let span = e.span.to(field.span);
            e = Expr {
                kind: ExprKind::Member(Box::new(e), field),
                span,
            };
        }
        Ok(e)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let t = *self.peek();
        let kind = match t.kind {
            TokenKind::Number => {
                self.bump();
                // Looked at in place: a number is a float when it has a
                // point or (not in hex) an exponent.
                let b = self.text(&t).as_bytes();
                let is_hex = b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X');
                let float =
                    b.contains(&b'.') || (!is_hex && b.iter().any(|c| matches!(c, b'e' | b'E')));
                if float {
                    ExprKind::Float(t.sym)
                } else {
                    ExprKind::Int(t.sym)
                }
            }
            TokenKind::Str => {
                let (s, span) = self.string("a string")?;
                return Ok(Expr {
                    kind: ExprKind::Str(s.into()),
                    span,
                });
            }
            TokenKind::Char => {
                self.bump();
                ExprKind::Char(self.text(&t).chars().next().unwrap_or('\0'))
            }
            TokenKind::Ident => {
                self.bump();
                ExprKind::Name(self.ident_of(&t))
            }
            _ => return Err(self.error_expected("an expression")),
        };
        Ok(Expr { kind, span: t.span })
    }
}

/// The elements of `stack` from `mark` on, moved to a list of their number.
fn take_from<T>(stack: &mut Vec<T>, mark: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(stack.len() - mark);
    out.extend(stack.drain(mark..));
    out
}

/// An empty union arm (`[default] ;`): a field of no type.
fn empty_arm(docs: Docs, attrs: Rc<[Attr]>, start: Span, span: Span) -> Field {
    Field {
        docs,
        attrs,
        ty: Rc::new(TypeSpec {
            kind: TypeSpecKind::Base(Vec::new()),
            is_const: false,
            span: start,
        }),
        decl: None,
        bits: None,
        span,
    }
}

fn binop(p: &str) -> Option<(BinOp, u8)> {
    Some(match p {
        "||" => (BinOp::Or, 1),
        "&&" => (BinOp::And, 2),
        "|" => (BinOp::BitOr, 3),
        "^" => (BinOp::BitXor, 4),
        "&" => (BinOp::BitAnd, 5),
        "==" => (BinOp::Eq, 6),
        "!=" => (BinOp::Ne, 6),
        "<" => (BinOp::Lt, 7),
        ">" => (BinOp::Gt, 7),
        "<=" => (BinOp::Le, 7),
        ">=" => (BinOp::Ge, 7),
        "<<" => (BinOp::Shl, 8),
        ">>" => (BinOp::Shr, 8),
        "+" => (BinOp::Add, 9),
        "-" => (BinOp::Sub, 9),
        "*" => (BinOp::Mul, 10),
        "/" => (BinOp::Div, 10),
        "%" => (BinOp::Rem, 10),
        _ => return None,
    })
}

/// Whether `t` begins a new top-level item (a recovery point).
fn starts_item(t: &Token, interner: &Interner) -> bool {
    t.is_punct("[")
        || (t.kind == TokenKind::Ident
            && matches!(
                t.text(interner),
                "interface"
                    | "typedef"
                    | "import"
                    | "cpp_quote"
                    | "library"
                    | "coclass"
                    | "module"
                    | "dispinterface"
            ))
}

fn describe(t: &Token, interner: &Interner) -> String {
    let text = t.text(interner);
    match t.kind {
        TokenKind::Eof => "end of file".into(),
        TokenKind::Str => format!("string {text:?}"),
        TokenKind::Char => format!("character {text:?}"),
        TokenKind::Ident => format!("`{text}`"),
        _ => format!("`{text}`"),
    }
}

//! The C preprocessor subset IDL files use: `#include`, `#define`, `#if`.

use crate::diag::{Diagnostic, Diagnostics, codes};
use crate::eval::{Env, IntType, Value};
use crate::files::Files;
use crate::fxhash::FxHashMap;
use crate::lex::{Symbol, Token, TokenKind, TokenQueue};
use crate::source::{FileId, Span};
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

/// How many tokens macro expansion may produce for one file before it is
/// taken to be runaway recursion.
pub const EXPANSION_BUDGET: usize = 2_000_000;
/// How deeply `#include` and macro arguments may nest.
const MAX_DEPTH: usize = 200;
/// How many tokens `#include` may bring into one file by default, each
/// inclusion counting 100 more. The depth limit alone does not stop a
/// file that includes itself twice without a guard: that is 2^depth
/// inclusions, which never finishes.
pub const INCLUDE_BUDGET: usize = 1_000_000;
/// What one inclusion costs besides its tokens, so that many inclusions of
/// tiny files also run out (the 100 of [`INCLUDE_BUDGET`]).
const INCLUDE_OVERHEAD: usize = 100;

/// A macro expansion in a file's text (not one inside another expansion),
/// for diagnostics about the tokens it produced or removed.
#[derive(Clone, Debug)]
pub(crate) struct Expansion {
    /// The macro's name.
    pub(crate) name: Symbol,
    /// The use: every token the expansion produced has this span.
    pub(crate) site: Span,
    /// The macro's name in its `#define`.
    pub(crate) def: Span,
    /// For an expansion that produced no tokens: the index in the output
    /// of the token that follows it.
    pub(crate) empty_before: Option<usize>,
}

/// A preprocessed file: its tokens, ending with one `Eof`, the doc comments
/// before them and the macro expansions that made them.
pub(crate) struct Preprocessed {
    /// The tokens, without doc comments.
    pub(crate) tokens: TokenQueue,
    /// The doc comments (`///` lines joined) before a token: (its index,
    /// the text), by index.
    pub(crate) docs: Vec<(u32, String)>,
    pub(crate) expansions: Vec<Expansion>,
    /// The files `#include` brought in.
    pub(crate) included: Vec<FileId>,
    /// The file's `#pragma area("name")`: the name and where it is written.
    pub(crate) area: Option<(String, Span)>,
}

/// A macro definition.
#[derive(Debug)]
struct Macro {
    /// The name in the `#define`.
    def: Span,
    /// `None` for an object-like macro.
    params: Option<Vec<Symbol>>,
    variadic: bool,
    body: Vec<Token>,
    /// Whether the body pastes tokens (`##`).
    pastes: bool,
}

/// A token being expanded, with the names of the macros it came from (its
/// "hide set"), which must not expand again inside it.
#[derive(Clone, Debug)]
struct PTok {
    tok: Token,
    hide: Hide,
}

/// A hide set, as a list sharing its tail with the hide sets it extends;
/// `None` for a token of a file, which most tokens are.
type Hide = Option<Rc<HideNode>>;

#[derive(Debug)]
struct HideNode {
    name: Symbol,
    next: Hide,
}

/// Whether `hide` holds `name`.
#[inline]
fn hides(mut hide: &Hide, name: Symbol) -> bool {
    while let Some(node) = hide {
        if node.name == name {
            return true;
        }
        hide = &node.next;
    }
    false
}

/// A set of symbols, one bit each.
#[derive(Debug, Default)]
struct SymbolSet(Vec<u64>);

impl SymbolSet {
    #[inline]
    fn contains(&self, s: Symbol) -> bool {
        let i = s.index();
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    fn insert(&mut self, s: Symbol) {
        let i = s.index();
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn remove(&mut self, s: Symbol) {
        let i = s.index();
        if let Some(w) = self.0.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }
}

#[derive(Debug)]
struct Cond {
    /// Whether tokens in the current branch are kept.
    active: bool,
    /// Whether some branch of this `#if` was already taken.
    taken: bool,
    /// Whether `#else` was seen.
    seen_else: bool,
    span: Span,
}

struct Frame {
    toks: Rc<Vec<Token>>,
    pos: usize,
    conds: Vec<Cond>,
}

impl Frame {
    #[inline]
    fn active(&self) -> bool {
        self.conds.last().is_none_or(|c| c.active)
    }
}

/// The macros every file starts with, as MIDL predefines them: `__midl` is
/// the compiler version, major * 100 + minor (MIDL 8.01 is `801`).
pub const PREDEFINED: &[(&str, &str)] = &[("__midl", "801")];

/// The predefined macros changed by the command line (`-D NAME[=VALUE]`,
/// then `-U NAME`), as the text of a `<command line>` file of directives
/// that every file's preprocessing starts by carrying out.
pub(crate) fn command_line(defines: &[(String, Option<String>)], undefines: &[String]) -> String {
    let mut text = String::new();
    for (name, value) in PREDEFINED {
        text += &format!("#define {name} {value}\n");
    }
    for (name, value) in defines {
        text += &format!("#define {name} {}\n", value.as_deref().unwrap_or("1"));
    }
    for name in undefines {
        text += &format!("#undef {name}\n");
    }
    text
}

/// Preprocesses `file`: returns its tokens with directives carried out and
/// macros expanded, ending with one `Eof`. `command_line` is the file
/// [`command_line`] wrote, whose directives come first.
pub(crate) fn preprocess(
    files: &mut Files<'_>,
    diags: &mut Diagnostics,
    file: FileId,
    command_line: FileId,
    budgets: (usize, usize),
) -> Preprocessed {
    let (include_budget, expansion_budget) = budgets;
    let mut pp = Preprocessor {
        files,
        diags,
        macros: FxHashMap::default(),
        defined: SymbolSet::default(),
        stack: Vec::new(),
        pending: VecDeque::new(),
        barrier: 0,
        budget: expansion_budget,
        expansion_limit: expansion_budget,
        depth: 0,
        once: HashSet::new(),
        warned_budget: false,
        include_budget,
        include_limit: include_budget,
        failed: false,
        included: Vec::new(),
        area: None,
    };
    pp.command_line(command_line);
    let toks = Rc::new(pp.files.lex(file, pp.diags));
    let eof = toks.last().cloned();
    pp.stack.push(Frame {
        toks,
        pos: 0,
        conds: Vec::new(),
    });
    let mut out = TokenQueue::new();
    let mut docs = Vec::new();
    let mut doc = String::new();
    let mut expansions = Vec::new();
    // The expansion of a token read from the file, while its tokens are
    // being read: (its index in `expansions`, output length at its start).
    let mut open: Option<(usize, usize)> = None;
    loop {
        let from_file = pp.pending.is_empty();
        if from_file && doc.is_empty() {
            pp.plain_run(&mut out);
        }
        let Some(t) = pp.next_raw() else { break };
        pp.failed = false;
        if !pp.try_expand(&t) {
            if t.tok.kind == TokenKind::Doc {
                if !doc.is_empty() {
                    doc.push('\n');
                }
                doc.push_str(pp.files.interner.text(t.tok.sym));
            } else {
                if !doc.is_empty() {
                    docs.push((out_index(&out), std::mem::take(&mut doc)));
                }
                out.push(t.tok);
            }
        } else if from_file && !pp.failed && open.is_none() {
            if let Some(m) = pp.macros.get(&t.tok.sym) {
                open = Some((expansions.len(), out.len()));
                expansions.push(Expansion {
                    name: t.tok.sym,
                    site: t.tok.span,
                    def: m.def,
                    empty_before: None,
                });
            }
        }
        if pp.pending.is_empty() {
            if let Some((i, start)) = open.take().filter(|&(_, start)| out.len() == start) {
                expansions[i].empty_before = Some(start);
            }
        }
    }
    if let Some(eof) = eof {
        if !doc.is_empty() {
            docs.push((out_index(&out), doc));
        }
        out.push(eof);
    }
    Preprocessed {
        tokens: out,
        docs,
        expansions,
        included: pp.included,
        area: pp.area,
    }
}

/// Whether `name` can name an area: a Cargo feature name, kept to ASCII
/// letters, digits, `-` and `_`, starting with a letter.
pub(crate) fn is_area_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The index the next token pushed to `out` gets.
fn out_index(out: &TokenQueue) -> u32 {
    u32::try_from(out.len()).unwrap_or(u32::MAX)
}

struct Preprocessor<'f, 'a> {
    files: &'f mut Files<'a>,
    diags: &'f mut Diagnostics,
    macros: FxHashMap<Symbol, Rc<Macro>>,
    /// The names in `macros`, for the question asked of every identifier.
    defined: SymbolSet,
    stack: Vec<Frame>,
    pending: VecDeque<PTok>,
    /// While positive, expansion reads only `pending` (macro arguments).
    barrier: usize,
    budget: usize,
    depth: usize,
    once: HashSet<FileId>,
    warned_budget: bool,
    /// What is left of the include budget ([`INCLUDE_BUDGET`] unless the
    /// options say otherwise); at zero, `#include` is refused.
    include_budget: usize,
    /// The budgets as given, for messages.
    include_limit: usize,
    expansion_limit: usize,
    /// Set when `try_expand` consumed a macro call it reported as wrong
    /// (its arguments), so that it is not taken for an empty expansion.
    failed: bool,
    /// The files `#include` brought in.
    included: Vec<FileId>,
    /// `#pragma area("name")`, once read.
    area: Option<(String, Span)>,
}

impl Preprocessor<'_, '_> {
    /// Carries out the directives of the `<command line>` file.
    fn command_line(&mut self, file: FileId) {
        let toks = self.files.tokens(file, self.diags);
        let mut i = 0;
        while i < toks.len() && toks[i].kind != TokenKind::Eof {
            let hash = toks[i].span;
            let mut end = i + 1;
            while end < toks.len() && !toks[end].line_start {
                end += 1;
            }
            self.directive(&toks[i + 1..end], hash);
            i = end;
        }
    }

    /// The next token to consider for expansion, from pending expansions or
    /// the file, with directives and inactive branches handled.
    fn next_raw(&mut self) -> Option<PTok> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(t);
            }
            if self.barrier > 0 {
                return None;
            }
            let frame = self.stack.last_mut()?;
            // Looked at in place: a token is cloned only when it is kept.
            let t = frame.toks.get(frame.pos)?;
            if t.kind == TokenKind::Eof {
                let frame = self.stack.pop()?;
                for c in frame.conds {
                    self.diags.push(
                        Diagnostic::error(
                            codes::UNBALANCED_CONDITIONAL,
                            c.span,
                            "`#if` without `#endif`",
                        )
                        .with_help("add `#endif` before the end of the file"),
                    );
                }
                continue;
            }
            if t.line_start && t.is_punct("#") {
                let hash = t.span;
                let mut end = frame.pos + 1;
                while end < frame.toks.len() && !frame.toks[end].line_start {
                    end += 1;
                }
                let toks = frame.toks.clone();
                let start = frame.pos + 1;
                frame.pos = end;
                self.directive(&toks[start..end], hash);
                continue;
            }
            let tok = *t;
            frame.pos += 1;
            if !frame.active() {
                continue;
            }
            return Some(PTok { tok, hide: None });
        }
    }

    /// Moves the file's tokens from where it stands to `out` for as long
    /// as they need nothing of the preprocessor: no directive, no macro
    /// name, no doc comment, in an active branch, with nothing pending.
    /// Most of a file's tokens go through here, a few comparisons each;
    /// [`Self::next_raw`] takes the rest.
    fn plain_run(&mut self, out: &mut TokenQueue) {
        if self.barrier > 0 {
            return;
        }
        let Some(frame) = self.stack.last_mut() else {
            return;
        };
        if !frame.active() {
            return;
        }
        while let Some(t) = frame.toks.get(frame.pos) {
            let special = match t.kind {
                TokenKind::Ident => self.defined.contains(t.sym),
                TokenKind::Punct => t.line_start && t.is_punct("#"),
                TokenKind::Doc | TokenKind::Eof => true,
                TokenKind::Number | TokenKind::Str | TokenKind::Char => false,
            };
            if special {
                return;
            }
            out.push(*t);
            frame.pos += 1;
        }
    }

    /// Whether `t` is the identifier `w`.
    fn is_word(&self, t: &Token, w: &str) -> bool {
        t.kind == TokenKind::Ident && self.files.interner.text(t.sym) == w
    }

    fn current_active(&self) -> bool {
        self.stack.last().is_none_or(Frame::active)
    }

    fn directive(&mut self, line: &[Token], hash: Span) {
        let Some(name) = line.first() else {
            return; // the null directive `#`
        };
        let args = &line[1..];
        let active = self.current_active();
        // The directive's name as a text of its own (the methods called
        // below need the interner): borrowed for the known names.
        const NAMES: [&str; 16] = [
            "if", "ifdef", "ifndef", "elif", "else", "endif", "define", "undef", "include",
            "pragma", "error", "warning", "line", "ident", "sccs", "once",
        ];
        let text = self.files.interner.text(name.sym);
        let word: std::borrow::Cow<'static, str> = match NAMES.iter().find(|n| **n == text) {
            Some(n) => (*n).into(),
            None => text.to_owned().into(),
        };
        match &*word {
            "if" | "ifdef" | "ifndef" => {
                let value = if !active {
                    false
                } else if &*word == "if" {
                    self.eval_if(args, name.span)
                } else {
                    match args.first() {
                        Some(id) if id.kind == TokenKind::Ident => {
                            self.macros.contains_key(&id.sym) == (&*word == "ifdef")
                        }
                        _ => {
                            self.bad_directive(name.span, format!("`#{word}` needs a macro name"));
                            false
                        }
                    }
                };
                if let Some(f) = self.stack.last_mut() {
                    f.conds.push(Cond {
                        active: value,
                        taken: value || !active,
                        seen_else: false,
                        span: hash.to(name.span),
                    });
                }
            }
            "elif" | "else" => {
                let is_else = &*word == "else";
                let parent_active = self
                    .stack
                    .last()
                    .is_some_and(|f| f.conds.len() < 2 || f.conds[f.conds.len() - 2].active);
                let state = self
                    .stack
                    .last()
                    .and_then(|f| f.conds.last())
                    .map(|c| (c.taken, c.seen_else));
                let Some((taken, seen_else)) = state else {
                    self.diags.push(Diagnostic::error(
                        codes::UNBALANCED_CONDITIONAL,
                        name.span,
                        format!("`#{word}` without `#if`"),
                    ));
                    return;
                };
                if seen_else {
                    self.diags.push(Diagnostic::error(
                        codes::UNBALANCED_CONDITIONAL,
                        name.span,
                        format!("`#{word}` after `#else`"),
                    ));
                }
                let value = !taken && parent_active && (is_else || self.eval_if(args, name.span));
                if let Some(c) = self.stack.last_mut().and_then(|f| f.conds.last_mut()) {
                    c.active = value;
                    c.taken |= value;
                    c.seen_else |= is_else;
                }
            }
            "endif" => {
                if self.stack.last_mut().and_then(|f| f.conds.pop()).is_none() {
                    self.diags.push(Diagnostic::error(
                        codes::UNBALANCED_CONDITIONAL,
                        name.span,
                        "`#endif` without `#if`",
                    ));
                }
            }
            _ if !active => {}
            "define" => self.define(args, name.span),
            "undef" => match args.first() {
                Some(id) if id.kind == TokenKind::Ident => {
                    self.macros.remove(&id.sym);
                    self.defined.remove(id.sym);
                }
                _ => self.bad_directive(name.span, "`#undef` needs a macro name".into()),
            },
            "include" => self.include(args, name.span),
            "pragma" => {
                let once_file = args
                    .first()
                    .filter(|t| self.is_word(t, "once"))
                    .and_then(|_| self.stack.last())
                    .and_then(|f| f.toks.last())
                    .map(|t| t.span.file);
                if let Some(file) = once_file {
                    self.once.insert(file);
                } else if args.first().is_some_and(|t| self.is_word(t, "area")) {
                    self.area_pragma(args, hash.to(name.span));
                }
            }
            "error" | "warning" => {
                // The message as written: the tokens' text joined with
                // spaces would read `architecture !` for `architecture!`.
                let mut written = args.iter().filter(|t| t.kind != TokenKind::Doc);
                let text = match (written.next(), written.next_back()) {
                    (Some(only), None) => self.files.sources.snippet(only.span).to_string(),
                    (Some(first), Some(last)) => self
                        .files
                        .sources
                        .snippet(first.span.to(last.span))
                        .replace("\\\r\n", " ")
                        .replace("\\\n", " "),
                    _ => String::new(),
                };
                let msg = format!("#{word}: {text}");
                let d = if &*word == "error" {
                    Diagnostic::error(codes::USER_ERROR, hash.to(name.span), msg)
                } else {
                    Diagnostic::warning(codes::USER_ERROR, hash.to(name.span), msg)
                };
                self.diags.push(d);
            }
            "line" | "ident" | "sccs" => {}
            other => {
                let known = [
                    "define", "undef", "include", "if", "ifdef", "ifndef", "elif", "else", "endif",
                    "pragma", "error", "warning", "line",
                ];
                let mut d = Diagnostic::error(
                    codes::BAD_DIRECTIVE,
                    hash.to(name.span),
                    format!("unknown preprocessor directive `#{other}`"),
                );
                if let Some(s) = crate::diag::did_you_mean(other, known) {
                    d = d.with_help(format!("did you mean `#{s}`?"));
                }
                self.diags.push(d);
            }
        }
    }

    /// `#pragma area("name")`: the area of the file's declarations (a Cargo
    /// feature of the crate that expands them with `feature_gates`). Other
    /// pragmas are ignored, as C compilers ignore the ones they do not know.
    fn area_pragma(&mut self, args: &[Token], at: Span) {
        let name = match args {
            [_, open, name, close]
                if open.is_punct("(") && close.is_punct(")") && name.kind == TokenKind::Str =>
            {
                (self.files.interner.text(name.sym).to_string(), name.span)
            }
            _ => {
                let span = args.last().map_or(at, |l| at.to(l.span));
                self.diags.push(
                    Diagnostic::error(
                        codes::BAD_DIRECTIVE,
                        span,
                        "`#pragma area` takes one name in quotes",
                    )
                    .with_help("write `#pragma area(\"store\")`"),
                );
                return;
            }
        };
        if !is_area_name(&name.0) {
            self.diags.push(
                Diagnostic::error(codes::BAD_DIRECTIVE, name.1, format!("`{}` is not an area name", name.0))
                    .with_help("an area is a Cargo feature: ASCII letters, digits, `-` and `_`, starting with a letter"),
            );
            return;
        }
        match &self.area {
            Some((first, _)) if *first == name.0 => {}
            Some((first, first_span)) => {
                let d = Diagnostic::error(
                    codes::BAD_DIRECTIVE,
                    name.1,
                    format!("the file's area is already `{first}`"),
                )
                .with_note(*first_span, "the area is declared here")
                .with_help("a file belongs to one area; move the declarations of another area to a file of their own");
                self.diags.push(d);
            }
            None => self.area = Some(name),
        }
    }

    fn bad_directive(&mut self, span: Span, msg: String) {
        self.diags
            .push(Diagnostic::error(codes::BAD_DIRECTIVE, span, msg));
    }

    fn define(&mut self, args: &[Token], at: Span) {
        let Some(name) = args.first().filter(|t| t.kind == TokenKind::Ident) else {
            self.bad_directive(at, "`#define` needs a macro name".into());
            return;
        };
        let mut i = 1;
        let mut params = None;
        let mut variadic = false;
        if args
            .get(1)
            .is_some_and(|t| t.is_punct("(") && !t.space_before)
        {
            let mut list = Vec::new();
            i = 2;
            loop {
                match args.get(i) {
                    Some(t) if t.is_punct(")") && (list.is_empty() || variadic) => {
                        i += 1;
                        break;
                    }
                    Some(t) if t.kind == TokenKind::Ident && !variadic => list.push(t.sym),
                    Some(t) if t.is_punct("...") && !variadic => variadic = true,
                    _ => {
                        self.bad_directive(
                            args.get(i).map_or(name.span, |t| t.span),
                            format!(
                                "malformed parameter list of macro `{}`",
                                self.files.interner.text(name.sym)
                            ),
                        );
                        return;
                    }
                }
                i += 1;
                match args.get(i) {
                    Some(t) if t.is_punct(",") && !variadic => i += 1,
                    Some(t) if t.is_punct(")") => {
                        i += 1;
                        break;
                    }
                    _ => {
                        self.bad_directive(
                            args.get(i).map_or(name.span, |t| t.span),
                            format!(
                                "expected `,` or `)` in the parameters of macro `{}`",
                                self.files.interner.text(name.sym)
                            ),
                        );
                        return;
                    }
                }
            }
            params = Some(list);
        }
        let body: Vec<Token> = args[i..]
            .iter()
            .filter(|t| t.kind != TokenKind::Doc)
            .cloned()
            .collect();
        self.defined.insert(name.sym);
        self.macros.insert(
            name.sym,
            Rc::new(Macro {
                def: name.span,
                params,
                variadic,
                pastes: body.iter().any(|t| t.is_punct("##")),
                body,
            }),
        );
    }

    fn include(&mut self, args: &[Token], at: Span) {
        let (target, span) = match args.first() {
            Some(t) if t.kind == TokenKind::Str => {
                (self.files.interner.text(t.sym).to_string(), t.span)
            }
            Some(t) if t.is_punct("<") => {
                let inner: Vec<&Token> =
                    args[1..].iter().take_while(|t| !t.is_punct(">")).collect();
                let text: String = inner
                    .iter()
                    .map(|t| self.files.interner.text(t.sym))
                    .collect();
                (text, inner.last().map_or(t.span, |l| t.span.to(l.span)))
            }
            _ => {
                self.bad_directive(
                    at,
                    "`#include` needs a file name: `#include \"file.h\"`".into(),
                );
                return;
            }
        };
        if self.stack.len() > MAX_DEPTH {
            self.diags.push(Diagnostic::error(
                codes::EXPANSION_LIMIT,
                span,
                format!("`#include` nested more than {MAX_DEPTH} deep"),
            ).with_help("an include guard (`#ifndef X` / `#define X`) or `#pragma once` stops a file including itself"));
            return;
        }
        let Some(id) = self.files.find(span.file, &target) else {
            self.diags.push(
                Diagnostic::error(
                    codes::FILE_NOT_FOUND,
                    span,
                    format!("cannot find included file `{target}`"),
                )
                .with_help("search directories are added with `-I DIR`"),
            );
            return;
        };
        if self.once.contains(&id) {
            return;
        }
        self.included.push(id);
        let toks = self.files.tokens(id, self.diags);
        let cost = toks.len() + INCLUDE_OVERHEAD;
        // `>=` keeps the budget above zero until it has been reported, so
        // zero means "reported already".
        if cost >= self.include_budget {
            // Report once: every later `#include` would say the same.
            if self.include_budget > 0 {
                self.diags.push(
                    Diagnostic::error(
                        codes::EXPANSION_LIMIT,
                        span,
                        format!(
                            "`#include` brought in more than {} tokens",
                            self.include_limit
                        ),
                    )
                    .with_note(None, "no more files are included into this one")
                    .with_help("an include guard (`#ifndef X` / `#define X`) or `#pragma once` stops a file including itself"),
                );
            }
            self.include_budget = 0;
            return;
        }
        self.include_budget -= cost;
        self.stack.push(Frame {
            toks,
            pos: 0,
            conds: Vec::new(),
        });
    }

    fn eval_if(&mut self, args: &[Token], at: Span) -> bool {
        // `defined` is replaced before expansion, as C requires.
        let mut toks: Vec<PTok> = Vec::new();
        let mut i = 0;
        while i < args.len() {
            let t = &args[i];
            if self.is_word(t, "defined") {
                let (name, next) = match (args.get(i + 1), args.get(i + 2), args.get(i + 3)) {
                    (Some(n), _, _) if n.kind == TokenKind::Ident => (Some(n), i + 2),
                    (Some(p), Some(n), Some(c))
                        if p.is_punct("(") && n.kind == TokenKind::Ident && c.is_punct(")") =>
                    {
                        (Some(n), i + 4)
                    }
                    _ => (None, i + 1),
                };
                let Some(name) = name else {
                    self.bad_directive(t.span, "`defined` needs a macro name".into());
                    return false;
                };
                let v = if self.macros.contains_key(&name.sym) {
                    "1"
                } else {
                    "0"
                };
                let v = self.files.interner.intern(v);
                toks.push(PTok {
                    tok: Token {
                        kind: TokenKind::Number,
                        sym: v,
                        ..*t
                    },
                    hide: None,
                });
                i = next;
                continue;
            }
            if t.kind != TokenKind::Doc {
                toks.push(PTok {
                    tok: *t,
                    hide: None,
                });
            }
            i += 1;
        }
        let expanded = self.expand_seq(toks);
        let zero = self.files.interner.intern("0");
        let mut line: Vec<Token> = expanded
            .into_iter()
            .map(|p| {
                if p.tok.kind == TokenKind::Ident && !self.is_word(&p.tok, "sizeof") {
                    // Names left after expansion are 0, as in C.
                    Token {
                        kind: TokenKind::Number,
                        sym: zero,
                        ..p.tok
                    }
                } else {
                    p.tok
                }
            })
            .collect();
        if line.is_empty() {
            self.bad_directive(at, "`#if` needs an expression".into());
            return false;
        }
        let end = line.last().map_or(at, |t| t.span);
        line.push(Token {
            kind: TokenKind::Eof,
            sym: Symbol::EMPTY,
            span: Span::new(end.file, end.end, end.end),
            line_start: true,
            space_before: true,
        });
        let Some(expr) = crate::parse::parse_const_expr(line, &mut self.files.interner, self.diags)
        else {
            return false;
        };
        match crate::eval::eval_int(&expr, &mut IfEnv(&self.files.interner)) {
            Ok(v) => v != 0,
            Err(d) => {
                self.diags.push(d);
                false
            }
        }
    }

    /// Fully expands a token list (a macro argument or an `#if` line) without
    /// reading past it.
    fn expand_seq(&mut self, input: Vec<PTok>) -> Vec<PTok> {
        if self.depth > MAX_DEPTH {
            return input;
        }
        self.depth += 1;
        self.barrier += 1;
        let saved = std::mem::replace(&mut self.pending, input.into());
        let mut out = Vec::new();
        while let Some(t) = self.next_raw() {
            if !self.try_expand(&t) {
                out.push(t);
            }
        }
        self.pending = saved;
        self.barrier -= 1;
        self.depth -= 1;
        out
    }

    /// Expands `t` if it names a macro; returns whether it did (its
    /// replacement is then pending).
    #[inline]
    fn try_expand(&mut self, t: &PTok) -> bool {
        // Most tokens name no macro: told by their kind and one bit, before
        // the hide set and the table.
        if t.tok.kind != TokenKind::Ident || !self.defined.contains(t.tok.sym) {
            return false;
        }
        self.expand(t)
    }

    /// [`Self::try_expand`] of a token that names a macro.
    fn expand(&mut self, t: &PTok) -> bool {
        if hides(&t.hide, t.tok.sym) {
            return false;
        }
        let Some(m) = self.macros.get(&t.tok.sym) else {
            return false;
        };
        if self.budget == 0 {
            return false;
        }
        let hide = Some(Rc::new(HideNode {
            name: t.tok.sym,
            next: t.hide.clone(),
        }));
        if m.params.is_none() && !m.pastes {
            // An object-like macro without pasting, the most common kind:
            // its body goes to the front of the pending tokens as it is,
            // at the site, without a list of its own.
            let cost = m.body.len() + 1;
            if cost > self.budget {
                self.out_of_budget(t);
                return true;
            }
            self.budget -= cost;
            for b in m.body.iter().rev() {
                self.pending.push_front(PTok {
                    tok: Token {
                        span: t.tok.span,
                        line_start: false,
                        ..*b
                    },
                    hide: hide.clone(),
                });
            }
            return true;
        }
        let m = m.clone();
        let replacement = match &m.params {
            None => self.substitute(&m, &[], t, &hide),
            Some(_) => {
                // A function-like macro name not followed by `(` is a plain name.
                let next = self.next_raw();
                match next {
                    Some(n) if n.tok.is_punct("(") => {}
                    Some(n) => {
                        self.pending.push_front(n);
                        return false;
                    }
                    None => return false,
                }
                let Some(args) = self.collect_args(t) else {
                    self.failed = true;
                    return true;
                };
                let Some(args) = self.check_arity(&m, args, t) else {
                    self.failed = true;
                    return true;
                };
                self.substitute(&m, &args, t, &hide)
            }
        };
        let cost = replacement.len() + 1;
        if cost > self.budget {
            self.out_of_budget(t);
            return true;
        }
        self.budget -= cost;
        for r in replacement.into_iter().rev() {
            self.pending.push_front(r);
        }
        true
    }

    /// The expansion of `t` would exceed the expansion budget: reported
    /// once, and no macro is expanded after it.
    fn out_of_budget(&mut self, t: &PTok) {
        self.budget = 0;
        if !self.warned_budget {
            self.warned_budget = true;
            self.diags.push(
                Diagnostic::error(
                    codes::EXPANSION_LIMIT,
                    t.tok.span,
                    format!(
                        "macro expansion produced more than {} tokens",
                        self.expansion_limit
                    ),
                )
                .with_note(None, "macros are no longer expanded in this file"),
            );
        }
        self.failed = true;
    }

    fn collect_args(&mut self, name: &PTok) -> Option<Vec<Vec<PTok>>> {
        let mut args = vec![Vec::new()];
        let mut depth = 0usize;
        loop {
            let Some(t) = self.next_raw() else {
                self.diags.push(
                    Diagnostic::error(
                        codes::MACRO_ARGS,
                        name.tok.span,
                        format!(
                            "unterminated call of macro `{}`",
                            self.files.interner.text(name.tok.sym)
                        ),
                    )
                    .with_help("close the argument list with `)`"),
                );
                return None;
            };
            if t.tok.kind == TokenKind::Doc {
                continue;
            }
            if t.tok.is_punct("(") {
                depth += 1;
            } else if t.tok.is_punct(")") {
                if depth == 0 {
                    return Some(args);
                }
                depth -= 1;
            } else if t.tok.is_punct(",") && depth == 0 {
                args.push(Vec::new());
                continue;
            }
            if let Some(last) = args.last_mut() {
                last.push(t);
            }
        }
    }

    fn check_arity(
        &mut self,
        m: &Macro,
        mut args: Vec<Vec<PTok>>,
        name: &PTok,
    ) -> Option<Vec<Vec<PTok>>> {
        let want = m.params.as_ref().map_or(0, Vec::len);
        if want == 0 && !m.variadic && args.len() == 1 && args[0].is_empty() {
            return Some(Vec::new());
        }
        if m.variadic && args.len() > want {
            let rest = args.split_off(want);
            let mut joined = Vec::new();
            for (i, a) in rest.into_iter().enumerate() {
                if i > 0 {
                    joined.push(PTok {
                        tok: Token {
                            kind: TokenKind::Punct,
                            sym: Symbol::punct(",").unwrap_or(Symbol::EMPTY),
                            ..name.tok
                        },
                        hide: None,
                    });
                }
                joined.extend(a);
            }
            args.push(joined);
            return Some(args);
        }
        if m.variadic && args.len() == want {
            args.push(Vec::new());
            return Some(args);
        }
        if args.len() != want {
            self.diags.push(Diagnostic::error(
                codes::MACRO_ARGS,
                name.tok.span,
                format!(
                    "macro `{}` takes {want} argument{}, but {} {} given",
                    self.files.interner.text(name.tok.sym),
                    if want == 1 { "" } else { "s" },
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                ),
            ));
            return None;
        }
        Some(args)
    }

    fn substitute(&mut self, m: &Macro, args: &[Vec<PTok>], site: &PTok, hide: &Hide) -> Vec<PTok> {
        let at_site = |t: &Token| Token {
            span: site.tok.span,
            line_start: false,
            ..*t
        };
        // (An object-like macro without pasting never comes here:
        // `try_expand` puts its body in place itself.)
        let body = &m.body;
        let count = m.params.as_ref().map_or(0, Vec::len);
        let va_args = self.files.interner.intern("__VA_ARGS__");
        let param_index = |t: &Token| {
            if t.kind != TokenKind::Ident {
                return None;
            }
            let params = m.params.iter().flatten();
            match params.clone().position(|p| *p == t.sym) {
                Some(i) => Some(i),
                None if m.variadic && t.sym == va_args => Some(count),
                None => None,
            }
        };
        let mut out: Vec<PTok> = Vec::with_capacity(body.len());
        let mut paste_next = false;
        let mut i = 0;
        while i < body.len() {
            let t = &body[i];
            if t.is_punct("##") && !out.is_empty() && i + 1 < body.len() {
                paste_next = true;
                i += 1;
                continue;
            }
            let param = param_index(t);
            if param.is_none() && !t.is_punct("#") && !paste_next {
                // A plain token of the body (no allocation of a piece).
                out.push(PTok {
                    tok: at_site(t),
                    hide: hide.clone(),
                });
                i += 1;
                continue;
            }
            let mut piece: Vec<PTok> = Vec::new();
            // `#` before a parameter of a function-like macro: stringizing.
            let stringized = if t.is_punct("#") && m.params.is_some() {
                body.get(i + 1).and_then(param_index)
            } else {
                None
            };
            if let Some(p) = stringized {
                let interner = &mut self.files.interner;
                let text: Vec<&str> = args[p].iter().map(|a| interner.text(a.tok.sym)).collect();
                let text = text.join(" ");
                piece.push(PTok {
                    tok: Token {
                        kind: TokenKind::Str,
                        sym: interner.intern(&text),
                        ..at_site(t)
                    },
                    hide: hide.clone(),
                });
                i += 2;
                self.append(&mut out, piece, &mut paste_next, site);
                continue;
            }
            if let Some(p) = param {
                let next_is_paste = body.get(i + 1).is_some_and(|n| n.is_punct("##"));
                if paste_next || next_is_paste {
                    piece.extend(args[p].iter().cloned());
                } else {
                    piece.extend(self.expand_seq(args[p].clone()));
                }
            } else {
                piece.push(PTok {
                    tok: at_site(t),
                    hide: hide.clone(),
                });
            }
            self.append(&mut out, piece, &mut paste_next, site);
            i += 1;
        }
        out
    }

    /// Appends `piece` to `out`, pasting its first token onto the last one
    /// of `out` when a `##` came between them.
    fn append(&mut self, out: &mut Vec<PTok>, mut piece: Vec<PTok>, paste: &mut bool, site: &PTok) {
        let left = if std::mem::take(paste) && !piece.is_empty() {
            out.pop()
        } else {
            None
        };
        if let Some(left) = left {
            let right = piece.remove(0);
            let interner = &mut self.files.interner;
            let text = format!(
                "{}{}",
                interner.text(left.tok.sym),
                interner.text(right.tok.sym)
            );
            let mut scratch = Diagnostics::new();
            // Re-lex the pasted text on its own; its spans are replaced below.
            let toks = crate::lex::lex(FileId(u32::MAX), &text, &mut scratch, interner);
            let ok = toks.len() == 2 && !scratch.has_errors();
            let _ = scratch.into_vec();
            if ok {
                out.push(PTok {
                    tok: Token {
                        kind: toks[0].kind,
                        sym: toks[0].sym,
                        span: site.tok.span,
                        line_start: false,
                        space_before: left.tok.space_before,
                    },
                    hide: left.hide,
                });
            } else {
                self.diags.push(Diagnostic::error(
                    codes::MACRO_ARGS,
                    site.tok.span,
                    format!(
                        "pasting `{}` and `{}` does not give a valid token",
                        self.files.interner.text(left.tok.sym),
                        self.files.interner.text(right.tok.sym)
                    ),
                ));
                out.push(left);
                out.push(right);
            }
        }
        out.extend(piece);
    }
}

/// Names in `#if` were all replaced by numbers; casts keep the value.
struct IfEnv<'a>(&'a crate::lex::Interner);

impl Env for IfEnv<'_> {
    fn text(&self, s: Symbol) -> &str {
        self.0.text(s)
    }

    fn name(&mut self, id: &crate::ast::Ident) -> Result<Value, Diagnostic> {
        Err(Diagnostic::error(
            codes::BAD_CONST,
            id.span,
            "unexpected name in `#if`",
        ))
    }

    fn cast(&mut self, _: &crate::ast::TypeSpec, _: usize) -> Option<IntType> {
        None
    }

    fn int_bits(&self) -> u32 {
        64
    }
}

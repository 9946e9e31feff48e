//! The lexer: source text to tokens with spans, doc comments kept as trivia.

use crate::diag::{Diagnostic, Diagnostics, codes};
use crate::source::{FileId, Span};

/// A token's text, interned: an index into the compilation's [`Interner`].
/// Tokens are small and copied freely, and comparing two texts or looking
/// one up in a table (macros) is comparing or hashing a number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(u32);

impl Symbol {
    /// The empty text (the text of `Eof`).
    pub const EMPTY: Symbol = Symbol(PUNCTS.len() as u32);

    /// The symbol of the punctuation `p`: every interner interns the
    /// punctuation first, in one order, so its symbols are the same in all.
    pub fn punct(p: &str) -> Option<Symbol> {
        PUNCTS
            .iter()
            .position(|q| *q == p)
            .map(|i| Symbol(i as u32))
    }

    /// The symbol's number: symbols are numbered from 0 in the order their
    /// texts were first seen, so tables of them can be indexed by it.
    #[inline]
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    /// The punctuation this symbol stands for, if it is one.
    #[inline]
    fn punct_text(self) -> Option<&'static str> {
        PUNCTS.get(self.0 as usize).copied()
    }
}

/// One copy of each token text: a file has few distinct texts and many
/// tokens, so tokens and syntax trees carry a [`Symbol`] instead of their
/// text.
#[derive(Clone, Debug)]
pub struct Interner {
    /// Every text, one after another: a compilation's ten thousand texts
    /// in a few allocations instead of one each.
    arena: String,
    /// Where each symbol's text starts and ends in `arena`, by index.
    spans: Vec<(u32, u32)>,
    /// Each symbol's hash, by index: most probes of another text stop at
    /// a different hash without comparing the texts.
    hashes: Vec<u32>,
    /// An open-addressing table of symbols by hash: each slot holds a
    /// symbol's index plus one, or 0 when free. Its length is a power of
    /// two, kept at least twice the number of symbols. Four bytes a slot:
    /// a compilation's thousands of texts fit in a few pages.
    slots: Vec<u32>,
}

impl Default for Interner {
    fn default() -> Self {
        // A compilation with the usual SDK imports has some ten thousand
        // distinct texts: room for them without growing from empty (the
        // lists are touched as they fill). The table of slots, touched at
        // random, starts small and grows with the compilation: sized for
        // ten thousand texts, it had its pages touched by the first few
        // (30 page faults for the punctuation alone).
        const ROOM: usize = 16384;
        const SLOTS: usize = 4096;
        let mut interner = Interner {
            arena: String::with_capacity(8 * ROOM),
            spans: Vec::with_capacity(ROOM),
            hashes: Vec::with_capacity(ROOM),
            slots: vec![0; SLOTS],
        };
        for p in PUNCTS {
            interner.intern(p);
        }
        interner.intern("");
        interner
    }
}

/// The hash of a text for [`Interner`].
#[inline]
fn text_hash(text: &str) -> u32 {
    use std::hash::Hasher;
    let mut h = crate::fxhash::FxHasher::default();
    h.write(text.as_bytes());
    // The high bits are the best mixed.
    (h.finish() >> 32) as u32
}

impl Interner {
    /// An interner holding only the punctuation and the empty text.
    pub fn new() -> Self {
        Interner::default()
    }

    /// The slot of `text` in the table: the one holding its symbol, or the
    /// free one where it goes.
    #[inline]
    fn slot(&self, text: &str, hash: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            match self.slots[i] {
                0 => return i,
                s => {
                    let s = s as usize - 1;
                    if self.hashes[s] == hash && self.bytes_of(s) == text.as_bytes() {
                        return i;
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The symbol of `text`.
    #[inline]
    pub fn intern(&mut self, text: &str) -> Symbol {
        let hash = text_hash(text);
        let i = self.slot(text, hash);
        if self.slots[i] != 0 {
            return Symbol(self.slots[i] - 1);
        }
        let s = Symbol(u32::try_from(self.spans.len()).unwrap_or(u32::MAX));
        let start = u32::try_from(self.arena.len()).unwrap_or(u32::MAX);
        self.arena.push_str(text);
        let end = u32::try_from(self.arena.len()).unwrap_or(u32::MAX);
        self.spans.push((start, end));
        self.hashes.push(hash);
        self.slots[i] = s.0.wrapping_add(1);
        if 2 * self.spans.len() > self.slots.len() {
            self.grow();
        }
        s
    }

    /// The symbol of `text`, if some token or name had it.
    pub fn get(&self, text: &str) -> Option<Symbol> {
        match self.slots[self.slot(text, text_hash(text))] {
            0 => None,
            s => Some(Symbol(s - 1)),
        }
    }

    /// Doubles the table and puts every symbol back.
    fn grow(&mut self) {
        let mut slots = vec![0u32; 2 * self.slots.len()];
        let mask = slots.len() - 1;
        for (s, &hash) in self.hashes.iter().enumerate() {
            let mut i = hash as usize & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = s as u32 + 1;
        }
        self.slots = slots;
    }

    /// The bytes of the text of symbol number `i` (empty past the last).
    #[inline]
    fn bytes_of(&self, i: usize) -> &[u8] {
        match self.spans.get(i) {
            Some(&(start, end)) => self
                .arena
                .as_bytes()
                .get(start as usize..end as usize)
                .unwrap_or_default(),
            None => &[],
        }
    }

    /// The text of symbol number `i` (empty past the last).
    #[inline]
    fn text_at(&self, i: usize) -> &str {
        match self.spans.get(i) {
            Some(&(start, end)) => self.arena.get(start as usize..end as usize).unwrap_or(""),
            None => "",
        }
    }

    /// Whether the text of `s` is `text`: its length first, which tells
    /// most names apart (the resolver looks for attributes by name).
    #[inline]
    pub fn is(&self, s: Symbol, text: &str) -> bool {
        match self.spans.get(s.index()) {
            Some(&(start, end)) => {
                end.saturating_sub(start) as usize == text.len()
                    && self.arena.as_bytes().get(start as usize..end as usize)
                        == Some(text.as_bytes())
            }
            None => text.is_empty(),
        }
    }

    /// The text of `s` (empty for a symbol of another interner).
    #[inline]
    pub fn text(&self, s: Symbol) -> &str {
        self.text_at(s.index())
    }

    /// Runs `f` with `Symbol`'s `Debug` writing each symbol's text from
    /// this interner (`mapi-idl dump --ast`), instead of its number.
    pub fn with_debug_texts<R>(&self, f: impl FnOnce() -> R) -> R {
        DEBUG_TEXTS.with(|t| *t.borrow_mut() = Some(self.clone()));
        let r = f();
        DEBUG_TEXTS.with(|t| *t.borrow_mut() = None);
        r
    }
}

thread_local! {
    /// The interner whose texts `Symbol`'s `Debug` shows, while
    /// [`Interner::with_debug_texts`] runs.
    static DEBUG_TEXTS: std::cell::RefCell<Option<Interner>> = const { std::cell::RefCell::new(None) };
}

impl std::fmt::Debug for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        DEBUG_TEXTS.with(|t| match &*t.borrow() {
            Some(interner) => write!(f, "{:?}", interner.text(*self)),
            None => write!(f, "Symbol({})", self.0),
        })
    }
}

/// What kind of token this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An identifier or keyword.
    Ident,
    /// A preprocessing number: digits, letters, `_` and `.` after a digit.
    /// Its value is checked only where a number is needed.
    Number,
    /// A string literal; its text is the decoded value.
    Str,
    /// A character literal; its text is the decoded character.
    Char,
    /// A `///` or `/** */` comment; its text is the comment's content.
    Doc,
    /// Punctuation; its text is the punctuation.
    Punct,
    /// The end of the input.
    Eof,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The kind.
    pub kind: TokenKind,
    /// The text (decoded for strings and characters), in the interner the
    /// token was lexed with.
    pub sym: Symbol,
    /// Where the token is in its file.
    pub span: Span,
    /// Whether this is the first token on its line (for `#` directives).
    pub line_start: bool,
    /// Whether whitespace or a comment precedes the token.
    pub space_before: bool,
}

impl Token {
    /// Whether the token is the punctuation `p` (no interner needed: every
    /// interner gives punctuation the same symbols).
    #[inline]
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.sym.punct_text().is_some_and(|t| same_text(t, p))
    }

    /// The token's text.
    #[inline]
    pub fn text<'i>(&self, interner: &'i Interner) -> &'i str {
        interner.text(self.sym)
    }
}

/// `a == b` for the short texts of tokens, compared in line: the parser
/// asks "is this `;`?" for nearly every token, and a call to `memcmp` for
/// each was a visible share of its time.
#[inline]
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Tokens in chunks, read front to back, that give back the memory of
/// chunks already read: a large file's tokens need not all be in memory
/// while its syntax tree is built.
#[derive(Debug, Default)]
pub(crate) struct TokenQueue {
    /// Chunks of [`Self::CHUNK`] tokens, by index; those before `first`
    /// are given back (empty).
    chunks: Vec<Vec<Token>>,
    /// The first chunk still held.
    first: usize,
    len: usize,
}

impl TokenQueue {
    /// Tokens per chunk (64 KiB of them, which the allocator reuses).
    const SHIFT: u32 = 11;
    const CHUNK: usize = 1 << Self::SHIFT;

    /// An empty queue.
    pub(crate) fn new() -> Self {
        TokenQueue::default()
    }

    /// Appends a token.
    #[inline(always)]
    pub(crate) fn push(&mut self, t: Token) {
        match self.chunks.last_mut() {
            Some(c) if c.len() < Self::CHUNK => c.push(t),
            _ => {
                let mut c = Vec::with_capacity(Self::CHUNK);
                c.push(t);
                self.chunks.push(c);
            }
        }
        self.len += 1;
    }

    /// The number of tokens pushed.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Token `i`; one already given back reads as the oldest one held, one
    /// past the end as the last.
    ///
    /// # Panics
    /// If the queue is empty.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> &Token {
        let i = i.min(self.len - 1).max(self.first << Self::SHIFT);
        &self.chunks[i >> Self::SHIFT][i & (Self::CHUNK - 1)]
    }

    /// The last token.
    pub(crate) fn last(&self) -> Option<&Token> {
        self.chunks.last().and_then(|c| c.last())
    }

    /// Gives back the chunks whose tokens all come before token `i`.
    #[inline]
    pub(crate) fn release_before(&mut self, i: usize) {
        // Asked for every token read: one comparison until a whole chunk
        // lies behind.
        if (self.first + 1) << Self::SHIFT <= i && self.first + 1 < self.chunks.len() {
            self.release_chunks(i);
        }
    }

    fn release_chunks(&mut self, i: usize) {
        while (self.first + 1) << Self::SHIFT <= i && self.first + 1 < self.chunks.len() {
            self.chunks[self.first] = Vec::new();
            self.first += 1;
        }
    }
}

impl From<Vec<Token>> for TokenQueue {
    fn from(tokens: Vec<Token>) -> Self {
        let mut q = TokenQueue::new();
        for t in tokens {
            q.push(t);
        }
        q
    }
}

const PUNCTS: &[&str] = &[
    "...", "<<=", ">>=", "->", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "##", "::", "(",
    ")", "[", "]", "{", "}", ";", ",", ":", "=", "*", "&", "|", "^", "~", "!", "<", ">", "+", "-",
    "/", "%", "?", ".", "#",
];

/// For each first byte, the indexes in [`PUNCTS`] of the punctuation
/// starting with it, in the list's order (longest first); `u8::MAX` ends a
/// list. Built once at compile time: the lexer asks for every punctuation
/// token, and a search of the whole list was a visible share of its time.
const PUNCTS_BY_FIRST: [[u8; 4]; 256] = {
    let mut table = [[u8::MAX; 4]; 256];
    let mut i = 0;
    while i < PUNCTS.len() {
        let first = PUNCTS[i].as_bytes()[0] as usize;
        let mut k = 0;
        while table[first][k] != u8::MAX {
            k += 1;
        }
        table[first][k] = i as u8;
        i += 1;
    }
    table
};

/// The index in [`PUNCTS`] of the punctuation `src` starts with: the
/// longest that matches, found from the first byte.
fn punct_at(src: &[u8]) -> Option<usize> {
    let first = *src.first()?;
    PUNCTS_BY_FIRST[usize::from(first)]
        .iter()
        .take_while(|&&i| i != u8::MAX)
        .map(|&i| usize::from(i))
        .find(|&i| {
            // Compared in line: at most three bytes, for every punctuation
            // token, where a call to `memcmp` each cost more.
            let p = PUNCTS[i].as_bytes();
            p.len() <= src.len() && p.iter().zip(src).all(|(a, b)| a == b)
        })
}

/// Byte classes for the lexer's runs: [`SPACE`] (blanks and line ends),
/// [`WORD`] (what continues an identifier), 0 for the rest. One table
/// lookup a byte instead of a chain of comparisons.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if matches!(c, b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c) {
            SPACE
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' {
            WORD
        } else {
            0
        };
        b += 1;
    }
    t
};
/// A blank or a line end.
const SPACE: u8 = 1;
/// A letter, digit, `_` or `$`.
const WORD: u8 = 2;

/// Splits `text` (the contents of `file`) into tokens, their texts interned
/// in `interner`. Problems are reported to `diags`; lexing always reaches
/// the end and the last token is `Eof`.
pub fn lex(
    file: FileId,
    text: &str,
    diags: &mut Diagnostics,
    interner: &mut Interner,
) -> Vec<Token> {
    Lexer {
        file,
        src: text.as_bytes(),
        text,
        pos: 0,
        // About one token per four bytes of IDL, comments included.
        out: Vec::with_capacity(text.len() / 4 + 1),
        line_start: true,
        space_before: false,
        diags,
        interner,
    }
    .run()
}

struct Lexer<'a> {
    interner: &'a mut Interner,
    file: FileId,
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    out: Vec<Token>,
    line_start: bool,
    space_before: bool,
    diags: &'a mut Diagnostics,
}

impl Lexer<'_> {
    #[inline]
    fn span(&self, start: usize, end: usize) -> Span {
        let clamp = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span::new(self.file, clamp(start), clamp(end))
    }

    #[inline]
    fn peek(&self, ahead: usize) -> u8 {
        self.src.get(self.pos + ahead).copied().unwrap_or(0)
    }

    #[inline]
    fn push(&mut self, kind: TokenKind, text: &str, start: usize) {
        let sym = self.interner.intern(text);
        self.push_sym(kind, sym, start);
    }

    #[inline]
    fn push_sym(&mut self, kind: TokenKind, sym: Symbol, start: usize) {
        self.out.push(Token {
            kind,
            sym,
            span: self.span(start, self.pos),
            line_start: self.line_start,
            space_before: self.space_before,
        });
        self.line_start = false;
        self.space_before = false;
    }

    fn run(mut self) -> Vec<Token> {
        while self.pos < self.src.len() {
            let start = self.pos;
            let c = self.src[self.pos];
            match c {
                b'\n' | b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                    // A run at once, line ends included: indentation and
                    // blank lines are much of a file.
                    let rest = &self.src[self.pos..];
                    let n = rest
                        .iter()
                        .position(|&b| CLASS[usize::from(b)] != SPACE)
                        .unwrap_or(rest.len());
                    self.line_start |= rest[..n].contains(&b'\n');
                    self.pos += n;
                    self.space_before = true;
                }
                // A line continuation joins two lines into one.
                b'\\' if self.peek(1) == b'\n' => {
                    self.pos += 2;
                    self.space_before = true;
                }
                b'\\' if self.peek(1) == b'\r' && self.peek(2) == b'\n' => {
                    self.pos += 3;
                    self.space_before = true;
                }
                // A DOS end-of-file mark (Ctrl-Z), which old files end with.
                0x1a if self.src[self.pos..]
                    .iter()
                    .all(|b| b.is_ascii_whitespace() || *b == 0x1a) =>
                {
                    self.pos = self.src.len();
                }
                b'/' if self.peek(1) == b'/' => self.line_comment(),
                b'/' if self.peek(1) == b'*' => self.block_comment(),
                b'"' => self.string(b'"', TokenKind::Str),
                b'\'' => self.string(b'\'', TokenKind::Char),
                b'L' if self.peek(1) == b'"' => {
                    self.pos += 1;
                    self.string(b'"', TokenKind::Str);
                }
                b'L' if self.peek(1) == b'\'' => {
                    self.pos += 1;
                    self.string(b'\'', TokenKind::Char);
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$' => {
                    let rest = &self.src[self.pos + 1..];
                    self.pos += 1 + rest
                        .iter()
                        .position(|&b| CLASS[usize::from(b)] != WORD)
                        .unwrap_or(rest.len());
                    let text = &self.text[start..self.pos];
                    self.push(TokenKind::Ident, text, start);
                }
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                _ => {
                    if let Some(i) = punct_at(&self.src[self.pos..]) {
                        self.pos += PUNCTS[i].len();
                        self.push_sym(TokenKind::Punct, Symbol(i as u32), start);
                    } else {
                        let ch = self.text[self.pos..].chars().next().unwrap_or('\u{fffd}');
                        self.pos += ch.len_utf8().max(1);
                        let d = Diagnostic::error(
                            codes::BAD_CHAR,
                            self.span(start, self.pos),
                            format!("unexpected character {ch:?}"),
                        );
                        self.diags.push(d);
                        self.space_before = true;
                    }
                }
            }
        }
        let end = self.src.len();
        self.out.push(Token {
            kind: TokenKind::Eof,
            sym: Symbol::EMPTY,
            span: self.span(end, end),
            line_start: true,
            space_before: true,
        });
        self.out
    }

    fn line_comment(&mut self) {
        let start = self.pos;
        let doc = self.peek(2) == b'/' && self.peek(3) != b'/';
        let rest = &self.src[self.pos..];
        self.pos += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        if doc {
            let body = self.text[start + 3..self.pos].trim_end_matches('\r');
            let body = body.strip_prefix(' ').unwrap_or(body);
            let line_start = self.line_start;
            self.push(TokenKind::Doc, body, start);
            // A comment does not make the next token stop starting its line.
            self.line_start = line_start;
        }
        self.space_before = true;
    }

    fn block_comment(&mut self) {
        let start = self.pos;
        let doc = self.peek(2) == b'*' && self.peek(3) != b'/' && self.peek(3) != b'*';
        self.pos += 2;
        let mut closed = false;
        // From one `*` to the next: most of a comment is neither.
        while let Some(star) = self.src[self.pos..].iter().position(|&b| b == b'*') {
            self.pos += star + 1;
            if self.peek(0) == b'/' {
                self.pos += 1;
                closed = true;
                break;
            }
        }
        if !closed {
            self.pos = self.src.len();
            let d = Diagnostic::error(
                codes::UNTERMINATED,
                self.span(start, start + 2),
                "unterminated block comment",
            )
            .with_label("comment starts here");
            self.diags.push(d);
            return;
        }
        if doc {
            let inner = &self.text[start + 3..self.pos - 2];
            let body: Vec<&str> = inner
                .lines()
                .map(|l| {
                    let t = l.trim_start();
                    let t = t.strip_prefix('*').unwrap_or(t);
                    t.strip_prefix(' ').unwrap_or(t).trim_end()
                })
                .collect();
            let body = body.join("\n");
            let line_start = self.line_start;
            self.push(TokenKind::Doc, body.trim_matches('\n'), start);
            self.line_start = line_start;
        }
        self.space_before = true;
    }

    fn number(&mut self) {
        let start = self.pos;
        self.pos += 1;
        loop {
            let c = self.peek(0);
            let prev = self.src[self.pos - 1];
            // An exponent sign belongs to the number (`1e+5`), but not in hex,
            // where `e` is a digit (`0x1e+5` is an addition).
            let exponent_sign = matches!(c, b'+' | b'-')
                && matches!(prev, b'e' | b'E' | b'p' | b'P')
                && !self.is_hex(start);
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
                self.pos += 1;
            } else {
                break;
            }
        }
        let text = &self.text[start..self.pos];
        self.push(TokenKind::Number, text, start);
    }

    fn is_hex(&self, start: usize) -> bool {
        let s = &self.src[start..];
        s.len() > 1 && s[0] == b'0' && (s[1] == b'x' || s[1] == b'X')
    }

    fn string(&mut self, quote: u8, kind: TokenKind) {
        let start = self.pos;
        self.pos += 1;
        // Most literals have no escape: their value is their text, interned
        // as it stands instead of copied out character by character.
        let body = &self.src[self.pos..];
        if let Some(end) = body
            .iter()
            .position(|&b| b == quote || b == b'\\' || b == b'\n')
            .filter(|&end| body[end] == quote)
        {
            let value = &self.text[self.pos..self.pos + end];
            self.pos += end + 1;
            self.literal(kind, value, start);
            return;
        }
        let mut value = String::new();
        loop {
            let Some(&c) = self.src.get(self.pos) else {
                self.unterminated(start, kind);
                return;
            };
            match c {
                b'\n' => {
                    self.unterminated(start, kind);
                    return;
                }
                b'\\' => {
                    let esc_start = self.pos;
                    self.pos += 1;
                    match self.escape(esc_start) {
                        Some(ch) => value.push(ch),
                        None => value.push('\u{fffd}'),
                    }
                }
                _ if c == quote => {
                    self.pos += 1;
                    break;
                }
                _ => {
                    let ch = self.text[self.pos..].chars().next().unwrap_or('\u{fffd}');
                    self.pos += ch.len_utf8().max(1);
                    value.push(ch);
                }
            }
        }
        self.literal(kind, &value, start);
    }

    /// Pushes a string or character literal of this value, which ended at
    /// the current position.
    fn literal(&mut self, kind: TokenKind, value: &str, start: usize) {
        if kind == TokenKind::Char && value.chars().count() != 1 {
            let d = Diagnostic::error(
                codes::BAD_ESCAPE,
                self.span(start, self.pos),
                "a character literal holds exactly one character",
            );
            self.diags.push(d);
        }
        self.push(kind, value, start);
    }

    fn unterminated(&mut self, start: usize, kind: TokenKind) {
        let what = if kind == TokenKind::Str {
            "string literal"
        } else {
            "character literal"
        };
        let d = Diagnostic::error(
            codes::UNTERMINATED,
            self.span(start, start + 1),
            format!("unterminated {what}"),
        )
        .with_label("starts here")
        .with_help("close it on the same line");
        self.diags.push(d);
        // Take what was read as the literal so parsing goes on.
        let text = self.text.get(start + 1..self.pos).unwrap_or("");
        self.push(kind, text, start);
    }

    fn escape(&mut self, esc_start: usize) -> Option<char> {
        let c = self.peek(0);
        self.pos += 1;
        let simple = match c {
            b'n' => Some('\n'),
            b't' => Some('\t'),
            b'r' => Some('\r'),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    if let b'0'..=b'7' = self.peek(0) {
                        v = v * 8 + u32::from(self.peek(0) - b'0');
                        self.pos += 1;
                    }
                }
                char::from_u32(v)
            }
            b'x' => {
                let mut v: u32 = 0;
                let mut n = 0;
                while self.peek(0).is_ascii_hexdigit() && n < 8 {
                    v = v * 16 + (self.peek(0) as char).to_digit(16).unwrap_or(0);
                    self.pos += 1;
                    n += 1;
                }
                if n == 0 { None } else { char::from_u32(v) }
            }
            b'a' => Some('\u{7}'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'v' => Some('\u{b}'),
            b'\\' | b'\'' | b'"' | b'?' => Some(c as char),
            _ => None,
        };
        if simple.is_none() {
            if c >= 0x80 {
                // Step over the rest of a multi-byte character.
                while self.pos < self.src.len() && !self.text.is_char_boundary(self.pos) {
                    self.pos += 1;
                }
            } else if c == 0 && self.pos > self.src.len() {
                self.pos = self.src.len();
            }
            let d = Diagnostic::error(
                codes::BAD_ESCAPE,
                self.span(esc_start, self.pos),
                "unknown escape sequence",
            )
            .with_help("write `\\\\` for a backslash");
            self.diags.push(d);
        }
        simple
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> (Vec<(TokenKind, String)>, Vec<Diagnostic>) {
        let mut d = Diagnostics::new();
        let mut interner = Interner::new();
        let toks = lex(FileId(0), src, &mut d, &mut interner);
        (
            toks.into_iter()
                .map(|t| (t.kind, t.text(&interner).to_string()))
                .collect(),
            d.into_vec(),
        )
    }

    #[test]
    fn tokens_docs_and_numbers() {
        let (t, d) = kinds(
            "/// Doc.\nconst ULONG X = 0x8004010FL << 2; // no\n/** Block\n * doc */ L\"w\\n\"",
        );
        assert!(d.is_empty(), "{d:?}");
        let want = [
            (TokenKind::Doc, "Doc."),
            (TokenKind::Ident, "const"),
            (TokenKind::Ident, "ULONG"),
            (TokenKind::Ident, "X"),
            (TokenKind::Punct, "="),
            (TokenKind::Number, "0x8004010FL"),
            (TokenKind::Punct, "<<"),
            (TokenKind::Number, "2"),
            (TokenKind::Punct, ";"),
            (TokenKind::Doc, "Block\ndoc"),
            (TokenKind::Str, "w\n"),
            (TokenKind::Eof, ""),
        ];
        let got: Vec<(TokenKind, &str)> = t.iter().map(|(k, s)| (*k, s.as_str())).collect();
        assert_eq!(got, want);
    }

    /// Each punctuation is one token, the longest that fits: `a<<=b->c`
    /// is `a`, `<<=`, `b`, `->`, `c`.
    #[test]
    fn punctuation_is_the_longest_match() {
        for p in PUNCTS {
            let (toks, errors) = kinds(&format!("x{p}y"));
            assert!(errors.is_empty(), "{p}");
            assert_eq!(toks[1], (TokenKind::Punct, p.to_string()), "{p}");
        }
        let (toks, _) = kinds("a<<=b->c...d<e>>f");
        let texts: Vec<&str> = toks.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "a", "<<=", "b", "->", "c", "...", "d", "<", "e", ">>", "f", ""
            ]
        );
    }

    /// One text, one symbol, in every file of a compilation; punctuation
    /// has the same symbols in every interner.
    #[test]
    fn texts_are_interned_once() {
        let mut d = Diagnostics::new();
        let mut interner = Interner::new();
        let a = lex(FileId(0), "IFoo ; \"IFoo\"", &mut d, &mut interner);
        let b = lex(FileId(1), "IFoo;", &mut d, &mut interner);
        assert_eq!(a[0].sym, b[0].sym);
        assert_eq!(a[0].sym, a[2].sym, "a string with the same text");
        assert_eq!(Some(a[1].sym), Symbol::punct(";"));
        assert!(b[1].is_punct(";") && !b[0].is_punct(";"));
        assert_eq!(b[2].sym, Symbol::EMPTY);
        assert_eq!(interner.text(b[0].sym), "IFoo");
    }

    #[test]
    fn line_starts_follow_continuations() {
        let mut d = Diagnostics::new();
        let toks = lex(
            FileId(0),
            "#define A \\\n 1\nB",
            &mut d,
            &mut Interner::new(),
        );
        let starts: Vec<bool> = toks.iter().map(|t| t.line_start).collect();
        assert_eq!(starts, [true, false, false, false, true, true]);
    }

    /// Blanks and line ends are read as one run: a token after any line
    /// end in it starts its line, one after blanks alone does not.
    #[test]
    fn line_starts_after_runs_of_blanks() {
        let mut d = Diagnostics::new();
        let toks = lex(
            FileId(0),
            "a \t b \r\n \n\t c\n#",
            &mut d,
            &mut Interner::new(),
        );
        let starts: Vec<(bool, bool)> = toks
            .iter()
            .map(|t| (t.line_start, t.space_before))
            .collect();
        assert_eq!(
            starts,
            [
                (true, false),
                (false, true),
                (true, true),
                (true, true),
                (true, true)
            ]
        );
    }

    #[test]
    fn a_trailing_dos_end_of_file_mark_ends_the_file() {
        let (t, d) = kinds("a\r\n\u{1a}");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(t.len(), 2, "{t:?}");
        // Anywhere else it is an unexpected character.
        let (_, d) = kinds("a \u{1a} b");
        assert_eq!(d.len(), 1, "{d:?}");
    }

    #[test]
    fn errors_do_not_stop_lexing() {
        let (t, d) = kinds("a @ \"open\nb /* never");
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(t.iter().any(|(k, s)| *k == TokenKind::Ident && s == "b"));
        assert_eq!(t.last().map(|x| x.0), Some(TokenKind::Eof));
    }
}

//! Diagnostics: what went wrong, where, and how to fix it, rendered like rustc.

use crate::source::{SourceMap, Span};
use std::fmt::Write as _;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The input is accepted, but probably not what the author meant.
    Warning,
    /// The input is rejected.
    Error,
}

/// A note attached to a diagnostic, optionally pointing somewhere else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Where the note points, if anywhere.
    pub span: Option<Span>,
    /// The note's text.
    pub message: String,
}

/// One message about the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code from [`codes`], e.g. `MAPI0201`.
    pub code: &'static str,
    /// The headline.
    pub message: String,
    /// The primary location, if the problem has one.
    pub span: Option<Span>,
    /// Text shown under the caret.
    pub label: Option<String>,
    /// Further explanations, possibly pointing at other places.
    pub notes: Vec<Note>,
    /// A suggested fix.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with `code` and `message` at `span`.
    pub fn error(
        code: &'static str,
        span: impl Into<Option<Span>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span: span.into(),
            label: None,
            notes: Vec::new(),
            help: None,
        }
    }

    /// A warning with `code` and `message` at `span`.
    pub fn warning(
        code: &'static str,
        span: impl Into<Option<Span>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }

    /// Sets the text shown under the caret.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a note pointing at `span`.
    pub fn with_note(mut self, span: impl Into<Option<Span>>, message: impl Into<String>) -> Self {
        self.notes.push(Note {
            span: span.into(),
            message: message.into(),
        });
        self
    }

    /// Sets the suggested fix.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic as text: `path:line:col: error[CODE]: message`,
    /// the source line, a caret under the span, then notes and help.
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut out = String::new();
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.span {
            Some(span) => {
                let _ = writeln!(
                    out,
                    "{}: {kind}[{}]: {}",
                    sources.location(span),
                    self.code,
                    self.message
                );
                render_snippet(&mut out, sources, span, self.label.as_deref());
            }
            None => {
                let _ = writeln!(out, "{kind}[{}]: {}", self.code, self.message);
            }
        }
        for note in &self.notes {
            match note.span {
                Some(span) => {
                    let _ = writeln!(
                        out,
                        "  = note: {}: {}",
                        sources.location(span),
                        note.message
                    );
                    render_snippet(&mut out, sources, span, None);
                }
                None => {
                    let _ = writeln!(out, "  = note: {}", note.message);
                }
            }
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        out
    }
}

/// Writes the line holding the start of `span` and a caret line under it.
fn render_snippet(out: &mut String, sources: &SourceMap, span: Span, label: Option<&str>) {
    let file = sources.file(span.file);
    let (line, col) = file.line_col(span.start);
    let (end_line, end_col) = file.line_col(span.end);
    let (text, skipped, cut_before, cut_after) = window(file.line_text(line), col);
    let (col, end_col) = (col - skipped, end_col.saturating_sub(skipped));
    let gutter = line.to_string().len();
    // Tabs are shown as four spaces so the caret lines up.
    let shown = format!(
        "{}{}{}",
        if cut_before { "..." } else { "" },
        text.replace('\t', "    "),
        if cut_after { "..." } else { "" }
    );
    let prefix: String = text.chars().take(col - 1).collect();
    let pad = prefix
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum::<usize>()
        + if cut_before { 3 } else { 0 };
    let width = if end_line == line && end_col > col {
        let covered: String = text.chars().skip(col - 1).take(end_col - col).collect();
        covered
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum::<usize>()
    } else {
        1
    };
    let _ = writeln!(out, "{:gutter$} |", "");
    let _ = writeln!(out, "{line} | {shown}");
    // The caret's padding is pushed by hand: a format width (`{:pad$}`)
    // above `u16::MAX` panics, and a line can be longer than that.
    let _ = write!(out, "{:gutter$} | ", "");
    out.extend(std::iter::repeat_n(' ', pad));
    out.push_str(&"^".repeat(width.max(1)));
    if let Some(label) = label {
        let _ = write!(out, " {label}");
    }
    out.push('\n');
}

/// Lines of up to this many characters are shown whole under a diagnostic.
const LONG_LINE: usize = 200;
/// How many characters before the caret a longer line keeps.
const CONTEXT: usize = 60;

/// The part of `line` to show for a caret at 1-based character column
/// `col`: the whole line, or for a long one a window of [`LONG_LINE`]
/// characters from [`CONTEXT`] before the caret, so a diagnostic's text
/// stays small however long its line is (a one-line file of megabytes with
/// a hundred diagnostics would otherwise render a hundred copies of it).
/// Returns the window, how many characters were skipped before it, and
/// whether text was cut before and after it.
fn window(line: &str, col: usize) -> (&str, usize, bool, bool) {
    if line.len() <= LONG_LINE || line.chars().count() <= LONG_LINE {
        return (line, 0, false, false);
    }
    let skip = col.saturating_sub(1 + CONTEXT);
    let start = line.char_indices().nth(skip).map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let end = rest
        .char_indices()
        .nth(LONG_LINE)
        .map_or(rest.len(), |(i, _)| i);
    (&rest[..end], skip, start > 0, end < rest.len())
}

/// Collects diagnostics across stages.
///
/// A compilation that produced errors must not be mistaken for a clean one:
/// in debug builds, dropping a sink holding errors that nobody looked at
/// (through [`Diagnostics::into_vec`], [`Diagnostics::has_errors`] or
/// [`Diagnostics::take`]) is a bug and asserts.
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    errors: usize,
    warnings: usize,
    checked: bool,
    cap: Option<usize>,
    capped: bool,
}

impl Diagnostics {
    /// An empty sink with no cap on the number of errors.
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// An empty sink that keeps at most `max_errors` errors (and as many
    /// warnings); past that it records one note saying how many were left
    /// out.
    pub fn with_cap(max_errors: usize) -> Self {
        let mut d = Diagnostics::default();
        d.cap = Some(max_errors.max(1));
        d
    }

    /// Records a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        if d.is_error() {
            self.errors += 1;
            if self.cap.is_some_and(|cap| self.errors > cap) {
                self.capped = true;
                return;
            }
        } else {
            // Warnings are capped too: nothing else bounds how many there
            // are (one per unknown attribute), and each one renders its
            // source line, so many on one long line took quadratic time.
            self.warnings += 1;
            if self.cap.is_some_and(|cap| self.warnings > cap) {
                return;
            }
        }
        self.checked = false;
        self.list.push(d);
    }

    /// The number of errors recorded, including any past the cap.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// Whether the cap is reached: further errors are only counted, so work
    /// that only improves their text (such as a "did you mean" search over
    /// every name) can be skipped.
    pub fn is_full(&self) -> bool {
        self.cap.is_some_and(|cap| self.errors >= cap)
    }

    /// Whether any error was recorded.
    pub fn has_errors(&mut self) -> bool {
        self.checked = true;
        self.errors > 0
    }

    /// Takes every diagnostic out, sorted by position (file, then offset),
    /// each file's in source order.
    pub fn take(&mut self) -> Vec<Diagnostic> {
        self.checked = true;
        let mut list = std::mem::take(&mut self.list);
        list.sort_by_key(|d| d.span.map(|s| (s.file, s.start, s.end)));
        if self.capped {
            let shown = self.cap.unwrap_or(0);
            list.push(Diagnostic::error(
                codes::TOO_MANY_ERRORS,
                None,
                format!(
                    "too many errors: showing the first {shown} of {}",
                    self.errors
                ),
            ));
        }
        if let Some(cap) = self.cap.filter(|&cap| self.warnings > cap) {
            list.push(Diagnostic::warning(
                codes::TOO_MANY_ERRORS,
                None,
                format!(
                    "too many warnings: showing the first {cap} of {}",
                    self.warnings
                ),
            ));
        }
        self.errors = 0;
        self.warnings = 0;
        self.capped = false;
        list
    }

    /// Consumes the sink, returning its diagnostics sorted by position.
    pub fn into_vec(mut self) -> Vec<Diagnostic> {
        self.take()
    }
}

impl Drop for Diagnostics {
    fn drop(&mut self) {
        if !std::thread::panicking() && self.errors > 0 {
            debug_assert!(self.checked, "diagnostics with errors dropped unchecked");
        }
    }
}

/// The catalogue of diagnostic codes. Each code names one kind of problem and
/// never changes meaning.
pub mod codes {
    /// More errors (or warnings) than the cap; the rest were left out.
    pub const TOO_MANY_ERRORS: &str = "MAPI0000";
    /// A file could not be read.
    pub const IO: &str = "MAPI0001";
    /// An import or include names a file that was not found.
    pub const FILE_NOT_FOUND: &str = "MAPI0002";
    /// A character that cannot start any token.
    pub const BAD_CHAR: &str = "MAPI0101";
    /// A string, character literal or comment that never ends.
    pub const UNTERMINATED: &str = "MAPI0102";
    /// A malformed number.
    pub const BAD_NUMBER: &str = "MAPI0103";
    /// A malformed escape in a string or character literal.
    pub const BAD_ESCAPE: &str = "MAPI0104";
    /// A malformed or unknown preprocessor directive.
    pub const BAD_DIRECTIVE: &str = "MAPI0201";
    /// `#if` without `#endif`, `#else` without `#if`, ...
    pub const UNBALANCED_CONDITIONAL: &str = "MAPI0202";
    /// A function-like macro called with the wrong number of arguments.
    pub const MACRO_ARGS: &str = "MAPI0203";
    /// Macro expansion or inclusion went too deep.
    pub const EXPANSION_LIMIT: &str = "MAPI0204";
    /// `#error` in the source.
    pub const USER_ERROR: &str = "MAPI0205";
    /// A token that does not fit the grammar here.
    pub const UNEXPECTED_TOKEN: &str = "MAPI0301";
    /// The file ended in the middle of a construct.
    pub const UNEXPECTED_EOF: &str = "MAPI0302";
    /// A malformed `uuid(...)`.
    pub const BAD_UUID: &str = "MAPI0303";
    /// Nesting deeper than the parser allows.
    pub const TOO_DEEP: &str = "MAPI0304";
    /// The parser made no progress; the rest of the file was skipped.
    pub const PARSER_STUCK: &str = "MAPI0305";
    /// MIDL 3.0 (`namespace`, `runtimeclass`), which only `midl /winrt` reads.
    pub const MIDL3: &str = "MAPI0306";
    /// A name that is not declared anywhere.
    pub const UNKNOWN_NAME: &str = "MAPI0401";
    /// A name declared twice.
    pub const DUPLICATE: &str = "MAPI0402";
    /// An interface that inherits from itself.
    pub const INHERITANCE_CYCLE: &str = "MAPI0403";
    /// A base that is not an interface, or an object interface without a base.
    pub const BAD_BASE: &str = "MAPI0404";
    /// A name used as the wrong kind of thing (a constant as a type, ...).
    pub const WRONG_KIND: &str = "MAPI0405";
    /// A type that refers to itself by value.
    pub const RECURSIVE_TYPE: &str = "MAPI0406";
    /// A declaration the model has no place for, skipped (a warning).
    pub const SKIPPED: &str = "MAPI0407";
    /// A constant expression that cannot be evaluated.
    pub const BAD_CONST: &str = "MAPI0501";
    /// Arithmetic overflow, or a value that does not fit its type.
    pub const OVERFLOW: &str = "MAPI0502";
    /// An attribute not allowed where it appears.
    pub const MISPLACED_ATTR: &str = "MAPI0601";
    /// An attribute given twice.
    pub const DUPLICATE_ATTR: &str = "MAPI0602";
    /// An attribute the compiler does not know (kept in the model).
    pub const UNKNOWN_ATTR: &str = "MAPI0603";
    /// An attribute with missing or malformed arguments.
    pub const BAD_ATTR_ARGS: &str = "MAPI0604";
    /// `size_is`, `iid_is`, `length_is`, `switch_is`, `unicode_flag` naming a
    /// parameter (or field) that is missing or of the wrong type.
    pub const BAD_PARAM_REF: &str = "MAPI0605";
    /// `flags(...)` on a parameter that is not a flags word, or a bad group.
    pub const BAD_FLAGS: &str = "MAPI0606";
    /// A malformed property tag declaration.
    pub const BAD_PROPTAG: &str = "MAPI0607";
    /// A parameter without a direction, or with a direction it cannot have.
    pub const BAD_DIRECTION: &str = "MAPI0608";
    /// An object interface without a `uuid`.
    pub const MISSING_UUID: &str = "MAPI0609";
    /// Two interfaces with the same IID.
    pub const DUPLICATE_IID: &str = "MAPI0610";
    /// An attribute on a parameter or field whose type it does not fit:
    /// `string` on a non-string, `reserved` on a non-`ULONG`, `may_be_null`
    /// on anything but an `[out]` interface pointer, ...
    pub const ATTR_TYPE: &str = "MAPI0611";
}

/// The closest candidate to `name` by edit distance, if it is close enough to
/// be a plausible typo.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (name.len() / 3).max(1);
    let mask = char_mask(name.as_bytes());
    let counts = char_counts(name.as_bytes());
    let mut rows = (Vec::new(), Vec::new());
    // The best so far: (distance, length, text); a later candidate must do
    // at least as well, which bounds the work spent on it.
    let mut best: Option<(usize, usize, &'a str)> = None;
    for c in candidates {
        let bound = best.map_or(limit, |(d, ..)| d);
        // Names whose lengths differ by more than the bound cannot be
        // close, nor can names whose sets of characters differ too much:
        // one edit changes at most two members of the difference.
        if c.len().abs_diff(name.len()) > bound
            || c == name
            || (mask ^ char_mask(c.as_bytes())).count_ones().div_ceil(2) as usize > bound
        {
            continue;
        }
        // A closer look at the characters, before the distance itself:
        // thousands of names pass the tests above when an SDK's declarations
        // are searched.
        if bag_distance(&counts, c.as_bytes()) > bound {
            continue;
        }
        let Some(d) = edit_distance(name.as_bytes(), c.as_bytes(), bound, &mut rows) else {
            continue;
        };
        let key = (d, c.len(), c);
        if best.is_none_or(|b| key < b) {
            best = Some(key);
        }
    }
    best.map(|(.., c)| c)
}

/// The ASCII-case-folded bytes of `s` as a set of 64 classes.
fn char_mask(s: &[u8]) -> u64 {
    s.iter()
        .fold(0, |m, b| m | 1 << (b.to_ascii_lowercase() & 63))
}

/// How many times each class of [`char_mask`] occurs in `s`.
fn char_counts(s: &[u8]) -> [i32; 64] {
    let mut counts = [0; 64];
    for b in s {
        counts[usize::from(b.to_ascii_lowercase() & 63)] += 1;
    }
    counts
}

/// A lower bound of the edit distance between the text whose
/// [`char_counts`] are `counts` and `s`: each edit adds at most one
/// character and removes at most one, so it takes at least as many edits as
/// the larger of the characters only one of them has.
fn bag_distance(counts: &[i32; 64], s: &[u8]) -> usize {
    let mut diff = *counts;
    for b in s {
        diff[usize::from(b.to_ascii_lowercase() & 63)] -= 1;
    }
    let (mut more, mut fewer) = (0, 0);
    for d in diff {
        if d > 0 {
            more += d;
        } else {
            fewer -= d;
        }
    }
    more.max(fewer) as usize
}

/// Levenshtein distance over ASCII-case-folded bytes, reusing `rows`;
/// `None` once it must exceed `bound`. Only cells within `bound` of the
/// diagonal can stay within it, so only those are computed.
fn edit_distance(
    a: &[u8],
    b: &[u8],
    bound: usize,
    rows: &mut (Vec<usize>, Vec<usize>),
) -> Option<usize> {
    let far = bound + 1;
    let (prev, cur) = rows;
    prev.clear();
    prev.extend((0..=b.len()).map(|j| j.min(far)));
    for (i, ca) in a.iter().enumerate() {
        let row = i + 1;
        cur.clear();
        cur.resize(b.len() + 1, far);
        cur[0] = row.min(far);
        let lo = row.saturating_sub(bound).max(1);
        let hi = (row + bound).min(b.len());
        let mut row_min = cur[0];
        for j in lo..=hi {
            let cost = usize::from(!ca.eq_ignore_ascii_case(&b[j - 1]));
            let v = (prev[j - 1] + cost)
                .min(prev[j] + 1)
                .min(cur[j - 1] + 1)
                .min(far);
            row_min = row_min.min(v);
            cur[j] = v;
        }
        // Every later row is at least this row's least value.
        if row_min > bound {
            return None;
        }
        std::mem::swap(prev, cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_snippet_caret_and_help() {
        let mut map = SourceMap::new();
        let f = map.add("x.idl", "interface IA : IMAPIPrp {\n}\n");
        let d = Diagnostic::error(
            codes::UNKNOWN_NAME,
            Span::new(f, 15, 23),
            "unknown base interface `IMAPIPrp`",
        )
        .with_label("not declared")
        .with_help("did you mean `IMAPIProp`?");
        assert_eq!(
            d.render(&map),
            "x.idl:1:16: error[MAPI0401]: unknown base interface `IMAPIPrp`\n  |\n1 | interface IA : IMAPIPrp {\n  |                ^^^^^^^^ not declared\n  = help: did you mean `IMAPIProp`?\n"
        );
    }

    #[test]
    fn cap_keeps_the_first_errors_and_counts_the_rest() {
        let mut d = Diagnostics::with_cap(2);
        for i in 0..5 {
            d.push(Diagnostic::error(codes::BAD_CHAR, None, format!("e{i}")));
        }
        let v = d.into_vec();
        assert_eq!(v.len(), 3);
        assert_eq!(v[2].message, "too many errors: showing the first 2 of 5");
    }

    #[test]
    fn suggestions_are_close_names_only() {
        let names = ["IMAPIProp", "IMsgStore", "IUnknown"];
        assert_eq!(did_you_mean("IMAPIPrp", names), Some("IMAPIProp"));
        assert_eq!(did_you_mean("IFoo", names), None);
    }

    /// The character test never passes over a name the distance would
    /// accept: it is never more than the distance.
    #[test]
    fn the_character_bound_is_a_lower_bound() {
        let words = [
            "IMAPIProp",
            "IMAPIPrp",
            "imapiprop",
            "SPLO_STATIC",
            "SLOStatic",
            "abc",
            "cba",
            "",
            "x",
            "aaaa",
            "aaab",
            "IStream2",
            "IStreamZ",
            "p0p0",
        ];
        let mut rows = (Vec::new(), Vec::new());
        for a in words {
            for b in words {
                let d = edit_distance(a.as_bytes(), b.as_bytes(), 64, &mut rows)
                    .expect("no distance here exceeds 64");
                let lower = bag_distance(&char_counts(a.as_bytes()), b.as_bytes());
                assert!(lower <= d, "{a} {b}: {lower} > {d}");
            }
        }
        assert_eq!(bag_distance(&char_counts(b"abc"), b"cba"), 0);
        assert_eq!(bag_distance(&char_counts(b"aaaa"), b"aab"), 2);
    }

    /// The banded, bounded distance agrees with the textbook one wherever
    /// that is within the bound.
    #[test]
    fn bounded_distance_is_the_distance() {
        fn plain(a: &[u8], b: &[u8]) -> usize {
            let mut prev: Vec<usize> = (0..=b.len()).collect();
            for (i, ca) in a.iter().enumerate() {
                let mut cur = vec![i + 1];
                for (j, cb) in b.iter().enumerate() {
                    let cost = usize::from(!ca.eq_ignore_ascii_case(cb));
                    cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
                }
                prev = cur;
            }
            prev[b.len()]
        }
        let words = [
            "",
            "a",
            "ULONG",
            "ULONGG",
            "ulong",
            "LONG",
            "SPLO_STATIC",
            "SPLO_DYNAMIC",
            "IMAPIProp",
            "IMAPIPrp",
            "PMAPIProp",
            "kitten",
            "sitting",
            "abcdef",
            "fedcba",
        ];
        let mut rows = (Vec::new(), Vec::new());
        for a in words {
            for b in words {
                let d = plain(a.as_bytes(), b.as_bytes());
                for bound in 0..8 {
                    let got = edit_distance(a.as_bytes(), b.as_bytes(), bound, &mut rows);
                    assert_eq!(got, (d <= bound).then_some(d), "{a:?} {b:?} within {bound}");
                }
            }
        }
    }
}

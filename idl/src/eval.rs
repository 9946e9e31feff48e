//! Constant expression evaluation: checked 64-bit arithmetic, C casts.

use crate::ast::{BinOp, Expr, ExprKind, TypeSpec, UnOp};
use crate::diag::{Diagnostic, codes};
use crate::lex::Symbol;
use crate::source::Span;

/// The smallest value any integer type here can hold.
pub const MIN: i128 = i64::MIN as i128;
/// The largest value any integer type here can hold.
pub const MAX: i128 = u64::MAX as i128;

/// An integer type by width and signedness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IntType {
    /// Width in bits: 8, 16, 32 or 64.
    pub bits: u32,
    /// Whether negative values are allowed.
    pub signed: bool,
}

impl IntType {
    /// The range of values of this type.
    pub fn range(self) -> (i128, i128) {
        if self.signed {
            (-(1i128 << (self.bits - 1)), (1i128 << (self.bits - 1)) - 1)
        } else {
            (0, (1i128 << self.bits) - 1)
        }
    }

    /// Converts `v` as a C cast does: keeps the low `bits` bits, then
    /// reinterprets them with this type's signedness.
    pub fn wrap(self, v: i128) -> i128 {
        let mask = (1i128 << self.bits) - 1;
        let low = v & mask;
        if self.signed && low >> (self.bits - 1) & 1 == 1 {
            low - (1i128 << self.bits)
        } else {
            low
        }
    }

    /// Whether `v` may initialise this type: in range, or for a signed type,
    /// a bit pattern of the same width (`const LONG X = 0x80000000;`).
    pub fn accepts(self, v: i128) -> bool {
        let (lo, hi) = self.range();
        (lo..=hi).contains(&v) || (self.signed && v > hi && v < (1i128 << self.bits))
    }
}

/// The value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// An integer, exact.
    Int(i128),
    /// A floating-point number.
    Float(f64),
    /// A string.
    Str(String),
    /// A character.
    Char(char),
}

/// Parses a C integer literal: decimal, `0x` hex, `0` octal, `0b` binary,
/// with `u`/`l`/`ll`/`i64` suffixes in any case.
pub fn parse_int(text: &str) -> Result<u64, String> {
    parse_digits(split_suffix(text).0).map_err(|kind| match kind {
        None => format!("`{text}` has no digits"),
        Some(e) if *e.kind() == std::num::IntErrorKind::PosOverflow => {
            format!("`{text}` does not fit in 64 bits")
        }
        Some(_) => format!("`{text}` is not a valid integer literal"),
    })
}

/// The value of an integer literal without its suffix; the error is `None`
/// when there are no digits.
fn parse_digits(body: &str) -> Result<u64, Option<std::num::ParseIntError>> {
    let prefixed = |p: u8| {
        let b = body.as_bytes();
        b.len() >= 2 && b[0] == b'0' && b[1].eq_ignore_ascii_case(&p)
    };
    let (digits, radix) = if prefixed(b'x') {
        (&body[2..], 16)
    } else if prefixed(b'b') {
        (&body[2..], 2)
    } else if body.len() > 1 && body.starts_with('0') {
        (&body[1..], 8)
    } else {
        (body, 10)
    };
    if digits.is_empty() {
        return Err(None);
    }
    u64::from_str_radix(digits, radix).map_err(Some)
}

/// An integer literal's digits and its suffix (`u`, `l`, `ll`, `i64`, in
/// any case and order C allows), without allocating. The suffix is the
/// longest that leaves a digit before it.
fn split_suffix(text: &str) -> (&str, &str) {
    let b = text.as_bytes();
    // The `i`-th byte from the end, in lower case (0 past the start).
    let back = |i: usize| {
        b.len()
            .checked_sub(i + 1)
            .map_or(0, |at| b[at].to_ascii_lowercase())
    };
    // Decided from the last bytes: folding macro-expanded constants splits
    // hundreds of thousands of literals. Each shorter suffix of `ull`,
    // `llu`, `ul` and `lu` is a suffix too; those of `i64` are not.
    let n = match (back(2), back(1), back(0)) {
        (b'i', b'6', b'4') if back(3) == b'u' && b.len() > 4 => 4,
        (b'i', b'6', b'4') if b.len() > 3 => 3,
        (_, _, b'4') => 0,
        (b'l', b'l', b'u') | (b'u', b'l', b'l') => 3,
        (_, b'l' | b'u', b'l') | (_, b'l', b'u') => 2,
        (_, _, b'u' | b'l') => 1,
        _ => 0,
    };
    // At least one byte before the suffix.
    let n = n.min(b.len().saturating_sub(1));
    text.split_at(b.len() - n)
}

/// What names and cast targets mean where an expression is evaluated.
pub trait Env {
    /// The text of a literal or name (the compilation's interner holds it).
    fn text(&self, s: Symbol) -> &str;
    /// The value of a name.
    fn name(&mut self, id: &crate::ast::Ident) -> Result<Value, Diagnostic>;
    /// The integer type a cast to `ty` with `pointers` stars converts to
    /// (`None`: not an integer type; the value passes through unchanged).
    fn cast(&mut self, ty: &TypeSpec, pointers: usize) -> Option<IntType>;
    /// The C type of a name, when it is an integer constant.
    fn name_type(&mut self, _id: &crate::ast::Ident) -> Option<IntType> {
        None
    }
    /// The width of `int` here: 32 in IDL, 64 in `#if`, where C computes
    /// in `intmax_t`.
    fn int_bits(&self) -> u32 {
        32
    }
}

const I32: IntType = IntType {
    bits: 32,
    signed: true,
};

/// The C type of integer literal `text` with value `v` (LLP64: `long` is
/// 32 bits): the first of its candidate types that holds it.
fn literal_type(text: &str, v: u64, int_bits: u32) -> IntType {
    literal_type_of(text, split_suffix(text).1, v, int_bits)
}

/// [`literal_type`] with the literal's suffix already split off.
fn literal_type_of(text: &str, suffix: &str, v: u64, int_bits: u32) -> IntType {
    let suffix = suffix.as_bytes();
    let unsigned = suffix.iter().any(|b| b.eq_ignore_ascii_case(&b'u'));
    let long_long = suffix.len() >= 2
        && !suffix.eq_ignore_ascii_case(b"ul")
        && !suffix.eq_ignore_ascii_case(b"lu");
    let decimal = !(text.starts_with('0') && text.len() > 1);
    let candidates: &[(u32, bool)] = match (unsigned, decimal) {
        (true, _) => &[(32, false), (64, false)],
        (false, true) => &[(32, true), (64, true), (64, false)],
        (false, false) => &[(32, true), (32, false), (64, true), (64, false)],
    };
    candidates
        .iter()
        .map(|&(bits, signed)| IntType {
            bits: bits.max(int_bits).max(if long_long { 64 } else { 0 }),
            signed,
        })
        .find(|t| t.range().1 >= i128::from(v))
        .unwrap_or(IntType {
            bits: 64,
            signed: false,
        })
}

/// The value and C type of the integer literal `t`, when it is a valid one.
pub(crate) fn literal(t: &str) -> Option<(i128, IntType)> {
    let (body, suffix) = split_suffix(t);
    let v = parse_digits(body).ok()?;
    Some((i128::from(v), literal_type_of(t, suffix, v, 32)))
}

/// The value and C type of a folded integer literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Folded {
    value: u64,
    ty: IntType,
}

impl Folded {
    /// The folded value `v` of type `ty`, if it can be written as a
    /// literal of that type: not negative, within the type, 32 or 64 bits.
    fn new(v: i128, ty: IntType) -> Option<Folded> {
        let (lo, hi) = ty.range();
        if v < 0 || v < lo || v > hi || !matches!(ty.bits, 32 | 64) {
            return None;
        }
        Some(Folded {
            value: u64::try_from(v).ok()?,
            ty,
        })
    }

    /// The literal: the value in decimal with the suffix of its type.
    pub(crate) fn text(self) -> String {
        let suffix = match (self.ty.bits, self.ty.signed) {
            (32, true) => "",
            (32, false) => "u",
            (64, true) => "ll",
            _ => "ull",
        };
        // Written by hand: `format!` of an `i128` divides 128-bit numbers.
        let mut text = String::with_capacity(24);
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = self.value;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        text.extend(digits[at..].iter().map(|&d| char::from(d)));
        text.push_str(suffix);
        text
    }
}

/// `op` applied to two integer literals, as [`eval`] computes it, to be
/// written as one literal of the result's C type (`((1000+500)+1)` becomes
/// `1501`): macro-expanded constants (`DISPID_*`) would otherwise be trees
/// of thousands of nodes. `None` when the result would not be the same
/// literal: an error, a negative value, or one outside its C type.
/// The operands are the [`literal`]s' values and types.
pub(crate) fn fold_binary(
    op: BinOp,
    (x, s): (i128, IntType),
    (y, t): (i128, IntType),
) -> Option<Folded> {
    let (v, ty) = match op {
        BinOp::Add => (x.checked_add(y)?, common(s, t)),
        BinOp::Sub => (x.checked_sub(y)?, common(s, t)),
        BinOp::Mul => (x.checked_mul(y)?, common(s, t)),
        BinOp::Div if y != 0 => (x / y, common(s, t)),
        BinOp::Rem if y != 0 => (x % y, common(s, t)),
        BinOp::Shl if (0..64).contains(&y) => (x.checked_mul(1i128 << y)?, s),
        BinOp::Shr if (0..64).contains(&y) => (x >> y, s),
        BinOp::BitAnd => (x & y, common(s, t)),
        BinOp::BitOr => (x | y, common(s, t)),
        BinOp::BitXor => (x ^ y, common(s, t)),
        BinOp::Lt => (i128::from(x < y), I32),
        BinOp::Gt => (i128::from(x > y), I32),
        BinOp::Le => (i128::from(x <= y), I32),
        BinOp::Ge => (i128::from(x >= y), I32),
        BinOp::Eq => (i128::from(x == y), I32),
        BinOp::Ne => (i128::from(x != y), I32),
        BinOp::And => (i128::from(x != 0 && y != 0), I32),
        BinOp::Or => (i128::from(x != 0 || y != 0), I32),
        _ => return None,
    };
    Folded::new(v, ty)
}

/// `~x` or `+x` of an integer literal, folded as [`fold_binary`] does.
pub(crate) fn fold_unary(op: UnOp, (v, t): (i128, IntType)) -> Option<Folded> {
    match op {
        UnOp::Plus => Folded::new(v, t),
        UnOp::Not => Folded::new(t.wrap(!v), t),
        _ => None,
    }
}

/// C's integer promotions: types narrower than `int` become `int`.
fn promote(t: IntType, int_bits: u32) -> IntType {
    if t.bits < int_bits {
        IntType {
            bits: int_bits,
            signed: true,
        }
    } else {
        t
    }
}

/// C's usual arithmetic conversions of two promoted integer types.
fn common(a: IntType, b: IntType) -> IntType {
    if a.bits != b.bits {
        // The wider type holds every value of the narrower one.
        return if a.bits > b.bits { a } else { b };
    }
    IntType {
        bits: a.bits,
        signed: a.signed && b.signed,
    }
}

/// Evaluates `e` in `env`.
pub fn eval(e: &Expr, env: &mut dyn Env) -> Result<Value, Diagnostic> {
    Evaluator { env }.eval(e)
}

/// Evaluates `e` in `env` as an integer (characters count as their code).
pub fn eval_int(e: &Expr, env: &mut dyn Env) -> Result<i128, Diagnostic> {
    Evaluator { env }.int(e)
}

struct Evaluator<'a> {
    env: &'a mut dyn Env,
}

fn overflow(span: Span) -> Diagnostic {
    Diagnostic::error(
        codes::OVERFLOW,
        span,
        "arithmetic overflow in constant expression",
    )
    .with_help("values must stay within the 64-bit range")
}

fn checked(v: Option<i128>, span: Span) -> Result<Value, Diagnostic> {
    match v {
        Some(v) if (MIN..=MAX).contains(&v) => Ok(Value::Int(v)),
        _ => Err(overflow(span)),
    }
}

impl Evaluator<'_> {
    fn eval(&mut self, e: &Expr) -> Result<Value, Diagnostic> {
        match &e.kind {
            ExprKind::Int(t) => parse_int(self.env.text(*t))
                .map(|v| Value::Int(i128::from(v)))
                .map_err(|m| Diagnostic::error(codes::BAD_NUMBER, e.span, m)),
            ExprKind::Float(t) => self
                .env
                .text(*t)
                .trim_end_matches(['f', 'F', 'l', 'L'])
                .parse::<f64>()
                .map(Value::Float)
                .map_err(|_| {
                    Diagnostic::error(
                        codes::BAD_NUMBER,
                        e.span,
                        format!("`{}` is not a valid number", self.env.text(*t)),
                    )
                }),
            ExprKind::Str(s) => Ok(Value::Str(s.to_string())),
            ExprKind::Char(c) => Ok(Value::Char(*c)),
            ExprKind::Name(id) => self.env.name(id),
            ExprKind::Sizeof => Err(Diagnostic::error(
                codes::BAD_CONST,
                e.span,
                "`sizeof` is not supported in constant expressions",
            )
            .with_help("write the size as a number")),
            ExprKind::Member(..) => Err(Diagnostic::error(
                codes::BAD_CONST,
                e.span,
                "member access is not a constant expression",
            )),
            ExprKind::Unary(op, x) => self.unary(*op, x, e.span),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, e.span),
            ExprKind::Cond(c, a, b) => {
                if self.int(c)? != 0 {
                    self.eval(a)
                } else {
                    self.eval(b)
                }
            }
            ExprKind::Cast(ty, ptrs, x) => {
                let v = self.eval(x)?;
                match (v, self.env.cast(ty, *ptrs)) {
                    (Value::Int(v), Some(t)) => Ok(Value::Int(t.wrap(v))),
                    (Value::Char(c), Some(t)) => Ok(Value::Int(t.wrap(i128::from(u32::from(c))))),
                    (v, _) => Ok(v),
                }
            }
        }
    }

    // Each operator is its own function, so that the frame `eval` puts on
    // the stack for every level of a deep expression stays small.
    fn unary(&mut self, op: UnOp, x: &Expr, span: Span) -> Result<Value, Diagnostic> {
        let v = self.eval(x)?;
        if let (Value::Float(f), UnOp::Neg | UnOp::Plus) = (&v, op) {
            return Ok(Value::Float(if op == UnOp::Neg { -f } else { *f }));
        }
        let v = as_int(v, x.span)?;
        match op {
            UnOp::Neg => checked(v.checked_neg(), span),
            UnOp::Plus => Ok(Value::Int(v)),
            // `~` flips the bits of the operand's C type (`~0u` is
            // 0xFFFFFFFF, `~0` is -1), as the compiler of the C
            // header computes it.
            UnOp::Not => {
                let t = self.c_type(x);
                Ok(Value::Int(t.wrap(!v)))
            }
            UnOp::LogicalNot => Ok(Value::Int(i128::from(v == 0))),
            UnOp::Deref | UnOp::AddrOf => Err(Diagnostic::error(
                codes::BAD_CONST,
                span,
                "pointer operators are not constant expressions",
            )),
        }
    }

    fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr, span: Span) -> Result<Value, Diagnostic> {
        let va = self.eval(a)?;
        // `&&` and `||` short-circuit, as in C.
        if matches!(op, BinOp::And | BinOp::Or) {
            let x = as_int(va, a.span)?;
            match op {
                BinOp::And if x == 0 => return Ok(Value::Int(0)),
                BinOp::Or if x != 0 => return Ok(Value::Int(1)),
                _ => {}
            }
            let y = self.int(b)?;
            return Ok(Value::Int(i128::from(y != 0)));
        }
        let vb = self.eval(b)?;
        if matches!(va, Value::Float(_)) || matches!(vb, Value::Float(_)) {
            return float_op(op, as_float(va, a.span)?, as_float(vb, b.span)?, span);
        }
        let x = as_int(va, a.span)?;
        let y = as_int(vb, b.span)?;
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::Div | BinOp::Rem if y == 0 => {
                return Err(Diagnostic::error(
                    codes::BAD_CONST,
                    b.span,
                    "division by zero",
                ));
            }
            BinOp::Div => x.checked_div(y),
            BinOp::Rem => x.checked_rem(y),
            BinOp::Shl | BinOp::Shr if !(0..64).contains(&y) => {
                return Err(Diagnostic::error(
                    codes::OVERFLOW,
                    b.span,
                    format!("shift by {y} bits; shifts must be 0 to 63"),
                ));
            }
            BinOp::Shl => x.checked_mul(1i128 << y),
            BinOp::Shr => Some(x >> y),
            BinOp::Lt => Some(i128::from(x < y)),
            BinOp::Gt => Some(i128::from(x > y)),
            BinOp::Le => Some(i128::from(x <= y)),
            BinOp::Ge => Some(i128::from(x >= y)),
            BinOp::Eq => Some(i128::from(x == y)),
            BinOp::Ne => Some(i128::from(x != y)),
            BinOp::BitAnd => Some(bitop(x, y, |p, q| p & q)),
            BinOp::BitOr => Some(bitop(x, y, |p, q| p | q)),
            BinOp::BitXor => Some(bitop(x, y, |p, q| p ^ q)),
            BinOp::And | BinOp::Or => unreachable!("handled above"),
        };
        checked(r, span)
    }

    /// The C type of an integer expression (for `~`, whose result depends
    /// on the operand's width).
    fn c_type(&mut self, e: &Expr) -> IntType {
        let bits = self.env.int_bits();
        let int = IntType {
            bits: bits.max(I32.bits),
            signed: true,
        };
        match &e.kind {
            ExprKind::Int(t) => {
                let t = self.env.text(*t);
                parse_int(t).map_or(int, |v| literal_type(t, v, bits))
            }
            ExprKind::Name(id) => self.env.name_type(id).map_or(int, |t| promote(t, int.bits)),
            ExprKind::Unary(UnOp::Not | UnOp::Neg | UnOp::Plus, x) => {
                promote(self.c_type(x), int.bits)
            }
            ExprKind::Cast(ty, p, _) => self.env.cast(ty, *p).map_or(int, |t| promote(t, int.bits)),
            ExprKind::Binary(op, a, b) => match op {
                BinOp::Shl | BinOp::Shr => promote(self.c_type(a), int.bits),
                BinOp::Add
                | BinOp::Sub
                | BinOp::Mul
                | BinOp::Div
                | BinOp::Rem
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor => {
                    let (x, y) = (self.c_type(a), self.c_type(b));
                    common(promote(x, int.bits), promote(y, int.bits))
                }
                _ => int,
            },
            ExprKind::Cond(_, a, b) => {
                let (x, y) = (self.c_type(a), self.c_type(b));
                common(promote(x, int.bits), promote(y, int.bits))
            }
            _ => int,
        }
    }

    fn int(&mut self, e: &Expr) -> Result<i128, Diagnostic> {
        let v = self.eval(e)?;
        as_int(v, e.span)
    }
}

/// An integer value (characters count as their code).
fn as_int(v: Value, span: Span) -> Result<i128, Diagnostic> {
    match v {
        Value::Int(v) => Ok(v),
        Value::Char(c) => Ok(i128::from(u32::from(c))),
        Value::Float(_) | Value::Str(_) => Err(Diagnostic::error(
            codes::BAD_CONST,
            span,
            "expected an integer expression",
        )),
    }
}

/// A number as a floating-point value.
fn as_float(v: Value, span: Span) -> Result<f64, Diagnostic> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(v) => Ok(v as f64),
        Value::Char(c) => Ok(f64::from(u32::from(c))),
        Value::Str(_) => Err(Diagnostic::error(
            codes::BAD_CONST,
            span,
            "expected a number",
        )),
    }
}

/// Floating-point arithmetic and comparisons, as in `(1/1024.0)`.
fn float_op(op: BinOp, x: f64, y: f64, span: Span) -> Result<Value, Diagnostic> {
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Lt => return Ok(Value::Int(i128::from(x < y))),
        BinOp::Gt => return Ok(Value::Int(i128::from(x > y))),
        BinOp::Le => return Ok(Value::Int(i128::from(x <= y))),
        BinOp::Ge => return Ok(Value::Int(i128::from(x >= y))),
        BinOp::Eq => return Ok(Value::Int(i128::from(x == y))),
        BinOp::Ne => return Ok(Value::Int(i128::from(x != y))),
        _ => {
            return Err(Diagnostic::error(
                codes::BAD_CONST,
                span,
                "this operator takes integers, not floating-point numbers",
            ));
        }
    };
    if v.is_finite() {
        Ok(Value::Float(v))
    } else {
        Err(overflow(span))
    }
}

/// Applies a bitwise operator to two values as 64-bit patterns, keeping the
/// result signed when either input was negative (as C's usual conversions do
/// for signed operands).
fn bitop(x: i128, y: i128, f: impl Fn(u64, u64) -> u64) -> i128 {
    let r = f(x as u64, y as u64);
    if x < 0 || y < 0 {
        i128::from(r as i64)
    } else {
        i128::from(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_in_every_base_and_suffix() {
        assert_eq!(parse_int("0x8004010FL"), Ok(0x8004_010F));
        assert_eq!(parse_int("017"), Ok(15));
        assert_eq!(parse_int("0b101"), Ok(5));
        assert_eq!(parse_int("10ui64"), Ok(10));
        assert_eq!(parse_int("0"), Ok(0));
        assert!(parse_int("0x").is_err());
        assert!(parse_int("09").is_err());
        assert!(parse_int("0x1FFFFFFFFFFFFFFFF").is_err());
    }

    /// Folding writes the result as a literal of its C type, every digit
    /// kept, up to the largest 64-bit value.
    #[test]
    fn folded_literals_keep_their_value_and_type() {
        let fold =
            |op, a: &str, b: &str| fold_binary(op, literal(a)?, literal(b)?).map(|f| f.text());
        assert_eq!(fold(BinOp::Add, "1000", "501").as_deref(), Some("1501"));
        assert_eq!(fold(BinOp::Add, "0", "0").as_deref(), Some("0"));
        assert_eq!(
            fold(BinOp::Add, "0xFFFFFFFF", "0").as_deref(),
            Some("4294967295u")
        );
        assert_eq!(
            fold(BinOp::Sub, "0xFFFFFFFFFFFFFFFFull", "0").as_deref(),
            Some("18446744073709551615ull")
        );
        assert_eq!(fold(BinOp::Add, "1L", "2ui64").as_deref(), Some("3ull"));
        assert_eq!(fold(BinOp::Sub, "1", "2"), None, "negative");
        assert_eq!(split_suffix("1234"), ("1234", ""));
        assert_eq!(split_suffix("0x14"), ("0x14", ""));
        // The longest suffix that leaves a digit.
        for (text, body) in [
            ("5I64", "5"),
            ("5ui64", "5"),
            ("164", "164"),
            ("0x1e4", "0x1e4"),
            ("1ULL", "1"),
            ("1llu", "1"),
            ("1lu", "1"),
            ("1uL", "1"),
            ("1ll", "1"),
            ("0xFFu", "0xFF"),
            ("0xFFl", "0xFF"),
            ("ul", "u"),
            ("i64", "i64"),
            ("ui64", "u"),
            ("l", "l"),
            ("", ""),
        ] {
            assert_eq!(split_suffix(text).0, body, "{text}");
        }
    }

    #[test]
    fn casts_wrap_and_signed_types_take_bit_patterns() {
        let l = IntType {
            bits: 32,
            signed: true,
        };
        assert_eq!(l.wrap(0x8000_0000), -0x8000_0000);
        assert!(l.accepts(0x8004_010F));
        assert!(!l.accepts(0x1_0000_0000));
        let b = IntType {
            bits: 8,
            signed: false,
        };
        assert!(!b.accepts(-1));
        assert_eq!(b.wrap(-1), 255);
    }
}

//! Memory layout of model types on the Windows targets MAPI runs on, as the
//! MSVC and MinGW compilers lay them out with default packing.

use crate::model::{Model, Prim, StructId, Type};

/// A Windows target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// x86_64: 8-byte pointers.
    X64,
    /// i686: 4-byte pointers; 64-bit integers and doubles still align to 8
    /// inside structs, as MSVC and MinGW do.
    X86,
}

impl Target {
    /// Both targets.
    pub const ALL: [Target; 2] = [Target::X64, Target::X86];

    /// The size and alignment of a pointer.
    pub fn pointer(self) -> u64 {
        match self {
            Target::X64 => 8,
            Target::X86 => 4,
        }
    }
}

/// Size and alignment in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// `sizeof`.
    pub size: u64,
    /// `alignof`.
    pub align: u64,
}

/// A struct's layout with each field's offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StructLayout {
    /// The whole struct.
    pub layout: Layout,
    /// Byte offset of each field, in field order.
    pub offsets: Vec<u64>,
}

fn round_up(v: u64, align: u64) -> u64 {
    v.div_ceil(align.max(1)) * align.max(1)
}

/// The layout of a primitive.
pub fn prim_layout(p: Prim, t: Target) -> Layout {
    let n = match p {
        Prim::I8 | Prim::U8 => 1,
        Prim::I16 | Prim::U16 | Prim::WChar => 2,
        Prim::I32 | Prim::U32 | Prim::F32 => 4,
        Prim::I64 | Prim::U64 | Prim::F64 => 8,
        Prim::ISize | Prim::USize | Prim::Handle => t.pointer(),
    };
    Layout { size: n, align: n }
}

/// The layout of `ty`, or `None` for types without one (`void`, a function,
/// an interface by value, an opaque struct).
pub fn type_layout(m: &Model, ty: &Type, t: Target) -> Option<Layout> {
    layout_at(m, ty, t, 0)
}

/// The layout of struct or union `id` with its field offsets.
pub fn struct_layout(m: &Model, id: StructId, t: Target) -> Option<StructLayout> {
    struct_at(m, id, t, 0)
}

const MAX_DEPTH: u32 = 64;

fn layout_at(m: &Model, ty: &Type, t: Target, depth: u32) -> Option<Layout> {
    if depth > MAX_DEPTH {
        return None;
    }
    match ty {
        Type::Void | Type::Interface(_) | Type::Function(_) => None,
        Type::Prim(p) => Some(prim_layout(*p, t)),
        Type::Ptr { .. } => Some(Layout {
            size: t.pointer(),
            align: t.pointer(),
        }),
        Type::Array { elem, len } => {
            let e = layout_at(m, elem, t, depth + 1)?;
            Some(Layout {
                size: e.size.checked_mul(len.unwrap_or(0))?,
                align: e.align,
            })
        }
        Type::Typedef(id) => layout_at(m, &m.typedefs.get(id.index())?.ty, t, depth + 1),
        Type::Struct(id) => struct_at(m, *id, t, depth + 1).map(|s| s.layout),
        Type::Enum(_) | Type::FlagGroup(_) => Some(Layout { size: 4, align: 4 }),
    }
}

fn struct_at(m: &Model, id: StructId, t: Target, depth: u32) -> Option<StructLayout> {
    let s = m.structs.get(id.index())?;
    let fields = s.fields.as_ref()?;
    let mut offsets = Vec::with_capacity(fields.len());
    let mut size = 0u64;
    let mut align = 1u64;
    // The storage unit bit fields are being packed into: its offset, its
    // size and the bits used. MSVC (and MinGW, whose default is
    // `-mms-bitfields`) packs consecutive bit fields into one unit of their
    // type while they fit and the type's size stays the same.
    let mut unit: Option<(u64, u64, u64)> = None;
    for f in fields {
        if f.ty == Type::Void {
            // An empty union arm (`[default] ;`) takes no space.
            offsets.push(0);
            continue;
        }
        let l = layout_at(m, &f.ty, t, depth + 1)?;
        align = align.max(l.align);
        if s.is_union {
            offsets.push(0);
            size = size.max(l.size);
        } else if let Some(bits) = f.bits.map(u64::from) {
            match unit {
                // A zero-width bit field closes the unit.
                _ if bits == 0 => {
                    unit = None;
                    offsets.push(size);
                }
                Some((off, unit_size, used))
                    if unit_size == l.size && used + bits <= l.size * 8 =>
                {
                    unit = Some((off, unit_size, used + bits));
                    offsets.push(off);
                }
                _ => {
                    let off = round_up(size, l.align);
                    offsets.push(off);
                    size = off.checked_add(l.size)?;
                    unit = Some((off, l.size, bits));
                }
            }
        } else {
            unit = None;
            let off = round_up(size, l.align);
            offsets.push(off);
            size = off.checked_add(l.size)?;
        }
    }
    Some(StructLayout {
        layout: Layout {
            size: round_up(size, align),
            align,
        },
        offsets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MemLoader, Options, compile_with};

    #[test]
    fn pointers_and_eight_byte_members_follow_the_target() {
        let mut files = MemLoader::new();
        files.add(
            "l.idl",
            "typedef struct _S { unsigned char a; void *p; __int64 q; unsigned short w; } S;\n\
             typedef union _U { unsigned char b[3]; unsigned long l; } U;\n\
             typedef struct _F { unsigned long c; unsigned char ab[]; } F;",
        );
        let c = compile_with(&files, &["l.idl".into()], &Options::default());
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        let find =
            |n: &str| StructId(c.model.structs.iter().position(|s| s.name == n).expect(n) as u32);
        let s64 = struct_layout(&c.model, find("S"), Target::X64).expect("layout");
        assert_eq!(
            (s64.layout.size, s64.offsets.clone()),
            (32, vec![0, 8, 16, 24])
        );
        let s32 = struct_layout(&c.model, find("S"), Target::X86).expect("layout");
        assert_eq!(
            (s32.layout.size, s32.offsets.clone()),
            (24, vec![0, 4, 8, 16])
        );
        let u = struct_layout(&c.model, find("U"), Target::X86).expect("layout");
        assert_eq!(u.layout, Layout { size: 4, align: 4 });
        let f = struct_layout(&c.model, find("F"), Target::X64).expect("layout");
        assert_eq!(f.layout.size, 4);
    }

    #[test]
    fn bit_fields_share_a_unit_of_their_type_while_they_fit() {
        let mut files = MemLoader::new();
        files.add(
            "b.idl",
            "typedef struct _B {\n\
                 unsigned int a : 1; unsigned int b : 31; unsigned int c : 1;\n\
                 unsigned short d : 3; unsigned short e : 3;\n\
                 unsigned int f : 2; unsigned int : 0; unsigned int g : 2;\n\
                 unsigned char h;\n\
             } B;",
        );
        let c = compile_with(&files, &["b.idl".into()], &Options::default());
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        let id = StructId(
            c.model
                .structs
                .iter()
                .position(|s| s.name == "B")
                .expect("B") as u32,
        );
        let l = struct_layout(&c.model, id, Target::X64).expect("layout");
        // a and b fill one unsigned int, c starts the next; d and e share an
        // unsigned short; f needs a new unit of a new size; `: 0` closes it.
        assert_eq!(l.offsets, vec![0, 0, 4, 8, 8, 12, 16, 16, 20]);
        assert_eq!(l.layout, Layout { size: 24, align: 4 });
    }
}

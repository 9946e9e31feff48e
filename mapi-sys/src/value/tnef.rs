//! TNEF problem arrays (`STnefProblemArray`, feature `tnef`): what
//! `ITnef::ExtractProps`, `Finish` and `FinishComponent` report, as Rust
//! values and in MAPI memory.

use super::alloc::{Allocator, MapiBuffer, tail_size};
use super::tag::PropTag;
use super::view::each;
use super::{ViewError, count32};
use crate::{Hresult, STnefProblem, STnefProblemArray};
use core::mem::offset_of;
use core::ptr::addr_of;

/// A property or attribute TNEF could not encode or decode, the element of
/// `STnefProblemArray` (what `ITnef::ExtractProps`, `Finish` and
/// `FinishComponent` report).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TnefProblem {
    /// Zero for the message, or the `PR_ATTACH_NUM` of the attachment.
    pub component: u32,
    /// The TNEF attribute concerned.
    pub attribute: u32,
    /// The property concerned; zero when a whole block could not be decoded.
    pub tag: PropTag,
    /// What went wrong.
    pub scode: Hresult,
}

/// A TNEF problem array in MAPI memory (one root block), as
/// `ITnef::ExtractProps`, `Finish` and `FinishComponent` return it. As for
/// [`write_problems`](super::write_problems), a thunk writes it only when there are problems and
/// the caller asked for them.
///
/// ```
/// use mapi_sys::{Hresult, MAPI_E_CORRUPT_DATA};
/// use mapi_sys::value::testing::CountingAllocator;
/// use mapi_sys::value::{PropTag, TnefProblem, write_tnef_problems};
///
/// let counting = CountingAllocator::new();
/// let problem = TnefProblem {
///     component: 1,
///     attribute: 0x0006_9003,
///     tag: PropTag(0),
///     scode: Hresult(MAPI_E_CORRUPT_DATA),
/// };
/// let written = write_tnef_problems(&counting.allocator(), &[problem])?;
/// assert_eq!(written.problems()?, vec![problem]);
/// drop(written);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_tnef_problems(
    alloc: &Allocator,
    problems: &[TnefProblem],
) -> Result<MapiBuffer<STnefProblemArray>, Hresult> {
    let count = count32(problems.len())?;
    let head = offset_of!(STnefProblemArray, aProblem);
    let size = tail_size(
        head,
        problems.len(),
        size_of::<STnefProblem>(),
        size_of::<STnefProblemArray>(),
    )?;
    let mut buffer = alloc.buffer(size)?;
    let r = buffer.region();
    r.put(offset_of!(STnefProblemArray, cProblem), count)?;
    for (i, p) in problems.iter().enumerate() {
        let raw = STnefProblem {
            ulComponent: p.component,
            ulAttribute: p.attribute,
            ulPropTag: p.tag.0,
            scode: p.scode.0,
        };
        r.put(head + i * size_of::<STnefProblem>(), raw)?;
    }
    // SAFETY: an `STnefProblemArray` with its `count` problems.
    Ok(unsafe { buffer.into_mapi(1) })
}

impl MapiBuffer<STnefProblemArray> {
    /// The problems.
    pub fn problems(&self) -> Result<Vec<TnefProblem>, ViewError> {
        let ptr = self.as_ptr();
        // SAFETY: a `MapiBuffer<STnefProblemArray>` holds a problem array
        // with its `cProblem` problems; `each` checks the count and reads
        // unaligned.
        unsafe {
            let n = addr_of!((*ptr).cProblem).read_unaligned();
            let first = ptr
                .cast::<u8>()
                .add(offset_of!(STnefProblemArray, aProblem))
                .cast::<STnefProblem>();
            each(first, n, |p| {
                Ok(TnefProblem {
                    component: p.ulComponent,
                    attribute: p.ulAttribute,
                    tag: PropTag(p.ulPropTag),
                    scode: Hresult(p.scode),
                })
            })
        }
    }
}

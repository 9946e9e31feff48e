//! The value of an Outlook account property (`ACCT_VARIANT`, actMgmt.h)
//! as a Rust value: read from a peer's memory, laid out for a call.

use super::ViewError;
use super::strings::read_unicode;
use super::view::bytes;
use crate::{
    ACCT_BIN, ACCT_VARIANT, ACCT_VARIANT_0, Hresult, MAPI_E_INVALID_PARAMETER, PT_BINARY, PT_LONG,
    PT_UNICODE,
};
use core::ptr::addr_of;

/// The value of an account property (`ACCT_VARIANT`): what
/// `IOlkAccount::SetProp` takes and `IOlkAccountManager::FindAccount`
/// matches.
///
/// ```
/// use mapi_sys::value::AcctValue;
/// use mapi_sys::__private::call::acct_variant_in;
///
/// let name = AcctValue::Unicode("Work".into());
/// let mut laid_out = acct_variant_in(&name)?;
/// // SAFETY: the variant just laid out, alive for the read.
/// let read = unsafe { AcctValue::from_raw(laid_out.as_mut_ptr()) }?;
/// assert_eq!(read, Some(name));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AcctValue {
    /// `PT_LONG`: an integer.
    Long(u32),
    /// `PT_UNICODE`: a string.
    Unicode(String),
    /// `PT_BINARY`: bytes.
    Binary(Vec<u8>),
}

impl AcctValue {
    /// Reads a peer's `ACCT_VARIANT`; `None` for null. A type other than
    /// `PT_LONG`, `PT_UNICODE` and `PT_BINARY` is
    /// [`ViewError::UnknownType`].
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `ACCT_VARIANT` whose
    /// member `dwType` selects is initialized and points (for a string or
    /// bytes) to readable memory of that kind.
    pub unsafe fn from_raw(ptr: *const ACCT_VARIANT) -> Result<Option<AcctValue>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable variant (the caller's contract); the member its
        // type selects is read, and what it points to goes through readers
        // that check nulls, lengths and alignment.
        unsafe {
            let ty = addr_of!((*ptr).dwType).read_unaligned();
            let val = addr_of!((*ptr).Val).read_unaligned();
            Ok(Some(match ty {
                PT_LONG => AcctValue::Long(val.dw),
                PT_UNICODE => AcctValue::Unicode(String::from_utf16_lossy(read_unicode(val.pwsz)?)),
                PT_BINARY => AcctValue::Binary(bytes(val.bin.pb, val.bin.cb)?.to_vec()),
                other => return Err(ViewError::UnknownType(other)),
            }))
        }
    }
}

/// An account property value laid out as an `ACCT_VARIANT` for a call, on
/// the Rust heap.
pub struct AcctVariantIn {
    raw: ACCT_VARIANT,
    // What `raw` points to.
    _text: Vec<u16>,
    _bytes: Vec<u8>,
}

impl AcctVariantIn {
    /// The variant, valid while `self` lives; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut ACCT_VARIANT {
        &mut self.raw
    }
}

/// The `ACCT_VARIANT` of `value`; a NUL inside a string, or more bytes than
/// a `DWORD` counts, is `MAPI_E_INVALID_PARAMETER`.
pub fn acct_variant_in(value: &AcctValue) -> Result<AcctVariantIn, Hresult> {
    let invalid = || Hresult(MAPI_E_INVALID_PARAMETER);
    let mut text = Vec::new();
    let mut data = Vec::new();
    let (ty, val) = match value {
        AcctValue::Long(v) => (PT_LONG, ACCT_VARIANT_0 { dw: *v }),
        AcctValue::Unicode(s) => {
            if s.contains('\0') {
                return Err(invalid());
            }
            text = s.encode_utf16().chain(core::iter::once(0)).collect();
            (
                PT_UNICODE,
                ACCT_VARIANT_0 {
                    pwsz: text.as_mut_ptr(),
                },
            )
        }
        AcctValue::Binary(b) => {
            data = b.clone();
            (
                PT_BINARY,
                ACCT_VARIANT_0 {
                    bin: ACCT_BIN {
                        cb: u32::try_from(data.len()).map_err(|_| invalid())?,
                        pb: data.as_mut_ptr(),
                    },
                },
            )
        }
    };
    Ok(AcctVariantIn {
        raw: ACCT_VARIANT {
            dwType: ty,
            Val: val,
        },
        _text: text,
        _bytes: data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_value_is_laid_out_and_read_back() {
        for v in [
            AcctValue::Long(7),
            AcctValue::Unicode("Arbeit ✉".into()),
            AcctValue::Binary(vec![0, 1, 2, 255]),
            AcctValue::Binary(Vec::new()),
        ] {
            let mut a = acct_variant_in(&v).expect("lay out");
            // SAFETY: the variant just laid out, alive for the read.
            assert_eq!(unsafe { AcctValue::from_raw(a.as_mut_ptr()) }, Ok(Some(v)));
        }
        // SAFETY: null is no value.
        assert_eq!(unsafe { AcctValue::from_raw(core::ptr::null()) }, Ok(None));
    }

    #[test]
    fn a_string_with_a_nul_cannot_be_passed() {
        assert!(matches!(
            acct_variant_in(&AcctValue::Unicode("a\0b".into())),
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        ));
    }

    #[test]
    fn a_peer_value_of_another_type_or_with_a_null_string_is_rejected() {
        let mut a = acct_variant_in(&AcctValue::Long(1)).expect("lay out");
        let p = a.as_mut_ptr();
        // SAFETY: the variant just laid out, changed in place.
        unsafe { core::ptr::addr_of_mut!((*p).dwType).write(0x0040) };
        // SAFETY: a readable variant whose `dw` is initialized.
        assert_eq!(
            unsafe { AcctValue::from_raw(p) },
            Err(ViewError::UnknownType(0x0040))
        );
        let raw = ACCT_VARIANT {
            dwType: PT_UNICODE,
            Val: ACCT_VARIANT_0 {
                pwsz: core::ptr::null_mut(),
            },
        };
        // SAFETY: a readable variant whose string pointer is null.
        assert_eq!(
            unsafe { AcctValue::from_raw(&raw) },
            Err(ViewError::NullPointer)
        );
    }
}

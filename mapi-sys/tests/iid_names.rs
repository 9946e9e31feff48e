//! The IIDs under the names the MAPI headers give them (`mapiguid.h`), so
//! that C and C++ code ported to Rust finds them, with the values of the
//! headers (copied from mingw-w64's `mapiguid.h`).

use mapi_sys::*;

#[test]
fn header_names_are_the_same_iids() {
    let cases = [
        (IID_IMAPISup, IID_IMAPISupport, 0x0002_030F),
        (IID_IAttachment, IID_IAttach, 0x0002_0308),
        (IID_IMAPITableData, IID_ITableData, 0x0002_0316),
        (IID_IMAPIPropData, IID_IPropData, 0x0002_031A),
        (IID_ITNEF, IID_ITnef, 0x0002_0319),
    ];
    for (header, ours, data1) in cases {
        assert_eq!(header, ours);
        // {000203xx-0000-0000-C000-000000000046}: MAPI's IID range.
        assert_eq!(
            header,
            GUID::from_u128((data1 as u128) << 96 | 0xC000_0000_0000_0046)
        );
    }
    assert_eq!(<IMAPISupport as Interface>::IID, IID_IMAPISup);
}

//! Two listed interfaces sharing bases (`IMAPIProp`, `IUnknown`): each
//! provider trait of both chains may be implemented, once.

#![deny(warnings)]

use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMAPIFolder, IMessage))]
struct Both;

impl IMAPIPropImpl for Both {}
impl IMAPIContainerImpl for Both {}
impl IMAPIFolderImpl for Both {}
impl IMessageImpl for Both {}

fn main() {
    let folder = Both.into_com();
    let message = folder.cast::<IMessage>().expect("the object answers IMessage");
    let prop = message.cast::<IMAPIProp>().expect("and IMAPIProp");
    assert_eq!(prop.as_raw().cast::<()>(), folder.as_raw().cast::<()>(), "IMAPIProp through the first chain");
}

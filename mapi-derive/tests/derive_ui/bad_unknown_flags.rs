use mapi_sys::*;

#[derive(ComObject)]
#[mapi(implements(IMAPIAdviseSink), unknown_flags = "maybe")]
struct Sink;

impl IMAPIAdviseSinkImpl for Sink {
    fn on_notify(&self, _notifications: &[value::NotificationRef<'_>]) -> ULONG {
        0
    }
}

fn main() {}

//! The host test kit's sessions against this provider, in process: no
//! library is built or loaded, the kit calls `sample_store::MSProviderInit`
//! directly, and each of its checks is a test case of its own (`cargo test
//! -p mapi-examples --test host_kit -- scripted::11`, `--list`, nextest).
//! Fault injection and a short load session run too: every allocation of
//! a short session failing in turn must leave no trace.

use std::process::ExitCode;

fn main() -> ExitCode {
    let provider = mapi_host::Provider::linked("sample_store", sample_store::MSProviderInit);
    let options = mapi_host::Options {
        faults: true,
        load: Some(std::time::Duration::from_millis(300)),
        ..mapi_host::Options::default()
    };
    mapi_host::harness::run_tests(&provider, &options)
}

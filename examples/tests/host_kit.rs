//! The host test kit's sessions against this provider, in process: no
//! library is built or loaded, the kit calls `sample_store::MSProviderInit`
//! directly, and each of its checks is a test case of its own (`cargo test
//! -p mapi-examples --test host_kit -- scripted::11`, `--list`, nextest).

use std::process::ExitCode;

fn main() -> ExitCode {
    let provider = mapi_host::Provider::linked("sample_store", sample_store::MSProviderInit);
    mapi_host::harness::run_tests(&provider, &mapi_host::Options::default())
}

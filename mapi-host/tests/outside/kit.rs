//! Every check of the host test kit as a test case, against this crate's
//! provider, in process.

use std::process::ExitCode;

fn main() -> ExitCode {
    let provider = mapi_host::Provider::linked("outside_store", outside_store::MSProviderInit);
    mapi_host::harness::run_tests(&provider, &mapi_host::Options::default())
}

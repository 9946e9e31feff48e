#!/usr/bin/env bash
# The sample provider as a real Windows DLL, run end to end under Wine.
#
# Builds the provider DLL (examples/, sample_store.dll) and the host test kit
# (mapi-host.exe) for x86_64-pc-windows-gnu, and both for i686-pc-windows-gnu
# (32-bit Wine cannot be installed here: i686 is checked by building, by the
# export table and by the C layout checks in idl/tests). Checks that both DLLs
# export MSProviderInit undecorated, then runs mapi-host.exe against
# sample_store.dll under Wine, headless, in a prefix in target/wine/, and
# fails unless every check of both sessions passes (no failure, no skip, no
# leak: the accounting checks are part of the report) and the list of checks
# is the same as the Linux host's against the Linux library. Then runs the
# runtime and derive tests (mapi-sys, mapi-examples) for x86_64-pc-windows-gnu
# under Wine through the cargo runner (.cargo/config.toml, .ci/wine-run.sh).
#
# Standalone (`.ci/wine.sh`) or from .ci/run. Installs wine and the mingw-w64
# compilers with apt-get if they are missing. Writes only under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TERM_COLOR=never
start=$SECONDS
declare -a timings=()
phase_start=$SECONDS
phase() { # phase NAME: record the time since the previous phase ended
    timings+=("$1 $((SECONDS - phase_start))s")
    phase_start=$SECONDS
}

# -- what this needs ----------------------------------------------------------
# Debian bookworm: `wine` (the /usr/bin/wine launcher) and `wine64` (the
# 64-bit loader, /usr/lib/wine/wine64). Never wine32: it needs the i386
# architecture, which this mirror cannot serve (and which breaks apt-get
# update if left enabled).
need=()
if ! command -v wine >/dev/null || [ ! -x /usr/lib/wine/wine64 ]; then need+=(wine wine64); fi
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64-win32)
command -v i686-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-i686-win32)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "wine: installing ${need[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if command -v rustup >/dev/null; then
    rustup target add x86_64-pc-windows-gnu i686-pc-windows-gnu >/dev/null 2>&1
fi
phase install

# -- builds -------------------------------------------------------------------
cargo build -q --target x86_64-pc-windows-gnu -p mapi-examples -p mapi-host
# The minimal store the README walks through, as a DLL too.
cargo build -q --target x86_64-pc-windows-gnu -p mapi-host --example tiny_store
cargo build -q --target i686-pc-windows-gnu -p mapi-examples -p mapi-host
# The Linux host and library, for the comparison below (up to date after
# `cargo test --workspace`).
cargo build -q -p mapi-examples -p mapi-host
phase "cargo builds"

# -- export tables ------------------------------------------------------------
# A MAPI host looks MSProviderInit up by its plain name; it is __cdecl, so on
# i686 it must not be exported stdcall-decorated (MSProviderInit@N).
exports() { # exports OBJDUMP DLL: the names in the export table
    "$1" -p "$2" | sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^[[:space:]]*\[ *[0-9]*\] //p'
}
for t in x86_64 i686; do
    dll=target/$t-pc-windows-gnu/debug/sample_store.dll
    names=$(exports "$t-w64-mingw32-objdump" "$dll")
    if ! grep -qx 'MSProviderInit' <<<"$names"; then
        echo "wine: $dll does not export MSProviderInit undecorated; its exports:" >&2
        echo "$names" >&2
        exit 1
    fi
    # ServiceEntry (the message service entry, STDAPICALLTYPE), looked up by
    # the name PR_SERVICE_ENTRY_NAME gives: undecorated on both targets.
    if ! grep -qx 'ServiceEntry' <<<"$names"; then
        echo "wine: $dll does not export ServiceEntry; its exports:" >&2
        echo "$names" >&2
        exit 1
    fi
    echo "wine: $dll exports: $(tr '\n' ' ' <<<"$names")"
done

# -- the Wine prefix ------------------------------------------------------------
# target/wine/prefix, with the bcryptprimitives.dll stand-in (.ci/wine/prefix.sh,
# shared with the cargo runner .ci/wine-run.sh).
dir=$PWD/target/wine
. .ci/wine/prefix.sh
wine_prefix
trap 'wineserver -k >/dev/null 2>&1 || true' EXIT
phase "wine prefix"

# -- the session under Wine -----------------------------------------------------
out=$dir/mapi-host.out
status=0
timeout 300 wine target/x86_64-pc-windows-gnu/debug/mapi-host.exe \
    target/x86_64-pc-windows-gnu/debug/sample_store.dll >"$out" || status=$?
# Every check is in $out; the log gets the failures, skips and the summary.
grep -v '^  PASS  ' "$out" | grep -v '^$' || true
phase "mapi-host.exe under wine"

linux=$dir/mapi-host.linux.out
./target/debug/mapi-host target/debug/libsample_store.so >"$linux" || true
checks() { # checks FILE: outcome, step and check of each line, without details
    grep -E '^  (PASS|FAIL|SKIP)  ' "$1" | sed 's/: .*//'
}

fail=0
if [ "$status" -ne 0 ]; then
    echo "wine: mapi-host.exe exited with $status (1: a check failed, 2: cannot load, 124: timeout)" >&2
    fail=1
fi
for s in scripted bad-input; do
    if ! grep -qx "$s session" "$out"; then
        echo "wine: the $s session did not run" >&2
        fail=1
    fi
done
if grep -qE '^  (FAIL|SKIP)  ' "$out"; then
    echo "wine: failed or skipped checks (see above)" >&2
    fail=1
fi
if ! diff -u <(checks "$linux") <(checks "$out") >"$dir/linux-vs-wine.diff"; then
    echo "wine: the checks differ from the Linux host's ($linux):" >&2
    head -n 200 "$dir/linux-vs-wine.diff" >&2
    fail=1
fi
phase "linux comparison"

# -- the minimal store under Wine -----------------------------------------------
# tiny_store declares a read-only store without folders: everything it does
# not support is skipped, nothing fails, exit 0.
tiny=$dir/tiny_store.out
if ! timeout 120 wine target/x86_64-pc-windows-gnu/debug/mapi-host.exe \
    target/x86_64-pc-windows-gnu/debug/examples/tiny_store.dll >"$tiny"; then
    echo "wine: mapi-host.exe failed on tiny_store.dll:" >&2
    grep -E '^  FAIL  |checks in' "$tiny" >&2 || true
    fail=1
fi
tail -n 1 "$tiny"
phase "tiny_store under wine"

# -- the runtime and derive tests under Wine ------------------------------------
# Through the cargo runner (.cargo/config.toml, .ci/wine-run.sh, same prefix):
# mapi-sys's derive and ComPtr tests (raw vtables, an 8-thread stress test)
# and the sample provider's unit and vtable tests, as Windows programs.
wine_tests=(--target x86_64-pc-windows-gnu -p mapi-sys -p mapi-examples
    --features mapi-sys/provider,mapi-sys/kit,mapi-sys/client,mapi-sys/full,mapi-sys/layout-asserts --tests)
if cargo test -q --no-run "${wine_tests[@]}"; then
    phase "test builds"
    if ! timeout 600 cargo test -q "${wine_tests[@]}"; then
        echo "wine: the tests failed under Wine" >&2
        fail=1
    fi
    phase "tests under wine"
else
    echo "wine: the tests do not build for x86_64-pc-windows-gnu" >&2
    fail=1
fi

echo "wine: time: $(printf '%s, ' "${timings[@]}")total $((SECONDS - start))s"
if [ "$fail" -ne 0 ]; then
    echo "wine: FAILED (full report: $out)" >&2
    exit 1
fi
echo "wine: ok: $(checks "$out" | wc -l) checks passed under Wine, same as on Linux; the tests pass under Wine"

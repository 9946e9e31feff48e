#!/usr/bin/env bash
# Cargo runner for x86_64-pc-windows-gnu (.cargo/config.toml): runs a Windows
# program, e.g. a test binary of `cargo test --target x86_64-pc-windows-gnu`,
# under Wine, headless, in the CI's prefix (target/wine/prefix, created
# quietly on first use). Usage: wine-run.sh PROGRAM.exe [ARGS...]; the exit
# status is the program's. Needs wine, wine64 and the mingw-w64 compiler
# (.ci/wine.sh installs them on Debian).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/wine/prefix.sh"
wine_prefix
# Wine 8.0's wineserver sometimes drops a client ("wine client error:0:
# recvmsg: Connection reset by peer"); that is Wine's failure, not the
# program's: run it once more then. Any other failure is reported as is.
err=$(mktemp)
trap 'rm -f "$err"' EXIT
status=0
wine "$@" 2> >(tee "$err" >&2) || status=$?
wait
if [ "$status" -ne 0 ] && grep -q 'wine client error' "$err"; then
    echo "wine-run: the wineserver dropped the program; running it again" >&2
    status=0
    wine "$@" || status=$?
fi
exit "$status"

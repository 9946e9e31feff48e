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
exec wine "$@"

#!/usr/bin/env bash
# Instructions rustc executes to compile mapi-sys (the crate alone, with
# its generated corpus), counted by valgrind's callgrind: a
# figure that, unlike wall-clock time, does not move with the load of a
# shared machine. Compare two checkouts by running it in each.
#
#   bash bench/build-instructions.sh                    # no features
#   bash bench/build-instructions.sh provider,client    # with features
#
# Needs valgrind (Debian package `valgrind`). Takes minutes: rustc runs about
# fifty times slower under callgrind. Everything it makes is under
# target/bench-instructions/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

features="${1:-}"
work="$PWD/target/bench-instructions"
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0

# The rustc wrapper: callgrind for the mapi_sys crate when BENCH_LOG names a
# log file, plain rustc otherwise (the same wrapper throughout, so cargo's
# fingerprints do not change between the runs).
wrapper="$work/wrap.sh"
cat >"$wrapper" <<'SH'
#!/usr/bin/env bash
rustc=$1
shift
if [ -n "${BENCH_LOG:-}" ] && [[ " $* " == *" --crate-name mapi_sys "* ]]; then
    exec valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$BENCH_LOG" "$rustc" "$@"
fi
exec "$rustc" "$@"
SH
chmod +x "$wrapper"
export RUSTC_WORKSPACE_WRAPPER="$wrapper"

feature_args=()
if [ -n "$features" ]; then feature_args=(--features "$features"); fi

echo "mapi-sys, features [${features}], $(rustc --version)"
for mode in check release; do
    if [ "$mode" = check ]; then build=(check); clean=(); else build=(build --release); clean=(--release); fi
    # Dependencies first, then mapi-sys alone under callgrind.
    cargo "${build[@]}" -q -p mapi-sys "${feature_args[@]}"
    cargo clean -q "${clean[@]}" -p mapi-sys
    log="$work/$mode.log"
    BENCH_LOG="$log" cargo "${build[@]}" -q -p mapi-sys "${feature_args[@]}"
    count=$(grep -o 'Collected : [0-9]*' "$log" | head -1 | grep -o '[0-9]*$')
    printf '%-8s %10.1f million instructions\n' "$mode" "$(awk "BEGIN { print $count / 1e6 }")"
done

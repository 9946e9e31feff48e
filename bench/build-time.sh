#!/usr/bin/env bash
# Build time and size of mapi-sys beside outlook-mapi-sys (crates.io, the
# bindings generated from Outlook's metadata with the windows crate), all
# measured now on this machine: a clean release build for
# x86_64-pc-windows-gnu in a fresh target directory, then the crate alone
# (its dependencies already built), and the size of the crate's rlib.
# mapi-sys is measured five times: the bindings of the whole surface with
# both sides (`provider,client,full`, every area: what outlook-mapi-sys
# offers), the same with the provider kit (`kit`, which outlook-mapi-sys has
# no counterpart of), and what a store provider turns on: the bindings, the
# bindings with the derives (`derive`: mapi-derive and its proc-macro
# chain, which mapi-sys then waits for), the kit (which brings the derives)
# (`provider,client,store`, `provider,derive,client,store`,
# `provider,kit,client,store`). Also that proc-macro chain (mapi-derive and
# what it needs: proc-macro2, quote, syn), built alone.
#
#   bash bench/build-time.sh                     # needs crates.io for outlook-mapi-sys
#   BUILD_TIME_RUNS=5 bash bench/build-time.sh   # the median of 5 runs (default 3)
#   BUILD_TIME_DEBUG=false bash bench/build-time.sh  # cargo's default release profile
#
# Everything it makes is under target/bench-build-time/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
theirs_version="${OUTLOOK_MAPI_SYS_VERSION:-0.7}"
work="$PWD/target/bench-build-time"
rm -rf "$work"
mkdir -p "$work"

rustup target add "$target" >/dev/null 2>&1 || true
export CARGO_INCREMENTAL=0
# The same release profile for both: the workspace's (line tables), or
# with BUILD_TIME_DEBUG=false cargo's default (no debug info), which is
# what a user's release build of either crate gets unless they ask.
export CARGO_PROFILE_RELEASE_DEBUG="${BUILD_TIME_DEBUG:-line-tables-only}"

# now: seconds since the epoch, with fractions.
now() { date +%s.%N; }
# calc EXPR FORMAT: the value of an arithmetic expression, formatted.
calc() { awk "BEGIN { printf \"$2\", $1 }"; }

# Each build is measured RUNS times (BUILD_TIME_RUNS, default 3), the
# configurations interleaved run by run, and the median reported: a
# machine's load drifts, and the ratios move with their clean build.
runs="${BUILD_TIME_RUNS:-3}"

# measure NAME CRATE_FILE_PREFIX DIR ARGS...: a clean build, then the crate
# alone; appends to ${NAME}_cleans and ${NAME}_alones, sets ${NAME}_rlib.
measure() {
    local name=$1 lib=$2 dir=$3
    shift 3
    local tdir="$work/$name-target"
    local t0 t1 rlib
    local -n cleans="${name}_cleans" alones="${name}_alones"
    rm -rf "$tdir"
    t0=$(now)
    (cd "$dir" && CARGO_TARGET_DIR="$tdir" cargo build -q --release --target "$target" "$@")
    t1=$(now)
    cleans+=("$(calc "$t1 - $t0" %.2f)")
    (cd "$dir" && CARGO_TARGET_DIR="$tdir" cargo clean -q --release --target "$target" -p "${lib//_/-}")
    t0=$(now)
    (cd "$dir" && CARGO_TARGET_DIR="$tdir" cargo build -q --release --target "$target" "$@")
    t1=$(now)
    alones+=("$(calc "$t1 - $t0" %.2f)")
    rlib=$(ls "$tdir/$target/release/deps/lib${lib}"-*.rlib)
    printf -v "${name}_rlib" '%d' "$(stat -c %s "$rlib")"
}

# median X...: the middle value (the lower of the two middle ones).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] }'; }

# The proc-macro chain alone, built as in the builds below: as the proc-macro
# dependency of a crate for the target (so with the host's build-override
# profile), through an empty crate that depends on mapi-derive only.
chain_crate="$work/chain"
mkdir -p "$chain_crate/src"
cat >"$chain_crate/Cargo.toml" <<TOML
[package]
name = "bench-chain"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
mapi-derive = { path = "$PWD/mapi-derive" }

[workspace]
TOML
echo "pub use mapi_derive::ComObject;" >"$chain_crate/src/lib.rs"

# Theirs: a throwaway crate depending on the published crate.
theirs="$work/theirs"
mkdir -p "$theirs/src"
cat >"$theirs/Cargo.toml" <<TOML
[package]
name = "bench-outlook-mapi-sys"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
outlook-mapi-sys = "$theirs_version"

[workspace]
TOML
echo "pub use outlook_mapi_sys;" >"$theirs/src/lib.rs"
(cd "$theirs" && cargo generate-lockfile -q)
theirs_resolved=$(cd "$theirs" && cargo pkgid -q outlook-mapi-sys | sed 's/.*[#@]//')

names=(theirs full fullkit store storederive storekit)
for name in "${names[@]}"; do
    declare -a "${name}_cleans=()" "${name}_alones=()"
done
chains=()
for ((run = 1; run <= runs; run++)); do
    measure theirs outlook_mapi_sys "$theirs"
    # Ours: the workspace's mapi-sys, the whole surface and a store provider's.
    measure full mapi_sys "$PWD" -p mapi-sys --features provider,client,full
    measure fullkit mapi_sys "$PWD" -p mapi-sys --features provider,kit,client,full
    measure store mapi_sys "$PWD" -p mapi-sys --features provider,client,store
    measure storederive mapi_sys "$PWD" -p mapi-sys --features provider,derive,client,store
    measure storekit mapi_sys "$PWD" -p mapi-sys --features provider,kit,client,store
    rm -rf "$work/chain-target"
    t0=$(now)
    (cd "$chain_crate" && CARGO_TARGET_DIR="$work/chain-target" cargo build -q --release --target "$target")
    t1=$(now)
    chains+=("$(calc "$t1 - $t0" %.2f)")
done
for name in "${names[@]}"; do
    declare -n cleans="${name}_cleans" alones="${name}_alones"
    printf -v "${name}_clean" '%s' "$(median "${cleans[@]}")"
    printf -v "${name}_alone" '%s' "$(median "${alones[@]}")"
    unset -n cleans alones
done
chain=$(median "${chains[@]}")

ratio() { calc "$1 / $2" %.3f; }
mib() { calc "$1 / 1048576" "%.2f MiB"; }

echo "release build for $target, $(rustc --version), $(nproc) cores; debug info: $CARGO_PROFILE_RELEASE_DEBUG; median of $runs runs"
echo "theirs' clean builds: ${theirs_cleans[*]} s"
echo "mapi-sys: full = provider,client,full (every area); +kit = with the provider kit;"
echo "          store = provider,client,store; store+derive = provider,derive,client,store;"
echo "          store+kit = provider,kit,client,store (the kit brings the derives)"
echo "outlook-mapi-sys $theirs_resolved: clean ${theirs_clean}s, alone ${theirs_alone}s, rlib $(mib "$theirs_rlib")"
row() { printf '%-13s %22s %22s %24s\n' "$@"; }
both() { printf '%s (%s)' "$1" "$(ratio "$2" "$3")"; }
row "" "clean build (wall)" "the crate alone (wall)" "rlib size"
for name in full fullkit store storederive storekit; do
    clean=${name}_clean alone=${name}_alone rlib=${name}_rlib
    label=${name/kit/+kit}
    label=${label/derive/+derive}
    row "$label" "$(both "${!clean}s" "${!clean}" "$theirs_clean")" \
        "$(both "${!alone}s" "${!alone}" "$theirs_alone")" \
        "$(both "$(mib "${!rlib}")" "${!rlib}" "$theirs_rlib")"
done
echo "the proc-macro chain of the derives (mapi-derive and its dependencies, clean; mapi-sys waits for it with \`derive\` or \`kit\`, not without): ${chain}s ($(ratio "$chain" "$theirs_clean") of theirs' clean build)"
echo "goals (issue 15): full: clean <= 0.25, alone <= 0.5, rlib <= 0.5; store: clean <= 0.15"

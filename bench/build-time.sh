#!/usr/bin/env bash
# Build time and size of mapi-sys beside outlook-mapi-sys (crates.io, the
# bindings generated from Outlook's metadata with the windows crate), all
# measured now on this machine: a clean release build for
# x86_64-pc-windows-gnu in a fresh target directory, then the crate alone
# (its dependencies already built), and the size of the crate's rlib.
# mapi-sys is measured twice: the whole surface with both sides
# (`provider,client,full`, every area), and what a store provider turns on
# (`provider,client,store`: the core and the store area).
#
#   bash bench/build-time.sh            # needs crates.io for outlook-mapi-sys
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
# The same release profile for both: the workspace's.
export CARGO_PROFILE_RELEASE_DEBUG=line-tables-only

# now: seconds since the epoch, with fractions.
now() { date +%s.%N; }
# calc EXPR FORMAT: the value of an arithmetic expression, formatted.
calc() { awk "BEGIN { printf \"$2\", $1 }"; }

# measure NAME CRATE_FILE_PREFIX DIR ARGS...: a clean build, then the crate
# alone; sets ${NAME}_clean, ${NAME}_alone, ${NAME}_rlib.
measure() {
    local name=$1 lib=$2 dir=$3
    shift 3
    local tdir="$work/$name-target"
    local t0 t1 rlib
    t0=$(now)
    (cd "$dir" && CARGO_TARGET_DIR="$tdir" cargo build -q --release --target "$target" "$@")
    t1=$(now)
    printf -v "${name}_clean" '%s' "$(calc "$t1 - $t0" %.1f)"
    (cd "$dir" && CARGO_TARGET_DIR="$tdir" cargo clean -q --release --target "$target" -p "${lib//_/-}")
    t0=$(now)
    (cd "$dir" && CARGO_TARGET_DIR="$tdir" cargo build -q --release --target "$target" "$@")
    t1=$(now)
    printf -v "${name}_alone" '%s' "$(calc "$t1 - $t0" %.1f)"
    rlib=$(ls "$tdir/$target/release/deps/lib${lib}"-*.rlib)
    printf -v "${name}_rlib" '%d' "$(stat -c %s "$rlib")"
}

# Ours: the workspace's mapi-sys, the whole surface and a store provider's.
measure full mapi_sys "$PWD" -p mapi-sys --features provider,client,full
measure store mapi_sys "$PWD" -p mapi-sys --features provider,client,store

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
measure theirs outlook_mapi_sys "$theirs"

ratio() { calc "$1 / $2" %.3f; }
mib() { calc "$1 / 1048576" "%.2f MiB"; }

echo "release build for $target, $(rustc --version), $(nproc) cores"
echo "mapi-sys: full = provider,client,full (every area); store = provider,client,store"
row() { printf '%-24s %12s %12s %24s %10s %10s\n' "$@"; }
row "" "full" "store" "outlook-mapi-sys $theirs_resolved" "full/th." "store/th."
row "clean build (wall)" "${full_clean}s" "${store_clean}s" "${theirs_clean}s" \
    "$(ratio "$full_clean" "$theirs_clean")" "$(ratio "$store_clean" "$theirs_clean")"
row "the crate alone (wall)" "${full_alone}s" "${store_alone}s" "${theirs_alone}s" \
    "$(ratio "$full_alone" "$theirs_alone")" "$(ratio "$store_alone" "$theirs_alone")"
row "rlib size" "$(mib "$full_rlib")" "$(mib "$store_rlib")" "$(mib "$theirs_rlib")" \
    "$(ratio "$full_rlib" "$theirs_rlib")" "$(ratio "$store_rlib" "$theirs_rlib")"
echo "goals (issue 15): full: clean <= 0.25, alone <= 0.5, rlib <= 0.5; store: clean <= 0.15"

#!/usr/bin/env bash
# Real-world IDL: `mapi-idl check` beside Wine's `widl -h` over the same
# files, each file on its own, as a user compiles them. Prints accepted/total
# for both tools, panics, hangs, the total time and the peak memory (on the
# largest file and over the set) of both, as ratios, and lists the files widl
# accepts and mapi-idl rejects with mapi-idl's first error.
#
#   bash bench/midl-corpus.sh               # Wine's SDK IDL (/usr/include/wine)
#   bash bench/midl-corpus.sh DIR...        # every *.idl under DIR...
#
# Needs Debian's `libwine-dev` (the IDL files) and `wine64-tools` (widl; the
# command may be `widl-stable`). Both tools get the same `-I` list: every
# directory holding one of the files. Files written in MIDL 3.0 (`namespace`,
# `runtimeclass`: `midl /winrt`), or importing one, are out of scope (issue
# 16): they are left out of the acceptance figure and counted apart, with how
# many mapi-idl rejects with its one error for MIDL 3.0 (MAPI0306).
#
# Per-file results go to target/midl-corpus/results.tsv (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

timeout_s="${TIMEOUT:-60}"
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(/usr/include/wine)

widl=$(command -v widl-stable || command -v widl || true)
[ -n "$widl" ] || { echo "widl not found: apt-get install wine64-tools" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }

if [ -z "${MAPI_IDL:-}" ]; then
    cargo build -q --release -p mapi-idl
    MAPI_IDL="$PWD/target/release/mapi-idl"
fi

work="$PWD/target/midl-corpus"
rm -rf "$work"
mkdir -p "$work/out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mapfile -t dirs < <(realpath "${dirs[@]}")
mapfile -t files < <(find "${dirs[@]}" -name '*.idl' -type f | sort)
[ ${#files[@]} -gt 0 ] || { echo "no .idl files under ${dirs[*]}" >&2; exit 2; }
mapfile -t incdirs < <(printf '%s\n' "${files[@]}" | xargs -n1 dirname | sort -u)
inc=()
for d in "${incdirs[@]}"; do inc+=(-I "$d"); done

# MIDL 3.0 files: those declaring a namespace or runtimeclass, then (to a
# fixed point) those importing one.
declare -A winrt=()
for f in "${files[@]}"; do
    if grep -qE '^[[:space:]]*(namespace|runtimeclass)[[:space:]]' "$f"; then
        winrt[$(basename "$f")]=1
    fi
done
changed=1
while [ $changed = 1 ]; do
    changed=0
    for f in "${files[@]}"; do
        b=$(basename "$f")
        [ -z "${winrt[$b]:-}" ] || continue
        for imp in $(grep -oE '^[[:space:]]*import[[:space:]]+"[^"]+"' "$f" | sed -E 's/.*"([^"]+)"/\1/'); do
            if [ -n "${winrt[$imp]:-}" ]; then
                winrt[$b]=1
                changed=1
                break
            fi
        done
    done
done

# widl writes each file's preprocessed text to a temporary directory in its
# working directory: both tools run from $tmp.
cd "$tmp"

now_ns() { date +%s%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

# run TOOL OUT -- CMD...: runs CMD under timeout and /usr/bin/time; prints
# "status elapsed_ns peak_kb".
run() {
    local out=$1
    shift
    local t0 t1 st=0
    t0=$(now_ns)
    /usr/bin/time -v -o "$tmp/time" timeout "$timeout_s" "$@" >"$out.stdout" 2>"$out.stderr" || st=$?
    t1=$(now_ns)
    local kb
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
    echo "$st $((t1 - t0)) ${kb:-0}"
}

printf 'file\tlines\tmidl3\twidl_status\twidl_ns\twidl_kb\tmapi_status\tmapi_ns\tmapi_kb\tmapi_first_error\n' >"$work/results.tsv"
n=0
for f in "${files[@]}"; do
    n=$((n + 1))
    b=$(basename "$f")
    lines=$(wc -l <"$f")
    # widl writes its header to a temporary file: `-o /dev/null` would make
    # it replace /dev/null with a regular file.
    read -r ws wns wkb < <(run "$work/out/$b.widl" "$widl" -h -o "$tmp/x.h" "${inc[@]}" "$f")
    read -r ms mns mkb < <(run "$work/out/$b.mapi" "$MAPI_IDL" check "${inc[@]}" "$f")
    first=$(grep -m1 -E '^[^ ]+:[0-9]+:[0-9]+: error' "$work/out/$b.mapi.stderr" || true)
    [ -n "$first" ] || first=$(grep -m1 -E 'error|panicked' "$work/out/$b.mapi.stderr" || true)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$lines" "${winrt[$b]:-0}" \
        "$ws" "$wns" "$wkb" "$ms" "$mns" "$mkb" "${first//$'\t'/ }" >>"$work/results.tsv"
    printf '\r%d/%d' "$n" "${#files[@]}" >&2
done
printf '\r' >&2

# The time of each tool over the set, apart: the runs above include the
# start of `/usr/bin/time` and `timeout`, the same for both, which would
# pull the ratio towards 1. Files that hung are left out of both.
mapfile -t timed < <(awk -F'\t' 'NR > 1 && $4 != 124 && $7 != 124 { print $1 }' "$work/results.tsv")
TIMEFORMAT='%R %U %S'
time_all() {
    { time (for f in "${timed[@]}"; do "$@" "$f" >/dev/null 2>&1 || true; done) ; } 2>&1
}
read -r w_real w_user w_sys < <(time_all "$widl" -h -o "$tmp/x.h" "${inc[@]}")
read -r m_real m_user m_sys < <(time_all "$MAPI_IDL" check "${inc[@]}")
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$w_real" "$w_user" "$w_sys" "$m_real" "$m_user" "$m_sys" >"$work/time.tsv"

awk -F'\t' -v widl="$widl" -v wr="$w_real" -v wc="$(calc "$w_user + $w_sys")" -v mr="$m_real" -v mc="$(calc "$m_user + $m_sys")" -v timed="${#timed[@]}" '
NR == 1 { next }
{
    total++
    w_ok = ($4 == 0); m_ok = ($7 == 0)
    w_acc += w_ok; m_acc += m_ok
    w_ns += $5; m_ns += $8
    if ($4 == 124) w_hang++
    if ($7 == 124) m_hang++
    if ($4 > 128 && $4 != 124) w_crash++
    if ($7 == 101 || ($7 > 128 && $7 != 124)) m_panic++
    if ($6 > w_peak) { w_peak = $6; w_peak_file = $1 }
    if ($9 > m_peak) { m_peak = $9; m_peak_file = $1 }
    if ($2 + 0 > big_lines) { big_lines = $2 + 0; big = $1; big_w = $6; big_m = $9 }
    if (w_ok) {
        both_w++; both_m += m_ok
        if ($3 == 0) { c_w++; c_m += m_ok }
        if (!m_ok && $3 == 0) fail[++nfail] = $1 "\n    " $10
    }
    if ($3 == 1) {
        midl3++; midl3_w += w_ok; midl3_m += m_ok
        if (!m_ok && $10 ~ /error\[MAPI0306\]/) midl3_clear++
    }
}
END {
    printf "files: %d (%d in MIDL 3.0 or importing it: out of scope)\n", total, midl3
    printf "%-10s %9s %7s %6s %10s %9s %14s\n", "", "accepted", "panics", "hangs", "wall (s)", "cpu (s)", "peak max (MB)"
    printf "%-10s %4d/%-4d %7s %6d %10.2f %9.2f %14.1f\n", "widl", w_acc, total, (w_crash + 0) " crash", w_hang, wr, wc, w_peak / 1024
    printf "%-10s %4d/%-4d %7d %6d %10.2f %9.2f %14.1f\n", "mapi-idl", m_acc, total, m_panic, m_hang, mr, mc, m_peak / 1024
    printf "acceptance: mapi-idl accepts %d of the %d files widl accepts, MIDL 3.0 left out (%.1f%%)\n", c_m, c_w, c_w ? 100 * c_m / c_w : 0
    printf "MIDL 3.0, out of scope: %d files (widl accepts %d, mapi-idl %d); %d rejected with the MIDL 3.0 error (MAPI0306)\n", midl3, midl3_w, midl3_m, midl3_clear
    printf "whole set, MIDL 3.0 included: %d of %d (%.1f%%)\n", both_m, both_w, both_w ? 100 * both_m / both_w : 0
    printf "time over %d files, each tool on its own: wall mapi-idl / widl = %.3f (%.2fx faster), cpu %.3f (%.2fx faster)\n", timed, wr ? mr / wr : 0, mr ? wr / mr : 0, wc ? mc / wc : 0, mc ? wc / mc : 0
    printf "largest file: %s (%d lines): peak widl %.1f MB, mapi-idl %.1f MB, mapi-idl / widl = %.2f\n", big, big_lines, big_w / 1024, big_m / 1024, big_w ? big_m / big_w : 0
    printf "peak over the set: widl %.1f MB (%s), mapi-idl %.1f MB (%s)\n", w_peak / 1024, w_peak_file, m_peak / 1024, m_peak_file
    if (nfail) {
        printf "\naccepted by widl, rejected by mapi-idl, MIDL 3.0 left out (%d):\n", nfail
        for (i = 1; i <= nfail; i++) print "  " fail[i]
    }
}' "$work/results.tsv"

# The Wine prefix the CI's Windows programs run in, shared by .ci/wine.sh and
# the cargo runner .ci/wine-run.sh. Source it, then call `wine_prefix`.
#
# wine_prefix: exports the environment (WINEPREFIX=target/wine/prefix, 64-bit,
# WINEDEBUG=-all, no display, no Mono/Gecko prompts, no menu entries) and
# makes sure the prefix exists with the bcryptprimitives.dll stand-in in its
# system32. Quiet: the set-up's output goes to target/wine/wineboot.log and is
# shown only if it fails. Safe to call from several processes at once.
# Needs wine, wine64 and x86_64-w64-mingw32-gcc; writes only under target/wine.

wine_prefix() {
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    local dir=$root/target/wine
    export WINEPREFIX=$dir/prefix WINEARCH=win64 WINEDEBUG=-all
    # No Mono or Gecko install prompts, no desktop menu entries.
    export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
    unset DISPLAY WAYLAND_DISPLAY
    mkdir -p "$dir"
    (
        # One set-up at a time (cargo may run runners in parallel).
        flock 9
        # The prefix is reused (within a run and across runs with the same
        # target/); the marker is written only once wineboot has finished.
        if [ ! -f "$dir/prefix.ready" ]; then
            rm -rf "$WINEPREFIX"
            if ! wineboot --init >"$dir/wineboot.log" 2>&1 || ! wineserver -w; then
                echo "wine: wineboot failed:" >&2
                cat "$dir/wineboot.log" >&2
                exit 1
            fi
            touch "$dir/prefix.ready"
        fi
        # Rust's std imports ProcessPrng from bcryptprimitives.dll, which
        # Wine 8.0 lacks: a stand-in forwarding to BCryptGenRandom, in the
        # prefix's system32 so that every Rust program run in it finds it.
        local standin=$dir/bcryptprimitives.dll
        local src=$root/.ci/wine/bcryptprimitives.c
        local def=$root/.ci/wine/bcryptprimitives.def
        if [ ! -f "$standin" ] || [ "$src" -nt "$standin" ] || [ "$def" -nt "$standin" ]; then
            x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Werror -o "$standin" "$src" "$def" -lbcrypt
        fi
        local sys32=$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll
        if ! cmp -s "$standin" "$sys32"; then
            cp "$standin" "$sys32"
        fi
    ) 9>"$dir/prefix.lock"
}

#!/usr/bin/env bash
# mapi-sys with each area of the corpus alone (`#pragma area` in idl/mapi):
# the core without features, the core with both sides, then each area with
# both sides, each checked by clippy with warnings as errors (an item of one
# area that names another's without the reference graph bringing it along
# fails here; so does an area that is not a feature, through check-cfg).
# Library only and `check`-level, for x86_64-pc-windows-gnu, where the
# functions MAPI's DLLs export are declared too (they are Windows-only):
# about a quarter of a minute per set on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

areas=$(cargo run -q -p mapi-idl -- areas --names idl/mapi)
# The kit alone (no caller side, no area) too: what it needs must come
# from `kit` itself.
sets=("" "provider,client" "kit")
for area in $areas; do
    sets+=("provider,client,$area")
done
for features in "${sets[@]}"; do
    echo "-- mapi-sys [${features:-no features}]"
    cargo clippy -q -p mapi-sys --target x86_64-pc-windows-gnu --features "$features" -- -D warnings
done

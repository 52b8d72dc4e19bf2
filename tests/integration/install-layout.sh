#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then run the installed program from there with
# the build tree out of reach: it must find its core library and its storage plugins by
# relative paths, and archive with them.
#   install-layout.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
bin="$work/prefix/bin/rc-archiver"
[ -x "$bin" ] || { echo "not installed: $bin"; exit 1; }
# No trace of the build tree may be needed at run time.
if readelf -d "$bin" | grep -E 'R(UN)?PATH' | grep -qF "$build"; then
    echo "the installed binary points into the build tree:"; readelf -d "$bin" | grep -E 'R(UN)?PATH'; exit 1
fi
unset RCA_PLUGIN_PATH
run() { env -u LD_LIBRARY_PATH "$bin" --profile "$work/profile" "$@"; }
run --version
mkdir -p "$work/archive"
run connect demo --items-per-hour 6
run connect local --path "$work/archive" | grep -q 'Connected Local folder'
day=$(date -u -d '-1 day' +%Y-%m-%d)
run run-once --from "$day" --to "$day" | tee "$work/out"
grep -q 'Completed (144 archived, 0 failed)' "$work/out"
[ "$(find "$work/archive/Apps/RingCentral Application" -type f | wc -l)" -eq 144 ]
echo "installed program archived 144 items with its installed plugins"

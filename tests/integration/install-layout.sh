#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary prefix, then run the installed program from there with
# the build tree out of reach: it must find its core library and its storage plugins by
# relative paths, and archive with them.
#   install-layout.sh BUILD_DIR
set -euo pipefail
trap 'echo "${0##*/}:$LINENO: \"$BASH_COMMAND\" failed (exit $?)" >&2' ERR
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
bin="$work/prefix/bin/rc-archiver"
[ -x "$bin" ] || { echo "not installed: $bin"; exit 1; }
# No trace of the build tree may be needed at run time.
if readelf -d "$bin" | grep -E 'R(UN)?PATH' | grep -F "$build" >/dev/null; then
    echo "the installed binary points into the build tree:"; readelf -d "$bin" | grep -E 'R(UN)?PATH'; exit 1
fi
prefix=$work/prefix
# The core library is the program's own: beside its plugins, not in the system's library folder,
# and without a development symlink.
[ -f "$prefix/lib/rc-archiver/librcarchiver-core.so.0" ] || { echo "not installed: lib/rc-archiver/librcarchiver-core.so.0"; exit 1; }
if [ -n "$(find "$prefix" -name 'librcarchiver-core.so*' ! -path "$prefix/lib/rc-archiver/*" -o -name librcarchiver-core.so)" ]; then
    echo "librcarchiver-core installed outside lib/rc-archiver, or with a development symlink:"
    find "$prefix" -name 'librcarchiver-core.so*'; exit 1
fi
# The rest of the layout: translations, desktop entry, icons, metainfo, the service unit.
for file in share/applications/io.github.rcarchiver.rc_archiver.desktop share/icons/hicolor/scalable/apps/rc-archiver.svg \
            share/icons/hicolor/48x48/apps/rc-archiver.png share/icons/hicolor/256x256/apps/rc-archiver.png \
            share/rc-archiver/translations/rc-archiver_de.qm lib/systemd/user/rc-archiver.service; do
    [ -f "$prefix/$file" ] || { echo "not installed: $file"; exit 1; }
done
ls "$prefix"/share/metainfo/*.metainfo.xml >/dev/null || { echo "no metainfo installed"; exit 1; }
# No installed file may name the build tree, debug information aside (a RelWithDebInfo
# install is not stripped, and DWARF records where it was compiled).
while IFS= read -r -d '' file; do
    if [[ $(file -b "$file") == ELF* ]]; then
        objcopy --strip-debug "$file" "$work/stripped"
        checked=$work/stripped
    else
        checked=$file
    fi
    if grep -qF "$build" "$checked"; then
        echo "installed file names the build tree: $file"; exit 1
    fi
done < <(find "$prefix" -type f -print0)
unset RCA_PLUGIN_PATH
run() { env -u LD_LIBRARY_PATH "$bin" --profile "$work/profile" "$@"; }
# The libssh2 line comes from the SFTP plugin, found beside the installed program.
run --version | tee "$work/version"
grep -q '^libssh2 [0-9]' "$work/version" || { echo "--version names no libssh2"; exit 1; }
mkdir -p "$work/archive"
run connect demo --items-per-hour 6
run connect local --path "$work/archive" | grep 'Connected Local folder' >/dev/null
day=$(date -u -d '-1 day' +%Y-%m-%d)
run run-once --from "$day" --to "$day" | tee "$work/out"
grep -q 'Complete (144 archived, 0 failed)' "$work/out"
[ "$(find "$work/archive/Apps/RingCentral Application" -type f -not -path "*/manifest/*" | wc -l)" -eq 144 ]
echo "installed program archived 144 items with its installed plugins"

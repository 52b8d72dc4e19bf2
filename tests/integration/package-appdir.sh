#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The AppImage recipe (packaging/appimage/build-appdir.sh) builds an AppDir that runs by itself:
# AppRun --version, and a demo run-once into a Local folder, with the build tree out of reach.
# Every library the program loads must come from the AppDir, except the base system ones the
# recipe's exclude list leaves to the host.
#   package-appdir.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
trap 'echo "${0##*/}:$LINENO: \"$BASH_COMMAND\" failed (exit $?)" >&2' ERR
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
command -v qtpaths6 >/dev/null || { echo "SKIP: qtpaths6 not found"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$source_dir/packaging/appimage/build-appdir.sh" "$build" "$work/out"
appdir=$work/out/RC_Archiver.AppDir
for file in AppRun io.github.rcarchiver.rc_archiver.desktop rc-archiver.png .DirIcon usr/bin/rc-archiver usr/bin/qt.conf \
            usr/plugins/platforms/libqxcb.so usr/plugins/sqldrivers/libqsqlite.so \
            usr/lib/rc-archiver/plugins/rca-localfolder.so usr/lib/libQt6Core.so.6; do
    [ -e "$appdir/$file" ] || fail "not in the AppDir: $file"
done

unset RCA_PLUGIN_PATH LD_LIBRARY_PATH
run() { "$appdir/AppRun" --profile "$work/profile" "$@"; }
run --version | tee "$work/version"
grep -q '^libssh2 [0-9]' "$work/version" || fail "the SFTP plugin was not loaded from the AppDir"

mkdir -p "$work/archive"
run connect demo --items-per-hour 2 >/dev/null
run connect local --path "$work/archive" | grep 'Connected Local folder' >/dev/null || fail "connect local failed"
day=$(date -u -d '-1 day' +%Y-%m-%d)
LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/ld run run-once --from "$day" --to "$day" | tee "$work/run"
grep -q 'Complete (48 archived, 0 failed)' "$work/run" || fail "run-once did not archive 48 demo items"
[ "$(find "$work/archive/Apps/RingCentral Application" -type f -not -path "*/manifest/*" | wc -l)" -eq 48 ] \
    || fail "not 48 files in the archive"

# What the dynamic loader initialised, outside the AppDir, must all be on the exclude list.
outside=$(cat "$work"/ld.* | awk '/calling init:/ { print $NF }' | sort -u | grep -v "^$appdir/" || true)
[ -n "$(cat "$work"/ld.* | awk '/calling init:/ { print $NF }' | grep "^$appdir/usr/lib/libQt6Core")" ] \
    || fail "QtCore was not loaded from the AppDir"
while read -r path; do
    [ -n "$path" ] || continue
    name=$(basename "$path")
    listed=
    while read -r pattern; do
        case $pattern in ''|'#'*) continue ;; esac
        # shellcheck disable=SC2053
        [[ $name == $pattern ]] && listed=1 && break
    done <"$source_dir/packaging/appimage/excludelist"
    [ -n "$listed" ] || fail "loaded from the host but neither bundled nor excluded: $path"
done <<<"$outside"
echo "AppDir ran by itself: $(wc -l <<<"$outside") base system libraries from the host"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it: cpack builds it from the build tree into a temporary folder,
# `dpkg -x` unpacks it into a temporary root, and the program installed there runs with the
# build tree out of reach (no RCA_PLUGIN_PATH, no LD_LIBRARY_PATH): --version, then a sign-in to
# the fake RingCentral server and a run-once into a Local folder through its installed plugins,
# and a translation read from its installed translations folder. Then lintian must report no
# error on the package.
#   package-deb.sh BUILD_DIR SOURCE_DIR LRELEASE
# Runs inside tests/harness/in-session.sh (the sign-in stores tokens in a real keyring).
# Exits 77 (skipped) where dpkg-deb is missing: not a Debian system.
set -euo pipefail
trap 'echo "${0##*/}:$LINENO: \"$BASH_COMMAND\" failed (exit $?)" >&2' ERR
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
lrelease=$3

for tool in dpkg-deb cpack; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not found (not a Debian system)"; exit 77; }
done

work=$(mktemp -d)
fake_pid=
cleanup() {
    [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null && wait "$fake_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- The package --------------------------------------------------------------------------
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$work"/pkg/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, found: ${debs[*]}"
deb=${debs[0]}
version=$(sed -n 's/^#define RCA_VERSION "\(.*\)"$/\1/p' "$build/core/version.h")
[ -n "$version" ] || fail "no RCA_VERSION in $build/core/version.h"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Runtime dependencies: the linked libraries (found by dpkg-shlibdeps) and what Qt loads at run
# time (named by hand).
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6network6 libqt6sql6 libqt6widgets6 libqt6keychain1 libssh2-1 \
               libssl3 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
grep -q "gnome-keyring" <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks a keyring"

# --- The installed tree ---------------------------------------------------------------------
root=$work/root
dpkg -x "$deb" "$root"
usr=$root/usr
bin=$usr/bin/rc-archiver
[ -x "$bin" ] || fail "not in the package: /usr/bin/rc-archiver"
for file in lib/rc-archiver/plugins/rca-localfolder.so lib/rc-archiver/plugins/rca-sftp.so \
            lib/rc-archiver/plugins/rca-googledrive.so lib/rc-archiver/plugins/rca-dropbox.so \
            share/applications/io.github.rcarchiver.rc_archiver.desktop share/icons/hicolor/scalable/apps/rc-archiver.svg \
            lib/systemd/user/rc-archiver.service share/doc/rc-archiver/copyright \
            share/doc/rc-archiver/changelog.gz share/man/man1/rc-archiver.1.gz; do
    [ -f "$usr/$file" ] || fail "not in the package: /usr/$file"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/rc-archiver.png
    [ -f "$png" ] || fail "not in the package: ${png#"$root"}"
    file "$png" | grep "PNG image data, $size x $size" >/dev/null || fail "${png#"$root"} is not $size px"
done
qms=("$usr"/share/rc-archiver/translations/rc-archiver_*.qm)
[ -f "${qms[0]}" ] || fail "no translations in /usr/share/rc-archiver/translations"
app_id=io.github.rcarchiver.rc_archiver
metainfo=("$usr/share/metainfo/$app_id.metainfo.xml")
[ -f "${metainfo[0]}" ] || fail "no AppStream metainfo $app_id.metainfo.xml in /usr/share/metainfo"
grep -q "<release version=\"$version\"" "${metainfo[0]}" || fail "metainfo names no release $version"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "${metainfo[0]}" \
    || fail "metainfo declares no project_license GPL-3.0-or-later"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "${metainfo[0]}" \
    || fail "metainfo does not launch $app_id.desktop"
grep -qx "License: GPL-3+" "$usr/share/doc/rc-archiver/copyright" \
    || fail "the package's copyright file does not license it under GPL-3+"
if command -v appstreamcli >/dev/null; then
    # Clean: not even an info or a pedantic hint.
    appstreamcli validate --no-net --pedantic "${metainfo[0]}" >"$work/appstream" 2>&1 \
        || { cat "$work/appstream"; fail "appstreamcli rejects the metainfo"; }
    if grep -E '^[EWIP]: ' "$work/appstream"; then fail "appstreamcli has remarks on the metainfo"; fi
else
    echo "SKIP metainfo validation: appstreamcli not installed (Debian: appstream)"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$usr/share/applications/io.github.rcarchiver.rc_archiver.desktop" \
        || fail "desktop-file-validate rejects the desktop entry"
fi
zcat "$usr/share/doc/rc-archiver/changelog.gz" | sed -n 1p | grep "^rc-archiver ($version)" >/dev/null \
    || fail "the changelog's top entry is not $version"

# Nothing installed may point into the build or source tree.
if leaks=$(grep -rlF -e "$build" -e "$source_dir" "$root"); then
    fail "installed files name the build or source tree: $leaks"
fi
readelf -d "$bin" | grep -E 'RUNPATH.*\[\$ORIGIN/\.\./lib/rc-archiver\]' >/dev/null \
    || fail "rc-archiver's RUNPATH is not \$ORIGIN/../lib/rc-archiver"

# --- The installed program ------------------------------------------------------------------
unset RCA_PLUGIN_PATH LD_LIBRARY_PATH
core=$(ldd "$bin" | awk '/librcarchiver-core/ { print $3 }')
[ -n "$core" ] && [ "$(realpath "$core")" = "$(realpath "$usr/lib/rc-archiver/librcarchiver-core.so.0")" ] \
    || fail "rc-archiver loads librcarchiver-core from $core, not from the package"
run() { "$bin" --profile "$work/profile" "$@"; }

run --version | tee "$work/version"
grep -qx "rc-archiver $version" "$work/version" || fail "--version does not print rc-archiver $version"
grep -qE '^Qt 6\.[0-9]+\.[0-9]+' "$work/version" || fail "--version does not print the Qt version"
# The libssh2 line comes from the SFTP plugin, loaded from the package's plugin folder.
grep -qE '^libssh2 [0-9]+\.[0-9]+' "$work/version" || fail "--version does not print libssh2's version"

python3 "$source_dir/tests/fakes/ringcentral/fake_ringcentral.py" --port 0 --admin --seed 7 \
    --days 2 --items-per-day 2 --rate-window 2 --penalty 2 >"$work/fake.out" 2>"$work/fake.err" &
fake_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/.*LISTENING \(http:[^ ]*\).*/\1/p' "$work/fake.out")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/fake.err"; fail "the fake RingCentral server did not start"; }
export RCA_RINGCENTRAL_SERVER_URL=$url RCA_RINGCENTRAL_MEDIA_URL=$url
export RCA_RINGCENTRAL_CLIENT_ID=rca-test-client
# The browser: follow the authorize redirect into the program's loopback listener.
export BROWSER="curl -sS -L -o /dev/null %s"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run connect ringcentral --option "redirectPort=$port" || fail "connect ringcentral failed"
mkdir -p "$work/archive"
run connect local --path "$work/archive" | grep 'Connected Local folder' >/dev/null \
    || fail "connect local failed (is the Local folder plugin loaded?)"
from=$(date -u -d '-4 days' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '+1 minute' +%Y-%m-%dT%H:%M:%SZ)
run run-once --from "$from" --to "$to" | tee "$work/run"
expected=$(python3 - "$url" <<'EOF'
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/__fake/calls") as reply:
    print(sum(len(call["recordings"]) for call in json.load(reply)["calls"]))
EOF
)
[ "$expected" -gt 0 ] || fail "the fake server has no recordings"
grep -q "Complete ($expected archived, 0 failed)" "$work/run" \
    || fail "run-once did not archive the fake server's $expected recordings"
stored=$(find "$work/archive/Apps/RingCentral Application" -type f -not -path "*/manifest/*" | wc -l)
[ "$stored" -eq "$expected" ] || fail "$stored files in the archive, expected $expected"
echo "installed program archived $expected recordings from the fake server"

# Translations are read from the installed folder first: a French one added there (none is
# compiled in) must be used.
cat >"$work/rc-archiver_fr.ts" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>rca::JobRecord</name>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
</context>
</TS>
EOF
"$lrelease" -silent "$work/rc-archiver_fr.ts" -qm "$usr/share/rc-archiver/translations/rc-archiver_fr.qm"
env LC_ALL=fr_FR.UTF-8 LANGUAGE=fr "$bin" --profile "$work/profile" status | tee "$work/status"
grep -q "Terminé" "$work/status" || fail "the translation in share/rc-archiver/translations was not used"

# --- lintian --------------------------------------------------------------------------------
if command -v lintian >/dev/null; then
    lintian_status=0
    lintian --fail-on error "$deb" >"$work/lintian" 2>&1 || lintian_status=$?
    grep -v 'running with root privileges' "$work/lintian" || true
    [ "$lintian_status" -eq 0 ] || fail "lintian reports errors (exit $lintian_status)"
    # The core library is private (/usr/lib/rc-archiver), not a public library without a package.
    for tag in package-name-doesnt-match-sonames link-to-shared-library-in-wrong-package; do
        if grep -q "$tag" "$work/lintian"; then fail "lintian: $tag"; fi
    done
    echo "lintian: no errors, $(grep -c '^W:' "$work/lintian" || true) warnings"
else
    echo "SKIP lintian: not installed (Debian: apt-get install lintian)"
fi
echo "package test passed"

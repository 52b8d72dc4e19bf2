#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds an AppDir for RC Archiver from a configured and built CMake tree, using only tools from
# Debian's packages (cmake, qtpaths6, ldd, file), then turns it into an AppImage when
# appimagetool is on the PATH (Debian 12 does not package it: see packaging/README.md).
#   packaging/appimage/build-appdir.sh BUILD_DIR OUT_DIR
# Leaves OUT_DIR/RC_Archiver.AppDir (and OUT_DIR/RC_Archiver-VERSION-ARCH.AppImage with
# appimagetool). The AppDir runs in place: OUT_DIR/RC_Archiver.AppDir/AppRun --version.
set -euo pipefail
trap 'echo "${0##*/}:$LINENO: \"$BASH_COMMAND\" failed (exit $?)" >&2' ERR
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
appdir=$out/RC_Archiver.AppDir
usr=$appdir/usr
rm -rf "$appdir"

# 1. The program as `cmake --install` lays it out (bin/, lib/rc-archiver/ and its plugins/, share/),
#    stripped: everything finds everything else relative to its own location.
cmake --install "$build" --prefix "$usr" --strip >/dev/null

# 2. The Qt plugins Qt loads at run time, found through qt.conf next to the program.
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so \
              platforms/libqwayland-generic.so platforms/libqwayland-egl.so \
              wayland-shell-integration wayland-decoration-client wayland-graphics-integration-client \
              xcbglintegrations sqldrivers/libqsqlite.so imageformats/libqsvg.so \
              iconengines/libqsvgicon.so tls platforminputcontexts networkinformation; do
    [ -e "$qt_plugins/$plugin" ] || continue   # Wayland only where qt6-wayland is installed
    mkdir -p "$usr/plugins/$(dirname "$plugin")"
    cp -a "$qt_plugins/$plugin" "$usr/plugins/$(dirname "$plugin")/"
done
cat >"$usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Plugins = plugins
EOF

# 3. Every library those load, except the base system ones (excludelist), into usr/lib. Qt's TLS
#    plugin opens libssl at run time rather than linking it, so it is named as well.
excluded() {
    local name=$1 pattern
    while read -r pattern; do
        case $pattern in ''|'#'*) continue ;; esac
        # shellcheck disable=SC2053
        [[ $name == $pattern ]] && return 0
    done <"$here/excludelist"
    return 1
}
extra_libraries=()
for soname in libssl.so.3 libcrypto.so.3; do
    # awk reads to the end: an early exit would stop ldconfig with SIGPIPE, failing under pipefail.
    path=$(ldconfig -p | awk -v n="$soname" '$1 == n && /x86-64|AArch64|64bit/ && !found++ { print $NF }')
    [ -n "$path" ] && extra_libraries+=("$path")
done
declare -A copied=()
queue=()
while IFS= read -r -d '' file; do
    [[ $(file -b "$file") == ELF* ]] && queue+=("$file")
done < <(find "$usr" -type f -print0)
queue+=("${extra_libraries[@]}")
while [ ${#queue[@]} -gt 0 ]; do
    elf=${queue[0]}
    queue=("${queue[@]:1}")
    if [[ $elf != "$usr"/* ]]; then
        name=$(basename "$elf")
        [ -n "${copied[$name]:-}" ] && continue
        copied[$name]=1
        cp -L "$elf" "$usr/lib/$name"
        elf=$usr/lib/$name
    fi
    while read -r name path; do
        [ -n "$path" ] && [ -f "$path" ] || continue
        excluded "$name" && continue
        [ -e "$usr/lib/$name" ] && continue
        # Our own libraries are already in the AppDir.
        [[ $path == "$build"/* ]] && continue
        queue+=("$path")
    done < <(LD_LIBRARY_PATH="$usr/lib" ldd "$elf" 2>/dev/null | awk '$2 == "=>" { print $1, $3 }')
done
chmod -R u+w "$usr/lib"
find "$usr/lib" -maxdepth 1 -name '*.so*' -type f -exec strip --strip-unneeded {} + 2>/dev/null || true

# 4. The AppImage's top level: entry point, desktop entry and icon.
cp "$here/AppRun" "$appdir/AppRun"
chmod +x "$appdir/AppRun"
cp "$usr"/share/applications/*.desktop "$appdir/"
cp "$usr/share/icons/hicolor/256x256/apps/rc-archiver.png" "$appdir/rc-archiver.png"
ln -s rc-archiver.png "$appdir/.DirIcon"

echo "AppDir: $appdir ($(du -sh "$appdir" | cut -f1))"
if command -v appimagetool >/dev/null; then
    version=$(sed -n 's/^#define RCA_VERSION "\(.*\)"$/\1/p' "$build/core/version.h")
    arch=$(uname -m)
    ARCH=$arch appimagetool "$appdir" "$out/RC_Archiver-$version-$arch.AppImage"
else
    echo "appimagetool not found: the AppDir is ready; turn it into an AppImage with"
    echo "  ARCH=$(uname -m) appimagetool $appdir"
fi

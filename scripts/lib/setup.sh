# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not run. Honours RCA_BUILD_DIR (default: build) and RCA_BUILD_TYPE.

RCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RCA_BUILD_DIR=${RCA_BUILD_DIR:-$RCA_ROOT/build}
RCA_BUILD_TYPE=${RCA_BUILD_TYPE:-RelWithDebInfo}

# Debian/Ubuntu package names of everything the build, the app and the tests need.
RCA_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libgl-dev qt6-translations-l10n
    qtkeychain-qt6-dev libssh2-1-dev libssl-dev libsqlite3-dev
    xvfb xauth dbus dbus-x11 gnome-keyring openssh-server openssh-client python3 time
    # A faked clock for the real program (tests/integration/tst_clockchanges.cpp).
    faketime
    # botocore's SigV4 signer, the reference for core/net/awssigv4 (tests/unit/tst_awssigv4.cpp).
    python3-botocore
    # Packaging: PNG icons, the .deb (shlibdeps, lintian) and its checks (metainfo, desktop entry).
    librsvg2-bin dpkg-dev fakeroot file binutils lintian appstream desktop-file-utils curl
)

rca_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

rca_install_packages() {
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        rca_log "Not a Debian/Ubuntu system: install the equivalents of these yourself:"
        printf '    %s\n' "${RCA_PACKAGES[@]}" >&2
        return 0
    fi
    local missing=() pkg
    for pkg in "${RCA_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || {
            rca_log "Missing packages and no sudo: as root, run apt-get install ${missing[*]}"
            return 1
        }
        sudo=(sudo)
    fi
    rca_log "Installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"
}

rca_build() {
    local generator=()
    command -v ninja >/dev/null 2>&1 && [ ! -f "$RCA_BUILD_DIR/Makefile" ] && generator=(-G Ninja)
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    rca_log "Configuring in $RCA_BUILD_DIR"
    cmake -S "$RCA_ROOT" -B "$RCA_BUILD_DIR" "${generator[@]}" "${launcher[@]}" \
        -DCMAKE_BUILD_TYPE="$RCA_BUILD_TYPE" "$@" >/dev/null
    rca_log "Building"
    cmake --build "$RCA_BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
}

# A tool from npm, installed once into the build tree (tools/NAME) and its program exported as
# VARIABLE; the tests that need it skip, saying why, when npm or the registry is not there.
#   rca_install_npm_tool NAME PACKAGE@VERSION VARIABLE "what it is for"
rca_install_npm_tool() {
    local name=$1 package=$2 variable=$3 purpose=$4
    local prefix="$RCA_BUILD_DIR/tools/$name"
    if [ ! -x "$prefix/node_modules/.bin/$name" ]; then
        if ! command -v npm >/dev/null 2>&1; then
            rca_log "npm not found: $purpose will be skipped"
            return 0
        fi
        rca_log "Installing $package for $purpose"
        mkdir -p "$prefix"
        npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "$package" \
            >/dev/null || { rca_log "$name could not be installed: $purpose will be skipped"; return 0; }
    fi
    export "$variable=$prefix/node_modules/.bin/$name"
}

# Prism (npm @stoplight/prism-cli) validates the fakes' traffic against the providers' OpenAPI
# files in ../shared/specs.
RCA_PRISM_VERSION=5.14.2
rca_install_prism() {
    rca_install_npm_tool prism "@stoplight/prism-cli@$RCA_PRISM_VERSION" RCA_PRISM \
        "the API conformance tests"
}

# s3rver (npm s3rver), an S3 server written elsewhere, for the S3 connector's tests against it
# (tests/integration/tst_s3rver.cpp).
RCA_S3RVER_VERSION=3.7.1
rca_install_s3rver() {
    rca_install_npm_tool s3rver "s3rver@$RCA_S3RVER_VERSION" RCA_S3RVER "the s3rver tests"
}

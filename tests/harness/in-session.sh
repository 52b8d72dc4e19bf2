#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret
# Service QtKeychain talks to) and, unless one is set, the offscreen Qt platform.
# Usage: tests/harness/in-session.sh COMMAND [ARGS…]
set -euo pipefail
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ "${RCA_IN_SESSION:-}" != 1 ]; then
    export RCA_IN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
keyring_dir=$(mktemp -d)
export XDG_DATA_HOME="$keyring_dir/data" XDG_RUNTIME_DIR="$keyring_dir/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the login password from stdin and creates an unlocked login keyring.
eval "$(printf 'rca-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
status=0
"$@" || status=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
rm -rf "$keyring_dir"
exit $status

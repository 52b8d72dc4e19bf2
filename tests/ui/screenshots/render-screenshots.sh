#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders each tab of the main window to PNG under Xvfb, for the README.
# Usage: tests/ui/screenshots/render-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
# (defaults: build, docs/screenshots). Needs xvfb-run (package xvfb).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${1:-$root/build}
output=${2:-$root/docs/screenshots}
cmake --build "$build" --target rca-screenshots rca-sftp rca-s3 >/dev/null
# A real X server with the Fusion style and a fixed locale, so the pictures do not depend on
# the machine that made them.
export LANG=en_US.UTF-8 LC_ALL=C.UTF-8 TZ=${TZ:-America/New_York}
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$build/bin/rca-screenshots" -style Fusion "$output"

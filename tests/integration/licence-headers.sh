#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file says its licence in an SPDX header, and it is the one LICENSE holds, the
# Debian copyright file names and the metainfo declares: C++ (.cpp, .h, .h.in), CMake, Python
# and shell scripts (those with a #! line), anywhere in the source tree but build folders.
#   licence-headers.sh SOURCE_DIR
set -euo pipefail
source_dir=$(cd "$1" && pwd)
licence=GPL-3.0-or-later
fail() { echo "FAIL: $*" >&2; exit 1; }

grep -q "GNU GENERAL PUBLIC LICENSE" "$source_dir/LICENSE" && grep -q "Version 3, 29 June 2007" \
    "$source_dir/LICENSE" || fail "LICENSE is not the GPL, version 3"
grep -qx "License: GPL-3+" "$source_dir/packaging/debian/copyright" \
    || fail "packaging/debian/copyright does not license the files under GPL-3+"
grep -q '<project_license>@RCA_LICENSE@</project_license>' \
    "$source_dir/resources/rc-archiver.metainfo.xml.in" || fail "the metainfo declares no licence"
grep -qx "set(RCA_LICENSE \"$licence\")" "$source_dir/CMakeLists.txt" \
    || fail "CMakeLists.txt does not set RCA_LICENSE to $licence"

missing=()
while IFS= read -r -d '' file; do
    case $file in
        *.cpp | *.h | *.h.in | *.cmake | */CMakeLists.txt | *.py | *.sh) ;;
        *) head -c 2 "$file" | grep -q '^#!' || continue ;;
    esac
    head -n 5 "$file" | grep -qx "\(//\|#\) SPDX-License-Identifier: $licence" || missing+=("${file#"$source_dir"/}")
done < <(find "$source_dir" \( -path "$source_dir/build*" -o -path '*/.git' -o -path '*/node_modules' \) -prune \
              -o -type f \( -perm -u+x -o -name '*.cpp' -o -name '*.h' -o -name '*.h.in' -o -name '*.cmake' \
                           -o -name CMakeLists.txt -o -name '*.py' -o -name '*.sh' \) -print0)
[ ${#missing[@]} -eq 0 ] || fail "no SPDX-License-Identifier: $licence header in: ${missing[*]}"
echo "every source file is $licence"

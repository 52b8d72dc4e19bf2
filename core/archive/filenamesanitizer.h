// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One sanitizer for every storage target: turns any text (an extension name, a phone
// number, a file name from a server) into a single safe path component. Removes or replaces
// '/', '\\', control and bidi-override characters and the characters Windows forbids, refuses
// "." and "..", avoids reserved Windows names (CON, NUL, COM1…), trims trailing dots and
// spaces, normalizes to NFC (keeping non-ASCII), and caps the length in UTF-8 bytes without
// splitting a character, keeping a file extension. Never returns an empty string.
#pragma once

#include "rcacore_export.h"

#include <QString>

namespace rca {

class RCACORE_EXPORT FileNameSanitizer
{
public:
    static constexpr int DefaultMaxBytes = 180;

    // A safe component; keepExtension protects a trailing ".ext" (up to 8 chars) from
    // truncation.
    static QString sanitize(const QString &name, int maxBytes = DefaultMaxBytes,
                            bool keepExtension = false);
    // True when name is already a safe component (sanitize(name) == name).
    static bool isSafe(const QString &name);
    // True when Windows takes name for a device: CON, PRN, AUX, NUL, COM1-9, LPT1-9 (and
    // CONIN$, CONOUT$, COM¹…), in any case, also with an extension or spaces before it
    // ("nul.txt", "CON .log"). sanitize() appends '_' to the name before its first dot.
    static bool isReservedName(const QString &name);
};

} // namespace rca

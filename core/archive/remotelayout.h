// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where an item goes in the archive, relative to the archive root:
//   <ext number> - <ext name>/<YYYY-MM-DD>/<Call Recordings|Voice Mails|SMS|Fax>/<file>
// with file = <YYYYMMDD-HHMMSS>_<direction>_<other party>_<name tag>.<extension>, date and
// time in the given time zone (the user's local time). Every component goes through
// FileNameSanitizer, and each part of "<ext number> - <ext name>" that Windows would take for a
// device on its own ("NUL") changes as it does in a file name. Value type, any thread.
#pragma once

#include "archive/archiveitem.h"
#include "rcacore_export.h"

#include <QString>
#include <QTimeZone>

namespace rca {

class RCACORE_EXPORT RemoteLayout
{
public:
    explicit RemoteLayout(const QTimeZone &zone = QTimeZone::systemTimeZone());

    // "101 - Alice Example/2026-11-25/Call Recordings"
    QString folderFor(const ArchiveItem &item) const;
    // "20261125-113012_inbound_+15551234567_8812345.mp3"
    QString fileNameFor(const ArchiveItem &item) const;
    // folderFor + "/" + fileNameFor
    QString pathFor(const ArchiveItem &item) const;
    // The name to try after the final name is taken by a different file: "<base> (n).<ext>".
    static QString alternativeName(const QString &fileName, int n);

private:
    QTimeZone m_zone;
};

} // namespace rca

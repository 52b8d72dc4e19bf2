// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JobLogCsv: writes jobs as the Logs tab's CSV export, with the table's columns and headers;
// `rc-archiver logs --csv` prints the same. Times are ISO 8601 in local time with their UTC
// offset ("2026-11-25T13:30:00+01:00", or "Z" where local time is UTC; localIsoText()) so a
// spreadsheet or a script reads them the same in any locale, and the two passes through the
// hour repeated in autumn apart ("01:30:00-04:00", then "01:30:00-05:00"); the status is the
// text the table shows; counts are plain integers. RFC 4180: comma separated, fields with a
// comma, quote or line break quoted, CRLF line ends, UTF-8. Any thread.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"
#include "store/jobstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rca {

class RCACORE_EXPORT JobLogCsv
{
    Q_DECLARE_TR_FUNCTIONS(rca::JobLogCsv)

public:
    // The Logs tab's column titles, in its order (JobLogModel shows the same).
    static QStringList columnTitles();
    // The header line and one line per job.
    static QByteArray toCsv(const QList<JobRecord> &jobs);
    // Writes toCsv(jobs) to path atomically (a half-written file never replaces an old one).
    static Error write(const QString &path, const QList<JobRecord> &jobs);

    static QStringList fields(const JobRecord &job);
    static QString quoted(const QString &field);
};

} // namespace rca

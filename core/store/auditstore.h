// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What audits leave in the profile's database: the problems each audit found, kept with the
// audit's row in the job log (the Logs tab shows them under that row), and the scratch list
// of what the source holds while an audit compares, so that memory does not grow with the
// number of items. Any thread (through Database's per-thread connections).
#pragma once

#include "archive/archiveitem.h"
#include "audit/auditreport.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace rca {

class Database;

class RCACORE_EXPORT AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(rca::AuditStore)

public:
    explicit AuditStore(Database *db);

    // Saves the problems of the audit whose job row is jobId (replacing earlier ones).
    Error saveProblems(qint64 jobId, const QList<AuditProblem> &problems);
    QList<AuditProblem> problems(qint64 jobId);

    // The scratch listing: cleared at the start of each audit.
    Error clearListed();
    // Adds a page of listed items in one transaction; an item listed twice is kept once.
    Error addListed(const QList<ArchiveItem> &items);
    // The listed items created in [from, to), oldest first, one at a time.
    Error forEachListed(const QDateTime &from, const QDateTime &to,
                        const std::function<Error(const ArchiveItem &item)> &handle);

private:
    Database *m_db;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ArchiveAudit: proves (or disproves) that a range of time is completely and intactly in the
// archive. It lists what the source holds for the whole range at once (the same paging, and
// so the same ⌈records / 1000⌉ Heavy calls, as a job: never a call per item), parks that list
// in the database, and then goes a day folder at a time, so memory stays flat however many
// items there are. For each day it compares three sets: what the source lists (of the types
// the sync settings of each window asked for), what the ledger says is archived, and the files
// in storage. Each archived file's size is checked and its content: the provider's checksum
// from the listing where the storage has one (Dropbox content_hash, Drive md5Checksum),
// otherwise the bytes are read back and hashed (SHA-256). It writes nothing to the storage.
// Blocking; the thread of the engine that runs it.
#pragma once

#include "archive/archivesource.h"
#include "archive/remotelayout.h"
#include "audit/auditreport.h"
#include "engine/jobrunner.h"
#include "engine/slotcalendar.h"
#include "rcacore_export.h"

#include <QCoreApplication>

#include <functional>

namespace rca {

class Clock;
class Database;
class StorageConnector;
struct LedgerEntry;
struct StoredFile;

class RCACORE_EXPORT ArchiveAudit
{
    Q_DECLARE_TR_FUNCTIONS(rca::ArchiveAudit)

public:
    // currentTypes: what the sync settings ask for now, for windows no job has archived.
    ArchiveAudit(Database *db, ArchiveSource *source, StorageConnector *storage, const Clock *clock,
                 const QTimeZone &zone, ItemTypes currentTypes);

    void setProgressHandler(std::function<void(const AuditProgress &)> handler);

    // Audits [range.from, range.to). The report's error is set when the source or the storage
    // failed, or the audit was cancelled; it then covers what was reached.
    AuditReport run(const TimeWindow &range, const CancelToken &cancel);

    // The half-hour windows of the range, on the schedule's grid.
    QList<TimeWindow> windowsOf(const TimeWindow &range) const;

    // Prepares the repair of what report found repairable: each item leaves the ledger and
    // waits as due now (a damaged file with the path its new copy replaces), in one
    // transaction per item, so a crash loses nothing. repairRequest() is the job that then
    // archives them through the normal path.
    static Error scheduleRepairs(Database *db, const AuditReport &report, const QDateTime &now);
    static JobRequest repairRequest(const TimeWindow &range);

private:
    struct DayRun;
    Error listSource(const TimeWindow &range, const CancelToken &cancel, AuditReport *report);
    Error auditDay(const QDate &day, const TimeWindow &range, const QStringList &extensionFolders,
                   const CancelToken &cancel, AuditReport *report);
    // Compares a stored file with its ledger entry: size, then the provider's checksum or the
    // SHA-256 of the bytes read back. *intact, or *problem says what differs.
    Error checkFile(const LedgerEntry &entry, const StoredFile &file, bool *intact,
                    AuditProblem *problem, const CancelToken &cancel);
    // The problem of an item the source lists and the ledger does not know: its file found
    // in the storage (not in the ledger), or not archived at all.
    AuditProblem unrecordedItem(const ArchiveItem &item, DayRun *run);
    Error verifyContent(const QString &path, const QByteArray &sha256Hex, bool *same,
                        const CancelToken &cancel);
    ItemTypes typesOfWindow(const TimeWindow &window) const;
    bool beyondRetention(ItemType type, const TimeWindow &window) const;
    int windowIndex(const QDateTime &time) const;
    void reportProgress(const QString &phase);

    Database *m_db;
    ArchiveSource *m_source;
    StorageConnector *m_storage;
    const Clock *m_clock;
    SlotCalendar m_calendar;
    RemoteLayout m_layout;
    ItemTypes m_currentTypes;
    std::function<void(const AuditProgress &)> m_progressHandler;
    AuditProgress m_progress;
    // The types each window was archived with, from the job log (index as report.windows).
    QList<ItemTypes> m_windowTypes;
    QList<TimeWindow> m_windows;
    QDateTime m_reachedUntil; // the windows before it are checked
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The archived-item ledger, which makes archiving idempotent (an item is archived once,
// keyed by type and source id), and the per-item failures with their retry state.
// Any thread (through Database's per-thread connections).
#pragma once

#include "archive/archiveitem.h"
#include "common/error.h"
#include "rcacore_export.h"
#include "storage/objectretention.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rca {

class Database;

struct RCACORE_EXPORT LedgerEntry
{
    ItemType type = ItemType::CallRecording;
    QString sourceId;
    qint64 jobId = 0;
    QString remotePath; // relative to the archive root
    qint64 size = 0;
    QByteArray sha256; // hex
    QString providerChecksum;
    QDateTime created;  // when the item was created at the source, UTC
    QDateTime archived; // when it was stored, UTC
    bool primary = true;
    // The day folder the file is in ("2026-11-25"): the manifest that lists it.
    QString day;
    // What the manifest says of the item besides the above (extension, direction, other
    // party, duration): see metadataOf().
    QJsonObject metadata;
    // The write-once protection the stored file was written with (S3 Object Lock); empty
    // where the storage has none. The audit checks the file still carries it.
    ObjectRetention retention;

    // The metadata of an item, as recorded with it.
    static QJsonObject metadataOf(const ArchiveItem &item);
    // The day folder of a path laid out by RemoteLayout; empty when it has none.
    static QString dayOfPath(const QString &remotePath);
};

struct RCACORE_EXPORT FailedItem
{
    ArchiveItem item;
    qint64 jobId = 0; // the job of the last attempt
    int attempts = 0;
    QString lastError;
    QDateTime lastAttempt; // UTC
    QDateTime nextRetry;   // UTC; invalid when permanent
    bool permanent = false;
    // Set by a repair: the damaged stored file that the next attempt replaces.
    QString replacePath;
};

class RCACORE_EXPORT ItemLedger
{
    Q_DECLARE_TR_FUNCTIONS(rca::ItemLedger)

public:
    explicit ItemLedger(Database *db);

    bool isArchived(ItemType type, const QString &sourceId);
    std::optional<LedgerEntry> entry(ItemType type, const QString &sourceId);
    // Records the item as archived and clears any failure for it, in one transaction.
    // Recording an item twice is an error (the primary key refuses it).
    Error recordArchived(const LedgerEntry &entry);
    QList<LedgerEntry> entriesForJob(qint64 jobId);
    int archivedCount();
    // Every entry of a day folder, or created in [from, to), ordered by path / creation, one at
    // a time (memory does not grow with their number). The handler's error stops the walk.
    using EntryHandler = std::function<Error(const LedgerEntry &entry)>;
    Error forEachOfDay(const QString &day, const EntryHandler &handle);
    Error forEachCreatedIn(const QDateTime &from, const QDateTime &to, const EntryHandler &handle);
    // Whether any entry records a file at remotePath.
    bool isRecordedPath(const QString &remotePath);
    // Write-once protection over the whole archive: the earliest retention date of an archived
    // file (invalid when none has one) and how many archived files have no retention date.
    struct RetentionSummary
    {
        QDateTime earliestRetainUntil;
        int withRetention = 0;
        int withoutRetention = 0;
    };
    RetentionSummary retentionSummary();

    // Repair: forgets the item's entry (when there is one) and makes it due for another
    // attempt now, in one transaction, so that the next job archives it again through the
    // normal path; replacePath names a damaged stored file that attempt replaces. A crash
    // before that job leaves the item waiting, never lost.
    Error scheduleRepair(const ArchiveItem &item, const QString &replacePath, qint64 jobId,
                         const QString &reason, const QDateTime &now);

    // The day folders whose manifest must be written again (recordArchived adds its day).
    QStringList pendingManifestDays();
    Error clearPendingManifestDay(const QString &day);

    // Records (or updates: attempts + 1) a failed attempt. A permanent failure is not
    // retried automatically.
    Error recordFailure(const ArchiveItem &item, qint64 jobId, const QString &error,
                        const QDateTime &attemptTime, const QDateTime &nextRetry, bool permanent);
    std::optional<FailedItem> failure(ItemType type, const QString &sourceId);
    // Non-permanent failures whose nextRetry <= now, oldest first.
    QList<FailedItem> dueFailures(const QDateTime &now, int limit = 1000);
    QList<FailedItem> failuresForJob(qint64 jobId);
    QList<FailedItem> allFailures();
    // Makes a failure due now and non-permanent again (a manual retry).
    Error resetFailure(ItemType type, const QString &sourceId, const QDateTime &now);
    // Marks failures of items created before cutoff as permanent (the source no longer has
    // them). Returns how many.
    Error expireFailures(const QDateTime &cutoff, const QString &reason, int *count = nullptr);

private:
    Database *m_db;
};

} // namespace rca

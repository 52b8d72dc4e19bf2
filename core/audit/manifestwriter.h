// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The per-day manifests beside the extension folders, which make the archive checkable
// without RC Archiver and let a lost ledger be rebuilt from storage:
//   manifest/YYYY-MM-DD.sha256  `sha256sum -c` format, paths relative to the archive root
//   manifest/YYYY-MM-DD.jsonl   one JSON object per line and item (id, type, extension,
//                               direction, parties, start, duration, size, SHA-256, path,
//                               archived-at)
// A day is the date folder the files are in. A day's manifests are written from the ledger,
// merged with the lines the storage already holds (a line is never lost, even one whose
// ledger entry is gone), sorted, atomically (StorageConnector::beginReplace) and only when
// their content changes, so writing them again is harmless. The ledger marks the days whose
// manifest is out of date in the same transaction as the item, so a crash between the two
// is made good by the next job. Blocking; the thread of the job or audit that uses it.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rca {

class Database;
class StorageConnector;
struct LedgerEntry;

class RCACORE_EXPORT ManifestWriter
{
    Q_DECLARE_TR_FUNCTIONS(rca::ManifestWriter)

public:
    ManifestWriter(Database *db, StorageConnector *storage);

    static QString folder();                         // "manifest"
    static QString checksumPath(const QString &day); // "manifest/2026-11-25.sha256"
    static QString listPath(const QString &day);     // "manifest/2026-11-25.jsonl"

    // One line of each file, without the newline.
    static QByteArray jsonLine(const LedgerEntry &entry);
    // "<sha256>  <path>"; GNU's escaped form ("\<sha256>  <path>" with \\ and \n) where the
    // path holds a backslash or a newline.
    static QByteArray checksumLine(const QByteArray &sha256Hex, const QString &path);

    // Writes the manifests of every day the ledger marked, and clears each mark once its
    // day is written. The first error stops it; the marks that are left stay for next time.
    Error writePending(const CancelToken &cancel, int *daysWritten = nullptr);
    // Writes one day's manifests (when their content changed).
    Error writeDay(const QString &day, const CancelToken &cancel, bool *changed = nullptr);

private:
    Error readStored(const QString &path, QByteArray *content, bool *exists,
                     const CancelToken &cancel);
    Error store(const QString &path, const QByteArray &content);

    Database *m_db;
    StorageConnector *m_storage;
    bool m_folderReady = false;
};

} // namespace rca

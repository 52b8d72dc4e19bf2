// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rebuilds the archived-item ledger of a lost database from what the storage holds: the day
// manifests (manifest/YYYY-MM-DD.jsonl, see ManifestWriter) name every item archived, with
// its path, size and SHA-256; each line whose file the storage still lists at that size is
// recorded as archived, so that no job stores it again. A line whose file is gone is left
// out: the job or audit that covers its window archives it again. Entries already in the
// ledger stay as they are. Blocking; the calling thread (`rc-archiver database rebuild`).
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rca {

class Database;
class StorageConnector;
struct LedgerEntry;

class RCACORE_EXPORT LedgerRebuilder
{
    Q_DECLARE_TR_FUNCTIONS(rca::LedgerRebuilder)

public:
    struct Result
    {
        int manifests = 0;        // day manifests read
        int recorded = 0;         // entries added to the ledger
        int alreadyKnown = 0;     // already in the ledger
        int missing = 0;          // listed in a manifest, not (or not whole) in the storage
        int unreadable = 0;       // lines that are no manifest entry
        QDateTime latestItem;     // the newest item's creation time (UTC), invalid when none
        QStringList missingPaths; // the first few, for the report
    };

    LedgerRebuilder(Database *db, StorageConnector *storage);

    // storage must be open.
    Error run(const CancelToken &cancel, Result *result);

    // One manifest line as a ledger entry; nothing when it is no entry.
    static std::optional<LedgerEntry> entryFromLine(const QByteArray &line);

private:
    Database *m_db;
    StorageConnector *m_storage;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What an audit of the archive found: per half-hour window how many items the source lists,
// how many the ledger says are archived and how many of those were found intact in storage,
// and every problem by name. Written to the job log (the audit's row and its problems), shown
// by the Logs tab and printed by `rc-archiver audit` as text, CSV or JSON. Value types, any
// thread.
#pragma once

#include "archive/archiveitem.h"
#include "archive/timewindow.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rca {

struct RCACORE_EXPORT AuditProblem
{
    enum class Kind {
        NotArchived,     // the source lists the item; neither the ledger nor the storage has it
        NotInLedger,     // the storage holds the item's file, but the ledger does not know it
        MissingFile,     // the ledger says archived; the storage has no file at its path
        SizeDiffers,     // the stored file's size is not what was archived
        ChecksumDiffers, // same size, other bytes (provider checksum or SHA-256 read back)
        NotVerifiable,   // the storage gave no checksum for the file: it could not be checked
        UnknownFile,     // a file in the archive that no ledger entry knows
        // The stored file no longer carries the write-once protection it was written with
        // (S3 Object Lock: an earlier retention date, another mode, a legal hold removed).
        RetentionWeakened,
    };

    Kind kind = Kind::NotArchived;
    std::optional<ItemType> type; // none for an unknown file
    QString sourceId;             // the RingCentral id; empty for an unknown file
    QString path;                 // relative to the archive root, as stored or expected
    QString detail;               // what exactly differs, for people
    TimeWindow window;            // the half-hour window of the item; invalid for a file
    // Whether `audit --repair` can fix it: the source still holds the item.
    bool repairable = false;
    // The item as the source listed it, for the repair; not kept in the job log.
    std::optional<ArchiveItem> item;

    static QString kindKey(Kind kind); // "missing-file", …: stable, for CSV, JSON and the store
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString kindText(Kind kind); // "File missing in storage", for people
    // A path as it may be shown: control characters and other invisible characters escaped
    // (\n, \x1b, \u202e), so a hostile file name cannot rewrite a terminal or a report.
    static QString printable(const QString &path);
    bool operator==(const AuditProblem &other) const = default;
};

struct RCACORE_EXPORT AuditWindow
{
    TimeWindow window;
    int listed = -1;  // items the source lists; -1 beyond retention (the source keeps none)
    int archived = 0; // ledger entries of the window
    int verified = 0; // of those, found intact in storage
    int problems = 0;
    bool beyondRetention = false;
};

// How far an audit has come, for a progress bar.
struct RCACORE_EXPORT AuditProgress
{
    QString phase; // "Listing what RingCentral holds", "Checking files", … for people
    int windowsDone = 0;
    int windowsTotal = 0;
    int filesChecked = 0;
};

struct RCACORE_EXPORT AuditReport
{
    qint64 jobId = 0; // the audit's row in the job log
    TimeWindow range;
    QString storage;         // "Local folder"
    QString storageLocation; // where the archive is
    QString checksum;        // what the files were checked with: "SHA-256", "content_hash", …
    QList<AuditWindow> windows;
    QList<AuditProblem> problems;
    int listed = 0;
    int archived = 0;
    int verified = 0;
    std::array<int, ItemTypeCount> verifiedByType{};
    int unknownFiles = 0;
    // Set when the audit could not finish (a source or storage error, a cancel): the report
    // then speaks only of the windows it reached.
    Error error;

    bool isClean() const { return !error && problems.isEmpty(); }
    int repairableCount() const;

    // {"range", "storage", "clean", "totals", "windows": […], "problems": […]}
    QJsonObject toJson() const;
    // One row per window, then one per problem: record,from,to,listed,archived,verified,
    // problems,kind,type,id,path,detail,repairable.
    QByteArray toCsv() const;
    // The lines `rc-archiver audit` prints; windows with nothing in them are summed up.
    QString toText() const;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Whether a profile's database may be opened, or created: a damaged file is refused, and so is
// a missing, zero-length or table-less one in a folder that shows the profile was used (backup
// copies, the id file, a database set aside, log files with content), because a new empty
// database there would forget what is archived and archive everything again. The refusal
// names the newest good copy and the command that restores it. A new database is made only
// in a folder that was empty. Blocking, read-only; any thread.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rca {

class RCACORE_EXPORT DatabaseHealth
{
    Q_DECLARE_TR_FUNCTIONS(rca::DatabaseHealth)

public:
    enum class State {
        Missing,  // no file
        Empty,    // a zero-length file
        NoSchema, // an SQLite file without tables
        Damaged,  // not an SQLite database, or one SQLite says is malformed
        Healthy,  // opens and has tables (a full check is `rc-archiver database check`)
    };
    struct Inspection
    {
        State state = State::Missing;
        QString problem; // SQLite's words, for Damaged
        bool isFresh() const
        {
            return state == State::Missing || state == State::Empty || state == State::NoSchema;
        }
    };

    // Looks at the file without creating it (SQLite may replay its WAL, as any open does).
    static Inspection inspect(const QString &databasePath);

    // How much of the folder to look at for signs of use.
    enum class Scope {
        DatabaseFiles, // the database's own companions: copies, the id file, files set aside
        WholeFolder,   // also the log files and anything a new profile does not hold
    };
    // Signs that the folder of databasePath held a used profile, one description each.
    static QStringList signsOfUse(const QString &databasePath, Scope scope);
    // What the folder holds that a new profile does not (WholeFolder only): a folder full of
    // someone's files is not made a profile (nor made private).
    static QStringList foreignEntries(const QString &databasePath);

    // The refusal when the database may be neither opened nor created; no error when it may.
    // The error carries the detail "damagedDatabase" (DamagedDatabase exit status).
    static Error check(const QString &databasePath, Scope scope);
    static Error refusal(const QString &databasePath, const Inspection &inspection,
                         const QStringList &signs);

    // "rc-archiver [--profile DIR] database SUBCOMMAND" for the profile of databasePath.
    static QString commandLine(const QString &databasePath, const QString &subcommand);
    static bool isDamagedDatabase(const Error &error)
    {
        return error.detail(QStringLiteral("damagedDatabase")).toBool();
    }
};

} // namespace rca

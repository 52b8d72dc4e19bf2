// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Copies of the profile's database, made with SQLite's online backup API while it is in use:
// once a day (from the first job on) and before every schema migration, into backups/ beside it
// (backups/rc-archiver-YYYYMMDD-HHMMSS.sqlite, UTC), each checked (PRAGMA quick_check) once
// written, the newest seven kept. `rc-archiver database restore` puts one back, keeping the
// damaged file aside, never deleting it. Blocking; any thread (the file operations need no
// connection to be open on the database they replace).
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rca {

class Database;

class RCACORE_EXPORT DatabaseBackups
{
    Q_DECLARE_TR_FUNCTIONS(rca::DatabaseBackups)

public:
    static constexpr int Keep = 7;
    static constexpr qint64 DailySeconds = 24 * 3600;

    struct Copy
    {
        QString path;
        QDateTime made; // UTC, from the name
        qint64 size = 0;
        QString note; // "before-schema-4" for a copy made before a migration; else empty
    };

    explicit DatabaseBackups(QString databasePath);

    QString folder() const; // "<profile>/backups"
    // Every copy, newest first.
    QList<Copy> copies() const;
    // The newest copy that passes PRAGMA quick_check; damaged ones it passed are named in
    // *skipped.
    std::optional<Copy> newestGood(QStringList *skipped = nullptr) const;
    // A copy named on the command line: a path, or a file name in folder().
    std::optional<Copy> find(const QString &name) const;

    // PRAGMA integrity_check (quick: quick_check) of any database file, read-only.
    static bool checkFile(const QString &path, bool quick, QStringList *problems);

    // Copies the open database now, checks the copy, and keeps the newest Keep. note ends the
    // name ("before-schema-4"). A copy that fails its check is deleted and reported.
    Error backUp(Database *db, const QDateTime &now, const QString &note = {},
                 QString *made = nullptr);
    // No copy made in the last 24 hours.
    bool isDue(const QDateTime &now) const;
    // The daily copy: made when isDue() and the database holds something to lose (a job or
    // an archived item; a profile that never ran a job is not worth a copy yet).
    Error backUpIfDue(Database *db, const QDateTime &now, QString *made = nullptr);

    // Puts copy in place of the database. The file there now (with its -wal and -shm) is moved
    // aside first, to <name>.damaged-YYYYMMDD-HHMMSS.sqlite beside it (*asidePath). No
    // connection may be open on the database meanwhile.
    Error restore(const Copy &copy, const QDateTime &now, QString *asidePath = nullptr);
    // Moves the database (with its -wal and -shm) aside, as restore() does; nothing to do
    // when there is no file.
    Error setAside(const QDateTime &now, QString *asidePath = nullptr);

private:
    QString baseName() const;
    void prune();

    QString m_databasePath;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Direct access to an SQLite file for what Qt's driver cannot do: look into a file that may be
// damaged without creating or changing it, run PRAGMA integrity_check on it, and copy a live
// database with SQLite's online backup API. One object per file and thread; the store's
// DatabaseHealth, DatabaseBackups and ProfileIdentity use it.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3;

namespace rca {

class RCACORE_EXPORT SqliteFile
{
public:
    enum class Mode {
        ReadOnly,  // never writes, never creates
        ReadWrite, // an existing file only
        Create,    // creates the file when it is missing
    };

    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs sql (one statement, ? bound to binds) and returns each row's columns as text.
    bool query(const QString &sql, QList<QStringList> *rows, const QVariantList &binds = {});
    // The first column of the first row; an invalid QString (isNull) on error or no row.
    QString scalar(const QString &sql, const QVariantList &binds = {});
    bool exec(const QString &sql) { return query(sql, nullptr); }

    // PRAGMA integrity_check (quick: quick_check): true with no problems when the file is
    // sound; false with SQLite's findings, or the error that stopped the check.
    bool check(bool quick, QStringList *problems);

    // SQLite's words for the last failure, and its primary result code (SQLITE_CORRUPT…).
    QString errorMessage() const { return m_error; }
    int errorCode() const { return m_code; }
    // The last failure said the file is damaged or not a database at all.
    bool lastErrorIsDamage() const;
    static bool isDamageCode(int primaryCode);

    // Copies the whole of source (an open connection, e.g. Qt's through QSqlDriver::handle())
    // into a new file at target, in one pass of sqlite3_backup_step: a consistent snapshot,
    // which in WAL mode does not stop writers. target must not exist.
    static Error backUp(sqlite3 *source, const QString &target);

private:
    void fail(int code, const QString &message);

    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_code = 0;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SQLite file behind the store: jobs (the Logs tab), the archived-item ledger, per-item
// failures, settings and the profile's identity. One QSqlDatabase connection per thread (Qt's
// rule), WAL journal, a schema_version and ordered migrations, a checked copy before each
// migration (DatabaseBackups). A damaged file is refused, and so is a missing or emptied one
// beside signs that the profile was used (DatabaseHealth): a new database is never made over
// a lost one. The file is private to its owner (0600). Thread-safe: connection() hands each
// calling thread its own connection to the same file.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

class QSqlQuery;

namespace rca {

class RCACORE_EXPORT Database
{
    Q_DECLARE_TR_FUNCTIONS(rca::Database)

public:
    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Whether open() may make a new database where the file is missing or empty.
    enum class NewDatabase {
        // Only where nothing shows the profile was used (no copies, no id file): otherwise the
        // error carries the detail "damagedDatabase" and names the copy to restore.
        OnlyInUnusedFolder,
        // `rc-archiver database rebuild`, which has set the lost one aside.
        Allowed,
    };

    // Opens (creating when needed) and migrates to the current schema. Call once, before
    // the store classes use it. Connections of other threads are removed when their thread
    // ends; destroy the Database only once no thread uses it any more.
    Error open(NewDatabase newDatabase = NewDatabase::OnlyInUnusedFolder);
    // Test hook: opens and migrates only up to version, to build files of an older schema.
    Error openAtVersion(int version, NewDatabase newDatabase = NewDatabase::OnlyInUnusedFolder);
    const QString &filePath() const { return m_filePath; }
    int schemaVersion();
    static int currentSchemaVersion();

    // This thread's connection (opened on first use).
    QSqlDatabase connection();

    // Prepares sql on query (made on connection()); an error carries the SQLite message.
    Error prepare(QSqlQuery &query, const QString &sql);
    // Runs a prepared statement that writes; counts writes for failure injection. Returns a
    // storage-kind error with the SQLite message on failure. BEGIN/COMMIT/ROLLBACK of
    // transaction() are not counted.
    Error execWrite(QSqlQuery &query);
    // Runs a prepared statement that only reads (not counted).
    Error execRead(QSqlQuery &query);
    // cause with "what: " in front of its message ("Could not save the job log: disk full"),
    // its details kept.
    static Error withContext(const QString &what, const Error &cause);
    // Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back when fn returns an error. Nested
    // calls on one thread become savepoints inside the outer transaction.
    template<typename Fn> Error transaction(Fn &&fn);

    // Test hook: make the Nth write from now fail (1 = the next one); 0 turns it off.
    void failNthWrite(int n);

private:
    Error begin();
    Error commit();
    void rollback();
    Error migrate(int targetVersion);
    Error exec(const QString &sql, bool countAsWrite);
    Error applyRenamedKeys();
    Error insertIdentity(bool newDatabase);
    QString connectionName() const;

    QString m_filePath;
    QString m_connectionPrefix;
    std::atomic_int m_failCountdown{0};
};

template<typename Fn> Error Database::transaction(Fn &&fn)
{
    if (Error e = begin())
        return e;
    Error e = fn();
    if (e) {
        rollback();
        return e;
    }
    return commit();
}

} // namespace rca

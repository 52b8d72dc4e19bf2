// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitefile.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace rca {

SqliteFile::~SqliteFile()
{
    close();
}

bool SqliteFile::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_code = SQLITE_OK;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    // SQLite would create a missing file even for a read: say so instead.
    if (mode != Mode::Create && !QFile::exists(path)) {
        fail(SQLITE_CANTOPEN, QCoreApplication::translate("rca::SqliteFile", "no such file"));
        return false;
    }
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                      : QString::fromUtf8(sqlite3_errstr(rc)));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

void SqliteFile::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void SqliteFile::fail(int code, const QString &message)
{
    m_code = code & 0xff;
    m_error = message;
}

bool SqliteFile::isDamageCode(int primaryCode)
{
    return primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB;
}

bool SqliteFile::lastErrorIsDamage() const
{
    return isDamageCode(m_code);
}

bool SqliteFile::query(const QString &sql, QList<QStringList> *rows, const QVariantList &binds)
{
    if (rows)
        rows->clear();
    if (!m_db) {
        fail(SQLITE_MISUSE, QStringLiteral("not open"));
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(statement);
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray value = binds.at(i).toString().toUtf8();
        sqlite3_bind_text(statement, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!rows)
            continue;
        QStringList row;
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c) {
            const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
            row.append(value ? QString::fromUtf8(value) : QString());
        }
        rows->append(row);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        fail(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_finalize(statement);
    return ok;
}

QString SqliteFile::scalar(const QString &sql, const QVariantList &binds)
{
    QList<QStringList> rows;
    if (!query(sql, &rows, binds) || rows.isEmpty() || rows.constFirst().isEmpty())
        return {};
    const QString value = rows.constFirst().constFirst();
    return value.isNull() ? QStringLiteral("") : value;
}

bool SqliteFile::check(bool quick, QStringList *problems)
{
    problems->clear();
    QList<QStringList> rows;
    if (!query(quick ? QStringLiteral("PRAGMA quick_check")
                     : QStringLiteral("PRAGMA integrity_check"),
               &rows)) {
        problems->append(m_error);
        return false;
    }
    for (const QStringList &row : std::as_const(rows)) {
        if (!row.isEmpty() && row.constFirst() != u"ok")
            problems->append(row.constFirst());
    }
    if (rows.isEmpty())
        problems->append(QStringLiteral("no answer"));
    return problems->isEmpty();
}

Error SqliteFile::backUp(sqlite3 *source, const QString &target)
{
    if (!source)
        return Error::storage(QStringLiteral("the database is not open"));
    SqliteFile destination;
    if (!destination.open(target, Mode::Create))
        return Error::storage(destination.errorMessage());
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", source, "main");
    if (!backup)
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(destination.handle())));
    int rc = SQLITE_OK;
    // The source may be busy for a moment (a writer checkpointing): wait as the store does.
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination.handle()));
        return Error::storage(
            why.isEmpty() || why == u"not an error" ? QString::fromUtf8(sqlite3_errstr(rc)) : why);
    }
    // A copy is a file of its own: no journal to carry along.
    destination.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    return {};
}

} // namespace rca

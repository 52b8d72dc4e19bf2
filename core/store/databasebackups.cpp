// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databasebackups.h"

#include "database.h"
#include "logging/logging.h"
#include "privatefiles.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace rca {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Makes the bytes of a file durable before it is renamed into place.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path)
    return true;
#endif
}

sqlite3 *sqliteHandle(Database *db)
{
    const QSqlDatabase connection = db->connection();
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

DatabaseBackups::DatabaseBackups(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

QString DatabaseBackups::baseName() const
{
    return QFileInfo(m_databasePath).completeBaseName();
}

QString DatabaseBackups::folder() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups");
}

QList<DatabaseBackups::Copy> DatabaseBackups::copies() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})(?:-([A-Za-z0-9-]+))?\\.sqlite$")
            .arg(QRegularExpression::escape(baseName())));
    QList<Copy> result;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Copy copy;
        copy.path = file.absoluteFilePath();
        copy.made = QDateTime::fromString(match.captured(1), TimeFormat);
        copy.made.setTimeZone(QTimeZone::utc());
        copy.size = file.size();
        copy.note = match.captured(2);
        if (copy.made.isValid())
            result.append(copy);
    }
    std::stable_sort(result.begin(), result.end(), [](const Copy &a, const Copy &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return result;
}

std::optional<DatabaseBackups::Copy> DatabaseBackups::newestGood(QStringList *skipped) const
{
    for (const Copy &copy : copies()) {
        QStringList problems;
        if (checkFile(copy.path, true, &problems))
            return copy;
        if (skipped)
            skipped->append(copy.path);
    }
    return std::nullopt;
}

std::optional<DatabaseBackups::Copy> DatabaseBackups::find(const QString &name) const
{
    const QFileInfo given(name);
    const QString wanted = given.isAbsolute() || name.contains(u'/') ? given.absoluteFilePath()
                                                                     : folder() + u'/' + name;
    for (const Copy &copy : copies()) {
        if (copy.path == wanted ||
            QFileInfo(copy.path).canonicalFilePath() == QFileInfo(wanted).canonicalFilePath())
            return copy;
    }
    // A file elsewhere (a copy the user kept): accepted as it is.
    if (QFileInfo(wanted).isFile()) {
        Copy copy;
        copy.path = QFileInfo(wanted).absoluteFilePath();
        copy.made = QFileInfo(wanted).lastModified().toUTC();
        copy.size = QFileInfo(wanted).size();
        return copy;
    }
    return std::nullopt;
}

bool DatabaseBackups::checkFile(const QString &path, bool quick, QStringList *problems)
{
    SqliteFile file;
    if (!file.open(path, SqliteFile::Mode::ReadOnly)) {
        problems->append(file.errorMessage());
        return false;
    }
    if (!file.check(quick, problems))
        return false;
    // A database with no tables is no copy of a profile.
    if (file.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"))
            .toInt() == 0) {
        problems->append(tr("it holds no tables"));
        return false;
    }
    return true;
}

bool DatabaseBackups::isDue(const QDateTime &now) const
{
    const QList<Copy> all = copies();
    return all.isEmpty() || all.constFirst().made.secsTo(now.toUTC()) >= DailySeconds ||
           all.constFirst().made > now.toUTC().addSecs(3600); // a clock that went back
}

Error DatabaseBackups::backUpIfDue(Database *db, const QDateTime &now, QString *made)
{
    if (made)
        made->clear();
    if (!isDue(now))
        return {};
    QSqlQuery query(db->connection());
    if (Error e = db->prepare(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM jobs) OR EXISTS "
                                                    "(SELECT 1 FROM archived_items)")))
        return e;
    if (Error e = db->execRead(query))
        return e;
    if (!query.next() || !query.value(0).toBool())
        return {};
    query.finish();
    return backUp(db, now, {}, made);
}

Error DatabaseBackups::backUp(Database *db, const QDateTime &now, const QString &note,
                              QString *made)
{
    const QString what = tr("Could not make a copy of the archive database");
    if (!PrivateFiles::makeFolder(folder())) {
        return Error::storage(
            what + QStringLiteral(": ") +
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder())));
    }
    const QString stem = baseName() + u'-' + now.toUTC().toString(TimeFormat) +
                         (note.isEmpty() ? QString() : u'-' + note);
    QString target = folder() + u'/' + stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder() + u'/' + stem + QStringLiteral("-%1.sqlite").arg(n);
    const QString partial = folder() + QStringLiteral("/.partial-") + QFileInfo(target).fileName();
    QFile::remove(partial);
    {
        // Private before a byte is in it.
        QFile create(partial);
        if (!create.open(QIODevice::WriteOnly)) {
            return Error::storage(what + QStringLiteral(": ") + create.errorString());
        }
        create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (Error e = SqliteFile::backUp(sqliteHandle(db), partial)) {
        QFile::remove(partial);
        return Database::withContext(what, e);
    }
    QStringList problems;
    if (!checkFile(partial, true, &problems)) {
        QFile::remove(partial);
        return Error::storage(
                   tr("The copy of the archive database failed its check (%1): the database "
                      "itself may be damaged. Run `rc-archiver database check`.")
                       .arg(problems.mid(0, 3).join(QStringLiteral("; "))))
            .withDetail(QStringLiteral("damagedDatabase"), true);
    }
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::storage(what + QStringLiteral(": ") +
                              tr("cannot write %1").arg(QDir::toNativeSeparators(target)));
    }
    qCInfo(lcStore).noquote() << "Copy of the database made and checked:" << target;
    if (made)
        *made = target;
    prune();
    return {};
}

void DatabaseBackups::prune()
{
    const QList<Copy> all = copies();
    for (qsizetype i = Keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i).path))
            qCInfo(lcStore).noquote() << "Old copy removed:" << all.at(i).path;
    }
}

Error DatabaseBackups::setAside(const QDateTime &now, QString *asidePath)
{
    if (asidePath)
        asidePath->clear();
    if (!QFileInfo::exists(m_databasePath))
        return {};
    const QString stem = QFileInfo(m_databasePath).absolutePath() + u'/' + baseName() +
                         QStringLiteral(".damaged-") + now.toUTC().toString(TimeFormat);
    QString aside = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = stem + QStringLiteral("-%1.sqlite").arg(n);
    if (!QFile::rename(m_databasePath, aside)) {
        return Error::storage(
            tr("Could not move the database %1 aside to %2.")
                .arg(QDir::toNativeSeparators(m_databasePath), QDir::toNativeSeparators(aside)));
    }
    // Its journal goes with it, so that the file opens with what it held.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString journal = m_databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(journal))
            QFile::rename(journal, aside + QLatin1String(suffix));
    }
    qCInfo(lcStore).noquote() << "Database" << m_databasePath << "moved aside to" << aside;
    if (asidePath)
        *asidePath = aside;
    return {};
}

Error DatabaseBackups::restore(const Copy &copy, const QDateTime &now, QString *asidePath)
{
    QStringList problems;
    if (!checkFile(copy.path, false, &problems)) {
        return Error::storage(tr("The copy %1 is damaged too (%2); choose another.")
                                  .arg(QDir::toNativeSeparators(copy.path),
                                       problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(copy.path, incoming)) {
        QFile::remove(incoming);
        return Error::storage(
            tr("Could not copy %1 to %2.")
                .arg(QDir::toNativeSeparators(copy.path), QDir::toNativeSeparators(incoming)));
    }
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(incoming)) {
        QFile::remove(incoming);
        return Error::storage(
            tr("Could not write %1 to disk.").arg(QDir::toNativeSeparators(incoming)));
    }
    if (Error e = setAside(now, asidePath)) {
        QFile::remove(incoming);
        return e;
    }
    if (!QFile::rename(incoming, m_databasePath)) {
        return Error::storage(
            tr("Could not put %1 in place of %2.")
                .arg(QDir::toNativeSeparators(incoming), QDir::toNativeSeparators(m_databasePath)));
    }
    qCInfo(lcStore).noquote() << "Database restored from" << copy.path;
    return {};
}

} // namespace rca

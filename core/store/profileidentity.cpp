// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profileidentity.h"

#include "database.h"
#include "logging/logging.h"
#include "privatefiles.h"
#include "sqlitefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace rca {

namespace {

bool isId(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{12}$"));
    return form.match(text).hasMatch();
}

// The folder of a database file, as Profile names it ("/home/a/.local/share/rc-archiver").
QString folderOf(const QString &databasePath)
{
    const qsizetype slash = databasePath.lastIndexOf(u'/');
    return slash > 0 ? databasePath.left(slash) : QFileInfo(databasePath).absolutePath();
}

} // namespace

ProfileIdentity::ProfileIdentity(Database *db)
    : m_db(db)
{}

QString ProfileIdentity::pathId(const QString &folder)
{
    const QByteArray hash =
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(12));
}

QString ProfileIdentity::newId()
{
    const quint64 value = QRandomGenerator::system()->generate64() & 0xffffffffffffULL;
    return QStringLiteral("%1").arg(value, 12, 16, QLatin1Char('0'));
}

QString ProfileIdentity::idFilePath(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return folderOf(databasePath) + u'/' + info.completeBaseName() + QStringLiteral(".id");
}

QString ProfileIdentity::readIdFile(const QString &databasePath)
{
    QFile file(idFilePath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString id = QString::fromLatin1(file.read(64)).section(u'\n', 0, 0).trimmed();
    return isId(id) ? id : QString();
}

Error ProfileIdentity::writeIdFile(const QString &databasePath, const QString &id)
{
    QSaveFile file(idFilePath(databasePath));
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::storage(
            tr("Could not write %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(id.toLatin1() + '\n');
    file.write("This RC Archiver profile's id (its keychain entries are named after it); also "
               "kept in rc-archiver.sqlite.\n");
    if (!file.commit()) {
        return Error::storage(
            tr("Could not write %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return {};
}

QString ProfileIdentity::id()
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT id FROM profile WHERE singleton = 1")) ||
        m_db->execRead(query) || !query.next())
        return {};
    return query.value(0).toString();
}

QString ProfileIdentity::lastPath()
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT last_path FROM profile WHERE singleton = 1")) ||
        m_db->execRead(query) || !query.next())
        return {};
    return query.value(0).toString();
}

Error ProfileIdentity::setId(const QString &id)
{
    if (!isId(id))
        return Error::storage(tr("\"%1\" is not a profile id").arg(id));
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(query, QStringLiteral("UPDATE profile SET id = ?, last_path = ? "
                                                      "WHERE singleton = 1")))
        return e;
    query.addBindValue(id);
    query.addBindValue(folderOf(m_db->filePath()));
    if (Error e = m_db->execWrite(query))
        return Database::withContext(tr("Could not save the profile id"), e);
    return writeIdFile(m_db->filePath(), id);
}

Error ProfileIdentity::setLastPath(const QString &folder)
{
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query, QStringLiteral("UPDATE profile SET last_path = ? WHERE singleton = 1")))
        return e;
    query.addBindValue(folder);
    if (Error e = m_db->execWrite(query))
        return Database::withContext(tr("Could not save where the profile is"), e);
    return {};
}

Error ProfileIdentity::syncIdFile()
{
    const QString current = id();
    if (current.isEmpty() || readIdFile(m_db->filePath()) == current)
        return {};
    return writeIdFile(m_db->filePath(), current);
}

ProfileIdentity::Placement ProfileIdentity::place(const QString &folder, QString *otherFolder)
{
    const QString last = lastPath();
    if (last.isEmpty() || last == folder) {
        if (last.isEmpty())
            setLastPath(folder);
        return Placement::Same;
    }
    if (otherFolder)
        *otherFolder = last;
    // The same folder under another name (a symbolic link, a bind mount).
    const QString here = QFileInfo(folder).canonicalFilePath();
    if (!here.isEmpty() && here == QFileInfo(last).canonicalFilePath())
        return Placement::Same;

    const QString otherDatabase = last + u'/' + QFileInfo(m_db->filePath()).fileName();
    QString otherId;
    if (QFileInfo::exists(otherDatabase)) {
        otherId = readIdFile(otherDatabase);
        if (otherId.isEmpty()) {
            SqliteFile other;
            if (other.open(otherDatabase, SqliteFile::Mode::ReadOnly))
                otherId = other.scalar(QStringLiteral("SELECT id FROM profile"));
        }
    }
    const QString mine = id();
    if (!mine.isEmpty() && otherId == mine)
        return Placement::Copied;
    if (Error e = setLastPath(folder))
        qCWarning(lcStore).noquote() << e.message();
    return Placement::Moved;
}

} // namespace rca

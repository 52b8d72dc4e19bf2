// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profile.h"

#include "store/privatefiles.h"
#include "store/profileidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rca {

Profile Profile::standard()
{
    Profile profile;
    profile.m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    profile.m_logDir = profile.m_dataDir + QStringLiteral("/logs");
    return profile;
}

Profile Profile::inDirectory(const QString &directory)
{
    Profile profile;
    profile.m_dataDir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    profile.m_logDir = profile.m_dataDir + QStringLiteral("/logs");
    return profile;
}

QString Profile::backupDirectory() const
{
    return m_dataDir + QStringLiteral("/backups");
}

QString Profile::databasePath() const
{
    return m_dataDir + QStringLiteral("/rc-archiver.sqlite");
}

QString Profile::lockFilePath() const
{
    return m_dataDir + QStringLiteral("/engine.lock");
}

QString Profile::id() const
{
    if (!m_id.isEmpty())
        return m_id;
    const QString kept = ProfileIdentity::readIdFile(databasePath());
    return kept.isEmpty() ? ProfileIdentity::pathId(m_dataDir) : kept;
}

Error Profile::ensureExists(QStringList *tightened) const
{
    for (const QString &dir : {m_dataDir, m_logDir}) {
        if (!PrivateFiles::makeFolder(dir)) {
            return Error::storage(
                QCoreApplication::translate(
                    "rca::Profile",
                    "Cannot create the folder %1 for RC Archiver's data. Check that "
                    "it is writable, or choose another with --profile.")
                    .arg(QDir::toNativeSeparators(dir)));
        }
    }
    // Only a folder that holds a profile (never someone's folder named by mistake): the
    // folders, then the profile's own files in them.
    const QString database = databasePath();
    if (!QFileInfo::exists(database) && !QFileInfo::exists(ProfileIdentity::idFilePath(database)))
        return {};
    QStringList paths = {m_dataDir, m_logDir};
    const QStringList ownFiles = {QStringLiteral("rc-archiver.sqlite*"),
                                  QStringLiteral("rc-archiver.id"),
                                  QStringLiteral("rc-archiver.damaged-*"),
                                  QStringLiteral("engine.lock"), QStringLiteral("known_hosts")};
    for (const QFileInfo &file : QDir(m_dataDir).entryInfoList(ownFiles, QDir::Files))
        paths << file.absoluteFilePath();
    for (const QFileInfo &file :
         QDir(m_logDir).entryInfoList({QStringLiteral("rc-archiver.log*")}, QDir::Files))
        paths << file.absoluteFilePath();
    if (QFileInfo(backupDirectory()).isDir()) {
        paths << backupDirectory();
        for (const QFileInfo &file :
             QDir(backupDirectory())
                 .entryInfoList({QStringLiteral("rc-archiver-*.sqlite")}, QDir::Files))
            paths << file.absoluteFilePath();
    }
    for (const QString &path : std::as_const(paths)) {
        const QString before = PrivateFiles::modeText(path);
        QString why;
        if (PrivateFiles::tighten(path, &why)) {
            if (tightened)
                tightened->append(QStringLiteral("%1 (was %2)").arg(path, before));
        } else if (!why.isEmpty() && tightened) {
            tightened->append(QStringLiteral("%1: not changed, %2").arg(path, why));
        }
    }
    return {};
}

} // namespace rca

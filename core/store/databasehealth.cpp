// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databasehealth.h"

#include "databasebackups.h"
#include "profileidentity.h"
#include "sqlitefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rca {

namespace {

const QString LogFolder = QStringLiteral("logs");
const QString BackupFolder = QStringLiteral("backups");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+:@%=,-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// The files a database was moved aside to (restore, rebuild).
QStringList setAsideFiles(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return QDir(info.absolutePath())
        .entryList({info.completeBaseName() + QStringLiteral(".damaged-*.sqlite")}, QDir::Files);
}

} // namespace

DatabaseHealth::Inspection DatabaseHealth::inspect(const QString &databasePath)
{
    Inspection result;
    const QFileInfo info(databasePath);
    if (!info.exists())
        return result; // Missing
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    if (info.size() == 0 && (!wal.exists() || wal.size() == 0)) {
        result.state = State::Empty;
        return result;
    }
    SqliteFile file;
    if (!file.open(databasePath, SqliteFile::Mode::ReadWrite)) {
        // Permissions and the like are the normal open's to report.
        result.state = file.lastErrorIsDamage() ? State::Damaged : State::Healthy;
        result.problem = file.errorMessage();
        return result;
    }
    const QString tables =
        file.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    if (tables.isNull()) {
        result.state = file.lastErrorIsDamage() ? State::Damaged : State::Healthy;
        result.problem = file.errorMessage();
        return result;
    }
    result.state = tables.toInt() > 0 ? State::Healthy
                   : info.size() == 0 ? State::Empty
                                      : State::NoSchema;
    return result;
}

QStringList DatabaseHealth::signsOfUse(const QString &databasePath, Scope scope)
{
    QStringList signs;
    const QFileInfo info(databasePath);
    const DatabaseBackups backups(databasePath);
    if (const qsizetype copies = backups.copies().size(); copies > 0)
        signs << (copies == 1 ? tr("a copy of the database in %1").arg(native(backups.folder()))
                              : tr("%1 copies of the database in %2")
                                    .arg(copies)
                                    .arg(native(backups.folder())));
    const QString idFile = ProfileIdentity::idFilePath(databasePath);
    if (QFileInfo::exists(idFile))
        signs << tr("the profile id file %1").arg(native(idFile));
    if (const QStringList aside = setAsideFiles(databasePath); !aside.isEmpty())
        signs << tr("a database set aside earlier (%1)").arg(aside.join(QStringLiteral(", ")));
    if (scope == Scope::WholeFolder) {
        const QString logs = info.absolutePath() + u'/' + LogFolder;
        QDirIterator it(logs, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            if (it.nextFileInfo().size() > 0) {
                signs << tr("log files in %1").arg(native(logs));
                break;
            }
        }
    }
    return signs;
}

QStringList DatabaseHealth::foreignEntries(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString name = info.fileName();
    // What a new profile holds, or may hold before its database exists.
    const QStringList expected = {
        name,
        name + QStringLiteral("-wal"),
        name + QStringLiteral("-shm"),
        name + QStringLiteral("-journal"),
        LogFolder,
        BackupFolder,
        QFileInfo(ProfileIdentity::idFilePath(databasePath)).fileName(),
        QStringLiteral("engine.lock"),
        // The SFTP connector's confirmed host keys live in the standard profile's folder.
        QStringLiteral("known_hosts"),
    };
    const QStringList aside = setAsideFiles(databasePath);
    QStringList foreign;
    const QStringList entries =
        QDir(info.absolutePath())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDir::Name);
    for (const QString &entry : entries) {
        const bool asideJournal = std::any_of(
            aside.begin(), aside.end(), [&](const QString &a) { return entry.startsWith(a); });
        if (!expected.contains(entry) && !asideJournal)
            foreign << entry;
    }
    return foreign;
}

Error DatabaseHealth::check(const QString &databasePath, Scope scope)
{
    const Inspection inspection = inspect(databasePath);
    if (inspection.state == State::Healthy)
        return {};
    if (inspection.state == State::Damaged)
        return refusal(databasePath, inspection, {});
    if (const QStringList signs = signsOfUse(databasePath, scope); !signs.isEmpty())
        return refusal(databasePath, inspection, signs);
    if (scope == Scope::WholeFolder) {
        if (const QStringList foreign = foreignEntries(databasePath); !foreign.isEmpty()) {
            QStringList shown = foreign.mid(0, 5);
            if (foreign.size() > shown.size())
                shown << QStringLiteral("…");
            return Error::storage(
                tr("The folder %1 is not empty (%2) and holds no RC Archiver profile. A new "
                   "profile is made only in an empty folder, or one that does not exist yet: "
                   "choose one with --profile.")
                    .arg(native(QFileInfo(databasePath).absolutePath()),
                         shown.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Error DatabaseHealth::refusal(const QString &databasePath, const Inspection &inspection,
                              const QStringList &signs)
{
    const QString file = native(QFileInfo(databasePath).absoluteFilePath());
    QString message;
    switch (inspection.state) {
    case State::Damaged:
        message = tr("Could not open the archive database %1: %2. The file is damaged; RC "
                     "Archiver will not use it, nor start a new database in its place.")
                      .arg(file, inspection.problem);
        break;
    case State::Missing:
    case State::Empty:
    case State::NoSchema: {
        const QString what = inspection.state == State::Missing ? tr("is missing")
                             : inspection.state == State::Empty ? tr("is empty (zero length)")
                                                                : tr("holds no tables");
        message = tr("The archive database %1 %2, but this profile was used before (%3). RC "
                     "Archiver will not start a new database here: it would forget what is "
                     "archived and archive everything again.")
                      .arg(file, what, signs.join(QStringLiteral("; ")));
        break;
    }
    case State::Healthy:
        return {};
    }
    const DatabaseBackups backups(databasePath);
    QStringList damagedCopies;
    const std::optional<DatabaseBackups::Copy> good = backups.newestGood(&damagedCopies);
    if (good) {
        message +=
            u' ' + tr("The newest good copy is %1, made %2. Restore it with `%3` (the "
                      "file there now is kept aside); what was archived after the copy "
                      "was made is found in the storage and not stored twice.")
                       .arg(native(good->path),
                            good->made.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            commandLine(databasePath, QStringLiteral("restore")));
    } else {
        message +=
            u' ' +
            (damagedCopies.isEmpty()
                 ? tr("There is no copy of it to restore.")
                 : tr("No copy of it in %1 passes its check.").arg(native(backups.folder())));
        message += u' ' + tr("Rebuild the record of what is archived from the manifests in the "
                             "storage with `%1`.")
                              .arg(commandLine(databasePath, QStringLiteral("rebuild")));
    }
    if (inspection.state != State::Damaged)
        message += u' ' + tr("To start a new profile instead, choose an empty folder with "
                             "--profile.");
    return Error::storage(message).withDetail(QStringLiteral("damagedDatabase"), true);
}

QString DatabaseHealth::commandLine(const QString &databasePath, const QString &subcommand)
{
    const QString folder = QDir::cleanPath(QFileInfo(databasePath).absolutePath());
    const QString standard =
        QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString profile =
        folder == standard ? QString() : QStringLiteral("--profile %1 ").arg(shellQuoted(folder));
    return QStringLiteral("rc-archiver %1database %2").arg(profile, subcommand);
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver database check|restore [COPY]|rebuild [STORAGE …]|new-id`: the profile's
// database when something went wrong with it. It runs on the profile alone (never through a
// healthy Session::open), because the database it looks after may be one that open() refuses.
// check: PRAGMA integrity_check and the copies in backups/; restore: puts back the newest good
// copy, keeping the damaged file aside; rebuild: when no copy is good, a new database whose
// ledger is read from the day manifests in the storage; new-id: gives a copied profile its own
// keychain entries.
#include "command.h"
#include "session.h"

#include "accounts/accounts.h"
#include "audit/ledgerrebuilder.h"
#include "engine/enginesettings.h"
#include "oauth/oauthflow.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/database.h"
#include "store/databasebackups.h"
#include "store/databasehealth.h"
#include "store/profileidentity.h"
#include "store/settingsstore.h"
#include "store/sqlitefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::DatabaseCommand)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The profile's job lock, so that no job of this process or another writes while the
// database is replaced. Null (with the message printed) when another process holds it.
std::unique_ptr<QLockFile> lockProfile(const CommandInvocation &invocation)
{
    auto lock = std::make_unique<QLockFile>(invocation.session.profile().lockFilePath());
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    invocation.err << Text::tr(
                          "Another RC Archiver (process %1) is archiving with this profile. Stop "
                          "it first (quit the window, or systemctl --user stop rc-archiver).")
                          .arg(pid)
                   << "\n";
    return nullptr;
}

QString copyLine(const DatabaseBackups::Copy &copy, const QString &verdict)
{
    return QStringLiteral("  %1  %2  %3 KiB%4  %5")
        .arg(QFileInfo(copy.path).fileName(), localText(copy.made))
        .arg((copy.size + 1023) / 1024)
        .arg(copy.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(copy.note), verdict);
}

// What a database file holds that says how it stands: for check and rebuild.
struct Contents
{
    bool readable = false;
    int schema = -1;
    QString id;
    qint64 items = -1;
    qint64 jobs = -1;
    QList<QStringList> settings; // key, value
};

Contents readContents(const QString &path)
{
    Contents contents;
    SqliteFile file;
    if (!file.open(path, SqliteFile::Mode::ReadOnly))
        return contents;
    const QString schema = file.scalar(QStringLiteral("PRAGMA user_version"));
    contents.readable = !schema.isNull();
    contents.schema = schema.isNull() ? -1 : schema.toInt();
    contents.id = file.scalar(QStringLiteral("SELECT id FROM profile"));
    const QString items = file.scalar(QStringLiteral("SELECT count(*) FROM archived_items"));
    contents.items = items.isNull() ? -1 : items.toLongLong();
    const QString jobs = file.scalar(QStringLiteral("SELECT count(*) FROM jobs"));
    contents.jobs = jobs.isNull() ? -1 : jobs.toLongLong();
    file.query(QStringLiteral("SELECT key, value FROM settings"), &contents.settings);
    return contents;
}

QString stateText(const DatabaseHealth::Inspection &inspection)
{
    switch (inspection.state) {
    case DatabaseHealth::State::Missing:
        return Text::tr("missing");
    case DatabaseHealth::State::Empty:
        return Text::tr("empty (zero length)");
    case DatabaseHealth::State::NoSchema:
        return Text::tr("an SQLite file without tables");
    case DatabaseHealth::State::Damaged:
        return Text::tr("damaged (%1)").arg(inspection.problem);
    case DatabaseHealth::State::Healthy:
        return Text::tr("opens");
    }
    return {};
}

int check(const CommandInvocation &invocation)
{
    QTextStream &out = invocation.out;
    const QString path = invocation.session.profile().databasePath();
    const DatabaseHealth::Inspection inspection = DatabaseHealth::inspect(path);
    out << Text::tr("Database: %1").arg(native(path)) << "\n";
    out << Text::tr("State:    %1").arg(stateText(inspection)) << "\n";
    bool sound = inspection.state == DatabaseHealth::State::Healthy;
    if (sound) {
        SqliteFile file;
        QStringList problems;
        // Read-write: SQLite replays the WAL as any open does; nothing else is written.
        sound = file.open(path, SqliteFile::Mode::ReadWrite) && file.check(false, &problems);
        if (!file.isOpen())
            problems << file.errorMessage();
        out << Text::tr("Integrity check (PRAGMA integrity_check): %1")
                   .arg(sound ? QStringLiteral("ok") : Text::tr("FAILED"))
            << "\n";
        for (const QString &problem : problems.mid(0, 20))
            out << "  " << problem << "\n";
        const Contents contents = readContents(path);
        if (contents.readable) {
            out << Text::tr("Schema %1 (this version knows up to %2); archived items: %3; jobs: %4")
                       .arg(contents.schema)
                       .arg(Database::currentSchemaVersion())
                       .arg(contents.items)
                       .arg(contents.jobs)
                << "\n";
            if (!contents.id.isEmpty())
                out << Text::tr("Profile id: %1").arg(contents.id) << "\n";
        }
    }
    const DatabaseBackups backups(path);
    const QList<DatabaseBackups::Copy> copies = backups.copies();
    out << Text::tr("Copies in %1 (newest first, %2 kept):")
               .arg(native(backups.folder()))
               .arg(DatabaseBackups::Keep)
        << "\n";
    if (copies.isEmpty())
        out << "  " << Text::tr("none") << "\n";
    for (const DatabaseBackups::Copy &copy : copies) {
        QStringList problems;
        const bool good = DatabaseBackups::checkFile(copy.path, true, &problems);
        out << copyLine(copy, good ? Text::tr("good")
                                   : Text::tr("damaged: %1").arg(problems.mid(0, 2).join(u"; ")))
            << "\n";
    }
    if (sound)
        return Success;
    const Error refusal = DatabaseHealth::check(path, DatabaseHealth::Scope::WholeFolder);
    if (inspection.isFresh() && !refusal) {
        out << Text::tr("No database yet: this profile is new.") << "\n";
        return Success;
    }
    out << "\n"
        << (refusal ? refusal.message()
                    : Text::tr(
                          "Restore a good copy with `%1`, or when none is good, rebuild with `%2`.")
                          .arg(DatabaseHealth::commandLine(path, QStringLiteral("restore")),
                               DatabaseHealth::commandLine(path, QStringLiteral("rebuild"))))
        << "\n";
    return DamagedDatabase;
}

// The storage the database's settings name, opened; null with *error when it cannot be.
std::unique_ptr<StorageConnector> openStorage(Session &session, Database *db, const QString &id,
                                              Error *error)
{
    const EngineSettings::Connections connections = EngineSettings(db).connections();
    if (connections.storageKind.isEmpty()) {
        *error = Error::storage(Text::tr("no storage is connected"));
        return nullptr;
    }
    StorageConnectorFactory *factory = session.connectors().factory(connections.storageKind);
    if (!factory) {
        *error = Error::storage(
            Text::tr("the storage connector \"%1\" is not installed").arg(connections.storageKind));
        return nullptr;
    }
    ConnectorContext context;
    context.settings = connections.storageSettings;
    context.secrets = session.secrets();
    context.profileId = id;
    std::unique_ptr<StorageConnector> storage = factory->create(context);
    if ((*error = storage->open(CancelToken())))
        return nullptr;
    return storage;
}

int restore(const CommandInvocation &invocation)
{
    QTextStream &out = invocation.out;
    const Profile &profile = invocation.session.profile();
    const QString path = profile.databasePath();
    DatabaseBackups backups(path);
    const QString named = invocation.arguments.value(2);
    const DatabaseHealth::Inspection inspection = DatabaseHealth::inspect(path);
    // A database that works is replaced only by a copy named on purpose.
    if (inspection.state == DatabaseHealth::State::Healthy && named.isEmpty()) {
        return invocation.fail(
            Text::tr(
                "The database %1 opens; `database check` tells whether it is sound. To replace it "
                "with a copy all the same, name the copy: `%2 COPY`.")
                .arg(native(path), DatabaseHealth::commandLine(path, QStringLiteral("restore"))));
    }
    std::optional<DatabaseBackups::Copy> copy;
    if (!named.isEmpty()) {
        copy = backups.find(named);
        if (!copy)
            return invocation.fail(
                Text::tr("There is no copy \"%1\" (see `database check`).").arg(named));
    } else {
        copy = backups.newestGood();
        if (!copy) {
            return invocation.fail(
                Text::tr(
                    "There is no good copy in %1. Rebuild the database from the manifests in the "
                    "storage with `%2`.")
                    .arg(native(backups.folder()),
                         DatabaseHealth::commandLine(path, QStringLiteral("rebuild"))));
        }
    }
    const std::unique_ptr<QLockFile> lock = lockProfile(invocation);
    if (!lock)
        return ProfileBusy;
    QString aside;
    if (Error e = backups.restore(*copy, QDateTime::currentDateTimeUtc(), &aside))
        return invocation.fail(e);
    // Opened as the program will open it (migrated when the copy is of an older schema).
    Database db(path);
    if (Error e = db.open())
        return invocation.fail(e);
    out << Text::tr("Restored %1 (made %2).").arg(native(copy->path), localText(copy->made))
        << "\n";
    if (!aside.isEmpty())
        out << Text::tr("The file that was there is kept as %1.").arg(native(aside)) << "\n";

    // What was archived after the copy was made is in the manifests: into the ledger with it,
    // so that the jobs that catch up download nothing again.
    Error error;
    const std::unique_ptr<StorageConnector> storage =
        openStorage(invocation.session, &db, ProfileIdentity(&db).id(), &error);
    LedgerRebuilder::Result result;
    if (storage)
        error = LedgerRebuilder(&db, storage.get()).run(CancelToken(), &result);
    if (!error) {
        out << Text::tr("%n item(s) archived after the copy was made were recorded from the "
                        "manifests in %1.",
                        nullptr, result.recorded)
                   .arg(storage->location())
            << "\n";
        storage->close();
    } else {
        out << Text::tr(
                   "The manifests in the storage could not be read (%1). What was archived after "
                   "the copy was made is still in the storage: the next jobs find it there and "
                   "store nothing twice.")
                   .arg(error.message())
            << "\n";
    }
    out << Text::tr("The job log ends when the copy was made.") << "\n";
    return Success;
}

// $BROWSER or the printed address, for a cloud storage named to rebuild.
Accounts::BrowserOpener printingOpener(QTextStream &out)
{
    return [&out](const QUrl &url) {
        out << Text::tr("Sign in in your browser. If none opens, visit:") << "\n  "
            << url.toString(QUrl::FullyEncoded) << "\n";
        out.flush();
        OAuthFlow::browserFromEnvironment(url);
        return true;
    };
}

int rebuild(const CommandInvocation &invocation)
{
    QTextStream &out = invocation.out;
    Session &session = invocation.session;
    const Profile &profile = session.profile();
    const QString path = profile.databasePath();
    DatabaseBackups backups(path);
    DatabaseHealth::Inspection inspection = DatabaseHealth::inspect(path);

    // A sound database with a ledger is not thrown away; one that fails its check, or a new
    // one (an earlier rebuild that could not reach the storage), is.
    bool keep = false;
    if (inspection.state == DatabaseHealth::State::Healthy) {
        SqliteFile file;
        QStringList problems;
        if (file.open(path, SqliteFile::Mode::ReadWrite) && file.check(false, &problems)) {
            const Contents contents = readContents(path);
            if (contents.items > 0 || contents.jobs > 0) {
                return invocation.fail(
                    Text::tr("The database %1 is sound and holds %n archived item(s): there is "
                             "nothing to rebuild.",
                             nullptr, int(contents.items))
                        .arg(native(path)));
            }
            keep = contents.schema == Database::currentSchemaVersion();
        }
        if (!keep) {
            inspection.state = DatabaseHealth::State::Damaged;
            inspection.problem = problems.value(0);
        }
    }
    if (!keep) {
        if (const auto good = backups.newestGood()) {
            return invocation.fail(
                Text::tr("A good copy of the database exists: %1 (made %2). Restore it with `%3`; "
                         "rebuild is for when no copy is good.")
                    .arg(native(good->path), localText(good->made),
                         DatabaseHealth::commandLine(path, QStringLiteral("restore"))));
        }
    }

    // What can still be read of the settings (the storage, the source, the schedule) and of
    // the id: the database itself, else its copies, newest first, damaged or not.
    QStringList sources;
    if (inspection.state == DatabaseHealth::State::Damaged ||
        inspection.state == DatabaseHealth::State::Healthy)
        sources << path;
    for (const DatabaseBackups::Copy &copy : backups.copies())
        sources << copy.path;
    Contents recovered;
    QString recoveredFrom;
    for (const QString &source : std::as_const(sources)) {
        const Contents contents = readContents(source);
        if (recovered.id.isEmpty())
            recovered.id = contents.id;
        if (recoveredFrom.isEmpty() && !contents.settings.isEmpty()) {
            recovered.settings = contents.settings;
            recoveredFrom = source;
        }
    }
    QString id = recovered.id.isEmpty() ? ProfileIdentity::readIdFile(path) : recovered.id;
    if (id.isEmpty())
        id = ProfileIdentity::pathId(profile.dataDirectory());
    QString recoveredStorage;
    for (const QStringList &row : std::as_const(recovered.settings)) {
        if (row.value(0) == QLatin1String(SettingKey::StorageKind))
            recoveredStorage = row.value(1);
    }

    // The storage named on the line (as for `connect`) wins over the recovered one.
    const QString storageName = invocation.arguments.value(2);
    QVariantMap options;
    StorageConnectorFactory *named = nullptr;
    if (!storageName.isEmpty()) {
        named = session.connectors().factory(storageName);
        if (!named) {
            invocation.err << Text::tr("Unknown storage \"%1\". Storages: %2.")
                                  .arg(storageName, session.connectors().ids().join(u", "))
                           << "\n";
            return UsageError;
        }
        for (const QString &pair : invocation.parser.values(QStringLiteral("option"))) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0) {
                invocation.err << Text::tr("--option takes KEY=VALUE, not \"%1\".").arg(pair)
                               << "\n";
                return UsageError;
            }
            options[pair.left(eq)] = pair.mid(eq + 1);
        }
        const SetUpDescription setUp = named->setUpDescription();
        if (invocation.parser.isSet(QStringLiteral("path"))) {
            const SetUpField *folder = setUp.firstOfKind(SetUpField::Kind::FolderPath);
            if (!folder) {
                invocation.err << Text::tr("%1 takes no --path.").arg(storageName) << "\n";
                return UsageError;
            }
            options[folder->key] =
                QFileInfo(invocation.parser.value(QStringLiteral("path"))).absoluteFilePath();
        }
        if (Error e = setUp.validate(options, named->displayName())) {
            invocation.err << e.message() << "\n";
            return UsageError;
        }
    } else if (recoveredStorage.isEmpty()) {
        return invocation.fail(
            Text::tr(
                "Nothing of the storage's settings could be read from the database or its copies. "
                "Name the storage that holds the archive, as for `connect`, e.g. `%1 local --path "
                "DIR` (storages: %2). Nothing was changed.")
                .arg(DatabaseHealth::commandLine(path, QStringLiteral("rebuild")),
                     session.connectors().ids().join(u", ")));
    }

    const std::unique_ptr<QLockFile> lock = lockProfile(invocation);
    if (!lock)
        return ProfileBusy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString aside;
    if (!keep) {
        if (Error e = backups.setAside(now, &aside))
            return invocation.fail(e);
    }
    Database db(path);
    if (Error e = db.open(keep ? Database::NewDatabase::OnlyInUnusedFolder
                               : Database::NewDatabase::Allowed))
        return invocation.fail(e);
    ProfileIdentity identity(&db);
    if (identity.id() != id) {
        if (Error e = identity.setId(id))
            return invocation.fail(e);
    }
    if (!keep && !recovered.settings.isEmpty()) {
        Error e = db.transaction([&]() -> Error {
            for (const QStringList &row : std::as_const(recovered.settings)) {
                QSqlQuery insert(db.connection());
                if (Error e = db.prepare(insert, QStringLiteral("INSERT OR REPLACE INTO settings "
                                                                "(key, value) VALUES (?, ?)")))
                    return e;
                insert.addBindValue(row.value(0));
                insert.addBindValue(row.value(1));
                if (Error e = db.execWrite(insert))
                    return e;
            }
            return {};
        });
        if (e)
            return invocation.fail(e);
        out << Text::tr("Settings recovered from %1.").arg(native(recoveredFrom)) << "\n";
    }
    if (named) {
        SettingsStore settings(&db);
        settings.reset(QLatin1String(SettingKey::StorageKind));
        settings.reset(QLatin1String(SettingKey::StorageSettings));
        Accounts accounts(&db, &session.connectors(), session.secrets(), id);
        if (Error e = accounts.connectStorage(storageName, options, printingOpener(out)))
            return invocation.fail(e);
    }

    const QString again = Text::tr("Then run `%1` again: the new database waits for it.")
                              .arg(DatabaseHealth::commandLine(path, QStringLiteral("rebuild")));
    Error error;
    const std::unique_ptr<StorageConnector> storage = openStorage(session, &db, id, &error);
    if (!storage) {
        invocation.err << Text::tr("Could not open the storage: %1").arg(error.message()) << "\n"
                       << again << "\n";
        return exitCodeFor(error);
    }
    const CancelToken cancel;
    out << Text::tr("Reading the manifests in %1 …").arg(storage->location()) << "\n";
    out.flush();
    LedgerRebuilder::Result result;
    const Error rebuilt = LedgerRebuilder(&db, storage.get()).run(cancel, &result);
    storage->close();
    if (rebuilt) {
        invocation.fail(rebuilt);
        invocation.err << again << "\n";
        return Failure;
    }
    // With no schedule recovered, the next jobs start from the newest item archived, so the
    // time the database was lost is caught up (what is already stored is skipped).
    EngineSettings engineSettings(&db);
    ScheduleState state = engineSettings.scheduleState();
    if (!state.watermark.isValid() && result.latestItem.isValid()) {
        const qint64 halfHour = 30 * 60 * 1000;
        const qint64 ms = result.latestItem.toMSecsSinceEpoch();
        state.watermark = QDateTime::fromMSecsSinceEpoch(ms - ms % halfHour, QTimeZone::utc());
        if (Error e = engineSettings.saveScheduleState(state))
            return invocation.fail(e);
    }

    if (!aside.isEmpty())
        out << Text::tr("The damaged database is kept as %1.").arg(native(aside)) << "\n";
    out << Text::tr("Rebuilt the ledger from %1 day manifest(s): %2 item(s) recorded as archived.")
               .arg(result.manifests)
               .arg(result.recorded + result.alreadyKnown)
        << "\n";
    if (result.missing > 0) {
        out << Text::tr("%n item(s) the manifests list are not in the storage (e.g. %1): an audit "
                        "with --repair over their days archives them again.",
                        nullptr, result.missing)
                   .arg(result.missingPaths.value(0))
            << "\n";
    }
    if (result.unreadable > 0)
        out << Text::tr("%n manifest line(s) could not be read and were left out.", nullptr,
                        result.unreadable)
            << "\n";
    out << Text::tr("The job log starts afresh. Check the connections with `rc-archiver status`.")
        << "\n";
    return Success;
}

int newId(const CommandInvocation &invocation)
{
    const Profile &profile = invocation.session.profile();
    Database db(profile.databasePath());
    if (Error e = db.open())
        return invocation.fail(e);
    ProfileIdentity identity(&db);
    const QString old = identity.id();
    const QString id = ProfileIdentity::newId();
    if (Error e = identity.setId(id))
        return invocation.fail(e);
    invocation.out
        << Text::tr(
               "This profile now has its own id (%1, was %2); the sign-ins saved under the old one "
               "stay with the profile it was copied from. Connect this one again: `rc-archiver "
               "connect ringcentral` and `rc-archiver connect STORAGE`, with --profile %3.")
               .arg(id, old, native(profile.dataDirectory()))
        << "\n";
    return Success;
}

int database(const CommandInvocation &invocation)
{
    const QString action = invocation.arguments.value(1);
    if (action == u"check")
        return check(invocation);
    if (action == u"restore")
        return restore(invocation);
    if (action == u"rebuild")
        return rebuild(invocation);
    if (action == u"new-id")
        return newId(invocation);
    invocation.err << Text::tr(
                          "Use `rc-archiver database check`, `restore [COPY]`, `rebuild [STORAGE "
                          "[options]]` or `new-id`.")
                   << "\n";
    return UsageError;
}

} // namespace

Command databaseCommand()
{
    Command command{
        QStringLiteral("database"),
        QStringLiteral("database check | restore [COPY] | rebuild [STORAGE …] | new-id"),
        QT_TRANSLATE_NOOP(
            "rca::CommandLine",
            "The profile's database. check: PRAGMA integrity_check and the copies\n"
            "(made daily and before each upgrade, 7 kept in backups/). restore: puts\n"
            "back the newest good copy, or COPY; the file there is kept aside. rebuild:\n"
            "when no copy is good, a new database whose ledger is read from the day\n"
            "manifests in the storage, so nothing is archived twice; the storage and\n"
            "other settings are read from the damaged file or its copies, or given as\n"
            "for connect (rebuild local --path DIR, rebuild sftp --option …). new-id:\n"
            "a copied profile gets its own sign-ins (connect again). Stop the window\n"
            "or service first; exit status 7 when the database is damaged."),
        {},
        &database};
    command.opensDamagedProfile = true;
    return command;
}

} // namespace rca

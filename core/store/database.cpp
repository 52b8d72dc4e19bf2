// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "databasebackups.h"
#include "databasehealth.h"
#include "privatefiles.h"
#include "profileidentity.h"
#include "settingsstore.h"
#include "sqlitefile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcStore, "rcarchiver.core.store")

constexpr int CurrentSchemaVersion = 6;

// Schema v1, as the first release created it. Kept verbatim: later versions migrate from it,
// and the tests build v1 files with it.
const char *const SchemaV1[] = {
    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE jobs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " window_from INTEGER NOT NULL," // ms since the epoch, UTC
    " window_to INTEGER NOT NULL,"
    " status TEXT NOT NULL," // JobRecord::statusKey()
    " \"trigger\" TEXT NOT NULL,"
    " started_at INTEGER NOT NULL,"
    " ended_at INTEGER,"
    " storage TEXT NOT NULL DEFAULT '',"
    " count_call_recording INTEGER NOT NULL DEFAULT 0,"
    " count_voicemail INTEGER NOT NULL DEFAULT 0,"
    " count_sms INTEGER NOT NULL DEFAULT 0,"
    " count_fax INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE archived_items ("
    " type INTEGER NOT NULL," // ItemType
    " source_id TEXT NOT NULL,"
    " job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,"
    " remote_path TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " created_at INTEGER,"
    " archived_at INTEGER NOT NULL,"
    " PRIMARY KEY (type, source_id))",
    "CREATE INDEX archived_items_job ON archived_items(job_id)",
};

// v2: job errors, provider checksums and attachments in the ledger, per-item retry state.
const char *const SchemaV2[] = {
    "ALTER TABLE jobs ADD COLUMN failed_items INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE jobs ADD COLUMN error TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE archived_items ADD COLUMN provider_checksum TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE archived_items ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1",
    "CREATE TABLE item_failures ("
    " type INTEGER NOT NULL,"
    " source_id TEXT NOT NULL,"
    " item_json TEXT NOT NULL," // ArchiveItem::toJson(), to fetch the item again
    " created_at INTEGER,"      // the item's creation, for ordering and expiry
    " job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " last_attempt_at INTEGER,"
    " next_retry_at INTEGER," // NULL when permanent
    " permanent INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (type, source_id))",
    "CREATE INDEX item_failures_due ON item_failures(permanent, next_retry_at)",
    "CREATE INDEX item_failures_job ON item_failures(job_id)",
    "CREATE INDEX jobs_started_at ON jobs(started_at)",
};

// v3: proof of completeness. Each ledger entry's day folder (the manifest it belongs in) and
// the item's metadata for that manifest; the days whose manifest must be written again (every
// day of an existing archive, so that it gets one); the types each job archived (what an audit
// expects of its window); the stored file a repair replaces; what an audit found; and the
// scratch list of what the source holds while an audit compares.
const char *const SchemaV3[] = {
    "ALTER TABLE archived_items ADD COLUMN day TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE archived_items ADD COLUMN metadata TEXT NOT NULL DEFAULT ''",
    // "<extension folder>/<YYYY-MM-DD>/<type folder>/<file>": the day is the second part.
    "UPDATE archived_items SET day = substr(remote_path, instr(remote_path, '/') + 1, 10)"
    " WHERE substr(remote_path, instr(remote_path, '/') + 1, 11)"
    " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/'",
    "CREATE INDEX archived_items_day ON archived_items(day)",
    "CREATE INDEX archived_items_created ON archived_items(created_at)",
    "CREATE INDEX archived_items_path ON archived_items(remote_path)",
    "CREATE TABLE manifest_pending (day TEXT PRIMARY KEY NOT NULL)",
    "INSERT OR IGNORE INTO manifest_pending SELECT DISTINCT day FROM archived_items"
    " WHERE day != ''",
    "ALTER TABLE jobs ADD COLUMN types TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE item_failures ADD COLUMN replace_path TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE audit_problems ("
    " job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " kind TEXT NOT NULL," // AuditProblem::kindKey()
    " type INTEGER,"       // ItemType; NULL for a file that is no item
    " source_id TEXT NOT NULL DEFAULT '',"
    " path TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '',"
    " window_from INTEGER,"
    " window_to INTEGER,"
    " repairable INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (job_id, seq))",
    "CREATE TABLE audit_listed ("
    " type INTEGER NOT NULL,"
    " source_id TEXT NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " item_json TEXT NOT NULL,"
    " PRIMARY KEY (type, source_id))",
    "CREATE INDEX audit_listed_created ON audit_listed(created_at)",
};

// v4: the profile's identity (ProfileIdentity): the id its keychain entries are named after,
// kept with the data so that a moved profile keeps its sign-ins, and the folder it was last
// opened in, to tell a copy from a move. One row; the migration fills it.
const char *const SchemaV4[] = {
    "CREATE TABLE profile ("
    " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
    " id TEXT NOT NULL,"
    " last_path TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER)",
};

// v5: RingCentral's request pacing (RateStore), shared by every process of the profile: per
// rate group, when it may send next, the end of a penalty, and the recent send times
// (comma-separated wall-clock milliseconds).
const char *const SchemaV5[] = {
    "CREATE TABLE rate_pace ("
    " rate_group TEXT PRIMARY KEY NOT NULL,"
    " next_allowed_ms INTEGER NOT NULL DEFAULT 0,"
    " penalty_until_ms INTEGER NOT NULL DEFAULT 0,"
    " recent TEXT NOT NULL DEFAULT '')",
};

// v6: storages that keep objects write-once (S3 Object Lock): the retention each archived item
// was written with (ObjectRetention as JSON, its date in ms for `status`), and the records a
// connector keeps of work in progress (ConnectorState: an S3 multipart upload to resume).
const char *const SchemaV6[] = {
    "ALTER TABLE archived_items ADD COLUMN retention TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE archived_items ADD COLUMN retain_until INTEGER",
    "CREATE INDEX archived_items_retain_until ON archived_items(retain_until)",
    "CREATE TABLE connector_state ("
    " storage TEXT NOT NULL,"
    " key TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " updated_ms INTEGER NOT NULL,"
    " PRIMARY KEY (storage, key))",
};

std::atomic_int g_instanceCounter{0};

// What one thread holds: the connections it opened (removed when the thread ends, in that
// thread, as Qt requires) and the transaction depth of each.
struct ThreadState
{
    QStringList connections;
    QHash<QString, int> transactionDepth;

    ~ThreadState()
    {
        for (const QString &name : std::as_const(connections))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadState *> g_threadState;

ThreadState &threadState()
{
    if (!g_threadState.hasLocalData())
        g_threadState.setLocalData(new ThreadState);
    return *g_threadState.localData();
}

// The SQLite text when there is one ("disk I/O error"), otherwise Qt's.
QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// SQLite said the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB; Qt gives the extended code).
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && SqliteFile::isDamageCode(code & 0xff);
}

// The folder of the database file, spelled as the profile spells it.
QString folderOf(const QString &filePath)
{
    const qsizetype slash = filePath.lastIndexOf(u'/');
    return slash > 0 ? filePath.left(slash) : QFileInfo(filePath).absolutePath();
}

} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(QStringLiteral("rca-store-%1").arg(++g_instanceCounter))
{}

Database::~Database()
{
    const QString prefix = m_connectionPrefix + u'-';
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
    }
    if (g_threadState.hasLocalData()) {
        ThreadState *state = g_threadState.localData();
        state->connections.removeIf([&](const QString &name) { return name.startsWith(prefix); });
        state->transactionDepth.removeIf(
            [&](const auto &it) { return it.key().startsWith(prefix); });
    }
}

int Database::currentSchemaVersion()
{
    return CurrentSchemaVersion;
}

QString Database::connectionName() const
{
    return m_connectionPrefix + u'-' +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        threadState().connections.append(name);
    }
    if (db.isOpen())
        return db;
    if (!db.open()) {
        qCWarning(lcStore).noquote()
            << "Cannot open" << m_filePath << "-" << errorText(db.lastError());
        return db;
    }
    // Per connection: FULL makes a committed transaction survive a power cut in WAL mode too.
    const char *const pragmas[] = {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                                   "PRAGMA busy_timeout = 5000"};
    for (const char *pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            qCWarning(lcStore).noquote() << pragma << "failed:" << errorText(query.lastError());
    }
    return db;
}

Error Database::openAtVersion(int version, NewDatabase newDatabase)
{
    const QFileInfo info(m_filePath);
    if (!PrivateFiles::makeFolder(info.absolutePath())) {
        return Error::storage(tr("Could not create the folder %1 for the archive database.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    // Before SQLite touches the file: a damaged one is refused, and a lost one is not
    // silently replaced by a new, empty database.
    const bool alreadyOpen = QSqlDatabase::contains(connectionName()) &&
                             QSqlDatabase::database(connectionName(), false).isOpen();
    if (!alreadyOpen) {
        const DatabaseHealth::Inspection inspection = DatabaseHealth::inspect(m_filePath);
        if (inspection.state == DatabaseHealth::State::Damaged)
            return DatabaseHealth::refusal(m_filePath, inspection, {});
        if (inspection.isFresh() && newDatabase == NewDatabase::OnlyInUnusedFolder) {
            const QStringList signs =
                DatabaseHealth::signsOfUse(m_filePath, DatabaseHealth::Scope::DatabaseFiles);
            if (!signs.isEmpty())
                return DatabaseHealth::refusal(m_filePath, inspection, signs);
        }
        if (inspection.state == DatabaseHealth::State::Missing) {
            // Private from its first byte; SQLite gives its -wal and -shm the same modes.
            QFile create(m_filePath);
            if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path = m_filePath + QLatin1String(suffix);
        const QString mode = PrivateFiles::modeText(path);
        QString why;
        if (PrivateFiles::tighten(path, &why))
            qCInfo(lcStore).noquote() << "Made" << path << "private (0600; it was" << mode << ")";
        else if (!why.isEmpty())
            qCWarning(lcStore).noquote() << "Could not make" << path << "private:" << why;
    }

    const QString what = tr("Could not open the archive database %1")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::storage(what + QStringLiteral(": ") + errorText(db.lastError()));

    // The first statement that reads the file: a file that is not a database fails here.
    QSqlQuery query(db);
    if (Error e = prepare(query, QStringLiteral("PRAGMA journal_mode = WAL")))
        return withContext(what, e);
    if (Error e = execRead(query))
        return withContext(what, e);
    const QString mode = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (mode.compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStore).noquote() << "WAL journal not available for" << m_filePath << mode;

    if (Error e = migrate(version))
        return withContext(what, e);
    if (version >= 4) {
        if (Error e = ProfileIdentity(this).syncIdFile())
            qCWarning(lcStore).noquote() << e.message();
    }
    return {};
}

Error Database::open(NewDatabase newDatabase)
{
    return openAtVersion(CurrentSchemaVersion, newDatabase);
}

int Database::schemaVersion()
{
    QSqlQuery query(connection());
    if (prepare(query, QStringLiteral("PRAGMA user_version")) || execRead(query) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Error Database::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.driver() || !query.driver()->isOpen()) {
        const QString why = errorText(connection().lastError());
        return Error::storage(why.isEmpty() ? tr("the database is not open") : why);
    }
    if (!query.prepare(sql)) {
        qCWarning(lcStore).noquote() << "Prepare failed:" << sql << errorText(query.lastError());
        return Error::storage(errorText(query.lastError()));
    }
    return {};
}

Error Database::execWrite(QSqlQuery &query)
{
    int countdown = m_failCountdown.load();
    while (countdown > 0) {
        if (m_failCountdown.compare_exchange_weak(countdown, countdown - 1)) {
            if (countdown == 1) {
                qCWarning(lcStore) << "Injected write failure";
                return Error::storage(tr("injected write failure (test)"));
            }
            break;
        }
    }
    return execRead(query);
}

Error Database::execRead(QSqlQuery &query)
{
    if (!query.exec()) {
        const QString text = errorText(query.lastError());
        qCWarning(lcStore).noquote() << "Statement failed:" << query.lastQuery() << "-" << text;
        if (isDamage(query.lastError())) {
            qCCritical(lcStore).noquote()
                << "The database" << m_filePath << "is damaged; see `rc-archiver database check`";
            return Error::storage(text).withDetail(QStringLiteral("damagedDatabase"), true);
        }
        return Error::storage(text);
    }
    return {};
}

Error Database::withContext(const QString &what, const Error &cause)
{
    if (!cause)
        return cause;
    Error error(cause.kind(), what + QStringLiteral(": ") + cause.message(),
                cause.retryAfterSeconds());
    for (auto it = cause.details().cbegin(); it != cause.details().cend(); ++it)
        error.withDetail(it.key(), it.value());
    return error;
}

void Database::failNthWrite(int n)
{
    m_failCountdown.store(qMax(0, n));
}

Error Database::exec(const QString &sql, bool countAsWrite)
{
    QSqlQuery query(connection());
    if (Error e = prepare(query, sql))
        return e;
    return countAsWrite ? execWrite(query) : execRead(query);
}

Error Database::begin()
{
    int &depth = threadState().transactionDepth[connectionName()];
    const QString sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT rca_%1").arg(depth);
    if (Error e = exec(sql, false))
        return withContext(tr("Could not start a database transaction"), e);
    ++depth;
    return {};
}

Error Database::commit()
{
    int &depth = threadState().transactionDepth[connectionName()];
    if (depth <= 0)
        return Error::storage(tr("Commit without a transaction"));
    const int level = depth - 1;
    const QString sql =
        level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE rca_%1").arg(level);
    if (Error e = exec(sql, false)) {
        rollback();
        return withContext(tr("Could not commit a database transaction"), e);
    }
    depth = level;
    return {};
}

void Database::rollback()
{
    int &depth = threadState().transactionDepth[connectionName()];
    if (depth <= 0)
        return;
    const int level = --depth;
    // SQLite may already have rolled back by itself (disk full, I/O error): then these fail,
    // harmlessly.
    if (level == 0) {
        if (Error e = exec(QStringLiteral("ROLLBACK"), false))
            qCDebug(lcStore).noquote() << "Rollback:" << e.message();
    } else {
        const QString name = QStringLiteral("rca_%1").arg(level);
        if (Error e = exec(QStringLiteral("ROLLBACK TO ") + name, false))
            qCDebug(lcStore).noquote() << "Rollback to savepoint:" << e.message();
        exec(QStringLiteral("RELEASE ") + name, false);
    }
}

Error Database::applyRenamedKeys()
{
    const QList<QPair<QString, QString>> renamed = SettingsStore::renamedKeys();
    for (const auto &[oldKey, newKey] : renamed) {
        // A value already under the new key wins; the old one goes either way.
        QSqlQuery move(connection());
        if (Error e = prepare(
                move, QStringLiteral("UPDATE settings SET key = :new WHERE key = :old AND NOT "
                                     "EXISTS (SELECT 1 FROM settings WHERE key = :new2)")))
            return e;
        move.bindValue(QStringLiteral(":new"), newKey);
        move.bindValue(QStringLiteral(":old"), oldKey);
        move.bindValue(QStringLiteral(":new2"), newKey);
        if (Error e = execWrite(move))
            return e;
        QSqlQuery drop(connection());
        if (Error e = prepare(drop, QStringLiteral("DELETE FROM settings WHERE key = :old")))
            return e;
        drop.bindValue(QStringLiteral(":old"), oldKey);
        if (Error e = execWrite(drop))
            return e;
    }
    return {};
}

Error Database::insertIdentity(bool newDatabase)
{
    // A database made before ids were kept keeps the id its keychain entries are named by.
    const QString folder = folderOf(m_filePath);
    QSqlQuery insert(connection());
    if (Error e = prepare(insert, QStringLiteral("INSERT INTO profile (singleton, id, last_path, "
                                                 "created_at) VALUES (1, ?, ?, ?)")))
        return e;
    insert.addBindValue(newDatabase ? ProfileIdentity::newId() : ProfileIdentity::pathId(folder));
    insert.addBindValue(folder);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return execWrite(insert);
}

Error Database::migrate(int targetVersion)
{
    const int found = schemaVersion();
    if (found < 0)
        return Error::storage(tr("cannot read the schema version"));
    if (found > CurrentSchemaVersion) {
        return Error::storage(
            tr("it was written by a newer version of RC Archiver (schema %1, this version "
               "knows up to %2)")
                .arg(found)
                .arg(CurrentSchemaVersion));
    }
    // A checked copy of what there is before a migration changes it.
    if (found > 0 && found < targetVersion) {
        if (Error e = DatabaseBackups(m_filePath)
                          .backUp(this, QDateTime::currentDateTimeUtc(),
                                  QStringLiteral("before-schema-%1").arg(targetVersion)))
            return withContext(tr("no migration without a copy of the database"), e);
    }
    for (int version = found + 1; version <= targetVersion; ++version) {
        Error e = transaction([&]() -> Error {
            // Another process may have migrated since we looked: check under the write lock.
            const int current = schemaVersion();
            if (current >= version)
                return {};
            if (current != version - 1)
                return Error::storage(tr("unexpected schema version %1").arg(current));
            auto run = [&](const auto &statements) -> Error {
                for (const char *sql : statements) {
                    if (Error e = exec(QString::fromLatin1(sql), true))
                        return e;
                }
                return {};
            };
            if (version == 1) {
                if (Error e = run(SchemaV1))
                    return e;
            } else if (version == 2) {
                if (Error e = run(SchemaV2))
                    return e;
                if (Error e = applyRenamedKeys())
                    return e;
            } else if (version == 3) {
                if (Error e = run(SchemaV3))
                    return e;
            } else if (version == 4) {
                if (Error e = run(SchemaV4))
                    return e;
                if (Error e = insertIdentity(found == 0))
                    return e;
            } else if (version == 5) {
                if (Error e = run(SchemaV5))
                    return e;
            } else if (version == 6) {
                if (Error e = run(SchemaV6))
                    return e;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version), true);
        });
        if (e)
            return withContext(tr("migration to schema %1 failed").arg(version), e);
        qCInfo(lcStore).noquote() << "Archive database" << m_filePath << "now at schema" << version;
    }
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What keeps a profile's database from being lost quietly: a damaged or emptied file refused
// (never replaced by a new empty one) with the copy that restores it named, checked daily
// copies and one before each migration, restore keeping the damaged file aside, the ledger
// rebuilt from the storage's day manifests, the profile id kept in the database (a moved
// profile keeps its sign-ins, a copy is told apart) and files private to their owner.
#include "archive/archiveitem.h"
#include "audit/ledgerrebuilder.h"
#include "audit/manifestwriter.h"
#include "filetesting.h"
#include "logging/logging.h"
#include "memorystorage.h"
#include "profile.h"
#include "store/database.h"
#include "store/databasebackups.h"
#include "store/databasehealth.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "store/profileidentity.h"
#include "store/sqlitefile.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rca;
using namespace Qt::StringLiterals;

using rca::test::fileMode;
using rca::test::writeFile;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

LedgerEntry makeEntry(const QString &id, const QString &day, qint64 size = 1234)
{
    LedgerEntry entry;
    entry.type = ItemType::CallRecording;
    entry.sourceId = id;
    entry.remotePath = u"101 - Alice/"_s + day + u"/Call Recordings/"_s + id + u".mp3"_s;
    entry.size = size;
    entry.sha256 = QByteArray("ab").repeated(32);
    entry.created = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(11, 40), QTimeZone::utc());
    entry.archived = entry.created.addSecs(7200);
    entry.day = day;
    entry.metadata = {{u"extensionId"_s, u"7"_s},           {u"extensionNumber"_s, u"101"_s},
                      {u"extensionName"_s, u"Alice"_s},     {u"direction"_s, u"outbound"_s},
                      {u"otherParty"_s, u"+15551234567"_s}, {u"durationSeconds"_s, 42}};
    return entry;
}

// A used profile's database: one job, one archived item, a setting.
void fill(Database &db)
{
    JobRecord job;
    job.window = TimeWindow(utc("2026-11-25T11:30:00Z"), utc("2026-11-25T12:00:00Z"));
    job.started = utc("2026-11-25T13:30:00Z");
    job.storage = u"Local folder"_s;
    QVERIFY(!JobStore(&db).start(&job));
    // The ledger row in columns every schema since v2 has: fill() makes older databases too.
    const LedgerEntry entry = makeEntry(u"rec-1"_s, u"2026-11-25"_s);
    QSqlQuery insert(db.connection());
    QVERIFY(
        insert.prepare(u"INSERT INTO archived_items (type, source_id, job_id, remote_path, "
                       "size, sha256, created_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s));
    for (const QVariant &value :
         {QVariant(int(entry.type)), QVariant(entry.sourceId), QVariant(job.id),
          QVariant(entry.remotePath), QVariant(entry.size),
          QVariant(QString::fromLatin1(entry.sha256)), QVariant(entry.created.toMSecsSinceEpoch()),
          QVariant(entry.archived.toMSecsSinceEpoch())})
        insert.addBindValue(value);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class TestDatabaseSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptiedDatabaseIsRefusedNotRecreated();
    void missingDatabaseOfAUsedProfileIsRefused();
    void damagedDatabaseNamesTheNewestGoodCopy();
    void copiesAreCheckedAndTheNewestSevenKept();
    void damagedCopyIsPassedOver();
    void migrationMakesACopyFirst();
    void restoreKeepsTheDamagedFileAside();
    void damageFoundLaterIsMarked();

    void newDatabaseGetsAnIdOfItsOwn();
    void olderDatabaseKeepsItsPathId();
    void movedProfileKeepsItsIdAndCopyIsToldApart();

    void profileFilesArePrivate();
    void looseModesAreTightenedOnOpen();

    void ledgerIsRebuiltFromTheManifests();

private:
    QString profileDir() const { return m_dir->filePath(u"profile"_s); }
    QString dbPath() const { return profileDir() + u"/rc-archiver.sqlite"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseSafety::cleanup()
{
    m_dir.reset();
}

void TestDatabaseSafety::emptiedDatabaseIsRefusedNotRecreated()
{
    {
        Database db(dbPath());
        VERIFY_OK(db.open());
        fill(db);
        VERIFY_OK(DatabaseBackups(dbPath()).backUp(&db, utc("2026-11-25T14:00:00Z")));
    }
    // Emptied: zero length, as a full disk or a sync tool may leave it.
    removeDatabase(dbPath());
    QVERIFY(writeFile(dbPath(), {}));

    Database db(dbPath());
    const Error e = db.open();
    QVERIFY(e);
    QVERIFY(DatabaseHealth::isDamagedDatabase(e));
    QVERIFY2(e.message().contains(u"is empty (zero length)"), qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"was used before"), qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"rc-archiver-20261125-140000.sqlite"), qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"database restore"), qPrintable(e.message()));
    // Nothing was made in its place.
    QCOMPARE(QFileInfo(dbPath()).size(), 0);
    QCOMPARE(DatabaseHealth::inspect(dbPath()).state, DatabaseHealth::State::Empty);
}

void TestDatabaseSafety::missingDatabaseOfAUsedProfileIsRefused()
{
    {
        Database db(dbPath());
        VERIFY_OK(db.open());
        fill(db);
    }
    QVERIFY(QFile::exists(ProfileIdentity::idFilePath(dbPath())));
    removeDatabase(dbPath());
    {
        Database db(dbPath());
        const Error e = db.open();
        QVERIFY(DatabaseHealth::isDamagedDatabase(e));
        QVERIFY2(e.message().contains(u"is missing"), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"rc-archiver.id"), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"database rebuild"), qPrintable(e.message()));
        QVERIFY(!QFile::exists(dbPath()));
    }
    // The whole-folder check also counts a log with content.
    QFile::remove(ProfileIdentity::idFilePath(dbPath()));
    QVERIFY(QDir().mkpath(profileDir() + u"/logs"_s));
    QVERIFY(writeFile(profileDir() + u"/logs/rc-archiver.log"_s, "2026-11-25 info: a job\n"));
    QVERIFY(DatabaseHealth::check(dbPath(), DatabaseHealth::Scope::WholeFolder));
    QVERIFY(!DatabaseHealth::check(dbPath(), DatabaseHealth::Scope::DatabaseFiles));
    // An empty log (this process's own, just opened) is no sign of use.
    QVERIFY(writeFile(profileDir() + u"/logs/rc-archiver.log"_s, {}));
    QVERIFY(!DatabaseHealth::check(dbPath(), DatabaseHealth::Scope::WholeFolder));
    // Someone's files: not made a profile.
    QVERIFY(writeFile(profileDir() + u"/letter.txt"_s, "Dear …"));
    const Error foreign = DatabaseHealth::check(dbPath(), DatabaseHealth::Scope::WholeFolder);
    QVERIFY(foreign);
    QVERIFY(!DatabaseHealth::isDamagedDatabase(foreign));
    QVERIFY2(foreign.message().contains(u"letter.txt"), qPrintable(foreign.message()));
    QFile::remove(profileDir() + u"/letter.txt"_s);

    // With no sign of use left, a new database is made.
    Database db(dbPath());
    VERIFY_OK(db.open());
    QCOMPARE(ItemLedger(&db).archivedCount(), 0);
}

void TestDatabaseSafety::damagedDatabaseNamesTheNewestGoodCopy()
{
    {
        Database db(dbPath());
        VERIFY_OK(db.open());
        fill(db);
        DatabaseBackups backups(dbPath());
        VERIFY_OK(backups.backUp(&db, utc("2026-11-24T10:00:00Z")));
        VERIFY_OK(backups.backUp(&db, utc("2026-11-25T10:00:00Z")));
    }
    removeDatabase(dbPath());
    QVERIFY(writeFile(dbPath(),
                      QByteArray("SQLite format 3").append('\0').append(QByteArray(4096, '\x5a'))));

    Database db(dbPath());
    const Error e = db.open();
    QVERIFY(DatabaseHealth::isDamagedDatabase(e));
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QVERIFY2(e.message().startsWith(u"Could not open the archive database"),
             qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"malformed") || e.message().contains(u"not a database"),
             qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"rc-archiver-20261125-100000.sqlite"), qPrintable(e.message()));
    QVERIFY2(
        e.message().contains(u"rc-archiver --profile "_s + profileDir() + u" database restore"_s),
        qPrintable(e.message()));
}

void TestDatabaseSafety::copiesAreCheckedAndTheNewestSevenKept()
{
    Database db(dbPath());
    VERIFY_OK(db.open());
    fill(db);
    DatabaseBackups backups(dbPath());
    const QDateTime start = utc("2026-11-01T03:00:00Z");
    QVERIFY(backups.isDue(start));
    for (int day = 0; day < 9; ++day) {
        QString made;
        VERIFY_OK(backups.backUp(&db, start.addDays(day), {}, &made));
        QVERIFY(QFile::exists(made));
        QVERIFY(!backups.isDue(start.addDays(day).addSecs(3600)));
    }
    QVERIFY(backups.isDue(start.addDays(9)));
    const QList<DatabaseBackups::Copy> copies = backups.copies();
    QCOMPARE(copies.size(), DatabaseBackups::Keep);
    QCOMPARE(copies.first().made, start.addDays(8));
    QCOMPARE(copies.last().made, start.addDays(2));
    QCOMPARE(QFileInfo(copies.first().path).fileName(), u"rc-archiver-20261109-030000.sqlite"_s);
    QVERIFY(
        QDir(backups.folder()).entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden).isEmpty());

    // A copy is a database of its own, sound, with the data.
    QStringList problems;
    QVERIFY2(DatabaseBackups::checkFile(copies.first().path, false, &problems),
             qPrintable(problems.join(u'\n')));
    SqliteFile copy;
    QVERIFY(copy.open(copies.first().path, SqliteFile::Mode::ReadOnly));
    QCOMPARE(copy.scalar(u"SELECT source_id FROM archived_items"_s), u"rec-1"_s);
    QCOMPARE(copy.scalar(u"PRAGMA journal_mode"_s), u"delete"_s);
#ifdef Q_OS_UNIX
    QCOMPARE(fileMode(copies.first().path), 0600);
    QCOMPARE(fileMode(backups.folder()), 0700);
#endif
}

void TestDatabaseSafety::damagedCopyIsPassedOver()
{
    Database db(dbPath());
    VERIFY_OK(db.open());
    fill(db);
    DatabaseBackups backups(dbPath());
    VERIFY_OK(backups.backUp(&db, utc("2026-11-24T10:00:00Z")));
    VERIFY_OK(backups.backUp(&db, utc("2026-11-25T10:00:00Z")));
    const QString newest = backups.copies().first().path;
    QVERIFY(writeFile(newest, QByteArray(8192, 'x')));
    QStringList skipped;
    const std::optional<DatabaseBackups::Copy> good = backups.newestGood(&skipped);
    QVERIFY(good);
    QCOMPARE(good->made, utc("2026-11-24T10:00:00Z"));
    QCOMPARE(skipped, QStringList{newest});
}

void TestDatabaseSafety::migrationMakesACopyFirst()
{
    {
        Database db(dbPath());
        VERIFY_OK(db.openAtVersion(3));
        fill(db);
    }
    QVERIFY(DatabaseBackups(dbPath()).copies().isEmpty());
    Database db(dbPath());
    VERIFY_OK(db.open());
    const QList<DatabaseBackups::Copy> copies = DatabaseBackups(dbPath()).copies();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.first().note, u"before-schema-%1"_s.arg(Database::currentSchemaVersion()));
    SqliteFile copy;
    QVERIFY(copy.open(copies.first().path, SqliteFile::Mode::ReadOnly));
    QCOMPARE(copy.scalar(u"PRAGMA user_version"_s), u"3"_s);
    QCOMPARE(copy.scalar(u"SELECT count(*) FROM archived_items"_s), u"1"_s);
    // Opening again migrates nothing and copies nothing.
    Database again(dbPath());
    VERIFY_OK(again.open());
    QCOMPARE(DatabaseBackups(dbPath()).copies().size(), 1);
}

void TestDatabaseSafety::restoreKeepsTheDamagedFileAside()
{
    {
        Database db(dbPath());
        VERIFY_OK(db.open());
        fill(db);
        VERIFY_OK(DatabaseBackups(dbPath()).backUp(&db, utc("2026-11-25T10:00:00Z")));
    }
    const QByteArray garbage = QByteArray("not a database at all ").repeated(100);
    removeDatabase(dbPath());
    QVERIFY(writeFile(dbPath(), garbage));

    DatabaseBackups backups(dbPath());
    const std::optional<DatabaseBackups::Copy> copy = backups.newestGood();
    QVERIFY(copy);
    QString aside;
    VERIFY_OK(backups.restore(*copy, utc("2026-11-26T08:00:00Z"), &aside));
    QCOMPARE(QFileInfo(aside).fileName(), u"rc-archiver.damaged-20261126-080000.sqlite"_s);
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);

    Database db(dbPath());
    VERIFY_OK(db.open());
    QCOMPARE(ItemLedger(&db).archivedCount(), 1);
    QCOMPARE(JobStore(&db).jobs({}, {}).size(), 1);
    // The file set aside is itself a sign that the profile was used.
    QVERIFY(DatabaseHealth::signsOfUse(dbPath(), DatabaseHealth::Scope::DatabaseFiles)
                .join(u' ')
                .contains(u"set aside"));
}

void TestDatabaseSafety::damageFoundLaterIsMarked()
{
    Database db(dbPath());
    VERIFY_OK(db.open());
    fill(db);
    // Damage past the header: the open passes, a read of the ledger's pages fails.
    int page = 0, pageSize = 0;
    {
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'archived_items'"_s));
        QVERIFY(query.next());
        page = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    db.connection().close();
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(page - 1) * pageSize));
        file.write(QByteArray(pageSize, '\xff'));
    }
    QStringList problems;
    QVERIFY(!DatabaseBackups::checkFile(dbPath(), false, &problems));
    QSqlQuery query(db.connection());
    VERIFY_OK(db.prepare(query, u"SELECT source_id, size FROM archived_items NOT INDEXED"_s));
    const Error e = db.execRead(query);
    QVERIFY(e);
    QVERIFY(DatabaseHealth::isDamagedDatabase(e));
    // A copy of a damaged database fails its check and is not kept.
    const Error copy = DatabaseBackups(dbPath()).backUp(&db, utc("2026-11-25T10:00:00Z"));
    QVERIFY(copy);
    QVERIFY2(copy.message().contains(u"database check"), qPrintable(copy.message()));
    QVERIFY(DatabaseBackups(dbPath()).copies().isEmpty());
}

void TestDatabaseSafety::newDatabaseGetsAnIdOfItsOwn()
{
    Profile profile = Profile::inDirectory(profileDir());
    const QString pathId = profile.id(); // before the database exists
    QCOMPARE(pathId, ProfileIdentity::pathId(profileDir()));
    Database db(profile.databasePath());
    VERIFY_OK(db.open());
    const QString id = ProfileIdentity(&db).id();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{12}$"_s).match(id).hasMatch());
    QVERIFY(id != pathId);
    QCOMPARE(ProfileIdentity::readIdFile(profile.databasePath()), id);
    QCOMPARE(profile.id(), id); // from the id file the database keeps
    QCOMPARE(ProfileIdentity(&db).lastPath(), profileDir());
}

void TestDatabaseSafety::olderDatabaseKeepsItsPathId()
{
    {
        Database db(dbPath());
        VERIFY_OK(db.openAtVersion(3));
        fill(db);
    }
    Database db(dbPath());
    VERIFY_OK(db.open());
    // The id its keychain entries were stored under.
    QCOMPARE(ProfileIdentity(&db).id(), ProfileIdentity::pathId(profileDir()));
}

void TestDatabaseSafety::movedProfileKeepsItsIdAndCopyIsToldApart()
{
    QString id;
    {
        Database db(dbPath());
        VERIFY_OK(db.open());
        fill(db);
        id = ProfileIdentity(&db).id();
    }
    // Moved: the old folder is gone.
    const QString moved = m_dir->filePath(u"moved"_s);
    QVERIFY(QDir().rename(profileDir(), moved));
    {
        const Profile profile = Profile::inDirectory(moved);
        QCOMPARE(profile.id(), id);
        Database db(profile.databasePath());
        VERIFY_OK(db.open());
        ProfileIdentity identity(&db);
        QString other;
        QCOMPARE(identity.place(moved, &other), ProfileIdentity::Placement::Moved);
        QCOMPARE(other, profileDir());
        QCOMPARE(identity.lastPath(), moved);
        QCOMPARE(identity.place(moved), ProfileIdentity::Placement::Same);
        QCOMPARE(identity.id(), id);
    }
    // Copied: the original is still there, with the same id.
    const QString copied = m_dir->filePath(u"copied"_s);
    QVERIFY(QDir().mkpath(copied));
    for (const QString &name : QDir(moved).entryList(QDir::Files))
        QVERIFY(QFile::copy(moved + u'/' + name, copied + u'/' + name));
    Database db(copied + u"/rc-archiver.sqlite"_s);
    VERIFY_OK(db.open());
    ProfileIdentity identity(&db);
    QString other;
    QCOMPARE(identity.place(copied, &other), ProfileIdentity::Placement::Copied);
    QCOMPARE(other, moved);
    QCOMPARE(identity.lastPath(), moved); // the original stays the original
    // A new id sets it apart.
    const QString fresh = ProfileIdentity::newId();
    VERIFY_OK(identity.setId(fresh));
    QCOMPARE(identity.place(copied), ProfileIdentity::Placement::Same);
    QCOMPARE(Profile::inDirectory(copied).id(), fresh);
    QCOMPARE(Profile::inDirectory(moved).id(), id);
}

void TestDatabaseSafety::profileFilesArePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes");
#endif
    const Profile profile = Profile::inDirectory(m_dir->filePath(u"a/b/profile"_s));
    VERIFY_OK(profile.ensureExists());
    QCOMPARE(fileMode(profile.dataDirectory()), 0700);
    QCOMPARE(fileMode(profile.logDirectory()), 0700);
    QCOMPARE(fileMode(m_dir->filePath(u"a"_s)), 0700); // folders it made
    Database db(profile.databasePath());
    VERIFY_OK(db.open());
    fill(db);
    QCOMPARE(fileMode(profile.databasePath()), 0600);
    QCOMPARE(fileMode(profile.databasePath() + u"-wal"_s), 0600);
    QCOMPARE(fileMode(profile.databasePath() + u"-shm"_s), 0600);
    QCOMPARE(fileMode(ProfileIdentity::idFilePath(profile.databasePath())), 0600);

    Logging::Options options;
    options.directory = profile.logDirectory();
    Logging::install(options);
    qCInfo(lcStore) << "a line";
    Logging::uninstall();
    QCOMPARE(fileMode(profile.logDirectory() + u"/rc-archiver.log"_s), 0600);
}

void TestDatabaseSafety::looseModesAreTightenedOnOpen()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes");
#endif
    const Profile profile = Profile::inDirectory(profileDir());
    VERIFY_OK(profile.ensureExists());
    {
        Database db(profile.databasePath());
        VERIFY_OK(db.open());
        fill(db);
        VERIFY_OK(DatabaseBackups(profile.databasePath()).backUp(&db, utc("2026-11-25T10:00:00Z")));
    }
    // As an older version left them.
    const QString log = profile.logDirectory() + u"/rc-archiver.log"_s;
    QVERIFY(writeFile(log, "old lines\n"));
    const QString copy = DatabaseBackups(profile.databasePath()).copies().first().path;
    for (const QString &path :
         {profile.dataDirectory(), profile.logDirectory(), profile.backupDirectory()})
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
    for (const QString &path : {profile.databasePath(), log, copy})
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const QString letter = profile.dataDirectory() + u"/notes.txt"_s; // not the profile's
    QVERIFY(writeFile(letter, "mine"));
    QVERIFY(::chmod(QFile::encodeName(letter).constData(), 0644) == 0);

    QStringList tightened;
    VERIFY_OK(profile.ensureExists(&tightened));
    QVERIFY2(tightened.join(u'\n').contains(u"(was 0644)"), qPrintable(tightened.join(u'\n')));
    QVERIFY2(tightened.join(u'\n').contains(u"(was 0755)"), qPrintable(tightened.join(u'\n')));
    for (const QString &path :
         {profile.dataDirectory(), profile.logDirectory(), profile.backupDirectory()})
        QCOMPARE(fileMode(path), 0700);
    for (const QString &path : {profile.databasePath(), log, copy})
        QCOMPARE(fileMode(path), 0600);
    QCOMPARE(fileMode(letter), 0644);

    // The database on its own (an engine opened without the session) tightens its file too.
    QVERIFY(::chmod(QFile::encodeName(profile.databasePath()).constData(), 0664) == 0);
    Database db(profile.databasePath());
    VERIFY_OK(db.open());
    QCOMPARE(fileMode(profile.databasePath()), 0600);
}

void TestDatabaseSafety::ledgerIsRebuiltFromTheManifests()
{
    test::MemoryStorage storage;
    storage.providerChecksums = true;
    QList<LedgerEntry> entries;
    {
        Database db(m_dir->filePath(u"lost.sqlite"_s));
        VERIFY_OK(db.open());
        ItemLedger ledger(&db);
        for (int i = 0; i < 5; ++i) {
            LedgerEntry entry =
                makeEntry(u"rec-%1"_s.arg(i), i < 3 ? u"2026-11-24"_s : u"2026-11-25"_s, 100 + i);
            entry.primary = i != 4;
            if (i == 2) { // written write-once: the rebuilt ledger must know its retention
                entry.retention.mode = ObjectRetention::Mode::Governance;
                entry.retention.retainUntil = entry.created.addYears(7);
                entry.retention.legalHold = true;
            }
            VERIFY_OK(ledger.recordArchived(entry));
            storage.files.insert(entry.remotePath, QByteArray(entry.size, 'r'));
            entries << entry;
        }
        VERIFY_OK(ManifestWriter(&db, &storage).writePending(CancelToken()));
    }
    QVERIFY(storage.files.contains(u"manifest/2026-11-24.jsonl"_s));
    storage.files.remove(entries.at(1).remotePath); // lost from the storage since
    storage.files[u"manifest/2026-11-25.jsonl"_s].append("{not json\n");

    Database db(m_dir->filePath(u"rebuilt.sqlite"_s));
    VERIFY_OK(db.open());
    LedgerRebuilder::Result result;
    VERIFY_OK(LedgerRebuilder(&db, &storage).run(CancelToken(), &result));
    QCOMPARE(result.manifests, 2);
    QCOMPARE(result.recorded, 4);
    QCOMPARE(result.missing, 1);
    QCOMPARE(result.unreadable, 1);
    QCOMPARE(result.missingPaths, QStringList{entries.at(1).remotePath});
    QCOMPARE(result.latestItem, entries.last().created);

    ItemLedger ledger(&db);
    QCOMPARE(ledger.archivedCount(), 4);
    QVERIFY(!ledger.isArchived(ItemType::CallRecording, u"rec-1"_s));
    for (const LedgerEntry &original : std::as_const(entries)) {
        if (original.sourceId == u"rec-1")
            continue;
        const std::optional<LedgerEntry> rebuilt = ledger.entry(original.type, original.sourceId);
        QVERIFY(rebuilt);
        // The same manifest line: nothing of what the manifest says was lost.
        QCOMPARE(ManifestWriter::jsonLine(*rebuilt), ManifestWriter::jsonLine(original));
        QCOMPARE(rebuilt->day, original.day);
        QCOMPARE(rebuilt->retention, original.retention);
        QCOMPARE(rebuilt->providerChecksum,
                 test::MemoryStorage::md5(storage.files.value(original.remotePath)));
    }
    QVERIFY(ledger.pendingManifestDays().isEmpty());

    // Again: everything is known already, nothing recorded twice.
    VERIFY_OK(LedgerRebuilder(&db, &storage).run(CancelToken(), &result));
    QCOMPARE(result.recorded, 0);
    QCOMPARE(result.alreadyKnown, 4);
}

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "tst_databasesafety.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tests of the store (Database, JobStore, ItemLedger) on real SQLite files: schema creation and
// migration, jobs, the ledger, failure injection, concurrent writers and damaged files.
#include "archive/archiveitem.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "store/settingsstore.h"
#include "storetesting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace rca;
using namespace Qt::StringLiterals;
using rca::test::makeItem;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

LedgerEntry makeEntry(ItemType type, const QString &id, qint64 jobId)
{
    LedgerEntry entry;
    entry.type = type;
    entry.sourceId = id;
    entry.jobId = jobId;
    entry.remotePath = QStringLiteral("101 - Alice/2026-11-25/Call Recordings/") + id + u".mp3"_s;
    entry.size = 1234;
    entry.sha256 = QByteArray("ab").repeated(32);
    entry.providerChecksum = QStringLiteral("md5:00ff");
    entry.created = utc("2026-11-25T11:40:00Z");
    entry.archived = utc("2026-11-25T13:31:02.123Z");
    entry.primary = true;
    return entry;
}

JobRecord makeJob(const QDateTime &started)
{
    JobRecord job;
    job.window = TimeWindow(started.addSecs(-2 * 3600), started.addSecs(-90 * 60));
    job.trigger = JobRecord::Trigger::Scheduled;
    job.started = started;
    job.storage = QStringLiteral("Local folder");
    return job;
}

// Runs a raw query on this thread's connection and returns the first column of the first row.
QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool execRaw(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshOpenCreatesSchema();
    void reopenIsIdempotent();
    void migratesFromV1();
    void refusesNewerSchema();
    void garbageFileGivesClearError();
    void lockedDatabaseGivesError();

    void jobRoundTrip();
    void jobFilters();
    void markInterrupted();
    void jobKeysAndTexts();

    void ledgerRefusesSecondRecord();
    void failureUpsertDueResetExpire();
    void recordArchivedClearsFailure();

    void failedWriteRollsBackTransaction();
    void failedWriteBetweenItemsRecoversOnRedo();
    void failNthWriteIsOneShot();

    void concurrentWritersOnOwnConnections();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name = QStringLiteral("store.db")) const
    {
        return m_dir->filePath(name);
    }
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

void TestStore::freshOpenCreatesSchema()
{
    const QString file = path(QStringLiteral("sub/dir/store.db")); // folders created too
    Database db(file);
    VERIFY_OK(db.open());
    QVERIFY(QFile::exists(file));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(Database::currentSchemaVersion(), 6);

    QStringList tables;
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")));
    while (query.next())
        tables << query.value(0).toString();
    query.finish();
    QCOMPARE(tables,
             (QStringList{QStringLiteral("archived_items"), QStringLiteral("audit_listed"),
                          QStringLiteral("audit_problems"), QStringLiteral("connector_state"),
                          QStringLiteral("item_failures"), QStringLiteral("jobs"),
                          QStringLiteral("manifest_pending"), QStringLiteral("profile"),
                          QStringLiteral("rate_pace"), QStringLiteral("settings")}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                       "AND name = 'jobs_started_at'"))
                 .toInt(),
             1);

    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
}

void TestStore::reopenIsIdempotent()
{
    qint64 jobId = 0;
    {
        Database db(path());
        VERIFY_OK(db.open());
        VERIFY_OK(db.open()); // a second open on the same instance changes nothing
        JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
        VERIFY_OK(JobStore(&db).start(&job));
        jobId = job.id;
        VERIFY_OK(ItemLedger(&db).recordArchived(makeEntry(ItemType::Sms, u"s1"_s, jobId)));
        VERIFY_OK(
            SettingsStore(&db).setValue(QString::fromLatin1(SettingKey::BackupEnabled), true));
    }
    for (int round = 0; round < 2; ++round) {
        Database db(path());
        VERIFY_OK(db.open());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(JobStore(&db).job(jobId).has_value());
        QCOMPARE(ItemLedger(&db).archivedCount(), 1);
        QVERIFY(SettingsStore(&db).boolValue(QString::fromLatin1(SettingKey::BackupEnabled)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs")).toInt(), 1);
    }
}

void TestStore::migratesFromV1()
{
    {
        Database db(path());
        VERIFY_OK(db.openAtVersion(1));
        QCOMPARE(db.schemaVersion(), 1);
        // Hand-made v1 data, written as the first release wrote it.
        QVERIFY(execRaw(db, QStringLiteral("INSERT INTO settings VALUES ('backup', 'true'), "
                                           "('log.debug', 'true'), ('sync.types', 'sms')")));
        QVERIFY(execRaw(
            db, QStringLiteral("INSERT INTO jobs (id, window_from, window_to, status, \"trigger\", "
                               "started_at, ended_at, storage, count_call_recording, "
                               "count_voicemail, count_sms, count_fax) VALUES (7, %1, %2, "
                               "'completed', 'catch-up', %3, %4, 'Dropbox', 3, 1, 2, 0)")
                    .arg(utc("2026-11-25T10:00:00Z").toMSecsSinceEpoch())
                    .arg(utc("2026-11-25T11:30:00Z").toMSecsSinceEpoch())
                    .arg(utc("2026-11-25T13:30:00Z").toMSecsSinceEpoch())
                    .arg(utc("2026-11-25T13:31:00Z").toMSecsSinceEpoch())));
        QVERIFY(execRaw(db, QStringLiteral("INSERT INTO archived_items VALUES (0, 'rec-1', 7, "
                                           "'a/b/rec-1.mp3', 42, 'deadbeef', %1, %2)")
                                .arg(utc("2026-11-25T10:05:00Z").toMSecsSinceEpoch())
                                .arg(utc("2026-11-25T13:30:30Z").toMSecsSinceEpoch())));
        // v1 has none of the v2 additions.
        QVERIFY(!execRaw(db, QStringLiteral("SELECT failed_items FROM jobs")));
        QVERIFY(!execRaw(db, QStringLiteral("SELECT 1 FROM item_failures")));
    }

    Database db(path());
    VERIFY_OK(db.open());
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());

    const std::optional<JobRecord> job = JobStore(&db).job(7);
    QVERIFY(job.has_value());
    QCOMPARE(job->status, JobRecord::Status::Completed);
    QCOMPARE(job->trigger, JobRecord::Trigger::CatchUp);
    QCOMPARE(job->window.from, utc("2026-11-25T10:00:00Z"));
    QCOMPARE(job->ended, utc("2026-11-25T13:31:00Z"));
    QCOMPARE(job->storage, QStringLiteral("Dropbox"));
    QCOMPARE(job->count(ItemType::CallRecording), 3);
    QCOMPARE(job->count(ItemType::Sms), 2);
    QCOMPARE(job->totalArchived(), 6);
    QCOMPARE(job->failedItems, 0);   // new column, defaulted
    QCOMPARE(job->error, QString()); // new column, defaulted

    const std::optional<LedgerEntry> entry =
        ItemLedger(&db).entry(ItemType::CallRecording, u"rec-1"_s);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->jobId, 7);
    QCOMPARE(entry->size, 42);
    QCOMPARE(entry->sha256, QByteArray("deadbeef"));
    QCOMPARE(entry->providerChecksum, QString()); // new column, defaulted
    QVERIFY(entry->primary);                      // new column, defaulted
    QCOMPARE(entry->day, QString());              // v3: 'a/b/…' has no day folder
    QCOMPARE(entry->created, utc("2026-11-25T10:05:00Z"));

    // The renamed key moved, the others stayed.
    SettingsStore settings(&db);
    QVERIFY(settings.boolValue(QString::fromLatin1(SettingKey::BackupEnabled)));
    QVERIFY(settings.boolValue(QString::fromLatin1(SettingKey::DebugLogging)));
    QCOMPARE(settings.stringValue(QString::fromLatin1(SettingKey::SyncTypes)), u"sms"_s);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'backup'")).toInt(),
        0);

    // The new table works.
    ItemLedger ledger(&db);
    VERIFY_OK(ledger.recordFailure(makeItem(ItemType::Fax, u"f1"_s, utc("2026-11-25T10:00:00Z")), 7,
                                   u"timeout"_s, utc("2026-11-25T13:30:00Z"),
                                   utc("2026-11-25T13:35:00Z"), false));
    QCOMPARE(ledger.failuresForJob(7).size(), 1);
}

void TestStore::refusesNewerSchema()
{
    {
        Database db(path());
        VERIFY_OK(db.open());
        QVERIFY(execRaw(db, QStringLiteral("PRAGMA user_version = 99")));
    }
    Database db(path());
    const Error e = db.open();
    QVERIFY(e);
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QVERIFY2(e.message().contains(u"newer version"), qPrintable(e.message()));
    QCOMPARE(db.schemaVersion(), 99); // left alone
}

void TestStore::garbageFileGivesClearError()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("This is a text file, not an SQLite database.\n").repeated(200));
    file.close();
    const QByteArray before = [&] {
        QFile f(path());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    Database db(path());
    const Error e = db.open();
    QVERIFY(e);
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QVERIFY2(e.message().startsWith(u"Could not open the archive database"),
             qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"store.db"), qPrintable(e.message()));
    QVERIFY2(e.message().contains(u"file is not a database"), qPrintable(e.message()));

    // The stores fail softly rather than crash, and the file is untouched.
    JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
    const Error jobError = JobStore(&db).start(&job);
    QVERIFY(jobError);
    QVERIFY2(jobError.message().startsWith(u"Could not save the job log: "),
             qPrintable(jobError.message()));
    QVERIFY(!ItemLedger(&db).isArchived(ItemType::Sms, u"x"_s));
    QVERIFY(JobStore(&db).jobs({}, {}).isEmpty());
    QCOMPARE(SettingsStore(&db).intValue(QString::fromLatin1(SettingKey::CatchUpCapHours)), 24);
    QFile after(path());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestStore::lockedDatabaseGivesError()
{
    Database db(path());
    VERIFY_OK(db.open());
    // Another writer holds the write lock for longer than busy_timeout.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-locker"_s);
        other.setDatabaseName(path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));

        QElapsedTimer timer;
        timer.start();
        JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
        const Error e = JobStore(&db).start(&job);
        QVERIFY(e);
        QVERIFY2(e.message().contains(u"database is locked"), qPrintable(e.message()));
        QVERIFY2(timer.elapsed() >= 4500, "busy_timeout of 5 s not honoured");
        QVERIFY(lock.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(u"tst-locker"_s);
    // Once the lock is gone the same store works.
    JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
    VERIFY_OK(JobStore(&db).start(&job));
}

void TestStore::jobRoundTrip()
{
    Database db(path());
    VERIFY_OK(db.open());
    JobStore jobs(&db);
    QVERIFY(!jobs.lastJob().has_value());

    JobRecord job = makeJob(utc("2026-11-25T13:30:00.250Z"));
    job.trigger = JobRecord::Trigger::Manual;
    job.status = JobRecord::Status::Completed; // start() makes it Running regardless
    VERIFY_OK(jobs.start(&job));
    QVERIFY(job.id > 0);
    QCOMPARE(job.status, JobRecord::Status::Running);

    std::optional<JobRecord> stored = jobs.job(job.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->status, JobRecord::Status::Running);
    QCOMPARE(stored->trigger, JobRecord::Trigger::Manual);
    QCOMPARE(stored->window, job.window);
    QCOMPARE(stored->started, utc("2026-11-25T13:30:00.250Z"));
    QCOMPARE(stored->started.timeSpec(), Qt::UTC);
    QVERIFY(!stored->ended.isValid());
    QVERIFY(!stored->isFinished());

    job.counts = {2, 1, 0, 0};
    job.failedItems = 1;
    VERIFY_OK(jobs.saveProgress(job));
    QCOMPARE(jobs.job(job.id)->count(ItemType::VoiceMail), 1);
    QCOMPARE(jobs.job(job.id)->failedItems, 1);

    job.status = JobRecord::Status::CompletedWithErrors;
    job.ended = utc("2026-11-25T13:31:10Z");
    job.counts = {2, 1, 4, 1};
    job.error = u"1 item failed and waits for a retry"_s;
    VERIFY_OK(jobs.finish(job));
    stored = jobs.job(job.id);
    QCOMPARE(stored->status, JobRecord::Status::CompletedWithErrors);
    QCOMPARE(stored->ended, utc("2026-11-25T13:31:10Z"));
    QCOMPARE(stored->counts, (std::array<int, ItemTypeCount>{2, 1, 4, 1}));
    QCOMPARE(stored->totalArchived(), 8);
    QCOMPARE(stored->error, job.error);
    QCOMPARE(jobs.lastJob()->id, job.id);

    JobRecord still = job;
    still.status = JobRecord::Status::Running;
    QVERIFY(jobs.finish(still)); // finishing needs a final status
    JobRecord missing = job;
    missing.id = 4242;
    QVERIFY(jobs.saveProgress(missing));
    QVERIFY(jobs.finish(missing));
    QVERIFY(!jobs.job(4242).has_value());
}

void TestStore::jobFilters()
{
    Database db(path());
    VERIFY_OK(db.open());
    JobStore jobs(&db);
    const QDateTime base = utc("2026-11-20T00:00:00Z");
    // Ten jobs, one every 12 h; job i archived i % 3 SMS; job 4 failed with nothing archived.
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        JobRecord job = makeJob(base.addSecs(i * 12 * 3600));
        VERIFY_OK(jobs.start(&job));
        job.counts[static_cast<int>(ItemType::Sms)] = i % 3;
        job.status = i == 4 ? JobRecord::Status::Failed : JobRecord::Status::Completed;
        job.ended = job.started.addSecs(60);
        VERIFY_OK(jobs.finish(job));
        ids << job.id;
    }
    // All, newest first.
    QList<JobRecord> all = jobs.jobs({}, {});
    QCOMPARE(all.size(), 10);
    QCOMPARE(all.first().id, ids.last());
    QCOMPARE(all.last().id, ids.first());

    // [from, to): job 2 starts exactly at from (in), job 6 exactly at to (out).
    const QDateTime from = base.addSecs(2 * 12 * 3600);
    const QDateTime to = base.addSecs(6 * 12 * 3600);
    QList<JobRecord> range = jobs.jobs(from, to);
    QList<qint64> got;
    for (const JobRecord &job : range)
        got << job.id;
    QCOMPARE(got, (QList<qint64>{ids[5], ids[4], ids[3], ids[2]}));
    QCOMPARE(jobs.jobCount(from, to), 4);

    // SHOW LESS: 2 (2 SMS), 4 (failed), 5 (2 SMS); 3 archived nothing (3 % 3 == 0).
    got.clear();
    for (const JobRecord &job : jobs.jobs(from, to, true))
        got << job.id;
    QCOMPARE(got, (QList<qint64>{ids[5], ids[4], ids[2]}));
    QCOMPARE(jobs.jobCount(from, to, true), 3);
    // Over everything: 0, 3, 6, 9 archived nothing and did not fail.
    QCOMPARE(jobs.jobCount({}, {}, true), 6);

    // A job with only failed items counts as having data.
    JobRecord failedItems = makeJob(base.addSecs(-3600));
    VERIFY_OK(jobs.start(&failedItems));
    failedItems.failedItems = 2;
    failedItems.status = JobRecord::Status::CompletedWithErrors;
    VERIFY_OK(jobs.finish(failedItems));
    QCOMPARE(jobs.jobCount({}, {}, true), 7);
    QCOMPARE(jobs.jobs({}, base, true).size(), 1);

    // Paging.
    got.clear();
    for (const JobRecord &job : jobs.jobs({}, {}, false, 3, 2))
        got << job.id;
    QCOMPARE(got, (QList<qint64>{ids[7], ids[6], ids[5]}));
    QCOMPARE(jobs.jobs({}, {}, false, 5, 9).size(), 2); // 11 jobs in all
    QCOMPARE(jobs.jobs({}, {}, false, 0).size(), 0);
    QCOMPARE(jobs.jobs({}, {}, true, -1, 6).size(), 1);
}

void TestStore::markInterrupted()
{
    Database db(path());
    VERIFY_OK(db.open());
    JobStore jobs(&db);
    JobRecord a = makeJob(utc("2026-11-25T12:00:00Z"));
    JobRecord b = makeJob(utc("2026-11-25T12:30:00Z"));
    JobRecord c = makeJob(utc("2026-11-25T13:00:00Z"));
    VERIFY_OK(jobs.start(&a));
    VERIFY_OK(jobs.start(&b));
    VERIFY_OK(jobs.start(&c));
    c.status = JobRecord::Status::Completed;
    c.ended = utc("2026-11-25T13:01:00Z");
    VERIFY_OK(jobs.finish(c));

    const QDateTime now = utc("2026-11-25T14:00:00Z");
    int count = -1;
    VERIFY_OK(jobs.markInterrupted(now, &count));
    QCOMPARE(count, 2);
    for (qint64 id : {a.id, b.id}) {
        const JobRecord job = *jobs.job(id);
        QCOMPARE(job.status, JobRecord::Status::Interrupted);
        QCOMPARE(job.ended, now);
        QVERIFY(!job.error.isEmpty());
    }
    QCOMPARE(jobs.job(c.id)->status, JobRecord::Status::Completed);
    QCOMPARE(jobs.job(c.id)->ended, utc("2026-11-25T13:01:00Z"));

    VERIFY_OK(jobs.markInterrupted(now, &count));
    QCOMPARE(count, 0);
}

void TestStore::jobKeysAndTexts()
{
    using S = JobRecord::Status;
    const QList<QPair<S, QString>> texts = {{S::Running, u"Running"_s},
                                            {S::Completed, u"Complete"_s},
                                            {S::CompletedWithErrors, u"Complete with errors"_s},
                                            {S::Failed, u"Failed"_s},
                                            {S::Interrupted, u"Interrupted"_s},
                                            {S::Expired, u"Expired"_s}};
    QSet<QString> keys;
    for (const auto &[status, text] : texts) {
        QCOMPARE(JobRecord::statusText(status), text);
        QCOMPARE(JobRecord::statusFromKey(JobRecord::statusKey(status)), status);
        keys.insert(JobRecord::statusKey(status));
    }
    QCOMPARE(keys.size(), texts.size());
    QCOMPARE(JobRecord::statusKey(S::CompletedWithErrors), u"completed-with-errors"_s);
    using T = JobRecord::Trigger;
    for (T trigger : {T::Scheduled, T::CatchUp, T::Retry, T::Manual, T::Range})
        QCOMPARE(JobRecord::triggerFromKey(JobRecord::triggerKey(trigger)), trigger);
    QCOMPARE(JobRecord::triggerKey(T::CatchUp), u"catch-up"_s);
}

void TestStore::ledgerRefusesSecondRecord()
{
    Database db(path());
    VERIFY_OK(db.open());
    JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
    VERIFY_OK(JobStore(&db).start(&job));
    ItemLedger ledger(&db);

    const LedgerEntry entry = makeEntry(ItemType::CallRecording, u"rec-1"_s, job.id);
    QVERIFY(!ledger.isArchived(ItemType::CallRecording, u"rec-1"_s));
    VERIFY_OK(ledger.recordArchived(entry));
    QVERIFY(ledger.isArchived(ItemType::CallRecording, u"rec-1"_s));
    // Same id, other type: a different item.
    QVERIFY(!ledger.isArchived(ItemType::VoiceMail, u"rec-1"_s));

    const std::optional<LedgerEntry> stored = ledger.entry(ItemType::CallRecording, u"rec-1"_s);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->jobId, job.id);
    QCOMPARE(stored->remotePath, entry.remotePath);
    QCOMPARE(stored->size, entry.size);
    QCOMPARE(stored->sha256, entry.sha256);
    QCOMPARE(stored->providerChecksum, entry.providerChecksum);
    QCOMPARE(stored->created, entry.created);
    QCOMPARE(stored->archived, entry.archived);
    QVERIFY(stored->primary);

    LedgerEntry again = entry;
    again.remotePath = u"elsewhere.mp3"_s;
    const Error e = ledger.recordArchived(again);
    QVERIFY(e);
    QVERIFY2(e.message().contains(u"already"), qPrintable(e.message()));
    QCOMPARE(ledger.archivedCount(), 1);
    QCOMPARE(ledger.entry(ItemType::CallRecording, u"rec-1"_s)->remotePath, entry.remotePath);

    // The primary key refuses it even when the check is bypassed.
    QSqlQuery raw(db.connection());
    QVERIFY(!raw.exec(u"INSERT INTO archived_items (type, source_id, remote_path, size, sha256, "
                      "archived_at) VALUES (0, 'rec-1', 'x', 1, 'aa', 1)"_s));
    raw.finish();

    LedgerEntry attachment = makeEntry(ItemType::Sms, u"sms-1_image1"_s, job.id);
    attachment.primary = false;
    attachment.jobId = 0; // no job: stored as NULL, allowed by the foreign key
    VERIFY_OK(ledger.recordArchived(attachment));
    QVERIFY(!ledger.entry(ItemType::Sms, u"sms-1_image1"_s)->primary);
    QCOMPARE(ledger.entry(ItemType::Sms, u"sms-1_image1"_s)->jobId, 0);
    QCOMPARE(ledger.entriesForJob(job.id).size(), 1);

    // A job id that does not exist is refused by the foreign key.
    const Error fk = ledger.recordArchived(makeEntry(ItemType::Fax, u"fax-1"_s, 999));
    QVERIFY(fk);
    QVERIFY2(fk.message().contains(u"FOREIGN KEY"), qPrintable(fk.message()));
    QCOMPARE(ledger.archivedCount(), 2);
}

void TestStore::failureUpsertDueResetExpire()
{
    Database db(path());
    VERIFY_OK(db.open());
    JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
    VERIFY_OK(JobStore(&db).start(&job));
    ItemLedger ledger(&db);

    const ArchiveItem older =
        makeItem(ItemType::VoiceMail, u"vm-old"_s, utc("2026-08-01T10:00:00Z"));
    const ArchiveItem newer = makeItem(ItemType::Sms, u"sms-new"_s, utc("2026-11-25T11:40:00Z"));
    const ArchiveItem gone = makeItem(ItemType::Fax, u"fax-gone"_s, utc("2026-11-25T11:35:00Z"));
    const QDateTime t0 = utc("2026-11-25T13:30:00Z");

    VERIFY_OK(ledger.recordFailure(newer, job.id, u"HTTP 503"_s, t0, t0.addSecs(300), false));
    VERIFY_OK(ledger.recordFailure(older, job.id, u"timeout"_s, t0, t0.addSecs(300), false));
    VERIFY_OK(ledger.recordFailure(gone, job.id, u"HTTP 404"_s, t0, {}, true));

    std::optional<FailedItem> f = ledger.failure(ItemType::Sms, u"sms-new"_s);
    QVERIFY(f.has_value());
    QCOMPARE(f->attempts, 1);
    QCOMPARE(f->item, newer); // the whole item survives the JSON round trip
    QCOMPARE(f->jobId, job.id);
    QCOMPARE(f->lastError, u"HTTP 503"_s);
    QCOMPARE(f->lastAttempt, t0);
    QCOMPARE(f->nextRetry, t0.addSecs(300));
    QVERIFY(!f->permanent);
    QVERIFY(ledger.failure(ItemType::Fax, u"fax-gone"_s)->permanent);
    QVERIFY(!ledger.failure(ItemType::Fax, u"fax-gone"_s)->nextRetry.isValid());

    // Second attempt: upsert, attempts + 1, the new retry time replaces the old one.
    const QDateTime t1 = t0.addSecs(300);
    VERIFY_OK(ledger.recordFailure(newer, job.id, u"HTTP 500"_s, t1, t1.addSecs(1200), false));
    f = ledger.failure(ItemType::Sms, u"sms-new"_s);
    QCOMPARE(f->attempts, 2);
    QCOMPARE(f->lastError, u"HTTP 500"_s);
    QCOMPARE(f->nextRetry, t1.addSecs(1200));
    QCOMPARE(ledger.allFailures().size(), 3);

    // Due: non-permanent with nextRetry <= now, oldest item first.
    QCOMPARE(ledger.dueFailures(t0.addSecs(299)).size(), 0);
    QList<FailedItem> due = ledger.dueFailures(t1); // only vm-old (sms-new moved to t1 + 20 min)
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().item.sourceId, u"vm-old"_s);
    due = ledger.dueFailures(t1.addSecs(1200));
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].item.sourceId, u"vm-old"_s);
    QCOMPARE(due[1].item.sourceId, u"sms-new"_s);
    QCOMPARE(ledger.dueFailures(t1.addSecs(1200), 1).size(), 1);
    QCOMPARE(ledger.failuresForJob(job.id).size(), 3);
    QCOMPARE(ledger.failuresForJob(job.id + 1).size(), 0);

    // Manual retry of the permanent one makes it due now.
    VERIFY_OK(ledger.resetFailure(ItemType::Fax, u"fax-gone"_s, t1));
    f = ledger.failure(ItemType::Fax, u"fax-gone"_s);
    QVERIFY(!f->permanent);
    QCOMPARE(f->nextRetry, t1);
    QCOMPARE(ledger.dueFailures(t1).size(), 2);
    QVERIFY(ledger.resetFailure(ItemType::Fax, u"no-such"_s, t1));

    // The source keeps 90 days: vm-old is past it.
    int count = -1;
    VERIFY_OK(ledger.expireFailures(utc("2026-08-27T00:00:00Z"), u"Older than the source keeps"_s,
                                    &count));
    QCOMPARE(count, 1);
    f = ledger.failure(ItemType::VoiceMail, u"vm-old"_s);
    QVERIFY(f->permanent);
    QVERIFY(!f->nextRetry.isValid());
    QCOMPARE(f->lastError, u"Older than the source keeps"_s);
    QCOMPARE(f->attempts, 1);
    QCOMPARE(ledger.dueFailures(t1.addDays(10)).size(), 2);
    VERIFY_OK(ledger.expireFailures(utc("2026-08-27T00:00:00Z"), QString(), &count));
    QCOMPARE(count, 0); // already permanent
}

void TestStore::recordArchivedClearsFailure()
{
    Database db(path());
    VERIFY_OK(db.open());
    ItemLedger ledger(&db);
    const QDateTime t0 = utc("2026-11-25T13:30:00Z");
    const ArchiveItem item = makeItem(ItemType::CallRecording, u"rec-9"_s, t0.addSecs(-7000));
    VERIFY_OK(ledger.recordFailure(item, 0, u"HTTP 503"_s, t0, t0.addSecs(300), false));
    VERIFY_OK(ledger.recordFailure(makeItem(ItemType::Sms, u"other"_s, t0), 0, u"x"_s, t0,
                                   t0.addSecs(300), false));
    QVERIFY(ledger.failure(ItemType::CallRecording, u"rec-9"_s).has_value());

    VERIFY_OK(ledger.recordArchived(makeEntry(ItemType::CallRecording, u"rec-9"_s, 0)));
    QVERIFY(!ledger.failure(ItemType::CallRecording, u"rec-9"_s).has_value());
    QVERIFY(ledger.failure(ItemType::Sms, u"other"_s).has_value());
    QCOMPARE(ledger.dueFailures(t0.addDays(1)).size(), 1);
}

namespace {

// One run of archiving work as the job runner does it, all in one transaction: for each
// item not yet in the ledger, record it (2 writes: insert, clear failure) and save the
// job's progress (1 write).
Error archiveAll(Database &db, JobRecord *job, const QStringList &ids)
{
    return db.transaction([&]() -> Error {
        ItemLedger ledger(&db);
        JobStore jobs(&db);
        for (const QString &id : ids) {
            if (ledger.isArchived(ItemType::Sms, id))
                continue;
            if (Error e = ledger.recordArchived(makeEntry(ItemType::Sms, id, job->id)))
                return e;
            ++job->counts[static_cast<int>(ItemType::Sms)];
            if (Error e = jobs.saveProgress(*job))
                return e;
        }
        return Error();
    });
}

int rowsFor(Database &db, const QString &id)
{
    return scalar(db, u"SELECT COUNT(*) FROM archived_items WHERE source_id = '%1'"_s.arg(id))
        .toInt();
}

} // namespace

void TestStore::failedWriteRollsBackTransaction()
{
    Database db(path());
    VERIFY_OK(db.open());
    JobStore jobs(&db);
    ItemLedger ledger(&db);
    JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
    VERIFY_OK(jobs.start(&job));
    const QStringList ids = {u"a"_s, u"b"_s, u"c"_s};
    for (const QString &id : ids) {
        VERIFY_OK(ledger.recordFailure(makeItem(ItemType::Sms, id, utc("2026-11-25T11:40:00Z")),
                                       job.id, u"HTTP 503"_s, job.started, job.started, false));
    }

    // Writes: a = 1..3, b = 4..6, c = 7..9. The 5th is b's failure clean-up.
    db.failNthWrite(5);
    JobRecord attempt = job;
    const Error e = archiveAll(db, &attempt, ids);
    QVERIFY(e);
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QVERIFY2(e.message().contains(u"injected"), qPrintable(e.message()));
    QVERIFY2(e.message().startsWith(u"Could not record sms b as archived"),
             qPrintable(e.message()));

    // Everything rolled back, a included.
    QCOMPARE(ledger.archivedCount(), 0);
    QCOMPARE(jobs.job(job.id)->totalArchived(), 0);
    QCOMPARE(ledger.allFailures().size(), 3);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM archived_items"_s).toInt(), 0);

    // Redo from what the store says (a fresh job record, as after a restart).
    JobRecord redo = *jobs.job(job.id);
    VERIFY_OK(archiveAll(db, &redo, ids));
    QCOMPARE(ledger.archivedCount(), 3);
    for (const QString &id : ids) {
        QCOMPARE(rowsFor(db, id), 1);
        QVERIFY(!ledger.failure(ItemType::Sms, id).has_value());
    }
    QCOMPARE(jobs.job(job.id)->count(ItemType::Sms), 3);

    // A third run finds nothing to do.
    VERIFY_OK(archiveAll(db, &redo, ids));
    QCOMPARE(ledger.archivedCount(), 3);
    QCOMPARE(jobs.job(job.id)->count(ItemType::Sms), 3);
}

void TestStore::failedWriteBetweenItemsRecoversOnRedo()
{
    // Item by item, each committed on its own (what survives a crash is what was committed).
    Database db(path());
    VERIFY_OK(db.open());
    JobStore jobs(&db);
    ItemLedger ledger(&db);
    JobRecord job = makeJob(utc("2026-11-25T13:30:00Z"));
    VERIFY_OK(jobs.start(&job));
    const QStringList ids = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};

    auto runItems = [&](JobRecord *j) -> Error {
        for (const QString &id : ids) {
            if (ledger.isArchived(ItemType::Sms, id))
                continue;
            if (Error e = ledger.recordArchived(makeEntry(ItemType::Sms, id, j->id)))
                return e;
            ++j->counts[static_cast<int>(ItemType::Sms)];
            if (Error e = jobs.saveProgress(*j))
                return e;
        }
        return {};
    };

    // Four writes an item: the ledger row, its day's manifest mark, clearing a failure, the
    // job's counts.
    db.failNthWrite(9); // c's ledger insert
    JobRecord first = job;
    const Error e = runItems(&first);
    QVERIFY(e);
    QVERIFY2(e.message().startsWith(u"Could not record sms c as archived"),
             qPrintable(e.message()));
    QCOMPARE(ledger.archivedCount(), 2);
    QVERIFY(ledger.isArchived(ItemType::Sms, u"b"_s));
    QVERIFY(!ledger.isArchived(ItemType::Sms, u"c"_s));
    QCOMPARE(jobs.job(job.id)->count(ItemType::Sms), 2);

    JobRecord redo = *jobs.job(job.id);
    VERIFY_OK(runItems(&redo));
    QCOMPARE(ledger.archivedCount(), 4);
    for (const QString &id : ids)
        QCOMPARE(rowsFor(db, id), 1);
    QCOMPARE(jobs.job(job.id)->count(ItemType::Sms), 4);
}

void TestStore::failNthWriteIsOneShot()
{
    Database db(path());
    VERIFY_OK(db.open());
    SettingsStore settings(&db);
    const QString key = QString::fromLatin1(SettingKey::CatchUpCapHours);

    db.failNthWrite(1);
    const Error e = settings.setValue(key, 12);
    QVERIFY(e);
    QCOMPARE(e.kind(), Error::Kind::StorageFailure);
    QCOMPARE(settings.intValue(key), 24); // not executed
    VERIFY_OK(settings.setValue(key, 12));
    VERIFY_OK(settings.setValue(key, 13));
    QCOMPARE(settings.intValue(key), 13);

    db.failNthWrite(2);
    VERIFY_OK(settings.setValue(key, 14));
    QVERIFY(settings.setValue(key, 15));
    VERIFY_OK(settings.setValue(key, 16));
    QCOMPARE(settings.intValue(key), 16);

    db.failNthWrite(3);
    db.failNthWrite(0); // off again
    for (int i = 0; i < 5; ++i)
        VERIFY_OK(settings.setValue(key, 20 + i));

    // A failed write inside recordArchived rolls back its insert.
    db.failNthWrite(2);
    QVERIFY(ItemLedger(&db).recordArchived(makeEntry(ItemType::Fax, u"f"_s, 0)));
    QVERIFY(!ItemLedger(&db).isArchived(ItemType::Fax, u"f"_s));
    VERIFY_OK(ItemLedger(&db).recordArchived(makeEntry(ItemType::Fax, u"f"_s, 0)));
}

void TestStore::concurrentWritersOnOwnConnections()
{
    Database db(path());
    VERIFY_OK(db.open());
    constexpr int PerThread = 150;
    const QStringList before = QSqlDatabase::connectionNames();

    struct Result
    {
        QStringList errors;
        QString connectionName;
    };
    Result results[2];
    std::unique_ptr<QThread> threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t].reset(QThread::create([&db, &result = results[t], t] {
            result.connectionName = db.connection().connectionName();
            JobStore jobs(&db);
            ItemLedger ledger(&db);
            for (int i = 0; i < PerThread; ++i) {
                JobRecord job = makeJob(utc("2026-11-25T13:30:00Z").addSecs(i * 60 + t));
                if (Error e = jobs.start(&job)) {
                    result.errors << e.message();
                    continue;
                }
                const QString id = u"t%1-%2"_s.arg(t).arg(i);
                if (Error e = ledger.recordArchived(makeEntry(ItemType::CallRecording, id, job.id)))
                    result.errors << e.message();
                job.counts[0] = 1;
                job.status = JobRecord::Status::Completed;
                if (Error e = jobs.finish(job))
                    result.errors << e.message();
                if (!ledger.isArchived(ItemType::CallRecording, id))
                    result.errors << u"not visible: "_s + id;
            }
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));

    for (const Result &result : results) {
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(!result.connectionName.isEmpty());
        QVERIFY(!before.contains(result.connectionName)); // not the main thread's
    }
    QVERIFY(results[0].connectionName != results[1].connectionName);
    QCOMPARE(ItemLedger(&db).archivedCount(), 2 * PerThread);
    QCOMPARE(JobStore(&db).jobCount({}, {}, true), 2 * PerThread);

    // The threads ended: their connections are gone.
    const QStringList after = QSqlDatabase::connectionNames();
    QVERIFY2(!after.contains(results[0].connectionName), qPrintable(after.join(u',')));
    QVERIFY(!after.contains(results[1].connectionName));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

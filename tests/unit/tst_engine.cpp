// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine end to end inside one process: a ManualClock, the demo source, the real Local
// folder plugin and a real SQLite file. Time jumps instead of sleeping.
#include "engine/engine.h"
#include "sources/demosource.h"
#include "storage/connectorregistry.h"
#include "store/auditstore.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "store/settingsstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rca;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(dir + QStringLiteral("/manifest/"))) // the day manifests
            files.append(path);
    }
    files.sort();
    return files;
}

class Fixture
{
public:
    QTemporaryDir dir;
    ManualClock clock{utc("2026-11-25T10:05:00Z")};
    ConnectorRegistry registry{{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")}};
    std::unique_ptr<Engine> engine;

    QString archiveDir() const { return dir.path() + QStringLiteral("/target"); }
    QString archiveRoot() const
    {
        return archiveDir() + QStringLiteral("/Apps/RingCentral Application");
    }

    void open(const QJsonObject &sourceSettings)
    {
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(archiveDir()));
        Engine::Options options;
        options.profile = Profile::inDirectory(dir.path() + QStringLiteral("/profile"));
        options.clock = &clock;
        options.connectors = &registry;
        options.zone = QTimeZone::utc();
        engine = std::make_unique<Engine>(options);
        QCOMPARE(engine->open().message(), QString());

        StorageConnectorFactory *local = registry.factory(QStringLiteral("local"));
        QVERIFY2(local, qPrintable(registry.loadErrors().join(u'\n')));
        QJsonObject storageSettings;
        QCOMPARE(local->create({})
                     ->setUp({{QStringLiteral("path"), archiveDir()}}, &storageSettings)
                     .message(),
                 QString());
        SettingsStore settings(engine->database());
        QVERIFY(!settings.setValue(QLatin1String(SettingKey::SourceKind), QStringLiteral("demo")));
        QVERIFY(!settings.setValue(QLatin1String(SettingKey::SourceSettings), sourceSettings));
        QVERIFY(
            !settings.setValue(QLatin1String(SettingKey::StorageKind), QStringLiteral("local")));
        QVERIFY(!settings.setValue(QLatin1String(SettingKey::StorageSettings), storageSettings));
    }

    QList<JobRecord> runDue(bool manual = false)
    {
        Error error;
        QList<JobRecord> jobs = engine->runDue(manual, &error);
        lastError = error;
        return jobs;
    }
    Error lastError;
};

QJsonObject generated(int itemsPerHour, int size)
{
    return {{QStringLiteral("itemsPerHour"), itemsPerHour}, {QStringLiteral("itemSize"), size}};
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduledJobsAndCatchUpAfterSleep();
    void failedLedgerWriteIsRecoveredWithoutDuplicates();
    void failingItemIsRetriedLaterAndOthersArchived();
    void differentFileAtFinalNameIsNeverOverwritten();
    void windowsOlderThanRetentionAreReportedOnce();
    void rangeJobSkipsWhatIsArchived();
    void backupOffRunsNothing();
    void runsInWorkerThreadAndReportsThroughSignals();
    void auditAndRepairAreRowsOfTheJobLog();
    void weeklyAuditRunsOncePerWeekWhenEnabled();
};

void TestEngine::auditAndRepairAreRowsOfTheJobLog()
{
    Fixture f;
    f.open(generated(12, 1000));
    const TimeWindow range(utc("2026-11-25T06:00:00Z"), utc("2026-11-25T08:00:00Z"));
    Error error;
    QVERIFY(f.engine->runRange(range, &error));
    const QStringList files = filesUnder(f.archiveRoot());
    QCOMPARE(files.size(), 24);
    QVERIFY(QFile::remove(files.at(3)));

    QSignalSpy finished(f.engine.get(), &Engine::auditFinished);
    const AuditResult result = f.engine->audit(range, true, &error);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(result.report.problems.size(), 1);
    QCOMPARE(result.report.problems.first().kind, AuditProblem::Kind::MissingFile);
    QVERIFY(result.repairJob);
    QCOMPARE(result.repairJob->trigger, JobRecord::Trigger::Repair);
    QCOMPARE(result.repairJob->totalArchived(), 1);
    QVERIFY(result.afterRepair && result.afterRepair->isClean());
    QVERIFY(QFile::exists(files.at(3)));

    // The job log: the range job, the audit that found it, the repair, the audit after it.
    JobStore jobs(f.engine->database());
    const QList<JobRecord> rows = jobs.jobs({}, {});
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).status, JobRecord::Status::Verified);
    QCOMPARE(rows.at(0).trigger, JobRecord::Trigger::Audit);
    QCOMPARE(rows.at(0).totalArchived(), 24); // audits count what they verified
    QCOMPARE(rows.at(1).trigger, JobRecord::Trigger::Repair);
    QCOMPARE(rows.at(2).status, JobRecord::Status::ProblemsFound);
    QCOMPARE(rows.at(2).failedItems, 1);
    const QList<AuditProblem> saved = AuditStore(f.engine->database()).problems(rows.at(2).id);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().sourceId, result.report.problems.first().sourceId);
    // "Last job" is about archiving, not checking.
    QCOMPARE(jobs.lastJob()->trigger, JobRecord::Trigger::Repair);
    QCOMPARE(jobs.lastAudit()->id, rows.at(0).id);
}

void TestEngine::weeklyAuditRunsOncePerWeekWhenEnabled()
{
    Fixture f;
    f.open(generated(4, 1000));
    f.engine->setBackupEnabled(true);
    QSignalSpy audits(f.engine.get(), &Engine::auditFinished);
    f.engine->start();
    f.clock.setNow(utc("2026-11-26T10:05:00Z")); // a day of jobs
    f.engine->reload();
    QCOMPARE(audits.size(), 0); // off by default

    SettingsStore settings(f.engine->database());
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::WeeklyAudit), true));
    f.engine->reload();
    QCOMPARE(audits.size(), 1);
    const AuditResult first = audits.at(0).at(0).value<AuditResult>();
    QVERIFY2(first.report.isClean(), qPrintable(first.report.toText()));
    QVERIFY(first.report.verified > 0);
    // From the first window a job archived (backup on at 10:05: 08:30), up to the last.
    QCOMPARE(first.report.range.from, utc("2026-11-25T08:30:00Z"));
    QCOMPARE(JobStore(f.engine->database()).lastAudit()->trigger, JobRecord::Trigger::WeeklyAudit);

    f.clock.setNow(utc("2026-11-29T10:05:00Z"));
    f.engine->reload();
    QCOMPARE(audits.size(), 1); // not again within the week
    f.clock.setNow(utc("2026-12-03T10:35:00Z"));
    f.engine->reload();
    QCOMPARE(audits.size(), 2);
    const AuditResult second = audits.at(1).at(0).value<AuditResult>();
    QCOMPARE(second.report.range.seconds(), 7LL * 24 * 3600);
    f.engine->stop();
}

void TestEngine::scheduledJobsAndCatchUpAfterSleep()
{
    Fixture f;
    f.open(generated(12, 1000)); // one item every 5 minutes
    f.engine->setBackupEnabled(true);

    // Enabled at 10:05: the first job is at 10:30 and archives 08:30–09:00.
    QVERIFY(f.runDue().isEmpty());
    f.clock.setNow(utc("2026-11-25T10:30:00Z"));
    QList<JobRecord> jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].window, TimeWindow(utc("2026-11-25T08:30:00Z"), utc("2026-11-25T09:00:00Z")));
    QCOMPARE(jobs[0].status, JobRecord::Status::Completed);
    QCOMPARE(jobs[0].totalArchived(), 6);
    QVERIFY(f.runDue().isEmpty());

    // The machine sleeps five hours (10:30 to 15:31): one catch-up job archives the ten missed
    // windows once, 09:00 to 14:00.
    f.clock.setNow(utc("2026-11-25T15:31:00Z"));
    jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].window, TimeWindow(utc("2026-11-25T09:00:00Z"), utc("2026-11-25T14:00:00Z")));
    QCOMPARE(jobs[0].trigger, JobRecord::Trigger::CatchUp);
    QCOMPARE(jobs[0].totalArchived(), 60);
    QVERIFY(f.runDue().isEmpty());

    const QStringList files = filesUnder(f.archiveRoot());
    QCOMPARE(files.size(), 66);
    for (const QString &file : files)
        QVERIFY2(!QFileInfo(file).fileName().startsWith(u'.'), qPrintable(file));
    QCOMPARE(ItemLedger(f.engine->database()).archivedCount(), 66);
    const Engine::Status status = f.engine->status();
    QCOMPARE(status.schedule.watermark, utc("2026-11-25T14:00:00Z"));
    QCOMPARE(status.nextJob, utc("2026-11-25T16:00:00Z"));
}

void TestEngine::failedLedgerWriteIsRecoveredWithoutDuplicates()
{
    Fixture f;
    f.open(generated(12, 4096));
    f.engine->setBackupEnabled(true);
    f.clock.setNow(utc("2026-11-25T10:30:00Z"));

    // A write of the job fails: the first item's ledger entry and progress, committed together.
    f.engine->database()->failNthWrite(4);
    QList<JobRecord> jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].status, JobRecord::Status::Failed);
    QVERIFY(f.lastError.isError());
    const int archivedBefore = ItemLedger(f.engine->database()).archivedCount();
    QVERIFY(archivedBefore < 6);
    // The window stays open and waits for its retry in five minutes.
    QCOMPARE(f.engine->status().schedule.failedAttempts, 1);
    QVERIFY(f.runDue().isEmpty());

    f.clock.advanceSeconds(5 * 60);
    jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].status, JobRecord::Status::Completed);
    QCOMPARE(jobs[0].trigger, JobRecord::Trigger::Retry);
    // Each item once: in the ledger and in the folder. The one whose ledger write failed was
    // already stored and is recognised as identical.
    ItemLedger ledger(f.engine->database());
    QCOMPARE(ledger.archivedCount(), 6);
    QCOMPARE(filesUnder(f.archiveRoot()).size(), 6);
    QCOMPARE(f.engine->status().schedule.failedAttempts, 0);
}

void TestEngine::failingItemIsRetriedLaterAndOthersArchived()
{
    Fixture f;
    QTemporaryDir manifestDir;
    const QString manifestPath = manifestDir.path() + QStringLiteral("/items.json");
    QJsonArray items;
    for (int i = 0; i < 3; ++i) {
        QJsonObject item{{QStringLiteral("id"), QStringLiteral("rec-%1").arg(i)},
                         {QStringLiteral("type"), QStringLiteral("call-recording")},
                         {QStringLiteral("created"),
                          utc("2026-11-25T08:40:00Z").addSecs(i * 60).toString(Qt::ISODate)},
                         {QStringLiteral("size"), 2000}};
        if (i == 1)
            item[QStringLiteral("fail")] = QStringLiteral("transient");
        items.append(item);
    }
    QFile manifest(manifestPath);
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson());
    manifest.close();

    f.open({{QStringLiteral("manifest"), manifestPath}});
    f.engine->setBackupEnabled(true);
    f.clock.setNow(utc("2026-11-25T10:30:00Z"));
    QList<JobRecord> jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].status, JobRecord::Status::CompletedWithErrors);
    QCOMPARE(jobs[0].count(ItemType::CallRecording), 2);
    QCOMPARE(jobs[0].failedItems, 1);

    ItemLedger ledger(f.engine->database());
    std::optional<FailedItem> failed =
        ledger.failure(ItemType::CallRecording, QStringLiteral("rec-1"));
    QVERIFY(failed);
    QCOMPARE(failed->attempts, 1);
    QCOMPARE(failed->nextRetry, utc("2026-11-25T10:35:00Z"));
    QCOMPARE(ledger.failuresForJob(jobs[0].id).size(), 1);

    // The source recovers; the next job retries the item although its window is done.
    manifest.open(QIODevice::WriteOnly);
    items[1] = QJsonObject{{QStringLiteral("id"), QStringLiteral("rec-1")},
                           {QStringLiteral("type"), QStringLiteral("call-recording")},
                           {QStringLiteral("created"), QStringLiteral("2026-11-25T08:41:00Z")},
                           {QStringLiteral("size"), 2000}};
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson());
    manifest.close();
    f.clock.setNow(utc("2026-11-25T11:00:00Z"));
    jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].status, JobRecord::Status::Completed);
    QCOMPARE(jobs[0].count(ItemType::CallRecording), 1);
    QVERIFY(!ledger.failure(ItemType::CallRecording, QStringLiteral("rec-1")));
    QCOMPARE(ledger.archivedCount(), 3);
}

void TestEngine::differentFileAtFinalNameIsNeverOverwritten()
{
    Fixture f;
    f.open(generated(2, 3000)); // 08:30 and 09:00, …
    f.engine->setBackupEnabled(true);
    f.clock.setNow(utc("2026-11-25T10:30:00Z"));

    // Someone put a different file where the 08:30 item goes.
    QList<ArchiveItem> listed;
    Error error;
    DemoSource source(generated(2, 3000), &error);
    QVERIFY(!source.listItems(TimeWindow(utc("2026-11-25T08:30:00Z"), utc("2026-11-25T09:00:00Z")),
                              ItemTypes(0xF), {}, [&](const QList<ArchiveItem> &page) {
                                  listed += page;
                                  return Error();
                              }));
    QCOMPARE(listed.size(), 1);
    const RemoteLayout layout(QTimeZone::utc());
    const QString finalPath = f.archiveRoot() + u'/' + layout.pathFor(listed[0]);
    QVERIFY(QDir().mkpath(QFileInfo(finalPath).path()));
    QFile other(finalPath);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("somebody else's file");
    other.close();

    const QList<JobRecord> jobs = f.runDue();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].status, JobRecord::Status::Completed);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("somebody else's file"));
    const std::optional<LedgerEntry> entry =
        ItemLedger(f.engine->database()).entry(listed[0].type, listed[0].sourceId);
    QVERIFY(entry);
    QCOMPARE(entry->remotePath,
             layout.folderFor(listed[0]) + u'/' +
                 RemoteLayout::alternativeName(layout.fileNameFor(listed[0]), 1));
    QCOMPARE(entry->sha256, DemoSource::contentSha256(listed[0].sourceId, 3000));
}

void TestEngine::windowsOlderThanRetentionAreReportedOnce()
{
    Fixture f;
    f.open(generated(0, 1000));
    f.engine->setBackupEnabled(true);
    // The program was not run for 100 days.
    f.clock.setNow(utc("2027-03-05T10:00:00Z"));
    const QList<JobRecord> jobs = f.runDue();
    QVERIFY(jobs.size() >= 2);
    QCOMPARE(jobs[0].status, JobRecord::Status::Expired);
    QVERIFY(jobs[0].window.to >= utc("2027-03-05T10:00:00Z").addDays(-90));
    for (int i = 1; i < jobs.size(); ++i) {
        QCOMPARE(jobs[i].window.from, jobs[i - 1].window.to);
        QCOMPARE(jobs[i].status, JobRecord::Status::Completed);
    }
    QVERIFY(f.runDue().isEmpty());
    QCOMPARE(JobStore(f.engine->database())
                 .jobs(utc("2000-01-01T00:00:00Z"), utc("2100-01-01T00:00:00Z"))
                 .size(),
             jobs.size());
}

void TestEngine::rangeJobSkipsWhatIsArchived()
{
    Fixture f;
    f.open(generated(12, 1000));
    Error error;
    std::optional<JobRecord> job = f.engine->runRange(
        TimeWindow(utc("2026-11-24T00:00:00Z"), utc("2026-11-24T02:00:00Z")), &error);
    QVERIFY2(job && !error, qPrintable(error.message()));
    QCOMPARE(job->totalArchived(), 24);
    QCOMPARE(job->trigger, JobRecord::Trigger::Range);
    job = f.engine->runRange(TimeWindow(utc("2026-11-24T01:00:00Z"), utc("2026-11-24T03:00:00Z")),
                             &error);
    QVERIFY(job && !error);
    QCOMPARE(job->totalArchived(), 12);
    QCOMPARE(filesUnder(f.archiveRoot()).size(), 36);
    // A range beyond the source's retention is refused with a reason.
    job = f.engine->runRange(TimeWindow(utc("2026-01-01T00:00:00Z"), utc("2026-01-02T00:00:00Z")),
                             &error);
    QVERIFY(!job);
    QVERIFY(error.message().contains(QStringLiteral("90 days")));
}

void TestEngine::backupOffRunsNothing()
{
    Fixture f;
    f.open(generated(12, 1000));
    QSignalSpy finished(f.engine.get(), &Engine::jobFinished);
    f.engine->start();
    f.clock.setNow(utc("2026-11-25T12:00:00Z"));
    f.engine->reload();
    QCOMPARE(finished.size(), 0);
    QVERIFY(!f.engine->status().nextJob.isValid());
    f.engine->stop();
}

void TestEngine::runsInWorkerThreadAndReportsThroughSignals()
{
    Fixture f;
    f.open(generated(12, 1000));
    f.engine->setBackupEnabled(true);
    f.clock.setNow(utc("2026-11-25T11:00:00Z")); // 10:30 and 11:00 are due: one catch-up job

    QThread worker;
    f.engine->moveToThread(&worker);
    QSignalSpy started(f.engine.get(), &Engine::jobStarted);
    QSignalSpy finished(f.engine.get(), &Engine::jobFinished);
    QSignalSpy next(f.engine.get(), &Engine::nextJobChanged);
    QThread *jobThread = nullptr;
    connect(
        f.engine.get(), &Engine::jobStarted, this,
        [&](const JobRecord &) { jobThread = QThread::currentThread(); }, Qt::DirectConnection);
    worker.start();
    QMetaObject::invokeMethod(f.engine.get(), &Engine::start, Qt::QueuedConnection);

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(jobThread, &worker);
    QCOMPARE(started.size(), 1);
    const JobRecord job = finished.at(0).at(0).value<JobRecord>();
    QCOMPARE(job.status, JobRecord::Status::Completed);
    QCOMPARE(job.window, TimeWindow(utc("2026-11-25T08:30:00Z"), utc("2026-11-25T09:30:00Z")));
    QCOMPARE(job.totalArchived(), 12);
    QTRY_VERIFY(!next.isEmpty());
    QCOMPARE(next.last().at(0).toDateTime(), utc("2026-11-25T11:30:00Z"));

    QMetaObject::invokeMethod(f.engine.get(), &Engine::stop, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"

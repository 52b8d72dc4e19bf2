// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// rca-screenshots: renders each tab of the main window to a PNG for the README. A made-up
// profile in a temporary directory: an administrator signed in to RingCentral, an SFTP server
// as the storage, backup on and three days of jobs in the log. Nothing is contacted; the pages
// only read the store. Run it under Xvfb (render-screenshots.sh) so the widgets are drawn by
// a real X server with the default style. Usage: rca-screenshots OUTPUT_DIRECTORY
#include "accounts/accountspage.h"
#include "appcontext.h"
#include "audit/auditreport.h"
#include "common/clock.h"
#include "engine/engine.h"
#include "logs/auditreportview.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "storage/connectorregistry.h"
#include "store/jobstore.h"
#include "store/settingsstore.h"
#include "sync/syncoptionspage.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace rca;

namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

void seed(Database *db, const QDateTime &now)
{
    SettingsStore settings(db);
    settings.setValue(key(SettingKey::SourceKind), QStringLiteral("ringcentral"));
    settings.setValue(key(SettingKey::SourceSettings),
                      QJsonObject{{QStringLiteral("extensionName"), QStringLiteral("Ada Lovelace")},
                                  {QStringLiteral("extensionNumber"), QStringLiteral("101")},
                                  {QStringLiteral("admin"), true}});
    settings.setValue(key(SettingKey::StorageKind), QStringLiteral("sftp"));
    settings.setValue(key(SettingKey::StorageSettings),
                      QJsonObject{{QStringLiteral("host"), QStringLiteral("nas.example.com")},
                                  {QStringLiteral("port"), 22},
                                  {QStringLiteral("user"), QStringLiteral("archive")},
                                  {QStringLiteral("root"), QStringLiteral("/srv/archive")}});
    settings.setValue(key(SettingKey::BackupEnabled), true);

    // Half-hourly jobs of the last day and a half; most archive a few recordings.
    JobStore jobs(db);
    const QDateTime lastSlot =
        QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 1800 * 1800, QTimeZone::utc());
    for (int i = 72; i >= 0; --i) {
        JobRecord job;
        job.started = lastSlot.addSecs(-1800 * i).addSecs(2);
        job.window = TimeWindow(job.started.addSecs(-7202), job.started.addSecs(-5402));
        job.storage = QStringLiteral("SFTP");
        jobs.start(&job);
        job.counts[0] = (i * 7) % 5;
        job.counts[1] = i % 9 == 0 ? 1 : 0;
        job.ended = job.started.addSecs(20 + job.counts[0] * 9);
        job.status = JobRecord::Status::Completed;
        if (i == 13) {
            job.status = JobRecord::Status::Failed;
            job.counts = {};
            job.error = QStringLiteral("The SFTP server nas.example.com did not answer within 60 "
                                       "s. The window is tried again at the next job.");
        }
        jobs.finish(job);
    }
}

// What Verify archive… shows for the last two days of that log, with two things wrong.
AuditReport madeUpReport(const QDateTime &now)
{
    AuditReport report;
    const QDateTime end = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 1800 * 1800 - 5400,
                                                        QTimeZone::utc());
    report.range = TimeWindow(end.addDays(-1), end);
    report.storage = QStringLiteral("SFTP");
    report.storageLocation = QStringLiteral("sftp://archive@nas.example.com/srv/archive");
    report.checksum = QStringLiteral("SHA-256");
    for (int i = 0; i < 48; ++i) {
        AuditWindow w;
        w.window = TimeWindow(report.range.from.addSecs(1800 * i),
                              report.range.from.addSecs(1800 * (i + 1)));
        w.listed = (i * 7) % 5;
        w.archived = w.listed;
        w.verified = w.listed;
        report.windows.append(w);
    }
    AuditWindow &damaged = report.windows[31];
    damaged.listed = damaged.archived = 3;
    damaged.verified = 2;
    damaged.problems = 1;
    AuditProblem missing;
    missing.kind = AuditProblem::Kind::MissingFile;
    missing.type = ItemType::CallRecording;
    missing.sourceId = QStringLiteral("2154081004");
    missing.window = damaged.window;
    missing.path = QStringLiteral("104 - Grace Hopper/") +
                   damaged.window.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) +
                   QStringLiteral("/Call Recordings/") +
                   damaged.window.from.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                   QStringLiteral("_inbound_+16175550142_2154081004.mp3");
    missing.detail = QStringLiteral("The ledger records 412,388 bytes archived; the storage has "
                                    "no file there.");
    missing.repairable = true;
    AuditProblem stray;
    stray.kind = AuditProblem::Kind::UnknownFile;
    stray.path = missing.path.section(u'/', 0, 2) + QStringLiteral("/notes.txt");
    stray.detail = QStringLiteral("1,024 bytes; no ledger entry and no item of RingCentral "
                                  "matches it.");
    report.problems = {missing, stray};
    report.unknownFiles = 1;
    for (const AuditWindow &w : std::as_const(report.windows)) {
        report.listed += w.listed;
        report.archived += w.archived;
        report.verified += w.verified;
    }
    return report;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "Usage: rca-screenshots OUTPUT_DIRECTORY\n");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(output);
    QTemporaryDir dir;
    SystemClock clock;
    ConnectorRegistry registry;
    test::MemorySecretStore secrets;
    Engine::Options options;
    options.profile = Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
    options.clock = &clock;
    options.connectors = &registry;
    options.secrets = &secrets;
    Engine engine(options);
    if (Error e = engine.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    seed(engine.database(), clock.now());

    AppContext context;
    context.engine = &engine;
    context.db = engine.database();
    context.connectors = &registry;
    context.secrets = &secrets;
    context.clock = &clock;
    context.profile = options.profile;
    MainWindow window(context, [](const QUrl &) { return false; });
    window.syncOptionsPage()->setNextJob(QDateTime::fromSecsSinceEpoch(
        (clock.now().toSecsSinceEpoch() / 1800 + 1) * 1800, QTimeZone::utc()));
    window.resize(1100, 660);
    window.show();

    // Lets the page lay out and load its model before it is drawn.
    const auto settle = [] {
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::processEvents();
            QTimer timer;
            timer.start(50);
            QEventLoop loop;
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            loop.exec();
        }
    };
    const QStringList names = {QStringLiteral("accounts"), QStringLiteral("sync-options"),
                               QStringLiteral("logs")};
    int failures = 0;
    for (int i = 0; i < names.size(); ++i) {
        window.tabs()->setCurrentIndex(i);
        settle();
        const QString file = QDir(output).filePath(names.at(i) + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            ++failures;
        } else {
            std::printf("%s\n", qPrintable(file));
        }
    }
    // The Accounts tab once more, with an S3 bucket under Object Lock (as set-up reads it).
    SettingsStore settings(engine.database());
    settings.setValue(key(SettingKey::StorageKind), QStringLiteral("s3"));
    settings.setValue(
        key(SettingKey::StorageSettings),
        QJsonObject{{QStringLiteral("region"), QStringLiteral("eu-central-1")},
                    {QStringLiteral("bucket"), QStringLiteral("acme-call-archive")},
                    {QStringLiteral("accessKeyId"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
                    {QStringLiteral("retentionMode"), QStringLiteral("compliance")},
                    {QStringLiteral("retentionDays"), 2555},
                    {QStringLiteral("bucketLock"),
                     QJsonObject{{QStringLiteral("enabled"), true},
                                 {QStringLiteral("mode"), QStringLiteral("COMPLIANCE")},
                                 {QStringLiteral("years"), 7}}}});
    window.tabs()->setCurrentIndex(0);
    window.accountsPage()->refresh();
    settle();
    const QString s3File = QDir(output).filePath(QStringLiteral("accounts-s3.png"));
    if (!window.grab().save(s3File)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(s3File));
        ++failures;
    } else {
        std::printf("%s\n", qPrintable(s3File));
    }

    AuditReportView report;
    report.setReport(madeUpReport(clock.now()));
    report.resize(1000, 560);
    report.show();
    QCoreApplication::processEvents();
    const QString reportFile = QDir(output).filePath(QStringLiteral("verify-archive.png"));
    if (!report.grab().save(reportFile)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(reportFile));
        ++failures;
    } else {
        std::printf("%s\n", qPrintable(reportFile));
    }
    return failures ? 1 : 0;
}

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DesktopIntegration under the offscreen platform, which has no system tray: the tray check
// is injected, the notifications go to a recorder, and the menu's actions and the slots the
// engine drives are used directly. A fresh profile database and object per test.
#include "common/clock.h"
#include "engine/engine.h"
#include "engine/slotcalendar.h"
#include "store/database.h"
#include "store/jobstore.h"
#include "store/settingsstore.h"
#include "tray/desktopintegration.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rca;

namespace {

struct Shown
{
    Notifier::Kind kind;
    QString title;
    QString message;
};

class RecordingNotifier : public Notifier
{
public:
    void notify(Kind kind, const QString &title, const QString &message) override
    {
        shown.append({kind, title, message});
    }
    QList<Shown> shown;
};

JobRecord finishedJob(JobRecord::Status status, std::array<int, ItemTypeCount> counts = {},
                      const QString &error = {})
{
    JobRecord job;
    job.id = 7;
    job.status = status;
    job.started = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    job.ended = job.started.addSecs(95);
    job.window.from = job.started.addSecs(-30 * 60);
    job.window.to = job.started;
    job.counts = counts;
    job.error = error;
    return job;
}

AuditProblem problem(AuditProblem::Kind kind, const QString &id)
{
    AuditProblem p;
    p.kind = kind;
    p.sourceId = id;
    p.type = ItemType::CallRecording;
    p.path = QStringLiteral("101 - Ada/2026-11-20/Call Recordings/") + id + QStringLiteral(".mp3");
    p.repairable = true;
    return p;
}

QImage pictureOf(const QIcon &icon)
{
    return icon.pixmap(QSize(22, 22)).toImage();
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void menuActionsEmitTheirSignals();
    void pauseResumeFollowsBackupState();
    void stateStartsFromTheStore();
    void stateIconAndToolTipFollowTheEngine();
    void trayIconShowsTheStateIcon();
    void archivedJobNotifiesWithCounts();
    void emptyJobDoesNotNotify();
    void failedJobNotifiesItsReasonOnce();
    void attentionNotifiesOnce();
    void turnedOffKindsDoNotNotify_data();
    void turnedOffKindsDoNotNotify();
    void trayRetryReportsTheTrayWhenItAppears();
    void trayRetryGivesUp();
    void keptInTrayHintIsShownOnce();
    void archiveCheckWithProblemsNotifies();
    void cleanChecksAreQuiet();
    void archiveCheckRowsAreNotJobs();
    void knowsTheNextJobAtStartUp();
    void saysWhenItArchivesTheDemo();

private:
    std::unique_ptr<DesktopIntegration> make(bool trayAvailable = false);
    // An audit's row in the job log, as the engine writes it.
    qint64 storeAudit(JobRecord::Trigger trigger, JobRecord::Status status);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    RecordingNotifier m_notifier;
};

void TestDesktopIntegration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("rca.db")));
    QVERIFY(!m_db->open());
    m_notifier.shown.clear();
}

void TestDesktopIntegration::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<DesktopIntegration> TestDesktopIntegration::make(bool trayAvailable)
{
    DesktopIntegration::Options options;
    options.db = m_db.get();
    options.notifier = &m_notifier;
    options.trayAvailable = [trayAvailable] { return trayAvailable; };
    options.retryAttempts = 0;
    return std::make_unique<DesktopIntegration>(options);
}

void TestDesktopIntegration::menuActionsEmitTheirSignals()
{
    auto tray = make();
    QMenu *menu = tray->menu();
    QVERIFY(menu);
    auto *open = menu->findChild<QAction *>(QStringLiteral("trayOpenAction"));
    auto *runNow = menu->findChild<QAction *>(QStringLiteral("trayRunNowAction"));
    auto *pause = menu->findChild<QAction *>(QStringLiteral("trayPauseAction"));
    auto *quit = menu->findChild<QAction *>(QStringLiteral("trayQuitAction"));
    QVERIFY(open && runNow && pause && quit);
    QCOMPARE(menu->actions().count(), 5); // four actions and a separator before Quit

    QSignalSpy opened(tray.get(), &DesktopIntegration::openRequested);
    QSignalSpy ran(tray.get(), &DesktopIntegration::runNowRequested);
    QSignalSpy toggled(tray.get(), &DesktopIntegration::backupToggled);
    QSignalSpy quitted(tray.get(), &DesktopIntegration::quitRequested);

    open->trigger();
    QCOMPARE(opened.count(), 1);
    runNow->trigger();
    QCOMPARE(ran.count(), 1);
    quit->trigger();
    QCOMPARE(quitted.count(), 1);

    tray->setBackupEnabled(true);
    pause->trigger();
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), false);
    QVERIFY(!tray->isBackupEnabled());
    pause->trigger();
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(1).at(0).toBool(), true);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(ran.count(), 1);
    QCOMPARE(quitted.count(), 1);
}

void TestDesktopIntegration::pauseResumeFollowsBackupState()
{
    auto tray = make();
    QAction *pause = tray->pauseAction();
    QSignalSpy toggled(tray.get(), &DesktopIntegration::backupToggled);

    tray->setBackupEnabled(true);
    QVERIFY2(pause->text().contains(QStringLiteral("Pause")), qPrintable(pause->text()));
    tray->setBackupEnabled(false);
    QVERIFY2(pause->text().contains(QStringLiteral("Resume")), qPrintable(pause->text()));
    QVERIFY(tray->toolTip().contains(QStringLiteral("Backup is paused")));
    // Told from outside (the Sync tab): no echo back as a request.
    QCOMPARE(toggled.count(), 0);

    pause->trigger(); // Resume
    QVERIFY(tray->isBackupEnabled());
    QVERIFY2(pause->text().contains(QStringLiteral("Pause")), qPrintable(pause->text()));
    QVERIFY(!tray->toolTip().contains(QStringLiteral("Backup is paused")));
}

void TestDesktopIntegration::stateStartsFromTheStore()
{
    SettingsStore settings(m_db.get());
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::BackupEnabled), true));
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::SourceAttention),
                               QStringLiteral("Sign in to RingCentral again.")));
    JobStore jobs(m_db.get());
    JobRecord job = finishedJob(JobRecord::Status::Running);
    QVERIFY(!jobs.start(&job));
    job.status = JobRecord::Status::Completed;
    job.counts = {4, 0, 0, 0};
    QVERIFY(!jobs.finish(job));

    auto tray = make();
    QVERIFY(tray->isBackupEnabled());
    QVERIFY(tray->pauseAction()->text().contains(QStringLiteral("Pause")));
    QCOMPARE(tray->state(), DesktopIntegration::State::Attention);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("4 call recordings")),
             qPrintable(tray->toolTip()));
    QVERIFY(tray->toolTip().contains(QStringLiteral("Sign in to RingCentral again.")));
    QVERIFY(m_notifier.shown.isEmpty()); // known at start-up: nothing new to say
}

void TestDesktopIntegration::stateIconAndToolTipFollowTheEngine()
{
    auto tray = make();
    tray->setBackupEnabled(true);
    QCOMPARE(tray->state(), DesktopIntegration::State::Idle);
    QVERIFY(tray->toolTip().contains(QStringLiteral("Last job: none yet")));
    QVERIFY(tray->runNowAction()->isEnabled());

    tray->setBusy(true);
    QCOMPARE(tray->state(), DesktopIntegration::State::Running);
    QVERIFY(tray->toolTip().contains(QStringLiteral("Archiving now")));
    QVERIFY(!tray->runNowAction()->isEnabled());
    QCOMPARE(pictureOf(tray->icon()),
             pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Running)));

    tray->setAttention(QStringLiteral("Dropbox refused the sign-in."));
    QCOMPARE(tray->state(), DesktopIntegration::State::Attention);
    QVERIFY(tray->toolTip().contains(QStringLiteral("Needs attention: Dropbox refused")));
    tray->setAttention(QString());
    QCOMPARE(tray->state(), DesktopIntegration::State::Running);

    const JobRecord job = finishedJob(JobRecord::Status::Completed, {12, 3, 0, 1});
    tray->jobFinished(job);
    tray->setBusy(false);
    QCOMPARE(tray->state(), DesktopIntegration::State::Idle);
    const QString when = QLocale().toString(job.ended.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(tray->toolTip().contains(
                 QStringLiteral("Last job: %1, %2, 12 call recordings, 3 voicemails, 1 fax")
                     .arg(when, JobRecord::statusText(JobRecord::Status::Completed))),
             qPrintable(tray->toolTip()));

    QVERIFY(tray->toolTip().contains(QStringLiteral("Next job: not planned")));
    const QDateTime next(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    tray->setNextJob(next);
    QVERIFY2(tray->toolTip().contains(
                 QStringLiteral("Next job: %1")
                     .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))),
             qPrintable(tray->toolTip()));

    // The three states have three different pictures.
    const QImage idle = pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Idle));
    const QImage running =
        pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Running));
    const QImage attention =
        pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Attention));
    QVERIFY(!idle.isNull() && !running.isNull() && !attention.isNull());
    QVERIFY(idle != running && running != attention && idle != attention);
}

void TestDesktopIntegration::trayIconShowsTheStateIcon()
{
    auto tray = make(true);
    QVERIFY(tray->isTrayAvailable());
    QSystemTrayIcon *icon = tray->trayIcon();
    QVERIFY(icon);
    QCOMPARE(icon->contextMenu(), tray->menu());
    QCOMPARE(pictureOf(icon->icon()),
             pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Idle)));

    tray->setBusy(true);
    QCOMPARE(pictureOf(icon->icon()),
             pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Running)));
    QCOMPARE(icon->toolTip(), tray->toolTip());
    tray->setAttention(QStringLiteral("The SFTP server's host key changed."));
    QCOMPARE(pictureOf(icon->icon()),
             pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Attention)));
    QVERIFY(icon->toolTip().contains(QStringLiteral("host key changed")));

    // A click on the icon opens the window.
    QSignalSpy opened(tray.get(), &DesktopIntegration::openRequested);
    Q_EMIT icon->activated(QSystemTrayIcon::DoubleClick);
    QCOMPARE(opened.count(), 1);
}

void TestDesktopIntegration::archivedJobNotifiesWithCounts()
{
    auto tray = make();
    tray->jobFinished(finishedJob(JobRecord::Status::Completed, {12, 3, 0, 0}));
    QCOMPARE(m_notifier.shown.count(), 1);
    QCOMPARE(m_notifier.shown[0].kind, Notifier::Kind::Archived);
    QCOMPARE(m_notifier.shown[0].message,
             QStringLiteral("Archived 12 call recordings, 3 voicemails."));

    JobRecord partly = finishedJob(JobRecord::Status::CompletedWithErrors, {0, 1, 2, 0});
    partly.failedItems = 2;
    tray->jobFinished(partly);
    QCOMPARE(m_notifier.shown.count(), 2);
    QCOMPARE(m_notifier.shown[1].kind, Notifier::Kind::Archived);
    QVERIFY2(m_notifier.shown[1].message.startsWith(
                 QStringLiteral("Archived 1 voicemail, 2 SMS messages.")),
             qPrintable(m_notifier.shown[1].message));
    QVERIFY(m_notifier.shown[1].message.contains(QStringLiteral("2 items could not")));
}

void TestDesktopIntegration::emptyJobDoesNotNotify()
{
    auto tray = make();
    tray->jobFinished(finishedJob(JobRecord::Status::Completed));
    tray->jobFinished(finishedJob(JobRecord::Status::Expired));
    tray->jobFinished(finishedJob(JobRecord::Status::Interrupted));
    QVERIFY(m_notifier.shown.isEmpty());
    QVERIFY(tray->toolTip().contains(QStringLiteral("Interrupted"))); // but the tooltip knows
}

void TestDesktopIntegration::failedJobNotifiesItsReasonOnce()
{
    auto tray = make();
    const QString reason = QStringLiteral("The storage folder /mnt/nas is not reachable.");
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {2, 0, 0, 0}, reason));
    QCOMPARE(m_notifier.shown.count(), 1);
    QCOMPARE(m_notifier.shown[0].kind, Notifier::Kind::Failed);
    QVERIFY(m_notifier.shown[0].message.startsWith(reason));
    QVERIFY(m_notifier.shown[0].message.contains(QStringLiteral("2 call recordings")));

    // The schedule retries; the same failure again says nothing new.
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {}, reason));
    QCOMPARE(m_notifier.shown.count(), 1);
    // A different failure is news.
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {}, QStringLiteral("Disk full.")));
    QCOMPARE(m_notifier.shown.count(), 2);
    QCOMPARE(m_notifier.shown[1].message, QStringLiteral("Disk full."));
    // After a job that worked, the old failure is news again.
    tray->jobFinished(finishedJob(JobRecord::Status::Completed));
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {}, reason));
    QCOMPARE(m_notifier.shown.count(), 3);
    QCOMPARE(m_notifier.shown[2].message, reason);
}

void TestDesktopIntegration::attentionNotifiesOnce()
{
    auto tray = make();
    const QString reason = QStringLiteral("RingCentral refused the sign-in: connect again.");
    tray->setAttention(reason);
    QCOMPARE(m_notifier.shown.count(), 1);
    QCOMPARE(m_notifier.shown[0].kind, Notifier::Kind::Attention);
    QCOMPARE(m_notifier.shown[0].message, reason);
    tray->setAttention(reason);
    QCOMPARE(m_notifier.shown.count(), 1);

    // A job that works clears it; the same trouble later is said again.
    tray->jobFinished(finishedJob(JobRecord::Status::Completed));
    QCOMPARE(tray->state(), DesktopIntegration::State::Idle);
    QCOMPARE(m_notifier.shown.count(), 1);

    // A failed job already said it: the engine's attention that follows adds nothing.
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {}, reason));
    tray->setAttention(reason);
    QCOMPARE(m_notifier.shown.count(), 2);
    QCOMPARE(m_notifier.shown[1].kind, Notifier::Kind::Failed);
    QCOMPARE(tray->state(), DesktopIntegration::State::Attention);
}

void TestDesktopIntegration::turnedOffKindsDoNotNotify_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("archived") << QString::fromLatin1(SettingKey::NotifyArchived);
    QTest::newRow("failed") << QString::fromLatin1(SettingKey::NotifyFailed);
    QTest::newRow("attention") << QString::fromLatin1(SettingKey::NotifyAttention);
}

void TestDesktopIntegration::turnedOffKindsDoNotNotify()
{
    QFETCH(QString, key);
    QVERIFY(!SettingsStore(m_db.get()).setValue(key, false));
    auto tray = make();

    tray->jobFinished(finishedJob(JobRecord::Status::Completed, {1, 0, 0, 0}));
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {}, QStringLiteral("Disk full.")));
    tray->setAttention(QStringLiteral("Google Drive refused the sign-in."));

    // The two kinds still on are shown; the one turned off is not.
    QCOMPARE(m_notifier.shown.count(), 2);
    QSet<Notifier::Kind> kinds;
    for (const Shown &shown : m_notifier.shown)
        kinds.insert(shown.kind);
    const Notifier::Kind off =
        key == QLatin1String(SettingKey::NotifyArchived) ? Notifier::Kind::Archived
        : key == QLatin1String(SettingKey::NotifyFailed) ? Notifier::Kind::Failed
                                                         : Notifier::Kind::Attention;
    QVERIFY(!kinds.contains(off));

    // Turned on again, it is shown (the setting is read each time, not once).
    QVERIFY(!SettingsStore(m_db.get()).setValue(key, true));
    m_notifier.shown.clear();
    tray->jobFinished(finishedJob(JobRecord::Status::Completed, {1, 0, 0, 0}));
    tray->jobFinished(finishedJob(JobRecord::Status::Failed, {}, QStringLiteral("Offline.")));
    tray->setAttention(QStringLiteral("Dropbox refused the sign-in."));
    QCOMPARE(m_notifier.shown.count(), 3);
}

void TestDesktopIntegration::trayRetryReportsTheTrayWhenItAppears()
{
    bool available = false;
    int checks = 0;
    DesktopIntegration::Options options;
    options.db = m_db.get();
    options.notifier = &m_notifier;
    options.trayAvailable = [&] {
        ++checks;
        return available;
    };
    options.retryIntervalMs = 20;
    options.retryAttempts = 1000;
    DesktopIntegration tray(options);
    QSignalSpy changed(&tray, &DesktopIntegration::trayAvailableChanged);
    QVERIFY(!tray.isTrayAvailable());
    QVERIFY(!tray.trayIcon());
    QVERIFY(tray.isRetrying());

    tray.setBusy(true);
    QTRY_VERIFY(checks >= 3); // it keeps asking
    QCOMPARE(changed.count(), 0);
    available = true;
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QVERIFY(tray.isTrayAvailable());
    QVERIFY(!tray.isRetrying());
    QVERIFY(tray.trayIcon());
    // The icon created late shows the state reached meanwhile.
    QCOMPARE(pictureOf(tray.trayIcon()->icon()),
             pictureOf(DesktopIntegration::iconFor(DesktopIntegration::State::Running)));
    QCOMPARE(tray.trayIcon()->toolTip(), tray.toolTip());
    const int checksWhenFound = checks;
    QTest::qWait(100);
    QCOMPARE(checks, checksWhenFound); // and stops asking
    QCOMPARE(changed.count(), 1);
}

void TestDesktopIntegration::trayRetryGivesUp()
{
    int checks = 0;
    DesktopIntegration::Options options;
    options.notifier = &m_notifier;
    options.trayAvailable = [&] {
        ++checks;
        return false;
    };
    options.retryIntervalMs = 10;
    options.retryAttempts = 3;
    DesktopIntegration tray(options);
    QSignalSpy changed(&tray, &DesktopIntegration::trayAvailableChanged);
    QTRY_VERIFY(!tray.isRetrying());
    QCOMPARE(checks, 1 + 3);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!tray.isTrayAvailable());
}

void TestDesktopIntegration::keptInTrayHintIsShownOnce()
{
    {
        auto noTray = make(false);
        QVERIFY(!noTray->notifyKeptInTray()); // without a tray the window just closes
        QVERIFY(m_notifier.shown.isEmpty());
    }
    auto tray = make(true);
    QVERIFY(tray->notifyKeptInTray());
    QCOMPARE(m_notifier.shown.count(), 1);
    QCOMPARE(m_notifier.shown[0].kind, Notifier::Kind::Hint);
    QVERIFY(!tray->notifyKeptInTray());
    auto later = make(true); // the next start of the program remembers it
    QVERIFY(!later->notifyKeptInTray());
    QCOMPARE(m_notifier.shown.count(), 1);
}

qint64 TestDesktopIntegration::storeAudit(JobRecord::Trigger trigger, JobRecord::Status status)
{
    JobStore jobs(m_db.get());
    JobRecord job = finishedJob(JobRecord::Status::Running);
    job.trigger = trigger;
    job.types = ItemTypeFlag::CallRecording;
    if (jobs.start(&job))
        return 0;
    job.status = status;
    return jobs.finish(job) ? 0 : job.id;
}

void TestDesktopIntegration::archiveCheckWithProblemsNotifies()
{
    auto tray = make();
    QSignalSpy logs(tray.get(), &DesktopIntegration::logsRequested);
    QSignalSpy open(tray.get(), &DesktopIntegration::openRequested);
    AuditResult result;
    result.report.jobId =
        storeAudit(JobRecord::Trigger::WeeklyAudit, JobRecord::Status::ProblemsFound);
    result.report.problems = {problem(AuditProblem::Kind::UnknownFile, {}),
                              problem(AuditProblem::Kind::MissingFile, QStringLiteral("a")),
                              problem(AuditProblem::Kind::NotArchived, QStringLiteral("b")),
                              problem(AuditProblem::Kind::MissingFile, QStringLiteral("c"))};
    tray->auditFinished(result);
    QCOMPARE(m_notifier.shown.count(), 1);
    QCOMPARE(m_notifier.shown[0].kind, Notifier::Kind::ArchiveCheck);
    QCOMPARE(m_notifier.shown[0].title, QStringLiteral("The archive check found 4 problems"));
    // The most important kind is named: files lost from storage before the rest.
    QVERIFY2(m_notifier.shown[0].message.startsWith(QStringLiteral("Most important: 2 missing "
                                                                   "files.")),
             qPrintable(m_notifier.shown[0].message));

    // Clicking it (or Open in the menu) shows the Logs tab, once.
    tray->notificationClicked();
    QCOMPARE(logs.count(), 1);
    tray->openAction()->trigger();
    QCOMPARE(logs.count(), 1);
    QCOMPARE(open.count(), 1);
    tray->auditFinished(result);
    tray->openAction()->trigger();
    QCOMPARE(logs.count(), 2);

    // After a repair, the final report is what counts.
    m_notifier.shown.clear();
    AuditResult repaired = result;
    repaired.afterRepair = AuditReport();
    tray->auditFinished(repaired);
    QVERIFY(m_notifier.shown.isEmpty());

    // The failure switch covers it.
    QVERIFY(!SettingsStore(m_db.get()).setValue(QLatin1String(SettingKey::NotifyFailed), false));
    tray->auditFinished(result);
    QVERIFY(m_notifier.shown.isEmpty());
}

void TestDesktopIntegration::cleanChecksAreQuiet()
{
    auto tray = make();
    AuditResult weekly;
    weekly.report.jobId = storeAudit(JobRecord::Trigger::WeeklyAudit, JobRecord::Status::Verified);
    weekly.report.verified = 120;
    tray->auditFinished(weekly);
    AuditResult asked;
    asked.report.jobId = storeAudit(JobRecord::Trigger::Audit, JobRecord::Status::Verified);
    tray->auditFinished(asked);
    // A check the user cancelled, or one asked for that could not run: its dialog says so.
    AuditResult cancelled = asked;
    cancelled.report.error = Error::cancelled();
    tray->auditFinished(cancelled);
    AuditResult offline = asked;
    offline.report.error = Error::storage(QStringLiteral("The drive is gone."));
    tray->auditFinished(offline);
    QVERIFY(m_notifier.shown.isEmpty());

    // The weekly check that could not finish has nobody watching: it says so.
    AuditResult weeklyOffline = weekly;
    weeklyOffline.report.error = Error::storage(QStringLiteral("The drive is gone."));
    tray->auditFinished(weeklyOffline);
    QCOMPARE(m_notifier.shown.count(), 1);
    QCOMPARE(m_notifier.shown[0].kind, Notifier::Kind::Failed);
    QCOMPARE(m_notifier.shown[0].message, QStringLiteral("The drive is gone."));
}

void TestDesktopIntegration::archiveCheckRowsAreNotJobs()
{
    auto tray = make();
    tray->jobFinished(finishedJob(JobRecord::Status::Completed, {2, 0, 0, 0}));
    const QString toolTip = tray->toolTip();
    m_notifier.shown.clear();
    JobRecord audit =
        finishedJob(JobRecord::Status::Failed, {5, 0, 0, 0}, QStringLiteral("The drive is gone."));
    audit.trigger = JobRecord::Trigger::Audit;
    tray->jobFinished(audit); // auditFinished speaks for it
    QVERIFY(m_notifier.shown.isEmpty());
    QCOMPARE(tray->toolTip(), toolTip); // the last job is still the last archiving job
}

void TestDesktopIntegration::knowsTheNextJobAtStartUp()
{
    // Backup is on and the schedule has archived up to 10:30: the next job is the 12:30 one
    // (its window starts at 10:30), known before the engine says anything.
    SettingsStore settings(m_db.get());
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::BackupEnabled), true));
    const QDateTime watermark(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
    QVERIFY(!settings.setValue(QLatin1String(SettingKey::Watermark), watermark));
    const ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 10), Qt::UTC));
    DesktopIntegration::Options options;
    options.db = m_db.get();
    options.clock = &clock;
    options.notifier = &m_notifier;
    options.trayAvailable = [] { return false; };
    options.retryAttempts = 0;
    DesktopIntegration tray(options);
    const QDateTime next = SlotCalendar().slotAfter(watermark.addSecs(90 * 60));
    QVERIFY2(tray.toolTip().contains(
                 QStringLiteral("Next job: %1")
                     .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))),
             qPrintable(tray.toolTip()));
}

void TestDesktopIntegration::saysWhenItArchivesTheDemo()
{
    auto tray = make();
    QVERIFY(!tray->toolTip().contains(u"Demo"));
    QVERIFY(!SettingsStore(m_db.get())
                 .setValue(QLatin1String(SettingKey::SourceKind), QStringLiteral("demo")));
    tray->connectionsChanged();
    QVERIFY2(tray->toolTip().contains(QStringLiteral("Demo: archives made-up recordings")),
             qPrintable(tray->toolTip()));
    tray->jobFinished(finishedJob(JobRecord::Status::Completed, {2, 0, 0, 0}));
    QCOMPARE(m_notifier.shown.size(), 1);
    QVERIFY2(m_notifier.shown.last().title.startsWith(QStringLiteral("Demo: ")),
             qPrintable(m_notifier.shown.last().title));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"

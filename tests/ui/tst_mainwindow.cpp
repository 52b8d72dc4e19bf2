// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole window on a real engine (demo source, Local folder): the three tabs of the user
// guide; the tray menu's Run now archiving through the engine, with the Logs tab and the
// notification following; Pause/Resume backup from the tray reaching the Sync options tab;
// closing the window keeping RC Archiver in the tray (and saying so once), or quitting when
// the desktop has no tray; an archive check's problems notified, the click opening the Logs tab.
#include "accounts/accounts.h"
#include "guifixture.h"
#include "logs/joblogmodel.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "store/settingsstore.h"
#include "tray/desktopintegration.h"
#include "tray/notifier.h"

#include <QAction>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace rca;
using namespace rca::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hasTheThreeTabsOfTheUserGuide();
    void trayRunNowArchivesAndNotifies();
    void trayPauseReachesSyncOptions();
    void closingKeepsRunningInTheTray();
    void closingWithoutATrayQuits();
    void archiveCheckProblemsOpenTheLogsTab();

private:
    void makeWindow(bool trayAvailable);
    std::unique_ptr<GuiFixture> m_fixture;
    RecordingNotifier m_notifier;
    std::unique_ptr<DesktopIntegration> m_desktop;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->opened);
    Accounts accounts(m_fixture->context.db, m_fixture->context.connectors,
                      m_fixture->context.secrets, m_fixture->context.profile.id());
    QVERIFY(
        !accounts.connectSource(QStringLiteral("demo"), {{QStringLiteral("itemsPerHour"), 4}}, {}));
    const QString folder = m_fixture->path(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(
        !accounts.connectStorage(QStringLiteral("local"), {{QStringLiteral("path"), folder}}, {}));
    m_notifier.shown.clear();
    makeWindow(true);
}

void TestMainWindow::makeWindow(bool trayAvailable)
{
    m_window.reset();
    m_desktop.reset();
    DesktopIntegration::Options options;
    options.db = m_fixture->context.db;
    options.notifier = &m_notifier;
    options.trayAvailable = [trayAvailable] { return trayAvailable; };
    options.retryAttempts = 0;
    m_desktop = std::make_unique<DesktopIntegration>(options);
    m_window = std::make_unique<MainWindow>(m_fixture->context, [](const QUrl &) { return false; });
    m_window->attachDesktop(m_desktop.get());
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_desktop.reset();
    m_fixture.reset();
}

void TestMainWindow::hasTheThreeTabsOfTheUserGuide()
{
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0).remove(u'&'), QStringLiteral("Accounts"));
    QCOMPARE(tabs->tabText(1).remove(u'&'), QStringLiteral("Sync options"));
    QCOMPARE(tabs->tabText(2).remove(u'&'), QStringLiteral("Logs"));
    // This profile archives the demo's made-up items, and the title says so.
    QCOMPARE(m_window->windowTitle(), QStringLiteral("RC Archiver (demo)"));
}

void TestMainWindow::trayRunNowArchivesAndNotifies()
{
    // Backup on from the Sync options tab, then two hours later Run now from the tray.
    auto *enable = m_window->findChild<QCheckBox *>(QStringLiteral("enableBackup"));
    QVERIFY(enable->isEnabled());
    enable->click();
    QVERIFY(
        SettingsStore(m_fixture->context.db).boolValue(QLatin1String(SettingKey::BackupEnabled)));
    QVERIFY(m_desktop->isBackupEnabled());
    // The engine (a queued call) starts the schedule from now.
    QTRY_VERIFY(SettingsStore(m_fixture->context.db)
                    .dateTimeValue(QLatin1String(SettingKey::Watermark))
                    .isValid());
    m_fixture->clock.advanceSeconds(3600);

    qRegisterMetaType<JobRecord>();
    QSignalSpy finished(m_fixture->engine.get(), &Engine::jobFinished);
    QVERIFY(finished.isValid());
    QSignalSpy busy(m_fixture->engine.get(), &Engine::busyChanged);
    m_desktop->runNowAction()->trigger();
    QTRY_VERIFY2(busy.count() >= 1, "the engine never started a job");
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
    const auto job = finished.last().at(0).value<JobRecord>();
    QVERIFY(!DesktopIntegration::describeCounts(job).isEmpty());
    QCOMPARE(job.status, JobRecord::Status::Completed);
    QVERIFY(job.totalArchived() > 0);

    // The Logs tab shows the job; the tray told the user what was archived.
    m_window->tabs()->setCurrentWidget(m_window->logsPage());
    QTRY_VERIFY(m_window->logsPage()->model()->rowCount() >= 1);
    QTRY_VERIFY(!m_notifier.shown.isEmpty());
    QCOMPARE(m_notifier.shown.last().first, Notifier::Kind::Archived);
    QVERIFY2(m_notifier.shown.last().second.contains(DesktopIntegration::describeCounts(job)),
             qPrintable(m_notifier.shown.last().second));
}

void TestMainWindow::trayPauseReachesSyncOptions()
{
    auto *enable = m_window->findChild<QCheckBox *>(QStringLiteral("enableBackup"));
    enable->click();
    QVERIFY(enable->isChecked());
    QVERIFY(m_desktop->isBackupEnabled());
    m_desktop->pauseAction()->trigger(); // Pause backup
    QTRY_VERIFY(
        !SettingsStore(m_fixture->context.db).boolValue(QLatin1String(SettingKey::BackupEnabled)));
    QVERIFY(!enable->isChecked());
    m_desktop->pauseAction()->trigger(); // Resume backup
    QTRY_VERIFY(enable->isChecked());
}

void TestMainWindow::closingKeepsRunningInTheTray()
{
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(m_window->close() == false); // the close is refused: the window only hides
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.count(), 0);
    QCOMPARE(m_notifier.shown.size(), 1);
    QCOMPARE(m_notifier.shown.first().first, Notifier::Kind::Hint);

    // Open from the tray brings it back; a second close says nothing more.
    m_desktop->openAction()->trigger();
    QVERIFY(m_window->isVisible());
    m_window->close();
    QCOMPARE(m_notifier.shown.size(), 1);
}

void TestMainWindow::closingWithoutATrayQuits()
{
    makeWindow(false);
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(m_window->close());
    QCOMPARE(quit.count(), 1);
    QVERIFY(m_notifier.shown.isEmpty());
}

void TestMainWindow::archiveCheckProblemsOpenTheLogsTab()
{
    m_window->hide();
    AuditResult result;
    AuditProblem missing;
    missing.kind = AuditProblem::Kind::MissingFile;
    missing.sourceId = QStringLiteral("item-1");
    result.report.problems = {missing};
    Q_EMIT m_fixture->engine->auditFinished(result);
    QTRY_COMPARE(m_notifier.shown.size(), 1);
    QCOMPARE(m_notifier.shown.last().first, Notifier::Kind::ArchiveCheck);

    m_desktop->notificationClicked();
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->logsPage());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Sync options tab: Enable backup off by default and usable only once both sides are
// connected; the administrator's switch between Account Settings and My Extension with their
// defaults; extension users' four types; settings saved for the next job; Run now, a past
// range and the running job's progress; the next and the last job from the first paint (before
// the engine has said anything); the weekly check of the archive; the demo named as such.
#include "common/messagebox.h"
#include "engine/slotcalendar.h"
#include "guifixture.h"
#include "store/settingsstore.h"
#include "sync/syncoptionspage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace rca;
using namespace rca::test;

namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

} // namespace

class TestSyncOptionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void backupIsOffAndDisabledUntilBothSidesAreConnected();
    void enablingBackupIsSavedAndSignalled();
    void administratorsSwitchViews();
    void extensionUsersChooseFourTypes();
    void runNowAndPastRange();
    void showsTheRunningJob();
    void startAtLoginAndNotificationSwitches();
    void weeklyCheckIsSavedAndReachesTheEngine();
    void showsTheNextAndLastJobAtOnce();
    void saysWhenItArchivesTheDemo();

private:
    void connectBoth(bool admin);
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<SyncOptionsPage> m_page;
};

void TestSyncOptionsPage::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->opened);
    m_page = std::make_unique<SyncOptionsPage>(m_fixture->context);
    m_page->show();
}

void TestSyncOptionsPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestSyncOptionsPage::connectBoth(bool admin)
{
    SettingsStore settings(m_fixture->context.db);
    settings.setValue(key(SettingKey::SourceKind), QStringLiteral("ringcentral"));
    settings.setValue(key(SettingKey::SourceSettings),
                      QJsonObject{{QStringLiteral("extensionName"), QStringLiteral("Ada")},
                                  {QStringLiteral("extensionNumber"), QStringLiteral("101")},
                                  {QStringLiteral("admin"), admin}});
    const QString folder = m_fixture->path(QStringLiteral("archive"));
    QDir().mkpath(folder);
    settings.setValue(key(SettingKey::StorageKind), QStringLiteral("local"));
    settings.setValue(key(SettingKey::StorageSettings),
                      QJsonObject{{QStringLiteral("path"), folder}});
    m_page->refresh();
}

void TestSyncOptionsPage::backupIsOffAndDisabledUntilBothSidesAreConnected()
{
    auto *enable = child<QCheckBox>(m_page.get(), "enableBackup");
    QVERIFY(!enable->isChecked());
    QVERIFY(!enable->isEnabled());
    QVERIFY(child<QLabel>(m_page.get(), "enableBackupHint")->text().contains(u"Accounts"));
    QVERIFY(!child<QPushButton>(m_page.get(), "runNow")->isEnabled());

    SettingsStore(m_fixture->context.db)
        .setValue(key(SettingKey::StorageKind), QStringLiteral("local"));
    m_page->refresh();
    QVERIFY(!enable->isEnabled()); // one side is not enough

    connectBoth(true);
    QVERIFY(enable->isEnabled());
    QVERIFY(!enable->isChecked()); // still off by default
}

void TestSyncOptionsPage::enablingBackupIsSavedAndSignalled()
{
    connectBoth(false);
    QSignalSpy toggled(m_page.get(), &SyncOptionsPage::backupToggled);
    auto *enable = child<QCheckBox>(m_page.get(), "enableBackup");
    QTest::mouseClick(enable, Qt::LeftButton, {}, QPoint(5, enable->height() / 2));
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    QVERIFY(SettingsStore(m_fixture->context.db).boolValue(key(SettingKey::BackupEnabled)));
    QTest::keyClick(enable, Qt::Key_Space);
    QCOMPARE(toggled.count(), 2);
    QVERIFY(!SettingsStore(m_fixture->context.db).boolValue(key(SettingKey::BackupEnabled)));
}

void TestSyncOptionsPage::administratorsSwitchViews()
{
    connectBoth(true);
    auto *account = child<QRadioButton>(m_page.get(), "viewAccount");
    auto *extension = child<QRadioButton>(m_page.get(), "viewExtension");
    QVERIFY(account->isVisible());
    QVERIFY(account->isChecked()); // Account Settings by default
    auto *recordings = child<QCheckBox>(m_page.get(), "typeCallRecording");
    QVERIFY(recordings->isVisible());
    QVERIFY(recordings->isChecked());
    QVERIFY(!child<QCheckBox>(m_page.get(), "typeVoiceMail")->isVisible());
    QVERIFY(!child<QCheckBox>(m_page.get(), "typeSms")->isVisible());
    QVERIFY(!child<QCheckBox>(m_page.get(), "typeFax")->isVisible());

    QSignalSpy changed(m_page.get(), &SyncOptionsPage::settingsChanged);
    QTest::mouseClick(extension, Qt::LeftButton, {}, QPoint(5, extension->height() / 2));
    QVERIFY(extension->isChecked());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(SettingsStore(m_fixture->context.db).stringValue(key(SettingKey::SyncView)),
             QStringLiteral("extension"));
    QVERIFY(child<QCheckBox>(m_page.get(), "typeVoiceMail")->isVisible());
    QVERIFY(child<QCheckBox>(m_page.get(), "typeFax")->isVisible());

    // A fresh page reads the saved view.
    m_page = std::make_unique<SyncOptionsPage>(m_fixture->context);
    m_page->show();
    QVERIFY(child<QRadioButton>(m_page.get(), "viewExtension")->isChecked());
}

void TestSyncOptionsPage::extensionUsersChooseFourTypes()
{
    connectBoth(false);
    QVERIFY(!child<QRadioButton>(m_page.get(), "viewAccount")->isVisible());
    for (const char *name : {"typeCallRecording", "typeVoiceMail", "typeSms", "typeFax"}) {
        auto *box = child<QCheckBox>(m_page.get(), name);
        QVERIFY2(box->isVisible() && box->isChecked(), name);
    }
    auto *sms = child<QCheckBox>(m_page.get(), "typeSms");
    QTest::mouseClick(sms, Qt::LeftButton, {}, QPoint(5, sms->height() / 2));
    QCOMPARE(SettingsStore(m_fixture->context.db).stringValue(key(SettingKey::SyncTypes)),
             QStringLiteral("call-recording,voicemail,fax"));
    QCOMPARE(m_fixture->engine->selectedTypes(),
             ItemTypes(ItemTypeFlag::CallRecording | ItemTypeFlag::VoiceMail | ItemTypeFlag::Fax));
}

void TestSyncOptionsPage::runNowAndPastRange()
{
    connectBoth(false);
    QSignalSpy runNow(m_page.get(), &SyncOptionsPage::runNowRequested);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "runNow"), Qt::LeftButton);
    QCOMPARE(runNow.count(), 1);

    QSignalSpy range(m_page.get(), &SyncOptionsPage::rangeRequested);
    const QDate today = m_fixture->clock.now().toLocalTime().date();
    child<QDateEdit>(m_page.get(), "rangeFrom")->setDate(today.addDays(-3));
    child<QDateEdit>(m_page.get(), "rangeTo")->setDate(today.addDays(-2));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "archiveRange"), Qt::LeftButton);
    QCOMPARE(range.count(), 1);
    const auto window = range.at(0).at(0).value<TimeWindow>();
    QCOMPARE(window.from, today.addDays(-3).startOfDay().toUTC());
    QCOMPARE(window.to, today.addDays(-1).startOfDay().toUTC());
    // Nothing older than RingCentral keeps.
    auto *from = child<QDateEdit>(m_page.get(), "rangeFrom");
    from->setDate(today.addDays(-400));
    QCOMPARE(from->date(), today.addDays(-90));
}

void TestSyncOptionsPage::showsTheRunningJob()
{
    connectBoth(false);
    JobRecord job;
    job.id = 7;
    job.window =
        TimeWindow(m_fixture->clock.now().addSecs(-7200), m_fixture->clock.now().addSecs(-5400));
    m_page->setBusy(true);
    m_page->jobStarted(job);
    QVERIFY(!child<QPushButton>(m_page.get(), "runNow")->isEnabled());
    auto *progress = child<QProgressBar>(m_page.get(), "jobProgress");
    QVERIFY(progress->isVisible());
    JobProgress step;
    step.jobId = 7;
    step.itemsDone = 3;
    step.itemsTotal = 12;
    step.bytesDone = 3 * 1024 * 1024;
    m_page->jobProgress(step);
    QCOMPARE(progress->maximum(), 12);
    QCOMPARE(progress->value(), 3);
    QVERIFY2(progress->text().contains(u"3 of 12"), qPrintable(progress->text()));
    job.status = JobRecord::Status::Completed;
    job.ended = m_fixture->clock.now();
    job.counts[0] = 12;
    m_page->jobFinished(job);
    m_page->setBusy(false);
    QVERIFY(!progress->isVisible());
    QVERIFY(child<QLabel>(m_page.get(), "jobState")->text().contains(u"Items archived: 12"));
    QVERIFY(child<QPushButton>(m_page.get(), "runNow")->isEnabled());
}

void TestSyncOptionsPage::startAtLoginAndNotificationSwitches()
{
    // The autostart entry goes to $XDG_CONFIG_HOME/autostart: a temporary one here.
    const QString config = m_fixture->path(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
    m_page = std::make_unique<SyncOptionsPage>(m_fixture->context);
    m_page->show();
    auto *login = child<QCheckBox>(m_page.get(), "startAtLogin");
    QVERIFY(!login->isChecked());
    login->click();
    const QString entry = config + QStringLiteral("/autostart/rc-archiver.desktop");
    QVERIFY(QFileInfo::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("--minimized"));
    login->click();
    QVERIFY(!QFileInfo::exists(entry));

    auto *failed = child<QCheckBox>(m_page.get(), "notify_failed");
    QVERIFY(failed->isChecked()); // on by default
    failed->click();
    QVERIFY(!SettingsStore(m_fixture->context.db).boolValue(key(SettingKey::NotifyFailed)));
    QVERIFY(SettingsStore(m_fixture->context.db).boolValue(key(SettingKey::NotifyArchived)));
}

void TestSyncOptionsPage::weeklyCheckIsSavedAndReachesTheEngine()
{
    auto *weekly = child<QCheckBox>(m_page.get(), "weeklyAudit");
    QVERIFY(weekly->isVisible());
    QVERIFY(weekly->isEnabled());
    QVERIFY(!weekly->isChecked()); // off by default
    QVERIFY(weekly->toolTip().contains(u"Logs tab"));
    QVERIFY(weekly->toolTip().contains(u"7 days"));

    QSignalSpy changed(m_page.get(), &SyncOptionsPage::settingsChanged);
    QTest::mouseClick(weekly, Qt::LeftButton, {}, QPoint(5, weekly->height() / 2));
    QVERIFY(weekly->isChecked());
    QCOMPARE(changed.count(), 1); // the window asks the engine to reload()
    QVERIFY(SettingsStore(m_fixture->context.db).boolValue(key(SettingKey::WeeklyAudit)));

    // A fresh page reads it back; turning it off is saved too.
    m_page = std::make_unique<SyncOptionsPage>(m_fixture->context);
    m_page->show();
    weekly = child<QCheckBox>(m_page.get(), "weeklyAudit");
    QVERIFY(weekly->isChecked());
    weekly->click();
    QVERIFY(!SettingsStore(m_fixture->context.db).boolValue(key(SettingKey::WeeklyAudit)));
}

void TestSyncOptionsPage::showsTheNextAndLastJobAtOnce()
{
    // A profile whose backup is on, with a job that ran in an earlier session: a fresh page
    // shows both before the engine announces anything.
    connectBoth(false);
    SettingsStore settings(m_fixture->context.db);
    QVERIFY(!settings.setValue(key(SettingKey::BackupEnabled), true));
    const QDateTime watermark = m_fixture->clock.now().addSecs(-100 * 60); // 10:30
    QVERIFY(!settings.setValue(key(SettingKey::Watermark), watermark));
    JobRecord job;
    job.window = TimeWindow(watermark.addSecs(-1800), watermark);
    job.started = m_fixture->clock.now().addSecs(-40 * 60);
    JobStore jobs(m_fixture->context.db);
    QVERIFY(!jobs.start(&job));
    job.status = JobRecord::Status::Completed;
    job.ended = job.started.addSecs(20);
    job.counts[0] = 5;
    QVERIFY(!jobs.finish(job));

    m_page = std::make_unique<SyncOptionsPage>(m_fixture->context);
    const QLocale locale;
    const QDateTime next = SlotCalendar().slotAfter(watermark.addSecs(90 * 60));
    QCOMPARE(child<QLabel>(m_page.get(), "nextJob")->text(),
             QStringLiteral("Next job: %1")
                 .arg(locale.toString(next.toLocalTime(), QLocale::ShortFormat)));
    const QString last = child<QLabel>(m_page.get(), "jobState")->text();
    QVERIFY2(
        last.startsWith(QStringLiteral("Last job: %1 at %2.")
                            .arg(JobRecord::statusText(job.status),
                                 locale.toString(job.ended.toLocalTime(), QLocale::ShortFormat))),
        qPrintable(last));
    QVERIFY2(last.contains(u"Items archived: 5"), qPrintable(last));

    // Nothing has run in a fresh profile, and that is said too.
    GuiFixture fresh;
    SyncOptionsPage empty(fresh.context);
    QCOMPARE(child<QLabel>(&empty, "jobState")->text(), QStringLiteral("No job has run yet."));
    QVERIFY(child<QLabel>(&empty, "nextJob")->text().contains(u"backup is off"));
}

void TestSyncOptionsPage::saysWhenItArchivesTheDemo()
{
    auto *notice = child<QWidget>(m_page.get(), "demoNotice");
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    connectBoth(false);
    QVERIFY(!notice->isVisible()); // RingCentral
    SettingsStore(m_fixture->context.db)
        .setValue(key(SettingKey::SourceKind), QStringLiteral("demo"));
    m_page->refresh();
    QVERIFY(notice->isVisible());
    QVERIFY(child<QLabel>(notice, "demoNoticeText")->text().contains(u"made-up"));
    QVERIFY(child<QLabel>(m_page.get(), "typesHint")->text().contains(u"demo"));
}

QTEST_MAIN(TestSyncOptionsPage)
#include "tst_syncoptionspage.moc"

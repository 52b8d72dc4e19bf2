// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window for someone who has just built RC Archiver, on a laptop's 1366×768 screen (the
// offscreen platform configured so): from a fresh profile with no account anywhere, the demo and
// the default folder connected through the Accounts tab, and one click later a job has archived
// files, the Logs tab shows it and the tray has said so, each naming the demo. The first window
// shows every column of the Logs tab; the window opens again as it was left (size, position,
// tab, column widths).
#include "accounts/accountspage.h"
#include "guifixture.h"
#include "logs/joblogmodel.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "store/settingsstore.h"
#include "sync/syncoptionspage.h"
#include "tray/desktopintegration.h"
#include "tray/notifier.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rca;
using namespace rca::test;

namespace {

// The archived files under a folder, the manifests left out.
QStringList archivedFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(u"/manifest/"))
            files << path;
    }
    return files;
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theDemoArchivesWithinAMinuteWithoutAnyAccount();
    void theFirstWindowShowsEveryLogColumn();
    void theWindowOpensAsItWasLeft();

private:
    void makeWindow();
    std::unique_ptr<GuiFixture> m_fixture;
    QByteArray m_savedHome;
    RecordingNotifier m_notifier;
    std::unique_ptr<DesktopIntegration> m_desktop;
    std::unique_ptr<MainWindow> m_window;
};

void TestFirstStart::initTestCase()
{
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
}

void TestFirstStart::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->opened);
    // A home of its own: the default archive folder goes there.
    const QString home = m_fixture->path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    m_savedHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home));
    m_notifier.shown.clear();
    makeWindow();
}

void TestFirstStart::makeWindow()
{
    m_window.reset();
    m_desktop.reset();
    DesktopIntegration::Options options;
    options.db = m_fixture->context.db;
    options.clock = &m_fixture->clock;
    options.notifier = &m_notifier;
    options.trayAvailable = [] { return true; };
    options.retryAttempts = 0;
    m_desktop = std::make_unique<DesktopIntegration>(options);
    m_window = std::make_unique<MainWindow>(m_fixture->context, [](const QUrl &) { return false; });
    m_window->attachDesktop(m_desktop.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFirstStart::cleanup()
{
    m_window.reset();
    m_desktop.reset();
    m_fixture.reset();
    qputenv("HOME", m_savedHome);
}

void TestFirstStart::theDemoArchivesWithinAMinuteWithoutAnyAccount()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("RC Archiver"));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->accountsPage());
    AccountsPage *accounts = m_window->accountsPage();

    // The demo instead of a RingCentral app.
    auto *tryDemo = child<QPushButton>(accounts, "tryDemo");
    QVERIFY(tryDemo && tryDemo->isVisible());
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(child<QLabel>(accounts, "ringCentralState")->text(),
             QStringLiteral("Demo: made-up recordings"));

    // The default folder instead of choosing one.
    auto *kind = child<QComboBox>(accounts, "storageKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("local")));
    auto *useDefault = child<QPushButton>(accounts, "localUseDefaultFolder");
    QVERIFY(useDefault && useDefault->isVisible());
    QTest::mouseClick(useDefault, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(accounts, "storageDisconnect")->isVisible(), 10000);
    const QString archive = AccountsPage::defaultArchiveFolder();
    QCOMPARE(archive, m_fixture->path(QStringLiteral("home/RingCentral Archive")));

    // Everything that shows the source says it is the demo.
    QCOMPARE(m_window->windowTitle(), QStringLiteral("RC Archiver (demo)"));
    QVERIFY(child<QWidget>(m_window->syncOptionsPage(), "demoNotice")
                ->isVisibleTo(m_window->syncOptionsPage()));
    QVERIFY(child<QWidget>(m_window->logsPage(), "demoNotice")->isVisibleTo(m_window->logsPage()));
    QVERIFY2(m_desktop->toolTip().contains(u"Demo"), qPrintable(m_desktop->toolTip()));

    // One click more: backup on, and a job at once (not at the next :00 or :30).
    qRegisterMetaType<JobRecord>();
    QSignalSpy finished(m_fixture->engine.get(), &Engine::jobFinished);
    auto *start = child<QPushButton>(accounts, "startBackup");
    QVERIFY(start && start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(
        SettingsStore(m_fixture->context.db).boolValue(QLatin1String(SettingKey::BackupEnabled)));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 20000);
    const auto job = finished.last().at(0).value<JobRecord>();
    QCOMPARE(job.status, JobRecord::Status::Completed);
    // 12 made-up items an hour, the last 6 hours.
    QCOMPARE(job.totalArchived(), AccountsPage::DemoItemsPerHour * AccountsPage::DemoPastHours);

    // The files are there, the Logs tab (now shown) has the job, and the tray said so.
    QCOMPARE(archivedFiles(archive).size(), job.totalArchived());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->logsPage());
    QTRY_COMPARE(m_window->logsPage()->model()->rowCount(), 1);
    QCOMPARE(m_window->logsPage()->model()->jobAt(0).id, job.id);
    QTRY_VERIFY(!m_notifier.shown.isEmpty());
    QCOMPARE(m_notifier.shown.last().first, Notifier::Kind::Archived);
    QVERIFY2(m_notifier.shown.last().second.startsWith(QStringLiteral("Demo: ")),
             qPrintable(m_notifier.shown.last().second));
    QVERIFY(!child<QWidget>(accounts, "readyRow")->isVisibleTo(accounts));
}

void TestFirstStart::theFirstWindowShowsEveryLogColumn()
{
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(m_window->frameGeometry().width() <= available.width() &&
                 m_window->frameGeometry().height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2")
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())));
    m_window->tabs()->setCurrentWidget(m_window->logsPage());

    // Jobs arrive after the window opened, with the widest texts a row can have.
    JobStore store(m_fixture->context.db);
    for (int i = 0; i < 30; ++i) {
        JobRecord job;
        job.started = QDateTime(QDate(2026, 11, 24), QTime(22, 30)).toUTC().addSecs(-1800 * i);
        job.window = TimeWindow(job.started.addSecs(-7200), job.started.addSecs(-5400));
        job.storage = QStringLiteral("Google Drive");
        QVERIFY(!store.start(&job));
        job.status = JobRecord::Status::CompletedWithErrors;
        job.ended = job.started.addSecs(600);
        job.counts = {12345, 2345, 34567, 4567};
        job.failedItems = 3;
        QVERIFY(!store.finish(job));
        m_window->logsPage()->model()->updateJob(job);
    }
    QTableView *table = m_window->logsPage()->table();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(table->isVisible());
    QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    for (int column = 0; column < JobLogModel::ColumnCount; ++column) {
        const QString name = JobLogModel::columnTitle(column);
        // On the screen, and wide enough for what it holds.
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= viewport,
                 qPrintable(name));
        QVERIFY2(header->sectionSize(column) >=
                     static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column),
                 qPrintable(
                     QStringLiteral("%1: %2 < %3")
                         .arg(name)
                         .arg(header->sectionSize(column))
                         .arg(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column))));
    }
    QVERIFY(!table->horizontalScrollBar()->isVisible());
}

void TestFirstStart::theWindowOpensAsItWasLeft()
{
    QHeaderView *header = m_window->logsPage()->table()->horizontalHeader();
    const QSize defaultSize = m_window->size();
    const int defaultStatusWidth = header->sectionSize(JobLogModel::StatusColumn);
    m_window->resize(defaultSize - QSize(100, 60));
    m_window->move(40, 30);
    m_window->tabs()->setCurrentWidget(m_window->logsPage());
    header->resizeSection(JobLogModel::StatusColumn, defaultStatusWidth + 37);
    const QRect geometry = m_window->geometry();
    QVERIFY(!m_window->close()); // it goes to the tray
    makeWindow();

    QCOMPARE(m_window->geometry(), geometry);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->logsPage());
    header = m_window->logsPage()->table()->horizontalHeader();
    QCOMPARE(header->sectionSize(JobLogModel::StatusColumn), defaultStatusWidth + 37);
    // Re-reading the log does not fit the columns to their contents again.
    m_window->logsPage()->refresh();
    QCOMPARE(header->sectionSize(JobLogModel::StatusColumn), defaultStatusWidth + 37);

    // Another profile has its own window: the default one.
    m_window.reset();
    m_desktop.reset();
    m_fixture = std::make_unique<GuiFixture>();
    makeWindow();
    QCOMPARE(m_window->size(), defaultSize);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->accountsPage());
}

// A laptop's screen, not the offscreen platform's 800×600 default.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) == u"offscreen")
        qputenv("QT_QPA_PLATFORM",
                "offscreen:configfile=" RCA_SOURCE_DIR "/tests/ui/offscreen-1366x768.json");
    QApplication app(argc, argv);
    TestFirstStart test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firststart.moc"

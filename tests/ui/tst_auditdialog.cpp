// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Verify archive… on the Logs tab against a real engine (demo source, Local folder), run in the
// test thread so its queued calls run in the test's event loop: the button starts a check of
// the shown days; the dialog shows the progress, then the report; files deleted or changed on
// disk are named in the problems, and Repair makes the final report clean; Cancel stops the
// check; Save report writes JSON (and CSV) that parse; an error is shown with the windows the
// check reached; the weekly check's result is not taken for the one asked for; the audit's row
// in the log shows its problems.
#include "accounts/accounts.h"
#include "audit/auditreport.h"
#include "guifixture.h"
#include "logs/auditdialog.h"
#include "logs/auditreportview.h"
#include "logs/jobdetailsdialog.h"
#include "logs/joblogmodel.h"
#include "logs/logspage.h"
#include "sources/demosource.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "storetesting.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QThread>

using namespace rca;
using namespace rca::test;

namespace {

// The day archived before each test: the day before the fixture's clock, as local dates.
const QDate Day(2026, 11, 24);

template<typename T> T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QStringList column(QStandardItemModel *model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->item(row, col)->text();
    return values;
}

} // namespace

class TestAuditDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void buttonStartsACheckWithProgressThenTheReport();
    void problemsAreNamedAndRepairMakesTheArchiveWhole();
    void cancelStopsTheCheck();
    void saveReportWritesJsonAndCsv();
    void anErrorIsShownWithTheWindowsReached();
    void theWeeklyCheckIsNotTakenForTheAskedOne();
    void worksWithTheEngineInItsWorkerThread();

private:
    AuditDialog *verify();
    QString archive() const { return m_fixture->path(QStringLiteral("archive")); }
    // Where Local folder keeps the archive inside the chosen folder; paths are relative to it.
    QString stored(const QString &remotePath) const
    {
        return QDir(archive()).filePath(QStringLiteral("Apps/RingCentral Application/") +
                                        remotePath);
    }

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<LogsPage> m_page;
    JobRecord m_archiveJob;
};

void TestAuditDialog::init()
{
    qRegisterMetaType<AuditProgress>();
    qRegisterMetaType<AuditResult>();
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->opened);
    Accounts accounts(m_fixture->context.db, m_fixture->context.connectors,
                      m_fixture->context.secrets, m_fixture->context.profile.id());
    VERIFY_OK(
        accounts.connectSource(QStringLiteral("demo"), {{QStringLiteral("itemsPerHour"), 2}}, {}));
    QVERIFY(QDir().mkpath(archive()));
    VERIFY_OK(accounts.connectStorage(QStringLiteral("local"),
                                      {{QStringLiteral("path"), archive()}}, {}));

    Error error;
    const std::optional<JobRecord> job = m_fixture->engine->runRange(
        TimeWindow(Day.startOfDay(), Day.addDays(1).startOfDay()), &error);
    VERIFY_OK(error);
    QVERIFY(job);
    QVERIFY(job->totalArchived() > 2);
    m_archiveJob = *job;

    m_page = std::make_unique<LogsPage>(m_fixture->context);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(m_page->setCustomRange(Day, Day));
}

void TestAuditDialog::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

AuditDialog *TestAuditDialog::verify()
{
    auto *button = child<QPushButton>(m_page.get(), "verifyArchiveButton");
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_page->auditDialog();
}

void TestAuditDialog::buttonStartsACheckWithProgressThenTheReport()
{
    auto *button = child<QPushButton>(m_page.get(), "verifyArchiveButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(m_page->auditRange(), TimeWindow(Day.startOfDay(), Day.addDays(1).startOfDay()));
    QSignalSpy progressed(m_fixture->engine.get(), &Engine::auditProgress);

    AuditDialog *dialog = verify();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->isRunning());
    QVERIFY(!button->isEnabled()); // one check at a time
    auto *bar = child<QProgressBar>(dialog, "auditProgressBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 0); // busy until the number of windows is known
    QVERIFY(child<QPushButton>(dialog, "auditCancelButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "auditCloseButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "auditSaveButton")->isEnabled());

    // Progress as the engine reports it (delivered to the dialog before the engine runs).
    Q_EMIT m_fixture->engine->auditProgress({QStringLiteral("Checking files"), 3, 48, 42});
    QCoreApplication::sendPostedEvents(dialog, QEvent::MetaCall);
    QCOMPARE(bar->maximum(), 48);
    QCOMPARE(bar->value(), 3);
    QCOMPARE(child<QLabel>(dialog, "auditPhaseLabel")->text(), QStringLiteral("Checking files"));
    QVERIFY(child<QLabel>(dialog, "auditFilesLabel")->text().contains(u"42"));

    QTRY_VERIFY_WITH_TIMEOUT(dialog->result(), 30000);
    QVERIFY(progressed.count() >= 1);
    const AuditReport &report = dialog->result()->final();
    QVERIFY2(report.isClean(), qPrintable(report.toText()));
    QCOMPARE(report.verified, m_archiveJob.totalArchived());
    QVERIFY(!dialog->isRunning());
    QVERIFY(!bar->isVisible());
    QVERIFY(button->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "auditCancelButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "auditCloseButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "auditSaveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "auditRepairButton")->isEnabled());

    const QString summary = child<QLabel>(dialog, "auditSummaryLabel")->text();
    QCOMPARE(summary, QStringLiteral("All %1 items of 24 Nov 2026 are in storage and intact.")
                          .arg(QLocale().toString(m_archiveJob.totalArchived())));
    AuditReportView *view = dialog->reportView();
    QVERIFY(view->windowsModel()->rowCount() > 0);
    QVERIFY(view->windowsModel()->rowCount() <= 48);
    QCOMPARE(view->problemsModel()->rowCount(), 0);
    QVERIFY(!child<QLabel>(dialog, "auditErrorLabel")->isVisible());

    // The check is a row of the Logs tab (of the days it ran on).
    m_page->setPeriod(LogsPage::Period::Last7Days);
    const int row = m_page->model()->rowOfJob(report.jobId);
    QVERIFY(row >= 0);
    QVERIFY(m_page->model()->jobAt(row).isAudit());
    QCOMPARE(m_page->model()->index(row, JobLogModel::StatusColumn).data().toString(),
             QStringLiteral("Verified"));

    // Close hides it; the next check starts in it again.
    QTest::mouseClick(child<QPushButton>(dialog, "auditCloseButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(verify(), dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
}

void TestAuditDialog::problemsAreNamedAndRepairMakesTheArchiveWhole()
{
    const QList<LedgerEntry> entries =
        ItemLedger(m_fixture->context.db).entriesForJob(m_archiveJob.id);
    QVERIFY(entries.size() >= 2);
    const LedgerEntry deleted = entries.at(0);
    const LedgerEntry changed = entries.at(1);
    QVERIFY(QFile::remove(stored(deleted.remotePath)));
    {
        QFile file(stored(changed.remotePath));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(QByteArray(16, 'X')) == 16); // same size, other bytes
    }

    AuditDialog *dialog = verify();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->result(), 30000);
    const AuditReport report = dialog->result()->final();
    QCOMPARE(report.problems.size(), 2);
    QStandardItemModel *problems = dialog->reportView()->problemsModel();
    QCOMPARE(problems->rowCount(), 2);
    const QStringList paths = column(problems, AuditReportView::ProblemPath);
    QVERIFY2(paths.contains(deleted.remotePath), qPrintable(paths.join(u'\n')));
    QVERIFY2(paths.contains(changed.remotePath), qPrintable(paths.join(u'\n')));
    const QStringList kinds = column(problems, AuditReportView::ProblemKind);
    QVERIFY(kinds.contains(AuditProblem::kindText(AuditProblem::Kind::MissingFile)));
    QVERIFY(column(problems, AuditReportView::ProblemId).contains(deleted.sourceId));
    const QString summary = dialog->reportView()->summary();
    QVERIFY2(summary.startsWith(QStringLiteral("2 problems found: 1 missing file, 1 changed file")),
             qPrintable(summary));
    auto *repair = child<QPushButton>(dialog, "auditRepairButton");
    QVERIFY(repair->isEnabled());

    // The audit's row keeps its problems: its details show them.
    JobDetailsDialog *details = m_page->openDetails(report.jobId);
    QVERIFY(details->auditView()->isVisible());
    QCOMPARE(details->auditView()->problemsModel()->rowCount(), 2);
    QVERIFY(!child<QWidget>(details, "archivedItemsView")->isVisible());
    details->close();

    // Repair: archives the two again, then checks again.
    QTest::mouseClick(repair, Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(!repair->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    const AuditResult &result = *dialog->result();
    QVERIFY(result.repairJob);
    QVERIFY(result.afterRepair);
    QVERIFY2(result.final().isClean(), qPrintable(result.final().toText()));
    QVERIFY(dialog->reportView()->summary().startsWith(u"All "));
    QCOMPARE(dialog->reportView()->problemsModel()->rowCount(), 0);
    auto *outcome = child<QLabel>(dialog, "auditRepairLabel");
    QVERIFY(outcome->isVisible());
    QVERIFY2(outcome->text().contains(u"2 problems found"), qPrintable(outcome->text()));
    QVERIFY(!repair->isEnabled());

    // The files are back with the source's bytes.
    for (const LedgerEntry &entry : {deleted, changed}) {
        QFile file(stored(entry.remotePath));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(entry.remotePath));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                 DemoSource::contentSha256(entry.sourceId, entry.size));
    }
}

void TestAuditDialog::cancelStopsTheCheck()
{
    // The engine runs in this thread: Cancel is pressed from inside its first progress report,
    // as a user would from the GUI thread while the engine's thread works.
    AuditDialog *dialogSeen = nullptr;
    int cancelled = 0;
    connect(
        m_fixture->engine.get(), &Engine::auditProgress, m_page.get(),
        [&](const AuditProgress &) {
            if (cancelled++ == 0 && dialogSeen)
                child<QPushButton>(dialogSeen, "auditCancelButton")->click();
        },
        Qt::DirectConnection);
    AuditDialog *dialog = verify();
    QVERIFY(dialog);
    dialogSeen = dialog;
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY(cancelled >= 1);
    const AuditReport &report = dialog->result()->final();
    QCOMPARE(report.error.kind(), Error::Kind::Cancelled);
    QCOMPARE(JobStore(m_fixture->context.db).job(report.jobId)->status,
             JobRecord::Status::Interrupted);
    auto *error = child<QLabel>(dialog, "auditErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"cancelled"), qPrintable(error->text()));
    QVERIFY(child<QPushButton>(m_page.get(), "verifyArchiveButton")->isEnabled());
}

void TestAuditDialog::saveReportWritesJsonAndCsv()
{
    QVERIFY(QFile::remove(
        stored(ItemLedger(m_fixture->context.db).entriesForJob(m_archiveJob.id).at(0).remotePath)));
    QString chosen = m_fixture->path(QStringLiteral("report"));
    QString caption;
    m_page->setSaveFileChooser(
        [&](QWidget *, const QString &title, const QString &suggested, const QString &) {
            caption = title;
            return suggested.isEmpty() ? QString() : chosen;
        });
    AuditDialog *dialog = verify();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->result(), 30000);

    QTest::mouseClick(child<QPushButton>(dialog, "auditSaveButton"), Qt::LeftButton);
    QCOMPARE(caption, QStringLiteral("Save Report"));
    QFile json(chosen + QStringLiteral(".json")); // no suffix given: JSON
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"clean").toBool(true), false);
    QCOMPARE(object.value(u"problems").toArray().size(), 1);
    QCOMPARE(object.value(u"problems").toArray().at(0).toObject().value(u"kind").toString(),
             QStringLiteral("missing-file"));

    chosen = m_fixture->path(QStringLiteral("report.csv"));
    QTest::mouseClick(child<QPushButton>(dialog, "auditSaveButton"), Qt::LeftButton);
    QFile csv(chosen);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("record,from,to,"));
    QVERIFY(csv.readAll().contains("missing-file"));
}

void TestAuditDialog::anErrorIsShownWithTheWindowsReached()
{
    AuditDialog *dialog = verify();
    QVERIFY(dialog);
    // The engine's answer, before the engine has run: storage went away after two windows.
    AuditResult result;
    result.report.range = m_page->auditRange();
    const QDateTime from = Day.startOfDay().toUTC();
    for (int i = 0; i < 2; ++i) {
        AuditWindow window;
        window.window = TimeWindow(from.addSecs(i * 1800), from.addSecs((i + 1) * 1800));
        window.listed = window.archived = window.verified = 1;
        result.report.windows.append(window);
    }
    result.report.verified = 2;
    result.report.error = Error::storage(QStringLiteral("The folder is on a drive that is gone."));
    Q_EMIT m_fixture->engine->auditFinished(result);
    QCoreApplication::sendPostedEvents(dialog, QEvent::MetaCall);
    QVERIFY(!dialog->isRunning());
    auto *error = child<QLabel>(dialog, "auditErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"The folder is on a drive that is gone."),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"2 half-hour windows"), qPrintable(error->text()));
    QCOMPARE(dialog->reportView()->windowsModel()->rowCount(), 2);
    QVERIFY(!dialog->reportView()->summary().startsWith(u"All "));
}

void TestAuditDialog::theWeeklyCheckIsNotTakenForTheAskedOne()
{
    AuditDialog *dialog = verify();
    QVERIFY(dialog);
    JobRecord weekly = makeJob(m_fixture->clock.now(), {3, 0, 0, 0}, JobRecord::Status::Verified);
    weekly.trigger = JobRecord::Trigger::WeeklyAudit;
    weekly.types = ItemTypeFlag::CallRecording;
    weekly = storeJob(m_fixture->context.db, weekly);
    AuditResult result;
    result.report.jobId = weekly.id;
    result.report.range = weekly.window;
    Q_EMIT m_fixture->engine->auditFinished(result);
    QCoreApplication::sendPostedEvents(dialog, QEvent::MetaCall);
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->result());

    // Its own result arrives later.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY(dialog->result());
    QVERIFY(dialog->result()->report.jobId != weekly.id);
}

void TestAuditDialog::worksWithTheEngineInItsWorkerThread()
{
    // As in the window: the engine in its thread, the dialog hearing it through queued signals.
    QVERIFY(QFile::remove(
        stored(ItemLedger(m_fixture->context.db).entriesForJob(m_archiveJob.id).at(0).remotePath)));
    Engine *engine = m_fixture->engine.get();
    QThread worker;
    engine->moveToThread(&worker);
    worker.start();
    AuditDialog *dialog = verify();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QCOMPARE(dialog->result()->final().problems.size(), 1);
    QTest::mouseClick(child<QPushButton>(dialog, "auditRepairButton"), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    QVERIFY2(dialog->result()->final().isClean(), qPrintable(dialog->result()->final().toText()));
    QVERIFY(dialog->reportView()->summary().startsWith(u"All "));

    QMetaObject::invokeMethod(
        engine, [engine] { engine->moveToThread(QCoreApplication::instance()->thread()); },
        Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait());
}

QTEST_MAIN(TestAuditDialog)
#include "tst_auditdialog.moc"

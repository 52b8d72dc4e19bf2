// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// LogsPage against a seeded store and a ManualClock: the default (Last 7 days, all jobs), the
// period combo, a From/To range with Go and the refusal of a reversed one, SHOW LESS / SHOW
// MORE, the empty state, live rows from the engine's signals, job details (Details button and
// Enter), retrying failed items in the ledger, the CSV export through an injected file chooser,
// Verify archive…'s range, an audit's row with its problems, and the objectNames/accessible
// names the other tests and assistive tools rely on.
#include "common/clock.h"
#include "engine/engine.h"
#include "logs/auditreportview.h"
#include "logs/jobdetailsdialog.h"
#include "logs/joblogmodel.h"
#include "logs/logspage.h"
#include "store/auditstore.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "storetesting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rca;
using namespace Qt::StringLiterals;
using rca::test::makeItem;
using rca::test::makeJob;

namespace {

const QDate Today(2026, 11, 25);

QDateTime localTime(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute)).toUTC();
}

} // namespace

class TestLogsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void defaultIsLast7DaysShowingAll();
    void switchingTo30Days();
    void dateRangeWithGo();
    void fromAfterToIsRefused();
    void showLessHidesEmptyJobsAndShowMoreShowsThem();
    void emptyStateWhenNoJobs();
    void rowsUpdateLiveFromTheEngine();
    void detailsListItemsAndFailures();
    void doubleClickAndEnterOpenDetails();
    void scrollingTheTableLoadsTheNextPage();
    void retryResetsFailuresInTheLedger();
    void csvExportWritesHeaderAndEveryShownRow();
    void verifyArchiveChecksTheShownDays();
    void auditRowDetailsShowItsProblems();
    void controlsHaveNamesAndTabOrder();

private:
    JobRecord store(JobRecord job);
    template<typename T> T *child(const char *name)
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QStringList shownStarts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LogsPage> m_page;
    AppContext m_context;
    // The seeded jobs.
    JobRecord m_withData, m_twoDaysAgo, m_sixDaysAgo, m_eightDaysAgo, m_failed, m_sixtyDaysAgo;
};

JobRecord TestLogsPage::store(JobRecord job)
{
    return test::storeJob(m_db.get(), std::move(job));
}

void TestLogsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("rc-archiver.db")));
    VERIFY_OK(m_db->open());
    m_clock = std::make_unique<ManualClock>(localTime(Today, 12, 0));

    m_withData = store(makeJob(localTime(Today, 10, 0), {2, 0, 0, 0}));
    m_twoDaysAgo = store(makeJob(localTime(Today.addDays(-2), 9, 30)));
    m_sixDaysAgo = store(makeJob(localTime(Today.addDays(-6), 0, 30)));
    m_eightDaysAgo = store(makeJob(localTime(Today.addDays(-8), 15, 0), {0, 1, 0, 0}));
    JobRecord failed = makeJob(localTime(Today.addDays(-20), 8, 0), {}, JobRecord::Status::Failed);
    failed.error = QStringLiteral("The storage is offline.");
    failed.failedItems = 2;
    m_failed = store(failed);
    m_sixtyDaysAgo = store(makeJob(localTime(Today.addDays(-60), 11, 0), {0, 0, 0, 1}));

    ItemLedger ledger(m_db.get());
    for (int i = 0; i < 2; ++i) {
        LedgerEntry entry;
        entry.type = i == 0 ? ItemType::CallRecording : ItemType::Sms;
        entry.sourceId = QStringLiteral("item-%1").arg(i);
        entry.jobId = m_withData.id;
        entry.remotePath =
            QStringLiteral("101 - Alice Example/2026-11-25/Call Recordings/rec-%1.mp3").arg(i);
        entry.size = 2048 * (i + 1);
        entry.sha256 = QByteArray("ab").repeated(32);
        entry.created = localTime(Today, 8, 0);
        entry.archived = localTime(Today, 10, 0);
        VERIFY_OK(ledger.recordArchived(entry));
    }
    const QDateTime attempt = m_failed.started.addSecs(10);
    VERIFY_OK(ledger.recordFailure(
        makeItem(ItemType::Fax, QStringLiteral("fax-1"), localTime(Today.addDays(-20), 5, 0)),
        m_failed.id, QStringLiteral("The storage is offline."), attempt, QDateTime(), true));
    VERIFY_OK(ledger.recordFailure(
        makeItem(ItemType::VoiceMail, QStringLiteral("vm-1"), localTime(Today.addDays(-20), 5, 10)),
        m_failed.id, QStringLiteral("Server said 503"), attempt, attempt.addSecs(300), false));

    m_context = AppContext();
    m_context.db = m_db.get();
    m_context.clock = m_clock.get();
    m_context.profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    m_page = std::make_unique<LogsPage>(m_context);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLogsPage::cleanup()
{
    m_page.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QStringList TestLogsPage::shownStarts() const
{
    QStringList starts;
    const JobLogModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        starts << model->jobAt(row).started.toLocalTime().toString(Qt::ISODate);
    return starts;
}

void TestLogsPage::defaultIsLast7DaysShowingAll()
{
    auto *combo = child<QComboBox>("periodCombo");
    QCOMPARE(combo->currentText(), QStringLiteral("Last 7 days"));
    QCOMPARE(m_page->period(), LogsPage::Period::Last7Days);
    QCOMPARE(child<QDateEdit>("fromDateEdit")->date(), Today.addDays(-6));
    QCOMPARE(child<QDateEdit>("toDateEdit")->date(), Today);
    // From local midnight six days ago, open at the end for the jobs still to come.
    QCOMPARE(m_page->model()->from(), Today.addDays(-6).startOfDay().toUTC());
    QVERIFY(!m_page->model()->to().isValid());

    auto *showLess = child<QPushButton>("showLessButton");
    QCOMPARE(showLess->text(), QStringLiteral("SHOW LESS"));
    QVERIFY(!showLess->isChecked());
    QVERIFY(!m_page->showsLess());

    auto *table = child<QTableView>("jobTable");
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, 0).data(JobLogModel::JobIdRole).toLongLong(), m_withData.id);
    QCOMPARE(table->model()->index(2, 0).data(JobLogModel::JobIdRole).toLongLong(),
             m_sixDaysAgo.id);
    QCOMPARE(child<QLabel>("jobCountLabel")->text(), QStringLiteral("Jobs: 3"));
    QVERIFY(table->isVisible());
    QVERIFY(!child<QLabel>("emptyStateLabel")->isVisible());
}

void TestLogsPage::switchingTo30Days()
{
    auto *combo = child<QComboBox>("periodCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // as a user picks the next entry
    QCOMPARE(combo->currentText(), QStringLiteral("Last 30 days"));
    QCOMPARE(m_page->period(), LogsPage::Period::Last30Days);
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(child<QDateEdit>("fromDateEdit")->date(), Today.addDays(-29));

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_page->period(), LogsPage::Period::Last90Days);
    QCOMPARE(m_page->model()->rowCount(), 6);
}

void TestLogsPage::dateRangeWithGo()
{
    auto *from = child<QDateEdit>("fromDateEdit");
    auto *to = child<QDateEdit>("toDateEdit");
    auto *go = child<QPushButton>("goButton");
    from->setDate(Today.addDays(-25));
    to->setDate(Today.addDays(-7));
    // Editing the dates picks "Custom range" but changes nothing until Go.
    QCOMPARE(child<QComboBox>("periodCombo")->currentData().toInt(), int(LogsPage::Period::Custom));
    QCOMPARE(m_page->model()->rowCount(), 3);
    QVERIFY(go->isEnabled());
    QTest::mouseClick(go, Qt::LeftButton);

    QCOMPARE(m_page->period(), LogsPage::Period::Custom);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->jobAt(0).id, m_eightDaysAgo.id);
    QCOMPARE(m_page->model()->jobAt(1).id, m_failed.id);
    // Both dates are whole local days.
    QCOMPARE(m_page->model()->from(), Today.addDays(-25).startOfDay().toUTC());
    QCOMPARE(m_page->model()->to(), Today.addDays(-6).startOfDay().toUTC());

    // A single day.
    QVERIFY(m_page->setCustomRange(Today.addDays(-2), Today.addDays(-2)));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->jobAt(0).id, m_twoDaysAgo.id);
}

void TestLogsPage::fromAfterToIsRefused()
{
    auto *from = child<QDateEdit>("fromDateEdit");
    auto *to = child<QDateEdit>("toDateEdit");
    auto *go = child<QPushButton>("goButton");
    auto *message = child<QLabel>("rangeMessageLabel");
    QVERIFY(!message->isVisible());

    to->setDate(Today.addDays(-10));
    from->setDate(Today.addDays(-3));
    QVERIFY(!go->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("From date is after the To date")),
             qPrintable(message->text()));
    QVERIFY(!m_page->setCustomRange(Today.addDays(-3), Today.addDays(-10)));
    QCOMPARE(m_page->model()->rowCount(), 3); // still the last 7 days

    from->setDate(Today.addDays(-12));
    QVERIFY(go->isEnabled());
    QVERIFY(!message->isVisible());
}

void TestLogsPage::showLessHidesEmptyJobsAndShowMoreShowsThem()
{
    m_page->setPeriod(LogsPage::Period::Last30Days);
    QCOMPARE(m_page->model()->rowCount(), 5);
    auto *button = child<QPushButton>("showLessButton");

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_page->showsLess());
    QCOMPARE(button->text(), QStringLiteral("SHOW MORE"));
    QCOMPARE(m_page->model()->rowCount(), 3); // with data, with data, failed
    QCOMPARE(m_page->model()->jobAt(0).id, m_withData.id);
    QCOMPARE(m_page->model()->jobAt(1).id, m_eightDaysAgo.id);
    QCOMPARE(m_page->model()->jobAt(2).id, m_failed.id);

    // The period can change while showing less.
    m_page->setPeriod(LogsPage::Period::Last7Days);
    QCOMPARE(m_page->model()->rowCount(), 1);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_page->showsLess());
    QCOMPARE(button->text(), QStringLiteral("SHOW LESS"));
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void TestLogsPage::emptyStateWhenNoJobs()
{
    QVERIFY(m_page->setCustomRange(Today.addDays(-50), Today.addDays(-40)));
    auto *empty = child<QLabel>("emptyStateLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(!child<QTableView>("jobTable")->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No jobs ran in this period."));
    QVERIFY(!child<QPushButton>("exportCsvButton")->isEnabled());

    m_page->setPeriod(LogsPage::Period::Last7Days);
    child<QPushButton>("showLessButton")->click();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
    m_page->setPeriod(LogsPage::Period::Last7Days);
    QVERIFY(m_page->setCustomRange(Today.addDays(-3), Today.addDays(-1)));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("SHOW MORE")));
}

void TestLogsPage::rowsUpdateLiveFromTheEngine()
{
    // A page built with an engine listens to it; the engine here only emits.
    Engine::Options options;
    options.profile = m_context.profile;
    options.clock = m_clock.get();
    Engine engine(options);
    AppContext context = m_context;
    context.engine = &engine;
    m_page = std::make_unique<LogsPage>(context);
    m_page->show();
    QCOMPARE(m_page->model()->rowCount(), 3);

    JobRecord job = makeJob(localTime(Today, 12, 0), {}, JobRecord::Status::Running);
    job.ended = QDateTime();
    job = store(job);
    Q_EMIT engine.jobStarted(job);
    QCOMPARE(m_page->model()->rowCount(), 3); // queued: arrives through the event loop
    QTRY_COMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(m_page->model()->jobAt(0).id, job.id);
    QCOMPARE(m_page->model()->index(0, JobLogModel::StatusColumn).data().toString(),
             QStringLiteral("Running"));
    QCOMPARE(child<QLabel>("jobCountLabel")->text(), QStringLiteral("Jobs: 4"));

    job.status = JobRecord::Status::Completed;
    job.ended = job.started.addSecs(90);
    job.counts = {0, 0, 3, 0};
    VERIFY_OK(JobStore(m_db.get()).finish(job));
    Q_EMIT engine.jobFinished(job);
    QTRY_COMPARE(m_page->model()->index(0, JobLogModel::SmsColumn).data().toString(),
                 QStringLiteral("3"));
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestLogsPage::detailsListItemsAndFailures()
{
    auto *details = child<QPushButton>("detailsButton");
    QVERIFY(!details->isEnabled());
    auto *table = child<QTableView>("jobTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(details->isEnabled());
    QTest::mouseClick(details, Qt::LeftButton);

    auto *dialog = m_page->findChild<JobDetailsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->jobId(), m_withData.id);
    QStandardItemModel *archived = dialog->archivedModel();
    QCOMPARE(archived->rowCount(), 2);
    QStringList paths;
    for (int row = 0; row < archived->rowCount(); ++row)
        paths << archived->item(row, JobDetailsDialog::ArchivedPath)->text();
    QVERIFY(
        paths.contains(QStringLiteral("101 - Alice Example/2026-11-25/Call Recordings/rec-0.mp3")));
    QCOMPARE(dialog->failedModel()->rowCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("statusValueLabel"))->text(),
             JobRecord::statusText(JobRecord::Status::Completed));
    dialog->close();

    // The failed job: its error and its failed items with reason and attempts.
    auto *failedDialog = m_page->openDetails(m_failed.id);
    QCOMPARE(failedDialog->findChild<QLabel *>(QStringLiteral("errorValueLabel"))->text(),
             QStringLiteral("The storage is offline."));
    QStandardItemModel *failed = failedDialog->failedModel();
    QCOMPARE(failed->rowCount(), 2);
    QStringList reasons;
    for (int row = 0; row < failed->rowCount(); ++row) {
        reasons << failed->item(row, JobDetailsDialog::FailedReason)->text();
        QCOMPARE(failed->item(row, JobDetailsDialog::FailedAttempts)->text(), QStringLiteral("1"));
    }
    QVERIFY(reasons.contains(QStringLiteral("Server said 503")));
    QVERIFY(reasons.contains(QStringLiteral("The storage is offline.")));
    QCOMPARE(failedDialog->archivedModel()->rowCount(), 0);
}

void TestLogsPage::doubleClickAndEnterOpenDetails()
{
    auto *table = child<QTableView>("jobTable");
    // A double-click opens the job under the mouse.
    const QRect cell = table->visualRect(table->model()->index(2, 1));
    QVERIFY(cell.isValid());
    // Qt 6.4's QTest::mouseDClick sends no press of its own; a real double-click starts with one.
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *dialog = m_page->findChild<JobDetailsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->jobId(), m_sixDaysAgo.id);
    dialog->close();
    QTRY_VERIFY(!m_page->findChild<JobDetailsDialog *>()); // deleted on close

    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    dialog = m_page->findChild<JobDetailsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->jobId(), m_twoDaysAgo.id);
}

void TestLogsPage::scrollingTheTableLoadsTheNextPage()
{
    const QDate day = Today.addDays(-1);
    for (int i = 0; i < 450; ++i)
        store(makeJob(localTime(day, 0).addSecs(i * 120)));
    m_page->refresh();
    QCOMPARE(m_page->model()->totalCount(), 453);
    QCOMPARE(m_page->model()->rowCount(), 200);
    auto *table = child<QTableView>("jobTable");
    table->scrollToBottom();
    QTRY_VERIFY(m_page->model()->rowCount() > 200);
    for (int i = 0; i < 5 && m_page->model()->canFetchMore({}); ++i)
        table->scrollToBottom();
    QTRY_COMPARE(m_page->model()->rowCount(), 453);
}

void TestLogsPage::retryResetsFailuresInTheLedger()
{
    ItemLedger ledger(m_db.get());
    QVERIFY(ledger.failure(ItemType::Fax, QStringLiteral("fax-1"))->permanent);
    m_clock->setNow(localTime(Today, 12, 7));

    auto *dialog = m_page->openDetails(m_failed.id);
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);

    for (const auto &[type, id] : {std::pair{ItemType::Fax, QStringLiteral("fax-1")},
                                   std::pair{ItemType::VoiceMail, QStringLiteral("vm-1")}}) {
        const std::optional<FailedItem> failure = ledger.failure(type, id);
        QVERIFY(failure);
        QVERIFY(!failure->permanent);
        QCOMPARE(failure->nextRetry, m_clock->now());
    }
    QCOMPARE(ledger.dueFailures(m_clock->now()).size(), 2);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("retryMessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().endsWith(QStringLiteral(": 2.")), qPrintable(message->text()));
    // The list shows them as due again.
    QCOMPARE(dialog->failedModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(dialog->failedModel()->item(row, JobDetailsDialog::FailedNextRetry)->text() !=
                QStringLiteral("Waits for a manual retry"));
}

void TestLogsPage::csvExportWritesHeaderAndEveryShownRow()
{
    // More jobs in one day than one page, one with a storage name that needs quoting.
    const QDate day = Today.addDays(-3);
    for (int i = 0; i < 250; ++i) {
        JobRecord job = makeJob(localTime(day, 0).addSecs(i * 300), {i % 2, 0, 0, 0});
        if (i == 0)
            job.storage = QStringLiteral("SFTP \"nas\", /srv");
        store(job);
    }
    QVERIFY(m_page->setCustomRange(day, day));
    QCOMPARE(m_page->model()->totalCount(), 250);
    QCOMPARE(m_page->model()->rowCount(), 200);

    const QString path = m_dir->filePath(QStringLiteral("log"));
    QString suggested;
    m_page->setSaveFileChooser(
        [&](QWidget *, const QString &, const QString &suggestedPath, const QString &) {
            suggested = suggestedPath;
            return path;
        });
    QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral("rc-archiver-log-2026-11-22-to-2026-11-22.csv")));

    QFile file(path + QStringLiteral(".csv")); // the suffix is added when missing
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 250 + 1); // header, rows, the empty tail after the last CRLF
    QCOMPARE(lines.first(), QByteArray("From,To,Status,Job Start,Job End,Storage,"
                                       "Call Recording,Voice Mail,SMS,FAX\r"));
    // Newest first, ISO 8601 local times with their offset, which read back as the same instants.
    const JobRecord newest = m_page->model()->jobAt(0);
    const QStringList fields = QString::fromUtf8(lines.at(1)).trimmed().split(u',');
    QCOMPARE(fields.size(), 10);
    const QRegularExpression withOffset(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"_s);
    const QList<QDateTime> times{newest.window.from, newest.window.to, newest.started,
                                 newest.ended};
    const int timeColumns[] = {0, 1, 3, 4};
    for (int i = 0; i < 4; ++i) {
        const QString field = fields.at(timeColumns[i]);
        QVERIFY2(withOffset.match(field).hasMatch(), qPrintable(field));
        QCOMPARE(QDateTime::fromString(field, Qt::ISODate).toUTC(), times.at(i));
        QCOMPARE(QDateTime::fromString(field, Qt::ISODate).offsetFromUtc(),
                 times.at(i).toLocalTime().offsetFromUtc());
    }
    QCOMPARE(fields.mid(5), QStringList({u"Local folder"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s}));
    QCOMPARE(fields.at(2), JobRecord::statusText(JobRecord::Status::Completed));
    QVERIFY2(lines.at(250).contains(",\"SFTP \"\"nas\"\", /srv\",0,0,0,0\r"),
             lines.at(250).constData());

    // SHOW LESS exports only what it shows.
    child<QPushButton>("showLessButton")->click();
    QVERIFY(m_page->exportCsv(path + QStringLiteral(".csv")));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1 + 125);
}

void TestLogsPage::verifyArchiveChecksTheShownDays()
{
    // Without an engine there is nothing to ask.
    auto *verify = child<QPushButton>("verifyArchiveButton");
    QVERIFY(verify->isVisible());
    QVERIFY(!verify->isEnabled());

    Engine::Options options;
    options.profile = m_context.profile;
    options.clock = m_clock.get();
    Engine engine(options);
    AppContext context = m_context;
    context.engine = &engine;
    m_page = std::make_unique<LogsPage>(context);
    m_page->show();
    verify = child<QPushButton>("verifyArchiveButton");
    QVERIFY(verify->isEnabled());
    QCOMPARE(verify->text().remove(u'&'), QStringLiteral("Verify Archive…"));

    // Past days: whole local days, both included.
    QVERIFY(m_page->setCustomRange(Today.addDays(-3), Today.addDays(-2)));
    QCOMPARE(m_page->auditRange(),
             TimeWindow(Today.addDays(-3).startOfDay(), Today.addDays(-1).startOfDay()));
    // Up to today: only what the schedule has archived by now (12:00: the window before 10:30).
    m_page->setPeriod(LogsPage::Period::Last7Days);
    QCOMPARE(m_page->auditRange(),
             TimeWindow(Today.addDays(-6).startOfDay(), localTime(Today, 10, 30)));
}

void TestLogsPage::auditRowDetailsShowItsProblems()
{
    JobRecord audit =
        makeJob(localTime(Today, 11, 0), {5, 0, 0, 0}, JobRecord::Status::ProblemsFound);
    audit.trigger = JobRecord::Trigger::Audit;
    audit.types = ItemTypeFlag::CallRecording;
    audit.window = TimeWindow(Today.addDays(-2).startOfDay(), Today.startOfDay());
    audit.failedItems = 2;
    audit = store(audit);
    AuditProblem missing;
    missing.kind = AuditProblem::Kind::MissingFile;
    missing.type = ItemType::CallRecording;
    missing.sourceId = QStringLiteral("rec-7");
    missing.path = QStringLiteral("101 - Alice Example/2026-11-24/Call Recordings/rec-7.mp3");
    missing.window =
        TimeWindow(localTime(Today.addDays(-1), 9), localTime(Today.addDays(-1), 9, 30));
    missing.repairable = true;
    AuditProblem unknown;
    unknown.kind = AuditProblem::Kind::UnknownFile;
    unknown.path = QStringLiteral("101 - Alice Example/evil\u202Egpj.exe\n");
    VERIFY_OK(AuditStore(m_db.get()).saveProblems(audit.id, {missing, unknown}));

    JobDetailsDialog *dialog = m_page->openDetails(audit.id);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Archive Check Details"));
    auto *kind = dialog->findChild<QLabel *>(QStringLiteral("kindValueLabel"));
    QVERIFY(kind->isVisible());
    QVERIFY2(kind->text().contains(u"Verify archive"), qPrintable(kind->text()));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("statusValueLabel"))->text(),
             QStringLiteral("Problems found"));
    QVERIFY(dialog->auditView()->isVisible());
    QVERIFY(!dialog->findChild<QTableView *>(QStringLiteral("archivedItemsView"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isVisible());
    QCOMPARE(dialog->auditView()->summary(),
             QStringLiteral("2 problems found: 1 missing file, 1 unknown file."));
    QStandardItemModel *problems = dialog->auditView()->problemsModel();
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, AuditReportView::ProblemId)->text(), QStringLiteral("rec-7"));
    QCOMPARE(problems->item(0, AuditReportView::ProblemPath)->text(), missing.path);
    QCOMPARE(problems->item(0, AuditReportView::ProblemType)->text(),
             QStringLiteral("Call Recording"));
    // A hostile name is shown escaped, not obeyed.
    const QString shown = problems->item(1, AuditReportView::ProblemPath)->text();
    QVERIFY2(!shown.contains(QChar(0x202E)) && !shown.contains(u'\n'), qPrintable(shown));
    QCOMPARE(shown, AuditProblem::printable(unknown.path));
    dialog->close();

    // An archiving job's details stay as they were.
    JobDetailsDialog *job = m_page->openDetails(m_withData.id);
    QCOMPARE(job->windowTitle(), QStringLiteral("Job Details"));
    QVERIFY(!job->auditView()->isVisible());
    QVERIFY(!job->findChild<QLabel *>(QStringLiteral("kindValueLabel"))->isVisible());
    QVERIFY(job->findChild<QTableView *>(QStringLiteral("archivedItemsView"))->isVisible());
}

void TestLogsPage::controlsHaveNamesAndTabOrder()
{
    const char *names[] = {"periodCombo",       "fromDateEdit",        "toDateEdit",
                           "goButton",          "verifyArchiveButton", "showLessButton",
                           "jobTable",          "detailsButton",       "exportCsvButton",
                           "rangeMessageLabel", "emptyStateLabel",     "jobCountLabel"};
    for (const char *name : names) {
        QWidget *widget = m_page->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // The focus chain (what Tab follows) walks the controls in reading order.
    const QStringList controls{u"periodCombo"_s, u"fromDateEdit"_s,        u"toDateEdit"_s,
                               u"goButton"_s,    u"verifyArchiveButton"_s, u"showLessButton"_s,
                               u"jobTable"_s,    u"detailsButton"_s,       u"exportCsvButton"_s};
    QStringList visited;
    QWidget *widget = child<QComboBox>("periodCombo");
    for (int i = 0; i < 200 && visited.size() < controls.size(); ++i) {
        const QString name = widget->objectName();
        if (controls.contains(name) && !visited.contains(name))
            visited << name;
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(visited, controls);
}

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"

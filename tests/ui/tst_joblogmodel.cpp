// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JobLogModel over a real SQLite store: the Figure 5 columns and roles, QAbstractItemModelTester
// through filters, paging and live changes, lazy paging over a year of half-hourly jobs, the
// [from, to) range, SHOW LESS (withDataOnly) and live insert/update/remove from engine records.
#include "logs/joblogmodel.h"
#include "store/database.h"
#include "store/jobstore.h"
#include "storetesting.h"
#include "timezonescope.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>


using namespace rca;
using namespace Qt::StringLiterals;
using rca::test::makeJob;
using rca::test::TimeZoneScope;

namespace {

// Local wall-clock times, as the user sees them; stored as UTC.
QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

} // namespace

class TestJobLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void columnsAndHeaders();
    void rolesOfACompletedAndAFailedJob();
    void rangeIsHalfOpen();
    void withDataOnlyKeepsJobsThatArchivedOrFailed();
    void testerThroughFiltersPagingAndLiveChanges();
    void pagesLoadLazily();
    void yearOfJobsOpensInstantly();
    void liveInsertAndUpdate();
    void liveJobRespectsShowLess();
    void liveJobBeyondLoadedPagesComesWithPaging();
    void repeatedAndSkippedHoursShowTheirZone();

private:
    // Saves job (started then finished) and returns it with its id.
    JobRecord store(JobRecord job);
    Error seed(const QList<JobRecord> &jobs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestJobLogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("rc-archiver.db")));
    VERIFY_OK(m_db->open());
}

void TestJobLogModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

JobRecord TestJobLogModel::store(JobRecord job)
{
    return test::storeJob(m_db.get(), std::move(job));
}

Error TestJobLogModel::seed(const QList<JobRecord> &jobs)
{
    return m_db->transaction([&]() -> Error {
        JobStore store(m_db.get());
        for (JobRecord job : jobs) {
            const JobRecord finished = job;
            if (Error e = store.start(&job))
                return e;
            job.status = finished.status;
            job.ended = finished.ended;
            job.counts = finished.counts;
            job.error = finished.error;
            if (Error e = store.finish(job))
                return e;
        }
        return Error();
    });
}

void TestJobLogModel::columnsAndHeaders()
{
    JobLogModel model(m_db.get());
    QCOMPARE(model.columnCount(), 10);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({u"From"_s, u"To"_s, u"Status"_s, u"Job Start"_s, u"Job End"_s,
                          u"Storage"_s, u"Call Recording"_s, u"Voice Mail"_s, u"SMS"_s, u"FAX"_s}));
    QCOMPARE(
        model.headerData(JobLogModel::SmsColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestJobLogModel::rolesOfACompletedAndAFailedJob()
{
    const JobRecord done = store(makeJob(local(2026, 11, 25, 13, 30), {3, 1, 0, 2}));
    const JobRecord failed =
        store(makeJob(local(2026, 11, 25, 14, 0), {}, JobRecord::Status::Failed));

    JobLogModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(local(2026, 11, 25, 0), local(2026, 11, 26, 0), false);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, 0).data(JobLogModel::JobIdRole).toLongLong(), failed.id);
    QCOMPARE(model.index(1, 0).data(JobLogModel::JobIdRole).toLongLong(), done.id);

    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    const QLocale locale;
    QCOMPARE(text(1, JobLogModel::FromColumn),
             locale.toString(done.window.from.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(1, JobLogModel::ToColumn),
             locale.toString(done.window.to.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(1, JobLogModel::JobStartColumn),
             locale.toString(done.started.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(1, JobLogModel::JobEndColumn),
             locale.toString(done.ended.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(1, JobLogModel::StatusColumn),
             JobRecord::statusText(JobRecord::Status::Completed));
    QCOMPARE(text(1, JobLogModel::StorageColumn), QStringLiteral("Local folder"));
    QCOMPARE(text(1, JobLogModel::CallRecordingColumn), QStringLiteral("3"));
    QCOMPARE(text(1, JobLogModel::VoiceMailColumn), QStringLiteral("1"));
    QCOMPARE(text(1, JobLogModel::SmsColumn), QStringLiteral("0"));
    QCOMPARE(text(1, JobLogModel::FaxColumn), QStringLiteral("2"));
    QCOMPARE(text(0, JobLogModel::StatusColumn), QStringLiteral("Failed"));

    // Raw values for sorting and for code that needs them.
    QCOMPARE(model.index(1, JobLogModel::JobStartColumn).data(JobLogModel::SortRole).toDateTime(),
             done.started);
    QCOMPARE(model.index(1, JobLogModel::FaxColumn).data(JobLogModel::SortRole).toInt(), 2);
    QCOMPARE(model.index(0, JobLogModel::StorageColumn).data(JobLogModel::StatusRole).toInt(),
             int(JobRecord::Status::Failed));

    // Counts right-aligned, text left.
    QCOMPARE(model.index(1, JobLogModel::CallRecordingColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, JobLogModel::StorageColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));

    // The error of a failed job as its tooltip; its status stands out with an icon and colour.
    QCOMPARE(model.index(0, JobLogModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             failed.error);
    QVERIFY(!model.index(0, JobLogModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    const QVariant colour = model.index(0, JobLogModel::StatusColumn).data(Qt::ForegroundRole);
    QVERIFY(colour.canConvert<QColor>());
    QVERIFY(colour.value<QColor>() != QApplication::palette().color(QPalette::Text));
    QVERIFY(!model.index(1, JobLogModel::StatusColumn).data(Qt::ForegroundRole).isValid());

    // The failure colour follows the palette: light on a dark base, dark on a light one.
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    QApplication::setPalette(dark);
    const QColor onDark =
        model.index(0, JobLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QPalette light = original;
    light.setColor(QPalette::Base, QColor(250, 250, 250));
    QApplication::setPalette(light);
    const QColor onLight =
        model.index(0, JobLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QApplication::setPalette(original);
    QVERIFY2(onDark.lightness() > 128, qPrintable(onDark.name()));
    QVERIFY2(onLight.lightness() < 128, qPrintable(onLight.name()));
}

void TestJobLogModel::rangeIsHalfOpen()
{
    store(makeJob(local(2026, 11, 24, 23, 30)));
    const JobRecord first = store(makeJob(local(2026, 11, 25, 0, 0)));
    const JobRecord last = store(makeJob(local(2026, 11, 25, 23, 30)));
    store(makeJob(local(2026, 11, 26, 0, 0)));

    JobLogModel model(m_db.get());
    model.setFilter(local(2026, 11, 25, 0), local(2026, 11, 26, 0), false);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 2);
    QCOMPARE(model.jobAt(0).id, last.id);
    QCOMPARE(model.jobAt(1).id, first.id);

    // An open end: everything from the start on.
    model.setFilter(local(2026, 11, 25, 0), QDateTime(), false);
    QCOMPARE(model.rowCount(), 3);
}

void TestJobLogModel::withDataOnlyKeepsJobsThatArchivedOrFailed()
{
    store(makeJob(local(2026, 11, 25, 10, 0))); // nothing
    const JobRecord sms = store(makeJob(local(2026, 11, 25, 10, 30), {0, 0, 4, 0}));
    const JobRecord failed =
        store(makeJob(local(2026, 11, 25, 11, 0), {}, JobRecord::Status::Failed));
    store(makeJob(local(2026, 11, 25, 11, 30))); // nothing

    JobLogModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(local(2026, 11, 25, 0), local(2026, 11, 26, 0), false);
    QCOMPARE(model.rowCount(), 4);
    model.setFilter(model.from(), model.to(), true);
    QVERIFY(model.withDataOnly());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.jobAt(0).id, failed.id);
    QCOMPARE(model.jobAt(1).id, sms.id);
    model.setFilter(model.from(), model.to(), false);
    QCOMPARE(model.rowCount(), 4);
}

void TestJobLogModel::testerThroughFiltersPagingAndLiveChanges()
{
    QList<JobRecord> jobs;
    const QDateTime start = local(2026, 11, 20, 0);
    for (int i = 0; i < 50; ++i)
        jobs << makeJob(start.addSecs(i * 1800), {i % 3, 0, i % 5 == 0 ? 1 : 0, 0});
    VERIFY_OK(seed(jobs));

    JobLogModel model(m_db.get());
    model.setPageSize(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(start, QDateTime(), false);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 50);
    model.setFilter(start, QDateTime(), true);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), model.totalCount());

    JobRecord live = makeJob(start.addDays(2), {1, 0, 0, 0}, JobRecord::Status::Running);
    live.ended = QDateTime();
    live = store(live);
    model.updateJob(live); // running with data: in
    live.status = JobRecord::Status::Completed;
    live.ended = live.started.addSecs(60);
    live.counts = {};
    VERIFY_OK(JobStore(m_db.get()).finish(live));
    model.updateJob(live); // finished without data: out under SHOW LESS
    QCOMPARE(model.rowOfJob(live.id), -1);
    model.setFilter(start, QDateTime(), false);
    QVERIFY(model.rowOfJob(live.id) >= 0);
}

void TestJobLogModel::pagesLoadLazily()
{
    QList<JobRecord> jobs;
    const QDateTime start = local(2026, 10, 1, 0);
    for (int i = 0; i < 1200; ++i)
        jobs << makeJob(start.addSecs(i * 1800));
    VERIFY_OK(seed(jobs));

    JobLogModel model(m_db.get());
    QCOMPARE(model.pageSize(), 200);
    model.setFilter(start, QDateTime(), false);
    QCOMPARE(model.totalCount(), 1200);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);

    int fetches = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), 1200);
    QCOMPARE(fetches, 6); // 6 pages of 200; the last one finds the end
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.jobAt(row).id);
        if (row > 0)
            QVERIFY(model.jobAt(row - 1).started > model.jobAt(row).started);
    }
    QCOMPARE(ids.size(), 1200);
    QCOMPARE(model.jobAt(0).started, start.addSecs(1199 * 1800));
}

void TestJobLogModel::yearOfJobsOpensInstantly()
{
    // A year of half-hourly jobs, a few with data.
    QList<JobRecord> jobs;
    const QDateTime start = local(2025, 11, 25, 0);
    for (int i = 0; i < 17520; ++i)
        jobs << makeJob(start.addSecs(i * 1800), {i % 97 == 0 ? 1 : 0, 0, 0, 0});
    VERIFY_OK(seed(jobs));

    JobLogModel model(m_db.get());
    QElapsedTimer timer;
    timer.start();
    model.setFilter(start, QDateTime(), false);
    const qint64 allMs = timer.elapsed();
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.totalCount(), 17520);

    timer.restart();
    model.setFilter(start, QDateTime(), true);
    const qint64 lessMs = timer.elapsed();
    QCOMPARE(model.totalCount(), (17520 + 96) / 97);
    QCOMPARE(model.rowCount(), qMin(200, model.totalCount()));

    timer.restart();
    model.setFilter(start, QDateTime(), false);
    for (int i = 0; i < 10; ++i)
        model.fetchMore({});
    const qint64 pagesMs = timer.elapsed();
    QCOMPARE(model.rowCount(), 2200);
    qInfo("17520 jobs: first page %lld ms, SHOW LESS %lld ms, 11 pages %lld ms", allMs, lessMs,
          pagesMs);
    QVERIFY2(allMs < 250 && lessMs < 250, "opening the log of a year must stay instant");
}

void TestJobLogModel::liveInsertAndUpdate()
{
    store(makeJob(local(2026, 11, 25, 12, 0)));
    JobLogModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(local(2026, 11, 25, 0), QDateTime(), false);
    QCOMPARE(model.rowCount(), 1);

    // The engine starts a job: a new row at the top, Running, no end yet.
    JobRecord job = makeJob(local(2026, 11, 25, 12, 30), {}, JobRecord::Status::Running);
    job.ended = QDateTime();
    job = store(job);
    model.updateJob(job);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 2);
    QCOMPARE(model.index(0, 0).data(JobLogModel::JobIdRole).toLongLong(), job.id);
    QCOMPARE(model.index(0, JobLogModel::StatusColumn).data().toString(),
             QStringLiteral("Running"));
    QVERIFY(model.index(0, JobLogModel::JobEndColumn).data().toString().isEmpty());

    // It finishes: the same row changes in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    job.status = JobRecord::Status::Completed;
    job.ended = job.started.addSecs(75);
    job.counts = {2, 0, 5, 0};
    VERIFY_OK(JobStore(m_db.get()).finish(job));
    model.updateJob(job);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, JobLogModel::StatusColumn).data().toString(),
             JobRecord::statusText(JobRecord::Status::Completed));
    QCOMPARE(model.index(0, JobLogModel::SmsColumn).data().toString(), QStringLiteral("5"));
    QVERIFY(!model.index(0, JobLogModel::JobEndColumn).data().toString().isEmpty());

    // A job outside the range is not shown.
    JobRecord old = store(makeJob(local(2026, 11, 20, 12, 0)));
    model.updateJob(old);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfJob(old.id), -1);
}

void TestJobLogModel::liveJobRespectsShowLess()
{
    JobLogModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(local(2026, 11, 25, 0), QDateTime(), true);
    QCOMPARE(model.rowCount(), 0);

    JobRecord job = makeJob(local(2026, 11, 25, 12, 30), {}, JobRecord::Status::Running);
    job.ended = QDateTime();
    job = store(job);
    model.updateJob(job); // nothing archived yet
    QCOMPARE(model.rowCount(), 0);

    job.status = JobRecord::Status::Completed;
    job.ended = job.started.addSecs(20);
    job.counts = {0, 1, 0, 0};
    VERIFY_OK(JobStore(m_db.get()).finish(job));
    model.updateJob(job);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 1);

    JobRecord empty = makeJob(local(2026, 11, 25, 13, 0));
    empty = store(empty);
    model.updateJob(empty);
    QCOMPARE(model.rowCount(), 1);
}

void TestJobLogModel::liveJobBeyondLoadedPagesComesWithPaging()
{
    QList<JobRecord> jobs;
    const QDateTime start = local(2026, 11, 1, 0);
    for (int i = 0; i < 30; ++i)
        jobs << makeJob(start.addSecs(i * 3600));
    VERIFY_OK(seed(jobs));
    JobLogModel model(m_db.get());
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(start, QDateTime(), false);
    QCOMPARE(model.rowCount(), 10);

    // A (catch-up) job that started among the rows not loaded yet, and a new one at the top
    // that the store has but whose signal has not arrived yet.
    const JobRecord middle = store(makeJob(start.addSecs(5 * 3600 + 60)));
    model.updateJob(middle);
    QCOMPARE(model.rowCount(), 10);
    const JobRecord newest = store(makeJob(start.addDays(5)));

    while (model.canFetchMore({}))
        model.fetchMore({});
    model.updateJob(newest);
    QCOMPARE(model.rowCount(), 32);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.jobAt(row).id);
    QCOMPARE(ids.size(), 32);
    QCOMPARE(model.jobAt(0).id, newest.id);
    QVERIFY(ids.contains(middle.id));
}

// New York: on 2026-11-01 at 06:00 UTC 02:00 EDT becomes 01:00 EST, so 01:00-02:00 happens
// twice; on 2026-03-08 at 07:00 UTC 02:00 EST becomes 03:00 EDT. Times that read the same but
// are not show their zone, and so does a row whose offset changes; all other rows stay plain.
void TestJobLogModel::repeatedAndSkippedHoursShowTheirZone()
{
    const TimeZoneScope newYork("America/New_York");
    const QTimeZone zone("America/New_York");
    if (!zone.isValid())
        QSKIP("No time zone database here");
    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    };
    // Jobs of half an hour each, started when their window ends, newest first in the model.
    const auto job = [&](const QDateTime &from) {
        JobRecord record = makeJob(from.addSecs(1800), {1, 0, 0, 0});
        record.window = TimeWindow(from, from.addSecs(1800));
        return store(record);
    };
    const JobRecord springBefore = job(utc(3, 8, 6, 0));  // 01:00-01:30 EST
    const JobRecord springAcross = job(utc(3, 8, 6, 30)); // 01:30 EST-03:00 EDT
    const JobRecord springAfter = job(utc(3, 8, 7, 0));   // 03:00-03:30 EDT
    const JobRecord firstPass = job(utc(11, 1, 5, 0));    // 01:00-01:30 EDT
    const JobRecord across = job(utc(11, 1, 5, 30));      // 01:30 EDT-01:00 EST
    const JobRecord secondPass = job(utc(11, 1, 6, 0));   // 01:00-01:30 EST
    const JobRecord leaving = job(utc(11, 1, 6, 30));     // 01:30 EST-02:00 EST
    const JobRecord later = job(utc(11, 1, 7, 0));        // 02:00-02:30 EST

    JobLogModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(utc(3, 1, 0, 0), utc(12, 1, 0, 0), false);
    QCOMPARE(model.rowCount(), 8);
    const QLocale locale;
    const auto plain = [&](const QDateTime &time) {
        return locale.toString(time.toTimeZone(zone), QLocale::ShortFormat);
    };
    const auto cell = [&](const JobRecord &record, int column) {
        return model.index(model.rowOfJob(record.id), column).data().toString();
    };
    // From and To of each row as shown, and as expected.
    QStringList shown, expected;
    const auto expect = [&](const JobRecord &record, const QString &fromZone,
                            const QString &toZone) {
        shown << cell(record, JobLogModel::FromColumn) + QStringLiteral(" | ") +
                     cell(record, JobLogModel::ToColumn);
        expected << plain(record.window.from) + fromZone + QStringLiteral(" | ") +
                        plain(record.window.to) + toZone;
    };
    const QString edt = QStringLiteral(" EDT"), est = QStringLiteral(" EST"), none;

    expect(firstPass, edt, edt);
    expect(across, edt, est);
    expect(secondPass, est, est);
    expect(leaving, est, none);
    expect(later, none, none);
    // Spring: nothing repeats, but the row across the gap shows both zones (it lasts half an
    // hour, not an hour and a half).
    expect(springBefore, none, none);
    expect(springAcross, est, edt);
    expect(springAfter, none, none);
    QCOMPARE(shown, expected);
    // The two passes through 01:00-01:30 no longer read the same.
    QVERIFY(cell(firstPass, JobLogModel::FromColumn) != cell(secondPass, JobLogModel::FromColumn));
    // Job Start and Job End follow the same rule: 01:30 EDT, then 01:00 EST.
    QCOMPARE(cell(firstPass, JobLogModel::JobStartColumn), plain(firstPass.started) + edt);
    QCOMPARE(cell(across, JobLogModel::JobStartColumn), plain(across.started) + est);
    QCOMPARE(cell(later, JobLogModel::JobEndColumn), plain(later.ended));
    // Sorting still goes by the instant.
    QCOMPARE(model.index(model.rowOfJob(across.id), JobLogModel::FromColumn)
                 .data(JobLogModel::SortRole)
                 .toDateTime(),
             across.window.from);
}

QTEST_MAIN(TestJobLogModel)
#include "tst_joblogmodel.moc"

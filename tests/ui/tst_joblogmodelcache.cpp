// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What JobLogModel makes once rather than at every paint, which a view asks for each cell many
// times (to size the columns, to paint, to scroll): the status icons, made once per status; the
// texts of a row's times, made once per row in the zone of the last reload, and again for a row
// the engine updates. Over a real SQLite store.
#include "logs/joblogmodel.h"
#include "store/database.h"
#include "store/jobstore.h"
#include "storetesting.h"
#include "timezonescope.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>


using namespace rca;
using rca::test::makeJob;
using rca::test::TimeZoneScope;

namespace {

// The application's style, counting the icons it is asked to make.
class CountingStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++made;
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int made = 0;
};

} // namespace

class TestJobLogModelCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void statusIconsAreMadeOncePerStatus();
    void timesFollowTheZoneOfTheLastReload();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestJobLogModelCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("rc-archiver.db")));
    VERIFY_OK(m_db->open());
}

void TestJobLogModelCache::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestJobLogModelCache::statusIconsAreMadeOncePerStatus()
{
    // Forty jobs, newest first in the model: every tenth of them (rows 9, 19, 29, 39) failed.
    const QDateTime start(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 40; ++i) {
        test::storeJob(m_db.get(), makeJob(start.addSecs(i * 1800), {},
                                           i % 10 == 0 ? JobRecord::Status::Failed
                                                       : JobRecord::Status::Completed));
    }
    const QString styleName = QApplication::style()->name();
    auto *style = new CountingStyle(QStyleFactory::create(styleName));
    QApplication::setStyle(style); // the application owns it
    JobLogModel model(m_db.get());
    model.setFilter(start, QDateTime(), false);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.jobAt(9).status, JobRecord::Status::Failed);
    const auto iconOfRow = [&](int row) {
        return model.index(row, JobLogModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    };
    const QIcon completed = iconOfRow(0);
    const QIcon failed = iconOfRow(9);
    const int madeForTwo = style->made;
    // Every cell a view paints or sizes, again and again, shows the icon already made.
    QList<qint64> shown;
    QList<qint64> expected;
    for (int pass = 0; pass < 3; ++pass) {
        for (int row = 0; row < model.rowCount(); ++row) {
            shown << iconOfRow(row).cacheKey();
            expected << (row % 10 == 9 ? failed : completed).cacheKey();
        }
    }
    const int made = style->made;
    QApplication::setStyle(QStyleFactory::create(styleName));
    QVERIFY(!completed.isNull() && !failed.isNull());
    QVERIFY(completed.cacheKey() != failed.cacheKey());
    QCOMPARE(shown, expected);
    QVERIFY(madeForTwo > 0);
    QCOMPARE(made, madeForTwo);
}

void TestJobLogModelCache::timesFollowTheZoneOfTheLastReload()
{
    const TimeZoneScope newYork("America/New_York");
    const QTimeZone newYorkZone("America/New_York");
    const QTimeZone tokyoZone("Asia/Tokyo");
    if (!newYorkZone.isValid() || !tokyoZone.isValid())
        QSKIP("No time zone database here");
    JobRecord job =
        test::storeJob(m_db.get(), makeJob(QDateTime(QDate(2026, 7, 1), QTime(16, 0), Qt::UTC)));
    JobLogModel model(m_db.get());
    model.setFilter(QDateTime(), QDateTime(), false);
    QCOMPARE(model.rowCount(), 1);
    const QLocale locale;
    const auto in = [&](const QDateTime &utc, const QTimeZone &zone) {
        return locale.toString(utc.toTimeZone(zone), QLocale::ShortFormat);
    };
    const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(JobLogModel::FromColumn), in(job.window.from, newYorkZone));

    const TimeZoneScope tokyo("Asia/Tokyo");
    // The rows keep the zone they were read in, all of them alike, until the store is read
    // again: the times are made once per row, not at every paint.
    QCOMPARE(cell(JobLogModel::FromColumn), in(job.window.from, newYorkZone));
    // A job the engine updates shows its new end, in that zone too.
    job.ended = job.ended.addSecs(3600);
    VERIFY_OK(JobStore(m_db.get()).finish(job));
    model.updateJob(job);
    QCOMPARE(cell(JobLogModel::JobEndColumn), in(job.ended, newYorkZone));
    // Reading the store again (a new range, SHOW LESS/MORE, the page's refresh) takes the zone
    // of the moment.
    model.reload();
    QCOMPARE(cell(JobLogModel::FromColumn), in(job.window.from, tokyoZone));
    QCOMPARE(cell(JobLogModel::ToColumn), in(job.window.to, tokyoZone));
    QCOMPARE(cell(JobLogModel::JobStartColumn), in(job.started, tokyoZone));
    QCOMPARE(cell(JobLogModel::JobEndColumn), in(job.ended, tokyoZone));
}

QTEST_MAIN(TestJobLogModelCache)
#include "tst_joblogmodelcache.moc"

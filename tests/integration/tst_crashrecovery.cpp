// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety of the real program: `rc-archiver run-once` archives hundreds of items from the
// demo source into a Local folder and is killed with SIGKILL mid-upload, again and again.
// After a final run every item must be in the folder exactly once, with the right content,
// no temporary file may be left under a final name, and the ledger must agree. Then the archive
// is damaged and `rc-archiver audit --repair` is killed the same way: the last repair must
// leave every item once, intact, in the ledger and in the day manifests.
#include "demoarchive.h"
#include "programrun.h"
#include "sources/demosource.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rca;

namespace {

constexpr int ItemCount = 300;
constexpr qint64 ItemSize = 200 * 1024;

const QString program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");

using Run = rca::test::ProgramRun;

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedRunsLoseNothingAndStoreNothingTwice();
    void killedRepairsLoseNothingAndStoreNothingTwice();

private:
    Run run(const QStringList &arguments, int killAfterMs = -1);

    QTemporaryDir m_dir;
    QString m_profile;
    QString m_target;
    QDateTime m_from;
    QDateTime m_to;
};

Run TestCrashRecovery::run(const QStringList &arguments, int killAfterMs)
{
    return rca::test::runProgram(m_profile, arguments, killAfterMs); // SIGKILL when killed
}

void TestCrashRecovery::initTestCase()
{
    QVERIFY(QFile::exists(program));
    QVERIFY(m_dir.isValid());
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_target = m_dir.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(m_target));

    // Items of the last days (within the demo source's 90-day retention), two minutes apart,
    // with names that need sanitizing; downloads throttled so that a run takes a few seconds.
    m_from = QDateTime::currentDateTimeUtc().addDays(-2);
    m_from.setTime(QTime(0, 0));
    m_to = m_from.addSecs(ItemCount * 120);
    const QString manifest = m_dir.filePath(QStringLiteral("items.json"));
    QVERIFY(rca::test::writeDemoManifest(manifest, m_from, ItemCount, ItemSize, 6 * 1024 * 1024,
                                         QStringLiteral("Eve ../../etc")));

    Run r = run({QStringLiteral("connect"), QStringLiteral("demo"), QStringLiteral("--manifest"),
                 manifest});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = run(
        {QStringLiteral("connect"), QStringLiteral("local"), QStringLiteral("--path"), m_target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

void TestCrashRecovery::killedRunsLoseNothingAndStoreNothingTwice()
{
    const QStringList range = {QStringLiteral("run-once"), QStringLiteral("--from"),
                               m_from.toString(Qt::ISODate), QStringLiteral("--to"),
                               m_to.toString(Qt::ISODate)};
    // A full run takes about ten seconds; each attempt is killed within its first 1.3 s, so
    // six kills land mid-job and leave work for the last run.
    const QString root = m_target + QStringLiteral("/Apps/RingCentral Application");
    int killsMidUpload = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const int delay = 300 + QRandomGenerator::global()->bounded(1000);
        const Run r = run(range, delay);
        QCOMPARE(r.status, QProcess::CrashExit);
        // A half-written temporary left behind shows the kill hit an upload in progress.
        if (rca::test::hasTemporaryUpload(root))
            ++killsMidUpload;
    }
    QVERIFY2(killsMidUpload > 0, "no kill landed in the middle of an upload");
    const Run last = run(range);
    QVERIFY2(last.exitCode == 0, qPrintable(last.output));
    QVERIFY2(last.output.contains(QStringLiteral(" archived, 0 failed")), qPrintable(last.output));

    // Every item exactly once, with the right bytes; nothing else in the archive (the
    // temporaries of the killed runs were cleaned up).
    rca::test::verifyDemoArchive(root, ItemCount, ItemSize);
    if (QTest::currentTestFailed())
        return;

    {
        Database db(m_profile + QStringLiteral("/rc-archiver.sqlite"));
        QVERIFY(!db.open());
        ItemLedger ledger(&db);
        QCOMPARE(ledger.archivedCount(), ItemCount);
        for (int i = 0; i < ItemCount; i += 37) {
            const std::optional<LedgerEntry> entry = [&] {
                for (ItemType type : allItemTypes()) {
                    if (auto e = ledger.entry(type, QStringLiteral("item-%1").arg(i)))
                        return e;
                }
                return std::optional<LedgerEntry>();
            }();
            QVERIFY(entry);
            QVERIFY(QFile::exists(root + u'/' + entry->remotePath));
        }
        // The killed jobs show as Interrupted in the log; the last one completed.
        const QList<JobRecord> jobs =
            JobStore(&db).jobs(QDateTime::currentDateTimeUtc().addDays(-1),
                               QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(jobs.size(), 7);
        QCOMPARE(jobs.first().status, JobRecord::Status::Completed);
        for (int i = 1; i < jobs.size(); ++i)
            QCOMPARE(jobs[i].status, JobRecord::Status::Interrupted);
    }

    // A repeated run archives nothing new.
    const Run again = run(range);
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    QVERIFY2(again.output.contains(QStringLiteral("Complete")), qPrintable(again.output));
    QVERIFY2(!again.output.contains(QStringLiteral("archived")), qPrintable(again.output));
}

void TestCrashRecovery::killedRepairsLoseNothingAndStoreNothingTwice()
{
    const QString root = m_target + QStringLiteral("/Apps/RingCentral Application");
    const QStringList audit = {QStringLiteral("audit"),      QStringLiteral("--from"),
                               m_from.toString(Qt::ISODate), QStringLiteral("--to"),
                               m_to.toString(Qt::ISODate),   QStringLiteral("--json")};
    Run clean = run(audit);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.output));

    // Every third file gone, every seventh cut short: 128 items to put back.
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*_item-*")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QCOMPARE(files.size(), ItemCount);
    int damaged = 0;
    for (int i = 0; i < files.size(); ++i) {
        if (i % 3 == 0) {
            QVERIFY(QFile::remove(files[i]));
            ++damaged;
        } else if (i % 7 == 0) {
            QVERIFY(QFile::resize(files[i], ItemSize / 2));
            ++damaged;
        }
    }
    const Run found = run(audit);
    QCOMPARE(found.exitCode, 3);
    const QJsonObject report =
        QJsonDocument::fromJson(found.output.mid(found.output.indexOf(u'{')).toUtf8()).object();
    QCOMPARE(report.value(u"problems").toArray().size(), damaged);

    // Killed again and again; as the work left shrinks, a run may finish before its kill.
    int kills = 0, killsMidUpload = 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Run r = run(audit + QStringList{QStringLiteral("--repair")},
                          400 + QRandomGenerator::global()->bounded(1500));
        if (r.status != QProcess::CrashExit)
            break;
        ++kills;
        if (rca::test::hasTemporaryUpload(root))
            ++killsMidUpload;
    }
    qInfo() << kills << "repairs killed," << killsMidUpload << "of them mid-upload";
    QVERIFY(kills >= 1);
    const Run last = run(audit + QStringList{QStringLiteral("--repair")});
    QVERIFY2(last.exitCode == 0, qPrintable(last.output));
    rca::test::verifyDemoArchive(root, ItemCount, ItemSize);
    if (QTest::currentTestFailed())
        return;
    Database db(m_profile + QStringLiteral("/rc-archiver.sqlite"));
    QVERIFY(!db.open());
    QCOMPARE(ItemLedger(&db).archivedCount(), ItemCount);
    QCOMPARE(ItemLedger(&db).allFailures().size(), 0);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"

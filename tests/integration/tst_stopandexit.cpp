// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real program as cron, systemd and a terminal see it: SIGTERM and Ctrl+C stop run-once and
// --headless within seconds, with the job marked Interrupted, no temporary file left and nothing
// lost for the next run; a second run-once on a busy profile waits for the first (showing its
// progress) or, with --no-wait, refuses; and each outcome has its own exit status. The demo
// source (throttled, so a job takes a while) into a Local folder, a temporary profile each.
#include "demoarchive.h"
#include "engine/enginesettings.h"
#include "store/database.h"
#include "store/jobstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rca;

namespace {

const QString Program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");
constexpr qint64 ItemSize = 256 * 1024;
// About a quarter of a second per item.
constexpr qint64 BytesPerSecond = 1024 * 1024;

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString output;
};

// One profile with the demo source (itemCount throttled items from `from`) and a Local folder.
class Profile
{
public:
    Profile(const QTemporaryDir &dir, const QString &name)
        : m_path(dir.filePath(name))
        , m_target(dir.filePath(name + QStringLiteral("-archive")))
    {}

    QString path() const { return m_path; }
    QString root() const { return m_target + QStringLiteral("/Apps/RingCentral Application"); }

    bool connect(const QDateTime &from, int itemCount, QString *output)
    {
        const QString manifest = m_path + QStringLiteral("-items.json");
        if (!QDir().mkpath(m_target) ||
            !rca::test::writeDemoManifest(manifest, from, itemCount, ItemSize, BytesPerSecond))
            return false;
        Run r = run({QStringLiteral("connect"), QStringLiteral("demo"),
                     QStringLiteral("--manifest"), manifest});
        *output = r.output;
        if (r.exitCode != 0)
            return false;
        r = run({QStringLiteral("connect"), QStringLiteral("local"), QStringLiteral("--path"),
                 m_target});
        *output = r.output;
        return r.exitCode == 0;
    }

    void start(QProcess *process, const QStringList &arguments) const
    {
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(Program, QStringList{QStringLiteral("--profile"), m_path} + arguments);
        process->waitForStarted(10000);
    }

    Run run(const QStringList &arguments) const
    {
        QProcess process;
        start(&process, arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAll())};
    }

    int archivedFiles() const
    {
        int count = 0;
        QDirIterator it(root(), {QStringLiteral("*_item-*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

    QList<JobRecord> jobs() const
    {
        Database db(m_path + QStringLiteral("/rc-archiver.sqlite"));
        if (db.open())
            return {};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return JobStore(&db).jobs(now.addDays(-1), now.addDays(1));
    }

private:
    QString m_path;
    QString m_target;
};

// Waits until the profile's archive holds at least one item (the job is under way).
bool waitForFirstFile(const Profile &profile, QProcess *process)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && process->state() == QProcess::Running) {
        if (profile.archivedFiles() > 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

QStringList rangeOf(const QDateTime &from, int itemCount)
{
    return {QStringLiteral("run-once"), QStringLiteral("--from"), from.toString(Qt::ISODate),
            QStringLiteral("--to"), from.addSecs(itemCount * 120).toString(Qt::ISODate)};
}

} // namespace

class TestStopAndExit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sigtermStopsRunOnceCleanly_data();
    void sigtermStopsRunOnceCleanly();
    void sigtermStopsHeadlessCleanly();
    void secondRunOnceWaitsOrRefuses();
    void exitStatusSaysWhatHappened();

private:
    QTemporaryDir m_dir;
    QDateTime m_from;
};

void TestStopAndExit::initTestCase()
{
    QVERIFY(QFile::exists(Program));
    QVERIFY(m_dir.isValid());
    m_from = QDateTime::currentDateTimeUtc().addDays(-2);
    m_from.setTime(QTime(0, 0));
}

void TestStopAndExit::sigtermStopsRunOnceCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestStopAndExit::sigtermStopsRunOnceCleanly()
{
    QFETCH(int, signal);
    constexpr int Items = 60; // about 15 s
    Profile profile(m_dir, QStringLiteral("stop-%1").arg(signal));
    QString output;
    QVERIFY2(profile.connect(m_from, Items, &output), qPrintable(output));

    QProcess process;
    profile.start(&process, rangeOf(m_from, Items));
    QVERIFY(waitForFirstFile(profile, &process));
    QElapsedTimer stopping;
    stopping.start();
    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(10000));
    qInfo() << "stopped in" << stopping.elapsed() << "ms";
    QVERIFY2(stopping.elapsed() < 5000, "took longer than a few seconds to stop");
    output = QString::fromUtf8(process.readAll());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 128 + signal, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Interrupted")), qPrintable(output));

    // The item in flight was abandoned with its temporary file; the job says Interrupted.
    QVERIFY(!rca::test::hasTemporaryUpload(profile.root()));
    const int archivedBefore = profile.archivedFiles();
    QVERIFY(archivedBefore > 0 && archivedBefore < Items);
    QList<JobRecord> jobs = profile.jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().status, JobRecord::Status::Interrupted);
    QCOMPARE(jobs.first().totalArchived(), archivedBefore);

    // The next run archives the rest: every item once.
    const Run rest = profile.run(rangeOf(m_from, Items));
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.output));
    QVERIFY2(
        rest.output.contains(QStringLiteral("(%1 archived, 0 failed)").arg(Items - archivedBefore)),
        qPrintable(rest.output));
    rca::test::verifyDemoArchive(profile.root(), Items, ItemSize);
}

void TestStopAndExit::sigtermStopsHeadlessCleanly()
{
    constexpr int Items = 60;
    Profile profile(m_dir, QStringLiteral("headless"));
    // Items in windows of three to five hours ago, so that catch-up jobs are due at once.
    QDateTime watermark = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
    watermark.setTime(QTime(watermark.time().hour(), 0));
    QString output;
    QVERIFY2(profile.connect(watermark, Items, &output), qPrintable(output));
    const Run on = profile.run({QStringLiteral("backup"), QStringLiteral("on")});
    QVERIFY2(on.exitCode == 0, qPrintable(on.output));
    {
        Database db(profile.path() + QStringLiteral("/rc-archiver.sqlite"));
        QVERIFY(!db.open());
        ScheduleState state;
        state.watermark = watermark;
        QVERIFY(!EngineSettings(&db).saveScheduleState(state));
    }

    QProcess process;
    profile.start(&process, {QStringLiteral("--headless")});
    QVERIFY(waitForFirstFile(profile, &process));
    QElapsedTimer stopping;
    stopping.start();
    process.terminate(); // SIGTERM, as systemctl --user stop and logout send
    QVERIFY(process.waitForFinished(10000));
    qInfo() << "stopped in" << stopping.elapsed() << "ms";
    QVERIFY2(stopping.elapsed() < 5000, "took longer than a few seconds to stop");
    output = QString::fromUtf8(process.readAll());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 143, qPrintable(output));
    QVERIFY(!rca::test::hasTemporaryUpload(profile.root()));
    const QList<JobRecord> jobs = profile.jobs();
    QVERIFY(!jobs.isEmpty());
    QCOMPARE(jobs.first().status, JobRecord::Status::Interrupted);
    for (const JobRecord &job : jobs)
        QVERIFY(job.status != JobRecord::Status::Running);
}

void TestStopAndExit::secondRunOnceWaitsOrRefuses()
{
    constexpr int Items = 24; // about 6 s
    Profile profile(m_dir, QStringLiteral("busy"));
    QString output;
    QVERIFY2(profile.connect(m_from, Items, &output), qPrintable(output));

    QProcess first;
    profile.start(&first, rangeOf(m_from, Items));
    QVERIFY(waitForFirstFile(profile, &first));

    // Refused: says so, and exits with its own status at once.
    const Run refused =
        profile.run(rangeOf(m_from, Items) + QStringList{QStringLiteral("--no-wait")});
    QVERIFY2(refused.exitCode == 6, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QStringLiteral("Refused")), qPrintable(refused.output));
    QVERIFY(!refused.output.contains(QStringLiteral("Waiting")));
    QCOMPARE(first.state(), QProcess::Running);

    // Waits: shows the other job, then runs once the first has finished.
    const Run waited = profile.run(rangeOf(m_from, Items));
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    QVERIFY2(waited.exitCode == 0, qPrintable(waited.output));
    QVERIFY2(waited.output.contains(QStringLiteral("Waiting for it to finish")),
             qPrintable(waited.output));
    QVERIFY2(waited.output.contains(QStringLiteral("The other process: job ")),
             qPrintable(waited.output));
    // Its own job found everything archived already.
    QVERIFY2(waited.output.contains(QStringLiteral(": Complete")), qPrintable(waited.output));
    QVERIFY2(!waited.output.contains(QStringLiteral(" archived, ")), qPrintable(waited.output));
    rca::test::verifyDemoArchive(profile.root(), Items, ItemSize);
}

void TestStopAndExit::exitStatusSaysWhatHappened()
{
    Profile profile(m_dir, QStringLiteral("codes"));
    // Nothing connected: status and run-once say so, in command-line words.
    Run r = profile.run({QStringLiteral("status")});
    QCOMPARE(r.exitCode, 5);
    r = profile.run(rangeOf(m_from, 4));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.output.contains(QStringLiteral("`rc-archiver connect ringcentral|demo`")),
             qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral("Accounts tab")), qPrintable(r.output));
    QCOMPARE(profile
                 .run({QStringLiteral("run-once"), QStringLiteral("--from"),
                       QStringLiteral("yesterday")})
                 .exitCode,
             2);

    // A demo item the source no longer has: the job completes with errors.
    constexpr int Items = 4;
    QString output;
    QVERIFY2(profile.connect(m_from, Items, &output), qPrintable(output));
    const QString manifestPath = profile.path() + QStringLiteral("-items.json");
    QFile manifest(manifestPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
    manifest.close();
    QJsonArray items = json.value(u"items").toArray();
    QJsonObject gone = items.at(1).toObject();
    gone.insert(QStringLiteral("fail"), QStringLiteral("permanent"));
    items.replace(1, gone);
    json.insert(QStringLiteral("items"), items);
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(QJsonDocument(json).toJson());
    manifest.close();
    r = profile.run(rangeOf(m_from, Items));
    QVERIFY2(r.exitCode == 4, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("(3 archived, 1 failed)")), qPrintable(r.output));
    QCOMPARE(profile.run({QStringLiteral("status")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestStopAndExit)
#include "tst_stopandexit.moc"

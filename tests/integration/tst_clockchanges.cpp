// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real program in New York around both clock changes of 2026: `rc-archiver logs`, `logs
// --csv` and `status` with TZ=America/New_York over a profile seeded with the jobs of those
// nights. On 2026-03-08 at 07:00 UTC 02:00 EST becomes 03:00 EDT; on 2026-11-01 at 06:00 UTC
// 02:00 EDT becomes 01:00 EST, so 01:00-02:00 happens twice. Times that read the same but are
// not must show their zone. `status` runs under libfaketime (Debian package faketime) at
// 01:40 EDT, when the next job starts at 01:00 EST; skipped without it.
#include "engine/enginesettings.h"
#include "engine/scheduleplanner.h"
#include "profile.h"
#include "store/database.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rca;

namespace {

const QString Program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");

// libfaketime.so.1 under /usr/lib/<multiarch>/faketime; empty when it is not installed.
QString libFakeTime()
{
    const QDir lib(QStringLiteral("/usr/lib"));
    const QStringList directories = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                    << QStringLiteral(".");
    for (const QString &directory : directories) {
        const QString path = lib.filePath(directory + QStringLiteral("/faketime/libfaketime.so.1"));
        if (QFile::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// A half-hour job that started when its window ended and took 42 s.
JobRecord halfHourJob(const QDateTime &from)
{
    JobRecord job = test::makeJob(from.addSecs(1800), {1, 0, 0, 0});
    job.window = TimeWindow(from, from.addSecs(1800));
    return job;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

} // namespace

class TestClockChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void logsTellTheRepeatedHourApart();
    void csvTimesCarryTheirOffset();
    void springGapRowShowsBothZones();
    void statusNamesTheZoneOfTheNextJob();

private:
    // rc-archiver --profile profile arguments…, in New York; at fakeNow (UTC) when valid.
    Run archiver(const QString &profile, const QStringList &arguments,
                 const QDateTime &fakeNow = {});
    QString seedProfile(const QString &name, const QList<JobRecord> &jobs,
                        const QDateTime &watermark = {});

    QTemporaryDir m_dir;
    QString m_profile;
};

Run TestClockChanges::archiver(const QString &profile, const QStringList &arguments,
                               const QDateTime &fakeNow)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("America/New_York"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (fakeNow.isValid()) {
        // Seconds since the epoch: a wall-clock time would be ambiguous in this very hour.
        environment.insert(QStringLiteral("LD_PRELOAD"), libFakeTime());
        environment.insert(QStringLiteral("FAKETIME_FMT"), QStringLiteral("%s"));
        environment.insert(QStringLiteral("FAKETIME"),
                           u'@' + QString::number(fakeNow.toSecsSinceEpoch()));
        environment.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    }
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(Program, QStringList{QStringLiteral("--profile"), profile} + arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QString TestClockChanges::seedProfile(const QString &name, const QList<JobRecord> &jobs,
                                      const QDateTime &watermark)
{
    const Profile profile = Profile::inDirectory(m_dir.filePath(name));
    if (Error e = profile.ensureExists())
        qFatal("profile: %s", qPrintable(e.message()));
    Database db(profile.databasePath());
    if (Error e = db.open())
        qFatal("database: %s", qPrintable(e.message()));
    for (const JobRecord &job : jobs)
        test::storeJob(&db, job);
    if (watermark.isValid()) {
        EngineSettings settings(&db);
        ScheduleState state;
        state.watermark = watermark;
        if (Error e = settings.saveScheduleState(state))
            qFatal("state: %s", qPrintable(e.message()));
        if (Error e = settings.setBackupEnabled(true))
            qFatal("backup: %s", qPrintable(e.message()));
    }
    return profile.dataDirectory();
}

void TestClockChanges::initTestCase()
{
    QVERIFY(QFile::exists(Program));
    QVERIFY(m_dir.isValid());
    if (!QTimeZone("America/New_York").isValid())
        QSKIP("No time zone database here (tzdata)");
    m_profile = seedProfile(QStringLiteral("nights"),
                            {halfHourJob(utc(3, 8, 6, 0)), halfHourJob(utc(3, 8, 6, 30)),
                             halfHourJob(utc(3, 8, 7, 0)), halfHourJob(utc(11, 1, 5, 0)),
                             halfHourJob(utc(11, 1, 5, 30)), halfHourJob(utc(11, 1, 6, 0)),
                             halfHourJob(utc(11, 1, 6, 30)), halfHourJob(utc(11, 1, 7, 0))});
}

void TestClockChanges::logsTellTheRepeatedHourApart()
{
    const Run r = archiver(m_profile, {QStringLiteral("logs"), QStringLiteral("--from"),
                                       QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                       QStringLiteral("2026-11-01")});
    QCOMPARE(r.exitCode, 0);
    // From, To, Status, Job Start: each row's times, zones where a reading occurs twice.
    const QStringList rows = r.output.split(u'\n', Qt::SkipEmptyParts).mid(1);
    QCOMPARE(rows.size(), 5);
    const QStringList expected = {
        // Newest first.
        QStringLiteral("2026-11-01 02:00      2026-11-01 02:30"),
        QStringLiteral("2026-11-01 01:30 EST  2026-11-01 02:00"),
        QStringLiteral("2026-11-01 01:00 EST  2026-11-01 01:30 EST"),
        QStringLiteral("2026-11-01 01:30 EDT  2026-11-01 01:00 EST"),
        QStringLiteral("2026-11-01 01:00 EDT  2026-11-01 01:30 EDT"),
    };
    for (int i = 0; i < rows.size(); ++i)
        QVERIFY2(rows.at(i).startsWith(expected.at(i)), qPrintable(r.output));
    // Job Start of the first pass and of the row across the change.
    QVERIFY2(rows.at(4).contains(QLatin1String("2026-11-01 01:30 EDT  2026-11-01 01:30 EDT")),
             qPrintable(rows.at(4)));
    QVERIFY2(rows.at(3).contains(QLatin1String("2026-11-01 01:00 EST  2026-11-01 01:00 EST")),
             qPrintable(rows.at(3)));
}

void TestClockChanges::csvTimesCarryTheirOffset()
{
    const Run r = archiver(m_profile, {QStringLiteral("logs"), QStringLiteral("--csv"),
                                       QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                       QStringLiteral("--to"), QStringLiteral("2026-11-01")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.output.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QStringList windows;
    for (const QString &line : lines.mid(1))
        windows << line.section(u',', 0, 1);
    QCOMPARE(windows, QStringList({
                          QStringLiteral("2026-11-01T02:00:00-05:00,2026-11-01T02:30:00-05:00"),
                          QStringLiteral("2026-11-01T01:30:00-05:00,2026-11-01T02:00:00-05:00"),
                          QStringLiteral("2026-11-01T01:00:00-05:00,2026-11-01T01:30:00-05:00"),
                          QStringLiteral("2026-11-01T01:30:00-04:00,2026-11-01T01:00:00-05:00"),
                          QStringLiteral("2026-11-01T01:00:00-04:00,2026-11-01T01:30:00-04:00"),
                      }));
}

void TestClockChanges::springGapRowShowsBothZones()
{
    const Run r = archiver(m_profile, {QStringLiteral("logs"), QStringLiteral("--from"),
                                       QStringLiteral("2026-03-08"), QStringLiteral("--to"),
                                       QStringLiteral("2026-03-08")});
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = r.output.split(u'\n', Qt::SkipEmptyParts).mid(1);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).startsWith(QLatin1String("2026-03-08 03:00      2026-03-08 03:30")),
             qPrintable(r.output));
    // Half an hour that reads like an hour and a half without the zones.
    QVERIFY2(rows.at(1).startsWith(QLatin1String("2026-03-08 01:30 EST  2026-03-08 03:00 EDT")),
             qPrintable(r.output));
    QVERIFY2(rows.at(2).startsWith(QLatin1String("2026-03-08 01:00      2026-03-08 01:30")),
             qPrintable(r.output));
    const Run csv = archiver(m_profile, {QStringLiteral("logs"), QStringLiteral("--csv"),
                                         QStringLiteral("--from"), QStringLiteral("2026-03-08"),
                                         QStringLiteral("--to"), QStringLiteral("2026-03-08")});
    QVERIFY2(csv.output.contains(
                 QLatin1String("\r\n2026-03-08T01:30:00-05:00,2026-03-08T03:00:00-04:00,")),
             qPrintable(csv.output));
}

void TestClockChanges::statusNamesTheZoneOfTheNextJob()
{
    if (libFakeTime().isEmpty())
        QSKIP("libfaketime is not installed (apt-get install faketime)");
    // At 01:40 EDT: the last job ran at 01:30 EDT (window 23:30-00:00 EDT); the next starts at
    // 01:00 EST, twenty minutes later, which must not read like the past.
    const QString profile =
        seedProfile(QStringLiteral("status"), {test::makeJob(utc(11, 1, 5, 30))}, utc(11, 1, 4, 0));
    const Run r = archiver(profile, {QStringLiteral("status")}, utc(11, 1, 5, 40));
    QVERIFY2(r.output.contains(QLatin1String("Next job: 2026-11-01 01:00 EST\n")),
             qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("Last job: 2026-11-01 01:30 EDT ")),
             qPrintable(r.output));
    QVERIFY2(r.output.contains(QLatin1String("Archived up to: 2026-11-01 00:00\n")),
             qPrintable(r.output));
}

QTEST_GUILESS_MAIN(TestClockChanges)
#include "tst_clockchanges.moc"

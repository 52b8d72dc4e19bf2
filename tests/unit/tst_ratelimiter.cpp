// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RateLimiter under a fake time source: even pacing just below the limit as a sliding-window
// server counts it, penalties after a 429, adaptation to the X-Rate-Limit-* headers, and the
// pace shared by the processes of one profile through its database.
#include "ringcentral/ratelimiter.h"
#include "store/database.h"
#include "store/ratestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace rca;
using Group = RateLimiter::Group;

namespace {

// Fake time: sleeping advances it.
struct FakeTime
{
    qint64 nowMs = 5'000'000;
    RateLimiter::TimeSource source()
    {
        return {[this] { return nowMs; }, [this](qint64 ms) { nowMs += ms; }};
    }
};

// Counts like tests/fakes/ringcentral/rcfake/ratelimit.py: a request is over the limit when
// `limit` requests arrived in the (now - window, now] before it.
struct SlidingWindowServer
{
    int limit;
    qint64 windowMs;
    std::deque<qint64> hits;
    int refused = 0;

    HttpHeaders hit(qint64 now)
    {
        while (!hits.empty() && hits.front() <= now - windowMs)
            hits.pop_front();
        if (int(hits.size()) >= limit) {
            ++refused;
            return {};
        }
        hits.push_back(now);
        return {{"X-Rate-Limit-Limit", QByteArray::number(limit)},
                {"X-Rate-Limit-Remaining", QByteArray::number(limit - int(hits.size()))},
                {"X-Rate-Limit-Window", QByteArray::number(windowMs / 1000)}};
    }
};

// Processes of one profile: one wall clock, each process its own monotonic scale (started at
// its own time), its own connection to the profile's database. Sleeping moves the wall clock.
struct World
{
    qint64 wallMs = 1'795'000'000'000; // late 2026
    // The two clocks are read one after the other: the wall clock may have moved on by a
    // millisecond, every other reading.
    bool jitter = false;
    int wallReadings = 0;
    qint64 readWall() { return wallMs + (jitter ? wallReadings++ % 2 : 0); }
};

struct Process
{
    Process(World *world, const QString &databasePath, qint64 monotonicOffset, bool shared = true)
        : db(databasePath)
        , limiter(RateLimiter::TimeSource{
              [world, monotonicOffset] { return world->wallMs + monotonicOffset; },
              [world](qint64 ms) { world->wallMs += ms; }, [world] { return world->readWall(); }})
    {
        if (db.open())
            qFatal("cannot open the test database");
        if (shared)
            limiter.setSharedState(&db);
    }

    Database db;
    RateLimiter limiter;
};

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        FakeTime time;
        RateLimiter limiter(time.source());
        QCOMPARE(limiter.limit(Group::Light), 50);
        QCOMPARE(limiter.limit(Group::Medium), 40);
        QCOMPARE(limiter.limit(Group::Heavy), 10);
        QCOMPARE(limiter.limit(Group::Auth), 5);
        QCOMPARE(limiter.windowSeconds(Group::Heavy), 60);
        QCOMPARE(limiter.intervalMs(Group::Heavy), 6120);
        Group group;
        QVERIFY(RateLimiter::groupFromName(u"heavy", &group));
        QCOMPARE(group, Group::Heavy);
        QVERIFY(!RateLimiter::groupFromName(u"Bogus", &group));
    }

    void pacesEvenlyBelowTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("heavy 60 s") << 10 << 60 << 30;
        QTest::newRow("light 60 s") << 50 << 60 << 5;
        QTest::newRow("heavy 2 s") << 10 << 2 << 3;
        QTest::newRow("auth 60 s, slow requests") << 5 << 60 << 4000;
    }

    void pacesEvenlyBelowTheLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, window);
        QFETCH(int, latencyMs);
        FakeTime time;
        RateLimiter limiter(time.source());
        limiter.setLimit(Group::Heavy, limit, window);
        SlidingWindowServer server{limit, window * 1000LL, {}};

        const int requests = limit * 20;
        const qint64 start = time.nowMs;
        for (int i = 0; i < requests; ++i) {
            QVERIFY(!limiter.acquire(Group::Heavy));
            // The request reaches the server a little later and the answer comes back.
            limiter.observe(Group::Heavy, server.hit(time.nowMs + latencyMs / 2));
            time.nowMs += latencyMs;
        }
        QCOMPARE(server.refused, 0);
        QCOMPARE(limiter.requestsSent(Group::Heavy), requests);
        // Achieved rate as a fraction of the allowed one.
        const double elapsedWindows = double(time.nowMs - start) / (window * 1000.0);
        const double achieved = requests / elapsedWindows / limit;
        QVERIFY2(achieved >= 0.9, qPrintable(QString::number(achieved)));
        QVERIFY2(achieved <= 1.0, qPrintable(QString::number(achieved)));
    }

    void neverBursts()
    {
        FakeTime time;
        RateLimiter limiter(time.source());
        const qint64 start = time.nowMs;
        QVERIFY(!limiter.acquire(Group::Heavy));
        QCOMPARE(time.nowMs, start); // the first request goes at once
        QVERIFY(!limiter.acquire(Group::Heavy));
        QCOMPARE(time.nowMs - start, limiter.intervalMs(Group::Heavy));
    }

    void penaltyBlocksTheGroupOnly()
    {
        FakeTime time;
        RateLimiter limiter(time.source());
        QVERIFY(!limiter.acquire(Group::Heavy));
        const qint64 at = time.nowMs;
        limiter.penalize(Group::Heavy, 60);
        QVERIFY(limiter.waitMs(Group::Heavy) >= 60'000);
        QCOMPARE(limiter.waitMs(Group::Light), 0);
        QVERIFY(!limiter.acquire(Group::Light));
        QCOMPARE(time.nowMs, at);
        QVERIFY(!limiter.acquire(Group::Heavy));
        QVERIFY(time.nowMs - at >= 60'000);
        QVERIFY(time.nowMs - at < 61'000);
    }

    void penaltyWithoutRetryAfterIsSixtySeconds()
    {
        FakeTime time;
        RateLimiter limiter(time.source());
        limiter.penalize(Group::Medium, -1);
        QVERIFY(limiter.waitMs(Group::Medium) >= 60'000);
    }

    void adaptsToHeaders()
    {
        FakeTime time;
        RateLimiter limiter(time.source());
        limiter.observe(Group::Light, {{"x-rate-limit-limit", "20"},
                                       {"X-Rate-Limit-Window", "30"},
                                       {"X-Rate-Limit-Remaining", "19"}});
        QCOMPARE(limiter.limit(Group::Light), 20);
        QCOMPARE(limiter.windowSeconds(Group::Light), 30);
        QCOMPARE(limiter.intervalMs(Group::Light), 1530);
        QCOMPARE(limiter.limit(Group::Medium), 40);
    }

    void remainingZeroFromOthersWaitsAWindow()
    {
        // Another app of the same user used the window up: our history cannot say when it
        // frees up, so the next request waits a whole window.
        FakeTime time;
        RateLimiter limiter(time.source());
        QVERIFY(!limiter.acquire(Group::Heavy));
        limiter.observe(Group::Heavy, {{"X-Rate-Limit-Remaining", "0"}});
        QVERIFY(limiter.waitMs(Group::Heavy) >= 60'000);
    }

    void cancelWhileWaiting()
    {
        FakeTime time;
        RateLimiter limiter(time.source());
        limiter.penalize(Group::Heavy, 60);
        CancelToken cancel;
        cancel.cancel();
        QCOMPARE(limiter.acquire(Group::Heavy, cancel).kind(), Error::Kind::Cancelled);
        QCOMPARE(limiter.requestsSent(Group::Heavy), 0);
    }

    void processesOfAProfileSharePace_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared") << true;
        // The control: each process on its own sends what the other already sent.
        QTest::newRow("not shared") << false;
    }

    void processesOfAProfileSharePace()
    {
        // The window and two `run-once` one after another, taking turns.
        QFETCH(bool, shared);
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        World world;
        Process window(&world, path, -40'000'000, shared);
        Process runOnce(&world, path, 7'000, shared);
        SlidingWindowServer server{10, 60'000, {}};
        const qint64 start = world.wallMs;
        for (int i = 0; i < 40; ++i) {
            RateLimiter &limiter = (i % 4 < 2 ? window : runOnce).limiter;
            QVERIFY(!limiter.acquire(Group::Heavy));
            limiter.observe(Group::Heavy, server.hit(world.wallMs + 15));
            world.wallMs += 30;
        }
        if (!shared) {
            QVERIFY(server.refused > 0);
            return;
        }
        QCOMPARE(server.refused, 0);
        const double achieved = 40 / (double(world.wallMs - start) / 60'000.0) / 10;
        QVERIFY2(achieved >= 0.9, qPrintable(QString::number(achieved)));
    }

    void aJitteryClockKeepsThePace()
    {
        // A send time this process stored comes back as the same time, whatever the clocks'
        // readings: else each request would count twice, and a full window (Remaining: 0)
        // would wait for a request long gone.
        const QTemporaryDir dir;
        World world;
        world.jitter = true;
        Process process(&world, dir.filePath(QStringLiteral("archive.sqlite")), 3'000);
        SlidingWindowServer server{10, 10'000, {}};
        process.limiter.setLimit(Group::Heavy, 10, 10);
        qint64 last = world.wallMs, largestGap = 0;
        for (int i = 0; i < 60; ++i) {
            QVERIFY(!process.limiter.acquire(Group::Heavy));
            largestGap = std::max(largestGap, world.wallMs - last);
            last = world.wallMs;
            process.limiter.observe(Group::Heavy, server.hit(world.wallMs + 5));
            world.wallMs += 10;
        }
        QCOMPARE(server.refused, 0);
        QVERIFY2(largestGap <= process.limiter.intervalMs(Group::Heavy),
                 qPrintable(QString::number(largestGap)));
    }

    void aNewProcessKnowsWhatTheLastOneSpent()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        World world;
        SlidingWindowServer server{10, 60'000, {}};
        qint64 last = 0;
        {
            Process first(&world, path, 123'456);
            for (int i = 0; i < 10; ++i) {
                QVERIFY(!first.limiter.acquire(Group::Heavy));
                first.limiter.observe(Group::Heavy, server.hit(world.wallMs));
                last = world.wallMs;
            }
        }
        Process second(&world, path, 99);
        QVERIFY(!second.limiter.acquire(Group::Heavy));
        QVERIFY(world.wallMs - last >= second.limiter.intervalMs(Group::Heavy));
        second.limiter.observe(Group::Heavy, server.hit(world.wallMs));
        QCOMPARE(server.refused, 0);
        RatePace pace;
        QVERIFY(!RateStore(&second.db).read(QStringLiteral("Heavy"), &pace));
        QCOMPARE(pace.recent.size(), 10);
        QCOMPARE(pace.recent.last(), world.wallMs);
    }

    void aPenaltyHoldsForEveryProcess()
    {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        World world;
        Process first(&world, path, 0);
        Process second(&world, path, 5'000'000);
        first.limiter.penalize(Group::Heavy, 60);
        const qint64 at = world.wallMs;
        QVERIFY(!second.limiter.acquire(Group::Light));
        QCOMPARE(world.wallMs, at); // another group is not held
        QVERIFY(!second.limiter.acquire(Group::Heavy));
        QVERIFY(world.wallMs - at >= 60'000);
    }

    void aClockSetBackDoesNotHoldThePace()
    {
        // What a process stored before the wall clock went back an hour says nothing any more.
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        World world;
        {
            Process first(&world, path, 0);
            first.limiter.penalize(Group::Heavy, 60);
            QVERIFY(!first.limiter.acquire(Group::Heavy));
        }
        world.wallMs -= 3'600'000;
        Process second(&world, path, 0);
        const qint64 at = world.wallMs;
        QVERIFY(!second.limiter.acquire(Group::Heavy));
        QCOMPARE(world.wallMs, at);
    }

    void aFailingDatabaseLeavesThePaceToTheProcess()
    {
        const QTemporaryDir dir;
        World world;
        Process process(&world, dir.filePath(QStringLiteral("archive.sqlite")), 0);
        process.db.failNthWrite(1);
        const qint64 start = world.wallMs;
        QVERIFY(!process.limiter.acquire(Group::Heavy));
        QCOMPARE(world.wallMs, start);
        QVERIFY(!process.limiter.acquire(Group::Heavy)); // shared again
        QCOMPARE(world.wallMs - start, process.limiter.intervalMs(Group::Heavy));
        QCOMPARE(process.limiter.requestsSent(Group::Heavy), 2);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

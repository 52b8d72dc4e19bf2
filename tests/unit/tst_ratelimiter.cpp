// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RateLimiter under a fake time source: even pacing just below the limit as a sliding-window
// server counts it, penalties after a 429, and adaptation to the X-Rate-Limit-* headers.
#include "ringcentral/ratelimiter.h"

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
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Scheduler: wakes the engine at the planned time and not before, and notices a wall clock
// that jumped (sleep, clock set). check() is driven by hand with a ManualClock, and a few
// cases let the real timer fire.
#include "common/clock.h"
#include "engine/scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace rca;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakesAtScheduledTimeOnce();
    void noWakeBeforeTime();
    void forwardJumpIsReportedThenWakes();
    void backwardJumpIsReported();
    void normalTicksAreNoJump();
    void timerFiresAtScheduledTime();
    void timerChecksEveryInterval();
    void stopSilencesTimer();
};

void TestScheduler::wakesAtScheduledTimeOnce()
{
    ManualClock clock(utc("2026-06-15T11:29:00Z"));
    Scheduler scheduler(&clock);
    scheduler.start();
    QVERIFY(scheduler.isRunning());
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    QSignalSpy jumps(&scheduler, &Scheduler::clockJumped);
    scheduler.scheduleAt(utc("2026-06-15T11:30:00Z"));
    QCOMPARE(scheduler.scheduledAt(), utc("2026-06-15T11:30:00Z"));

    clock.advanceSeconds(59);
    scheduler.check();
    QCOMPARE(wakes.size(), 0);
    clock.advanceSeconds(1);
    scheduler.check();
    QCOMPARE(wakes.size(), 1);
    QVERIFY(!scheduler.scheduledAt().isValid());

    clock.advanceSeconds(60);
    scheduler.check();
    clock.advanceSeconds(60);
    scheduler.check();
    QCOMPARE(wakes.size(), 1); // once per scheduled time
    QCOMPARE(jumps.size(), 0);
}

void TestScheduler::noWakeBeforeTime()
{
    ManualClock clock(utc("2026-06-15T11:00:00Z"));
    Scheduler scheduler(&clock);
    scheduler.start();
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    QSignalSpy jumps(&scheduler, &Scheduler::clockJumped);
    scheduler.scheduleAt(utc("2026-06-15T11:30:00Z"));
    for (int minute = 1; minute < 30; ++minute) { // the minute checks while awake
        clock.advanceSeconds(60);
        scheduler.check();
    }
    QCOMPARE(wakes.size(), 0);
    QCOMPARE(jumps.size(), 0);
    clock.advanceSeconds(60);
    scheduler.check();
    QCOMPARE(wakes.size(), 1);

    // Only the minute check: nothing to wake for.
    scheduler.scheduleAt(QDateTime());
    clock.advanceSeconds(60);
    scheduler.check();
    QCOMPARE(wakes.size(), 1);
}

void TestScheduler::forwardJumpIsReportedThenWakes()
{
    ManualClock clock(utc("2026-06-15T11:00:00Z"));
    Scheduler scheduler(&clock);
    scheduler.start();
    scheduler.scheduleAt(utc("2026-06-15T20:00:00Z"));
    QStringList order;
    qint64 jumpedBy = 0;
    connect(&scheduler, &Scheduler::clockJumped, this, [&](qint64 seconds) {
        order << QStringLiteral("jump");
        jumpedBy = seconds;
    });
    connect(&scheduler, &Scheduler::wakeUp, this, [&] { order << QStringLiteral("wake"); });

    clock.advanceSeconds(5 * 3600); // resumed from 5 h of sleep; monotonic time stood still
    scheduler.check();
    QCOMPARE(order, QStringList({QStringLiteral("jump"), QStringLiteral("wake")}));
    QVERIFY(qAbs(jumpedBy - 5 * 3600) <= 1);
    // The planned time has not come: it stays planned.
    QCOMPARE(scheduler.scheduledAt(), utc("2026-06-15T20:00:00Z"));

    // The next check measures from the jump, not from the start.
    clock.advanceSeconds(30);
    scheduler.check();
    QCOMPARE(order.size(), 2);
}

void TestScheduler::backwardJumpIsReported()
{
    ManualClock clock(utc("2026-06-15T11:00:00Z"));
    Scheduler scheduler(&clock);
    scheduler.start();
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    QSignalSpy jumps(&scheduler, &Scheduler::clockJumped);
    clock.advanceSeconds(-3600); // the clock was set back an hour
    scheduler.check();
    QCOMPARE(jumps.size(), 1);
    QVERIFY(qAbs(jumps.at(0).at(0).toLongLong() + 3600) <= 1);
    QCOMPARE(wakes.size(), 1);
}

void TestScheduler::normalTicksAreNoJump()
{
    ManualClock clock(utc("2026-06-15T11:00:00Z"));
    Scheduler scheduler(&clock);
    scheduler.start();
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    QSignalSpy jumps(&scheduler, &Scheduler::clockJumped);
    clock.advanceSeconds(85); // within the tolerance of a late timer
    scheduler.check();
    clock.advanceSeconds(-60); // NTP-sized corrections
    scheduler.check();
    QCOMPARE(jumps.size(), 0);
    QCOMPARE(wakes.size(), 0);
}

void TestScheduler::timerFiresAtScheduledTime()
{
    // The real clock: the timer must be armed for the planned time, not the next minute.
    SystemClock clock;
    Scheduler scheduler(&clock);
    scheduler.start();
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    QSignalSpy jumps(&scheduler, &Scheduler::clockJumped);
    scheduler.scheduleAt(clock.now().addMSecs(400));
    QTest::qWait(50);
    QCOMPARE(wakes.size(), 0);
    QVERIFY(wakes.wait(5000));
    QCOMPARE(wakes.size(), 1);
    QCOMPARE(jumps.size(), 0);
}

void TestScheduler::timerChecksEveryInterval()
{
    // With the manual clock the time only comes when the test moves it; the interval check
    // must notice.
    ManualClock clock(utc("2026-06-15T11:29:30Z"));
    Scheduler scheduler(&clock);
    scheduler.setCheckInterval(20);
    scheduler.start();
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    scheduler.scheduleAt(utc("2026-06-15T11:30:00Z"));
    QTest::qWait(150);
    QCOMPARE(wakes.size(), 0);
    clock.advanceSeconds(30);
    QVERIFY(wakes.wait(2000));
    QCOMPARE(wakes.size(), 1);
}

void TestScheduler::stopSilencesTimer()
{
    ManualClock clock(utc("2026-06-15T11:29:30Z"));
    Scheduler scheduler(&clock);
    scheduler.setCheckInterval(10);
    scheduler.start();
    QSignalSpy wakes(&scheduler, &Scheduler::wakeUp);
    scheduler.scheduleAt(utc("2026-06-15T11:30:00Z"));
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
    clock.advanceSeconds(60);
    QTest::qWait(100);
    QCOMPARE(wakes.size(), 0);

    scheduler.start();
    QVERIFY(wakes.wait(2000)); // the planned time was kept
    QCOMPARE(wakes.size(), 1);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"

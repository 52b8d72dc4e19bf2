// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SchedulePlanner walked with a ManualClock through days, DST changes, sleeps, long gaps,
// failures and retention: every window is handed out once, and the windows tile.
#include "common/clock.h"
#include "engine/scheduleplanner.h"

#include <QSet>
#include <QTest>

using namespace rca;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

QDateTime local(const QTimeZone &zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone);
}

const QTimeZone &berlin()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    return zone;
}

struct Ran
{
    PlannedJob job;
    QDateTime at;
};

// Runs every job that is due at `now`, each succeeding, as the engine does on one tick.
QList<Ran> drain(const SchedulePlanner &planner, ScheduleState &state, const QDateTime &now)
{
    QList<Ran> ran;
    for (int guard = 0; guard < 10000; ++guard) {
        const std::optional<PlannedJob> job = planner.due(state, now);
        if (!job)
            return ran;
        ran << Ran{*job, now};
        state = planner.afterSuccess(state, job->window);
    }
    qFatal("the planner never ran dry");
}

// Ticks every stepSeconds from the clock's time until `until`.
QList<Ran> walk(const SchedulePlanner &planner, ManualClock &clock, ScheduleState &state,
                const QDateTime &until, qint64 stepSeconds)
{
    QList<Ran> ran;
    while (true) {
        ran << drain(planner, state, clock.now());
        if (clock.now() >= until)
            return ran;
        clock.advanceSeconds(stepSeconds);
    }
}

// The engine's way: sleep until the planner's next wake-up.
QList<Ran> walkByWakeUps(const SchedulePlanner &planner, ManualClock &clock, ScheduleState &state,
                         const QDateTime &until)
{
    QList<Ran> ran;
    while (true) {
        ran << drain(planner, state, clock.now());
        const QDateTime wake = planner.nextWakeUp(state, clock.now());
        if (!wake.isValid() || wake > until)
            return ran;
        if (wake <= clock.now())
            qFatal("nextWakeUp does not move on");
        clock.setNow(wake);
    }
}

// Each window starts where the previous one ended; none is empty or handed out twice.
bool tiles(const QList<Ran> &ran)
{
    QSet<qint64> starts;
    for (qsizetype i = 0; i < ran.size(); ++i) {
        const TimeWindow &w = ran.at(i).job.window;
        if (!w.isValid()) {
            qWarning() << "invalid window" << w.toString();
            return false;
        }
        if (i > 0 && ran.at(i - 1).job.window.to != w.from) {
            qWarning() << "gap or overlap:" << ran.at(i - 1).job.window.toString() << "then"
                       << w.toString();
            return false;
        }
        if (starts.contains(w.from.toSecsSinceEpoch())) {
            qWarning() << "twice:" << w.toString();
            return false;
        }
        starts.insert(w.from.toSecsSinceEpoch());
    }
    return true;
}

qint64 span(const QList<Ran> &ran)
{
    return ran.first().job.window.from.secsTo(ran.last().job.window.to);
}

bool isWindowBoundary(const SlotCalendar &calendar, const QDateTime &t)
{
    const QDateTime slot = SlotCalendar::slotForWindowEnd(t);
    return calendar.slotAtOrBefore(slot) == slot;
}

} // namespace

class TestSchedulePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobAt1330Archives1130To1200();
    void enabledExactlyAtSlot();
    void invalidWatermarkPlansNothing();
    void walkSeveralDays();
    void walkAroundTransitions_data();
    void walkAroundTransitions();
    void sleepFiveHoursGivesOneCatchUp();
    void longGapIsCappedAndTiles();
    void failureBackoffThenManualRetry();
    void retentionExpiresOldWindowsOnce();
    void recentWatermarkIsNotExpired();
    void timeZoneChangeKeepsTiling();
};

void TestSchedulePlanner::jobAt1330Archives1130To1200()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar);
    const QDateTime enabled = local(berlin(), 2026, 6, 15, 13, 10);
    ScheduleState state = planner.initialState(enabled);
    QCOMPARE(state.watermark, local(berlin(), 2026, 6, 15, 11, 30));
    QCOMPARE(state.failedAttempts, 0);
    QVERIFY(!planner.due(state, enabled));
    QCOMPARE(planner.nextWakeUp(state, enabled), local(berlin(), 2026, 6, 15, 13, 30));
    QVERIFY(!planner.due(state, local(berlin(), 2026, 6, 15, 13, 29)));

    const std::optional<PlannedJob> job = planner.due(state, local(berlin(), 2026, 6, 15, 13, 30));
    QVERIFY(job);
    QCOMPARE(job->kind, PlannedJob::Kind::Regular);
    QCOMPARE(job->window,
             TimeWindow(local(berlin(), 2026, 6, 15, 11, 30), local(berlin(), 2026, 6, 15, 12, 0)));

    state = planner.afterSuccess(state, job->window);
    QCOMPARE(state.watermark, local(berlin(), 2026, 6, 15, 12, 0));
    QVERIFY(!planner.due(state, local(berlin(), 2026, 6, 15, 13, 59)));
    QCOMPARE(planner.nextWakeUp(state, local(berlin(), 2026, 6, 15, 13, 31)),
             local(berlin(), 2026, 6, 15, 14, 0));
    const std::optional<PlannedJob> next = planner.due(state, local(berlin(), 2026, 6, 15, 14, 0));
    QVERIFY(next);
    QCOMPARE(next->window,
             TimeWindow(local(berlin(), 2026, 6, 15, 12, 0), local(berlin(), 2026, 6, 15, 12, 30)));
}

void TestSchedulePlanner::enabledExactlyAtSlot()
{
    const SchedulePlanner planner{SlotCalendar(berlin())};
    const QDateTime enabled = local(berlin(), 2026, 6, 15, 13, 30);
    ScheduleState state = planner.initialState(enabled);
    QCOMPARE(state.watermark, local(berlin(), 2026, 6, 15, 12, 0)); // the 14:00 job's window
    QVERIFY(!planner.due(state, enabled));
    const std::optional<PlannedJob> job = planner.due(state, local(berlin(), 2026, 6, 15, 14, 0));
    QVERIFY(job);
    QCOMPARE(job->window.from, local(berlin(), 2026, 6, 15, 12, 0));
}

void TestSchedulePlanner::invalidWatermarkPlansNothing()
{
    const SchedulePlanner planner{SlotCalendar(berlin())};
    const ScheduleState state;
    QVERIFY(!planner.due(state, utc("2026-06-15T12:00:00Z")));
    QVERIFY(!planner.nextWakeUp(state, utc("2026-06-15T12:00:00Z")).isValid());
}

void TestSchedulePlanner::walkSeveralDays()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar);
    ManualClock clock(utc("2026-06-10T00:07:00Z"));
    ScheduleState state = planner.initialState(clock.now());
    const QList<Ran> ran = walk(planner, clock, state, utc("2026-06-15T00:07:00Z"), 1800);

    QCOMPARE(ran.size(), 5 * 48);
    QVERIFY(tiles(ran));
    QCOMPARE(span(ran), qint64(ran.size()) * 1800);
    for (const Ran &r : ran) {
        QCOMPARE(r.job.kind, PlannedJob::Kind::Regular);
        QCOMPARE(r.job.window.seconds(), qint64(1800));
        // Handed out at the first tick after its slot.
        QCOMPARE(r.job.window, SlotCalendar::windowForSlot(calendar.slotAtOrBefore(r.at)));
    }
}

void TestSchedulePlanner::walkAroundTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("center");
    QTest::addColumn<bool>("evenGrid"); // slots 30 min apart in absolute time throughout

    QTest::newRow("Berlin spring forward")
        << QByteArrayLiteral("Europe/Berlin") << utc("2026-03-29T01:00:00Z") << true;
    QTest::newRow("Berlin fall back")
        << QByteArrayLiteral("Europe/Berlin") << utc("2026-10-25T01:00:00Z") << true;
    QTest::newRow("New York spring forward")
        << QByteArrayLiteral("America/New_York") << utc("2026-03-08T07:00:00Z") << true;
    QTest::newRow("New York fall back")
        << QByteArrayLiteral("America/New_York") << utc("2026-11-01T06:00:00Z") << true;
    QTest::newRow("Lord Howe spring forward")
        << QByteArrayLiteral("Australia/Lord_Howe") << utc("2026-10-03T15:30:00Z") << true;
    QTest::newRow("Lord Howe fall back")
        << QByteArrayLiteral("Australia/Lord_Howe") << utc("2026-04-04T15:00:00Z") << true;
    QTest::newRow("Kathmandu") << QByteArrayLiteral("Asia/Kathmandu") << utc("2026-06-01T00:00:00Z")
                               << true;
    QTest::newRow("Kolkata") << QByteArrayLiteral("Asia/Kolkata") << utc("2026-06-01T00:00:00Z")
                             << true;
    QTest::newRow("Kathmandu +05:30 to +05:45")
        << QByteArrayLiteral("Asia/Kathmandu") << utc("1985-12-31T18:30:00Z") << false;
}

// A day of slots on each side of the change, ticking every 5 min and, separately, waking only
// when the planner asks: the same windows, tiling, one per slot.
void TestSchedulePlanner::walkAroundTransitions()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, center);
    QFETCH(bool, evenGrid);
    const QTimeZone tz(zone);
    if (!evenGrid && tz.offsetFromUtc(center.addSecs(-1)) == tz.offsetFromUtc(center))
        QSKIP("the zone data here has no history for this change");
    const SlotCalendar calendar(tz);
    const SchedulePlanner planner(calendar);
    const QDateTime start = center.addSecs(-24 * 3600 + 60);
    const QDateTime end = center.addSecs(24 * 3600);

    ManualClock clock(start);
    ScheduleState state = planner.initialState(start);
    const QList<Ran> ran = walk(planner, clock, state, end, 300);

    ManualClock wakeClock(start);
    ScheduleState wakeState = planner.initialState(start);
    const QList<Ran> woken = walkByWakeUps(planner, wakeClock, wakeState, end);

    // The slots, counted independently from Qt's own local time conversion.
    qsizetype slotCount = 0;
    for (QDateTime m = start; m <= end; m = m.addSecs(60)) {
        const QTime wall = m.toTimeZone(tz).time();
        slotCount += wall.minute() % 30 == 0 ? 1 : 0;
    }

    QCOMPARE(ran.size(), slotCount);
    QVERIFY(tiles(ran));
    QCOMPARE(ran.first().job.window.from, planner.initialState(start).watermark);
    QCOMPARE(ran.last().job.window.to,
             SlotCalendar::windowForSlot(calendar.slotAtOrBefore(end)).to);
    for (const Ran &r : ran) {
        QCOMPARE(r.job.kind, PlannedJob::Kind::Regular);
        QVERIFY(r.at.secsTo(calendar.slotAtOrBefore(r.at)) > -300); // on the first tick
        QCOMPARE(r.job.window.to, SlotCalendar::windowForSlot(calendar.slotAtOrBefore(r.at)).to);
        if (evenGrid)
            QCOMPARE(r.job.window.seconds(), qint64(1800));
    }
    if (evenGrid)
        QCOMPARE(span(ran), qint64(ran.size()) * 1800);

    QCOMPARE(woken.size(), ran.size());
    for (qsizetype i = 0; i < ran.size(); ++i) {
        QCOMPARE(woken.at(i).job.window, ran.at(i).job.window);
        QCOMPARE(woken.at(i).at, calendar.slotAtOrBefore(woken.at(i).at)); // woken at the slot
    }
}

void TestSchedulePlanner::sleepFiveHoursGivesOneCatchUp()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar);
    ManualClock clock(local(berlin(), 2026, 6, 15, 10, 5));
    ScheduleState state = planner.initialState(clock.now());
    QCOMPARE(walk(planner, clock, state, local(berlin(), 2026, 6, 15, 12, 5), 1800).size(), 4);
    const QDateTime watermark = state.watermark;
    QCOMPARE(watermark, local(berlin(), 2026, 6, 15, 10, 30)); // the 12:00 job's window end

    clock.advanceSeconds(5 * 3600); // asleep until 17:05
    const std::optional<PlannedJob> catchUp = planner.due(state, clock.now());
    QVERIFY(catchUp);
    QCOMPARE(catchUp->kind, PlannedJob::Kind::CatchUp);
    QCOMPARE(catchUp->window.from, watermark);
    QCOMPARE(catchUp->window.to, local(berlin(), 2026, 6, 15, 15, 30)); // the 17:00 job's end
    QCOMPARE(catchUp->window.seconds(), qint64(10 * 1800));
    state = planner.afterSuccess(state, catchUp->window);
    QVERIFY(!planner.due(state, clock.now()));
    QCOMPARE(planner.nextWakeUp(state, clock.now()), local(berlin(), 2026, 6, 15, 17, 30));

    clock.advanceSeconds(25 * 60);
    const std::optional<PlannedJob> regular = planner.due(state, clock.now());
    QVERIFY(regular);
    QCOMPARE(regular->kind, PlannedJob::Kind::Regular);
    QCOMPARE(regular->window,
             TimeWindow(local(berlin(), 2026, 6, 15, 15, 30), local(berlin(), 2026, 6, 15, 16, 0)));
}

// Off for four days across the autumn change: 24 h catch-up jobs, then the rest, then regular.
void TestSchedulePlanner::longGapIsCappedAndTiles()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar, 24);
    ManualClock clock(local(berlin(), 2026, 10, 22, 11, 45));
    ScheduleState state = planner.initialState(clock.now());
    walk(planner, clock, state, local(berlin(), 2026, 10, 22, 12, 15), 1800);
    const QDateTime watermark = state.watermark;
    QCOMPARE(watermark, local(berlin(), 2026, 10, 22, 10, 30));

    clock.setNow(local(berlin(), 2026, 10, 26, 9, 10));
    const QList<Ran> ran = drain(planner, state, clock.now());
    const QDateTime end = local(berlin(), 2026, 10, 26, 7, 30); // the 09:00 job's window end
    QCOMPARE(ran.size(), 4);
    QVERIFY(tiles(ran));
    QCOMPARE(ran.first().job.window.from, watermark);
    QCOMPARE(ran.last().job.window.to, end);
    QCOMPARE(span(ran), watermark.secsTo(end));
    for (qsizetype i = 0; i < ran.size(); ++i) {
        const TimeWindow &w = ran.at(i).job.window;
        QCOMPARE(ran.at(i).job.kind, PlannedJob::Kind::CatchUp);
        QVERIFY(w.seconds() <= 24 * 3600);
        if (i + 1 < ran.size())
            QCOMPARE(w.seconds(), qint64(24 * 3600));
        QVERIFY(isWindowBoundary(calendar, w.to));
    }
    QCOMPARE(state.watermark, end);

    clock.advanceSeconds(20 * 60);
    const std::optional<PlannedJob> regular = planner.due(state, clock.now());
    QVERIFY(regular);
    QCOMPARE(regular->kind, PlannedJob::Kind::Regular);
    QCOMPARE(regular->window.seconds(), qint64(1800));
}

void TestSchedulePlanner::failureBackoffThenManualRetry()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar);
    ManualClock clock(local(berlin(), 2026, 6, 15, 13, 30));
    ScheduleState state = planner.initialState(local(berlin(), 2026, 6, 15, 13, 10));
    const QDateTime watermark = state.watermark;
    std::optional<PlannedJob> job = planner.due(state, clock.now());
    QVERIFY(job);

    const QList<qint64> expected{300, 1200, 3600, 10800, 86400};
    QCOMPARE(planner.retryDelaysSeconds().size(), expected.size());
    for (int attempt = 0; attempt < int(expected.size()); ++attempt) {
        state = planner.afterFailure(state, clock.now());
        QCOMPARE(state.failedAttempts, attempt + 1);
        QCOMPARE(state.watermark, watermark);
        QVERIFY(!planner.waitingForManualRetry(state));
        const QDateTime retryAt = clock.now().addSecs(expected.at(attempt));
        QCOMPARE(state.nextRetry, retryAt);
        QCOMPARE(planner.nextWakeUp(state, clock.now()), retryAt);
        QVERIFY(!planner.due(state, retryAt.addSecs(-1)));

        clock.setNow(retryAt);
        job = planner.due(state, clock.now());
        QVERIFY(job);
        QCOMPARE(job->kind, PlannedJob::Kind::Retry);
        QCOMPARE(job->window.from, watermark); // the failed window stays open
        QCOMPARE(job->window.to,
                 std::min(SlotCalendar::windowForSlot(calendar.slotAtOrBefore(clock.now())).to,
                          watermark.addSecs(24 * 3600)));
    }

    // The fifth automatic retry fails too: now only a person can start it again.
    state = planner.afterFailure(state, clock.now());
    QCOMPARE(state.failedAttempts, 6);
    QVERIFY(planner.waitingForManualRetry(state));
    QVERIFY(!planner.due(state, clock.now()));
    QVERIFY(!planner.due(state, clock.now().addDays(3)));
    QVERIFY(!planner.nextWakeUp(state, clock.now()).isValid());

    clock.advanceSeconds(2 * 3600);
    state = planner.afterManualRetry(state, clock.now());
    QCOMPARE(state.failedAttempts, 6);
    QVERIFY(!planner.waitingForManualRetry(state));
    QCOMPARE(planner.nextWakeUp(state, clock.now()), clock.now());
    job = planner.due(state, clock.now());
    QVERIFY(job);
    QCOMPARE(job->kind, PlannedJob::Kind::Retry);
    QCOMPARE(job->window.from, watermark);
    QCOMPARE(job->window.seconds(), qint64(24 * 3600)); // capped; more than a day is due

    // A manual retry that fails waits for the next manual retry.
    state = planner.afterFailure(state, clock.now());
    QVERIFY(planner.waitingForManualRetry(state));
    QVERIFY(!planner.due(state, clock.now().addSecs(3600)));

    clock.advanceSeconds(600);
    state = planner.afterManualRetry(state, clock.now());
    job = planner.due(state, clock.now());
    QVERIFY(job);
    state = planner.afterSuccess(state, job->window);
    QCOMPARE(state.failedAttempts, 0);
    QVERIFY(!state.nextRetry.isValid());
    QCOMPARE(state.watermark, job->window.to);

    QList<Ran> ran{Ran{*job, clock.now()}};
    ran << drain(planner, state, clock.now());
    QVERIFY(ran.size() > 1);
    QVERIFY(tiles(ran));
    QCOMPARE(ran.first().job.window.from, watermark);
    QCOMPARE(state.watermark, SlotCalendar::windowForSlot(calendar.slotAtOrBefore(clock.now())).to);
    clock.setNow(planner.nextWakeUp(state, clock.now()));
    job = planner.due(state, clock.now());
    QVERIFY(job);
    QCOMPARE(job->kind, PlannedJob::Kind::Regular);
}

void TestSchedulePlanner::retentionExpiresOldWindowsOnce()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar, 24, 90);
    ManualClock clock(local(berlin(), 2026, 6, 15, 12, 0));
    ScheduleState state;
    state.watermark =
        SlotCalendar::windowForSlot(calendar.slotAtOrBefore(clock.now().addDays(-100))).to;
    const QDateTime oldWatermark = state.watermark;
    const QDateTime retentionStart = clock.now().addSecs(-90 * 86400);

    const std::optional<PlannedJob> expired = planner.due(state, clock.now());
    QVERIFY(expired);
    QCOMPARE(expired->kind, PlannedJob::Kind::Expired);
    QCOMPARE(expired->window.from, oldWatermark);
    const QDateTime cutoff = expired->window.to;
    QVERIFY(cutoff >= retentionStart);
    QVERIFY(cutoff.addSecs(-1800) < retentionStart);
    QVERIFY(isWindowBoundary(calendar, cutoff));
    state = planner.afterSuccess(state, expired->window);
    QCOMPARE(state.watermark, cutoff);

    QList<Ran> ran{Ran{*expired, clock.now()}};
    ran << drain(planner, state, clock.now());
    QVERIFY(tiles(ran));
    QCOMPARE(ran.size(), 1 + 90);
    for (qsizetype i = 1; i < ran.size(); ++i) {
        QCOMPARE(ran.at(i).job.kind, PlannedJob::Kind::CatchUp);
        QVERIFY(ran.at(i).job.window.seconds() <= 24 * 3600);
    }
    QCOMPARE(state.watermark, local(berlin(), 2026, 6, 15, 10, 30));

    const QList<Ran> later = walk(planner, clock, state, clock.now().addDays(1), 1800);
    QCOMPARE(later.size(), 48);
    for (const Ran &r : later)
        QCOMPARE(r.job.kind, PlannedJob::Kind::Regular);
}

void TestSchedulePlanner::recentWatermarkIsNotExpired()
{
    const SlotCalendar calendar(berlin());
    const SchedulePlanner planner(calendar, 24, 90);
    const QDateTime now = local(berlin(), 2026, 6, 15, 12, 0);
    ScheduleState state;
    state.watermark = SlotCalendar::windowForSlot(calendar.slotAtOrBefore(now.addDays(-89))).to;
    const std::optional<PlannedJob> job = planner.due(state, now);
    QVERIFY(job);
    QCOMPARE(job->kind, PlannedJob::Kind::CatchUp);
    QCOMPARE(job->window.from, state.watermark);
}

// The user moves from Berlin to Kathmandu: the grid moves by 15 min, the windows still tile.
void TestSchedulePlanner::timeZoneChangeKeepsTiling()
{
    const SchedulePlanner inBerlin{SlotCalendar(berlin())};
    const SlotCalendar nepal(QTimeZone(QByteArrayLiteral("Asia/Kathmandu")));
    const SchedulePlanner inKathmandu(nepal);
    ManualClock clock(utc("2026-06-15T00:05:00Z"));
    ScheduleState state = inBerlin.initialState(clock.now());
    QList<Ran> ran = walk(inBerlin, clock, state, utc("2026-06-16T00:05:00Z"), 300);
    const qsizetype before = ran.size();
    ran << walk(inKathmandu, clock, state, utc("2026-06-17T00:05:00Z"), 300);
    QVERIFY(tiles(ran));
    QCOMPARE(ran.size(), before + 48);
    QCOMPARE(ran.at(before).job.window.seconds(), qint64(15 * 60));
    QVERIFY(isWindowBoundary(nepal, ran.last().job.window.to));
}

QTEST_GUILESS_MAIN(TestSchedulePlanner)
#include "tst_scheduleplanner.moc"

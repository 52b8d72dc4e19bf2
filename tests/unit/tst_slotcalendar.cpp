// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SlotCalendar: the half-hour grid of local wall-clock time, checked in UTC, across DST in
// both directions and in zones with :30 and :45 offsets.
#include "engine/slotcalendar.h"

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

// Independent of SlotCalendar's arithmetic: Qt's own conversion says whether the local wall
// time at this instant is :00 or :30.
bool isGridInstant(const QTimeZone &zone, const QDateTime &t)
{
    const QTime wall = t.toTimeZone(zone).time();
    return wall.second() == 0 && wall.msec() == 0 && wall.minute() % 30 == 0;
}

QList<QDateTime> slotsBetween(const SlotCalendar &calendar, const QDateTime &from,
                              const QDateTime &to)
{
    QList<QDateTime> found;
    QDateTime s = calendar.slotAtOrBefore(from);
    if (s < from)
        s = calendar.slotAfter(s);
    for (; s < to; s = calendar.slotAfter(s))
        found << s;
    return found;
}

} // namespace

class TestSlotCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utcGrid();
    void exampleWindow();
    void quarterAndHalfHourOffsets();
    void matchesWallClock_data();
    void matchesWallClock();
    void transitionDays_data();
    void transitionDays();
    void kathmanduOffsetChange1986();
};

void TestSlotCalendar::utcGrid()
{
    const SlotCalendar calendar(QTimeZone(QByteArrayLiteral("UTC")));
    QCOMPARE(calendar.slotAtOrBefore(utc("2026-03-10T12:17:45Z")), utc("2026-03-10T12:00:00Z"));
    QCOMPARE(calendar.slotAtOrBefore(utc("2026-03-10T12:30:00Z")), utc("2026-03-10T12:30:00Z"));
    QCOMPARE(calendar.slotAtOrBefore(utc("2026-03-10T12:59:59.999Z")), utc("2026-03-10T12:30:00Z"));
    QCOMPARE(calendar.slotAfter(utc("2026-03-10T12:30:00Z")), utc("2026-03-10T13:00:00Z"));
    QCOMPARE(calendar.slotAfter(utc("2026-03-10T12:29:59.999Z")), utc("2026-03-10T12:30:00Z"));
    QCOMPARE(calendar.slotAfter(utc("2026-12-31T23:45:00Z")), utc("2027-01-01T00:00:00Z"));
    QCOMPARE(calendar.slotAtOrBefore(utc("2026-03-10T12:17:45Z")).timeSpec(), Qt::UTC);

    // A time given in another zone is the same instant.
    const QDateTime berlin = local(QTimeZone(QByteArrayLiteral("Europe/Berlin")), 2026, 3, 10, 13,
                                   17); // 12:17 UTC
    QCOMPARE(calendar.slotAtOrBefore(berlin), utc("2026-03-10T12:00:00Z"));
}

void TestSlotCalendar::exampleWindow()
{
    // The job at 13:30 archives 11:30–12:00.
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const SlotCalendar calendar(berlin);
    const QDateTime slot = calendar.slotAtOrBefore(local(berlin, 2026, 6, 15, 13, 44));
    QCOMPARE(slot, local(berlin, 2026, 6, 15, 13, 30));
    const TimeWindow window = SlotCalendar::windowForSlot(slot);
    QCOMPARE(window.from, local(berlin, 2026, 6, 15, 11, 30));
    QCOMPARE(window.to, local(berlin, 2026, 6, 15, 12, 0));
    QCOMPARE(window.from.toString(Qt::ISODate), QStringLiteral("2026-06-15T09:30:00Z"));
    QCOMPARE(window.to.toString(Qt::ISODate), QStringLiteral("2026-06-15T10:00:00Z"));
    QCOMPARE(SlotCalendar::slotForWindowEnd(window.to), slot);
}

void TestSlotCalendar::quarterAndHalfHourOffsets()
{
    const QTimeZone kathmandu(QByteArrayLiteral("Asia/Kathmandu")); // +05:45
    const SlotCalendar nepal(kathmandu);
    QCOMPARE(nepal.slotAtOrBefore(utc("2026-06-01T10:00:00Z")), utc("2026-06-01T09:45:00Z"));
    QCOMPARE(nepal.slotAfter(utc("2026-06-01T10:00:00Z")), utc("2026-06-01T10:15:00Z"));
    QCOMPARE(nepal.slotAfter(utc("2026-06-01T10:15:00Z")), utc("2026-06-01T10:45:00Z"));
    QCOMPARE(nepal.slotAtOrBefore(utc("2026-06-01T10:00:00Z")).toTimeZone(kathmandu).time(),
             QTime(15, 30));
    const TimeWindow window =
        SlotCalendar::windowForSlot(nepal.slotAtOrBefore(local(kathmandu, 2026, 6, 1, 13, 30)));
    QCOMPARE(window.from, utc("2026-06-01T05:45:00Z")); // 11:30 local
    QCOMPARE(window.to, utc("2026-06-01T06:15:00Z"));   // 12:00 local

    const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata")); // +05:30
    const SlotCalendar india(kolkata);
    QCOMPARE(india.slotAtOrBefore(utc("2026-06-01T10:10:00Z")), utc("2026-06-01T10:00:00Z"));
    QCOMPARE(india.slotAtOrBefore(utc("2026-06-01T10:10:00Z")).toTimeZone(kolkata).time(),
             QTime(15, 30));
    QCOMPARE(india.slotAfter(utc("2026-06-01T10:10:00Z")), utc("2026-06-01T10:30:00Z"));
}

void TestSlotCalendar::matchesWallClock_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("center");
    QTest::addColumn<bool>("transition"); // the offset changes at center

    QTest::newRow("UTC") << QByteArrayLiteral("UTC") << utc("2026-06-01T00:00:00Z") << false;
    QTest::newRow("Berlin spring forward")
        << QByteArrayLiteral("Europe/Berlin") << utc("2026-03-29T01:00:00Z") << true;
    QTest::newRow("Berlin fall back")
        << QByteArrayLiteral("Europe/Berlin") << utc("2026-10-25T01:00:00Z") << true;
    QTest::newRow("Berlin 2040 fall back (rule, not table)")
        << QByteArrayLiteral("Europe/Berlin") << utc("2040-10-28T01:00:00Z") << true;
    QTest::newRow("New York spring forward")
        << QByteArrayLiteral("America/New_York") << utc("2026-03-08T07:00:00Z") << true;
    QTest::newRow("New York fall back")
        << QByteArrayLiteral("America/New_York") << utc("2026-11-01T06:00:00Z") << true;
    QTest::newRow("Lord Howe spring forward 30 min")
        << QByteArrayLiteral("Australia/Lord_Howe") << utc("2026-10-03T15:30:00Z") << true;
    QTest::newRow("Lord Howe fall back 30 min")
        << QByteArrayLiteral("Australia/Lord_Howe") << utc("2026-04-04T15:00:00Z") << true;
    QTest::newRow("Adelaide +09:30 spring forward")
        << QByteArrayLiteral("Australia/Adelaide") << utc("2026-10-03T16:30:00Z") << true;
    QTest::newRow("Chatham +12:45 fall back")
        << QByteArrayLiteral("Pacific/Chatham") << utc("2026-04-04T14:00:00Z") << true;
    QTest::newRow("Kathmandu +05:45")
        << QByteArrayLiteral("Asia/Kathmandu") << utc("2026-06-01T00:00:00Z") << false;
    QTest::newRow("Kolkata +05:30")
        << QByteArrayLiteral("Asia/Kolkata") << utc("2026-06-01T00:00:00Z") << false;
    QTest::newRow("Kathmandu +05:30 to +05:45")
        << QByteArrayLiteral("Asia/Kathmandu") << utc("1985-12-31T18:30:00Z") << true;
}

// Minute by minute over 52 hours: an instant is a slot exactly when its local wall time is
// :00 or :30, and slotAtOrBefore/slotAfter name the nearest such instants.
void TestSlotCalendar::matchesWallClock()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, center);
    QFETCH(bool, transition);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    if (transition)
        QVERIFY(tz.offsetFromUtc(center.addSecs(-1)) != tz.offsetFromUtc(center));
    const SlotCalendar calendar(tz);

    const QDateTime start = center.addSecs(-26 * 3600);
    const QDateTime end = center.addSecs(26 * 3600);
    QList<QDateTime> expected;
    for (QDateTime m = start; m < end; m = m.addSecs(60)) {
        if (isGridInstant(tz, m))
            expected << m;
    }
    QVERIFY(expected.size() > 90);
    QCOMPARE(slotsBetween(calendar, start, end), expected);

    qsizetype i = 0; // expected[i - 1] <= m < expected[i]
    for (QDateTime m = expected.first(); m < expected.last(); m = m.addSecs(60)) {
        while (i < expected.size() && expected.at(i) <= m)
            ++i;
        const QDateTime inMinute = m.addMSecs(17'250);
        QCOMPARE(calendar.slotAtOrBefore(m), expected.at(i - 1));
        QCOMPARE(calendar.slotAtOrBefore(inMinute), expected.at(i - 1));
        QCOMPARE(calendar.slotAfter(m), expected.at(i));
        QCOMPARE(calendar.slotAfter(m.addMSecs(-1)), expected.at(i - 1) == m ? m : expected.at(i));
    }
}

void TestSlotCalendar::transitionDays_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<QTime>("missing");  // a local slot time that does not happen
    QTest::addColumn<QTime>("repeated"); // a local slot time that happens twice

    QTest::newRow("Berlin spring") << QByteArrayLiteral("Europe/Berlin") << QDate(2026, 3, 29) << 46
                                   << QTime(2, 30) << QTime();
    QTest::newRow("Berlin fall") << QByteArrayLiteral("Europe/Berlin") << QDate(2026, 10, 25) << 50
                                 << QTime() << QTime(2, 0);
    QTest::newRow("New York spring") << QByteArrayLiteral("America/New_York") << QDate(2026, 3, 8)
                                     << 46 << QTime(2, 0) << QTime();
    QTest::newRow("New York fall") << QByteArrayLiteral("America/New_York") << QDate(2026, 11, 1)
                                   << 50 << QTime() << QTime(1, 30);
    QTest::newRow("Lord Howe spring") << QByteArrayLiteral("Australia/Lord_Howe")
                                      << QDate(2026, 10, 4) << 47 << QTime(2, 0) << QTime();
    QTest::newRow("Lord Howe fall") << QByteArrayLiteral("Australia/Lord_Howe") << QDate(2026, 4, 5)
                                    << 49 << QTime() << QTime(1, 30);
}

// A whole local day around each change: the slots are 30 min apart in absolute time, the
// skipped local times are not slots and the repeated ones are two distinct slots.
void TestSlotCalendar::transitionDays()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(int, slotCount);
    QFETCH(QTime, missing);
    QFETCH(QTime, repeated);
    const QTimeZone tz(zone);
    const SlotCalendar calendar(tz);

    const QDateTime from(day, QTime(0, 0), tz);
    const QDateTime to(day.addDays(1), QTime(0, 0), tz);
    const QList<QDateTime> found = slotsBetween(calendar, from, to);
    QCOMPARE(found.size(), slotCount);
    QCOMPARE(qint64(found.size()) * 1800, from.secsTo(to));
    QCOMPARE(found.first(), from.toUTC());
    for (qsizetype i = 1; i < found.size(); ++i)
        QCOMPARE(found.at(i - 1).secsTo(found.at(i)), qint64(1800));

    QList<QTime> wallTimes;
    for (const QDateTime &s : found)
        wallTimes << s.toTimeZone(tz).time();
    for (const QTime &w : wallTimes)
        QVERIFY(w.minute() % 30 == 0 && w.second() == 0);
    if (missing.isValid())
        QCOMPARE(wallTimes.count(missing), 0);
    if (repeated.isValid()) {
        QCOMPARE(wallTimes.count(repeated), 2);
        const qsizetype first = wallTimes.indexOf(repeated);
        const qsizetype second = wallTimes.indexOf(repeated, first + 1);
        QVERIFY(found.at(first) < found.at(second));
    }
}

// Nepal moved from +05:30 to +05:45 at 1986-01-01 00:00 local: local 00:00 never happened,
// so the found jump from 23:30 (+05:30) to 00:30 (+05:45), 45 min of absolute time apart.
void TestSlotCalendar::kathmanduOffsetChange1986()
{
    const QTimeZone tz(QByteArrayLiteral("Asia/Kathmandu"));
    if (tz.offsetFromUtc(utc("1985-12-31T18:00:00Z")) != 19800)
        QSKIP("the zone data here has no history for Asia/Kathmandu");
    const SlotCalendar calendar(tz);
    QCOMPARE(calendar.slotAtOrBefore(utc("1985-12-31T18:40:00Z")), utc("1985-12-31T18:00:00Z"));
    QCOMPARE(calendar.slotAtOrBefore(utc("1985-12-31T18:30:00Z")), utc("1985-12-31T18:00:00Z"));
    QCOMPARE(calendar.slotAfter(utc("1985-12-31T18:00:00Z")), utc("1985-12-31T18:45:00Z"));
    QCOMPARE(calendar.slotAfter(utc("1985-12-31T18:29:00Z")), utc("1985-12-31T18:45:00Z"));
    QCOMPARE(calendar.slotAfter(utc("1985-12-31T18:45:00Z")), utc("1985-12-31T19:15:00Z"));
}

QTEST_GUILESS_MAIN(TestSlotCalendar)
#include "tst_slotcalendar.moc"

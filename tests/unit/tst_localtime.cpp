// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Local times for people: plain where a reading means one instant, with the zone where it means
// two (the hour repeated when the clocks go back) or where a range crosses a change of offset
// (the spring gap too). Explicit zones and UTC instants, so the machine's zone plays no part.
#include "common/localtime.h"

#include <QTest>

using namespace rca;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

LocalTimeFormat in(const QByteArray &zoneId)
{
    LocalTimeFormat format;
    format.zone = QTimeZone(zoneId);
    return format;
}

} // namespace

class TestLocalTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void repeatedHour_data();
    void repeatedHour();
    void rangesAcrossAChange_data();
    void rangesAcrossAChange();
    void zoneLabels_data();
    void zoneLabels();
    void isoTextCarriesTheOffset_data();
    void isoTextCarriesTheOffset();
    void patternAndLocale();
    void invalidTimes();
};

void TestLocalTime::initTestCase()
{
    if (!QTimeZone("America/New_York").isValid())
        QSKIP("No time zone database here (tzdata)");
}

// New York, 2026: on 03-08 at 07:00 UTC 02:00 EST becomes 03:00 EDT; on 11-01 at 06:00 UTC
// 02:00 EDT becomes 01:00 EST.
void TestLocalTime::repeatedHour_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("text");

    QTest::newRow("autumn, before the hour")
        << utc(2026, 11, 1, 4, 59) << QStringLiteral("2026-11-01 00:59");
    QTest::newRow("autumn, first 01:00")
        << utc(2026, 11, 1, 5, 0) << QStringLiteral("2026-11-01 01:00 EDT");
    QTest::newRow("autumn, first 01:59")
        << utc(2026, 11, 1, 5, 59) << QStringLiteral("2026-11-01 01:59 EDT");
    QTest::newRow("autumn, second 01:00")
        << utc(2026, 11, 1, 6, 0) << QStringLiteral("2026-11-01 01:00 EST");
    QTest::newRow("autumn, second 01:30")
        << utc(2026, 11, 1, 6, 30) << QStringLiteral("2026-11-01 01:30 EST");
    QTest::newRow("autumn, 02:00 once")
        << utc(2026, 11, 1, 7, 0) << QStringLiteral("2026-11-01 02:00");
    QTest::newRow("spring, before the gap")
        << utc(2026, 3, 8, 6, 59) << QStringLiteral("2026-03-08 01:59");
    QTest::newRow("spring, after the gap")
        << utc(2026, 3, 8, 7, 0) << QStringLiteral("2026-03-08 03:00");
    QTest::newRow("summer") << utc(2026, 7, 1, 16, 30) << QStringLiteral("2026-07-01 12:30");
    QTest::newRow("winter") << utc(2026, 11, 25, 16, 30) << QStringLiteral("2026-11-25 11:30");
}

void TestLocalTime::repeatedHour()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, text);
    const LocalTimeFormat format = in("America/New_York");
    QCOMPARE(localTimeText(instant, format), text);
    QCOMPARE(isRepeatedLocalTime(instant, format.zone), text.size() > 16);
}

void TestLocalTime::rangesAcrossAChange_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("text");

    const QByteArray newYork = "America/New_York";
    // The windows of the autumn night: four of them touch the repeated hour.
    QTest::newRow("first pass") << newYork << utc(2026, 11, 1, 5, 0) << utc(2026, 11, 1, 5, 30)
                                << QStringLiteral("2026-11-01 01:00 EDT – 2026-11-01 01:30 EDT");
    QTest::newRow("across the change")
        << newYork << utc(2026, 11, 1, 5, 30) << utc(2026, 11, 1, 6, 0)
        << QStringLiteral("2026-11-01 01:30 EDT – 2026-11-01 01:00 EST");
    QTest::newRow("second pass") << newYork << utc(2026, 11, 1, 6, 0) << utc(2026, 11, 1, 6, 30)
                                 << QStringLiteral("2026-11-01 01:00 EST – 2026-11-01 01:30 EST");
    QTest::newRow("leaving it") << newYork << utc(2026, 11, 1, 6, 30) << utc(2026, 11, 1, 7, 0)
                                << QStringLiteral("2026-11-01 01:30 EST – 2026-11-01 02:00");
    QTest::newRow("after it") << newYork << utc(2026, 11, 1, 7, 0) << utc(2026, 11, 1, 7, 30)
                              << QStringLiteral("2026-11-01 02:00 – 2026-11-01 02:30");
    // Spring: nothing repeats; only the window across the gap shows its zones.
    QTest::newRow("spring, before") << newYork << utc(2026, 3, 8, 6, 0) << utc(2026, 3, 8, 6, 30)
                                    << QStringLiteral("2026-03-08 01:00 – 2026-03-08 01:30");
    QTest::newRow("spring, across the gap")
        << newYork << utc(2026, 3, 8, 6, 30) << utc(2026, 3, 8, 7, 0)
        << QStringLiteral("2026-03-08 01:30 EST – 2026-03-08 03:00 EDT");
    QTest::newRow("spring, after") << newYork << utc(2026, 3, 8, 7, 0) << utc(2026, 3, 8, 7, 30)
                                   << QStringLiteral("2026-03-08 03:00 – 2026-03-08 03:30");
    // A catch-up over days that crosses a change.
    QTest::newRow("catch-up across")
        << newYork << utc(2026, 10, 31, 12, 0) << utc(2026, 11, 2, 12, 0)
        << QStringLiteral("2026-10-31 08:00 EDT – 2026-11-02 07:00 EST");
    // Lord Howe Island moves its clocks by half an hour; Europe has its own dates and names.
    QTest::newRow("Lord Howe, repeated half hour")
        << QByteArray("Australia/Lord_Howe") << utc(2026, 4, 4, 14, 45) << utc(2026, 4, 4, 15, 15)
        << QStringLiteral("2026-04-05 01:45 UTC+11 – 2026-04-05 01:45 UTC+10:30");
    QTest::newRow("Berlin, repeated hour")
        << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 0, 30) << utc(2026, 10, 25, 1, 0)
        << QStringLiteral("2026-10-25 02:30 CEST – 2026-10-25 02:00 CET");
    // No clock changes: never a zone.
    QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << utc(2026, 11, 1, 5, 0)
                             << utc(2026, 11, 1, 5, 30)
                             << QStringLiteral("2026-11-01 10:30 – 2026-11-01 11:00");
    QTest::newRow("UTC") << QByteArray("UTC") << utc(2026, 11, 1, 5, 0) << utc(2026, 11, 1, 5, 30)
                         << QStringLiteral("2026-11-01 05:00 – 2026-11-01 05:30");
}

void TestLocalTime::rangesAcrossAChange()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, text);
    const LocalTimeFormat format = in(zone);
    if (!format.zone.isValid())
        QSKIP("This time zone is not in the database here");
    QCOMPARE(localTimeRangeText(from, to, format), text);
    const LocalTimeRangeText ends = localTimeRangeTexts(from, to, format);
    QCOMPARE(ends.from + QStringLiteral(" – ") + ends.to, text);
}

void TestLocalTime::zoneLabels_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("label");

    QTest::newRow("EDT") << QByteArray("America/New_York") << utc(2026, 7, 1, 12, 0)
                         << QStringLiteral("EDT");
    QTest::newRow("EST") << QByteArray("America/New_York") << utc(2026, 12, 1, 12, 0)
                         << QStringLiteral("EST");
    QTest::newRow("numeric abbreviation")
        << QByteArray("America/Sao_Paulo") << utc(2026, 7, 1, 12, 0) << QStringLiteral("UTC-3");
    QTest::newRow("minutes") << QByteArray("Asia/Kathmandu") << utc(2026, 7, 1, 12, 0)
                             << QStringLiteral("UTC+5:45");
    QTest::newRow("fixed offset") << QByteArray("UTC-04:00") << utc(2026, 7, 1, 12, 0)
                                  << QStringLiteral("UTC-4");
    QTest::newRow("UTC") << QByteArray("UTC") << utc(2026, 7, 1, 12, 0) << QStringLiteral("UTC");
}

void TestLocalTime::zoneLabels()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, instant);
    QFETCH(QString, label);
    const QTimeZone timeZone(zone);
    if (!timeZone.isValid())
        QSKIP("This time zone is not in the database here");
    QCOMPARE(timeZoneLabel(instant, timeZone), label);
}

void TestLocalTime::isoTextCarriesTheOffset_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("text");

    QTest::newRow("first 01:30") << QByteArray("America/New_York") << utc(2026, 11, 1, 5, 30)
                                 << QStringLiteral("2026-11-01T01:30:00-04:00");
    QTest::newRow("second 01:30") << QByteArray("America/New_York") << utc(2026, 11, 1, 6, 30)
                                  << QStringLiteral("2026-11-01T01:30:00-05:00");
    QTest::newRow("after the gap") << QByteArray("America/New_York") << utc(2026, 3, 8, 7, 0)
                                   << QStringLiteral("2026-03-08T03:00:00-04:00");
    QTest::newRow("UTC") << QByteArray("UTC") << utc(2026, 11, 25, 13, 30)
                         << QStringLiteral("2026-11-25T13:30:00Z");
    QTest::newRow("east") << QByteArray("Europe/Berlin") << utc(2026, 11, 25, 12, 30)
                          << QStringLiteral("2026-11-25T13:30:00+01:00");
}

void TestLocalTime::isoTextCarriesTheOffset()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, instant);
    QFETCH(QString, text);
    QCOMPARE(localIsoText(instant, QTimeZone(zone)), text);
    // And it reads back as the same instant.
    QCOMPARE(QDateTime::fromString(text, Qt::ISODate).toUTC(), instant);
}

void TestLocalTime::patternAndLocale()
{
    LocalTimeFormat format =
        LocalTimeFormat::shortFormat(QLocale(QLocale::English, QLocale::UnitedStates));
    format.zone = QTimeZone("America/New_York");
    const QString plain = format.locale.toString(utc(2026, 11, 1, 5, 30).toTimeZone(format.zone),
                                                 QLocale::ShortFormat);
    QCOMPARE(localTimeText(utc(2026, 11, 1, 5, 30), format), plain + QStringLiteral(" EDT"));
    format.pattern = QStringLiteral("HH:mm");
    QCOMPARE(localTimeText(utc(2026, 11, 1, 6, 30), format), QStringLiteral("01:30 EST"));
    QCOMPARE(localTimeText(utc(2026, 11, 1, 12, 0), format), QStringLiteral("07:00"));
}

void TestLocalTime::invalidTimes()
{
    const LocalTimeFormat format = in("America/New_York");
    QCOMPARE(localTimeText(QDateTime(), format), QString());
    QCOMPARE(localIsoText(QDateTime(), format.zone), QString());
    QVERIFY(!isRepeatedLocalTime(QDateTime(), format.zone));
    // A job still running has no end: its start alone decides.
    const LocalTimeRangeText running =
        localTimeRangeTexts(utc(2026, 11, 1, 5, 30), QDateTime(), format);
    QCOMPARE(running.from, QStringLiteral("2026-11-01 01:30 EDT"));
    QCOMPARE(running.to, QString());
    const LocalTimeRangeText plain =
        localTimeRangeTexts(utc(2026, 11, 1, 12, 0), QDateTime(), format);
    QCOMPARE(plain.from, QStringLiteral("2026-11-01 07:00"));
}

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times for people: a UTC instant as the local wall-clock time of the user's time zone, the way
// the command line, the Logs tab and its CSV export show it. The zone ("EDT", or "UTC-4" where it
// has no abbreviation) is added only where the reading alone could mean two instants: in the
// hour that repeats when the clocks go back, and at both ends of a range over which the offset
// changes (a window from 01:30 EDT to 01:00 EST, or across the spring gap). Everywhere else the
// text is plain, as it always was. Any thread.
#pragma once

#include "rcacore_export.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace rca {

struct RCACORE_EXPORT LocalTimeFormat
{
    // A QLocale::toString() pattern for the date and time ("yyyy-MM-dd HH:mm").
    QString pattern = QStringLiteral("yyyy-MM-dd HH:mm");
    QLocale locale = QLocale::c();
    QTimeZone zone = QTimeZone::systemTimeZone();

    // The locale's short date and time ("11/1/26 1:30 AM"), as the window shows times.
    static LocalTimeFormat shortFormat(const QLocale &locale = QLocale());
};

// The two ends of a range, each as localTimeText() shows it.
struct LocalTimeRangeText
{
    QString from;
    QString to;
};

// True when the wall-clock reading of utc in zone belongs to another instant as well: the
// hour that repeats when the clocks go back.
RCACORE_EXPORT bool isRepeatedLocalTime(const QDateTime &utc, const QTimeZone &zone);
// The zone at utc for people: its abbreviation ("EDT") where it has one made of letters,
// otherwise its offset ("UTC-4", "UTC+5:30").
RCACORE_EXPORT QString timeZoneLabel(const QDateTime &utc, const QTimeZone &zone);

// "2026-11-01 01:30", or "2026-11-01 01:30 EDT" when that reading occurs twice. Empty for an
// invalid time.
RCACORE_EXPORT QString localTimeText(const QDateTime &utc,
                                     const LocalTimeFormat &format = LocalTimeFormat());
// Both ends of [from, to) as localTimeText(), and both with their zone when the offset at from
// differs from the offset at to ("01:30 EST" – "03:00 EDT" across the spring gap).
RCACORE_EXPORT LocalTimeRangeText localTimeRangeTexts(
    const QDateTime &from, const QDateTime &to, const LocalTimeFormat &format = LocalTimeFormat());
// "2026-11-01 01:30 EDT – 2026-11-01 01:00 EST": localTimeRangeTexts() joined by an en dash.
RCACORE_EXPORT QString localTimeRangeText(const QDateTime &from, const QDateTime &to,
                                          const LocalTimeFormat &format = LocalTimeFormat());
// ISO 8601 local time with its offset, which is never ambiguous: "2026-11-01T01:30:00-04:00",
// "2026-11-25T13:30:00Z" where the offset is zero. Empty for an invalid time.
RCACORE_EXPORT QString localIsoText(const QDateTime &utc,
                                    const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localtime.h"

#include <algorithm>

namespace rca {

namespace {

// Clocks move by an hour, by two at most: another instant with the same reading lies closer
// than this, and no zone changes its offset twice within it.
constexpr qint64 TransitionSearchSeconds = 6 * 3600;

int offsetAt(const QDateTime &utc, const QTimeZone &zone)
{
    return zone.isValid() ? zone.offsetFromUtc(utc) : utc.toLocalTime().offsetFromUtc();
}

QDateTime wallClock(const QDateTime &utc, const QTimeZone &zone)
{
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}

QString text(const QDateTime &utc, const LocalTimeFormat &format, bool withZone)
{
    if (!utc.isValid())
        return {};
    const QString time = format.locale.toString(wallClock(utc, format.zone), format.pattern);
    if (!withZone)
        return time;
    return time + u' ' + timeZoneLabel(utc, format.zone);
}

} // namespace

LocalTimeFormat LocalTimeFormat::shortFormat(const QLocale &locale)
{
    LocalTimeFormat format;
    format.pattern = locale.dateTimeFormat(QLocale::ShortFormat);
    format.locale = locale;
    return format;
}

bool isRepeatedLocalTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid() || !zone.isValid())
        return false;
    const QDateTime instant = utc.toUTC();
    const int offset = zone.offsetFromUtc(instant);
    // Another offset nearby (a transition before or after): the instant that shows the same
    // reading under it, if that instant really has that offset.
    for (const qint64 probe : {-TransitionSearchSeconds, TransitionSearchSeconds}) {
        const int other = zone.offsetFromUtc(instant.addSecs(probe));
        if (other == offset)
            continue;
        if (zone.offsetFromUtc(instant.addSecs(qint64(offset) - other)) == other)
            return true;
    }
    return false;
}

QString timeZoneLabel(const QDateTime &utc, const QTimeZone &zone)
{
    const QString abbreviation = zone.isValid() ? zone.abbreviation(utc) : QString();
    if (!abbreviation.isEmpty() && std::all_of(abbreviation.cbegin(), abbreviation.cend(),
                                               [](QChar c) { return c.isLetter(); }))
        return abbreviation;
    const int offset = offsetAt(utc, zone);
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offset) / 60;
    QString label =
        QStringLiteral("UTC%1%2").arg(QChar(offset < 0 ? u'-' : u'+')).arg(minutes / 60);
    if (minutes % 60 != 0)
        label += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return label;
}

QString localTimeText(const QDateTime &utc, const LocalTimeFormat &format)
{
    return text(utc, format, isRepeatedLocalTime(utc, format.zone));
}

LocalTimeRangeText localTimeRangeTexts(const QDateTime &from, const QDateTime &to,
                                       const LocalTimeFormat &format)
{
    const bool spansChange =
        from.isValid() && to.isValid() && offsetAt(from, format.zone) != offsetAt(to, format.zone);
    return {text(from, format, spansChange || isRepeatedLocalTime(from, format.zone)),
            text(to, format, spansChange || isRepeatedLocalTime(to, format.zone))};
}

QString localTimeRangeText(const QDateTime &from, const QDateTime &to,
                           const LocalTimeFormat &format)
{
    const LocalTimeRangeText range = localTimeRangeTexts(from, to, format);
    return range.from + QStringLiteral(" \u2013 ") + range.to;
}

QString localIsoText(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    // A fixed offset prints itself ("Z" for UTC); a zone or local time would not.
    return utc.toOffsetFromUtc(offsetAt(utc, zone)).toString(Qt::ISODate);
}

} // namespace rca

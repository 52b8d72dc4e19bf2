// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slotcalendar.h"

namespace rca {
namespace {

constexpr qint64 SlotSeconds = 30 * 60;
// Offsets change months apart; more steps than this would mean broken zone data.
constexpr int MaxTransitionSteps = 16;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 floorSecs(const QDateTime &t)
{
    return floorDiv(t.toMSecsSinceEpoch(), 1000);
}

QDateTime utcFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// A slot is an instant s whose local wall time is :00 or :30, i.e. (s + offset(s)) is a
// multiple of 30 min. Between two offset transitions the offset is constant, so inside one
// such stretch the slots are plain arithmetic; at a transition we continue in the neighbouring
// stretch with its own offset. Skipped local times (spring forward) are then never produced,
// and repeated ones (fall back) are produced once per occurrence, as distinct instants.

// The latest slot at or before the whole second x.
qint64 slotAtOrBeforeSecs(const QTimeZone &zone, qint64 x)
{
    qint64 candidate = x;
    for (int step = 0; step < MaxTransitionSteps; ++step) {
        const int offset = zone.offsetFromUtc(utcFromSecs(x));
        candidate = floorDiv(x + offset, SlotSeconds) * SlotSeconds - offset;
        // The latest transition at or before x: the offset is `offset` on [transition, x].
        const QTimeZone::OffsetData previous = zone.previousTransition(utcFromSecs(x + 1));
        if (!previous.atUtc.isValid() || candidate >= floorSecs(previous.atUtc))
            return candidate;
        // No slot of this stretch lies in [transition, x]: look in the stretch before it.
        x = floorSecs(previous.atUtc) - 1;
    }
    return candidate;
}

// The earliest slot at or after the whole second x.
qint64 slotAtOrAfterSecs(const QTimeZone &zone, qint64 x)
{
    qint64 candidate = x;
    for (int step = 0; step < MaxTransitionSteps; ++step) {
        const int offset = zone.offsetFromUtc(utcFromSecs(x));
        candidate = ceilDiv(x + offset, SlotSeconds) * SlotSeconds - offset;
        // The offset stays `offset` on [x, next transition).
        const QTimeZone::OffsetData next = zone.nextTransition(utcFromSecs(x));
        if (!next.atUtc.isValid() || candidate < floorSecs(next.atUtc))
            return candidate;
        // No slot of this stretch lies in [x, transition): start again at the transition.
        x = floorSecs(next.atUtc);
    }
    return candidate;
}

} // namespace

SlotCalendar::SlotCalendar(const QTimeZone &zone)
    : m_zone(zone)
{}

QDateTime SlotCalendar::slotAtOrBefore(const QDateTime &t) const
{
    return utcFromSecs(slotAtOrBeforeSecs(m_zone, floorSecs(t)));
}

QDateTime SlotCalendar::slotAfter(const QDateTime &t) const
{
    // Slots are whole seconds, so the first one after t is the first one at or after the
    // whole second that follows t.
    return utcFromSecs(slotAtOrAfterSecs(m_zone, floorSecs(t) + 1));
}

TimeWindow SlotCalendar::windowForSlot(const QDateTime &slot)
{
    return TimeWindow(slot.addSecs(-WindowStartLagSeconds), slot.addSecs(-WindowEndLagSeconds));
}

QDateTime SlotCalendar::slotForWindowEnd(const QDateTime &windowEnd)
{
    return windowEnd.toUTC().addSecs(WindowEndLagSeconds);
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The half-hour grid of the schedule. Jobs start at every :00 and :30 of local wall-clock
// time; the job of slot T archives [T - 2 h, T - 1.5 h). Slots are computed in the given time
// zone and returned as UTC instants, so DST changes neither skip nor repeat a window, and
// zones with :30 and :45 offsets (Asia/Kolkata, Asia/Kathmandu) work. Value type, any thread.
#pragma once

#include "archive/timewindow.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QTimeZone>

namespace rca {

class RCACORE_EXPORT SlotCalendar
{
public:
    static constexpr qint64 WindowStartLagSeconds = 2 * 3600; // T - 2 h
    static constexpr qint64 WindowEndLagSeconds = 90 * 60;    // T - 1.5 h

    explicit SlotCalendar(const QTimeZone &zone = QTimeZone::systemTimeZone());

    const QTimeZone &zone() const { return m_zone; }
    // The latest slot (local :00 or :30) at or before t, as UTC.
    QDateTime slotAtOrBefore(const QDateTime &t) const;
    // The earliest slot strictly after t, as UTC.
    QDateTime slotAfter(const QDateTime &t) const;
    // [slot - 2 h, slot - 1.5 h)
    static TimeWindow windowForSlot(const QDateTime &slot);
    // The slot whose window ends at windowEnd (windowEnd + 1.5 h).
    static QDateTime slotForWindowEnd(const QDateTime &windowEnd);

private:
    QTimeZone m_zone;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Decides what the scheduler runs next, from the stored state and the time: no timers, no
// I/O, so tests can walk it through days, sleeps and failures. Value type, any thread.
//
// State: the watermark is the end of the last window archived in full; everything from the
// watermark up to the window of the latest slot that has passed is due. Consecutive due
// windows are merged into one catch-up job of at most capHours. A failed job leaves the
// watermark where it was and is retried after 5 min, 20 min, 1 h, 3 h and 24 h; after that it
// waits for a manual retry. Windows older than the source's retention cannot be archived: the
// planner hands them out once as an expired job so the log says so, and moves on.
#pragma once

#include "archive/timewindow.h"
#include "engine/slotcalendar.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace rca {

struct RCACORE_EXPORT ScheduleState
{
    QDateTime watermark;    // UTC; invalid before backup was first enabled
    int failedAttempts = 0; // consecutive failures of the window at the watermark
    QDateTime nextRetry;    // UTC; when failedAttempts > 0
    bool operator==(const ScheduleState &other) const = default;
};

struct RCACORE_EXPORT PlannedJob
{
    enum class Kind { Regular, CatchUp, Retry, Expired };
    TimeWindow window;
    Kind kind = Kind::Regular;
};

class RCACORE_EXPORT SchedulePlanner
{
public:
    static const QList<int> &retryDelaysSeconds(); // 300, 1200, 3600, 10800, 86400

    SchedulePlanner(const SlotCalendar &calendar, int capHours = 24, int retentionDays = 90);

    // The state right after backup is enabled at `now`: the first job is the next slot's.
    ScheduleState initialState(const QDateTime &now) const;
    // The job to run now, if any. Returns nothing while a failed window waits for its retry
    // time, or for a manual retry after the last automatic one (see waitingForManualRetry).
    std::optional<PlannedJob> due(const ScheduleState &state, const QDateTime &now) const;
    // When due() can next return something (the next slot or the retry time), UTC.
    QDateTime nextWakeUp(const ScheduleState &state, const QDateTime &now) const;
    bool waitingForManualRetry(const ScheduleState &state) const;

    // State after a job over `window` succeeded (or expired): watermark = window.to.
    ScheduleState afterSuccess(const ScheduleState &state, const TimeWindow &window) const;
    // State after a job failed at `now`: attempts + 1 and the next retry time.
    ScheduleState afterFailure(const ScheduleState &state, const QDateTime &now) const;
    // A manual retry (Run now): the failed window is due again immediately.
    ScheduleState afterManualRetry(const ScheduleState &state, const QDateTime &now) const;

private:
    SlotCalendar m_calendar;
    int m_capHours;
    int m_retentionDays;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scheduleplanner.h"

#include <algorithm>

namespace rca {
namespace {

constexpr qint64 SecondsPerDay = 24 * 3600;

// Window ends ("boundaries") are slot - 1.5 h; these find them on the calendar's grid.
QDateTime lastWindowEndAtOrBefore(const SlotCalendar &calendar, const QDateTime &t)
{
    const qint64 lag = SlotCalendar::WindowEndLagSeconds;
    return calendar.slotAtOrBefore(t.addSecs(lag)).addSecs(-lag);
}

QDateTime firstWindowEndAfter(const SlotCalendar &calendar, const QDateTime &t)
{
    const qint64 lag = SlotCalendar::WindowEndLagSeconds;
    return calendar.slotAfter(t.addSecs(lag)).addSecs(-lag);
}

QDateTime firstWindowEndAtOrAfter(const SlotCalendar &calendar, const QDateTime &t)
{
    // slotAfter works on whole seconds: one millisecond earlier makes it "at or after".
    return firstWindowEndAfter(calendar, t.addMSecs(-1));
}

} // namespace

const QList<int> &SchedulePlanner::retryDelaysSeconds()
{
    static const QList<int> delays{300, 1200, 3600, 10800, 86400};
    return delays;
}

SchedulePlanner::SchedulePlanner(const SlotCalendar &calendar, int capHours, int retentionDays)
    : m_calendar(calendar)
    , m_capHours(capHours)
    , m_retentionDays(retentionDays)
{}

ScheduleState SchedulePlanner::initialState(const QDateTime &now) const
{
    ScheduleState state;
    state.watermark = SlotCalendar::windowForSlot(m_calendar.slotAfter(now)).from;
    return state;
}

std::optional<PlannedJob> SchedulePlanner::due(const ScheduleState &state,
                                               const QDateTime &now) const
{
    if (!state.watermark.isValid())
        return std::nullopt;
    const QDateTime watermark = state.watermark.toUTC();
    const QDateTime latestSlot = m_calendar.slotAtOrBefore(now);
    const QDateTime end = SlotCalendar::windowForSlot(latestSlot).to;
    if (watermark >= end)
        return std::nullopt;

    if (state.failedAttempts > 0) {
        if (waitingForManualRetry(state))
            return std::nullopt;
        if (state.nextRetry.isValid() && now < state.nextRetry)
            return std::nullopt;
    }

    // Every job starts at the watermark, so jobs tile whatever the grid did in between.
    if (m_retentionDays > 0) {
        const QDateTime retentionStart = now.toUTC().addSecs(-m_retentionDays * SecondsPerDay);
        if (watermark < retentionStart) {
            // Cut on a window end so that the jobs after it stay on the grid.
            const QDateTime cutoff =
                std::min(firstWindowEndAtOrAfter(m_calendar, retentionStart), end);
            return PlannedJob{TimeWindow(watermark, cutoff), PlannedJob::Kind::Expired};
        }
    }

    QDateTime capEnd =
        lastWindowEndAtOrBefore(m_calendar, watermark.addSecs(qint64(m_capHours) * 3600));
    if (capEnd <= watermark) // a cap shorter than one window still makes progress
        capEnd = firstWindowEndAfter(m_calendar, watermark);
    const QDateTime to = std::min(end, capEnd);

    PlannedJob job{TimeWindow(watermark, to), PlannedJob::Kind::Regular};
    if (state.failedAttempts > 0) {
        job.kind = PlannedJob::Kind::Retry;
    } else {
        // Regular: exactly the latest slot's share of time, from the previous window end.
        const QDateTime previousSlot = m_calendar.slotAtOrBefore(latestSlot.addSecs(-1));
        const QDateTime previousEnd = SlotCalendar::windowForSlot(previousSlot).to;
        if (to != end || watermark < previousEnd)
            job.kind = PlannedJob::Kind::CatchUp;
    }
    return job;
}

QDateTime SchedulePlanner::nextWakeUp(const ScheduleState &state, const QDateTime &now) const
{
    if (!state.watermark.isValid() || waitingForManualRetry(state))
        return {};
    const QDateTime utcNow = now.toUTC();
    // The first slot whose window ends after the watermark; `now` if it has passed already.
    const QDateTime firstUseful =
        m_calendar.slotAfter(state.watermark.addSecs(SlotCalendar::WindowEndLagSeconds));
    QDateTime wake = std::max(utcNow, firstUseful);
    if (state.failedAttempts > 0 && state.nextRetry.isValid())
        wake = std::max(wake, state.nextRetry.toUTC());
    return wake;
}

bool SchedulePlanner::waitingForManualRetry(const ScheduleState &state) const
{
    // After the last automatic retry nextRetry is cleared; a manual retry sets it again.
    return state.failedAttempts > retryDelaysSeconds().size() && !state.nextRetry.isValid();
}

ScheduleState SchedulePlanner::afterSuccess(const ScheduleState &state,
                                            const TimeWindow &window) const
{
    ScheduleState next;
    // Never move back: an old window finishing late must not reopen archived time.
    next.watermark = (state.watermark.isValid() && state.watermark > window.to)
                         ? state.watermark.toUTC()
                         : window.to;
    return next;
}

ScheduleState SchedulePlanner::afterFailure(const ScheduleState &state, const QDateTime &now) const
{
    ScheduleState next = state;
    next.failedAttempts = state.failedAttempts + 1;
    const QList<int> &delays = retryDelaysSeconds();
    next.nextRetry = next.failedAttempts <= delays.size()
                         ? now.toUTC().addSecs(delays.at(next.failedAttempts - 1))
                         : QDateTime();
    return next;
}

ScheduleState SchedulePlanner::afterManualRetry(const ScheduleState &state,
                                                const QDateTime &now) const
{
    if (state.failedAttempts <= 0)
        return state; // nothing failed: whatever is due runs anyway
    ScheduleState next = state;
    // The count stays (it is the number of consecutive failures); a retry time of now makes
    // the window due at once, also after the last automatic retry.
    next.nextRetry = now.toUTC();
    return next;
}

} // namespace rca

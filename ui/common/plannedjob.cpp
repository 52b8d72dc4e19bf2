// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plannedjob.h"

#include "common/clock.h"
#include "engine/enginesettings.h"
#include "engine/scheduleplanner.h"

namespace rca {

namespace {

QDateTime nowFrom(const Clock *clock)
{
    return clock ? clock->now() : QDateTime::currentDateTimeUtc();
}

} // namespace

QDateTime plannedNextJob(Database *db, const Clock *clock)
{
    if (!db)
        return {};
    EngineSettings settings(db);
    if (!settings.backupEnabled())
        return {};
    const SchedulePlanner planner = settings.planner(QTimeZone::systemTimeZone());
    const QDateTime now = nowFrom(clock);
    ScheduleState state = settings.scheduleState();
    // Backup was just turned on and the engine has not saved its first state yet.
    if (!state.watermark.isValid())
        state = planner.initialState(now);
    return planner.nextWakeUp(state, now);
}

bool waitsForManualRetry(Database *db)
{
    if (!db)
        return false;
    EngineSettings settings(db);
    const ScheduleState state = settings.scheduleState();
    return settings.backupEnabled() && state.watermark.isValid() &&
           settings.planner(QTimeZone::systemTimeZone()).waitingForManualRetry(state);
}

TimeWindow recentPastBeforeSchedule(const Clock *clock, int hours)
{
    const SchedulePlanner planner{SlotCalendar()};
    const QDateTime scheduleStart = planner.initialState(nowFrom(clock)).watermark;
    return TimeWindow(scheduleStart.addSecs(-qint64(hours) * 3600), scheduleStart);
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the schedule will do next, read from the store the way the engine plans it, for the
// pages and the tray at start-up: the engine announces its next job only when it re-plans,
// which may happen before anyone listens. GUI thread (the store's GUI-thread connection).
#pragma once

#include "archive/timewindow.h"

#include <QDateTime>

namespace rca {

class Clock;
class Database;

// When the next job starts (UTC): invalid while backup is off, or when a failed window waits
// for a manual retry. clock may be null (the system clock).
QDateTime plannedNextJob(Database *db, const Clock *clock);
// Whether the next job is held until the user retries (Run now) after repeated failures.
bool waitsForManualRetry(Database *db);
// The `hours` hours just before the first window the schedule archives when backup is turned
// on now: archiving it at once tiles with the schedule, leaving no gap and no overlap.
TimeWindow recentPastBeforeSchedule(const Clock *clock, int hours);

} // namespace rca

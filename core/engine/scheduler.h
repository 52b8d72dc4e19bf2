// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Wakes the engine when there may be work: at the time the planner names, and at least once
// a minute, because a timer does not fire while the machine sleeps and the wall clock can be
// changed. A wall clock that moved more than expected against the monotonic clock (resume
// from sleep, clock set) is reported and triggers a wake-up at once. Lives in the engine's
// thread.
#pragma once

#include "common/clock.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace rca {

class RCACORE_EXPORT Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(const Clock *clock, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const;
    // The next time the engine wants to be woken, UTC. Invalid: only the minute check.
    void scheduleAt(const QDateTime &when);
    QDateTime scheduledAt() const { return m_when; }
    // Longest sleep between checks, in ms (60 000 by default; tests make it short).
    void setCheckInterval(int ms);

    // Runs one check now, as the timer does: emits wakeUp when the scheduled time has come,
    // clockJumped (then wakeUp) when the wall clock moved by more than the monotonic clock.
    void check();

Q_SIGNALS:
    void wakeUp();
    void clockJumped(qint64 seconds);

private:
    void arm();

    const Clock *m_clock;
    QTimer m_timer;
    QDateTime m_when;
    int m_checkIntervalMs = 60000;
    QElapsedTimer m_monotonic;
    QDateTime m_lastWall;
    bool m_running = false;
};

} // namespace rca

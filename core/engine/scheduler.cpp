// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scheduler.h"

#include "logging/logging.h"

#include <algorithm>
#include <cstdlib>

namespace rca {
namespace {

// Timers drift and a busy event loop delays a check; more than this is a real jump.
constexpr qint64 JumpThresholdMs = 90 * 1000;

} // namespace

Scheduler::Scheduler(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::check);
}

void Scheduler::start()
{
    m_running = true;
    m_monotonic.start();
    m_lastWall = m_clock->now();
    arm();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

bool Scheduler::isRunning() const
{
    return m_running;
}

void Scheduler::scheduleAt(const QDateTime &when)
{
    m_when = when.isValid() ? when.toUTC() : QDateTime();
    if (m_running)
        arm();
}

void Scheduler::setCheckInterval(int ms)
{
    m_checkIntervalMs = std::max(1, ms);
    if (m_running)
        arm();
}

void Scheduler::check()
{
    const QDateTime now = m_clock->now();
    bool jumped = false;
    if (m_lastWall.isValid() && m_monotonic.isValid()) {
        // The monotonic clock stops while the machine sleeps and ignores changes of the wall
        // clock; the wall clock does neither.
        const qint64 wallMs = m_lastWall.msecsTo(now);
        const qint64 monotonicMs = m_monotonic.restart();
        const qint64 differenceMs = wallMs - monotonicMs;
        if (std::abs(differenceMs) > JumpThresholdMs) {
            jumped = true;
            qCInfo(lcScheduler) << "wall clock moved" << differenceMs / 1000
                                << "s against the monotonic clock";
            Q_EMIT clockJumped(differenceMs / 1000);
        }
    } else {
        m_monotonic.start();
    }
    m_lastWall = now;

    const bool due = m_when.isValid() && now >= m_when;
    if (due)
        m_when = QDateTime(); // fire once; the engine names the next time
    if (jumped || due)
        Q_EMIT wakeUp();
    if (m_running)
        arm();
}

void Scheduler::arm()
{
    qint64 ms = m_checkIntervalMs;
    if (m_when.isValid())
        ms = std::clamp(m_clock->now().msecsTo(m_when), qint64(0), ms);
    m_timer.start(int(ms));
}

} // namespace rca

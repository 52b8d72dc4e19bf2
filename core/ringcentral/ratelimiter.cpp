// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ratelimiter.h"

#include "store/ratestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcRate, "rcarchiver.core.ringcentral", QtInfoMsg)

constexpr qint64 kSleepSliceMs = 50; // how often a waiting acquire looks at the cancel token
// A stored time further ahead than this was written before the wall clock was set back (no
// RingCentral window or penalty lasts this long): it no longer says anything, and is dropped.
constexpr qint64 kLongestPlausibleWaitMs = 15 * 60 * 1000;

qint64 monotonicNowMs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    // Starts well above 0 so "not before 0" never delays the first request.
    return timer.elapsed() + 1'000'000;
}

} // namespace

RateLimiter::RateLimiter(TimeSource time)
    : m_time(std::move(time))
{
    const bool injectedClock = bool(m_time.nowMs);
    if (!m_time.nowMs)
        m_time.nowMs = monotonicNowMs;
    if (!m_time.sleepMs)
        m_time.sleepMs = [](qint64 ms) { QThread::msleep(static_cast<unsigned long>(ms)); };
    if (!m_time.wallMs) {
        m_time.wallMs =
            injectedClock ? m_time.nowMs : [] { return QDateTime::currentMSecsSinceEpoch(); };
    }
    m_groups[int(Group::Light)].limit = 50;
    m_groups[int(Group::Medium)].limit = 40;
    m_groups[int(Group::Heavy)].limit = 10;
    m_groups[int(Group::Auth)].limit = 5;
}

RateLimiter::~RateLimiter() = default;

void RateLimiter::setSharedState(Database *db)
{
    QMutexLocker lock(&m_mutex);
    m_store = db ? std::make_unique<RateStore>(db) : nullptr;
    m_storeFailed = false;
    // Taken once: read afresh for each update, the two clocks' readings would differ by a
    // little every time, and a time this process stored would come back as another one.
    m_wallOffset = m_time.wallMs() - now();
}

void RateLimiter::mergeLocked(State &state, const RatePace &pace) const
{
    const qint64 current = now();
    // Stored wall-clock times on this process's monotonic scale; 0 stays "never".
    const auto local = [&](qint64 wall) -> qint64 {
        const qint64 time = wall - m_wallOffset;
        return wall <= 0 || time > current + kLongestPlausibleWaitMs ? 0 : time;
    };
    state.nextAllowedMs = std::max(state.nextAllowedMs, local(pace.nextAllowedMs));
    state.penaltyUntilMs = std::max(state.penaltyUntilMs, local(pace.penaltyUntilMs));
    for (const qint64 wall : pace.recent) {
        const qint64 time = wall - m_wallOffset;
        if (time > current)
            continue;
        const auto at = std::lower_bound(state.recent.begin(), state.recent.end(), time);
        if (at == state.recent.end() || *at != time)
            state.recent.insert(at, time);
    }
    while (state.recent.size() > size_t(state.limit))
        state.recent.pop_front();
}

void RateLimiter::updateLocked(Group group, const std::function<bool(State &)> &change)
{
    State &state = m_groups[int(group)];
    if (!m_store) {
        change(state);
        return;
    }
    const auto wall = [this](qint64 time) { return time <= 0 ? 0 : time + m_wallOffset; };
    bool ran = false;
    const Error error = m_store->update(groupName(group), [&](RatePace &pace) {
        mergeLocked(state, pace);
        ran = true;
        if (!change(state))
            return false;
        pace.nextAllowedMs = wall(state.nextAllowedMs);
        pace.penaltyUntilMs = wall(state.penaltyUntilMs);
        pace.recent.clear();
        for (const qint64 time : state.recent)
            pace.recent.append(wall(time));
        return true;
    });
    if (!error) {
        m_storeFailed = false;
        return;
    }
    if (!m_storeFailed) {
        qCWarning(lcRate).noquote()
            << "Could not share RingCentral's request pacing through the profile's database"
            << QStringLiteral("(%1); pacing this process on its own").arg(error.message());
        m_storeFailed = true;
    }
    if (!ran)
        change(state);
}

QString RateLimiter::groupName(Group group)
{
    switch (group) {
    case Group::Light:
        return QStringLiteral("Light");
    case Group::Medium:
        return QStringLiteral("Medium");
    case Group::Heavy:
        return QStringLiteral("Heavy");
    case Group::Auth:
        return QStringLiteral("Auth");
    }
    return {};
}

bool RateLimiter::groupFromName(QStringView name, Group *group)
{
    for (int i = 0; i < GroupCount; ++i) {
        if (name.compare(groupName(Group(i)), Qt::CaseInsensitive) == 0) {
            *group = Group(i);
            return true;
        }
    }
    return false;
}

qint64 RateLimiter::now() const
{
    return m_time.nowMs();
}

void RateLimiter::setLimit(Group group, int limit, int windowSeconds)
{
    if (limit <= 0 || windowSeconds <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    State &state = m_groups[int(group)];
    state.limit = limit;
    state.windowSeconds = windowSeconds;
    while (state.recent.size() > size_t(limit))
        state.recent.pop_front();
}

int RateLimiter::limit(Group group) const
{
    QMutexLocker lock(&m_mutex);
    return m_groups[int(group)].limit;
}

int RateLimiter::windowSeconds(Group group) const
{
    QMutexLocker lock(&m_mutex);
    return m_groups[int(group)].windowSeconds;
}

void RateLimiter::setSafetyFactor(double factor)
{
    QMutexLocker lock(&m_mutex);
    m_safetyFactor = std::max(1.0, factor);
}

qint64 RateLimiter::intervalMs(Group group) const
{
    QMutexLocker lock(&m_mutex);
    return intervalLocked(m_groups[int(group)]);
}

qint64 RateLimiter::intervalLocked(const State &state) const
{
    return qint64(std::ceil(state.windowSeconds * 1000.0 / state.limit * m_safetyFactor));
}

qint64 RateLimiter::readyAtLocked(const State &state) const
{
    return std::max(state.nextAllowedMs, state.penaltyUntilMs);
}

qint64 RateLimiter::waitMs(Group group) const
{
    QMutexLocker lock(&m_mutex);
    return std::max<qint64>(0, readyAtLocked(m_groups[int(group)]) - now());
}

Error RateLimiter::acquire(Group group, const CancelToken &cancel)
{
    for (;;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        qint64 wait = 0;
        {
            QMutexLocker lock(&m_mutex);
            updateLocked(group, [&](State &state) {
                const qint64 current = now();
                wait = readyAtLocked(state) - current;
                if (wait > 0)
                    return false;
                // Reserve this slot; the next request of the group waits one interval.
                state.nextAllowedMs = current + intervalLocked(state);
                state.recent.push_back(current);
                while (state.recent.size() > size_t(state.limit))
                    state.recent.pop_front();
                return true;
            });
            if (wait <= 0) {
                ++m_groups[int(group)].sent;
                return {};
            }
        }
        // Then look again: another thread or process may have taken the slot, or met a 429.
        while (wait > 0) {
            if (cancel.isCancelled())
                return Error::cancelled();
            const qint64 slice = std::min(wait, kSleepSliceMs);
            m_time.sleepMs(slice);
            wait -= slice;
        }
    }
}

void RateLimiter::observe(Group group, const HttpHeaders &headers)
{
    int limit = -1;
    int window = -1;
    int remaining = -1;
    for (const auto &[name, value] : headers) {
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        if (!ok)
            continue;
        if (name.compare("X-Rate-Limit-Limit", Qt::CaseInsensitive) == 0)
            limit = number;
        else if (name.compare("X-Rate-Limit-Window", Qt::CaseInsensitive) == 0)
            window = number;
        else if (name.compare("X-Rate-Limit-Remaining", Qt::CaseInsensitive) == 0)
            remaining = number;
    }
    if (limit < 0 && window < 0 && remaining < 0)
        return;

    QMutexLocker lock(&m_mutex);
    // Most answers change nothing (the same limit, room left in the window): no need to go to
    // the shared pace for them.
    const State &known = m_groups[int(group)];
    if (remaining != 0 && (limit <= 0 || limit == known.limit) &&
        (window <= 0 || window == known.windowSeconds))
        return;
    updateLocked(
        group, [&](State &state) { return observeLocked(group, state, limit, window, remaining); });
}

bool RateLimiter::observeLocked(Group group, State &state, int limit, int window, int remaining)
{
    const qint64 nextAllowedBefore = state.nextAllowedMs;
    if ((limit > 0 && limit != state.limit) || (window > 0 && window != state.windowSeconds)) {
        qCInfo(lcRate).noquote() << "RingCentral" << groupName(group) << "limit is"
                                 << (limit > 0 ? limit : state.limit) << "requests per"
                                 << (window > 0 ? window : state.windowSeconds) << "s";
        if (limit > 0)
            state.limit = limit;
        if (window > 0)
            state.windowSeconds = window;
        while (state.recent.size() > size_t(state.limit))
            state.recent.pop_front();
        // The announced pace applies from the last request on, slower or faster (penalties
        // are kept apart, in penaltyUntilMs).
        if (!state.recent.empty())
            state.nextAllowedMs = state.recent.back() + intervalLocked(state);
    }
    if (remaining == 0) {
        // The window is full: the next request may go when the oldest request in it leaves.
        // When the requests in it were not all ours (another app of this user), that is
        // unknown, so wait a whole window.
        const qint64 windowMs = qint64(std::ceil(state.windowSeconds * 1000.0 * m_safetyFactor));
        const qint64 current = now();
        qint64 until = current + windowMs;
        if (state.recent.size() >= size_t(state.limit) &&
            state.recent.front() > current - windowMs) {
            until = state.recent.front() + windowMs;
        }
        if (until > state.nextAllowedMs) {
            qCDebug(lcRate).noquote()
                << "RingCentral" << groupName(group) << "window full; next request in"
                << (until - current) << "ms";
            state.nextAllowedMs = until;
        }
    }
    return state.nextAllowedMs != nextAllowedBefore;
}

void RateLimiter::penalize(Group group, int seconds)
{
    if (seconds < 0)
        seconds = 60;
    QMutexLocker lock(&m_mutex);
    updateLocked(group, [&](State &state) {
        // A little past the server's own end of the penalty: a request inside it restarts it.
        const qint64 until = now() + seconds * 1000LL + 250;
        state.penaltyUntilMs = std::max(state.penaltyUntilMs, until);
        return true;
    });
    qCInfo(lcRate).noquote() << "RingCentral" << groupName(group) << "rate limit hit; waiting"
                             << seconds << "s";
}

qint64 RateLimiter::requestsSent(Group group) const
{
    QMutexLocker lock(&m_mutex);
    return m_groups[int(group)].sent;
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RateLimiter: keeps RingCentral's per-group request limits (Light, Medium, Heavy, Auth over a
// window, 60 s by default) by pacing requests evenly just below the limit. RingCentral counts a
// sliding window and punishes any request over it with a penalty that every further request
// restarts, so there is no initial burst: request n+1 leaves one interval (window / limit x 1.02)
// after request n. Adapts to the X-Rate-Limit-* headers, and after a 429 sends nothing to the
// group until the penalty is over. With setSharedState(), every process of the profile paces
// from the one record in its database (RateStore): a `run-once` started after another knows
// what that one spent in the window, and a penalty one process met holds for all. Thread-safe:
// any thread may acquire; time is injectable so tests run without sleeping.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "net/httpclient.h"
#include "rcacore_export.h"

#include <QMutex>
#include <QString>

#include <array>
#include <deque>
#include <functional>
#include <memory>

namespace rca {

class Database;
class RateStore;
struct RatePace;

class RCACORE_EXPORT RateLimiter
{
public:
    enum class Group { Light = 0, Medium = 1, Heavy = 2, Auth = 3 };
    static constexpr int GroupCount = 4;

    // Milliseconds on a monotonic scale, a sleep of that many milliseconds, and the wall
    // clock in milliseconds since the epoch (the scale processes share the pace on).
    struct TimeSource
    {
        std::function<qint64()> nowMs;
        std::function<void(qint64 ms)> sleepMs;
        std::function<qint64()> wallMs;
    };

    // Empty functions: a monotonic clock, QThread::msleep and the system clock (with nowMs
    // given and wallMs not, nowMs serves as both).
    explicit RateLimiter(TimeSource time = {});
    ~RateLimiter();
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    // Paces together with every other limiter sharing db (other processes of the profile):
    // each request, header and penalty is read from and written to its rate_pace table in one
    // transaction. When the database fails, the limiter paces on its own and logs it once.
    // nullptr: on its own again. db must outlive the limiter or the next call here.
    void setSharedState(Database *db);

    static QString groupName(Group group);
    // "Light", "Medium", "Heavy", "Auth" (case-insensitive); false for anything else.
    static bool groupFromName(QStringView name, Group *group);

    // Limit (requests) per window (seconds). The defaults are 50/40/10/5 per 60 s.
    void setLimit(Group group, int limit, int windowSeconds);
    int limit(Group group) const;
    int windowSeconds(Group group) const;
    // Extra spacing on top of window / limit (default 1.02: 2 % below the limit).
    void setSafetyFactor(double factor);
    // Milliseconds between two requests of the group.
    qint64 intervalMs(Group group) const;

    // Blocks until a request of the group may go out now, and counts it. Cancelled when the
    // token is raised while waiting.
    Error acquire(Group group, const CancelToken &cancel = CancelToken());
    // Reads X-Rate-Limit-Limit / -Window (adapts), and -Remaining: at 0 the next request waits
    // until the oldest request of the window has left it.
    void observe(Group group, const HttpHeaders &headers);
    // After a 429: nothing goes to the group for that long.
    void penalize(Group group, int seconds);

    // Requests let through so far (acquire calls that returned no error).
    qint64 requestsSent(Group group) const;
    // Milliseconds until the group may send again (0 = now).
    qint64 waitMs(Group group) const;

private:
    struct State
    {
        int limit = 0;
        int windowSeconds = 60;
        qint64 nextAllowedMs = 0;  // pacing: not before this
        qint64 penaltyUntilMs = 0; // 429: not before this
        qint64 sent = 0;
        std::deque<qint64> recent; // send times of the last `limit` requests
    };

    qint64 now() const;
    qint64 intervalLocked(const State &state) const;
    qint64 readyAtLocked(const State &state) const;
    // Runs change on the group's state (m_mutex held): with a shared store, on the state
    // merged with the stored pace, inside the store's transaction, storing what change leaves
    // when it returns true.
    void updateLocked(Group group, const std::function<bool(State &)> &change);
    void mergeLocked(State &state, const RatePace &pace) const;
    // observe() on the state; true when it changed what is stored.
    bool observeLocked(Group group, State &state, int limit, int window, int remaining);

    TimeSource m_time;
    mutable QMutex m_mutex;
    std::array<State, GroupCount> m_groups;
    double m_safetyFactor = 1.02;
    std::unique_ptr<RateStore> m_store;
    bool m_storeFailed = false; // logged once
    qint64 m_wallOffset = 0;    // wall clock - monotonic clock, when the store was set
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentral's request pacing as the profile's database keeps it (table rate_pace, schema
// v5), so that every process of the profile — the window, `--headless`, each `run-once`, an
// audit — paces from the same record: when the group may send next, the end of a penalty
// after a 429, and the send times of the requests still in the window. A process started a
// second after another knows what that one spent. Times are wall-clock milliseconds since the
// epoch, the one clock processes share. Any thread (through Database's connections).
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QList>
#include <QString>

#include <functional>

namespace rca {

class Database;

struct RatePace
{
    qint64 nextAllowedMs = 0;  // pacing: the group sends nothing before this
    qint64 penaltyUntilMs = 0; // after a 429: nothing before this
    QList<qint64> recent;      // send times of the last requests, oldest first
};

class RCACORE_EXPORT RateStore
{
public:
    explicit RateStore(Database *db);

    // Reads the group's pace (all zero when none is kept), lets change edit it, and keeps what
    // it leaves, in one write transaction: no other process reads or writes the group's pace
    // in between. change returns false to keep the stored pace as it was.
    Error update(const QString &group, const std::function<bool(RatePace &)> &change);
    // The group's pace as kept (for tests and diagnostics).
    Error read(const QString &group, RatePace *pace);

private:
    Error readLocked(const QString &group, RatePace *pace);

    Database *m_db;
};

} // namespace rca

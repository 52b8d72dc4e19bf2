// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Everything that asks the time asks a Clock, so tests jump half-hour ticks instead of
// sleeping. SystemClock for the program, ManualClock for tests. Any thread.
#pragma once

#include "rcacore_export.h"

#include <QDateTime>
#include <QMutex>

namespace rca {

class RCACORE_EXPORT Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class RCACORE_EXPORT SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

class RCACORE_EXPORT ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);
    QDateTime now() const override;
    void setNow(const QDateTime &now);
    void advanceSeconds(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace rca

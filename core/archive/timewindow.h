// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A half-open range of absolute time [from, to), always held in UTC.
#pragma once

#include "rcacore_export.h"

#include <QDateTime>

namespace rca {

struct RCACORE_EXPORT TimeWindow
{
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC

    TimeWindow() = default;
    TimeWindow(const QDateTime &f, const QDateTime &t)
        : from(f.toUTC())
        , to(t.toUTC())
    {}

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    bool contains(const QDateTime &t) const { return t >= from && t < to; }
    qint64 seconds() const { return from.secsTo(to); }
    bool operator==(const TimeWindow &other) const = default;
    // "2026-11-25T11:30:00Z – 2026-11-25T12:00:00Z", for logs and messages.
    QString toString() const;
};

} // namespace rca

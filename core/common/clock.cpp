// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clock.h"

#include <QMutexLocker>

namespace rca {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::setNow(const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    m_now = now.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace rca

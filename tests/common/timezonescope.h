// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs a test in another time zone: sets TZ (and tzset()) for the scope's life, then puts the
// old one back. Test thread only; Qt reads the zone from TZ at each conversion.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

namespace rca::test {

class TimeZoneScope
{
public:
    explicit TimeZoneScope(const QByteArray &zone)
        : m_old(qgetenv("TZ"))
        , m_hadOld(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneScope()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneScope(const TimeZoneScope &) = delete;
    TimeZoneScope &operator=(const TimeZoneScope &) = delete;

private:
    QByteArray m_old;
    bool m_hadOld;
};

} // namespace rca::test

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Small pieces that HttpClient and DirectUpload share, internal to rcarchiver-core: the
// networking log category, header-name comparison and default ports. Pure functions, safe from
// any thread.
#pragma once

#include <QByteArrayView>
#include <QLoggingCategory>
#include <QString>

namespace rca {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

inline constexpr int kCancelPollMs = 50;

inline bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

inline int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

} // namespace rca

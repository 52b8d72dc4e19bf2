// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timewindow.h"

namespace rca {

QString TimeWindow::toString() const
{
    return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate);
}

} // namespace rca

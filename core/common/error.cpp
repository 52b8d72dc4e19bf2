// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "error.h"

namespace rca {

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::ItemPermanent:
        return QStringLiteral("item-permanent");
    case Kind::StorageFailure:
        return QStringLiteral("storage");
    case Kind::SourceFailure:
        return QStringLiteral("source");
    case Kind::Reconnect:
        return QStringLiteral("reconnect");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemtype.h"

#include <QStringList>

namespace rca {

QList<ItemType> allItemTypes()
{
    return {ItemType::CallRecording, ItemType::VoiceMail, ItemType::Sms, ItemType::Fax};
}

ItemTypeFlag flagOf(ItemType type)
{
    return static_cast<ItemTypeFlag>(1 << static_cast<int>(type));
}

QList<ItemType> typesIn(ItemTypes types)
{
    QList<ItemType> result;
    for (ItemType type : allItemTypes()) {
        if (types.testFlag(flagOf(type)))
            result.append(type);
    }
    return result;
}

QString itemTypeKey(ItemType type)
{
    switch (type) {
    case ItemType::CallRecording:
        return QStringLiteral("call-recording");
    case ItemType::VoiceMail:
        return QStringLiteral("voicemail");
    case ItemType::Sms:
        return QStringLiteral("sms");
    case ItemType::Fax:
        return QStringLiteral("fax");
    }
    return {};
}

bool itemTypeFromKey(const QString &key, ItemType *type)
{
    for (ItemType candidate : allItemTypes()) {
        if (itemTypeKey(candidate) == key) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

QString itemTypeFolderName(ItemType type)
{
    switch (type) {
    case ItemType::CallRecording:
        return QStringLiteral("Call Recordings");
    case ItemType::VoiceMail:
        return QStringLiteral("Voice Mails");
    case ItemType::Sms:
        return QStringLiteral("SMS");
    case ItemType::Fax:
        return QStringLiteral("Fax");
    }
    return {};
}

QString itemTypesToString(ItemTypes types)
{
    QStringList keys;
    for (ItemType type : typesIn(types))
        keys.append(itemTypeKey(type));
    return keys.join(u',');
}

ItemTypes itemTypesFromString(const QString &text, bool *ok)
{
    ItemTypes types;
    bool valid = true;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        ItemType type;
        if (itemTypeFromKey(part.trimmed(), &type))
            types |= flagOf(type);
        else
            valid = false;
    }
    if (ok)
        *ok = valid;
    return types;
}

} // namespace rca

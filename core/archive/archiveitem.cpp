// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archiveitem.h"

namespace rca {

QJsonObject ArchiveItem::toJson() const
{
    QJsonObject json;
    json[u"sourceId"] = sourceId;
    json[u"type"] = itemTypeKey(type);
    json[u"created"] = created.toUTC().toString(Qt::ISODateWithMs);
    json[u"extensionId"] = QString::number(extension.id);
    json[u"extensionNumber"] = extension.number;
    json[u"extensionName"] = extension.name;
    json[u"direction"] = direction;
    json[u"otherParty"] = otherParty;
    json[u"nameTag"] = nameTag;
    json[u"fileExtension"] = fileExtension;
    json[u"contentType"] = contentType;
    json[u"expectedSize"] = QString::number(expectedSize);
    if (durationSeconds >= 0)
        json[u"durationSeconds"] = durationSeconds;
    json[u"primary"] = primary;
    json[u"sourceData"] = sourceData;
    return json;
}

ArchiveItem ArchiveItem::fromJson(const QJsonObject &json)
{
    ArchiveItem item;
    item.sourceId = json[u"sourceId"].toString();
    itemTypeFromKey(json[u"type"].toString(), &item.type);
    item.created = QDateTime::fromString(json[u"created"].toString(), Qt::ISODateWithMs).toUTC();
    item.extension.id = json[u"extensionId"].toString().toLongLong();
    item.extension.number = json[u"extensionNumber"].toString();
    item.extension.name = json[u"extensionName"].toString();
    item.direction = json[u"direction"].toString();
    item.otherParty = json[u"otherParty"].toString();
    item.nameTag = json[u"nameTag"].toString();
    item.fileExtension = json[u"fileExtension"].toString();
    item.contentType = json[u"contentType"].toString();
    item.expectedSize = json[u"expectedSize"].toString(QStringLiteral("-1")).toLongLong();
    item.durationSeconds = json[u"durationSeconds"].toInt(-1);
    item.primary = json[u"primary"].toBool(true);
    item.sourceData = json[u"sourceData"].toObject();
    return item;
}

} // namespace rca

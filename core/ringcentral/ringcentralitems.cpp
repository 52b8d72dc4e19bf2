// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ringcentralitems.h"

#include "archive/contenttype.h"

#include <QJsonArray>
#include <QStringList>
#include <QTimeZone>

namespace rca::RingCentralItems {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kContent = QStringLiteral("content");
const QString kSmsText = QStringLiteral("smsText");

// The value a file name and the log show for a party: number, else name, else extension.
QString partyLabel(const QJsonObject &party)
{
    for (const char16_t *key : {u"phoneNumber", u"name", u"extensionNumber"}) {
        const QString value = party.value(QStringView(key)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// "Name <+1555…>", "Name", "+1555…".
QString partyText(const QJsonObject &party)
{
    const QString name = party.value(u"name").toString().trimmed();
    QString number = party.value(u"phoneNumber").toString().trimmed();
    if (number.isEmpty())
        number = party.value(u"extensionNumber").toString().trimmed();
    if (name.isEmpty())
        return number;
    if (number.isEmpty())
        return name;
    return QStringLiteral("%1 <%2>").arg(name, number);
}

QString otherPartyOf(const QString &direction, const QJsonObject &from, const QJsonObject &to)
{
    return direction == u"outbound" ? partyLabel(to) : partyLabel(from);
}

ArchiveItem contentItem(const QString &uri, const QString &group)
{
    ArchiveItem item;
    item.sourceData = {
        {kKind, kContent}, {QStringLiteral("uri"), uri}, {QStringLiteral("group"), group}};
    return item;
}

} // namespace

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

qint64 int64Id(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return value.toVariant().toLongLong();
}

QList<ArchiveItem> recordingItems(const QJsonObject &record, const ExtensionResolver &extensionOf,
                                  QSet<QString> *seen)
{
    QList<ArchiveItem> items;
    const QString direction = record.value(u"direction").toString().toLower();
    const QDateTime created = parseTime(record.value(u"startTime").toString());
    const QString otherParty =
        otherPartyOf(direction, record.value(u"from").toObject(), record.value(u"to").toObject());
    const auto take = [&](const QJsonObject &owner) {
        const QJsonObject recording = owner.value(u"recording").toObject();
        const QString id = recording.value(u"id").toVariant().toString();
        const QString contentUri = recording.value(u"contentUri").toString();
        if (id.isEmpty() || contentUri.isEmpty() || seen->contains(id))
            return;
        seen->insert(id);
        ArchiveItem item = contentItem(contentUri, QStringLiteral("Heavy"));
        item.sourceId = id;
        item.type = ItemType::CallRecording;
        item.created = created;
        item.extension = extensionOf(owner, record);
        item.direction = direction;
        item.otherParty = otherParty;
        item.durationSeconds = record.value(u"duration").toInt(-1);
        item.nameTag = id;
        item.contentType = recording.value(u"contentType").toString();
        if (item.contentType.isEmpty())
            item.contentType = QStringLiteral("audio/mpeg");
        item.fileExtension = fileExtensionForContentType(item.contentType, QStringLiteral("mp3"));
        item.sourceData.insert(QStringLiteral("recordingId"), id);
        item.sourceData.insert(QStringLiteral("callId"), record.value(u"id").toString());
        items.append(item);
    };
    take(record);
    for (const QJsonValue &leg : record.value(u"legs").toArray())
        take(leg.toObject());
    return items;
}

QList<ArchiveItem> messageItems(const QJsonObject &message, const ExtensionInfo &extension,
                                QSet<QString> *seen)
{
    QList<ArchiveItem> items;
    const QString messageId = QString::number(int64Id(message.value(u"id")));
    if (message.value(u"id").isUndefined() || seen->contains(messageId))
        return items;
    seen->insert(messageId);

    const QString type = message.value(u"type").toString();
    const QString direction = message.value(u"direction").toString().toLower();
    const QJsonObject from = message.value(u"from").toObject();
    const QJsonArray toList = message.value(u"to").toArray();
    const QJsonObject firstTo = toList.isEmpty() ? QJsonObject() : toList.first().toObject();
    const QDateTime created = parseTime(message.value(u"creationTime").toString());

    ArchiveItem base;
    base.created = created;
    base.extension = extension;
    base.direction = direction;
    base.otherParty = otherPartyOf(direction, from, firstTo);

    const auto attachmentItem = [&](const QJsonObject &attachment, ItemType itemType,
                                    const QString &sourceId, const QString &fallbackExtension) {
        ArchiveItem item =
            contentItem(attachment.value(u"uri").toString(), QStringLiteral("Medium"));
        item.sourceId = sourceId;
        item.type = itemType;
        item.created = base.created;
        item.extension = base.extension;
        item.direction = base.direction;
        item.otherParty = base.otherParty;
        item.nameTag = sourceId;
        item.contentType = attachment.value(u"contentType").toString();
        item.fileExtension = fileExtensionForContentType(item.contentType, fallbackExtension);
        const QJsonValue size = attachment.value(u"size");
        item.expectedSize = size.isDouble() ? qint64(size.toDouble()) : -1;
        item.durationSeconds = attachment.value(u"vmDuration").toInt(-1);
        item.sourceData.insert(QStringLiteral("messageId"), messageId);
        item.sourceData.insert(QStringLiteral("attachmentId"),
                               QString::number(int64Id(attachment.value(u"id"))));
        return item;
    };

    const QJsonArray attachments = message.value(u"attachments").toArray();
    if (type == u"VoiceMail") {
        bool haveAudio = false;
        for (const QJsonValue &value : attachments) {
            const QJsonObject attachment = value.toObject();
            if (attachment.value(u"type").toString() == u"AudioRecording" && !haveAudio) {
                haveAudio = true;
                items.prepend(attachmentItem(attachment, ItemType::VoiceMail, messageId,
                                             QStringLiteral("mp3")));
            }
        }
        if (!haveAudio)
            return items;
        for (const QJsonValue &value : attachments) {
            const QJsonObject attachment = value.toObject();
            if (attachment.value(u"type").toString() == u"AudioTranscription") {
                ArchiveItem item = attachmentItem(attachment, ItemType::VoiceMail,
                                                  messageId + QStringLiteral("_transcript"),
                                                  QStringLiteral("txt"));
                item.fileExtension = QStringLiteral("txt");
                item.primary = false;
                items.append(item);
                break;
            }
        }
    } else if (type == u"SMS" || type == u"Pager") {
        QStringList toTexts;
        for (const QJsonValue &value : toList)
            toTexts.append(partyText(value.toObject()));
        ArchiveItem text = base;
        text.sourceId = messageId;
        text.type = ItemType::Sms;
        text.nameTag = messageId;
        text.fileExtension = QStringLiteral("txt");
        text.contentType = QStringLiteral("text/plain; charset=utf-8");
        text.sourceData = {
            {kKind, kSmsText},
            {QStringLiteral("messageId"), messageId},
            {QStringLiteral("messageType"), type},
            {QStringLiteral("time"), isoTime(created)},
            {QStringLiteral("direction"), message.value(u"direction").toString()},
            {QStringLiteral("from"), partyText(from)},
            {QStringLiteral("to"), toTexts.join(QStringLiteral(", "))},
            {QStringLiteral("text"), message.value(u"subject").toString()},
        };
        text.expectedSize = smsText(text.sourceData).size();
        items.append(text);
        for (const QJsonValue &value : attachments) {
            const QJsonObject attachment = value.toObject();
            if (attachment.value(u"type").toString() != u"MmsAttachment")
                continue;
            const QString attachmentId = QString::number(int64Id(attachment.value(u"id")));
            ArchiveItem item = attachmentItem(
                attachment, ItemType::Sms, messageId + u'_' + attachmentId, QStringLiteral("bin"));
            item.primary = false;
            items.append(item);
        }
    } else if (type == u"Fax") {
        for (const QJsonValue &value : attachments) {
            const QJsonObject attachment = value.toObject();
            if (attachment.value(u"type").toString() == u"RenderedDocument") {
                items.append(
                    attachmentItem(attachment, ItemType::Fax, messageId, QStringLiteral("pdf")));
                break;
            }
        }
    }
    return items;
}

QByteArray smsText(const QJsonObject &sourceData)
{
    const auto field = [&sourceData](const char16_t *key) {
        return sourceData.value(QStringView(key)).toString();
    };
    QString text;
    text += QStringLiteral("Time: %1\n").arg(field(u"time"));
    text += QStringLiteral("Direction: %1\n").arg(field(u"direction"));
    text += QStringLiteral("From: %1\n").arg(field(u"from"));
    text += QStringLiteral("To: %1\n").arg(field(u"to"));
    if (field(u"messageType") == u"Pager")
        text += QStringLiteral("Type: internal (Pager)\n");
    text += u'\n';
    text += field(u"text");
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text.toUtf8();
}

} // namespace rca::RingCentralItems

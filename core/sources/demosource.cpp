// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demosource.h"

#include "archive/sha256.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>

namespace rca {
namespace {

constexpr qint64 ChunkSize = 256 * 1024;
constexpr int PageSize = 250;

QString fileExtensionFor(ItemType type)
{
    switch (type) {
    case ItemType::CallRecording:
    case ItemType::VoiceMail:
        return QStringLiteral("mp3");
    case ItemType::Sms:
        return QStringLiteral("txt");
    case ItemType::Fax:
        return QStringLiteral("pdf");
    }
    return {};
}

QString contentTypeFor(ItemType type)
{
    switch (type) {
    case ItemType::CallRecording:
    case ItemType::VoiceMail:
        return QStringLiteral("audio/mpeg");
    case ItemType::Sms:
        return QStringLiteral("text/plain");
    case ItemType::Fax:
        return QStringLiteral("application/pdf");
    }
    return {};
}

// splitmix64: a fast, well-mixed stream from a 64-bit seed.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

quint64 seedOf(const QString &sourceId)
{
    const QByteArray digest =
        QCryptographicHash::hash(sourceId.toUtf8(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    memcpy(&seed, digest.constData(), sizeof seed);
    return seed;
}

} // namespace

DemoSource::DemoSource(const QJsonObject &settings, Error *error)
{
    *error = {};
    m_itemsPerHour = settings.value(u"itemsPerHour").toInt(4);
    m_itemSize = settings.value(u"itemSize").toInteger(64 * 1024);
    const QString manifestPath = settings.value(u"manifest").toString();
    if (manifestPath.isEmpty())
        return;

    m_useManifest = true;
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error::source(
            QCoreApplication::translate("rca::DemoSource", "Cannot read the demo manifest %1: %2")
                .arg(manifestPath, file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = Error::source(QCoreApplication::translate(
                                   "rca::DemoSource", "The demo manifest %1 is not valid JSON: %2")
                                   .arg(manifestPath, parseError.errorString()));
        return;
    }
    const QJsonObject root = doc.object();
    m_retentionDays = root.value(u"retentionDays").toInt(90);
    m_throttleBytesPerSecond = root.value(u"throttleBytesPerSecond").toInteger(0);
    const QJsonArray entries = root.value(u"items").toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        ArchiveItem item;
        item.sourceId = entry.value(u"id").toString();
        if (item.sourceId.isEmpty() ||
            !itemTypeFromKey(entry.value(u"type").toString(), &item.type)) {
            *error =
                Error::source(QCoreApplication::translate(
                                  "rca::DemoSource",
                                  "The demo manifest %1 has an item without a valid id and type.")
                                  .arg(manifestPath));
            return;
        }
        item.created =
            QDateTime::fromString(entry.value(u"created").toString(), Qt::ISODateWithMs).toUTC();
        const QJsonObject ext = entry.value(u"extension").toObject();
        item.extension = {ext.value(u"id").toInteger(), ext.value(u"number").toString(),
                          ext.value(u"name").toString()};
        item.direction = entry.value(u"direction").toString();
        item.otherParty = entry.value(u"otherParty").toString();
        item.durationSeconds = entry.value(u"durationSeconds").toInt(-1);
        item.nameTag = entry.value(u"nameTag").toString(item.sourceId);
        item.fileExtension = entry.value(u"fileExtension").toString(fileExtensionFor(item.type));
        item.contentType = contentTypeFor(item.type);
        item.expectedSize = entry.value(u"size").toInteger(m_itemSize);
        item.primary = entry.value(u"primary").toBool(true);
        if (entry.contains(u"fail"))
            m_failures.insert(item.sourceId, entry.value(u"fail").toString());
        m_manifestItems.append(item);
    }
}

QString DemoSource::displayName() const
{
    return QStringLiteral("Demo");
}

int DemoSource::retentionDays(ItemType) const
{
    return m_retentionDays;
}

ItemTypes DemoSource::availableTypes() const
{
    return ItemTypeFlag::CallRecording | ItemTypeFlag::VoiceMail | ItemTypeFlag::Sms |
           ItemTypeFlag::Fax;
}

Error DemoSource::listItems(const TimeWindow &window, ItemTypes types, const CancelToken &cancel,
                            const ItemBatchHandler &handleBatch)
{
    if (!m_useManifest)
        return generateItems(window, types, cancel, handleBatch);
    QList<ArchiveItem> batch;
    for (const ArchiveItem &item : std::as_const(m_manifestItems)) {
        if (window.contains(item.created) && types.testFlag(flagOf(item.type)))
            batch.append(item);
    }
    if (cancel.isCancelled())
        return Error::cancelled();
    return batch.isEmpty() ? Error() : handleBatch(batch);
}

Error DemoSource::generateItems(const TimeWindow &window, ItemTypes types,
                                const CancelToken &cancel,
                                const ItemBatchHandler &handleBatch) const
{
    if (m_itemsPerHour <= 0)
        return {};
    const qint64 step = std::max<qint64>(1, 3600 / m_itemsPerHour);
    static const ExtensionInfo extensions[] = {
        {1001, QStringLiteral("101"), QStringLiteral("Ada Admin")},
        {1002, QStringLiteral("102"), QStringLiteral("Bjørn Ærø")}};
    // Items sit on a fixed grid of absolute time, so any window lists the same ones; they are
    // handed over in pages, as a server would.
    QList<ArchiveItem> batch;
    qint64 t = (window.from.toSecsSinceEpoch() + step - 1) / step * step;
    for (; t < window.to.toSecsSinceEpoch(); t += step) {
        const quint64 r = mix(static_cast<quint64>(t));
        ArchiveItem item;
        item.type = static_cast<ItemType>(r % ItemTypeCount);
        if (!types.testFlag(flagOf(item.type)))
            continue;
        item.sourceId = QStringLiteral("demo-%1").arg(t);
        item.created = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        item.extension = extensions[(r >> 8) % 2];
        item.direction = (r >> 16) % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound");
        item.otherParty =
            QStringLiteral("+1555%1").arg((r >> 20) % 10000000, 7, 10, QLatin1Char('0'));
        if (item.type == ItemType::CallRecording || item.type == ItemType::VoiceMail)
            item.durationSeconds = int((r >> 44) % 600) + 5;
        item.nameTag = item.sourceId;
        item.fileExtension = fileExtensionFor(item.type);
        item.contentType = contentTypeFor(item.type);
        item.expectedSize = m_itemSize;
        batch.append(item);
        if (batch.size() == PageSize) {
            if (cancel.isCancelled())
                return Error::cancelled();
            if (Error e = handleBatch(batch))
                return e;
            batch.clear();
        }
    }
    if (cancel.isCancelled())
        return Error::cancelled();
    return batch.isEmpty() ? Error() : handleBatch(batch);
}

Error DemoSource::fetch(const ArchiveItem &item, ByteSink *sink, const CancelToken &cancel)
{
    const QString failure = m_failures.value(item.sourceId);
    if (failure == u"permanent")
        return Error::itemPermanent(
            QCoreApplication::translate("rca::DemoSource", "The demo source no longer has item %1.")
                .arg(item.sourceId));
    if (failure == u"transient")
        return Error::transient(
            QCoreApplication::translate("rca::DemoSource",
                                        "The demo source could not deliver item %1 this time.")
                .arg(item.sourceId));

    const qint64 size = std::max<qint64>(0, item.expectedSize);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    QElapsedTimer clock;
    clock.start();
    const qint64 startOffset = sink->bytesWritten();
    for (qint64 offset = startOffset; offset < size;) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const qint64 n = std::min<qint64>(ChunkSize, size - offset);
        fillContent(item.sourceId, offset, buffer.data(), n);
        if (Error e = sink->write(buffer.constData(), n))
            return e;
        offset += n;
        if (m_throttleBytesPerSecond > 0) {
            const qint64 dueMs = (offset - startOffset) * 1000 / m_throttleBytesPerSecond;
            if (dueMs > clock.elapsed())
                QThread::msleep(static_cast<unsigned long>(dueMs - clock.elapsed()));
        }
    }
    return {};
}

void DemoSource::fillContent(const QString &sourceId, qint64 offset, char *data, qint64 size)
{
    const quint64 seed = seedOf(sourceId);
    qint64 written = 0;
    // Whole words while the position is word-aligned, then the ragged edges byte-wise.
    if (offset % 8 == 0) {
        for (; written + 8 <= size; written += 8) {
            const quint64 word = mix(seed ^ static_cast<quint64>((offset + written) / 8));
            memcpy(data + written, &word, 8);
        }
    }
    while (written < size) {
        const qint64 position = offset + written;
        const quint64 word = mix(seed ^ static_cast<quint64>(position / 8));
        const int skip = static_cast<int>(position % 8);
        const int n = static_cast<int>(std::min<qint64>(8 - skip, size - written));
        memcpy(data + written, reinterpret_cast<const char *>(&word) + skip, n);
        written += n;
    }
}

QByteArray DemoSource::contentSha256(const QString &sourceId, qint64 size)
{
    Sha256 hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (qint64 offset = 0; offset < size; offset += ChunkSize) {
        const qint64 n = std::min<qint64>(ChunkSize, size - offset);
        fillContent(sourceId, offset, buffer.data(), n);
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return hash.hexResult();
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ledgerrebuilder.h"

#include "audit/manifestwriter.h"
#include "logging/logging.h"
#include "storage/storageconnector.h"
#include "store/database.h"
#include "store/itemledger.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace rca {

namespace {

QDateTime utcFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

LedgerRebuilder::LedgerRebuilder(Database *db, StorageConnector *storage)
    : m_db(db)
    , m_storage(storage)
{}

std::optional<LedgerEntry> LedgerRebuilder::entryFromLine(const QByteArray &line)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    LedgerEntry entry;
    if (json.isEmpty() || !itemTypeFromKey(json.value(u"type").toString(), &entry.type))
        return std::nullopt;
    entry.sourceId = json.value(u"id").toString();
    entry.remotePath = json.value(u"path").toString();
    entry.size = json.value(u"size").toInteger(-1);
    entry.sha256 = json.value(u"sha256").toString().toLatin1();
    entry.created = utcFrom(json.value(u"start"));
    entry.archived = utcFrom(json.value(u"archivedAt"));
    entry.primary = json.value(u"primary").toBool(true);
    entry.day = LedgerEntry::dayOfPath(entry.remotePath);
    entry.retention = ObjectRetention::fromJson(json.value(u"retention").toObject());
    if (entry.sourceId.isEmpty() || entry.remotePath.isEmpty() || entry.size < 0 ||
        entry.sha256.size() != 64)
        return std::nullopt;

    // The item's metadata as ManifestWriter::jsonLine() spread it out.
    const QJsonObject extension = json.value(u"extension").toObject();
    const QString direction = json.value(u"direction").toString();
    const QJsonObject parties = json.value(u"parties").toObject();
    QJsonObject metadata;
    if (extension.contains(u"id"))
        metadata.insert(QStringLiteral("extensionId"), extension.value(u"id"));
    metadata.insert(QStringLiteral("extensionNumber"), extension.value(u"number").toString());
    metadata.insert(QStringLiteral("extensionName"), extension.value(u"name").toString());
    if (!direction.isEmpty())
        metadata.insert(QStringLiteral("direction"), direction);
    const QString other = direction == u"outbound" ? parties.value(u"to").toString()
                                                   : parties.value(u"from").toString();
    if (!other.isEmpty())
        metadata.insert(QStringLiteral("otherParty"), other);
    if (json.value(u"durationSeconds").isDouble())
        metadata.insert(QStringLiteral("durationSeconds"), json.value(u"durationSeconds"));
    entry.metadata = metadata;
    return entry;
}

Error LedgerRebuilder::run(const CancelToken &cancel, Result *result)
{
    *result = {};
    // What the storage holds, once: sizes, and the provider's checksums for the audit.
    QHash<QString, StoredFile> stored;
    QStringList manifests;
    if (Error e = m_storage->listFolder(
            QString(), true,
            [&](const StoredFile &entry) -> Error {
                if (entry.isFolder)
                    return {};
                stored.insert(entry.path, entry);
                if (entry.path.startsWith(ManifestWriter::folder() + u'/') &&
                    entry.path.endsWith(QStringLiteral(".jsonl")) && entry.path.count(u'/') == 1)
                    manifests.append(entry.path);
                return {};
            },
            cancel))
        return Database::withContext(tr("Could not list what the storage holds"), e);
    manifests.sort();

    ItemLedger ledger(m_db);
    for (const QString &manifest : std::as_const(manifests)) {
        if (cancel.isCancelled())
            return Error::cancelled();
        QByteArray content;
        BufferSink sink(&content);
        if (Error e = m_storage->readFile(manifest, &sink, cancel))
            return Database::withContext(tr("Could not read %1").arg(manifest), e);
        ++result->manifests;
        QStringList days;
        // One transaction per day: a crash leaves whole days, and the rebuild can run again.
        Error e = m_db->transaction([&]() -> Error {
            for (const QByteArray &line : content.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                std::optional<LedgerEntry> entry = entryFromLine(line);
                if (!entry) {
                    ++result->unreadable;
                    continue;
                }
                const auto file = stored.constFind(entry->remotePath);
                if (file == stored.cend() || file->size != entry->size) {
                    ++result->missing;
                    if (result->missingPaths.size() < 10)
                        result->missingPaths.append(entry->remotePath);
                    continue;
                }
                if (ledger.isArchived(entry->type, entry->sourceId)) {
                    ++result->alreadyKnown;
                    continue;
                }
                entry->providerChecksum = file->providerChecksum;
                if (Error e = ledger.recordArchived(*entry))
                    return e;
                ++result->recorded;
                if (!days.contains(entry->day))
                    days.append(entry->day);
                if (entry->created.isValid() &&
                    (!result->latestItem.isValid() || entry->created > result->latestItem))
                    result->latestItem = entry->created;
            }
            // The manifests say what they said: nothing to write again for these days.
            for (const QString &day : std::as_const(days)) {
                if (Error e = ledger.clearPendingManifestDay(day))
                    return e;
            }
            return {};
        });
        if (e)
            return Database::withContext(tr("Could not rebuild the ledger from %1").arg(manifest),
                                         e);
    }
    qCInfo(lcStore) << "Ledger rebuilt from" << result->manifests
                    << "manifest(s):" << result->recorded << "recorded," << result->missing
                    << "not in the storage," << result->unreadable << "unreadable line(s)";
    return {};
}

} // namespace rca

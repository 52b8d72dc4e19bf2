// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "manifestwriter.h"

#include "archive/archivesource.h"
#include "archive/sha256.h"
#include "logging/logging.h"
#include "storage/storageconnector.h"
#include "store/database.h"
#include "store/itemledger.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace rca {

namespace {

QString itemKey(const QString &type, const QString &id)
{
    return type + u'/' + id;
}

// A manifest line, with what it is sorted and merged by.
struct Line
{
    QByteArray bytes;
    QString path;
    QByteArray sha256;
};

} // namespace

ManifestWriter::ManifestWriter(Database *db, StorageConnector *storage)
    : m_db(db)
    , m_storage(storage)
{}

QString ManifestWriter::folder()
{
    return QStringLiteral("manifest");
}

QString ManifestWriter::checksumPath(const QString &day)
{
    return folder() + u'/' + day + QStringLiteral(".sha256");
}

QString ManifestWriter::listPath(const QString &day)
{
    return folder() + u'/' + day + QStringLiteral(".jsonl");
}

QByteArray ManifestWriter::jsonLine(const LedgerEntry &entry)
{
    const QJsonObject &meta = entry.metadata;
    const QString direction = meta.value(u"direction").toString();
    const QString self = meta.value(u"extensionNumber").toString();
    const QString other = meta.value(u"otherParty").toString();
    QJsonObject parties;
    if (direction == u"outbound") {
        parties.insert(QStringLiteral("from"), self);
        parties.insert(QStringLiteral("to"), other);
    } else {
        parties.insert(QStringLiteral("from"), other);
        parties.insert(QStringLiteral("to"), self);
    }
    QJsonObject extension{{QStringLiteral("number"), self},
                          {QStringLiteral("name"), meta.value(u"extensionName").toString()}};
    if (meta.contains(u"extensionId"))
        extension.insert(QStringLiteral("id"), meta.value(u"extensionId"));
    QJsonObject line{
        {QStringLiteral("id"), entry.sourceId},
        {QStringLiteral("type"), itemTypeKey(entry.type)},
        {QStringLiteral("extension"), extension},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("start"), entry.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("size"), entry.size},
        {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256)},
        {QStringLiteral("path"), entry.remotePath},
        {QStringLiteral("archivedAt"), entry.archived.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("primary"), entry.primary},
    };
    line.insert(QStringLiteral("durationSeconds"),
                meta.contains(u"durationSeconds") ? meta.value(u"durationSeconds") : QJsonValue());
    if (!entry.retention.isEmpty())
        line.insert(QStringLiteral("retention"), entry.retention.toJson());
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

QByteArray ManifestWriter::checksumLine(const QByteArray &sha256Hex, const QString &path)
{
    QByteArray name = path.toUtf8();
    if (!name.contains('\\') && !name.contains('\n'))
        return sha256Hex + "  " + name;
    name.replace("\\", "\\\\");
    name.replace("\n", "\\n");
    return '\\' + sha256Hex + "  " + name;
}

Error ManifestWriter::writePending(const CancelToken &cancel, int *daysWritten)
{
    if (daysWritten)
        *daysWritten = 0;
    ItemLedger ledger(m_db);
    const QStringList days = ledger.pendingManifestDays();
    for (const QString &day : days) {
        if (cancel.isCancelled())
            return Error::cancelled();
        bool changed = false;
        if (Error e = writeDay(day, cancel, &changed))
            return e;
        if (Error e = ledger.clearPendingManifestDay(day))
            return e;
        if (changed && daysWritten)
            ++*daysWritten;
    }
    return {};
}

Error ManifestWriter::writeDay(const QString &day, const CancelToken &cancel, bool *changed)
{
    if (changed)
        *changed = false;
    // Sorted by path, then item: the same entries always give the same bytes.
    std::map<std::pair<QString, QString>, Line> lines;
    ItemLedger ledger(m_db);
    if (Error e = ledger.forEachOfDay(day, [&](const LedgerEntry &entry) -> Error {
            const QString key = itemKey(itemTypeKey(entry.type), entry.sourceId);
            lines[{entry.remotePath, key}] = {jsonLine(entry), entry.remotePath, entry.sha256};
            return {};
        }))
        return e;
    QSet<QString> known;
    for (const auto &[sortKey, line] : lines)
        known.insert(sortKey.second);

    // Lines the storage has that the ledger does not (an entry lost with a database) stay.
    QByteArray storedList, storedChecksums;
    bool listExists = false, checksumsExist = false;
    if (Error e = readStored(listPath(day), &storedList, &listExists, cancel))
        return e;
    if (Error e = readStored(checksumPath(day), &storedChecksums, &checksumsExist, cancel))
        return e;
    int kept = 0;
    for (const QByteArray &raw : storedList.split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        const QJsonObject json = QJsonDocument::fromJson(raw).object();
        const QString key = itemKey(json.value(u"type").toString(), json.value(u"id").toString());
        if (!json.isEmpty() && known.contains(key))
            continue;
        // Kept as it was, even a line that does not parse: it is someone's record.
        const QString path = json.value(u"path").toString();
        lines[{path, json.isEmpty() ? QString::fromUtf8(raw) : key}] = {
            raw, path, json.value(u"sha256").toString().toLatin1()};
        ++kept;
    }
    if (kept > 0)
        qCInfo(lcEngine) << "Manifest" << day << "keeps" << kept
                         << "line(s) the ledger does not have";

    QByteArray list, checksums;
    for (const auto &[sortKey, line] : lines) {
        list += line.bytes + '\n';
        if (!line.sha256.isEmpty() && !line.path.isEmpty())
            checksums += checksumLine(line.sha256, line.path) + '\n';
    }
    const bool listChanged = !listExists || list != storedList;
    const bool checksumsChanged = !checksumsExist || checksums != storedChecksums;
    if (listChanged) {
        if (Error e = store(listPath(day), list))
            return e;
    }
    if (checksumsChanged) {
        if (Error e = store(checksumPath(day), checksums))
            return e;
    }
    if (changed)
        *changed = listChanged || checksumsChanged;
    return {};
}

Error ManifestWriter::readStored(const QString &path, QByteArray *content, bool *exists,
                                 const CancelToken &cancel)
{
    content->clear();
    StoredFile stored;
    if (Error e = m_storage->stat(path, &stored))
        return e;
    *exists = stored.size >= 0;
    if (!*exists)
        return {};
    BufferSink sink(content);
    return m_storage->readFile(path, &sink, cancel);
}

Error ManifestWriter::store(const QString &path, const QByteArray &content)
{
    if (!m_folderReady) {
        if (Error e = m_storage->ensureFolder(folder()))
            return e;
        m_folderReady = true;
    }
    Error error;
    std::unique_ptr<StorageUpload> upload = m_storage->beginReplace(path, content.size(), &error);
    if (!upload)
        return error ? error : Error::storage(tr("Could not start writing %1.").arg(path));
    if (Error e = upload->write(content.constData(), content.size()))
        return e;
    Sha256 hash;
    hash.addData(content);
    StoredFile stored;
    return upload->commit(hash.hexResult(), &stored);
}

} // namespace rca

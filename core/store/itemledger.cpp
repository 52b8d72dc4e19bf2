// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemledger.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rca {

namespace {

// SQLite stores a null QString as NULL; the text columns are NOT NULL and want ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString LedgerColumns =
    QStringLiteral("type, source_id, job_id, remote_path, size, sha256, provider_checksum, "
                   "created_at, archived_at, is_primary, day, metadata, retention");
const QString FailureColumns =
    QStringLiteral("item_json, job_id, attempts, last_error, last_attempt_at, next_retry_at, "
                   "permanent, replace_path");

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDateTime timeFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString itemName(ItemType type, const QString &sourceId)
{
    return itemTypeKey(type) + u' ' + sourceId;
}

LedgerEntry entryFromRow(const QSqlQuery &query)
{
    LedgerEntry entry;
    entry.type = static_cast<ItemType>(query.value(0).toInt());
    entry.sourceId = query.value(1).toString();
    entry.jobId = query.value(2).toLongLong();
    entry.remotePath = query.value(3).toString();
    entry.size = query.value(4).toLongLong();
    entry.sha256 = query.value(5).toString().toLatin1();
    entry.providerChecksum = query.value(6).toString();
    entry.created = timeFromMs(query.value(7));
    entry.archived = timeFromMs(query.value(8));
    entry.primary = query.value(9).toBool();
    entry.day = query.value(10).toString();
    entry.metadata = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
    entry.retention = ObjectRetention::fromJson(
        QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object());
    return entry;
}

FailedItem failureFromRow(const QSqlQuery &query)
{
    FailedItem failed;
    failed.item =
        ArchiveItem::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    failed.jobId = query.value(1).toLongLong();
    failed.attempts = query.value(2).toInt();
    failed.lastError = query.value(3).toString();
    failed.lastAttempt = timeFromMs(query.value(4));
    failed.nextRetry = timeFromMs(query.value(5));
    failed.permanent = query.value(6).toBool();
    failed.replacePath = query.value(7).toString();
    return failed;
}

QList<FailedItem> readFailures(Database *db, const QString &condition, const QVariantList &values)
{
    QList<FailedItem> result;
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (db->prepare(query, QStringLiteral("SELECT ") + FailureColumns +
                               QStringLiteral(" FROM item_failures ") + condition))
        return result;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (db->execRead(query))
        return result;
    while (query.next())
        result.append(failureFromRow(query));
    return result;
}

QString compactJson(const QJsonObject &object)
{
    return object.isEmpty()
               ? QStringLiteral("")
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error forEachEntry(Database *db, const QString &condition, const QVariantList &values,
                   const ItemLedger::EntryHandler &handle)
{
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (Error e = db->prepare(query, QStringLiteral("SELECT ") + LedgerColumns +
                                         QStringLiteral(" FROM archived_items ") + condition))
        return e;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (Error e = db->execRead(query))
        return e;
    while (query.next()) {
        if (Error e = handle(entryFromRow(query)))
            return e;
    }
    return {};
}

} // namespace

QJsonObject LedgerEntry::metadataOf(const ArchiveItem &item)
{
    QJsonObject metadata;
    if (item.extension.id != 0)
        metadata.insert(QStringLiteral("extensionId"), QString::number(item.extension.id));
    metadata.insert(QStringLiteral("extensionNumber"), item.extension.number);
    metadata.insert(QStringLiteral("extensionName"), item.extension.name);
    if (!item.direction.isEmpty())
        metadata.insert(QStringLiteral("direction"), item.direction);
    if (!item.otherParty.isEmpty())
        metadata.insert(QStringLiteral("otherParty"), item.otherParty);
    if (item.durationSeconds >= 0)
        metadata.insert(QStringLiteral("durationSeconds"), item.durationSeconds);
    return metadata;
}

QString LedgerEntry::dayOfPath(const QString &remotePath)
{
    const QStringList parts = remotePath.split(u'/');
    if (parts.size() < 3)
        return {};
    const QDate date = QDate::fromString(parts.at(1), Qt::ISODate);
    return date.isValid() && parts.at(1).size() == 10 ? parts.at(1) : QString();
}

ItemLedger::ItemLedger(Database *db)
    : m_db(db)
{}

bool ItemLedger::isArchived(ItemType type, const QString &sourceId)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT 1 FROM archived_items WHERE type = ? AND "
                                            "source_id = ?")))
        return false;
    query.addBindValue(static_cast<int>(type));
    query.addBindValue(text(sourceId));
    return !m_db->execRead(query) && query.next();
}

std::optional<LedgerEntry> ItemLedger::entry(ItemType type, const QString &sourceId)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT ") + LedgerColumns +
                                 QStringLiteral(" FROM archived_items WHERE type = ? AND "
                                                "source_id = ?")))
        return std::nullopt;
    query.addBindValue(static_cast<int>(type));
    query.addBindValue(text(sourceId));
    if (m_db->execRead(query) || !query.next())
        return std::nullopt;
    return entryFromRow(query);
}

Error ItemLedger::recordArchived(const LedgerEntry &entry)
{
    const QString what =
        tr("Could not record %1 as archived").arg(itemName(entry.type, entry.sourceId));
    Error e = m_db->transaction([&]() -> Error {
        // Checked under the write lock, for a clear message; the primary key guarantees it.
        if (isArchived(entry.type, entry.sourceId))
            return Error::itemPermanent(tr("it is already in the archive ledger"));
        QSqlQuery insert(m_db->connection());
        if (Error e = m_db->prepare(
                insert, QStringLiteral("INSERT INTO archived_items (") + LedgerColumns +
                            QStringLiteral(", retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                           "?, ?, ?, ?, ?)")))
            return e;
        insert.addBindValue(static_cast<int>(entry.type));
        insert.addBindValue(text(entry.sourceId));
        insert.addBindValue(idOrNull(entry.jobId));
        insert.addBindValue(text(entry.remotePath));
        insert.addBindValue(entry.size);
        insert.addBindValue(text(QString::fromLatin1(entry.sha256)));
        insert.addBindValue(text(entry.providerChecksum));
        insert.addBindValue(msOrNull(entry.created));
        insert.addBindValue(
            (entry.archived.isValid() ? entry.archived : QDateTime::currentDateTimeUtc())
                .toMSecsSinceEpoch());
        insert.addBindValue(entry.primary ? 1 : 0);
        const QString day =
            entry.day.isEmpty() ? LedgerEntry::dayOfPath(entry.remotePath) : entry.day;
        insert.addBindValue(text(day));
        insert.addBindValue(compactJson(entry.metadata));
        insert.addBindValue(compactJson(entry.retention.toJson()));
        insert.addBindValue(entry.retention.mode == ObjectRetention::Mode::None
                                ? QVariant()
                                : msOrNull(entry.retention.retainUntil));
        if (Error e = m_db->execWrite(insert))
            return e;
        if (!day.isEmpty()) {
            // The day's manifest must list it: written after the job, or by the next one.
            QSqlQuery pending(m_db->connection());
            if (Error e =
                    m_db->prepare(pending, QStringLiteral("INSERT OR IGNORE INTO "
                                                          "manifest_pending (day) VALUES (?)")))
                return e;
            pending.addBindValue(day);
            if (Error e = m_db->execWrite(pending))
                return e;
        }

        QSqlQuery clear(m_db->connection());
        if (Error e = m_db->prepare(clear, QStringLiteral("DELETE FROM item_failures WHERE "
                                                          "type = ? AND source_id = ?")))
            return e;
        clear.addBindValue(static_cast<int>(entry.type));
        clear.addBindValue(text(entry.sourceId));
        return m_db->execWrite(clear);
    });
    return Database::withContext(what, e);
}

QList<LedgerEntry> ItemLedger::entriesForJob(qint64 jobId)
{
    QList<LedgerEntry> result;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (m_db->prepare(query, QStringLiteral("SELECT ") + LedgerColumns +
                                 QStringLiteral(" FROM archived_items WHERE job_id = ? "
                                                "ORDER BY archived_at, type, source_id")))
        return result;
    query.addBindValue(jobId);
    if (m_db->execRead(query))
        return result;
    while (query.next())
        result.append(entryFromRow(query));
    return result;
}

int ItemLedger::archivedCount()
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT COUNT(*) FROM archived_items")) ||
        m_db->execRead(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Error ItemLedger::forEachOfDay(const QString &day, const EntryHandler &handle)
{
    return forEachEntry(m_db, QStringLiteral("WHERE day = ? ORDER BY remote_path, type, source_id"),
                        {text(day)}, handle);
}

Error ItemLedger::forEachCreatedIn(const QDateTime &from, const QDateTime &to,
                                   const EntryHandler &handle)
{
    return forEachEntry(
        m_db,
        QStringLiteral("WHERE created_at >= ? AND created_at < ? ORDER BY created_at, type, "
                       "source_id"),
        {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()}, handle);
}

bool ItemLedger::isRecordedPath(const QString &remotePath)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query,
                      QStringLiteral("SELECT 1 FROM archived_items WHERE remote_path = ? LIMIT 1")))
        return false;
    query.addBindValue(text(remotePath));
    return !m_db->execRead(query) && query.next();
}

ItemLedger::RetentionSummary ItemLedger::retentionSummary()
{
    RetentionSummary summary;
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query,
                      QStringLiteral("SELECT MIN(retain_until), COUNT(retain_until), "
                                     "COUNT(*) - COUNT(retain_until) FROM archived_items")) ||
        m_db->execRead(query) || !query.next())
        return summary;
    summary.earliestRetainUntil = timeFromMs(query.value(0));
    summary.withRetention = query.value(1).toInt();
    summary.withoutRetention = query.value(2).toInt();
    return summary;
}

Error ItemLedger::scheduleRepair(const ArchiveItem &item, const QString &replacePath, qint64 jobId,
                                 const QString &reason, const QDateTime &now)
{
    const QString what =
        tr("Could not schedule the repair of %1").arg(itemName(item.type, item.sourceId));
    Error e = m_db->transaction([&]() -> Error {
        QSqlQuery forget(m_db->connection());
        if (Error e = m_db->prepare(forget, QStringLiteral("DELETE FROM archived_items WHERE "
                                                           "type = ? AND source_id = ?")))
            return e;
        forget.addBindValue(static_cast<int>(item.type));
        forget.addBindValue(text(item.sourceId));
        if (Error e = m_db->execWrite(forget))
            return e;
        QSqlQuery due(m_db->connection());
        if (Error e = m_db->prepare(
                due,
                QStringLiteral("INSERT INTO item_failures (type, source_id, item_json, created_at, "
                               "job_id, attempts, last_error, last_attempt_at, next_retry_at, "
                               "permanent, replace_path) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?) "
                               "ON CONFLICT (type, source_id) DO UPDATE SET item_json = "
                               "excluded.item_json, job_id = excluded.job_id, attempts = 0, "
                               "last_error = excluded.last_error, last_attempt_at = "
                               "excluded.last_attempt_at, next_retry_at = excluded.next_retry_at, "
                               "permanent = 0, replace_path = CASE WHEN excluded.replace_path = '' "
                               "THEN item_failures.replace_path ELSE excluded.replace_path END")))
            return e;
        due.addBindValue(static_cast<int>(item.type));
        due.addBindValue(text(item.sourceId));
        due.addBindValue(
            QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact)));
        due.addBindValue(msOrNull(item.created));
        due.addBindValue(idOrNull(jobId));
        due.addBindValue(text(reason));
        due.addBindValue(msOrNull(now));
        due.addBindValue(now.toMSecsSinceEpoch());
        due.addBindValue(text(replacePath));
        return m_db->execWrite(due);
    });
    return Database::withContext(what, e);
}

QStringList ItemLedger::pendingManifestDays()
{
    QStringList days;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (m_db->prepare(query, QStringLiteral("SELECT day FROM manifest_pending ORDER BY day")) ||
        m_db->execRead(query))
        return days;
    while (query.next())
        days.append(query.value(0).toString());
    return days;
}

Error ItemLedger::clearPendingManifestDay(const QString &day)
{
    QSqlQuery query(m_db->connection());
    if (Error e =
            m_db->prepare(query, QStringLiteral("DELETE FROM manifest_pending WHERE day = ?")))
        return e;
    query.addBindValue(text(day));
    return m_db->execWrite(query);
}

Error ItemLedger::recordFailure(const ArchiveItem &item, qint64 jobId, const QString &error,
                                const QDateTime &attemptTime, const QDateTime &nextRetry,
                                bool permanent)
{
    const QString what =
        tr("Could not record the failure of %1").arg(itemName(item.type, item.sourceId));
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query,
            QStringLiteral(
                "INSERT INTO item_failures (type, source_id, item_json, created_at, job_id, "
                "attempts, last_error, last_attempt_at, next_retry_at, permanent) "
                "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
                "ON CONFLICT (type, source_id) DO UPDATE SET item_json = excluded.item_json, "
                "created_at = excluded.created_at, job_id = excluded.job_id, "
                "attempts = item_failures.attempts + 1, last_error = excluded.last_error, "
                "last_attempt_at = excluded.last_attempt_at, "
                "next_retry_at = excluded.next_retry_at, permanent = excluded.permanent")))
        return Database::withContext(what, e);
    query.addBindValue(static_cast<int>(item.type));
    query.addBindValue(text(item.sourceId));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(msOrNull(item.created));
    query.addBindValue(idOrNull(jobId));
    query.addBindValue(text(error));
    query.addBindValue(msOrNull(attemptTime));
    query.addBindValue(permanent ? QVariant() : msOrNull(nextRetry));
    query.addBindValue(permanent ? 1 : 0);
    return Database::withContext(what, m_db->execWrite(query));
}

std::optional<FailedItem> ItemLedger::failure(ItemType type, const QString &sourceId)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT ") + FailureColumns +
                                 QStringLiteral(" FROM item_failures WHERE type = ? AND "
                                                "source_id = ?")))
        return std::nullopt;
    query.addBindValue(static_cast<int>(type));
    query.addBindValue(text(sourceId));
    if (m_db->execRead(query) || !query.next())
        return std::nullopt;
    return failureFromRow(query);
}

QList<FailedItem> ItemLedger::dueFailures(const QDateTime &now, int limit)
{
    return readFailures(m_db,
                        QStringLiteral("WHERE permanent = 0 AND next_retry_at IS NOT NULL AND "
                                       "next_retry_at <= ? ORDER BY created_at, type, source_id "
                                       "LIMIT ?"),
                        {now.toMSecsSinceEpoch(), limit < 0 ? -1 : limit});
}

QList<FailedItem> ItemLedger::failuresForJob(qint64 jobId)
{
    return readFailures(
        m_db, QStringLiteral("WHERE job_id = ? ORDER BY created_at, type, source_id"), {jobId});
}

QList<FailedItem> ItemLedger::allFailures()
{
    return readFailures(m_db, QStringLiteral("ORDER BY created_at, type, source_id"), {});
}

Error ItemLedger::resetFailure(ItemType type, const QString &sourceId, const QDateTime &now)
{
    const QString what = tr("Could not retry %1").arg(itemName(type, sourceId));
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(query, QStringLiteral("UPDATE item_failures SET permanent = 0, "
                                                      "next_retry_at = ? WHERE type = ? AND "
                                                      "source_id = ?")))
        return Database::withContext(what, e);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(static_cast<int>(type));
    query.addBindValue(text(sourceId));
    if (Error e = m_db->execWrite(query))
        return Database::withContext(what, e);
    if (query.numRowsAffected() == 0)
        return Error::itemPermanent(what + QStringLiteral(": ") +
                                    tr("no failure is recorded for it"));
    return {};
}

Error ItemLedger::expireFailures(const QDateTime &cutoff, const QString &reason, int *count)
{
    if (count)
        *count = 0;
    const QString what = tr("Could not expire old failed items");
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query, QStringLiteral("UPDATE item_failures SET permanent = 1, next_retry_at = NULL, "
                                  "last_error = CASE WHEN ? = '' THEN last_error ELSE ? END "
                                  "WHERE permanent = 0 AND created_at < ?")))
        return Database::withContext(what, e);
    query.addBindValue(text(reason));
    query.addBindValue(text(reason));
    query.addBindValue(cutoff.toMSecsSinceEpoch());
    if (Error e = m_db->execWrite(query))
        return Database::withContext(what, e);
    if (count)
        *count = query.numRowsAffected();
    return {};
}

} // namespace rca

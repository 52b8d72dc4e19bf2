// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditstore.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rca {

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

AuditStore::AuditStore(Database *db)
    : m_db(db)
{}

Error AuditStore::saveProblems(qint64 jobId, const QList<AuditProblem> &problems)
{
    const QString what = tr("Could not save the problems the audit found");
    Error e = m_db->transaction([&]() -> Error {
        QSqlQuery clear(m_db->connection());
        if (Error e =
                m_db->prepare(clear, QStringLiteral("DELETE FROM audit_problems WHERE job_id = ?")))
            return e;
        clear.addBindValue(jobId);
        if (Error e = m_db->execWrite(clear))
            return e;
        QSqlQuery insert(m_db->connection());
        if (Error e = m_db->prepare(
                insert, QStringLiteral("INSERT INTO audit_problems (job_id, seq, kind, type, "
                                       "source_id, path, detail, window_from, window_to, "
                                       "repairable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return e;
        int seq = 0;
        for (const AuditProblem &problem : problems) {
            insert.addBindValue(jobId);
            insert.addBindValue(seq++);
            insert.addBindValue(AuditProblem::kindKey(problem.kind));
            insert.addBindValue(problem.type ? QVariant(static_cast<int>(*problem.type))
                                             : QVariant());
            insert.addBindValue(text(problem.sourceId));
            insert.addBindValue(text(problem.path));
            insert.addBindValue(text(problem.detail));
            insert.addBindValue(msOrNull(problem.window.from));
            insert.addBindValue(msOrNull(problem.window.to));
            insert.addBindValue(problem.repairable ? 1 : 0);
            if (Error e = m_db->execWrite(insert))
                return e;
        }
        return {};
    });
    return Database::withContext(what, e);
}

QList<AuditProblem> AuditStore::problems(qint64 jobId)
{
    QList<AuditProblem> result;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (m_db->prepare(query, QStringLiteral("SELECT kind, type, source_id, path, detail, "
                                            "window_from, window_to, repairable FROM "
                                            "audit_problems WHERE job_id = ? ORDER BY seq")))
        return result;
    query.addBindValue(jobId);
    if (m_db->execRead(query))
        return result;
    while (query.next()) {
        AuditProblem problem;
        if (!AuditProblem::kindFromKey(query.value(0).toString(), &problem.kind))
            continue; // written by a newer version
        if (!query.value(1).isNull())
            problem.type = static_cast<ItemType>(query.value(1).toInt());
        problem.sourceId = query.value(2).toString();
        problem.path = query.value(3).toString();
        problem.detail = query.value(4).toString();
        problem.window = TimeWindow(timeFromMs(query.value(5)), timeFromMs(query.value(6)));
        problem.repairable = query.value(7).toBool();
        result.append(problem);
    }
    return result;
}

Error AuditStore::clearListed()
{
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(query, QStringLiteral("DELETE FROM audit_listed")))
        return e;
    return m_db->execWrite(query);
}

Error AuditStore::addListed(const QList<ArchiveItem> &items)
{
    return m_db->transaction([&]() -> Error {
        QSqlQuery insert(m_db->connection());
        if (Error e =
                m_db->prepare(insert, QStringLiteral("INSERT OR IGNORE INTO audit_listed (type, "
                                                     "source_id, created_at, item_json) VALUES "
                                                     "(?, ?, ?, ?)")))
            return e;
        for (const ArchiveItem &item : items) {
            insert.addBindValue(static_cast<int>(item.type));
            insert.addBindValue(text(item.sourceId));
            insert.addBindValue(item.created.toMSecsSinceEpoch());
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact)));
            if (Error e = m_db->execWrite(insert))
                return e;
        }
        return {};
    });
}

Error AuditStore::forEachListed(const QDateTime &from, const QDateTime &to,
                                const std::function<Error(const ArchiveItem &item)> &handle)
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (Error e = m_db->prepare(query, QStringLiteral("SELECT item_json FROM audit_listed WHERE "
                                                      "created_at >= ? AND created_at < ? "
                                                      "ORDER BY created_at, type, source_id")))
        return e;
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (Error e = m_db->execRead(query))
        return e;
    while (query.next()) {
        const ArchiveItem item = ArchiveItem::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        if (Error e = handle(item))
            return e;
    }
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectorstate.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rca {

ConnectorState::ConnectorState(Database *db, QString storage)
    : m_db(db)
    , m_storage(std::move(storage))
{}

QJsonObject ConnectorState::value(const QString &key)
{
    QSqlQuery query(m_db->connection());
    if (m_db->prepare(query, QStringLiteral("SELECT value FROM connector_state "
                                            "WHERE storage = ? AND key = ?")))
        return {};
    query.addBindValue(m_storage);
    query.addBindValue(key);
    if (m_db->execRead(query) || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

Error ConnectorState::setValue(const QString &key, const QJsonObject &value)
{
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query, QStringLiteral("INSERT OR REPLACE INTO connector_state "
                                  "(storage, key, value, updated_ms) VALUES (?, ?, ?, ?)")))
        return e;
    query.addBindValue(m_storage);
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db->execWrite(query);
}

Error ConnectorState::remove(const QString &key)
{
    QSqlQuery query(m_db->connection());
    if (Error e = m_db->prepare(
            query, QStringLiteral("DELETE FROM connector_state WHERE storage = ? AND key = ?")))
        return e;
    query.addBindValue(m_storage);
    query.addBindValue(key);
    return m_db->execWrite(query);
}

QList<ConnectorJournal::Record> ConnectorState::records()
{
    QList<Record> result;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (m_db->prepare(query, QStringLiteral("SELECT key, value, updated_ms FROM connector_state "
                                            "WHERE storage = ? ORDER BY updated_ms, key")))
        return result;
    query.addBindValue(m_storage);
    if (m_db->execRead(query))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(),
                       QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(),
                       QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    }
    return result;
}

} // namespace rca

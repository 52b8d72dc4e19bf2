// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ratestore.h"

#include "database.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>

namespace rca {

namespace {

QString joined(const QList<qint64> &times)
{
    QStringList parts;
    parts.reserve(times.size());
    for (const qint64 time : times)
        parts.append(QString::number(time));
    return parts.join(u',');
}

QList<qint64> split(const QString &text)
{
    QList<qint64> times;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 time = part.toLongLong(&ok);
        if (ok)
            times.append(time);
    }
    return times;
}

} // namespace

RateStore::RateStore(Database *db)
    : m_db(db)
{}

Error RateStore::read(const QString &group, RatePace *pace)
{
    return readLocked(group, pace);
}

Error RateStore::readLocked(const QString &group, RatePace *pace)
{
    *pace = {};
    QSqlQuery query(m_db->connection());
    if (Error e =
            m_db->prepare(query, QStringLiteral("SELECT next_allowed_ms, penalty_until_ms, "
                                                "recent FROM rate_pace WHERE rate_group = ?")))
        return e;
    query.addBindValue(group);
    if (Error e = m_db->execRead(query))
        return e;
    if (query.next()) {
        pace->nextAllowedMs = query.value(0).toLongLong();
        pace->penaltyUntilMs = query.value(1).toLongLong();
        pace->recent = split(query.value(2).toString());
    }
    return {};
}

Error RateStore::update(const QString &group, const std::function<bool(RatePace &)> &change)
{
    // The request leaves when this commits: a commit that waits for the disk (the store's
    // synchronous = FULL) would put its own delay between the slot and the send. The pace need
    // not survive a power cut, so its commits only reach the WAL (NORMAL), which keeps the file
    // consistent; FULL is back before anything else writes on this connection.
    QSqlQuery pragma(m_db->connection());
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const auto restore =
        qScopeGuard([&] { pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")); });
    return m_db->transaction([&]() -> Error {
        RatePace pace;
        if (Error e = readLocked(group, &pace))
            return e;
        if (!change(pace))
            return {};
        QSqlQuery query(m_db->connection());
        if (Error e = m_db->prepare(query, QStringLiteral("INSERT OR REPLACE INTO rate_pace "
                                                          "(rate_group, next_allowed_ms, "
                                                          "penalty_until_ms, recent) "
                                                          "VALUES (?, ?, ?, ?)")))
            return e;
        query.addBindValue(group);
        query.addBindValue(pace.nextAllowedMs);
        query.addBindValue(pace.penaltyUntilMs);
        query.addBindValue(joined(pace.recent));
        return m_db->execWrite(query);
    });
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The ConnectorJournal of a storage kind in the profile's database (table connector_state,
// schema v6): the connector's records of work in progress (an S3 multipart upload's id and
// parts), next to the ledger, copied and restored with it. Any thread (through Database's
// per-thread connections).
#pragma once

#include "rcacore_export.h"
#include "storage/connectorjournal.h"

namespace rca {

class Database;

class RCACORE_EXPORT ConnectorState : public ConnectorJournal
{
public:
    // storage: the connector's id ("s3"), which keeps the records of storage kinds apart.
    ConnectorState(Database *db, QString storage);

    QJsonObject value(const QString &key) override;
    Error setValue(const QString &key, const QJsonObject &value) override;
    Error remove(const QString &key) override;
    QList<Record> records() override;

private:
    Database *m_db;
    QString m_storage;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ConnectorJournal: the small state a connector keeps in the profile's database beside the
// ledger, so that work in progress outlives the process: an S3 multipart upload's id and the
// parts the storage already holds, to resume after a restart or a kill -9, and to abort what
// nobody will finish. Records are JSON objects keyed by a name the connector chooses (the
// object key); each is written in its own transaction before the request it describes, so a
// crash leaves at most a record of something that did not happen, never the reverse.
// Any thread (through the database's per-thread connections).
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rca {

class RCACORE_EXPORT ConnectorJournal
{
public:
    struct Record
    {
        QString key;
        QJsonObject value;
        QDateTime updated; // UTC
    };

    virtual ~ConnectorJournal() = default;
    // The record under key, or an empty object.
    virtual QJsonObject value(const QString &key) = 0;
    // Creates or replaces the record under key; durable when it returns.
    virtual Error setValue(const QString &key, const QJsonObject &value) = 0;
    virtual Error remove(const QString &key) = 0;
    // Every record of this connector, oldest first.
    virtual QList<Record> records() = 0;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentralItems: turns RingCentral JSON (call-log records, message-store messages) into
// ArchiveItems, and renders an SMS as the readable text file that is archived for it. Pure
// functions of their input; any thread.
#pragma once

#include "archive/archiveitem.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <functional>

namespace rca::RingCentralItems {

// ISO 8601 in UTC with milliseconds and Z, as RingCentral's dateFrom/dateTo expect.
RCACORE_EXPORT QString isoTime(const QDateTime &time);
RCACORE_EXPORT QDateTime parseTime(const QString &text);
// An int64 id that RingCentral may send as a number or a string.
RCACORE_EXPORT qint64 int64Id(const QJsonValue &value);

// Who owns a recording: the record, or the leg that carries it (with the record beside it).
using ExtensionResolver =
    std::function<ExtensionInfo(const QJsonObject &owner, const QJsonObject &record)>;

// The recordings of one call-log record (on the record and on legs[]), each once: ids already
// in *seen are skipped and new ones added.
RCACORE_EXPORT QList<ArchiveItem> recordingItems(const QJsonObject &record,
                                                 const ExtensionResolver &extensionOf,
                                                 QSet<QString> *seen);

// The items of one message-store message: voicemail audio (+ transcript), SMS/Pager text
// (+ MMS attachments), fax document.
RCACORE_EXPORT QList<ArchiveItem> messageItems(const QJsonObject &message,
                                               const ExtensionInfo &extension, QSet<QString> *seen);

// The UTF-8 text archived for an SMS, from the fields kept in its sourceData.
RCACORE_EXPORT QByteArray smsText(const QJsonObject &sourceData);

} // namespace rca::RingCentralItems

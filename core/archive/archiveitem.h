// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One file to archive, as a source describes it. A RingCentral message with attachments
// becomes several items (the SMS text and each MMS picture); only the primary one counts in
// the job log. Value type, any thread.
#pragma once

#include "itemtype.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rca {

struct RCACORE_EXPORT ExtensionInfo
{
    qint64 id = 0;
    QString number; // "101"
    QString name;   // "Alice Example"
    bool operator==(const ExtensionInfo &other) const = default;
};

struct RCACORE_EXPORT ArchiveItem
{
    // Stable id at the source, unique within its type: the ledger key together with type.
    QString sourceId;
    ItemType type = ItemType::CallRecording;
    QDateTime created; // UTC
    ExtensionInfo extension;
    QString direction;  // "inbound" or "outbound"; may be empty
    QString otherParty; // phone number or name of the other side; may be empty
    // The distinguishing tail of the file name (normally the RingCentral id, plus a suffix
    // for attachments such as "_transcript"), and the file extension without a dot.
    QString nameTag;
    QString fileExtension;
    QString contentType;
    qint64 expectedSize = -1; // -1 when the source does not know it in advance
    int durationSeconds = -1; // calls and voicemails: how long; -1 when not known
    // False for the secondary files of one message (attachments, transcripts).
    bool primary = true;
    // Whatever the source needs to fetch it again later (URIs, ids); opaque to the engine.
    QJsonObject sourceData;

    QJsonObject toJson() const;
    static ArchiveItem fromJson(const QJsonObject &json);
    bool operator==(const ArchiveItem &other) const = default;
};

} // namespace rca

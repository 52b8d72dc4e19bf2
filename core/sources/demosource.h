// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A source that needs no account: it makes up call recordings, voicemails, SMS and faxes with
// deterministic content, so the whole program can be tried and tested without RingCentral.
// Either generated (settings {"itemsPerHour": N, "itemSize": bytes}) or described item by
// item in a JSON manifest (settings {"manifest": "/path/items.json"}; format in the README),
// which tests use to script sizes, failures and slow downloads. Worker thread.
#pragma once

#include "archive/archivesource.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace rca {

class RCACORE_EXPORT DemoSource : public ArchiveSource
{
public:
    // Reads the manifest, if any; a missing or malformed one is an error in *error.
    DemoSource(const QJsonObject &settings, Error *error);

    QString displayName() const override;
    int retentionDays(ItemType type) const override;
    ItemTypes availableTypes() const override;
    Error listItems(const TimeWindow &window, ItemTypes types, const CancelToken &cancel,
                    const ItemBatchHandler &handleBatch) override;
    Error fetch(const ArchiveItem &item, ByteSink *sink, const CancelToken &cancel) override;

    // The bytes item `sourceId` consists of, from offset on: a stream anyone can recompute
    // (tests check archived files against it).
    static void fillContent(const QString &sourceId, qint64 offset, char *data, qint64 size);
    static QByteArray contentSha256(const QString &sourceId, qint64 size);

private:
    Error generateItems(const TimeWindow &window, ItemTypes types, const CancelToken &cancel,
                        const ItemBatchHandler &handleBatch) const;

    QList<ArchiveItem> m_manifestItems;
    QHash<QString, QString> m_failures; // sourceId -> "transient" | "permanent"
    bool m_useManifest = false;
    int m_itemsPerHour = 4;
    qint64 m_itemSize = 64 * 1024;
    qint64 m_throttleBytesPerSecond = 0;
    int m_retentionDays = 90;
};

} // namespace rca

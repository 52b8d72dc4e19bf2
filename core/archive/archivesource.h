// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where archived items come from (RingCentral; the demo source). Calls block and are made
// from the engine's worker thread only; an implementation that needs an event loop (Qt
// networking) runs a local one.
#pragma once

#include "archiveitem.h"
#include "common/cancellation.h"
#include "common/error.h"
#include "itemtype.h"
#include "timewindow.h"

#include "rcacore_export.h"

#include <QByteArray>
#include <QList>

#include <functional>

class QIODevice;

namespace rca {

// Receives the bytes of one item as they arrive.
class RCACORE_EXPORT ByteSink
{
public:
    virtual ~ByteSink() = default;
    // Appends data; returns an error (for example a full disk) to stop the download.
    virtual Error write(const char *data, qint64 size) = 0;
    // Bytes accepted so far: a source that lost its connection resumes from here.
    virtual qint64 bytesWritten() const = 0;
    // The content type the server reported, when it says more than the listing did (call
    // recordings come as MP3 or WAV); the file may then be stored under another extension.
    virtual void noteContentType(const QString &contentType) { Q_UNUSED(contentType); }
};

// Collects a small file (a manifest, a listing) in memory.
class BufferSink : public ByteSink
{
public:
    explicit BufferSink(QByteArray *buffer)
        : m_buffer(buffer)
    {}
    Error write(const char *data, qint64 size) override
    {
        m_buffer->append(data, size);
        return {};
    }
    qint64 bytesWritten() const override { return m_buffer->size(); }

private:
    QByteArray *m_buffer;
};

class RCACORE_EXPORT ArchiveSource
{
public:
    virtual ~ArchiveSource() = default;

    // "RingCentral", "Demo": shown in logs and status.
    virtual QString displayName() const = 0;
    // How far back the source still holds items of this type (RingCentral deletes call
    // recordings after about 90 days). Windows older than that are reported, not retried.
    virtual int retentionDays(ItemType type) const = 0;
    // The types this source can offer with the current settings.
    virtual ItemTypes availableTypes() const = 0;

    // Receives the items of a listing a page at a time; an error it returns stops the listing
    // and is returned by listItems.
    using ItemBatchHandler = std::function<Error(const QList<ArchiveItem> &batch)>;

    // Lists the items of the given types created in [window.from, window.to), handing them
    // over in pages (as the server pages them), so memory does not grow with their number.
    virtual Error listItems(const TimeWindow &window, ItemTypes types, const CancelToken &cancel,
                            const ItemBatchHandler &handleBatch) = 0;

    // Streams the content of one item into sink, resuming from sink->bytesWritten() after a
    // dropped connection where the server allows it.
    virtual Error fetch(const ArchiveItem &item, ByteSink *sink, const CancelToken &cancel) = 0;
};

} // namespace rca

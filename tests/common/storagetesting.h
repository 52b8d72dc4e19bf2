// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Helpers for the tests of storage connectors: a ByteSink that keeps what readFile() streams
// into it (and can cancel after N writes or refuse bytes like a full disk), and listed(), the
// paths a listFolder() reports. Test thread only. Header-only.
#pragma once

#include "storage/storageconnector.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace rca::test {

class CollectingSink : public ByteSink
{
public:
    Error write(const char *data, qint64 size) override
    {
        if (failAfter >= 0 && bytes.size() + size > failAfter)
            return Error::storage(QStringLiteral("disk full"));
        bytes.append(data, size);
        largestWrite = std::max(largestWrite, size);
        if (++writes == cancelAfter)
            cancel.cancel();
        return {};
    }
    qint64 bytesWritten() const override { return bytes.size(); }

    QByteArray bytes;
    int writes = 0;
    qint64 largestWrite = 0;
    int cancelAfter = -1;  // raises cancel after that many writes
    qint64 failAfter = -1; // refuses a write that would go past that many bytes
    CancelToken cancel;
};

// "path" or "path/" (folders) for each entry listFolder() reports, in its order, and the sizes
// of files.
inline Error listed(StorageConnector *storage, const QString &folder, bool recursive,
                    QStringList *paths, QHash<QString, qint64> *sizes = nullptr)
{
    paths->clear();
    return storage->listFolder(
        folder, recursive,
        [&](const StoredFile &entry) {
            paths->append(entry.isFolder ? entry.path + u'/' : entry.path);
            if (sizes)
                sizes->insert(entry.path, entry.size);
            return Error();
        },
        CancelToken());
}

} // namespace rca::test

// uploadFile: sends a file on disk through a storage connector the way the engine does (an
// atomic upload fed in 256 KiB pieces, committed with the caller's SHA-256), for the
// connector benchmarks. Header-only.
#pragma once

#include "storage/storageconnector.h"

#include <QFile>

namespace rca::test {

inline Error uploadFile(StorageConnector *connector, const QString &localPath,
                        const QString &remotePath, const QByteArray &sha256Hex, qint64 *bytes)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(file.errorString());
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginUpload(remotePath, file.size(), &error);
    if (!upload)
        return error;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got <= 0)
            break;
        if (Error e = upload->write(chunk.constData(), got))
            return e;
        *bytes += got;
    }
    StoredFile stored;
    return upload->commit(sha256Hex, &stored);
}

} // namespace rca::test

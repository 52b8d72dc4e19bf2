// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The S3 connector's tests' common ground: the fake S3 server (tests/fakes/s3, every request's
// SigV4 checked by botocore) as a child process with its control API, the plugin loaded from
// the build, connectors made on it with a journal in a real profile database, and uploads
// streamed through the StorageUpload interface as the engine streams them. Test thread only.
#pragma once

#include "fakeserver.h"
#include "memorysecretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/connectorstate.h"
#include "store/database.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace rca::test {

inline const QString S3AccessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
inline const QString S3SecretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

class S3Fixture
{
public:
    // Starts the fake with a plain bucket "plain", a locked one "locked" (no default) and
    // "defaulted" (governance, 1 year by default); parts may be 1 KiB.
    bool start();
    // Back to the buckets above, no faults, the request log cleared.
    void reset();

    // Options for setUp against bucket.
    QVariantMap options(const QString &bucket) const;
    // A connector set up with options (plus extra), opened; its settings get partSize bytes.
    std::unique_ptr<StorageConnector> connect(const QString &bucket, const QVariantMap &extra = {},
                                              qint64 partSize = 64 * 1024);
    // A connector on saved settings (a later process), opened.
    std::unique_ptr<StorageConnector> reopen(const QJsonObject &settings);
    std::unique_ptr<StorageConnector> create(const QJsonObject &settings);

    // Streams data in writes of writeSize, commits. created: the item's creation time.
    static Error upload(StorageConnector *storage, const QString &path, const QByteArray &data,
                        StoredFile *stored, const QDateTime &created = {},
                        qint64 writeSize = 10000);

    QJsonArray objects(const QString &bucket, const QString &prefix = {});
    QJsonArray uploadsInProgress();
    // Requests of that S3 operation ("UploadPart") since the log was cleared.
    int count(const QString &operation);
    QJsonArray requests(const QString &operation);
    void fault(const QJsonObject &rule);

    FakeServer fake;
    MemorySecretStore secrets;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ConnectorState> journal;
    std::unique_ptr<ConnectorRegistry> registry;
    StorageConnectorFactory *factory = nullptr;
    QJsonObject lastSettings;
};

} // namespace rca::test

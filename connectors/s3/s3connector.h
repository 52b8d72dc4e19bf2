// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "s3client.h"
#include "storage/storageconnector.h"

#include <QObject>

#include <optional>

namespace rca {

// The plugin entry point of the "S3-compatible storage" connector. Stateless.
class S3ConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "s3.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

// Archives into a bucket of AWS S3, Backblaze B2, Wasabi, MinIO, Ceph RGW or any S3-compatible
// storage, under a key prefix ("RingCentral Application/"), with requests signed by AwsSigV4
// and the secret access key in the keychain (<profile>/s3/secretAccessKey). Where the bucket
// has Object Lock, every object can be written with a retention (governance or compliance, a
// period counted from the item's creation) and a legal hold; set-up reads the bucket's lock
// configuration and refuses retention on a bucket without one. Uploads go through S3Upload
// (multipart resumed across restarts through the ConnectorJournal); open() aborts the
// unfinished uploads that nobody will resume. S3 has no folders: ensureFolder() creates nothing.
// Used from one thread at a time.
class S3Connector : public StorageConnector
{
public:
    explicit S3Connector(const ConnectorContext &context);
    ~S3Connector() override;

    Error setUp(const QVariantMap &options, QJsonObject *settings) override;
    Error testSetUp(const QVariantMap &options) override;
    Error tearDown() override;
    Error open(const CancelToken &cancel) override;
    void close() override;
    Error ensureFolder(const QString &relativePath) override;
    std::unique_ptr<StorageUpload> beginUpload(const QString &relativePath, qint64 expectedSize,
                                               Error *error) override;
    std::unique_ptr<StorageUpload> beginReplace(const QString &relativePath, qint64 expectedSize,
                                                Error *error) override;
    Error stat(const QString &relativePath, StoredFile *stored) override;
    Error listFolder(const QString &relativeFolder, bool recursive, const EntryHandler &handleEntry,
                     const CancelToken &cancel) override;
    Error readFile(const QString &relativePath, ByteSink *sink, const CancelToken &cancel) override;
    QString checksumName() const override;
    QString location() const override;
    QString locationUrl() const override;
    QStringList details() const override;

    static QString secretKey(const QString &profileId);
    // Unfinished uploads of this profile older than this are aborted by open().
    static constexpr int StaleUploadHours = 72;

private:
    Error setUpOrTest(const QVariantMap &options, bool testOnly, QJsonObject *settings);
    // Aborts what nobody will finish: uploads the journal knows but that are stale or were
    // lost before their id was kept, and unknown ones under the prefix older than a day.
    Error abortOrphans(const CancelToken &cancel);
    Error notOpen() const;

    ConnectorContext m_context;
    Error m_configError;
    S3Config m_config;
    std::optional<S3Client> m_client;
    CancelToken m_cancel;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "googledriveapi.h"
#include "googledrivefolderindex.h"
#include "googledriveupload.h"
#include "storage/storageconnector.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

namespace rca {

class OAuthSession;
struct OAuthConfig;

// The plugin entry point of the "Google Drive" connector: names it and creates connectors.
// Stateless, so any thread may use it.
class GoogleDriveConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "googledrive.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

// Archives into "Apps/RingCentral Application" in the user's Google Drive with the drive.file
// scope (the app sees only what it created). Signs in with OAuth for installed apps (PKCE,
// loopback redirect), keeps the tokens in the keychain, finds or creates folders by name and
// parent (Drive allows duplicate names: the oldest wins and ids are cached for the job),
// uploads through GoogleDriveUpload (which asks a GoogleDriveFolderIndex, new for every open(),
// what a folder already holds), lists through GoogleDriveListing and reads through
// GoogleDriveDownload. Used from the engine's worker thread (blocking calls).
class GoogleDriveConnector : public StorageConnector
{
public:
    explicit GoogleDriveConnector(const ConnectorContext &context);
    ~GoogleDriveConnector() override;

    Error setUp(const QVariantMap &options, QJsonObject *settings) override;
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

private:
    struct Endpoints
    {
        QUrl authorize;
        QUrl token;
        QUrl revoke;
        QUrl api;
    };
    static Endpoints endpoints();
    QString secretKey() const;
    // Client id and secret: options, then settings, then the environment, then the build.
    Error clientCredentials(const QVariantMap &options, QString *id, QString *secret) const;
    Error makeSession(const QString &clientId, const QString &clientSecret);
    void applyTuning(const QJsonObject &values);
    // Finds or creates Apps/RingCentral Application in the Drive root.
    Error ensureArchiveRoot(QString *id);
    // The folder id of relativePath's folder components; creates missing ones when create.
    Error folderId(const QStringList &components, bool create, QString *id);
    static Error splitPath(const QString &relativePath, bool needsFileName,
                           QStringList *components);
    std::unique_ptr<StorageUpload> startUpload(const QString &relativePath, qint64 expectedSize,
                                               GoogleDriveUpload::Mode mode, Error *error);
    // The oldest file named like relativePath's last component in its folder; an empty id
    // when there is none.
    Error findFile(const QString &relativePath, DriveFile *file);

    ConnectorContext m_context;
    QJsonObject m_settings;
    std::unique_ptr<OAuthSession> m_session;
    std::unique_ptr<GoogleDriveApi> m_api;
    std::unique_ptr<GoogleDriveFolderIndex> m_index; // what upload folders hold, for this job
    DriveRetryPolicy m_policy;
    DriveUploadOptions m_uploadOptions;
    QHash<QString, QString> m_folderIds; // relative folder path ("" = archive root) -> id
};

} // namespace rca

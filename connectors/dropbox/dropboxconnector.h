// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dropboxapi.h"
#include "dropboxupload.h"
#include "storage/storageconnector.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace rca {

class OAuthSession;

// The plugin entry point of the "Dropbox" connector. Made by QPluginLoader in whichever thread
// loads the plugins; stateless, so any thread may use it.
class DropboxConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "dropbox.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

// Archives into the app folder of the user's Dropbox ("/" to the API, Apps/<app name>/ to the
// user), under "RingCentral Application". Signs in with OAuth PKCE (offline refresh token kept
// in the keychain under <profile>/dropbox/tokens), uploads through DropboxUpload and never
// overwrites or deletes anything but a copy it just wrote that failed verification, or a file
// it was asked to replace. Lists through DropboxListing, reads through DropboxDownload. Used
// from one thread at a time (the engine's worker, or the sign-in's).
class DropboxConnector : public StorageConnector
{
public:
    explicit DropboxConnector(const ConnectorContext &context);
    ~DropboxConnector() override;

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

    static QString secretKey(const QString &profileId);

private:
    // Settings (after setUp's options) resolved against the environment and the defaults.
    struct Config
    {
        QString appKey;
        QUrl apiUrl;
        QUrl contentUrl;
        QUrl authorizeUrl;
        quint16 redirectPort = 5001;
        DropboxUploadLimits limits;
        DropboxRetryPolicy retry;
    };
    static Error resolve(const QJsonObject &settings, Config *config);
    Error startSession(const CancelToken &cancel);
    Error createFolder(const QString &dropboxPath);
    std::unique_ptr<StorageUpload> startUpload(const QString &relativePath,
                                               DropboxUpload::Mode mode, Error *error);
    Error notOpen() const;

    ConnectorContext m_context;
    QJsonObject m_settings;
    Config m_config;
    std::unique_ptr<OAuthSession> m_session;
    std::unique_ptr<DropboxApi> m_api;
    QSet<QString> m_knownFolders; // lower-case Dropbox paths known to exist
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "boxapi.h"
#include "boxfolders.h"
#include "boxupload.h"
#include "storage/storageconnector.h"

#include <QObject>

#include <memory>

namespace rca {

class OAuthSession;

// The plugin entry point of the "Box" connector. Made by QPluginLoader in whichever thread
// loads the plugins; stateless, so any thread may use it.
class BoxConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "box.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

// Archives into "Apps/RingCentral Application" in the user's Box. Signs in with OAuth 2 in the
// browser (loopback redirect; Box takes no PKCE but the client secret of a registered app, kept
// in the keychain when the user gives their own, else from the environment or the build), keeps
// the tokens in the keychain under <profile>/box/tokens and refreshes them through OAuthSession
// (Box's refresh tokens are single-use and rotate). Finds or creates folders through
// BoxFolders (ids cached per job), uploads through BoxUpload, lists through BoxListing, reads
// GET /files/{id}/content into the sink. Never overwrites or deletes anything but a copy it
// just wrote that failed verification; a replacement is a new version of the file. Used from
// one thread at a time (the engine's worker, or the sign-in's).
class BoxConnector : public StorageConnector
{
public:
    explicit BoxConnector(const ConnectorContext &context);
    ~BoxConnector() override;

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

    static QString tokensKey(const QString &profileId);
    static QString clientSecretKey(const QString &profileId);

private:
    // Settings (after setUp's options) resolved against the keychain, the environment and the
    // build's defaults.
    struct Config
    {
        QString clientId;
        QString clientSecret;
        bool ownClient = false; // the user's own app: its secret lives in the keychain
        QUrl apiUrl;
        QUrl uploadUrl;
        QUrl authorizeUrl;
        QUrl tokenUrl;
        QUrl revokeUrl;
        quint16 redirectPort = 5002;
        BoxUploadLimits limits;
        BoxRetryPolicy retry;
    };
    // secretOption: a client secret given to setUp (not yet in the keychain).
    Error resolve(const QJsonObject &settings, const QString &secretOption, Config *config) const;
    Error startSession(const CancelToken &cancel);
    Error signIn(const QString &secretOption, QJsonObject *settings);
    std::unique_ptr<StorageUpload> startUpload(const QString &relativePath, qint64 expectedSize,
                                               BoxUpload::Mode mode, Error *error);
    // The file at relativePath (an empty id when none); an error when the path is refused.
    Error findFile(const QString &relativePath, BoxItem *file);
    Error notOpen() const;

    ConnectorContext m_context;
    QJsonObject m_settings;
    Config m_config;
    std::unique_ptr<OAuthSession> m_session;
    std::unique_ptr<BoxApi> m_api;
    std::unique_ptr<BoxFolders> m_folders; // the folder ids of this job
};

} // namespace rca

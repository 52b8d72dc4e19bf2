// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Accounts: connecting and disconnecting a profile's source (RingCentral, or the demo source)
// and its one storage, for the Accounts tab and `rc-archiver connect/disconnect`. Connecting
// runs the sign-in (a browser for RingCentral and the cloud storages, credentials and a host
// key for SFTP) and saves the non-secret settings; secrets go to the keychain only.
// Disconnecting forgets the credentials, turns backup off and never touches archived data.
// Blocking (sign-in waits in local event loops): the window calls it from a worker thread,
// the command line from its main thread. One instance per thread.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <QVariantMap>

#include <functional>

namespace rca {

class ConnectorRegistry;
class Database;
class SecretStore;

class RCACORE_EXPORT Accounts
{
    Q_DECLARE_TR_FUNCTIONS(rca::Accounts)

public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    struct Source
    {
        QString kind;        // "", "ringcentral", "demo"
        QString displayName; // "RingCentral"
        QJsonObject settings;
        // RingCentral: who signed in.
        QString userName;
        QString extensionNumber;
        bool admin = false;
        QString attention; // why the user must sign in again; empty when fine
        bool isConnected() const { return !kind.isEmpty(); }
        QString account() const; // "Ada Admin (ext. 101, administrator)"
    };

    struct Storage
    {
        QString kind;        // "", "local", "sftp", "dropbox", "googledrive"
        QString displayName; // "Google Drive"
        QJsonObject settings;
        QString location;    // where the archive lives, for people
        QString locationUrl; // opens it in a file manager or browser; may be empty
        QStringList details; // StorageConnector::details(): a line each, for people
        bool isConnected() const { return !kind.isEmpty(); }
    };

    Accounts(Database *db, ConnectorRegistry *connectors, SecretStore *secrets, QString profileId);

    Source source();
    Storage storage();
    // Cheaper than storage().isConnected(): makes no connector.
    bool isStorageConnected();

    // RingCentral: options are server settings (clientId, serverUrl, redirectPort, …) and the
    // sign-in runs in the browser. Demo: options are the demo settings (manifest, itemsPerHour,
    // itemSize). Refused while another source is connected; connecting the same
    // one again replaces its settings.
    Error connectSource(const QString &kind, const QVariantMap &options, BrowserOpener opener,
                        const CancelToken &cancel = CancelToken());
    // Signs in again with the saved server settings (after "reconnect needed").
    Error reconnectSource(BrowserOpener opener, const CancelToken &cancel = CancelToken());
    Error disconnectSource();

    // Checks options against the connector's setUpDescription() and runs its setUp; refused
    // while another storage is connected (the same one again replaces its settings). The error
    // may carry a Confirmation (a host key to confirm, a passphrase to enter).
    Error connectStorage(const QString &id, const QVariantMap &options, BrowserOpener opener,
                         const CancelToken &cancel = CancelToken());
    // The connector's connection test (where its description offers one): connect, sign in,
    // check the folder; saves nothing. The error may carry a Confirmation as above.
    Error testStorage(const QString &id, const QVariantMap &options);
    Error disconnectStorage();

private:
    Error forgetSource(const QString &kind, const QJsonObject &settings);
    Error stopBackup();

    Database *m_db;
    ConnectorRegistry *m_connectors;
    SecretStore *m_secrets;
    QString m_profileId;
};

} // namespace rca

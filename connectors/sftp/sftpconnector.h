// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sftpsetupoptions.h"
#include "sshsession.h"
#include "storage/storageconnector.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace rca {

namespace ssh {
class ParallelWriters;
class SftpArchiveReader;
class SpareFile;
class UploadTracker;
} // namespace ssh

// The plugin entry point of the "SFTP" connector: names it and creates connectors. Made by
// QPluginLoader in whichever thread loads the plugins; stateless, so any thread may use it.
class SftpConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "sftp.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

// Archives to an SFTP server the customer owns, through libssh2: one SSH session per job
// (open() to close()), reconnected once when it drops, plus extra sessions in threads of
// their own (ParallelWriters) that write parts of large files side by side; host keys
// checked against the confirmed ones; uploads written to temporary names and renamed without
// ever replacing a file, except a replacing upload (beginReplace), which renames the old file
// aside first (see SftpUpload). Listing and reading back: SftpArchiveReader. Never writes
// outside "<root>/Apps/RingCentral Application" and never deletes anything but its own
// temporary files and the old copy of a file it replaced. Used from the engine's worker thread.
class SftpConnector : public StorageConnector
{
public:
    explicit SftpConnector(const ConnectorContext &context);
    ~SftpConnector() override;

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
    QString location() const override;
    QString locationUrl() const override;

private:
    // setUp(), or with testOnly its connection test that keeps nothing.
    Error setUpOrTest(const QVariantMap &options, bool testOnly, QJsonObject *settings);
    // Connects and checks the archive folder: open() without the clean-up on failure.
    Error openArchive(const CancelToken *cancel);
    ssh::SshOptions sessionOptions() const;
    // The known_hosts files for settings (see sftpKnownHostsFiles()).
    SftpKnownHostsFiles knownHostsFiles(const QJsonObject &settings) const;
    Error connectSession(const CancelToken *cancel);
    // Connects when there is no session; reconnects (a few times per job at most) when the
    // connection was lost.
    Error ensureConnected();
    // Runs an operation that is safe to repeat, once more after a reconnect if the
    // connection dropped under it.
    Error withReconnect(const std::function<Error()> &operation);
    std::unique_ptr<StorageUpload> startUpload(const QString &relativePath, qint64 expectedSize,
                                               bool replace, Error *error);
    ssh::SftpArchiveReader archiveReader();
    // "user@host:port", for messages.
    QString serverName() const;
    // Whether the sign-in needs a password or passphrase from the keychain.
    bool usesSecret() const;
    Error readSecret(QString *secret) const;
    QString secretKey() const;
    QString archiveRoot() const;
    Error checkPath(const QString &relativePath, bool needsFileName, QStringList *components) const;
    Error makeFolders(const QString &base, const QStringList &components);
    // Learns the server's clock and checks that folder is writable, with a temporary file
    // that is removed again.
    Error probe(const QString &folder);
    // For a connection test: probe() in the archive folder, or where it would be created.
    Error probeExisting(const QString &root);
    void removeStaleTemporaries(const QString &folder);
    void removeOrphans();
    void restoreAside(const QString &folder, const ssh::SftpEntry &entry, bool replaced,
                      qint64 serverNow);

    QJsonObject m_settings;
    SecretStore *m_secrets = nullptr;
    QString m_profileId;
    QString m_profileDirectory; // holds this profile's known_hosts
    std::shared_ptr<ssh::SshSession> m_session;
    std::shared_ptr<ssh::UploadTracker> m_tracker;
    // The next upload's temporary file, made while the last one was renamed.
    std::shared_ptr<ssh::SpareFile> m_spare;
    // The extra sessions for large files, made on the first one of a job.
    std::shared_ptr<ssh::ParallelWriters> m_writers;
    QString m_secret; // the password or passphrase while a job runs
    bool m_secretLoaded = false;
    bool m_open = false; // between a successful open() and close()
    int m_reconnectsLeft = 0;
    qint64 m_clockSkew = 0; // server clock minus ours, in seconds
};

} // namespace rca

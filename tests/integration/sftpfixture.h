// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SftpFixture: what the SFTP connector's test executables share. Its slots start a real
// OpenSSH sshd on 127.0.0.1 once per executable (tests/harness/sshd.sh, a throwaway host key,
// sftp-server's log on; as root also a throwaway user with a password, for PAM sign-in), load
// the sftp plugin, and stop and remove them again; Qt Test runs them for the test classes
// derived from it. Its protected helpers make keys, connection options and connectors. The
// free helpers below run programs, drive other sshd instances (SshServer), upload and replace
// the way the engine does, and look at the server's disk. Runs as root (CI) or as an ordinary
// user. Test thread only.
#pragma once

#include "memorysecretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"

#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace rca::test {

inline const QString Harness = QStringLiteral(RCA_SOURCE_DIR "/tests/harness/sshd.sh");
inline const QString PluginDirectory = QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins");
inline const QString ProfileId = QStringLiteral("test-profile");
inline const QString ArchiveRoot = QStringLiteral("Apps/RingCentral Application");

struct Result
{
    int exitCode = -1;
    QString output;
};

Result run(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// An sshd of our own: one directory with its host key, config, log and port.
class SshServer
{
public:
    explicit SshServer(QString directory)
        : m_directory(std::move(directory))
    {}
    ~SshServer() { stop(); }

    bool start(const QStringList &options = {});
    void stop();
    // SIGKILL for the listener and every session: a crash.
    void kill();
    // SIGSTOP / SIGCONT for the listener and every session: a server that hangs.
    void pause();
    void resume();

    int port() const { return m_port; }
    QString directory() const { return m_directory; }
    QString hostPublicKey() const { return m_directory + QStringLiteral("/host_ed25519_key.pub"); }
    QString authorizedKeys() const { return m_directory + QStringLiteral("/authorized_keys"); }
    // As `ssh-keygen -lf` prints it.
    QString fingerprint() const;
    QString log() const { return readLog(QStringLiteral("/sshd.log")); }
    // sftp-server's own: each open, fsync and close (with the bytes written).
    QString sftpLog() const { return readLog(QStringLiteral("/sftp.log")); }

private:
    QString readLog(const QString &name) const;

    QString m_directory;
    int m_port = 0;
};

QByteArray randomBytes(qint64 size);
QByteArray sha256Hex(const QByteArray &data);
QByteArray fileContent(const QString &path);
// Every ".rca-upload-*.part" below folder.
QStringList temporaries(const QString &folder);
// The temporary files below folder that should not be there: all but the spare that a commit
// leaves for the next upload while the connector is open (one empty file at most).
QStringList leftBehind(const QString &folder);
// Uploads data the way the engine does: several writes, then commit with the checksum.
Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
             StoredFile *stored = nullptr, qint64 chunk = 64 * 1024, bool withChecksum = true);
// Writes data to path through a replacing upload.
Error replace(StorageConnector *connector, const QString &path, const QByteArray &data,
              StoredFile *stored, qint64 chunk = 64 * 1024);
bool isRoot();

// "one session": the main session writes everything. "parallel": a 1 MiB threshold sends
// these files in 256 KiB chunks through two extra sessions.
void addUploadPaths();
QVariantMap withUploadPath(QVariantMap options, bool parallel);

class SftpFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

protected:
    QString newStorageFolder();
    QVariantMap options(const SshServer &server, const QString &root = {});
    ConnectorContext context(const QJsonObject &settings = {}, SecretStore *secrets = nullptr,
                             const QString &profileDirectory = {});
    // setUp with options, then a fresh connector opened with the resulting settings.
    std::unique_ptr<StorageConnector> connect(const QVariantMap &options, QJsonObject *settings,
                                              Error *error);
    QString makeKey(const QString &name, const QString &type, const QString &passphrase = {},
                    bool pem = false);
    // Key sign-ins the main test server has accepted so far.
    qsizetype signIns() const;

    QTemporaryDir m_dir;
    QString m_home;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<SshServer> m_server;
    QStringList m_serverOptions; // what m_server was started with
    MemorySecretStore m_secrets;
    QString m_user;
    QString m_knownHosts;
    QString m_ed25519;
    int m_folders = 0;
    // A throwaway user with a password (root only).
    QString m_passwordUser;
    QString m_passwordUserHome;
    const QString m_password = QStringLiteral("Pässwörd 42!");
};

} // namespace rca::test

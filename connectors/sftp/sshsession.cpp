// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshsession.h"

#include "knownhosts.h"
#include "logging/logging.h"
#include "sshalgorithms.h"
#include "sshsocket.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace rca::ssh {

std::shared_ptr<SshSession> SshSession::connect(const SshOptions &options,
                                                const CancelToken *cancel, Error *error)
{
    std::shared_ptr<SshSession> session(new SshSession);
    Error result = session->open(options, cancel);
    if (error)
        *error = result;
    if (result)
        return nullptr;
    return session;
}

SshSession::~SshSession()
{
    if (m_broken && m_socket)
        m_socket->shutDown();
    m_sftp.reset();
    if (m_session && !m_broken)
        libssh2_session_disconnect(m_session.get(), "Normal shutdown");
    m_session.reset();
    m_socket.reset();
}

QString SshSession::serverName() const
{
    QString host = m_host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return QStringLiteral("%1@%2:%3").arg(m_user, host).arg(m_port);
}

bool SshSession::isOpenSsh() const
{
    const char *banner = m_session ? libssh2_session_banner_get(m_session.get()) : nullptr;
    return banner && std::strstr(banner, "OpenSSH") != nullptr;
}

Error SshSession::open(const SshOptions &options, const CancelToken *cancel)
{
    ensureLibraryInitialized();
    m_host = options.host;
    m_port = options.port;
    m_user = options.user;
    m_timeoutMs = options.timeoutMs;

    m_socket = std::make_unique<SshSocket>();
    if (Error error =
            m_socket->connect(options.host, options.port, options.connectTimeoutMs, cancel))
        return error;

    m_session.reset(libssh2_session_init_ex(nullptr, nullptr, nullptr, this));
    if (!m_session)
        return Error::storage(QCoreApplication::translate(
            "rca::ssh::SshSession", "Could not start an SSH session (out of memory?)."));
    libssh2_session_set_blocking(m_session.get(), 1);
    libssh2_session_set_timeout(m_session.get(), options.timeoutMs);
    setAlgorithmPreferences(m_session.get(), options.preferredHostKeyAlgorithm);

    int rc = libssh2_session_handshake(m_session.get(), m_socket->descriptor());
    if (rc == LIBSSH2_ERROR_KEX_FAILURE) {
        return Error::storage(
            QCoreApplication::translate(
                "rca::ssh::SshSession",
                "The SFTP server %1:%2 and RC Archiver (libssh2 %3) have no key "
                "exchange, host key or cipher algorithm in common: %4. The server "
                "may be very old, or configured to accept only algorithms this "
                "libssh2 lacks.")
                .arg(m_host)
                .arg(m_port)
                .arg(libraryVersion(), lastError(m_session.get())));
    }
    if (rc != 0)
        return connectionError(
            rc, QCoreApplication::translate("rca::ssh::SshSession", "the SSH handshake"));
    if (cancel && cancel->isCancelled())
        return Error::cancelled();

    if (Error error = verifyHostKey(options))
        return error;
    if (Error error = authenticate(options))
        return error;

    m_sftp.reset(libssh2_sftp_init(m_session.get()));
    if (!m_sftp) {
        rc = libssh2_session_last_errno(m_session.get());
        if (rc == LIBSSH2_ERROR_CHANNEL_FAILURE || rc == LIBSSH2_ERROR_CHANNEL_REQUEST_DENIED)
            return Error::storage(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "The server %1 does not offer SFTP (its "
                                            "\"sftp\" subsystem is not enabled): %2")
                    .arg(serverName(), lastError(m_session.get())));
        return connectionError(
            rc, QCoreApplication::translate("rca::ssh::SshSession", "starting SFTP"));
    }
    libssh2_keepalive_config(m_session.get(), 1, unsigned(qMax(options.keepAliveSeconds, 1)));
    qCInfo(lcStorage).noquote() << "SFTP connected to" << serverName() << "using"
                                << libssh2_session_methods(m_session.get(), LIBSSH2_METHOD_KEX)
                                << libssh2_session_methods(m_session.get(), LIBSSH2_METHOD_CRYPT_CS)
                                << libssh2_session_methods(m_session.get(), LIBSSH2_METHOD_MAC_CS)
                                << "host key" << m_hostKeyAlgorithm;
    return {};
}

Error SshSession::verifyHostKey(const SshOptions &options)
{
    size_t length = 0;
    int type = LIBSSH2_HOSTKEY_TYPE_UNKNOWN;
    const char *key = libssh2_session_hostkey(m_session.get(), &length, &type);
    if (!key || length == 0)
        return connectionError(
            libssh2_session_last_errno(m_session.get()),
            QCoreApplication::translate("rca::ssh::SshSession", "reading the server's host key"));
    const QByteArray blob(key, qsizetype(length));
    const char *method = libssh2_session_methods(m_session.get(), LIBSSH2_METHOD_HOSTKEY);
    m_hostKeyAlgorithm = method ? QString::fromLatin1(method) : keyTypeOfBlob(blob);
    m_hostKeyFingerprint = sha256Fingerprint(blob);
    const QString keyName = keyTypeDisplayName(keyTypeOfBlob(blob));
    const QString server = m_port == 22 ? m_host : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    // What a user interface needs to show the key and confirm it, without parsing the text.
    auto refused = [&](Error error, const char *status) {
        return error.withDetail(QStringLiteral("hostKeyStatus"), QLatin1String(status))
            .withDetail(QStringLiteral("hostKeyType"), keyTypeOfBlob(blob))
            .withDetail(QStringLiteral("hostKeyFingerprint"), m_hostKeyFingerprint)
            .withDetail(QStringLiteral("host"), m_host)
            .withDetail(QStringLiteral("port"), m_port);
    };

    // A profile that used the file earlier versions shared between profiles takes over what
    // it trusted for this server on first use; a connection test only reads it.
    QString knownHostsFile = options.appKnownHostsFile;
    if (!options.migrateKnownHostsFrom.isEmpty() && !QFileInfo::exists(knownHostsFile)) {
        if (options.rememberHostKey) {
            int copied = 0;
            QString error;
            if (!KnownHosts::copyHostEntries(options.migrateKnownHostsFrom, knownHostsFile, m_host,
                                             m_port, &copied, &error))
                return Error::storage(
                    QCoreApplication::translate("rca::ssh::SshSession",
                                                "Could not copy the confirmed host keys of %1 "
                                                "from %2 to %3: %4.")
                        .arg(server, QDir::toNativeSeparators(options.migrateKnownHostsFrom),
                             QDir::toNativeSeparators(knownHostsFile), error));
            qCInfo(lcStorage).noquote()
                << "Copied" << copied << "known_hosts entries of" << server << "from"
                << options.migrateKnownHostsFrom << "to this profile's" << knownHostsFile;
        } else {
            knownHostsFile = options.migrateKnownHostsFrom;
        }
    }
    const KnownHosts knownHosts(knownHostsFile, options.userKnownHostsFile);
    const KnownHosts::Result result = knownHosts.check(m_session.get(), m_host, m_port, blob, type);
    switch (result.verdict) {
    case KnownHosts::Verdict::Match:
        return {};
    case KnownHosts::Verdict::Failure:
        return Error::storage(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "Could not check the host key of the SFTP server "
                                        "%1: %2.")
                .arg(server, result.error));
    case KnownHosts::Verdict::Changed: {
        if (result.revoked)
            return refused(Error::reconnect(
                               QCoreApplication::translate(
                                   "rca::ssh::SshSession",
                                   "The SFTP server %1 presents the %2 key %3, which is marked as "
                                   "revoked in %4. RC Archiver did not sign in. Ask the server's "
                                   "administrator for a new key.")
                                   .arg(server, keyName, m_hostKeyFingerprint,
                                        QDir::toNativeSeparators(result.file))),
                           "changed")
                .withDetail(QStringLiteral("hostKeyRevoked"), true);
        const QString pattern = KnownHosts::hostPattern(m_host, m_port);
        return refused(Error::reconnect(
                           QCoreApplication::translate(
                               "rca::ssh::SshSession",
                               "WARNING: the identity of the SFTP server %1 has changed. It now "
                               "presents the %2 key %3, which is not the key confirmed earlier "
                               "(recorded in %4). Someone could be intercepting the connection (a "
                               "man-in-the-middle attack), or the server was reinstalled or its "
                               "keys were replaced. RC Archiver did not sign in and sent nothing. "
                               "Ask the server's administrator whether the key changed. If it "
                               "did, and the fingerprint above is the new one, remove the old "
                               "entry with `ssh-keygen -R '%5' -f '%4'` and connect again to "
                               "confirm the new key.")
                               .arg(server, keyName, m_hostKeyFingerprint,
                                    QDir::toNativeSeparators(result.file), pattern)),
                       "changed");
    }
    case KnownHosts::Verdict::Unknown:
        break;
    }

    if (options.acceptFingerprint.isEmpty()) {
        return refused(
            Error::reconnect(QCoreApplication::translate(
                                 "rca::ssh::SshSession",
                                 "The SFTP server %1 is not known yet: RC Archiver has not "
                                 "confirmed its identity. Its %2 host key has the fingerprint %3. "
                                 "Make sure this is the server's key (ask its administrator, who "
                                 "can run `ssh-keygen -lf` on the server's public host key), then "
                                 "confirm it: in the Accounts tab, or on the command line by "
                                 "running `rc-archiver connect sftp` again with "
                                 "`--accept-host-key %3`.")
                                 .arg(server, keyName, m_hostKeyFingerprint)),
            "unknown");
    }
    if (!sameFingerprint(options.acceptFingerprint, m_hostKeyFingerprint)) {
        return refused(Error::reconnect(
                           QCoreApplication::translate(
                               "rca::ssh::SshSession",
                               "The %2 host key of the SFTP server %1 has the fingerprint %3, not "
                               "the confirmed %4. RC Archiver did not sign in. Check the "
                               "fingerprint with the server's administrator.")
                               .arg(server, keyName, m_hostKeyFingerprint,
                                    options.acceptFingerprint.trimmed())),
                       "unknown");
    }
    if (!options.rememberHostKey)
        return {};
    QString error;
    if (!knownHosts.add(m_session.get(), m_host, m_port, blob, type, &error))
        return Error::storage(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "Could not remember the host key of %1 in %2: %3.")
                .arg(server, QDir::toNativeSeparators(options.appKnownHostsFile), error));
    qCInfo(lcStorage).noquote() << "Confirmed the" << keyName << "host key" << m_hostKeyFingerprint
                                << "of" << server << "in" << options.appKnownHostsFile;
    return {};
}

Error SshSession::connectionError(int rc, const QString &during)
{
    const QString reason = m_session ? lastError(m_session.get()) : QString();
    markBroken();
    const QString server = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    if (rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_TIMEOUT)
        return Error::storage(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server %1 did not answer within %2 s "
                                        "during %3.")
                .arg(server)
                .arg(m_timeoutMs / 1000)
                .arg(during));
    return Error::storage(
        QCoreApplication::translate("rca::ssh::SshSession",
                                    "The connection to the SFTP server %1 failed during %2: "
                                    "%3.")
            .arg(server, during, reason));
}

void SshSession::markBroken()
{
    m_broken = true;
    if (m_socket)
        m_socket->shutDown();
}

void SshSession::keepAlive()
{
    if (m_broken || !m_session)
        return;
    int next = 0;
    if (libssh2_keepalive_send(m_session.get(), &next) != 0) {
        qCInfo(lcStorage).noquote()
            << "SFTP keepalive to" << serverName() << "failed:" << lastError(m_session.get());
        markBroken();
    }
}

} // namespace rca::ssh

#include "sshsession.h"

#include "knownhosts.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace rca::ssh {

namespace {

// Offered in this order, as far as the libssh2 in use has them. Modern key exchange first;
// no SHA-1 key exchange, no CBC or RC4 ciphers, no MD5 MACs.
const char *const PreferredKex[] = {
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "ecdh-sha2-nistp384",
    "ecdh-sha2-nistp521",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha256",
};
// ssh-rsa (SHA-1 signatures) last, for old servers; libssh2 ≥ 1.11 adds rsa-sha2-*.
const char *const PreferredHostKeys[] = {
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "rsa-sha2-512",
    "rsa-sha2-256",
    "ssh-rsa",
};
// libssh2 1.10 has no AEAD ciphers; ≥ 1.11 offers AES-GCM.
const char *const PreferredCiphers[] = {
    "chacha20-poly1305@openssh.com",
    "aes128-gcm@openssh.com",
    "aes256-gcm@openssh.com",
    "aes128-ctr",
    "aes192-ctr",
    "aes256-ctr",
};
const char *const PreferredMacs[] = {
    "hmac-sha2-256-etm@openssh.com",
    "hmac-sha2-512-etm@openssh.com",
    "hmac-sha2-256",
    "hmac-sha2-512",
    "hmac-sha1",
};

template<size_t N>
QByteArray supportedList(LIBSSH2_SESSION *session, int method, const char *const (&preferred)[N],
                         const QString &first = {})
{
    const char **algorithms = nullptr;
    const int count = libssh2_session_supported_algs(session, method, &algorithms);
    QList<QByteArray> supported;
    for (int i = 0; i < count; ++i)
        supported.append(QByteArray(algorithms[i]));
    if (algorithms)
        libssh2_free(session, algorithms);

    QList<QByteArray> chosen;
    if (!first.isEmpty() && supported.contains(first.toLatin1()))
        chosen.append(first.toLatin1());
    for (const char *name : preferred) {
        const QByteArray algorithm(name);
        if (supported.contains(algorithm) && !chosen.contains(algorithm))
            chosen.append(algorithm);
    }
    return chosen.join(',');
}

QString shortError(int error)
{
#ifdef Q_OS_WIN
    return QCoreApplication::translate("rca::ssh::SshSession", "socket error %1").arg(error);
#else
    return QString::fromLocal8Bit(std::strerror(error));
#endif
}

} // namespace

// A TCP connection made with a timeout (the system's own can take minutes), Nagle off for
// the many small SFTP requests, and TCP keepalives on.
class SshSession::Socket
{
public:
    ~Socket()
    {
        if (m_fd != LIBSSH2_INVALID_SOCKET) {
#ifdef Q_OS_WIN
            ::closesocket(m_fd);
#else
            ::close(m_fd);
#endif
        }
    }

    libssh2_socket_t descriptor() const
    {
        return m_fd;
    }

    // Makes any further I/O fail at once (after a timeout, a half-dead connection would
    // otherwise make every clean-up call wait for the timeout again).
    void shutDown()
    {
        if (m_fd != LIBSSH2_INVALID_SOCKET) {
#ifdef Q_OS_WIN
            ::shutdown(m_fd, SD_BOTH);
#else
            ::shutdown(m_fd, SHUT_RDWR);
#endif
        }
    }

    Error connect(const QString &host, int port, int timeoutMs, const CancelToken *cancel)
    {
        const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_protocol = IPPROTO_TCP;
        addrinfo *addresses = nullptr;
        const QByteArray service = QByteArray::number(port);
        const int resolved =
            ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &addresses);
        if (resolved != 0 || !addresses) {
            return Error::storage(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "Could not find the SFTP server \"%1\": %2. "
                                            "Check the host name and the network "
                                            "connection.")
                    .arg(host, QString::fromLocal8Bit(gai_strerror(resolved))));
        }
        const QDeadlineTimer deadline(timeoutMs);
        QString lastReason;
        for (addrinfo *address = addresses; address; address = address->ai_next) {
            lastReason = attempt(address, deadline, cancel);
            if (lastReason.isEmpty())
                break;
        }
        ::freeaddrinfo(addresses);
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        if (!lastReason.isEmpty())
            return Error::storage(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "Could not connect to the SFTP server %1: %2.")
                    .arg(where, lastReason));
        return {};
    }

private:
    // Returns why it failed, or an empty string.
    QString attempt(const addrinfo *address, const QDeadlineTimer &deadline,
                    const CancelToken *cancel)
    {
        libssh2_socket_t fd =
            ::socket(address->ai_family, address->ai_socktype, address->ai_protocol);
        if (fd == LIBSSH2_INVALID_SOCKET)
            return shortError(errno);
#ifdef Q_OS_WIN
        u_long nonBlocking = 1;
        ::ioctlsocket(fd, FIONBIO, &nonBlocking);
#else
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        const int flags = ::fcntl(fd, F_GETFL, 0);
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
#endif
        QString reason;
        int rc = ::connect(fd, address->ai_addr, socklen_t(address->ai_addrlen));
#ifdef Q_OS_WIN
        const bool pending = rc != 0 && WSAGetLastError() == WSAEWOULDBLOCK;
#else
        const bool pending = rc != 0 && errno == EINPROGRESS;
#endif
        if (rc != 0 && !pending)
            reason = shortError(errno);
        while (rc != 0 && pending && reason.isEmpty()) {
            if (cancel && cancel->isCancelled()) {
                reason = QCoreApplication::translate("rca::ssh::SshSession", "cancelled");
                break;
            }
            if (deadline.hasExpired()) {
                reason = QCoreApplication::translate("rca::ssh::SshSession",
                                                     "the server did not answer in time");
                break;
            }
            pollfd poller{};
            poller.fd = fd;
            poller.events = POLLOUT;
            const int slice = int(qMin<qint64>(deadline.remainingTime(), 250));
#ifdef Q_OS_WIN
            const int ready = ::WSAPoll(&poller, 1, slice);
#else
            const int ready = ::poll(&poller, 1, slice);
#endif
            if (ready < 0 && errno != EINTR) {
                reason = shortError(errno);
            } else if (ready > 0) {
                int error = 0;
                socklen_t length = sizeof(error);
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &length);
                if (error != 0)
                    reason = shortError(error);
                else
                    rc = 0;
            }
        }
        if (!reason.isEmpty()) {
#ifdef Q_OS_WIN
            ::closesocket(fd);
#else
            ::close(fd);
#endif
            return reason;
        }
#ifdef Q_OS_WIN
        nonBlocking = 0;
        ::ioctlsocket(fd, FIONBIO, &nonBlocking);
#else
        ::fcntl(fd, F_SETFL, flags);
#endif
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&on), sizeof(on));
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, reinterpret_cast<const char *>(&on), sizeof(on));
        m_fd = fd;
        return {};
    }

    libssh2_socket_t m_fd = LIBSSH2_INVALID_SOCKET;
};

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

    m_socket = std::make_unique<Socket>();
    if (Error error =
            m_socket->connect(options.host, options.port, options.connectTimeoutMs, cancel))
        return error;

    m_session.reset(libssh2_session_init_ex(nullptr, nullptr, nullptr, this));
    if (!m_session)
        return Error::storage(QCoreApplication::translate(
            "rca::ssh::SshSession", "Could not start an SSH session (out of memory?)."));
    libssh2_session_set_blocking(m_session.get(), 1);
    libssh2_session_set_timeout(m_session.get(), options.timeoutMs);
    if (Error error = setPreferences(options))
        return error;

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

Error SshSession::setPreferences(const SshOptions &options)
{
    LIBSSH2_SESSION *session = m_session.get();
    const struct
    {
        int method;
        QByteArray list;
    } preferences[] = {
        {LIBSSH2_METHOD_KEX, supportedList(session, LIBSSH2_METHOD_KEX, PreferredKex)},
        {LIBSSH2_METHOD_HOSTKEY, supportedList(session, LIBSSH2_METHOD_HOSTKEY, PreferredHostKeys,
                                               options.preferredHostKeyAlgorithm)},
        {LIBSSH2_METHOD_CRYPT_CS,
         supportedList(session, LIBSSH2_METHOD_CRYPT_CS, PreferredCiphers)},
        {LIBSSH2_METHOD_CRYPT_SC,
         supportedList(session, LIBSSH2_METHOD_CRYPT_SC, PreferredCiphers)},
        {LIBSSH2_METHOD_MAC_CS, supportedList(session, LIBSSH2_METHOD_MAC_CS, PreferredMacs)},
        {LIBSSH2_METHOD_MAC_SC, supportedList(session, LIBSSH2_METHOD_MAC_SC, PreferredMacs)},
    };
    for (const auto &preference : preferences) {
        // An empty intersection (an unusual libssh2 build) leaves libssh2's defaults.
        if (preference.list.isEmpty())
            continue;
        if (libssh2_session_method_pref(session, preference.method, preference.list.constData()) !=
            0)
            qCWarning(lcStorage).noquote() << "libssh2 refused the algorithm preference"
                                           << preference.list << lastError(session);
    }
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

    const KnownHosts knownHosts(options.appKnownHostsFile, options.userKnownHostsFile);
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

Error SshSession::failure(int rc, const QString &action, const QString &path)
{
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL) {
        m_lastStatus = libssh2_sftp_last_error(m_sftp.get());
        const QString where =
            QCoreApplication::translate("rca::ssh::SshSession", "%1 on %2").arg(path, serverName());
        switch (m_lastStatus) {
        case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        case LIBSSH2_FX_QUOTA_EXCEEDED:
            return Error::transient(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "The server's disk is full or your quota is "
                                            "used up (%1): could not %2 %3. Free some "
                                            "space on the server.")
                    .arg(sftpStatusText(m_lastStatus), action, where));
        case LIBSSH2_FX_PERMISSION_DENIED:
        case LIBSSH2_FX_WRITE_PROTECT:
            return Error::transient(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "Permission denied: could not %1 %2. Check "
                                            "that %3 may write there.")
                    .arg(action, where, m_user));
        default:
            return Error::transient(
                QCoreApplication::translate("rca::ssh::SshSession", "Could not %1 %2: %3.")
                    .arg(action, where, sftpStatusText(m_lastStatus)));
        }
    }
    m_lastStatus = 0;
    const QString reason = lastError(m_session.get());
    markBroken();
    if (rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_TIMEOUT)
        return Error::transient(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server %1 did not answer within %2 s "
                                        "while trying to %3 %4.")
                .arg(serverName())
                .arg(m_timeoutMs / 1000)
                .arg(action, path));
    return Error::transient(
        QCoreApplication::translate("rca::ssh::SshSession",
                                    "The connection to the SFTP server %1 was lost while "
                                    "trying to %2 %3: %4.")
            .arg(serverName(), action, path, reason));
}

namespace {

SftpAttributes attributesFrom(const LIBSSH2_SFTP_ATTRIBUTES &raw)
{
    SftpAttributes attributes;
    attributes.exists = true;
    if (raw.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS) {
        attributes.isFolder = LIBSSH2_SFTP_S_ISDIR(raw.permissions);
        attributes.isFile = LIBSSH2_SFTP_S_ISREG(raw.permissions);
    }
    if (raw.flags & LIBSSH2_SFTP_ATTR_SIZE)
        attributes.size = qint64(raw.filesize);
    if (raw.flags & LIBSSH2_SFTP_ATTR_ACMODTIME)
        attributes.modified = qint64(raw.mtime);
    return attributes;
}

} // namespace

Error SshSession::stat(const QString &path, SftpAttributes *attributes, bool followLinks)
{
    *attributes = SftpAttributes();
    const QByteArray name = path.toUtf8();
    LIBSSH2_SFTP_ATTRIBUTES raw{};
    const int rc = libssh2_sftp_stat_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                        followLinks ? LIBSSH2_SFTP_STAT : LIBSSH2_SFTP_LSTAT, &raw);
    if (rc == 0) {
        *attributes = attributesFrom(raw);
        return {};
    }
    Error error = failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "look at"), path);
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL &&
        (m_lastStatus == LIBSSH2_FX_NO_SUCH_FILE || m_lastStatus == LIBSSH2_FX_NO_SUCH_PATH))
        return {};
    return error;
}

Error SshSession::makeFolder(const QString &path, bool *existed)
{
    *existed = false;
    const QByteArray name = path.toUtf8();
    const int rc =
        libssh2_sftp_mkdir_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                              LIBSSH2_SFTP_S_IRWXU | LIBSSH2_SFTP_S_IRWXG | LIBSSH2_SFTP_S_IRWXO);
    if (rc == 0)
        return {};
    Error error =
        failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "create the folder"), path);
    if (rc != LIBSSH2_ERROR_SFTP_PROTOCOL)
        return error;
    // OpenSSH answers FAILURE for an existing folder (and NO_SUCH_FILE for a missing
    // parent): only a stat tells.
    const unsigned long status = m_lastStatus;
    SftpAttributes attributes;
    if (Error statError = stat(path, &attributes))
        return statError;
    if (!attributes.exists) {
        m_lastStatus = status;
        return error;
    }
    *existed = true;
    if (!attributes.isFolder)
        return Error::transient(notAFolderMessage(path));
    return {};
}

QString SshSession::notAFolderMessage(const QString &path) const
{
    return QCoreApplication::translate("rca::ssh::SshSession",
                                       "%1 on %2 is a file, not a folder, so nothing can be "
                                       "archived into it. Rename or move that file on the server.")
        .arg(path, serverName());
}

Error SshSession::removeFile(const QString &path)
{
    const QByteArray name = path.toUtf8();
    const int rc = libssh2_sftp_unlink_ex(m_sftp.get(), name.constData(), unsigned(name.size()));
    return rc == 0
               ? Error()
               : failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "remove"), path);
}

Error SshSession::rename(const QString &from, const QString &to)
{
    const QByteArray source = from.toUtf8();
    const QByteArray target = to.toUtf8();
    // The flags only reach servers speaking SFTP ≥ 5; OpenSSH (version 3) refuses to
    // replace an existing file with a plain rename, which is what we rely on.
    const int rc = libssh2_sftp_rename_ex(m_sftp.get(), source.constData(), unsigned(source.size()),
                                          target.constData(), unsigned(target.size()),
                                          LIBSSH2_SFTP_RENAME_ATOMIC | LIBSSH2_SFTP_RENAME_NATIVE);
    return rc == 0
               ? Error()
               : failure(rc,
                         QCoreApplication::translate("rca::ssh::SshSession", "rename a file to"),
                         to);
}

Error SshSession::realPath(const QString &path, QString *resolved)
{
    const QByteArray name = path.toUtf8();
    QByteArray buffer(4096, Qt::Uninitialized);
    const int rc =
        libssh2_sftp_symlink_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                buffer.data(), unsigned(buffer.size()), LIBSSH2_SFTP_REALPATH);
    if (rc < 0)
        return failure(rc, QCoreApplication::translate("rca::ssh::SshSession", "find the folder"),
                       path);
    *resolved = QString::fromUtf8(buffer.constData(), rc);
    return {};
}

Error SshSession::list(const QString &folder, QList<SftpEntry> *entries)
{
    entries->clear();
    const QByteArray name = folder.toUtf8();
    SftpHandlePtr handle(libssh2_sftp_open_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                              0, 0, LIBSSH2_SFTP_OPENDIR));
    if (!handle)
        return failure(libssh2_session_last_errno(m_session.get()),
                       QCoreApplication::translate("rca::ssh::SshSession", "list the folder"),
                       folder);
    QByteArray buffer(1024, Qt::Uninitialized);
    for (;;) {
        LIBSSH2_SFTP_ATTRIBUTES raw{};
        const int rc = libssh2_sftp_readdir_ex(handle.get(), buffer.data(), size_t(buffer.size()),
                                               nullptr, 0, &raw);
        if (rc == 0)
            break;
        if (rc < 0)
            return failure(
                rc, QCoreApplication::translate("rca::ssh::SshSession", "list the folder"), folder);
        SftpEntry entry;
        entry.name = QString::fromUtf8(buffer.constData(), rc);
        entry.attributes = attributesFrom(raw);
        entries->append(entry);
    }
    return {};
}

SftpHandlePtr SshSession::openFile(const QString &path, unsigned long flags, long mode,
                                   Error *error)
{
    const QByteArray name = path.toUtf8();
    SftpHandlePtr handle(libssh2_sftp_open_ex(m_sftp.get(), name.constData(), unsigned(name.size()),
                                              flags, mode, LIBSSH2_SFTP_OPENFILE));
    if (!handle)
        *error = failure(libssh2_session_last_errno(m_session.get()),
                         (flags & LIBSSH2_FXF_WRITE)
                             ? QCoreApplication::translate("rca::ssh::SshSession", "create")
                             : QCoreApplication::translate("rca::ssh::SshSession", "open"),
                         path);
    return handle;
}

Error SshSession::readFile(const QString &path,
                           const std::function<bool(const char *, qint64)> &consume)
{
    Error error;
    SftpHandlePtr handle = openFile(path, LIBSSH2_FXF_READ, 0, &error);
    if (!handle)
        return error;
    // Large reads let libssh2 keep many read requests in flight.
    QByteArray buffer(2 * 1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t got = libssh2_sftp_read(handle.get(), buffer.data(), size_t(buffer.size()));
        if (got == 0)
            break;
        if (got < 0)
            return failure(int(got), QCoreApplication::translate("rca::ssh::SshSession", "read"),
                           path);
        if (!consume(buffer.constData(), qint64(got)))
            break;
    }
    return {};
}

} // namespace rca::ssh

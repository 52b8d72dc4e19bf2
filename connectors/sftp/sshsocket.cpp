// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshsocket.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

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

QString shortError(int error)
{
#ifdef Q_OS_WIN
    return QCoreApplication::translate("rca::ssh::SshSession", "socket error %1").arg(error);
#else
    return QString::fromLocal8Bit(std::strerror(error));
#endif
}

} // namespace

SshSocket::~SshSocket()
{
    if (m_fd != LIBSSH2_INVALID_SOCKET) {
#ifdef Q_OS_WIN
        ::closesocket(m_fd);
#else
        ::close(m_fd);
#endif
    }
}

void SshSocket::shutDown()
{
    if (m_fd != LIBSSH2_INVALID_SOCKET) {
#ifdef Q_OS_WIN
        ::shutdown(m_fd, SD_BOTH);
#else
        ::shutdown(m_fd, SHUT_RDWR);
#endif
    }
}

Error SshSocket::connect(const QString &host, int port, int timeoutMs, const CancelToken *cancel)
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

QString SshSocket::attempt(const addrinfo *address, const QDeadlineTimer &deadline,
                           const CancelToken *cancel)
{
    libssh2_socket_t fd = ::socket(address->ai_family, address->ai_socktype, address->ai_protocol);
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

} // namespace rca::ssh

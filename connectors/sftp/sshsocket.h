// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The TCP connection under an SSH session: made with a timeout (the system's own can take
// minutes) that a CancelToken can cut short, Nagle off for the many small SFTP requests, and
// TCP keepalives on. POSIX sockets or Winsock. Owned by one SshSession and used from its
// thread.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "libssh2support.h"

#include <QString>

class QDeadlineTimer;
struct addrinfo;

namespace rca::ssh {

class SshSocket
{
public:
    SshSocket() = default;
    ~SshSocket();
    SshSocket(const SshSocket &) = delete;
    SshSocket &operator=(const SshSocket &) = delete;

    // Resolves host and connects to the first of its addresses that answers within timeoutMs.
    // An unknown host or an unreachable server is Kind::StorageFailure.
    Error connect(const QString &host, int port, int timeoutMs, const CancelToken *cancel);

    libssh2_socket_t descriptor() const { return m_fd; }

    // Makes any further I/O fail at once (after a timeout, a half-dead connection would
    // otherwise make every clean-up call wait for the timeout again).
    void shutDown();

private:
    // Returns why it failed, or an empty string.
    QString attempt(const addrinfo *address, const QDeadlineTimer &deadline,
                    const CancelToken *cancel);

    libssh2_socket_t m_fd = LIBSSH2_INVALID_SOCKET;
};

} // namespace rca::ssh

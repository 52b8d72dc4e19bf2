// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftpfinish.h"

#include "logging/logging.h"
#include "sftpupload.h"

#include <QCoreApplication>

#include <utility>

namespace rca::ssh {

namespace {

// libssh2 cuts writes into requests of this many bytes (MAX_SFTP_OUTGOING_SIZE).
constexpr size_t WriteRequestData = 30000;
// The longest handle SFTP allows.
constexpr size_t MaxHandleLength = 256;

// The channel bytes the write requests for count bytes take, plus fsync, fstat and close.
size_t requestBytes(size_t count)
{
    const size_t writes = (count + WriteRequestData - 1) / WriteRequestData;
    return count + writes * (25 + MaxHandleLength) + 3 * (34 + MaxHandleLength);
}

QString writeAction()
{
    return QCoreApplication::translate("rca::ssh::SftpUpload", "write");
}

} // namespace

// libssh2 1.10 has no call that says whether a request is out. It flags BLOCK_OUTBOUND while a
// packet is partly sent, and its channel read says "would block" (an open: "Would block
// waiting for status message") only once it is waiting for data to come in; a request held
// back otherwise (by a key re-exchange, say) says something else. Anything but the plain case
// counts as not sent, which costs a round trip, never order.
bool awaitingAnswer(LIBSSH2_SESSION *session, const char *waitMessage)
{
    if (libssh2_session_block_directions(session) & LIBSSH2_SESSION_BLOCK_OUTBOUND)
        return false;
    char *message = nullptr;
    int length = 0;
    libssh2_session_last_error(session, &message, &length, 0);
    return message && QByteArrayView(message, length) == QByteArrayView(waitMessage);
}

Error fsyncResult(SshSession *session, int rc, const QString &displayPath)
{
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL &&
        libssh2_sftp_last_error(session->sftp()) == LIBSSH2_FX_OP_UNSUPPORTED) {
        qCInfo(lcStorage).noquote() << "The SFTP server" << session->serverName()
                                    << "has no fsync@openssh.com; files are not synced";
        session->setFsyncUnsupported();
        return {};
    }
    if (rc != 0)
        return session->failure(
            rc, QCoreApplication::translate("rca::ssh::SftpUpload", "save to disk (fsync)"),
            displayPath);
    return {};
}

SftpFileFinish::SftpFileFinish(SshSession *session, QString displayPath)
    : m_session(session)
    , m_displayPath(std::move(displayPath))
{}

template<typename Call> int SftpFileFinish::issue(Call call)
{
    LIBSSH2_SESSION *session = m_session->session();
    libssh2_session_set_blocking(session, 0);
    int rc = call();
    libssh2_session_set_blocking(session, 1);
    // Blocking now: sends what is left of the request and waits for its answer.
    if (rc == LIBSSH2_ERROR_EAGAIN && !awaitingAnswer(session))
        rc = call();
    return rc;
}

Error SftpFileFinish::run(SftpHandlePtr *handle, const char *data, size_t count,
                          qint64 expectedSize)
{
    LIBSSH2_SFTP_HANDLE *file = handle->get();
    Error failure;
    auto note = [&](Error error) {
        if (!failure)
            failure = std::move(error);
    };
    // The requests go out together only while the channel's window takes them all: a request
    // that libssh2 sent in part would have the next one's bytes cut into it.
    LIBSSH2_CHANNEL *channel = libssh2_sftp_get_channel(m_session->sftp());
    const bool together = libssh2_channel_window_write(channel) >= requestBytes(count);
    auto send = [&](auto call) { return together ? issue(call) : call(); };

    // Sent: a request whose answer is still to come.
    bool writesSent = false;
    bool syncSent = false;
    bool statSent = false;
    bool closeSent = false;
    size_t acked = 0;
    while (acked < count) {
        const int rc =
            send([&] { return int(libssh2_sftp_write(file, data + acked, count - acked)); });
        if (rc > 0) {
            acked += size_t(rc);
        } else if (rc == LIBSSH2_ERROR_EAGAIN) {
            writesSent = true;
            break;
        } else if (rc == 0) {
            // Nothing acknowledged yet, nothing pending in flight: finish in blocking mode.
            note(writeRest(file, data, count, &acked));
            break;
        } else {
            note(m_session->failure(rc, writeAction(), m_displayPath));
            break;
        }
    }
    // Each of these goes out behind the writes without waiting for them, unless something
    // failed already.
    int syncRc = 0;
    int statRc = 0;
    int closeRc = 0;
    LIBSSH2_SFTP_ATTRIBUTES attributes{};
    if (!failure && m_session->fsyncSupported()) {
        syncRc = send([&] { return libssh2_sftp_fsync(file); });
        syncSent = syncRc == LIBSSH2_ERROR_EAGAIN;
        if (!syncSent)
            note(stepFailure(syncRc, {}));
    }
    if (!failure) {
        statRc = send([&] { return libssh2_sftp_fstat_ex(file, &attributes, 0); });
        statSent = statRc == LIBSSH2_ERROR_EAGAIN;
        if (!statSent)
            note(checkSize(statRc, attributes, expectedSize));
    }
    if (!failure) {
        // A network filesystem behind the server may report a failed write only now. libssh2
        // frees the handle when the close is answered, whatever the answer.
        handle->release();
        closeRc = send([&] { return libssh2_sftp_close_handle(file); });
        closeSent = closeRc == LIBSSH2_ERROR_EAGAIN;
        if (!closeSent && closeRc != 0)
            note(stepFailure(
                closeRc, QCoreApplication::translate("rca::ssh::SftpUpload", "finish writing")));
    }

    // The answers, in blocking mode and in order: the writes' before the close's, which makes
    // libssh2 forget those of its handle.
    if (writesSent)
        note(writeRest(file, data, count, &acked));
    if (syncSent)
        note(stepFailure(libssh2_sftp_fsync(file), {}));
    if (statSent)
        note(checkSize(libssh2_sftp_fstat_ex(file, &attributes, 0), attributes, expectedSize));
    if (closeSent) {
        closeRc = libssh2_sftp_close_handle(file);
        if (closeRc != 0)
            note(stepFailure(
                closeRc, QCoreApplication::translate("rca::ssh::SftpUpload", "finish writing")));
    }
    return failure;
}

Error SftpFileFinish::writeRest(LIBSSH2_SFTP_HANDLE *handle, const char *data, size_t count,
                                size_t *acked)
{
    while (*acked < count) {
        size_t step = 0;
        if (Error error =
                writeWindow(m_session, handle, data + *acked, count - *acked, m_displayPath, &step))
            return error;
        *acked += step;
    }
    return {};
}

// A failure of the fsync (action empty), the fstat or the close: after a refusal by the server
// the message says that the file did not take its name.
Error SftpFileFinish::stepFailure(int rc, const QString &action)
{
    if (rc == 0)
        return {};
    Error error = action.isEmpty() ? fsyncResult(m_session, rc, m_displayPath)
                                   : m_session->failure(rc, action, m_displayPath);
    if (!error || rc != LIBSSH2_ERROR_SFTP_PROTOCOL)
        return error;
    return Error::transient(
        QCoreApplication::translate("rca::ssh::SftpUpload", "%1 The file was not put in place.")
            .arg(error.message()));
}

Error SftpFileFinish::checkSize(int rc, const LIBSSH2_SFTP_ATTRIBUTES &attributes,
                                qint64 expectedSize)
{
    if (rc != 0)
        return stepFailure(
            rc, QCoreApplication::translate("rca::ssh::SftpUpload", "check the size of"));
    if ((attributes.flags & LIBSSH2_SFTP_ATTR_SIZE) && qint64(attributes.filesize) != expectedSize)
        return Error::transient(
            QCoreApplication::translate("rca::ssh::SftpUpload",
                                        "The SFTP server reports %1 bytes in the "
                                        "temporary file for %2, but %3 were written; it "
                                        "will be written again.")
                .arg(attributes.filesize)
                .arg(m_displayPath)
                .arg(expectedSize));
    return {};
}

} // namespace rca::ssh

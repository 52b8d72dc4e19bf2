// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftpspare.h"

#include "logging/logging.h"
#include "sftpfinish.h"
#include "sftpupload.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <utility>

namespace rca::ssh {

namespace {

constexpr unsigned long SpareFlags = LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL;
// What libssh2 1.10's open leaves as the last error while it waits for the answer.
const char OpenWaitMessage[] = "Would block waiting for status message";

} // namespace

SpareFile::SpareFile(std::shared_ptr<UploadTracker> tracker)
    : m_tracker(std::move(tracker))
{}

SpareFile::~SpareFile()
{
    discard();
}

SftpHandlePtr SpareFile::take(SshSession *session, const QString &folder, QString *path)
{
    if (!m_handle)
        return {};
    if (m_session.get() != session || session->isBroken() || m_folder != folder) {
        discard();
        return {};
    }
    *path = std::exchange(m_path, QString());
    m_folder.clear();
    m_session.reset();
    return std::move(m_handle);
}

QString SpareFile::markedFolder() const
{
    QFile file(m_markerFile);
    if (m_markerFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void SpareFile::clearMarker()
{
    if (m_markerFile.isEmpty())
        return;
    QFile::remove(m_markerFile);
    m_markedFolder.clear();
}

void SpareFile::discard()
{
    if (!m_handle)
        return;
    const std::shared_ptr<SshSession> session = std::exchange(m_session, nullptr);
    const QString path = std::exchange(m_path, QString());
    m_folder.clear();
    // On a broken session this fails at once: its socket is shut down.
    m_handle.reset();
    if (m_tracker->removeTemporary(session.get(), path))
        clearMarker();
}

Error SpareFile::renameOpeningSpare(const std::shared_ptr<SshSession> &session, const QString &from,
                                    const QString &to, const QString &folder)
{
    if (m_handle)
        return session->rename(from, to);
    LIBSSH2_SESSION *ssh = session->session();
    LIBSSH2_SFTP *sftp = session->sftp();
    const QByteArray source = from.toUtf8();
    const QByteArray target = to.toUtf8();
    auto rename = [&] {
        // As SshSession::rename: OpenSSH never lets a plain rename replace a file.
        return libssh2_sftp_rename_ex(sftp, source.constData(), unsigned(source.size()),
                                      target.constData(), unsigned(target.size()),
                                      LIBSSH2_SFTP_RENAME_ATOMIC | LIBSSH2_SFTP_RENAME_NATIVE);
    };
    libssh2_session_set_blocking(ssh, 0);
    int renameRc = rename();
    libssh2_session_set_blocking(ssh, 1);
    // The spare's open goes out only behind a rename that libssh2 sent whole; otherwise the
    // rename is finished alone, in blocking mode, and the spare opened after it.
    const bool renameSent = renameRc == LIBSSH2_ERROR_EAGAIN && awaitingAnswer(ssh);
    if (renameRc == LIBSSH2_ERROR_EAGAIN && !renameSent)
        renameRc = rename();

    const QString sparePath = folder + u'/' + newTemporaryName(m_tracker->ownerTag());
    const QByteArray spareName = sparePath.toUtf8();
    auto open = [&] {
        return libssh2_sftp_open_ex(sftp, spareName.constData(), unsigned(spareName.size()),
                                    SpareFlags, 0666, LIBSSH2_SFTP_OPENFILE);
    };
    SftpHandlePtr spare;
    bool openSent = false;
    if (renameSent) {
        libssh2_session_set_blocking(ssh, 0);
        spare.reset(open());
        const int openRc = spare ? 0 : libssh2_session_last_errno(ssh);
        libssh2_session_set_blocking(ssh, 1);
        openSent = openRc == LIBSSH2_ERROR_EAGAIN;
        // Sent in part: finished now in blocking mode, answer included (the rename's answer
        // waits in libssh2 meanwhile).
        if (openSent && !awaitingAnswer(ssh, OpenWaitMessage)) {
            spare.reset(open());
            openSent = false;
        }
    }

    // The answers, in the order the requests went out.
    if (renameSent)
        renameRc = rename();
    Error error =
        renameRc == 0
            ? Error()
            : session->failure(
                  renameRc, QCoreApplication::translate("rca::ssh::SshSession", "rename a file to"),
                  to);
    if (openSent)
        spare.reset(open());
    // The rename was answered at once, or went alone: the spare is opened now, in blocking
    // mode. That costs the round trip the next upload saves, and after every rename there is a
    // spare either way (the same behaviour, whatever the timing).
    const bool openedAlone = !renameSent && renameRc == 0;
    if (openedAlone)
        spare.reset(open());
    if (spare) {
        // Written as soon as a spare lies in a folder the marker does not name.
        if (!m_markerFile.isEmpty() && m_markedFolder != folder) {
            QSaveFile marker(m_markerFile);
            if (marker.open(QIODevice::WriteOnly) && marker.write(folder.toUtf8()) >= 0 &&
                marker.commit())
                m_markedFolder = folder;
            else
                qCWarning(lcStorage).noquote() << "Could not write" << m_markerFile;
        }
        m_tracker->started(sparePath);
        m_session = session;
        m_handle = std::move(spare);
        m_folder = folder;
        m_path = sparePath;
    } else if (renameSent || openedAlone) {
        // Not worth failing the item for: the next upload opens its own file. A lost
        // connection still marks the session broken.
        const int openRc = libssh2_session_last_errno(ssh);
        if (openRc != LIBSSH2_ERROR_SFTP_PROTOCOL && !session->isBroken())
            (void)session->failure(openRc, QString(), sparePath);
        if (!session->isBroken())
            qCDebug(lcStorage).noquote() << "Could not create the spare temporary file" << sparePath
                                         << sftpStatusText(libssh2_sftp_last_error(sftp));
    }
    return error;
}

} // namespace rca::ssh

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftpupload.h"

#include "sftpfinish.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <utility>

namespace rca::ssh {

QString newTemporaryName(const QString &ownerTag)
{
    const quint32 random = QRandomGenerator::system()->generate();
    return QStringLiteral(".rca-upload-%1%2.part")
        .arg(ownerTag)
        .arg(random, 8, 16, QLatin1Char('0'));
}

bool isTemporaryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.rca-upload-[0-9a-f]{16}\\.part$"));
    return pattern.match(name).hasMatch();
}

QString temporaryNameOwner(const QString &name)
{
    return isTemporaryName(name) ? name.mid(12, 8) : QString();
}

namespace {
const QString AsidePrefix = QStringLiteral(".rca-aside-");
constexpr int OwnerTagLength = 8;
} // namespace

QString asideName(const QString &ownerTag, const QString &fileName)
{
    return AsidePrefix + ownerTag + u'-' + fileName;
}

QString asideNameOwner(const QString &name)
{
    if (!name.startsWith(AsidePrefix) || name.size() <= AsidePrefix.size() + OwnerTagLength + 1 ||
        name.at(AsidePrefix.size() + OwnerTagLength) != u'-')
        return {};
    return name.mid(AsidePrefix.size(), OwnerTagLength);
}

QString asideNameTarget(const QString &name)
{
    return asideNameOwner(name).isEmpty() ? QString()
                                          : name.mid(AsidePrefix.size() + OwnerTagLength + 1);
}

Error writeWindow(SshSession *session, LIBSSH2_SFTP_HANDLE *handle, const char *data, size_t count,
                  const QString &displayPath, size_t *acked)
{
    constexpr qint64 NoAcknowledgementMs = 60 * 1000;
    // libssh2 1.10 answers 0 when it could send only part of a request (the channel's window
    // or the socket was full) and so waited for no acknowledgement: the next call sends more.
    // Only a minute without one acknowledged byte is a server that stopped answering (each
    // call blocks at most the session's timeout).
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (sinceProgress.elapsed() < NoAcknowledgementMs) {
        const ssize_t rc = libssh2_sftp_write(handle, data, count);
        if (rc < 0)
            return session->failure(
                int(rc), QCoreApplication::translate("rca::ssh::SftpUpload", "write"), displayPath);
        if (rc > 0) {
            *acked = size_t(rc);
            return {};
        }
    }
    return Error::transient(QCoreApplication::translate("rca::ssh::SftpUpload",
                                                        "The SFTP server %1 stopped acknowledging "
                                                        "the data written to %2.")
                                .arg(session->serverName(), displayPath));
}

SftpUpload::SftpUpload(std::shared_ptr<SshSession> session, std::shared_ptr<UploadTracker> tracker,
                       QString folder, QString fileName, QString relativePath,
                       std::shared_ptr<ParallelWriters> writers, qint64 chunkSize)
    : m_session(std::move(session))
    , m_tracker(std::move(tracker))
    , m_folder(std::move(folder))
    , m_finalPath(m_folder + u'/' + fileName)
    , m_relativePath(std::move(relativePath))
    , m_writers(chunkSize > 0 ? std::move(writers) : nullptr)
    , m_chunkSize(chunkSize)
{}

SftpUpload::~SftpUpload()
{
    discard();
}

Error SftpUpload::start()
{
    Error error;
    for (int attempt = 0; attempt < 4; ++attempt) {
        QString path;
        if (m_spare && attempt == 0)
            m_handle = m_spare->take(m_session.get(), m_folder, &path);
        if (!m_handle) {
            path = m_folder + u'/' + newTemporaryName(m_tracker->ownerTag());
            m_handle = m_session->openFile(
                path, LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL, 0666, &error);
        }
        if (m_handle) {
            m_temporaryPath = path;
            m_tracker->started(path);
            if (m_writers) {
                const int ready = m_writers->begin(path, m_finalPath);
                if (ready == 0)
                    m_writers.reset();
                else
                    qCDebug(lcStorage).noquote()
                        << "Uploading" << m_finalPath << "through" << ready << "parallel sessions";
            }
            return {};
        }
        // Only a name that happens to exist already is worth another try.
        const unsigned long status = m_session->lastStatus();
        if (m_session->isBroken() ||
            (status != LIBSSH2_FX_FAILURE && status != LIBSSH2_FX_FILE_ALREADY_EXISTS))
            break;
    }
    m_finished = true;
    return error;
}

bool SftpUpload::retarget(const QString &relativePath)
{
    auto folderOf = [](const QString &path) {
        const qsizetype slash = path.lastIndexOf(u'/');
        return slash < 0 ? QString() : path.left(slash);
    };
    const QString name = relativePath.mid(relativePath.lastIndexOf(u'/') + 1);
    if (m_finished || folderOf(relativePath) != folderOf(m_relativePath) || name.isEmpty() ||
        name.startsWith(u'.') || name.contains(u'\\') || name.contains(QChar(u'\0')))
        return false;
    m_finalPath = m_folder + u'/' + name;
    m_relativePath = relativePath;
    return true;
}

Error SftpUpload::write(const char *data, qint64 size)
{
    if (m_finished)
        return Error::transient(QCoreApplication::translate("rca::ssh::SftpUpload",
                                                            "The upload of %1 is already finished.")
                                    .arg(m_finalPath));
    if (m_failure)
        return m_failure;
    if (size <= 0)
        return {};
    m_size += size;
    if (m_writers) {
        while (size > 0) {
            const qint64 slice = qMin(size, m_chunkSize - qint64(m_chunk.size()));
            m_chunk.insert(m_chunk.end(), data, data + slice);
            data += slice;
            size -= slice;
            if (Error error = sendChunk(false))
                return fail(error);
        }
        return {};
    }
    // In slices, so that a huge write does not make a huge buffer.
    while (size > 0) {
        const qint64 slice = qMin(size, WindowSize);
        m_buffer.insert(m_buffer.end(), data, data + slice);
        data += slice;
        size -= slice;
        if (Error error = send(false))
            return fail(error);
    }
    return {};
}

Error SftpUpload::send(bool everything)
{
    for (;;) {
        const size_t pending = m_buffer.size() - m_begin;
        if (pending == 0 || (!everything && pending < size_t(WindowSize)))
            break;
        size_t acked = 0;
        if (Error error = writeWindow(m_session.get(), m_handle.get(), m_buffer.data() + m_begin,
                                      qMin(pending, size_t(WindowSize)), m_finalPath, &acked))
            return error;
        m_begin += acked;
    }
    // Moves the unsent tail to the front once a window's worth has been acknowledged, so
    // the buffer stays near two windows without copying it on every call.
    if (m_begin >= size_t(WindowSize) || m_begin == m_buffer.size()) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(m_begin));
        m_begin = 0;
    }
    return {};
}

Error SftpUpload::sendChunk(bool everything)
{
    if (m_chunk.empty() || (!everything && qint64(m_chunk.size()) < m_chunkSize))
        return {};
    const qint64 offset = std::exchange(m_chunkOffset, m_chunkOffset + qint64(m_chunk.size()));
    std::vector<char> chunk = std::exchange(m_chunk, {});
    if (Error error = m_writers->write(offset, std::move(chunk)))
        return error;
    // The main session idles meanwhile. An fsync now and then lets the server write to its
    // disk while the writers go on; otherwise a keepalive when due keeps it (and NAT state)
    // alive.
    if (Error error = syncFile(false, false))
        return error;
    if (!m_syncPending && m_session->fsyncSupported() &&
        m_chunkOffset - m_syncedOffset >= SyncInterval) {
        m_syncedOffset = m_chunkOffset;
        if (Error error = syncFile(true, false))
            return error;
    } else if (!m_syncPending) {
        m_session->keepAlive();
    }
    if (m_session->isBroken())
        return Error::transient(
            QCoreApplication::translate("rca::ssh::SftpUpload",
                                        "The connection to the SFTP server %1 was lost "
                                        "while uploading %2.")
                .arg(m_session->serverName(), m_finalPath));
    m_chunk.reserve(size_t(m_chunkSize));
    return {};
}

Error SftpUpload::syncFile(bool start, bool wait)
{
    // libssh2 keeps an fsync request's state in the SFTP session: while one is pending, the
    // next call on it must be this one again, until the answer is in.
    auto fsyncCall = [&] {
        libssh2_session_set_blocking(m_session->session(), wait ? 1 : 0);
        const int rc = libssh2_sftp_fsync(m_handle.get());
        libssh2_session_set_blocking(m_session->session(), 1);
        return rc;
    };
    if (m_syncPending) {
        const int rc = fsyncCall();
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return {};
        m_syncPending = false;
        if (Error error = syncResult(rc))
            return error;
    }
    if (!start || !m_session->fsyncSupported())
        return {};
    const int rc = fsyncCall();
    m_syncPending = rc == LIBSSH2_ERROR_EAGAIN;
    return m_syncPending ? Error() : syncResult(rc);
}

Error SftpUpload::syncResult(int rc)
{
    return fsyncResult(m_session.get(), rc, m_finalPath);
}

// The rest of the bytes, an fsync, the size check and the close, together (SftpFileFinish).
Error SftpUpload::finishFile()
{
    if (m_writers) {
        if (Error error = sendChunk(true))
            return error;
        if (Error error = m_writers->finish())
            return error;
        m_writers.reset();
    }
    // The writers' last fsync, if still in flight, is answered first: libssh2 has room for one
    // fsync per session.
    if (Error error = syncFile(false, true))
        return error;
    SftpFileFinish finish(m_session.get(), m_finalPath);
    Error error =
        finish.run(&m_handle, m_buffer.data() + m_begin, m_buffer.size() - m_begin, m_size);
    m_buffer = {};
    m_begin = 0;
    return error;
}

Error SftpUpload::commit(const QByteArray &sha256Hex, StoredFile *stored)
{
    if (m_finished)
        return m_failure ? m_failure
                         : Error::transient(
                               QCoreApplication::translate("rca::ssh::SftpUpload",
                                                           "The upload of %1 is already finished.")
                                   .arg(m_finalPath));
    if (m_failure)
        return m_failure;
    if (Error error = finishFile())
        return fail(error);

    m_sha256Hex = sha256Hex.toLower();

    if (m_replacing) {
        if (Error error = commitReplacing())
            return error;
    } else {
        // OpenSSH's rename never replaces a file (link() underneath); other servers might, so
        // for them the final name is looked at first.
        SftpAttributes existing;
        if (!m_session->isOpenSsh()) {
            if (Error error = m_session->stat(m_finalPath, &existing))
                return fail(error);
            if (existing.exists)
                return settleConflict(existing, stored);
        }
        // The next upload's temporary file is created in the same round trip.
        Error renamed =
            m_spare ? m_spare->renameOpeningSpare(m_session, m_temporaryPath, m_finalPath, m_folder)
                    : m_session->rename(m_temporaryPath, m_finalPath);
        if (Error error = renamed) {
            if (m_session->isBroken())
                return fail(error);
            if (Error statError = m_session->stat(m_finalPath, &existing))
                return fail(statError);
            if (!existing.exists)
                return fail(error);
            return settleConflict(existing, stored);
        }
    }
    m_tracker->finished(m_temporaryPath);
    m_temporaryPath.clear();
    m_finished = true;

    if (stored) {
        stored->path = m_relativePath;
        stored->size = m_size;
        stored->sha256 = m_sha256Hex;
        stored->providerChecksum.clear();
        stored->alreadyPresent = false;
    }
    return {};
}

// OpenSSH's sftp-server renames with link() + unlink(), which never replaces a file, and
// libssh2 1.10 cannot send posix-rename@openssh.com. So the existing file is renamed aside to a
// name of ours that records where it belongs (asideName), the new (fsynced) one takes the final
// name, and the aside copy is removed. Either the old or the new complete file exists
// throughout, for the two round trips between the renames only under the aside name: if the
// connection drops there, the old file is put back after the reconnect
// (UploadTracker::interrupted); if this program dies there, the next clean-up of the folder
// puts it back (SftpConnector::removeStaleTemporaries). A server whose rename does replace goes
// the same way.
Error SftpUpload::commitReplacing()
{
    SftpAttributes existing;
    if (Error error = m_session->stat(m_finalPath, &existing, false))
        return fail(error);
    if (existing.exists && existing.isFolder)
        return fail(Error::itemPermanent(
            QCoreApplication::translate("rca::ssh::SftpUpload",
                                        "%1 on %2 is a folder, not a file; it was not replaced.")
                .arg(m_finalPath, m_session->serverName())));
    QString aside;
    if (existing.exists) {
        aside =
            m_folder + u'/' +
            asideName(m_tracker->ownerTag(), m_finalPath.mid(m_finalPath.lastIndexOf(u'/') + 1));
        m_tracker->started(aside);
        if (Error error = m_session->rename(m_finalPath, aside)) {
            m_tracker->finished(aside);
            // Lost with the connection: the rename may have happened.
            if (m_session->isBroken())
                m_tracker->interrupted(aside, m_finalPath);
            return fail(error);
        }
    }
    if (Error error = m_session->rename(m_temporaryPath, m_finalPath)) {
        if (!aside.isEmpty()) {
            m_tracker->finished(aside);
            // The old file goes back now, or once connected again.
            if (m_session->isBroken() || m_session->rename(aside, m_finalPath))
                m_tracker->interrupted(aside, m_finalPath);
        }
        return fail(error);
    }
    m_tracker->finished(m_temporaryPath);
    m_temporaryPath.clear();
    if (aside.isEmpty())
        return {};
    m_tracker->finished(aside);
    // The new file is in place: a copy of the old one left behind is not worth failing for.
    if (Error error = m_session->removeFile(aside)) {
        if (m_session->isBroken())
            m_tracker->orphaned(aside);
        else
            qCWarning(lcStorage).noquote() << error.message();
    }
    return {};
}

void finishInterruptedReplacements(SshSession *session, UploadTracker *tracker)
{
    const QList<std::pair<QString, QString>> pending = tracker->takeInterrupted();
    for (const auto &[aside, finalPath] : pending) {
        Error error;
        SftpAttributes asideAttributes;
        SftpAttributes finalAttributes;
        if (session->isBroken())
            error = Error::transient(QString());
        if (!error)
            error = session->stat(aside, &asideAttributes, false);
        if (!error && asideAttributes.exists)
            error = session->stat(finalPath, &finalAttributes, false);
        if (!error && asideAttributes.exists)
            error = finalAttributes.exists ? session->removeFile(aside)
                                           : session->rename(aside, finalPath);
        if (error) {
            // Tried again at the next clean-up; meanwhile the aside copy is kept.
            tracker->interrupted(aside, finalPath);
            continue;
        }
        if (asideAttributes.exists && finalAttributes.exists)
            qCInfo(lcStorage).noquote() << "Removed" << aside << "replaced by" << finalPath;
        else if (asideAttributes.exists)
            qCInfo(lcStorage).noquote() << "Put" << finalPath << "back after an interrupted "
                                        << "replacement";
    }
}

// The final name is taken: an identical file means the item is archived already; anything
// else stays as it is.
Error SftpUpload::settleConflict(const SftpAttributes &existing, StoredFile *stored)
{
    m_finished = true;
    if (!existing.isFile || existing.size != m_size) {
        discard();
        return Error::conflict(
            existing.isFile ? QCoreApplication::translate(
                                  "rca::ssh::SftpUpload",
                                  "A different file (%1 bytes, not %2) already exists at %3 on %4; "
                                  "it was not overwritten.")
                                  .arg(existing.size)
                                  .arg(m_size)
                                  .arg(m_finalPath, m_session->serverName())
                            : QCoreApplication::translate(
                                  "rca::ssh::SftpUpload",
                                  "Something other than a file already exists at %1 on %2; it "
                                  "was not overwritten.")
                                  .arg(m_finalPath, m_session->serverName()));
    }
    // Same size: compare the content. OpenSSH has no checksum extension, so the file is read
    // back; without the caller's checksum, our temporary copy is read back too.
    QByteArray ours = m_sha256Hex;
    if (ours.isEmpty()) {
        if (Error error = hashRemoteFile(m_temporaryPath, &ours)) {
            discard();
            return error;
        }
    }
    discard();
    QByteArray theirs;
    if (Error error = hashRemoteFile(m_finalPath, &theirs))
        return error;
    if (theirs != ours)
        return Error::conflict(
            QCoreApplication::translate("rca::ssh::SftpUpload",
                                        "A different file of the same size already "
                                        "exists at %1 on %2; it was not overwritten.")
                .arg(m_finalPath, m_session->serverName()));
    if (stored) {
        stored->path = m_relativePath;
        stored->size = m_size;
        stored->sha256 = ours;
        stored->providerChecksum.clear();
        stored->alreadyPresent = true;
    }
    return {};
}

Error SftpUpload::hashRemoteFile(const QString &path, QByteArray *sha256Hex)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (Error error = m_session->readFile(path, [&](const char *data, qint64 size) {
            hash.addData(QByteArrayView(data, size));
            return true;
        }))
        return error;
    *sha256Hex = hash.result().toHex();
    return {};
}

Error SftpUpload::fail(Error error)
{
    if (!m_failure)
        m_failure = error;
    discard();
    m_finished = true;
    return m_failure;
}

void SftpUpload::discard()
{
    // The writers let go of the file before it is removed.
    if (m_writers) {
        m_writers->abort();
        m_writers.reset();
    }
    // An fsync in flight is answered before the session does anything else.
    if (m_syncPending && !m_session->isBroken())
        (void)syncFile(false, true);
    m_syncPending = false;
    m_chunk = {};
    // On a broken session this fails at once: its socket is shut down.
    m_handle.reset();
    m_buffer = {};
    m_begin = 0;
    if (m_temporaryPath.isEmpty())
        return;
    m_tracker->removeTemporary(m_session.get(), std::exchange(m_temporaryPath, QString()));
}

bool UploadTracker::removeTemporary(SshSession *session, const QString &path)
{
    finished(path);
    if (!session->isBroken() && !session->removeFile(path))
        return true;
    if (session->isBroken()) {
        qCInfo(lcStorage).noquote() << "Will remove" << path << "after reconnecting";
        orphaned(path);
    } else {
        qCWarning(lcStorage).noquote() << "Could not remove the temporary file" << path;
    }
    return false;
}

} // namespace rca::ssh

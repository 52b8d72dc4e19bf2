// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One atomic SFTP upload: bytes go to ".rca-upload-<random>.part" beside the final name in
// ~2 MiB libssh2_sftp_write calls that keep a window of that size in flight (the speed of an
// SFTP upload is the data in flight per round trip); the last of them, an fsync, a size check
// and the close go out together (SftpFileFinish), then a rename that never replaces an
// existing file, sent together with the open of the next upload's temporary file (SpareFile).
// A large file can instead go out in chunks through
// ParallelWriters' extra sessions, with the same temporary name, checks and rename; meanwhile
// the otherwise idle main session asks for an fsync of what they have written every
// SyncInterval bytes, without waiting for it, so the server's disk writes overlap the transfer
// and the final fsync waits for the last part only (rather than for the whole file, which a
// server with ample memory keeps in its cache until then). A replacing upload ends with the
// existing file renamed aside, the new one renamed to the final name and the aside removed,
// since OpenSSH's rename never replaces (see commitReplacing()).
// Used from the engine's worker thread, one at a time.
#pragma once

#include "parallelwriters.h"
#include "sftpspare.h"
#include "sshsession.h"
#include "storage/storageconnector.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace rca::ssh {

// The temporary files of one connector's uploads: those still being written (the stale-file
// clean-up leaves them alone) and those that could not be removed because the connection was
// gone (removed after the next reconnect). Its owner tag goes into every temporary name, so
// that a later run of the same profile on the same computer recognises what an earlier,
// crashed one left. Shared by the connector and its uploads.
class UploadTracker
{
public:
    // ownerTag: 8 hex digits.
    explicit UploadTracker(QString ownerTag)
        : m_ownerTag(std::move(ownerTag))
    {}

    const QString &ownerTag() const { return m_ownerTag; }
    void started(const QString &path) { m_active.insert(path); }
    void finished(const QString &path) { m_active.remove(path); }
    bool isActive(const QString &path) const { return m_active.contains(path); }
    void orphaned(const QString &path) { m_orphans.append(path); }
    QStringList takeOrphans() { return std::exchange(m_orphans, {}); }
    // A replacement the connection dropped in the middle of: the old file sits at aside and
    // must go back to finalPath unless the new one got there (finishInterruptedReplacements).
    // The aside stays active meanwhile, so that the stale-file clean-up leaves it alone.
    void interrupted(const QString &aside, const QString &finalPath)
    {
        m_active.insert(aside);
        m_interrupted.append({aside, finalPath});
    }
    QList<std::pair<QString, QString>> takeInterrupted()
    {
        const auto taken = std::exchange(m_interrupted, {});
        for (const auto &[aside, finalPath] : taken)
            m_active.remove(aside);
        return taken;
    }
    // Removes a temporary file of ours that is not needed any more (its handle closed). On a
    // broken session it is kept as an orphan, removed after reconnecting. True when removed.
    bool removeTemporary(SshSession *session, const QString &path);

private:
    QString m_ownerTag;
    QSet<QString> m_active;
    QStringList m_orphans;
    QList<std::pair<QString, QString>> m_interrupted;
};

// ".rca-upload-<owner tag><8 random hex digits>.part", whether a name is one, and its owner.
QString newTemporaryName(const QString &ownerTag);
bool isTemporaryName(const QString &name);
QString temporaryNameOwner(const QString &name);
// ".rca-aside-<owner tag>-<file name>": where a replacement keeps the old file while the new
// one takes its name. The name says where it belongs, so a clean-up after a crash between the
// two renames puts it back instead of deleting it. asideNameOwner/asideNameTarget are empty
// for any other name.
QString asideName(const QString &ownerTag, const QString &fileName);
QString asideNameOwner(const QString &name);
QString asideNameTarget(const QString &name);

// Settles the replacements tracker->interrupted() holds, once connected again: the old file
// goes back to its name unless the new one got there, in which case the old one is removed.
// What fails again (the connection dropped once more) stays for the next time.
void finishInterruptedReplacements(SshSession *session, UploadTracker *tracker);

// One step of an upload through handle: libssh2_sftp_write with count bytes (at most a window)
// from data. libssh2 remembers which of them it has already sent; it sends the new ones and
// returns as soon as the oldest request is acknowledged, so passing the unacknowledged bytes
// again, plus new ones, keeps the window full. *acked: the bytes acknowledged (more than 0). A
// server that acknowledges nothing a few calls in a row counts as stopped. displayPath: for
// messages.
Error writeWindow(SshSession *session, LIBSSH2_SFTP_HANDLE *handle, const char *data, size_t count,
                  const QString &displayPath, size_t *acked);

class SftpUpload : public StorageUpload
{
public:
    // Bytes handed to each libssh2_sftp_write call, and so kept in flight.
    static constexpr qint64 WindowSize = 2 * 1024 * 1024;
    // Bytes handed to the parallel writers between two fsyncs by the main session.
    static constexpr qint64 SyncInterval = 32 * 1024 * 1024;

    // writers (optional): the extra sessions to write the content through, in chunks of
    // chunkSize bytes; the upload falls back to the main session when none is ready.
    SftpUpload(std::shared_ptr<SshSession> session, std::shared_ptr<UploadTracker> tracker,
               QString folder, QString fileName, QString relativePath,
               std::shared_ptr<ParallelWriters> writers = {}, qint64 chunkSize = 0);
    ~SftpUpload() override;

    // Makes commit() replace whatever file is at the final name (call before start()).
    void setReplacing(bool replacing) { m_replacing = replacing; }
    // The connector's spare temporary file (see SpareFile): start() takes it when it is in this
    // folder, and the rename at commit opens the next one (call before start()).
    void setSpare(std::shared_ptr<SpareFile> spare) { m_spare = std::move(spare); }
    // Creates the temporary file, or takes the spare.
    Error start();
    // Another name in the same folder, before commit (the temporary file stays where it is).
    bool retarget(const QString &relativePath) override;
    Error write(const char *data, qint64 size) override;
    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override;

private:
    // Sends buffered bytes: while a full window is buffered, or all of them.
    Error send(bool everything);
    // Hands the filled chunk (or, with everything, any rest) to the parallel writers.
    Error sendChunk(bool everything);
    // fsync@openssh.com on the temporary file, where the server has it. Without wait, the
    // request is sent and its answer collected by a later call; with wait, the fsync in
    // flight (if any) is finished, and with start a new one is made and waited for.
    Error syncFile(bool start, bool wait);
    Error syncResult(int rc);
    Error finishFile();
    Error settleConflict(const SftpAttributes &existing, StoredFile *stored);
    // The end of a replacing commit: the fsynced temporary file takes the final name.
    Error commitReplacing();
    Error hashRemoteFile(const QString &path, QByteArray *sha256Hex);
    // Closes and removes the temporary file (or leaves it to the tracker when the
    // connection is gone); the first error sticks.
    Error fail(Error error);
    void discard();

    std::shared_ptr<SshSession> m_session;
    std::shared_ptr<UploadTracker> m_tracker;
    QString m_folder;
    QString m_finalPath;
    QString m_relativePath;
    QString m_temporaryPath;
    SftpHandlePtr m_handle;
    std::shared_ptr<SpareFile> m_spare;
    std::shared_ptr<ParallelWriters> m_writers; // set while they write this file
    qint64 m_chunkSize = 0;
    qint64 m_chunkOffset = 0;   // where the chunk being filled goes
    qint64 m_syncedOffset = 0;  // bytes handed to the writers before the last fsync
    bool m_syncPending = false; // an fsync request awaits its answer (session non-blocking)
    std::vector<char> m_chunk;
    std::vector<char> m_buffer;
    size_t m_begin = 0; // first unacknowledged byte in m_buffer
    qint64 m_size = 0;
    QByteArray m_sha256Hex; // the caller's checksum of the content, given at commit
    Error m_failure;
    bool m_finished = false;
    bool m_replacing = false;
};

} // namespace rca::ssh

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GoogleDriveUpload: one streamed file upload to Google Drive. Bytes are buffered; a file that
// stays within the simple-upload limit goes up in one multipart request at commit(), a larger
// one through a resumable session opened when the limit is passed and fed in chunks (multiples
// of 256 KiB) as data arrives, so memory stays bounded by about one chunk plus the limit.
// After a dropped connection or a 5xx the session is asked how much arrived and the upload
// continues from there; a session that is gone is a Transient error (the engine starts the item
// over). MD5 and size are computed while streaming and checked against Drive's answer. An
// existing file of the same name (asked of the GoogleDriveFolderIndex, which learns what every
// upload stored or left uncertain) is never replaced, except in Replace mode: then the new bytes
// go into that file (the oldest of the name) through a resumable session of files.update, so
// its id and name stay and Drive shows the new revision only once it is complete. Used from the
// engine's worker thread.
#pragma once

#include "googledriveapi.h"
#include "googledrivefolderindex.h"
#include "googledrivemd5.h"
#include "storage/storageconnector.h"

#include <QJsonObject>

namespace rca {

struct DriveUploadOptions
{
    qint64 chunkSize = 8 * 1024 * 1024;         // multiple of 256 KiB
    qint64 simpleUploadLimit = 5 * 1000 * 1000; // multipart up to this many bytes
};

class GoogleDriveUpload : public StorageUpload
{
public:
    enum class Mode { Create, Replace };
    GoogleDriveUpload(GoogleDriveApi *api, GoogleDriveFolderIndex *index, QString folderId,
                      QString relativePath, qint64 expectedSize, DriveUploadOptions options,
                      Mode mode = Mode::Create);
    ~GoogleDriveUpload() override;

    Error write(const char *data, qint64 size) override;
    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override;
    bool retarget(const QString &relativePath) override;

private:
    QString name() const;
    // Feeds m_md5 the buffered bytes it has not seen yet.
    void hashBuffered();
    // The MD5 of every byte written so far, lower-case hex.
    QString md5Hex();
    // Looks for a file already at the final name; sets m_existing (m_replaceId in Replace
    // mode).
    Error lookUpExisting();
    Error startSession();
    // Sends buffered bytes up to stream offset end (exclusive); the final chunk when last.
    Error sendUpTo(qint64 end, bool last);
    // Applies a 308's Range header: what the server holds.
    Error acceptRange(const HttpResponse &response);
    Error uploadMultipart(QJsonObject *file);
    // commit() without telling the index what happened.
    Error finish(const QByteArray &sha256Hex, StoredFile *stored);
    Error verify(const QJsonObject &file, const QByteArray &sha256Hex, StoredFile *stored);
    Error conflictResult(const QByteArray &sha256Hex, StoredFile *stored);
    void cancelSession();
    Error keep(Error error);

    GoogleDriveApi *m_api;
    GoogleDriveFolderIndex *m_index;
    QString m_folderId;
    QString m_relativePath;
    qint64 m_expectedSize;
    DriveUploadOptions m_options;
    Mode m_mode;

    QByteArray m_buffer;      // stream bytes from m_bufferStart on, not yet confirmed
    qint64 m_bufferStart = 0; // stream offset of m_buffer's first byte
    qint64 m_confirmed = 0;   // bytes the resumable session holds
    qint64 m_total = 0;       // bytes written so far
    // Bytes m_md5 has seen: up to the simple-upload limit they are hashed at commit, on a pool
    // thread while their request is out, not on the way in (see uploadMultipart).
    qint64 m_hashed = 0;
    DriveMd5 m_md5;
    QUrl m_sessionUrl;
    QJsonObject m_finalFile; // the session's completion answer, when it came early
    bool m_checkedExisting = false;
    QList<DriveFile> m_existing; // same-named files in the folder: only hash, never upload
    QString m_replaceId;         // Replace mode: the file that receives the new bytes
    Error m_failure;
    bool m_finished = false;
    bool m_requested = false; // a request that may write the file went out
    DriveFile m_stored;       // what Drive confirmed storing, once verified
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DropboxUpload: one file streamed into Dropbox. Bytes are buffered; a file that stays within
// the threshold goes up in one files/upload at commit, a larger one through an upload session
// whose chunks are appended as the data arrives (memory bounded by the threshold or one
// chunk). A dropped append is resent from the chunk still held; incorrect_offset continues
// from correct_offset. Nothing appears at the final path before commit (mode add, no
// autorename; mode overwrite for a replacement, whose old revision stays until the commit);
// the content_hash computed while streaming is checked against Dropbox's answer. Used from the
// connector's thread only.
#pragma once

#include "dropboxapi.h"
#include "dropboxcontenthash.h"
#include "storage/storageconnector.h"

namespace rca {

struct DropboxUploadLimits
{
    qint64 threshold = 8 * 1024 * 1024; // up to this many bytes: files/upload
    qint64 chunkSize = 8 * 1024 * 1024; // upload session appends
};

class DropboxUpload : public StorageUpload
{
public:
    enum class Mode { Add, Replace };
    DropboxUpload(DropboxApi *api, QString relativePath, DropboxUploadLimits limits,
                  Mode mode = Mode::Add);

    Error write(const char *data, qint64 size) override;
    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override;
    bool retarget(const QString &relativePath) override;

private:
    Error appendFullChunks();
    // Sends chunk at m_offset (start of the session when there is none yet).
    Error sendChunk(QByteArrayView chunk);
    Error finish(DropboxApi::Result *result);
    // Turns a failed commit into alreadyPresent / not overwritten / a clear error.
    Error commitFailed(const DropboxApi::Result &result, StoredFile *stored);
    Error verify(const QJsonObject &metadata);
    QJsonObject commitInfo() const;
    QString what() const;

    DropboxApi *m_api;
    QString m_relativePath;
    DropboxUploadLimits m_limits;
    Mode m_mode;
    QByteArray m_buffer;
    QString m_sessionId;
    qint64 m_offset = 0; // bytes the session holds
    qint64 m_total = 0;
    DropboxContentHash m_hash;
    QByteArray m_contentHash; // set at commit
    QByteArray m_sha256Hex;   // the caller's, set at commit
    bool m_committed = false;
    Error m_failed; // a failed write makes the upload unusable
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxUpload: one file streamed into Box. A file that stays within the threshold is held in
// memory and goes up at commit in one POST /files/content (multipart: attributes, then the
// bytes; its SHA-1 in content-md5, which Box checks). A larger one goes through an upload
// session (BoxUploadSession), which needs the size up front: when the caller announced it, the
// session opens with the first byte and each part leaves as soon as it is full (sent by a
// BoxPartSender while the next one fills), so memory holds two parts; when the size is unknown, the
// bytes past the threshold are spooled to a temporary file and sent in parts from there at commit.
// Nothing appears under the final name before the commit. An existing file of the same name is
// never overwritten by an upload: an identical one (same size and SHA-1) makes the commit succeed
// with alreadyPresent, a different one is a conflict error that names it. A replacement uploads a
// new version of the existing file (POST /files/{id}/content, or a session for that file), so its
// id and history stay. The SHA-1 computed while streaming is checked against Box's answer; a copy
// that differs is removed (never anything else). Used from the connector's thread only.
#pragma once

#include "boxapi.h"
#include "boxpartsender.h"
#include "boxsha1.h"
#include "boxuploadsession.h"
#include "storage/storageconnector.h"

#include <QTemporaryFile>

#include <memory>

namespace rca {

class BoxFolders;

struct BoxUploadLimits
{
    qint64 threshold = 20 * 1000 * 1000; // up to this many bytes: one POST /files/content
};

class BoxUpload : public StorageUpload
{
public:
    enum class Mode { Add, Replace };
    BoxUpload(BoxApi *api, BoxFolders *folders, QString folderId, QString relativePath,
              qint64 expectedSize, BoxUploadLimits limits, Mode mode);
    ~BoxUpload() override;

    Error write(const char *data, qint64 size) override;
    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override;
    bool retarget(const QString &relativePath) override;

private:
    QString name() const;
    QString what() const;
    Error keep(Error error);
    // Replace mode: the id of the file to give a new version (empty: none there yet).
    Error replaceTarget(QString *fileId);
    // Opens the session for size bytes; an existing file of the name turns the upload into a
    // comparison (m_existing).
    Error startSession(qint64 size);
    // Appends to the current part, handing each part to the sender as it fills.
    Error feedParts(const char *data, qint64 size);
    // Hands m_buffer over as the part at m_sent, with the SHA-1 of its bytes.
    Error sendBuffer(const QByteArray &sha1);
    void dropSession();
    Error startSpool();
    Error sendSpool();
    // The multipart body's first part (attributes) and the second's header: the file's bytes
    // follow it. fileId: a new version of that file.
    QByteArray multipartHead(const QString &fileId) const;
    Error uploadDirect(BoxApi::Result *result);
    Error finish(BoxApi::Result *result);
    // The file Box confirmed, checked against what was sent.
    Error verify(const QJsonObject &answer, const QByteArray &sha256Hex, StoredFile *stored);
    // A file of the name was there before: the same bytes, or a conflict.
    Error compareExisting(const BoxItem &existing, const QByteArray &sha256Hex, StoredFile *stored);
    // After a failed add: what holds the name (from Box's conflicts, else a look-up).
    Error conflictResult(const BoxApi::Result &refused, const QByteArray &sha256Hex,
                         StoredFile *stored);

    BoxApi *m_api;
    BoxFolders *m_folders;
    QString m_folderId;
    QString m_relativePath;
    qint64 m_expectedSize;
    BoxUploadLimits m_limits;
    Mode m_mode;

    BoxSha1 m_sha1;     // of every byte written
    BoxSha1 m_partSha1; // of the part being filled
    qint64 m_total = 0; // bytes written
    // direct: the multipart head (m_headSize bytes), then every byte; session: the part being
    // filled
    QByteArray m_buffer;
    QByteArray m_boundary;
    qsizetype m_headSize = 0;
    qint64 m_sent = 0; // bytes handed over in parts
    std::unique_ptr<BoxUploadSession> m_session;
    std::unique_ptr<BoxPartSender> m_sender; // of m_session's parts (destroyed first)
    std::unique_ptr<QTemporaryFile> m_spool; // unknown size past the threshold
    bool m_hasExisting = false;              // an upload became a comparison with it
    BoxItem m_existing;
    QString m_replaceId;
    bool m_replaceLooked = false;
    Error m_failed; // a failed write makes the upload unusable
    bool m_committed = false;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxUploadSession: one Box upload session (chunked upload) of a file whose size is known:
// created for a new file in a folder or a new version of an existing file, fed parts of the
// part_size Box chose (each with its SHA-1 in the digest header and its content-range), and
// committed with the list of parts and the whole file's SHA-1. A part whose connection dropped
// is sent again; when its first copy did arrive (Box then refuses the overlap), the session's
// list of parts is asked and the part taken from there. A commit answered 202 (still
// assembling) is asked again after retry-after, through BoxApi's retry policy. Destroying a
// session that was not committed aborts it (best effort). Used from the connector's thread.
#pragma once

#include "boxapi.h"

#include <QJsonArray>

namespace rca {

class BoxUploadSession
{
public:
    BoxUploadSession(BoxApi *api, QString what);
    ~BoxUploadSession();
    BoxUploadSession(const BoxUploadSession &) = delete;
    BoxUploadSession &operator=(const BoxUploadSession &) = delete;

    // POST /files/upload_sessions (a new file name in folderId) or, with fileId,
    // /files/{fileId}/upload_sessions (a new version). A failure keeps Box's answer (409
    // item_name_in_use and its conflicts) for the caller.
    BoxApi::Result create(const QString &folderId, const QString &fileId, const QString &name,
                          qint64 size);
    bool isOpen() const { return !m_partUrl.isEmpty(); }
    qint64 partSize() const { return m_partSize; }
    qint64 size() const { return m_size; }

    // The part at offset (a multiple of partSize(); the last one may be shorter), with its raw
    // SHA-1 when the caller has it.
    Error sendPart(qint64 offset, QByteArrayView part, const QByteArray &sha1 = {});
    // Commits with the whole file's raw SHA-1; result.json is Box's list of files.
    BoxApi::Result commit(const QByteArray &sha1);
    void abort();

private:
    // After a refused resend: the part, if the session already holds it with that SHA-1.
    bool recoverPart(qint64 offset, qint64 size, const QString &sha1Hex);

    BoxApi *m_api;
    QString m_what;
    QString m_id;
    QUrl m_partUrl;
    QUrl m_commitUrl;
    QUrl m_abortUrl;
    QUrl m_listPartsUrl;
    qint64 m_partSize = 0;
    qint64 m_size = 0;
    QJsonArray m_parts;
    bool m_committed = false;
};

} // namespace rca

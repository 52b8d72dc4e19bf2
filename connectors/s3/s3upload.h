// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// S3Upload: one object written atomically. Up to the part size the bytes go up in one PUT;
// above it in a multipart upload whose parts (the part size, grown so that no upload needs more
// than 10,000) are sent a few at a time from a thread pool while the next part fills: a full
// part is handed to its task whole, never copied, and the buffers held are the parts in flight
// and the one filling, whatever the file's size (82 MiB peak RSS for 256 MiB in four 8 MiB
// parts at a time, run-s3-benchmark). Servers that keep no checksums (s3rver) are checked by
// the ETag: the whole content's MD5 is then computed too. Every request carries
// Content-MD5 and x-amz-checksum-sha256, and the object's checksum is checked with a HEAD after
// the upload (the SHA-256 for a PUT, S3's composite SHA-256 of the parts for multipart). S3
// shows an object under its key only once complete; `If-None-Match: *` and a HEAD keep an
// existing object from being overwritten (identical: alreadyPresent; different: a conflict).
//
// A multipart upload survives a restart: its id is written to the ConnectorJournal before the
// first part, and the parts the storage holds are listed when the same key is uploaded again;
// a part whose bytes hash to the held part's SHA-256 is not sent again. A kill -9 at any moment
// thus loses and doubles nothing: before CompleteMultipartUpload nothing is visible, after it
// the object is found identical. Used from the engine's worker thread.
#pragma once

#include "s3client.h"
#include "storage/connectorjournal.h"
#include "storage/storageconnector.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <memory>

namespace rca {

// A part S3 holds, or one just sent.
struct S3Part
{
    int number = 0;
    qint64 size = 0;
    QByteArray etag;     // with its quotes, as S3 gives it
    QByteArray checksum; // base64 SHA-256
    QByteArray md5;      // raw MD5 (for the ETag check of servers without checksums)
};

class S3Upload : public StorageUpload
{
public:
    enum class Mode { Create, Replace };

    S3Upload(const S3Client &client, ConnectorJournal *journal, const QString &relativePath,
             qint64 expectedSize, Mode mode, const CancelToken &cancel);
    ~S3Upload() override;

    Error write(const char *data, qint64 size) override;
    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override;
    bool retarget(const QString &relativePath) override;
    void setItemCreated(const QDateTime &created) override { m_created = created; }

    // Counts for tests and the benchmark: parts sent, and parts found held from before.
    int partsSent() const { return m_partsSent; }
    int partsReused() const { return m_partsReused; }

    // The part size for a file of expectedSize (-1: unknown) and part number (1-based): at
    // least configured, grown so that 10,000 parts hold the file; an unknown size doubles the
    // size every 1,000 parts.
    static qint64 partSizeFor(qint64 configured, qint64 expectedSize, int partNumber);

private:
    struct Shared;
    Error startMultipart();
    Error listHeldParts(const QString &uploadId);
    void submitPart(QByteArray data);
    Error waitForParts(int atMostInFlight);
    Error putSingle(StoredFile *stored);
    Error completeMultipart(StoredFile *stored);
    Error verify(const QByteArray &checksum, bool multipart, StoredFile *stored);
    // The ETags the stored object may have: the MD5 of a PUT's bytes; for multipart, S3's MD5
    // of the parts' MD5s, or (servers that keep no checksums) the whole content's MD5.
    QList<QByteArray> expectedEtags(bool multipart) const;
    Error compareExisting(StoredFile *stored, const QByteArray &checksum, bool multipart);
    QByteArray compositeChecksum() const;
    HttpHeaders objectHeaders() const;
    Error saveJournal();
    void abort();

    S3Client m_client;
    ConnectorJournal *m_journal;
    QString m_path;
    QString m_key;
    qint64 m_expectedSize;
    Mode m_mode;
    CancelToken m_cancel;
    QDateTime m_created;
    QByteArray m_buffer;
    qint64 m_total = 0;
    int m_nextPart = 1;
    bool m_multipart = false;
    bool m_existing = false; // the key holds an object already: hash only, compare at commit
    QString m_uploadId;
    bool m_committed = false;
    int m_partsSent = 0;
    int m_partsReused = 0;
    QMap<int, S3Part> m_held; // what the storage held of this upload from before
    std::unique_ptr<QCryptographicHash> m_wholeMd5; // only where the server keeps no checksums
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace rca

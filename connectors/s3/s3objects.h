// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// S3Objects: the S3 operations the connector uses, each one request (or a paged series) through
// S3Client: objects (HEAD, PUT, GET), multipart uploads (create, part, list parts, complete,
// abort, list), listings, the bucket's Object Lock configuration and an object's retention.
// It reads S3's answers into the connector's terms (StoredFile, S3Part, S3BucketLock) and
// checks what the storage says it holds against what was sent. Value type; blocks on the
// calling thread (any thread).
#pragma once

#include "s3client.h"
#include "storage/storageconnector.h"

namespace rca {

struct S3Part;

// What a HEAD tells of an object.
struct S3Head
{
    StoredFile file;     // size -1 when there is no object; providerChecksum is the ETag
    QByteArray checksum; // x-amz-checksum-sha256: base64, "…-N" for multipart; may be empty
};

struct S3UploadInfo
{
    QString key;
    QString uploadId;
    QDateTime initiated; // UTC
};

class S3Objects
{
public:
    explicit S3Objects(const S3Client &client)
        : m_client(client)
    {}

    // The headers every object is written with: storage class, encryption, Object Lock
    // retention counted from created (none when it would already have passed) and legal hold.
    static HttpHeaders writeHeaders(const S3Config &config, const QDateTime &created);

    Error head(const QString &key, S3Head *out, const CancelToken &cancel) const;
    // PUT with Content-MD5 and x-amz-checksum-sha256; ifNoneMatch: refused (*exists) when the
    // key holds an object.
    Error putObject(const QString &key, const QByteArray &body, const QByteArray &sha256,
                    const HttpHeaders &headers, bool ifNoneMatch, bool *exists,
                    const CancelToken &cancel) const;
    Error get(const QString &key, ByteSink *sink, const CancelToken &cancel) const;

    // *checksums: the storage keeps the parts' SHA-256 (it echoed x-amz-checksum-algorithm).
    Error createUpload(const QString &key, const HttpHeaders &headers, QString *uploadId,
                       bool *checksums, const CancelToken &cancel) const;
    Error uploadPart(const QString &key, const QString &uploadId, const QByteArray &data,
                     const QByteArray &sha256, S3Part *part, const CancelToken &cancel) const;
    // Every part the storage holds; an error with detail s3Code "NoSuchUpload" when the upload
    // is gone (completed or aborted).
    Error listParts(const QString &key, const QString &uploadId, QList<S3Part> *parts,
                    const CancelToken &cancel) const;
    // *exists: refused because the key holds an object (ifNoneMatch), or the upload is gone
    // (completed by an earlier try whose answer was lost): the caller compares.
    Error completeUpload(const QString &key, const QString &uploadId, const QList<S3Part> &parts,
                         bool ifNoneMatch, bool *exists, const CancelToken &cancel) const;
    Error abortUpload(const QString &key, const QString &uploadId, const CancelToken &cancel) const;
    // Aborts every upload in progress to exactly key.
    Error abortUploadsOf(const QString &key, const CancelToken &cancel) const;
    Error listUploads(const QString &prefix, QList<S3UploadInfo> *uploads,
                      const CancelToken &cancel) const;

    // Objects (and, without recursive, the "folders" one level down) under prefix, in pages
    // of maxKeys (0: the storage's default, 1,000).
    using EntryHandler = StorageConnector::EntryHandler;
    Error list(const QString &prefix, bool recursive, const EntryHandler &handle,
               const CancelToken &cancel, int maxKeys = 0) const;
    // One request that shows the bucket is there and the key may list it.
    Error probe(const CancelToken &cancel) const;
    Error bucketLock(S3BucketLock *lock, const CancelToken &cancel) const;

    // The stored object is what was sent: its size, and its SHA-256 checksum (composite for
    // multipart) or, where the storage keeps none, its ETag.
    Error checkStored(const QString &key, const S3Head &head, qint64 size,
                      const QByteArray &checksum, const QList<QByteArray> &etags) const;
    // Fills head->file.retention from GetObjectRetention / GetObjectLegalHold where HEAD did
    // not show it and asked wants it; an error when the object is less protected than asked.
    Error readRetention(const QString &key, const ObjectRetention &asked, S3Head *head,
                        const CancelToken &cancel) const;
    // Asks for the retention (mode) and the legal hold (legalHold) where HEAD showed none: a
    // HEAD shows them only to keys allowed to read them.
    Error fetchRetention(const QString &key, bool mode, bool legalHold, S3Head *head,
                         const CancelToken &cancel) const;

private:
    const S3Client &m_client;
};

} // namespace rca

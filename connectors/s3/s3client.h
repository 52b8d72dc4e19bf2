// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// S3Client: one signed request to the bucket, tried through the one RetryPolicy: SigV4 from
// core/net/awssigv4, path-style or virtual-hosted addressing, S3's XML errors turned into
// rca::Error with a message a user can act on (AccessDenied, NoSuchBucket, InvalidAccessKeyId,
// SignatureDoesNotMatch, BadDigest, QuotaExceeded, a skewed clock naming both clocks), and
// SlowDown / 503 / 429 / 5xx / dropped connections paced and retried. Copyable; blocks on the
// calling thread (any thread: each has its own network manager).
#pragma once

#include "net/awssigv4.h"
#include "net/retrypolicy.h"
#include "s3config.h"

namespace rca {

// One S3 request in literal terms (the signer encodes).
struct S3Call
{
    QByteArray method = QByteArrayLiteral("GET");
    QString key; // the object key; empty for the bucket itself
    QList<std::pair<QString, QString>> query;
    HttpHeaders headers;
    QByteArray body;
    QByteArray bodySha256; // hex; computed from body when empty
    // What the request does, for messages: "uploading Anruf.mp3".
    QString what;
    // Statuses that are answers, not errors, for this call (404 for a HEAD that looks).
    QList<int> expected;
    bool sendOnce = false;
    std::function<bool(QByteArrayView chunk)> onData; // streams a 2xx body (downloads)
};

class S3Client
{
public:
    S3Client() = default;
    S3Client(const S3Config &config, const QString &secretAccessKey);

    // Sends call until it succeeds, fails for good or the tries run out. A status listed in
    // call.expected comes back as an answer (no error); *response holds the last answer.
    Error send(const S3Call &call, const CancelToken &cancel, HttpResponse *response) const;

    // An error carries the S3 code of the last answer as detail "s3Code" ("NoSuchUpload"),
    // and detail "unsupported" when the server lacks the operation (405, 501).
    static bool isUnsupported(const Error &error)
    {
        return error.detail(QStringLiteral("unsupported")).toBool();
    }
    // The S3 error code and message of an answer ("NoSuchUpload"); empty when it has none.
    static QString errorCode(const HttpResponse &response, QString *message = nullptr);
    // The rca::Error an S3 answer means, for call.
    Error errorFor(const HttpResponse &response, const QString &what,
                   const QDateTime &signedAt) const;

    const S3Config &config() const { return m_config; }
    RetryPolicy &retryPolicy() { return m_retry; }

private:
    RetryDecision classify(const HttpResponse &response, int retryAfterSeconds, const S3Call &call,
                           const QDateTime &signedAt) const;

    S3Config m_config;
    AwsCredentials m_credentials;
    RetryPolicy m_retry;
};

} // namespace rca

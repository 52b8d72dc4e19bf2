// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AwsSigV4: signs one request to S3-compatible storage with AWS Signature Version 4, in an
// Authorization header or as a presigned URL, the way S3 checks it (the path is encoded once,
// never twice as other AWS services do). Qt only: SHA-256 and HMAC-SHA256 from QtCore. The
// time is passed in. Value type, no I/O, any thread.
//
// The request is described in literal terms: the object key and query values as text, never
// percent-encoded ("/bucket/a%2Fb" is the key "a%2Fb" and goes out as "a%252Fb"). The signer
// builds the one encoding that is both signed and sent: AwsSignedRequest::url is made from the
// canonical path and query, and sign() checks that QUrl gives back exactly those bytes for the
// request line (it would drop "." and ".." segments, and decodes escapes of unreserved
// characters); a request Qt would change on the way is refused instead of signed. Headers of
// the same name are merged into one ("a,b", as signed), since QNetworkRequest keeps only the
// last of them, and values go out trimmed as they were signed. Send what applyTo() puts on an
// HttpRequest, unchanged.
//
// AwsClockSkew turns S3's RequestTimeTooSkewed (or a refused HEAD's Date header) into a message
// that names both clocks.
#pragma once

#include "common/error.h"
#include "net/httpclient.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <utility>

namespace rca {

struct RCACORE_EXPORT AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // temporary credentials only (X-Amz-Security-Token); empty: none
};

// One request to sign, in literal (not percent-encoded) terms.
struct RCACORE_EXPORT AwsRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString scheme = QStringLiteral("https");
    // Path-style "s3.eu-central-1.amazonaws.com", virtual-hosted "bucket.s3.…", "127.0.0.1".
    QString host;
    int port = -1; // -1 or the scheme's default: the Host header carries no port
    // "/bucket/Müller/Anruf – 1.mp3" (path-style) or "/Müller/Anruf – 1.mp3" (virtual-hosted).
    QString path = QStringLiteral("/");
    // Names and values in any order; ?uploads is {"uploads", ""} and goes out as "uploads=".
    QList<std::pair<QString, QString>> query;
    // Signed and sent (Content-MD5, x-amz-checksum-sha256, x-amz-object-lock-mode, …), except
    // Expect, User-Agent and X-Amzn-Trace-Id, which are sent unsigned as botocore does, and the
    // headers sign() sets itself (Host, X-Amz-Date, X-Amz-Content-SHA256, X-Amz-Security-Token,
    // Authorization), which are replaced.
    HttpHeaders headers;
    // Hex SHA-256 of the body (AwsSigV4::payloadHash()) or AwsSigV4::unsignedPayload().
    QByteArray payloadHash;
};

struct RCACORE_EXPORT AwsSignedRequest
{
    QByteArray method;
    QUrl url;          // send exactly this URL
    QByteArray target; // its path and query as they go on the request line, as signed
    // Everything to send: the request's headers (merged, trimmed) and then Host, X-Amz-Date,
    // X-Amz-Content-SHA256, X-Amz-Security-Token (with a session token) and Authorization.
    HttpHeaders headers;
    QByteArray canonicalRequest; // what was signed (no secret in it), for debugging
    QByteArray stringToSign;

    // Sets request's method, URL and headers (replacing any of the same names) and turns off
    // redirects, which could not carry a valid signature to another host. The body stays the
    // caller's and must hash to the payloadHash signed.
    void applyTo(HttpRequest &request) const;
};

class RCACORE_EXPORT AwsSigV4
{
public:
    AwsSigV4(AwsCredentials credentials, QString region, QString service = QStringLiteral("s3"));

    // Signs request at now (UTC or not; it is converted). Fails, leaving out untouched, when
    // the request could not be sent as signed (a "." or ".." path segment, no host, a time or
    // payload hash missing).
    Error sign(const AwsRequest &request, const QDateTime &now, AwsSignedRequest *out) const;
    // A presigned URL valid for expiresSeconds (1 s to 7 days) from now: the signature and the
    // credential travel in the query, the payload is unsigned; request.payloadHash is ignored.
    // request.headers are signed and must be sent with the URL.
    Error presign(const AwsRequest &request, const QDateTime &now, int expiresSeconds,
                  QUrl *out) const;

    // Hex SHA-256 of body, the payload hash of a signed body.
    static QByteArray payloadHash(QByteArrayView body);
    static QByteArray unsignedPayload() { return QByteArrayLiteral("UNSIGNED-PAYLOAD"); }
    // RFC 3986 percent-encoding of text's UTF-8 with uppercase hex, leaving only A-Z a-z 0-9
    // - _ . ~ (and '/' when keepSlash) as they are.
    static QByteArray uriEncode(QStringView text, bool keepSlash = false);
    // The canonical (and sent) path: each segment uriEncode()d, '/' kept, "/" when empty.
    static QByteArray canonicalPath(QStringView path);
    // The canonical (and sent) query: each name and value uriEncode()d, sorted by name and
    // then value, "name=value" joined by '&'.
    static QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
    // "20260102T030405Z", the x-amz-date of now.
    static QByteArray amzDate(const QDateTime &now);

private:
    struct Canonical;
    Error canonicalize(const AwsRequest &request, const QDateTime &now, bool presigned,
                       int expiresSeconds, Canonical *out) const;
    QByteArray signature(const QByteArray &date, const QByteArray &stringToSign) const;
    QByteArray scope(const QByteArray &date) const;

    AwsCredentials m_credentials;
    QString m_region;
    QString m_service;
};

// This computer's clock against the storage's, read from a refused request.
struct RCACORE_EXPORT AwsClockSkew
{
    QDateTime localUtc;   // this computer's time when it signed the request
    QDateTime storageUtc; // the storage's time when it refused it

    bool isValid() const { return localUtc.isValid() && storageUtc.isValid(); }
    // The storage's clock minus this computer's.
    qint64 storageAheadSeconds() const { return localUtc.secsTo(storageUtc); }

    // From a 403 with S3's RequestTimeTooSkewed body (<RequestTime>, <ServerTime>; the Date
    // header or signedAt fill in what it lacks), or a 403 without a body (HEAD) whose Date is
    // more than 15 minutes from signedAt. Invalid for any other response.
    static AwsClockSkew fromResponse(const HttpResponse &response, const QDateTime &signedAt);
    // The same from an error body and Date header: the RequestTimeTooSkewed body is required.
    static AwsClockSkew fromErrorBody(const QByteArray &body, const QByteArray &dateHeader,
                                      const QDateTime &signedAt);
    // An x-amz-date ("20260102T030405Z"), ISO 8601 or HTTP-date (RFC 1123) time; invalid when
    // it is none of these.
    static QDateTime parseTime(QByteArrayView text);

    // "This computer's clock says 2026-01-02 04:04:05 CET; the storage's says 2026-01-02
    // 04:34:10 CET, 30 minutes later. …", both in zone (the system's by default).
    QString message(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
};

} // namespace rca

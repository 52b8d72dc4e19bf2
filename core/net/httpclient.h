// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HttpClient: blocking HTTP for code that runs on a worker thread (the engine, connectors,
// sign-in). send() runs a local event loop on the calling thread over that thread's own
// QNetworkAccessManager, streams large bodies in both directions, follows redirects without
// leaking credentials to another origin, honours a CancelToken and classifies the outcome as an
// rca::Error. Nothing provider-specific lives here. Use from any thread that is not already
// inside a running event loop of its own; one HttpClient value per thread (it is cheap).
// Request bodies over 16 KiB (with a known length, no proxy in the way, the thread's own
// manager) are sent over HTTP/1.1 on a socket of the calling thread instead of Qt's HTTP thread,
// which takes such a body 16 KiB at a time with a thread round trip each (half of curl's speed
// on a large file) and without TCP_NODELAY (a delayed-ACK wait on many small files).
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QIODevice;
class QJsonObject;
class QNetworkAccessManager;

namespace rca {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;
class HttpResponse;

struct RCACORE_EXPORT HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // Absolute, or relative to the client's base URL.
    QUrl url;
    HttpHeaders headers;

    // Request body: bodyDevice (streamed, not owned, open for reading, used from the calling
    // thread until send() returns) takes precedence over body.
    QByteArray body;
    QIODevice *bodyDevice = nullptr;

    // Body of a 2xx response: streamed to onData and/or sink as it arrives when either is set
    // (never held whole), otherwise collected into HttpResponse::body up to maxBodySize. Bodies
    // of other statuses are always collected (capped) so the caller can read the error JSON.
    // onData returns false to stop the transfer (e.g. a disk write failed).
    std::function<bool(QByteArrayView chunk)> onData;
    // Sees each response's status and headers (redirect hops included) as soon as they arrive,
    // before any of its body reaches onData or sink: a download can tell a 206 from a 200 to
    // its Range request before a byte goes to an append-only sink.
    std::function<void(const HttpResponse &head)> onHead;
    QIODevice *sink = nullptr;
    qint64 maxBodySize = 8 * 1024 * 1024;

    // Abort when no byte moved for this long (QNetworkRequest::setTransferTimeout); 0 = never.
    int transferTimeoutMs = 60 * 1000;
    // Abort after this long in total; 0 = no overall limit (large transfers).
    int totalTimeoutMs = 0;

    // Follows 301/302/303/307/308 with a Location. Authorization, Cookie and
    // Proxy-Authorization are dropped when the origin (scheme, host, port) changes, and an
    // https → http downgrade is refused. A 3xx without Location (Google's 308) is returned.
    bool followRedirects = true;
    int maxRedirects = 5;

    std::function<void(qint64 sent, qint64 total)> onUploadProgress;

    // Sent at most once: Qt resends a request whose connection closed before an answer (a
    // kept-alive connection the server dropped, or one that broke after the server read it),
    // POST included and with "Connection: close" too. A single-use refresh token must not be
    // spent behind the caller's back, so this request goes on a connection of its own that
    // closes after it, with a body Qt cannot rewind: it fails instead of being sent again, and
    // the caller decides (HttpResponse::requestSent). The body comes from `body`. One above
    // 16 KiB (an upload that creates a file) goes through DirectUpload on a kept-alive
    // connection instead, which also never sends a request twice.
    bool sendOnce = false;

    // Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    void setBearerToken(const QString &token);
    // Sets an application/x-www-form-urlencoded body (every reserved character encoded).
    void setFormBody(const QList<std::pair<QString, QString>> &fields);
};

class RCACORE_EXPORT HttpResponse
{
public:
    int status = 0; // 0 when no HTTP response arrived
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body; // collected body (empty when a 2xx body was streamed to onData/sink)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    qint64 bytesReceived = 0; // body bytes of the final response, streamed or collected
    QUrl url;                 // the final URL, after redirects
    int redirects = 0;
    bool timedOut = false;
    bool cancelled = false;
    bool bodyTooLarge = false;
    bool sinkFailed = false;
    bool redirectRefused = false; // insecure, unsupported or too many redirects
    // The whole request reached the connection: after a transport failure the server may have
    // acted on it (its answer was lost). Tracked for sendOnce requests.
    bool requestSent = false;

    // First header of that name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // A transport failure: no (complete) HTTP response, e.g. refused, reset, DNS, TLS, timeout.
    bool transportFailed() const;
    // 2xx and nothing went wrong on the way.
    bool isSuccess() const;
    // Seconds from the Retry-After header (delta-seconds or HTTP-date), -1 when absent.
    int retryAfterSeconds(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

    // Classification, prefixed with `what` ("Downloading the recording"):
    //   None       1xx–3xx with nothing wrong (the caller handles a returned 3xx or 308)
    //   Cancelled  the CancelToken was raised
    //   Transient  transport failure, timeout, 408, 425, 429, 5xx (with Retry-After)
    //   Reconnect  401: callers refresh the token and retry once before they report this
    //   ItemPermanent other 4xx (the server refused this request)
    //   StorageFailure the sink refused the data (a local write failed)
    //   SourceFailure  the response was larger than maxBodySize, or a redirect was refused
    Error error(const QString &what = {}) const;
    // Parses body as a JSON object; malformed or truncated JSON gives a clean SourceFailure.
    Error json(QJsonObject *out, const QString &what = {}) const;
};

class RCACORE_EXPORT HttpClient
{
public:
    HttpClient() = default;
    explicit HttpClient(const QUrl &baseUrl);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent with every request unless the request sets the same header (e.g. User-Agent).
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    // Uses this manager instead of the thread's own; it must live in the calling thread. Every
    // request then goes through it, large bodies included.
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_manager = manager; }

    // Blocks until the exchange is over (local event loop on the calling thread).
    HttpResponse send(const HttpRequest &request, const CancelToken &cancel = CancelToken()) const;

    // The calling thread's manager, created on first use and deleted when the thread ends.
    static QNetworkAccessManager *threadNetworkAccessManager();
    // The URL for logs: no user info, no fragment, secret-looking query values replaced.
    static QString redactedUrl(const QUrl &url);
    // Retry-After as delta-seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime); -1 if
    // absent or unparsable; a date in the past gives 0.
    static int parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);
    // A JSON object from data; malformed or truncated JSON gives a clean SourceFailure.
    static Error parseJsonObject(const QByteArray &data, QJsonObject *out,
                                 const QString &what = {});
    // application/x-www-form-urlencoded, with every reserved character percent-encoded.
    static QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);

private:
    QUrl m_baseUrl;
    HttpHeaders m_defaultHeaders;
    QNetworkAccessManager *m_manager = nullptr;
};

} // namespace rca

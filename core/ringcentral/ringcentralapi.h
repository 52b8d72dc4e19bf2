// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentralApi: the REST calls of the RingCentral client. Every request waits for its rate
// limit group, carries the session's Bearer token and goes through HttpClient under the shared
// RetryPolicy; RingCentral's classifier makes 429 wait out the limiter's penalty, 5xx / dropped
// connections / timeouts / truncated JSON back off, 401 refresh the token once. Errors are decided
// on the RingCentral errorCode and worded for people. Downloads stream into a ByteSink and resume
// with Range after a drop. Blocking; use from one thread at a time (the engine's worker).
#pragma once

#include "archive/archivesource.h"
#include "common/cancellation.h"
#include "common/error.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"
#include "rcacore_export.h"
#include "ringcentral/ratelimiter.h"
#include "ringcentral/ringcentralconfig.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace rca {

class OAuthSession;

// The error part of a RingCentral answer: {"errorCode", "errors": [{"errorCode", "message",
// "parameterName"}]}. Decisions use errorCode only; message is shown at most as a detail.
struct RCACORE_EXPORT RingCentralError
{
    QString errorCode;     // "CMN-408"
    QString message;       // the server's text, never parsed for decisions
    QString parameterName; // "recordingType"
    static RingCentralError parse(const QByteArray &body);
};

class RCACORE_EXPORT RingCentralApi
{
public:
    struct Options
    {
        int maxRateLimitTries = 5; // 429s per request before giving up (Transient)
        int maxTransientTries = 4; // 5xx, drops, timeouts, bad JSON: 1 s, 2 s, 4 s … apart
        double backoffScale = 1.0; // tests shrink the backoff
        int transferTimeoutMs = 60 * 1000;
        qint64 maxJsonBytes = 32 * 1024 * 1024;
    };

    // Where a failed request's error belongs: a listing stops the job, a download of one item
    // fails only that item (unless the sign-in or a permission is the problem).
    enum class Scope { Source, Item };

    // session and limiter are not owned and must outlive the api.
    RingCentralApi(RingCentralConfig config, OAuthSession *session, RateLimiter *limiter);
    RingCentralApi(RingCentralConfig config, OAuthSession *session, RateLimiter *limiter,
                   Options options);

    const RingCentralConfig &config() const { return m_config; }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // GET pathOrUrl (a path below serverUrl, or an absolute URL RingCentral gave) as JSON.
    // `what` starts the messages ("Reading the call log").
    Error getJson(const QString &pathOrUrl, const QUrlQuery &query, RateLimiter::Group group,
                  QJsonObject *out, const CancelToken &cancel, const QString &what);

    // Pages through a list: the first page from path + query, then navigation.nextPage.uri
    // until absent. Each page goes to handlePage; its error stops the paging and is returned.
    using PageHandler = std::function<Error(const QJsonObject &page)>;
    Error getPages(const QString &path, const QUrlQuery &query, RateLimiter::Group group,
                   const PageHandler &handlePage, const CancelToken &cancel, const QString &what);

    // Streams url into sink from sink->bytesWritten() on (Range when > 0), resuming after a
    // drop. The total is checked against Content-Length / Content-Range and, when >= 0,
    // expectedSize. A server that ignores Range (200 instead of 206) gives Transient: the sink
    // cannot be rewound, the item is tried again later from the start.
    // goneMessage replaces the message of a 404 (item deleted at RingCentral: ItemPermanent).
    Error download(const QUrl &url, RateLimiter::Group group, ByteSink *sink, qint64 expectedSize,
                   const CancelToken &cancel, const QString &what,
                   const QString &goneMessage = QString());

    // True when url may receive our Bearer token: the platform or media host, or RingCentral's
    // own https hosts.
    bool isTrustedUrl(const QUrl &url) const;
    QUrl resolve(const QString &pathOrUrl, const QUrlQuery &query = {}) const;

    // HTTP status and errorCode of the last request that failed with an answer (0 / empty when
    // none did), for callers that decide on them (403 from the company call log).
    int lastFailedStatus() const { return m_lastFailedStatus; }
    QString lastErrorCode() const { return m_lastErrorCode; }

    // The user-facing error for a failed RingCentral answer (status and errorCode).
    static Error errorFor(const HttpResponse &response, Scope scope, const QString &what);

private:
    // One request under the retry policy, with RingCentral's classifier: 429 waits out the
    // limiter's penalty, 401 refreshes once, 5xx / drops / timeouts back off. beforeAttempt
    // may adjust the request (Range). inspect sees every other answer first: nullopt leaves it
    // to the default handling, an Error decides (none = success; *retry asks for another try).
    struct Hooks
    {
        std::function<void(HttpRequest &)> beforeAttempt;
        std::function<std::optional<Error>(const HttpResponse &, bool *retry)> inspect;
        std::function<qint64()> progress; // bytes so far: progress resets the retry count
    };
    Error execute(HttpRequest request, RateLimiter::Group group, Scope scope,
                  const CancelToken &cancel, const QString &what, HttpResponse *response,
                  const Hooks &hooks);
    RetryDecision classify(const HttpResponse &response, int retryAfterSeconds,
                           RateLimiter::Group group, Scope scope, const CancelToken &cancel,
                           const QString &what, const Hooks &hooks);
    Error reconnectError() const;

    RingCentralConfig m_config;
    OAuthSession *m_session;
    RateLimiter *m_limiter;
    Options m_options;
    HttpClient m_http;
    RetryPolicy m_retry;
    int m_lastFailedStatus = 0;
    QString m_lastErrorCode;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ringcentralapi.h"

#include "common/frontend.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcApi, "rcarchiver.core.ringcentral", QtInfoMsg)

constexpr int kMaxPages = 100000;

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf(
        [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// "bytes 100-199/1000" → first 100, total 1000 (-1 for "*").
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *total)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toLongLong();
    *total = m.captured(3) == u"*" ? -1 : m.captured(3).toLongLong();
    return true;
}

// 1 s, 2 s, 4 s … apart (times 0.75–1.25), at least Retry-After up to a minute; 429s wait in
// the rate limiter instead, on a count of their own.
RetryPolicy::Options retryOptions(const RingCentralApi::Options &options)
{
    RetryPolicy::Options retry;
    retry.maxAttempts = options.maxTransientTries;
    retry.maxWaits = options.maxRateLimitTries;
    retry.baseDelayMs = std::max(1, int(1000 * options.backoffScale));
    retry.jitterMin = 0.75;
    retry.jitterMax = 1.25;
    retry.retryAfterCapMs = 60 * 1000;
    return retry;
}

QString codeText(const RingCentralError &rc, int status)
{
    return rc.errorCode.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                  : QStringLiteral("%1, HTTP %2").arg(rc.errorCode).arg(status);
}

} // namespace

RingCentralError RingCentralError::parse(const QByteArray &body)
{
    RingCentralError result;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    result.errorCode = json.value(u"errorCode").toString();
    result.message = json.value(u"message").toString();
    const QJsonArray errors = json.value(u"errors").toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        if (result.errorCode.isEmpty())
            result.errorCode = first.value(u"errorCode").toString();
        if (result.message.isEmpty())
            result.message = first.value(u"message").toString();
        result.parameterName = first.value(u"parameterName").toString();
    }
    return result;
}

RingCentralApi::RingCentralApi(RingCentralConfig config, OAuthSession *session,
                               RateLimiter *limiter)
    : RingCentralApi(std::move(config), session, limiter, Options())
{}

RingCentralApi::RingCentralApi(RingCentralConfig config, OAuthSession *session,
                               RateLimiter *limiter, Options options)
    : m_config(std::move(config))
    , m_session(session)
    , m_limiter(limiter)
    , m_options(options)
    , m_retry(retryOptions(options))
{
    Q_ASSERT(m_session && m_limiter);
}

bool RingCentralApi::isTrustedUrl(const QUrl &url) const
{
    const auto sameOrigin = [&url](const QUrl &base) {
        return url.scheme() == base.scheme() &&
               url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
               url.port(url.scheme() == u"https" ? 443 : 80) ==
                   base.port(base.scheme() == u"https" ? 443 : 80);
    };
    if (sameOrigin(m_config.serverUrl) || sameOrigin(m_config.mediaUrl))
        return true;
    const QString host = url.host().toLower();
    return url.scheme() == u"https" &&
           (host.endsWith(u".ringcentral.com") || host.endsWith(u".ringcentral.biz"));
}

QUrl RingCentralApi::resolve(const QString &pathOrUrl, const QUrlQuery &query) const
{
    QUrl url;
    if (pathOrUrl.startsWith(u"http://") || pathOrUrl.startsWith(u"https://"))
        url = QUrl(pathOrUrl);
    else
        url = m_config.apiUrl(pathOrUrl);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Error RingCentralApi::reconnectError() const
{
    return Error::reconnect(
        QCoreApplication::translate(
            "rca::RingCentralApi",
            "RingCentral no longer accepts the saved sign-in (it was revoked, expired after 7 days "
            "offline, or the password changed).") +
        u' ' + Frontend::reconnectAdvice(QStringLiteral("ringcentral")));
}

Error RingCentralApi::errorFor(const HttpResponse &response, Scope scope, const QString &what)
{
    const int status = response.status;
    if (response.cancelled)
        return Error::cancelled();
    if (status == 0 || response.timedOut || response.transportFailed() || response.sinkFailed ||
        response.bodyTooLarge || response.redirectRefused) {
        return response.error(what);
    }
    const RingCentralError rc = RingCentralError::parse(response.body);
    const QString code = codeText(rc, status);
    if (status == 429) {
        const int after = response.retryAfterSeconds();
        return Error::transient(
            QCoreApplication::translate(
                "rca::RingCentralApi",
                "%1: RingCentral's request rate limit was reached (%2). It will be "
                "tried again later.")
                .arg(what, code),
            after < 0 ? 60 : after);
    }
    if (status >= 500 || status == 408) {
        return Error::transient(
            QCoreApplication::translate("rca::RingCentralApi",
                                        "%1: RingCentral had a server problem (%2). It "
                                        "will be tried again.")
                .arg(what, code),
            response.retryAfterSeconds());
    }
    if (status == 401) {
        return Error::reconnect(
            QCoreApplication::translate("rca::RingCentralApi",
                                        "%1: RingCentral no longer accepts the saved sign-in (%2).")
                .arg(what, code) +
            u' ' + Frontend::reconnectAdvice(QStringLiteral("ringcentral")));
    }
    if (status == 403) {
        // The permission named in brackets is only shown, never decided on.
        static const QRegularExpression bracket(QStringLiteral(R"(\[([A-Za-z]+)\])"));
        const QRegularExpressionMatch m = bracket.match(rc.message);
        const QString permission =
            m.hasMatch() ? QCoreApplication::translate("rca::RingCentralApi", "the %1 permission")
                               .arg(m.captured(1))
                         : QCoreApplication::translate("rca::RingCentralApi", "a permission");
        if (rc.errorCode == u"CMN-408" || rc.errorCode.isEmpty()) {
            return Error::source(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: the signed-in RingCentral user lacks %2 that "
                                            "this needs (%3). Ask a RingCentral "
                                            "administrator to grant it.")
                    .arg(what, permission, code));
        }
        return Error::source(QCoreApplication::translate("rca::RingCentralApi",
                                                         "%1: RingCentral refused access (%2).")
                                 .arg(what, code));
    }
    if (status == 404 || status == 410) {
        if (scope == Scope::Item) {
            return Error::itemPermanent(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: RingCentral no longer has this item (%2).")
                    .arg(what, code));
        }
        return Error::source(
            QCoreApplication::translate("rca::RingCentralApi",
                                        "%1: RingCentral does not know this address (%2). "
                                        "Check the RingCentral server setting.")
                .arg(what, code));
    }
    if (status == 400 || status == 415 || status == 422) {
        const QString parameter =
            rc.parameterName.isEmpty()
                ? QString()
                : QCoreApplication::translate("rca::RingCentralApi", ", parameter %1")
                      .arg(rc.parameterName);
        return Error::source(
            QCoreApplication::translate("rca::RingCentralApi",
                                        "%1: RingCentral rejected the request (%2%3). This "
                                        "is likely a problem in RC Archiver; please report "
                                        "it.")
                .arg(what, code, parameter));
    }
    if (status >= 400 && status < 500) {
        const QString text = QCoreApplication::translate(
                                 "rca::RingCentralApi", "%1: RingCentral refused the request (%2).")
                                 .arg(what, code);
        return scope == Scope::Item ? Error::itemPermanent(text) : Error::source(text);
    }
    return Error::source(QCoreApplication::translate("rca::RingCentralApi",
                                                     "%1: RingCentral answered unexpectedly (%2).")
                             .arg(what, code));
}

Error RingCentralApi::execute(HttpRequest request, RateLimiter::Group group, Scope scope,
                              const CancelToken &cancel, const QString &what, HttpResponse *out,
                              const Hooks &hooks)
{
    if (!isTrustedUrl(request.url)) {
        return Error::source(
            QCoreApplication::translate("rca::RingCentralApi",
                                        "%1: RingCentral pointed to an unexpected address "
                                        "(%2); the sign-in is not sent there.")
                .arg(what, HttpClient::redactedUrl(request.url)));
    }
    m_lastFailedStatus = 0;
    m_lastErrorCode.clear();
    QString token;
    int failedStatus = 0; // the answer a failing decision was about (lastFailedStatus)
    QByteArray failedBody;

    RetryPolicy::Hooks policyHooks;
    policyHooks.progress = hooks.progress;
    policyHooks.prepare = [&](HttpRequest &r) -> Error {
        failedStatus = 0;
        if (Error e = m_session->validAccessToken(&token, cancel))
            return e;
        if (hooks.beforeAttempt)
            hooks.beforeAttempt(r);
        if (Error e = m_limiter->acquire(group, cancel))
            return e;
        r.setBearerToken(token);
        return {};
    };
    policyHooks.observe = [&, method = request.method,
                           url = request.url](const HttpResponse &response) {
        m_limiter->observe(group, response.headers);
        qCDebug(lcApi).noquote() << method << HttpClient::redactedUrl(url) << "->"
                                 << response.status << response.bytesReceived << "bytes";
    };
    policyHooks.refresh = [&](const HttpResponse &refused) -> Error {
        const RingCentralError rc = RingCentralError::parse(refused.body);
        qCInfo(lcApi).noquote() << "RingCentral refused the access token ("
                                << (rc.errorCode.isEmpty() ? QStringLiteral("401") : rc.errorCode)
                                << "); refreshing it";
        if (Error e = m_limiter->acquire(RateLimiter::Group::Auth, cancel))
            return e;
        QString fresh;
        return m_session->forceRefresh(&fresh, token, cancel);
    };
    const auto classifier = [&](const HttpResponse &response, int retryAfter) {
        RetryDecision decision = classify(response, retryAfter, group, scope, cancel, what, hooks);
        const bool failing = decision.action != RetryDecision::Action::Succeed &&
                             decision.action != RetryDecision::Action::Refresh;
        if (failing && response.status >= 400) {
            failedStatus = response.status;
            failedBody = response.body;
        }
        return decision;
    };

    HttpResponse response;
    const Error error =
        m_retry.run(m_http, std::move(request), classifier, policyHooks, cancel, &response);
    if (error && error.kind() != Error::Kind::Cancelled && failedStatus >= 400) {
        m_lastFailedStatus = failedStatus;
        m_lastErrorCode = RingCentralError::parse(failedBody).errorCode;
    }
    if (!error)
        *out = std::move(response);
    return error;
}

RetryDecision RingCentralApi::classify(const HttpResponse &response, int retryAfterSeconds,
                                       RateLimiter::Group group, Scope scope,
                                       const CancelToken &cancel, const QString &what,
                                       const Hooks &hooks)
{
    if (cancel.isCancelled())
        return RetryDecision::fail(Error::cancelled());
    if (response.status == 429) {
        // Any request during the penalty restarts it: the limiter holds every request of the
        // group back until it is over, so the policy itself need not wait.
        m_limiter->penalize(group, retryAfterSeconds < 0 ? 60 : retryAfterSeconds);
        return RetryDecision::wait(errorFor(response, scope, what), 0);
    }
    if (response.status == 401)
        return RetryDecision::refresh(reconnectError());

    bool retry = false;
    Error verdict;
    if (std::optional<Error> inspected =
            hooks.inspect ? hooks.inspect(response, &retry) : std::nullopt) {
        verdict = *inspected;
    } else if (response.timedOut || response.transportFailed() || response.status >= 500 ||
               response.status == 408) {
        verdict = errorFor(response, scope, what);
        retry = verdict.kind() == Error::Kind::Transient;
    } else if (!response.isSuccess()) {
        return RetryDecision::fail(errorFor(response, scope, what));
    }
    if (!verdict)
        return RetryDecision::succeed();
    return retry ? RetryDecision::retry(verdict) : RetryDecision::fail(verdict);
}

Error RingCentralApi::getJson(const QString &pathOrUrl, const QUrlQuery &query,
                              RateLimiter::Group group, QJsonObject *out, const CancelToken &cancel,
                              const QString &what)
{
    HttpRequest request;
    request.url = resolve(pathOrUrl, query);
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.transferTimeoutMs = m_options.transferTimeoutMs;
    request.maxBodySize = m_options.maxJsonBytes;

    bool badJson = false;
    Hooks hooks;
    hooks.inspect = [&](const HttpResponse &response, bool *retry) -> std::optional<Error> {
        if (!response.isSuccess())
            return std::nullopt;
        badJson = false;
        if (HttpClient::parseJsonObject(response.body, out, what)) {
            badJson = true;
            *retry = true;
            return Error::transient(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: RingCentral's answer was incomplete or "
                                            "not valid JSON.")
                    .arg(what));
        }
        return Error();
    };
    HttpResponse response;
    Error error = execute(request, group, Scope::Source, cancel, what, &response, hooks);
    if (error && badJson) {
        return Error::source(
            QCoreApplication::translate("rca::RingCentralApi",
                                        "%1: RingCentral's answer was incomplete or not valid "
                                        "JSON, several times. It will be tried again with "
                                        "the next job.")
                .arg(what));
    }
    return error;
}

Error RingCentralApi::getPages(const QString &path, const QUrlQuery &query,
                               RateLimiter::Group group, const PageHandler &handlePage,
                               const CancelToken &cancel, const QString &what)
{
    QString next = resolve(path, query).toString(QUrl::FullyEncoded);
    for (int page = 1; page <= kMaxPages; ++page) {
        QJsonObject json;
        if (Error e = getJson(next, {}, group, &json, cancel, what))
            return e;
        if (Error e = handlePage(json))
            return e;
        const QString following = json.value(u"navigation")
                                      .toObject()
                                      .value(u"nextPage")
                                      .toObject()
                                      .value(u"uri")
                                      .toString();
        if (following.isEmpty())
            return {};
        if (following == next) {
            return Error::source(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: RingCentral's paging did not advance.")
                    .arg(what));
        }
        next = following;
    }
    return Error::source(
        QCoreApplication::translate("rca::RingCentralApi", "%1: too many pages.").arg(what));
}

Error RingCentralApi::download(const QUrl &url, RateLimiter::Group group, ByteSink *sink,
                               qint64 expectedSize, const CancelToken &cancel, const QString &what,
                               const QString &goneMessage)
{
    qint64 attemptStart = 0;
    int status = 0; // of the answer now arriving, known before its first byte
    QString contentType;
    bool rangeIgnored = false;
    Error sinkError;

    HttpRequest request;
    request.url = url;
    request.transferTimeoutMs = m_options.transferTimeoutMs;
    request.onHead = [&](const HttpResponse &head) {
        status = head.status;
        contentType = QString::fromLatin1(head.header("Content-Type").trimmed());
    };
    request.onData = [&](QByteArrayView chunk) {
        if (attemptStart > 0 && status != 206) {
            rangeIgnored = true;
            return false;
        }
        if (sink->bytesWritten() == 0 && !contentType.isEmpty())
            sink->noteContentType(contentType);
        if (Error e = sink->write(chunk.data(), chunk.size())) {
            sinkError = e;
            return false;
        }
        return true;
    };

    Hooks hooks;
    hooks.progress = [sink] { return sink->bytesWritten(); };
    hooks.beforeAttempt = [&](HttpRequest &r) {
        attemptStart = sink->bytesWritten();
        rangeIgnored = false;
        status = 0;
        contentType.clear();
        removeHeader(r.headers, "Range");
        if (attemptStart > 0) {
            r.headers.append(
                {QByteArrayLiteral("Range"),
                 QByteArrayLiteral("bytes=") + QByteArray::number(attemptStart) + '-'});
        }
    };
    hooks.inspect = [&](const HttpResponse &response, bool *retry) -> std::optional<Error> {
        if (sinkError)
            return sinkError;
        if (rangeIgnored) {
            return Error::transient(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: RingCentral sent the whole file again "
                                            "instead of the missing part; it will be "
                                            "downloaded again later.")
                    .arg(what));
        }
        if (response.status == 416 && attemptStart > 0) {
            // Nothing left to send: complete when the total is what we have.
            qint64 first = 0, total = -1;
            const QByteArray range = response.header("Content-Range");
            const bool parsed = range.startsWith("bytes */")
                                    ? (total = range.mid(8).trimmed().toLongLong(), true)
                                    : parseContentRange(range, &first, &total);
            if (parsed && total == attemptStart)
                return Error();
            return std::nullopt;
        }
        if ((response.status == 404 || response.status == 410) && !goneMessage.isEmpty()) {
            return Error::itemPermanent(
                QStringLiteral("%1 (%2).")
                    .arg(goneMessage,
                         codeText(RingCentralError::parse(response.body), response.status)));
        }
        if (response.status < 200 || response.status >= 300)
            return std::nullopt;

        qint64 total = -1;
        if (response.status == 206) {
            qint64 first = -1;
            if (!parseContentRange(response.header("Content-Range"), &first, &total) ||
                first != attemptStart) {
                return Error::transient(
                    QCoreApplication::translate("rca::RingCentralApi",
                                                "%1: RingCentral sent a different part "
                                                "of the file than asked for; it will "
                                                "be downloaded again later.")
                        .arg(what));
            }
        } else {
            bool ok = false;
            const qint64 length = response.header("Content-Length").toLongLong(&ok);
            if (ok)
                total = length;
        }
        const qint64 have = sink->bytesWritten();
        if (response.timedOut || response.transportFailed()) {
            *retry = true;
            return response.error(what);
        }
        if (total >= 0 && have < total) {
            *retry = true;
            return Error::transient(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: the download stopped after %2 of %3 "
                                            "bytes.")
                    .arg(what)
                    .arg(have)
                    .arg(total));
        }
        if ((total >= 0 && have != total) || (expectedSize >= 0 && have != expectedSize)) {
            return Error::transient(
                QCoreApplication::translate("rca::RingCentralApi",
                                            "%1: RingCentral sent %2 bytes where %3 were "
                                            "announced; it will be downloaded again "
                                            "later.")
                    .arg(what)
                    .arg(have)
                    .arg(expectedSize >= 0 ? expectedSize : total));
        }
        return Error();
    };

    HttpResponse response;
    return execute(request, group, Scope::Item, cancel, what, &response, hooks);
}

} // namespace rca

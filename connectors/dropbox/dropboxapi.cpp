// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dropboxapi.h"

#include "common/frontend.h"
#include "logging/logging.h"
#include "net/httpclient.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace rca {

namespace {

QString routeUrl(const QUrl &base, const QString &route)
{
    QString url = base.toString(QUrl::StripTrailingSlash);
    return url + QStringLiteral("/2/") + route;
}

// The back-off after a 5xx or a drop doubles from baseDelayMs, plus up to half of it; Retry-After
// counts only for rate limits, which wait exactly as long as Dropbox says.
RetryPolicy::Options retryOptions(const DropboxRetryPolicy &policy)
{
    RetryPolicy::Options retry;
    retry.maxAttempts = policy.maxTransientRetries + 1;
    retry.maxWaits = policy.maxRateLimitRetries + 1;
    retry.baseDelayMs = policy.baseDelayMs;
    retry.jitterMin = 1.0;
    retry.jitterMax = 1.5;
    retry.retryAfterCapMs = 0;
    return retry;
}

} // namespace

DropboxApi::DropboxApi(QUrl apiUrl, QUrl contentUrl, OAuthSession *session,
                       DropboxRetryPolicy policy, CancelToken cancel)
    : m_apiUrl(std::move(apiUrl))
    , m_contentUrl(std::move(contentUrl))
    , m_session(session)
    , m_policy(policy)
    , m_retry(retryOptions(policy))
    , m_cancel(std::move(cancel))
{}

QByteArray DropboxApi::apiArg(const QJsonObject &arg)
{
    const QString json = QString::fromUtf8(QJsonDocument(arg).toJson(QJsonDocument::Compact));
    QByteArray out;
    out.reserve(json.size() + 16);
    // QString holds UTF-16, so a non-BMP character is already its surrogate pair.
    for (const QChar c : json) {
        if (c.unicode() < 0x7f) {
            out.append(char(c.unicode()));
        } else {
            out.append("\\u");
            out.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0'));
        }
    }
    return out;
}

QString DropboxApi::rootPath()
{
    return QStringLiteral("/RingCentral Application");
}

QString DropboxApi::dropboxPath(const QString &relativePath)
{
    QString path = rootPath();
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return {};
        path += QLatin1Char('/') + part;
    }
    return path;
}

DropboxApi::Result DropboxApi::rpc(const QString &route, const QJsonObject &arg,
                                   const QString &what)
{
    return send(Style::Rpc, route, QJsonDocument(arg).toJson(QJsonDocument::Compact), {}, what);
}

DropboxApi::Result DropboxApi::upload(const QString &route, const QJsonObject &arg,
                                      QByteArrayView body, const QString &what)
{
    return send(Style::Upload, route, apiArg(arg), body, what);
}

DropboxApi::Result DropboxApi::download(const QString &route, const QJsonObject &arg,
                                        const DataHandler &onData, const QString &what)
{
    return send(Style::Download, route, apiArg(arg), {}, what, onData);
}

DropboxApi::Result DropboxApi::send(Style style, const QString &route, const QByteArray &arg,
                                    QByteArrayView body, const QString &what,
                                    const DataHandler &onData)
{
    Result result;
    QString token;
    if ((result.error = m_session->validAccessToken(&token, m_cancel)))
        return result;

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = QUrl(routeUrl(style == Style::Rpc ? m_apiUrl : m_contentUrl, route));
    qint64 delivered = 0; // download bytes onData accepted, over all attempts
    qint64 position = 0;  // of this attempt's body
    if (style == Style::Download) {
        request.setHeader("Dropbox-API-Arg", arg);
        request.onData = [&](QByteArrayView chunk) {
            // A retry starts at the first byte again: skip what was passed on before.
            const qint64 skip = std::clamp<qint64>(delivered - position, 0, chunk.size());
            position += chunk.size();
            if (skip == chunk.size())
                return true;
            delivered += chunk.size() - skip;
            return onData(chunk.sliced(skip));
        };
    } else if (style == Style::Upload) {
        request.setHeader("Dropbox-API-Arg", arg);
        request.setHeader("Content-Type", "application/octet-stream");
        request.body = QByteArray::fromRawData(body.data(), body.size());
    } else {
        request.setHeader("Content-Type", "application/json");
        request.body = arg;
    }

    const auto errorJson = [](const HttpResponse &response) {
        QJsonObject json;
        if (!response.isSuccess() && !response.transportFailed() && !response.body.isEmpty())
            HttpClient::parseJsonObject(response.body, &json);
        return json;
    };
    RetryPolicy::Hooks hooks;
    hooks.prepare = [&](HttpRequest &r) {
        r.setBearerToken(token);
        position = 0;
        return Error();
    };
    hooks.refresh = [&](const HttpResponse &refused) {
        qCInfo(lcStorage).noquote()
            << "Dropbox refused the access token ("
            << errorJson(refused).value(QStringLiteral("error_summary")).toString()
            << "); refreshing it";
        return m_session->forceRefresh(&token, token, m_cancel);
    };
    const auto classifier = [&](const HttpResponse &response, int retryAfterSeconds) {
        return classify(response, retryAfterSeconds, errorJson(response), what);
    };

    HttpResponse response;
    result.error = m_retry.run(HttpClient(), request, classifier, hooks, m_cancel, &response);
    result.status = response.status;
    if (result.error) {
        result.json = errorJson(response);
        result.errorSummary = result.json.value(QStringLiteral("error_summary")).toString();
        return result;
    }
    if (style == Style::Download) {
        const QByteArray meta = response.header("Dropbox-API-Result");
        if (!meta.isEmpty())
            result.error = HttpClient::parseJsonObject(meta, &result.json, what);
        return result;
    }
    const QByteArray trimmed = response.body.trimmed();
    if (!trimmed.isEmpty() && trimmed != "null")
        result.error = response.json(&result.json, what);
    return result;
}

RetryDecision DropboxApi::classify(const HttpResponse &response, int retryAfterSeconds,
                                   const QJsonObject &json, const QString &what) const
{
    if (response.sinkFailed) // the receiver stopped the download: not Dropbox's failure
        return RetryDecision::fail(response.error(what));
    if (response.isSuccess())
        return RetryDecision::succeed();
    const QString summary = json.value(QStringLiteral("error_summary")).toString();
    if (response.status == 401) {
        return RetryDecision::refresh(Error::reconnect(
            QCoreApplication::translate("rca::DropboxApi",
                                        "Dropbox no longer accepts this app's sign-in (%1).")
                .arg(summary.isEmpty() ? QStringLiteral("HTTP 401") : summary) +
            u' ' + Frontend::reconnectAdvice(QStringLiteral("dropbox"))));
    }
    if (response.status == 429 ||
        (response.status == 409 && summary.startsWith(u"too_many_write_operations"))) {
        int wait = retryAfterSeconds;
        if (wait < 0)
            wait = json.value(QStringLiteral("error"))
                       .toObject()
                       .value(QStringLiteral("retry_after"))
                       .toInt(1);
        wait = std::max(wait, 1);
        Error busy = Error::transient(
            QCoreApplication::translate(
                "rca::DropboxApi", "%1: Dropbox is busy (too many write operations); will retry "
                                   "later.")
                .arg(what),
            wait);
        // A longer wait than that ends the item as Transient: the job runner retries it later.
        if (wait > m_policy.maxRetryAfterSeconds)
            return RetryDecision::fail(busy);
        return RetryDecision::wait(busy, qint64(wait) * 1000);
    }
    if (response.transportFailed() || response.status >= 500 || response.status == 408) {
        Error error = response.error(what);
        if (!error)
            error = Error::transient(
                what + QCoreApplication::translate("rca::DropboxApi", ": Dropbox failed"));
        return RetryDecision::retry(error);
    }
    if (response.status == 409) {
        return RetryDecision::fail(Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxApi", "%1: Dropbox refused it (%2)")
                .arg(what, summary)));
    }
    if (response.status == 400) {
        return RetryDecision::fail(Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxApi", "%1: Dropbox rejected the request: %2")
                .arg(what, QString::fromUtf8(response.body.left(300)))));
    }
    Error error = response.error(what);
    if (!error)
        error = Error::transient(
            QCoreApplication::translate("rca::DropboxApi", "%1: unexpected HTTP %2")
                .arg(what)
                .arg(response.status));
    return RetryDecision::fail(error);
}

} // namespace rca

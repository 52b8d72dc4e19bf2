// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxapi.h"

#include "common/frontend.h"
#include "logging/logging.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace rca {

namespace {

// The back-off after a 5xx or a drop doubles from baseDelayMs, plus up to half of it;
// retry-after counts for rate limits and "not ready yet", which wait as long as Box says.
RetryPolicy::Options retryOptions(const BoxRetryPolicy &policy, int waits)
{
    RetryPolicy::Options retry;
    retry.maxAttempts = policy.maxTransientRetries + 1;
    retry.maxWaits = waits + 1;
    retry.baseDelayMs = policy.baseDelayMs;
    retry.jitterMin = 1.0;
    retry.jitterMax = 1.5;
    retry.retryAfterCapMs = 0;
    return retry;
}

QString joinPath(const QUrl &base, const QString &path)
{
    QString prefix = base.path();
    if (prefix.endsWith(u'/'))
        prefix.chop(1);
    return prefix + path;
}

const QString ItemFields = QStringLiteral("name,size,sha1,type");

} // namespace

BoxApi::BoxApi(QUrl apiUrl, QUrl uploadUrl, OAuthSession *session, BoxRetryPolicy policy,
               CancelToken cancel)
    : m_apiUrl(std::move(apiUrl))
    , m_uploadUrl(std::move(uploadUrl))
    , m_session(session)
    , m_policy(policy)
    , m_retry(retryOptions(policy, policy.maxRateLimitRetries))
    , m_cancel(std::move(cancel))
{}

QUrl BoxApi::apiUrl(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_apiUrl;
    url.setPath(joinPath(m_apiUrl, path));
    if (!query.isEmpty()) {
        QStringList items;
        for (const auto &[key, value] : query)
            items.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value, ",")));
        url.setQuery(items.join(u'&'), QUrl::StrictMode);
    }
    return url;
}

QUrl BoxApi::uploadUrl(const QString &path) const
{
    QUrl url = m_uploadUrl;
    url.setPath(joinPath(m_uploadUrl, path));
    return url;
}

QUrl BoxApi::sessionEndpoint(const QString &named, const QUrl &fallback) const
{
    const QUrl url(named);
    if (!url.isValid() || url.isRelative() || !url.userInfo().isEmpty())
        return fallback;
    const bool sameOrigin = url.scheme() == m_uploadUrl.scheme() &&
                            url.host().compare(m_uploadUrl.host(), Qt::CaseInsensitive) == 0 &&
                            url.port(-1) == m_uploadUrl.port(-1);
    const bool boxHost = url.scheme() == QLatin1String("https") &&
                         (url.host().endsWith(QLatin1String(".box.com"), Qt::CaseInsensitive) ||
                          url.host().compare(QLatin1String("box.com"), Qt::CaseInsensitive) == 0);
    return sameOrigin || boxHost ? url : fallback;
}

QString BoxApi::quotaMessage(const QString &what)
{
    return QCoreApplication::translate("rca::BoxApi",
                                       "The Box account is full: %1 was refused. Free some space "
                                       "in Box or upgrade the plan, then archiving continues.")
        .arg(what);
}

BoxApi::Result BoxApi::send(const Call &call, const QString &what)
{
    Result result;
    QString token;
    if ((result.error = m_session->validAccessToken(&token, m_cancel)))
        return result;

    HttpRequest request;
    request.method = call.method;
    request.url = call.url;
    request.headers = call.headers;
    request.transferTimeoutMs = call.transferTimeoutMs;
    if (!call.body.isNull() || call.method != "GET")
        request.body = QByteArray::fromRawData(call.body.constData(), call.body.size());
    qint64 delivered = 0; // download bytes onData accepted, over all attempts
    qint64 position = 0;  // of this attempt's body
    int status = 0;       // of the answer whose body arrives
    if (call.onData) {
        request.onHead = [&](const HttpResponse &head) { status = head.status; };
        request.onData = [&](QByteArrayView chunk) {
            if (status == 202)
                return true; // "not ready yet": nothing of the file

            // A retry starts at the first byte again: skip what was passed on before.
            const qint64 skip = std::clamp<qint64>(delivered - position, 0, chunk.size());
            position += chunk.size();
            if (skip == chunk.size())
                return true;
            delivered += chunk.size() - skip;
            return call.onData(chunk.sliced(skip));
        };
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
    hooks.refresh = [&](const HttpResponse &) {
        qCInfo(lcStorage) << "Box refused the access token; refreshing it";
        return m_session->forceRefresh(&token, token, m_cancel);
    };
    hooks.progress = [&] { return delivered; };
    const auto classifier = [&](const HttpResponse &response, int retryAfterSeconds) {
        return classify(response, retryAfterSeconds, errorJson(response), call, what);
    };

    HttpResponse response;
    if (call.once) {
        RetryPolicy::Options options = retryOptions(m_policy, 0);
        options.maxAttempts = 1;
        request.totalTimeoutMs = call.transferTimeoutMs;
        result.error =
            RetryPolicy(options).run(m_http, request, classifier, hooks, m_cancel, &response);
    } else if (call.waitWhileAccepted) {
        RetryPolicy patient(
            retryOptions(m_policy, m_policy.maxRateLimitRetries + m_policy.maxAcceptedWaits));
        result.error = patient.run(m_http, request, classifier, hooks, m_cancel, &response);
    } else {
        result.error = m_retry.run(m_http, request, classifier, hooks, m_cancel, &response);
    }
    result.status = response.status;
    if (result.error) {
        result.json = errorJson(response);
        result.code = result.json.value(QStringLiteral("code")).toString();
        return result;
    }
    if (call.onData)
        return result;
    const QByteArray trimmed = response.body.trimmed();
    if (!trimmed.isEmpty())
        result.error = response.json(&result.json, what);
    return result;
}

BoxApi::Result BoxApi::getJson(const QUrl &url, const QString &what)
{
    Call call;
    call.url = url;
    return send(call, what);
}

BoxApi::Result BoxApi::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                                const QString &what)
{
    Call call;
    call.method = method;
    call.url = url;
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send(call, what);
}

RetryDecision BoxApi::classify(const HttpResponse &response, int retryAfterSeconds,
                               const QJsonObject &error, const Call &call,
                               const QString &what) const
{
    if (response.sinkFailed) // the receiver stopped the download: not Box's failure
        return RetryDecision::fail(response.error(what));
    const QString code = error.value(QStringLiteral("code")).toString();
    const auto waitFor = [&](const QString &message) {
        const int wait = std::max(retryAfterSeconds, 1);
        Error busy = Error::transient(message, wait);
        // A longer wait than that ends the item as Transient: the job runner retries it later.
        if (wait > m_policy.maxRetryAfterSeconds)
            return RetryDecision::fail(busy);
        return RetryDecision::wait(busy, qint64(wait) * 1000);
    };
    if (response.status == 202 && call.waitWhileAccepted) {
        return waitFor(
            QCoreApplication::translate("rca::BoxApi", "%1: Box is not ready yet; asking again.")
                .arg(what));
    }
    if (response.isSuccess())
        return RetryDecision::succeed();
    if (response.status == 401) {
        return RetryDecision::refresh(
            Error::reconnect(QCoreApplication::translate(
                                 "rca::BoxApi", "Box no longer accepts this app's sign-in (%1).")
                                 .arg(code.isEmpty() ? QStringLiteral("HTTP 401") : code) +
                             u' ' + Frontend::reconnectAdvice(QStringLiteral("box"))));
    }
    if (response.status == 429) {
        return waitFor(QCoreApplication::translate(
                           "rca::BoxApi", "%1: Box is limiting the request rate (429); will "
                                          "retry later.")
                           .arg(what));
    }
    if (code == QLatin1String("storage_limit_exceeded") ||
        code == QLatin1String("insufficient_storage") || response.status == 507)
        return RetryDecision::fail(Error::storage(quotaMessage(what)));
    if (response.status == 409 && code == QLatin1String("operation_blocked_temporary"))
        return RetryDecision::retry(Error::transient(
            QCoreApplication::translate("rca::BoxApi", "%1: Box is busy with that folder.")
                .arg(what)));
    if (response.transportFailed() || response.status >= 500 || response.status == 408) {
        Error failure = response.error(what);
        if (!failure)
            failure =
                Error::transient(what + QCoreApplication::translate("rca::BoxApi", ": Box failed"));
        return RetryDecision::retry(failure);
    }
    if (response.status >= 400 && response.status < 500) {
        const QString message = error.value(QStringLiteral("message")).toString();
        QString detail = code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : code;
        if (!message.isEmpty())
            detail += QStringLiteral(": ") + message;
        if (code == QLatin1String("item_name_invalid") ||
            code == QLatin1String("item_name_too_long"))
            return RetryDecision::fail(Error::itemPermanent(
                QCoreApplication::translate("rca::BoxApi", "%1: Box does not accept the name (%2).")
                    .arg(what, detail)));
        return RetryDecision::fail(Error::itemPermanent(
            QCoreApplication::translate("rca::BoxApi", "%1: Box refused it (%2).")
                .arg(what, detail)));
    }
    Error failure = response.error(what);
    if (!failure)
        failure =
            Error::transient(QCoreApplication::translate("rca::BoxApi", "%1: unexpected HTTP %2")
                                 .arg(what)
                                 .arg(response.status));
    return RetryDecision::fail(failure);
}

BoxItem BoxApi::itemFromJson(const QJsonObject &json)
{
    BoxItem item;
    item.id = json.value(QStringLiteral("id")).toString();
    item.type = json.value(QStringLiteral("type")).toString();
    item.name = json.value(QStringLiteral("name")).toString();
    const QJsonValue size = json.value(QStringLiteral("size"));
    item.size = size.isString() ? size.toString().toLongLong() : size.toInteger(-1);
    item.sha1 = json.value(QStringLiteral("sha1")).toString().toLower();
    return item;
}

QList<BoxItem> BoxApi::conflicts(const QJsonObject &error)
{
    const QJsonValue value =
        error.value(QStringLiteral("context_info")).toObject().value(QStringLiteral("conflicts"));
    QList<BoxItem> items;
    if (value.isObject())
        items.append(itemFromJson(value.toObject()));
    for (const QJsonValue &entry : value.toArray())
        items.append(itemFromJson(entry.toObject()));
    return items;
}

Error BoxApi::listItems(const QString &folderId, const QString &what, const ItemHandler &handle,
                        bool *notFound)
{
    if (notFound)
        *notFound = false;
    QString marker;
    qint64 offset = 0;
    for (;;) {
        QList<std::pair<QString, QString>> query{
            {QStringLiteral("fields"), ItemFields},
            {QStringLiteral("limit"), QStringLiteral("1000")},
            {QStringLiteral("usemarker"), QStringLiteral("true")}};
        if (!marker.isEmpty())
            query.append({QStringLiteral("marker"), marker});
        else if (offset > 0)
            query.append({QStringLiteral("offset"), QString::number(offset)});
        const Result page =
            getJson(apiUrl(QStringLiteral("/folders/%1/items").arg(folderId), query), what);
        if (page.error) {
            if (page.status == 404 && notFound) {
                *notFound = true;
                return {};
            }
            return page.error;
        }
        const QJsonArray entries = page.json.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &entry : entries) {
            if (m_cancel.isCancelled())
                return Error::cancelled();
            bool stop = false;
            if (Error e = handle(itemFromJson(entry.toObject()), &stop))
                return e;
            if (stop)
                return {};
        }
        // Marker paging where Box gives a marker, offset paging where it gives a total.
        marker = page.json.value(QStringLiteral("next_marker")).toString();
        if (!marker.isEmpty())
            continue;
        const qint64 total = page.json.value(QStringLiteral("total_count")).toInteger(-1);
        offset = page.json.value(QStringLiteral("offset")).toInteger(offset) + entries.size();
        if (entries.isEmpty() || total < 0 || offset >= total)
            return {};
    }
}

Error BoxApi::fileInfo(const QString &fileId, BoxItem *item, bool *notFound)
{
    if (notFound)
        *notFound = false;
    const Result result =
        getJson(apiUrl(QStringLiteral("/files/%1").arg(fileId),
                       {{QStringLiteral("fields"), QStringLiteral("id,type,name,size,sha1")}}),
                QCoreApplication::translate("rca::BoxApi", "Looking at a file in Box"));
    if (result.error) {
        if (result.status == 404 && notFound) {
            *notFound = true;
            return {};
        }
        return result.error;
    }
    *item = itemFromJson(result.json);
    return {};
}

} // namespace rca

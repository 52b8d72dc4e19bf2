// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpclient.h"

#include "common/frontend.h"
#include "httpexchange.h"
#include "httputil.h"
#include "version.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QThread>
#include <QThreadStorage>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace rca {

Q_LOGGING_CATEGORY(lcNet, "rcarchiver.core.net", QtInfoMsg)

namespace {

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf([name](const auto &header) { return sameName(header.first, name); });
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

bool isSecretName(const QString &name)
{
    const QString n = name.toLower();
    static const QStringList exact = {
        QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("sig"),
        QStringLiteral("key"),  QStringLiteral("auth"),  QStringLiteral("code_verifier"),
    };
    static const QStringList parts = {
        QStringLiteral("token"),     QStringLiteral("secret"),     QStringLiteral("password"),
        QStringLiteral("signature"), QStringLiteral("credential"), QStringLiteral("apikey"),
    };
    if (exact.contains(n))
        return true;
    return std::any_of(parts.begin(), parts.end(),
                       [&n](const QString &p) { return n.contains(p); });
}

QString describeHost(const QUrl &url)
{
    return url.host().isEmpty() ? url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                : url.host();
}

} // namespace

// ---- HttpRequest -------------------------------------------------------------------------

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(headers, name);
    headers.append({name, value});
}

void HttpRequest::setBearerToken(const QString &token)
{
    setHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
}

void HttpRequest::setFormBody(const QList<std::pair<QString, QString>> &fields)
{
    body = HttpClient::formEncode(fields);
    setHeader(QByteArrayLiteral("Content-Type"),
              QByteArrayLiteral("application/x-www-form-urlencoded"));
}

// ---- HttpResponse ------------------------------------------------------------------------

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

bool HttpResponse::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.begin(), headers.end(),
                       [name](const auto &h) { return sameName(h.first, name); });
}

bool HttpResponse::transportFailed() const
{
    if (networkError == QNetworkReply::NoError)
        return false;
    // Errors below 200 are connection, proxy and timeout failures; ProtocolFailure is a broken
    // exchange, ContentReSendError one that Qt would have sent again (HttpRequest::sendOnce).
    // With no status at all, nothing usable arrived.
    return status == 0 || networkError < 200 || networkError == QNetworkReply::ProtocolFailure ||
           networkError == QNetworkReply::ContentReSendError;
}

bool HttpResponse::isSuccess() const
{
    return status >= 200 && status < 300 && !transportFailed() && !timedOut && !cancelled &&
           !bodyTooLarge && !sinkFailed;
}

int HttpResponse::retryAfterSeconds(const QDateTime &nowUtc) const
{
    return HttpClient::parseRetryAfter(header("Retry-After"), nowUtc);
}

Error HttpResponse::error(const QString &what) const
{
    const QString subject =
        what.isEmpty() ? QStringLiteral("The request to %1").arg(describeHost(url)) : what;
    const QString host = describeHost(url);

    if (cancelled)
        return Error::cancelled();
    if (sinkFailed) {
        return Error::storage(
            QStringLiteral("%1: the downloaded data could not be written.").arg(subject));
    }
    if (bodyTooLarge) {
        return Error::source(
            QStringLiteral("%1: %2 sent a larger answer than expected.").arg(subject, host));
    }
    if (redirectRefused) {
        return Error::source(QStringLiteral("%1: %2 redirected to an address that is not "
                                            "allowed (%3).")
                                 .arg(subject, host, networkErrorString));
    }
    if (timedOut) {
        return Error::transient(
            QStringLiteral("%1: %2 did not answer in time. It will be tried again.")
                .arg(subject, host));
    }
    if (transportFailed()) {
        if (networkError == QNetworkReply::ProtocolUnknownError ||
            networkError == QNetworkReply::ProtocolInvalidOperationError) {
            return Error::source(QStringLiteral("%1: %2").arg(subject, networkErrorString));
        }
        return Error::transient(
            QStringLiteral("%1: the connection to %2 failed (%3). It will be tried again.")
                .arg(subject, host, networkErrorString),
            retryAfterSeconds());
    }
    if (status >= 100 && status < 400)
        return {};

    const QString statusText =
        reason.isEmpty() ? QString::number(status)
                         : QStringLiteral("%1 %2").arg(status).arg(QString::fromLatin1(reason));
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
        return Error::transient(QStringLiteral("%1: %2 answered %3. It will be tried again.")
                                    .arg(subject, host, statusText),
                                retryAfterSeconds());
    }
    if (status == 401) {
        return Error::reconnect(QStringLiteral("%1: %2 no longer accepts the saved sign-in (%3). ")
                                    .arg(subject, host, statusText) +
                                Frontend::reconnectAdvice(QString()));
    }
    if (status >= 400 && status < 500) {
        return Error::itemPermanent(
            QStringLiteral("%1: %2 refused the request (%3).").arg(subject, host, statusText));
    }
    return Error::source(QStringLiteral("%1: %2 answered with an unexpected status (%3).")
                             .arg(subject, host, statusText));
}

Error HttpResponse::json(QJsonObject *out, const QString &what) const
{
    return HttpClient::parseJsonObject(
        body, out,
        what.isEmpty() ? QStringLiteral("The answer from %1").arg(describeHost(url)) : what);
}

// ---- HttpClient --------------------------------------------------------------------------

HttpClient::HttpClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{}

void HttpClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(m_defaultHeaders, name);
    m_defaultHeaders.append({name, value});
}

QNetworkAccessManager *HttpClient::threadNetworkAccessManager()
{
    // QThreadStorage deletes the manager when its thread ends: one manager per thread, never
    // shared across threads.
    static QThreadStorage<QNetworkAccessManager *> managers;
    if (!managers.hasLocalData())
        managers.setLocalData(new QNetworkAccessManager);
    return managers.localData();
}

HttpResponse HttpClient::send(const HttpRequest &request, const CancelToken &cancel) const
{
    QNetworkAccessManager *manager = m_manager ? m_manager : threadNetworkAccessManager();
    Q_ASSERT(manager->thread() == QThread::currentThread());

    QUrl url = request.url.isRelative() && m_baseUrl.isValid() ? m_baseUrl.resolved(request.url)
                                                               : request.url;
    QByteArray method = request.method.toUpper();
    HttpHeaders headers = request.headers;
    for (const auto &[name, value] : m_defaultHeaders) {
        if (!std::any_of(headers.begin(), headers.end(),
                         [&name](const auto &h) { return sameName(h.first, name); })) {
            headers.append({name, value});
        }
    }
    if (!std::any_of(headers.begin(), headers.end(),
                     [](const auto &h) { return sameName(h.first, "User-Agent"); })) {
        headers.append(
            {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("RC-Archiver/" RCA_VERSION)});
    }

    bool sendBody = true;
    const qint64 deviceStart = request.bodyDevice ? request.bodyDevice->pos() : 0;
    QElapsedTimer clock;
    clock.start();

    for (int hop = 0;; ++hop) {
        HttpResponse response = exchangeOnce(manager, request, cancel, m_manager == nullptr, method,
                                             url, headers, sendBody);
        response.redirects = hop;

        const bool follow = request.followRedirects && isRedirectStatus(response.status) &&
                            response.hasHeader("Location") && !response.transportFailed() &&
                            !response.cancelled && !response.timedOut;
        if (!follow) {
            if (!response.error()) {
                qCDebug(lcNet).noquote()
                    << method << redactedUrl(url) << "->" << response.status
                    << response.bytesReceived << "bytes in" << clock.elapsed() << "ms";
            } else {
                qCInfo(lcNet).noquote()
                    << method << redactedUrl(url) << "->" << response.status
                    << response.networkError << (response.timedOut ? "timed out" : "")
                    << (response.cancelled ? "cancelled" : "") << "after" << clock.elapsed()
                    << "ms";
            }
            return response;
        }

        const QUrl next = url.resolved(QUrl::fromEncoded(response.header("Location")));
        auto refuse = [&](QNetworkReply::NetworkError error, const QString &why) {
            response.redirectRefused = true;
            response.networkError = error;
            response.networkErrorString = why;
            qCInfo(lcNet).noquote() << method << redactedUrl(url) << "redirect refused:" << why;
            return response;
        };
        if (hop >= request.maxRedirects)
            return refuse(QNetworkReply::TooManyRedirectsError,
                          QStringLiteral("too many redirects"));
        if (!next.isValid() ||
            (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http"))) {
            return refuse(QNetworkReply::ProtocolUnknownError,
                          QStringLiteral("unsupported redirect target"));
        }
        if (url.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http"))
            return refuse(QNetworkReply::InsecureRedirectError,
                          QStringLiteral("redirect from https to http"));

        if (!sameOrigin(url, next)) {
            // Credentials belong to the origin they were issued for (a media host redirecting
            // to a CDN must not receive the bearer token).
            removeHeader(headers, "Authorization");
            removeHeader(headers, "Proxy-Authorization");
            removeHeader(headers, "Cookie");
        }
        const bool toGet = response.status == 303 ||
                           ((response.status == 301 || response.status == 302) && method == "POST");
        if (toGet) {
            method = method == "HEAD" ? method : QByteArrayLiteral("GET");
            sendBody = false;
            removeHeader(headers, "Content-Type");
            removeHeader(headers, "Content-Length");
        } else if (sendBody && request.bodyDevice) {
            if (request.bodyDevice->isSequential() || !request.bodyDevice->seek(deviceStart)) {
                return refuse(QNetworkReply::ContentReSendError,
                              QStringLiteral("the upload cannot be sent again"));
            }
        }
        qCDebug(lcNet).noquote() << method << redactedUrl(url) << "->" << response.status
                                 << "redirect to" << redactedUrl(next);
        url = next;
    }
}

QString HttpClient::redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<std::pair<QString, QString>> items;
        const auto pairs = query.queryItems(QUrl::FullyEncoded);
        for (const auto &[name, value] : pairs) {
            const QString decodedName = QUrl::fromPercentEncoding(name.toUtf8());
            items.append({name, isSecretName(decodedName) ? QStringLiteral("REDACTED") : value});
        }
        QUrlQuery redacted;
        redacted.setQueryItems(items);
        copy.setQuery(redacted);
    }
    return copy.toString(QUrl::FullyEncoded);
}

int HttpClient::parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1
                           : int(std::min<qlonglong>(seconds, std::numeric_limits<int>::max()));

    const QString date = QString::fromLatin1(text);
    const QLocale c = QLocale::c();
    // IMF-fixdate, obsolete RFC 850 and asctime forms (RFC 9110 §5.6.7).
    static const QStringList formats = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),
    };
    for (const QString &format : formats) {
        QDateTime when = c.toDateTime(date.simplified(), format);
        if (!when.isValid())
            continue;
        if (format.contains(QLatin1String("yy HH")) && when.date().year() < 1970)
            when = when.addYears(100);
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
        return int(std::max<qint64>(0, nowUtc.secsTo(when)));
    }
    return -1;
}

Error HttpClient::parseJsonObject(const QByteArray &data, QJsonObject *out, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QString subject = what.isEmpty() ? QStringLiteral("The server's answer") : what;
    if (parseError.error != QJsonParseError::NoError) {
        return Error::source(QStringLiteral("%1 was not valid JSON (%2 at byte %3 of %4); it may "
                                            "have been cut off.")
                                 .arg(subject, parseError.errorString())
                                 .arg(parseError.offset)
                                 .arg(data.size()));
    }
    if (!document.isObject())
        return Error::source(QStringLiteral("%1 was not a JSON object.").arg(subject));
    if (out)
        *out = document.object();
    return {};
}

QByteArray HttpClient::formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out.append('&');
        out.append(QUrl::toPercentEncoding(name));
        out.append('=');
        out.append(QUrl::toPercentEncoding(value));
    }
    return out;
}

} // namespace rca

#include "dropboxapi.h"

#include "logging/logging.h"
#include "net/httpclient.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace rca {

namespace {

QString routeUrl(const QUrl &base, const QString &route)
{
    QString url = base.toString(QUrl::StripTrailingSlash);
    return url + QStringLiteral("/2/") + route;
}

} // namespace

DropboxApi::DropboxApi(QUrl apiUrl, QUrl contentUrl, OAuthSession *session,
                       DropboxRetryPolicy policy, CancelToken cancel)
    : m_apiUrl(std::move(apiUrl))
    , m_contentUrl(std::move(contentUrl))
    , m_session(session)
    , m_policy(policy)
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

bool DropboxApi::sleepMs(qint64 ms) const
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (m_cancel.isCancelled())
            return false;
        QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, deadline.remainingTime())));
    }
    return !m_cancel.isCancelled();
}

DropboxApi::Result DropboxApi::send(Style style, const QString &route, const QByteArray &arg,
                                    QByteArrayView body, const QString &what,
                                    const DataHandler &onData)
{
    Result result;
    QString token;
    if ((result.error = m_session->validAccessToken(&token, m_cancel)))
        return result;

    int transientRetries = 0;
    int rateLimitRetries = 0;
    bool refreshed = false;
    const HttpClient http;
    qint64 delivered = 0; // download bytes onData accepted, over all attempts
    for (;;) {
        if (m_cancel.isCancelled()) {
            result.error = Error::cancelled();
            return result;
        }
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = QUrl(routeUrl(style == Style::Rpc ? m_apiUrl : m_contentUrl, route));
        request.setBearerToken(token);
        qint64 position = 0; // of this attempt's body
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
        HttpResponse response = http.send(request, m_cancel);
        result.status = response.status;
        result.json = {};
        result.errorSummary.clear();
        if (response.cancelled) {
            result.error = Error::cancelled();
            return result;
        }
        if (response.sinkFailed) { // the receiver stopped the download: not Dropbox's failure
            result.error = response.error(what);
            return result;
        }
        if (response.isSuccess() && style == Style::Download) {
            const QByteArray meta = response.header("Dropbox-API-Result");
            result.error =
                meta.isEmpty() ? Error() : HttpClient::parseJsonObject(meta, &result.json, what);
            return result;
        }
        if (response.isSuccess()) {
            const QByteArray trimmed = response.body.trimmed();
            if (!trimmed.isEmpty() && trimmed != "null")
                result.error = response.json(&result.json, what);
            else
                result.error = {};
            return result;
        }
        if (!response.transportFailed() && !response.body.isEmpty())
            HttpClient::parseJsonObject(response.body, &result.json);
        result.errorSummary = result.json.value(QStringLiteral("error_summary")).toString();

        if (response.status == 401) {
            if (!refreshed) {
                refreshed = true;
                qCInfo(lcStorage).noquote() << "Dropbox refused the access token ("
                                            << result.errorSummary << "); refreshing it";
                if ((result.error = m_session->forceRefresh(&token, token, m_cancel)))
                    return result;
                continue;
            }
            result.error = Error::reconnect(
                QCoreApplication::translate(
                    "rca::DropboxApi", "Dropbox no longer accepts this app's sign-in (%1). Connect "
                                       "Dropbox again in the Accounts tab.")
                    .arg(result.errorSummary.isEmpty() ? QStringLiteral("HTTP 401")
                                                       : result.errorSummary));
            return result;
        }
        const bool tooManyWrites =
            response.status == 429 ||
            (response.status == 409 && result.hasSummary(u"too_many_write_operations"));
        if (tooManyWrites) {
            int wait = response.retryAfterSeconds();
            if (wait < 0)
                wait = result.json.value(QStringLiteral("error"))
                           .toObject()
                           .value(QStringLiteral("retry_after"))
                           .toInt(1);
            wait = std::max(wait, 1);
            if (rateLimitRetries++ < m_policy.maxRateLimitRetries &&
                wait <= m_policy.maxRetryAfterSeconds) {
                qCInfo(lcStorage).noquote() << what << ": Dropbox asks to wait" << wait << "s";
                if (!sleepMs(qint64(wait) * 1000)) {
                    result.error = Error::cancelled();
                    return result;
                }
                continue;
            }
            result.error =
                Error::transient(QCoreApplication::translate(
                                     "rca::DropboxApi",
                                     "%1: Dropbox is busy (too many write operations); will retry "
                                     "later.")
                                     .arg(what),
                                 wait);
            return result;
        }
        if (response.transportFailed() || response.status >= 500 || response.status == 408) {
            if (transientRetries < m_policy.maxTransientRetries) {
                const qint64 delay = qint64(m_policy.baseDelayMs) << transientRetries;
                const qint64 jitter = QRandomGenerator::global()->bounded(delay / 2 + 1);
                ++transientRetries;
                qCInfo(lcStorage).noquote()
                    << what << ": transient failure (HTTP" << response.status
                    << response.networkError << "); retrying in" << delay + jitter << "ms";
                if (!sleepMs(delay + jitter)) {
                    result.error = Error::cancelled();
                    return result;
                }
                continue;
            }
            result.error = response.error(what);
            if (!result.error)
                result.error = Error::transient(
                    what + QCoreApplication::translate("rca::DropboxApi", ": Dropbox failed"));
            return result;
        }
        if (response.status == 409) {
            result.error = Error::itemPermanent(
                QCoreApplication::translate("rca::DropboxApi", "%1: Dropbox refused it (%2)")
                    .arg(what, result.errorSummary));
            return result;
        }
        if (response.status == 400) {
            result.error =
                Error::itemPermanent(QCoreApplication::translate(
                                         "rca::DropboxApi", "%1: Dropbox rejected the request: %2")
                                         .arg(what, QString::fromUtf8(response.body.left(300))));
            return result;
        }
        result.error = response.error(what);
        if (!result.error)
            result.error = Error::transient(
                QCoreApplication::translate("rca::DropboxApi", "%1: unexpected HTTP %2")
                    .arg(what)
                    .arg(response.status));
        return result;
    }
}

} // namespace rca

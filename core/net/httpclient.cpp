#include "httpclient.h"

#include "directupload.h"
#include "httputil.h"
#include "version.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QThread>
#include <QThreadStorage>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

namespace rca {

Q_LOGGING_CATEGORY(lcNet, "rcarchiver.core.net", QtInfoMsg)

namespace {

constexpr qint64 kReadChunk = 256 * 1024;
constexpr qint64 kReadBufferSize = 1024 * 1024;
// Request bodies larger than this go through DirectUpload instead of Qt's HTTP thread. Up to it
// Qt sends head and body in one write; beyond, in rounds of 16 KiB without TCP_NODELAY, and the
// last small segment then often waits for the server's delayed ACK: 40 ms per request, which
// the small-file benchmarks (100 KiB each) measured as a quarter of curl's rate.
constexpr qint64 kDirectMinBody = 16 * 1024;

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

// Where a request body comes from and how long it is, for DirectUpload: -1 when the length is
// not known up front (a sequential device), which leaves the request to Qt.
qint64 knownBodySize(const HttpRequest &request)
{
    if (request.bodyDevice) {
        if (request.bodyDevice->isSequential())
            return -1;
        return std::max<qint64>(0, request.bodyDevice->size() - request.bodyDevice->pos());
    }
    return request.body.size();
}

// One attempt, no redirect handling: the caller loops over hops.
class Exchange
{
public:
    // allowDirect: large bodies may bypass the manager (DirectUpload); not when the caller
    // gave its own manager, which may watch or change what goes through it.
    Exchange(QNetworkAccessManager *manager, const HttpRequest &request, const CancelToken &cancel,
             bool allowDirect)
        : m_manager(manager)
        , m_request(request)
        , m_cancel(cancel)
        , m_allowDirect(allowDirect)
    {}

    HttpResponse run(const QByteArray &method, const QUrl &url, const HttpHeaders &headers,
                     bool sendBody)
    {
        HttpResponse response;
        response.url = url;
        if (m_cancel.isCancelled()) {
            response.cancelled = true;
            response.networkError = QNetworkReply::OperationCanceledError;
            return response;
        }
        if (sendBody && m_allowDirect) {
            const qint64 size = knownBodySize(m_request);
            if (size > kDirectMinBody && DirectUpload::applies(m_manager, url))
                return DirectUpload(m_request, m_cancel, size).run(method, url, headers);
        }

        QNetworkRequest netRequest(url);
        for (const auto &[name, value] : headers)
            netRequest.setRawHeader(name, value);
        netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
        netRequest.setTransferTimeout(m_request.transferTimeoutMs);

        QIODevice *device = sendBody ? m_request.bodyDevice : nullptr;
        if (device) {
            const bool knownLength = !device->isSequential() ||
                                     netRequest.hasRawHeader(QByteArrayLiteral("Content-Length"));
            netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, knownLength);
        }

        QNetworkReply *raw = nullptr;
        if (device)
            raw = m_manager->sendCustomRequest(netRequest, method, device);
        else if (sendBody && !m_request.body.isEmpty())
            raw = m_manager->sendCustomRequest(netRequest, method, m_request.body);
        else if (method == "GET")
            raw = m_manager->get(netRequest);
        else if (method == "HEAD")
            raw = m_manager->head(netRequest);
        else if (method == "DELETE")
            raw = m_manager->deleteResource(netRequest);
        else
            raw = m_manager->sendCustomRequest(netRequest, method, QByteArray());
        // The reply is ours alone: no parent, owned by this scope.
        raw->setParent(nullptr);
        std::unique_ptr<QNetworkReply> reply(raw);
        reply->setReadBufferSize(kReadBufferSize);

        QEventLoop loop;
        bool abortedByUs = false;
        auto abortWith = [&](bool &reason) {
            reason = true;
            abortedByUs = true;
            reply->abort();
        };
        auto stop = [&] {
            abortedByUs = true;
            reply->abort();
        };

        QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop,
                         [&] { readStatus(reply.get(), response); });
        QObject::connect(reply.get(), &QIODevice::readyRead, &loop, [&] {
            readStatus(reply.get(), response);
            if (!drain(reply.get(), response))
                stop();
        });
        if (m_request.onUploadProgress) {
            // Qt ends with a (0, 0) report when the reply finishes: not progress.
            QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop,
                             [this](qint64 sent, qint64 total) {
                                 if (sent > 0 || total > 0)
                                     m_request.onUploadProgress(sent, total);
                             });
        }
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);

        QTimer cancelPoll;
        cancelPoll.setInterval(kCancelPollMs);
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (m_cancel.isCancelled() && !reply->isFinished())
                abortWith(response.cancelled);
        });
        cancelPoll.start();

        QTimer deadline;
        deadline.setSingleShot(true);
        if (m_request.totalTimeoutMs > 0) {
            QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
                if (!reply->isFinished())
                    abortWith(response.timedOut);
            });
            deadline.start(m_request.totalTimeoutMs);
        }

        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);

        readStatus(reply.get(), response);
        if (!abortedByUs && !drain(reply.get(), response))
            stop();

        response.networkError = reply->error();
        if (response.networkError != QNetworkReply::NoError)
            response.networkErrorString = reply->errorString();
        // Qt reports its own transfer timeout as a cancelled operation.
        if (!abortedByUs && (response.networkError == QNetworkReply::OperationCanceledError ||
                             response.networkError == QNetworkReply::TimeoutError)) {
            response.timedOut = true;
        }
        return response;
    }

private:
    void readStatus(QNetworkReply *reply, HttpResponse &response) const
    {
        if (response.status != 0)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid())
            return;
        response.status = status.toInt();
        response.reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.headers.clear();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        if (m_request.onHead)
            m_request.onHead(response);
    }

    bool streaming(const HttpResponse &response) const
    {
        return (m_request.onData || m_request.sink) && response.status >= 200 &&
               response.status < 300;
    }

    // Moves what has arrived to its destination; false stops the transfer.
    bool drain(QNetworkReply *reply, HttpResponse &response)
    {
        while (reply->bytesAvailable() > 0) {
            if (streaming(response)) {
                const QByteArray chunk = reply->read(kReadChunk);
                response.bytesReceived += chunk.size();
                if (m_request.onData && !m_request.onData(chunk)) {
                    response.sinkFailed = true;
                    return false;
                }
                if (m_request.sink && m_request.sink->write(chunk) != chunk.size()) {
                    response.sinkFailed = true;
                    return false;
                }
            } else {
                const qint64 available = reply->bytesAvailable();
                if (response.body.size() + available > m_request.maxBodySize) {
                    response.bodyTooLarge = true;
                    return false;
                }
                const QByteArray chunk = reply->readAll();
                response.bytesReceived += chunk.size();
                response.body.append(chunk);
            }
        }
        return true;
    }

    QNetworkAccessManager *m_manager;
    const HttpRequest &m_request;
    const CancelToken &m_cancel;
    const bool m_allowDirect;
};

// Qt can end a reply whose connection closed mid-body as if it were complete: a body shorter
// than its Content-Length (not compressed, so the count compares; not HEAD, which has none) is
// a dropped transfer, and the caller's retry policy treats it as one.
void markTruncated(const QByteArray &method, HttpResponse *response)
{
    if (method == "HEAD" || response->status == 204 || response->status == 304 ||
        response->error() || response->sinkFailed || response->bodyTooLarge ||
        response->hasHeader("Content-Encoding"))
        return;
    bool ok = false;
    const qint64 length = response->header("Content-Length").toLongLong(&ok);
    if (ok && response->bytesReceived < length) {
        response->networkError = QNetworkReply::RemoteHostClosedError;
        response->networkErrorString = QStringLiteral("The connection closed after %1 of %2 bytes")
                                           .arg(response->bytesReceived)
                                           .arg(length);
    }
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
    // exchange. With no status at all, nothing usable arrived.
    return status == 0 || networkError < 200 || networkError == QNetworkReply::ProtocolFailure;
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
        return Error::reconnect(
            QStringLiteral("%1: %2 no longer accepts the saved sign-in (%3). Connect again in "
                           "the Accounts tab.")
                .arg(subject, host, statusText));
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
        Exchange exchange(manager, request, cancel, m_manager == nullptr);
        HttpResponse response = exchange.run(method, url, headers, sendBody);
        response.redirects = hop;
        markTruncated(method, &response);

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

#include "httpclient.h"

#include "version.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QThreadStorage>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcNet, "rcarchiver.core.net", QtInfoMsg)

constexpr int kCancelPollMs = 50;
constexpr qint64 kReadChunk = 256 * 1024;
constexpr qint64 kReadBufferSize = 1024 * 1024;
// Request bodies larger than this go through DirectUpload instead of Qt's HTTP thread. Up to it
// Qt sends head and body in one write; beyond, in rounds of 16 KiB without TCP_NODELAY, and the
// last small segment then often waits for the server's delayed ACK: 40 ms per request, which
// the small-file benchmarks (100 KiB each) measured as a quarter of curl's rate.
constexpr qint64 kDirectMinBody = 16 * 1024;
// DirectUpload keeps at most this much queued in the socket, written in slices of kDirectSlice:
// large enough that the kernel never waits for us, small enough to keep memory flat.
constexpr qint64 kDirectWindow = 2 * 1024 * 1024;
constexpr qint64 kDirectSlice = 512 * 1024;

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void removeHeader(HttpHeaders &headers, QByteArrayView name)
{
    headers.removeIf([name](const auto &header) { return sameName(header.first, name); });
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
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

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::UnknownNetworkError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// The calling thread's one idle keep-alive connection of DirectUpload (deleted with the
// thread), so that the chunks of one upload session share a connection as they do with Qt.
struct IdleConnection
{
    QString key;
    std::unique_ptr<QTcpSocket> socket;
};

IdleConnection *threadIdleConnection()
{
    static QThreadStorage<IdleConnection *> connections;
    if (!connections.hasLocalData())
        connections.setLocalData(new IdleConnection);
    return connections.localData();
}

QString connectionKey(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme().toLower(), url.host().toLower())
        .arg(url.port(defaultPort(url.scheme().toLower())));
}

// DirectUpload: one HTTP/1.1 exchange with a large request body, spoken over a socket of the
// calling thread and its local event loop. Qt 6.4's HTTP thread pulls a request body from the
// requesting thread 16 KiB at a time, each piece a cross-thread round trip
// (QNonContiguousByteDeviceThreadForwardImpl), which measured at half of curl's upload speed
// against the same server; here the body goes to the socket in large slices straight from the
// caller's buffer or device, with at most kDirectWindow queued, so memory stays flat.
// Redirects, retries and classification stay with HttpClient. Used only when no proxy applies;
// the connection is kept alive and reused by the next large upload of the same thread.
class DirectUpload
{
public:
    DirectUpload(const HttpRequest &request, const CancelToken &cancel, qint64 bodySize)
        : m_request(request)
        , m_cancel(cancel)
        , m_bodySize(bodySize)
        , m_deviceStart(request.bodyDevice ? request.bodyDevice->pos() : 0)
    {}

    static bool applies(QNetworkAccessManager *manager, const QUrl &url)
    {
        const QString scheme = url.scheme().toLower();
        if (url.host().isEmpty() ||
            (scheme != QLatin1String("http") &&
             (scheme != QLatin1String("https") || !QSslSocket::supportsSsl()))) {
            return false;
        }
        if (manager->proxyFactory())
            return false;
        const QNetworkProxy::ProxyType own = manager->proxy().type();
        if (own == QNetworkProxy::NoProxy)
            return true;
        if (own != QNetworkProxy::DefaultProxy)
            return false;
        const QList<QNetworkProxy> proxies =
            QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy;
    }

    HttpResponse run(const QByteArray &method, const QUrl &url, const HttpHeaders &headers)
    {
        m_method = method;
        const QString key = connectionKey(url);
        IdleConnection *idle = threadIdleConnection();
        std::unique_ptr<QTcpSocket> socket;
        if (idle->socket && idle->key == key) {
            socket = std::move(idle->socket);
            // A connection the server has closed meanwhile is noticed here, not mid-request.
            socket->waitForReadyRead(0);
            if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0)
                socket.reset();
        }
        idle->socket.reset();
        const bool reused = socket != nullptr;

        HttpResponse response = attempt(std::move(socket), url, headers, key);
        // A kept-alive connection can close just as it is reused; nothing of the request was
        // answered, so it goes once more on a fresh connection (what browsers do too).
        if (reused && response.status == 0 && m_received == 0 && !response.cancelled &&
            !response.timedOut && !m_bodyEndedEarly &&
            (response.networkError == QNetworkReply::RemoteHostClosedError ||
             response.networkError == QNetworkReply::UnknownNetworkError) &&
            (!m_request.bodyDevice || m_request.bodyDevice->seek(m_deviceStart))) {
            qCDebug(lcNet).noquote() << "kept-alive connection closed; sending again";
            response = attempt(nullptr, url, headers, key);
        }
        return response;
    }

private:
    enum class Phase { Status, Headers, Body, Done };
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkPhase { Size, Data, DataEnd, Trailer };

    HttpResponse attempt(std::unique_ptr<QTcpSocket> socket, const QUrl &url,
                         const HttpHeaders &headers, const QString &key)
    {
        HttpResponse response;
        response.url = url;
        m_response = &response;
        m_phase = Phase::Status;
        m_in.clear();
        m_received = 0;
        m_bodySent = 0;
        m_written = 0;
        m_failed = false;
        m_bodyEndedEarly = false;

        const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        const bool fresh = !socket;
        if (fresh) {
            if (https) {
                auto *ssl = new QSslSocket;
                QSslConfiguration config = QSslConfiguration::defaultConfiguration();
                config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
                ssl->setSslConfiguration(config);
                socket.reset(ssl);
            } else {
                socket.reset(new QTcpSocket);
            }
            socket->setProxy(QNetworkProxy::NoProxy);
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        m_socket = socket.get();
        m_ssl = qobject_cast<QSslSocket *>(m_socket);
        m_head = requestHead(url, headers);

        QEventLoop loop;
        m_loop = &loop;
        auto finishWith = [&](QNetworkReply::NetworkError error, const QString &text) {
            if (m_failed || m_phase == Phase::Done)
                return;
            m_failed = true;
            response.networkError = error;
            response.networkErrorString = text;
            loop.quit();
        };
        auto consume = [&] {
            const QByteArray data = m_socket->readAll();
            if (data.isEmpty())
                return;
            m_received += data.size();
            m_in.append(data);
            if (!parse(response)) {
                if (m_failed) // the body could not be delivered; the flags say why
                    loop.quit();
                else
                    finishWith(QNetworkReply::ProtocolFailure,
                               QCoreApplication::translate(
                                   "rca::HttpClient", "the server sent an invalid HTTP response"));
                return;
            }
            if (m_phase == Phase::Done)
                loop.quit();
        };

        QTimer idleTimer; // no byte moved for transferTimeoutMs
        idleTimer.setSingleShot(true);
        QObject::connect(&idleTimer, &QTimer::timeout, &loop, [&] {
            response.timedOut = true;
            finishWith(QNetworkReply::OperationCanceledError,
                       QCoreApplication::translate("rca::HttpClient", "no data moved for %1 ms")
                           .arg(m_request.transferTimeoutMs));
        });
        auto moved = [&] {
            if (m_request.transferTimeoutMs > 0)
                idleTimer.start(m_request.transferTimeoutMs);
        };

        QObject::connect(m_socket, &QIODevice::readyRead, &loop, [&] {
            moved();
            consume();
        });
        QObject::connect(m_socket, &QIODevice::bytesWritten, &loop, [&](qint64 bytes) {
            moved();
            m_written += bytes;
            if (m_request.onUploadProgress) {
                const qint64 body = std::clamp<qint64>(m_written - m_head.size(), 0, m_bodySize);
                m_request.onUploadProgress(body, m_bodySize);
            }
            pump();
        });
        QObject::connect(m_socket, &QAbstractSocket::errorOccurred, &loop,
                         [&](QAbstractSocket::SocketError error) {
                             consume();
                             if (m_phase == Phase::Body && m_bodyMode == BodyMode::UntilClose &&
                                 error == QAbstractSocket::RemoteHostClosedError) {
                                 m_phase = Phase::Done;
                                 loop.quit();
                                 return;
                             }
                             finishWith(networkErrorFor(error), m_socket->errorString());
                         });
        auto start = [&] {
            moved();
            m_socket->write(m_head);
            pump();
        };
        if (fresh) {
            if (m_ssl) {
                QObject::connect(m_ssl, &QSslSocket::encrypted, &loop, start);
                m_ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
            } else {
                QObject::connect(m_socket, &QAbstractSocket::connected, &loop, start);
                m_socket->connectToHost(url.host(), quint16(url.port(80)));
            }
            moved();
        } else {
            start();
        }

        QTimer cancelPoll;
        cancelPoll.setInterval(kCancelPollMs);
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (m_cancel.isCancelled()) {
                response.cancelled = true;
                finishWith(QNetworkReply::OperationCanceledError,
                           QCoreApplication::translate("rca::HttpClient", "cancelled"));
            }
        });
        cancelPoll.start();
        QTimer deadline;
        deadline.setSingleShot(true);
        if (m_request.totalTimeoutMs > 0) {
            QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
                response.timedOut = true;
                finishWith(QNetworkReply::OperationCanceledError,
                           QCoreApplication::translate("rca::HttpClient",
                                                       "the request took longer than %1 ms")
                               .arg(m_request.totalTimeoutMs));
            });
            deadline.start(m_request.totalTimeoutMs);
        }

        if (!m_failed && m_phase != Phase::Done)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        QObject::disconnect(m_socket, nullptr, &loop, nullptr);
        if (m_ssl)
            QObject::disconnect(m_ssl, nullptr, &loop, nullptr);

        if (m_phase == Phase::Done) {
            // A complete answer counts even if the server stopped reading the body early
            // (e.g. a 401 sent before the upload ended); such a connection is not reused.
            response.networkError = QNetworkReply::NoError;
            response.networkErrorString.clear();
            if (m_keepAlive && m_bodySent == m_bodySize && m_in.isEmpty() &&
                m_socket->bytesToWrite() == 0 &&
                m_socket->state() == QAbstractSocket::ConnectedState) {
                IdleConnection *idle = threadIdleConnection();
                idle->key = key;
                idle->socket = std::move(socket);
            }
        } else if (m_failed && response.networkError == QNetworkReply::NoError) {
            response.networkError = QNetworkReply::UnknownNetworkError;
        }
        if (socket)
            socket->abort();
        m_socket = nullptr;
        m_ssl = nullptr;
        m_response = nullptr;
        m_loop = nullptr;
        return response;
    }

    QByteArray requestHead(const QUrl &url, const HttpHeaders &headers) const
    {
        QByteArray target =
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty() || target.front() != '/')
            target.prepend('/');
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        const int port = url.port(-1);
        if (port != -1 && port != defaultPort(url.scheme().toLower()))
            host += ':' + QByteArray::number(port);

        QByteArray head = m_method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
        for (const auto &[name, value] : headers) {
            if (sameName(name, "Host") || sameName(name, "Content-Length") ||
                sameName(name, "Connection") || sameName(name, "Transfer-Encoding") ||
                sameName(name, "Expect")) {
                continue;
            }
            head += name + ": " + value + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(m_bodySize) +
                "\r\nConnection: keep-alive\r\n\r\n";
        return head;
    }

    // Keeps up to kDirectWindow of the body queued in the socket.
    void pump()
    {
        while (!m_failed && m_phase != Phase::Done && m_bodySent < m_bodySize &&
               m_socket->state() == QAbstractSocket::ConnectedState &&
               (!m_ssl || m_ssl->isEncrypted())) {
            const qint64 queued =
                m_socket->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0);
            if (queued >= kDirectWindow)
                return;
            const qint64 n = std::min(kDirectSlice, m_bodySize - m_bodySent);
            if (m_request.bodyDevice) {
                m_scratch.resize(n);
                const qint64 got = m_request.bodyDevice->read(m_scratch.data(), n);
                if (got <= 0) {
                    m_bodyEndedEarly = true;
                    m_failed = true;
                    m_response->networkError = QNetworkReply::UnknownNetworkError;
                    m_response->networkErrorString = QCoreApplication::translate(
                        "rca::HttpClient", "the data to upload ended early");
                    m_socket->abort();
                    m_loop->quit();
                    return;
                }
                m_socket->write(m_scratch.constData(), got);
                m_bodySent += got;
            } else {
                m_socket->write(m_request.body.constData() + m_bodySent, n);
                m_bodySent += n;
            }
        }
    }

    // Consumes m_in; false on a malformed response or when the body cannot be delivered.
    bool parse(HttpResponse &response)
    {
        for (;;) {
            switch (m_phase) {
            case Phase::Status:
            case Phase::Headers: {
                const qsizetype eol = m_in.indexOf('\n');
                if (eol < 0)
                    return m_in.size() < 64 * 1024;
                QByteArray line = m_in.left(eol);
                m_in.remove(0, eol + 1);
                if (line.endsWith('\r'))
                    line.chop(1);
                if (m_phase == Phase::Status) {
                    if (!line.startsWith("HTTP/1."))
                        return false;
                    const QList<QByteArray> parts = line.split(' ');
                    bool ok = false;
                    const int status = parts.value(1).toInt(&ok);
                    if (!ok || status < 100 || status > 999)
                        return false;
                    m_status = status;
                    const qsizetype reasonAt = line.indexOf(' ', line.indexOf(' ') + 1);
                    m_reason = reasonAt < 0 ? QByteArray() : line.mid(reasonAt + 1);
                    m_http10 = line.startsWith("HTTP/1.0");
                    m_headers.clear();
                    m_phase = Phase::Headers;
                } else if (!line.isEmpty()) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        return false;
                    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                } else if (m_status < 200) {
                    m_phase = Phase::Status; // 100 Continue and other interim answers
                } else if (!headersDone(response)) {
                    return false;
                }
                break;
            }
            case Phase::Body:
                if (!body(response))
                    return false;
                if (m_phase != Phase::Done)
                    return true;
                break;
            case Phase::Done:
                return true;
            }
        }
    }

    bool headersDone(HttpResponse &response)
    {
        response.status = m_status;
        response.reason = m_reason;
        response.headers = m_headers;
        const QByteArray connection = response.header("Connection").toLower();
        m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
        m_phase = Phase::Body;
        if (m_method == "HEAD" || m_status == 204 || m_status == 304) {
            m_bodyMode = BodyMode::None;
            m_phase = Phase::Done;
        } else if (response.header("Transfer-Encoding").toLower().contains("chunked")) {
            m_bodyMode = BodyMode::Chunked;
            m_chunkPhase = ChunkPhase::Size;
        } else if (response.hasHeader("Content-Length")) {
            bool ok = false;
            m_remaining = response.header("Content-Length").toLongLong(&ok);
            if (!ok || m_remaining < 0)
                return false;
            m_bodyMode = BodyMode::Length;
            if (m_remaining == 0)
                m_phase = Phase::Done;
        } else {
            m_bodyMode = BodyMode::UntilClose;
            m_keepAlive = false;
        }
        return true;
    }

    bool body(HttpResponse &response)
    {
        switch (m_bodyMode) {
        case BodyMode::None:
            m_phase = Phase::Done;
            return true;
        case BodyMode::UntilClose: {
            const QByteArray data = std::exchange(m_in, {});
            return deliver(response, data);
        }
        case BodyMode::Length: {
            const qint64 n = std::min<qint64>(m_remaining, m_in.size());
            if (!deliver(response, QByteArrayView(m_in).first(n)))
                return false;
            m_in.remove(0, n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_phase = Phase::Done;
            return true;
        }
        case BodyMode::Chunked:
            for (;;) {
                if (m_chunkPhase == ChunkPhase::Data) {
                    const qint64 n = std::min<qint64>(m_remaining, m_in.size());
                    if (!deliver(response, QByteArrayView(m_in).first(n)))
                        return false;
                    m_in.remove(0, n);
                    m_remaining -= n;
                    if (m_remaining > 0)
                        return true;
                    m_chunkPhase = ChunkPhase::DataEnd;
                    continue;
                }
                const qsizetype eol = m_in.indexOf('\n');
                if (eol < 0)
                    return m_in.size() < 64 * 1024;
                QByteArray line = m_in.left(eol).trimmed();
                m_in.remove(0, eol + 1);
                if (m_chunkPhase == ChunkPhase::DataEnd) {
                    if (!line.isEmpty())
                        return false;
                    m_chunkPhase = ChunkPhase::Size;
                } else if (m_chunkPhase == ChunkPhase::Size) {
                    bool ok = false;
                    m_remaining = line.split(';').constFirst().trimmed().toLongLong(&ok, 16);
                    if (!ok || m_remaining < 0)
                        return false;
                    m_chunkPhase = m_remaining == 0 ? ChunkPhase::Trailer : ChunkPhase::Data;
                } else if (line.isEmpty()) { // end of the trailer
                    m_phase = Phase::Done;
                    return true;
                }
            }
        }
        return true;
    }

    // The same rules as Exchange::drain: a 2xx body streams to onData/sink when set, any other
    // body is collected up to maxBodySize.
    bool deliver(HttpResponse &response, QByteArrayView data)
    {
        if (data.isEmpty())
            return true;
        response.bytesReceived += data.size();
        const bool streaming =
            (m_request.onData || m_request.sink) && response.status >= 200 && response.status < 300;
        if (streaming) {
            if ((m_request.onData && !m_request.onData(data)) ||
                (m_request.sink &&
                 m_request.sink->write(data.data(), data.size()) != data.size())) {
                response.sinkFailed = true;
                m_failed = true;
                return false;
            }
            return true;
        }
        if (response.body.size() + data.size() > m_request.maxBodySize) {
            response.bodyTooLarge = true;
            m_failed = true;
            return false;
        }
        response.body.append(data);
        return true;
    }

    const HttpRequest &m_request;
    const CancelToken &m_cancel;
    const qint64 m_bodySize;
    const qint64 m_deviceStart;
    QByteArray m_method;
    QByteArray m_head;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_ssl = nullptr;
    HttpResponse *m_response = nullptr;
    QEventLoop *m_loop = nullptr;
    QByteArray m_scratch;
    qint64 m_bodySent = 0; // body bytes handed to the socket
    qint64 m_written = 0;  // bytes the socket reports written, head included
    qint64 m_received = 0;
    bool m_failed = false;
    bool m_bodyEndedEarly = false;

    QByteArray m_in;
    Phase m_phase = Phase::Status;
    BodyMode m_bodyMode = BodyMode::None;
    ChunkPhase m_chunkPhase = ChunkPhase::Size;
    qint64 m_remaining = 0;
    int m_status = 0;
    QByteArray m_reason;
    HttpHeaders m_headers;
    bool m_http10 = false;
    bool m_keepAlive = false;
};

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
    static void readStatus(QNetworkReply *reply, HttpResponse &response)
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

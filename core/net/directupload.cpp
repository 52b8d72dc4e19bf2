// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "directupload.h"

#include "httputil.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadStorage>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace rca {

namespace {

// DirectUpload keeps at most this much queued in the socket, written in slices of kDirectSlice:
// large enough that the kernel never waits for us, small enough to keep memory flat.
constexpr qint64 kDirectWindow = 2 * 1024 * 1024;
constexpr qint64 kDirectSlice = 512 * 1024;

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

} // namespace

DirectUpload::DirectUpload(const HttpRequest &request, const CancelToken &cancel, qint64 bodySize)
    : m_request(request)
    , m_cancel(cancel)
    , m_bodySize(bodySize)
    , m_deviceStart(request.bodyDevice ? request.bodyDevice->pos() : 0)
{}

bool DirectUpload::applies(QNetworkAccessManager *manager, const QUrl &url)
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

HttpResponse DirectUpload::run(const QByteArray &method, const QUrl &url,
                               const HttpHeaders &headers)
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
    if (m_request.sendOnce) {
        // Never twice: after a failure the caller learns whether all of it went out, and
        // finds out itself whether the server acted on it.
        response.requestSent = m_written >= m_head.size() + m_bodySize;
        return response;
    }
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

HttpResponse DirectUpload::attempt(std::unique_ptr<QTcpSocket> socket, const QUrl &url,
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
                           QCoreApplication::translate("rca::HttpClient",
                                                       "the server sent an invalid HTTP response"));
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
            finishWith(
                QNetworkReply::OperationCanceledError,
                QCoreApplication::translate("rca::HttpClient", "the request took longer than %1 ms")
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
            m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
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

QByteArray DirectUpload::requestHead(const QUrl &url, const HttpHeaders &headers) const
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
    head +=
        "Content-Length: " + QByteArray::number(m_bodySize) + "\r\nConnection: keep-alive\r\n\r\n";
    return head;
}

// Keeps up to kDirectWindow of the body queued in the socket.
void DirectUpload::pump()
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
bool DirectUpload::parse(HttpResponse &response)
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

bool DirectUpload::headersDone(HttpResponse &response)
{
    response.status = m_status;
    response.reason = m_reason;
    response.headers = m_headers;
    if (m_request.onHead)
        m_request.onHead(response);
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

bool DirectUpload::body(HttpResponse &response)
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

// The same rules as Exchange::drain (httpclient.cpp): a 2xx body streams to onData/sink when set,
// any other body is collected up to maxBodySize.
bool DirectUpload::deliver(HttpResponse &response, QByteArrayView data)
{
    if (data.isEmpty())
        return true;
    response.bytesReceived += data.size();
    const bool streaming =
        (m_request.onData || m_request.sink) && response.status >= 200 && response.status < 300;
    if (streaming) {
        if ((m_request.onData && !m_request.onData(data)) ||
            (m_request.sink && m_request.sink->write(data.data(), data.size()) != data.size())) {
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

} // namespace rca

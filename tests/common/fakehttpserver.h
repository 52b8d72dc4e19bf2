// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeHttpServer: a minimal HTTP/1.1 server on 127.0.0.1 (QTcpServer, or QSslServer for
// HTTPS) for tests that must control every byte: hanging, dripping, truncated and dropped
// responses, Retry-After headers. Test thread only. Header-only.
#pragma once

#include "net/httpclient.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace rca::test {

struct Received
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        return std::any_of(headers.begin(), headers.end(), [name](const auto &h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
};

// A minimal HTTP/1.1 server: parses requests (with Content-Length bodies, keep-alive) and hands
// them to a handler per path, which writes whatever it likes to the socket.
class FakeHttpServer : public QObject
{
public:
    using Handler = std::function<void(const Received &, QTcpSocket *)>;

    // tls: a QSslServer with the certificate and key given (HTTPS).
    explicit FakeHttpServer(const QSslConfiguration &tls = {})
        : m_owned(makeServer(tls))
    {
        auto accept = [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { process(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                process(socket); // a TLS client may have sent its request with the handshake
            }
        };
        connect(&m_server, &QTcpServer::newConnection, this, accept);
        // QSslServer hands a connection over only after the handshake.
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, accept);
    }

    quint16 listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("test server cannot listen");
        return m_server.serverPort();
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &pathAndQuery, const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(pathAndQuery));
    }
    void route(const QString &path, Handler handler) { m_routes.insert(path, std::move(handler)); }

    QList<Received> received;
    int connections = 0;
    // A request to this path is cut off (connection aborted) once this many bytes arrived.
    QHash<QString, qint64> dropAfter;

    // Closes every connection, as a server does with idle keep-alive connections.
    void closeAll()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->disconnectFromHost();
        }
        m_sockets.clear();
    }

    static void reply(QTcpSocket *socket, int status, const QByteArray &body = {},
                      const HttpHeaders &headers = {}, const QByteArray &reason = "Status")
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : headers) {
            out += name + ": " + value + "\r\n";
            hasLength |= name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        if (!hasLength)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        socket->write(out);
    }
    static void replyJson(QTcpSocket *socket, int status, const QByteArray &json,
                          HttpHeaders headers = {})
    {
        headers.append(std::pair(QByteArray("Content-Type"), QByteArray("application/json")));
        reply(socket, status, json, headers);
    }

private:
    void process(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            Received request;
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            request.method = first.value(0);
            request.url = QUrl::fromEncoded(first.value(1));
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            const auto drop = dropAfter.constFind(request.url.path());
            if (drop != dropAfter.cend() && buffer.size() >= end + 4 + *drop) {
                buffer.clear();
                socket->abort();
                return;
            }
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            received.append(request);
            const auto handler = m_routes.value(request.url.path());
            if (handler)
                handler(request, socket);
            else
                reply(socket, 404, "not found");
        }
    }

    static std::unique_ptr<QTcpServer> makeServer(const QSslConfiguration &tls)
    {
        if (tls.isNull())
            return std::make_unique<QTcpServer>();
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(tls);
        return ssl;
    }

    std::unique_ptr<QTcpServer> m_owned;
    QTcpServer &m_server = *m_owned;
    QHash<QString, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace rca::test

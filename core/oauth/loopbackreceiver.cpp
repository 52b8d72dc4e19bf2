// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loopbackreceiver.h"

#include "version.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcLoopback, "rcarchiver.core.oauth", QtInfoMsg)

constexpr qint64 kMaxRequestHead = 16 * 1024;
constexpr int kIdleConnectionMs = 30 * 1000;
constexpr int kFlushMs = 500;

QByteArray page(const QString &title, const QString &heading, const QString &text)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1</title><style>body{font-family:system-ui,sans-serif;margin:4em auto;"
        "max-width:36em;padding:0 1em;color:#222}h1{font-size:1.4em}</style></head>"
        "<body><h1>%2</h1><p>%3</p></body></html>\n");
    return html.arg(title.toHtmlEscaped(), heading.toHtmlEscaped(), text.toHtmlEscaped()).toUtf8();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

Error LoopbackReceiver::listen(quint16 port, const QString &path, const QString &settingName)
{
    m_path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    m_done = false;
    if (m_server->isListening())
        m_server->close();
    // 127.0.0.1 only: nothing on the network may answer in the browser's place.
    if (m_server->listen(QHostAddress(QHostAddress::LocalHost), port))
        return {};
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        return Error::source(tr("Port %1 on 127.0.0.1 is in use; close the program "
                                "using it or change %2.")
                                 .arg(port)
                                 .arg(settingName));
    }
    return Error::source(tr("Could not listen on 127.0.0.1 port %1 for the sign-in answer: %2.")
                             .arg(port)
                             .arg(m_server->errorString()));
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

void LoopbackReceiver::close()
{
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        // An answered socket is already closing: its page must still reach the browser.
        if (socket->state() != QAbstractSocket::UnconnectedState && socket->bytesToWrite() > 0)
            socket->waitForBytesWritten(kFlushMs);
    }
    m_server->close();
}

QByteArray LoopbackReceiver::successPage(const QString &appName)
{
    return page(tr("Signed in"), tr("Signed in"),
                tr("You can close this tab and return to %1.").arg(appName));
}

QByteArray LoopbackReceiver::errorPage(const QString &message)
{
    return page(tr("Sign-in did not complete"), tr("Sign-in did not complete"),
                tr("%1 You can close this tab and return to %2.")
                    .arg(message, QStringLiteral(RCA_APP_NAME)));
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // The socket is a child of the server; it is deleted once the browser hangs up.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Browsers open speculative connections that never send anything.
        QTimer::singleShot(kIdleConnectionMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("rcaAnswered").toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray head = socket->peek(kMaxRequestHead + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxRequestHead)
            respond(socket, 431, "Request Header Fields Too Large", errorPage(QString()));
        return;
    }
    socket->read(end + 4); // a GET has no body worth reading
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", errorPage(tr("The request was not understood.")));
        return;
    }
    const QUrl target = QUrl::fromEncoded(parts.at(1));
    if (target.path() != m_path) {
        respond(socket, 404, "Not Found", page(tr("Not found"), tr("Not found"), QString()));
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed",
                errorPage(tr("The request was not understood.")));
        return;
    }
    if (m_done) {
        respond(socket, 409, "Conflict", errorPage(tr("This sign-in attempt has already ended.")));
        return;
    }

    // Providers form-encode the query: a literal plus is %2B, so + is a space.
    QByteArray rawQuery = target.query(QUrl::FullyEncoded).toUtf8();
    rawQuery.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(rawQuery));

    Verdict verdict;
    if (m_judge) {
        verdict = m_judge(query);
    } else {
        verdict.accepted = query.hasQueryItem(QStringLiteral("code")) &&
                           !query.hasQueryItem(QStringLiteral("error"));
        if (!verdict.accepted)
            verdict.message = tr("The sign-in answer carried no authorization.");
    }
    m_done = true;
    qCDebug(lcLoopback) << "sign-in callback received on port" << port()
                        << (verdict.accepted ? "accepted" : "refused");
    if (verdict.accepted)
        respond(socket, 200, "OK", successPage(QStringLiteral(RCA_APP_NAME)));
    else
        respond(socket, 400, "Bad Request", errorPage(verdict.message));
    emit callbackReceived(query, verdict.accepted);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                               const QByteArray &html)
{
    socket->setProperty("rcaAnswered", true);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "Connection: close\r\n\r\n";
    response += html;
    socket->write(response);
    socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace rca

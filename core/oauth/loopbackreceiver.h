// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// LoopbackReceiver: the tiny web server that receives the browser's redirect at the end of an
// OAuth sign-in. It listens on 127.0.0.1 only, answers one GET of the redirect path with a
// friendly page (success or the error), answers anything else (e.g. /favicon.ico) with 404 and
// keeps waiting. Lives in, and is used from, the thread that created it; that thread must run
// an event loop (OAuthFlow runs a local one) while a browser is expected.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace rca {

class RCACORE_EXPORT LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    // What the browser is shown for a callback: accepted → "you can close this tab",
    // otherwise an error page with message.
    struct Verdict
    {
        bool accepted = false;
        QString message;
    };
    // Judges a callback's query (e.g. checks state). Without one, a query with `code` and no
    // `error` is accepted.
    using Judge = std::function<Verdict(const QUrlQuery &query)>;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on 127.0.0.1:port (0 = any free port) for GET <path>. settingName names the
    // setting that chooses the port, for the "port in use" message.
    Error listen(quint16 port, const QString &path,
                 const QString &settingName = QStringLiteral("oauth.redirectPort"));
    bool isListening() const;
    quint16 port() const;
    QString path() const { return m_path; }
    void setJudge(Judge judge) { m_judge = std::move(judge); }
    // Stops listening; pages already answered are flushed first (briefly).
    void close();

    static QByteArray successPage(const QString &appName);
    static QByteArray errorPage(const QString &message);

signals:
    // Emitted once, after the browser was answered, for the first GET of the path.
    void callbackReceived(const QUrlQuery &query, bool accepted);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QTcpServer *m_server = nullptr; // child
    QString m_path;
    Judge m_judge;
    bool m_done = false;
};

} // namespace rca

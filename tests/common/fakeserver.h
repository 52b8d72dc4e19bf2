// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeServer: one of the provider fakes in tests/fakes (a Python script) run as a child process
// on a free port of 127.0.0.1, and its /__fake control API. Test thread only. Header-only.
#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace rca::test {

class FakeServer
{
public:
    ~FakeServer() { stop(); }

    // Starts `python3 script --port 0 arguments…` and waits for its "LISTENING <url>" line.
    bool start(const QString &script, const QStringList &arguments = {})
    {
        m_process.setProgram(QStringLiteral("python3"));
        m_process.setArguments(QStringList{script, QStringLiteral("--port"), QStringLiteral("0")} +
                               arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        const QRegularExpression listening(QStringLiteral("LISTENING (http://\\S+)"));
        QByteArray seen;
        for (int i = 0; i < 100 && m_url.isEmpty(); ++i) {
            m_process.waitForReadyRead(200);
            seen += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch())
                m_url = match.captured(1);
        }
        return !m_url.isEmpty();
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    QString url() const { return m_url; }

    // A control API call: a JSON body for anything but GET; the JSON answer.
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private:
    QProcess m_process;
    QString m_url;
    QNetworkAccessManager m_network;
};

} // namespace rca::test

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeRingCentral: starts tests/fakes/ringcentral/fake_ringcentral.py as a subprocess on a free
// port, talks to its /__fake control API, and signs in through RingCentralAccount::connect with
// a "browser" that follows the authorize redirect into the loopback listener. Also an in-memory
// SecretStore and a ByteSink that collects bytes. Test thread only. Header-only.
#pragma once

#include "archive/archivesource.h"
#include "memorysecretstore.h"
#include "net/httpclient.h"
#include "redirectbrowser.h"
#include "ringcentral/ringcentralaccount.h"
#include "ringcentral/ringcentralconfig.h"
#include "secrets/secretstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>

#include <memory>

namespace rca::test {

class MemorySink : public ByteSink
{
public:
    Error write(const char *bytes, qint64 size) override
    {
        data.append(bytes, size);
        return {};
    }
    qint64 bytesWritten() const override { return data.size(); }
    QByteArray sha256Hex() const
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }
    QByteArray data;
};

class FakeRingCentral
{
public:
    static constexpr const char *ClientId = "rca-test-client";

    ~FakeRingCentral() { stop(); }

    // Starts the fake with these extra options; false (and the reason in lastError) on failure.
    bool start(const QStringList &options = {})
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral("python3"),
                         QStringList{QStringLiteral(RCA_SOURCE_DIR
                                                    "/tests/fakes/ringcentral/fake_ringcentral.py"),
                                     QStringLiteral("--port"), QStringLiteral("0")} +
                             options);
        if (!m_process->waitForStarted(10000)) {
            lastError = m_process->errorString();
            return false;
        }
        QByteArray buffer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            if (!m_process->canReadLine())
                m_process->waitForReadyRead(200);
            while (m_process->canReadLine()) {
                const QByteArray line = m_process->readLine().trimmed();
                if (line.startsWith("LISTENING ")) {
                    m_url = QUrl(QString::fromLatin1(line.mid(10)));
                    return true;
                }
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
        lastError = QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }

    QUrl url() const { return m_url; }

    // A control request; the answer's JSON object (empty on failure).
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        int *status = nullptr)
    {
        HttpRequest request;
        request.method = method;
        request.url = m_url.resolved(QUrl(path));
        if (method != "GET" && method != "DELETE") {
            request.setHeader("Content-Type", "application/json");
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        const HttpResponse response = HttpClient().send(request);
        if (status)
            *status = response.status;
        return QJsonDocument::fromJson(response.body).object();
    }
    QJsonObject get(const QString &path) { return control("GET", path); }
    QJsonObject post(const QString &path, const QJsonObject &body = {})
    {
        return control("POST", path, body);
    }
    QJsonObject addFault(const QJsonObject &rule)
    {
        return post(QStringLiteral("/__fake/faults"), rule);
    }
    QJsonArray requests(const QString &pathRegex)
    {
        return get(QStringLiteral("/__fake/requests?path_regex=%1")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(pathRegex))))
            .value(u"requests")
            .toArray();
    }

    RingCentralConfig config() const
    {
        RingCentralConfig config;
        config.serverUrl = m_url;
        config.mediaUrl = m_url;
        config.clientId = QString::fromLatin1(ClientId);
        config.redirectPort = freePort();
        return config;
    }

    // A browser that follows the authorize redirect into the app's loopback listener. The GET
    // runs in the event loop of OAuthFlow::run().
    OAuthFlow::BrowserOpener browser() { return m_browser.opener(); }

    // Signs in through RingCentralAccount::connect; the settings for RingCentralSource.
    Error signIn(SecretStore *secrets, const QString &secretKey, QJsonObject *settings)
    {
        return RingCentralAccount::connect(config(), secrets, secretKey, browser(), CancelToken(),
                                           settings);
    }

    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    QString lastError;

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    RedirectBrowser m_browser;
};

} // namespace rca::test

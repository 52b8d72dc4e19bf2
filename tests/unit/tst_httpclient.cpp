// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HttpClient against a real HTTP server on 127.0.0.1 (a small QTcpServer-based one, so the test
// controls every byte: hanging, dripping, truncated and huge responses).
#include "fakehttpserver.h"
#include "net/httpclient.h"

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace rca;

namespace {

using test::FakeHttpServer;
using test::Received;

// A self-signed certificate for 127.0.0.1 and localhost (valid until 2126), for the HTTPS test.
const char TestCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                               "MIIDJzCCAg+gAwIBAgIUElnoTaf0t/i5/rCHh5hl+LPPujQwDQYJKoZIhvcNAQEL\n"
                               "BQAwFDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNTE2MjI1MFoYDzIxMjYx\n"
                               "MTAxMTYyMjUwWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwggEiMA0GCSqGSIb3DQEB\n"
                               "AQUAA4IBDwAwggEKAoIBAQCqNe+7+SyhFjpry1yfbc1+Y/VOZ/Q090ihJou962Mq\n"
                               "N7vDl4GTXjAmY+4KIcrulTjQbSKd9QuEESOTK0rk9GTw9zUssoqvhTHUiYDmkCY7\n"
                               "KwfA2drxehXkPZ7/ybBTgRFTazPs88DCxhY6DapMVTO+m2R9hsc7TEDAqN7GVZxY\n"
                               "A3KBkr0vHeVGxfh8VFOqkzrglRuopKoZictZkZup4Y+ylzcQZ/QMVGCpLJ49IhfP\n"
                               "VHdHa0lT6WVC9YxVQLZNb06bHpM20H0C4KuOhTR1X04wl5PX6VX1LUrjpsGDIafT\n"
                               "jamL6DZ5BQaj7BgTwA1ilJALoPKugNkv0+nXaKmdHMq7AgMBAAGjbzBtMB0GA1Ud\n"
                               "DgQWBBSAHaMjqOyU1U9BSCpAvoMvDWYHJTAfBgNVHSMEGDAWgBSAHaMjqOyU1U9B\n"
                               "SCpAvoMvDWYHJTAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGHBH8AAAGCCWxv\n"
                               "Y2FsaG9zdDANBgkqhkiG9w0BAQsFAAOCAQEAehgrqNjS9JiwPD+aQv2k6pTP2kKJ\n"
                               "DmK/3urMXZqeiJPe0lzD8YLPrz91/wa62IhwvH/K2jKhEL/OhZBPUjT7izpWAVEb\n"
                               "vLTK5oP1ZtRnqLoBCVJ3i+Wk9ViZUdqGEmK5F/V22ByStPHgd4GMCh1T78PdERqd\n"
                               "ahB4zJBoyzRbnu1kKBfi3u73W4v5niIjO5PclyewtXFosh2tmVNMbwltoJbdm2Qq\n"
                               "9wDNcAmCuaxXnBhR0NxVgxCOjIdmDffuw768EpEGgTXqixeI++PlWoGE6EnEhI5W\n"
                               "iaZyIJV2Jw1Ku9G26jLBQe/WLwM0d8RVtIyCQ9k02pdgooLjdurBiviu/Q==\n"
                               "-----END CERTIFICATE-----\n";
const char TestKey[] = "-----BEGIN PRIVATE KEY-----\n"
                       "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCqNe+7+SyhFjpr\n"
                       "y1yfbc1+Y/VOZ/Q090ihJou962MqN7vDl4GTXjAmY+4KIcrulTjQbSKd9QuEESOT\n"
                       "K0rk9GTw9zUssoqvhTHUiYDmkCY7KwfA2drxehXkPZ7/ybBTgRFTazPs88DCxhY6\n"
                       "DapMVTO+m2R9hsc7TEDAqN7GVZxYA3KBkr0vHeVGxfh8VFOqkzrglRuopKoZictZ\n"
                       "kZup4Y+ylzcQZ/QMVGCpLJ49IhfPVHdHa0lT6WVC9YxVQLZNb06bHpM20H0C4KuO\n"
                       "hTR1X04wl5PX6VX1LUrjpsGDIafTjamL6DZ5BQaj7BgTwA1ilJALoPKugNkv0+nX\n"
                       "aKmdHMq7AgMBAAECggEABf4zLC+oSh2xveThpH1lvFsBopqXZxwD0yS7y9qTWcOv\n"
                       "mUHm3oz07g0brwCkmATqBLCrBNvBZYuC8KYYE3qlaTSTCzlYF7j9Wanjv3p41iF8\n"
                       "OuaQxmrRhYFD7WapDi+fsAu4vtGQSmtWEgI0Kk7frQjkn2TU8/oJ1566hUozYIfj\n"
                       "1zvxUicAw/ltHpFEdepE7TLbSewH4FCGTBPg9rzSG/Oykpjzb+vyRo0i0bjypPBN\n"
                       "hIQq77Hh6wYCdF9XNhd07PbG4gfgCUCqxu2pRdbJq8QCzuGOqXZQZDnRFzXLjstx\n"
                       "xyt8mmQ/VsJlAC/dgtL7C50zGC452tP0QLrYCTMNcQKBgQDT0UY2fuu541cFdB55\n"
                       "I8MBxCNN21ebf+W2uAdRzZ+JKXASUPC0Lsi2sx4SqtQHshGiLQBBForVLb57eo3I\n"
                       "9e/WPJ6Pat528cS94eCL0kNB7FTok0FAZcenYgkuql/D+JXbZ1KvzVsbMNQ1tBQM\n"
                       "AeAuFCvhnvpSg1qrjdcgYoU10QKBgQDNtuyN//u0rq/I7hiPyVp5oLZP9lB2kg1o\n"
                       "fgTgHoO4dRf/RaXz1BKovbUyAEZeAjJq84McqxyYTZT7LZiDdGE8hkAg/vNKyBYZ\n"
                       "w3Lg8MM8vhxUheffFc5+5A3P+RwctBUWBWE9593e6Y3XxQhmCYEyeQLUAANxiH5y\n"
                       "2o9Jp2q+ywKBgQCzaphmoKtbEU4suGb3hWswm8qrsBdNB9C0LL1GdT2lGQxs91Jr\n"
                       "zRUGbEIU3c4rlpGJJUUJ3OZMHCs0vGJMzsUQWtiT8pntdmyHykRBKyD9PgnN1q12\n"
                       "tr+e8FOGy5nCjVWiOqq3buK07W9S7e3tHcmePkfNHLQ8IDc1CTgnnkvngQKBgFIh\n"
                       "9LSFPcPX8wswNNJDvEHPbrriRyHwEjZkCiJJTKH67kfXUPjW9VQ12gBKp82k5uhY\n"
                       "rUJm9xW/8/mNLNVfQ+tcVoJWCGEVHe3PYTB6MBkydjEw/XDOThHPj8w3U4gKRljy\n"
                       "cO68gpMbgKxjWIUUymaSdhSapMVRj9rfdFId67qdAoGAEXmW7EMRII+4GwIIGmOf\n"
                       "UfFg12SZi5kUNzYB0uJkUq/647iBe0pO9jUJaL7vR7svcOqr/ax9csVM77hgxvXo\n"
                       "KGsy3h2Kg/f7Vbu+XKAByLwbUBNj7HPVL7Ev2r62/6tnlIc5sCyN4s0npHBRs8UA\n"
                       "DTn0LB0LvXCrI2WxbZY5Ktg=\n"
                       "-----END PRIVATE KEY-----\n";

// Writes size bytes after the headers, a chunk whenever the socket has drained, so the server
// never holds the whole body either.
void streamBody(QTcpSocket *socket, qint64 size)
{
    FakeHttpServer::reply(socket, 200, {},
                          {{"Content-Length", QByteArray::number(size)},
                           {"Content-Type", "application/octet-stream"}});
    auto remaining = std::make_shared<qint64>(size);
    auto pump = [socket, remaining] {
        static const QByteArray chunk(256 * 1024, 'x');
        while (*remaining > 0 && socket->bytesToWrite() < 1024 * 1024) {
            const qint64 n = std::min<qint64>(*remaining, chunk.size());
            socket->write(chunk.constData(), n);
            *remaining -= n;
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.listen();
        m_other.listen();

        m_server.route(QStringLiteral("/json"), [](const Received &, QTcpSocket *s) {
            FakeHttpServer::replyJson(s, 200, R"({"ok":true,"name":"Zoë"})");
        });
        m_server.route(QStringLiteral("/echo"), [](const Received &r, QTcpSocket *s) {
            QJsonObject json{
                {QStringLiteral("method"), QString::fromLatin1(r.method)},
                {QStringLiteral("authorization"), QString::fromLatin1(r.header("Authorization"))},
                {QStringLiteral("body"), QString::fromLatin1(r.body)}};
            FakeHttpServer::replyJson(s, 200, QJsonDocument(json).toJson(QJsonDocument::Compact));
        });
        m_server.route(QStringLiteral("/big"), [](const Received &r, QTcpSocket *s) {
            streamBody(s, QUrlQuery(r.url).queryItemValue(QStringLiteral("size")).toLongLong());
        });
        m_server.route(QStringLiteral("/status"), [](const Received &r, QTcpSocket *s) {
            const QUrlQuery q(r.url);
            HttpHeaders headers;
            if (q.hasQueryItem(QStringLiteral("retryAfter")))
                headers.append({"Retry-After",
                                q.queryItemValue(QStringLiteral("retryAfter"), QUrl::FullyDecoded)
                                    .toLatin1()});
            FakeHttpServer::replyJson(s, q.queryItemValue(QStringLiteral("code")).toInt(),
                                      R"({"error":"some_error"})", headers);
        });
        m_server.route(QStringLiteral("/hang"), [](const Received &, QTcpSocket *) {});
        m_server.route(QStringLiteral("/drip"), [](const Received &, QTcpSocket *s) {
            FakeHttpServer::reply(s, 200, {}, {{"Content-Length", "100000"}});
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write("x"); });
            timer->start(50);
        });
        m_server.route(QStringLiteral("/truncated-json"), [](const Received &, QTcpSocket *s) {
            FakeHttpServer::replyJson(s, 200, R"({"records":[{"id":"1"},{"id":)");
        });
        m_server.route(QStringLiteral("/cut"), [](const Received &, QTcpSocket *s) {
            FakeHttpServer::reply(s, 200, R"({"records":)", {{"Content-Length", "1000"}});
            s->flush();
            s->disconnectFromHost();
        });
        m_server.route(QStringLiteral("/redirect"), [this](const Received &r, QTcpSocket *s) {
            const QUrlQuery q(r.url);
            const QString to = q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
            const int code = q.queryItemValue(QStringLiteral("code")).toInt();
            QByteArray location = to.toUtf8();
            if (to == QLatin1String("other"))
                location =
                    m_other.url(QStringLiteral("/echo"), QStringLiteral("localhost")).toEncoded();
            FakeHttpServer::reply(s, code ? code : 302, {}, {{"Location", location}});
        });
        m_server.route(QStringLiteral("/upload"), [](const Received &r, QTcpSocket *s) {
            FakeHttpServer::replyJson(s, 200,
                                      QByteArray(R"({"size":)") +
                                          QByteArray::number(r.body.size()) +
                                          ",\"xs\":" + QByteArray::number(r.body.count('x')) + "}");
        });
        m_server.route(QStringLiteral("/upload-chunked"), [](const Received &r, QTcpSocket *s) {
            const QByteArray json = R"({"size":)" + QByteArray::number(r.body.size()) + "}";
            QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n";
            for (qsizetype i = 0; i < json.size(); i += 3) {
                const QByteArray piece = json.mid(i, 3);
                out += QByteArray::number(piece.size(), 16) + ";ext=1\r\n" + piece + "\r\n";
            }
            s->write(out + "0\r\nX-Trailer: 1\r\n\r\n");
        });
        m_server.route(QStringLiteral("/upload-close"), [](const Received &r, QTcpSocket *s) {
            s->write("HTTP/1.1 201 Created\r\nConnection: close\r\n\r\n{\"size\":" +
                     QByteArray::number(r.body.size()) + "}");
            s->disconnectFromHost();
        });
        m_server.route(QStringLiteral("/resume"), [](const Received &, QTcpSocket *s) {
            FakeHttpServer::reply(s, 308, {}, {{"Range", "bytes=0-262143"}});
        });
        m_other.route(QStringLiteral("/echo"), [](const Received &r, QTcpSocket *s) {
            FakeHttpServer::replyJson(s, 200, R"({"where":"other"})");
            Q_UNUSED(r);
        });
    }

    void init()
    {
        m_server.received.clear();
        m_other.received.clear();
    }

    void getJson()
    {
        HttpClient client;
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/json"));
        const HttpResponse response = client.send(request);
        QVERIFY(response.isSuccess());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(response.header("CONTENT-TYPE"), QByteArray("application/json"));
        QVERIFY(!response.error());
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(response.bytesReceived, response.body.size());
        QVERIFY(m_server.received.first().header("User-Agent").startsWith("RC-Archiver/"));
    }

    void relativeToBaseUrl()
    {
        HttpClient client(m_server.url(QStringLiteral("/")));
        client.setDefaultHeader("X-Test", "1");
        HttpRequest request;
        request.url = QUrl(QStringLiteral("json"));
        const HttpResponse response = client.send(request);
        QVERIFY(response.isSuccess());
        QCOMPARE(response.url, m_server.url(QStringLiteral("/json")));
        QCOMPARE(m_server.received.last().header("X-Test"), QByteArray("1"));
    }

    void streamsLargeDownloadWithoutHoldingIt()
    {
        const qint64 size = 64LL * 1024 * 1024 + 123;
        HttpClient client;
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/big?size=%1").arg(size));
        request.maxBodySize = 1024; // would fail if the body were collected
        qint64 counted = 0;
        qint64 largestChunk = 0;
        int chunks = 0;
        request.onData = [&](QByteArrayView chunk) {
            counted += chunk.size();
            largestChunk = std::max<qint64>(largestChunk, chunk.size());
            ++chunks;
            return true;
        };
        const HttpResponse response = client.send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QCOMPARE(counted, size);
        QCOMPARE(response.bytesReceived, size);
        QVERIFY(response.body.isEmpty());
        QVERIFY(chunks > 64);
        QVERIFY(largestChunk <= 256 * 1024);
    }

    void streamsToDevice()
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/big?size=300000"));
        request.sink = &sink;
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(response.isSuccess());
        QCOMPARE(sink.data().size(), 300000);
        QVERIFY(response.body.isEmpty());
    }

    void errorBodyIsCollectedNotStreamed()
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/status?code=404"));
        request.sink = &sink;
        const HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.status, 404);
        QVERIFY(sink.data().isEmpty());
        QCOMPARE(response.body, QByteArray(R"({"error":"some_error"})"));
        QCOMPARE(response.error().kind(), Error::Kind::ItemPermanent);
    }

    void sinkRefusalStops()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/big?size=5000000"));
        qint64 counted = 0;
        request.onData = [&](QByteArrayView chunk) {
            counted += chunk.size();
            return counted < 500000;
        };
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(response.sinkFailed);
        QVERIFY(!response.isSuccess());
        QVERIFY(counted < 5000000);
        QCOMPARE(response.error().kind(), Error::Kind::StorageFailure);
    }

    void bodyLargerThanAllowed()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/big?size=2000000"));
        request.maxBodySize = 100000;
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(response.bodyTooLarge);
        QVERIFY(response.body.size() <= 100000);
        QCOMPARE(response.error().kind(), Error::Kind::SourceFailure);
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expectedRetryAfter");
        QTest::newRow("200") << 200 << QString() << int(Error::Kind::None) << -1;
        QTest::newRow("429 seconds")
            << 429 << QStringLiteral("7") << int(Error::Kind::Transient) << 7;
        QTest::newRow("429 without") << 429 << QString() << int(Error::Kind::Transient) << -1;
        QTest::newRow("503") << 503 << QStringLiteral("60") << int(Error::Kind::Transient) << 60;
        QTest::newRow("500") << 500 << QString() << int(Error::Kind::Transient) << -1;
        QTest::newRow("408") << 408 << QString() << int(Error::Kind::Transient) << -1;
        QTest::newRow("401") << 401 << QString() << int(Error::Kind::Reconnect) << -1;
        QTest::newRow("403") << 403 << QString() << int(Error::Kind::ItemPermanent) << -1;
        QTest::newRow("404") << 404 << QString() << int(Error::Kind::ItemPermanent) << -1;
    }

    void classification()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(int, kind);
        QFETCH(int, expectedRetryAfter);
        QString path = QStringLiteral("/status?code=%1").arg(status);
        if (!retryAfter.isEmpty())
            path += QStringLiteral("&retryAfter=") + retryAfter;
        HttpRequest request;
        request.url = m_server.url(path);
        const HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.status, status);
        const Error error = response.error(QStringLiteral("Listing the call log"));
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.retryAfterSeconds(), expectedRetryAfter);
        if (error)
            QVERIFY(error.message().startsWith(QStringLiteral("Listing the call log")));
    }

    void retryAfterHttpDate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime later = now.addSecs(120);
        const QString date =
            QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/status?code=503&retryAfter=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(date)));
        const HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.header("Retry-After"), date.toLatin1());
        const int seconds = response.retryAfterSeconds(now);
        QVERIFY2(seconds >= 119 && seconds <= 120, QByteArray::number(seconds));
        QCOMPARE(response.error().kind(), Error::Kind::Transient);
    }

    void parseRetryAfterForms()
    {
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 48, 37), QTimeZone::utc());
        QCOMPARE(HttpClient::parseRetryAfter("120", now), 120);
        QCOMPARE(HttpClient::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(HttpClient::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now), 60);
        QCOMPARE(HttpClient::parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now), 60);
        QCOMPARE(HttpClient::parseRetryAfter("Sun Nov  6 08:49:37 1994", now), 60);
        QCOMPARE(HttpClient::parseRetryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now), 0); // past
        QCOMPARE(HttpClient::parseRetryAfter("", now), -1);
        QCOMPARE(HttpClient::parseRetryAfter("soon", now), -1);
        QCOMPARE(HttpClient::parseRetryAfter("-5", now), -1);
    }

    void transferTimeout()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/hang"));
        request.transferTimeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(response.timedOut);
        QVERIFY(!response.cancelled);
        QCOMPARE(response.error().kind(), Error::Kind::Transient);
    }

    void totalTimeoutWhileDataDrips()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/drip"));
        request.transferTimeoutMs = 1000; // never reached: a byte arrives every 50 ms
        request.totalTimeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(response.timedOut);
        QCOMPARE(response.error().kind(), Error::Kind::Transient);
    }

    void cancelWhileWaiting()
    {
        CancelToken cancel;
        QTimer::singleShot(200, [cancel] { cancel.cancel(); });
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/hang"));
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = HttpClient().send(request, cancel);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(response.cancelled);
        QVERIFY(!response.timedOut);
        QCOMPARE(response.error().kind(), Error::Kind::Cancelled);
    }

    void cancelFromAnotherThreadDuringDownload()
    {
        CancelToken cancel;
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/drip"));
        std::unique_ptr<QThread> canceller(QThread::create([cancel] {
            QThread::msleep(200);
            cancel.cancel();
        }));
        canceller->start();
        const HttpResponse response = HttpClient().send(request, cancel);
        canceller->wait();
        QVERIFY(response.cancelled);
        QVERIFY(response.bytesReceived < 100000);
    }

    void alreadyCancelledSendsNothing()
    {
        CancelToken cancel;
        cancel.cancel();
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/json"));
        const HttpResponse response = HttpClient().send(request, cancel);
        QVERIFY(response.cancelled);
        QVERIFY(m_server.received.isEmpty());
    }

    void truncatedJsonIsACleanError()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/truncated-json"));
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(response.isSuccess());
        QJsonObject json;
        const Error error = response.json(&json, QStringLiteral("The call log page"));
        QCOMPARE(error.kind(), Error::Kind::SourceFailure);
        QVERIFY(error.message().startsWith(QStringLiteral("The call log page was not valid JSON")));
        QVERIFY(json.isEmpty());

        QVERIFY(HttpClient::parseJsonObject("", &json));
        QVERIFY(HttpClient::parseJsonObject("[1,2]", &json));
        QVERIFY(HttpClient::parseJsonObject("{\"a\":1} trailing", &json));
        QVERIFY(!HttpClient::parseJsonObject("{\"a\":1}", &json));
        QCOMPARE(json.value(QStringLiteral("a")).toInt(), 1);
    }

    void connectionCutMidBodyIsTransient()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/cut"));
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(!response.isSuccess());
        QVERIFY(response.transportFailed());
        QCOMPARE(response.error().kind(), Error::Kind::Transient);
    }

    // The body-length check (a reply Qt ends early is a dropped connection) leaves HEAD alone:
    // its Content-Length describes a body that is never sent.
    void headHasNoBodyToFallShort()
    {
        HttpRequest head;
        head.method = "HEAD";
        head.url = m_server.url(QStringLiteral("/json"));
        const HttpResponse response = HttpClient().send(head);
        QVERIFY2(response.isSuccess(), qPrintable(response.networkErrorString));
        QCOMPARE(response.bytesReceived, 0);
    }

    void connectionRefusedIsTransient()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort));
        const HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.networkError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(response.error().kind(), Error::Kind::Transient);
    }

    // Qt sends a request again by itself when its connection closes before the answer, POST
    // included (Qt 6.4): harmless for a GET, but a single-use refresh token that the server
    // acted on would be spent a second time. sendOnce sends it once, on a connection of its
    // own that closes after it, and says whether the request went out.
    void sendOnceIsNeverSentAgain()
    {
        int seen = 0;
        m_server.route(QStringLiteral("/spend"), [&seen](const Received &, QTcpSocket *s) {
            if (++seen == 1) {
                s->disconnectFromHost(); // acted on, answer lost
                return;
            }
            FakeHttpServer::replyJson(s, 200, R"({"ok":true})");
        });
        HttpRequest request;
        request.method = "POST";
        request.url = m_server.url(QStringLiteral("/spend"));
        request.setFormBody({{QStringLiteral("refresh_token"), QStringLiteral("RT-1")}});

        HttpResponse response = HttpClient().send(request);
        QVERIFY(response.isSuccess());
        QCOMPARE(seen, 2); // Qt's own second try: the caller cannot tell

        seen = 0;
        request.sendOnce = true;
        response = HttpClient().send(request);
        QCOMPARE(seen, 1);
        QVERIFY(response.transportFailed());
        QVERIFY(response.requestSent);
        QCOMPARE(response.error().kind(), Error::Kind::Transient);

        const int connections = m_server.connections;
        const qsizetype received = m_server.received.size();
        for (int i = 0; i < 2; ++i) {
            response = HttpClient().send(request);
            QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
            QCOMPARE(response.body, QByteArray(R"({"ok":true})"));
        }
        QCOMPARE(seen, 3);
        QCOMPARE(m_server.connections - connections, 2); // never a kept-alive connection
        const Received last = m_server.received.at(received + 1);
        QCOMPARE(last.header("Connection").toLower(), QByteArray("close"));
        QCOMPARE(last.body, QByteArray("refresh_token=RT-1"));
        QCOMPARE(last.header("Content-Length"), QByteArray("18"));
    }

    // An upload that creates something (Drive's multipart POST) is sendOnce too, with a body
    // too large for Qt's path: DirectUpload keeps its connection alive for the next one, and
    // never sends it again when the connection closes before the answer.
    void sendOnceUploadKeepsItsConnectionButIsNeverSentAgain()
    {
        int seen = 0;
        m_server.route(QStringLiteral("/create"), [&seen](const Received &, QTcpSocket *s) {
            if (++seen == 2) {
                s->disconnectFromHost(); // acted on, answer lost
                return;
            }
            FakeHttpServer::replyJson(s, 200, R"({"id":"f1"})");
        });
        HttpRequest request;
        request.method = "POST";
        request.url = m_server.url(QStringLiteral("/create"));
        request.body = QByteArray(20 * 1024, 'x');
        request.sendOnce = true;

        const int connections = m_server.connections;
        HttpResponse response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        // The second goes on the first one's connection, which closes unanswered.
        response = HttpClient().send(request);
        QCOMPARE(seen, 2);
        QVERIFY(response.transportFailed());
        QVERIFY(response.requestSent);
        QCOMPARE(m_server.connections - connections, 1);
        response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QCOMPARE(seen, 3);
        QCOMPARE(m_server.received.last().body.size(), 20 * 1024);
    }

    void sendOnceNotSentWhenTheConnectionFails()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort));
        request.body = "a=b";
        request.sendOnce = true;
        const HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!response.requestSent);
    }

    void authorizationNotForwardedAcrossHosts()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/redirect?to=other"));
        request.setBearerToken(QStringLiteral("secret-access-token"));
        request.setHeader("Cookie", "session=1");
        const HttpResponse response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QCOMPARE(response.redirects, 1);
        QCOMPARE(response.url.host(), QStringLiteral("localhost"));
        QCOMPARE(m_other.received.size(), 1);
        QVERIFY(!m_other.received.first().hasHeader("Authorization"));
        QVERIFY(!m_other.received.first().hasHeader("Cookie"));
        QCOMPARE(m_server.received.first().header("Authorization"),
                 QByteArray("Bearer secret-access-token"));
    }

    void authorizationKeptOnSameOrigin()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/redirect?to=/echo"));
        request.setBearerToken(QStringLiteral("tok"));
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(response.isSuccess());
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(json.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer tok"));
    }

    void postRedirect303BecomesGet()
    {
        HttpRequest request;
        request.method = "POST";
        request.url = m_server.url(QStringLiteral("/redirect?to=/echo&code=303"));
        request.setFormBody({{QStringLiteral("a"), QStringLiteral("1")}});
        const HttpResponse response = HttpClient().send(request);
        QVERIFY(response.isSuccess());
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(json.value(QStringLiteral("body")).toString(), QString());
    }

    void redirect307ReplaysStreamedBody()
    {
        QBuffer upload;
        upload.setData(QByteArray(100000, 'x'));
        upload.open(QIODevice::ReadOnly);
        HttpRequest request;
        request.method = "PUT";
        request.url = m_server.url(QStringLiteral("/redirect?to=/upload&code=307"));
        request.bodyDevice = &upload;
        request.setHeader("Content-Type", "application/octet-stream");
        const HttpResponse response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(json.value(QStringLiteral("xs")).toInt(), 100000);
        QCOMPARE(m_server.received.last().method, QByteArray("PUT"));
    }

    void redirectsCanBeDisabledAndLimited()
    {
        HttpRequest request;
        request.url = m_server.url(QStringLiteral("/redirect?to=/echo"));
        request.followRedirects = false;
        HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.status, 302);
        QCOMPARE(response.header("Location"), QByteArray("/echo"));

        request.followRedirects = true;
        request.url = m_server.url(QStringLiteral("/redirect?to=/redirect%3Fto%3D/echo"));
        request.maxRedirects = 1;
        response = HttpClient().send(request);
        QVERIFY(response.redirectRefused);
        QCOMPARE(response.error().kind(), Error::Kind::SourceFailure);

        request.maxRedirects = 5;
        request.url = m_server.url(QStringLiteral("/redirect?to=ftp://example.invalid/x"));
        response = HttpClient().send(request);
        QVERIFY(response.redirectRefused);
    }

    void resumeIncomplete308IsReturned()
    {
        // Google's resumable upload answers 308 with Range and no Location: not a redirect.
        HttpRequest request;
        request.method = "PUT";
        request.url = m_server.url(QStringLiteral("/resume"));
        const HttpResponse response = HttpClient().send(request);
        QCOMPARE(response.status, 308);
        QCOMPARE(response.header("Range"), QByteArray("bytes=0-262143"));
        QVERIFY(!response.error());
    }

    void streamedUpload()
    {
        const qint64 size = 8 * 1024 * 1024;
        QBuffer upload;
        upload.setData(QByteArray(size, 'x'));
        upload.open(QIODevice::ReadOnly);
        HttpRequest request;
        request.method = "POST";
        request.url = m_server.url(QStringLiteral("/upload"));
        request.bodyDevice = &upload;
        request.setHeader("Content-Type", "application/octet-stream");
        qint64 lastSent = 0;
        request.onUploadProgress = [&](qint64 sent, qint64) { lastSent = sent; };
        const HttpResponse response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(qint64(json.value(QStringLiteral("size")).toDouble()), size);
        QCOMPARE(lastSent, size);
    }

    // Large bodies bypass Qt's HTTP thread (DirectUpload): the same guarantees hold there.
    static HttpRequest largeUpload(const QUrl &url, qint64 size = 3 * 1024 * 1024 + 7)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = QByteArray(size, 'x');
        request.setHeader("Content-Type", "application/octet-stream");
        return request;
    }

    void largeBodyReusesOneConnection()
    {
        m_server.closeAll(); // a connection left by an earlier test would be reused
        QTest::qWait(50);
        const int before = m_server.connections;
        for (int i = 0; i < 3; ++i) {
            HttpRequest request = largeUpload(m_server.url(QStringLiteral("/upload")));
            qint64 lastSent = 0;
            request.onUploadProgress = [&](qint64 sent, qint64 total) {
                QVERIFY(sent <= total);
                lastSent = sent;
            };
            const HttpResponse response = HttpClient().send(request);
            QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
            QJsonObject json;
            QVERIFY(!response.json(&json));
            QCOMPARE(json.value(QStringLiteral("xs")).toInteger(), request.body.size());
            QCOMPARE(lastSent, request.body.size());
            QCOMPARE(m_server.received.last().header("Content-Length"),
                     QByteArray::number(request.body.size()));
            QCOMPARE(m_server.received.last().header("Host"),
                     QByteArray("127.0.0.1:") + QByteArray::number(m_server.port()));
        }
        QCOMPARE(m_server.connections - before, 1);
    }

    void largeBodyFromDevice()
    {
        QBuffer upload;
        upload.setData(QByteArray(100, 'y') + QByteArray(2 * 1024 * 1024, 'x'));
        upload.open(QIODevice::ReadOnly);
        upload.seek(100); // sends from the device's position on
        HttpRequest request;
        request.method = "PUT";
        request.url = m_server.url(QStringLiteral("/upload"));
        request.bodyDevice = &upload;
        const HttpResponse response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(json.value(QStringLiteral("size")).toInteger(), 2 * 1024 * 1024);
        QCOMPARE(json.value(QStringLiteral("xs")).toInteger(), 2 * 1024 * 1024);
        QCOMPARE(m_server.received.last().method, QByteArray("PUT"));
    }

    void largeBodyChunkedAndCloseDelimitedAnswers()
    {
        for (const char *path : {"/upload-chunked", "/upload-close", "/upload-chunked"}) {
            const HttpRequest request = largeUpload(m_server.url(QString::fromLatin1(path)));
            const HttpResponse response = HttpClient().send(request);
            QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
            QJsonObject json;
            QVERIFY2(!response.json(&json), response.body.constData());
            QCOMPARE(json.value(QStringLiteral("size")).toInteger(), request.body.size());
        }
    }

    void largeBodyAfterServerClosedIdleConnection()
    {
        QVERIFY(
            HttpClient().send(largeUpload(m_server.url(QStringLiteral("/upload")))).isSuccess());
        const int before = m_server.connections;
        m_server.closeAll();
        QTest::qWait(50);
        const HttpResponse response =
            HttpClient().send(largeUpload(m_server.url(QStringLiteral("/upload"))));
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QCOMPARE(m_server.connections - before, 1);
    }

    void largeBodyErrorAnswerIsCollected()
    {
        const HttpResponse response =
            HttpClient().send(largeUpload(m_server.url(QStringLiteral("/status?code=409"))));
        QCOMPARE(response.status, 409);
        QVERIFY(!response.transportFailed());
        QCOMPARE(response.body, QByteArray(R"({"error":"some_error"})"));
        QCOMPARE(response.error().kind(), Error::Kind::ItemPermanent);
    }

    void largeBodyCutOffIsTransient()
    {
        m_server.dropAfter.insert(QStringLiteral("/drop"), 1024 * 1024);
        const HttpResponse response =
            HttpClient().send(largeUpload(m_server.url(QStringLiteral("/drop")), 16 << 20));
        QVERIFY(!response.isSuccess());
        QCOMPARE(response.status, 0);
        QVERIFY(response.transportFailed());
        QCOMPARE(response.error().kind(), Error::Kind::Transient);
        // The next large upload is fine.
        QVERIFY(
            HttpClient().send(largeUpload(m_server.url(QStringLiteral("/upload")))).isSuccess());
    }

    void largeBodyTimeoutAndCancel()
    {
        HttpRequest request = largeUpload(m_server.url(QStringLiteral("/hang")));
        request.transferTimeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        HttpResponse response = HttpClient().send(request);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(response.timedOut);
        QCOMPARE(response.error().kind(), Error::Kind::Transient);

        CancelToken cancel;
        QTimer::singleShot(200, [cancel] { cancel.cancel(); });
        request.transferTimeoutMs = 60000;
        timer.restart();
        response = HttpClient().send(request, cancel);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(response.cancelled);
        QVERIFY(!response.timedOut);
        QCOMPARE(response.error().kind(), Error::Kind::Cancelled);
    }

    void largeBodyRedirect307IsSentAgain()
    {
        QBuffer upload;
        upload.setData(QByteArray(1024 * 1024, 'x'));
        upload.open(QIODevice::ReadOnly);
        HttpRequest request;
        request.method = "PUT";
        request.url = m_server.url(QStringLiteral("/redirect?to=/upload&code=307"));
        request.bodyDevice = &upload;
        const HttpResponse response = HttpClient().send(request);
        QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
        QJsonObject json;
        QVERIFY(!response.json(&json));
        QCOMPARE(json.value(QStringLiteral("xs")).toInteger(), 1024 * 1024);
        QCOMPARE(response.redirects, 1);
    }

    void largeBodyOverHttps()
    {
        const QSslCertificate certificate(QByteArray(TestCertificate), QSsl::Pem);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(QSslKey(QByteArray(TestKey), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        FakeHttpServer server(tls);
        server.listen();
        server.route(QStringLiteral("/upload"), [](const Received &r, QTcpSocket *s) {
            FakeHttpServer::replyJson(s, 200,
                                      "{\"size\":" + QByteArray::number(r.body.size()) + "}");
        });
        QUrl url = server.url(QStringLiteral("/upload"));
        url.setScheme(QStringLiteral("https"));

        // Not trusted yet: the handshake fails and nothing is sent.
        HttpResponse response = HttpClient().send(largeUpload(url));
        QCOMPARE(response.status, 0);
        QVERIFY(response.transportFailed());
        QVERIFY(server.received.isEmpty());

        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        for (int i = 0; i < 2; ++i) {
            response = HttpClient().send(largeUpload(url));
            QVERIFY2(response.isSuccess(), qPrintable(response.error().message()));
            QJsonObject json;
            QVERIFY(!response.json(&json));
            QCOMPARE(json.value(QStringLiteral("size")).toInteger(), 3 * 1024 * 1024 + 7);
        }
        QSslConfiguration::setDefaultConfiguration(saved);
        // The refused handshake never became a connection; both uploads shared one.
        QCOMPARE(server.connections, 1);
    }

    void formEncodingEscapesEverything()
    {
        const QByteArray encoded = HttpClient::formEncode(
            {{QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:5000/cb")},
             {QStringLiteral("code"), QStringLiteral("a+b/c=d&e f")}});
        QCOMPARE(encoded, QByteArray("redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fcb&"
                                     "code=a%2Bb%2Fc%3Dd%26e%20f"));
    }

    void redaction()
    {
        const QUrl url(QStringLiteral("https://user:pw@host.example/cb?code=SECRETCODE&state=S1&"
                                      "access_token=AT&refresh_token=RT&client_secret=CS&page=2&"
                                      "X-Amz-Signature=SIG#frag"));
        const QString redacted = HttpClient::redactedUrl(url);
        for (const char *secret :
             {"SECRETCODE", "S1", "AT", "RT", "CS", "SIG", "pw", "user", "frag"})
            QVERIFY2(!redacted.contains(QLatin1String(secret)), qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("page=2")));
        QVERIFY(redacted.contains(QStringLiteral("code=REDACTED")));
    }

    void perThreadManagers()
    {
        QNetworkAccessManager *mine = HttpClient::threadNetworkAccessManager();
        QCOMPARE(HttpClient::threadNetworkAccessManager(), mine);
        QPointer<QNetworkAccessManager> theirs;
        HttpResponse response;
        const QUrl url = m_server.url(QStringLiteral("/json"));
        std::unique_ptr<QThread> worker(QThread::create([&] {
            theirs = HttpClient::threadNetworkAccessManager();
            HttpRequest request;
            request.url = url;
            response = HttpClient().send(request);
        }));
        worker->start();
        // The server lives on this thread: keep its event loop turning while the worker waits.
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
        worker->wait();
        QVERIFY(response.isSuccess());
        QVERIFY(theirs.isNull()); // deleted with its thread
        QVERIFY(mine != nullptr);
    }

private:
    FakeHttpServer m_server;
    FakeHttpServer m_other;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

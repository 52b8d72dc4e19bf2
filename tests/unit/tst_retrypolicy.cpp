// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RetryPolicy against a real HTTP server on 127.0.0.1: back-off, Retry-After, refresh-once,
// cancellation and dropped connections. Sleeps are recorded instead of slept (except where the
// test is about a real sleep being cancelled), and HTTP-dates are read against a ManualClock.
#include "common/clock.h"
#include "fakehttpserver.h"
#include "net/retrypolicy.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

using namespace rca;
using test::FakeHttpServer;
using test::Received;

namespace {

RetryPolicy::Options fastOptions()
{
    RetryPolicy::Options options;
    options.maxAttempts = 4;
    options.baseDelayMs = 100;
    options.jitterMin = 0.75;
    options.jitterMax = 1.25;
    options.retryAfterCapMs = 60 * 1000;
    return options;
}

RetryPolicy::Classifier byStatus()
{
    return [](const HttpResponse &response, int) {
        return RetryPolicy::classifyByStatus(response, QStringLiteral("Testing"));
    };
}

// Answers the n-th request (0-based) to a path with replies[n], the last one from then on.
FakeHttpServer::Handler sequence(QList<std::function<void(QTcpSocket *)>> replies)
{
    auto count = std::make_shared<int>(0);
    return [replies, count](const Received &, QTcpSocket *socket) {
        replies.at(std::min<int>((*count)++, replies.size() - 1))(socket);
    };
}

std::function<void(QTcpSocket *)> status(int code, const HttpHeaders &headers = {})
{
    return [code, headers](QTcpSocket *socket) {
        FakeHttpServer::reply(socket, code, code == 200 ? "ok" : "no", headers);
    };
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *m_server = nullptr;
    QList<qint64> m_sleeps;

    // A policy that records its waits instead of sleeping.
    RetryPolicy recordingPolicy(RetryPolicy::Options options = fastOptions())
    {
        RetryPolicy policy(options);
        policy.setSleepFunction([this](qint64 ms, const CancelToken &) {
            m_sleeps.append(ms);
            return true;
        });
        return policy;
    }

    Error get(const RetryPolicy &policy, const QString &path, HttpResponse *response,
              const RetryPolicy::Classifier &classify = byStatus(),
              const RetryPolicy::Hooks &hooks = {}, const CancelToken &cancel = CancelToken())
    {
        HttpRequest request;
        request.url = m_server->url(path);
        return policy.run(HttpClient(), request, classify, hooks, cancel, response);
    }

private slots:
    void init()
    {
        m_server = new FakeHttpServer;
        m_server->listen();
        m_sleeps.clear();
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void serverErrorThenSuccess()
    {
        m_server->route(QStringLiteral("/r"), sequence({status(503), status(503), status(200)}));
        HttpResponse response;
        const Error error = get(recordingPolicy(), QStringLiteral("/r"), &response);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("ok"));
        QCOMPARE(m_server->received.size(), 3);
        // 100 ms then 200 ms, each times 0.75–1.25.
        QCOMPARE(m_sleeps.size(), 2);
        QVERIFY(m_sleeps[0] >= 75 && m_sleeps[0] <= 125);
        QVERIFY(m_sleeps[1] >= 150 && m_sleeps[1] <= 250);
    }

    void retryAfterSeconds()
    {
        m_server->route(QStringLiteral("/r"),
                        sequence({status(429, {{"Retry-After", "7"}}), status(200)}));
        HttpResponse response;
        QVERIFY(!get(recordingPolicy(), QStringLiteral("/r"), &response));
        QCOMPARE(m_sleeps, QList<qint64>{7000});
    }

    void retryAfterHttpDate()
    {
        const QDateTime now(QDate(2030, 1, 1), QTime(12, 0, 0), QTimeZone::utc());
        ManualClock clock(now);
        const QByteArray date =
            QLocale::c().toString(now.addSecs(20), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1();
        m_server->route(QStringLiteral("/r"),
                        sequence({status(503, {{"Retry-After", date}}), status(200)}));
        RetryPolicy policy = recordingPolicy();
        policy.setClock(&clock);
        int seen = -2;
        const auto classify = [&seen](const HttpResponse &response, int retryAfterSeconds) {
            if (response.status == 503)
                seen = retryAfterSeconds;
            return RetryPolicy::classifyByStatus(response, QStringLiteral("Testing"));
        };
        HttpResponse response;
        QVERIFY(!get(policy, QStringLiteral("/r"), &response, classify));
        QCOMPARE(seen, 20);
        QCOMPARE(m_sleeps, QList<qint64>{20000});
    }

    void retryAfterIsCapped()
    {
        m_server->route(QStringLiteral("/r"),
                        sequence({status(503, {{"Retry-After", "3600"}}), status(200)}));
        HttpResponse response;
        QVERIFY(!get(recordingPolicy(), QStringLiteral("/r"), &response));
        QCOMPARE(m_sleeps, QList<qint64>{60000});
    }

    void attemptsExhaustedGiveTheClassifiersError()
    {
        m_server->route(QStringLiteral("/r"), sequence({status(503)}));
        const auto classify = [](const HttpResponse &response, int) {
            return response.status == 503
                       ? RetryDecision::retry(Error::transient(QStringLiteral("Still busy")))
                       : RetryDecision::succeed();
        };
        HttpResponse response;
        const Error error = get(recordingPolicy(), QStringLiteral("/r"), &response, classify);
        QCOMPARE(error.kind(), Error::Kind::Transient);
        QCOMPARE(error.message(), QStringLiteral("Still busy"));
        QCOMPARE(m_server->received.size(), 4);
        QCOMPARE(m_sleeps.size(), 3);
        QCOMPARE(response.status, 503);
    }

    void waitsUseTheirOwnCount()
    {
        m_server->route(QStringLiteral("/r"), sequence({status(429)}));
        const auto classify = [](const HttpResponse &, int) {
            return RetryDecision::wait(Error::transient(QStringLiteral("Slow down")), 1500);
        };
        RetryPolicy::Options options = fastOptions();
        options.maxWaits = 3;
        HttpResponse response;
        const Error error =
            get(recordingPolicy(options), QStringLiteral("/r"), &response, classify);
        QCOMPARE(error.message(), QStringLiteral("Slow down"));
        QCOMPARE(m_server->received.size(), 3);
        QCOMPARE(m_sleeps, (QList<qint64>{1500, 1500}));
    }

    void unauthorizedRefreshesOnce()
    {
        m_server->route(QStringLiteral("/r"), [](const Received &request, QTcpSocket *socket) {
            FakeHttpServer::reply(socket,
                                  request.header("Authorization") == "Bearer fresh" ? 200 : 401);
        });
        QString token = QStringLiteral("stale");
        int refreshes = 0;
        RetryPolicy::Hooks hooks;
        hooks.prepare = [&token](HttpRequest &request) {
            request.setBearerToken(token);
            return Error();
        };
        hooks.refresh = [&](const HttpResponse &refused) {
            ++refreshes;
            token = QStringLiteral("fresh");
            return refused.status == 401 ? Error() : Error::source(QStringLiteral("unexpected"));
        };
        HttpResponse response;
        const Error error =
            get(recordingPolicy(), QStringLiteral("/r"), &response, byStatus(), hooks);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(refreshes, 1);
        QCOMPARE(m_server->received.size(), 2);
        QVERIFY(m_sleeps.isEmpty()); // a refresh is not a back-off
    }

    void secondUnauthorizedNeedsReconnect()
    {
        m_server->route(QStringLiteral("/r"), sequence({status(401)}));
        int refreshes = 0;
        RetryPolicy::Hooks hooks;
        hooks.refresh = [&refreshes](const HttpResponse &) {
            ++refreshes;
            return Error();
        };
        HttpResponse response;
        const Error error =
            get(recordingPolicy(), QStringLiteral("/r"), &response, byStatus(), hooks);
        QCOMPARE(error.kind(), Error::Kind::Reconnect);
        QCOMPARE(refreshes, 1);
        QCOMPARE(m_server->received.size(), 2);
    }

    void cancelDuringBackoffReturnsPromptly()
    {
        m_server->route(QStringLiteral("/r"), sequence({status(503)}));
        RetryPolicy::Options options = fastOptions();
        options.baseDelayMs = 30 * 1000;
        const RetryPolicy policy(options); // the real, sliced sleep
        CancelToken cancel;
        std::unique_ptr<QThread> canceller(QThread::create([cancel] {
            QThread::msleep(300);
            cancel.cancel();
        }));
        QElapsedTimer timer;
        timer.start();
        canceller->start();
        HttpResponse response;
        const Error error = get(policy, QStringLiteral("/r"), &response, byStatus(), {}, cancel);
        canceller->wait();
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server->received.size(), 1);
    }

    void droppedConnectionIsRetried()
    {
        // Headers and part of the body, then the connection closes: a dropped transfer.
        const auto drop = [](QTcpSocket *socket) {
            FakeHttpServer::reply(socket, 200, "part", {{"Content-Length", "100"}});
            socket->flush();
            socket->disconnectFromHost();
        };
        m_server->route(QStringLiteral("/r"), sequence({drop, status(200)}));
        HttpResponse response;
        const Error error = get(recordingPolicy(), QStringLiteral("/r"), &response);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(response.body, QByteArray("ok"));
        QCOMPARE(m_server->received.size(), 2);
        QCOMPARE(m_sleeps.size(), 1);
    }

    void jitterStaysWithinBounds()
    {
        RetryPolicy::Options options;
        options.baseDelayMs = 1000;
        options.maxDelayMs = 4000;
        options.jitterMin = 0.5;
        options.jitterMax = 1.0;
        options.retryAfterCapMs = 2500;
        const RetryPolicy policy(options);
        for (int failures = 1; failures <= 6; ++failures) {
            const qint64 nominal = std::min<qint64>(1000LL << (failures - 1), 4000);
            QSet<qint64> seen;
            for (int i = 0; i < 500; ++i) {
                const qint64 ms = policy.backoffMs(failures);
                QVERIFY2(ms >= nominal / 2 && ms <= nominal,
                         qPrintable(QStringLiteral("%1 after %2").arg(ms).arg(failures)));
                seen.insert(ms);
            }
            QVERIFY(seen.size() > 10); // it does vary
        }
        // Retry-After lengthens a short back-off, up to its cap.
        QVERIFY(policy.backoffMs(1, 2) >= 2000);
        QVERIFY(policy.backoffMs(1, 2) <= 2000);
        QCOMPARE(policy.backoffMs(1, 3600), qint64(2500));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

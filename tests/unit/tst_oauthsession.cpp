// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// OAuthSession against a fake token endpoint (Qt HttpServer on 127.0.0.1) with single-use
// refresh tokens, and an in-memory SecretStore that can be made to fail. A second endpoint (a
// byte-level server) loses answers after rotating the tokens, as RingCentral's lost answers go.
#include "common/clock.h"
#include "fakehttpserver.h"
#include "memorysecretstore.h"
#include "net/httpclient.h"
#include "oauth/oauthsession.h"
#include "secrets/secretstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>

#include <atomic>
#include <memory>
#include <vector>

using namespace rca;

namespace {

using test::MemorySecretStore;

// The tokens the session saved under key.
OAuthTokens storedTokens(MemorySecretStore &store, const QString &key)
{
    return OAuthTokens::fromJson(QJsonDocument::fromJson(store.value(key).toUtf8()).object());
}

const QString kKey = QStringLiteral("ringcentral/tokens/1");

} // namespace

class TestOAuthSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Rotate, KeepRefreshToken, Unavailable };

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/token"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) { return token(request); });
        m_server.route(QStringLiteral("/revoke"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) {
                           m_revoked.append(QUrlQuery(QString::fromUtf8(request.body())));
                           return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        m_lossyServer.listen();
        m_lossyServer.route(QStringLiteral("/token"),
                            [this](const test::Received &request, QTcpSocket *socket) {
                                lossyToken(request, socket);
                            });
        QVERIFY(m_lockDir.isValid());
    }

    void init()
    {
        m_mode = Mode::Rotate;
        m_validRefresh = QStringLiteral("RT-1");
        m_generation = 1;
        m_refreshRequests = 0;
        m_delayMs = 0;
        m_lossy = Lossy();
        m_revoked.clear();
        m_store = std::make_unique<MemorySecretStore>();
        m_clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()));
    }

    void freshTokenNeedsNoRefresh()
    {
        auto session = connectedSession();
        QString token;
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-1"));
        QCOMPARE(m_refreshRequests.load(), 0);
    }

    void refreshesAheadOfExpiryAndStoresFirst()
    {
        auto session = connectedSession();
        QSignalSpy changed(session.get(), &OAuthSession::tokensChanged);
        m_clock->advanceSeconds(3600 - 4 * 60); // 4 minutes left: inside the 5-minute margin
        QString token;
        const Error error = session->validAccessToken(&token);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(m_refreshRequests.load(), 1);
        const OAuthTokens stored = storedTokens(*m_store, kKey);
        QCOMPARE(stored.accessToken, QStringLiteral("AT-2"));
        QCOMPARE(stored.refreshToken, QStringLiteral("RT-2"));
        QCOMPARE(stored.expiresAt, m_clock->now().addSecs(3600));
        QCOMPARE(stored.raw.value(QStringLiteral("owner_id")).toString(), QStringLiteral("4242"));
        QCOMPARE(changed.count(), 1);

        // Still fresh now: no second refresh.
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE(m_refreshRequests.load(), 1);
    }

    void newPairIsNotHandedOutBeforeItIsStored()
    {
        auto session = connectedSession();
        m_clock->advanceSeconds(3600 + 1);
        m_store->setFailWrites(true);
        QString token;
        Error error = session->validAccessToken(&token);
        QCOMPARE(error.kind(), Error::Kind::SourceFailure);
        QVERIFY(token.isEmpty());
        QCOMPARE(m_refreshRequests.load(), 1);
        // The only valid refresh token is kept in memory, not lost…
        QCOMPARE(session->tokens().refreshToken, QStringLiteral("RT-2"));
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-1"));
        // …and is written before it is used once the keychain works again.
        m_store->setFailWrites(false);
        error = session->validAccessToken(&token);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-2"));
        QCOMPARE(m_refreshRequests.load(), 1);
    }

    void sessionsOfOneEntryNeverSpendARefreshTokenTwice()
    {
        auto first = connectedSession();
        // A second session of the same keychain entry (the engine's job and an audit each have
        // one), loaded before the refresh: its RT-1 is spent once the first one refreshes.
        OAuthSession second(config(), m_store.get(), m_clock.get());
        QVERIFY(!second.load());
        m_clock->advanceSeconds(3600 + 1);

        QString token;
        QVERIFY(!first->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-2"));
        // It takes the pair the first one stored instead of spending RT-1 again.
        QSignalSpy changed(&second, &OAuthSession::tokensChanged);
        const Error error = second.validAccessToken(&token);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(second.tokens().refreshToken, QStringLiteral("RT-2"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_refreshRequests.load(), 1);

        // After a 401 with its old token, likewise.
        OAuthSession third(config(), m_store.get(), m_clock.get());
        QVERIFY(!third.setTokens(
            tokensExpiringIn(3600, QStringLiteral("AT-2"), QStringLiteral("RT-2"))));
        QVERIFY(!first->forceRefresh(&token, QStringLiteral("AT-2")));
        QCOMPARE(token, QStringLiteral("AT-3"));
        QVERIFY(!third.forceRefresh(&token, QStringLiteral("AT-2")));
        QCOMPARE(token, QStringLiteral("AT-3"));
        QCOMPARE(m_refreshRequests.load(), 2);
        QVERIFY(!second.needsReconnect());
    }

    // Two sessions of one entry on two threads, both due at once: one refresh between them.
    void sessionsOnTwoThreadsRefreshOnce()
    {
        auto first = connectedSession();
        OAuthSession second(config(), m_store.get(), m_clock.get());
        QVERIFY(!second.load());
        m_clock->advanceSeconds(3600 + 1);
        m_delayMs = 300;
        QString tokens[2];
        Error errors[2];
        std::unique_ptr<QThread> threads[2] = {
            std::unique_ptr<QThread>(
                QThread::create([&] { errors[0] = first->validAccessToken(&tokens[0]); })),
            std::unique_ptr<QThread>(
                QThread::create([&] { errors[1] = second.validAccessToken(&tokens[1]); })),
        };
        for (auto &t : threads)
            t->start();
        QTRY_VERIFY_WITH_TIMEOUT(threads[0]->isFinished() && threads[1]->isFinished(), 15000);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(!errors[i], qPrintable(errors[i].message()));
            QCOMPARE(tokens[i], QStringLiteral("AT-2"));
        }
        QCOMPARE(m_refreshRequests.load(), 1);
    }

    // The token endpoint rotated the tokens and the answer never arrived: asking again with
    // the same refresh token gets the pair it issued (RingCentral's behaviour).
    void lostAnswerIsAskedAgainWithTheSameRefreshToken()
    {
        auto session = connectedSession(lossyConfig());
        m_lossy.dropAnswers = 2;
        m_clock->advanceSeconds(3600 + 1);
        QString token;
        const Error error = session->validAccessToken(&token);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-2"));
        // Three requests, each with RT-1, each arriving once: one refresh, two repeats.
        QCOMPARE(m_lossy.sent, (QStringList{QStringLiteral("RT-1"), QStringLiteral("RT-1"),
                                            QStringLiteral("RT-1")}));
        QCOMPARE(m_lossy.generation, 2);
        QVERIFY(!session->needsReconnect());
    }

    void lostAnswersThatNeverArriveLeaveTheSignInAlone()
    {
        OAuthSession::Config c = lossyConfig();
        c.lostAnswerRetries = 2;
        auto session = connectedSession(c);
        m_lossy.dropAnswers = 100;
        m_clock->advanceSeconds(3600 + 1);
        QString token;
        QCOMPARE(session->validAccessToken(&token).kind(), Error::Kind::Transient);
        QCOMPARE(m_lossy.sent.size(), 3);
        QVERIFY(!session->needsReconnect());
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-1"));
        // Once answers arrive again, RT-1 still gets the pair it issued.
        m_lossy.dropAnswers = 0;
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(m_lossy.generation, 2);
    }

    // Routine refreshes and repeats go through the pacing; the first request of forceRefresh
    // is its caller's to pace. Every answer is shown to it.
    void routineRefreshesArePaced()
    {
        auto session = connectedSession(lossyConfig());
        int before = 0, after = 0;
        session->setRefreshPacing({[&before](const CancelToken &) {
                                       ++before;
                                       return Error();
                                   },
                                   [&after](const HttpResponse &) { ++after; }});
        m_clock->advanceSeconds(3600 + 1);
        QString token;
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE((QList<int>{before, after}), (QList<int>{1, 1}));
        QVERIFY(!session->forceRefresh(&token, token));
        QCOMPARE((QList<int>{before, after}), (QList<int>{1, 2}));
        m_lossy.dropAnswers = 1;
        QVERIFY(!session->forceRefresh(&token, token)); // its repeat is paced
        QCOMPARE((QList<int>{before, after}), (QList<int>{2, 4}));

        // A pacing error (cancelled while waiting for the slot) ends the refresh unsent.
        session->setRefreshPacing(
            {[](const CancelToken &) { return Error::cancelled(); }, nullptr});
        m_clock->advanceSeconds(3 * 3600);
        const qsizetype sent = m_lossy.sent.size();
        QCOMPARE(session->validAccessToken(&token).kind(), Error::Kind::Cancelled);
        QCOMPARE(m_lossy.sent.size(), sent);
    }

    void concurrentCallersCauseOneRefresh()
    {
        auto session = connectedSession();
        m_clock->advanceSeconds(3600 + 1);
        m_delayMs = 300; // the refresh is slow: the others arrive while it runs
        constexpr int kThreads = 4;
        QString tokens[kThreads];
        Error errors[kThreads];
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(
                QThread::create([&, i] { errors[i] = session->validAccessToken(&tokens[i]); }));
            threads.back()->start();
        }
        // The server runs on this thread: keep its event loop turning.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(threads.begin(), threads.end(),
                                             [](const auto &t) { return t->isFinished(); }),
                                 15000);
        for (auto &t : threads)
            t->wait();
        for (int i = 0; i < kThreads; ++i) {
            QVERIFY2(!errors[i], qPrintable(errors[i].message()));
            QCOMPARE(tokens[i], QStringLiteral("AT-2"));
        }
        QCOMPARE(m_refreshRequests.load(), 1);
    }

    void invalidGrantNeedsReconnect()
    {
        auto session = connectedSession();
        QSignalSpy reconnect(session.get(), &OAuthSession::reconnectNeeded);
        m_validRefresh = QStringLiteral("something-else"); // revoked at the provider
        m_clock->advanceSeconds(3600 + 1);
        QString token;
        Error error = session->validAccessToken(&token);
        QCOMPARE(error.kind(), Error::Kind::Reconnect);
        QVERIFY(error.message().startsWith(
            QStringLiteral("RingCentral no longer accepts the saved sign-in (it was revoked, "
                           "expired after 7 days offline, or the password changed).")));
        QVERIFY(error.message().endsWith(QStringLiteral("Connect again in the Accounts tab.")));
        QVERIFY(session->needsReconnect());
        QCOMPARE(reconnect.count(), 1);
        QVERIFY(token.isEmpty());

        // No more requests until a new sign-in.
        QCOMPARE(session->validAccessToken(&token).kind(), Error::Kind::Reconnect);
        QCOMPARE(m_refreshRequests.load(), 1);

        m_validRefresh = QStringLiteral("RT-9");
        QVERIFY(!session->setTokens(
            tokensExpiringIn(3600, QStringLiteral("AT-9"), QStringLiteral("RT-9"))));
        QVERIFY(!session->needsReconnect());
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-9"));
    }

    void serviceUnavailableIsTransient()
    {
        auto session = connectedSession();
        m_mode = Mode::Unavailable;
        m_clock->advanceSeconds(3600 + 1);
        QString token;
        const Error error = session->validAccessToken(&token);
        QCOMPARE(error.kind(), Error::Kind::Transient);
        QCOMPARE(error.retryAfterSeconds(), 30);
        QVERIFY(!session->needsReconnect());
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-1"));
    }

    void transientFailureKeepsAStillValidToken()
    {
        auto session = connectedSession();
        m_mode = Mode::Unavailable;
        m_clock->advanceSeconds(3600 - 60); // inside the margin but not expired
        QString token;
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-1"));
        QCOMPARE(m_refreshRequests.load(), 1);
    }

    void networkFailureIsTransient()
    {
        OAuthSession::Config c = config();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        c.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(probe.serverPort()));
        probe.close();
        OAuthSession session(c, m_store.get(), m_clock.get());
        QVERIFY(!session.setTokens(tokensExpiringIn(10)));
        m_clock->advanceSeconds(60);
        QString token;
        QCOMPARE(session.validAccessToken(&token).kind(), Error::Kind::Transient);
    }

    void forceRefreshAfter401()
    {
        auto session = connectedSession();
        QString token;
        QVERIFY(!session->forceRefresh(&token, QStringLiteral("AT-1")));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(m_refreshRequests.load(), 1);
        // A late caller that was rejected with the old token gets the new one, no refresh.
        QVERIFY(!session->forceRefresh(&token, QStringLiteral("AT-1")));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(m_refreshRequests.load(), 1);
        QVERIFY(!session->forceRefresh(&token));
        QCOMPARE(token, QStringLiteral("AT-3"));
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-3"));
    }

    void providerThatKeepsItsRefreshToken()
    {
        m_mode = Mode::KeepRefreshToken; // Google, Dropbox
        auto session = connectedSession();
        m_clock->advanceSeconds(3600 + 1);
        QString token;
        QVERIFY(!session->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-2"));
        QCOMPARE(storedTokens(*m_store, kKey).refreshToken, QStringLiteral("RT-1"));
    }

    void loadAndPersistRoundTrip()
    {
        {
            OAuthSession empty(config(), m_store.get(), m_clock.get());
            QVERIFY(!empty.load());
            QVERIFY(!empty.isConnected());
            QString token;
            QCOMPARE(empty.validAccessToken(&token).kind(), Error::Kind::Reconnect);
        }
        auto session = connectedSession();
        OAuthSession copy(config(), m_store.get(), m_clock.get());
        QVERIFY(!copy.load());
        QVERIFY(copy.isConnected());
        QCOMPARE(copy.tokens().accessToken, QStringLiteral("AT-1"));
        QCOMPARE(copy.tokens().expiresAt, session->tokens().expiresAt);
        QCOMPARE(copy.tokens().raw, session->tokens().raw);

        m_store->write(kKey, QStringLiteral("{\"access_token\":"));
        QCOMPARE(copy.load().kind(), Error::Kind::Reconnect);
    }

    void revokeDeletesTheEntry()
    {
        auto session = connectedSession();
        QSignalSpy changed(session.get(), &OAuthSession::tokensChanged);
        QVERIFY(!session->revoke(QUrl(QStringLiteral("http://127.0.0.1:%1/revoke").arg(m_port))));
        QCOMPARE(m_revoked.size(), 1);
        QCOMPARE(m_revoked.first().queryItemValue(QStringLiteral("token")), QStringLiteral("RT-1"));
        QCOMPARE(m_revoked.first().queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("client-123"));
        QVERIFY(!m_store->contains(kKey));
        QVERIFY(!session->isConnected());
        QCOMPARE(changed.count(), 1);

        // Best effort: an unreachable revocation endpoint still forgets the tokens.
        auto again = connectedSession();
        QVERIFY(!again->revoke(QUrl(QStringLiteral("http://127.0.0.1:%1/missing").arg(m_port))));
        QVERIFY(!m_store->contains(kKey));
    }

private:
    OAuthSession::Config config() const
    {
        OAuthSession::Config c;
        c.lockFilePath = m_lockDir.filePath(QStringLiteral("entry.lock"));
        c.lostAnswerDelayMs = 10;
        c.providerName = QStringLiteral("RingCentral");
        c.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_port));
        c.clientId = QStringLiteral("client-123");
        c.secretKey = kKey;
        c.reconnectReasons =
            QStringLiteral("it was revoked, expired after 7 days offline, or the password changed");
        return c;
    }

    OAuthTokens tokensExpiringIn(int seconds, const QString &access = QStringLiteral("AT-1"),
                                 const QString &refresh = QStringLiteral("RT-1")) const
    {
        OAuthTokens tokens;
        tokens.accessToken = access;
        tokens.refreshToken = refresh;
        tokens.tokenType = QStringLiteral("bearer");
        tokens.expiresAt = m_clock->now().addSecs(seconds);
        tokens.raw.insert(QStringLiteral("owner_id"), QStringLiteral("4242"));
        return tokens;
    }

    OAuthSession::Config lossyConfig() const
    {
        OAuthSession::Config c = config();
        c.tokenUrl = m_lossyServer.url(QStringLiteral("/token"));
        return c;
    }

    std::unique_ptr<OAuthSession> connectedSession() { return connectedSession(config()); }
    std::unique_ptr<OAuthSession> connectedSession(const OAuthSession::Config &c)
    {
        auto session = std::make_unique<OAuthSession>(c, m_store.get(), m_clock.get());
        const Error error = session->setTokens(tokensExpiringIn(3600));
        if (error)
            qFatal("setTokens failed");
        return session;
    }

    QHttpServerResponse token(const QHttpServerRequest &request)
    {
        using Status = QHttpServerResponder::StatusCode;
        const QUrlQuery form(QString::fromUtf8(request.body()));
        ++m_refreshRequests;
        if (m_delayMs > 0)
            QThread::msleep(m_delayMs);
        if (m_mode == Mode::Unavailable) {
            QHttpServerResponse response(
                QByteArrayLiteral("application/json"),
                QByteArrayLiteral(R"({"error":"temporarily_unavailable"})"),
                Status::ServiceUnavailable);
            response.setHeader("Retry-After", "30");
            return response;
        }
        const QString refresh =
            form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("refresh_token") ||
            form.queryItemValue(QStringLiteral("client_id")) != QLatin1String("client-123") ||
            refresh != m_validRefresh) {
            return QHttpServerResponse(
                QByteArrayLiteral("application/json"),
                QByteArrayLiteral(
                    R"({"error":"invalid_grant","error_description":"Token not found",)"
                    R"("errors":[{"errorCode":"OAU-211","message":"Token not found"}]})"),
                Status::BadRequest);
        }
        ++m_generation;
        QJsonObject json{
            {QStringLiteral("access_token"), QStringLiteral("AT-%1").arg(m_generation)},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_in"), 3600}};
        if (m_mode == Mode::Rotate) {
            m_validRefresh = QStringLiteral("RT-%1").arg(m_generation); // the old one is spent
            json.insert(QStringLiteral("refresh_token"), m_validRefresh);
            json.insert(QStringLiteral("refresh_token_expires_in"), 604800);
        }
        return QHttpServerResponse(json);
    }

    // The lossy endpoint: single-use refresh tokens, the one just spent answered again with the
    // pair it issued; dropAnswers answers are lost after the work is done.
    struct Lossy
    {
        QString valid = QStringLiteral("RT-1");
        QString spent;
        QByteArray issued;
        int generation = 1;
        int dropAnswers = 0;
        QStringList sent; // the refresh token of every request that arrived
    };
    void lossyToken(const test::Received &request, QTcpSocket *socket)
    {
        const QUrlQuery form(QString::fromUtf8(request.body));
        const QString refresh =
            form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
        m_lossy.sent.append(refresh);
        if (refresh == m_lossy.valid) {
            ++m_lossy.generation;
            m_lossy.spent = refresh;
            m_lossy.valid = QStringLiteral("RT-%1").arg(m_lossy.generation);
            m_lossy.issued =
                QJsonDocument(QJsonObject{{QStringLiteral("access_token"),
                                           QStringLiteral("AT-%1").arg(m_lossy.generation)},
                                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                          {QStringLiteral("expires_in"), 3600},
                                          {QStringLiteral("refresh_token"), m_lossy.valid}})
                    .toJson(QJsonDocument::Compact);
        } else if (refresh != m_lossy.spent) {
            test::FakeHttpServer::replyJson(
                socket, 400,
                R"({"error":"invalid_grant","errors":[)"
                R"({"errorCode":"OAU-211","message":"Token revoked"}]})");
            return;
        }
        if (m_lossy.dropAnswers > 0) {
            --m_lossy.dropAnswers;
            socket->disconnectFromHost();
            return;
        }
        test::FakeHttpServer::replyJson(socket, 200, m_lossy.issued);
    }

    QTemporaryDir m_lockDir;
    test::FakeHttpServer m_lossyServer;
    Lossy m_lossy;
    QHttpServer m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Rotate;
    QString m_validRefresh;
    int m_generation = 1;
    std::atomic_int m_refreshRequests = 0;
    int m_delayMs = 0;
    QList<QUrlQuery> m_revoked;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
};

QTEST_GUILESS_MAIN(TestOAuthSession)
#include "tst_oauthsession.moc"

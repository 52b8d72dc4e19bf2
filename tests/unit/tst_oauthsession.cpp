// OAuthSession against a fake token endpoint (Qt HttpServer on 127.0.0.1) with single-use
// refresh tokens, and an in-memory SecretStore that can be made to fail.
#include "common/clock.h"
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
    }

    void init()
    {
        m_mode = Mode::Rotate;
        m_validRefresh = QStringLiteral("RT-1");
        m_generation = 1;
        m_refreshRequests = 0;
        m_delayMs = 0;
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

    void refreshTokensAreSingleUse()
    {
        auto first = connectedSession();
        // A second session loaded from the same keychain entry before the refresh.
        OAuthSession stale(config(), m_store.get(), m_clock.get());
        QVERIFY(!stale.load());
        m_clock->advanceSeconds(3600 + 1);

        QString token;
        QVERIFY(!first->validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-2"));
        // The stale copy still holds RT-1, which the server now refuses.
        const Error error = stale.validAccessToken(&token);
        QCOMPARE(error.kind(), Error::Kind::Reconnect);
        // Reloading from the keychain picks up the pair the first session stored.
        QVERIFY(!stale.load());
        QVERIFY(!stale.validAccessToken(&token));
        QCOMPARE(token, QStringLiteral("AT-2"));
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

    std::unique_ptr<OAuthSession> connectedSession()
    {
        auto session = std::make_unique<OAuthSession>(config(), m_store.get(), m_clock.get());
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

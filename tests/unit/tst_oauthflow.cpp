// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// OAuthFlow and LoopbackReceiver end to end over real sockets: a fake provider (Qt HttpServer on
// 127.0.0.1) with /authorize and /token, and a fake browser (QNetworkAccessManager) that loads
// the authorization URL and follows the provider's redirect into the loopback receiver.
#include "net/httpclient.h"
#include "oauth/loopbackreceiver.h"
#include "oauth/oauthflow.h"
#include "oauth/pkce.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

using namespace rca;

namespace {

QString decoded(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

public:
    enum class AuthorizeMode { Grant, WrongState, Denied, OtherError };
    enum class TokenMode { Tokens, Unavailable, Malformed, RingCentralError };

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/authorize"),
                       [this](const QHttpServerRequest &request) { return authorize(request); });
        m_server.route(QStringLiteral("/token"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) { return token(request); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_authorizeMode = AuthorizeMode::Grant;
        m_tokenMode = TokenMode::Tokens;
        m_authorizeQueries.clear();
        m_tokenRequests.clear();
        m_issuedCodes.clear();
        m_tamperChallenge = false;
        m_pages.clear();
        m_statuses.clear();
        ++m_test;
    }

    void signInEndToEnd()
    {
        OAuthConfig config = baseConfig();
        config.redirectPort = freePort();
        config.redirectHost = QStringLiteral("localhost");
        config.scopes = {QStringLiteral("ReadAccounts"), QStringLiteral("ReadCallLog")};
        OAuthFlow flow(config, fakeBrowser(/*favicon*/ true));
        QList<QUrl> shown;
        connect(&flow, &OAuthFlow::authorizationUrlReady, this,
                [&](const QUrl &url) { shown.append(url); });
        bool exchanging = false;
        connect(&flow, &OAuthFlow::exchangingCode, this, [&] { exchanging = true; });

        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(flow.failure(), OAuthFlow::Failure::None);
        QVERIFY(exchanging);
        QCOMPARE(shown.size(), 1);

        // The authorization request carried PKCE S256, the state and the exact redirect URI.
        // QNetworkAccessManager, playing the browser, now and then sends this GET to Qt
        // HttpServer 6.4 a second time (seen on the wire); the receiver still gets one callback.
        QVERIFY(!m_authorizeQueries.isEmpty());
        const QUrlQuery authorize = m_authorizeQueries.last();
        QCOMPARE(decoded(authorize, QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(decoded(authorize, QStringLiteral("client_id")), QStringLiteral("client-123"));
        QCOMPARE(decoded(authorize, QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(decoded(authorize, QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(decoded(authorize, QStringLiteral("scope")),
                 QStringLiteral("ReadAccounts ReadCallLog"));
        QCOMPARE(decoded(authorize, QStringLiteral("prompt")), QStringLiteral("login"));
        const QString redirectUri =
            QStringLiteral("http://localhost:%1/oauth2callback").arg(config.redirectPort);
        QCOMPARE(decoded(authorize, QStringLiteral("redirect_uri")), redirectUri);
        QCOMPARE(flow.redirectUri().toString(), redirectUri);

        // The token request was checked server-side (verifier against challenge).
        QCOMPARE(m_tokenRequests.size(), 1);
        const QUrlQuery form = m_tokenRequests.first();
        QCOMPARE(decoded(form, QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(decoded(form, QStringLiteral("redirect_uri")), redirectUri);
        QVERIFY(Pkce::isValidVerifier(decoded(form, QStringLiteral("code_verifier")).toLatin1()));
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));

        QCOMPARE(tokens.accessToken, QStringLiteral("AT-1"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("RT-1"));
        QCOMPARE(tokens.tokenType, QStringLiteral("bearer"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
        QVERIFY(left > 3500 && left <= 3600);
        QVERIFY(tokens.refreshTokenExpiresAt.isValid());
        QCOMPARE(tokens.raw.value(QStringLiteral("owner_id")).toString(), QStringLiteral("4242"));
        QVERIFY(!tokens.raw.contains(QStringLiteral("access_token")));
        QVERIFY(!tokens.raw.contains(QStringLiteral("refresh_token")));

        // The browser saw a 404 for /favicon.ico, then the friendly page.
        QTRY_COMPARE(m_pages.size(), 2);
        QCOMPARE(m_statuses.value(QStringLiteral("/favicon.ico")), 404);
        QCOMPARE(m_statuses.value(QStringLiteral("/oauth2callback")), 200);
        QVERIFY(m_pages.value(QStringLiteral("/oauth2callback"))
                    .contains("You can close this tab and return to RC Archiver."));
    }

    void googleStyleConfig()
    {
        OAuthConfig config = baseConfig();
        config.redirectHost = QStringLiteral("127.0.0.1");
        config.redirectPort = 0;
        config.clientSecret = QStringLiteral("not-so-secret");
        config.authorizeUrl = config.authorizeUrl.adjusted(QUrl::RemoveQuery);
        config.extraAuthorizeParams = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                       {QStringLiteral("prompt"), QStringLiteral("consent")}};
        OAuthFlow flow(config, fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QVERIFY2(!error, qPrintable(error.message()));
        const QUrlQuery authorize = m_authorizeQueries.last();
        QCOMPARE(decoded(authorize, QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(decoded(authorize, QStringLiteral("prompt")), QStringLiteral("consent"));
        QVERIFY(!authorize.hasQueryItem(QStringLiteral("scope")));
        QVERIFY(flow.redirectUri().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(flow.redirectUri().port() > 0);
        QCOMPARE(decoded(m_tokenRequests.first(), QStringLiteral("client_secret")),
                 QStringLiteral("not-so-secret"));
    }

    void wrongStateIsRefusedAndCodeUnused()
    {
        m_authorizeMode = AuthorizeMode::WrongState;
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::StateMismatch);
        QCOMPARE(error.kind(), Error::Kind::Reconnect);
        QVERIFY(error.message().contains(QStringLiteral("state mismatch")));
        QVERIFY(m_tokenRequests.isEmpty()); // the code was never exchanged
        QVERIFY(!tokens.isValid());
        QTRY_COMPARE(m_pages.size(), 1);
        QCOMPARE(m_statuses.value(QStringLiteral("/oauth2callback")), 400);
        QVERIFY(m_pages.value(QStringLiteral("/oauth2callback")).contains("state mismatch"));
    }

    void deniedConsent()
    {
        m_authorizeMode = AuthorizeMode::Denied;
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::Denied);
        QVERIFY(
            error.message().startsWith(QStringLiteral("Sign-in was cancelled or consent denied")));
        QVERIFY(m_tokenRequests.isEmpty());
        QTRY_COMPARE(m_pages.size(), 1);
        QVERIFY(m_pages.value(QStringLiteral("/oauth2callback"))
                    .contains("Sign-in was cancelled or consent denied"));
        QVERIFY(
            m_pages.value(QStringLiteral("/oauth2callback")).contains("You can close this tab"));
    }

    void providerErrorIsEscapedOnThePage()
    {
        m_authorizeMode = AuthorizeMode::OtherError;
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::ProviderError);
        QVERIFY(error.message().contains(QStringLiteral("invalid_scope")));
        QTRY_COMPARE(m_pages.size(), 1);
        QVERIFY(m_pages.value(QStringLiteral("/oauth2callback"))
                    .contains("&lt;b&gt;bad scope&lt;/b&gt;"));
        QVERIFY(!m_pages.value(QStringLiteral("/oauth2callback")).contains("<b>bad scope</b>"));
    }

    void timeout()
    {
        OAuthConfig config = baseConfig();
        config.timeout = std::chrono::milliseconds(300);
        OAuthFlow flow(config, [](const QUrl &) { return true; }); // the user never comes back
        QElapsedTimer timer;
        timer.start();
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::TimedOut);
        QCOMPARE(error.kind(), Error::Kind::Transient);
        QVERIFY(error.message().contains(QStringLiteral("timed out")));
    }

    void cancel()
    {
        OAuthFlow flow(baseConfig(), [](const QUrl &) { return true; });
        QTimer::singleShot(200, &flow, [&flow] { flow.cancel(); });
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::Cancelled);
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
    }

    void cancelFromAnotherThread()
    {
        OAuthFlow flow(baseConfig(), [](const QUrl &) { return true; });
        std::unique_ptr<QThread> other(QThread::create([&flow] {
            QThread::msleep(200);
            flow.cancel();
        }));
        other->start();
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        other->wait();
        QCOMPARE(error.kind(), Error::Kind::Cancelled);
    }

    void cancelToken()
    {
        CancelToken token;
        OAuthFlow flow(baseConfig(), [](const QUrl &) { return true; });
        QTimer::singleShot(200, &flow, [token] { token.cancel(); });
        OAuthTokens tokens;
        QCOMPARE(flow.run(&tokens, token).kind(), Error::Kind::Cancelled);
    }

    void busyPort()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        OAuthConfig config = baseConfig();
        config.redirectPort = squatter.serverPort();
        bool opened = false;
        OAuthFlow flow(config, [&](const QUrl &) { return opened = true; });
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::PortBusy);
        QCOMPARE(error.message(),
                 QStringLiteral("Port %1 on 127.0.0.1 is in use; close the program using it or "
                                "change oauth.redirectPort.")
                     .arg(config.redirectPort));
        QVERIFY(!opened);
    }

    void browserCannotOpen()
    {
        OAuthFlow flow(baseConfig(), [](const QUrl &) { return false; });
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::BrowserFailed);
        QCOMPARE(error.kind(), Error::Kind::SourceFailure);
    }

    void verifierMismatchIsRefused()
    {
        m_tamperChallenge = true; // the server will not find the verifier's challenge
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::ProviderError);
        QCOMPARE(error.kind(), Error::Kind::Reconnect);
        QVERIFY(error.message().contains(QStringLiteral("invalid_grant")));
        QVERIFY(!tokens.isValid());
    }

    void tokenEndpointUnavailable()
    {
        m_tokenMode = TokenMode::Unavailable;
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::NetworkError);
        QCOMPARE(error.kind(), Error::Kind::Transient);
    }

    void tokenEndpointMalformed()
    {
        m_tokenMode = TokenMode::Malformed;
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::BadResponse);
        QCOMPARE(error.kind(), Error::Kind::SourceFailure);
        QVERIFY(error.message().contains(QStringLiteral("not valid JSON")));
    }

    void ringCentralErrorShape()
    {
        m_tokenMode = TokenMode::RingCentralError;
        OAuthFlow flow(baseConfig(), fakeBrowser());
        OAuthTokens tokens;
        const Error error = flow.run(&tokens);
        QCOMPARE(flow.failure(), OAuthFlow::Failure::ProviderError);
        QVERIFY2(error.message().contains(QStringLiteral("OAU-109")), qPrintable(error.message()));

        const OAuthError parsed = OAuthError::parse(
            R"({"errors":[{"errorCode":"OAU-211","message":"Token not found"}]})");
        QCOMPARE(parsed.errorCode, QStringLiteral("OAU-211"));
        QCOMPARE(parsed.description, QStringLiteral("Token not found"));
        QVERIFY(OAuthError::parse("{\"error\":").isEmpty());
    }

    void authorizationUrlKeepsExistingQuery()
    {
        OAuthConfig config = baseConfig();
        config.authorizeUrl = QUrl(QStringLiteral("https://example.invalid/auth?tenant=a%26b"));
        const QUrl url = OAuthFlow::authorizationUrl(
            config, QUrl(QStringLiteral("http://localhost:5000/cb")), "CH", "ST");
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded),
                 QStringLiteral("a&b"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("ST"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost:5000/cb"));
    }

    void receiverIgnoresOtherPathsAndAnswersOnce()
    {
        LoopbackReceiver receiver;
        QVERIFY(!receiver.listen(0, QStringLiteral("cb")));
        QCOMPARE(receiver.path(), QStringLiteral("/cb"));
        QList<QUrlQuery> callbacks;
        connect(&receiver, &LoopbackReceiver::callbackReceived, this,
                [&](const QUrlQuery &query, bool) { callbacks.append(query); });
        QNetworkAccessManager browser;
        auto get = [&](const QString &path) {
            QNetworkReply *reply = browser.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(receiver.port()).arg(path))));
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
                return -1;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(get(QStringLiteral("/favicon.ico")), 404);
        QCOMPARE(get(QStringLiteral("/cb?code=abc&state=s+t")), 200);
        QCOMPARE(callbacks.size(), 1);
        QCOMPARE(callbacks.first().queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("s t"));
        QCOMPARE(get(QStringLiteral("/cb?code=again")), 409);
        QCOMPARE(callbacks.size(), 1);
    }

    void browserFromEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("browser.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/url.txt\"\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const QUrl url(QStringLiteral("https://example.invalid/auth?a=1&b=2"));
        qunsetenv("BROWSER");
        QVERIFY(!OAuthFlow::browserFromEnvironment(url));
        qputenv("BROWSER", QFile::encodeName(script));
        QVERIFY(OAuthFlow::browserFromEnvironment(url));
        qunsetenv("BROWSER");
        QFile out(dir.filePath(QStringLiteral("url.txt")));
        QTRY_VERIFY(out.exists() && out.size() > 0);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), url.toEncoded());
    }

private:
    OAuthConfig baseConfig() const
    {
        OAuthConfig config;
        config.providerName = QStringLiteral("RingCentral");
        config.authorizeUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/authorize?prompt=login").arg(m_port));
        config.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(m_port));
        config.clientId = QStringLiteral("client-123");
        config.redirectPort = 0;
        config.timeout = std::chrono::seconds(20);
        return config;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Loads the URL like a browser: follows the provider's redirect into the loopback receiver
    // and remembers the page it ends on. Optionally asks for /favicon.ico first, as browsers do.
    OAuthFlow::BrowserOpener fakeBrowser(bool favicon = false)
    {
        return [this, favicon](const QUrl &url) {
            if (favicon) {
                const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"),
                                                                  QUrl::FullyDecoded));
                load(redirect.resolved(QUrl(QStringLiteral("/favicon.ico"))));
            }
            load(url);
            return true;
        };
    }

    void load(const QUrl &url)
    {
        QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
        // A page of an earlier test function that arrives late is not this test's.
        connect(reply, &QNetworkReply::finished, this, [this, reply, test = m_test] {
            reply->deleteLater();
            if (test != m_test)
                return;
            const QString path = reply->url().path();
            m_statuses.insert(path,
                              reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            m_pages.insert(path, reply->readAll());
        });
    }

    QHttpServerResponse authorize(const QHttpServerRequest &request)
    {
        const QUrlQuery query = request.query();
        m_authorizeQueries.append(query);
        QUrl redirect(decoded(query, QStringLiteral("redirect_uri")));
        const QString state = decoded(query, QStringLiteral("state"));
        QList<std::pair<QString, QString>> params;
        switch (m_authorizeMode) {
        case AuthorizeMode::Grant:
        case AuthorizeMode::WrongState: {
            const QString code = QStringLiteral("CODE-%1").arg(m_issuedCodes.size() + 1);
            m_issuedCodes.insert(
                code, {decoded(query, QStringLiteral("code_challenge")), redirect.toString()});
            params = {{QStringLiteral("code"), code},
                      {QStringLiteral("state"), m_authorizeMode == AuthorizeMode::WrongState
                                                    ? QStringLiteral("forged")
                                                    : state}};
            break;
        }
        case AuthorizeMode::Denied:
            params = {{QStringLiteral("error"), QStringLiteral("access_denied")},
                      {QStringLiteral("error_description"), QStringLiteral("The user denied")},
                      {QStringLiteral("state"), state}};
            break;
        case AuthorizeMode::OtherError:
            params = {{QStringLiteral("error"), QStringLiteral("invalid_scope")},
                      {QStringLiteral("error_description"), QStringLiteral("<b>bad scope</b>")},
                      {QStringLiteral("state"), state}};
            break;
        }
        redirect.setQuery(QString::fromLatin1(HttpClient::formEncode(params)));
        QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
        response.setHeader("Location", redirect.toEncoded());
        return response;
    }

    QHttpServerResponse token(const QHttpServerRequest &request)
    {
        const QUrlQuery form(QString::fromUtf8(request.body()));
        m_tokenRequests.append(form);
        using Status = QHttpServerResponder::StatusCode;
        if (m_tokenMode == TokenMode::Unavailable)
            return json(R"({"error":"temporarily_unavailable"})", Status::ServiceUnavailable);
        if (m_tokenMode == TokenMode::Malformed)
            return json("{\"access_token\":\"AT-1\",\"expi"); // cut off
        if (m_tokenMode == TokenMode::RingCentralError) {
            return json(
                R"({"error":"invalid_request","error_description":"Redirect URI is not registered",)"
                R"("errors":[{"errorCode":"OAU-109","message":"Redirect URI is not registered"}]})",
                Status::BadRequest);
        }
        const QString code = decoded(form, QStringLiteral("code"));
        const auto issued = m_issuedCodes.take(code); // single use
        const QByteArray verifier = decoded(form, QStringLiteral("code_verifier")).toLatin1();
        QString challenge = issued.first;
        if (m_tamperChallenge)
            challenge += QLatin1Char('x');
        const bool ok =
            decoded(form, QStringLiteral("grant_type")) == QLatin1String("authorization_code") &&
            !issued.first.isEmpty() &&
            decoded(form, QStringLiteral("redirect_uri")) == issued.second &&
            decoded(form, QStringLiteral("client_id")) == QLatin1String("client-123") &&
            QString::fromLatin1(Pkce::challengeS256(verifier)) == challenge;
        if (!ok) {
            return json(
                R"({"error":"invalid_grant","error_description":"Code or verifier mismatch"})",
                Status::BadRequest);
        }
        return json(R"({"access_token":"AT-1","refresh_token":"RT-1","token_type":"bearer",)"
                    R"("expires_in":3600,"refresh_token_expires_in":604800,)"
                    R"("scope":"ReadAccounts ReadCallLog","owner_id":"4242"})");
    }

    static QHttpServerResponse
    json(const char *body,
         QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
    {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(body), status);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_browser;
    AuthorizeMode m_authorizeMode = AuthorizeMode::Grant;
    TokenMode m_tokenMode = TokenMode::Tokens;
    bool m_tamperChallenge = false;
    QList<QUrlQuery> m_authorizeQueries;
    QList<QUrlQuery> m_tokenRequests;
    QHash<QString, std::pair<QString, QString>> m_issuedCodes; // code → challenge, redirect URI
    QHash<QString, QByteArray> m_pages;                        // path → body the browser saw
    QHash<QString, int> m_statuses;
    int m_test = 0; // counts the test functions run, for load()
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// OAuthFlow: one interactive OAuth 2 sign-in (authorization code + PKCE S256 + state) through
// the system browser and a loopback redirect, for any provider (RingCentral, Dropbox, Google).
// run() blocks in a local event loop on the calling thread (a worker, or the UI thread for a
// modal sign-in) until the tokens arrive, the user refuses, it times out or cancel() is called;
// the signals report progress from that thread. cancel() may be called from any thread.
//
// Also home to the types shared with OAuthSession: OAuthConfig, OAuthTokens, OAuthError.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "rcacore_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>

namespace rca {

class HttpResponse;

struct RCACORE_EXPORT OAuthConfig
{
    QString providerName; // "RingCentral", "Dropbox", "Google Drive": used in messages
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // optional: Google desktop clients send their non-secret "secret"
    QStringList scopes;   // joined with spaces; no scope parameter when empty

    // The redirect URI is http://<redirectHost>:<port><redirectPath> and must match the
    // registered one exactly ("localhost" and "127.0.0.1" differ). The listener binds
    // 127.0.0.1 whatever the host name says.
    QString redirectHost = QStringLiteral("localhost");
    quint16 redirectPort = 5000; // 0 = any free port (tests, Google)
    QString redirectPath = QStringLiteral("/oauth2callback");
    QString portSettingName = QStringLiteral("oauth.redirectPort"); // named in "port in use"

    // E.g. token_access_type=offline (Dropbox); access_type=offline, prompt=consent (Google).
    QList<std::pair<QString, QString>> extraAuthorizeParams;

    std::chrono::milliseconds timeout = std::chrono::minutes(5); // waiting for the browser
    int tokenRequestTimeoutMs = 30 * 1000;
};

struct RCACORE_EXPORT OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QString scope;
    QDateTime expiresAt;             // UTC; invalid when the provider did not say
    QDateTime refreshTokenExpiresAt; // UTC; RingCentral's refresh_token_expires_in
    // The token response without the token strings: provider extras (RingCentral owner_id,
    // endpoint_id; Dropbox account_id; Google id fields).
    QJsonObject raw;

    bool isValid() const { return !accessToken.isEmpty(); }
    // Parses a token endpoint answer; expiries are made absolute against nowUtc.
    static Error fromTokenResponse(const QJsonObject &json, const QDateTime &nowUtc,
                                   OAuthTokens *out);
    // The form persisted in the keychain (one JSON object).
    QJsonObject toJson() const;
    static OAuthTokens fromJson(const QJsonObject &json);
};

// The error part of a token endpoint answer: RFC 6749 {error, error_description} and
// RingCentral's {errors: [{errorCode, message}]}. Decisions use error and errorCode only.
struct RCACORE_EXPORT OAuthError
{
    QString error;       // "invalid_grant", "access_denied", …
    QString errorCode;   // "OAU-109", … (RingCentral)
    QString description; // for people; never parsed

    bool isEmpty() const { return error.isEmpty() && errorCode.isEmpty(); }
    // "description (invalid_grant, OAU-211)", for messages.
    QString summary() const;
    static OAuthError parse(const QByteArray &body);
};

class RCACORE_EXPORT OAuthFlow : public QObject
{
    Q_OBJECT

public:
    // Opens the URL in a browser; false if it could not. The app passes
    // QDesktopServices::openUrl, the CLI browserFromEnvironment or a printer, tests a fake.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    // Why run() failed, for code that must decide (the message is for people).
    enum class Failure {
        None,
        Cancelled,     // cancel() or the CancelToken
        PortBusy,      // the redirect port is taken (or listening failed)
        BrowserFailed, // the opener returned false
        TimedOut,      // no answer from the browser in time
        Denied,        // error=access_denied: the user said no or closed the consent
        StateMismatch, // the answer was not for this request; its code was not used
        ProviderError, // another error in the redirect, or the token endpoint refused
        NetworkError,  // the token endpoint could not be reached / answered 5xx
        BadResponse,   // the token endpoint's answer could not be understood
    };
    Q_ENUM(Failure)

    OAuthFlow(OAuthConfig config, BrowserOpener opener, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Runs the whole sign-in; on success *tokens holds them. Blocks (local event loop).
    // Error kinds: Cancelled; Transient (timeout, network, 5xx at the token endpoint);
    // Reconnect (denied, state mismatch, code refused: nothing was connected, try again);
    // SourceFailure (port busy, no browser, unreadable answer).
    Error run(OAuthTokens *tokens, const CancelToken &cancel = CancelToken());
    // Any thread: makes run() return Cancelled promptly (also when called before run()). Use
    // one OAuthFlow per sign-in attempt.
    void cancel();

    Failure failure() const { return m_failure; }
    // The redirect URI of the running (or last) sign-in, with the actual port.
    QUrl redirectUri() const { return m_redirectUri; }
    const OAuthConfig &config() const { return m_config; }

    // Builds the authorization URL (exposed for tests and for showing it).
    static QUrl authorizationUrl(const OAuthConfig &config, const QUrl &redirectUri,
                                 const QByteArray &challenge, const QByteArray &state);
    // Runs $BROWSER (a command; "%s" is replaced by the URL, else the URL is appended) with
    // QProcess::startDetached. False when BROWSER is unset or could not be started.
    static bool browserFromEnvironment(const QUrl &url);
    // Classifies a failed token-endpoint answer (shared with OAuthSession's refresh).
    static Error tokenEndpointError(const HttpResponse &response, const QString &providerName,
                                    Failure *failure = nullptr);

signals:
    // Before the browser is opened: the UI may show it as a link, the CLI prints it.
    void authorizationUrlReady(const QUrl &url);
    void waitingForBrowser();
    void exchangingCode();

private:
    Error fail(Failure failure, Error error);

    OAuthConfig m_config;
    BrowserOpener m_opener;
    CancelToken m_cancel;
    Failure m_failure = Failure::None;
    QUrl m_redirectUri;
};

} // namespace rca

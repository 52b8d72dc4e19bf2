// OAuthSession: the saved sign-in of one account. Keeps the tokens as one JSON blob in the
// SecretStore under a caller-chosen key and hands out a valid access token, refreshing it
// shortly before it expires. Refresh tokens are single-use (RingCentral), so a new pair is
// written to the keychain before it is handed out. Thread-safe: any thread may call; one
// refresh runs at a time and callers that waited for it use its result. Blocking calls (local
// event loops on the calling thread). Signals are emitted from the calling thread.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "oauth/oauthflow.h"
#include "rcacore_export.h"

#include <QMutex>
#include <QObject>

#include <chrono>

namespace rca {

class Clock;
class SecretStore;

class RCACORE_EXPORT OAuthSession : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString providerName; // "RingCentral", "Dropbox", …: used in messages
        QString serviceId;    // "ringcentral", "dropbox", …: what `rc-archiver connect` takes
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret; // optional (Google desktop clients)
        QString secretKey;    // keychain entry holding this account's tokens
        std::chrono::seconds refreshMargin = std::chrono::minutes(5);
        int requestTimeoutMs = 30 * 1000;
        // Why the sign-in may have stopped working, for the reconnect message.
        QString reconnectReasons = QStringLiteral(
            "it was revoked, expired after a long time offline, or the password changed");
    };

    enum class RevokeMethod {
        FormToken,         // POST token=<refresh token>&client_id=… (RingCentral, Google)
        BearerAccessToken, // POST with Authorization: Bearer <access token> (Dropbox)
    };

    // store and clock are not owned and must outlive the session; clock may be null (system).
    OAuthSession(Config config, SecretStore *store, const Clock *clock = nullptr,
                 QObject *parent = nullptr);
    ~OAuthSession() override;

    // Reads the saved tokens; an absent entry leaves the session disconnected, no error.
    Error load();
    // Saves the tokens of a fresh sign-in (keychain first) and clears needsReconnect().
    Error setTokens(const OAuthTokens &tokens);

    bool isConnected() const;
    // True after the provider refused the saved refresh token: only a new sign-in helps.
    bool needsReconnect() const;
    OAuthTokens tokens() const;

    // A token valid for at least refreshMargin, refreshing first when needed. When a refresh
    // fails transiently but the current token has not expired yet, that token is returned.
    Error validAccessToken(QString *token, const CancelToken &cancel = CancelToken());
    // After a 401: refreshes unless another caller already replaced rejectedToken (then its
    // successor is returned). An empty rejectedToken always refreshes.
    Error forceRefresh(QString *token, const QString &rejectedToken = QString(),
                       const CancelToken &cancel = CancelToken());
    // Best effort revocation at the provider (failures are logged, not returned), then the
    // keychain entry is deleted; the returned error is the keychain's.
    Error revoke(const QUrl &revokeUrl, RevokeMethod method = RevokeMethod::FormToken,
                 const CancelToken &cancel = CancelToken());

signals:
    void tokensChanged();
    void reconnectNeeded(const QString &message);

private:
    QDateTime now() const;
    Error refreshLocked(const CancelToken &cancel);
    Error persist(const OAuthTokens &tokens);
    // With m_refreshMutex held: the current pair, after storing one still waiting for the
    // keychain; a reconnect error once the sign-in was refused.
    Error currentTokensLocked(OAuthTokens *current);
    Error reconnectError() const;

    const Config m_config;
    SecretStore *m_store;
    const Clock *m_clock;

    QMutex m_refreshMutex;      // serializes refreshes and keychain writes
    mutable QMutex m_dataMutex; // guards the fields below
    OAuthTokens m_tokens;
    bool m_needsReconnect = false;
    bool m_persistPending = false; // a refreshed pair is only in memory: write it first
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// OAuthSession: the saved sign-in of one account. Keeps the tokens as one JSON blob in the
// SecretStore under a caller-chosen key and hands out a valid access token, refreshing it
// shortly before it expires. Refresh tokens are single-use (RingCentral), so a refresh token is
// never spent twice and a new pair is never lost:
//  - one refresh at a time per keychain entry, across the sessions of a process (the engine's
//    job and an audit each hold one) and across processes (a lock file); a session first takes
//    a pair another one stored meanwhile instead of spending its own, older refresh token;
//  - the token request is sent once (HttpRequest::sendOnce): Qt never resends it unseen;
//  - when its answer is lost, the same refresh token is asked again: RingCentral answers a
//    repeated refresh token with the pair it already issued while that pair is unused;
//  - the new pair is written to the keychain before it is handed out.
// Thread-safe: any thread may call; callers that waited for a refresh use its result. Blocking
// calls (local event loops on the calling thread). Signals are emitted from the calling thread.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "oauth/oauthflow.h"
#include "rcacore_export.h"

#include <QMutex>
#include <QObject>

#include <chrono>
#include <functional>

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
        // A refresh whose answer was lost (dropped connection, timeout, unreadable answer) is
        // asked again with the same refresh token up to this many times: as the pacing allows
        // (setRefreshPacing), or without pacing the first after lostAnswerDelayMs, then twice
        // as long each time.
        int lostAnswerRetries = 3;
        int lostAnswerDelayMs = 1000;
        // The lock file that serializes refreshes of this keychain entry across sessions and
        // processes; empty: one in the temporary directory, named after the user and the entry.
        QString lockFilePath;
        // Why the sign-in may have stopped working, for the reconnect message.
        QString reconnectReasons = QStringLiteral(
            "it was revoked, expired after a long time offline, or the password changed");
    };

    // Paces the token requests the session sends of its own accord: routine refreshes
    // (validAccessToken) and the repeats of a refresh whose answer was lost. The first request
    // of forceRefresh is paced by its caller (RingCentralApi takes an Auth slot before it).
    // before() may wait; its error ends the refresh. after() sees every answer of the token
    // endpoint (rate-limit headers, 429).
    struct RefreshPacing
    {
        std::function<Error(const CancelToken &cancel)> before;
        std::function<void(const HttpResponse &response)> after;
    };

    enum class RevokeMethod {
        FormToken,         // POST token=<refresh token>&client_id=… (RingCentral, Google)
        BearerAccessToken, // POST with Authorization: Bearer <access token> (Dropbox)
    };

    // store and clock are not owned and must outlive the session; clock may be null (system).
    OAuthSession(Config config, SecretStore *store, const Clock *clock = nullptr,
                 QObject *parent = nullptr);
    ~OAuthSession() override;

    // Before the session is shared with other threads.
    void setRefreshPacing(RefreshPacing pacing) { m_pacing = std::move(pacing); }

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
    enum class Trigger { Routine, Forced };
    using Serves = std::function<bool(const OAuthTokens &pair)>;

    QDateTime now() const;
    bool isFresh(const OAuthTokens &pair) const;
    QString lockFilePath() const;
    // With m_refreshMutex held: under the entry's lock file, takes a pair another session
    // stored when it serves the caller, else refreshes.
    Error refreshLocked(Trigger trigger, const Serves &serves, const CancelToken &cancel);
    // One refresh, asked again with the same refresh token while its answer is lost.
    Error requestPair(const OAuthTokens &old, Trigger trigger, const CancelToken &cancel,
                      OAuthTokens *fresh);
    // Takes the keychain's pair when it differs from ours (another session refreshed); true
    // when it did.
    bool adoptStoredLocked();
    Error persist(const OAuthTokens &tokens);
    // With m_refreshMutex held: the current pair, after storing one still waiting for the
    // keychain; a reconnect error once the sign-in was refused.
    Error currentTokensLocked(OAuthTokens *current);
    Error reconnectError() const;

    const Config m_config;
    SecretStore *m_store;
    const Clock *m_clock;
    RefreshPacing m_pacing;

    QMutex m_refreshMutex;      // serializes refreshes and keychain writes
    mutable QMutex m_dataMutex; // guards the fields below
    OAuthTokens m_tokens;
    bool m_needsReconnect = false;
    bool m_persistPending = false; // a refreshed pair is only in memory: write it first
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oauthsession.h"

#include <algorithm>

#include "common/clock.h"
#include "common/frontend.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"
#include "secrets/secretstore.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutexLocker>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcSession, "rcarchiver.core.oauth", QtInfoMsg)

// How long a refresh waits for another session's refresh of the same entry (which may itself
// wait for its rate-limit slot and repeat a lost request) before it gives up for now.
constexpr int kEntryLockWaitMs = 3 * 60 * 1000;

// The entry's lock file, held for one refresh or keychain write. QLockFile also keeps out a
// second QLockFile of this process (it waits like another process would), and frees the lock
// of a process that died. Without a usable lock file (an unwritable directory) the session goes
// on unlocked: it still takes a pair another session stored, only a race stays possible.
class EntryLock
{
public:
    explicit EntryLock(const QString &path)
        : m_file(path)
        , m_path(path)
    {
        m_file.setStaleLockTime(0); // only a dead owner makes it stale, never its age
    }

    // Cancelled, or Transient when another session holds it too long.
    Error acquire(const QString &providerName, const CancelToken &cancel)
    {
        const QDeadlineTimer deadline(kEntryLockWaitMs);
        while (!m_file.tryLock(100)) {
            if (m_file.error() != QLockFile::LockFailedError) {
                qCWarning(lcSession).noquote()
                    << providerName << "sign-in: the lock file" << m_path << "cannot be used"
                    << "(QLockFile error" << int(m_file.error()) << "); going on without it";
                return {};
            }
            if (cancel.isCancelled())
                return Error::cancelled();
            if (deadline.hasExpired()) {
                return Error::transient(
                    OAuthSession::tr("The %1 sign-in is being renewed by another RC Archiver "
                                     "process. It will be tried again.")
                        .arg(providerName));
            }
        }
        return {};
    }

private:
    QLockFile m_file;
    const QString m_path;
};

} // namespace

OAuthSession::OAuthSession(Config config, SecretStore *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_clock(clock)
{
    Q_ASSERT(m_store);
}

OAuthSession::~OAuthSession() = default;

QDateTime OAuthSession::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

bool OAuthSession::isFresh(const OAuthTokens &pair) const
{
    // Refresh ahead of expiry, but never so early that a short-lived token is refreshed before
    // every request: at most a quarter of its lifetime ahead.
    qint64 margin = m_config.refreshMargin.count();
    const qint64 lifetime = pair.raw.value(QLatin1String("expires_in")).toInteger(0);
    if (lifetime > 0)
        margin = std::min(margin, lifetime / 4);
    return !pair.accessToken.isEmpty() &&
           (!pair.expiresAt.isValid() || now().addSecs(margin) < pair.expiresAt);
}

QString OAuthSession::lockFilePath() const
{
    if (!m_config.lockFilePath.isEmpty())
        return m_config.lockFilePath;
    // Keychain entries are per user: so is the lock (the home directory tells users apart in a
    // shared temporary directory).
    const QByteArray id = QCryptographicHash::hash(
        (QDir::homePath() + u'\n' + m_config.secretKey).toUtf8(), QCryptographicHash::Sha256);
    return QDir::temp().filePath(
        QStringLiteral("rc-archiver-signin-%1.lock").arg(QString::fromLatin1(id.toHex().left(20))));
}

Error OAuthSession::reconnectError() const
{
    return Error::reconnect(tr("%1 no longer accepts the saved sign-in (%2).")
                                .arg(m_config.providerName, m_config.reconnectReasons) +
                            u' ' + Frontend::reconnectAdvice(m_config.serviceId));
}

Error OAuthSession::load()
{
    QMutexLocker refreshLock(&m_refreshMutex);
    QString blob;
    if (Error error = m_store->read(m_config.secretKey, &blob))
        return error;
    OAuthTokens loaded;
    if (!blob.isEmpty()) {
        QJsonObject json;
        if (HttpClient::parseJsonObject(blob.toUtf8(), &json)) {
            return Error::reconnect(
                tr("The saved %1 sign-in could not be read.").arg(m_config.providerName) + u' ' +
                Frontend::reconnectAdvice(m_config.serviceId));
        }
        loaded = OAuthTokens::fromJson(json);
    }
    {
        QMutexLocker lock(&m_dataMutex);
        m_tokens = loaded;
        m_needsReconnect = false;
        m_persistPending = false;
    }
    emit tokensChanged();
    return {};
}

Error OAuthSession::setTokens(const OAuthTokens &tokens)
{
    QMutexLocker refreshLock(&m_refreshMutex);
    // A refresh of the previous sign-in in another process must not write over this one.
    EntryLock entryLock(lockFilePath());
    if (Error error = entryLock.acquire(m_config.providerName, CancelToken());
        error && error.kind() == Error::Kind::Cancelled) {
        return error;
    }
    if (Error error = persist(tokens))
        return error;
    {
        QMutexLocker lock(&m_dataMutex);
        m_tokens = tokens;
        m_needsReconnect = false;
        m_persistPending = false;
    }
    emit tokensChanged();
    return {};
}

bool OAuthSession::isConnected() const
{
    QMutexLocker lock(&m_dataMutex);
    return !m_tokens.accessToken.isEmpty() || !m_tokens.refreshToken.isEmpty();
}

bool OAuthSession::needsReconnect() const
{
    QMutexLocker lock(&m_dataMutex);
    return m_needsReconnect;
}

OAuthTokens OAuthSession::tokens() const
{
    QMutexLocker lock(&m_dataMutex);
    return m_tokens;
}

Error OAuthSession::persist(const OAuthTokens &tokens)
{
    const QByteArray blob = QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact);
    return m_store->write(m_config.secretKey, QString::fromUtf8(blob));
}

Error OAuthSession::validAccessToken(QString *token, const CancelToken &cancel)
{
    {
        QMutexLocker lock(&m_dataMutex);
        if (m_needsReconnect)
            return reconnectError();
        if (!m_persistPending && isFresh(m_tokens)) {
            *token = m_tokens.accessToken;
            return {};
        }
    }

    // One refresh at a time: a caller that waited here finds the fresh token below.
    QMutexLocker refreshLock(&m_refreshMutex);
    OAuthTokens current;
    if (Error error = currentTokensLocked(&current))
        return error;
    if (isFresh(current)) {
        *token = current.accessToken;
        return {};
    }

    if (Error error = refreshLocked(
            Trigger::Routine, [this](const OAuthTokens &pair) { return isFresh(pair); }, cancel)) {
        current = tokens();
        const bool stillValid = !current.accessToken.isEmpty() && current.expiresAt.isValid() &&
                                now() < current.expiresAt;
        if (error.kind() == Error::Kind::Transient && stillValid) {
            qCInfo(lcSession).noquote() << m_config.providerName
                                        << "refresh failed for now; the current token is still "
                                           "valid until"
                                        << current.expiresAt.toString(Qt::ISODate);
            *token = current.accessToken;
            return {};
        }
        return error;
    }
    QMutexLocker lock(&m_dataMutex);
    *token = m_tokens.accessToken;
    return {};
}

Error OAuthSession::currentTokensLocked(OAuthTokens *current)
{
    bool pending = false;
    {
        QMutexLocker lock(&m_dataMutex);
        if (m_needsReconnect)
            return reconnectError();
        *current = m_tokens;
        pending = m_persistPending;
    }
    // A pair the keychain refused earlier is stored before anything uses it.
    if (pending) {
        if (Error error = persist(*current))
            return error;
        QMutexLocker lock(&m_dataMutex);
        m_persistPending = false;
    }
    return {};
}

Error OAuthSession::forceRefresh(QString *token, const QString &rejectedToken,
                                 const CancelToken &cancel)
{
    QMutexLocker refreshLock(&m_refreshMutex);
    OAuthTokens current;
    if (Error error = currentTokensLocked(&current))
        return error;
    // Another caller (or another session of this entry, below) replaced the refused token.
    const auto replaced = [&rejectedToken](const OAuthTokens &pair) {
        return !rejectedToken.isEmpty() && !pair.accessToken.isEmpty() &&
               pair.accessToken != rejectedToken;
    };
    if (replaced(current)) {
        *token = current.accessToken;
        return {};
    }
    if (Error error = refreshLocked(Trigger::Forced, replaced, cancel))
        return error;
    QMutexLocker lock(&m_dataMutex);
    *token = m_tokens.accessToken;
    return {};
}

bool OAuthSession::adoptStoredLocked()
{
    {
        QMutexLocker lock(&m_dataMutex);
        if (m_persistPending)
            return false; // ours is newer than the keychain's and waits to be written
    }
    QString blob;
    QJsonObject json;
    if (m_store->read(m_config.secretKey, &blob) || blob.isEmpty() ||
        HttpClient::parseJsonObject(blob.toUtf8(), &json)) {
        return false;
    }
    const OAuthTokens stored = OAuthTokens::fromJson(json);
    {
        QMutexLocker lock(&m_dataMutex);
        if (stored.refreshToken.isEmpty() || (stored.refreshToken == m_tokens.refreshToken &&
                                              stored.accessToken == m_tokens.accessToken)) {
            return false;
        }
        m_tokens = stored;
    }
    qCInfo(lcSession).noquote() << m_config.providerName
                                << "sign-in was renewed by another session; using its tokens";
    emit tokensChanged();
    return true;
}

Error OAuthSession::refreshLocked(Trigger trigger, const Serves &serves, const CancelToken &cancel)
{
    EntryLock entryLock(lockFilePath());
    if (Error error = entryLock.acquire(m_config.providerName, cancel))
        return error;
    // Our refresh token may be spent already: the engine's job and an audit, or the window and
    // the command line, each hold a session of this entry, and the one that refreshed first
    // stored the pair that is valid now.
    if (adoptStoredLocked() && serves(tokens()))
        return {};

    const OAuthTokens old = tokens();
    if (old.refreshToken.isEmpty()) {
        if (old.accessToken.isEmpty()) {
            return Error::reconnect(tr("%1 is not connected.").arg(m_config.providerName) + u' ' +
                                    Frontend::connectAdvice(m_config.serviceId));
        }
        QMutexLocker lock(&m_dataMutex);
        m_needsReconnect = true;
        return reconnectError();
    }

    OAuthTokens fresh;
    if (Error error = requestPair(old, trigger, cancel, &fresh)) {
        if (error.kind() != Error::Kind::Reconnect)
            return error;
        const Error reconnect = reconnectError();
        {
            QMutexLocker lock(&m_dataMutex);
            m_needsReconnect = true;
        }
        emit reconnectNeeded(reconnect.message());
        return reconnect;
    }
    // Google and Dropbox keep the refresh token; RingCentral rotates it on every refresh.
    if (fresh.refreshToken.isEmpty())
        fresh.refreshToken = old.refreshToken;
    if (!fresh.refreshTokenExpiresAt.isValid() && fresh.refreshToken == old.refreshToken)
        fresh.refreshTokenExpiresAt = old.refreshTokenExpiresAt;
    QJsonObject raw = old.raw;
    for (auto it = fresh.raw.constBegin(); it != fresh.raw.constEnd(); ++it)
        raw.insert(it.key(), it.value());
    fresh.raw = raw;

    // The old refresh token is spent: the new pair goes to the keychain before anyone uses
    // it. If the keychain fails, the pair is kept in memory (it is the only valid one) and
    // written first on the next call, but not handed out before that.
    const Error stored = persist(fresh);
    {
        QMutexLocker lock(&m_dataMutex);
        m_tokens = fresh;
        m_persistPending = stored.isError();
    }
    if (stored) {
        qCWarning(lcSession).noquote()
            << m_config.providerName << "refreshed tokens could not be saved:" << stored.message();
        return stored;
    }
    qCDebug(lcSession).noquote() << m_config.providerName << "access token refreshed, valid until"
                                 << fresh.expiresAt.toString(Qt::ISODate);
    emit tokensChanged();
    return {};
}

Error OAuthSession::requestPair(const OAuthTokens &old, Trigger trigger, const CancelToken &cancel,
                                OAuthTokens *fresh)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.tokenUrl;
    request.transferTimeoutMs = m_config.requestTimeoutMs;
    request.totalTimeoutMs = m_config.requestTimeoutMs;
    request.maxBodySize = 1024 * 1024;
    request.sendOnce = true; // a resend is decided below, never by the transport
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QList<std::pair<QString, QString>> form = {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), old.refreshToken},
        {QStringLiteral("client_id"), m_config.clientId},
    };
    if (!m_config.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_config.clientSecret});
    request.setFormBody(form);

    const int attempts = 1 + std::max(0, m_config.lostAnswerRetries);
    for (int attempt = 1;; ++attempt) {
        if ((trigger == Trigger::Routine || attempt > 1) && m_pacing.before) {
            if (Error error = m_pacing.before(cancel))
                return error;
        }
        qCDebug(lcSession).noquote() << m_config.providerName << "refreshing the access token";
        const HttpResponse response = HttpClient().send(request, cancel);
        if (m_pacing.after)
            m_pacing.after(response);
        if (response.cancelled)
            return Error::cancelled();

        Error lost;
        if (response.isSuccess()) {
            QJsonObject json;
            lost =
                response.json(&json, tr("The %1 token refresh answer").arg(m_config.providerName));
            if (!lost)
                lost = OAuthTokens::fromTokenResponse(json, now(), fresh);
            if (!lost)
                return {};
        } else if (response.transportFailed() || response.timedOut) {
            lost = OAuthFlow::tokenEndpointError(response, m_config.providerName);
        } else {
            const Error error = OAuthFlow::tokenEndpointError(response, m_config.providerName);
            if (error.kind() == Error::Kind::Reconnect) {
                qCWarning(lcSession).noquote()
                    << m_config.providerName << "refused the refresh token: HTTP" << response.status
                    << OAuthError::parse(response.body).summary();
            }
            return error;
        }

        // The refresh may have been carried out with its answer lost on the way: the old
        // refresh token is then spent and the new pair unknown. RingCentral answers the same
        // refresh token again with that pair for as long as it is unused, so asking again is
        // how the pair is recovered (and a plain retry when the request never arrived).
        if (attempt >= attempts)
            return lost;
        // With pacing (RingCentral's Auth group) the pace spaces the repeats.
        const qint64 delay =
            m_pacing.before ? 0 : qint64(m_config.lostAnswerDelayMs) << (attempt - 1);
        qCInfo(lcSession).noquote()
            << m_config.providerName
            << (response.requestSent ? "refresh answer lost:" : "refresh not sent:")
            << lost.message() << "- asking again with the same refresh token in" << delay
            << QStringLiteral("ms (%1 of %2)").arg(attempt).arg(attempts);
        if (!RetryPolicy::sleepInSlices(delay, cancel))
            return Error::cancelled();
    }
}

Error OAuthSession::revoke(const QUrl &revokeUrl, RevokeMethod method, const CancelToken &cancel)
{
    QMutexLocker refreshLock(&m_refreshMutex);
    EntryLock entryLock(lockFilePath());
    if (Error error = entryLock.acquire(m_config.providerName, cancel);
        error && error.kind() == Error::Kind::Cancelled) {
        return error;
    }
    const OAuthTokens current = tokens();
    const QString token =
        current.refreshToken.isEmpty() ? current.accessToken : current.refreshToken;
    if (revokeUrl.isValid() && !token.isEmpty()) {
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = revokeUrl;
        request.transferTimeoutMs = m_config.requestTimeoutMs;
        request.totalTimeoutMs = m_config.requestTimeoutMs;
        if (method == RevokeMethod::BearerAccessToken) {
            request.setBearerToken(current.accessToken);
        } else {
            QList<std::pair<QString, QString>> form = {
                {QStringLiteral("token"), token},
                {QStringLiteral("client_id"), m_config.clientId},
            };
            if (!m_config.clientSecret.isEmpty())
                form.append({QStringLiteral("client_secret"), m_config.clientSecret});
            request.setFormBody(form);
        }
        const HttpResponse response = HttpClient().send(request, cancel);
        if (!response.isSuccess()) {
            qCInfo(lcSession).noquote()
                << m_config.providerName << "revocation failed (ignored): HTTP" << response.status
                << response.networkError;
        }
    }
    const Error removed = m_store->remove(m_config.secretKey);
    {
        QMutexLocker lock(&m_dataMutex);
        m_tokens = OAuthTokens();
        m_needsReconnect = false;
        m_persistPending = false;
    }
    emit tokensChanged();
    return removed;
}

} // namespace rca

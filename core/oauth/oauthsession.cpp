#include "oauthsession.h"

#include <algorithm>

#include "common/clock.h"
#include "common/frontend.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcSession, "rcarchiver.core.oauth", QtInfoMsg)

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
    const auto fresh = [this](const OAuthTokens &t) {
        // Refresh ahead of expiry, but never so early that a short-lived token is refreshed
        // before every request: at most a quarter of its lifetime ahead.
        qint64 margin = m_config.refreshMargin.count();
        const qint64 lifetime = t.raw.value(QLatin1String("expires_in")).toInteger(0);
        if (lifetime > 0)
            margin = std::min(margin, lifetime / 4);
        return !t.accessToken.isEmpty() &&
               (!t.expiresAt.isValid() || now().addSecs(margin) < t.expiresAt);
    };
    {
        QMutexLocker lock(&m_dataMutex);
        if (m_needsReconnect)
            return reconnectError();
        if (!m_persistPending && fresh(m_tokens)) {
            *token = m_tokens.accessToken;
            return {};
        }
    }

    // One refresh at a time: a caller that waited here finds the fresh token below.
    QMutexLocker refreshLock(&m_refreshMutex);
    OAuthTokens current;
    if (Error error = currentTokensLocked(&current))
        return error;
    if (fresh(current)) {
        *token = current.accessToken;
        return {};
    }

    if (Error error = refreshLocked(cancel)) {
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
    if (!rejectedToken.isEmpty() && !current.accessToken.isEmpty() &&
        current.accessToken != rejectedToken) {
        *token = current.accessToken; // another caller refreshed while we waited
        return {};
    }
    if (Error error = refreshLocked(cancel))
        return error;
    QMutexLocker lock(&m_dataMutex);
    *token = m_tokens.accessToken;
    return {};
}

Error OAuthSession::refreshLocked(const CancelToken &cancel)
{
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

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.tokenUrl;
    request.transferTimeoutMs = m_config.requestTimeoutMs;
    request.totalTimeoutMs = m_config.requestTimeoutMs;
    request.maxBodySize = 1024 * 1024;
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QList<std::pair<QString, QString>> form = {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), old.refreshToken},
        {QStringLiteral("client_id"), m_config.clientId},
    };
    if (!m_config.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_config.clientSecret});
    request.setFormBody(form);

    qCDebug(lcSession).noquote() << m_config.providerName << "refreshing the access token";
    const HttpResponse response = HttpClient().send(request, cancel);
    if (!response.isSuccess()) {
        const Error error = OAuthFlow::tokenEndpointError(response, m_config.providerName);
        if (error.kind() != Error::Kind::Reconnect)
            return error;
        const Error reconnect = reconnectError();
        {
            QMutexLocker lock(&m_dataMutex);
            m_needsReconnect = true;
        }
        qCWarning(lcSession).noquote()
            << m_config.providerName << "refused the refresh token: HTTP" << response.status
            << OAuthError::parse(response.body).summary();
        emit reconnectNeeded(reconnect.message());
        return reconnect;
    }

    QJsonObject json;
    if (Error error =
            response.json(&json, tr("The %1 token refresh answer").arg(m_config.providerName))) {
        return error;
    }
    OAuthTokens fresh;
    if (Error error = OAuthTokens::fromTokenResponse(json, now(), &fresh))
        return error;
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

Error OAuthSession::revoke(const QUrl &revokeUrl, RevokeMethod method, const CancelToken &cancel)
{
    QMutexLocker refreshLock(&m_refreshMutex);
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

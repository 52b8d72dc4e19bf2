// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oauthflow.h"

#include "net/httpclient.h"
#include "oauth/loopbackreceiver.h"
#include "oauth/pkce.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcOAuth, "rcarchiver.core.oauth", QtInfoMsg)

constexpr int kCancelPollMs = 50;
constexpr int kMaxDescription = 300;

QDateTime expiryFrom(const QJsonValue &value, const QDateTime &nowUtc)
{
    // Some providers send the number as a string.
    bool ok = value.isDouble();
    qint64 seconds = ok ? qint64(value.toDouble()) : value.toString().toLongLong(&ok);
    if (!ok || seconds <= 0)
        return {};
    return nowUtc.addSecs(seconds);
}

QString encodeQuery(const QList<std::pair<QString, QString>> &items)
{
    return QString::fromLatin1(HttpClient::formEncode(items));
}

} // namespace

// ---- OAuthTokens -------------------------------------------------------------------------

Error OAuthTokens::fromTokenResponse(const QJsonObject &json, const QDateTime &nowUtc,
                                     OAuthTokens *out)
{
    OAuthTokens tokens;
    tokens.accessToken = json.value(QLatin1String("access_token")).toString();
    if (tokens.accessToken.isEmpty())
        return Error::source(QCoreApplication::translate(
            "rca::OAuthFlow", "The sign-in answer contained no access token."));
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    tokens.tokenType = json.value(QLatin1String("token_type")).toString();
    tokens.scope = json.value(QLatin1String("scope")).toString();
    tokens.expiresAt = expiryFrom(json.value(QLatin1String("expires_in")), nowUtc);
    tokens.refreshTokenExpiresAt =
        expiryFrom(json.value(QLatin1String("refresh_token_expires_in")), nowUtc);
    tokens.raw = json;
    for (const char *secret : {"access_token", "refresh_token", "id_token"})
        tokens.raw.remove(QLatin1String(secret));
    if (out)
        *out = tokens;
    return {};
}

QJsonObject OAuthTokens::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("version"), 1);
    json.insert(QLatin1String("access_token"), accessToken);
    json.insert(QLatin1String("refresh_token"), refreshToken);
    json.insert(QLatin1String("token_type"), tokenType);
    json.insert(QLatin1String("scope"), scope);
    if (expiresAt.isValid())
        json.insert(QLatin1String("expires_at"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    if (refreshTokenExpiresAt.isValid()) {
        json.insert(QLatin1String("refresh_token_expires_at"),
                    refreshTokenExpiresAt.toUTC().toString(Qt::ISODateWithMs));
    }
    json.insert(QLatin1String("raw"), raw);
    return json;
}

OAuthTokens OAuthTokens::fromJson(const QJsonObject &json)
{
    OAuthTokens tokens;
    tokens.accessToken = json.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    tokens.tokenType = json.value(QLatin1String("token_type")).toString();
    tokens.scope = json.value(QLatin1String("scope")).toString();
    tokens.expiresAt = QDateTime::fromString(json.value(QLatin1String("expires_at")).toString(),
                                             Qt::ISODateWithMs);
    tokens.refreshTokenExpiresAt = QDateTime::fromString(
        json.value(QLatin1String("refresh_token_expires_at")).toString(), Qt::ISODateWithMs);
    tokens.raw = json.value(QLatin1String("raw")).toObject();
    return tokens;
}

// ---- OAuthError --------------------------------------------------------------------------

QString OAuthError::summary() const
{
    QStringList codes;
    if (!error.isEmpty())
        codes << error;
    if (!errorCode.isEmpty())
        codes << errorCode;
    QString text = description.left(kMaxDescription).simplified();
    if (codes.isEmpty())
        return text;
    const QString joined = codes.join(QLatin1String(", "));
    return text.isEmpty() ? joined : QStringLiteral("%1 (%2)").arg(text, joined);
}

OAuthError OAuthError::parse(const QByteArray &body)
{
    OAuthError result;
    QJsonObject json;
    if (HttpClient::parseJsonObject(body, &json))
        return result;
    result.error = json.value(QLatin1String("error")).toString();
    result.description = json.value(QLatin1String("error_description")).toString();
    const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        result.errorCode = first.value(QLatin1String("errorCode")).toString();
        if (result.description.isEmpty())
            result.description = first.value(QLatin1String("message")).toString();
    }
    if (result.description.isEmpty())
        result.description = json.value(QLatin1String("message")).toString();
    return result;
}

// ---- OAuthFlow ---------------------------------------------------------------------------

OAuthFlow::OAuthFlow(OAuthConfig config, BrowserOpener opener, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_opener(std::move(opener))
{}

OAuthFlow::~OAuthFlow() = default;

void OAuthFlow::cancel()
{
    m_cancel.cancel();
}

Error OAuthFlow::fail(Failure failure, Error error)
{
    m_failure = failure;
    qCInfo(lcOAuth).noquote() << m_config.providerName << "sign-in failed:" << failure;
    return error;
}

QUrl OAuthFlow::authorizationUrl(const OAuthConfig &config, const QUrl &redirectUri,
                                 const QByteArray &challenge, const QByteArray &state)
{
    QList<std::pair<QString, QString>> items = {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), config.clientId},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
        {QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::challengeMethod)},
        {QStringLiteral("state"), QString::fromLatin1(state)},
    };
    if (!config.scopes.isEmpty())
        items.append({QStringLiteral("scope"), config.scopes.join(QLatin1Char(' '))});
    items += config.extraAuthorizeParams;

    QUrl url = config.authorizeUrl;
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += encodeQuery(items);
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

bool OAuthFlow::browserFromEnvironment(const QUrl &url)
{
    const QString browser = qEnvironmentVariable("BROWSER").trimmed();
    if (browser.isEmpty())
        return false;
    // BROWSER may list alternatives separated by ':'; the first that starts wins.
    const QString address = url.toString(QUrl::FullyEncoded);
    const auto commands = browser.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &command : commands) {
        QStringList args = QProcess::splitCommand(command);
        if (args.isEmpty())
            continue;
        bool substituted = false;
        for (QString &arg : args) {
            if (arg.contains(QLatin1String("%s"))) {
                arg.replace(QLatin1String("%s"), address);
                substituted = true;
            }
        }
        if (!substituted)
            args.append(address);
        const QString program = args.takeFirst();
        if (QProcess::startDetached(program, args))
            return true;
    }
    return false;
}

Error OAuthFlow::tokenEndpointError(const HttpResponse &response, const QString &providerName,
                                    Failure *failure)
{
    auto set = [failure](Failure f) {
        if (failure)
            *failure = f;
    };
    if (response.cancelled) {
        set(Failure::Cancelled);
        return Error::cancelled();
    }
    const OAuthError oauthError = OAuthError::parse(response.body);
    const bool serverSide = response.transportFailed() || response.timedOut ||
                            response.status >= 500 || response.status == 429 ||
                            response.status == 408 ||
                            oauthError.error == QLatin1String("temporarily_unavailable") ||
                            oauthError.error == QLatin1String("server_error");
    if (serverSide) {
        set(Failure::NetworkError);
        const Error httpError = response.error(tr("Signing in to %1").arg(providerName));
        if (httpError.kind() == Error::Kind::Transient)
            return httpError;
        return Error::transient(tr("%1 could not complete the sign-in right now: %2. "
                                   "Try again in a few minutes.")
                                    .arg(providerName, oauthError.summary()),
                                response.retryAfterSeconds());
    }
    if (response.status >= 400 && response.status < 500) {
        set(Failure::ProviderError);
        const QString detail = oauthError.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status)
                                                    : oauthError.summary();
        return Error::reconnect(tr("%1 refused the sign-in: %2.").arg(providerName, detail));
    }
    set(Failure::BadResponse);
    return Error::source(tr("%1 answered the sign-in with an unexpected status (%2).")
                             .arg(providerName)
                             .arg(response.status));
}

Error OAuthFlow::run(OAuthTokens *tokens, const CancelToken &cancel)
{
    m_failure = Failure::None;
    const QString provider = m_config.providerName;
    auto cancelled = [&] { return cancel.isCancelled() || m_cancel.isCancelled(); };
    if (cancelled())
        return fail(Failure::Cancelled, Error::cancelled());

    const Pkce pkce = Pkce::generate();

    LoopbackReceiver receiver;
    if (Error error = receiver.listen(m_config.redirectPort, m_config.redirectPath,
                                      m_config.portSettingName)) {
        return fail(Failure::PortBusy, error);
    }
    m_redirectUri = QUrl(QStringLiteral("http://%1:%2%3")
                             .arg(m_config.redirectHost)
                             .arg(receiver.port())
                             .arg(receiver.path()));

    // The answer is judged before the browser is answered, so the page tells the truth.
    std::optional<Failure> callbackFailure;
    QString callbackMessage;
    receiver.setJudge([&](const QUrlQuery &query) -> LoopbackReceiver::Verdict {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        if (!error.isEmpty()) {
            const QString description =
                query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                    .left(kMaxDescription);
            if (error == QLatin1String("access_denied")) {
                callbackFailure = Failure::Denied;
                callbackMessage =
                    tr("Sign-in was cancelled or consent denied at %1.").arg(provider);
            } else {
                callbackFailure = Failure::ProviderError;
                OAuthError e{error, {}, description};
                callbackMessage = tr("%1 reported a sign-in error: %2.").arg(provider, e.summary());
            }
        } else if (state.toLatin1() != pkce.state) {
            callbackFailure = Failure::StateMismatch;
            callbackMessage = tr("The sign-in answer did not belong to this sign-in "
                                 "attempt (state mismatch), so it was not used. "
                                 "Start the sign-in again.");
        } else if (query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).isEmpty()) {
            callbackFailure = Failure::ProviderError;
            callbackMessage =
                tr("%1 sent no authorization code back. Start the sign-in again.").arg(provider);
        } else {
            return {true, {}};
        }
        return {false, callbackMessage};
    });

    const QUrl authorizeUrl = authorizationUrl(m_config, m_redirectUri, pkce.challenge, pkce.state);
    emit authorizationUrlReady(authorizeUrl);
    if (!m_opener || !m_opener(authorizeUrl)) {
        return fail(Failure::BrowserFailed,
                    Error::source(tr("RC Archiver could not open a web browser for "
                                     "the %1 sign-in.")
                                      .arg(provider)));
    }
    emit waitingForBrowser();
    qCDebug(lcOAuth).noquote() << provider << "sign-in: waiting for the browser on"
                               << m_redirectUri.toString();

    QEventLoop loop;
    QString code;
    bool gotCallback = false;
    connect(&receiver, &LoopbackReceiver::callbackReceived, &loop,
            [&](const QUrlQuery &query, bool accepted) {
                gotCallback = true;
                if (accepted)
                    code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                loop.quit();
            });
    bool timedOut = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timeout.start(m_config.timeout);
    QTimer cancelPoll;
    connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    cancelPoll.start(kCancelPollMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();
    timeout.stop();

    if (!gotCallback) {
        receiver.close();
        if (cancelled())
            return fail(Failure::Cancelled, Error::cancelled());
        Q_ASSERT(timedOut);
        return fail(Failure::TimedOut,
                    Error::transient(tr("The %1 sign-in timed out: no answer came "
                                        "back from the browser. Start it again.")
                                         .arg(provider)));
    }
    if (callbackFailure) {
        receiver.close();
        const Error::Kind kind = Error::Kind::Reconnect;
        return fail(*callbackFailure, Error(kind, callbackMessage));
    }

    emit exchangingCode();
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.tokenUrl;
    request.transferTimeoutMs = m_config.tokenRequestTimeoutMs;
    request.totalTimeoutMs = m_config.tokenRequestTimeoutMs;
    request.maxBodySize = 1024 * 1024;
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QList<std::pair<QString, QString>> form = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_id"), m_config.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier)},
    };
    if (!m_config.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_config.clientSecret});
    request.setFormBody(form);

    // The token request shares the cancel flags of both the caller and cancel().
    CancelToken exchangeCancel;
    QTimer relay;
    connect(&relay, &QTimer::timeout, &relay, [&] {
        if (cancelled())
            exchangeCancel.cancel();
    });
    relay.start(kCancelPollMs);
    const HttpResponse response = HttpClient().send(request, exchangeCancel);
    relay.stop();
    receiver.close();

    if (!response.isSuccess()) {
        Failure failure = Failure::ProviderError;
        Error error = tokenEndpointError(response, provider, &failure);
        return fail(failure, error);
    }
    QJsonObject json;
    if (Error error = response.json(&json, tr("The %1 sign-in answer").arg(provider)))
        return fail(Failure::BadResponse, error);
    OAuthTokens result;
    if (Error error =
            OAuthTokens::fromTokenResponse(json, QDateTime::currentDateTimeUtc(), &result))
        return fail(Failure::BadResponse, error);
    if (tokens)
        *tokens = result;
    qCInfo(lcOAuth).noquote() << provider << "sign-in complete";
    return {};
}

} // namespace rca

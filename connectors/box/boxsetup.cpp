// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Box connector's set-up side: the fields it asks for, its settings resolved against the
// keychain, the environment and the build, the browser sign-in, and the tear-down.

#include "boxconnector.h"

#include "common/frontend.h"
#include "logging/logging.h"
#include "oauth/oauthflow.h"
#include "oauth/oauthsession.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace rca {

namespace {

constexpr qint64 MB = 1000 * 1000;
constexpr qint64 MaxDirectUpload = 50 * MB; // Box's limit for POST /files/content
constexpr qint64 DefaultThreshold = 20 * MB;
constexpr quint16 DefaultRedirectPort = 5002;

const QString ClientId = QStringLiteral("clientId");
const QString ClientSecret = QStringLiteral("clientSecret");
const QString ApiUrl = QStringLiteral("apiUrl");
const QString UploadUrl = QStringLiteral("uploadUrl");
const QString AuthorizeUrl = QStringLiteral("authorizeUrl");
const QString TokenUrl = QStringLiteral("tokenUrl");
const QString RedirectPort = QStringLiteral("redirectPort");
const QString UploadThreshold = QStringLiteral("uploadThreshold");
const QString RetryBaseMs = QStringLiteral("retryBaseMs");
const QString RootFolderId = QStringLiteral("rootFolderId");

const QString DefaultApiUrl = QStringLiteral("https://api.box.com/2.0");
const QString DefaultUploadUrl = QStringLiteral("https://upload.box.com/api/2.0");
const QString DefaultAuthorizeUrl = QStringLiteral("https://account.box.com/api/oauth2/authorize");

// A setting, else the environment variable, else the default.
QString setting(const QJsonObject &settings, const QString &name, const char *env,
                const QString &fallback)
{
    const QJsonValue value = settings.value(name);
    if (value.isString() && !value.toString().trimmed().isEmpty())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString fromEnv = env ? qEnvironmentVariable(env).trimmed() : QString();
    return fromEnv.isEmpty() ? fallback : fromEnv;
}

} // namespace

std::unique_ptr<StorageConnector> BoxConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<BoxConnector>(context);
}

SetUpDescription BoxConnectorFactory::setUpDescription() const
{
    using Kind = SetUpField::Kind;
    SetUpDescription d;
    d.browserSignIn = true;
    // Every field is advanced: the built-in app needs none of them.
    auto add = [&](const QString &key, Kind kind, const QString &label, const QString &help,
                   const QVariant &defaultValue = {}) -> SetUpField & {
        SetUpField &field = d.add(key, kind, label, help);
        field.defaultValue = defaultValue;
        field.advanced = true;
        return field;
    };
    add(ClientId, Kind::Text, tr("Client id"),
        tr("The client id of your own Box app (default: the built-in one, or "
           "RCA_BOX_CLIENT_ID)."));
    add(ClientSecret, Kind::Secret, tr("Client secret"),
        tr("The client secret of your own Box app, kept in the keychain."));
    add(RedirectPort, Kind::Port, tr("Sign-in redirect port"),
        tr("The loopback port of the redirect URI registered for the app "
           "(http://localhost:PORT/oauth2callback)."),
        DefaultRedirectPort);
    add(ApiUrl, Kind::Text, tr("API server"), tr("The Box API's base URL."), DefaultApiUrl);
    add(UploadUrl, Kind::Text, tr("Upload server"), tr("The base URL for uploads."),
        DefaultUploadUrl);
    add(AuthorizeUrl, Kind::Text, tr("Sign-in page"), tr("The page that asks for your consent."),
        DefaultAuthorizeUrl);
    SetUpField &threshold =
        add(UploadThreshold, Kind::Number, tr("Single-request upload limit (bytes)"),
            tr("Files up to this size go up in one request; larger ones in an upload session "
               "(Box takes sessions for files over 20 MB only)."),
            DefaultThreshold);
    threshold.minimum = DefaultThreshold;
    threshold.maximum = MaxDirectUpload;
    return d;
}

BoxConnector::BoxConnector(const ConnectorContext &context)
    : m_context(context)
    , m_settings(context.settings)
{}

BoxConnector::~BoxConnector() = default;

QString BoxConnector::tokensKey(const QString &profileId)
{
    return profileId + QStringLiteral("/box/tokens");
}

QString BoxConnector::clientSecretKey(const QString &profileId)
{
    return profileId + QStringLiteral("/box/clientSecret");
}

Error BoxConnector::resolve(const QJsonObject &settings, const QString &secretOption,
                            Config *config) const
{
    // The client id and its secret come as a pair: the user's own app (the secret from the
    // option or the keychain), else the environment's, else the build's.
    config->clientId = settings.value(ClientId).toString().trimmed();
    config->ownClient = !config->clientId.isEmpty();
    config->clientSecret.clear();
    if (config->ownClient) {
        config->clientSecret = secretOption;
        if (config->clientSecret.isEmpty() && m_context.secrets) {
            if (Error e = m_context.secrets->read(clientSecretKey(m_context.profileId),
                                                  &config->clientSecret))
                return e;
        }
    } else if (!qEnvironmentVariable("RCA_BOX_CLIENT_ID").trimmed().isEmpty()) {
        config->clientId = qEnvironmentVariable("RCA_BOX_CLIENT_ID").trimmed();
        config->clientSecret = qEnvironmentVariable("RCA_BOX_CLIENT_SECRET").trimmed();
    } else {
        config->clientId = QStringLiteral(RCA_BOX_CLIENT_ID);
        config->clientSecret = QStringLiteral(RCA_BOX_CLIENT_SECRET);
    }
    if (config->clientId.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::BoxConnector",
            "No Box app is configured. Register one in the Box Developer Console (a Custom "
            "App with User Authentication (OAuth 2.0) and the redirect URI "
            "http://localhost:5002/oauth2callback), then pass its client id with --option "
            "clientId=ID (the client secret is asked for and kept in the keychain), set "
            "RCA_BOX_CLIENT_ID and RCA_BOX_CLIENT_SECRET, or build with "
            "-DRCA_BOX_CLIENT_ID=ID -DRCA_BOX_CLIENT_SECRET=SECRET."));
    if (config->clientSecret.isEmpty()) {
        if (!config->ownClient)
            return Error::storage(QCoreApplication::translate(
                "rca::BoxConnector", "The Box app's client secret is missing: set "
                                     "RCA_BOX_CLIENT_SECRET beside RCA_BOX_CLIENT_ID."));
        return Error::storage(
                   QCoreApplication::translate("rca::BoxConnector",
                                               "Enter the client secret of your Box app (the "
                                               "\"clientSecret\" option)."))
            .withConfirmation(
                {Confirmation::Kind::Secret,
                 ClientSecret,
                 {},
                 QCoreApplication::translate("rca::BoxConnector", "Client secret of the Box app %1")
                     .arg(config->clientId),
                 {},
                 {}});
    }

    config->apiUrl = QUrl(setting(settings, ApiUrl, "RCA_BOX_API_URL", DefaultApiUrl));
    config->uploadUrl = QUrl(setting(settings, UploadUrl, "RCA_BOX_UPLOAD_URL", DefaultUploadUrl));
    config->authorizeUrl =
        QUrl(setting(settings, AuthorizeUrl, "RCA_BOX_AUTHORIZE_URL", DefaultAuthorizeUrl));
    // Box's token endpoint sits beside the API: https://api.box.com/oauth2/token.
    QUrl defaultToken = config->apiUrl;
    defaultToken.setPath(QStringLiteral("/oauth2/token"));
    defaultToken.setQuery(QString());
    config->tokenUrl =
        QUrl(setting(settings, TokenUrl, "RCA_BOX_TOKEN_URL", defaultToken.toString()));
    config->revokeUrl = config->tokenUrl.resolved(QUrl(QStringLiteral("revoke")));
    for (const QUrl &url :
         {config->apiUrl, config->uploadUrl, config->authorizeUrl, config->tokenUrl}) {
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return Error::storage(
                QCoreApplication::translate("rca::BoxConnector", "Invalid Box URL: %1")
                    .arg(url.toString()));
    }
    bool ok = false;
    const int port =
        setting(settings, RedirectPort, nullptr, QString::number(DefaultRedirectPort)).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error::storage(
            QCoreApplication::translate("rca::BoxConnector", "Invalid Box redirectPort"));
    config->redirectPort = quint16(port);
    const qint64 threshold =
        setting(settings, UploadThreshold, nullptr, QString::number(DefaultThreshold))
            .toLongLong(&ok);
    if (!ok || threshold < 0 || threshold > MaxDirectUpload)
        return Error::storage(QCoreApplication::translate(
            "rca::BoxConnector", "Invalid Box uploadThreshold: at most 50 MB (50000000 bytes)."));
    config->limits.threshold = threshold;
    const int retryBase =
        setting(settings, RetryBaseMs, nullptr, QStringLiteral("1000")).toInt(&ok);
    if (ok && retryBase >= 0)
        config->retry.baseDelayMs = retryBase;
    return {};
}

Error BoxConnector::startSession(const CancelToken &cancel)
{
    if (!m_context.secrets)
        return Error::storage(QCoreApplication::translate(
            "rca::BoxConnector", "No keychain is available for the Box sign-in"));
    OAuthSession::Config config;
    config.providerName = QStringLiteral("Box");
    config.serviceId = QStringLiteral("box");
    config.tokenUrl = m_config.tokenUrl;
    config.clientId = m_config.clientId;
    config.clientSecret = m_config.clientSecret;
    config.secretKey = tokensKey(m_context.profileId);
    config.reconnectReasons = QCoreApplication::translate(
        "rca::BoxConnector", "the app's access was removed in Box, or the sign-in went "
                             "unused for 60 days");
    m_folders.reset();
    m_api.reset();
    m_session = std::make_unique<OAuthSession>(config, m_context.secrets);
    m_api = std::make_unique<BoxApi>(m_config.apiUrl, m_config.uploadUrl, m_session.get(),
                                     m_config.retry, cancel);
    m_folders = std::make_unique<BoxFolders>(m_api.get());
    return {};
}

Error BoxConnector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    QJsonObject merged = m_settings;
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it.key() != ClientSecret)
            merged.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    const QString secretOption = options.value(ClientSecret).toString();
    if (Error e = resolve(merged, secretOption, &m_config))
        return e;
    if (!m_context.openBrowser)
        return Error::storage(QCoreApplication::translate(
            "rca::BoxConnector", "Connecting Box needs a browser for the sign-in; run it from "
                                 "the window or `rc-archiver connect box`."));

    OAuthConfig oauth;
    oauth.providerName = QStringLiteral("Box");
    oauth.authorizeUrl = m_config.authorizeUrl;
    oauth.tokenUrl = m_config.tokenUrl;
    oauth.clientId = m_config.clientId;
    oauth.clientSecret = m_config.clientSecret;
    oauth.redirectPort = m_config.redirectPort;
    oauth.portSettingName = RedirectPort;
    OAuthTokens tokens;
    {
        OAuthFlow flow(oauth, m_context.openBrowser);
        if (Error e = flow.run(&tokens, m_context.cancel))
            return e;
    }
    if (tokens.refreshToken.isEmpty())
        return Error::reconnect(QCoreApplication::translate(
            "rca::BoxConnector",
            "Box gave no refresh token, so archiving could not go on unattended; connect "
            "again."));

    // The secret is kept only once it is known to work, and only the user's own: a built-in or
    // environment one is found there again.
    if (m_config.ownClient) {
        if (Error e = m_context.secrets
                          ? m_context.secrets->write(clientSecretKey(m_context.profileId),
                                                     m_config.clientSecret)
                          : Error::storage(QCoreApplication::translate(
                                "rca::BoxConnector", "No keychain is available for the "
                                                     "Box sign-in")))
            return e;
    } else if (m_context.secrets) {
        m_context.secrets->remove(clientSecretKey(m_context.profileId));
    }
    if (Error e = startSession(m_context.cancel))
        return e;
    if (Error e = m_session->setTokens(tokens))
        return e;
    QString rootId;
    if (Error e = m_folders->ensureRoot(&rootId)) {
        m_session->revoke(m_config.revokeUrl);
        return e;
    }

    merged.insert(ApiUrl, m_config.apiUrl.toString());
    merged.insert(UploadUrl, m_config.uploadUrl.toString());
    merged.insert(AuthorizeUrl, m_config.authorizeUrl.toString());
    merged.insert(TokenUrl, m_config.tokenUrl.toString());
    merged.insert(RedirectPort, m_config.redirectPort);
    merged.insert(RootFolderId, rootId);
    m_settings = merged;
    *settings = merged;
    qCInfo(lcStorage).noquote() << "Box archive set up in" << location() << "(folder" << rootId
                                << ")";
    return {};
}

Error BoxConnector::tearDown()
{
    Error resolved = resolve(m_settings, QString(), &m_config);
    Error removed;
    if (!resolved) {
        if (Error e = startSession(CancelToken()))
            return e;
        m_session->load();
        // Best effort at Box (client id, secret and the refresh token), then the keychain.
        removed = m_session->revoke(m_config.revokeUrl);
    } else if (m_context.secrets) {
        removed = m_context.secrets->remove(tokensKey(m_context.profileId));
    }
    if (m_context.secrets) {
        if (Error e = m_context.secrets->remove(clientSecretKey(m_context.profileId));
            e && !removed)
            removed = e;
    }
    m_folders.reset();
    m_api.reset();
    m_session.reset();
    return removed;
}

Error BoxConnector::open(const CancelToken &cancel)
{
    if (Error e = resolve(m_settings, QString(), &m_config))
        return e.confirmation() ? Error::reconnect(e.message() + u' ' +
                                                   Frontend::reconnectAdvice(QStringLiteral("box")))
                                : e;
    if (Error e = startSession(cancel))
        return e;
    if (Error e = m_session->load())
        return e;
    if (!m_session->isConnected())
        return Error::reconnect(
            QCoreApplication::translate("rca::BoxConnector", "Box is not connected.") + u' ' +
            Frontend::connectAdvice(QStringLiteral("box")));
    // Reachable and signed in: the archive root must be there (made again if the user removed
    // it), and its folder id starts this job's index.
    QString rootId;
    if (Error e = m_folders->ensureRoot(&rootId))
        return e.kind() == Error::Kind::ItemPermanent ? Error::storage(e.message()) : e;
    m_settings.insert(RootFolderId, rootId);
    return {};
}

void BoxConnector::close()
{
    m_folders.reset();
    m_api.reset();
    m_session.reset();
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dropboxconnector.h"

#include "common/frontend.h"
#include "dropboxdownload.h"
#include "dropboxlisting.h"
#include "logging/logging.h"
#include "oauth/oauthflow.h"
#include "oauth/oauthsession.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace rca {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MaxSingleUpload = 150 * MiB;

const QString AppKey = QStringLiteral("appKey");
const QString ApiUrl = QStringLiteral("apiUrl");
const QString ContentUrl = QStringLiteral("contentUrl");
const QString AuthorizeUrl = QStringLiteral("authorizeUrl");
const QString RedirectPort = QStringLiteral("redirectPort");
const QString UploadThreshold = QStringLiteral("uploadThreshold");
const QString ChunkSize = QStringLiteral("chunkSize");
const QString RetryBaseMs = QStringLiteral("retryBaseMs");
const QString AccountId = QStringLiteral("accountId");

// A setting, else the environment variable, else the default.
QString setting(const QJsonObject &settings, const QString &name, const char *env,
                const QString &fallback)
{
    const QJsonValue value = settings.value(name);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString fromEnv = env ? qEnvironmentVariable(env) : QString();
    return fromEnv.isEmpty() ? fallback : fromEnv;
}

qint64 chunkAlignment()
{
    // Dropbox needs chunks in multiples of 4 MiB for concurrent sessions and is fastest so;
    // tests lower this to keep their files small.
    bool ok = false;
    const qint64 value = qEnvironmentVariableIntValue("RCA_DROPBOX_CHUNK_ALIGNMENT", &ok);
    return ok && value > 0 ? value : 4 * MiB;
}

} // namespace

std::unique_ptr<StorageConnector>
DropboxConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<DropboxConnector>(context);
}

SetUpDescription DropboxConnectorFactory::setUpDescription() const
{
    using Kind = SetUpField::Kind;
    SetUpDescription d;
    d.browserSignIn = true;
    // Every field is advanced: the built-in app needs none of them.
    auto add = [&](const QString &key, Kind kind, const QString &label, const QString &help,
                   const QVariant &defaultValue) {
        SetUpField &field = d.add(key, kind, label, help);
        field.defaultValue = defaultValue;
        field.advanced = true;
    };
    add(AppKey, Kind::Text, tr("App key"),
        tr("The key of your own Dropbox app (default: the built-in one, or "
           "RCA_DROPBOX_APP_KEY)."),
        {});
    add(RedirectPort, Kind::Port, tr("Sign-in redirect port"),
        tr("The loopback port of the redirect URI registered for the app."), 5001);
    add(ApiUrl, Kind::Text, tr("API server"), tr("The Dropbox API's base URL."),
        QStringLiteral("https://api.dropboxapi.com"));
    add(ContentUrl, Kind::Text, tr("Content server"), tr("The base URL for file contents."),
        QStringLiteral("https://content.dropboxapi.com"));
    add(AuthorizeUrl, Kind::Text, tr("Sign-in page"), tr("The page that asks for your consent."),
        QStringLiteral("https://www.dropbox.com/oauth2/authorize"));
    add(UploadThreshold, Kind::Number, tr("Single-request upload limit (bytes)"),
        tr("Files up to this size go up in one request; larger ones in an upload session."),
        8 * MiB);
    add(ChunkSize, Kind::Number, tr("Upload chunk size (bytes)"),
        tr("The part of a large file sent per request, a multiple of 4 MiB."), 8 * MiB);
    d.fields[5].maximum = d.fields[6].maximum = MaxSingleUpload;
    d.fields[6].minimum = 1;
    return d;
}

DropboxConnector::DropboxConnector(const ConnectorContext &context)
    : m_context(context)
    , m_settings(context.settings)
{}

DropboxConnector::~DropboxConnector() = default;

QString DropboxConnector::secretKey(const QString &profileId)
{
    return profileId + QStringLiteral("/dropbox/tokens");
}

Error DropboxConnector::resolve(const QJsonObject &settings, Config *config)
{
    config->appKey =
        setting(settings, AppKey, "RCA_DROPBOX_APP_KEY", QStringLiteral(RCA_DROPBOX_APP_KEY));
    if (config->appKey.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::DropboxConnector",
            "No Dropbox app key is configured. Register a Dropbox app as the README's section "
            "\"Registering a Dropbox app\" explains, then pass its key with --option appKey=KEY "
            "or RCA_DROPBOX_APP_KEY, or build with -DRCA_DROPBOX_APP_KEY=KEY."));
    config->apiUrl = QUrl(setting(settings, ApiUrl, "RCA_DROPBOX_API_URL",
                                  QStringLiteral("https://api.dropboxapi.com")));
    config->contentUrl = QUrl(setting(settings, ContentUrl, "RCA_DROPBOX_CONTENT_URL",
                                      QStringLiteral("https://content.dropboxapi.com")));
    config->authorizeUrl =
        QUrl(setting(settings, AuthorizeUrl, "RCA_DROPBOX_AUTHORIZE_URL",
                     QStringLiteral("https://www.dropbox.com/oauth2/authorize")));
    for (const QUrl &url : {config->apiUrl, config->contentUrl, config->authorizeUrl}) {
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return Error::storage(
                QCoreApplication::translate("rca::DropboxConnector", "Invalid Dropbox URL: %1")
                    .arg(url.toString()));
    }
    bool ok = false;
    const int port = setting(settings, RedirectPort, nullptr, QStringLiteral("5001")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error::storage(
            QCoreApplication::translate("rca::DropboxConnector", "Invalid Dropbox redirectPort"));
    config->redirectPort = quint16(port);

    const qint64 threshold =
        setting(settings, UploadThreshold, nullptr, QString::number(8 * MiB)).toLongLong(&ok);
    const qint64 chunk =
        ok ? setting(settings, ChunkSize, nullptr, QString::number(8 * MiB)).toLongLong(&ok) : 0;
    if (!ok || threshold < 0 || threshold > MaxSingleUpload || chunk <= 0 ||
        chunk > MaxSingleUpload || chunk % chunkAlignment() != 0)
        return Error::storage(QCoreApplication::translate(
            "rca::DropboxConnector",
            "Invalid Dropbox upload sizes: uploadThreshold must be at most 150 MiB and chunkSize "
            "a multiple of 4 MiB up to 150 MiB."));
    config->limits.threshold = threshold;
    config->limits.chunkSize = chunk;
    const int retryBase =
        setting(settings, RetryBaseMs, nullptr, QStringLiteral("1000")).toInt(&ok);
    if (ok && retryBase >= 0)
        config->retry.baseDelayMs = retryBase;
    return {};
}

Error DropboxConnector::startSession(const CancelToken &cancel)
{
    if (!m_context.secrets)
        return Error::storage(QCoreApplication::translate(
            "rca::DropboxConnector", "No keychain is available for the Dropbox sign-in"));
    OAuthSession::Config config;
    config.providerName = QStringLiteral("Dropbox");
    config.serviceId = QStringLiteral("dropbox");
    config.tokenUrl =
        QUrl(m_config.apiUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/oauth2/token"));
    config.clientId = m_config.appKey;
    config.secretKey = secretKey(m_context.profileId);
    config.reconnectReasons = QCoreApplication::translate(
        "rca::DropboxConnector",
        "the app was disconnected in Dropbox's settings, or the sign-in expired");
    m_session = std::make_unique<OAuthSession>(config, m_context.secrets);
    m_api = std::make_unique<DropboxApi>(m_config.apiUrl, m_config.contentUrl, m_session.get(),
                                         m_config.retry, cancel);
    m_knownFolders.clear();
    return {};
}

Error DropboxConnector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    QJsonObject merged = m_settings;
    for (auto it = options.begin(); it != options.end(); ++it)
        merged.insert(it.key(), QJsonValue::fromVariant(it.value()));
    if (Error e = resolve(merged, &m_config))
        return e;
    if (!m_context.openBrowser)
        return Error::storage(QCoreApplication::translate(
            "rca::DropboxConnector",
            "Connecting Dropbox needs a browser for the sign-in; run it from the "
            "window or `rc-archiver connect dropbox`."));

    OAuthConfig oauth;
    oauth.providerName = QStringLiteral("Dropbox");
    oauth.authorizeUrl = m_config.authorizeUrl;
    oauth.tokenUrl =
        QUrl(m_config.apiUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/oauth2/token"));
    oauth.clientId = m_config.appKey;
    oauth.redirectPort = m_config.redirectPort;
    oauth.portSettingName = RedirectPort;
    oauth.extraAuthorizeParams = {{QStringLiteral("token_access_type"), QStringLiteral("offline")}};
    OAuthTokens tokens;
    {
        OAuthFlow flow(oauth, m_context.openBrowser);
        if (Error e = flow.run(&tokens, m_context.cancel))
            return e;
    }
    if (tokens.refreshToken.isEmpty())
        return Error::reconnect(QCoreApplication::translate(
            "rca::DropboxConnector",
            "Dropbox did not grant offline access (no refresh token); connect again."));

    if (Error e = startSession(m_context.cancel))
        return e;
    if (Error e = m_session->setTokens(tokens))
        return e;
    if (Error e = createFolder(DropboxApi::rootPath())) {
        m_session->revoke(QUrl(m_config.apiUrl.toString(QUrl::StripTrailingSlash) +
                               QStringLiteral("/2/auth/token/revoke")),
                          OAuthSession::RevokeMethod::BearerAccessToken);
        return e;
    }

    for (const QString &name : {AppKey, ApiUrl, ContentUrl, AuthorizeUrl})
        merged.insert(name, name == AppKey       ? m_config.appKey
                            : name == ApiUrl     ? m_config.apiUrl.toString()
                            : name == ContentUrl ? m_config.contentUrl.toString()
                                                 : m_config.authorizeUrl.toString());
    merged.insert(RedirectPort, m_config.redirectPort);
    const QString account = tokens.raw.value(QStringLiteral("account_id")).toString();
    if (!account.isEmpty())
        merged.insert(AccountId, account);
    m_settings = merged;
    *settings = merged;
    qCInfo(lcStorage).noquote() << "Dropbox archive set up in" << location();
    return {};
}

Error DropboxConnector::tearDown()
{
    if (Error e = resolve(m_settings, &m_config); e && m_config.appKey.isEmpty())
        return m_context.secrets ? m_context.secrets->remove(secretKey(m_context.profileId)) : e;
    if (Error e = startSession(CancelToken()))
        return e;
    m_session->load();
    QString token;
    m_session->validAccessToken(&token); // revocation needs a live access token
    const Error removed =
        m_session->revoke(QUrl(m_config.apiUrl.toString(QUrl::StripTrailingSlash) +
                               QStringLiteral("/2/auth/token/revoke")),
                          OAuthSession::RevokeMethod::BearerAccessToken);
    m_api.reset();
    m_session.reset();
    return removed;
}

Error DropboxConnector::open(const CancelToken &cancel)
{
    if (Error e = resolve(m_settings, &m_config))
        return e;
    if (Error e = startSession(cancel))
        return e;
    if (Error e = m_session->load())
        return e;
    if (!m_session->isConnected())
        return Error::reconnect(
            QCoreApplication::translate("rca::DropboxConnector", "Dropbox is not connected.") +
            u' ' + Frontend::connectAdvice(QStringLiteral("dropbox")));
    // Reachable and signed in: the archive root must be there (recreated if the user removed it).
    return createFolder(DropboxApi::rootPath());
}

void DropboxConnector::close()
{
    m_api.reset();
    m_session.reset();
    m_knownFolders.clear();
}

Error DropboxConnector::createFolder(const QString &dropboxPath)
{
    const QString key = dropboxPath.toLower();
    if (m_knownFolders.contains(key))
        return {};
    const DropboxApi::Result result = m_api->rpc(
        QStringLiteral("files/create_folder_v2"),
        QJsonObject{{QStringLiteral("path"), dropboxPath}, {QStringLiteral("autorename"), false}},
        QCoreApplication::translate("rca::DropboxConnector", "Creating the Dropbox folder %1")
            .arg(dropboxPath));
    if (result.error && !result.hasSummary(u"path/conflict/folder")) {
        if (result.hasSummary(u"path/conflict"))
            return Error::itemPermanent(
                QCoreApplication::translate("rca::DropboxConnector",
                                            "A file in Dropbox is in the way of the folder %1")
                    .arg(dropboxPath));
        if (result.hasSummary(u"path/insufficient_space"))
            return Error::storage(QCoreApplication::translate(
                "rca::DropboxConnector", "The Dropbox account is full: free some space "
                                         "in Dropbox or upgrade the plan."));
        return result.error;
    }
    m_knownFolders.insert(key);
    return {};
}

Error DropboxConnector::ensureFolder(const QString &relativePath)
{
    if (!m_api)
        return notOpen();
    const QString full = DropboxApi::dropboxPath(relativePath);
    if (full.isEmpty())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxConnector",
                                        "Refused the folder %1: it leaves the archive")
                .arg(relativePath));
    // Level by level, so that each existing level costs one call once per session.
    QString path = DropboxApi::rootPath();
    if (Error e = createFolder(path))
        return e;
    for (const QString &part : relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/') + part;
        if (Error e = createFolder(path))
            return e;
    }
    return {};
}

Error DropboxConnector::notOpen() const
{
    return Error::storage(
        QCoreApplication::translate("rca::DropboxConnector", "Dropbox is not open"));
}

std::unique_ptr<StorageUpload> DropboxConnector::startUpload(const QString &relativePath,
                                                             DropboxUpload::Mode mode, Error *error)
{
    *error = {};
    if (!m_api) {
        *error = notOpen();
        return nullptr;
    }
    if (DropboxApi::dropboxPath(relativePath).isEmpty() || relativePath.endsWith(u'/')) {
        *error = Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxConnector",
                                        "Refused the file %1: it leaves the archive")
                .arg(relativePath));
        return nullptr;
    }
    return std::make_unique<DropboxUpload>(m_api.get(), relativePath, m_config.limits, mode);
}

std::unique_ptr<StorageUpload> DropboxConnector::beginUpload(const QString &relativePath,
                                                             qint64 expectedSize, Error *error)
{
    Q_UNUSED(expectedSize);
    return startUpload(relativePath, DropboxUpload::Mode::Add, error);
}

std::unique_ptr<StorageUpload> DropboxConnector::beginReplace(const QString &relativePath,
                                                              qint64 expectedSize, Error *error)
{
    Q_UNUSED(expectedSize);
    return startUpload(relativePath, DropboxUpload::Mode::Replace, error);
}

Error DropboxConnector::listFolder(const QString &relativeFolder, bool recursive,
                                   const EntryHandler &handleEntry, const CancelToken &cancel)
{
    if (!m_api)
        return notOpen();
    return DropboxListing(m_api.get()).run(relativeFolder, recursive, handleEntry, cancel);
}

Error DropboxConnector::readFile(const QString &relativePath, ByteSink *sink,
                                 const CancelToken &cancel)
{
    if (!m_api)
        return notOpen();
    return DropboxDownload(m_api.get()).run(relativePath, sink, cancel);
}

QString DropboxConnector::checksumName() const
{
    return QStringLiteral("content_hash");
}

Error DropboxConnector::stat(const QString &relativePath, StoredFile *stored)
{
    *stored = StoredFile();
    stored->path = relativePath;
    if (!m_api)
        return notOpen();
    const QString path = DropboxApi::dropboxPath(relativePath);
    if (path.isEmpty())
        return Error::itemPermanent(QCoreApplication::translate("rca::DropboxConnector",
                                                                "Refused %1: it leaves the archive")
                                        .arg(relativePath));
    const DropboxApi::Result result = m_api->rpc(
        QStringLiteral("files/get_metadata"), QJsonObject{{QStringLiteral("path"), path}},
        QCoreApplication::translate("rca::DropboxConnector", "Looking at %1 in Dropbox").arg(path));
    if (result.error) {
        if (result.hasSummary(u"path/not_found"))
            return {};
        return result.error;
    }
    if (result.json.value(QStringLiteral(".tag")).toString() != QLatin1String("file"))
        return {};
    stored->size = result.json.value(QStringLiteral("size")).toInteger(-1);
    stored->providerChecksum = result.json.value(QStringLiteral("content_hash")).toString();
    return {};
}

QString DropboxConnector::location() const
{
    return QStringLiteral("Dropbox app folder \u203a RingCentral Application");
}

QString DropboxConnector::locationUrl() const
{
    return QStringLiteral("https://www.dropbox.com/home/Apps");
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledriveconnector.h"

#include "common/frontend.h"
#include "googledrivedownload.h"
#include "googledrivelisting.h"
#include "logging/logging.h"
#include "oauth/oauthflow.h"
#include "oauth/oauthsession.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace rca {

namespace {

const QString ClientIdKey = QStringLiteral("clientId");
const QString ClientSecretKey = QStringLiteral("clientSecret");
const QString RootFolderKey = QStringLiteral("rootFolderId");
const QString ChunkSizeKey = QStringLiteral("chunkSize");
const QString SimpleLimitKey = QStringLiteral("simpleUploadLimit");
const QString RetryDelayKey = QStringLiteral("retryBaseDelayMs");
const QString RetryAttemptsKey = QStringLiteral("retryMaxAttempts");
const QString DriveScope = QStringLiteral("https://www.googleapis.com/auth/drive.file");
const QString ProviderName = QStringLiteral("Google Drive");
constexpr qint64 Granularity = 256 * 1024;

QUrl urlFromEnvironment(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name).trimmed();
    return QUrl(value.isEmpty() ? fallback : value);
}

qint64 number(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

} // namespace

// GoogleDriveConnectorFactory

std::unique_ptr<StorageConnector>
GoogleDriveConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<GoogleDriveConnector>(context);
}

SetUpDescription GoogleDriveConnectorFactory::setUpDescription() const
{
    using Kind = SetUpField::Kind;
    SetUpDescription d;
    d.browserSignIn = true;
    // Every field is advanced: the built-in app needs none of them.
    auto add = [&](const QString &key, Kind kind, const QString &label, const QString &help) {
        SetUpField *field = &d.add(key, kind, label, help);
        field->advanced = true;
        return field;
    };
    add(ClientIdKey, Kind::Text, tr("OAuth client id"),
        tr("The client id of your own Google desktop app (default: RCA_GOOGLE_CLIENT_ID or the "
           "built-in one)."));
    add(ClientSecretKey, Kind::Text, tr("OAuth client secret"),
        tr("Its client secret (default: RCA_GOOGLE_CLIENT_SECRET or the built-in one)."));
    SetUpField *f = add(ChunkSizeKey, Kind::Number, tr("Upload chunk size (bytes)"),
                        tr("The part of a large file sent per request, a multiple of 256 KiB."));
    f->defaultValue = 8 * 1024 * 1024;
    f->minimum = Granularity;
    f->maximum = 1024 * 1024 * 1024;
    f = add(SimpleLimitKey, Kind::Number, tr("Single-request upload limit (bytes)"),
            tr("Files up to this size go up in one request; larger ones in resumable parts."));
    f->defaultValue = 5 * 1000 * 1000;
    f->minimum = 0;
    f->maximum = 5 * 1000 * 1000;
    return d;
}

// GoogleDriveConnector

GoogleDriveConnector::GoogleDriveConnector(const ConnectorContext &context)
    : m_context(context)
    , m_settings(context.settings)
{
    applyTuning(m_settings);
}

GoogleDriveConnector::~GoogleDriveConnector() = default;

GoogleDriveConnector::Endpoints GoogleDriveConnector::endpoints()
{
    Endpoints e;
    e.authorize = urlFromEnvironment(
        "RCA_GOOGLE_AUTH_URL", QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    e.token = urlFromEnvironment("RCA_GOOGLE_TOKEN_URL",
                                 QStringLiteral("https://oauth2.googleapis.com/token"));
    e.revoke = e.token.resolved(QUrl(QStringLiteral("/revoke")));
    e.api = urlFromEnvironment("RCA_GOOGLE_API_URL", QStringLiteral("https://www.googleapis.com"));
    return e;
}

QString GoogleDriveConnector::secretKey() const
{
    return m_context.profileId + QStringLiteral("/googledrive/tokens");
}

void GoogleDriveConnector::applyTuning(const QJsonObject &values)
{
    qint64 chunk = number(values.value(ChunkSizeKey), m_uploadOptions.chunkSize);
    chunk = std::max<qint64>(Granularity, chunk / Granularity * Granularity);
    m_uploadOptions.chunkSize = std::min<qint64>(chunk, 256 * 1024 * 1024);
    m_uploadOptions.simpleUploadLimit =
        std::clamp<qint64>(number(values.value(SimpleLimitKey), m_uploadOptions.simpleUploadLimit),
                           0, 5 * 1000 * 1000);
    m_policy.baseDelayMs = int(
        std::clamp<qint64>(number(values.value(RetryDelayKey), m_policy.baseDelayMs), 1, 60000));
    m_policy.maxDelayMs =
        std::max(m_policy.baseDelayMs, std::min(32000, m_policy.baseDelayMs * 32));
    m_policy.maxAttempts = int(
        std::clamp<qint64>(number(values.value(RetryAttemptsKey), m_policy.maxAttempts), 1, 20));
}

Error GoogleDriveConnector::clientCredentials(const QVariantMap &options, QString *id,
                                              QString *secret) const
{
    auto pick = [&](const QString &key, const char *env, const char *built) {
        QString value = options.value(key).toString().trimmed();
        if (value.isEmpty())
            value = m_settings.value(key).toString().trimmed();
        if (value.isEmpty())
            value = qEnvironmentVariable(env).trimmed();
        if (value.isEmpty())
            value = QString::fromUtf8(built);
        return value;
    };
    *id = pick(ClientIdKey, "RCA_GOOGLE_CLIENT_ID", RCA_GOOGLE_CLIENT_ID);
    *secret = pick(ClientSecretKey, "RCA_GOOGLE_CLIENT_SECRET", RCA_GOOGLE_CLIENT_SECRET);
    if (id->isEmpty()) {
        return Error::storage(QCoreApplication::translate(
            "rca::GoogleDriveConnector",
            "Google Drive needs the OAuth client id of a registered Google desktop app, and this "
            "build has none. Pass the \"clientId\" option (and \"clientSecret\"), set "
            "RCA_GOOGLE_CLIENT_ID and RCA_GOOGLE_CLIENT_SECRET, or build with the CMake options "
            "of the same names; see \"Registering a Google app\" in the README."));
    }
    return {};
}

Error GoogleDriveConnector::makeSession(const QString &clientId, const QString &clientSecret)
{
    if (!m_context.secrets)
        return Error::storage(QCoreApplication::translate(
            "rca::GoogleDriveConnector", "Google Drive needs the system keychain to keep its "
                                         "sign-in, and none is available."));
    OAuthSession::Config config;
    config.providerName = ProviderName;
    config.serviceId = QStringLiteral("googledrive");
    config.tokenUrl = endpoints().token;
    config.clientId = clientId;
    config.clientSecret = clientSecret;
    config.secretKey = secretKey();
    config.reconnectReasons = QCoreApplication::translate(
        "rca::GoogleDriveConnector", "access was removed in the Google account, the "
                                     "password changed, or it was unused for months");
    m_session = std::make_unique<OAuthSession>(config, m_context.secrets);
    m_index.reset();
    m_api = std::make_unique<GoogleDriveApi>(endpoints().api, m_session.get(), m_policy);
    m_index = std::make_unique<GoogleDriveFolderIndex>(m_api.get());
    return {};
}

Error GoogleDriveConnector::ensureArchiveRoot(QString *id)
{
    QString parent = QStringLiteral("root");
    for (const QString &name : archiveRootPath().split(u'/')) {
        QString child;
        if (Error error = m_api->ensureChildFolder(parent, name, &child))
            return error;
        parent = child;
    }
    *id = parent;
    return {};
}

Error GoogleDriveConnector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    QString clientId;
    QString clientSecret;
    if (Error error = clientCredentials(options, &clientId, &clientSecret))
        return error;
    if (!m_context.openBrowser)
        return Error::storage(QCoreApplication::translate(
            "rca::GoogleDriveConnector", "Connecting Google Drive needs a browser sign-in, "
                                         "which is not possible here."));
    QJsonObject persisted;
    // Only what was chosen explicitly is kept; defaults stay defaults.
    for (const QString &key : {ClientIdKey, ClientSecretKey, ChunkSizeKey, SimpleLimitKey,
                               RetryDelayKey, RetryAttemptsKey}) {
        if (options.contains(key) && !options.value(key).toString().trimmed().isEmpty())
            persisted.insert(key, QJsonValue::fromVariant(options.value(key)));
    }
    applyTuning(persisted);
    if (Error error = makeSession(clientId, clientSecret))
        return error;

    OAuthConfig config;
    config.providerName = ProviderName;
    const Endpoints urls = endpoints();
    config.authorizeUrl = urls.authorize;
    config.tokenUrl = urls.token;
    config.clientId = clientId;
    config.clientSecret = clientSecret;
    config.scopes = {DriveScope};
    config.redirectHost = QStringLiteral("127.0.0.1");
    config.redirectPort = 0;
    config.redirectPath = QStringLiteral("/");
    config.extraAuthorizeParams = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                   {QStringLiteral("prompt"), QStringLiteral("consent")}};
    OAuthFlow flow(config, m_context.openBrowser);
    OAuthTokens tokens;
    if (Error error = flow.run(&tokens, m_context.cancel))
        return error;
    if (tokens.refreshToken.isEmpty())
        return Error::reconnect(QCoreApplication::translate(
            "rca::GoogleDriveConnector", "Google did not grant offline access, so archiving "
                                         "could not continue unattended. Connect again "
                                         "and allow access."));
    if (Error error = m_session->setTokens(tokens))
        return error;

    QString rootId;
    if (Error error = ensureArchiveRoot(&rootId))
        return error;
    persisted.insert(RootFolderKey, rootId);
    m_settings = persisted;
    m_folderIds.clear();
    m_folderIds.insert(QString(), rootId);
    if (settings)
        *settings = persisted;
    qCInfo(lcStorage) << "Connected Google Drive; archive folder id" << rootId;
    return {};
}

Error GoogleDriveConnector::tearDown()
{
    QString clientId;
    QString clientSecret;
    // Without a client id the tokens cannot be revoked, but the keychain entry still goes.
    clientCredentials({}, &clientId, &clientSecret);
    if (!m_context.secrets)
        return {};
    if (Error error = makeSession(clientId, clientSecret))
        return error;
    m_session->load();
    const Error error = m_session->revoke(endpoints().revoke);
    m_index.reset();
    m_api.reset();
    m_session.reset();
    m_folderIds.clear();
    return error;
}

Error GoogleDriveConnector::open(const CancelToken &cancel)
{
    QString clientId;
    QString clientSecret;
    if (Error error = clientCredentials({}, &clientId, &clientSecret))
        return error;
    if (Error error = makeSession(clientId, clientSecret))
        return error;
    m_api->setCancelToken(cancel);
    if (Error error = m_session->load())
        return error;
    if (!m_session->isConnected())
        return Error::reconnect(QCoreApplication::translate("rca::GoogleDriveConnector",
                                                            "Google Drive is not connected.") +
                                u' ' + Frontend::connectAdvice(QStringLiteral("googledrive")));
    m_folderIds.clear();
    QString rootId = m_settings.value(RootFolderKey).toString();
    bool exists = false;
    if (!rootId.isEmpty()) {
        if (Error error = m_api->folderExists(rootId, &exists))
            return error.kind() == Error::Kind::ItemPermanent ? Error::storage(error.message())
                                                              : error;
    }
    if (!exists) {
        // Removed or trashed by the user since the connect: make (or find) it again.
        qCInfo(lcStorage) << "The Google Drive archive folder is gone; creating it again";
        if (Error error = ensureArchiveRoot(&rootId))
            return error.kind() == Error::Kind::ItemPermanent ? Error::storage(error.message())
                                                              : error;
        m_settings.insert(RootFolderKey, rootId);
    }
    m_folderIds.insert(QString(), rootId);
    return {};
}

void GoogleDriveConnector::close()
{
    m_folderIds.clear();
    m_index.reset();
    m_api.reset();
    m_session.reset();
}

Error GoogleDriveConnector::splitPath(const QString &relativePath, bool needsFileName,
                                      QStringList *components)
{
    *components = relativePath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &component : std::as_const(*components)) {
        if (component == QLatin1String(".") || component == QLatin1String(".."))
            return Error::itemPermanent(QCoreApplication::translate("rca::GoogleDriveConnector",
                                                                    "The path %1 is not allowed.")
                                            .arg(relativePath));
    }
    if (needsFileName && components->isEmpty())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::GoogleDriveConnector", "The path %1 names no file.")
                .arg(relativePath));
    return {};
}

Error GoogleDriveConnector::folderId(const QStringList &components, bool create, QString *id)
{
    if (!m_api || !m_folderIds.contains(QString()))
        return Error::storage(
            QCoreApplication::translate("rca::GoogleDriveConnector", "Google Drive is not open."));
    QString path;
    QString parent = m_folderIds.value(QString());
    for (const QString &name : components) {
        path = path.isEmpty() ? name : path + u'/' + name;
        auto cached = m_folderIds.constFind(path);
        if (cached != m_folderIds.constEnd()) {
            parent = cached.value();
            continue;
        }
        QString child;
        if (create) {
            bool created = false;
            if (Error error = m_api->ensureChildFolder(parent, name, &child, &created))
                return error;
            if (created)
                m_index->addEmptyFolder(child); // no need to list what cannot hold a file yet
        } else {
            QList<DriveFile> found;
            if (Error error = m_api->findChildren(parent, name, true, &found))
                return error;
            if (found.isEmpty()) {
                id->clear();
                return {};
            }
            child = found.first().id;
        }
        m_folderIds.insert(path, child);
        parent = child;
    }
    *id = parent;
    return {};
}

Error GoogleDriveConnector::ensureFolder(const QString &relativePath)
{
    QStringList components;
    if (Error error = splitPath(relativePath, false, &components))
        return error;
    QString id;
    return folderId(components, true, &id);
}

std::unique_ptr<StorageUpload> GoogleDriveConnector::startUpload(const QString &relativePath,
                                                                 qint64 expectedSize,
                                                                 GoogleDriveUpload::Mode mode,
                                                                 Error *error)
{
    QStringList components;
    Error failure = splitPath(relativePath, true, &components);
    QString parent;
    if (!failure) {
        components.removeLast();
        failure = folderId(components, true, &parent);
    }
    if (failure) {
        if (error)
            *error = failure;
        return nullptr;
    }
    if (error)
        *error = {};
    return std::make_unique<GoogleDriveUpload>(m_api.get(), m_index.get(), parent, relativePath,
                                               expectedSize, m_uploadOptions, mode);
}

std::unique_ptr<StorageUpload> GoogleDriveConnector::beginUpload(const QString &relativePath,
                                                                 qint64 expectedSize, Error *error)
{
    return startUpload(relativePath, expectedSize, GoogleDriveUpload::Mode::Create, error);
}

std::unique_ptr<StorageUpload> GoogleDriveConnector::beginReplace(const QString &relativePath,
                                                                  qint64 expectedSize, Error *error)
{
    return startUpload(relativePath, expectedSize, GoogleDriveUpload::Mode::Replace, error);
}

Error GoogleDriveConnector::findFile(const QString &relativePath, DriveFile *file)
{
    *file = DriveFile();
    QStringList components;
    if (Error error = splitPath(relativePath, true, &components))
        return error;
    const QString name = components.takeLast();
    QString parent;
    if (Error error = folderId(components, false, &parent))
        return error;
    if (parent.isEmpty())
        return {};
    QList<DriveFile> found;
    if (Error error = m_api->findChildren(parent, name, false, &found))
        return error;
    if (!found.isEmpty())
        *file = found.first();
    return {};
}

Error GoogleDriveConnector::stat(const QString &relativePath, StoredFile *stored)
{
    *stored = StoredFile();
    stored->path = relativePath;
    DriveFile file;
    if (Error error = findFile(relativePath, &file))
        return error;
    if (!file.id.isEmpty()) {
        stored->size = file.size;
        stored->providerChecksum = file.md5;
    }
    return {};
}

Error GoogleDriveConnector::listFolder(const QString &relativeFolder, bool recursive,
                                       const EntryHandler &handleEntry, const CancelToken &cancel)
{
    QStringList components;
    if (Error error = splitPath(relativeFolder, false, &components))
        return error;
    QString id;
    if (Error error = folderId(components, false, &id))
        return error;
    if (id.isEmpty())
        return {}; // no such folder: nothing to list
    return GoogleDriveListing(m_api.get())
        .run(id, components.join(u'/'), recursive, handleEntry, cancel);
}

Error GoogleDriveConnector::readFile(const QString &relativePath, ByteSink *sink,
                                     const CancelToken &cancel)
{
    DriveFile file;
    if (Error error = findFile(relativePath, &file))
        return error;
    if (file.id.isEmpty())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::GoogleDriveConnector", "%1 is not in Google Drive.")
                .arg(relativePath));
    return GoogleDriveDownload(m_api.get()).run(file.id, relativePath, sink, cancel);
}

QString GoogleDriveConnector::checksumName() const
{
    return QStringLiteral("md5Checksum");
}

QString GoogleDriveConnector::location() const
{
    return QStringLiteral("Google Drive \u203a Apps \u203a RingCentral Application");
}

QString GoogleDriveConnector::locationUrl() const
{
    const QString rootId = m_folderIds.value(QString(), m_settings.value(RootFolderKey).toString());
    if (rootId.isEmpty())
        return {};
    return QStringLiteral("https://drive.google.com/drive/folders/") + rootId;
}

} // namespace rca

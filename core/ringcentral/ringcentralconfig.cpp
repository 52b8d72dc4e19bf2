// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ringcentralconfig.h"

#include <QCoreApplication>
#include <QJsonValue>

#ifndef RCA_RINGCENTRAL_SERVER_URL
#define RCA_RINGCENTRAL_SERVER_URL "https://platform.ringcentral.com"
#endif
#ifndef RCA_RINGCENTRAL_MEDIA_URL
#define RCA_RINGCENTRAL_MEDIA_URL "https://media.ringcentral.com"
#endif
#ifndef RCA_RINGCENTRAL_CLIENT_ID
#define RCA_RINGCENTRAL_CLIENT_ID ""
#endif

namespace rca {

namespace {

const QString kServerUrlKey = QStringLiteral("serverUrl");
const QString kMediaUrlKey = QStringLiteral("mediaUrl");
const QString kClientIdKey = QStringLiteral("clientId");
const QString kRedirectPortKey = QStringLiteral("redirectPort");

QUrl baseUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    return QUrl(trimmed);
}

// The settings value when it is a non-empty string.
bool settingString(const QJsonObject &settings, const QString &key, QString *out)
{
    const QString value = settings.value(key).toString().trimmed();
    if (value.isEmpty())
        return false;
    *out = value;
    return true;
}

bool environmentString(const QProcessEnvironment &environment, const QString &name, QString *out)
{
    const QString value = environment.value(name).trimmed();
    if (value.isEmpty())
        return false;
    *out = value;
    return true;
}

} // namespace

RingCentralConfig RingCentralConfig::buildDefaults()
{
    RingCentralConfig config;
    config.serverUrl = baseUrl(QStringLiteral(RCA_RINGCENTRAL_SERVER_URL));
    config.mediaUrl = baseUrl(QStringLiteral(RCA_RINGCENTRAL_MEDIA_URL));
    config.clientId = QStringLiteral(RCA_RINGCENTRAL_CLIENT_ID).trimmed();
    return config;
}

RingCentralConfig RingCentralConfig::fromSettings(const QJsonObject &settings)
{
    return fromSettings(settings, QProcessEnvironment::systemEnvironment());
}

RingCentralConfig RingCentralConfig::fromSettings(const QJsonObject &settings,
                                                  const QProcessEnvironment &environment)
{
    RingCentralConfig config = buildDefaults();
    QString value;
    if (environmentString(environment, QStringLiteral("RCA_RINGCENTRAL_SERVER_URL"), &value))
        config.serverUrl = baseUrl(value);
    if (environmentString(environment, QStringLiteral("RCA_RINGCENTRAL_MEDIA_URL"), &value))
        config.mediaUrl = baseUrl(value);
    if (environmentString(environment, QStringLiteral("RCA_RINGCENTRAL_CLIENT_ID"), &value))
        config.clientId = value;

    if (settingString(settings, kServerUrlKey, &value))
        config.serverUrl = baseUrl(value);
    if (settingString(settings, kMediaUrlKey, &value))
        config.mediaUrl = baseUrl(value);
    if (settingString(settings, kClientIdKey, &value))
        config.clientId = value;
    const QJsonValue port = settings.value(kRedirectPortKey);
    const int portNumber = port.isString() ? port.toString().toInt() : port.toInt(-1);
    if (portNumber > 0 && portNumber < 65536)
        config.redirectPort = quint16(portNumber);
    return config;
}

QJsonObject RingCentralConfig::toSettings() const
{
    return {
        {kServerUrlKey, serverUrl.toString()},
        {kMediaUrlKey, mediaUrl.toString()},
        {kClientIdKey, clientId},
        {kRedirectPortKey, int(redirectPort)},
    };
}

Error RingCentralConfig::validate() const
{
    if (clientId.isEmpty()) {
        return Error::source(QCoreApplication::translate(
            "rca::RingCentralConfig",
            "RC Archiver has no RingCentral client id. Register a RingCentral app (see "
            "\"Registering a RingCentral app\" in the README) and set its client id with the "
            "RCA_RINGCENTRAL_CLIENT_ID environment variable or the CMake option of the same "
            "name."));
    }
    const auto usable = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty() &&
               (url.scheme() == u"https" || url.scheme() == u"http");
    };
    if (!usable(serverUrl)) {
        return Error::source(
            QCoreApplication::translate("rca::RingCentralConfig",
                                        "The RingCentral server address \"%1\" is not a "
                                        "usable http(s) URL.")
                .arg(serverUrl.toString()));
    }
    if (!usable(mediaUrl)) {
        return Error::source(
            QCoreApplication::translate("rca::RingCentralConfig",
                                        "The RingCentral media address \"%1\" is not a "
                                        "usable http(s) URL.")
                .arg(mediaUrl.toString()));
    }
    return {};
}

QUrl RingCentralConfig::redirectUri() const
{
    return QUrl(QStringLiteral("http://localhost:%1/oauth2callback").arg(redirectPort));
}

QUrl RingCentralConfig::apiUrl(const QString &path) const
{
    QUrl url = serverUrl;
    url.setPath(url.path() + path);
    return url;
}

QUrl RingCentralConfig::authorizeUrl() const
{
    return apiUrl(QStringLiteral("/restapi/oauth/authorize"));
}

QUrl RingCentralConfig::tokenUrl() const
{
    return apiUrl(QStringLiteral("/restapi/oauth/token"));
}

QUrl RingCentralConfig::revokeUrl() const
{
    return apiUrl(QStringLiteral("/restapi/oauth/revoke"));
}

OAuthConfig RingCentralConfig::oauthConfig() const
{
    OAuthConfig config;
    config.providerName = QStringLiteral("RingCentral");
    config.authorizeUrl = authorizeUrl();
    config.tokenUrl = tokenUrl();
    config.clientId = clientId;
    config.redirectHost = QStringLiteral("localhost");
    config.redirectPort = redirectPort;
    config.redirectPath = QStringLiteral("/oauth2callback");
    config.portSettingName = QStringLiteral("redirectPort");
    return config;
}

OAuthSession::Config RingCentralConfig::sessionConfig(const QString &secretKey) const
{
    OAuthSession::Config config;
    config.providerName = QStringLiteral("RingCentral");
    config.serviceId = QStringLiteral("ringcentral");
    config.tokenUrl = tokenUrl();
    config.clientId = clientId;
    config.secretKey = secretKey;
    config.reconnectReasons = QCoreApplication::translate(
        "rca::RingCentralConfig",
        "it was revoked, expired after 7 days offline, or the password changed");
    return config;
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ringcentralaccount.h"

#include "oauth/oauthsession.h"
#include "ringcentral/ratelimiter.h"
#include "ringcentral/ringcentralapi.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLoggingCategory>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcAccount, "rcarchiver.core.ringcentral", QtInfoMsg)

QString jsonId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::number(qint64(value.toDouble()));
}

} // namespace

Error RingCentralAccount::connect(const RingCentralConfig &config, SecretStore *secrets,
                                  const QString &secretKey, OAuthFlow::BrowserOpener opener,
                                  const CancelToken &cancel, QJsonObject *accountSettings)
{
    if (Error e = config.validate())
        return e;
    OAuthTokens tokens;
    {
        OAuthFlow flow(config.oauthConfig(), std::move(opener));
        if (Error e = flow.run(&tokens, cancel))
            return e;
    }
    OAuthSession session(config.sessionConfig(secretKey), secrets);
    if (Error e = session.setTokens(tokens))
        return e;
    if (Error e = whoAmI(config, secrets, secretKey, cancel, accountSettings)) {
        // A sign-in we cannot use is not left behind half-connected.
        session.revoke(config.revokeUrl(), OAuthSession::RevokeMethod::FormToken, cancel);
        return e;
    }
    qCInfo(lcAccount).noquote() << "RingCentral connected: extension"
                                << accountSettings->value(u"extensionNumber").toString()
                                << (accountSettings->value(u"admin").toBool() ? "(admin)" : "");
    return {};
}

Error RingCentralAccount::whoAmI(const RingCentralConfig &config, SecretStore *secrets,
                                 const QString &secretKey, const CancelToken &cancel,
                                 QJsonObject *accountSettings)
{
    OAuthSession session(config.sessionConfig(secretKey), secrets);
    if (Error e = session.load())
        return e;
    RateLimiter limiter;
    RingCentralApi api(config, &session, &limiter);
    QJsonObject me;
    if (Error e =
            api.getJson(QStringLiteral("/restapi/v1.0/account/~/extension/~"), {},
                        RateLimiter::Group::Light, &me, cancel,
                        QCoreApplication::translate("rca::RingCentralAccount",
                                                    "Reading the signed-in RingCentral user"))) {
        return e;
    }
    QJsonObject settings = config.toSettings();
    settings.insert(QStringLiteral("accountId"),
                    jsonId(me.value(u"account").toObject().value(u"id")));
    settings.insert(QStringLiteral("extensionId"), jsonId(me.value(u"id")));
    settings.insert(QStringLiteral("extensionNumber"), me.value(u"extensionNumber").toString());
    settings.insert(QStringLiteral("extensionName"), me.value(u"name").toString());
    settings.insert(
        QStringLiteral("admin"),
        me.value(u"permissions").toObject().value(u"admin").toObject().value(u"enabled").toBool());
    *accountSettings = settings;
    return {};
}

Error RingCentralAccount::disconnect(const RingCentralConfig &config, SecretStore *secrets,
                                     const QString &secretKey)
{
    OAuthSession session(config.sessionConfig(secretKey), secrets);
    if (Error e = session.load(); e && e.kind() != Error::Kind::Reconnect)
        return e;
    return session.revoke(config.revokeUrl(), OAuthSession::RevokeMethod::FormToken);
}

} // namespace rca

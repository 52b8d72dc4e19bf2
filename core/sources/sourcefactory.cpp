// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourcefactory.h"

#include "common/frontend.h"
#include "ringcentral/ringcentralsource.h"
#include "sources/demosource.h"

#include <QCoreApplication>

namespace rca {

QStringList SourceFactory::kinds()
{
    return {QStringLiteral("ringcentral"), QStringLiteral("demo")};
}

QString SourceFactory::displayName(const QString &kind)
{
    if (kind == u"demo")
        return QStringLiteral("Demo");
    if (kind == u"ringcentral")
        return QStringLiteral("RingCentral");
    return kind;
}

QString SourceFactory::ringCentralSecretKey(const QString &profileId)
{
    return profileId + QStringLiteral("/ringcentral/tokens");
}

QString SourceFactory::describeAccount(const QString &kind, const QJsonObject &settings)
{
    if (kind != u"ringcentral")
        return {};
    const QString name = settings.value(u"extensionName").toString();
    const QString number = settings.value(u"extensionNumber").toString();
    const bool admin = settings.value(u"admin").toBool();
    return QCoreApplication::translate("rca::SourceFactory", "%1 (ext. %2%3)")
        .arg(name, number,
             admin ? QCoreApplication::translate("rca::SourceFactory", ", administrator")
                   : QString());
}

std::unique_ptr<ArchiveSource> SourceFactory::create(const QString &kind,
                                                     const QJsonObject &settings,
                                                     const SourceContext &context, Error *error)
{
    *error = {};
    if (kind.isEmpty()) {
        *error = Error::source(
                     QCoreApplication::translate("rca::SourceFactory", "No source is connected.") +
                     u' ' + Frontend::connectAdvice(QStringLiteral("ringcentral|demo")))
                     .withDetail(QStringLiteral("notConnected"), true);
        return nullptr;
    }
    if (kind == u"demo") {
        auto source = std::make_unique<DemoSource>(settings, error);
        if (*error)
            return nullptr;
        return source;
    }
    if (kind == u"ringcentral") {
        if (Error e = RingCentralConfig::fromSettings(settings).validate()) {
            *error = e;
            return nullptr;
        }
        // Extension users have only their own view; administrators choose.
        const bool admin = settings.value(u"admin").toBool();
        const auto view = admin && context.view == u"admin" ? RingCentralSource::View::Admin
                                                            : RingCentralSource::View::Extension;
        RingCentralSource::Options options;
        options.sharedLimiter = context.rateLimiter;
        return std::make_unique<RingCentralSource>(
            settings, context.secrets, ringCentralSecretKey(context.profileId), view, options);
    }
    *error = Error::source(
        QCoreApplication::translate("rca::SourceFactory", "Unknown source \"%1\".").arg(kind));
    return nullptr;
}

} // namespace rca

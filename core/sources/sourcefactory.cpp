#include "sourcefactory.h"

#include "sources/demosource.h"

namespace rca {

QStringList SourceFactory::kinds()
{
    return {QStringLiteral("demo")};
}

QString SourceFactory::displayName(const QString &kind)
{
    if (kind == u"demo")
        return QStringLiteral("Demo");
    if (kind == u"ringcentral")
        return QStringLiteral("RingCentral");
    return kind;
}

std::unique_ptr<ArchiveSource> SourceFactory::create(const QString &kind,
                                                     const QJsonObject &settings,
                                                     SecretStore *secrets, Error *error)
{
    Q_UNUSED(secrets);
    *error = {};
    if (kind.isEmpty()) {
        *error = Error::source(QStringLiteral(
            "No source is connected. Connect RingCentral (or the demo source) first."));
        return nullptr;
    }
    if (kind == u"demo") {
        auto source = std::make_unique<DemoSource>(settings, error);
        if (*error)
            return nullptr;
        return source;
    }
    *error = Error::source(QStringLiteral("Unknown source \"%1\".").arg(kind));
    return nullptr;
}

} // namespace rca

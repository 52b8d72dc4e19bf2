// Builds the configured source ("demo" now; "ringcentral" with its client) from the kind and
// settings stored in the profile. Worker thread.
#pragma once

#include "archive/archivesource.h"
#include "rcacore_export.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace rca {

class SecretStore;

class RCACORE_EXPORT SourceFactory
{
public:
    static QStringList kinds();
    static QString displayName(const QString &kind);
    // A clear error for an unknown kind, a missing configuration or unusable settings.
    static std::unique_ptr<ArchiveSource> create(const QString &kind, const QJsonObject &settings,
                                                 SecretStore *secrets, Error *error);
};

} // namespace rca

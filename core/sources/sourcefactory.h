// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Builds the configured source ("ringcentral", or "demo" to try the program without an
// account) from the kind and settings stored in the profile. Any thread.
#pragma once

#include "archive/archivesource.h"
#include "rcacore_export.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace rca {

class RateLimiter;
class SecretStore;

// What a source needs besides its own settings.
struct RCACORE_EXPORT SourceContext
{
    SecretStore *secrets = nullptr;
    QString profileId;                      // keys the keychain entries of this profile
    QString view = QStringLiteral("admin"); // sync.view: "admin" or "extension"
    // RingCentral's pacing, shared by every source the engine makes (jobs and audits spend
    // one budget); null: each source paces by itself.
    RateLimiter *rateLimiter = nullptr;
};

class RCACORE_EXPORT SourceFactory
{
public:
    static QStringList kinds();
    static QString displayName(const QString &kind);
    // A clear error for an unknown kind, a missing configuration or unusable settings.
    static std::unique_ptr<ArchiveSource> create(const QString &kind, const QJsonObject &settings,
                                                 const SourceContext &context, Error *error);
    // Who is connected, for people: "Ada Admin (ext. 101, administrator)".
    static QString describeAccount(const QString &kind, const QJsonObject &settings);
    // The keychain entry of a profile's RingCentral tokens.
    static QString ringCentralSecretKey(const QString &profileId);
};

} // namespace rca

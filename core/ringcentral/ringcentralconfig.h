// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentralConfig: where the RingCentral client talks to (platform and media hosts), the
// app's client id and the loopback redirect port. Each value comes from the source settings
// JSON when set there, else from the environment, else from the build-time default (CMake cache
// variables RCA_RINGCENTRAL_*). Value type, any thread.
#pragma once

#include "common/error.h"
#include "oauth/oauthflow.h"
#include "oauth/oauthsession.h"
#include "rcacore_export.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace rca {

struct RCACORE_EXPORT RingCentralConfig
{
    QUrl serverUrl;   // https://platform.ringcentral.com
    QUrl mediaUrl;    // https://media.ringcentral.com
    QString clientId; // the registered app's client id (no secret: PKCE)
    quint16 redirectPort = 5000;

    // Build defaults, then environment, then the settings keys "serverUrl", "mediaUrl",
    // "clientId" and "redirectPort" (strongest).
    static RingCentralConfig fromSettings(const QJsonObject &settings);
    static RingCentralConfig fromSettings(const QJsonObject &settings,
                                          const QProcessEnvironment &environment);
    static RingCentralConfig buildDefaults();
    // The four keys above, for persisting with the account.
    QJsonObject toSettings() const;

    // A clear SourceFailure when the client id is missing or a URL is unusable.
    Error validate() const;

    // http://localhost:<port>/oauth2callback: registered with the app, matched exactly.
    QUrl redirectUri() const;
    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QUrl revokeUrl() const;
    // <serverUrl><path>, e.g. apiUrl("/restapi/v1.0/account/~/call-log").
    QUrl apiUrl(const QString &path) const;

    OAuthConfig oauthConfig() const;
    OAuthSession::Config sessionConfig(const QString &secretKey) const;
};

} // namespace rca

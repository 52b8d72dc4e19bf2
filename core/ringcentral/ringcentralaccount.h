// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RingCentralAccount: connecting and disconnecting a RingCentral account. connect() runs the
// browser sign-in (PKCE), stores the tokens in the keychain and reads who signed in; the
// returned settings are what RingCentralSource needs later. disconnect() revokes the session
// at RingCentral (best effort) and deletes the keychain entry; nothing archived is touched.
// Blocking (local event loops); call from the thread that owns the sign-in (UI or CLI).
#pragma once

#include "common/cancellation.h"
#include "common/error.h"
#include "oauth/oauthflow.h"
#include "rcacore_export.h"
#include "ringcentral/ringcentralconfig.h"

#include <QJsonObject>

namespace rca {

class SecretStore;

class RCACORE_EXPORT RingCentralAccount
{
public:
    // On success *accountSettings holds config.toSettings() plus accountId, extensionId,
    // extensionNumber, extensionName and admin (bool). The tokens are in secrets under
    // secretKey (e.g. "<profileId>/ringcentral/tokens").
    static Error connect(const RingCentralConfig &config, SecretStore *secrets,
                         const QString &secretKey, OAuthFlow::BrowserOpener opener,
                         const CancelToken &cancel, QJsonObject *accountSettings);
    // Reads GET /restapi/v1.0/account/~/extension/~ with the saved sign-in into settings.
    static Error whoAmI(const RingCentralConfig &config, SecretStore *secrets,
                        const QString &secretKey, const CancelToken &cancel,
                        QJsonObject *accountSettings);
    static Error disconnect(const RingCentralConfig &config, SecretStore *secrets,
                            const QString &secretKey);
};

} // namespace rca

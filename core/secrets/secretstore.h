// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Secrets (tokens, passwords, passphrases) live in the OS keychain and nowhere else. This is
// the interface the rest of the code sees; KeychainSecretStore implements it with QtKeychain.
// Calls block (they run a local event loop) and may be made from any thread.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QString>

namespace rca {

class RCACORE_EXPORT SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Reads the secret stored under key; an absent entry gives an empty value and no error.
    virtual Error read(const QString &key, QString *value) = 0;
    virtual Error write(const QString &key, const QString &value) = 0;
    // Removing an absent entry is not an error.
    virtual Error remove(const QString &key) = 0;
};

} // namespace rca

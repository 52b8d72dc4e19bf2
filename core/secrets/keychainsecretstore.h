// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// KeychainSecretStore: SecretStore on the operating system's keychain through QtKeychain
// (Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on Windows). There
// is no plain-text fallback, ever: when no keychain is usable the calls fail with a message
// that says how to fix it. Secrets never reach a message or a log.
//
// Threads: any thread may call; calls block. QtKeychain queues every job on one process-wide
// executor that lives in the thread of its first job and is not thread-safe, so all jobs run on
// the application's main thread: a call made there waits in a local event loop, a call from
// another thread hands the job over and waits for the answer. The main thread must therefore
// keep running its event loop (it does in the program); waiting on it from a worker while it
// blocks on that worker ends with the timeout error.
#pragma once

#include "rcacore_export.h"
#include "secrets/secretstore.h"

namespace rca {

class RCACORE_EXPORT KeychainSecretStore : public SecretStore
{
public:
    static constexpr int kDefaultTimeoutMs = 2 * 60 * 1000; // room for an unlock prompt

    explicit KeychainSecretStore(const QString &service = QStringLiteral("RC Archiver"),
                                 int timeoutMs = kDefaultTimeoutMs);

    Error read(const QString &key, QString *value) override;
    Error write(const QString &key, const QString &value) override;
    Error remove(const QString &key) override;

    QString service() const { return m_service; }

    // Writes, reads back and removes a probe entry: no error means secrets can be stored.
    static Error probe(const QString &service = QStringLiteral("RC Archiver"),
                       int timeoutMs = kDefaultTimeoutMs);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace rca

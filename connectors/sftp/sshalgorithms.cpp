// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshalgorithms.h"

#include "logging/logging.h"

#include <QByteArray>
#include <QList>

namespace rca::ssh {

namespace {

// Offered in this order, as far as the libssh2 in use has them. Modern key exchange first;
// no SHA-1 key exchange, no CBC or RC4 ciphers, no MD5 MACs.
const char *const PreferredKex[] = {
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "ecdh-sha2-nistp384",
    "ecdh-sha2-nistp521",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha256",
};
// ssh-rsa (SHA-1 signatures) last, for old servers; libssh2 ≥ 1.11 adds rsa-sha2-*.
const char *const PreferredHostKeys[] = {
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "rsa-sha2-512",
    "rsa-sha2-256",
    "ssh-rsa",
};
// libssh2 1.10 has no AEAD ciphers; ≥ 1.11 offers AES-GCM.
const char *const PreferredCiphers[] = {
    "chacha20-poly1305@openssh.com",
    "aes128-gcm@openssh.com",
    "aes256-gcm@openssh.com",
    "aes128-ctr",
    "aes192-ctr",
    "aes256-ctr",
};
const char *const PreferredMacs[] = {
    "hmac-sha2-256-etm@openssh.com",
    "hmac-sha2-512-etm@openssh.com",
    "hmac-sha2-256",
    "hmac-sha2-512",
    "hmac-sha1",
};

template<size_t N>
QByteArray supportedList(LIBSSH2_SESSION *session, int method, const char *const (&preferred)[N],
                         const QString &first = {})
{
    const char **algorithms = nullptr;
    const int count = libssh2_session_supported_algs(session, method, &algorithms);
    QList<QByteArray> supported;
    for (int i = 0; i < count; ++i)
        supported.append(QByteArray(algorithms[i]));
    if (algorithms)
        libssh2_free(session, algorithms);

    QList<QByteArray> chosen;
    if (!first.isEmpty() && supported.contains(first.toLatin1()))
        chosen.append(first.toLatin1());
    for (const char *name : preferred) {
        const QByteArray algorithm(name);
        if (supported.contains(algorithm) && !chosen.contains(algorithm))
            chosen.append(algorithm);
    }
    return chosen.join(',');
}

} // namespace

void setAlgorithmPreferences(LIBSSH2_SESSION *session, const QString &preferredHostKeyAlgorithm)
{
    const struct
    {
        int method;
        QByteArray list;
    } preferences[] = {
        {LIBSSH2_METHOD_KEX, supportedList(session, LIBSSH2_METHOD_KEX, PreferredKex)},
        {LIBSSH2_METHOD_HOSTKEY, supportedList(session, LIBSSH2_METHOD_HOSTKEY, PreferredHostKeys,
                                               preferredHostKeyAlgorithm)},
        {LIBSSH2_METHOD_CRYPT_CS,
         supportedList(session, LIBSSH2_METHOD_CRYPT_CS, PreferredCiphers)},
        {LIBSSH2_METHOD_CRYPT_SC,
         supportedList(session, LIBSSH2_METHOD_CRYPT_SC, PreferredCiphers)},
        {LIBSSH2_METHOD_MAC_CS, supportedList(session, LIBSSH2_METHOD_MAC_CS, PreferredMacs)},
        {LIBSSH2_METHOD_MAC_SC, supportedList(session, LIBSSH2_METHOD_MAC_SC, PreferredMacs)},
    };
    for (const auto &preference : preferences) {
        // An empty intersection (an unusual libssh2 build) leaves libssh2's defaults.
        if (preference.list.isEmpty())
            continue;
        if (libssh2_session_method_pref(session, preference.method, preference.list.constData()) !=
            0)
            qCWarning(lcStorage).noquote() << "libssh2 refused the algorithm preference"
                                           << preference.list << lastError(session);
    }
}

} // namespace rca::ssh

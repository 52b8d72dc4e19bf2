// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pkce: the random values of one OAuth 2 authorization-code sign-in (RFC 7636): the code
// verifier, its S256 challenge and the anti-forgery `state`. All come from the operating
// system's cryptographic random source. Value type, any thread.
#pragma once

#include "rcacore_export.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rca {

class RCACORE_EXPORT Pkce
{
public:
    // A fresh verifier (length characters of the RFC 7636 unreserved set, clamped to 43..128),
    // its S256 challenge and a fresh state.
    static Pkce generate(int verifierLength = 64);

    // BASE64URL(SHA-256(ASCII(verifier))) without padding.
    static QByteArray challengeS256(QByteArrayView verifier);
    // length characters drawn uniformly from [A-Za-z0-9-._~].
    static QByteArray randomVerifier(int length = 64);
    // 32 random bytes, base64url without padding (43 characters).
    static QByteArray randomState();
    // True for 43..128 characters, all from the unreserved set.
    static bool isValidVerifier(QByteArrayView verifier);

    QByteArray verifier;
    QByteArray challenge;
    QByteArray state;
    // Always sent explicitly: RingCentral (and the RFC) default to "plain".
    static constexpr const char *challengeMethod = "S256";
};

} // namespace rca

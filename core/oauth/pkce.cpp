// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace rca {

namespace {

constexpr QByteArrayView kUnreserved =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kMinVerifier = 43;
constexpr int kMaxVerifier = 128;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Pkce Pkce::generate(int verifierLength)
{
    Pkce pkce;
    pkce.verifier = randomVerifier(verifierLength);
    pkce.challenge = challengeS256(pkce.verifier);
    pkce.state = randomState();
    return pkce;
}

QByteArray Pkce::challengeS256(QByteArrayView verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray Pkce::randomVerifier(int length)
{
    length = std::clamp(length, kMinVerifier, kMaxVerifier);
    const auto alphabet = quint32(kUnreserved.size()); // 66
    // Rejection sampling keeps every character equally likely: accept only bytes below the
    // largest multiple of the alphabet size that fits in a byte.
    const quint32 limit = 256 - (256 % alphabet);
    QByteArray out;
    out.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    while (out.size() < length) {
        const quint32 word = random->generate();
        for (int shift = 0; shift < 32 && out.size() < length; shift += 8) {
            const quint32 byte = (word >> shift) & 0xff;
            if (byte < limit)
                out.append(kUnreserved.at(byte % alphabet));
        }
    }
    return out;
}

QByteArray Pkce::randomState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return base64Url(bytes);
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < kMinVerifier || verifier.size() > kMaxVerifier)
        return false;
    return std::all_of(verifier.begin(), verifier.end(),
                       [](char c) { return kUnreserved.contains(c); });
}

} // namespace rca

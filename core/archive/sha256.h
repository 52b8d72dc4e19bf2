// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SHA-256 over a stream, through OpenSSL's libcrypto (hardware-accelerated where the CPU
// allows; Qt's QCryptographicHash is a plain C implementation about ten times slower, which
// made hashing the bottleneck of archiving large recordings). One instance per stream; any
// thread.
#pragma once

#include "rcacore_export.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace rca {

class RCACORE_EXPORT Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The digest as lower-case hex; the object can then be reused from scratch.
    QByteArray hexResult();

    // The hex digest of a whole file, read in chunks; empty with *errorText set on failure.
    static QByteArray hashFile(const QString &path, qint64 *size = nullptr,
                               QString *errorText = nullptr);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxSha1: the SHA-1 Box checks uploads against (hex in content-md5, base64 in an upload
// session's digest headers) and reports as an item's sha1, computed while bytes stream past,
// through OpenSSL's libcrypto (SHA-NI where the CPU has it; Qt's is several times slower).
// result() may be asked at any time and more data added afterwards. One instance per stream;
// any thread.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace rca {

class BoxSha1
{
public:
    BoxSha1();
    ~BoxSha1();
    BoxSha1(const BoxSha1 &) = delete;
    BoxSha1 &operator=(const BoxSha1 &) = delete;

    void addData(QByteArrayView data);
    // The raw 20-byte digest of everything added so far.
    QByteArray result() const;
    QByteArray hexResult() const { return result().toHex(); }
    // Starts over.
    void reset();

    static QByteArray of(QByteArrayView data);

private:
    evp_md_ctx_st *m_context;
};

} // namespace rca

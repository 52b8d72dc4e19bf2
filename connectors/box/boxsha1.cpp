// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxsha1.h"

#include <openssl/evp.h>

namespace rca {

BoxSha1::BoxSha1()
    : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_context, EVP_sha1(), nullptr);
}

BoxSha1::~BoxSha1()
{
    EVP_MD_CTX_free(m_context);
}

void BoxSha1::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

QByteArray BoxSha1::result() const
{
    // Finalizes a copy, so that more data can follow.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX_copy_ex(copy, m_context);
    EVP_DigestFinal_ex(copy, digest, &length);
    EVP_MD_CTX_free(copy);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

void BoxSha1::reset()
{
    EVP_DigestInit_ex(m_context, EVP_sha1(), nullptr);
}

QByteArray BoxSha1::of(QByteArrayView data)
{
    BoxSha1 hash;
    hash.addData(data);
    return hash.result();
}

} // namespace rca

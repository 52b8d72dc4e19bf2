// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dropboxcontenthash.h"

#include <algorithm>

namespace rca {

void DropboxContentHash::addData(QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qint64 n = std::min<qint64>(BlockSize - m_inBlock, data.size());
        m_block.addData(data.first(n));
        m_inBlock += n;
        data = data.sliced(n);
        if (m_inBlock == BlockSize) {
            m_blockDigests += QByteArray::fromHex(m_block.hexResult());
            m_inBlock = 0;
        }
    }
}

QByteArray DropboxContentHash::hexResult()
{
    if (m_inBlock > 0) {
        m_blockDigests += QByteArray::fromHex(m_block.hexResult());
        m_inBlock = 0;
    }
    Sha256 outer;
    outer.addData(m_blockDigests);
    m_blockDigests.clear();
    return outer.hexResult();
}

QByteArray DropboxContentHash::of(QByteArrayView data)
{
    DropboxContentHash hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace rca

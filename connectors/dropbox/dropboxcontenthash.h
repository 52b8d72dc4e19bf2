// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DropboxContentHash: Dropbox's content_hash computed while bytes stream past: the SHA-256 of
// each 4 MiB block, concatenated, hashed again, as hex. One instance per stream; any thread.
#pragma once

#include "archive/sha256.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rca {

class DropboxContentHash
{
public:
    static constexpr qint64 BlockSize = 4 * 1024 * 1024;

    void addData(QByteArrayView data);
    // The hex content_hash of everything added; the object then starts over.
    QByteArray hexResult();

    static QByteArray of(QByteArrayView data);

private:
    Sha256 m_block;
    qint64 m_inBlock = 0;
    QByteArray m_blockDigests;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test content that compresses nothing and is the same for the same seed: size bytes from a
// seeded generator. Any thread. Header-only.
#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace rca::test {

inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = char(generator.generate());
    return data;
}

} // namespace rca::test

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Files as the tests that check a profile on disk need them: write one in a single call, read
// its permission bits. Test thread only. Header-only.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace rca::test {

// Replaces path's content (an empty content empties it); false when it cannot be written.
inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) >= 0;
}

// The permission bits of path (0600…), -1 when it does not exist; 0 where there are none.
inline int fileMode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
#else
    Q_UNUSED(path)
    return 0;
#endif
}

} // namespace rca::test

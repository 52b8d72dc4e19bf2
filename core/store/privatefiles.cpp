// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#endif

namespace rca::PrivateFiles {

bool makeFolder(const QString &folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    // The missing parents first, each made private as it is created.
    const QString parent = QFileInfo(path).path();
    if (parent != path && !QFileInfo(parent).isDir() && !makeFolder(parent))
        return false;
#ifdef Q_OS_UNIX
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
        return false;
    return QFileInfo(path).isDir();
#else
    return QDir().mkdir(path) || QFileInfo(path).isDir();
#endif
}

bool tighten(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat info
    {
    };
    if (::lstat(name.constData(), &info) != 0 || S_ISLNK(info.st_mode))
        return false; // gone, or a link (whose target is not ours to change)
    if ((info.st_mode & 077) == 0)
        return false;
    if (::chmod(name.constData(), info.st_mode & 07700) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#else
    Q_UNUSED(path)
    Q_UNUSED(error)
    return false;
#endif
}

bool isOpenToOthers(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISLNK(info.st_mode) &&
           (info.st_mode & 077) != 0;
#else
    Q_UNUSED(path)
    return false;
#endif
}

QString modeText(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("%1").arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
#else
    Q_UNUSED(path)
    return {};
#endif
}

} // namespace rca::PrivateFiles

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contenttype.h"

#include <QHash>

namespace rca {

QString fileExtensionForContentType(const QString &contentType, const QString &fallback)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    static const QHash<QString, QString> known = {
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mp3"), QStringLiteral("mp3")},
        {QStringLiteral("audio/wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/x-wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/wave"), QStringLiteral("wav")},
        {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
        {QStringLiteral("image/tiff"), QStringLiteral("tiff")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/jpg"), QStringLiteral("jpg")},
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("image/bmp"), QStringLiteral("bmp")},
        {QStringLiteral("image/heic"), QStringLiteral("heic")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
        {QStringLiteral("video/3gpp"), QStringLiteral("3gp")},
        {QStringLiteral("video/quicktime"), QStringLiteral("mov")},
        {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("text/vcard"), QStringLiteral("vcf")},
        {QStringLiteral("text/x-vcard"), QStringLiteral("vcf")},
    };
    return known.value(type, fallback);
}

} // namespace rca

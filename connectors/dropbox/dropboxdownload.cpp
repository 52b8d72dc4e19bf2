// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dropboxdownload.h"

#include <QCoreApplication>

namespace rca {

DropboxDownload::DropboxDownload(DropboxApi *api)
    : m_api(api)
{}

Error DropboxDownload::run(const QString &relativePath, ByteSink *sink, const CancelToken &cancel)
{
    const QString path = DropboxApi::dropboxPath(relativePath);
    if (path.isEmpty() || relativePath.endsWith(u'/'))
        return Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxDownload",
                                        "Refused to read %1: it leaves the archive")
                .arg(relativePath));
    const QString what =
        QCoreApplication::translate("rca::DropboxDownload", "Reading %1 from Dropbox").arg(path);
    Error sinkError;
    const DropboxApi::Result result = m_api->download(
        QStringLiteral("files/download"), QJsonObject{{QStringLiteral("path"), path}},
        [&](QByteArrayView chunk) {
            if (cancel.isCancelled())
                sinkError = Error::cancelled();
            else
                sinkError = sink->write(chunk.data(), chunk.size());
            return !sinkError;
        },
        what);
    if (sinkError)
        return sinkError;
    if (result.error) {
        if (result.hasSummary(u"path/not_found"))
            return Error::itemPermanent(
                QCoreApplication::translate("rca::DropboxDownload", "%1 is not in Dropbox")
                    .arg(path));
        if (result.hasSummary(u"path/not_file"))
            return Error::itemPermanent(
                QCoreApplication::translate("rca::DropboxDownload",
                                            "%1 in Dropbox is a folder, not a file")
                    .arg(path));
        return result.error;
    }
    return {};
}

} // namespace rca

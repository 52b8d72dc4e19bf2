// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledrivedownload.h"

#include <QCoreApplication>

#include <algorithm>

namespace rca {

GoogleDriveDownload::GoogleDriveDownload(GoogleDriveApi *api)
    : m_api(api)
{}

Error GoogleDriveDownload::run(const QString &fileId, const QString &relativePath, ByteSink *sink,
                               const CancelToken &cancel)
{
    const QString what =
        QCoreApplication::translate("rca::GoogleDriveDownload", "Reading %1 from Google Drive")
            .arg(relativePath);
    qint64 delivered = 0; // bytes the sink accepted, over all attempts
    qint64 position = 0;  // of the current attempt's body
    Error sinkError;
    HttpRequest request;
    request.url = m_api->url(QStringLiteral("/drive/v3/files/") +
                             QString::fromLatin1(QUrl::toPercentEncoding(fileId)));
    request.url.setQuery(QStringLiteral("alt=media"));
    request.onData = [&](QByteArrayView chunk) {
        const qint64 skip = std::clamp<qint64>(delivered - position, 0, chunk.size());
        position += chunk.size();
        if (skip == chunk.size())
            return true;
        sinkError = cancel.isCancelled() ? Error::cancelled()
                                         : sink->write(chunk.data() + skip, chunk.size() - skip);
        delivered += chunk.size() - skip;
        return !sinkError;
    };
    HttpResponse response;
    const Error error = m_api->send(request, &response, what, [&] { position = 0; });
    if (sinkError)
        return sinkError;
    if (response.status == 404)
        return Error::itemPermanent(
            QCoreApplication::translate("rca::GoogleDriveDownload", "%1 is not in Google Drive.")
                .arg(relativePath));
    return error;
}

} // namespace rca

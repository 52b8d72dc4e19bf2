#include "googledrivelisting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace rca {

namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

GoogleDriveListing::GoogleDriveListing(GoogleDriveApi *api)
    : m_api(api)
{}

Error GoogleDriveListing::run(const QString &folderId, const QString &relativeFolder,
                              bool recursive, const StorageConnector::EntryHandler &handleEntry,
                              const CancelToken &cancel)
{
    QList<Folder> pending{{folderId, relativeFolder}};
    while (!pending.isEmpty()) {
        const Folder folder = pending.takeFirst();
        QList<Folder> below;
        if (Error error = listOne(folder, recursive ? &below : nullptr, handleEntry, cancel))
            return error;
        pending = below + pending; // depth first: a folder's contents follow it
    }
    return {};
}

Error GoogleDriveListing::listOne(const Folder &folder, QList<Folder> *below,
                                  const StorageConnector::EntryHandler &handleEntry,
                                  const CancelToken &cancel)
{
    const QString q =
        QStringLiteral("%1 in parents and trashed = false").arg(GoogleDriveApi::quoted(folder.id));
    const QString what =
        QCoreApplication::translate("rca::GoogleDriveListing", "Listing \"%1\" in Google Drive")
            .arg(folder.path.isEmpty() ? archiveRootPath() : folder.path);
    const QString folderMime = QString::fromLatin1(FolderMimeType);
    QString pageToken;
    do {
        if (cancel.isCancelled())
            return Error::cancelled();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), encoded(q));
        query.addQueryItem(QStringLiteral("spaces"), QStringLiteral("drive"));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
        query.addQueryItem(
            QStringLiteral("fields"),
            encoded(QStringLiteral("nextPageToken,files(id,name,mimeType,size,md5Checksum)")));
        if (!pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), encoded(pageToken));
        HttpRequest request;
        request.url = m_api->url(QStringLiteral("/drive/v3/files"));
        request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        HttpResponse response;
        if (Error error = m_api->send(request, &response, what))
            return error;
        QJsonObject json;
        if (Error error = response.json(&json, what))
            return Error::transient(error.message());
        const QJsonArray files = json.value(u"files").toArray();
        for (const QJsonValue &value : files) {
            if (cancel.isCancelled())
                return Error::cancelled();
            const DriveFile file = GoogleDriveApi::fileFromJson(value.toObject());
            StoredFile entry;
            // The name as Drive holds it, even one with '/', ".." or control characters: the
            // caller reports what cannot be an archive path.
            entry.path = folder.path.isEmpty() ? file.name : folder.path + u'/' + file.name;
            entry.isFolder = file.mimeType == folderMime;
            if (!entry.isFolder) {
                entry.size = file.size;
                entry.providerChecksum = file.md5;
            } else if (below) {
                below->append({file.id, entry.path});
            }
            if (Error error = handleEntry(entry))
                return error;
        }
        pageToken = json.value(u"nextPageToken").toString();
    } while (!pageToken.isEmpty());
    return {};
}

} // namespace rca

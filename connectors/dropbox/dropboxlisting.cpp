// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dropboxlisting.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rca {

DropboxListing::DropboxListing(DropboxApi *api)
    : m_api(api)
{}

bool DropboxListing::relativePath(const QString &dropboxPath, QString *relative)
{
    const QString root = DropboxApi::rootPath() + u'/';
    if (dropboxPath.size() <= root.size() || !dropboxPath.startsWith(root, Qt::CaseInsensitive))
        return false;
    *relative = dropboxPath.mid(root.size());
    return true;
}

Error DropboxListing::run(const QString &relativeFolder, bool recursive,
                          const StorageConnector::EntryHandler &handleEntry,
                          const CancelToken &cancel)
{
    const QString folder = DropboxApi::dropboxPath(relativeFolder);
    if (folder.isEmpty())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::DropboxListing",
                                        "Refused to list %1: it leaves the archive")
                .arg(relativeFolder));
    const QString what =
        QCoreApplication::translate("rca::DropboxListing", "Listing %1 in Dropbox").arg(folder);
    DropboxApi::Result page = m_api->rpc(QStringLiteral("files/list_folder"),
                                         QJsonObject{{QStringLiteral("path"), folder},
                                                     {QStringLiteral("recursive"), recursive},
                                                     {QStringLiteral("include_deleted"), false}},
                                         what);
    for (;;) {
        if (page.error) {
            if (page.hasSummary(u"path/not_found"))
                return {};
            if (page.hasSummary(u"path/not_folder"))
                return Error::itemPermanent(
                    QCoreApplication::translate("rca::DropboxListing",
                                                "Dropbox has a file where the archive needs the "
                                                "folder %1")
                        .arg(folder));
            return page.error;
        }
        if (Error e = takeEntries(page.json, folder, handleEntry, cancel))
            return e;
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            return {};
        if (cancel.isCancelled())
            return Error::cancelled();
        const QString cursor = page.json.value(QStringLiteral("cursor")).toString();
        if (cursor.isEmpty())
            return Error::transient(
                QCoreApplication::translate("rca::DropboxListing",
                                            "%1: Dropbox said there is more but gave no cursor")
                    .arg(what));
        page = m_api->rpc(QStringLiteral("files/list_folder/continue"),
                          QJsonObject{{QStringLiteral("cursor"), cursor}}, what);
    }
}

Error DropboxListing::takeEntries(const QJsonObject &page, const QString &listedFolder,
                                  const StorageConnector::EntryHandler &handleEntry,
                                  const CancelToken &cancel)
{
    const QJsonArray entries = page.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        if (cancel.isCancelled())
            return Error::cancelled();
        const QJsonObject entry = value.toObject();
        const QString tag = entry.value(QStringLiteral(".tag")).toString();
        if (tag != QLatin1String("file") && tag != QLatin1String("folder"))
            continue; // deleted entries, and whatever a later API version adds
        QString path = entry.value(QStringLiteral("path_display")).toString();
        if (path.isEmpty())
            path = entry.value(QStringLiteral("path_lower")).toString();
        // A recursive listing starts with the listed folder itself.
        if (path.compare(listedFolder, Qt::CaseInsensitive) == 0)
            continue;
        StoredFile stored;
        if (!relativePath(path, &stored.path)) {
            qCWarning(lcStorage).noquote() << "Dropbox listed" << path << "under" << listedFolder
                                           << "although it is not in the archive folder; skipped";
            continue;
        }
        stored.isFolder = tag == QLatin1String("folder");
        if (!stored.isFolder) {
            stored.size = entry.value(QStringLiteral("size")).toInteger(-1);
            stored.providerChecksum =
                entry.value(QStringLiteral("content_hash")).toString().toLower();
        }
        if (Error e = handleEntry(stored))
            return e;
    }
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxlisting.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace rca {

BoxListing::BoxListing(BoxApi *api)
    : m_api(api)
{}

Error BoxListing::run(const QString &folderId, const QString &relativeFolder, bool recursive,
                      const StorageConnector::EntryHandler &handleEntry, const CancelToken &cancel)
{
    QList<std::pair<QString, QString>> pending{{folderId, relativeFolder}}; // id, path
    while (!pending.isEmpty()) {
        const auto [id, path] = pending.takeFirst();
        const QString what =
            QCoreApplication::translate("rca::BoxListing", "Listing %1 in Box")
                .arg(archiveRootPath() + (path.isEmpty() ? QString() : u'/' + path));
        bool gone = false; // removed meanwhile: nothing to list
        const auto take = [&](const BoxItem &item, bool *) {
            if (cancel.isCancelled())
                return Error::cancelled();
            if (!item.isFile() && !item.isFolder())
                return Error(); // web links, and whatever a later API version adds
            StoredFile entry;
            entry.path = path.isEmpty() ? item.name : path + u'/' + item.name;
            entry.isFolder = item.isFolder();
            if (entry.isFolder) {
                if (recursive)
                    pending.append({item.id, entry.path});
            } else {
                entry.size = item.size;
                entry.providerChecksum = item.sha1;
            }
            return handleEntry(entry);
        };
        if (Error error = m_api->listItems(id, what, take, &gone))
            return error;
    }
    return {};
}

} // namespace rca

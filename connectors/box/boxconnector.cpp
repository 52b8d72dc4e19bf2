// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Box connector's archive side: folders, uploads, look-ups, listings and reads. The set-up
// side (fields, settings, sign-in, tear-down) is in boxsetup.cpp.

#include "boxconnector.h"

#include "boxlisting.h"
#include "oauth/oauthsession.h"

#include <QCoreApplication>

namespace rca {

Error BoxConnector::notOpen() const
{
    return Error::storage(QCoreApplication::translate("rca::BoxConnector", "Box is not open"));
}

Error BoxConnector::ensureFolder(const QString &relativePath)
{
    if (!m_folders)
        return notOpen();
    QStringList components;
    if (Error e = BoxFolders::splitPath(relativePath, false, &components))
        return e;
    QString id;
    return m_folders->folderId(components, true, &id);
}

std::unique_ptr<StorageUpload> BoxConnector::startUpload(const QString &relativePath,
                                                         qint64 expectedSize, BoxUpload::Mode mode,
                                                         Error *error)
{
    *error = {};
    if (!m_folders) {
        *error = notOpen();
        return nullptr;
    }
    QStringList components;
    if ((*error = BoxFolders::splitPath(relativePath, true, &components)))
        return nullptr;
    components.removeLast();
    QString folderId;
    if ((*error = m_folders->folderId(components, true, &folderId)))
        return nullptr;
    return std::make_unique<BoxUpload>(m_api.get(), m_folders.get(), folderId, relativePath,
                                       expectedSize, m_config.limits, mode);
}

std::unique_ptr<StorageUpload> BoxConnector::beginUpload(const QString &relativePath,
                                                         qint64 expectedSize, Error *error)
{
    return startUpload(relativePath, expectedSize, BoxUpload::Mode::Add, error);
}

std::unique_ptr<StorageUpload> BoxConnector::beginReplace(const QString &relativePath,
                                                          qint64 expectedSize, Error *error)
{
    return startUpload(relativePath, expectedSize, BoxUpload::Mode::Replace, error);
}

Error BoxConnector::findFile(const QString &relativePath, BoxItem *file)
{
    *file = BoxItem();
    if (!m_folders)
        return notOpen();
    QStringList components;
    if (Error e = BoxFolders::splitPath(relativePath, true, &components))
        return e;
    const QString name = components.takeLast();
    QString folderId;
    if (Error e = m_folders->folderId(components, false, &folderId))
        return e;
    if (folderId.isEmpty())
        return {};
    return m_folders->findFile(folderId, name, file);
}

Error BoxConnector::stat(const QString &relativePath, StoredFile *stored)
{
    *stored = StoredFile();
    stored->path = relativePath;
    BoxItem file;
    if (Error e = findFile(relativePath, &file))
        return e;
    if (!file.id.isEmpty()) {
        stored->size = file.size;
        stored->providerChecksum = file.sha1;
    }
    return {};
}

Error BoxConnector::listFolder(const QString &relativeFolder, bool recursive,
                               const EntryHandler &handleEntry, const CancelToken &cancel)
{
    if (!m_folders)
        return notOpen();
    QStringList components;
    if (Error e = BoxFolders::splitPath(relativeFolder, false, &components))
        return e;
    QString folderId;
    if (Error e = m_folders->folderId(components, false, &folderId))
        return e;
    if (folderId.isEmpty())
        return {}; // no such folder: nothing to list
    return BoxListing(m_api.get())
        .run(folderId, components.join(u'/'), recursive, handleEntry, cancel);
}

Error BoxConnector::readFile(const QString &relativePath, ByteSink *sink, const CancelToken &cancel)
{
    BoxItem file;
    if (Error e = findFile(relativePath, &file))
        return e;
    if (file.id.isEmpty())
        return Error::itemPermanent(
            QCoreApplication::translate("rca::BoxConnector", "%1 is not in Box").arg(relativePath));
    Error sinkError;
    BoxApi::Call call;
    call.url = m_api->apiUrl(QStringLiteral("/files/%1/content").arg(file.id));
    call.waitWhileAccepted = true; // a file just uploaded may not be ready yet
    call.onData = [&](QByteArrayView chunk) {
        if (cancel.isCancelled())
            sinkError = Error::cancelled();
        else
            sinkError = sink->write(chunk.data(), chunk.size());
        return !sinkError;
    };
    const BoxApi::Result result = m_api->send(
        call,
        QCoreApplication::translate("rca::BoxConnector", "Reading %1 from Box").arg(relativePath));
    if (sinkError)
        return sinkError;
    if (result.error && result.status == 404)
        return Error::itemPermanent(
            QCoreApplication::translate("rca::BoxConnector", "%1 is not in Box").arg(relativePath));
    return result.error;
}

QString BoxConnector::checksumName() const
{
    return QStringLiteral("sha1");
}

QString BoxConnector::location() const
{
    return QStringLiteral("Box: /") + archiveRootPath();
}

QString BoxConnector::locationUrl() const
{
    const QString rootId = m_folders && !m_folders->rootId().isEmpty()
                               ? m_folders->rootId()
                               : m_settings.value(QStringLiteral("rootFolderId")).toString();
    if (rootId.isEmpty())
        return {};
    return QStringLiteral("https://app.box.com/folder/") + rootId;
}

} // namespace rca

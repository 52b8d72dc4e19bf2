// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/storageconnector.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace rca {

// The plugin entry point of the "Local folder" connector: names it and creates connectors.
// Made by QPluginLoader in whichever thread loads the plugins; stateless, so any thread may
// use it.
class LocalFolderConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "localfolder.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

// Archives into a folder the user owns (an external disk, a NAS mount): every file is
// written to a temporary name beside its final one, fsynced, and renamed without ever
// replacing what is there (or, for beginReplace, renamed over it in one atomic step). Never
// writes outside "<path>/Apps/RingCentral Application" and never deletes anything but its own
// temporary files. Listing and reading back: LocalFolderReader. Used from the engine's worker
// thread.
class LocalFolderConnector : public StorageConnector
{
public:
    explicit LocalFolderConnector(const ConnectorContext &context);

    Error setUp(const QVariantMap &options, QJsonObject *settings) override;
    Error tearDown() override;
    Error open(const CancelToken &cancel) override;
    void close() override;
    Error ensureFolder(const QString &relativePath) override;
    std::unique_ptr<StorageUpload> beginUpload(const QString &relativePath, qint64 expectedSize,
                                               Error *error) override;
    std::unique_ptr<StorageUpload> beginReplace(const QString &relativePath, qint64 expectedSize,
                                                Error *error) override;
    Error stat(const QString &relativePath, StoredFile *stored) override;
    Error listFolder(const QString &relativeFolder, bool recursive, const EntryHandler &handleEntry,
                     const CancelToken &cancel) override;
    Error readFile(const QString &relativePath, ByteSink *sink, const CancelToken &cancel) override;
    QString location() const override;
    QString locationUrl() const override;

private:
    QString topFolder() const;
    QString rootFolder() const;
    Error missingRootError() const;
    std::unique_ptr<StorageUpload> startUpload(const QString &relativePath, bool replace,
                                               Error *error);
    // Splits relativePath into components, refusing anything that could leave the root.
    Error checkPath(const QString &relativePath, bool needsFileName, QStringList *components) const;

    QJsonObject m_settings;
};

} // namespace rca

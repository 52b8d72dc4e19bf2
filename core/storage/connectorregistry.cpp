// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectorregistry.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>

#include <algorithm>

namespace rca {

ConnectorRegistry::ConnectorRegistry()
{
    load(defaultDirectories());
}

ConnectorRegistry::ConnectorRegistry(const QStringList &directories)
{
    load(directories);
}

QList<StorageConnectorFactory *> ConnectorRegistry::factories() const
{
    return m_factories;
}

StorageConnectorFactory *ConnectorRegistry::factory(const QString &id) const
{
    for (StorageConnectorFactory *candidate : m_factories) {
        if (candidate->id() == id)
            return candidate;
    }
    return nullptr;
}

QStringList ConnectorRegistry::ids() const
{
    QStringList result;
    for (StorageConnectorFactory *candidate : m_factories)
        result.append(candidate->id());
    return result;
}

QStringList ConnectorRegistry::defaultDirectories()
{
    QStringList directories;
    const QString fromEnvironment = qEnvironmentVariable("RCA_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty()) {
        const QStringList parts = fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            directories.append(QDir::cleanPath(part));
        return directories;
    }
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../") +
                            QStringLiteral(RCA_PLUGIN_SUBDIR))};
}

void ConnectorRegistry::load(const QStringList &directories)
{
    QSet<QString> seenDirectories;
    for (const QString &directory : directories) {
        const QFileInfo directoryInfo(directory);
        if (!directoryInfo.isDir()) {
            m_errors.append(QCoreApplication::translate("rca::ConnectorRegistry",
                                                        "%1: the plugin folder does not exist")
                                .arg(QDir::toNativeSeparators(directory)));
            continue;
        }
        const QString canonical = directoryInfo.canonicalFilePath();
        if (seenDirectories.contains(canonical))
            continue;
        seenDirectories.insert(canonical);

        const QDir dir(canonical);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &fileName : files) {
            // Debug symbols, READMEs and the like are not plugins and not worth a complaint.
            if (!QLibrary::isLibrary(fileName))
                continue;
            const QString path = dir.absoluteFilePath(fileName);
            const QString shown = QDir::toNativeSeparators(path);

            // Destroying the loader does not unload the plugin: it, and the factory it hands
            // out, stay for the program's life.
            QPluginLoader loader(path);
            const QString iid = loader.metaData().value(QLatin1String("IID")).toString();
            if (iid.isEmpty()) {
                m_errors.append(QStringLiteral("%1: %2").arg(shown, loader.errorString()));
                continue;
            }
            if (iid != QLatin1String(RcaStorageConnectorFactory_iid)) {
                m_errors.append(
                    QCoreApplication::translate("rca::ConnectorRegistry",
                                                "%1: not an RC Archiver storage connector (%2)")
                        .arg(shown, iid));
                continue;
            }
            QObject *instance = loader.instance();
            if (!instance) {
                m_errors.append(QStringLiteral("%1: %2").arg(shown, loader.errorString()));
                continue;
            }
            auto *connectorFactory = qobject_cast<StorageConnectorFactory *>(instance);
            if (!connectorFactory) {
                m_errors.append(QCoreApplication::translate(
                                    "rca::ConnectorRegistry",
                                    "%1: the plugin does not implement the storage connector "
                                    "interface")
                                    .arg(shown));
                continue;
            }
            connectorFactory->setMetaData(
                loader.metaData().value(QLatin1String("MetaData")).toObject());
            if (connectorFactory->id().isEmpty()) {
                m_errors.append(
                    QCoreApplication::translate("rca::ConnectorRegistry",
                                                "%1: its metadata names no connector id")
                        .arg(shown));
                continue;
            }
            if (factory(connectorFactory->id())) {
                m_errors.append(
                    QCoreApplication::translate("rca::ConnectorRegistry",
                                                "%1: a connector with the id \"%2\" is already "
                                                "loaded; this one is ignored")
                        .arg(shown, connectorFactory->id()));
                continue;
            }
            m_factories.append(connectorFactory);
        }
    }
    // The plugins' stated order, whatever their file names.
    std::stable_sort(m_factories.begin(), m_factories.end(), [](auto *a, auto *b) {
        return a->order() != b->order() ? a->order() < b->order() : a->id() < b->id();
    });
    for (const QString &error : std::as_const(m_errors))
        qCWarning(lcStorage) << "Storage connector plugin not loaded:" << error;
}

} // namespace rca

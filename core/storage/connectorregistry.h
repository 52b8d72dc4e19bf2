// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Finds the storage connector plugins with QPluginLoader: in $RCA_PLUGIN_PATH when set, else
// in ../lib/rc-archiver/plugins next to the executable (true both in the build tree and after
// `cmake --install`, which share that layout). Lives in whichever thread made it; the
// factories it hands out are safe to use from any thread.
#pragma once

#include "rcacore_export.h"
#include "storage/storageconnector.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rca {

class RCACORE_EXPORT ConnectorRegistry
{
public:
    ConnectorRegistry();
    // Searches the given directories instead of the defaults.
    explicit ConnectorRegistry(const QStringList &directories);

    // In the plugins' stated order (StorageConnectorFactory::order()).
    QList<StorageConnectorFactory *> factories() const;
    StorageConnectorFactory *factory(const QString &id) const;
    QStringList ids() const;
    // Plugins that failed to load, with the reason, for `rc-archiver status` and the log.
    QStringList loadErrors() const { return m_errors; }
    static QStringList defaultDirectories();

private:
    void load(const QStringList &directories);

    QList<StorageConnectorFactory *> m_factories;
    QStringList m_errors;
};

} // namespace rca

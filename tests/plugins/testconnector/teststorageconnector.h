// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Test storage": a storage connector plugin that exists only in the tests, with a folder, a
// choice and a secret in its set-up description. setUp checks the folder, keeps the secret in
// the keychain and writes what it was given to <folder>/teststorage.json, so a test can see
// exactly which options reached it. Nothing else works: it is never opened for a job.
#pragma once

#include "storage/storageconnector.h"

#include <QObject>

namespace rca::test {

class TestStorageConnectorFactory : public QObject, public StorageConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RcaStorageConnectorFactory_iid FILE "teststorage.json")
    Q_INTERFACES(rca::StorageConnectorFactory)

public:
    std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const override;
    SetUpDescription setUpDescription() const override;
};

} // namespace rca::test

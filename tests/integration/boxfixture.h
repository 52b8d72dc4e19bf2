// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxFixture: what the Box connector's test executables share. Its slots start
// tests/fakes/box/fake_box.py once per executable, load the box plugin, and reset the fake and
// the secrets before each test; Qt Test runs them for the test classes derived from it. Its
// protected helpers drive the fake's /__fake control API and sign in, upload, list and read
// through the real plugin, with small upload sessions (the fake's minimum session size lowered)
// so that tests stay quick. Test thread only.
#pragma once

#include "fakeserver.h"
#include "memorysecretstore.h"
#include "randombytes.h"
#include "redirectbrowser.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace rca::test {

class BoxFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    static inline const QString Profile = QStringLiteral("profile-1");
    static inline const QString Root = QStringLiteral("/Apps/RingCentral Application/");
    static constexpr qint64 Threshold = 64 * 1024; // the connector's uploadThreshold
    static constexpr qint64 PartSize = 32 * 1024;  // the fake's part_size

    static QByteArray sha256(const QByteArray &data);
    static QString sha1Hex(const QByteArray &data);

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_fake.call(method, QStringLiteral("/__fake/") + path, body);
    }
    void config(const QJsonObject &values) { control("POST", QStringLiteral("config"), values); }
    void fault(const QJsonObject &rule) { control("POST", QStringLiteral("faults"), rule); }
    // The fake's request log, only paths (with the query) that regex matches.
    QJsonArray requests(const QString &regex);
    int countRequests(const QString &regex, const QString &method = {});
    // Ground truth: "/Apps/RingCentral Application/a/b" -> {id, size, sha1, sha256, versions}.
    QHash<QString, QJsonObject> files();
    // Uploads that wrote the file at Root + path.
    int uploads(const QString &path);
    void verifyStored(const QString &relativePath, const QByteArray &data);

    QVariantMap options() const;
    ConnectorContext context(const QJsonObject &settings = {});
    // Signs in with setUp(options() + extra) and opens a connector; null (with a warning)
    // when that does not work.
    std::unique_ptr<StorageConnector> connectBox(const QVariantMap &extra = {},
                                                 QJsonObject *settings = nullptr);
    // An upload the engine's way: beginUpload with expectedSize (the size of data when -2),
    // writes of writeSize, commit with the SHA-256; afterWrite sees the bytes written so far.
    Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
                 StoredFile *stored, qint64 writeSize = 10000, qint64 expectedSize = -2,
                 const std::function<void(qint64 written)> &afterWrite = {});
    Error replace(StorageConnector *connector, const QString &path, const QByteArray &data,
                  StoredFile *stored);
    QList<StoredFile> list(StorageConnector *connector, const QString &folder, bool recursive,
                           Error *error = nullptr);
    QByteArray read(StorageConnector *connector, const QString &path, Error *error = nullptr);

    FakeServer m_fake;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<MemorySecretStore> m_secrets; // new for every test
    RedirectBrowser m_browser;
};

} // namespace rca::test

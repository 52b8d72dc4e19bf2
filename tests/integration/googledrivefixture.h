// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GoogleDriveFixture: what the Google Drive connector's test executables share. Its slots start
// tests/fakes/googledrive/fake_googledrive.py once per executable (pointing the plugin's
// RCA_GOOGLE_* URLs at it), load the googledrive plugin, and reset the fake and the secrets
// before each test; Qt Test runs them for the test classes derived from it. Its protected
// helpers drive the fake's /__fake control API and sign in, upload, list and read through the
// real plugin. Test thread only.
#pragma once

#include "memorysecretstore.h"
#include "redirectbrowser.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace rca::test {

class GoogleDriveFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

protected:
    static inline const QString Profile = QStringLiteral("p1");
    static constexpr qint64 Chunk = 256 * 1024;

    static QByteArray randomBytes(qint64 size, quint32 seed);
    static QByteArray sha256(const QByteArray &data);
    static QJsonObject J(const QString &json);
    static QJsonObject J(const char *json);

    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    QJsonArray files() { return control("GET", QStringLiteral("files")).value(u"files").toArray(); }
    QJsonArray requests(const QString &regex);
    QJsonObject fileNamed(const QString &name);
    void addFault(const QJsonObject &rule) { control("POST", QStringLiteral("faults"), rule); }
    ConnectorContext context(const QJsonObject &settings);
    // Signs in and opens a connector; the test fails when that does not work.
    std::unique_ptr<StorageConnector> connected(QVariantMap options = {});
    Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
                 StoredFile *stored = nullptr, qint64 writeSize = 10000);
    QList<StoredFile> list(StorageConnector *connector, const QString &folder, bool recursive,
                           Error *error = nullptr);
    QByteArray read(StorageConnector *connector, const QString &path, Error *error = nullptr);
    // Uploads that wrote the file at "Apps/RingCentral Application/<path>".
    int uploads(const QString &path);

    QProcess m_fake;
    QUrl m_url;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<MemorySecretStore> m_secrets;
    RedirectBrowser m_browser;
    QJsonObject m_settings;
};

} // namespace rca::test

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "teststorageconnector.h"

#include "secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rca::test {

namespace {

const QString FolderKey = QStringLiteral("folder");
const QString FlavourKey = QStringLiteral("flavour");
const QString TokenKey = QStringLiteral("token");

class TestStorageConnector : public StorageConnector
{
public:
    explicit TestStorageConnector(const ConnectorContext &context)
        : m_context(context)
    {}

    Error setUp(const QVariantMap &options, QJsonObject *settings) override
    {
        const QString folder = options.value(FolderKey).toString();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            return Error::storage(QStringLiteral("Test storage: no folder \"%1\".").arg(folder));
        const QString token = options.value(TokenKey).toString();
        if (!token.isEmpty()) {
            if (!m_context.secrets)
                return Error::storage(QStringLiteral("Test storage: no keychain."));
            if (Error e = m_context.secrets->write(secretKey(), token))
                return e;
        }
        QJsonObject result{
            {FolderKey, QDir(folder).absolutePath()},
            {FlavourKey, options.value(FlavourKey, QStringLiteral("plain")).toString()}};
        // What reached setUp, secrets left out, for the tests to read.
        QVariantMap seen = options;
        seen.remove(TokenKey);
        seen.insert(QStringLiteral("tokenGiven"), !token.isEmpty());
        QFile record(QDir(folder).filePath(QStringLiteral("teststorage.json")));
        if (!record.open(QIODevice::WriteOnly) ||
            record.write(QJsonDocument(QJsonObject::fromVariantMap(seen)).toJson()) < 0)
            return Error::storage(
                QStringLiteral("Test storage: cannot write %1.").arg(record.fileName()));
        QDir(folder).mkpath(archiveRootPath());
        m_context.settings = result;
        if (settings)
            *settings = result;
        return {};
    }
    Error testSetUp(const QVariantMap &options) override
    {
        const QString folder = options.value(FolderKey).toString();
        return QFileInfo(folder).isDir()
                   ? Error()
                   : Error::storage(QStringLiteral("Test storage: no folder \"%1\".").arg(folder));
    }
    Error tearDown() override
    {
        return m_context.secrets ? m_context.secrets->remove(secretKey()) : Error();
    }
    Error open(const CancelToken &) override { return unsupported(); }
    void close() override {}
    Error ensureFolder(const QString &) override { return unsupported(); }
    std::unique_ptr<StorageUpload> beginUpload(const QString &, qint64, Error *error) override
    {
        *error = unsupported();
        return nullptr;
    }
    std::unique_ptr<StorageUpload> beginReplace(const QString &, qint64, Error *error) override
    {
        *error = unsupported();
        return nullptr;
    }
    Error stat(const QString &, StoredFile *) override { return unsupported(); }
    Error listFolder(const QString &, bool, const EntryHandler &, const CancelToken &) override
    {
        return unsupported();
    }
    Error readFile(const QString &, ByteSink *, const CancelToken &) override
    {
        return unsupported();
    }
    QString location() const override
    {
        return m_context.settings.value(FolderKey).toString() + QStringLiteral(" (test)");
    }

private:
    static Error unsupported()
    {
        return Error::storage(QStringLiteral("Test storage only sets up."));
    }
    QString secretKey() const { return m_context.profileId + QStringLiteral("/teststorage/token"); }

    ConnectorContext m_context;
};

} // namespace

std::unique_ptr<StorageConnector>
TestStorageConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<TestStorageConnector>(context);
}

SetUpDescription TestStorageConnectorFactory::setUpDescription() const
{
    SetUpField folder;
    folder.key = FolderKey;
    folder.kind = SetUpField::Kind::FolderPath;
    folder.label = QStringLiteral("Test folder");
    folder.description = QStringLiteral("Where the test storage keeps its archive.");
    folder.required = true;
    SetUpField flavour;
    flavour.key = FlavourKey;
    flavour.kind = SetUpField::Kind::Choice;
    flavour.label = QStringLiteral("Flavour");
    flavour.description = QStringLiteral("How the test storage behaves.");
    flavour.choices = {{QStringLiteral("plain"), QStringLiteral("Plain")},
                       {QStringLiteral("fancy"), QStringLiteral("Fancy")}};
    flavour.defaultValue = QStringLiteral("plain");
    SetUpField token;
    token.key = TokenKey;
    token.kind = SetUpField::Kind::Secret;
    token.label = QStringLiteral("Access token");
    token.description = QStringLiteral("Kept in the keychain.");
    token.visibleWhenKey = FlavourKey;
    token.visibleWhenValues = {QStringLiteral("fancy")};
    token.required = true;
    SetUpDescription d;
    d.fields = {folder, flavour, token};
    d.offersTest = true;
    return d;
}

} // namespace rca::test

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts.h"

#include "ringcentral/ringcentralaccount.h"
#include "ringcentral/ringcentralconfig.h"
#include "sources/sourcefactory.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <QFileInfo>

namespace rca {

namespace {
QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

// The profile's data folder: where its database lives (Profile::databasePath()).
QString profileDirectory(const Database *db)
{
    return QFileInfo(db->filePath()).absolutePath();
}
} // namespace

QString Accounts::Source::account() const
{
    if (kind != u"ringcentral")
        return displayName;
    return SourceFactory::describeAccount(kind, settings);
}

Accounts::Accounts(Database *db, ConnectorRegistry *connectors, SecretStore *secrets,
                   QString profileId)
    : m_db(db)
    , m_connectors(connectors)
    , m_secrets(secrets)
    , m_profileId(std::move(profileId))
{}

Accounts::Source Accounts::source()
{
    SettingsStore settings(m_db);
    Source source;
    source.kind = settings.stringValue(key(SettingKey::SourceKind));
    if (source.kind.isEmpty())
        return source;
    source.displayName = SourceFactory::displayName(source.kind);
    source.settings = settings.jsonValue(key(SettingKey::SourceSettings));
    source.userName = source.settings.value(u"extensionName").toString();
    source.extensionNumber = source.settings.value(u"extensionNumber").toString();
    source.admin = source.settings.value(u"admin").toBool();
    source.attention = settings.stringValue(key(SettingKey::SourceAttention));
    return source;
}

Accounts::Storage Accounts::storage()
{
    SettingsStore settings(m_db);
    Storage storage;
    storage.kind = settings.stringValue(key(SettingKey::StorageKind));
    if (storage.kind.isEmpty())
        return storage;
    storage.settings = settings.jsonValue(key(SettingKey::StorageSettings));
    StorageConnectorFactory *factory = m_connectors->factory(storage.kind);
    if (!factory) {
        storage.displayName = storage.kind;
        storage.location = tr("The %1 plugin is not installed.").arg(storage.kind);
        return storage;
    }
    storage.displayName = factory->displayName();
    ConnectorContext context;
    context.settings = storage.settings;
    context.secrets = m_secrets;
    context.profileId = m_profileId;
    context.profileDirectory = profileDirectory(m_db);
    const std::unique_ptr<StorageConnector> connector = factory->create(context);
    storage.location = connector->location();
    storage.locationUrl = connector->locationUrl();
    storage.details = connector->details();
    return storage;
}

bool Accounts::isStorageConnected()
{
    return !SettingsStore(m_db).stringValue(key(SettingKey::StorageKind)).isEmpty();
}

Error Accounts::connectSource(const QString &kind, const QVariantMap &options, BrowserOpener opener,
                              const CancelToken &cancel)
{
    if (!SourceFactory::kinds().contains(kind))
        return Error::source(tr("Unknown source \"%1\". Sources: %2.")
                                 .arg(kind, SourceFactory::kinds().join(u", ")));
    SettingsStore settings(m_db);
    const QString current = settings.stringValue(key(SettingKey::SourceKind));
    if (!current.isEmpty() && current != kind)
        return Error::source(
            tr("%1 is connected. Disconnect it first.").arg(SourceFactory::displayName(current)));

    QJsonObject newSettings;
    if (kind == u"ringcentral") {
        QJsonObject overrides;
        for (auto i = options.cbegin(); i != options.cend(); ++i) {
            if (i.key() == u"redirectPort")
                overrides[i.key()] = i.value().toInt();
            else
                overrides[i.key()] = i.value().toString();
        }
        const RingCentralConfig config = RingCentralConfig::fromSettings(overrides);
        if (Error e = config.validate())
            return e;
        if (Error e = RingCentralAccount::connect(config, m_secrets,
                                                  SourceFactory::ringCentralSecretKey(m_profileId),
                                                  std::move(opener), cancel, &newSettings))
            return e;
    } else {
        newSettings = QJsonObject::fromVariantMap(options);
        Error error;
        if (!SourceFactory::create(kind, newSettings, {}, &error))
            return error;
    }
    if (Error e = settings.setValue(key(SettingKey::SourceSettings), newSettings))
        return e;
    settings.reset(key(SettingKey::SourceAttention));
    return settings.setValue(key(SettingKey::SourceKind), kind);
}

Error Accounts::reconnectSource(BrowserOpener opener, const CancelToken &cancel)
{
    SettingsStore settings(m_db);
    if (settings.stringValue(key(SettingKey::SourceKind)) != u"ringcentral")
        return Error::source(tr("RingCentral is not connected."));
    const RingCentralConfig config =
        RingCentralConfig::fromSettings(settings.jsonValue(key(SettingKey::SourceSettings)));
    QJsonObject newSettings;
    if (Error e = RingCentralAccount::connect(config, m_secrets,
                                              SourceFactory::ringCentralSecretKey(m_profileId),
                                              std::move(opener), cancel, &newSettings))
        return e;
    if (Error e = settings.setValue(key(SettingKey::SourceSettings), newSettings))
        return e;
    return settings.reset(key(SettingKey::SourceAttention));
}

Error Accounts::disconnectSource()
{
    SettingsStore settings(m_db);
    const QString kind = settings.stringValue(key(SettingKey::SourceKind));
    if (kind.isEmpty())
        return Error::source(tr("No source is connected."));
    if (Error e = forgetSource(kind, settings.jsonValue(key(SettingKey::SourceSettings))))
        return e;
    if (Error e = stopBackup())
        return e;
    settings.reset(key(SettingKey::SourceAttention));
    settings.reset(key(SettingKey::SourceSettings));
    return settings.reset(key(SettingKey::SourceKind));
}

Error Accounts::forgetSource(const QString &kind, const QJsonObject &settings)
{
    if (kind != u"ringcentral")
        return {};
    return RingCentralAccount::disconnect(RingCentralConfig::fromSettings(settings), m_secrets,
                                          SourceFactory::ringCentralSecretKey(m_profileId));
}

Error Accounts::connectStorage(const QString &id, const QVariantMap &options, BrowserOpener opener,
                               const CancelToken &cancel)
{
    StorageConnectorFactory *factory = m_connectors->factory(id);
    if (!factory)
        return Error::storage(
            tr("Unknown storage \"%1\". Storages: %2.").arg(id, m_connectors->ids().join(u", ")));
    SettingsStore settings(m_db);
    const QString current = settings.stringValue(key(SettingKey::StorageKind));
    if (!current.isEmpty() && current != id) {
        StorageConnectorFactory *connected = m_connectors->factory(current);
        return Error::storage(tr("%1 is connected. Disconnect it first.")
                                  .arg(connected ? connected->displayName() : current));
    }
    if (Error e = factory->setUpDescription().validate(options, factory->displayName()))
        return e;
    ConnectorContext context;
    context.secrets = m_secrets;
    context.profileId = m_profileId;
    context.profileDirectory = profileDirectory(m_db);
    context.openBrowser = std::move(opener);
    context.cancel = cancel;
    QJsonObject newSettings;
    if (Error e = factory->create(context)->setUp(options, &newSettings))
        return e;
    if (Error e = settings.setValue(key(SettingKey::StorageSettings), newSettings))
        return e;
    return settings.setValue(key(SettingKey::StorageKind), id);
}

Error Accounts::testStorage(const QString &id, const QVariantMap &options)
{
    StorageConnectorFactory *factory = m_connectors->factory(id);
    if (!factory)
        return Error::storage(tr("Unknown storage \"%1\".").arg(id));
    if (Error e = factory->setUpDescription().validate(options, factory->displayName()))
        return e;
    ConnectorContext context;
    context.secrets = m_secrets;
    context.profileId = m_profileId;
    context.profileDirectory = profileDirectory(m_db);
    return factory->create(context)->testSetUp(options);
}

Error Accounts::disconnectStorage()
{
    SettingsStore settings(m_db);
    const QString kind = settings.stringValue(key(SettingKey::StorageKind));
    if (kind.isEmpty())
        return Error::storage(tr("No storage is connected."));
    if (StorageConnectorFactory *factory = m_connectors->factory(kind)) {
        ConnectorContext context;
        context.settings = settings.jsonValue(key(SettingKey::StorageSettings));
        context.secrets = m_secrets;
        context.profileId = m_profileId;
        context.profileDirectory = profileDirectory(m_db);
        if (Error e = factory->create(context)->tearDown())
            return e;
    }
    if (Error e = stopBackup())
        return e;
    settings.reset(key(SettingKey::StorageSettings));
    return settings.reset(key(SettingKey::StorageKind));
}

Error Accounts::stopBackup()
{
    return SettingsStore(m_db).setValue(key(SettingKey::BackupEnabled), false);
}

} // namespace rca

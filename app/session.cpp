// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session.h"

#include "engine/engine.h"
#include "logging/logging.h"
#include "secrets/keychainsecretstore.h"
#include "storage/connectorregistry.h"
#include "store/database.h"
#include "store/databasebackups.h"
#include "store/databasehealth.h"
#include "store/profileidentity.h"
#include "store/settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace rca {

namespace {

const QString KeychainService = QStringLiteral("RC Archiver");
constexpr int BackupCheckMs = 3600 * 1000;
// The day's first copy waits this long after start: the copy of a year's database takes a few
// hundred milliseconds on the main thread, which the window's first paint must not wait for.
// A command that ends sooner makes it as it ends (~Session).
constexpr int FirstBackupDelayMs = 5000;

Profile profileFor(const QString &profileDir)
{
    return profileDir.isEmpty() ? Profile::standard() : Profile::inDirectory(profileDir);
}

void logTightened(const QStringList &tightened)
{
    for (const QString &path : tightened)
        qCInfo(lcApp).noquote() << "Made private (folders 0700, files 0600):" << path;
}

} // namespace

Session::Session() = default;

Session::~Session()
{
    // What this process did (a job, a connection) is in the day's copy if none was made yet.
    backUpIfDue();
}

ConnectorRegistry &Session::connectors()
{
    if (!m_connectors)
        m_connectors = std::make_unique<ConnectorRegistry>();
    return *m_connectors;
}

Error Session::prepareProfile(const QString &profileDir, Error *databaseRefusal)
{
    // Before anything is written in the folder (the log file among them): a lost database in
    // a used profile is refused, and a folder of someone else's files is left untouched.
    *databaseRefusal = DatabaseHealth::check(profileFor(profileDir).databasePath(),
                                             DatabaseHealth::Scope::WholeFolder);
    if (*databaseRefusal && !DatabaseHealth::isDamagedDatabase(*databaseRefusal))
        return *databaseRefusal;

    m_profile = profileFor(profileDir);
    QStringList tightened;
    if (Error e = m_profile.ensureExists(&tightened))
        return e;
    // Logging first, so that even the database's first messages go to the file.
    Logging::Options logOptions;
    logOptions.directory = m_profile.logDirectory();
    logOptions.echoToStderr = true;
    Logging::install(logOptions);
    logTightened(tightened);
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(KeychainService);
    return {};
}

Error Session::openProfile(const QString &profileDir)
{
    Error databaseRefusal;
    return prepareProfile(profileDir, &databaseRefusal);
}

Error Session::open(const QString &profileDir)
{
    Error refusal;
    if (Error e = prepareProfile(profileDir, &refusal))
        return e;
    if (refusal) {
        qCInfo(lcApp).noquote() << "Database refused:" << refusal.message();
        return refusal;
    }

    // The profile's id, kept in its database, before anything keys the keychain with it.
    {
        Database db(m_profile.databasePath());
        if (Error e = db.open())
            return e;
        ProfileIdentity identity(&db);
        if (const QString id = identity.id(); !id.isEmpty())
            m_profile.setId(id);
        QString other;
        switch (identity.place(m_profile.dataDirectory(), &other)) {
        case ProfileIdentity::Placement::Same:
            break;
        case ProfileIdentity::Placement::Moved:
            qCInfo(lcApp).noquote()
                << "This profile was moved here from" << other << "- its sign-ins moved with it";
            break;
        case ProfileIdentity::Placement::Copied:
            m_sharesSignInWith = other;
            qCWarning(lcApp).noquote()
                << QCoreApplication::translate(
                       "rca::Session",
                       "This profile (%1) is a copy of the one in %2 and shares its sign-ins "
                       "with it: signing in or out in one changes the other, and RingCentral "
                       "accepts each sign-in's renewal once, so the two take it from each "
                       "other. Use one of them, or give this one its own sign-ins with `%3` "
                       "and connect it again.")
                       .arg(QDir::toNativeSeparators(m_profile.dataDirectory()),
                            QDir::toNativeSeparators(other),
                            DatabaseHealth::commandLine(m_profile.databasePath(),
                                                        QStringLiteral("new-id")));
            break;
        }
    }
    QStringList tightened;
    m_profile.ensureExists(&tightened); // the database exists now: the folders are private
    logTightened(tightened);

    Engine::Options options;
    options.profile = m_profile;
    options.clock = &m_clock;
    options.connectors = &connectors();
    options.secrets = m_secrets.get();
    m_engine = std::make_unique<Engine>(options);
    if (Error e = m_engine->open()) {
        m_engine.reset();
        return e;
    }
    if (SettingsStore(db()).boolValue(QLatin1String(SettingKey::DebugLogging))) {
        Logging::Options logOptions;
        logOptions.directory = m_profile.logDirectory();
        logOptions.echoToStderr = true;
        logOptions.debug = true;
        Logging::install(logOptions);
    }
    for (const QString &problem : m_connectors->loadErrors())
        qCWarning(lcApp).noquote()
            << QCoreApplication::translate("rca::Session", "Plugin not loaded: %1").arg(problem);

    m_backupTimer = std::make_unique<QTimer>();
    m_backupTimer->setInterval(BackupCheckMs);
    QObject::connect(m_backupTimer.get(), &QTimer::timeout, m_backupTimer.get(),
                     [this] { backUpIfDue(); });
    m_backupTimer->start();
    QTimer::singleShot(FirstBackupDelayMs, m_backupTimer.get(), [this] { backUpIfDue(); });
    return {};
}

void Session::backUpIfDue()
{
    if (!m_engine)
        return;
    if (Error e = DatabaseBackups(m_profile.databasePath()).backUpIfDue(db(), m_clock.now()))
        qCWarning(lcApp).noquote() << e.message();
}

Database *Session::db() const
{
    return m_engine->database();
}

SecretStore *Session::secrets() const
{
    return m_secrets.get();
}

AppContext Session::context()
{
    AppContext context;
    context.engine = m_engine.get();
    context.db = db();
    context.connectors = &connectors();
    context.secrets = secrets();
    context.clock = &m_clock;
    context.profile = m_profile;
    return context;
}

void Session::waitForKeychain(QTextStream &err)
{
    const QString kind = SettingsStore(db()).stringValue(QLatin1String(SettingKey::SourceKind));
    if (kind != u"ringcentral")
        return;
    Error error = KeychainSecretStore::probe(KeychainService, 10000);
    if (!error)
        return;
    qCInfo(lcApp).noquote() << "The keychain is not ready yet; trying again in 5 s:"
                            << error.message();
    QThread::sleep(5);
    error = KeychainSecretStore::probe(KeychainService, 10000);
    if (error) {
        qCWarning(lcApp).noquote() << error.message();
        err << error.message() << "\n";
        err.flush();
    }
}

} // namespace rca

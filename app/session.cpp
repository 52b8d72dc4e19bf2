#include "session.h"

#include "engine/engine.h"
#include "logging/logging.h"
#include "secrets/keychainsecretstore.h"
#include "storage/connectorregistry.h"
#include "store/settingsstore.h"

#include <QTextStream>
#include <QThread>

namespace rca {

namespace {

const QString KeychainService = QStringLiteral("RC Archiver");

} // namespace

Session::Session() = default;
Session::~Session() = default;

ConnectorRegistry &Session::connectors()
{
    if (!m_connectors)
        m_connectors = std::make_unique<ConnectorRegistry>();
    return *m_connectors;
}

Error Session::open(const QString &profileDir)
{
    m_profile = profileDir.isEmpty() ? Profile::standard() : Profile::inDirectory(profileDir);
    if (Error e = m_profile.ensureExists())
        return e;
    // Logging first, so that even the database's first messages go to the file.
    Logging::Options logOptions;
    logOptions.directory = m_profile.logDirectory();
    logOptions.echoToStderr = true;
    Logging::install(logOptions);
    m_secrets = std::make_unique<KeychainSecretStore>(KeychainService);
    Engine::Options options;
    options.profile = m_profile;
    options.clock = &m_clock;
    options.connectors = &connectors();
    options.secrets = m_secrets.get();
    m_engine = std::make_unique<Engine>(options);
    if (Error e = m_engine->open())
        return e;
    if (SettingsStore(db()).boolValue(QLatin1String(SettingKey::DebugLogging))) {
        logOptions.debug = true;
        Logging::install(logOptions);
    }
    for (const QString &problem : m_connectors->loadErrors())
        qCWarning(lcApp).noquote() << "Plugin not loaded:" << problem;
    return {};
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

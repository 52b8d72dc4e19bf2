#include "sftpconnector.h"

#include "logging/logging.h"
#include "parallelwriters.h"
#include "secrets/secretstore.h"
#include "sftparchivereader.h"
#include "sftpsetupoptions.h"
#include "sftpupload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>

#include <utility>

namespace rca {

using namespace ssh;

namespace {

// The option and setting names (see SftpSetUpOptions).
const QString &HostKey = SftpKey::Host;
const QString &PortKey = SftpKey::Port;
const QString &UserKey = SftpKey::User;
const QString &RootKey = SftpKey::Root;
const QString &AuthKey = SftpKey::Auth;
const QString &KeyFileKey = SftpKey::KeyFile;
const QString &KnownHostsKey = SftpKey::KnownHosts;
const QString &HostKeyAlgorithmKey = SftpKey::HostKeyAlgorithm;
const QString &TimeoutKey = SftpKey::Timeout;
const QString &ParallelSessionsKey = SftpKey::ParallelSessions;
const QString &ParallelThresholdKey = SftpKey::ParallelThreshold;

// A temporary file nobody has written to for this long is left over from a crash.
constexpr qint64 StaleTemporaryAgeSeconds = 5 * 60;
// Reconnects per job before the job gives up on the server.
constexpr int ReconnectsPerJob = 3;
// Files from this size (MiB) up go through extra sessions side by side; see ParallelWriters.
constexpr int DefaultParallelSessions = DefaultSftpParallelSessions;
constexpr int DefaultParallelThresholdMiB = DefaultSftpParallelThresholdMiB;
constexpr qint64 MiB = 1024 * 1024;

bool parseAuth(const QString &text, AuthMethod *method)
{
    return parseSftpAuth(text, method);
}

QString defaultKnownHostsFile()
{
    return defaultSftpKnownHostsFile();
}

QString userKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

// Remote paths are POSIX paths whatever the local system.
QString joinRemote(const QString &base, const QString &name)
{
    return base.endsWith(u'/') ? base + name : base + u'/' + name;
}

// Tells this profile on this computer (and user) from anyone else writing temporary files
// into the same folders.
QString ownerTag(const QString &profileId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QSysInfo::machineUniqueId());
    hash.addData(localSftpUserName().toUtf8());
    hash.addData(profileId.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(8));
}

// Errors of open() and setUp() concern the storage as a whole.
Error asStorageError(Error error)
{
    if (error.kind() == Error::Kind::Transient || error.kind() == Error::Kind::ItemPermanent)
        return Error::storage(error.message());
    return error;
}

} // namespace

// SftpConnectorFactory

std::unique_ptr<StorageConnector>
SftpConnectorFactory::create(const ConnectorContext &context) const
{
    return std::make_unique<SftpConnector>(context);
}

SetUpDescription SftpConnectorFactory::setUpDescription() const
{
    return SftpSetUpOptions::description();
}

// SftpConnector

SftpConnector::SftpConnector(const ConnectorContext &context)
    : m_settings(context.settings)
    , m_secrets(context.secrets)
    , m_profileId(context.profileId)
    , m_tracker(std::make_shared<UploadTracker>(ownerTag(context.profileId)))
{}

SftpConnector::~SftpConnector()
{
    close();
}

Error SftpConnector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    return setUpOrTest(options, false, settings);
}

Error SftpConnector::testSetUp(const QVariantMap &options)
{
    return setUpOrTest(options, true, nullptr);
}

Error SftpConnector::setUpOrTest(const QVariantMap &options, bool testOnly, QJsonObject *settings)
{
    // testOnly: the same checks, but nothing is created, confirmed or kept.
    SftpSetUpOptions parsed;
    if (Error e = SftpSetUpOptions::parse(options, &parsed))
        return e;
    if (!parsed.secret.isEmpty() && !m_secrets && !testOnly)
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "No keychain is available to keep the SFTP %1 in, "
                                        "and RC Archiver never stores it anywhere else.")
                .arg(parsed.secretName()));
    QJsonObject newSettings = parsed.settings();

    close();
    const QString previousSecretKey = usesSecret() ? secretKey() : QString();
    const QJsonObject previousSettings = std::exchange(m_settings, newSettings);
    m_secret = parsed.secret;
    m_secretLoaded = true;
    SshOptions sshOptions = sessionOptions();
    sshOptions.acceptFingerprint = parsed.acceptHostKey;
    sshOptions.rememberHostKey = !testOnly;
    Error error;
    m_session = SshSession::connect(sshOptions, nullptr, &error);
    auto failed = [&](const Error &e) {
        close();
        m_settings = previousSettings;
        return parsed.withConfirmation(asStorageError(e));
    };
    if (!m_session)
        return failed(error);
    newSettings[HostKeyAlgorithmKey] = m_session->hostKeyAlgorithm();

    // The root: absolute, resolved on the server ("~", relative paths and symbolic links).
    QString login;
    if (Error e = m_session->realPath(QStringLiteral("."), &login))
        return failed(e);
    QString root = parsed.root;
    if (root.isEmpty() || root == QLatin1String("~"))
        root = login;
    else if (root.startsWith(QLatin1String("~/")))
        root = joinRemote(login, root.mid(2));
    else if (!root.startsWith(u'/'))
        root = joinRemote(login, root);
    SftpAttributes attributes;
    if (Error e = m_session->stat(root, &attributes))
        return failed(e);
    if (!attributes.exists)
        return failed(
            Error::storage(QCoreApplication::translate("rca::SftpConnector",
                                                       "The folder %1 does not exist on %2. Create "
                                                       "it, or choose another folder.")
                               .arg(root, m_session->serverName())));
    if (!attributes.isFolder)
        return failed(Error::storage(
            QCoreApplication::translate("rca::SftpConnector", "%1 on %2 is not a folder.")
                .arg(root, m_session->serverName())));
    QString resolved;
    if (Error e = m_session->realPath(root, &resolved))
        return failed(e);
    newSettings[RootKey] = resolved.isEmpty() ? root : resolved;
    m_settings = newSettings;

    if (testOnly) {
        Error error = probeExisting(newSettings[RootKey].toString());
        if (!error)
            qCInfo(lcStorage).noquote() << "SFTP connection test passed for" << serverName();
        close();
        m_settings = previousSettings;
        return parsed.withConfirmation(asStorageError(error));
    }

    if (Error e = makeFolders(newSettings[RootKey].toString(), archiveRootPath().split(u'/')))
        return failed(e);
    if (Error e = probe(archiveRoot()))
        return failed(e);

    // Secrets are kept only once they are known to work. The previous connection's entry
    // goes when this one does not use it (best effort; with no secret involved, the keychain
    // is not touched at all).
    if (m_secrets && !parsed.secret.isEmpty()) {
        if (Error e = m_secrets->write(secretKey(), parsed.secret))
            return failed(Error::storage(
                QCoreApplication::translate("rca::SftpConnector",
                                            "Could not keep the SFTP %1 in the keychain: %2")
                    .arg(parsed.secretName(), e.message())));
    }
    if (m_secrets && !previousSecretKey.isEmpty() &&
        (parsed.secret.isEmpty() || previousSecretKey != secretKey()))
        m_secrets->remove(previousSecretKey);
    close();
    m_settings = newSettings;
    if (settings)
        *settings = newSettings;
    qCInfo(lcStorage).noquote() << "SFTP archive set up in" << location();
    return {};
}

Error SftpConnector::tearDown()
{
    close();
    if (!m_secrets)
        return {};
    // Only the entry this connection uses must go; the other is removed in passing (and no
    // keychain at all is needed when the connection had no secret).
    const QString used = usesSecret() ? secretKey() : QString();
    Error result;
    for (const QString &name :
         {QStringLiteral("/sftp/password"), QStringLiteral("/sftp/passphrase")}) {
        const QString key = m_profileId + name;
        if (Error e = m_secrets->remove(key); e && key == used)
            result = e;
    }
    return result;
}

Error SftpConnector::open(const CancelToken &cancel)
{
    close();
    if (cancel.isCancelled())
        return Error::cancelled();
    if (m_settings.value(HostKey).toString().isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::SftpConnector", "The SFTP archive is not set up: no server is "
                                  "configured."));
    m_reconnectsLeft = ReconnectsPerJob;
    Error error = openArchive(&cancel);
    if (error)
        close();
    m_open = !error;
    return error;
}

Error SftpConnector::openArchive(const CancelToken *cancel)
{
    if (Error error = connectSession(cancel))
        return asStorageError(error);

    const QString root = m_settings.value(RootKey).toString();
    SftpAttributes attributes;
    if (Error error = m_session->stat(archiveRoot(), &attributes))
        return asStorageError(error);
    if (!attributes.isFolder) {
        SftpAttributes rootAttributes;
        if (Error error = m_session->stat(root, &rootAttributes))
            return asStorageError(error);
        if (!rootAttributes.isFolder)
            return Error::storage(
                QCoreApplication::translate("rca::SftpConnector",
                                            "The folder %1 no longer exists on %2. Is the "
                                            "server's disk mounted?")
                    .arg(root, m_session->serverName()));
        qCWarning(lcStorage).noquote()
            << "The archive folder" << archiveRoot() << "was missing; creating it again";
        if (Error error = makeFolders(root, archiveRootPath().split(u'/')))
            return asStorageError(error);
    }
    if (Error error = probe(archiveRoot()))
        return asStorageError(error);
    removeStaleTemporaries(archiveRoot());
    return {};
}

void SftpConnector::close()
{
    if (m_session)
        qCDebug(lcStorage).noquote() << "SFTP disconnecting from" << m_session->serverName();
    m_writers.reset(); // joins its threads and disconnects
    m_session.reset();
    m_open = false;
    m_secret.fill(u'\0');
    m_secret.clear();
    m_secretLoaded = false;
}

SshOptions SftpConnector::sessionOptions() const
{
    SshOptions options;
    options.host = m_settings.value(HostKey).toString();
    options.port = m_settings.value(PortKey).toVariant().toInt();
    if (options.port <= 0)
        options.port = 22;
    options.user = m_settings.value(UserKey).toString();
    parseAuth(m_settings.value(AuthKey).toString(), &options.method);
    options.keyFile = m_settings.value(KeyFileKey).toString();
    options.secret = m_secret;
    options.appKnownHostsFile = m_settings.value(KnownHostsKey).toString();
    if (options.appKnownHostsFile.isEmpty())
        options.appKnownHostsFile = defaultKnownHostsFile();
    options.userKnownHostsFile = userKnownHostsFile();
    options.preferredHostKeyAlgorithm = m_settings.value(HostKeyAlgorithmKey).toString();
    if (const int timeout = m_settings.value(TimeoutKey).toInt(); timeout > 0) {
        options.timeoutMs = timeout * 1000;
        options.connectTimeoutMs = qMin(options.connectTimeoutMs, options.timeoutMs);
    }
    return options;
}

Error SftpConnector::connectSession(const CancelToken *cancel)
{
    m_session.reset();
    if (!m_secretLoaded) {
        if (Error error = readSecret(&m_secret))
            return error;
        m_secretLoaded = true;
    }
    Error error;
    m_session = SshSession::connect(sessionOptions(), cancel, &error);
    return error;
}

Error SftpConnector::ensureConnected()
{
    if (m_session && !m_session->isBroken()) {
        m_session->keepAlive();
        if (!m_session->isBroken())
            return {};
    }
    if (!m_open) { // used without open(): connect now
        if (Error error = connectSession(nullptr))
            return asStorageError(error);
        removeOrphans();
        return {};
    }

    const QString server = serverName();
    if (m_reconnectsLeft <= 0)
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "The connection to the SFTP server %1 was lost "
                                        "again; this job stops and will be retried later.")
                .arg(server));
    --m_reconnectsLeft;
    qCInfo(lcStorage).noquote() << "The connection to" << server << "was lost; reconnecting";
    if (Error error = connectSession(nullptr)) {
        if (error.kind() == Error::Kind::Reconnect || error.kind() == Error::Kind::Cancelled)
            return error;
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "The connection to the SFTP server %1 was lost and "
                                        "could not be made again: %2")
                .arg(server, error.message()));
    }
    removeOrphans();
    return {};
}

QString SftpConnector::serverName() const
{
    QString host = m_settings.value(HostKey).toString();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int port = m_settings.value(PortKey).toVariant().toInt();
    return QStringLiteral("%1@%2:%3")
        .arg(m_settings.value(UserKey).toString(), host)
        .arg(port > 0 ? port : 22);
}

Error SftpConnector::withReconnect(const std::function<Error()> &operation)
{
    if (Error error = ensureConnected())
        return error;
    Error error = operation();
    if (error && m_session->isBroken()) {
        if (Error reconnectError = ensureConnected())
            return reconnectError;
        error = operation();
    }
    return error;
}

QString SftpConnector::secretKey() const
{
    AuthMethod method = AuthMethod::Agent;
    parseAuth(m_settings.value(AuthKey).toString(), &method);
    if (method == AuthMethod::Password || method == AuthMethod::KeyboardInteractive)
        return m_profileId + QStringLiteral("/sftp/password");
    return m_profileId + QStringLiteral("/sftp/passphrase");
}

bool SftpConnector::usesSecret() const
{
    AuthMethod method = AuthMethod::Agent;
    parseAuth(m_settings.value(AuthKey).toString(), &method);
    switch (method) {
    case AuthMethod::Password:
    case AuthMethod::KeyboardInteractive:
        return true;
    case AuthMethod::Key:
        // An unprotected key file needs no keychain at all.
        return inspectKeyFile(m_settings.value(KeyFileKey).toString()).encrypted;
    case AuthMethod::Agent:
        return false;
    }
    return false;
}

Error SftpConnector::readSecret(QString *secret) const
{
    secret->clear();
    if (!usesSecret())
        return {};
    const bool isPassword = secretKey().endsWith(QLatin1String("/password"));
    const QString what = isPassword
                             ? QCoreApplication::translate("rca::SftpConnector", "password")
                             : QCoreApplication::translate("rca::SftpConnector", "key passphrase");
    if (!m_secrets)
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "No keychain is available to read the SFTP %1 "
                                        "from.")
                .arg(what));
    if (Error error = m_secrets->read(secretKey(), secret))
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "Could not read the SFTP %1 from the keychain: %2")
                .arg(what, error.message()));
    if (secret->isEmpty())
        return Error::reconnect(
            QCoreApplication::translate("rca::SftpConnector",
                                        "The SFTP %1 is not in the keychain any more. "
                                        "Connect the SFTP storage again.")
                .arg(what));
    return {};
}

QString SftpConnector::archiveRoot() const
{
    return joinRemote(m_settings.value(RootKey).toString(), archiveRootPath());
}

Error SftpConnector::makeFolders(const QString &base, const QStringList &components)
{
    QString current = base;
    for (const QString &component : components) {
        current = joinRemote(current, component);
        bool existed = false;
        if (Error error = m_session->makeFolder(current, &existed))
            return error;
    }
    return {};
}

Error SftpConnector::probeExisting(const QString &root)
{
    // The folder the first upload would write into, as far as it exists: the archive folder,
    // or the one its missing part would be created in.
    QString folder = root;
    for (const QString &component : archiveRootPath().split(u'/')) {
        const QString path = joinRemote(folder, component);
        SftpAttributes attributes;
        if (Error error = m_session->stat(path, &attributes))
            return error;
        if (!attributes.exists)
            break;
        if (!attributes.isFolder)
            return Error::storage(m_session->notAFolderMessage(path));
        folder = path;
    }
    return probe(folder);
}

Error SftpConnector::probe(const QString &folder)
{
    Error error;
    const QString path = joinRemote(folder, newTemporaryName(m_tracker->ownerTag()));
    SftpHandlePtr handle = m_session->openFile(
        path, LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL, 0666, &error);
    if (!handle && !m_session->isBroken())
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "RC Archiver cannot write into the folder %1 "
                                        "on %2 (%3). Check the folder's permissions on the "
                                        "server.")
                .arg(folder, m_session->serverName(), sftpStatusText(m_session->lastStatus())));
    if (!handle)
        return error;
    LIBSSH2_SFTP_ATTRIBUTES attributes{};
    if (libssh2_sftp_fstat_ex(handle.get(), &attributes, 0) == 0 &&
        (attributes.flags & LIBSSH2_SFTP_ATTR_ACMODTIME))
        m_clockSkew = qint64(attributes.mtime) - QDateTime::currentSecsSinceEpoch();
    handle.reset();
    // A share that allows writing but not deleting still works for archiving.
    if (Error error = m_session->removeFile(path)) {
        if (m_session->isBroken())
            return error;
        qCWarning(lcStorage).noquote() << error.message();
    }
    return {};
}

void SftpConnector::removeStaleTemporaries(const QString &folder)
{
    removeOrphans();
    QList<SftpEntry> entries;
    if (Error error = m_session->list(folder, &entries)) {
        qCWarning(lcStorage).noquote() << error.message();
        return;
    }
    const qint64 serverNow = QDateTime::currentSecsSinceEpoch() + m_clockSkew;
    QSet<QString> names;
    for (const SftpEntry &entry : std::as_const(entries))
        names.insert(entry.name);
    for (const SftpEntry &entry : std::as_const(entries)) {
        if (entry.attributes.isFile && !asideNameOwner(entry.name).isEmpty()) {
            restoreAside(folder, entry, names.contains(asideNameTarget(entry.name)), serverNow);
            continue;
        }
        if (!entry.attributes.isFile || !isTemporaryName(entry.name))
            continue;
        const QString path = joinRemote(folder, entry.name);
        if (m_tracker->isActive(path))
            continue;
        // One of ours that no upload holds is left over from a crash. Someone else's may
        // still be written to (another computer or profile archiving here) unless it has
        // not changed for a while.
        const bool ours = temporaryNameOwner(entry.name) == m_tracker->ownerTag();
        if (!ours && entry.attributes.modified >= 0 &&
            serverNow - entry.attributes.modified < StaleTemporaryAgeSeconds)
            continue;
        if (m_session->removeFile(path))
            qCWarning(lcStorage).noquote() << "Could not remove the stale temporary file" << path;
        else
            qCInfo(lcStorage).noquote() << "Removed the stale temporary file" << path;
    }
}

// The old file of a replacement that a crash interrupted between its two renames: back to its
// name when the new file did not get there, removed when it did.
void SftpConnector::restoreAside(const QString &folder, const ssh::SftpEntry &entry, bool replaced,
                                 qint64 serverNow)
{
    const QString path = joinRemote(folder, entry.name);
    const QString finalPath = joinRemote(folder, asideNameTarget(entry.name));
    if (m_tracker->isActive(path))
        return;
    const bool ours = asideNameOwner(entry.name) == m_tracker->ownerTag();
    if (!ours && entry.attributes.modified >= 0 &&
        serverNow - entry.attributes.modified < StaleTemporaryAgeSeconds)
        return;
    if (replaced) {
        if (m_session->removeFile(path))
            qCWarning(lcStorage).noquote() << "Could not remove the replaced file" << path;
        else
            qCInfo(lcStorage).noquote() << "Removed" << path << "replaced by" << finalPath;
    } else if (m_session->rename(path, finalPath)) {
        qCWarning(lcStorage).noquote() << "Could not put back" << finalPath << "from" << path;
    } else {
        qCInfo(lcStorage).noquote() << "Put" << finalPath << "back after an interrupted "
                                    << "replacement";
    }
}

void SftpConnector::removeOrphans()
{
    finishInterruptedReplacements(m_session.get(), m_tracker.get());
    const QStringList orphans = m_tracker->takeOrphans();
    for (const QString &path : orphans) {
        if (m_session->removeFile(path) && m_session->lastStatus() != LIBSSH2_FX_NO_SUCH_FILE)
            qCWarning(lcStorage).noquote() << "Could not remove the temporary file" << path;
        else
            qCInfo(lcStorage).noquote()
                << "Removed the temporary file" << path << "of an interrupted upload";
    }
}

Error SftpConnector::ensureFolder(const QString &relativePath)
{
    QStringList components;
    if (Error error = checkPath(relativePath, false, &components))
        return error;
    return withReconnect([&]() -> Error {
        const QString folder =
            components.isEmpty() ? archiveRoot() : joinRemote(archiveRoot(), components.join(u'/'));
        SftpAttributes attributes;
        if (Error error = m_session->stat(folder, &attributes))
            return error;
        if (attributes.exists && !attributes.isFolder)
            return Error::transient(m_session->notAFolderMessage(folder));
        if (attributes.exists) {
            removeStaleTemporaries(folder);
            return {};
        }
        // A folder made just now holds no leftovers: no need to list it.
        Error error = makeFolders(archiveRoot(), components);
        if (error && !m_session->isBroken()) {
            SftpAttributes rootAttributes;
            if (!m_session->stat(archiveRoot(), &rootAttributes) && !rootAttributes.exists)
                return Error::storage(
                    QCoreApplication::translate("rca::SftpConnector",
                                                "The archive folder %1 on %2 is missing. Is "
                                                "the server's disk mounted?")
                        .arg(archiveRoot(), m_session->serverName()));
        }
        return error;
    });
}

std::unique_ptr<StorageUpload> SftpConnector::beginUpload(const QString &relativePath,
                                                          qint64 expectedSize, Error *error)
{
    return startUpload(relativePath, expectedSize, false, error);
}

std::unique_ptr<StorageUpload> SftpConnector::beginReplace(const QString &relativePath,
                                                           qint64 expectedSize, Error *error)
{
    return startUpload(relativePath, expectedSize, true, error);
}

std::unique_ptr<StorageUpload> SftpConnector::startUpload(const QString &relativePath,
                                                          qint64 expectedSize, bool replace,
                                                          Error *error)
{
    std::unique_ptr<SftpUpload> upload;
    const int sessions = m_settings.value(ParallelSessionsKey).toInt(DefaultParallelSessions);
    const qint64 threshold =
        m_settings.value(ParallelThresholdKey).toInt(DefaultParallelThresholdMiB) * MiB;
    // A quarter of the threshold keeps every writer busy on a file just above it; 8 MiB
    // chunks at most keep memory near 40 MiB with two writers.
    const qint64 chunkSize = qBound<qint64>(256 * 1024, threshold / 4, 8 * MiB);
    const bool parallel = sessions > 0 && expectedSize >= threshold;
    QStringList components;
    Error result = checkPath(relativePath, true, &components);
    if (!result) {
        const QString fileName = components.takeLast();
        const QString folder =
            components.isEmpty() ? archiveRoot() : joinRemote(archiveRoot(), components.join(u'/'));
        result = withReconnect([&]() -> Error {
            // Made once connected: the secret is known by then.
            if (parallel && !m_writers)
                m_writers = std::make_shared<ParallelWriters>(sessionOptions(), sessions);
            upload = std::make_unique<SftpUpload>(m_session, m_tracker, folder, fileName,
                                                  relativePath, parallel ? m_writers : nullptr,
                                                  parallel ? chunkSize : 0);
            upload->setReplacing(replace);
            Error startError = upload->start();
            if (startError)
                upload.reset();
            return startError;
        });
    }
    if (error)
        *error = result;
    return upload;
}

Error SftpConnector::stat(const QString &relativePath, StoredFile *stored)
{
    *stored = StoredFile();
    stored->path = relativePath;
    QStringList components;
    if (Error error = checkPath(relativePath, true, &components))
        return error;
    const QString path = joinRemote(archiveRoot(), components.join(u'/'));
    return withReconnect([&]() -> Error {
        stored->size = -1;
        stored->sha256.clear();
        SftpAttributes attributes;
        if (Error error = m_session->stat(path, &attributes))
            return error;
        if (!attributes.exists)
            return {};
        if (!attributes.isFile)
            return Error::itemPermanent(
                QCoreApplication::translate("rca::SftpConnector", "%1 on %2 is not a file.")
                    .arg(path, m_session->serverName()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        if (Error error = m_session->readFile(path, [&](const char *data, qint64 length) {
                hash.addData(QByteArrayView(data, length));
                size += length;
                return true;
            }))
            return error;
        stored->size = size;
        stored->sha256 = hash.result().toHex();
        return {};
    });
}

Error SftpConnector::listFolder(const QString &relativeFolder, bool recursive,
                                const EntryHandler &handleEntry, const CancelToken &cancel)
{
    QStringList components;
    if (Error error = checkPath(relativeFolder, false, &components))
        return error;
    return archiveReader().list(components, recursive, handleEntry, cancel);
}

Error SftpConnector::readFile(const QString &relativePath, ByteSink *sink,
                              const CancelToken &cancel)
{
    QStringList components;
    if (Error error = checkPath(relativePath, true, &components))
        return error;
    return archiveReader().read(components, sink, cancel);
}

SftpArchiveReader SftpConnector::archiveReader()
{
    return SftpArchiveReader(
        [this](const std::function<Error(SshSession *)> &operation) {
            return withReconnect([&] { return operation(m_session.get()); });
        },
        archiveRoot());
}

QString SftpConnector::location() const
{
    const QString host = m_settings.value(HostKey).toString();
    if (host.isEmpty())
        return {};
    const int port = m_settings.value(PortKey).toVariant().toInt();
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    QString path = archiveRoot();
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    return QStringLiteral("sftp://%1@%2:%3%4")
        .arg(m_settings.value(UserKey).toString(), shownHost)
        .arg(port > 0 ? port : 22)
        .arg(path);
}

QString SftpConnector::locationUrl() const
{
    const QString host = m_settings.value(HostKey).toString();
    if (host.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("sftp"));
    url.setUserName(m_settings.value(UserKey).toString());
    url.setHost(host);
    const int port = m_settings.value(PortKey).toVariant().toInt();
    url.setPort(port > 0 ? port : 22);
    QString path = archiveRoot();
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

Error SftpConnector::checkPath(const QString &relativePath, bool needsFileName,
                               QStringList *components) const
{
    components->clear();
    if (relativePath.startsWith(u'/') || relativePath.startsWith(u'\\'))
        return Error::itemPermanent(
            QCoreApplication::translate("rca::SftpConnector",
                                        "The path \"%1\" is absolute; only paths "
                                        "inside the archive folder are allowed.")
                .arg(relativePath));
    if (relativePath.isEmpty()) {
        if (needsFileName)
            return Error::itemPermanent(
                QCoreApplication::translate("rca::SftpConnector", "No file name was given."));
        return {};
    }
    const QStringList parts = relativePath.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
            part.contains(u'\\') || part.contains(QChar(u'\0')))
            return Error::itemPermanent(
                QCoreApplication::translate("rca::SftpConnector",
                                            "The path \"%1\" was refused: \"%2\" is "
                                            "not a safe folder or file name.")
                    .arg(relativePath, part));
        // The stale-file cleanup would delete such a file later.
        if (isTemporaryName(part) || !asideNameOwner(part).isEmpty())
            return Error::itemPermanent(
                QCoreApplication::translate(
                    "rca::SftpConnector",
                    "The path \"%1\" was refused: \"%2\" is reserved for temporary "
                    "files.")
                    .arg(relativePath, part));
    }
    *components = parts;
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftpconnector.h"

#include "sftpconnectorshared.h"

#include "logging/logging.h"
#include "parallelwriters.h"
#include "sftparchivereader.h"
#include "sftpsetupoptions.h"
#include "sftpupload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSysInfo>
#include <QUrl>

namespace rca {

using namespace ssh;

namespace {

// Reconnects per job before the job gives up on the server.
constexpr int ReconnectsPerJob = 3;
// Files from this size (MiB) up go through extra sessions side by side; see ParallelWriters.
constexpr int DefaultParallelSessions = DefaultSftpParallelSessions;
constexpr int DefaultParallelThresholdMiB = DefaultSftpParallelThresholdMiB;
constexpr qint64 MiB = 1024 * 1024;

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
    , m_profileDirectory(context.profileDirectory)
    , m_tracker(std::make_shared<UploadTracker>(ownerTag(context.profileId)))
    , m_spare(std::make_shared<SpareFile>(m_tracker))
{
    if (!m_profileDirectory.isEmpty())
        m_spare->setMarkerFile(m_profileDirectory + QStringLiteral("/sftp-spare-folder"));
}

SftpConnector::~SftpConnector()
{
    close();
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
    // The spare an earlier run left when it died, in a folder it may never write to again.
    // The marker stays when the folder could not be looked at.
    const QString spareFolder = m_spare->markedFolder();
    SftpAttributes spareAttributes;
    if (spareFolder.startsWith(archiveRoot() + u'/') &&
        m_session->stat(spareFolder, &spareAttributes))
        return {};
    if (spareAttributes.isFolder)
        removeStaleTemporaries(spareFolder);
    m_spare->clearMarker();
    return {};
}

void SftpConnector::close()
{
    if (m_session)
        qCDebug(lcStorage).noquote() << "SFTP disconnecting from" << m_session->serverName();
    m_writers.reset(); // joins its threads and disconnects
    m_spare->discard();
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
    const SftpKnownHostsFiles knownHosts = knownHostsFiles(m_settings);
    options.appKnownHostsFile = knownHosts.file;
    options.migrateKnownHostsFrom = knownHosts.migrateFrom;
    options.userKnownHostsFile = userKnownHostsFile();
    options.preferredHostKeyAlgorithm = m_settings.value(HostKeyAlgorithmKey).toString();
    if (const int timeout = m_settings.value(TimeoutKey).toInt(); timeout > 0) {
        options.timeoutMs = timeout * 1000;
        options.connectTimeoutMs = qMin(options.connectTimeoutMs, options.timeoutMs);
    }
    return options;
}

SftpKnownHostsFiles SftpConnector::knownHostsFiles(const QJsonObject &settings) const
{
    return sftpKnownHostsFiles(settings.value(KnownHostsKey).toString(), m_profileDirectory);
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
            upload->setSpare(m_spare);
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

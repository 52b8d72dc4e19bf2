// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SFTP connector against a real OpenSSH sshd on 127.0.0.1, started by
// tests/harness/sshd.sh with a throwaway host key: host key confirmation and changes, every
// sign-in method (password and keyboard-interactive only as root, where a throwaway user can
// be created), uploads with nested and non-ASCII names, conflicts, a write the server refuses,
// and a server killed in the middle of an upload. Runs as root (CI) or as an ordinary user.
#include "archive/archivesource.h"
#include "common/error.h"
#include "memorysecretstore.h"
#include "secrets/secretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "storagetesting.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <libssh2.h>

#include <unistd.h>
#include <utime.h>

using namespace rca;
using rca::test::CollectingSink;
using rca::test::listed;

using rca::test::MemorySecretStore;

namespace {

const QString Harness = QStringLiteral(RCA_SOURCE_DIR "/tests/harness/sshd.sh");
const QString PluginDirectory = QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins");
const QString ProfileId = QStringLiteral("test-profile");
const QString ArchiveRoot = QStringLiteral("Apps/RingCentral Application");

// The keychain, in memory.
struct Result
{
    int exitCode = -1;
    QString output;
};

Result run(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return {-1, process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// An sshd of our own: one directory with its host key, config, log and port.
class SshServer
{
public:
    explicit SshServer(QString directory)
        : m_directory(std::move(directory))
    {}
    ~SshServer() { stop(); }

    bool start(const QStringList &options = {})
    {
        const Result result =
            run(QStringLiteral("bash"),
                QStringList{Harness, QStringLiteral("start"), m_directory} + options);
        m_port = result.exitCode == 0 ? result.output.trimmed().toInt() : 0;
        if (m_port <= 0)
            qWarning().noquote() << "sshd did not start:" << result.output;
        return m_port > 0;
    }
    void stop() { run(QStringLiteral("bash"), {Harness, QStringLiteral("stop"), m_directory}); }
    // SIGKILL for the listener and every session: a crash.
    void kill() { run(QStringLiteral("bash"), {Harness, QStringLiteral("kill"), m_directory}); }
    // SIGSTOP / SIGCONT for the listener and every session: a server that hangs.
    void pause() { run(QStringLiteral("bash"), {Harness, QStringLiteral("pause"), m_directory}); }
    void resume() { run(QStringLiteral("bash"), {Harness, QStringLiteral("resume"), m_directory}); }

    int port() const { return m_port; }
    QString directory() const { return m_directory; }
    QString hostPublicKey() const { return m_directory + QStringLiteral("/host_ed25519_key.pub"); }
    QString authorizedKeys() const { return m_directory + QStringLiteral("/authorized_keys"); }
    // As `ssh-keygen -lf` prints it.
    QString fingerprint() const
    {
        const Result result =
            run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), hostPublicKey()});
        return result.output.split(u' ').value(1);
    }
    QString log() const { return readLog(QStringLiteral("/sshd.log")); }
    // sftp-server's own: each open, fsync and close (with the bytes written).
    QString sftpLog() const { return readLog(QStringLiteral("/sftp.log")); }

private:
    QString readLog(const QString &name) const
    {
        QFile file(m_directory + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString m_directory;
    int m_port = 0;
};

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(data.data());
    static quint32 calls = 0;
    QRandomGenerator generator{quint32(size) ^ (++calls * 2654435761u)};
    generator.fillRange(words, size / 4);
    for (qint64 i = (size / 4) * 4; i < size; ++i)
        data[i] = char(generator.generate());
    return data;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every ".rca-upload-*.part" below folder.
QStringList temporaries(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral(".rca-upload-*")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

// The temporary files below folder that should not be there: all but the spare that a commit
// leaves for the next upload while the connector is open (one empty file at most).
QStringList leftBehind(const QString &folder)
{
    QStringList found = temporaries(folder);
    const auto spare = std::find_if(found.begin(), found.end(), [](const QString &path) {
        return QFileInfo(path).size() == 0;
    });
    if (spare != found.end())
        found.erase(spare);
    return found;
}

// Uploads data the way the engine does: several writes, then commit with the checksum.
Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
             StoredFile *stored = nullptr, qint64 chunk = 64 * 1024, bool withChecksum = true)
{
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginUpload(path, data.size(), &error);
    if (!upload)
        return error ? error : Error::storage(QStringLiteral("no upload"));
    for (qint64 offset = 0; offset < data.size(); offset += chunk) {
        if (Error e = upload->write(data.constData() + offset, qMin(chunk, data.size() - offset)))
            return e;
    }
    StoredFile ignored;
    return upload->commit(withChecksum ? sha256Hex(data) : QByteArray(),
                          stored ? stored : &ignored);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// Collects what readFile() streams; raises cancel after cancelAfter writes.
// Writes data to path through a replacing upload.
Error replace(StorageConnector *connector, const QString &path, const QByteArray &data,
              StoredFile *stored, qint64 chunk = 64 * 1024)
{
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginReplace(path, data.size(), &error);
    if (!upload)
        return error ? error : Error::storage(QStringLiteral("no upload"));
    for (qint64 offset = 0; offset < data.size(); offset += chunk) {
        if (Error e = upload->write(data.constData() + offset, qMin(chunk, data.size() - offset)))
            return e;
    }
    return upload->commit(sha256Hex(data), stored);
}

} // namespace

class TestSftpConnector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unknownHostIsRefusedUntilConfirmed();
    void openNeverSignsInToAnUnconfirmedHost();
    void userKnownHostsFileIsRead();
    void defaultKnownHostsFile();
    void knownHostsArePerProfile();
    void sharedKnownHostsOfEarlierVersionsAreTakenOver();
    void changedHostKeyIsRefused();
    void keySignIn_data();
    void keySignIn();
    void wrongOrMissingPassphrase();
    void rsaKeyOnThisLibssh2();
    void passwordSignIn_data();
    void passwordSignIn();
    void agentSignIn();
    void nestedFoldersAndNonAsciiNames();
    void identicalFileIsAlreadyPresent();
    void differentFileIsNeverOverwritten();
    void largeUpload_data();
    void largeUpload();
    void pathsOutsideTheArchiveAreRefused();
    void permissionDeniedAndFileInTheWay();
    void writeRefusedByTheServer();
    void staleTemporariesAreRemoved();
    void spareLeftByACrashIsRemoved();
    void listFolderOverSftp();
    void readFileOverSftp();
    void replaceExistingFile_data();
    void replaceExistingFile();
    void replaceMissingAbortedAndInTheWay();
    void replaceInterruptedByACrashIsPutRight();
    void serverKilledMidUpload_data();
    void serverKilledMidUpload();
    void serverThatStopsAnsweringTimesOut();
    void tearDownForgetsSecrets();
    void testOnlyChecksAndKeepsNothing();

private:
    QString newStorageFolder();
    QVariantMap options(const SshServer &server, const QString &root = {});
    ConnectorContext context(const QJsonObject &settings = {}, SecretStore *secrets = nullptr,
                             const QString &profileDirectory = {});
    // setUp with options, then a fresh connector opened with the resulting settings.
    std::unique_ptr<StorageConnector> connect(const QVariantMap &options, QJsonObject *settings,
                                              Error *error);
    QString makeKey(const QString &name, const QString &type, const QString &passphrase = {},
                    bool pem = false);
    // Key sign-ins the main test server has accepted so far.
    qsizetype signIns() const;

    QTemporaryDir m_dir;
    QString m_home;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<SshServer> m_server;
    QStringList m_serverOptions; // what m_server was started with
    MemorySecretStore m_secrets;
    QString m_user;
    QString m_knownHosts;
    QString m_ed25519;
    int m_folders = 0;
    // A throwaway user with a password (root only).
    QString m_passwordUser;
    QString m_passwordUserHome;
    const QString m_password = QStringLiteral("Pässwörd 42!");
};

void TestSftpConnector::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        QSKIP("OpenSSH's sshd is not installed (apt-get install openssh-server)");
    QVERIFY(m_dir.isValid());
    // ~/.ssh/known_hosts and the app's data folder of a user of our own.
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
    qputenv("HOME", m_home.toUtf8());
    qputenv("XDG_DATA_HOME", (m_home + QStringLiteral("/.local/share")).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");

    m_registry = std::make_unique<ConnectorRegistry>(QStringList{PluginDirectory});
    m_factory = m_registry->factory(QStringLiteral("sftp"));
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));
    QCOMPARE(m_factory->displayName(), QStringLiteral("SFTP"));

    m_user = QString::fromLocal8Bit(qgetenv("USER"));
    const Result whoami = run(QStringLiteral("id"), {QStringLiteral("-un")});
    if (whoami.exitCode == 0)
        m_user = whoami.output.trimmed();
    QVERIFY(!m_user.isEmpty());

    m_server = std::make_unique<SshServer>(m_dir.filePath(QStringLiteral("sshd")));
    m_ed25519 = makeKey(QStringLiteral("id_ed25519"), QStringLiteral("ed25519"));
    QVERIFY(!m_ed25519.isEmpty());
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));

    QStringList &serverOptions = m_serverOptions;
    if (isRoot()) {
        // A user with a password, for password and keyboard-interactive sign-in (PAM), whose
        // home lies outside our private temporary folder so that it can reach it.
        m_passwordUser = QStringLiteral("rcasftp%1").arg(::getpid() % 100000);
        m_passwordUserHome = QStringLiteral("/tmp/%1-home").arg(m_passwordUser);
        const Result added =
            run(QStringLiteral("bash"), {Harness, QStringLiteral("adduser"), m_passwordUser,
                                         m_password, m_passwordUserHome});
        QVERIFY2(added.exitCode == 0, qPrintable(added.output));
        serverOptions << QStringLiteral("--pam");
        // sshd reads authorized_keys as that user, so it must be able to reach it.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
    }
    // sftp-server's log shows which session wrote and fsynced what.
    serverOptions << QStringLiteral("--sftp-log");
    QVERIFY(m_server->start(serverOptions));
}

void TestSftpConnector::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    if (!m_passwordUser.isEmpty())
        run(QStringLiteral("bash"), {Harness, QStringLiteral("deluser"), m_passwordUser});
}

QString TestSftpConnector::makeKey(const QString &name, const QString &type,
                                   const QString &passphrase, bool pem)
{
    const QString path = m_dir.filePath(QStringLiteral("keys/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList arguments{QStringLiteral("-q"),
                          QStringLiteral("-t"),
                          type,
                          QStringLiteral("-N"),
                          passphrase,
                          QStringLiteral("-C"),
                          name,
                          QStringLiteral("-f"),
                          path};
    if (pem)
        arguments << QStringLiteral("-m") << QStringLiteral("PEM");
    const Result result = run(QStringLiteral("ssh-keygen"), arguments);
    if (result.exitCode != 0) {
        qWarning().noquote() << result.output;
        return {};
    }
    // Every test server accepts every test key (its AuthorizedKeysFile is shared by all users).
    for (const QString &directory :
         {m_dir.filePath(QStringLiteral("sshd")), m_dir.filePath(QStringLiteral("sshd-limited")),
          m_dir.filePath(QStringLiteral("sshd-changing")),
          m_dir.filePath(QStringLiteral("sshd-paused"))}) {
        QDir().mkpath(directory);
        QFile keys(directory + QStringLiteral("/authorized_keys"));
        if (!keys.open(QIODevice::Append))
            return {};
        keys.write(fileContent(path + QStringLiteral(".pub")));
    }
    return path;
}

qsizetype TestSftpConnector::signIns() const
{
    QTest::qWait(200); // sshd logs asynchronously
    // One line per sign-in ("Accepted key …" lines come with each key offered).
    return m_server->log().count(QLatin1String("Accepted publickey for "));
}

// "one session": the main session writes everything. "parallel": a 1 MiB threshold sends
// these files in 256 KiB chunks through two extra sessions.
static void addUploadPaths()
{
    QTest::addColumn<bool>("parallel");
    QTest::newRow("one session") << false;
    QTest::newRow("parallel") << true;
}

static QVariantMap withUploadPath(QVariantMap options, bool parallel)
{
    if (parallel)
        options[QStringLiteral("parallelThreshold")] = QStringLiteral("1");
    else
        options[QStringLiteral("parallelSessions")] = QStringLiteral("0");
    return options;
}

QString TestSftpConnector::newStorageFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("storage-%1").arg(++m_folders));
    QDir().mkpath(path);
    return QFileInfo(path).canonicalFilePath();
}

QVariantMap TestSftpConnector::options(const SshServer &server, const QString &root)
{
    return {
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QString::number(server.port())},
        {QStringLiteral("user"), m_user},
        {QStringLiteral("root"), root.isEmpty() ? newStorageFolder() : root},
        {QStringLiteral("auth"), QStringLiteral("key")},
        {QStringLiteral("keyFile"), m_ed25519},
        {QStringLiteral("knownHostsFile"), m_knownHosts},
        {QStringLiteral("acceptHostKey"), server.fingerprint()},
    };
}

ConnectorContext TestSftpConnector::context(const QJsonObject &settings, SecretStore *secrets,
                                            const QString &profileDirectory)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = secrets;
    context.profileId = ProfileId;
    context.profileDirectory = profileDirectory;
    return context;
}

std::unique_ptr<StorageConnector> TestSftpConnector::connect(const QVariantMap &options,
                                                             QJsonObject *settings, Error *error)
{
    QJsonObject newSettings;
    *error = m_factory->create(context({}, &m_secrets))->setUp(options, &newSettings);
    if (*error)
        return nullptr;
    if (settings)
        *settings = newSettings;
    auto connector = m_factory->create(context(newSettings, &m_secrets));
    *error = connector->open(CancelToken());
    if (*error)
        return nullptr;
    return connector;
}

void TestSftpConnector::unknownHostIsRefusedUntilConfirmed()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts-confirm"));
    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("knownHostsFile")] = knownHosts;
    opts.remove(QStringLiteral("acceptHostKey"));
    const QString root = opts.value(QStringLiteral("root")).toString();
    const QString fingerprint = m_server->fingerprint();
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));

    // Unknown: refused, with the key type and the fingerprint exactly as ssh-keygen -lf shows it.
    QJsonObject settings;
    Error error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(fingerprint), qPrintable(error.message()));
    QVERIFY(error.message().contains(QLatin1String("ED25519")));
    QVERIFY(error.message().contains(QStringLiteral("--accept-host-key ") + fingerprint));
    // The same facts for the Accounts tab, without parsing the text.
    QCOMPARE(error.detail(QStringLiteral("hostKeyStatus")).toString(), QStringLiteral("unknown"));
    QCOMPARE(error.detail(QStringLiteral("hostKeyType")).toString(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(error.detail(QStringLiteral("hostKeyFingerprint")).toString(), fingerprint);
    QCOMPARE(error.detail(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(error.detail(QStringLiteral("port")).toInt(), m_server->port());
    // The typed question the Accounts tab and `connect` ask.
    const Confirmation *confirmation = error.confirmation();
    QVERIFY(confirmation);
    QCOMPARE(confirmation->kind, Confirmation::Kind::HostKey);
    QCOMPARE(confirmation->optionKey, QStringLiteral("acceptHostKey"));
    QCOMPARE(confirmation->value, fingerprint);
    QCOMPARE(confirmation->valueType, QStringLiteral("ssh-ed25519"));
    QVERIFY(confirmation->question.contains(fingerprint));
    QVERIFY(!QFileInfo::exists(knownHosts));
    QVERIFY(!QFileInfo::exists(root + u'/' + ArchiveRoot));

    // A fingerprint that is not the server's: refused too.
    opts[QStringLiteral("acceptHostKey")] =
        QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(fingerprint), qPrintable(error.message()));
    QCOMPARE(error.detail(QStringLiteral("hostKeyStatus")).toString(), QStringLiteral("unknown"));
    QCOMPARE(error.detail(QStringLiteral("hostKeyFingerprint")).toString(), fingerprint);
    QVERIFY(!QFileInfo::exists(knownHosts));

    // Confirmed: remembered (hashed, as OpenSSH finds it) and the archive root is created.
    opts[QStringLiteral("acceptHostKey")] = fingerprint;
    error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QVERIFY2(!error, qPrintable(error.message()));
    const QByteArray entries = fileContent(knownHosts);
    QCOMPARE(entries.count('\n'), 1);
    QVERIFY(entries.startsWith("|1|"));
    const QString pattern = QStringLiteral("[127.0.0.1]:%1").arg(m_server->port());
    const Result found = run(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-F"), pattern, QStringLiteral("-f"), knownHosts});
    QVERIFY2(found.exitCode == 0 && found.output.contains(QLatin1String("ssh-ed25519")),
             qPrintable(found.output));
    QVERIFY(QFileInfo(root + u'/' + ArchiveRoot).isDir());
    QCOMPARE(temporaries(root), QStringList());

    QCOMPARE(settings.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.value(QStringLiteral("port")).toInt(), m_server->port());
    QCOMPARE(settings.value(QStringLiteral("user")).toString(), m_user);
    QCOMPARE(settings.value(QStringLiteral("root")).toString(), root);
    QCOMPARE(settings.value(QStringLiteral("auth")).toString(), QStringLiteral("key"));
    QCOMPARE(settings.value(QStringLiteral("keyFile")).toString(), m_ed25519);
    QCOMPARE(settings.value(QStringLiteral("knownHostsFile")).toString(), knownHosts);
    for (const QString &secret : {QStringLiteral("password"), QStringLiteral("passphrase")})
        QVERIFY(!settings.contains(secret));

    // From now on the host is known: open() connects, and confirming again adds nothing.
    auto connector = m_factory->create(context(settings, &m_secrets));
    error = connector->open(CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(connector->location(), QStringLiteral("sftp://%1@127.0.0.1:%2%3/%4")
                                        .arg(m_user)
                                        .arg(m_server->port())
                                        .arg(root, ArchiveRoot));
    QVERIFY(connector->locationUrl().endsWith(QLatin1String("/Apps/RingCentral%20Application")));
    QVERIFY(connector->locationUrl().startsWith(QLatin1String("sftp://")));
    connector->close();
    error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(knownHosts), entries);
}

void TestSftpConnector::openNeverSignsInToAnUnconfirmedHost()
{
    QJsonObject settings;
    Error error;
    QVERIFY(connect(options(*m_server), &settings, &error));
    // The same settings with an empty known_hosts file: the server is unconfirmed.
    const QString empty = m_dir.filePath(QStringLiteral("known_hosts-empty"));
    QFile(empty).open(QIODevice::WriteOnly);
    settings[QStringLiteral("knownHostsFile")] = empty;
    const qsizetype acceptedBefore = m_server->log().count(QLatin1String("Accepted "));
    auto connector = m_factory->create(context(settings, &m_secrets));
    error = connector->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(m_server->fingerprint()), qPrintable(error.message()));
    QVERIFY(error.stopsJob());
    // Nothing else works either, and no sign-in reached the server.
    QCOMPARE(connector->ensureFolder(QStringLiteral("x")).kind(), Error::Kind::Reconnect);
    QTest::qWait(200); // sshd logs asynchronously
    QCOMPARE(m_server->log().count(QLatin1String("Accepted ")), acceptedBefore);
    QCOMPARE(fileContent(empty), QByteArray());
}

void TestSftpConnector::userKnownHostsFileIsRead()
{
    // A plain "[host]:port type key" line in ~/.ssh/known_hosts, as OpenSSH writes it.
    const QList<QByteArray> key = fileContent(m_server->hostPublicKey()).trimmed().split(' ');
    const QString userFile = m_home + QStringLiteral("/.ssh/known_hosts");
    {
        QFile file(userFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "# comment\n@cert-authority *.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG\n");
        file.write(
            "sk.example.com sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t\n");
        file.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_server->port()).toUtf8() + key[0] + ' ' +
                   key[1] + '\n');
    }
    QVariantMap opts = options(*m_server);
    opts.remove(QStringLiteral("acceptHostKey"));
    opts[QStringLiteral("knownHostsFile")] = m_dir.filePath(QStringLiteral("known_hosts-unused"));
    QJsonObject settings;
    Error error;
    QVERIFY2(connect(opts, &settings, &error), qPrintable(error.message()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("known_hosts-unused"))));
    QFile::remove(userFile);
}

void TestSftpConnector::defaultKnownHostsFile()
{
    // Without a profile folder (the default profile's is the app's data folder): there.
    QVariantMap opts = options(*m_server);
    opts.remove(QStringLiteral("knownHostsFile"));
    QJsonObject settings;
    Error error;
    QVERIFY2(connect(opts, &settings, &error), qPrintable(error.message()));
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/known_hosts");
    QVERIFY(expected.startsWith(m_home));
    QCOMPARE(fileContent(expected).count('\n'), 1);

    // With a profile: the profile's own file, saved as none so that it moves with the profile.
    const QString profile = m_dir.filePath(QStringLiteral("profile-default"));
    error = m_factory->create(context({}, &m_secrets, profile))->setUp(opts, &settings);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!settings.contains(QStringLiteral("knownHostsFile")));
    QCOMPARE(fileContent(profile + QStringLiteral("/known_hosts")).count('\n'), 1);
    QCOMPARE(fileContent(expected).count('\n'), 1);
}

void TestSftpConnector::knownHostsArePerProfile()
{
    const QString shared = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/known_hosts");
    const QByteArray sharedBefore = fileContent(shared);
    const QString profileA = m_dir.filePath(QStringLiteral("profile-a"));
    const QString profileB = m_dir.filePath(QStringLiteral("profile-b"));
    QVariantMap opts = options(*m_server);
    opts.remove(QStringLiteral("knownHostsFile"));

    // Confirmed in profile A.
    QJsonObject settingsA;
    Error error = m_factory->create(context({}, &m_secrets, profileA))->setUp(opts, &settingsA);
    QVERIFY2(!error, qPrintable(error.message()));

    // Profile B has not confirmed this server: it must ask, with the fingerprint.
    opts.remove(QStringLiteral("acceptHostKey"));
    QJsonObject settingsB;
    error = m_factory->create(context({}, &m_secrets, profileB))->setUp(opts, &settingsB);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QCOMPARE(error.detail(QStringLiteral("hostKeyStatus")).toString(), QStringLiteral("unknown"));
    QVERIFY(error.confirmation());
    QCOMPARE(error.confirmation()->value, m_server->fingerprint());
    QVERIFY(!QFileInfo::exists(profileB + QStringLiteral("/known_hosts")));
    // A's key is in A's own file, not in the shared one.
    const QString fileA = profileA + QStringLiteral("/known_hosts");
    QCOMPARE(fileContent(fileA).count('\n'), 1);
    QCOMPARE(fileContent(shared), sharedBefore);
    // Nor do A's settings let B in.
    auto connectorB = m_factory->create(context(settingsA, &m_secrets, profileB));
    QCOMPARE(connectorB->open(CancelToken()).kind(), Error::Kind::Reconnect);

    // A connects without asking; B confirms for itself, into its own file.
    auto connectorA = m_factory->create(context(settingsA, &m_secrets, profileA));
    error = connectorA->open(CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    opts[QStringLiteral("acceptHostKey")] = m_server->fingerprint();
    error = m_factory->create(context({}, &m_secrets, profileB))->setUp(opts, &settingsB);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(profileB + QStringLiteral("/known_hosts")).count('\n'), 1);
    QCOMPARE(fileContent(fileA).count('\n'), 1);
    QCOMPARE(fileContent(shared), sharedBefore);
}

// Earlier versions kept every profile's confirmed keys in one known_hosts file in the app's
// data folder and saved its path in each profile's settings. Such a profile takes over the
// entries for its own server on first use (it is not asked again), and nothing else: keys
// confirmed afterwards go to its own file only.
void TestSftpConnector::sharedKnownHostsOfEarlierVersionsAreTakenOver()
{
    const QString shared = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/known_hosts");
    const QByteArray sharedBefore = fileContent(shared);
    // This server's entry as an earlier version wrote it (hashed), beside another profile's
    // server and this host on another port.
    const QString confirmed = m_dir.filePath(QStringLiteral("known_hosts-earlier"));
    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("knownHostsFile")] = confirmed;
    QJsonObject settings;
    Error error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QVERIFY2(!error, qPrintable(error.message()));
    const QByteArray ourEntry = fileContent(confirmed);
    QCOMPARE(ourEntry.count('\n'), 1);
    const QList<QByteArray> key = fileContent(m_server->hostPublicKey()).trimmed().split(' ');
    const QByteArray otherServer = "nas.example.com " + key[0] + ' ' + key[1] + '\n';
    const QByteArray otherPort = "[127.0.0.1]:1 " + key[0] + ' ' + key[1] + '\n';
    QVERIFY(QDir().mkpath(QFileInfo(shared).absolutePath()));
    {
        QFile file(shared);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# earlier version\n" + otherServer + ourEntry + otherPort);
    }
    const QByteArray sharedContent = fileContent(shared);
    QJsonObject earlierSettings = settings;
    earlierSettings[QStringLiteral("knownHostsFile")] = shared;

    // A job: connects without asking, and the profile now has its own file with this
    // server's entry only.
    const QString profileC = m_dir.filePath(QStringLiteral("profile-c"));
    const QString fileC = profileC + QStringLiteral("/known_hosts");
    auto connector = m_factory->create(context(earlierSettings, &m_secrets, profileC));
    error = connector->open(CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    connector->close();
    QCOMPARE(fileContent(fileC), ourEntry);
    QCOMPARE(fileContent(shared), sharedContent);

    // A connection test of such a profile reads the shared file and writes nothing.
    const QString profileT = m_dir.filePath(QStringLiteral("profile-t"));
    QVariantMap testOpts = options(*m_server);
    testOpts.remove(QStringLiteral("knownHostsFile"));
    testOpts.remove(QStringLiteral("acceptHostKey"));
    error = m_factory->create(context(earlierSettings, &m_secrets, profileT))->testSetUp(testOpts);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!QFileInfo::exists(profileT + QStringLiteral("/known_hosts")));

    // Connecting such a profile again: not asked either, and its own file is saved.
    const QString profileD = m_dir.filePath(QStringLiteral("profile-d"));
    QJsonObject settingsD;
    error = m_factory->create(context(earlierSettings, &m_secrets, profileD))
                ->setUp(testOpts, &settingsD);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!settingsD.contains(QStringLiteral("knownHostsFile")));
    QCOMPARE(fileContent(profileD + QStringLiteral("/known_hosts")), ourEntry);

    // A server confirmed afterwards goes to the profile's own file, not the shared one.
    const QString serverDirectory = m_dir.filePath(QStringLiteral("sshd-profiles"));
    QVERIFY(QDir().mkpath(serverDirectory));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("sshd/authorized_keys")),
                        serverDirectory + QStringLiteral("/authorized_keys")));
    SshServer other(serverDirectory);
    QVERIFY(other.start());
    QVariantMap otherOpts = options(other);
    otherOpts.remove(QStringLiteral("knownHostsFile"));
    error = m_factory->create(context(earlierSettings, &m_secrets, profileC))
                ->setUp(otherOpts, &settings);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!settings.contains(QStringLiteral("knownHostsFile")));
    QCOMPARE(fileContent(fileC).count('\n'), 2);
    QCOMPARE(fileContent(shared), sharedContent);
    other.stop();

    // The shared file stays what it was, for whoever else still reads it.
    QFile file(shared);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(sharedBefore);
}

void TestSftpConnector::changedHostKeyIsRefused()
{
    SshServer server(m_dir.filePath(QStringLiteral("sshd-changing")));
    QVERIFY(server.start());
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts-changing"));
    QVariantMap opts = options(server);
    opts[QStringLiteral("knownHostsFile")] = knownHosts;
    QJsonObject settings;
    Error error;
    QVERIFY2(connect(opts, &settings, &error), qPrintable(error.message()));
    const QString oldFingerprint = server.fingerprint();

    // The same server (address and port) with a new host key: a hard stop.
    QVERIFY(server.start({QStringLiteral("--new-host-key")}));
    QCOMPARE(server.port(), opts.value(QStringLiteral("port")).toString().toInt());
    const QString newFingerprint = server.fingerprint();
    QVERIFY(newFingerprint != oldFingerprint);
    auto connector = m_factory->create(context(settings, &m_secrets));
    error = connector->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    const QString message = error.message();
    QVERIFY2(message.contains(QLatin1String("identity")) &&
                 message.contains(QLatin1String("changed")),
             qPrintable(message));
    QVERIFY(message.contains(newFingerprint));
    QVERIFY(message.contains(knownHosts));
    QVERIFY(message.contains(QLatin1String("man-in-the-middle")));
    QVERIFY(message.contains(QLatin1String("reinstalled")));
    QCOMPARE(error.detail(QStringLiteral("hostKeyStatus")).toString(), QStringLiteral("changed"));
    QCOMPARE(error.detail(QStringLiteral("hostKeyType")).toString(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(error.detail(QStringLiteral("hostKeyFingerprint")).toString(), newFingerprint);
    QCOMPARE(error.detail(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(error.detail(QStringLiteral("port")).toInt(), server.port());

    // Confirming the new fingerprint does not override a changed key...
    opts[QStringLiteral("acceptHostKey")] = newFingerprint;
    error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY(error.message().contains(QLatin1String("changed")));

    // ...but the advice in the message does: remove the old entry, then confirm.
    const QRegularExpression advice(QStringLiteral("`ssh-keygen -R '([^']+)' -f '([^']+)'`"));
    const QRegularExpressionMatch match = advice.match(message);
    QVERIFY2(match.hasMatch(), qPrintable(message));
    const Result removed =
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-R"), match.captured(1), QStringLiteral("-f"), match.captured(2)});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.output));
    QVERIFY2(connect(opts, &settings, &error), qPrintable(error.message()));
    server.stop();
}

void TestSftpConnector::keySignIn_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("pem");
    QTest::newRow("ed25519") << QStringLiteral("ed25519") << QString() << false;
    QTest::newRow("ed25519 with passphrase")
        << QStringLiteral("ed25519") << QStringLiteral("Schlüssel pass") << false;
    QTest::newRow("ecdsa") << QStringLiteral("ecdsa") << QString() << false;
    QTest::newRow("ecdsa with passphrase")
        << QStringLiteral("ecdsa") << QStringLiteral("pass phrase") << false;
    QTest::newRow("ecdsa PEM with passphrase")
        << QStringLiteral("ecdsa") << QStringLiteral("pass phrase") << true;
}

void TestSftpConnector::keySignIn()
{
    QFETCH(QString, type);
    QFETCH(QString, passphrase);
    QFETCH(bool, pem);
    const QString key = makeKey(QStringLiteral("key-%1-%2%3")
                                    .arg(type)
                                    .arg(passphrase.isEmpty() ? 0 : 1)
                                    .arg(pem ? QStringLiteral("-pem") : QString()),
                                type, passphrase, pem);
    QVERIFY(!key.isEmpty());
    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("keyFile")] = key;
    if (!passphrase.isEmpty())
        opts[QStringLiteral("passphrase")] = passphrase;
    m_secrets.clear();

    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    QCOMPARE(settings.value(QStringLiteral("keyFile")).toString(), key);
    // The passphrase went to the keychain and nowhere else.
    QCOMPARE(m_secrets.value(ProfileId + QStringLiteral("/sftp/passphrase")), passphrase);
    const QByteArray json = QJsonDocument(settings).toJson();
    if (!passphrase.isEmpty())
        QVERIFY(!json.contains(passphrase.toUtf8()));

    const QByteArray data = randomBytes(300 * 1000);
    StoredFile stored;
    QVERIFY(!connector->ensureFolder(QStringLiteral("101 - Key")));
    error = upload(connector.get(), QStringLiteral("101 - Key/file.mp3"), data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    QVERIFY(!stored.alreadyPresent);
    const QString root = settings.value(QStringLiteral("root")).toString();
    QCOMPARE(fileContent(root + u'/' + ArchiveRoot + QStringLiteral("/101 - Key/file.mp3")), data);
    connector->close();

    if (!passphrase.isEmpty()) {
        // A protected key needs the keychain at open() time.
        auto withoutKeychain = m_factory->create(context(settings, nullptr));
        error = withoutKeychain->open(CancelToken());
        QVERIFY(error.stopsJob());
        QVERIFY2(error.message().contains(QLatin1String("keychain")), qPrintable(error.message()));
    }
}

void TestSftpConnector::wrongOrMissingPassphrase()
{
    const QString key =
        makeKey(QStringLiteral("key-locked"), QStringLiteral("ed25519"), QStringLiteral("right"));
    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("keyFile")] = key;
    QJsonObject settings;
    Error error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(QLatin1String("passphrase")), qPrintable(error.message()));

    opts[QStringLiteral("passphrase")] = QStringLiteral("wrong");
    error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(QLatin1String("passphrase is wrong")),
             qPrintable(error.message()));
    QVERIFY(!error.message().contains(QLatin1String("wrong\"")));

    // A passphrase with no keychain to keep it in: refused before connecting.
    opts[QStringLiteral("passphrase")] = QStringLiteral("right");
    error = m_factory->create(context({}, nullptr))->setUp(opts, &settings);
    QVERIFY(error);
    QVERIFY2(error.message().contains(QLatin1String("keychain")), qPrintable(error.message()));
}

void TestSftpConnector::rsaKeyOnThisLibssh2()
{
    const QString key = makeKey(QStringLiteral("key-rsa"), QStringLiteral("rsa"));
    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("keyFile")] = key;
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    if (libssh2_version(0x010B00)) {
        // libssh2 ≥ 1.11 signs with rsa-sha2-256/512: RSA keys work.
        QVERIFY2(connector, qPrintable(error.message()));
        return;
    }
    // libssh2 1.10 signs only with ssh-rsa (SHA-1), which OpenSSH ≥ 8.8 refuses: the message
    // says so and what to do instead.
    QVERIFY(!connector);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    const QString message = error.message();
    qInfo().noquote() << "RSA key on libssh2" << libssh2_version(0) << "->" << message;
    QVERIFY2(message.contains(QLatin1String("RSA")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("libssh2 ") + QLatin1String(libssh2_version(0))));
    QVERIFY(message.contains(QLatin1String("SHA-1")));
    QVERIFY(message.contains(QLatin1String("ed25519")));
    QVERIFY(m_server->log().contains(QLatin1String("ssh-rsa not in PubkeyAcceptedAlgorithms")));
}

void TestSftpConnector::passwordSignIn_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("password") << QStringLiteral("password");
    QTest::newRow("keyboard-interactive") << QStringLiteral("keyboard-interactive");
}

void TestSftpConnector::passwordSignIn()
{
    QFETCH(QString, method);
    if (m_passwordUser.isEmpty())
        QSKIP("Password sign-in needs a user with a password: run as root, so that the test "
              "can create a throwaway one");
    QVariantMap opts = options(*m_server, m_passwordUserHome);
    opts[QStringLiteral("user")] = m_passwordUser;
    opts[QStringLiteral("auth")] = method;
    opts.remove(QStringLiteral("keyFile"));
    opts.remove(QStringLiteral("root")); // the login folder
    opts[QStringLiteral("password")] = QStringLiteral("not the password");
    m_secrets.clear();

    QJsonObject settings;
    Error error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(QLatin1String("refused the password")),
             qPrintable(error.message()));
    QVERIFY(!error.message().contains(QLatin1String("not the password")));
    QVERIFY(m_secrets.isEmpty());

    opts[QStringLiteral("password")] = m_password;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    QCOMPARE(settings.value(QStringLiteral("root")).toString(), m_passwordUserHome);
    QCOMPARE(settings.value(QStringLiteral("auth")).toString(), method);
    QCOMPARE(m_secrets.value(ProfileId + QStringLiteral("/sftp/password")), m_password);
    QVERIFY(!QJsonDocument(settings).toJson().contains(m_password.toUtf8()));
    const QByteArray data = randomBytes(50 * 1000);
    error = upload(connector.get(), QStringLiteral("pw.txt"), data);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(m_passwordUserHome + u'/' + ArchiveRoot + QStringLiteral("/pw.txt")),
             data);
    QFile::remove(m_passwordUserHome + u'/' + ArchiveRoot + QStringLiteral("/pw.txt"));

    // The password comes back from the keychain for the next job; without it, a clear stop.
    m_secrets.clear();
    error = m_factory->create(context(settings, &m_secrets))->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QVERIFY2(error.message().contains(QLatin1String("keychain")), qPrintable(error.message()));
}

void TestSftpConnector::agentSignIn()
{
    const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFileInfo::exists(socket));
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    const QString key = makeKey(QStringLiteral("key-agent"), QStringLiteral("ed25519"));
    const Result added = run(QStringLiteral("ssh-add"), {key}, environment);
    QVERIFY2(added.exitCode == 0, qPrintable(added.output));

    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("auth")] = QStringLiteral("agent");
    opts.remove(QStringLiteral("keyFile"));
    QJsonObject settings;
    Error error = m_factory->create(context({}, &m_secrets))->setUp(opts, &settings);
    QCOMPARE(error.kind(), Error::Kind::Reconnect); // no SSH_AUTH_SOCK yet
    QVERIFY2(error.message().contains(QLatin1String("ssh-agent")), qPrintable(error.message()));

    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    QCOMPARE(settings.value(QStringLiteral("auth")).toString(), QStringLiteral("agent"));
    QVERIFY(!upload(connector.get(), QStringLiteral("agent.txt"), "signed in with ssh-agent"));
    connector.reset();
    qunsetenv("SSH_AUTH_SOCK");
    agent.kill();
    agent.waitForFinished();
}

void TestSftpConnector::nestedFoldersAndNonAsciiNames()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString folder = QStringLiteral("101 - Zoë Ärger/2026-01-05/Call Recordings/日本語 ☎");
    const QString name = QStringLiteral("20260105-113012_inbound_+15551234567_Ünïcødé 😀.mp3");
    error = connector->ensureFolder(folder);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!connector->ensureFolder(folder)); // again: nothing to do
    const QByteArray data = randomBytes(123457);
    StoredFile stored;
    error = upload(connector.get(), folder + u'/' + name, data, &stored, 1000);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.path, folder + u'/' + name);
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QCOMPARE(fileContent(root + u'/' + folder + u'/' + name), data);

    StoredFile looked;
    QVERIFY(!connector->stat(folder + u'/' + name, &looked));
    QCOMPARE(looked.size, qint64(data.size()));
    QCOMPARE(looked.sha256, sha256Hex(data));
    QVERIFY(!connector->stat(folder + QStringLiteral("/missing.mp3"), &looked));
    QCOMPARE(looked.size, qint64(-1));
    // Another name in the same folder before commit (the engine's MP3 that turned out WAV).
    for (const QString &base : {folder + u'/', QString()}) {
        std::unique_ptr<StorageUpload> renamed =
            connector->beginUpload(base + QStringLiteral("voice.mp3"), 4, &error);
        QVERIFY(renamed);
        QVERIFY(!renamed->retarget(QStringLiteral("elsewhere/voice.wav")));
        QVERIFY(!renamed->retarget(base + QStringLiteral(".voice.wav")));
        QVERIFY(renamed->retarget(base + QStringLiteral("voice.wav")));
        QVERIFY(!renamed->write("RIFF", 4));
        QVERIFY(!renamed->commit(sha256Hex("RIFF"), &stored));
        QCOMPARE(stored.path, base + QStringLiteral("voice.wav"));
        QCOMPARE(fileContent(root + u'/' + base + QStringLiteral("voice.wav")), QByteArray("RIFF"));
        QVERIFY(!QFileInfo::exists(root + u'/' + base + QStringLiteral("voice.mp3")));
    }
    // An empty file is a file too.
    QVERIFY(!upload(connector.get(), folder + QStringLiteral("/empty.txt"), QByteArray()));
    QVERIFY(QFileInfo(root + u'/' + folder + QStringLiteral("/empty.txt")).isFile());
    QCOMPARE(leftBehind(root), QStringList());
    // The spare goes with the connection.
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

void TestSftpConnector::identicalFileIsAlreadyPresent()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);
    QVERIFY(!connector->ensureFolder(QStringLiteral("a/b")));
    StoredFile stored;
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/same.mp3"), data, &stored));
    QVERIFY(!stored.alreadyPresent);
    error = upload(connector.get(), QStringLiteral("a/b/same.mp3"), data, &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    // Without the caller's checksum the connector compares its own copy.
    stored = StoredFile();
    error = upload(connector.get(), QStringLiteral("a/b/same.mp3"), data, &stored, 100000, false);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.sha256, sha256Hex(data));
    QByteArray other = data;
    other[0] = char(other[0] ^ 0x55);
    error = upload(connector.get(), QStringLiteral("a/b/same.mp3"), other, &stored, 100000, false);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(error.message().contains(QLatin1String("not overwritten")));
    const QString root = settings.value(QStringLiteral("root")).toString();
    QCOMPARE(leftBehind(root), QStringList());
}

void TestSftpConnector::differentFileIsNeverOverwritten()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QByteArray original = randomBytes(100000);
    QVERIFY(!upload(connector.get(), QStringLiteral("taken.mp3"), original));

    // A different size, and the same size with other bytes.
    QByteArray sameSize = original;
    sameSize[50000] = char(sameSize[50000] ^ 1);
    for (const QByteArray &other : {randomBytes(5000), sameSize}) {
        error = upload(connector.get(), QStringLiteral("taken.mp3"), other);
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QLatin1String("not overwritten")),
                 qPrintable(error.message()));
        QCOMPARE(fileContent(root + QStringLiteral("/taken.mp3")), original);
        QCOMPARE(leftBehind(root), QStringList());
    }
    // A folder in the way.
    QVERIFY(QDir().mkpath(root + QStringLiteral("/folder.mp3")));
    error = upload(connector.get(), QStringLiteral("folder.mp3"), original);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(error.message().contains(QLatin1String("not overwritten")));
    QCOMPARE(leftBehind(root), QStringList());
}

void TestSftpConnector::largeUpload_data()
{
    addUploadPaths();
}

void TestSftpConnector::largeUpload()
{
    QFETCH(bool, parallel);
    QJsonObject settings;
    Error error;
    auto connector = connect(withUploadPath(options(*m_server), parallel), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const qsizetype signInsBefore = signIns();
    const qsizetype logBefore = m_server->sftpLog().size();
    // Writes of every size around the 2 MiB window, then a huge one.
    const QByteArray data = randomBytes(40 * 1024 * 1024 + 3);
    std::unique_ptr<StorageUpload> upload =
        connector->beginUpload(QStringLiteral("big.wav"), data.size(), &error);
    QVERIFY2(upload, qPrintable(error.message()));
    const qint64 sizes[] = {1, 30000, 2 * 1024 * 1024 - 1, 2 * 1024 * 1024, 2 * 1024 * 1024 + 1,
                            7, 65536, 12 * 1024 * 1024};
    qint64 offset = 0;
    for (int i = 0; offset < data.size(); ++i) {
        const qint64 size = qMin(sizes[i % std::size(sizes)], data.size() - offset);
        QVERIFY(!upload->write(data.constData() + offset, size));
        offset += size;
    }
    StoredFile stored;
    error = upload->commit(sha256Hex(data), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QCOMPARE(sha256Hex(fileContent(root + QStringLiteral("/big.wav"))), sha256Hex(data));
    QCOMPARE(leftBehind(root), QStringList());
    // The two extra sessions signed in for it (and only then).
    QCOMPARE(signIns() - signInsBefore, parallel ? 2 : 0);
    // What sftp-server did: in parallel, both extra sessions wrote, and the main session asked
    // for an fsync once 32 MiB had gone out, besides the last one.
    const QString served = m_server->sftpLog().mid(logBefore);
    static const QRegularExpression written(
        QStringLiteral(R"(close "[^"]*/\.rca-upload-[^"]*" bytes read \d+ written [1-9])"));
    QCOMPARE(served.count(written), parallel ? 2 : 1);
    QCOMPARE(served.count(QLatin1String("fsync \"")), parallel ? 2 : 1);

    // The next large file reuses them; a small one is written by the main session.
    QVERIFY(!::upload(connector.get(), QStringLiteral("big2.wav"), data.left(5 * 1024 * 1024 + 1),
                      nullptr, 1024 * 1024));
    QVERIFY(!::upload(connector.get(), QStringLiteral("small.wav"), data.left(1000)));
    QCOMPARE(fileContent(root + QStringLiteral("/big2.wav")), data.left(5 * 1024 * 1024 + 1));
    QCOMPARE(fileContent(root + QStringLiteral("/small.wav")), data.left(1000));
    QCOMPARE(signIns() - signInsBefore, parallel ? 2 : 0);

    // An upload dropped before commit leaves nothing either, even with an fsync in flight
    // (past 32 MiB in parallel), and the next upload goes through the same sessions.
    upload = connector->beginUpload(QStringLiteral("dropped.wav"), data.size(), &error);
    QVERIFY(upload);
    QVERIFY(!upload->write(data.constData(), 36 * 1024 * 1024));
    upload.reset();
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/dropped.wav")));
    QCOMPARE(leftBehind(root), QStringList());
    QVERIFY(!::upload(connector.get(), QStringLiteral("after.wav"), data.left(3 * 1024 * 1024),
                      nullptr, 1024 * 1024));
    QCOMPARE(fileContent(root + QStringLiteral("/after.wav")), data.left(3 * 1024 * 1024));
    QCOMPARE(leftBehind(root), QStringList());
    QCOMPARE(signIns() - signInsBefore, parallel ? 2 : 0);
}

void TestSftpConnector::pathsOutsideTheArchiveAreRefused()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    for (const QString &path : {QStringLiteral("../escape.mp3"), QStringLiteral("/etc/passwd"),
                                QStringLiteral("a//b.mp3"), QStringLiteral("a/./b.mp3"),
                                QStringLiteral(".rca-upload-0123456789abcdef.part")}) {
        std::unique_ptr<StorageUpload> upload = connector->beginUpload(path, 1, &error);
        QVERIFY2(!upload, qPrintable(path));
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    }
    QCOMPARE(connector->ensureFolder(QStringLiteral("../x")).kind(), Error::Kind::ItemPermanent);
}

void TestSftpConnector::permissionDeniedAndFileInTheWay()
{
    // As root the server never says "permission denied" to root: sign in as the throwaway
    // user instead (the shared authorized_keys lets the test key in).
    QVariantMap opts;
    QString top;
    if (isRoot()) {
        if (m_passwordUser.isEmpty())
            QSKIP("needs the throwaway user");
        top = m_passwordUserHome + QStringLiteral("/permissions");
        QDir().mkpath(top);
        run(QStringLiteral("chown"), {m_passwordUser, top});
        opts = options(*m_server, top);
        opts[QStringLiteral("user")] = m_passwordUser;
    } else {
        opts = options(*m_server);
        top = opts.value(QStringLiteral("root")).toString();
    }
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = top + u'/' + ArchiveRoot;

    // A folder the user may not write to (owned by root as root, read-only otherwise).
    QVERIFY(QDir().mkpath(root + QStringLiteral("/locked")));
    if (isRoot())
        run(QStringLiteral("chown"), {QStringLiteral("root"), root + QStringLiteral("/locked")});
    QFile::setPermissions(root + QStringLiteral("/locked"), QFile::ReadOwner | QFile::ExeOwner |
                                                                QFile::ReadOther | QFile::ExeOther |
                                                                QFile::ReadGroup | QFile::ExeGroup);
    error = connector->ensureFolder(QStringLiteral("locked/2026-01-05"));
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("Permission denied")),
             qPrintable(error.message()));
    std::unique_ptr<StorageUpload> refused =
        connector->beginUpload(QStringLiteral("locked/file.mp3"), 1, &error);
    QVERIFY(!refused);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("Permission denied")),
             qPrintable(error.message()));

    // A file where a folder should be.
    QFile blocker(root + QStringLiteral("/blocked"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    error = connector->ensureFolder(QStringLiteral("blocked/2026-01-05"));
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("is a file, not a folder")),
             qPrintable(error.message()));
    error = connector->ensureFolder(QStringLiteral("blocked"));
    QCOMPARE(error.kind(), Error::Kind::Transient);

    // The job goes on with the other items.
    QVERIFY(!connector->ensureFolder(QStringLiteral("fine")));
    QVERIFY(!upload(connector.get(), QStringLiteral("fine/file.mp3"), "ok"));
    QCOMPARE(leftBehind(root), QStringList());
    QFile::setPermissions(root + QStringLiteral("/locked"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSftpConnector::writeRefusedByTheServer()
{
    // sftp-server under `ulimit -f 1024`: writes past 1 MiB fail with EFBIG, which OpenSSH
    // reports as SSH_FX_FAILURE (what a full disk looks like on many servers).
    SshServer server(m_dir.filePath(QStringLiteral("sshd-limited")));
    QVERIFY(server.start({QStringLiteral("--sftp-file-limit"), QStringLiteral("1024")}));
    QVariantMap opts = options(server);
    opts[QStringLiteral("knownHostsFile")] = m_dir.filePath(QStringLiteral("known_hosts-limited"));
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;

    error = upload(connector.get(), QStringLiteral("too-big.wav"), randomBytes(5 * 1024 * 1024));
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("too-big.wav")), qPrintable(error.message()));
    QVERIFY(error.message().contains(QLatin1String("write")));
    QVERIFY(!error.stopsJob());
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/too-big.wav")));
    QCOMPARE(temporaries(root), QStringList());

    // The next item goes through on the same connection.
    const QByteArray small = randomBytes(200 * 1000);
    error = upload(connector.get(), QStringLiteral("small.wav"), small);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(root + QStringLiteral("/small.wav")), small);
    server.stop();
}

void TestSftpConnector::spareLeftByACrashIsRemoved()
{
    // A commit leaves an empty spare temporary file for the next upload in its folder, which
    // no later job may write to again: after a crash the next open() removes it, told where by
    // a file in the profile's folder.
    const QString profile = m_dir.filePath(QStringLiteral("profile-spare"));
    QVERIFY(QDir().mkpath(profile));
    QJsonObject settings;
    QVERIFY(
        !m_factory->create(context({}, &m_secrets, profile))->setUp(options(*m_server), &settings));
    auto connector = m_factory->create(context(settings, &m_secrets, profile));
    QVERIFY(!connector->open(CancelToken()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString folder = QStringLiteral("101 - Day/2026-01-07");
    QVERIFY(!connector->ensureFolder(folder));
    QVERIFY(!upload(connector.get(), folder + QStringLiteral("/last.mp3"), randomBytes(1000)));
    QCOMPARE(temporaries(root).size(), 1);
    QCOMPARE(QFileInfo(temporaries(root).first()).absolutePath(), root + u'/' + folder);

    // The process dies, the server with it: nothing the connector does at its end arrives.
    m_server->kill();
    connector.reset();
    QCOMPARE(temporaries(root).size(), 1);
    QVERIFY(m_server->start(m_serverOptions));
    connector = m_factory->create(context(settings, &m_secrets, profile));
    QVERIFY(!connector->open(CancelToken()));
    QCOMPARE(temporaries(root), QStringList());
    QVERIFY(QFileInfo::exists(root + u'/' + folder + QStringLiteral("/last.mp3")));
    connector->close();
}

void TestSftpConnector::staleTemporariesAreRemoved()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString folder = archive + QStringLiteral("/101/2026-01-05");
    QVERIFY(QDir().mkpath(folder));

    // This profile's temporary names start with its owner tag: learn it from an upload that
    // is still being written while the folder is cleaned up.
    std::unique_ptr<StorageUpload> pending =
        connector->beginUpload(QStringLiteral("101/2026-01-05/probe.mp3"), 1, &error);
    QVERIFY(pending);
    const QStringList inFlight = temporaries(archive);
    QCOMPARE(inFlight.size(), 1);
    const QString ownTag = QFileInfo(inFlight.first()).fileName().mid(12, 8);
    const QString otherTag = ownTag == QLatin1String("00000000") ? QStringLiteral("11111111")
                                                                 : QStringLiteral("00000000");

    auto create = [&](const QString &name, qint64 ageSeconds) {
        const QString path = folder + u'/' + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("partial");
        file.close();
        const time_t then = time(nullptr) - ageSeconds;
        const utimbuf times{then, then};
        ::utime(QFile::encodeName(path).constData(), &times);
    };
    const QString own = QStringLiteral(".rca-upload-%1%2.part");
    create(own.arg(ownTag, QStringLiteral("0000beef")), 5);      // an earlier run of ours crashed
    create(own.arg(otherTag, QStringLiteral("deadbeef")), 3600); // someone else's, long dead
    create(own.arg(otherTag, QStringLiteral("cafebabe")), 5);    // someone else is writing it
    create(QStringLiteral(".rca-upload-notours.part"), 3600);
    create(QStringLiteral("recording.mp3"), 3600);

    error = connector->ensureFolder(QStringLiteral("101/2026-01-05"));
    QVERIFY2(!error, qPrintable(error.message()));
    QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QStringList expected{
        own.arg(otherTag, QStringLiteral("cafebabe")), QFileInfo(inFlight.first()).fileName(),
        QStringLiteral(".rca-upload-notours.part"), QStringLiteral("recording.mp3")};
    expected.sort();
    QCOMPARE(left, expected);
    // The upload in progress completes.
    QVERIFY(!pending->write("x", 1));
    StoredFile stored;
    error = pending->commit(sha256Hex("x"), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(folder + QStringLiteral("/probe.mp3")), QByteArray("x"));
}

void TestSftpConnector::listFolderOverSftp()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString day = QStringLiteral("101 - Zoë/2026-01-05");
    QVERIFY(!connector->ensureFolder(day));
    QVERIFY(!connector->ensureFolder(QStringLiteral("102/empty")));
    const QByteArray data = randomBytes(54321);
    QVERIFY(!upload(connector.get(), day + QStringLiteral("/call.mp3"), data));
    QVERIFY(!upload(connector.get(), QStringLiteral("manifest.json"), "{}"));
    // Straight on the server's disk: names that are no valid archive path component, a
    // temporary file, and links out of the archive.
    const QString control = QStringLiteral("bell\u0007 tab\t.mp3");
    const QString backslash = QStringLiteral("back\\slash.mp3");
    for (const auto &[name, content] :
         {std::pair{control, QByteArray("1")}, std::pair{backslash, QByteArray("22")}}) {
        QFile file(archive + u'/' + day + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QFile stale(archive + u'/' + day + QStringLiteral("/.rca-upload-0123456789abcdef.part"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    const QString outside = m_dir.filePath(QStringLiteral("outside-%1").arg(m_folders));
    QVERIFY(QDir().mkpath(outside + QStringLiteral("/deep")));
    QVERIFY(QFile::link(outside, archive + QStringLiteral("/escape")));
    // An upload in progress has its temporary file too.
    std::unique_ptr<StorageUpload> pending =
        connector->beginUpload(day + QStringLiteral("/pending.mp3"), 1, &error);
    QVERIFY(pending);
    QCOMPARE(temporaries(archive).size(), 2);

    QStringList paths;
    QHash<QString, qint64> sizes;
    error = listed(connector.get(), QString(), false, &paths);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, (QStringList{QStringLiteral("101 - Zoë/"), QStringLiteral("102/"),
                                 QStringLiteral("escape"), QStringLiteral("manifest.json")}));
    error = listed(connector.get(), QString(), true, &paths, &sizes);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, (QStringList{QStringLiteral("101 - Zoë/"),
                                 QStringLiteral("101 - Zoë/2026-01-05/"), day + u'/' + backslash,
                                 day + u'/' + control, day + QStringLiteral("/call.mp3"),
                                 QStringLiteral("102/"), QStringLiteral("102/empty/"),
                                 QStringLiteral("escape"), QStringLiteral("manifest.json")}));
    QCOMPARE(sizes.value(day + QStringLiteral("/call.mp3")), qint64(data.size()));
    QCOMPARE(sizes.value(day + u'/' + control), qint64(1));
    QCOMPARE(sizes.value(day + u'/' + backslash), qint64(2));
    // The link's own size: the length of the path it holds.
    QCOMPARE(sizes.value(QStringLiteral("escape")), qint64(outside.toUtf8().size()));
    // A folder below the root; a missing one lists nothing; a link is not entered.
    QVERIFY(!listed(connector.get(), QStringLiteral("102"), true, &paths));
    QCOMPARE(paths, QStringList{QStringLiteral("102/empty/")});
    error = listed(connector.get(), QStringLiteral("no/such/folder"), true, &paths);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, QStringList());
    QCOMPARE(listed(connector.get(), QStringLiteral("escape"), true, &paths).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(listed(connector.get(), QStringLiteral("../.."), true, &paths).kind(),
             Error::Kind::ItemPermanent);
    // A cancelled token stops the listing.
    CancelToken cancel;
    int calls = 0;
    error = connector->listFolder(
        QString(), true,
        [&](const StoredFile &) {
            ++calls;
            cancel.cancel();
            return Error();
        },
        cancel);
    QCOMPARE(error.kind(), Error::Kind::Cancelled);
    QCOMPARE(calls, 1);
}

void TestSftpConnector::readFileOverSftp()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(!connector->ensureFolder(QStringLiteral("a/b")));
    const QByteArray data = randomBytes(6 * 1024 * 1024 + 4321);
    QVERIFY(!upload(connector.get(), QStringLiteral("a/b/big.mp3"), data));
    CollectingSink sink;
    error = connector->readFile(QStringLiteral("a/b/big.mp3"), &sink, CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(sink.bytes.size(), data.size());
    QVERIFY(sink.bytes == data);
    QVERIFY(sink.writes > 1); // streamed, not the whole file at once

    // Missing, a folder, a link out of the archive, a path out of the archive.
    CollectingSink other;
    for (const QString &path : {QStringLiteral("a/b/missing.mp3"), QStringLiteral("no/such.mp3")}) {
        error = connector->readFile(path, &other, CancelToken());
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QLatin1String("does not exist")),
                 qPrintable(error.message()));
    }
    QCOMPARE(connector->readFile(QStringLiteral("a/b"), &other, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    const QString secret = m_dir.filePath(QStringLiteral("secret-%1.txt").arg(m_folders));
    QFile secretFile(secret);
    QVERIFY(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("not archived");
    secretFile.close();
    QVERIFY(QFile::link(secret, archive + QStringLiteral("/link.mp3")));
    QCOMPARE(connector->readFile(QStringLiteral("link.mp3"), &other, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(connector->readFile(QStringLiteral("../x"), &other, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(other.bytes, QByteArray());

    // A cancelled token stops the read after the chunk in hand.
    CollectingSink cancelled;
    cancelled.cancelAfter = 1;
    error = connector->readFile(QStringLiteral("a/b/big.mp3"), &cancelled, cancelled.cancel);
    QCOMPARE(error.kind(), Error::Kind::Cancelled);
    QCOMPARE(cancelled.writes, 1);
    QVERIFY(cancelled.bytes.size() < data.size());
    // The session is still good afterwards.
    CollectingSink again;
    error = connector->readFile(QStringLiteral("a/b/big.mp3"), &again, CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(again.bytes == data);
}

void TestSftpConnector::replaceExistingFile_data()
{
    addUploadPaths();
}

void TestSftpConnector::replaceExistingFile()
{
    QFETCH(bool, parallel);
    QJsonObject settings;
    Error error;
    auto connector = connect(withUploadPath(options(*m_server), parallel), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(!connector->ensureFolder(QStringLiteral("a")));
    const QString path = QStringLiteral("a/repair.mp3");
    const QByteArray original = randomBytes(3 * 1024 * 1024 + 5);
    QVERIFY(!upload(connector.get(), path, original));
    QCOMPARE(upload(connector.get(), path, randomBytes(1000)).kind(),
             Error::Kind::ItemPermanent); // a plain upload never overwrites

    const QByteArray repaired = randomBytes(2 * 1024 * 1024 + 77);
    const qsizetype logBefore = m_server->sftpLog().size();
    std::unique_ptr<StorageUpload> replacing =
        connector->beginReplace(path, repaired.size(), &error);
    QVERIFY2(replacing, qPrintable(error.message()));
    for (qint64 offset = 0; offset < repaired.size(); offset += 100000)
        QVERIFY(!replacing->write(repaired.constData() + offset,
                                  qMin<qint64>(100000, repaired.size() - offset)));
    // Until commit the old file is there, untouched.
    QCOMPARE(fileContent(archive + u'/' + path), original);
    StoredFile stored;
    error = replacing->commit(sha256Hex(repaired), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.path, path);
    QCOMPARE(stored.size, qint64(repaired.size()));
    QCOMPARE(stored.sha256, sha256Hex(repaired));
    QVERIFY(!stored.alreadyPresent);
    replacing.reset();
    QCOMPARE(fileContent(archive + u'/' + path), repaired);
    // The old file went aside under a name that says where it belongs (so that a crash leaves
    // it for the clean-up to put back), the new one took its name, and the aside copy was
    // removed.
    const QString served = m_server->sftpLog().mid(logBefore);
    static const QRegularExpression asideRename(QStringLiteral(
        R"re(rename old "[^"]*/a/repair\.mp3" new "[^"]*/a/(\.rca-aside-[0-9a-f]{8}-repair\.mp3)")re"));
    const QRegularExpressionMatch aside = asideRename.match(served);
    QVERIFY2(aside.hasMatch(), qPrintable(served));
    QVERIFY(
        served.indexOf(
            QRegularExpression(QStringLiteral(
                R"re(rename old "[^"]*/a/\.rca-upload-[0-9a-f]{16}\.part" new "[^"]*/a/repair\.mp3")re")),
            aside.capturedEnd()) > 0);
    QVERIFY(served.contains(QStringLiteral("remove name \"") + archive + QStringLiteral("/a/") +
                            aside.captured(1) + u'"'));
    // No temporary file and no aside copy of the old one left behind.
    QCOMPARE(temporaries(archive), QStringList());
    QCOMPARE(QDir(archive + QStringLiteral("/a"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("repair.mp3")});
    CollectingSink sink;
    QVERIFY(!connector->readFile(path, &sink, CancelToken()));
    QVERIFY(sink.bytes == repaired);
}

void TestSftpConnector::replaceMissingAbortedAndInTheWay()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;

    // Nothing there yet: the file is simply created.
    StoredFile stored;
    error = replace(connector.get(), QStringLiteral("manifest.json"), "{\"v\":1}", &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(fileContent(archive + QStringLiteral("/manifest.json")), QByteArray("{\"v\":1}"));
    // Rewritten, shorter.
    QVERIFY(!replace(connector.get(), QStringLiteral("manifest.json"), "{}", &stored));
    QCOMPARE(fileContent(archive + QStringLiteral("/manifest.json")), QByteArray("{}"));

    // Destroyed before commit: the old file stays, the temporary goes.
    std::unique_ptr<StorageUpload> aborted =
        connector->beginReplace(QStringLiteral("manifest.json"), 100000, &error);
    QVERIFY(aborted);
    const QByteArray data = randomBytes(100000);
    QVERIFY(!aborted->write(data.constData(), data.size()));
    QCOMPARE(temporaries(archive).size(), 1);
    aborted.reset();
    QCOMPARE(fileContent(archive + QStringLiteral("/manifest.json")), QByteArray("{}"));
    QCOMPARE(temporaries(archive), QStringList());

    // A folder in the way is not replaced.
    QVERIFY(QDir().mkpath(archive + QStringLiteral("/folder.mp3/inside")));
    error = replace(connector.get(), QStringLiteral("folder.mp3"), "abc", &stored);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(QFileInfo(archive + QStringLiteral("/folder.mp3/inside")).isDir());
    QCOMPARE(temporaries(archive), QStringList());
    QVERIFY(!connector->beginReplace(QStringLiteral("../x"), 1, &error));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

// The program died between a replacement's two renames: the old file sits under its aside
// name. The next clean-up of the folder puts it back when the new one did not take its name,
// and removes it when the new one did; listings never show it.
void TestSftpConnector::replaceInterruptedByACrashIsPutRight()
{
    QJsonObject settings;
    Error error;
    auto connector = connect(options(*m_server), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString archive = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(QDir().mkpath(archive + QStringLiteral("/day")));
    auto write = [](const QString &path, const QByteArray &data) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    // Left by another process (another owner tag), an hour ago: old enough to settle.
    const QString lost = archive + QStringLiteral("/day/.rca-aside-0123abcd-a.mp3");
    const QString replaced = archive + QStringLiteral("/day/.rca-aside-0123abcd-b.mp3");
    QVERIFY(write(lost, "old a"));
    QVERIFY(write(replaced, "old b"));
    QVERIFY(write(archive + QStringLiteral("/day/b.mp3"), "new b"));
    for (const QString &path : {lost, replaced}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
    }
    QStringList listed;
    QVERIFY(!connector->listFolder(QStringLiteral("day"), false,
                                   [&](const StoredFile &entry) {
                                       listed.append(entry.path);
                                       return Error();
                                   },
                                   {}));
    QCOMPARE(listed, QStringList({QStringLiteral("day/b.mp3")}));

    QVERIFY(!connector->ensureFolder(QStringLiteral("day")));
    QCOMPARE(fileContent(archive + QStringLiteral("/day/a.mp3")), QByteArray("old a"));
    QCOMPARE(fileContent(archive + QStringLiteral("/day/b.mp3")), QByteArray("new b"));
    QVERIFY(!QFile::exists(lost));
    QVERIFY(!QFile::exists(replaced));
    // A name of that form is never written by an item.
    QVERIFY(!connector->beginUpload(QStringLiteral("day/.rca-aside-0123abcd-c.mp3"), 1, &error));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

void TestSftpConnector::serverKilledMidUpload_data()
{
    addUploadPaths();
}

void TestSftpConnector::serverKilledMidUpload()
{
    QFETCH(bool, parallel);
    QJsonObject settings;
    Error error;
    auto connector = connect(withUploadPath(options(*m_server), parallel), &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QString folder = QStringLiteral("102 - Crash/2026-01-06");
    const QString path = folder + QStringLiteral("/20260106-101500_outbound_crash.wav");
    QVERIFY(!connector->ensureFolder(folder));
    const QByteArray data = randomBytes(64 * 1024 * 1024);

    std::unique_ptr<StorageUpload> upload = connector->beginUpload(path, data.size(), &error);
    QVERIFY2(upload, qPrintable(error.message()));
    const qint64 chunk = 256 * 1024;
    qint64 offset = 0;
    for (; offset < 16 * 1024 * 1024; offset += chunk)
        QVERIFY(!upload->write(data.constData() + offset, chunk));
    QVERIFY(!temporaries(root).isEmpty());
    // Some of the content has reached the disk already (not all, whatever the path).
    QVERIFY(QFileInfo(temporaries(root).value(0)).size() > 0);

    m_server->kill(); // sshd and its sessions die at once, like a power cut
    for (; offset < data.size() && !error; offset += chunk)
        error = upload->write(data.constData() + offset, chunk);
    if (!error)
        error = upload->commit(sha256Hex(data), nullptr);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY(!error.stopsJob());
    qInfo().noquote() << "After the kill:" << error.message();
    upload.reset();
    QVERIFY(!QFileInfo::exists(root + u'/' + path));
    QCOMPARE(temporaries(root).size(), 1); // nobody could remove it yet

    // With the server gone, the job stops on the next item after one reconnect attempt.
    error = connector->ensureFolder(QStringLiteral("102 - Crash/2026-01-07"));
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QLatin1String("could not be made again")),
             qPrintable(error.message()));

    // The server is back (same key and port): the connector reconnects, removes what the
    // interrupted upload left, and the retry completes the file.
    QVERIFY(m_server->start(m_serverOptions));
    error = connector->ensureFolder(folder);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(temporaries(root), QStringList());
    StoredFile stored;
    error = ::upload(connector.get(), path, data, &stored, 1024 * 1024);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(sha256Hex(fileContent(root + u'/' + path)), sha256Hex(data));
    QCOMPARE(leftBehind(root), QStringList());
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

void TestSftpConnector::serverThatStopsAnsweringTimesOut()
{
    SshServer server(m_dir.filePath(QStringLiteral("sshd-paused")));
    QVERIFY(server.start());
    QVariantMap opts = options(server);
    opts[QStringLiteral("knownHostsFile")] = m_dir.filePath(QStringLiteral("known_hosts-paused"));
    opts[QStringLiteral("timeout")] = QStringLiteral("2");
    QJsonObject settings;
    Error error;
    auto connector = connect(opts, &settings, &error);
    QVERIFY2(connector, qPrintable(error.message()));
    QCOMPARE(settings.value(QStringLiteral("timeout")).toInt(), 2);
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    const QByteArray data = randomBytes(32 * 1024 * 1024);
    std::unique_ptr<StorageUpload> pending =
        connector->beginUpload(QStringLiteral("hung.wav"), data.size(), &error);
    QVERIFY(pending);
    QVERIFY(!pending->write(data.constData(), 4 * 1024 * 1024));

    server.pause();
    QElapsedTimer timer;
    timer.start();
    for (qint64 offset = 4 * 1024 * 1024; offset < data.size() && !error; offset += 1024 * 1024)
        error = pending->write(data.constData() + offset, 1024 * 1024);
    if (!error)
        error = pending->commit(sha256Hex(data), nullptr);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(QLatin1String("did not answer within 2 s")),
             qPrintable(error.message()));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    pending.reset();

    // Still hung: the reconnect times out too, and the job stops.
    timer.restart();
    error = connector->ensureFolder(QStringLiteral("next"));
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY(timer.elapsed() < 10000);

    // Answering again: the next operation reconnects and cleans up.
    server.resume();
    error = connector->ensureFolder(QStringLiteral("next"));
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(!upload(connector.get(), QStringLiteral("next/after.wav"), data.left(1000)));
    QCOMPARE(leftBehind(root), QStringList());
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/hung.wav")));
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
    server.stop();
}

void TestSftpConnector::tearDownForgetsSecrets()
{
    const QString key = makeKey(QStringLiteral("key-teardown"), QStringLiteral("ed25519"),
                                QStringLiteral("secret"));
    QVariantMap opts = options(*m_server);
    opts[QStringLiteral("keyFile")] = key;
    opts[QStringLiteral("passphrase")] = QStringLiteral("secret");
    m_secrets.clear();
    QJsonObject settings;
    Error error;
    QVERIFY2(connect(opts, &settings, &error), qPrintable(error.message()));
    QCOMPARE(m_secrets.size(), 1);
    const QString root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    QVERIFY(!m_factory->create(context(settings, &m_secrets))->tearDown());
    QVERIFY(m_secrets.isEmpty());
    QVERIFY(QFileInfo(root).isDir()); // archived data is never deleted
}

void TestSftpConnector::testOnlyChecksAndKeepsNothing()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts-test-only"));
    const QString key = makeKey(QStringLiteral("key-test-only"), QStringLiteral("ed25519"),
                                QStringLiteral("secret"));
    QVariantMap opts = options(*m_server);
    const QString root = opts.value(QStringLiteral("root")).toString();
    opts[QStringLiteral("knownHostsFile")] = knownHosts;
    opts[QStringLiteral("keyFile")] = key;
    opts[QStringLiteral("passphrase")] = QStringLiteral("secret");
    m_secrets.clear();
    const QJsonObject settings{{QStringLiteral("untouched"), true}};
    QVERIFY(m_factory->setUpDescription().offersTest);
    auto setUp = [&](const QVariantMap &o) {
        return m_factory->create(context({}, &m_secrets))->testSetUp(o);
    };

    // Unknown host, not confirmed: refused, asking to confirm the key, as setUp does.
    QVariantMap unconfirmed = opts;
    unconfirmed.remove(QStringLiteral("acceptHostKey"));
    Error error = setUp(unconfirmed);
    QCOMPARE(error.kind(), Error::Kind::Reconnect);
    QCOMPARE(error.detail(QStringLiteral("hostKeyStatus")).toString(), QStringLiteral("unknown"));
    QVERIFY(error.confirmation());
    QCOMPARE(error.confirmation()->kind, Confirmation::Kind::HostKey);
    QCOMPARE(error.confirmation()->optionKey, QStringLiteral("acceptHostKey"));
    QCOMPARE(error.confirmation()->value, opts.value(QStringLiteral("acceptHostKey")).toString());

    // Confirmed, right passphrase, writable folder: success, and nothing was kept or made.
    const qsizetype signInsBefore = signIns();
    error = setUp(opts);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(signIns() - signInsBefore, 1); // it did sign in
    QVERIFY(!QFileInfo::exists(knownHosts));
    QVERIFY(m_secrets.isEmpty());
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QCOMPARE(settings, QJsonObject({{QStringLiteral("untouched"), true}}));
    // No keychain at all is fine for a test.
    QVERIFY(!m_factory->create(context({}, nullptr))->testSetUp(opts));

    // A wrong passphrase, a missing folder, a file instead of a folder, a read-only folder.
    QVariantMap wrong = opts;
    wrong[QStringLiteral("passphrase")] = QStringLiteral("wrong");
    error = setUp(wrong);
    QVERIFY2(error.message().contains(QLatin1String("passphrase is wrong")),
             qPrintable(error.message()));
    QVariantMap missing = opts;
    missing[QStringLiteral("root")] = root + QStringLiteral("/nowhere");
    error = setUp(missing);
    QVERIFY2(error.message().contains(QLatin1String("does not exist")),
             qPrintable(error.message()));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/nowhere")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/Apps")));
    QFile file(root + u'/' + ArchiveRoot);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    error = setUp(opts);
    QVERIFY2(error.message().contains(QLatin1String("is a file, not a folder")),
             qPrintable(error.message()));
    QVERIFY(file.remove());
    // A folder the user may not write into. Root may write anywhere: as root, the throwaway
    // user signs in instead (the shared authorized_keys lets the test key in).
    QVariantMap locked = opts;
    QString lockedRoot = root + QStringLiteral("/locked");
    if (isRoot()) {
        lockedRoot = m_passwordUserHome + QStringLiteral("/test-only-locked");
        locked[QStringLiteral("user")] = m_passwordUser;
    }
    if (!isRoot() || !m_passwordUser.isEmpty()) {
        QVERIFY(QDir().mkpath(lockedRoot));
        const auto readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(lockedRoot, readOnly));
        locked[QStringLiteral("root")] = lockedRoot;
        error = setUp(locked);
        QVERIFY2(error.message().contains(QLatin1String("cannot write into the folder")) &&
                     error.message().contains(lockedRoot),
                 qPrintable(error.message()));
        QVERIFY(!QFileInfo::exists(lockedRoot + QStringLiteral("/Apps")));
        QFile::setPermissions(lockedRoot, readOnly | QFile::WriteOwner);
    }
    QCOMPARE(temporaries(root), QStringList());
    QVERIFY(!QFileInfo::exists(root + u'/' + ArchiveRoot));
    QVERIFY(!QFileInfo::exists(knownHosts));
    QVERIFY(m_secrets.isEmpty());
}

QTEST_GUILESS_MAIN(TestSftpConnector)
#include "tst_sftpconnector.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftpfixture.h"

#include "common/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

#include <unistd.h>

namespace rca::test {

Result run(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment)
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

bool SshServer::start(const QStringList &options)
{
    const Result result = run(QStringLiteral("bash"),
                              QStringList{Harness, QStringLiteral("start"), m_directory} + options);
    m_port = result.exitCode == 0 ? result.output.trimmed().toInt() : 0;
    if (m_port <= 0)
        qWarning().noquote() << "sshd did not start:" << result.output;
    return m_port > 0;
}

void SshServer::stop()
{
    run(QStringLiteral("bash"), {Harness, QStringLiteral("stop"), m_directory});
}

void SshServer::kill()
{
    run(QStringLiteral("bash"), {Harness, QStringLiteral("kill"), m_directory});
}

void SshServer::pause()
{
    run(QStringLiteral("bash"), {Harness, QStringLiteral("pause"), m_directory});
}

void SshServer::resume()
{
    run(QStringLiteral("bash"), {Harness, QStringLiteral("resume"), m_directory});
}

QString SshServer::fingerprint() const
{
    const Result result =
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), hostPublicKey()});
    return result.output.split(u' ').value(1);
}

QString SshServer::readLog(const QString &name) const
{
    QFile file(m_directory + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

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

QStringList temporaries(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral(".rca-upload-*")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

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

Error upload(StorageConnector *connector, const QString &path, const QByteArray &data,
             StoredFile *stored, qint64 chunk, bool withChecksum)
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

Error replace(StorageConnector *connector, const QString &path, const QByteArray &data,
              StoredFile *stored, qint64 chunk)
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

void SftpFixture::initTestCase()
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

void SftpFixture::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    if (!m_passwordUser.isEmpty())
        run(QStringLiteral("bash"), {Harness, QStringLiteral("deluser"), m_passwordUser});
}

QString SftpFixture::makeKey(const QString &name, const QString &type, const QString &passphrase,
                             bool pem)
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

qsizetype SftpFixture::signIns() const
{
    QTest::qWait(200); // sshd logs asynchronously
    // One line per sign-in ("Accepted key …" lines come with each key offered).
    return m_server->log().count(QLatin1String("Accepted publickey for "));
}

// "one session": the main session writes everything. "parallel": a 1 MiB threshold sends
// these files in 256 KiB chunks through two extra sessions.
void addUploadPaths()
{
    QTest::addColumn<bool>("parallel");
    QTest::newRow("one session") << false;
    QTest::newRow("parallel") << true;
}

QVariantMap withUploadPath(QVariantMap options, bool parallel)
{
    if (parallel)
        options[QStringLiteral("parallelThreshold")] = QStringLiteral("1");
    else
        options[QStringLiteral("parallelSessions")] = QStringLiteral("0");
    return options;
}

QString SftpFixture::newStorageFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("storage-%1").arg(++m_folders));
    QDir().mkpath(path);
    return QFileInfo(path).canonicalFilePath();
}

QVariantMap SftpFixture::options(const SshServer &server, const QString &root)
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

ConnectorContext SftpFixture::context(const QJsonObject &settings, SecretStore *secrets,
                                      const QString &profileDirectory)
{
    ConnectorContext context;
    context.settings = settings;
    context.secrets = secrets;
    context.profileId = ProfileId;
    context.profileDirectory = profileDirectory;
    return context;
}

std::unique_ptr<StorageConnector> SftpFixture::connect(const QVariantMap &options,
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

} // namespace rca::test

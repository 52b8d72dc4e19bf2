// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SFTP connector's sign-in against a real OpenSSH sshd (sftpfixture): every key type with
// and without a passphrase (kept in the keychain only), RSA on this libssh2, password and
// keyboard-interactive (only as root, where a throwaway user can be created), ssh-agent,
// tear-down forgetting the secrets, and the connection test that keeps nothing. Runs as root
// (CI) or as an ordinary user.
#include "sftpfixture.h"
#include "storagetesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <libssh2.h>

using namespace rca;
using namespace rca::test;

class TestSftpSignIn : public SftpFixture
{
    Q_OBJECT

private slots:
    void keySignIn_data();
    void keySignIn();
    void wrongOrMissingPassphrase();
    void rsaKeyOnThisLibssh2();
    void passwordSignIn_data();
    void passwordSignIn();
    void agentSignIn();
    void tearDownForgetsSecrets();
    void testOnlyChecksAndKeepsNothing();
};

void TestSftpSignIn::keySignIn_data()
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

void TestSftpSignIn::keySignIn()
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

void TestSftpSignIn::wrongOrMissingPassphrase()
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

void TestSftpSignIn::rsaKeyOnThisLibssh2()
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

void TestSftpSignIn::passwordSignIn_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("password") << QStringLiteral("password");
    QTest::newRow("keyboard-interactive") << QStringLiteral("keyboard-interactive");
}

void TestSftpSignIn::passwordSignIn()
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

void TestSftpSignIn::agentSignIn()
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

void TestSftpSignIn::tearDownForgetsSecrets()
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

void TestSftpSignIn::testOnlyChecksAndKeepsNothing()
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

QTEST_GUILESS_MAIN(TestSftpSignIn)
#include "tst_sftpsignin.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SFTP connector's host keys against a real OpenSSH sshd (sftpfixture): an unknown host
// refused until its fingerprint is confirmed, never signed in to unconfirmed, ~/.ssh/known_hosts
// read, each profile's own known_hosts file (and the shared one of earlier versions taken over),
// and a changed host key refused with advice that works. Runs as root (CI) or as an ordinary
// user.
#include "sftpfixture.h"
#include "storagetesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace rca;
using namespace rca::test;

class TestSftpHostKeys : public SftpFixture
{
    Q_OBJECT

private slots:
    void unknownHostIsRefusedUntilConfirmed();
    void openNeverSignsInToAnUnconfirmedHost();
    void userKnownHostsFileIsRead();
    void defaultKnownHostsFile();
    void knownHostsArePerProfile();
    void sharedKnownHostsOfEarlierVersionsAreTakenOver();
    void changedHostKeyIsRefused();
};

void TestSftpHostKeys::unknownHostIsRefusedUntilConfirmed()
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

void TestSftpHostKeys::openNeverSignsInToAnUnconfirmedHost()
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

void TestSftpHostKeys::userKnownHostsFileIsRead()
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

void TestSftpHostKeys::defaultKnownHostsFile()
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

void TestSftpHostKeys::knownHostsArePerProfile()
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
void TestSftpHostKeys::sharedKnownHostsOfEarlierVersionsAreTakenOver()
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

void TestSftpHostKeys::changedHostKeyIsRefused()
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

QTEST_GUILESS_MAIN(TestSftpHostKeys)
#include "tst_sftphostkeys.moc"

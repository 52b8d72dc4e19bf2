// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The end of an SFTP upload against a real OpenSSH sshd whose sftp subsystem is
// tests/integration/sftp-fault-server.py: OpenSSH's sftp-server behind a relay that can fail
// the fsync, the fstat or the close of a temporary file, report a wrong size, and hold the
// answers about the file back until its close arrives. It shows that the last writes, fsync,
// fstat and close go out together (one round trip, not four), and that a file is renamed into
// place only when all of them succeeded, with a message that names the step and the file.
// The relay can also hold a rename's answer until the next open arrives, and fail opens: the
// rename and the open of the next upload's temporary file (the spare) go out together, the next
// upload into the folder takes the spare, and a spare that could not be made costs nothing.
#include "common/error.h"
#include "sftpfixture.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rca;
using namespace rca::test;

namespace {

const QString FaultServer =
    QStringLiteral(RCA_SOURCE_DIR "/tests/integration/sftp-fault-server.py");
// The engine writes 256 KiB at a time.
constexpr qint64 EnginePiece = 256 * 1024;

} // namespace

class TestSftpCommit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void endOfFileGoesOutInOneRoundTrip();
    void nothingIsRenamedUnlessAllSucceeded_data();
    void nothingIsRenamedUnlessAllSucceeded();
    void spareIsOpenedWithTheRenameAndTaken();
    void spareMovesToAnotherFolder();
    void failedSpareDoesNotFailTheItem();

private:
    // setUp, then a connector opened with the settings it made; *root: the archive folder.
    std::unique_ptr<StorageConnector> connect(bool parallel, QString *root);
    void setFaults(const QString &faults);
    // The relay's lines since the last setFaults: "NAME KINDS close|timeout".
    QStringList requestLog() const;
    // The opens of temporary files since the last setFaults: "NAME handle|failed".
    QStringList openLog() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    QString m_sshd;
    QString m_control;
    QString m_user;
    QString m_key;
    QString m_fingerprint;
    int m_port = 0;
    int m_roots = 0;
};

void TestSftpCommit::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")) ||
        !QFile::exists(QStringLiteral("/usr/lib/openssh/sftp-server")))
        QSKIP("OpenSSH's sshd and sftp-server are not installed (apt-get install openssh-server)");
    QVERIFY(m_dir.isValid());
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");

    m_registry = std::make_unique<ConnectorRegistry>(QStringList{PluginDirectory});
    m_factory = m_registry->factory(QStringLiteral("sftp"));
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));

    const Result whoami = run(QStringLiteral("id"), {QStringLiteral("-un")});
    QCOMPARE(whoami.exitCode, 0);
    m_user = whoami.output.trimmed();

    m_sshd = m_dir.filePath(QStringLiteral("sshd"));
    m_control = m_dir.filePath(QStringLiteral("control"));
    QVERIFY(QDir().mkpath(m_sshd));
    QVERIFY(QDir().mkpath(m_control));
    m_key = m_dir.filePath(QStringLiteral("id_ed25519"));
    const Result key = run(QStringLiteral("ssh-keygen"),
                           {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                            QStringLiteral("-N"), QString(), QStringLiteral("-f"), m_key});
    QVERIFY2(key.exitCode == 0, qPrintable(key.output));
    QVERIFY(
        QFile::copy(m_key + QStringLiteral(".pub"), m_sshd + QStringLiteral("/authorized_keys")));

    // sshd.sh runs $SFTP_SERVER as the sftp subsystem when asked for sftp-server's log.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SFTP_SERVER"),
                       QStringLiteral("python3 %1 %2").arg(FaultServer, m_control));
    const Result started =
        run(QStringLiteral("bash"),
            {Harness, QStringLiteral("start"), m_sshd, QStringLiteral("--sftp-log")}, environment);
    m_port = started.exitCode == 0 ? started.output.trimmed().toInt() : 0;
    QVERIFY2(m_port > 0, qPrintable(started.output));
    const Result fingerprint =
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), m_sshd + QStringLiteral("/host_ed25519_key.pub")});
    m_fingerprint = fingerprint.output.split(u' ').value(1);
    QVERIFY(m_fingerprint.startsWith(QLatin1String("SHA256:")));
}

void TestSftpCommit::cleanupTestCase()
{
    if (m_port > 0)
        run(QStringLiteral("bash"), {Harness, QStringLiteral("stop"), m_sshd});
}

std::unique_ptr<StorageConnector> TestSftpCommit::connect(bool parallel, QString *root)
{
    const QString folder = m_dir.filePath(QStringLiteral("storage-%1").arg(++m_roots));
    QDir().mkpath(folder);
    QVariantMap options{
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QString::number(m_port)},
        {QStringLiteral("user"), m_user},
        {QStringLiteral("root"), QFileInfo(folder).canonicalFilePath()},
        {QStringLiteral("auth"), QStringLiteral("key")},
        {QStringLiteral("keyFile"), m_key},
        {QStringLiteral("knownHostsFile"), m_dir.filePath(QStringLiteral("known_hosts"))},
        {QStringLiteral("acceptHostKey"), m_fingerprint},
    };
    // parallel: files from 1 MiB on go through two extra sessions.
    if (parallel)
        options[QStringLiteral("parallelThreshold")] = QStringLiteral("1");
    else
        options[QStringLiteral("parallelSessions")] = QStringLiteral("0");
    ConnectorContext context;
    context.profileId = QStringLiteral("commit-test");
    QJsonObject settings;
    if (Error error = m_factory->create(context)->setUp(options, &settings)) {
        qWarning().noquote() << error.message();
        return nullptr;
    }
    context.settings = settings;
    auto connector = m_factory->create(context);
    if (Error error = connector->open(CancelToken())) {
        qWarning().noquote() << error.message();
        return nullptr;
    }
    *root = settings.value(QStringLiteral("root")).toString() + u'/' + ArchiveRoot;
    return connector;
}

void TestSftpCommit::setFaults(const QString &faults)
{
    QFile file(m_control + QStringLiteral("/faults"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(faults.toUtf8());
    file.close();
    // Readable by sftp-server whoever it runs as.
    file.setPermissions(file.permissions() | QFile::ReadOther);
    QFile::remove(m_control + QStringLiteral("/requests.log"));
    QFile::remove(m_control + QStringLiteral("/opens.log"));
}

QStringList TestSftpCommit::openLog() const
{
    return QString::fromUtf8(fileContent(m_control + QStringLiteral("/opens.log")))
        .split(u'\n', Qt::SkipEmptyParts);
}

QStringList TestSftpCommit::requestLog() const
{
    return QString::fromUtf8(fileContent(m_control + QStringLiteral("/requests.log")))
        .split(u'\n', Qt::SkipEmptyParts);
}

void TestSftpCommit::endOfFileGoesOutInOneRoundTrip()
{
    QString root;
    auto connector = connect(false, &root);
    QVERIFY(connector);
    // The relay answers nothing about the file until its close has arrived: a client that
    // waited for the writes, the fsync or the fstat before sending the next request would
    // only go on after the relay gives up (3 s), which the log tells.
    setFaults(QStringLiteral("hold"));
    const QByteArray data = randomBytes(100 * 1024);
    const Error error =
        upload(connector.get(), QStringLiteral("together.mp3"), data, nullptr, EnginePiece);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(root + QStringLiteral("/together.mp3")), data);
    const QStringList log = requestLog();
    QCOMPARE(log.size(), 1);
    const QStringList fields = log.first().split(u' ');
    QCOMPARE(fields.size(), 3);
    QVERIFY2(fields.at(0).startsWith(QLatin1String(".rca-upload-")), qPrintable(log.first()));
    // Four write requests of up to 30,000 bytes, then the rest, all before any answer.
    QCOMPARE(fields.at(1), QStringLiteral("write,write,write,write,fsync,fstat,close"));
    QCOMPARE(fields.at(2), QStringLiteral("close"));
    setFaults({});
}

void TestSftpCommit::nothingIsRenamedUnlessAllSucceeded_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("parallel");
    // The part of the message that names the step.
    QTest::addColumn<QString>("step");

    QTest::newRow("fsync fails") << QStringLiteral("fsync") << qint64(100 * 1024) << false
                                 << QStringLiteral("Could not save to disk (fsync) ");
    QTest::newRow("fstat fails") << QStringLiteral("fstat") << qint64(100 * 1024) << false
                                 << QStringLiteral("Could not check the size of ");
    QTest::newRow("fstat reports another size")
        << QStringLiteral("fstat-size") << qint64(100 * 1024) << false
        << QStringLiteral("The SFTP server reports 102401 bytes in the temporary file for ");
    QTest::newRow("close fails") << QStringLiteral("close") << qint64(100 * 1024) << false
                                 << QStringLiteral("Could not finish writing ");
    // Several windows of 2 MiB: the last one goes out with the fsync, the others before.
    QTest::newRow("fsync fails, 5 MiB")
        << QStringLiteral("fsync") << qint64(5 * 1024 * 1024) << false
        << QStringLiteral("Could not save to disk (fsync) ");
    // The extra sessions write it all; the main one sends fsync, fstat and close together.
    QTest::newRow("fstat fails, parallel sessions")
        << QStringLiteral("fstat") << qint64(3 * 1024 * 1024) << true
        << QStringLiteral("Could not check the size of ");
}

void TestSftpCommit::nothingIsRenamedUnlessAllSucceeded()
{
    QFETCH(QString, fault);
    QFETCH(qint64, size);
    QFETCH(bool, parallel);
    QFETCH(QString, step);

    QString root;
    auto connector = connect(parallel, &root);
    QVERIFY(connector);
    const bool small = size < 1024 * 1024;
    // Small files: the answers are held until the close arrives, so all three were in flight
    // when the failure came back.
    setFaults(small ? QStringLiteral("hold ") + fault : fault);
    const QString name = QStringLiteral("failed-%1.mp3").arg(fault);
    const QByteArray data = randomBytes(size);
    const Error error = upload(connector.get(), name, data, nullptr, EnginePiece);
    QVERIFY(error);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QVERIFY2(error.message().contains(step), qPrintable(error.message()));
    QVERIFY2(error.message().contains(name), qPrintable(error.message()));
    if (fault != QLatin1String("fstat-size"))
        QVERIFY2(error.message().contains(QLatin1String("failure")), qPrintable(error.message()));
    if (fault != QLatin1String("fstat-size"))
        QVERIFY2(error.message().endsWith(QLatin1String(" The file was not put in place.")),
                 qPrintable(error.message()));
    // Nothing under the final name, and the temporary file is gone.
    QVERIFY(!QFileInfo::exists(root + u'/' + name));
    QCOMPARE(temporaries(root), QStringList());
    if (small) {
        const QStringList log = requestLog();
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().endsWith(QLatin1String(",fsync,fstat,close close")),
                 qPrintable(log.first()));
    }

    // The session is in order: the same item goes through once the server behaves.
    setFaults({});
    const Error again = upload(connector.get(), name, data, nullptr, EnginePiece);
    QVERIFY2(!again, qPrintable(again.message()));
    QCOMPARE(fileContent(root + u'/' + name), data);
    // Only the spare made with the rename, gone with the connection.
    QCOMPARE(temporaries(root).size(), 1);
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

void TestSftpCommit::spareIsOpenedWithTheRenameAndTaken()
{
    QString root;
    auto connector = connect(false, &root);
    QVERIFY(connector);
    // The relay holds each rename's answer until an open of a temporary file arrives: a client
    // that waited for the rename before opening the next file would only go on after the relay
    // gives up (3 s), which the log tells.
    setFaults(QStringLiteral("hold-rename"));
    constexpr int Files = 4;
    QList<QByteArray> contents;
    for (int i = 0; i < Files; ++i) {
        const QString name = QStringLiteral("spare-%1.mp3").arg(i);
        contents.append(randomBytes(10 * 1024 + i));
        const qsizetype opensBefore = openLog().size();
        Error error;
        std::unique_ptr<StorageUpload> upload =
            connector->beginUpload(name, contents.last().size(), &error);
        QVERIFY2(upload, qPrintable(error.message()));
        // The first upload opens its file; the others take the spare the last commit made.
        QCOMPARE(openLog().size() - opensBefore, i == 0 ? 1 : 0);
        QVERIFY(!upload->write(contents.last().constData(), contents.last().size()));
        StoredFile stored;
        error = upload->commit(
            QCryptographicHash::hash(contents.last(), QCryptographicHash::Sha256).toHex(), &stored);
        QVERIFY2(!error, qPrintable(error.message()));
        QCOMPARE(fileContent(root + u'/' + name), contents.last());
    }
    // Files + 1 opens (the last spare waits for a next upload), each answered with a handle,
    // and every rename's answer came only after the next open had gone out.
    const QStringList opens = openLog();
    QCOMPARE(opens.size(), Files + 1);
    for (const QString &line : opens)
        QVERIFY2(line.endsWith(QLatin1String(" handle")), qPrintable(line));
    const QStringList renames = requestLog();
    QCOMPARE(renames.size(), Files);
    for (const QString &line : renames) {
        QVERIFY2(line.startsWith(QLatin1String("rename .rca-upload-")), qPrintable(line));
        QVERIFY2(line.endsWith(QLatin1String(" open")), qPrintable(line));
    }
    // The files renamed were the ones opened before them; the last spare is still there,
    // empty, until the connector closes.
    for (int i = 0; i < Files; ++i)
        QCOMPARE(renames.at(i).split(u' ').at(1), opens.at(i).split(u' ').at(0));
    const QStringList left = temporaries(root);
    QCOMPARE(left.size(), 1);
    QCOMPARE(QFileInfo(left.first()).fileName(), opens.last().split(u' ').at(0));
    QCOMPARE(QFileInfo(left.first()).size(), qint64(0));
    setFaults({});
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
    for (int i = 0; i < Files; ++i)
        QCOMPARE(fileContent(root + QStringLiteral("/spare-%1.mp3").arg(i)), contents.at(i));
}

void TestSftpCommit::spareMovesToAnotherFolder()
{
    QString root;
    auto connector = connect(false, &root);
    QVERIFY(connector);
    setFaults({});
    const QByteArray first = randomBytes(5000);
    QVERIFY(!upload(connector.get(), QStringLiteral("first.mp3"), first, nullptr, EnginePiece));
    QCOMPARE(temporaries(root).size(), 1);
    QCOMPARE(QFileInfo(temporaries(root).first()).absolutePath(),
             QFileInfo(root).absoluteFilePath());

    // Another folder: the spare in the first one is removed, the file opened there as usual,
    // and its rename makes the next spare beside it.
    QVERIFY(!connector->ensureFolder(QStringLiteral("2026-01-05")));
    const QByteArray second = randomBytes(6000);
    QVERIFY(!upload(connector.get(), QStringLiteral("2026-01-05/second.mp3"), second, nullptr,
                    EnginePiece));
    QCOMPARE(fileContent(root + QStringLiteral("/first.mp3")), first);
    QCOMPARE(fileContent(root + QStringLiteral("/2026-01-05/second.mp3")), second);
    const QStringList left = temporaries(root);
    QCOMPARE(left.size(), 1);
    QCOMPARE(QFileInfo(left.first()).absolutePath(), root + QStringLiteral("/2026-01-05"));

    // Back in the first folder, and a replacement there: the same.
    const QByteArray third = randomBytes(7000);
    QVERIFY(!upload(connector.get(), QStringLiteral("third.mp3"), third, nullptr, EnginePiece));
    Error error;
    std::unique_ptr<StorageUpload> replace =
        connector->beginReplace(QStringLiteral("first.mp3"), third.size(), &error);
    QVERIFY2(replace, qPrintable(error.message()));
    QVERIFY(!replace->write(third.constData(), third.size()));
    error = replace->commit(QCryptographicHash::hash(third, QCryptographicHash::Sha256).toHex(),
                            nullptr);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(root + QStringLiteral("/third.mp3")), third);
    QCOMPARE(fileContent(root + QStringLiteral("/first.mp3")), third);
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

void TestSftpCommit::failedSpareDoesNotFailTheItem()
{
    QString root;
    auto connector = connect(false, &root);
    QVERIFY(connector);
    setFaults({});
    const QByteArray data = randomBytes(20 * 1024);
    Error error;
    std::unique_ptr<StorageUpload> upload =
        connector->beginUpload(QStringLiteral("before.mp3"), data.size(), &error);
    QVERIFY2(upload, qPrintable(error.message()));
    QVERIFY(!upload->write(data.constData(), data.size()));
    // Every open of a temporary file fails from now on: the one sent with the rename too.
    setFaults(QStringLiteral("open"));
    StoredFile stored;
    error =
        upload->commit(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(fileContent(root + QStringLiteral("/before.mp3")), data);
    QCOMPARE(openLog().size(), 1);
    QVERIFY2(openLog().first().endsWith(QLatin1String(" failed")), qPrintable(openLog().first()));
    QCOMPARE(temporaries(root), QStringList());

    // No spare: the next upload opens its own file, the usual way.
    setFaults({});
    QVERIFY(!::upload(connector.get(), QStringLiteral("after.mp3"), data, nullptr, EnginePiece));
    QCOMPARE(fileContent(root + QStringLiteral("/after.mp3")), data);
    QCOMPARE(openLog().size(), 2); // its own file, and the spare its rename made
    QVERIFY2(openLog().at(0).endsWith(QLatin1String(" handle")), qPrintable(openLog().join(u'|')));
    connector->close();
    QCOMPARE(temporaries(root), QStringList());
}

QTEST_GUILESS_MAIN(TestSftpCommit)
#include "tst_sftpcommit.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SingleInstance: two objects in one process stand for two launches of the program. The
// sockets live in a temporary runtime directory (XDG_RUNTIME_DIR), so a stale socket file can
// be made there the way a crash leaves one.
#include "tray/singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace rca;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secondLaunchHandsOverItsArguments();
    void profilesAreSeparate();
    void nextLaunchAfterExitIsFirst();
    void staleSocketIsReplaced();
    void strangersAreIgnored();

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_profiles;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_profiles.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestSingleInstance::secondLaunchHandsOverItsArguments()
{
    const QString profile = m_profiles.filePath(QStringLiteral("a"));
    SingleInstance first(profile);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QCOMPARE(first.start({QStringLiteral("show")}), SingleInstance::Role::Primary);
    QVERIFY(first.isListening());
    QCOMPARE(activated.count(), 0);

    SingleInstance second(profile);
    const QStringList arguments{QStringLiteral("show"), QStringLiteral("--minimized")};
    QCOMPARE(second.start(arguments), SingleInstance::Role::Secondary);
    QVERIFY(!second.isListening());
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), arguments);

    SingleInstance third(profile);
    QCOMPARE(third.start({}), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toStringList(), QStringList());
}

void TestSingleInstance::profilesAreSeparate()
{
    const QString a = m_profiles.filePath(QStringLiteral("p1"));
    const QString b = m_profiles.filePath(QStringLiteral("p2"));
    QVERIFY(SingleInstance::serverNameFor(a) != SingleInstance::serverNameFor(b));
    QCOMPARE(SingleInstance::serverNameFor(a), SingleInstance::serverNameFor(a));
    SingleInstance first(a);
    SingleInstance other(b);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QCOMPARE(other.start({}), SingleInstance::Role::Primary);
}

void TestSingleInstance::nextLaunchAfterExitIsFirst()
{
    const QString profile = m_profiles.filePath(QStringLiteral("b"));
    {
        SingleInstance first(profile);
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    }
    SingleInstance next(profile);
    QCOMPARE(next.start({}), SingleInstance::Role::Primary);
}

void TestSingleInstance::staleSocketIsReplaced()
{
#ifndef Q_OS_UNIX
    QSKIP("Named pipes vanish with their process; only Unix sockets outlive a crash.");
#else
    const QString profile = m_profiles.filePath(QStringLiteral("c"));
    const QString path = SingleInstance::serverNameFor(profile);
    QVERIFY2(path.startsWith(m_runtime.path()), qPrintable(path));

    // What a crashed instance leaves: a bound socket file nobody listens on any more.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(encoded.size() < qsizetype(sizeof(address.sun_path)));
    memcpy(address.sun_path, encoded.constData(), encoded.size());
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo(path).exists());
    QLocalSocket probe;
    probe.connectToServer(path);
    QVERIFY(!probe.waitForConnected(500)); // refuses: nobody home

    SingleInstance first(profile);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QVERIFY(first.isListening());

    // And it really serves the name now.
    SingleInstance second(profile);
    QCOMPARE(second.start({QStringLiteral("show")}), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), 1);
#endif
}

void TestSingleInstance::strangersAreIgnored()
{
    const QString profile = m_profiles.filePath(QStringLiteral("d"));
    SingleInstance first(profile);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);

    QLocalSocket stranger;
    stranger.connectToServer(first.serverName());
    QVERIFY(stranger.waitForConnected(1000));
    stranger.write(QByteArray(64, 'x'));
    stranger.flush();
    QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(activated.count(), 0);

    // The instance still answers a real launch.
    SingleInstance second(profile);
    QCOMPARE(second.start({}), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), 1);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tray/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rca {

Q_LOGGING_CATEGORY(lcInstance, "rcarchiver.ui.instance", QtInfoMsg)

namespace {

// "RCA1": tells our messages from anything else that finds the socket.
constexpr quint32 Magic = 0x52434131;
constexpr char Ack = 'A';
constexpr quint32 MaxArguments = 256;

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

QString SingleInstance::serverNameFor(const QString &profileDirectory)
{
    const QString profile = QFileInfo(profileDirectory).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash((userKey() + u'\n' + profile).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString name = QStringLiteral("rc-archiver-") + QString::fromLatin1(hash);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The runtime directory belongs to the user alone (0700), so nobody else can take the
    // name first or connect to it; /tmp is the fallback when the session has none.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + u'/' + name;
#endif
    return name;
}

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(profileDirectory))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments)
{
    // Two launches at once (a double click) must not both decide they are first; the lock
    // file is released when its owner dies, so a crash cannot leave it stuck.
    QLockFile lock(QDir::tempPath() + u'/' + QFileInfo(m_name).fileName() +
                   QStringLiteral(".lock"));
    if (!lock.tryLock(AnswerTimeoutMs))
        qCWarning(lcInstance) << "Could not take the start-up lock; going on without it";

    switch (sendToRunning(arguments)) {
    case Handover::Delivered:
        return Role::Secondary;
    case Handover::NoAnswer:
        m_error = tr("Another RC Archiver is running but does not answer.");
        return Role::Alone;
    case Handover::NobodyListens:
        break;
    }
    return listen() ? Role::Primary : Role::Alone;
}

SingleInstance::Handover SingleInstance::sendToRunning(const QStringList &arguments)
{
    QLocalSocket socket;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::connected, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::readyRead, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);

    // A local event loop rather than waitFor…(): the other instance may live in this very
    // thread (tests), and it can only answer while events are processed.
    socket.connectToServer(m_name);
    if (socket.state() == QLocalSocket::ConnectingState) {
        timeout.start(AnswerTimeoutMs);
        loop.exec();
    }
    if (socket.state() != QLocalSocket::ConnectedState)
        return Handover::NobodyListens;

    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << quint32(arguments.size());
    for (const QString &argument : arguments)
        out << argument;
    socket.write(message);
    socket.flush();

    timeout.start(AnswerTimeoutMs);
    while (socket.bytesAvailable() < 1 && socket.state() == QLocalSocket::ConnectedState &&
           timeout.isActive())
        loop.exec();
    char answer = 0;
    if (socket.bytesAvailable() < 1 || !socket.getChar(&answer) || answer != Ack)
        return Handover::NoAnswer;
    socket.disconnectFromServer();
    return Handover::Delivered;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on the name yet it exists: the socket file of an instance that
        // crashed. Remove it and take the name.
        qCInfo(lcInstance) << "Removing the stale socket" << m_name;
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    m_error =
        tr("Cannot listen for other launches of RC Archiver: %1").arg(m_server->errorString());
    qCWarning(lcInstance).noquote() << m_error;
    return false;
}

void SingleInstance::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // Whoever connects and says nothing is dropped rather than kept forever.
    QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        QDataStream in(socket);
        in.setVersion(QDataStream::Qt_6_4);
        in.startTransaction();
        quint32 magic = 0;
        quint32 count = 0;
        in >> magic >> count;
        // Checked before reading on: QDataStream would reserve room for whatever count a
        // stranger sends.
        if (in.status() == QDataStream::Ok && (magic != Magic || count > MaxArguments)) {
            in.abortTransaction();
            socket->abort();
            return;
        }
        QStringList arguments;
        for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QString argument;
            in >> argument;
            arguments << argument;
        }
        if (!in.commitTransaction())
            return; // the rest has not arrived yet
        socket->putChar(Ack);
        socket->flush();
        Q_EMIT activationRequested(arguments);
    });
}

} // namespace rca

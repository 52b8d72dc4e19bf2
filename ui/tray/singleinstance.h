// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SingleInstance: one RC Archiver window per profile and user. The first launch listens on a
// local socket named after the profile directory and the user; a later launch finds it, hands
// over its arguments ("show", --minimized, …) and exits, and the first emits
// activationRequested so its window comes forward. A socket left behind by a crash answers
// nobody and is replaced. GUI thread (the thread that runs the event loop).
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace rca {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process listens: carry on
        Secondary, // another instance took the arguments: exit
        Alone,     // neither worked (see errorString()): carry on without the guarantee
    };

    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands arguments to a running instance, or becomes the one that listens. Runs a short
    // local event loop while it waits for the other instance's answer.
    Role start(const QStringList &arguments);
    bool isListening() const;
    QString errorString() const { return m_error; }

    // The local socket's name (a path in the user's runtime directory on Linux, a name in
    // the temporary folder or the pipe namespace elsewhere).
    QString serverName() const { return m_name; }
    static QString serverNameFor(const QString &profileDirectory);

    // How long a second launch waits for the first to answer.
    static constexpr int AnswerTimeoutMs = 3000;

Q_SIGNALS:
    void activationRequested(const QStringList &arguments);

private:
    enum class Handover { Delivered, NobodyListens, NoAnswer };
    Handover sendToRunning(const QStringList &arguments);
    bool listen();
    void serve(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace rca

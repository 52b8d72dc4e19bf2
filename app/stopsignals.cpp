// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stopsignals.h"

#include "engine/engine.h"
#include "logging/logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <atomic>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace rca::StopSignals {

namespace {

std::atomic<Engine *> stoppingEngine{nullptr};
std::atomic_int receivedSignal{0};
// What the handler writes, in the user's language: made by install(), since a signal handler
// may neither translate nor allocate.
std::atomic<const QByteArray *> stoppingMessage{nullptr};

#ifdef Q_OS_UNIX
int wakeUp[2] = {-1, -1};

// Only async-signal-safe calls: atomic loads and stores, write(2), signal(2), raise(3).
void onSignal(int signal)
{
    if (receivedSignal.exchange(signal) != 0) {
        // The second one: the user does not want to wait.
        ::signal(signal, SIG_DFL);
        ::raise(signal);
        return;
    }
    if (Engine *engine = stoppingEngine.load())
        engine->shutDown();
    if (const QByteArray *message = stoppingMessage.load()) {
        [[maybe_unused]] auto written =
            ::write(STDERR_FILENO, message->constData(), size_t(message->size()));
    }
    const char byte = 1;
    [[maybe_unused]] auto woken = ::write(wakeUp[1], &byte, 1);
}
#endif

} // namespace

void install(Engine *engine, std::function<void()> onStop)
{
    stoppingEngine.store(engine);
#ifdef Q_OS_UNIX
    static const QByteArray message =
        (u'\n' +
         QCoreApplication::translate("rca::StopSignals",
                                     "Stopping: the job ends after the current step and is "
                                     "marked interrupted (again to quit at once).") +
         u'\n')
            .toUtf8();
    stoppingMessage.store(&message);
    if (wakeUp[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, wakeUp) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(wakeUp[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier,
                     [notifier, onStop = std::move(onStop)] {
                         char byte = 0;
                         [[maybe_unused]] auto n = ::read(notifier->socket(), &byte, 1);
                         qCInfo(lcApp).noquote()
                             << "Stopping:" << ::strsignal(receivedSignal.load()) << "received";
                         if (onStop)
                             onStop();
                     });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#else
    Q_UNUSED(onStop);
#endif
}

int received()
{
    return receivedSignal.load();
}

int exitCode(int code)
{
    const int signal = received();
    return signal != 0 ? 128 + signal : code;
}

} // namespace rca::StopSignals

#include "headless.h"

#include "session.h"

#include "engine/engine.h"
#include "engine/enginethread.h"
#include "logging/logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace rca {

namespace {

#ifdef Q_OS_UNIX
// SIGTERM and SIGINT write a byte here; the event loop reads it and stops (only
// async-signal-safe calls in the handler).
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

void stopOnSignals(Engine &engine)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(
        notifier, &QSocketNotifier::activated, &engine,
        [&engine] {
            qCInfo(lcApp) << "Stopping (signal received)";
            engine.requestStop();
            QCoreApplication::quit();
        },
        Qt::DirectConnection);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif

} // namespace

int runHeadless(Session &session, QTextStream &out)
{
    Engine &engine = session.engine();
    QObject::connect(&engine, &Engine::jobFinished, &engine, [](const JobRecord &job) {
        qCInfo(lcApp).noquote() << "Job" << job.id << JobRecord::statusText(job.status);
    });
#ifdef Q_OS_UNIX
    stopOnSignals(engine);
#endif
    EngineThread thread(&engine);
    thread.start();
    qCInfo(lcApp) << "rc-archiver" << RCA_VERSION << "running headless with profile"
                  << session.profile().dataDirectory();
    out << "RC Archiver is running headless. Log: " << Logging::logFilePath() << "\n";
    out.flush();
    const int code = QCoreApplication::exec();
    thread.stop();
    return code;
}

} // namespace rca

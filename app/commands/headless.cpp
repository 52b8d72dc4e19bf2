// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "headless.h"

#include "session.h"
#include "stopsignals.h"

#include "engine/engine.h"
#include "engine/enginethread.h"
#include "logging/logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rca {

int runHeadless(Session &session, QTextStream &out)
{
    Engine &engine = session.engine();
    QObject::connect(&engine, &Engine::jobFinished, &engine, [](const JobRecord &job) {
        qCInfo(lcApp).noquote() << "Job" << job.id << JobRecord::statusText(job.status);
    });
    StopSignals::install(&engine, [] { QCoreApplication::quit(); });
    EngineThread thread(&engine);
    thread.start();
    qCInfo(lcApp) << "rc-archiver" << RCA_VERSION << "running headless with profile"
                  << session.profile().dataDirectory();
    out << QCoreApplication::translate("rca::CommandLine",
                                       "RC Archiver is running headless. Log: %1")
               .arg(Logging::logFilePath())
        << "\n";
    out.flush();
    const int code = QCoreApplication::exec();
    // Waits for the running job to end at its next safe point (marked Interrupted).
    thread.stop();
    return StopSignals::exitCode(code);
}

} // namespace rca

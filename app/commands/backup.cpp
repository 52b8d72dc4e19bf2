// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver backup on|off`: turns the scheduled backup on or off.
#include "command.h"
#include "session.h"

#include "engine/engine.h"

#include <QTextStream>

namespace rca {

namespace {

int backup(const CommandInvocation &invocation)
{
    const QString value = invocation.arguments.value(1);
    if (value != u"on" && value != u"off") {
        invocation.fail(QStringLiteral("Usage: rc-archiver backup on|off"));
        return UsageError;
    }
    Engine &engine = invocation.session.engine();
    const bool enable = value == u"on";
    if (enable) {
        const Engine::Status status = engine.status();
        if (status.source.isEmpty() || status.storage.isEmpty()) {
            invocation.fail(QStringLiteral("Connect a source and a storage before turning "
                                           "backup on (see `rc-archiver connect --help`)."));
            return NeedsSignIn;
        }
    }
    engine.setBackupEnabled(enable);
    const Engine::Status status = engine.status();
    QTextStream &out = invocation.out;
    out << "Backup is " << value << ".";
    if (enable && status.nextJob.isValid())
        out << " The next job runs at " << localText(status.nextJob) << " if RC Archiver is "
            << "running (the window, or --headless).";
    out << "\n";
    return Success;
}

} // namespace

Command backupCommand()
{
    return {QStringLiteral("backup"),
            QStringLiteral("backup on|off"),
            {QStringLiteral("Turn the scheduled backup on or off.")},
            {},
            &backup};
}

} // namespace rca

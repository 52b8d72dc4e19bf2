// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver backup on|off`: turns the scheduled backup on or off.
#include "command.h"
#include "session.h"

#include "engine/engine.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::BackupCommand)
};

int backup(const CommandInvocation &invocation)
{
    const QString value = invocation.arguments.value(1);
    if (value != u"on" && value != u"off") {
        invocation.fail(Text::tr("Usage: %1").arg(QStringLiteral("rc-archiver backup on|off")));
        return UsageError;
    }
    Engine &engine = invocation.session.engine();
    const bool enable = value == u"on";
    if (enable) {
        const Engine::Status status = engine.status();
        if (status.source.isEmpty() || status.storage.isEmpty()) {
            invocation.fail(Text::tr("Connect a source and a storage before turning backup on "
                                     "(see `rc-archiver connect --help`)."));
            return NeedsSignIn;
        }
    }
    engine.setBackupEnabled(enable);
    const Engine::Status status = engine.status();
    QTextStream &out = invocation.out;
    out << (enable ? Text::tr("Backup is on.") : Text::tr("Backup is off."));
    if (enable && status.nextJob.isValid())
        out << ' '
            << Text::tr("The next job runs at %1 if RC Archiver is running (the window, or "
                        "--headless).")
                   .arg(localText(status.nextJob));
    out << "\n";
    return Success;
}

} // namespace

Command backupCommand()
{
    return {QStringLiteral("backup"),
            QStringLiteral("backup on|off"),
            QT_TRANSLATE_NOOP("rca::CommandLine", "Turn the scheduled backup on or off."),
            {},
            &backup};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver status`: the connections, the backup state, the last and the next job.
#include "command.h"
#include "session.h"

#include "engine/engine.h"

#include <QDir>
#include <QTextStream>

namespace rca {

namespace {

int status(const CommandInvocation &invocation)
{
    const Engine::Status status = invocation.session.engine().status();
    QTextStream &out = invocation.out;
    out << "Profile:  " << QDir::toNativeSeparators(invocation.session.profile().dataDirectory())
        << "\n";
    out << "Source:   "
        << (status.source.isEmpty() ? QStringLiteral("not connected") : status.source)
        << (status.account.isEmpty() ? QString() : QStringLiteral(" – ") + status.account) << "\n";
    if (!status.attention.isEmpty())
        out << "Needs attention: " << status.attention << "\n";
    out << "Storage:  "
        << (status.storage.isEmpty()
                ? QStringLiteral("not connected")
                : status.storage + QStringLiteral(" – ") + status.storageLocation)
        << "\n";
    out << "Backup:   " << (status.backupEnabled ? "on" : "off") << "\n";
    if (status.schedule.watermark.isValid())
        out << "Archived up to: " << localText(status.schedule.watermark) << "\n";
    if (status.schedule.failedAttempts > 0)
        out << "The last job failed " << status.schedule.failedAttempts << " time(s); "
            << (status.waitingForManualRetry
                    ? QStringLiteral("waiting for a manual retry (run-once).")
                    : QStringLiteral("next retry at ") + localText(status.schedule.nextRetry))
            << "\n";
    if (status.nextJob.isValid())
        out << "Next job: " << localText(status.nextJob) << "\n";
    if (status.lastJob) {
        out << "Last job: " << localText(status.lastJob->started) << " "
            << JobRecord::statusText(status.lastJob->status);
        if (!status.lastJob->error.isEmpty())
            out << " - " << status.lastJob->error;
        out << "\n";
    }
    out << "Archived items: " << status.archivedItems << "\n";
    if (status.pendingFailures || status.permanentFailures)
        out << "Items waiting: " << status.pendingFailures << " to be retried, "
            << status.permanentFailures << " need a manual retry\n";
    // Something for the user to do first: a cron job or a monitor can alert on it.
    const bool needsSignIn =
        status.source.isEmpty() || status.storage.isEmpty() || !status.attention.isEmpty();
    return needsSignIn ? NeedsSignIn : Success;
}

} // namespace

Command statusCommand()
{
    return {QStringLiteral("status"),
            QStringLiteral("status"),
            {QStringLiteral("Connections, backup state, last and next job (exit status 5"),
             QStringLiteral("when a connection is missing or needs a new sign-in).")},
            {},
            &status};
}

} // namespace rca

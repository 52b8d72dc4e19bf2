// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver status`: the connections, the backup state, the last and the next job.
#include "command.h"
#include "session.h"

#include "engine/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::StatusCommand)
};

int status(const CommandInvocation &invocation)
{
    const Engine::Status status = invocation.session.engine().status();
    QTextStream &out = invocation.out;
    const QString notConnected = Text::tr("not connected");
    out << Text::tr("Profile:  %1")
               .arg(QDir::toNativeSeparators(invocation.session.profile().dataDirectory()))
        << "\n";
    out << Text::tr("Source:   %1").arg(status.source.isEmpty() ? notConnected : status.source)
        << (status.account.isEmpty() ? QString() : QStringLiteral(" – ") + status.account) << "\n";
    if (!status.attention.isEmpty())
        out << Text::tr("Needs attention: %1").arg(status.attention) << "\n";
    out << Text::tr("Storage:  %1")
               .arg(status.storage.isEmpty()
                        ? notConnected
                        : status.storage + QStringLiteral(" – ") + status.storageLocation)
        << "\n";
    for (const QString &line : status.storageDetails)
        out << "          " << line << "\n";
    // Write-once storage (S3 Object Lock): what an auditor asks first.
    if (status.retention.withRetention > 0) {
        out << Text::tr("Protected: nothing archived can be deleted before %1")
                   .arg(localText(status.retention.earliestRetainUntil));
        if (status.retention.withoutRetention > 0)
            out << Text::tr(" (%n archived file(s) without a retention date)", nullptr,
                            status.retention.withoutRetention);
        out << "\n";
    }
    out << Text::tr("Backup:   %1").arg(status.backupEnabled ? Text::tr("on") : Text::tr("off"))
        << "\n";
    if (status.schedule.watermark.isValid())
        out << Text::tr("Archived up to: %1").arg(localText(status.schedule.watermark)) << "\n";
    if (status.schedule.failedAttempts > 0) {
        const int failed = status.schedule.failedAttempts;
        out << (status.waitingForManualRetry
                    ? Text::tr("The last job failed %n time(s); waiting for a manual retry "
                               "(run-once).",
                               nullptr, failed)
                    : Text::tr("The last job failed %n time(s); next retry at %1.", nullptr, failed)
                          .arg(localText(status.schedule.nextRetry)))
            << "\n";
    }
    if (status.nextJob.isValid())
        out << Text::tr("Next job: %1").arg(localText(status.nextJob)) << "\n";
    if (status.lastJob) {
        out << Text::tr("Last job: %1 %2")
                   .arg(localText(status.lastJob->started),
                        JobRecord::statusText(status.lastJob->status));
        if (!status.lastJob->error.isEmpty())
            out << " - " << status.lastJob->error;
        out << "\n";
    }
    out << Text::tr("Archived items: %1").arg(status.archivedItems) << "\n";
    if (status.pendingFailures || status.permanentFailures)
        out << Text::tr("Items waiting: %1 to be retried, %2 need a manual retry")
                   .arg(status.pendingFailures)
                   .arg(status.permanentFailures)
            << "\n";
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
            QT_TRANSLATE_NOOP("rca::CommandLine",
                              "Connections, backup state, last and next job (exit status 5\n"
                              "when a connection is missing or needs a new sign-in)."),
            {},
            &status};
}

} // namespace rca

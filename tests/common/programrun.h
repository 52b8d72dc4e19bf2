// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real rc-archiver of the build run with a profile, its output merged, and optionally
// killed with SIGKILL after a delay (no chance to clean up), for the tests that kill it in the
// middle of a job. Test thread only. Header-only.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace rca::test {

struct ProgramRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString output;
};

inline ProgramRun runProgram(const QString &profile, const QStringList &arguments,
                             int killAfterMs = -1, int timeoutMs = 180000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver"),
                  QStringList{QStringLiteral("--profile"), profile} + arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (killAfterMs >= 0) {
        QTest::qWait(killAfterMs);
        process.kill();
    }
    process.waitForFinished(timeoutMs);
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAll())};
}

} // namespace rca::test

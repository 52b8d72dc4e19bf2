// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging.h"

#include "store/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "rcarchiver.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "rcarchiver.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "rcarchiver.core.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "rcarchiver.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSource, "rcarchiver.core.source", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "rcarchiver.storage", QtInfoMsg)

namespace rca::Logging {
namespace {

struct Sink
{
    QMutex mutex;
    Options options;
    QFile file;
    bool installed = false;
};

Sink &sink()
{
    static Sink s;
    return s;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return {};
}

// The log says who called whom: readable by its owner only, from its first byte.
bool openPrivate(QFile &file)
{
    constexpr QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, owner))
        return false;
    rca::PrivateFiles::tighten(file.fileName());
    return true;
}

void rotateLocked(Sink &s)
{
    s.file.close();
    const QString base = s.file.fileName();
    QFile::remove(base + QLatin1Char('.') + QString::number(s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 1; --i) {
        QFile::rename(base + QLatin1Char('.') + QString::number(i),
                      base + QLatin1Char('.') + QString::number(i + 1));
    }
    QFile::rename(base, base + QStringLiteral(".1"));
    openPrivate(s.file);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    const QString line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), levelName(type),
                 QString::fromLatin1(context.category), redact(message));
    const QByteArray bytes = line.toUtf8();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + bytes.size() > s.options.maxFileBytes)
                rotateLocked(s);
            s.file.write(bytes);
            s.file.flush();
        }
        // QtInfoMsg sorts after QtFatalMsg in the enum: name the levels that echo.
        const bool serious = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
        if (s.options.echoToStderr && serious)
            std::fputs(bytes.constData(), stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void install(const Options &options)
{
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.directory.isEmpty() && rca::PrivateFiles::makeFolder(options.directory)) {
            s.file.setFileName(options.directory + QStringLiteral("/rc-archiver.log"));
            openPrivate(s.file);
        }
        s.installed = true;
    }
    QLoggingCategory::setFilterRules(options.debug ? QStringLiteral("rcarchiver.*.debug=true")
                                                   : QStringLiteral("rcarchiver.*.debug=false"));
    qInstallMessageHandler(handler);
}

void uninstall()
{
    Sink &s = sink();
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.installed = false;
}

QString redact(const QString &text)
{
    static const QRegularExpression patterns[] = {
        // Authorization: Bearer xyz / Basic xyz
        QRegularExpression(QStringLiteral(R"((\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]+)"),
                           QRegularExpression::CaseInsensitiveOption),
        // access_token=…, "refresh_token":"…", password: …, code=…
        QRegularExpression(
            QStringLiteral(
                R"((\b(?:access_token|refresh_token|id_token|client_secret|code_verifier|password|passphrase|code)"
                R"()["']?\s*[:=]\s*["']?)[^"'&\s,}]+)"),
            QRegularExpression::CaseInsensitiveOption),
    };
    QString result = text;
    for (const QRegularExpression &pattern : patterns)
        result.replace(pattern, QStringLiteral("\\1[redacted]"));
    return result;
}

QString logFilePath()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file.fileName();
}

} // namespace rca::Logging

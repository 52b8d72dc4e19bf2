// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/joblogcsv.h"

#include "common/localtime.h"

#include <QDir>
#include <QSaveFile>

namespace rca {

namespace {

QByteArray line(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &field : fields)
        quotedFields.append(JobLogCsv::quoted(field));
    return quotedFields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QStringList JobLogCsv::columnTitles()
{
    // Translated in the context of the table that shows them.
    return {QCoreApplication::translate("rca::JobLogModel", "From"),
            QCoreApplication::translate("rca::JobLogModel", "To"),
            QCoreApplication::translate("rca::JobLogModel", "Status"),
            QCoreApplication::translate("rca::JobLogModel", "Job Start"),
            QCoreApplication::translate("rca::JobLogModel", "Job End"),
            QCoreApplication::translate("rca::JobLogModel", "Storage"),
            QCoreApplication::translate("rca::JobLogModel", "Call Recording"),
            QCoreApplication::translate("rca::JobLogModel", "Voice Mail"),
            QCoreApplication::translate("rca::JobLogModel", "SMS"),
            QCoreApplication::translate("rca::JobLogModel", "FAX")};
}

QString JobLogCsv::quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (QChar c : field) {
        if (special.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList JobLogCsv::fields(const JobRecord &job)
{
    // The offset makes every time unambiguous, the repeated hour of autumn included.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    return {localIsoText(job.window.from, zone),
            localIsoText(job.window.to, zone),
            JobRecord::statusText(job.status),
            localIsoText(job.started, zone),
            localIsoText(job.ended, zone),
            job.storage,
            QString::number(job.count(ItemType::CallRecording)),
            QString::number(job.count(ItemType::VoiceMail)),
            QString::number(job.count(ItemType::Sms)),
            QString::number(job.count(ItemType::Fax))};
}

QByteArray JobLogCsv::toCsv(const QList<JobRecord> &jobs)
{
    QByteArray csv = line(columnTitles());
    for (const JobRecord &job : jobs)
        csv += line(fields(job));
    return csv;
}

Error JobLogCsv::write(const QString &path, const QList<JobRecord> &jobs)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error::storage(tr("Could not export the log to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray csv = toCsv(jobs);
    if (file.write(csv) != csv.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logsprofile.h"

#include "engine/slotcalendar.h"
#include "profile.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "store/settingsstore.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <random>

namespace rca::bench {

int generateLogsProfile(const QStringList &args)
{
    const QString dir = args.value(0);
    int jobCount = 17520;
    int itemCount = 200000;
    QString extraSql;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--jobs")
            jobCount = args[i + 1].toInt();
        else if (args[i] == u"--items")
            itemCount = args[i + 1].toInt();
        else if (args[i] == u"--sql")
            extraSql = args[i + 1];
    }
    Profile profile = Profile::inDirectory(dir);
    if (Error e = profile.ensureExists()) {
        qCritical("%s", qPrintable(e.message()));
        return 1;
    }
    Database db(profile.databasePath());
    if (Error e = db.open()) {
        qCritical("%s", qPrintable(e.message()));
        return 1;
    }
    SettingsStore settings(&db);
    settings.setValue(QLatin1String(SettingKey::StorageKind), QStringLiteral("local"));
    settings.setValue(QLatin1String(SettingKey::StorageSettings),
                      QJsonObject{{QStringLiteral("path"), dir + QStringLiteral("/archive")}});
    settings.setValue(QLatin1String(SettingKey::BackupEnabled), false);
    settings.setValue(QLatin1String(SettingKey::WindowTab), 2); // the Logs tab

    // One job per slot, the newest archiving the last window that is due by now.
    const QDateTime lastSlot = SlotCalendar().slotAtOrBefore(QDateTime::currentDateTimeUtc());
    std::mt19937 random(14);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QList<JobRecord> jobs(jobCount);
    std::vector<double> weights(jobCount);
    for (int i = 0; i < jobCount; ++i) {
        JobRecord &job = jobs[i];
        const QDateTime slot = lastSlot.addSecs(-1800LL * (jobCount - 1 - i));
        job.window = SlotCalendar::windowForSlot(slot);
        job.started = slot.addMSecs(200 + int(unit(random) * 800));
        job.storage = QStringLiteral("Local folder");
        job.types = ItemTypeFlag::CallRecording | ItemTypeFlag::VoiceMail | ItemTypeFlag::Sms |
                    ItemTypeFlag::Fax;
        const double roll = unit(random);
        job.status = roll < 0.003   ? JobRecord::Status::Failed
                     : roll < 0.004 ? JobRecord::Status::Interrupted
                     : roll < 0.009 ? JobRecord::Status::CompletedWithErrors
                                    : JobRecord::Status::Completed;
        if (job.status == JobRecord::Status::Failed)
            job.error = QStringLiteral("The storage could not be reached: Connection timed out");
        if (job.status == JobRecord::Status::Interrupted)
            job.error = QStringLiteral("RC Archiver ended while the job was running.");
        if (job.status == JobRecord::Status::CompletedWithErrors)
            job.failedItems = 1 + int(unit(random) * 3);
        // Calls, voice mails and messages come in office hours, a few at night and at weekends.
        const QDateTime local = job.window.from.toLocalTime();
        const int hour = local.time().hour();
        const bool weekday = local.date().dayOfWeek() <= 5;
        double weight = 0.02;
        if (weekday && hour >= 8 && hour < 18)
            weight = 1.0;
        else if (weekday && (hour == 7 || (hour >= 18 && hour < 21)))
            weight = 0.3;
        weights[i] =
            job.status == JobRecord::Status::Failed || job.status == JobRecord::Status::Interrupted
                ? 0.0
                : weight;
    }
    std::discrete_distribution<int> jobOfItem(weights.begin(), weights.end());
    std::vector<std::vector<ItemType>> itemsOfJob(jobCount);
    for (int n = 0; n < itemCount; ++n) {
        const double roll = unit(random);
        const ItemType type = roll < 0.70   ? ItemType::CallRecording
                              : roll < 0.85 ? ItemType::VoiceMail
                              : roll < 0.97 ? ItemType::Sms
                                            : ItemType::Fax;
        itemsOfJob[jobOfItem(random)].push_back(type);
    }

    static const char *const names[] = {"Alice Smith", "Bob Jones", "Carol White",
                                        "Dan Brown",   "Eve Black", "Frank Green"};
    JobStore store(&db);
    ItemLedger ledger(&db);
    int serial = 0;
    const int chunk = 500;
    for (int first = 0; first < jobCount; first += chunk) {
        Error e = db.transaction([&]() -> Error {
            for (int i = first; i < std::min(jobCount, first + chunk); ++i) {
                JobRecord &job = jobs[i];
                const JobRecord::Status outcome = job.status;
                if (Error e = store.start(&job))
                    return e;
                job.status = outcome;
                const std::vector<ItemType> &types = itemsOfJob[i];
                for (const ItemType type : types) {
                    ++serial;
                    LedgerEntry entry;
                    entry.type = type;
                    entry.sourceId = QString::number(4100000000LL + serial * 7);
                    entry.jobId = job.id;
                    entry.created =
                        job.window.from.addSecs(int(unit(random) * 1799)).addMSecs(serial % 1000);
                    const int extension = 101 + serial % 6;
                    const QString date = entry.created.toLocalTime().date().toString(Qt::ISODate);
                    entry.day = date;
                    entry.remotePath =
                        QStringLiteral("%1 %2/%3/%4/%5 %6.%7")
                            .arg(extension)
                            .arg(QLatin1String(names[serial % 6]), date, itemTypeFolderName(type),
                                 entry.created.toLocalTime().toString(u"yyyy-MM-dd hh.mm.ss"),
                                 entry.sourceId,
                                 type == ItemType::Sms   ? QStringLiteral("txt")
                                 : type == ItemType::Fax ? QStringLiteral("pdf")
                                                         : QStringLiteral("mp3"));
                    entry.size = 20000 + (serial * 7919) % 2000000;
                    entry.sha256 = QByteArray::number(quint64(serial) * 0x9E3779B97F4A7C15ULL, 16)
                                       .rightJustified(64, '0');
                    entry.archived = job.started.addSecs(2);
                    entry.metadata = {
                        {QStringLiteral("extensionId"), QString::number(62000000 + extension)},
                        {QStringLiteral("extensionNumber"), QString::number(extension)},
                        {QStringLiteral("extensionName"), QLatin1String(names[serial % 6])},
                        {QStringLiteral("direction"),
                         serial % 3 ? QStringLiteral("Inbound") : QStringLiteral("Outbound")},
                        {QStringLiteral("otherParty"),
                         QStringLiteral("+1555%1").arg(serial % 10000000, 7, 10, QChar(u'0'))},
                        {QStringLiteral("durationSeconds"), 5 + serial % 900}};
                    if (Error e = ledger.recordArchived(entry))
                        return e;
                    job.counts[int(type)]++;
                }
                if (job.status == JobRecord::Status::Interrupted) {
                    // As markInterrupted leaves it: ended when the next start noticed it.
                    job.ended = job.started.addSecs(1800);
                } else {
                    job.ended = job.started.addMSecs(400 + qint64(types.size()) * 120);
                }
                if (Error e = store.finish(job))
                    return e;
            }
            return {};
        });
        if (e) {
            qCritical("%s", qPrintable(e.message()));
            return 1;
        }
    }
    QSqlQuery query(db.connection());
    if (!extraSql.isEmpty() && !query.exec(extraSql)) {
        qCritical("%s", qPrintable(query.lastError().text()));
        return 1;
    }
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QTextStream(stdout) << "generated " << jobCount << " jobs, " << serial << " items in "
                        << profile.databasePath() << "\n";
    return 0;
}

} // namespace rca::bench

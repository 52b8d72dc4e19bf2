// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tray/desktopintegration.h"

#include "common/demonotice.h"
#include "common/localtime.h"
#include "common/plannedjob.h"
#include "engine/engine.h"
#include "logs/audittext.h"
#include "store/settingsstore.h"

#include <QAction>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>

#include <utility>

namespace rca {

Q_LOGGING_CATEGORY(lcTray, "rcarchiver.ui.tray", QtInfoMsg)

namespace {

// The tooltip must stay short: Windows cuts it at 127 characters.
constexpr int MaxReasonInToolTip = 60;

QString localTime(const QDateTime &utc)
{
    return localTimeText(utc, LocalTimeFormat::shortFormat());
}

} // namespace

DesktopIntegration::DesktopIntegration(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_menu(std::make_unique<QMenu>())
{
    if (!m_options.trayAvailable)
        m_options.trayAvailable = [] { return QSystemTrayIcon::isSystemTrayAvailable(); };

    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_open = m_menu->addAction(tr("&Open RC Archiver"), this, [this] {
        // After a check found problems, the window opens where they are listed.
        if (std::exchange(m_checkProblemsUnseen, false))
            Q_EMIT logsRequested();
        else
            Q_EMIT openRequested();
    });
    m_open->setObjectName(QStringLiteral("trayOpenAction"));
    m_menu->setDefaultAction(m_open);
    m_runNow = m_menu->addAction(tr("&Run now"), this, &DesktopIntegration::runNowRequested);
    m_runNow->setObjectName(QStringLiteral("trayRunNowAction"));
    m_pause = m_menu->addAction(QString(), this, [this] {
        const bool enabled = !m_backupEnabled;
        setBackupEnabled(enabled);
        Q_EMIT backupToggled(enabled);
    });
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &DesktopIntegration::quitRequested);
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));
    // Left out of macOS's menu-role merging, which would move a "Quit" out of the tray menu.
    m_quit->setMenuRole(QAction::NoRole);
    m_open->setMenuRole(QAction::NoRole);

    if (Database *db = m_options.db) {
        SettingsStore settings(db);
        m_backupEnabled = settings.boolValue(QLatin1String(SettingKey::BackupEnabled));
        m_attention = settings.stringValue(QLatin1String(SettingKey::SourceAttention));
        m_lastJob = JobStore(db).lastJob();
        // The engine may have announced its next job before anyone listened.
        m_nextJob = plannedNextJob(db, m_options.clock);
    }
    setBackupEnabled(m_backupEnabled); // the Pause/Resume text

    m_retryTimer.setInterval(m_options.retryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &DesktopIntegration::retryTray);
    if (m_options.trayAvailable()) {
        createTray();
    } else if (m_options.retryAttempts > 0) {
        qCInfo(lcTray) << "The desktop has no system tray yet; trying again every"
                       << m_options.retryIntervalMs << "ms";
        m_retriesLeft = m_options.retryAttempts;
        m_retryTimer.start();
    }
}

DesktopIntegration::~DesktopIntegration()
{
    // The tray icon points at the menu: it goes first.
    delete m_tray;
    m_tray = nullptr;
}

void DesktopIntegration::retryTray()
{
    if (m_options.trayAvailable()) {
        m_retryTimer.stop();
        qCInfo(lcTray) << "The system tray has appeared";
        createTray();
        Q_EMIT trayAvailableChanged(true);
        return;
    }
    if (--m_retriesLeft <= 0) {
        m_retryTimer.stop();
        qCWarning(lcTray) << "No system tray appeared; RC Archiver runs without a tray icon";
    }
}

void DesktopIntegration::createTray()
{
    // Created only once a tray exists: Qt picks the tray implementation (StatusNotifierItem or
    // XEmbed) when the icon is constructed, so an icon made too early would stay invisible.
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
#ifdef Q_OS_MACOS
                // A click opens the menu on macOS; only a double click opens the window.
                if (reason == QSystemTrayIcon::DoubleClick)
#else
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
#endif
                    Q_EMIT openRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            &DesktopIntegration::notificationClicked);
    if (!m_options.notifier)
        m_trayNotifier = std::make_unique<TrayNotifier>(m_tray);
    refresh();
    m_tray->show();
}

DesktopIntegration::State DesktopIntegration::state() const
{
    // Something to fix outranks a running job: a job cannot fix it.
    if (!m_attention.isEmpty())
        return State::Attention;
    return m_busy ? State::Running : State::Idle;
}

QIcon DesktopIntegration::iconFor(State state)
{
    switch (state) {
    case State::Idle:
        break;
    case State::Running:
        return QIcon(QStringLiteral(":/icons/tray-running.svg"));
    case State::Attention:
        return QIcon(QStringLiteral(":/icons/tray-attention.svg"));
    }
    return QIcon(QStringLiteral(":/icons/tray-idle.svg"));
}

QString DesktopIntegration::describeCounts(const JobRecord &job)
{
    // Singular and plural spelled out rather than "%n item(s)": no English .qm ships to turn
    // "(s)" into proper plurals, and German and Spanish have just these two forms.
    const QLocale locale;
    QStringList parts;
    for (ItemType type : allItemTypes()) {
        const int n = job.count(type);
        if (n <= 0)
            continue;
        const QString number = locale.toString(n);
        switch (type) {
        case ItemType::CallRecording:
            parts << (n == 1 ? tr("%1 call recording") : tr("%1 call recordings")).arg(number);
            break;
        case ItemType::VoiceMail:
            parts << (n == 1 ? tr("%1 voicemail") : tr("%1 voicemails")).arg(number);
            break;
        case ItemType::Sms:
            parts << (n == 1 ? tr("%1 SMS message") : tr("%1 SMS messages")).arg(number);
            break;
        case ItemType::Fax:
            parts << (n == 1 ? tr("%1 fax") : tr("%1 faxes")).arg(number);
            break;
        }
    }
    return parts.join(tr(", "));
}

QString DesktopIntegration::lastJobLine() const
{
    if (!m_lastJob)
        return tr("Last job: none yet");
    const JobRecord &job = *m_lastJob;
    const QDateTime when = job.ended.isValid() ? job.ended : job.started;
    QString line = tr("Last job: %1, %2").arg(localTime(when), JobRecord::statusText(job.status));
    const QString counts = describeCounts(job);
    if (!counts.isEmpty())
        line += tr(", %1").arg(counts);
    return line;
}

QString DesktopIntegration::toolTip() const
{
    QStringList lines{tr("RC Archiver")};
    if (isDemo())
        lines << tr("Demo: archives made-up recordings");
    if (!m_attention.isEmpty()) {
        QString reason = m_attention;
        if (reason.size() > MaxReasonInToolTip)
            reason = reason.left(MaxReasonInToolTip - 1) + QChar(0x2026);
        lines << tr("Needs attention: %1").arg(reason);
    } else if (m_busy) {
        lines << tr("Archiving now…");
    }
    lines << lastJobLine();
    if (!m_backupEnabled)
        lines << tr("Backup is paused");
    else if (m_nextJob.isValid())
        lines << tr("Next job: %1").arg(localTime(m_nextJob));
    else
        lines << tr("Next job: not planned");
    return lines.join(QLatin1Char('\n'));
}

void DesktopIntegration::refresh()
{
    if (!m_tray)
        return;
    m_tray->setIcon(icon());
    m_tray->setToolTip(toolTip());
}

bool DesktopIntegration::isDemo() const
{
    return isDemoSource(m_options.db);
}

bool DesktopIntegration::wants(const char *settingKey) const
{
    if (!m_options.db)
        return true;
    return SettingsStore(m_options.db).boolValue(QLatin1String(settingKey));
}

void DesktopIntegration::notify(Notifier::Kind kind, const QString &title, const QString &message)
{
    Notifier *notifier = m_options.notifier ? m_options.notifier : m_trayNotifier.get();
    if (!notifier) {
        qCInfo(lcTray).noquote() << "No system tray to show the notification:" << title;
        return;
    }
    // What the demo archived is made up: news of it must not pass for real news.
    const bool aboutTheArchive = kind == Notifier::Kind::Archived ||
                                 kind == Notifier::Kind::Failed ||
                                 kind == Notifier::Kind::ArchiveCheck;
    notifier->notify(kind, aboutTheArchive && isDemo() ? tr("Demo: %1").arg(title) : title,
                     message);
}

void DesktopIntegration::setBusy(bool busy)
{
    m_busy = busy;
    // A second Run now while a job runs would only queue behind it.
    m_runNow->setEnabled(!busy);
    refresh();
}

void DesktopIntegration::setAttention(const QString &reason)
{
    if (reason == m_attention)
        return;
    m_attention = reason;
    refresh();
    // The failure notification has already said this when a refused sign-in stopped a job.
    if (reason.isEmpty() || reason == m_lastFailureNotified || !wants(SettingKey::NotifyAttention))
        return;
    notify(Notifier::Kind::Attention, tr("RC Archiver needs your attention"), reason);
}

void DesktopIntegration::setLastJob(const JobRecord &job)
{
    m_lastJob = job;
    refresh();
}

void DesktopIntegration::jobFinished(const JobRecord &job)
{
    // A check of the archive is not a job to the user: auditFinished speaks for it.
    if (job.isAudit())
        return;
    setLastJob(job);
    const QString counts = describeCounts(job);
    switch (job.status) {
    case JobRecord::Status::Completed:
    case JobRecord::Status::CompletedWithErrors: {
        // A job that got through means the connections work again.
        m_lastFailureNotified.clear();
        setAttention(QString());
        if (counts.isEmpty() || !wants(SettingKey::NotifyArchived))
            break;
        QString message = tr("Archived %1.").arg(counts);
        if (job.failedItems == 1)
            message += QLatin1Char(' ') + tr("1 item could not be archived yet; it will be "
                                             "retried.");
        else if (job.failedItems > 1)
            message += QLatin1Char(' ') + tr("%1 items could not be archived yet; they will be "
                                             "retried.")
                                              .arg(QLocale().toString(job.failedItems));
        notify(Notifier::Kind::Archived, tr("New data archived"), message);
        break;
    }
    case JobRecord::Status::Failed: {
        const QString reason =
            job.error.isEmpty() ? tr("The job stopped without saying why.") : job.error;
        // The schedule retries a failed window; the same failure each time is said once.
        if (reason == m_lastFailureNotified || !wants(SettingKey::NotifyFailed))
            break;
        QString message = reason;
        if (!counts.isEmpty())
            message += QLatin1Char('\n') + tr("Archived %1 before it stopped.").arg(counts);
        notify(Notifier::Kind::Failed, tr("Archiving failed"), message);
        m_lastFailureNotified = reason;
        break;
    }
    case JobRecord::Status::Running:
    case JobRecord::Status::Interrupted:
    case JobRecord::Status::Expired:
    case JobRecord::Status::Verified:
    case JobRecord::Status::ProblemsFound:
        break;
    }
}

void DesktopIntegration::auditFinished(const AuditResult &result)
{
    const AuditReport &report = result.final();
    if (report.problems.isEmpty()) {
        // The asked-for check shows its error in its dialog; the weekly one has nobody watching.
        const std::optional<JobRecord> job = report.jobId > 0 && m_options.db
                                                 ? JobStore(m_options.db).job(report.jobId)
                                                 : std::nullopt;
        const bool weekly = job && job->trigger == JobRecord::Trigger::WeeklyAudit;
        if (weekly && report.error && report.error.kind() != Error::Kind::Cancelled &&
            wants(SettingKey::NotifyFailed)) {
            notify(Notifier::Kind::Failed, tr("The weekly archive check could not finish"),
                   report.error.message());
        }
        return;
    }
    if (!wants(SettingKey::NotifyFailed))
        return;
    const int n = int(report.problems.size());
    const AuditProblem::Kind worst = AuditText::mostImportant(report.problems);
    QList<AuditProblem> ofWorst;
    for (const AuditProblem &problem : report.problems) {
        if (AuditText::isChangedFile(problem.kind) ? AuditText::isChangedFile(worst)
                                                   : problem.kind == worst)
            ofWorst.append(problem); // a changed size and changed bytes are one kind to people
    }
    const QString title =
        n == 1 ? tr("The archive check found 1 problem")
               : tr("The archive check found %1 problems").arg(QLocale().toString(n));
    const QString message = tr("Most important: %1.").arg(AuditText::describeProblems(ofWorst)) +
                            QLatin1Char('\n') + tr("Click to see the report in the Logs tab.");
    notify(Notifier::Kind::ArchiveCheck, title, message);
    m_checkProblemsUnseen = true;
}

void DesktopIntegration::notificationClicked()
{
    if (std::exchange(m_checkProblemsUnseen, false))
        Q_EMIT logsRequested();
    else
        Q_EMIT openRequested();
}

void DesktopIntegration::setNextJob(const QDateTime &when)
{
    m_nextJob = when;
    refresh();
}

void DesktopIntegration::connectionsChanged()
{
    refresh();
}

void DesktopIntegration::setBackupEnabled(bool enabled)
{
    m_backupEnabled = enabled;
    m_pause->setText(enabled ? tr("&Pause backup") : tr("Resume &backup"));
    refresh();
}

bool DesktopIntegration::notifyKeptInTray()
{
    if (!isTrayAvailable())
        return false;
    if (m_options.db) {
        SettingsStore settings(m_options.db);
        if (settings.boolValue(QLatin1String(SettingKey::TrayHintShown)))
            return false;
        if (Error e = settings.setValue(QLatin1String(SettingKey::TrayHintShown), true))
            qCWarning(lcTray).noquote() << e.message();
    }
    notify(Notifier::Kind::Hint, tr("RC Archiver is still running"),
           tr("It keeps archiving in the background. Open or quit it from its icon in the "
              "system tray."));
    return true;
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syncoptionspage.h"

#include "accounts/accounts.h"
#include "archive/itemtype.h"
#include "common/clock.h"
#include "common/demonotice.h"
#include "common/localtime.h"
#include "common/plannedjob.h"
#include "store/settingsstore.h"
#include "tray/autostart.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rca {

namespace {

// RingCentral keeps recordings about 90 days: older days cannot be archived any more.
constexpr int RetentionDays = 90;

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

QCheckBox *typeBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setAccessibleName(text);
    return box;
}

} // namespace

SyncOptionsPage::SyncOptionsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncOptionsPage"));
    auto *layout = new QVBoxLayout(this);
    m_demoNotice = new DemoNotice(context.db, this);
    layout->addWidget(m_demoNotice);
    layout->addWidget(buildBackup());
    layout->addWidget(buildTypes());
    layout->addWidget(buildStatus());
    layout->addWidget(buildDesktop());
    layout->addStretch(1);
    refresh();
    if (const std::optional<JobRecord> last = JobStore(context.db).lastJob())
        showLastJob(*last);
    else
        m_jobState->setText(tr("No job has run yet."));
}

QWidget *SyncOptionsPage::buildBackup()
{
    auto *box = new QGroupBox(tr("Backup"), this);
    auto *layout = new QVBoxLayout(box);
    m_enable = new QCheckBox(tr("&Enable backup"), box);
    m_enable->setObjectName(QStringLiteral("enableBackup"));
    m_enable->setAccessibleName(tr("Enable backup"));
    m_enable->setAccessibleDescription(tr("Archive new recordings and messages every half hour"));
    m_enableHint = new QLabel(box);
    m_enableHint->setObjectName(QStringLiteral("enableBackupHint"));
    m_enableHint->setWordWrap(true);
    m_weeklyAudit = new QCheckBox(tr("&Check the archive every week"), box);
    m_weeklyAudit->setObjectName(QStringLiteral("weeklyAudit"));
    m_weeklyAudit->setAccessibleName(tr("Check the archive every week"));
    m_weeklyAudit->setToolTip(
        tr("Once a week, RC Archiver checks that every recording and message of the last 7 days "
           "is in the storage and intact. The result is in the Logs tab; a notification says "
           "when something is missing or damaged."));
    m_weeklyAudit->setAccessibleDescription(m_weeklyAudit->toolTip());
    layout->addWidget(m_enable);
    layout->addWidget(m_enableHint);
    layout->addWidget(m_weeklyAudit);
    connect(m_enable, &QCheckBox::toggled, this, [this](bool on) {
        if (m_refreshing)
            return;
        SettingsStore(m_context.db).setValue(key(SettingKey::BackupEnabled), on);
        Q_EMIT backupToggled(on);
        refresh();
    });
    connect(m_weeklyAudit, &QCheckBox::toggled, this, [this](bool on) {
        if (m_refreshing)
            return;
        SettingsStore(m_context.db).setValue(key(SettingKey::WeeklyAudit), on);
        Q_EMIT settingsChanged(); // the engine plans the check, or stops planning it
    });
    return box;
}

QWidget *SyncOptionsPage::buildTypes()
{
    auto *box = new QGroupBox(tr("What to archive"), this);
    auto *layout = new QVBoxLayout(box);

    m_viewBox = new QWidget(box);
    auto *viewLayout = new QHBoxLayout(m_viewBox);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    m_accountView = new QRadioButton(tr("&Account Settings"), m_viewBox);
    m_accountView->setObjectName(QStringLiteral("viewAccount"));
    m_accountView->setAccessibleName(tr("Account Settings: every extension you manage"));
    m_extensionView = new QRadioButton(tr("&My Extension"), m_viewBox);
    m_extensionView->setObjectName(QStringLiteral("viewExtension"));
    m_extensionView->setAccessibleName(tr("My Extension: your own extension"));
    viewLayout->addWidget(m_accountView);
    viewLayout->addWidget(m_extensionView);
    viewLayout->addStretch(1);
    layout->addWidget(m_viewBox);
    connect(m_accountView, &QRadioButton::toggled, this, [this] {
        if (!m_refreshing)
            saveView();
    });

    m_typesHint = new QLabel(box);
    m_typesHint->setObjectName(QStringLiteral("typesHint"));
    m_typesHint->setWordWrap(true);
    layout->addWidget(m_typesHint);
    m_callRecording = typeBox(tr("Call Recordings"), QStringLiteral("typeCallRecording"), box);
    m_voiceMail = typeBox(tr("Voice Mails"), QStringLiteral("typeVoiceMail"), box);
    m_sms = typeBox(tr("SMS"), QStringLiteral("typeSms"), box);
    m_fax = typeBox(tr("Fax"), QStringLiteral("typeFax"), box);
    for (QCheckBox *type : {m_callRecording, m_voiceMail, m_sms, m_fax}) {
        layout->addWidget(type);
        connect(type, &QCheckBox::toggled, this, [this] {
            if (!m_refreshing)
                saveTypes();
        });
    }
    return box;
}

QWidget *SyncOptionsPage::buildStatus()
{
    auto *box = new QGroupBox(tr("Jobs"), this);
    auto *layout = new QVBoxLayout(box);
    m_nextJob = new QLabel(box);
    m_nextJob->setObjectName(QStringLiteral("nextJob"));
    m_jobState = new QLabel(box);
    m_jobState->setObjectName(QStringLiteral("jobState"));
    m_jobState->setWordWrap(true);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setAccessibleName(tr("Progress of the running job"));
    m_progress->hide();
    m_runNow = new QPushButton(tr("&Run now"), box);
    m_runNow->setObjectName(QStringLiteral("runNow"));
    m_runNow->setAccessibleName(tr("Run the due jobs now"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_nextJob, 1);
    runRow->addWidget(m_runNow);
    layout->addLayout(runRow);
    layout->addWidget(m_jobState);
    layout->addWidget(m_progress);
    connect(m_runNow, &QPushButton::clicked, this, &SyncOptionsPage::runNowRequested);

    // Archiving a past range, within what RingCentral still keeps.
    auto *rangeRow = new QHBoxLayout;
    const QDate today =
        m_context.clock ? m_context.clock->now().toLocalTime().date() : QDate::currentDate();
    m_rangeFrom = new QDateEdit(today.addDays(-1), box);
    m_rangeFrom->setObjectName(QStringLiteral("rangeFrom"));
    m_rangeFrom->setAccessibleName(tr("Archive from"));
    m_rangeTo = new QDateEdit(today, box);
    m_rangeTo->setObjectName(QStringLiteral("rangeTo"));
    m_rangeTo->setAccessibleName(tr("Archive to"));
    for (QDateEdit *edit : {m_rangeFrom, m_rangeTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDateRange(today.addDays(-RetentionDays), today);
    }
    m_archiveRange = new QPushButton(tr("Archive &range"), box);
    m_archiveRange->setObjectName(QStringLiteral("archiveRange"));
    m_archiveRange->setAccessibleName(tr("Archive the chosen past days now"));
    auto *fromLabel = new QLabel(tr("Archive past days &from"), box);
    fromLabel->setBuddy(m_rangeFrom);
    auto *toLabel = new QLabel(tr("&to"), box);
    toLabel->setBuddy(m_rangeTo);
    rangeRow->addWidget(fromLabel);
    rangeRow->addWidget(m_rangeFrom);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_rangeTo);
    rangeRow->addWidget(m_archiveRange);
    rangeRow->addStretch(1);
    layout->addLayout(rangeRow);
    m_rangeHint = new QLabel(tr("RingCentral keeps recordings for about %1 days; items "
                                "already archived are skipped.")
                                 .arg(RetentionDays),
                             box);
    m_rangeHint->setObjectName(QStringLiteral("rangeHint"));
    m_rangeHint->setWordWrap(true);
    layout->addWidget(m_rangeHint);
    connect(m_archiveRange, &QPushButton::clicked, this, &SyncOptionsPage::requestRange);
    return box;
}

QWidget *SyncOptionsPage::buildDesktop()
{
    auto *box = new QGroupBox(tr("This computer"), this);
    auto *layout = new QVBoxLayout(box);
    m_startAtLogin = new QCheckBox(tr("Start RC Archiver when I &log in"), box);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setAccessibleName(tr("Start RC Archiver at login, in the tray"));
    m_startAtLogin->setChecked(Autostart().isEnabled());
    layout->addWidget(m_startAtLogin);
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this](bool on) {
        const Error e = Autostart().setEnabled(on);
        m_desktopError->setText(e.message());
        m_desktopError->setVisible(e.isError());
        if (e) {
            const QSignalBlocker blocker(m_startAtLogin);
            m_startAtLogin->setChecked(!on);
        }
    });
    const QList<QPair<QString, const char *>> kinds = {
        {tr("Notify me when a job &archived recordings or messages"), SettingKey::NotifyArchived},
        {tr("Notify me when a job &failed"), SettingKey::NotifyFailed},
        {tr("Notify me when a connection &needs attention"), SettingKey::NotifyAttention},
    };
    for (const auto &[text, settingKey] : kinds) {
        auto *notify = new QCheckBox(text, box);
        notify->setObjectName(QString::fromLatin1(settingKey).replace(u'.', u'_'));
        notify->setAccessibleName(text);
        layout->addWidget(notify);
        m_notifications.append({notify, settingKey});
        connect(notify, &QCheckBox::toggled, this, [this, settingKey](bool on) {
            if (!m_refreshing)
                SettingsStore(m_context.db).setValue(key(settingKey), on);
        });
    }
    m_desktopError = new QLabel(box);
    m_desktopError->setObjectName(QStringLiteral("desktopError"));
    m_desktopError->setWordWrap(true);
    m_desktopError->hide();
    layout->addWidget(m_desktopError);
    return box;
}

void SyncOptionsPage::refresh()
{
    m_refreshing = true;
    Accounts accounts(m_context.db, m_context.connectors, m_context.secrets,
                      m_context.profile.id());
    const Accounts::Source source = accounts.source();
    // refresh() runs at every job: only whether a storage is connected, not where it archives.
    const bool ready = source.isConnected() && accounts.isStorageConnected();
    SettingsStore settings(m_context.db);
    const bool enabled = settings.boolValue(key(SettingKey::BackupEnabled));

    const bool demo = source.kind == u"demo";
    m_demoNotice->setVisible(demo);
    m_enable->setEnabled(ready || enabled);
    m_enable->setChecked(enabled);
    m_weeklyAudit->setChecked(settings.boolValue(key(SettingKey::WeeklyAudit)));
    if (!ready)
        m_enableHint->setText(tr("Connect RingCentral and a storage on the Accounts tab first."));
    else if (enabled && demo)
        m_enableHint->setText(tr("Made-up recordings and messages of the demo are archived "
                                 "every half hour, about two hours after their time."));
    else if (enabled)
        m_enableHint->setText(tr("New recordings and messages are archived every half hour, "
                                 "about two hours after they were made."));
    else
        m_enableHint->setText(tr("Backup is off: nothing is archived until you enable it."));

    // Administrators choose between the two views; everyone else has only their extension.
    const bool admin = source.kind == u"ringcentral" && source.admin;
    m_admin = admin;
    m_demo = demo;
    const bool accountView =
        admin && settings.stringValue(key(SettingKey::SyncView)) != u"extension";
    m_viewBox->setVisible(admin);
    m_accountView->setChecked(accountView);
    m_extensionView->setChecked(!accountView);
    updateTypeBoxes();
    const ItemTypes types = itemTypesFromString(settings.stringValue(key(SettingKey::SyncTypes)));
    m_callRecording->setChecked(types.testFlag(ItemTypeFlag::CallRecording));
    m_voiceMail->setChecked(types.testFlag(ItemTypeFlag::VoiceMail));
    m_sms->setChecked(types.testFlag(ItemTypeFlag::Sms));
    m_fax->setChecked(types.testFlag(ItemTypeFlag::Fax));

    for (const auto &[box, settingKey] : std::as_const(m_notifications))
        box->setChecked(settings.boolValue(key(settingKey)));

    m_runNow->setEnabled(ready && !m_busy);
    m_archiveRange->setEnabled(ready && !m_busy);
    // While a job runs, the engine says what comes next when it has finished.
    if (!m_busy)
        showNextJob(ready ? plannedNextJob(m_context.db, m_context.clock) : QDateTime());
    m_refreshing = false;
}

void SyncOptionsPage::updateTypeBoxes()
{
    const bool accountView = m_admin && m_accountView->isChecked();
    m_voiceMail->setVisible(!accountView);
    m_sms->setVisible(!accountView);
    m_fax->setVisible(!accountView);
    if (m_demo)
        m_typesHint->setText(tr("The demo makes up items of all four types."));
    else
        m_typesHint->setText(accountView ? tr("Call recordings of every extension you manage.")
                                         : tr("Recordings and messages of your own extension."));
}

void SyncOptionsPage::saveView()
{
    SettingsStore(m_context.db)
        .setValue(key(SettingKey::SyncView), m_accountView->isChecked()
                                                 ? QStringLiteral("admin")
                                                 : QStringLiteral("extension"));
    updateTypeBoxes();
    Q_EMIT settingsChanged();
}

void SyncOptionsPage::saveTypes()
{
    ItemTypes types;
    types.setFlag(ItemTypeFlag::CallRecording, m_callRecording->isChecked());
    types.setFlag(ItemTypeFlag::VoiceMail, m_voiceMail->isChecked());
    types.setFlag(ItemTypeFlag::Sms, m_sms->isChecked());
    types.setFlag(ItemTypeFlag::Fax, m_fax->isChecked());
    SettingsStore(m_context.db).setValue(key(SettingKey::SyncTypes), itemTypesToString(types));
    Q_EMIT settingsChanged();
}

void SyncOptionsPage::requestRange()
{
    QDate from = m_rangeFrom->date();
    QDate to = m_rangeTo->date();
    if (from > to)
        std::swap(from, to);
    const QDateTime now =
        m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    // Whole local days, ending no later than what the schedule would archive by now.
    const QDateTime start = from.startOfDay();
    QDateTime end = std::min(to.addDays(1).startOfDay().toUTC(), now.addSecs(-90 * 60));
    const TimeWindow window(start, end);
    if (!window.isValid()) {
        m_rangeHint->setText(tr("Choose days before today: the last hour and a half is "
                                "archived by the schedule."));
        return;
    }
    Q_EMIT rangeRequested(window);
}

void SyncOptionsPage::setNextJob(const QDateTime &utc)
{
    showNextJob(utc);
}

void SyncOptionsPage::showNextJob(const QDateTime &utc)
{
    if (!utc.isValid()) {
        m_nextJob->setText(waitsForManualRetry(m_context.db)
                               ? tr("No job is planned: archiving failed repeatedly. Fix the "
                                    "cause, then use Run now.")
                               : tr("No job is planned while backup is off."));
        return;
    }
    m_nextJob->setText(tr("Next job: %1").arg(localTimeText(utc, LocalTimeFormat::shortFormat())));
}

void SyncOptionsPage::jobStarted(const JobRecord &job)
{
    const QLocale locale;
    if (job.isAudit()) {
        m_jobState->setText(tr("Checking the archive…"));
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_progress->show();
        return;
    }
    m_jobState->setText(tr("Archiving %1…")
                            .arg(localTimeRangeText(job.window.from, job.window.to,
                                                    LocalTimeFormat::shortFormat(locale))));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_progress->show();
}

void SyncOptionsPage::jobProgress(const JobProgress &progress)
{
    if (progress.itemsTotal > 0) {
        m_progress->setRange(0, progress.itemsTotal);
        m_progress->setValue(progress.itemsDone);
    }
    m_progress->setFormat(tr("%1 of %2 items · %3")
                              .arg(progress.itemsDone)
                              .arg(progress.itemsTotal)
                              .arg(QLocale().formattedDataSize(progress.bytesDone)));
    m_progress->setTextVisible(true);
    m_progress->show();
}

void SyncOptionsPage::jobFinished(const JobRecord &job)
{
    m_progress->hide();
    showLastJob(job);
}

void SyncOptionsPage::showLastJob(const JobRecord &job)
{
    const QLocale locale;
    // A job another process is running, or one that never ended: when it started.
    const QDateTime when = job.ended.isValid() ? job.ended : job.started;
    if (job.isAudit()) {
        // Its report is on the Logs tab.
        m_jobState->setText(tr("Last check of the archive: %1 at %2.")
                                .arg(JobRecord::statusText(job.status),
                                     localTimeText(when, LocalTimeFormat::shortFormat(locale))));
        return;
    }
    QString text = tr("Last job: %1 at %2. Items archived: %3.")
                       .arg(JobRecord::statusText(job.status),
                            localTimeText(when, LocalTimeFormat::shortFormat(locale)),
                            locale.toString(job.totalArchived()));
    if (!job.error.isEmpty())
        text += u' ' + job.error;
    m_jobState->setText(text);
}

void SyncOptionsPage::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy)
        m_progress->hide();
    refresh();
}

} // namespace rca

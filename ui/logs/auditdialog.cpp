// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditdialog.h"

#include "auditreportview.h"
#include "audittext.h"
#include "common/messagebox.h"
#include "engine/engine.h"
#include "store/jobstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rca {

AuditDialog::AuditDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_saveFileChooser([](QWidget *parent, const QString &caption, const QString &suggested,
                           const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    })
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Verify Archive"));
    setAccessibleName(tr("Verify archive"));
    // The rest of the window stays usable: the engine keeps archiving while it checks.
    setWindowModality(Qt::NonModal);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("auditTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_progressBox = new QWidget(this);
    m_phase = new QLabel(m_progressBox);
    m_phase->setObjectName(QStringLiteral("auditPhaseLabel"));
    m_phase->setAccessibleName(tr("What the check is doing"));
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("auditProgressBar"));
    m_progress->setAccessibleName(tr("Half-hour windows checked"));
    m_files = new QLabel(m_progressBox);
    m_files->setObjectName(QStringLiteral("auditFilesLabel"));
    m_files->setAccessibleName(tr("Files checked"));
    auto *progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_phase);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_files);
    progressLayout->addStretch(1);

    m_repairOutcome = new QLabel(this);
    m_repairOutcome->setObjectName(QStringLiteral("auditRepairLabel"));
    m_repairOutcome->setAccessibleName(tr("Result of the repair"));
    m_repairOutcome->setWordWrap(true);
    m_repairOutcome->setTextFormat(Qt::PlainText);
    m_repairOutcome->hide();

    m_report = new AuditReportView(this);
    m_report->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("auditButtonBox"));
    m_repairButton = buttons->addButton(tr("&Repair"), QDialogButtonBox::ActionRole);
    m_repairButton->setObjectName(QStringLiteral("auditRepairButton"));
    m_repairButton->setAccessibleName(tr("Archive again what is missing or damaged"));
    m_repairButton->setToolTip(tr("Archives again, from RingCentral, every missing or damaged "
                                  "item it still holds, then checks the range again."));
    m_saveButton = buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("auditSaveButton"));
    m_saveButton->setAccessibleName(tr("Save the report as CSV or JSON"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("auditCancelButton"));
    m_cancelButton->setAccessibleName(tr("Stop the check"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("auditCloseButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    for (QPushButton *button : {m_repairButton, m_saveButton, m_cancelButton})
        button->setAutoDefault(false);
    connect(m_repairButton, &QPushButton::clicked, this, &AuditDialog::repair);
    connect(m_saveButton, &QPushButton::clicked, this, &AuditDialog::saveWithDialog);
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &AuditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progressBox, 1); // shown instead of the report, while it runs
    layout->addWidget(m_repairOutcome);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(820, 600);

    if (Engine *engine = m_context.engine) {
        qRegisterMetaType<rca::AuditProgress>();
        qRegisterMetaType<rca::AuditResult>();
        connect(engine, &Engine::auditProgress, this, &AuditDialog::showProgress,
                Qt::QueuedConnection);
        connect(engine, &Engine::auditFinished, this, &AuditDialog::showResult,
                Qt::QueuedConnection);
    }
    setRunning(false);
}

AuditDialog::~AuditDialog() = default;

bool AuditDialog::start(const TimeWindow &range, bool repair)
{
    if (m_running || !m_context.engine)
        return false;
    m_range = range;
    m_repairing = repair;
    const QString days = AuditText::rangeText(range);
    m_title->setText(repair ? tr("Repairing the archive of %1…").arg(days)
                            : tr("Checking the archive of %1…").arg(days));
    // The engine runs one thing at a time: a job that runs now finishes first.
    m_phase->setText(tr("Starting… (a job that is running now finishes first)"));
    m_progress->setRange(0, 0);
    m_files->setText(tr("Files checked: %1").arg(QLocale().toString(0)));
    m_progressBox->show();
    m_report->hide();
    m_repairOutcome->hide();
    setRunning(true);
    Engine *engine = m_context.engine;
    QMetaObject::invokeMethod(
        engine, [engine, range, repair] { engine->startAudit(range, repair); },
        Qt::QueuedConnection);
    return true;
}

void AuditDialog::repair()
{
    if (m_result && m_result->final().repairableCount() > 0)
        start(m_range, true);
}

void AuditDialog::cancel()
{
    if (!m_running || !m_context.engine)
        return;
    m_phase->setText(tr("Stopping…"));
    m_cancelButton->setEnabled(false);
    m_context.engine->requestStop();
}

void AuditDialog::reject()
{
    cancel();
    QDialog::reject();
}

void AuditDialog::setRunning(bool running)
{
    const bool changed = m_running != running;
    m_running = running;
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_closeButton->setVisible(!running);
    m_repairButton->setEnabled(!running && m_result && m_result->final().repairableCount() > 0);
    m_saveButton->setEnabled(!running && m_result);
    if (changed)
        Q_EMIT runningChanged(running);
}

void AuditDialog::showProgress(const AuditProgress &progress)
{
    if (!m_running)
        return;
    if (!progress.phase.isEmpty() && m_cancelButton->isEnabled())
        m_phase->setText(progress.phase);
    if (progress.windowsTotal > 0) {
        m_progress->setRange(0, progress.windowsTotal);
        m_progress->setValue(progress.windowsDone);
        m_progress->setFormat(tr("%1 of %2 half-hour windows")
                                  .arg(QLocale().toString(progress.windowsDone),
                                       QLocale().toString(progress.windowsTotal)));
    } else {
        m_progress->setRange(0, 0); // a busy indicator until the number of windows is known
    }
    m_files->setText(tr("Files checked: %1").arg(QLocale().toString(progress.filesChecked)));
}

bool AuditDialog::isOurs(const AuditResult &result) const
{
    // The weekly check reports through the same signal; its row in the job log says so.
    if (result.report.jobId > 0 && m_context.db) {
        if (const auto job = JobStore(m_context.db).job(result.report.jobId))
            return job->trigger != JobRecord::Trigger::WeeklyAudit;
    }
    return true;
}

void AuditDialog::showResult(const AuditResult &result)
{
    if (!m_running || !isOurs(result))
        return;
    m_result = std::make_unique<AuditResult>(result);
    const AuditReport &report = result.final();
    QString title = tr("Archive check of %1").arg(AuditText::rangeText(m_range));
    if (!report.storage.isEmpty()) {
        const QString where = report.storageLocation.isEmpty()
                                  ? report.storage
                                  : tr("%1, %2").arg(report.storage, report.storageLocation);
        title += QLatin1Char('\n') +
                 (report.checksum.isEmpty()
                      ? tr("Storage: %1").arg(where)
                      : tr("Storage: %1. Files compared by %2.").arg(where, report.checksum));
    }
    m_title->setText(title);
    m_progressBox->hide();
    m_report->setReport(report);
    m_report->show();
    if (m_repairing) {
        m_repairOutcome->setText(repairText(result));
        m_repairOutcome->show();
    }
    m_repairing = false;
    setRunning(false);
}

QString AuditDialog::repairText(const AuditResult &result) const
{
    QStringList lines;
    if (!result.report.problems.isEmpty())
        lines << tr("Before the repair: %1").arg(AuditText::problemsFound(result.report.problems));
    if (const std::optional<JobRecord> &job = result.repairJob) {
        QString line =
            tr("Repair: %1; items archived again: %2.")
                .arg(JobRecord::statusText(job->status), QLocale().toString(job->totalArchived()));
        if (!job->error.isEmpty())
            line += QLatin1Char(' ') + job->error;
        lines << line;
    } else if (!result.report.error) {
        lines << tr("Nothing was repaired.");
    }
    if (result.afterRepair)
        lines << tr("After the repair:");
    return lines.join(QLatin1Char('\n'));
}

void AuditDialog::setSaveFileChooser(SaveFileChooser chooser)
{
    m_saveFileChooser = std::move(chooser);
}

bool AuditDialog::saveReport(const QString &path, QString *error)
{
    if (!m_result) {
        if (error)
            *error = tr("There is no report to save yet.");
        return false;
    }
    const AuditReport &report = m_result->final();
    const bool csv = QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
    const QByteArray data =
        csv ? report.toCsv() : QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void AuditDialog::saveWithDialog()
{
    if (!m_result)
        return;
    const TimeWindow range = m_result->final().range.isValid() ? m_result->final().range : m_range;
    const QString name = QStringLiteral("rc-archiver-check-%1-to-%2.json")
                             .arg(range.from.toLocalTime().date().toString(Qt::ISODate),
                                  range.to.addMSecs(-1).toLocalTime().date().toString(Qt::ISODate));
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    QString path = m_saveFileChooser(this, tr("Save Report"), QDir(directory).filePath(name),
                                     tr("JSON files (*.json);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!saveReport(path, &error))
        MessageBox::warning(this, tr("Save Report"), error);
}

} // namespace rca

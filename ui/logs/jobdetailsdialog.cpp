// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jobdetailsdialog.h"

#include "auditreportview.h"
#include "audittext.h"
#include "common/clock.h"
#include "common/messagebox.h"
#include "common/readonlytable.h"
#include "engine/engine.h"
#include "store/auditstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rca {

JobDetailsDialog::JobDetailsDialog(const AppContext &context, qint64 jobId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_jobId(jobId)
{
    setObjectName(QStringLiteral("jobDetailsDialog"));
    setWindowTitle(tr("Job Details"));
    setAccessibleName(tr("Job details"));

    auto *form = new QFormLayout;
    m_form = form;
    const auto addRow = [&](QLabel **label, const QString &objectName, const QString &title) {
        *label = new QLabel(this);
        (*label)->setObjectName(objectName);
        (*label)->setAccessibleName(title);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        (*label)->setWordWrap(true);
        form->addRow(title + QLatin1Char(':'), *label);
    };
    addRow(&m_kind, QStringLiteral("kindValueLabel"), tr("Kind"));
    form->setRowVisible(m_kind, false);
    addRow(&m_window, QStringLiteral("windowValueLabel"), tr("Window"));
    addRow(&m_status, QStringLiteral("statusValueLabel"), tr("Status"));
    addRow(&m_times, QStringLiteral("timesValueLabel"), tr("Ran"));
    addRow(&m_storage, QStringLiteral("storageValueLabel"), tr("Storage"));
    addRow(&m_error, QStringLiteral("errorValueLabel"), tr("Error"));

    m_archivedModel = new QStandardItemModel(0, 4, this);
    m_archivedModel->setHorizontalHeaderLabels(
        {tr("Type"), tr("Remote path"), tr("Size"), tr("Created")});
    m_archivedModel->horizontalHeaderItem(ArchivedSize)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_failedModel = new QStandardItemModel(0, 6, this);
    m_failedModel->setHorizontalHeaderLabels({tr("Type"), tr("Created"), tr("Other party"),
                                              tr("Reason"), tr("Attempts"), tr("Next retry")});
    m_failedModel->horizontalHeaderItem(FailedAttempts)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_archivedTitle = new QLabel(this);
    m_archivedTitle->setObjectName(QStringLiteral("archivedTitleLabel"));
    m_archivedView = makeReadOnlyTable(m_archivedModel, QStringLiteral("archivedItemsView"),
                                       tr("Archived items"), this);
    m_archivedTitle->setBuddy(m_archivedView);
    m_failedTitle = new QLabel(this);
    m_failedTitle->setObjectName(QStringLiteral("failedTitleLabel"));
    m_failedView = makeReadOnlyTable(m_failedModel, QStringLiteral("failedItemsView"),
                                     tr("Failed items"), this);
    m_failedTitle->setBuddy(m_failedView);

    m_retryMessage = new QLabel(this);
    m_retryMessage->setObjectName(QStringLiteral("retryMessageLabel"));
    m_retryMessage->setAccessibleName(tr("Retry result"));
    m_retryMessage->setWordWrap(true);
    m_retryMessage->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("detailsButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_retryButton = buttons->addButton(tr("&Retry Failed Items"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryButton->setAccessibleName(tr("Retry failed items"));
    m_retryButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { retryFailedItems(); });

    m_auditView = new AuditReportView(this);
    m_auditView->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_auditView, 1);
    layout->addWidget(m_archivedTitle);
    layout->addWidget(m_archivedView, 1);
    layout->addWidget(m_failedTitle);
    layout->addWidget(m_failedView, 1);
    layout->addWidget(m_retryMessage);
    layout->addWidget(buttons);
    resize(760, 560);

    reload();
}

void JobDetailsDialog::reload()
{
    if (!m_context.db)
        return;
    const std::optional<JobRecord> job = JobStore(m_context.db).job(m_jobId);
    if (job) {
        fillSummary(*job);
    } else {
        m_window->setText(tr("This job is no longer in the log."));
    }
    showAudit(job && job->isAudit());
    if (job && job->isAudit()) {
        fillAudit(*job);
        return;
    }
    if (job && job->trigger == JobRecord::Trigger::Repair) {
        m_kind->setText(tr("A repair: archives again what a check of the archive found missing "
                           "or damaged"));
        m_form->setRowVisible(m_kind, true);
    }
    fillArchived();
    fillFailed();
}

void JobDetailsDialog::showAudit(bool audit)
{
    setWindowTitle(audit ? tr("Archive Check Details") : tr("Job Details"));
    m_form->setRowVisible(m_kind, audit);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_window)))
        label->setText((audit ? tr("Checked") : tr("Window")) + QLatin1Char(':'));
    // An audit's row keeps its outcome where a job keeps its error.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_error)))
        label->setText((audit ? tr("Result") : tr("Error")) + QLatin1Char(':'));
    m_form->setRowVisible(m_error, true);
    const QList<QWidget *> jobParts{m_archivedTitle, m_archivedView, m_failedTitle, m_failedView,
                                    m_retryButton};
    for (QWidget *widget : jobParts)
        widget->setVisible(!audit);
    if (audit)
        m_retryMessage->hide();
    m_auditView->setVisible(audit);
}

void JobDetailsDialog::fillAudit(const JobRecord &job)
{
    m_kind->setText(job.trigger == JobRecord::Trigger::WeeklyAudit
                        ? tr("The weekly check of the archive (the last 7 days)")
                        : tr("A check of the archive asked for with Verify archive"));
    m_window->setText(tr("%1 (%2 – %3)")
                          .arg(AuditText::rangeText(job.window), localShortTime(job.window.from),
                               localShortTime(job.window.to)));
    m_form->setRowVisible(m_error, !job.error.isEmpty());
    // What the job log keeps of the report: the totals of the row and its problems.
    AuditReport report;
    report.jobId = job.id;
    report.range = job.window;
    report.storage = job.storage;
    report.verifiedByType = job.counts;
    report.verified = job.totalArchived();
    report.problems = AuditStore(m_context.db).problems(job.id);
    m_auditView->setReport(report);
    if (job.status != JobRecord::Status::Verified &&
        job.status != JobRecord::Status::ProblemsFound) {
        m_auditView->setSummaryText(
            tr("The check did not finish (%1).").arg(JobRecord::statusText(job.status)));
    }
}

void JobDetailsDialog::fillSummary(const JobRecord &job)
{
    m_window->setText(
        tr("%1 – %2").arg(localShortTime(job.window.from), localShortTime(job.window.to)));
    m_status->setText(JobRecord::statusText(job.status));
    m_times->setText(job.ended.isValid()
                         ? tr("%1 – %2").arg(localShortTime(job.started), localShortTime(job.ended))
                         : tr("Since %1").arg(localShortTime(job.started)));
    m_storage->setText(job.storage);
    m_error->setText(job.error.isEmpty() ? tr("None") : job.error);
}

static QString itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::CallRecording:
        return JobDetailsDialog::tr("Call Recording");
    case ItemType::VoiceMail:
        return JobDetailsDialog::tr("Voice Mail");
    case ItemType::Sms:
        return JobDetailsDialog::tr("SMS");
    case ItemType::Fax:
        return JobDetailsDialog::tr("Fax");
    }
    return {};
}

void JobDetailsDialog::fillArchived()
{
    m_archivedModel->removeRows(0, m_archivedModel->rowCount());
    const QList<LedgerEntry> entries = ItemLedger(m_context.db).entriesForJob(m_jobId);
    for (const LedgerEntry &entry : entries) {
        QList<QStandardItem *> row{
            textItem(entry.primary ? itemTypeName(entry.type)
                                   : tr("%1 (attachment)").arg(itemTypeName(entry.type))),
            textItem(entry.remotePath),
            textItem(QLocale().formattedDataSize(entry.size), Qt::AlignRight),
            textItem(localShortTime(entry.created))};
        row[ArchivedPath]->setToolTip(entry.remotePath);
        row[ArchivedSize]->setData(entry.size, Qt::UserRole);
        row[ArchivedCreated]->setData(entry.created, Qt::UserRole);
        m_archivedModel->appendRow(row);
    }
    m_archivedTitle->setText(tr("&Archived items (%1):").arg(QLocale().toString(entries.size())));
    m_archivedView->resizeColumnsToContents();
}

void JobDetailsDialog::fillFailed()
{
    m_failedModel->removeRows(0, m_failedModel->rowCount());
    m_failures = ItemLedger(m_context.db).failuresForJob(m_jobId);
    for (const FailedItem &failure : std::as_const(m_failures)) {
        const QString next =
            failure.permanent ? tr("Waits for a manual retry") : localShortTime(failure.nextRetry);
        QList<QStandardItem *> row{textItem(itemTypeName(failure.item.type)),
                                   textItem(localShortTime(failure.item.created)),
                                   textItem(failure.item.otherParty),
                                   textItem(failure.lastError),
                                   textItem(QLocale().toString(failure.attempts), Qt::AlignRight),
                                   textItem(next)};
        row[FailedType]->setToolTip(tr("RingCentral id %1").arg(failure.item.sourceId));
        row[FailedReason]->setToolTip(failure.lastError);
        row[FailedAttempts]->setData(failure.attempts, Qt::UserRole);
        m_failedModel->appendRow(row);
    }
    m_failedTitle->setText(tr("&Failed items (%1):").arg(QLocale().toString(m_failures.size())));
    m_failedView->resizeColumnsToContents();
    m_retryButton->setEnabled(!m_failures.isEmpty());
}

int JobDetailsDialog::retryFailedItems()
{
    if (!m_context.db || m_failures.isEmpty())
        return 0;
    const QDateTime now =
        m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    ItemLedger ledger(m_context.db);
    int reset = 0;
    QStringList problems;
    for (const FailedItem &failure : std::as_const(m_failures)) {
        if (Error e = ledger.resetFailure(failure.item.type, failure.item.sourceId, now))
            problems.append(e.message());
        else
            ++reset;
    }
    if (!problems.isEmpty()) {
        MessageBox::warning(this, tr("Retry Failed Items"),
                            tr("Some items could not be queued for a retry:\n%1")
                                .arg(problems.join(QLatin1Char('\n'))));
    }
    if (reset > 0) {
        if (m_context.engine)
            QMetaObject::invokeMethod(m_context.engine, &Engine::runNow, Qt::QueuedConnection);
        const QString count = QLocale().toString(reset);
        m_retryMessage->setText(
            m_context.engine ? tr("Items queued for a retry now: %1.").arg(count)
                             : tr("Items queued for a retry at the next job: %1.").arg(count));
        m_retryMessage->show();
    }
    fillFailed();
    return reset;
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// JobDetailsDialog: one job of the Logs tab in full: its window, status, times, storage and
// error, the items it archived (from the ledger) and the ones that failed with the reason and
// the attempts so far. "Retry failed items" makes those failures due now and asks the engine
// to run (queued: the engine lives in its worker thread). An audit's row (Verify archive or
// the weekly check) shows instead that it was a check, its range and the problems it found.
// GUI thread; reads the store through the GUI thread's database connection.
#pragma once

#include "appcontext.h"
#include "store/itemledger.h"
#include "store/jobstore.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace rca {

class AuditReportView;

class JobDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    JobDetailsDialog(const AppContext &context, qint64 jobId, QWidget *parent = nullptr);

    qint64 jobId() const { return m_jobId; }
    QStandardItemModel *archivedModel() const { return m_archivedModel; }
    QStandardItemModel *failedModel() const { return m_failedModel; }
    // What an audit row found; hidden for archiving jobs.
    AuditReportView *auditView() const { return m_auditView; }

    enum ArchivedColumn { ArchivedType, ArchivedPath, ArchivedSize, ArchivedCreated };
    enum FailedColumn {
        FailedType,
        FailedCreated,
        FailedOtherParty,
        FailedReason,
        FailedAttempts,
        FailedNextRetry
    };

public Q_SLOTS:
    // Reads the job, its items and its failures again.
    void reload();
    // Makes every failed item of the job due now and asks the engine to run. Returns how many
    // failures were reset.
    int retryFailedItems();

private:
    void fillSummary(const JobRecord &job);
    void fillArchived();
    void fillFailed();
    void fillAudit(const JobRecord &job);
    void showAudit(bool audit);

    AppContext m_context;
    qint64 m_jobId;
    QList<FailedItem> m_failures;
    QFormLayout *m_form = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_storage = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_archivedTitle = nullptr;
    QLabel *m_failedTitle = nullptr;
    QLabel *m_retryMessage = nullptr;
    QStandardItemModel *m_archivedModel = nullptr;
    QStandardItemModel *m_failedModel = nullptr;
    QTableView *m_archivedView = nullptr;
    QTableView *m_failedView = nullptr;
    QPushButton *m_retryButton = nullptr;
    AuditReportView *m_auditView = nullptr;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AuditReportView: one audit of the archive for people: a summary sentence ("All 1,234 items
// of 25 Nov – 2 Dec are in storage and intact." or "3 problems found: …"), the error that
// stopped it, the half-hour windows that had something in them and every problem by name,
// paths shown through AuditProblem::printable. The Verify archive dialog shows a whole report;
// the job details of an audit row show the report the job log keeps (its problems, no
// windows). The sentences come from AuditText. GUI thread.
#pragma once

#include "audit/auditreport.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace rca {

class AuditReportView : public QWidget
{
    Q_OBJECT
public:
    enum WindowColumn {
        WindowFrom,
        WindowTo,
        WindowListed,
        WindowArchived,
        WindowVerified,
        WindowProblems
    };
    enum ProblemColumn { ProblemKind, ProblemType, ProblemId, ProblemPath, ProblemDetail };

    explicit AuditReportView(QWidget *parent = nullptr);

    // Shows the report; the windows table only when the report has windows.
    void setReport(const AuditReport &report);
    void clear();

    QStandardItemModel *windowsModel() const { return m_windowsModel; }
    QStandardItemModel *problemsModel() const { return m_problemsModel; }
    QString summary() const;
    // Replaces the summary sentence (the job details of an audit that did not finish).
    void setSummaryText(const QString &text);

private:
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_windowsTitle = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QStandardItemModel *m_windowsModel = nullptr;
    QStandardItemModel *m_problemsModel = nullptr;
    QTableView *m_windowsView = nullptr;
    QTableView *m_problemsView = nullptr;
};

} // namespace rca

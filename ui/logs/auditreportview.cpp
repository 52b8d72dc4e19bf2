// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditreportview.h"

#include "audittext.h"
#include "common/readonlytable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rca {

namespace {

QStandardItem *countItem(int n)
{
    QStandardItem *item = textItem(QLocale().toString(n), Qt::AlignRight);
    item->setData(n, Qt::UserRole);
    return item;
}

// What stopped the audit, and how much of the range the report still speaks for.
QString errorText(const AuditReport &report)
{
    const QString reason =
        report.error.kind() == Error::Kind::Cancelled
            ? AuditReportView::tr("The check was cancelled.")
            : AuditReportView::tr("The check could not finish: %1").arg(report.error.message());
    if (report.windows.isEmpty())
        return reason + QLatin1Char(' ') +
               AuditReportView::tr("It stopped before it had checked any half-hour window.");
    return reason + QLatin1Char(' ') +
           AuditReportView::tr("This report covers only the %1 half-hour windows it reached, "
                               "up to %2.")
               .arg(QLocale().toString(int(report.windows.size())),
                    localShortTime(report.windows.constLast().window.to));
}

} // namespace

AuditReportView::AuditReportView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditReportView"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummaryLabel"));
    m_summary->setAccessibleName(tr("Result of the check"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("auditErrorLabel"));
    m_error->setAccessibleName(tr("Why the check did not finish"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setFont(bold);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(warning);
    m_error->hide();

    m_windowsModel = new QStandardItemModel(0, 6, this);
    m_windowsModel->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Listed"), tr("Archived"), tr("Verified"), tr("Problems")});
    m_problemsModel = new QStandardItemModel(0, 5, this);
    m_problemsModel->setHorizontalHeaderLabels(
        {tr("What"), tr("Type"), tr("RingCentral id"), tr("Path"), tr("Detail")});

    m_windowsTitle = new QLabel(this);
    m_windowsTitle->setObjectName(QStringLiteral("auditWindowsTitle"));
    m_windowsView = makeReadOnlyTable(m_windowsModel, QStringLiteral("auditWindowsView"),
                                      tr("Half-hour windows checked"), this);
    m_windowsView->horizontalHeader()->setStretchLastSection(false);
    m_windowsTitle->setBuddy(m_windowsView);
    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setObjectName(QStringLiteral("auditProblemsTitle"));
    m_problemsView = makeReadOnlyTable(m_problemsModel, QStringLiteral("auditProblemsView"),
                                       tr("Problems found"), this);
    m_problemsTitle->setBuddy(m_problemsView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_windowsTitle);
    layout->addWidget(m_windowsView, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemsView, 1);
    clear();
}

QString AuditReportView::summary() const
{
    return m_summary->text();
}

void AuditReportView::setSummaryText(const QString &text)
{
    m_summary->setText(text);
}

void AuditReportView::clear()
{
    m_summary->clear();
    m_error->clear();
    m_error->hide();
    m_windowsModel->removeRows(0, m_windowsModel->rowCount());
    m_problemsModel->removeRows(0, m_problemsModel->rowCount());
    m_windowsTitle->hide();
    m_windowsView->hide();
    m_problemsTitle->hide();
    m_problemsView->hide();
}

void AuditReportView::setReport(const AuditReport &report)
{
    clear();
    m_summary->setText(AuditText::summary(report));
    if (report.error) {
        m_error->setText(errorText(report));
        m_error->show();
    }

    // Only the windows with something in them: a week has 336, most of them empty at night.
    int shown = 0;
    for (const AuditWindow &w : report.windows) {
        if (w.listed <= 0 && w.archived == 0 && w.problems == 0)
            continue;
        ++shown;
        QList<QStandardItem *> row{textItem(localShortTime(w.window.from)),
                                   textItem(localShortTime(w.window.to)),
                                   w.beyondRetention ? textItem(tr("beyond retention"))
                                                     : countItem(w.listed),
                                   countItem(w.archived),
                                   countItem(w.verified),
                                   countItem(w.problems)};
        if (w.beyondRetention) {
            row[WindowListed]->setToolTip(tr("RingCentral no longer keeps the items of this "
                                             "window: only the stored files were checked."));
        }
        row[WindowFrom]->setData(w.window.from, Qt::UserRole);
        if (w.problems > 0) {
            QFont font = row[WindowProblems]->font();
            font.setBold(true);
            row[WindowProblems]->setFont(font);
        }
        m_windowsModel->appendRow(row);
    }
    if (!report.windows.isEmpty()) {
        m_windowsTitle->setText(
            tr("&Half-hour windows with items (%1 of %2):")
                .arg(QLocale().toString(shown), QLocale().toString(int(report.windows.size()))));
        m_windowsTitle->show();
        m_windowsView->show();
        m_windowsView->resizeColumnsToContents();
    }

    for (const AuditProblem &problem : report.problems) {
        const QString path = AuditProblem::printable(problem.path);
        QList<QStandardItem *> row{
            textItem(AuditProblem::kindText(problem.kind)),
            textItem(problem.type ? AuditText::itemTypeName(*problem.type) : QString()),
            textItem(problem.sourceId), textItem(path),
            textItem(AuditProblem::printable(problem.detail))};
        row[ProblemPath]->setToolTip(path);
        row[ProblemDetail]->setToolTip(AuditProblem::printable(problem.detail));
        row[ProblemKind]->setData(int(problem.kind), Qt::UserRole);
        row[ProblemKind]->setToolTip(
            problem.repairable ? tr("Repair can fix this: RingCentral still has the item.")
                               : tr("Repair cannot fix this."));
        m_problemsModel->appendRow(row);
    }
    if (!report.problems.isEmpty()) {
        m_problemsTitle->setText(
            tr("&Problems (%1):").arg(QLocale().toString(int(report.problems.size()))));
        m_problemsTitle->show();
        m_problemsView->show();
        m_problemsView->resizeColumnsToContents();
    }
}

} // namespace rca

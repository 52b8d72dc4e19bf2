// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// LogsPage: the Logs tab. "Show Log for" the last 7 (default), 30 or 90 days or a From/To date
// range applied with Go; SHOW LESS / SHOW MORE between jobs that archived data (or failed) and
// all jobs; the job table (JobLogModel, paged) that updates live from the engine's
// jobStarted/jobFinished; job details; the CSV export of the shown rows; and Verify archive…,
// which checks the shown days in storage (AuditDialog). Its columns are wide enough for their
// contents before any job has run (the window's first size follows them), and keep the widths
// the user gave them; a note says when the jobs archive the demo's made-up items. GUI thread: it
// reads the store through the GUI thread's database connection and hears the engine (which
// lives in its worker thread) through queued connections.
#pragma once

#include "appcontext.h"
#include "archive/timewindow.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rca {

class AuditDialog;
class DemoNotice;
class JobDetailsDialog;
class JobLogModel;

class LogsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Last7Days, Last30Days, Last90Days, Custom };
    Q_ENUM(Period)

    // Asks where to save the CSV: parent, caption, suggested path, name filter; an empty
    // result cancels. QFileDialog::getSaveFileName unless a test puts its own.
    using SaveFileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedPath,
                              const QString &filter)>;

    explicit LogsPage(const AppContext &context, QWidget *parent = nullptr);

    JobLogModel *model() const { return m_model; }
    Period period() const { return m_period; }
    // A preset period: the range starts at local midnight N-1 days ago and stays open at the
    // end, so jobs that start later still appear.
    void setPeriod(Period period);
    // A custom range of local dates, both included. False (and nothing changes) when from is
    // after to.
    bool setCustomRange(const QDate &from, const QDate &to);
    bool showsLess() const { return m_showLess; }
    void setShowLess(bool less);

    void setSaveFileChooser(SaveFileChooser chooser);
    // Writes every job the table shows (all pages) as CSV (see JobLogCsv). False with a
    // message when the file cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr);

    // Opens the details of a job (non-modal to the event loop; deleted when closed).
    JobDetailsDialog *openDetails(qint64 jobId);
    // The job of the current row; 0 when none.
    qint64 currentJobId() const;

    // What Verify archive… checks: the shown days, up to the last window the schedule has
    // archived by now. Invalid when none of it is archived yet.
    TimeWindow auditRange() const;
    // The Verify archive dialog; null until it was opened.
    AuditDialog *auditDialog() const { return m_auditDialog; }

    QTableView *table() const { return m_table; }
    // The column widths (QHeaderView::saveState), to restore at the next launch. Restored
    // or changed by the user, they are kept; otherwise the columns follow their contents.
    QByteArray saveColumns() const;
    bool restoreColumns(const QByteArray &state);
    // Wide enough for every column of a typical job without a horizontal scroll bar.
    QSize sizeHint() const override;

public Q_SLOTS:
    // Reads the store again with the current filter (a preset period moves to today).
    void refresh();
    void openSelectedDetails();
    void exportWithDialog();
    // Opens the Verify archive dialog and starts checking auditRange(). Null when no check
    // can start (no engine, nothing archivable in the range).
    AuditDialog *verifyArchive();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void onPeriodChosen(int index);
    void onDatesEdited();
    void onGo();
    void updateRangeState();
    void updateViewState();
    void updateShowLessButton();
    void resizeColumns();
    // What a column needs to show a typical cell (a date and time, the longest status) and
    // its header, whether or not a job has run yet.
    int neededColumnWidth(int column) const;
    QDate today() const;

    AppContext m_context;
    JobLogModel *m_model = nullptr;
    Period m_period = Period::Last7Days;
    bool m_showLess = false;
    QDate m_customFrom;
    QDate m_customTo;
    // The local day the preset period was computed on; a new day moves the period on show.
    QDate m_appliedOn;
    SaveFileChooser m_saveFileChooser;
    // The user (or the last session) set the column widths: they are no longer fitted.
    bool m_columnsSetByUser = false;
    bool m_fittingColumns = false;

    DemoNotice *m_demoNotice = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QPushButton *m_goButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    AuditDialog *m_auditDialog = nullptr; // child; kept for the next check
    QLabel *m_rangeMessage = nullptr;
    QPushButton *m_showLessButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AuditDialog: "Verify archive…" of the Logs tab. It asks the engine (in its worker thread,
// through a queued call) to audit a range, shows the phase, a progress bar over the half-hour
// windows and the files checked, and Cancel (Engine::requestStop, which is thread-safe). Then
// the report (AuditReportView), Repair when the source still holds what is missing or damaged
// (the audit again with repair, whose after-repair report and repair job it shows), and Save
// report… as CSV or JSON. Non-modal: the window stays usable while the engine checks. An audit
// the engine runs on its own (the weekly check) is not taken for the one asked for here. GUI
// thread.
#pragma once

#include "appcontext.h"
#include "archive/timewindow.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rca {

class AuditReportView;
// From engine/engine.h, which no header that moc reads may include: its Q_DECLARE_METATYPEs
// would come after other moc files' uses of those types in the library's one moc unit.
struct AuditProgress;
struct AuditResult;

class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save: parent, caption, suggested path, name filter; an empty result
    // cancels. The same shape as LogsPage::SaveFileChooser, which the page passes on.
    using SaveFileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedPath,
                              const QString &filter)>;

    explicit AuditDialog(const AppContext &context, QWidget *parent = nullptr);
    ~AuditDialog() override;

    // Asks the engine to audit the range (repair: and to repair what it can, then audit again).
    // False while an audit of this dialog still runs.
    bool start(const TimeWindow &range, bool repair = false);
    bool isRunning() const { return m_running; }
    TimeWindow range() const { return m_range; }
    // The last result; null while the first audit runs.
    const AuditResult *result() const { return m_result.get(); }
    AuditReportView *reportView() const { return m_report; }

    void setSaveFileChooser(SaveFileChooser chooser);
    // Writes the shown report: CSV when the path ends in .csv, JSON otherwise. False with a
    // message when the file cannot be written.
    bool saveReport(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    // Repair: the same range again, with repair.
    void repair();
    // Asks the engine to stop the audit (or its repair) at the next step.
    void cancel();
    void saveWithDialog();
    // While an audit runs, closing cancels it.
    void reject() override;

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void showProgress(const AuditProgress &progress);
    void showResult(const AuditResult &result);
    bool isOurs(const AuditResult &result) const;
    void setRunning(bool running);
    QString repairText(const AuditResult &result) const;

    AppContext m_context;
    TimeWindow m_range;
    bool m_running = false;
    bool m_repairing = false;
    std::unique_ptr<AuditResult> m_result;
    SaveFileChooser m_saveFileChooser;

    QLabel *m_title = nullptr;
    QWidget *m_progressBox = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_files = nullptr;
    QLabel *m_repairOutcome = nullptr;
    AuditReportView *m_report = nullptr;
    QPushButton *m_repairButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace rca

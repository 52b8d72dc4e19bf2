// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncOptionsPage: the Sync options tab of the user guide. The Enable backup toggle (off by
// default, usable once RingCentral and a storage are connected); for administrators the switch
// between Account Settings (call recordings of every extension they manage) and My Extension;
// the types to archive; the next job, the running job's progress, Run now, and archiving a
// past date range; the weekly check of the archive; and, for this computer, launching at login and
// which notifications show. Settings are saved at once and take effect at the next job. The next
// and the last job are read from the store when the page is built: the engine may have
// announced them before the page listened. GUI thread.
#pragma once

#include "appcontext.h"
#include "archive/timewindow.h"
#include "engine/jobrunner.h"
#include "store/jobstore.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace rca {

class DemoNotice;

class SyncOptionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncOptionsPage(const AppContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    // Re-reads connections and settings from the store (after the Accounts tab changed them).
    void refresh();
    // From the engine (queued).
    void setNextJob(const QDateTime &utc);
    void jobStarted(const rca::JobRecord &job);
    void jobProgress(const rca::JobProgress &progress);
    void jobFinished(const rca::JobRecord &job);
    void setBusy(bool busy);

Q_SIGNALS:
    void backupToggled(bool enabled);
    void runNowRequested();
    void rangeRequested(const rca::TimeWindow &window);
    // The view, the types or the weekly check changed: the engine re-plans with them.
    void settingsChanged();

private:
    QWidget *buildBackup();
    QWidget *buildTypes();
    QWidget *buildStatus();
    QWidget *buildDesktop();
    void saveView();
    void saveTypes();
    void requestRange();
    void updateTypeBoxes();
    void showLastJob(const rca::JobRecord &job);
    void showNextJob(const QDateTime &utc);

    AppContext m_context;
    bool m_refreshing = false;
    bool m_busy = false;
    bool m_admin = false;
    bool m_demo = false;

    DemoNotice *m_demoNotice = nullptr;
    QCheckBox *m_enable = nullptr;
    QLabel *m_enableHint = nullptr;
    QCheckBox *m_weeklyAudit = nullptr;
    QWidget *m_viewBox = nullptr; // the administrator's switch
    QRadioButton *m_accountView = nullptr;
    QRadioButton *m_extensionView = nullptr;
    QLabel *m_typesHint = nullptr;
    QCheckBox *m_callRecording = nullptr;
    QCheckBox *m_voiceMail = nullptr;
    QCheckBox *m_sms = nullptr;
    QCheckBox *m_fax = nullptr;
    QLabel *m_nextJob = nullptr;
    QLabel *m_jobState = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_runNow = nullptr;
    QDateEdit *m_rangeFrom = nullptr;
    QDateEdit *m_rangeTo = nullptr;
    QPushButton *m_archiveRange = nullptr;
    QLabel *m_rangeHint = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_desktopError = nullptr;
    QList<QPair<QCheckBox *, const char *>> m_notifications; // box, settings key
};

} // namespace rca

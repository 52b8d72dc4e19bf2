// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// AccountsPage: the Accounts tab of the user guide. CONNECT / DISCONNECT RingCentral, and one
// storage: any installed connector plugin, with the form its SetUpDescription describes (a
// browser sign-in, a connection test, a host key to confirm where it says so). Sign-ins
// run in a BackgroundTask so the window stays responsive and can cancel them; a "reconnect
// needed" state is shown plainly with one button to fix it. For someone without a RingCentral
// app: the demo source in one click, a default local folder in one more, and once both sides
// are connected, a button that turns backup on (and, for the demo, archives its last hours at
// once, so the Logs tab and the tray show a job within seconds). GUI thread.
#pragma once

#include "accounts/accounts.h"
#include "appcontext.h"
#include "archive/timewindow.h"
#include "common/backgroundtask.h"
#include "storage/setupdescription.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace rca {

class SetUpForm;

class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    // opener opens sign-in pages (the system browser; tests pass a stand-in).
    AccountsPage(const AppContext &context, BackgroundTask::Opener opener,
                 QWidget *parent = nullptr);
    ~AccountsPage() override;

    // Tests: replaces the folder dialog of Local folder.
    void setFolderChooser(std::function<QString()> chooser);
    bool isBusy() const;

    // The folder offered with one click for a storage on this computer: ~/RingCentral Archive.
    static QString defaultArchiveFolder();
    // What the demo makes up per hour, and how many hours back it archives when started.
    static constexpr int DemoItemsPerHour = 12;
    static constexpr int DemoPastHours = 6;

public Q_SLOTS:
    // Re-reads the connections from the store.
    void refresh();
    // The engine says something needs the user (a refused sign-in, a storage gone away).
    void showAttention(const QString &reason);

Q_SIGNALS:
    // A connection was made or removed: the engine re-plans (and backup is off after a
    // disconnect).
    void connectionsChanged();
    // Both sides are connected and the user wants backup on.
    void backupRequested();
    // ... and, starting the demo, its recent past archived now (a window just before the one
    // the schedule archives first).
    void rangeRequested(const rca::TimeWindow &window);

private:
    enum class Section { RingCentral, Storage };
    static SetUpDescription ringCentralDescription();
    QWidget *buildRingCentral();
    QWidget *buildStorage();
    QWidget *buildReady();
    void connectDemo();
    void useDefaultFolder(SetUpForm *form, const QString &pathKey);
    void startBackup();
    // The stacked storage forms take the height of the one shown, not of the tallest.
    void showStorageForm(QWidget *page);
    void connectRingCentral(bool reconnect);
    void disconnectRingCentral();
    // answers: what the user confirmed when the connector asked (a host key).
    void connectStorage(const QVariantMap &answers = {});
    void testStorage(const QVariantMap &answers = {});
    void disconnectStorage();
    // Asks what the error's Confirmation asks; true with *answers completed when confirmed.
    bool askToConfirm(const Error &error, QVariantMap *answers);
    QString selectedStorage() const;
    // The form of the selected storage (null when there is none) and its options, with the
    // answers to a confirmation added.
    SetUpForm *storageOptions(const QVariantMap &answers, QVariantMap *options) const;
    void runTask(
        Section section, const QString &progressText,
        std::function<Error(Accounts &, const BackgroundTask::Opener &, const CancelToken &)> work,
        std::function<void(const Error &)> done);
    void setBusy(Section section, const QString &text);
    void showError(Section section, const QString &text);
    void updateConnectEnabled();
    Accounts accounts() const;

    AppContext m_context;
    BackgroundTask::Opener m_opener;
    std::function<QString()> m_chooseFolder;
    QPointer<BackgroundTask> m_task;

    // RingCentral
    QLabel *m_rcState = nullptr;
    QLabel *m_rcDetails = nullptr;
    QWidget *m_rcAttention = nullptr;
    QLabel *m_rcAttentionText = nullptr;
    QPushButton *m_rcConnect = nullptr;
    QPushButton *m_rcDisconnect = nullptr;
    SetUpForm *m_rcAdvanced = nullptr;
    QWidget *m_rcProgress = nullptr;
    QLabel *m_rcProgressText = nullptr;
    QLabel *m_rcError = nullptr;
    QWidget *m_tryDemo = nullptr;

    // Storage
    QLabel *m_storageState = nullptr;
    QLabel *m_storageLocation = nullptr;
    QLabel *m_storageOpen = nullptr;
    QWidget *m_storageChooser = nullptr;
    QComboBox *m_storageKind = nullptr;
    QStackedWidget *m_storageForms = nullptr;
    QHash<QString, QWidget *> m_formPages;
    QHash<QString, SetUpForm *> m_forms;
    QHash<QString, QPushButton *> m_testButtons;
    QPushButton *m_storageConnect = nullptr;
    QPushButton *m_storageDisconnect = nullptr;
    QWidget *m_storageProgress = nullptr;
    QLabel *m_storageProgressText = nullptr;
    QLabel *m_storageError = nullptr;
    QLabel *m_storageAttention = nullptr;

    // Both connected, backup off: the next step.
    QWidget *m_ready = nullptr;
    QLabel *m_readyText = nullptr;
    QPushButton *m_readyButton = nullptr;
};

} // namespace rca

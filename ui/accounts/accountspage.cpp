// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountspage.h"

#include "accountsrows.h"
#include "common/messagebox.h"
#include "common/plannedjob.h"
#include "setupform.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/settingsstore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rca {

using namespace AccountsRows;

AccountsPage::AccountsPage(const AppContext &context, BackgroundTask::Opener opener,
                           QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Choose the archive folder"));
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildRingCentral());
    layout->addWidget(buildStorage());
    layout->addWidget(buildReady());
    layout->addStretch(1);
    refresh();
}

AccountsPage::~AccountsPage() = default;

QString AccountsPage::defaultArchiveFolder()
{
    // English like every folder name RC Archiver makes.
    return QDir::home().filePath(QStringLiteral("RingCentral Archive"));
}

Accounts AccountsPage::accounts() const
{
    return Accounts(m_context.db, m_context.connectors, m_context.secrets, m_context.profile.id());
}

void AccountsPage::setFolderChooser(std::function<QString()> chooser)
{
    m_chooseFolder = std::move(chooser);
}

bool AccountsPage::isBusy() const
{
    return m_task && m_task->isRunning();
}

// RingCentral's server settings, all optional: the defaults are the production servers and
// the client id of the README.
SetUpDescription AccountsPage::ringCentralDescription()
{
    auto field = [](const char *key, SetUpField::Kind kind, const QString &label,
                    const QString &description) {
        SetUpField f;
        f.key = QLatin1String(key);
        f.kind = kind;
        f.label = label;
        f.description = description;
        f.advanced = true;
        return f;
    };
    SetUpDescription description;
    description.browserSignIn = true;
    description.fields = {
        field("clientId", SetUpField::Kind::Text, tr("Client id"),
              tr("The client id of your registered RingCentral app (see the README)")),
        field("serverUrl", SetUpField::Kind::Text, tr("API server"),
              tr("API server (https://platform.ringcentral.com)")),
        field("mediaUrl", SetUpField::Kind::Text, tr("Media server"),
              tr("Media server (https://media.ringcentral.com)")),
        field("redirectPort", SetUpField::Kind::Port, tr("Sign-in redirect port"),
              tr("Loopback port of the registered redirect URI")),
    };
    description.fields[3].defaultValue = 5000;
    return description;
}

QWidget *AccountsPage::buildRingCentral()
{
    auto *box = new QGroupBox(tr("RingCentral"), this);
    box->setObjectName(QStringLiteral("ringCentralBox"));
    auto *layout = new QVBoxLayout(box);

    m_rcState = new QLabel(box);
    m_rcState->setObjectName(QStringLiteral("ringCentralState"));
    m_rcState->setTextFormat(Qt::PlainText);
    QFont bold = m_rcState->font();
    bold.setBold(true);
    m_rcState->setFont(bold);
    m_rcDetails = new QLabel(box);
    m_rcDetails->setObjectName(QStringLiteral("ringCentralDetails"));
    m_rcDetails->setWordWrap(true);
    layout->addWidget(m_rcState);
    layout->addWidget(m_rcDetails);

    m_rcAttention = messageRow(box, QStyle::SP_MessageBoxWarning, &m_rcAttentionText);
    m_rcAttention->setObjectName(QStringLiteral("ringCentralAttention"));
    auto *reconnect = actionButton(tr("RECONNECT"), QStringLiteral("ringCentralReconnect"),
                                   tr("Sign in to RingCentral again"), m_rcAttention);
    m_rcAttention->layout()->addWidget(reconnect);
    connect(reconnect, &QPushButton::clicked, this, [this] { connectRingCentral(true); });
    layout->addWidget(m_rcAttention);

    QWidget *errorRow = messageRow(box, QStyle::SP_MessageBoxCritical, &m_rcError);
    m_rcError->setObjectName(QStringLiteral("ringCentralError"));
    errorRow->setVisible(false);
    layout->addWidget(errorRow);

    m_rcProgress = progressRow(box, QStringLiteral("ringCentral"), &m_rcProgressText, [this] {
        if (m_task)
            m_task->cancel();
    });
    layout->addWidget(m_rcProgress);

    m_rcAdvanced = new SetUpForm(QStringLiteral("ringCentral"), ringCentralDescription(), box);
    layout->addWidget(m_rcAdvanced);

    auto *buttons = new QHBoxLayout;
    m_rcConnect = actionButton(tr("CONNECT"), QStringLiteral("ringCentralConnect"),
                               tr("Connect RingCentral"), box);
    m_rcDisconnect = actionButton(tr("DISCONNECT"), QStringLiteral("ringCentralDisconnect"),
                                  tr("Disconnect RingCentral"), box);
    buttons->addStretch(1);
    buttons->addWidget(m_rcConnect);
    buttons->addWidget(m_rcDisconnect);
    layout->addLayout(buttons);
    connect(m_rcConnect, &QPushButton::clicked, this, [this] { connectRingCentral(false); });
    connect(m_rcDisconnect, &QPushButton::clicked, this, &AccountsPage::disconnectRingCentral);

    // CONNECT needs the client id of an app registered with RingCentral; the demo needs nothing.
    m_tryDemo = new QWidget(box);
    m_tryDemo->setObjectName(QStringLiteral("tryDemoRow"));
    auto *demoRow = new QHBoxLayout(m_tryDemo);
    demoRow->setContentsMargins(0, 0, 0, 0);
    auto *demoButton = new QPushButton(tr("Try it with &made-up recordings"), m_tryDemo);
    demoButton->setObjectName(QStringLiteral("tryDemo"));
    demoButton->setFlat(true);
    demoButton->setCursor(Qt::PointingHandCursor);
    QFont link = demoButton->font();
    link.setUnderline(true);
    demoButton->setFont(link);
    demoButton->setToolTip(tr("Connects the demo, which makes up call recordings, voicemails, "
                              "SMS and faxes. Nothing is read from RingCentral."));
    demoButton->setAccessibleDescription(demoButton->toolTip());
    demoRow->addStretch(1);
    demoRow->addWidget(new QLabel(tr("No RingCentral app at hand?"), m_tryDemo));
    demoRow->addWidget(demoButton);
    layout->addWidget(m_tryDemo);
    connect(demoButton, &QPushButton::clicked, this, &AccountsPage::connectDemo);
    return box;
}

QWidget *AccountsPage::buildReady()
{
    m_ready = messageRow(this, QStyle::SP_MessageBoxInformation, &m_readyText);
    m_ready->setObjectName(QStringLiteral("readyRow"));
    m_readyText->setObjectName(QStringLiteral("readyText"));
    m_readyButton = actionButton(tr("&Enable backup"), QStringLiteral("startBackup"),
                                 tr("Enable backup"), m_ready);
    m_ready->layout()->addWidget(m_readyButton);
    connect(m_readyButton, &QPushButton::clicked, this, &AccountsPage::startBackup);
    m_ready->hide();
    return m_ready;
}

void AccountsPage::refresh()
{
    Accounts accounts = this->accounts();
    const Accounts::Source source = accounts.source();
    const bool busy = isBusy();
    if (!source.isConnected()) {
        m_rcState->setText(tr("Not connected"));
        m_rcDetails->setText(tr("Connect the RingCentral account whose recordings and "
                                "messages you want to keep. You sign in in your browser."));
    } else if (source.kind == u"ringcentral") {
        m_rcState->setText(source.userName.isEmpty() ? source.displayName : source.userName);
        m_rcDetails->setText(
            tr("Extension %1 · %2")
                .arg(source.extensionNumber,
                     source.admin ? tr("Administrator: archives the call recordings of every "
                                       "extension you manage")
                                  : tr("Extension user: archives your own extension")));
    } else {
        m_rcState->setText(tr("Demo: made-up recordings"));
        m_rcDetails->setText(tr("RC Archiver archives made-up call recordings, voicemails, SMS "
                                "and faxes, so you can try it without a RingCentral app. Nothing "
                                "comes from RingCentral. Disconnect the demo to connect "
                                "RingCentral."));
    }
    m_rcAttention->setVisible(source.kind == u"ringcentral" && !source.attention.isEmpty());
    m_rcAttentionText->setText(source.attention);
    m_rcConnect->setVisible(!source.isConnected());
    m_rcDisconnect->setVisible(source.isConnected());
    m_rcAdvanced->setVisible(!source.isConnected());
    m_rcConnect->setEnabled(!busy);
    m_rcDisconnect->setEnabled(!busy);
    m_tryDemo->setVisible(!source.isConnected());
    m_tryDemo->setEnabled(!busy);

    const Accounts::Storage storage = accounts.storage();
    m_storageChooser->setVisible(!storage.isConnected());
    m_storageConnect->setVisible(!storage.isConnected());
    m_storageDisconnect->setVisible(storage.isConnected());
    m_storageDisconnect->setEnabled(!busy);
    if (storage.isConnected()) {
        m_storageState->setText(storage.displayName);
        // What the connector says of the storage besides its place (Object Lock), a line each.
        QStringList lines{tr("Archive: %1").arg(storage.location)};
        lines += storage.details;
        m_storageLocation->setText(lines.join(u'\n'));
        m_storageOpen->setVisible(!storage.locationUrl.isEmpty());
        m_storageOpen->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(storage.locationUrl.toHtmlEscaped(), tr("Open the archive folder")));
    } else {
        m_storageState->setText(tr("Not connected"));
        m_storageLocation->setText(
            tr("Choose where the archive goes. RC Archiver creates the folder "
               "Apps/RingCentral Application there."));
        m_storageOpen->hide();
        m_storageAttention->parentWidget()->hide();
    }

    const bool demo = source.kind == u"demo";
    const bool backupOn =
        SettingsStore(m_context.db).boolValue(QLatin1String(SettingKey::BackupEnabled));
    m_ready->setVisible(source.isConnected() && source.attention.isEmpty() &&
                        storage.isConnected() && !backupOn && !busy);
    if (demo) {
        m_readyText->setText(tr("The demo is ready. Start it to archive the made-up items of "
                                "the last %1 hours now, and new ones every half hour.")
                                 .arg(DemoPastHours));
        m_readyButton->setText(tr("&Start the demo"));
    } else {
        m_readyText->setText(tr("Both sides are connected. Enable backup to archive new "
                                "recordings and messages every half hour."));
        m_readyButton->setText(tr("&Enable backup"));
    }
    updateConnectEnabled();
}

void AccountsPage::connectDemo()
{
    if (isBusy())
        return;
    showError(Section::RingCentral, {});
    // Nothing to sign in to: made up at once, in this thread.
    const QVariantMap options{{QStringLiteral("itemsPerHour"), DemoItemsPerHour}};
    if (Error e = accounts().connectSource(QStringLiteral("demo"), options, {})) {
        showError(Section::RingCentral, e.message());
        return;
    }
    refresh();
    Q_EMIT connectionsChanged();
}

void AccountsPage::startBackup()
{
    const bool demo = accounts().source().kind == u"demo";
    if (Error e =
            SettingsStore(m_context.db).setValue(QLatin1String(SettingKey::BackupEnabled), true)) {
        showError(Section::Storage, e.message());
        return;
    }
    Q_EMIT backupRequested();
    // The schedule archives the half hour that ended about two hours ago, at the next :00 or
    // :30; the demo shows a job at once with the hours before that.
    if (demo)
        Q_EMIT rangeRequested(recentPastBeforeSchedule(m_context.clock, DemoPastHours));
    refresh();
}

void AccountsPage::showAttention(const QString &reason)
{
    refresh();
    // A refused RingCentral sign-in is in the store and shown above; anything else is the
    // storage's.
    if (accounts().source().attention == reason)
        return;
    m_storageAttention->setText(reason);
    m_storageAttention->parentWidget()->setVisible(!reason.isEmpty());
}

void AccountsPage::updateConnectEnabled()
{
    const bool busy = isBusy();
    bool ready = m_storageKind->count() > 0 && !busy;
    SetUpForm *form = m_forms.value(selectedStorage());
    ready = ready && form && form->isComplete();
    m_storageConnect->setEnabled(ready);
    for (QPushButton *test : std::as_const(m_testButtons))
        test->setEnabled(ready);
    m_storageKind->setEnabled(!busy);
}

void AccountsPage::setBusy(Section section, const QString &text)
{
    QWidget *progress = section == Section::RingCentral ? m_rcProgress : m_storageProgress;
    QLabel *label = section == Section::RingCentral ? m_rcProgressText : m_storageProgressText;
    label->setText(text);
    progress->setVisible(!text.isEmpty());
    refresh();
}

void AccountsPage::showError(Section section, const QString &text)
{
    QLabel *label = section == Section::RingCentral ? m_rcError : m_storageError;
    label->setText(text);
    label->parentWidget()->setVisible(!text.isEmpty());
}

void AccountsPage::runTask(
    Section section, const QString &progressText,
    std::function<Error(Accounts &, const BackgroundTask::Opener &, const CancelToken &)> work,
    std::function<void(const Error &)> done)
{
    if (isBusy())
        return;
    showError(Section::RingCentral, {});
    showError(Section::Storage, {});
    const AppContext context = m_context;
    auto *task = new BackgroundTask(m_opener, this);
    m_task = task;
    connect(task, &BackgroundTask::browserOpened, this, [this, section] {
        setBusy(section, tr("Waiting for you to sign in in your browser…"));
    });
    connect(task, &BackgroundTask::finished, this, [this, task, section, done](const Error &e) {
        task->deleteLater();
        m_task = nullptr;
        setBusy(section, {});
        if (e && e.kind() != Error::Kind::Cancelled)
            showError(section, e.message());
        done(e);
        refresh();
    });
    setBusy(section, progressText);
    task->start([context, opener = task->browserOpener(), work](const CancelToken &cancel) {
        // Accounts in the worker thread: the database gives it a connection of its own.
        Accounts accounts(context.db, context.connectors, context.secrets, context.profile.id());
        return work(accounts, opener, cancel);
    });
}

void AccountsPage::connectRingCentral(bool reconnect)
{
    const QVariantMap options = m_rcAdvanced->values();
    runTask(
        Section::RingCentral, tr("Opening the RingCentral sign-in…"),
        [options, reconnect](Accounts &accounts, const BackgroundTask::Opener &opener,
                             const CancelToken &cancel) {
            return reconnect ? accounts.reconnectSource(opener, cancel)
                             : accounts.connectSource(QStringLiteral("ringcentral"), options,
                                                      opener, cancel);
        },
        [this](const Error &e) {
            if (!e)
                Q_EMIT connectionsChanged();
        });
}

void AccountsPage::disconnectRingCentral()
{
    const Accounts::Source source = accounts().source();
    if (source.kind == u"demo") {
        if (MessageBox::question(this, tr("Disconnect the demo?"),
                                 tr("Backup stops. The made-up items already archived stay in "
                                    "your storage."),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    } else if (MessageBox::question(
                   this, tr("Disconnect %1?").arg(source.displayName),
                   tr("Backup stops, and RC Archiver forgets its sign-in to %1. Everything already "
                      "archived stays in your storage.")
                       .arg(source.displayName),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    runTask(
        Section::RingCentral, tr("Disconnecting…"),
        [](Accounts &accounts, const BackgroundTask::Opener &, const CancelToken &) {
            return accounts.disconnectSource();
        },
        [this](const Error &) { Q_EMIT connectionsChanged(); });
}

bool AccountsPage::askToConfirm(const Error &error, QVariantMap *answers)
{
    const Confirmation *confirmation = error.confirmation();
    if (!confirmation)
        return false;
    if (confirmation->kind == Confirmation::Kind::Secret) {
        // The form has the field: the message says what to enter there.
        if (SetUpForm *form = m_forms.value(selectedStorage())) {
            if (QWidget *field = form->field(confirmation->optionKey))
                field->setFocus();
        }
        return false;
    }
    if (MessageBox::question(this, confirmation->title, confirmation->question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    answers->insert(confirmation->optionKey, confirmation->value);
    return true;
}

} // namespace rca

#include "accountspage.h"

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

namespace {

// A line with a warning icon and wrapped text: errors and "needs attention" messages.
QWidget *messageRow(QWidget *parent, QStyle::StandardPixmap icon, QLabel **text)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(row->style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    *text = new QLabel(row);
    (*text)->setWordWrap(true);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(iconLabel);
    layout->addWidget(*text, 1);
    return row;
}

// Progress while a sign-in runs: what we wait for, a busy bar and Cancel.
QWidget *progressRow(QWidget *parent, const QString &name, QLabel **text,
                     std::function<void()> onCancel)
{
    auto *row = new QWidget(parent);
    row->setObjectName(name + QStringLiteral("Progress"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    *text = new QLabel(row);
    (*text)->setWordWrap(true);
    auto *bar = new QProgressBar(row);
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    bar->setAccessibleName(QCoreApplication::translate("rca::AccountsPage", "Working"));
    auto *cancel = new QPushButton(QCoreApplication::translate("rca::AccountsPage", "Cancel"), row);
    cancel->setObjectName(name + QStringLiteral("Cancel"));
    QObject::connect(cancel, &QPushButton::clicked, row, std::move(onCancel));
    layout->addWidget(*text, 1);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    row->hide();
    return row;
}

QPushButton *actionButton(const QString &text, const QString &name, const QString &accessible,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setMinimumWidth(button->fontMetrics().horizontalAdvance(text) + 48);
    return button;
}

} // namespace

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

QWidget *AccountsPage::buildStorage()
{
    auto *box = new QGroupBox(tr("Storage"), this);
    box->setObjectName(QStringLiteral("storageBox"));
    auto *layout = new QVBoxLayout(box);

    m_storageState = new QLabel(box);
    m_storageState->setObjectName(QStringLiteral("storageState"));
    QFont bold = m_storageState->font();
    bold.setBold(true);
    m_storageState->setFont(bold);
    m_storageLocation = new QLabel(box);
    m_storageLocation->setObjectName(QStringLiteral("storageLocation"));
    m_storageLocation->setWordWrap(true);
    m_storageLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storageOpen = new QLabel(box);
    m_storageOpen->setObjectName(QStringLiteral("storageOpen"));
    m_storageOpen->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    m_storageOpen->setAccessibleName(tr("Open the archive folder"));
    connect(m_storageOpen, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(m_storageState);
    layout->addWidget(m_storageLocation);
    layout->addWidget(m_storageOpen);

    QWidget *attentionRow = messageRow(box, QStyle::SP_MessageBoxWarning, &m_storageAttention);
    m_storageAttention->setObjectName(QStringLiteral("storageAttention"));
    attentionRow->hide();
    layout->addWidget(attentionRow);

    // Not connected: which storage, and the form it needs.
    m_storageChooser = new QWidget(box);
    auto *chooserLayout = new QVBoxLayout(m_storageChooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    m_storageKind = new QComboBox(m_storageChooser);
    m_storageKind->setObjectName(QStringLiteral("storageKind"));
    m_storageKind->setAccessibleName(tr("Storage"));
    auto *kindLabel = new QLabel(tr("&Archive to:"), m_storageChooser);
    kindLabel->setBuddy(m_storageKind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_storageKind, 1);
    chooserLayout->addLayout(kindRow);
    m_storageForms = new QStackedWidget(m_storageChooser);
    chooserLayout->addWidget(m_storageForms);

    // Every installed plugin, in the order the plugins state, each with the form it describes.
    for (StorageConnectorFactory *factory : m_context.connectors->factories()) {
        const QString id = factory->id();
        const SetUpDescription description = factory->setUpDescription();
        auto *page = new QWidget(m_storageForms);
        auto *column = new QVBoxLayout(page);
        column->setContentsMargins(0, 0, 0, 0);
        if (description.browserSignIn) {
            auto *hint = new QLabel(tr("CONNECT opens %1 in your browser. Sign in there and "
                                       "allow RC Archiver to use its own folder.")
                                        .arg(factory->displayName()),
                                    page);
            hint->setWordWrap(true);
            column->addWidget(hint);
        }
        auto *form = new SetUpForm(id, description, page);
        form->setFolderChooser([this] { return m_chooseFolder(); });
        connect(form, &SetUpForm::changed, this, &AccountsPage::updateConnectEnabled);
        column->addWidget(form);
        // A folder on this computer: offer one that needs no choosing.
        const SetUpField *folder = description.firstOfKind(SetUpField::Kind::FolderPath);
        if (folder && folder->required && !description.browserSignIn &&
            !description.firstOfKind(SetUpField::Kind::Host)) {
            QString shown = QDir::toNativeSeparators(defaultArchiveFolder());
#ifndef Q_OS_WIN
            shown = QStringLiteral("~/") + QDir::home().relativeFilePath(defaultArchiveFolder());
#endif
            auto *useDefault = new QPushButton(tr("&Use %1").arg(shown), page);
            useDefault->setObjectName(id + QStringLiteral("UseDefaultFolder"));
            useDefault->setToolTip(tr("Creates the folder %1 and archives into it.")
                                       .arg(QDir::toNativeSeparators(defaultArchiveFolder())));
            useDefault->setAccessibleDescription(useDefault->toolTip());
            connect(useDefault, &QPushButton::clicked, this,
                    [this, form, key = folder->key] { useDefaultFolder(form, key); });
            column->addWidget(useDefault, 0, Qt::AlignLeft);
        }
        if (description.offersTest) {
            auto *test = new QPushButton(tr("&Test connection"), page);
            test->setObjectName(id + QStringLiteral("Test"));
            test->setAccessibleName(tr("Test the connection"));
            connect(test, &QPushButton::clicked, this, [this] { testStorage(); });
            column->addWidget(test, 0, Qt::AlignLeft);
            m_testButtons.insert(id, test);
        }
        m_formPages.insert(id, page);
        m_forms.insert(id, form);
        m_storageForms->addWidget(page);
        m_storageKind->addItem(factory->displayName(), id);
    }
    connect(m_storageKind, &QComboBox::currentIndexChanged, this, [this] {
        showStorageForm(m_formPages.value(selectedStorage()));
        updateConnectEnabled();
    });
    if (m_storageKind->count() > 0)
        showStorageForm(m_formPages.value(selectedStorage()));
    layout->addWidget(m_storageChooser);

    QWidget *errorRow = messageRow(box, QStyle::SP_MessageBoxCritical, &m_storageError);
    m_storageError->setObjectName(QStringLiteral("storageError"));
    errorRow->hide();
    layout->addWidget(errorRow);
    m_storageProgress = progressRow(box, QStringLiteral("storage"), &m_storageProgressText, [this] {
        if (m_task)
            m_task->cancel();
    });
    layout->addWidget(m_storageProgress);

    auto *buttons = new QHBoxLayout;
    m_storageConnect = actionButton(tr("CONNECT"), QStringLiteral("storageConnect"),
                                    tr("Connect the storage"), box);
    m_storageDisconnect = actionButton(tr("DISCONNECT"), QStringLiteral("storageDisconnect"),
                                       tr("Disconnect the storage"), box);
    buttons->addStretch(1);
    buttons->addWidget(m_storageConnect);
    buttons->addWidget(m_storageDisconnect);
    layout->addLayout(buttons);
    connect(m_storageConnect, &QPushButton::clicked, this, [this] { connectStorage(); });
    connect(m_storageDisconnect, &QPushButton::clicked, this, &AccountsPage::disconnectStorage);
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

void AccountsPage::showStorageForm(QWidget *page)
{
    // A stacked widget is as tall as its tallest page unless the others are ignored.
    for (QWidget *form : std::as_const(m_formPages)) {
        const auto policy = form == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        form->setSizePolicy(policy, policy);
    }
    m_storageForms->setCurrentWidget(page);
    m_storageForms->updateGeometry();
}

QString AccountsPage::selectedStorage() const
{
    return m_storageKind->currentData().toString();
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
        m_storageLocation->setText(tr("Archive: %1").arg(storage.location));
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

void AccountsPage::useDefaultFolder(SetUpForm *form, const QString &pathKey)
{
    if (isBusy())
        return;
    const QString folder = defaultArchiveFolder();
    if (!QDir().mkpath(folder)) {
        showError(Section::Storage, tr("Could not create the folder %1. Choose another one.")
                                        .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(form->field(pathKey)))
        edit->setText(QDir::toNativeSeparators(folder));
    connectStorage();
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

SetUpForm *AccountsPage::storageOptions(const QVariantMap &answers, QVariantMap *options) const
{
    SetUpForm *form = m_forms.value(selectedStorage());
    if (form) {
        *options = form->values();
        options->insert(answers); // what the user confirmed in a box (a host key)
    }
    return form;
}

void AccountsPage::connectStorage(const QVariantMap &answers)
{
    const QString id = selectedStorage();
    QVariantMap options;
    SetUpForm *form = storageOptions(answers, &options);
    if (!form)
        return;
    const QString name = m_storageKind->currentText();
    const bool browser = m_context.connectors->factory(id)->setUpDescription().browserSignIn;
    runTask(
        Section::Storage,
        browser ? tr("Opening the %1 sign-in…").arg(name) : tr("Connecting to %1…").arg(name),
        [id, options](Accounts &accounts, const BackgroundTask::Opener &opener,
                      const CancelToken &cancel) {
            return accounts.connectStorage(id, options, opener, cancel);
        },
        [this, form, answers](const Error &e) {
            QVariantMap confirmed = answers;
            if (e && askToConfirm(e, &confirmed)) {
                showError(Section::Storage, {});
                // After the box closes, so the page is idle again.
                QMetaObject::invokeMethod(
                    this, [this, confirmed] { connectStorage(confirmed); }, Qt::QueuedConnection);
                return;
            }
            if (!e) {
                form->clearSecrets();
                Q_EMIT connectionsChanged();
            }
        });
}

void AccountsPage::testStorage(const QVariantMap &answers)
{
    const QString id = selectedStorage();
    QVariantMap options;
    SetUpForm *form = storageOptions(answers, &options);
    if (!form)
        return;
    // Where the test went, for the message: the server when the form has one.
    StorageConnectorFactory *factory = m_context.connectors->factory(id);
    const SetUpField *host = factory->setUpDescription().firstOfKind(SetUpField::Kind::Host);
    const QString where = host ? options.value(host->key).toString() : factory->displayName();
    runTask(
        Section::Storage, tr("Testing the connection…"),
        [id, options](Accounts &accounts, const BackgroundTask::Opener &, const CancelToken &) {
            return accounts.testStorage(id, options);
        },
        [this, answers, where](const Error &e) {
            QVariantMap confirmed = answers;
            if (e && askToConfirm(e, &confirmed)) {
                showError(Section::Storage, {});
                QMetaObject::invokeMethod(
                    this, [this, confirmed] { testStorage(confirmed); }, Qt::QueuedConnection);
                return;
            }
            if (!e)
                MessageBox::information(
                    this, tr("Connection works"),
                    tr("RC Archiver signed in to %1 and can write to the folder.").arg(where));
        });
}

void AccountsPage::disconnectStorage()
{
    const Accounts::Storage storage = accounts().storage();
    if (MessageBox::question(
            this, tr("Disconnect %1?").arg(storage.displayName),
            tr("Backup stops, and RC Archiver forgets its sign-in to %1. The recordings and "
               "messages already archived stay in %2.")
                .arg(storage.displayName, storage.location),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    runTask(
        Section::Storage, tr("Disconnecting…"),
        [](Accounts &accounts, const BackgroundTask::Opener &, const CancelToken &) {
            return accounts.disconnectStorage();
        },
        [this](const Error &) {
            m_storageAttention->parentWidget()->hide();
            Q_EMIT connectionsChanged();
        });
}

} // namespace rca

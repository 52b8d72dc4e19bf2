// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Storage box of the Accounts tab: one form per storage connector from its set-up
// description, the default folder, CONNECT, Test connection and DISCONNECT. The RingCentral
// box and what both share are in accountspage.cpp. GUI thread.
#include "accountspage.h"

#include "accountsrows.h"
#include "common/messagebox.h"
#include "setupform.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rca {

using namespace AccountsRows;

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

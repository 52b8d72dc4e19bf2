// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Accounts tab, driven through its widgets: a Local folder connected with the folder
// chooser and disconnected after the confirmation; RingCentral and Dropbox signed in against
// their fakes with the browser replaced; the "reconnect needed" state; a storage plugin built only
// for the tests (tests/plugins/testconnector) shown and connected from its own description; the
// demo and a default folder for someone without a RingCentral app, then backup on with the
// demo's last hours archived at once; the storage box as tall as the form it shows.
#include "accounts/accountspage.h"
#include "accounts/setupform.h"
#include "common/messagebox.h"
#include "engine/slotcalendar.h"
#include "fakeserver.h"
#include "guifixture.h"
#include "redirectbrowser.h"
#include "store/settingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace rca;
using namespace rca::test;

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Types into a form's field, whatever editor its kind has.
void setField(SetUpForm *form, const char *key, const QString &text)
{
    QWidget *field = form->field(QString::fromLatin1(key));
    if (auto *spin = qobject_cast<QSpinBox *>(field))
        spin->setValue(text.toInt());
    else if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->setText(text);
    else
        qWarning("no text field %s", key);
}

// The labels a form shows now, in order.
QStringList shownLabels(QWidget *form)
{
    QStringList labels;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(form))
            labels << label->text();
    }
    return labels;
}

void chooseStorage(AccountsPage *page, const QString &id)
{
    auto *kind = child<QComboBox>(page, "storageKind");
    kind->setCurrentIndex(kind->findData(id));
}

} // namespace

class TestAccountsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void offersEveryStorage();
    void localFolderConnectAndDisconnect();
    void ringCentralSignInShowsWhoAndDisconnects();
    void ringCentralSignInCanBeCancelled();
    void reconnectNeededIsShownWithOneButton();
    void dropboxSignInWithAdvancedSettings();
    void googleDriveSignInAndDisconnect();
    void sftpConfirmsTheHostKeyThenConnects();
    void sftpFormShowsTheFieldsOfTheSignInMethod();
    void advancedSettingsHaveLabelsForPeople();
    void aPluginTheWindowNeverHeardOfIsConnectedFromItsDescription();
    void theDemoAndADefaultFolderWithoutAnyAccount();
    void storageBoxFitsTheFormItShows();

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<RedirectBrowser> m_browser;
    std::unique_ptr<AccountsPage> m_page;
};

void TestAccountsPage::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->opened);
    m_browser = std::make_unique<RedirectBrowser>();
    m_page = std::make_unique<AccountsPage>(m_fixture->context, m_browser->opener());
    m_page->show();
}

void TestAccountsPage::cleanup()
{
    m_page.reset();
    m_browser.reset();
    m_fixture.reset();
}

void TestAccountsPage::offersEveryStorage()
{
    auto *kind = child<QComboBox>(m_page.get(), "storageKind");
    QStringList ids;
    for (int i = 0; i < kind->count(); ++i)
        ids << kind->itemData(i).toString();
    // The user guide's order.
    QCOMPARE(ids, (QStringList{QStringLiteral("dropbox"), QStringLiteral("googledrive"),
                               QStringLiteral("box"), QStringLiteral("sftp"), QStringLiteral("s3"),
                               QStringLiteral("local")}));
    QCOMPARE(child<QLabel>(m_page.get(), "ringCentralState")->text(),
             QStringLiteral("Not connected"));
    QVERIFY(child<QPushButton>(m_page.get(), "ringCentralConnect")->isVisible());
    QVERIFY(!child<QPushButton>(m_page.get(), "ringCentralDisconnect")->isVisible());
}

void TestAccountsPage::localFolderConnectAndDisconnect()
{
    const QString folder = m_fixture->path(QStringLiteral("nas"));
    QVERIFY(QDir().mkpath(folder));
    m_page->setFolderChooser([folder] { return folder; });
    chooseStorage(m_page.get(), QStringLiteral("local"));
    auto *connectButton = child<QPushButton>(m_page.get(), "storageConnect");
    QVERIFY(!connectButton->isEnabled()); // no folder yet
    QTest::mouseClick(child<QPushButton>(m_page.get(), "localPathBrowse"), Qt::LeftButton);
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);

    auto *disconnectButton = child<QPushButton>(m_page.get(), "storageDisconnect");
    QTRY_VERIFY(disconnectButton->isVisible());
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Local folder"));
    QVERIFY(child<QLabel>(m_page.get(), "storageLocation")->text().contains(folder));
    QVERIFY(QFileInfo(folder + QStringLiteral("/Apps/RingCentral Application")).isDir());
    SettingsStore settings(m_fixture->context.db);
    QCOMPARE(settings.stringValue(QLatin1String(SettingKey::StorageKind)), QStringLiteral("local"));

    // Backup is on; disconnecting asks first, and Cancel keeps everything.
    settings.setValue(QLatin1String(SettingKey::BackupEnabled), true);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("stay")));
    QCOMPARE(settings.stringValue(QLatin1String(SettingKey::StorageKind)), QStringLiteral("local"));

    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(settings.stringValue(QLatin1String(SettingKey::StorageKind)), QString());
    QVERIFY(!settings.boolValue(QLatin1String(SettingKey::BackupEnabled)));
    QVERIFY(QFileInfo(folder + QStringLiteral("/Apps/RingCentral Application")).isDir());
    QVERIFY(connectButton->isVisible());
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Not connected"));
}

void TestAccountsPage::ringCentralSignInShowsWhoAndDisconnects()
{
    FakeServer fake;
    QVERIFY(
        fake.start(QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/ringcentral/fake_ringcentral.py"),
                   {QStringLiteral("--admin")}));
    SetUpForm *advanced = child<SetUpForm>(m_page.get(), "ringCentralForm");
    setField(advanced, "serverUrl", fake.url());
    setField(advanced, "mediaUrl", fake.url());
    setField(advanced, "clientId", QStringLiteral("rca-test-client"));
    setField(advanced, "redirectPort", QString::number(freePort()));

    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "ringCentralConnect"), Qt::LeftButton);
    QVERIFY(child<QWidget>(m_page.get(), "ringCentralProgress")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QVERIFY2(child<QLabel>(m_page.get(), "ringCentralError")->text().isEmpty(),
             qPrintable(child<QLabel>(m_page.get(), "ringCentralError")->text()));
    QVERIFY(!child<QWidget>(m_page.get(), "ringCentralProgress")->isVisible());
    const QString details = child<QLabel>(m_page.get(), "ringCentralDetails")->text();
    QVERIFY2(details.startsWith(QStringLiteral("Extension ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Administrator")), qPrintable(details));
    QVERIFY(!child<QLabel>(m_page.get(), "ringCentralState")->text().isEmpty());
    QVERIFY(child<QLabel>(m_page.get(), "ringCentralState")->text() != u"Not connected");
    QVERIFY(!m_fixture->secrets.isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "ringCentralDisconnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
    QCOMPARE(child<QLabel>(m_page.get(), "ringCentralState")->text(),
             QStringLiteral("Not connected"));
    QVERIFY(m_fixture->secrets.isEmpty()); // the tokens are gone from the keychain
}

void TestAccountsPage::ringCentralSignInCanBeCancelled()
{
    // A browser that never comes back: the page waits until Cancel.
    m_page = std::make_unique<AccountsPage>(m_fixture->context, [](const QUrl &) { return true; });
    m_page->show();
    SetUpForm *advanced = child<SetUpForm>(m_page.get(), "ringCentralForm");
    setField(advanced, "clientId", QStringLiteral("rca-test-client"));
    setField(advanced, "redirectPort", QString::number(freePort()));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "ringCentralConnect"), Qt::LeftButton);
    QTRY_VERIFY(m_page->isBusy());
    QTRY_VERIFY(child<QWidget>(m_page.get(), "ringCentralProgress")
                    ->findChild<QLabel *>()
                    ->text()
                    .contains(QStringLiteral("browser")));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "ringCentralCancel"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    QCOMPARE(child<QLabel>(m_page.get(), "ringCentralState")->text(),
             QStringLiteral("Not connected"));
    QCOMPARE(
        SettingsStore(m_fixture->context.db).stringValue(QLatin1String(SettingKey::SourceKind)),
        QString());
}

void TestAccountsPage::reconnectNeededIsShownWithOneButton()
{
    SettingsStore settings(m_fixture->context.db);
    settings.setValue(QLatin1String(SettingKey::SourceKind), QStringLiteral("ringcentral"));
    settings.setValue(QLatin1String(SettingKey::SourceSettings),
                      QJsonObject{{QStringLiteral("extensionName"), QStringLiteral("Ada Admin")},
                                  {QStringLiteral("extensionNumber"), QStringLiteral("101")},
                                  {QStringLiteral("admin"), true}});
    settings.setValue(QLatin1String(SettingKey::SourceAttention),
                      QStringLiteral("RingCentral refused the saved sign-in. Reconnect."));
    m_page->refresh();
    QCOMPARE(child<QLabel>(m_page.get(), "ringCentralState")->text(), QStringLiteral("Ada Admin"));
    QVERIFY(child<QWidget>(m_page.get(), "ringCentralAttention")->isVisible());
    QVERIFY(child<QPushButton>(m_page.get(), "ringCentralReconnect")->isVisible());

    settings.reset(QLatin1String(SettingKey::SourceAttention));
    m_page->refresh();
    QVERIFY(!child<QWidget>(m_page.get(), "ringCentralAttention")->isVisible());
}

void TestAccountsPage::dropboxSignInWithAdvancedSettings()
{
    FakeServer fake;
    QVERIFY(fake.start(QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/dropbox/fake_dropbox.py")));
    chooseStorage(m_page.get(), QStringLiteral("dropbox"));
    SetUpForm *advanced = child<SetUpForm>(m_page.get(), "dropboxForm");
    setField(advanced, "appKey", QStringLiteral("test-app-key"));
    setField(advanced, "apiUrl", fake.url());
    setField(advanced, "contentUrl", fake.url());
    setField(advanced, "authorizeUrl", fake.url() + QStringLiteral("/oauth2/authorize"));
    setField(advanced, "redirectPort", QString::number(freePort()));

    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "storageConnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Dropbox"));
    QVERIFY(child<QPushButton>(m_page.get(), "storageDisconnect")->isVisible());
    QCOMPARE(
        SettingsStore(m_fixture->context.db).stringValue(QLatin1String(SettingKey::StorageKind)),
        QStringLiteral("dropbox"));
}

void TestAccountsPage::googleDriveSignInAndDisconnect()
{
    FakeServer fake;
    QVERIFY(
        fake.start(QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/googledrive/fake_googledrive.py")));
    // Google's endpoints and the OAuth client come from the environment, as on the command line.
    const QByteArray base = fake.url().toLatin1();
    qputenv("RCA_GOOGLE_AUTH_URL", base + "/o/oauth2/v2/auth");
    qputenv("RCA_GOOGLE_TOKEN_URL", base + "/token");
    qputenv("RCA_GOOGLE_API_URL", base);
    qputenv("RCA_GOOGLE_CLIENT_ID", "rca-test.apps.googleusercontent.com");
    qputenv("RCA_GOOGLE_CLIENT_SECRET", "GOCSPX-test");
    chooseStorage(m_page.get(), QStringLiteral("googledrive"));
    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "storageConnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QVERIFY2(child<QLabel>(m_page.get(), "storageError")->text().isEmpty(),
             qPrintable(child<QLabel>(m_page.get(), "storageError")->text()));
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Google Drive"));
    QVERIFY(!m_fixture->secrets.isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "storageDisconnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Not connected"));
    QVERIFY(m_fixture->secrets.isEmpty());
}

void TestAccountsPage::sftpConfirmsTheHostKeyThenConnects()
{
    // A throwaway sshd (tests/harness/sshd.sh) that lets in a fresh ed25519 key.
    const QString harness = QStringLiteral(RCA_SOURCE_DIR "/tests/harness/sshd.sh");
    const QString sshd = m_fixture->path(QStringLiteral("sshd"));
    const QString key = m_fixture->path(QStringLiteral("id_ed25519"));
    QVERIFY(QDir().mkpath(sshd));
    QCOMPARE(
        QProcess::execute(QStringLiteral("ssh-keygen"),
                          {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                           QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}),
        0);
    QProcess start;
    start.start(QStringLiteral("bash"), {harness, QStringLiteral("start"), sshd});
    QVERIFY(start.waitForFinished(30000));
    const int port = QString::fromUtf8(start.readAllStandardOutput()).trimmed().toInt();
    QVERIFY2(port > 0, start.readAllStandardError().constData());
    auto stopServer = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("bash"), {harness, QStringLiteral("stop"), sshd});
    });
    QFile publicKey(key + QStringLiteral(".pub"));
    QFile authorized(sshd + QStringLiteral("/authorized_keys"));
    QVERIFY(publicKey.open(QIODevice::ReadOnly) && authorized.open(QIODevice::Append));
    authorized.write(publicKey.readAll());
    authorized.close();
    const QString folder = m_fixture->path(QStringLiteral("remote"));
    QVERIFY(QDir().mkpath(folder));

    chooseStorage(m_page.get(), QStringLiteral("sftp"));
    child<QLineEdit>(m_page.get(), "sftpHost")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(m_page.get(), "sftpPort")->setValue(port);
    child<QLineEdit>(m_page.get(), "sftpRoot")->setText(folder);
    child<QLineEdit>(m_page.get(), "sftpKeyFile")->setText(key);

    // The first connection: the unknown host key is shown, and the user says no.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "storageConnect"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("SHA256:")),
             qPrintable(child<QLabel>(m_page.get(), "storageError")->text()));
    QCOMPARE(
        SettingsStore(m_fixture->context.db).stringValue(QLatin1String(SettingKey::StorageKind)),
        QString());
    QVERIFY(!child<QLabel>(m_page.get(), "storageError")->text().isEmpty());

    // Again, and this time the fingerprint is confirmed: connected.
    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "storageConnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("SFTP"));
    QVERIFY(QFileInfo(folder + QStringLiteral("/Apps/RingCentral Application")).isDir());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "storageDisconnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Not connected"));
}

void TestAccountsPage::sftpFormShowsTheFieldsOfTheSignInMethod()
{
    chooseStorage(m_page.get(), QStringLiteral("sftp"));
    auto *form = child<SetUpForm>(m_page.get(), "sftpForm");
    auto *method = child<QComboBox>(m_page.get(), "sftpAuth");
    auto *connectButton = child<QPushButton>(m_page.get(), "storageConnect");
    QCOMPARE(method->currentData().toString(), QStringLiteral("key"));
    QCOMPARE(
        shownLabels(form),
        (QStringList{QStringLiteral("Server:"), QStringLiteral("Port:"), QStringLiteral("User:"),
                     QStringLiteral("Folder on the server:"), QStringLiteral("Sign-in method:"),
                     QStringLiteral("Key file:"), QStringLiteral("Key passphrase:")}));
    QVERIFY(!connectButton->isEnabled()); // no server yet
    QVERIFY(!child<QPushButton>(m_page.get(), "sftpTest")->isEnabled());
    child<QLineEdit>(m_page.get(), "sftpHost")->setText(QStringLiteral("nas.example.com"));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(child<QPushButton>(m_page.get(), "sftpTest")->isEnabled());

    method->setCurrentIndex(method->findData(QStringLiteral("password")));
    QVERIFY(shownLabels(form).contains(QStringLiteral("Password:")));
    QVERIFY(!shownLabels(form).contains(QStringLiteral("Key file:")));
    QVERIFY(!connectButton->isEnabled()); // a password is needed now
    auto *password = child<QLineEdit>(m_page.get(), "sftpPassword");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("secret"));
    QVERIFY(connectButton->isEnabled());
    const QVariantMap options = form->values();
    QCOMPARE(options.value(QStringLiteral("auth")).toString(), QStringLiteral("password"));
    QCOMPARE(options.value(QStringLiteral("password")).toString(), QStringLiteral("secret"));
    QVERIFY(!options.contains(QStringLiteral("port"))); // the default stays the default
    QVERIFY(!options.contains(QStringLiteral("keyFile")));

    method->setCurrentIndex(method->findData(QStringLiteral("agent")));
    QVERIFY(
        !form->values().contains(QStringLiteral("password"))); // not sent where it does not apply
    QVERIFY(connectButton->isEnabled());
}

void TestAccountsPage::advancedSettingsHaveLabelsForPeople()
{
    for (const char *name : {"dropboxForm", "googledriveForm", "sftpForm", "ringCentralForm"}) {
        auto *form = child<SetUpForm>(m_page.get(), name);
        QVERIFY(form);
        const QList<QLabel *> labels = form->findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (QLabel *label : labels) {
            if (!label->buddy())
                continue;
            // "Sign-in redirect port:", not "redirectPort:", "RedirectPort:" or "redirect_port:"
            QVERIFY2(label->text().at(0).isUpper(), qPrintable(label->text()));
            static const QRegularExpression internalKey(QStringLiteral("[a-z][A-Z][a-z]|[_.]\\w"));
            QVERIFY2(!label->text().contains(internalKey), qPrintable(label->text()));
            QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->text()));
            QVERIFY2(!label->buddy()->toolTip().isEmpty(), qPrintable(label->text()));
        }
    }
    QCOMPARE(
        shownLabels(child<QWidget>(m_page.get(), "ringCentralAdvanced")),
        (QStringList{QStringLiteral("Client id:"), QStringLiteral("API server:"),
                     QStringLiteral("Media server:"), QStringLiteral("Sign-in redirect port:")}));
    auto *dropbox = child<SetUpForm>(m_page.get(), "dropboxForm");
    QVERIFY(child<QWidget>(dropbox, "dropboxAdvancedToggle"));
    QVERIFY(!child<QWidget>(dropbox, "dropboxAdvanced")->isVisible()); // collapsed
    QVERIFY(shownLabels(child<QWidget>(dropbox, "dropboxAdvanced"))
                .contains(QStringLiteral("Sign-in redirect port:")));
}

void TestAccountsPage::aPluginTheWindowNeverHeardOfIsConnectedFromItsDescription()
{
    ConnectorRegistry registry({QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins"),
                                QStringLiteral(RCA_TEST_PLUGIN_DIR)});
    QVERIFY2(registry.factory(QStringLiteral("teststorage")),
             qPrintable(registry.loadErrors().join(u'\n')));
    AppContext context = m_fixture->context;
    context.connectors = &registry;
    m_page = std::make_unique<AccountsPage>(context, m_browser->opener());
    m_page->show();
    const QString folder = m_fixture->path(QStringLiteral("test-storage"));
    QVERIFY(QDir().mkpath(folder));
    m_page->setFolderChooser([folder] { return folder; });

    // Listed where its metadata puts it (order 5: first), under its own name.
    auto *kind = child<QComboBox>(m_page.get(), "storageKind");
    QCOMPARE(kind->count(), 7);
    QCOMPARE(kind->itemData(0).toString(), QStringLiteral("teststorage"));
    QCOMPARE(kind->itemText(0), QStringLiteral("Test storage"));
    chooseStorage(m_page.get(), QStringLiteral("teststorage"));

    // Exactly its fields, each of its kind; the secret only for the choice it belongs to.
    auto *form = child<SetUpForm>(m_page.get(), "teststorageForm");
    QVERIFY(form->isVisible());
    QCOMPARE(shownLabels(form),
             (QStringList{QStringLiteral("Test folder:"), QStringLiteral("Flavour:")}));
    QVERIFY(qobject_cast<QLineEdit *>(form->field(QStringLiteral("folder"))));
    auto *flavour = qobject_cast<QComboBox *>(form->field(QStringLiteral("flavour")));
    QVERIFY(flavour);
    QCOMPARE(flavour->count(), 2);
    QCOMPARE(flavour->itemText(1), QStringLiteral("Fancy"));
    auto *token = qobject_cast<QLineEdit *>(form->field(QStringLiteral("token")));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(token->toolTip(), QStringLiteral("Kept in the keychain."));
    QVERIFY(!form->findChild<QWidget *>(QStringLiteral("teststorageAdvancedToggle")));

    auto *connectButton = child<QPushButton>(m_page.get(), "storageConnect");
    auto *test = child<QPushButton>(m_page.get(), "teststorageTest");
    QVERIFY(!connectButton->isEnabled()); // the folder is required
    QVERIFY(!test->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_page.get(), "teststorageFolderBrowse"), Qt::LeftButton);
    QVERIFY(connectButton->isEnabled());
    flavour->setCurrentIndex(1);
    QCOMPARE(shownLabels(form),
             (QStringList{QStringLiteral("Test folder:"), QStringLiteral("Flavour:"),
                          QStringLiteral("Access token:")}));
    QVERIFY(!connectButton->isEnabled()); // the token is required for this flavour
    token->setText(QStringLiteral("t0k3n"));
    QVERIFY(connectButton->isEnabled());

    // Its connection test, offered because its description says so.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Connection works"));

    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    QVERIFY2(child<QLabel>(m_page.get(), "storageError")->text().isEmpty(),
             qPrintable(child<QLabel>(m_page.get(), "storageError")->text()));
    QCOMPARE(child<QLabel>(m_page.get(), "storageState")->text(), QStringLiteral("Test storage"));
    QCOMPARE(
        SettingsStore(m_fixture->context.db).stringValue(QLatin1String(SettingKey::StorageKind)),
        QStringLiteral("teststorage"));
    QFile record(folder + QStringLiteral("/teststorage.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QJsonObject seen = QJsonDocument::fromJson(record.readAll()).object();
    QCOMPARE(seen, (QJsonObject{{QStringLiteral("folder"), folder},
                                {QStringLiteral("flavour"), QStringLiteral("fancy")},
                                {QStringLiteral("tokenGiven"), true}}));
    QVERIFY(!m_fixture->secrets.isEmpty()); // the token went to the keychain
    QVERIFY(token->text().isEmpty());       // and left the form
}

void TestAccountsPage::theDemoAndADefaultFolderWithoutAnyAccount()
{
    // Home is a temporary folder: the default archive folder goes there.
    const QString home = m_fixture->path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home));
    auto restoreHome = qScopeGuard([&savedHome] { qputenv("HOME", savedHome); });
    m_page = std::make_unique<AccountsPage>(m_fixture->context, m_browser->opener());
    m_page->show();
    QCOMPARE(AccountsPage::defaultArchiveFolder(), home + QStringLiteral("/RingCentral Archive"));

    // One click: the demo, named as such.
    QSignalSpy changed(m_page.get(), &AccountsPage::connectionsChanged);
    auto *tryDemo = child<QPushButton>(m_page.get(), "tryDemo");
    QVERIFY(tryDemo && tryDemo->isVisible());
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    SettingsStore settings(m_fixture->context.db);
    QCOMPARE(settings.stringValue(QLatin1String(SettingKey::SourceKind)), QStringLiteral("demo"));
    QCOMPARE(child<QLabel>(m_page.get(), "ringCentralState")->text(),
             QStringLiteral("Demo: made-up recordings"));
    QVERIFY(child<QLabel>(m_page.get(), "ringCentralDetails")->text().contains(u"made-up"));
    QVERIFY(!tryDemo->isVisible());
    QVERIFY(child<QPushButton>(m_page.get(), "ringCentralDisconnect")->isVisible());
    QVERIFY(!child<QWidget>(m_page.get(), "readyRow")->isVisible()); // no storage yet

    // One more: the default folder, created and connected.
    chooseStorage(m_page.get(), QStringLiteral("local"));
    auto *useDefault = child<QPushButton>(m_page.get(), "localUseDefaultFolder");
    QVERIFY(useDefault && useDefault->isVisible());
    QCOMPARE(useDefault->text().remove(u'&'), QStringLiteral("Use ~/RingCentral Archive"));
    QTest::mouseClick(useDefault, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
    QVERIFY2(child<QLabel>(m_page.get(), "storageError")->text().isEmpty(),
             qPrintable(child<QLabel>(m_page.get(), "storageError")->text()));
    QCOMPARE(settings.stringValue(QLatin1String(SettingKey::StorageKind)), QStringLiteral("local"));
    QVERIFY(QFileInfo(home + QStringLiteral("/RingCentral Archive/Apps/RingCentral Application"))
                .isDir());

    // Both sides: start the demo, which turns backup on and archives the hours just before
    // the first window of the schedule.
    auto *ready = child<QWidget>(m_page.get(), "readyRow");
    QVERIFY(ready && ready->isVisible());
    auto *start = child<QPushButton>(m_page.get(), "startBackup");
    QCOMPARE(start->text().remove(u'&'), QStringLiteral("Start the demo"));
    QSignalSpy backup(m_page.get(), &AccountsPage::backupRequested);
    QSignalSpy range(m_page.get(), &AccountsPage::rangeRequested);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(backup.count(), 1);
    QCOMPARE(range.count(), 1);
    QVERIFY(settings.boolValue(QLatin1String(SettingKey::BackupEnabled)));
    const QDateTime firstWindow =
        SlotCalendar::windowForSlot(SlotCalendar().slotAfter(m_fixture->clock.now())).from;
    QCOMPARE(range.at(0).at(0).value<TimeWindow>(),
             TimeWindow(firstWindow.addSecs(-AccountsPage::DemoPastHours * 3600), firstWindow));
    QVERIFY(!ready->isVisible());

    // Disconnecting the demo says what it is.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "ringCentralDisconnect"), Qt::LeftButton);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Disconnect the demo?"));
}

void TestAccountsPage::storageBoxFitsTheFormItShows()
{
    auto *box = child<QWidget>(m_page.get(), "storageBox");
    auto heightWith = [this, box](const char *id) {
        chooseStorage(m_page.get(), QString::fromLatin1(id));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return box->height();
    };
    const int sftp = heightWith("sftp");
    const int local = heightWith("local");
    QVERIFY2(local < sftp, qPrintable(QStringLiteral("local %1, sftp %2").arg(local).arg(sftp)));
    // The form shown still gets all the room it asks for.
    auto *localForm = child<QWidget>(m_page.get(), "localForm");
    QVERIFY(localForm->height() >= localForm->sizeHint().height());
    QCOMPARE(heightWith("sftp"), sftp);
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"

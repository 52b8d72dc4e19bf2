#include "sftpform.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rca {

namespace {
// The user the server is most likely to know: the one signed in here, as ssh assumes.
QString localUserName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QDir::home().dirName()));
}
} // namespace

SftpForm::SftpForm(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_root(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_keyFileLabel(new QLabel(tr("&Key file:"), this))
    , m_keyFileRow(new QWidget(this))
    , m_keyFile(new QLineEdit(m_keyFileRow))
    , m_passphraseLabel(new QLabel(tr("Pass&phrase:"), this))
    , m_passphrase(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("Pass&word:"), this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_host->setObjectName(QStringLiteral("sftpHost"));
    m_host->setPlaceholderText(tr("nas.example.com"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setObjectName(QStringLiteral("sftpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_port->setAccessibleName(tr("Port"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Server:"), this);
    hostLabel->setBuddy(m_host);
    layout->addRow(hostLabel, hostRow);

    m_user->setObjectName(QStringLiteral("sftpUser"));
    m_user->setPlaceholderText(localUserName());
    m_user->setAccessibleName(tr("User"));
    layout->addRow(tr("&User:"), m_user);

    m_root->setObjectName(QStringLiteral("sftpRoot"));
    m_root->setPlaceholderText(tr("The login folder"));
    m_root->setAccessibleName(tr("Folder on the server"));
    layout->addRow(tr("&Folder:"), m_root);

    m_method->setObjectName(QStringLiteral("sftpMethod"));
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Key file"), QStringLiteral("key"));
    m_method->addItem(tr("SSH agent"), QStringLiteral("agent"));
    m_method->addItem(tr("Password"), QStringLiteral("password"));
    m_method->addItem(tr("Keyboard-interactive"), QStringLiteral("keyboard-interactive"));
    layout->addRow(tr("Sign-in &method:"), m_method);

    m_keyFile->setObjectName(QStringLiteral("sftpKeyFile"));
    m_keyFile->setPlaceholderText(QDir::home().filePath(QStringLiteral(".ssh/id_ed25519")));
    m_keyFile->setAccessibleName(tr("Key file"));
    auto *browse = new QPushButton(tr("&Browse…"), m_keyFileRow);
    browse->setObjectName(QStringLiteral("sftpKeyFileBrowse"));
    browse->setAccessibleName(tr("Choose the key file"));
    auto *keyRow = new QHBoxLayout(m_keyFileRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    m_keyFileLabel->setBuddy(m_keyFile);
    layout->addRow(m_keyFileLabel, m_keyFileRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose the private key"), QDir::home().filePath(QStringLiteral(".ssh")));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });

    m_passphrase->setObjectName(QStringLiteral("sftpPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Only if the key has one"));
    m_passphrase->setAccessibleName(tr("Key passphrase"));
    m_passphraseLabel->setBuddy(m_passphrase);
    layout->addRow(m_passphraseLabel, m_passphrase);

    m_password->setObjectName(QStringLiteral("sftpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel->setBuddy(m_password);
    layout->addRow(m_passwordLabel, m_password);

    m_test->setObjectName(QStringLiteral("sftpTest"));
    m_test->setAccessibleName(tr("Test the connection"));
    layout->addRow(QString(), m_test);
    connect(m_test, &QPushButton::clicked, this, &SftpForm::testRequested);

    for (QLineEdit *edit : {m_host, m_user, m_root, m_keyFile, m_passphrase, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SftpForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &SftpForm::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        Q_EMIT changed();
    });
    connect(this, &SftpForm::changed, this, [this] { m_test->setEnabled(isComplete()); });
    updateFields();
    m_test->setEnabled(false);
}

void SftpForm::updateFields()
{
    const QString method = m_method->currentData().toString();
    const bool key = method == u"key";
    const bool password = method == u"password" || method == u"keyboard-interactive";
    for (QWidget *w :
         {static_cast<QWidget *>(m_keyFileLabel), m_keyFileRow,
          static_cast<QWidget *>(m_passphraseLabel), static_cast<QWidget *>(m_passphrase)})
        w->setVisible(key);
    m_passwordLabel->setVisible(password);
    m_password->setVisible(password);
}

QVariantMap SftpForm::options() const
{
    QVariantMap options;
    options.insert(QStringLiteral("host"), m_host->text().trimmed());
    options.insert(QStringLiteral("port"), QString::number(m_port->value()));
    const QString user = m_user->text().trimmed();
    options.insert(QStringLiteral("user"), user.isEmpty() ? localUserName() : user);
    if (!m_root->text().trimmed().isEmpty())
        options.insert(QStringLiteral("root"), m_root->text().trimmed());
    const QString method = m_method->currentData().toString();
    options.insert(QStringLiteral("auth"), method);
    if (method == u"key") {
        if (!m_keyFile->text().trimmed().isEmpty())
            options.insert(QStringLiteral("keyFile"), m_keyFile->text().trimmed());
        if (!m_passphrase->text().isEmpty())
            options.insert(QStringLiteral("passphrase"), m_passphrase->text());
    } else if (method != u"agent" && !m_password->text().isEmpty()) {
        options.insert(QStringLiteral("password"), m_password->text());
    }
    return options;
}

bool SftpForm::isComplete() const
{
    if (m_host->text().trimmed().isEmpty())
        return false;
    const QString method = m_method->currentData().toString();
    if (method == u"password")
        return !m_password->text().isEmpty();
    return true;
}

void SftpForm::clearSecrets()
{
    m_passphrase->clear();
    m_password->clear();
}

} // namespace rca

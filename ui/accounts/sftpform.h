// SftpForm: the SFTP server's address, user, folder and sign-in method, laid out the way
// people know from file-transfer programs; only the fields the chosen method needs are shown.
// Passwords and passphrases entered here go to the keychain through the connector. GUI thread.
#pragma once

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rca {

class SftpForm : public QWidget
{
    Q_OBJECT
public:
    explicit SftpForm(QWidget *parent = nullptr);

    // The connector's setUp options (see connectors/sftp/sftp.json).
    QVariantMap options() const;
    bool isComplete() const;
    void clearSecrets();

Q_SIGNALS:
    void changed();
    void testRequested();

private:
    void updateFields();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_root;
    QComboBox *m_method;
    QLabel *m_keyFileLabel;
    QWidget *m_keyFileRow;
    QLineEdit *m_keyFile;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_test;
};

} // namespace rca

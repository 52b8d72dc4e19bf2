// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftpsetupoptions.h"

#include "libssh2support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rca {

using namespace ssh;

namespace {

struct AuthName
{
    AuthMethod method;
    const char *name;
};
const AuthName AuthNames[] = {
    {AuthMethod::Key, "key"},
    {AuthMethod::Agent, "agent"},
    {AuthMethod::Password, "password"},
    {AuthMethod::KeyboardInteractive, "keyboard-interactive"},
};

// An optional whole number from low to high; false when given but not one.
bool number(const QString &text, int low, int high, int *value)
{
    if (text.isEmpty())
        return true;
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= low && *value <= high;
}

// The user the server is most likely to know: the one signed in here, as ssh assumes (the
// name of the home folder where the environment does not say).
QString defaultSftpUser()
{
    const QString name = localSftpUserName();
    return name.isEmpty() ? QDir::home().dirName() : name;
}

} // namespace

bool parseSftpAuth(const QString &text, AuthMethod *method)
{
    for (const AuthName &entry : AuthNames) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *method = entry.method;
            return true;
        }
    }
    return false;
}

QString sftpAuthName(AuthMethod method)
{
    for (const AuthName &entry : AuthNames) {
        if (entry.method == method)
            return QLatin1String(entry.name);
    }
    return {};
}

QString expandHomePath(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString sharedSftpKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/known_hosts");
}

QString profileSftpKnownHostsFile(const QString &profileDirectory)
{
    if (profileDirectory.isEmpty())
        return sharedSftpKnownHostsFile();
    return QDir::cleanPath(QFileInfo(profileDirectory).absoluteFilePath() +
                           QStringLiteral("/known_hosts"));
}

bool isDefaultSftpKnownHostsFile(const QString &configured)
{
    return configured.isEmpty() ||
           QDir::cleanPath(configured) == QDir::cleanPath(sharedSftpKnownHostsFile());
}

SftpKnownHostsFiles sftpKnownHostsFiles(const QString &configured, const QString &profileDirectory)
{
    if (!isDefaultSftpKnownHostsFile(configured))
        return {configured, {}};
    // Host keys confirmed in one profile must not be trusted by the others: each profile has
    // its own file. One that used the shared file keeps what it trusted for its server.
    const QString own = profileSftpKnownHostsFile(profileDirectory);
    const QString shared = sharedSftpKnownHostsFile();
    const bool usedShared =
        !configured.isEmpty() && QDir::cleanPath(own) != QDir::cleanPath(shared);
    return {own, usedShared ? shared : QString()};
}

QString localSftpUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

Error SftpSetUpOptions::parse(const QVariantMap &options, SftpSetUpOptions *parsed)
{
    auto option = [&](const QString &name) { return options.value(name).toString().trimmed(); };
    SftpSetUpOptions o;

    o.host = option(SftpKey::Host);
    if (o.host.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::SftpConnector", "Enter the SFTP server's host name (the \"host\" "
                                  "option)."));
    if (!number(option(SftpKey::Port), 1, 65535, &o.port))
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector", "\"%1\" is not a port number.")
                .arg(option(SftpKey::Port)));
    o.user = option(SftpKey::User);
    if (o.user.isEmpty())
        o.user = defaultSftpUser();
    if (o.user.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "rca::SftpConnector", "Enter the user to sign in as (the \"user\" "
                                  "option)."));
    o.root = option(SftpKey::Root);

    const QString password = options.value(SftpKey::Password).toString();
    const QString passphrase = options.value(SftpKey::Passphrase).toString();
    o.keyFile = expandHomePath(option(SftpKey::KeyFile));
    if (!option(SftpKey::Auth).isEmpty()) {
        if (!parseSftpAuth(option(SftpKey::Auth), &o.method))
            return Error::storage(
                QCoreApplication::translate("rca::SftpConnector",
                                            "Unknown sign-in method \"%1\": use key, agent, "
                                            "password or keyboard-interactive.")
                    .arg(option(SftpKey::Auth)));
    } else if (!o.keyFile.isEmpty()) {
        o.method = AuthMethod::Key;
    } else if (!password.isEmpty()) {
        o.method = AuthMethod::Password;
    }
    if (o.method == AuthMethod::Key) {
        if (o.keyFile.isEmpty()) {
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString candidate =
                    QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
                if (QFileInfo::exists(candidate)) {
                    o.keyFile = candidate;
                    break;
                }
            }
            if (o.keyFile.isEmpty())
                return Error::storage(QCoreApplication::translate(
                    "rca::SftpConnector", "Choose the SSH key file to sign in with "
                                          "(the \"keyFile\" option)."));
        }
        o.keyFile = QFileInfo(o.keyFile).absoluteFilePath();
    } else {
        o.keyFile.clear();
    }
    o.usesPassword =
        o.method == AuthMethod::Password || o.method == AuthMethod::KeyboardInteractive;
    if (o.usesPassword && password.isEmpty())
        return Error::storage(
                   QCoreApplication::translate("rca::SftpConnector",
                                               "Enter the password for %1 (the \"password\" "
                                               "option).")
                       .arg(o.user))
            .withConfirmation(
                {Confirmation::Kind::Secret,
                 SftpKey::Password,
                 {},
                 QCoreApplication::translate("rca::SftpConnector", "Password for %1 on %2")
                     .arg(o.user, o.host),
                 {},
                 {}});
    // A passphrase for a key that has none is not worth keeping.
    o.secret = o.usesPassword                                                       ? password
               : o.method == AuthMethod::Key && inspectKeyFile(o.keyFile).encrypted ? passphrase
                                                                                    : QString();
    o.acceptHostKey = option(SftpKey::AcceptHostKey);

    if (!number(option(SftpKey::Timeout), 1, 3600, &o.timeout))
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "\"%1\" is not a timeout in seconds (1 to 3600).")
                .arg(option(SftpKey::Timeout)));
    if (!number(option(SftpKey::ParallelSessions), 0, MaxSftpParallelSessions, &o.parallelSessions))
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "\"%1\" is not a number of parallel sessions (0 to "
                                        "%2).")
                .arg(option(SftpKey::ParallelSessions))
                .arg(MaxSftpParallelSessions));
    if (!number(option(SftpKey::ParallelThreshold), 1, 1024 * 1024, &o.parallelThreshold))
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector", "\"%1\" is not a file size in MiB.")
                .arg(option(SftpKey::ParallelThreshold)));
    o.knownHostsFile = expandHomePath(option(SftpKey::KnownHosts));
    if (!o.knownHostsFile.isEmpty())
        o.knownHostsFile = QFileInfo(o.knownHostsFile).absoluteFilePath();
    *parsed = std::move(o);
    return {};
}

QJsonObject SftpSetUpOptions::settings() const
{
    QJsonObject result;
    result[SftpKey::Host] = host;
    result[SftpKey::Port] = port;
    result[SftpKey::User] = user;
    result[SftpKey::Auth] = sftpAuthName(method);
    result[SftpKey::KeyFile] = keyFile;
    if (!knownHostsFile.isEmpty())
        result[SftpKey::KnownHosts] = knownHostsFile;
    if (timeout > 0)
        result[SftpKey::Timeout] = timeout;
    if (parallelSessions >= 0)
        result[SftpKey::ParallelSessions] = parallelSessions;
    if (parallelThreshold > 0)
        result[SftpKey::ParallelThreshold] = parallelThreshold;
    return result;
}

QString SftpSetUpOptions::secretName() const
{
    return usesPassword ? QCoreApplication::translate("rca::SftpConnector", "password")
                        : QCoreApplication::translate("rca::SftpConnector", "key passphrase");
}

Error SftpSetUpOptions::withConfirmation(Error error) const
{
    // SshSession and the sign-in state these facts in the error's details.
    if (error.detail(QStringLiteral("hostKeyStatus")).toString() == u"unknown") {
        const QString type = error.detail(QStringLiteral("hostKeyType")).toString();
        const QString fingerprint = error.detail(QStringLiteral("hostKeyFingerprint")).toString();
        error.withConfirmation(
            {Confirmation::Kind::HostKey, SftpKey::AcceptHostKey,
             QCoreApplication::translate("rca::SftpConnector", "Trust %1?").arg(host),
             QCoreApplication::translate(
                 "rca::SftpConnector",
                 "RC Archiver has not connected to %1 before. The server identifies itself "
                 "with this %2 key:\n\n%3\n\nCompare it with the fingerprint your server's "
                 "administrator gives you (on the server: ssh-keygen -lf "
                 "/etc/ssh/ssh_host_*_key.pub). Connect only if they are the same.")
                 .arg(host, type, fingerprint),
             fingerprint, type});
    } else if (error.detail(QStringLiteral("missingSecret")).toString() == u"passphrase") {
        error.withConfirmation(
            {Confirmation::Kind::Secret,
             SftpKey::Passphrase,
             {},
             QCoreApplication::translate("rca::SftpConnector", "Passphrase of the SSH key for %1")
                 .arg(host),
             {},
             {}});
    }
    return error;
}

SetUpDescription SftpSetUpOptions::description()
{
    using Kind = SetUpField::Kind;
    SetUpDescription d;
    d.offersTest = true;
    auto add = [&](const QString &key, Kind kind, const QString &label, const QString &help) {
        return &d.add(key, kind, label, help);
    };
    SetUpField *f =
        add(SftpKey::Host, Kind::Host, QCoreApplication::translate("rca::SftpConnector", "Server"),
            QCoreApplication::translate("rca::SftpConnector",
                                        "The SFTP server's host name or address."));
    f->required = true;
    f->placeholder = QStringLiteral("nas.example.com");
    f = add(SftpKey::Port, Kind::Port, QCoreApplication::translate("rca::SftpConnector", "Port"),
            QCoreApplication::translate("rca::SftpConnector", "The SSH port."));
    f->defaultValue = 22;
    f = add(SftpKey::User, Kind::User, QCoreApplication::translate("rca::SftpConnector", "User"),
            QCoreApplication::translate("rca::SftpConnector",
                                        "The user to sign in as (default: your user name here)."));
    f->placeholder = defaultSftpUser();
    f = add(SftpKey::Root, Kind::Text,
            QCoreApplication::translate("rca::SftpConnector", "Folder on the server"),
            QCoreApplication::translate(
                "rca::SftpConnector", "The folder on the server to archive into; it must exist."));
    f->placeholder = QCoreApplication::translate("rca::SftpConnector", "The login folder");
    f = add(SftpKey::Auth, Kind::Choice,
            QCoreApplication::translate("rca::SftpConnector", "Sign-in method"),
            QCoreApplication::translate(
                "rca::SftpConnector",
                "How RC Archiver signs in: with a key file, through the SSH agent, or with "
                "a password."));
    f->defaultValue = QStringLiteral("key");
    f->choices = {
        {QStringLiteral("key"), QCoreApplication::translate("rca::SftpConnector", "Key file")},
        {QStringLiteral("agent"), QCoreApplication::translate("rca::SftpConnector", "SSH agent")},
        {QStringLiteral("password"), QCoreApplication::translate("rca::SftpConnector", "Password")},
        {QStringLiteral("keyboard-interactive"),
         QCoreApplication::translate("rca::SftpConnector", "Keyboard-interactive")}};
    f = add(SftpKey::KeyFile, Kind::FilePath,
            QCoreApplication::translate("rca::SftpConnector", "Key file"),
            QCoreApplication::translate(
                "rca::SftpConnector",
                "The private key file to sign in with (default: ~/.ssh/id_ed25519 or "
                "id_ecdsa)."));
    f->placeholder = QDir::home().filePath(QStringLiteral(".ssh/id_ed25519"));
    f->visibleWhenKey = SftpKey::Auth;
    f->visibleWhenValues = {QStringLiteral("key")};
    f = add(SftpKey::Passphrase, Kind::Secret,
            QCoreApplication::translate("rca::SftpConnector", "Key passphrase"),
            QCoreApplication::translate(
                "rca::SftpConnector",
                "The key file's passphrase, if it has one (kept in the keychain)."));
    f->placeholder = QCoreApplication::translate("rca::SftpConnector", "Only if the key has one");
    f->visibleWhenKey = SftpKey::Auth;
    f->visibleWhenValues = {QStringLiteral("key")};
    f = add(SftpKey::Password, Kind::Secret,
            QCoreApplication::translate("rca::SftpConnector", "Password"),
            QCoreApplication::translate("rca::SftpConnector",
                                        "The password on the server (kept in the keychain)."));
    f->required = true;
    f->visibleWhenKey = SftpKey::Auth;
    f->visibleWhenValues = {QStringLiteral("password"), QStringLiteral("keyboard-interactive")};
    add(SftpKey::AcceptHostKey, Kind::Confirmation,
        QCoreApplication::translate("rca::SftpConnector", "Confirmed host key"),
        QCoreApplication::translate(
            "rca::SftpConnector",
            "The server's host key fingerprint you checked (SHA256:…), to confirm a server "
            "connected to for the first time."));
    f = add(SftpKey::KnownHosts, Kind::FilePath,
            QCoreApplication::translate("rca::SftpConnector", "Known hosts file"),
            QCoreApplication::translate(
                "rca::SftpConnector",
                "Where confirmed host keys are kept (default: known_hosts in this profile's "
                "folder, so that each profile confirms its servers itself)."));
    f->advanced = true;
    f = add(SftpKey::Timeout, Kind::Number,
            QCoreApplication::translate("rca::SftpConnector", "Timeout (seconds)"),
            QCoreApplication::translate(
                "rca::SftpConnector",
                "Seconds to wait for the server before giving up on a connection or an "
                "operation."));
    f->advanced = true;
    f->defaultValue = 60;
    f->minimum = 1;
    f->maximum = 3600;
    f = add(SftpKey::ParallelSessions, Kind::Number,
            QCoreApplication::translate("rca::SftpConnector", "Parallel upload sessions"),
            QCoreApplication::translate(
                "rca::SftpConnector",
                "Extra SSH sessions that upload parts of a large file at the same time (0 "
                "writes every file through one session)."));
    f->advanced = true;
    f->defaultValue = DefaultSftpParallelSessions;
    f->minimum = 0;
    f->maximum = MaxSftpParallelSessions;
    f = add(
        SftpKey::ParallelThreshold, Kind::Number,
        QCoreApplication::translate("rca::SftpConnector", "Parallel upload from (MiB)"),
        QCoreApplication::translate(
            "rca::SftpConnector", "The file size in MiB from which the extra sessions are used."));
    f->advanced = true;
    f->defaultValue = DefaultSftpParallelThresholdMiB;
    f->minimum = 1;
    f->maximum = 1024 * 1024;
    return d;
}

} // namespace rca

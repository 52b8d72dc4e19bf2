// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SftpConnector's set-up (and connection test), tear-down and the keychain entry of its
// password or key passphrase.
#include "sftpconnector.h"

#include "sftpconnectorshared.h"

#include "logging/logging.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>

#include <utility>

namespace rca {

using namespace ssh;

Error SftpConnector::setUp(const QVariantMap &options, QJsonObject *settings)
{
    return setUpOrTest(options, false, settings);
}

Error SftpConnector::testSetUp(const QVariantMap &options)
{
    return setUpOrTest(options, true, nullptr);
}

Error SftpConnector::setUpOrTest(const QVariantMap &options, bool testOnly, QJsonObject *settings)
{
    // testOnly: the same checks, but nothing is created, confirmed or kept.
    SftpSetUpOptions parsed;
    if (Error e = SftpSetUpOptions::parse(options, &parsed))
        return e;
    if (!parsed.secret.isEmpty() && !m_secrets && !testOnly)
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "No keychain is available to keep the SFTP %1 in, "
                                        "and RC Archiver never stores it anywhere else.")
                .arg(parsed.secretName()));
    // This profile's own known_hosts file (saved as none, so that it moves with the profile)
    // unless another was chosen; the shared file of earlier versions is consulted only for a
    // profile whose settings name it.
    const SftpKnownHostsFiles knownHosts = knownHostsFiles(m_settings);
    if (isDefaultSftpKnownHostsFile(parsed.knownHostsFile))
        parsed.knownHostsFile.clear();
    QJsonObject newSettings = parsed.settings();

    close();
    const QString previousSecretKey = usesSecret() ? secretKey() : QString();
    const QJsonObject previousSettings = std::exchange(m_settings, newSettings);
    m_secret = parsed.secret;
    m_secretLoaded = true;
    SshOptions sshOptions = sessionOptions();
    if (sshOptions.appKnownHostsFile == knownHosts.file)
        sshOptions.migrateKnownHostsFrom = knownHosts.migrateFrom;
    sshOptions.acceptFingerprint = parsed.acceptHostKey;
    sshOptions.rememberHostKey = !testOnly;
    Error error;
    m_session = SshSession::connect(sshOptions, nullptr, &error);
    auto failed = [&](const Error &e) {
        close();
        m_settings = previousSettings;
        return parsed.withConfirmation(asStorageError(e));
    };
    if (!m_session)
        return failed(error);
    newSettings[HostKeyAlgorithmKey] = m_session->hostKeyAlgorithm();

    // The root: absolute, resolved on the server ("~", relative paths and symbolic links).
    QString login;
    if (Error e = m_session->realPath(QStringLiteral("."), &login))
        return failed(e);
    QString root = parsed.root;
    if (root.isEmpty() || root == QLatin1String("~"))
        root = login;
    else if (root.startsWith(QLatin1String("~/")))
        root = joinRemote(login, root.mid(2));
    else if (!root.startsWith(u'/'))
        root = joinRemote(login, root);
    SftpAttributes attributes;
    if (Error e = m_session->stat(root, &attributes))
        return failed(e);
    if (!attributes.exists)
        return failed(
            Error::storage(QCoreApplication::translate("rca::SftpConnector",
                                                       "The folder %1 does not exist on %2. Create "
                                                       "it, or choose another folder.")
                               .arg(root, m_session->serverName())));
    if (!attributes.isFolder)
        return failed(Error::storage(
            QCoreApplication::translate("rca::SftpConnector", "%1 on %2 is not a folder.")
                .arg(root, m_session->serverName())));
    QString resolved;
    if (Error e = m_session->realPath(root, &resolved))
        return failed(e);
    newSettings[RootKey] = resolved.isEmpty() ? root : resolved;
    m_settings = newSettings;

    if (testOnly) {
        Error error = probeExisting(newSettings[RootKey].toString());
        if (!error)
            qCInfo(lcStorage).noquote() << "SFTP connection test passed for" << serverName();
        close();
        m_settings = previousSettings;
        return parsed.withConfirmation(asStorageError(error));
    }

    if (Error e = makeFolders(newSettings[RootKey].toString(), archiveRootPath().split(u'/')))
        return failed(e);
    if (Error e = probe(archiveRoot()))
        return failed(e);

    // Secrets are kept only once they are known to work. The previous connection's entry
    // goes when this one does not use it (best effort; with no secret involved, the keychain
    // is not touched at all).
    if (m_secrets && !parsed.secret.isEmpty()) {
        if (Error e = m_secrets->write(secretKey(), parsed.secret))
            return failed(Error::storage(
                QCoreApplication::translate("rca::SftpConnector",
                                            "Could not keep the SFTP %1 in the keychain: %2")
                    .arg(parsed.secretName(), e.message())));
    }
    if (m_secrets && !previousSecretKey.isEmpty() &&
        (parsed.secret.isEmpty() || previousSecretKey != secretKey()))
        m_secrets->remove(previousSecretKey);
    close();
    m_settings = newSettings;
    if (settings)
        *settings = newSettings;
    qCInfo(lcStorage).noquote() << "SFTP archive set up in" << location();
    return {};
}

Error SftpConnector::tearDown()
{
    close();
    if (!m_secrets)
        return {};
    // Only the entry this connection uses must go; the other is removed in passing (and no
    // keychain at all is needed when the connection had no secret).
    const QString used = usesSecret() ? secretKey() : QString();
    Error result;
    for (const QString &name :
         {QStringLiteral("/sftp/password"), QStringLiteral("/sftp/passphrase")}) {
        const QString key = m_profileId + name;
        if (Error e = m_secrets->remove(key); e && key == used)
            result = e;
    }
    return result;
}

QString SftpConnector::secretKey() const
{
    AuthMethod method = AuthMethod::Agent;
    parseAuth(m_settings.value(AuthKey).toString(), &method);
    if (method == AuthMethod::Password || method == AuthMethod::KeyboardInteractive)
        return m_profileId + QStringLiteral("/sftp/password");
    return m_profileId + QStringLiteral("/sftp/passphrase");
}

bool SftpConnector::usesSecret() const
{
    AuthMethod method = AuthMethod::Agent;
    parseAuth(m_settings.value(AuthKey).toString(), &method);
    switch (method) {
    case AuthMethod::Password:
    case AuthMethod::KeyboardInteractive:
        return true;
    case AuthMethod::Key:
        // An unprotected key file needs no keychain at all.
        return inspectKeyFile(m_settings.value(KeyFileKey).toString()).encrypted;
    case AuthMethod::Agent:
        return false;
    }
    return false;
}

Error SftpConnector::readSecret(QString *secret) const
{
    secret->clear();
    if (!usesSecret())
        return {};
    const bool isPassword = secretKey().endsWith(QLatin1String("/password"));
    const QString what = isPassword
                             ? QCoreApplication::translate("rca::SftpConnector", "password")
                             : QCoreApplication::translate("rca::SftpConnector", "key passphrase");
    if (!m_secrets)
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "No keychain is available to read the SFTP %1 "
                                        "from.")
                .arg(what));
    if (Error error = m_secrets->read(secretKey(), secret))
        return Error::storage(
            QCoreApplication::translate("rca::SftpConnector",
                                        "Could not read the SFTP %1 from the keychain: %2")
                .arg(what, error.message()));
    if (secret->isEmpty())
        return Error::reconnect(
            QCoreApplication::translate("rca::SftpConnector",
                                        "The SFTP %1 is not in the keychain any more. "
                                        "Connect the SFTP storage again.")
                .arg(what));
    return {};
}

} // namespace rca

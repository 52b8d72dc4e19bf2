// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SshSession's sign-in: key file, ssh-agent, password and keyboard-interactive, with
// messages that say why a refusal happened (in particular RSA keys on libssh2 < 1.11).
#include "sshsession.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>
#include <cstring>

namespace rca::ssh {

namespace {

bool isRefusal(int rc)
{
    return rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED;
}

QString rsaLimitation()
{
    return QCoreApplication::translate(
               "rca::ssh::SshSession",
               "RC Archiver uses libssh2 %1 here, which can sign with RSA keys only "
               "as \"ssh-rsa\" (SHA-1); current OpenSSH servers (8.8 and later) "
               "refuse that. Use an ed25519 key instead: create one with "
               "`ssh-keygen -t ed25519`, add its public key to the user's "
               "~/.ssh/authorized_keys on the server, and connect with it (an "
               "ECDSA key or a password work too).")
        .arg(libraryVersion());
}

} // namespace

Error SshSession::authenticate(const SshOptions &options)
{
    const QByteArray user = options.user.toUtf8();
    char *offeredList =
        libssh2_userauth_list(m_session.get(), user.constData(), unsigned(user.size()));
    if (!offeredList) {
        if (libssh2_userauth_authenticated(m_session.get()))
            return {}; // the server let us in with "none"
        return connectionError(libssh2_session_last_errno(m_session.get()),
                               QCoreApplication::translate("rca::ssh::SshSession", "sign-in"));
    }
    const QStringList offered = QString::fromLatin1(offeredList).split(u',', Qt::SkipEmptyParts);

    auto notOffered = [&](const QString &what) {
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server %1 does not accept %2 for %3 "
                                        "(it offers: %4). Choose another sign-in "
                                        "method.")
                .arg(QStringLiteral("%1:%2").arg(m_host).arg(m_port), what, options.user,
                     offered.join(u", ")));
    };

    switch (options.method) {
    case AuthMethod::Key:
        if (!offered.contains(QLatin1String("publickey")))
            return notOffered(QCoreApplication::translate("rca::ssh::SshSession", "keys"));
        return authenticateWithKey(options, user);
    case AuthMethod::Agent:
        if (!offered.contains(QLatin1String("publickey")))
            return notOffered(QCoreApplication::translate("rca::ssh::SshSession", "keys"));
        return authenticateWithAgent(options, user);
    case AuthMethod::Password:
        if (!offered.contains(QLatin1String("password")))
            return notOffered(QCoreApplication::translate("rca::ssh::SshSession", "passwords"));
        return authenticateWithPassword(options, user);
    case AuthMethod::KeyboardInteractive:
        if (!offered.contains(QLatin1String("keyboard-interactive")))
            return notOffered(QCoreApplication::translate("rca::ssh::SshSession",
                                                          "keyboard-interactive sign-in"));
        return authenticateWithPassword(options, user);
    }
    return {};
}

Error SshSession::authenticateWithKey(const SshOptions &options, const QByteArray &user)
{
    const QString shownFile = QDir::toNativeSeparators(options.keyFile);
    const KeyFileInfo info = inspectKeyFile(options.keyFile);
    if (!info.readable)
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "Could not read the SSH key file %1: %2.")
                .arg(shownFile, info.errorString));
    if (info.format == QLatin1String("PuTTY"))
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "%1 is a PuTTY key file, which libssh2 cannot "
                                        "read. Convert it to the OpenSSH format (PuTTYgen: "
                                        "Conversions > Export OpenSSH key, or `puttygen "
                                        "KEY.ppk -O private-openssh -o KEY`).")
                .arg(shownFile));
    if (info.encrypted && options.secret.isEmpty())
        return Error::reconnect(QCoreApplication::translate("rca::ssh::SshSession",
                                                            "The SSH key file %1 is protected by a "
                                                            "passphrase; enter it to connect (the "
                                                            "\"passphrase\" option).")
                                    .arg(shownFile))
            .withDetail(QStringLiteral("missingSecret"), QStringLiteral("passphrase"));

    const QByteArray privateKey = QFile::encodeName(options.keyFile);
    const QByteArray passphrase = options.secret.toUtf8();
    // No public key file: libssh2 derives the public key from the private one, so a
    // missing or stale KEY.pub cannot get in the way.
    const int rc = libssh2_userauth_publickey_fromfile_ex(
        m_session.get(), user.constData(), unsigned(user.size()), nullptr, privateKey.constData(),
        passphrase.isEmpty() ? nullptr : passphrase.constData());
    if (rc == 0)
        return {};
    if (rc == LIBSSH2_ERROR_FILE) {
        if (info.encrypted)
            return Error::reconnect(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "Could not unlock the SSH key file %1: the "
                                            "passphrase is wrong (or libssh2 %2 cannot "
                                            "decrypt this kind of key).")
                    .arg(shownFile, libraryVersion()));
        return Error::reconnect(
            QCoreApplication::translate(
                "rca::ssh::SshSession",
                "libssh2 %1 could not read the SSH key file %2 (%3 format): %4. Use an "
                "ed25519 or ECDSA key in the OpenSSH format.")
                .arg(libraryVersion(), shownFile,
                     info.format.isEmpty()
                         ? QCoreApplication::translate("rca::ssh::SshSession", "unknown")
                         : info.format,
                     lastError(m_session.get())));
    }
    if (isRefusal(rc)) {
        if (info.type == QLatin1String("ssh-rsa") && !librarySignsRsaWithSha2())
            return Error::reconnect(
                QCoreApplication::translate("rca::ssh::SshSession",
                                            "The SFTP server refused the RSA key %1 for "
                                            "%2. %3")
                    .arg(shownFile, options.user, rsaLimitation()));
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server %1:%2 refused the %3 key %4 for "
                                        "%5. Add its public key to ~/.ssh/authorized_keys "
                                        "of %5 on the server, or choose another key.")
                .arg(m_host)
                .arg(m_port)
                .arg(keyTypeDisplayName(info.type), shownFile, options.user));
    }
    return connectionError(rc, QCoreApplication::translate("rca::ssh::SshSession", "sign-in"));
}

Error SshSession::authenticateWithAgent(const SshOptions &options, const QByteArray &user)
{
    AgentPtr agent(libssh2_agent_init(m_session.get()));
    if (!agent)
        return Error::storage(
            QCoreApplication::translate("rca::ssh::SshSession", "Could not use ssh-agent: %1")
                .arg(lastError(m_session.get())));
    if (libssh2_agent_connect(agent.get()) != 0) {
        const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
        return Error::reconnect(
            socket.isEmpty()
                ? QCoreApplication::translate(
                      "rca::ssh::SshSession",
                      "No ssh-agent is available to sign in with (SSH_AUTH_SOCK is "
                      "not set for RC Archiver). Start ssh-agent and add a key with "
                      "ssh-add, or choose another sign-in method.")
                : QCoreApplication::translate("rca::ssh::SshSession",
                                              "Could not reach ssh-agent at %1: %2. Is it running?")
                      .arg(socket, lastError(m_session.get())));
    }
    if (libssh2_agent_list_identities(agent.get()) != 0)
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "Could not list the keys in ssh-agent: %1")
                .arg(lastError(m_session.get())));

    int tried = 0;
    bool triedRsa = false;
    bool onlyRsa = true;
    struct libssh2_agent_publickey *identity = nullptr;
    struct libssh2_agent_publickey *previous = nullptr;
    while (libssh2_agent_get_identity(agent.get(), &identity, previous) == 0) {
        previous = identity;
        ++tried;
        const QString type = keyTypeOfBlob(QByteArray(
            reinterpret_cast<const char *>(identity->blob), qsizetype(identity->blob_len)));
        const bool rsa = type == QLatin1String("ssh-rsa");
        triedRsa = triedRsa || rsa;
        onlyRsa = onlyRsa && rsa;
        const int rc = libssh2_agent_userauth(agent.get(), user.constData(), identity);
        if (rc == 0)
            return {};
        if (!isRefusal(rc) && rc != LIBSSH2_ERROR_AGENT_PROTOCOL)
            return connectionError(
                rc, QCoreApplication::translate("rca::ssh::SshSession", "sign-in with ssh-agent"));
    }
    if (tried == 0)
        return Error::reconnect(QCoreApplication::translate(
            "rca::ssh::SshSession", "ssh-agent holds no keys. Add one with ssh-add, "
                                    "or choose another sign-in method."));
    if (triedRsa && onlyRsa && !librarySignsRsaWithSha2())
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server refused the RSA key(s) in "
                                        "ssh-agent for %1. %2")
                .arg(options.user, rsaLimitation()));
    return Error::reconnect(
        QCoreApplication::translate("rca::ssh::SshSession",
                                    "The SFTP server %1:%2 refused every key in ssh-agent "
                                    "(%3) for %4. Add one of their public keys to "
                                    "~/.ssh/authorized_keys of %4 on the server.%5")
            .arg(m_host)
            .arg(m_port)
            .arg(tried)
            .arg(options.user, triedRsa && !librarySignsRsaWithSha2()
                                   ? QCoreApplication::translate("rca::ssh::SshSession",
                                                                 " (RSA keys cannot work here: ") +
                                         rsaLimitation() + u')'
                                   : QString()));
}

Error SshSession::authenticateWithPassword(const SshOptions &options, const QByteArray &user)
{
    if (options.secret.isEmpty())
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "No password is stored for %1; connect again and "
                                        "enter it.")
                .arg(options.user));
    const QByteArray password = options.secret.toUtf8();
    int rc = 0;
    if (options.method == AuthMethod::Password) {
        rc = libssh2_userauth_password_ex(m_session.get(), user.constData(), unsigned(user.size()),
                                          password.constData(), unsigned(password.size()), nullptr);
    } else {
        m_promptAnswer = password;
        m_promptRounds = 0;
        rc = libssh2_userauth_keyboard_interactive_ex(m_session.get(), user.constData(),
                                                      unsigned(user.size()), &answerPrompts);
        m_promptAnswer.fill('\0');
        m_promptAnswer.clear();
    }
    if (rc == 0)
        return {};
    if (rc == LIBSSH2_ERROR_PASSWORD_EXPIRED)
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The password of %1 on the SFTP server has "
                                        "expired. Change it on the server, then connect "
                                        "again.")
                .arg(options.user));
    if (isRefusal(rc))
        return Error::reconnect(
            QCoreApplication::translate("rca::ssh::SshSession",
                                        "The SFTP server %1:%2 refused the password for "
                                        "%3. Connect again with the right password.")
                .arg(m_host)
                .arg(m_port)
                .arg(options.user));
    return connectionError(rc, QCoreApplication::translate("rca::ssh::SshSession", "sign-in"));
}

// Answers every prompt with the password: servers ask "Password:" (PAM) and nothing else
// that RC Archiver could answer unattended.
void SshSession::answerPrompts(const char *name, int nameLength, const char *instruction,
                               int instructionLength, int promptCount,
                               const LIBSSH2_USERAUTH_KBDINT_PROMPT *prompts,
                               LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses, void **abstract)
{
    Q_UNUSED(name)
    Q_UNUSED(nameLength)
    Q_UNUSED(instruction)
    Q_UNUSED(instructionLength)
    Q_UNUSED(prompts)
    auto *self = static_cast<SshSession *>(*abstract);
    ++self->m_promptRounds;
    for (int i = 0; i < promptCount; ++i) {
        // After a few rounds the server is asking for something else (a one-time code):
        // empty answers end the exchange instead of repeating the password forever.
        const QByteArray &answer = self->m_promptRounds <= 3 ? self->m_promptAnswer : QByteArray();
        // libssh2 frees the answers with free().
        auto *text = static_cast<char *>(std::malloc(size_t(answer.size()) + 1));
        if (!text) {
            responses[i].text = nullptr;
            responses[i].length = 0;
            continue;
        }
        std::memcpy(text, answer.constData(), size_t(answer.size()));
        text[answer.size()] = '\0';
        responses[i].text = text;
        responses[i].length = decltype(responses[i].length)(answer.size());
    }
}

} // namespace rca::ssh

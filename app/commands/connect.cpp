// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver connect SERVICE` and `rc-archiver disconnect SERVICE`: the source (RingCentral,
// or the demo) and the storage, through the same Accounts the Accounts tab uses. A storage's
// options are the fields its plugin describes (SetUpDescription), checked before anything
// connects. A sign-in opens the browser; a secret the storage asks for and that was not given is
// asked for on the terminal; a host key to confirm is answered by running again with the flag
// the message names.
#include "command.h"
#include "session.h"

#include "accounts/accounts.h"
#include "engine/engine.h"
#include "oauth/oauthflow.h"
#include "sources/sourcefactory.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/settingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::ConnectCommand)
};

const QString PathOption = QStringLiteral("path");
const QString ManifestOption = QStringLiteral("manifest");
const QString ItemsPerHourOption = QStringLiteral("items-per-hour");
const QString ItemSizeOption = QStringLiteral("item-size");
const QString SetOption = QStringLiteral("option");
const QString AcceptHostKeyOption = QStringLiteral("accept-host-key");
const QString TestOption = QStringLiteral("test");

// Asks for a password or passphrase on the terminal without echoing it, so that it never
// appears in the shell history or in `ps` as --option password=… would. False when stdin is
// not a terminal (a script) or nothing was entered.
bool promptSecret(const QString &prompt, QString *secret)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return false;
    termios saved{};
    if (::tcgetattr(STDIN_FILENO, &saved) != 0)
        return false;
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    // Echo off before the prompt shows, so that nothing typed after it is echoed or lost.
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    *secret = QString::fromLocal8Bit(line);
    line.fill('\0');
    return !secret->isEmpty();
#else
    Q_UNUSED(prompt)
    Q_UNUSED(secret)
    return false;
#endif
}

// Opens a sign-in page from the command line: $BROWSER, else xdg-open on a desktop; the
// address is printed either way, for a server without a browser.
Accounts::BrowserOpener browserOpener(QTextStream &out)
{
    return [&out](const QUrl &url) {
        out << Text::tr("Sign in in your browser. If none opens, visit:") << "\n  "
            << url.toString(QUrl::FullyEncoded) << "\n";
        out.flush();
        // $BROWSER is the user's explicit choice; otherwise the desktop's default browser.
        if (!OAuthFlow::browserFromEnvironment(url) && qobject_cast<QGuiApplication *>(qApp))
            QDesktopServices::openUrl(url);
        return true; // the address is on the screen either way
    };
}

// One line per field of a storage's set-up: "  --option host=HOST  Server: …".
QString storageOptionsHelp(const StorageConnectorFactory &factory)
{
    const SetUpDescription setUp = factory.setUpDescription();
    QString text = (setUp.browserSignIn ? Text::tr("%1 (connect %2), signs in in the browser:")
                                        : Text::tr("%1 (connect %2):"))
                       .arg(factory.displayName(), factory.id()) +
                   u'\n';
    for (const SetUpField &field : setUp.fields) {
        QString flag;
        if (field.kind == SetUpField::Kind::Confirmation)
            flag = QStringLiteral("--accept-host-key VALUE");
        else if (field.kind == SetUpField::Kind::FolderPath && !text.contains(u"--path"))
            flag = QStringLiteral("--path DIR | --option %1=DIR").arg(field.key);
        else
            flag = QStringLiteral("--option %1=%2")
                       .arg(field.key, field.kind == SetUpField::Kind::Choice
                                           ? field.valueHint()
                                           : field.valueHint().toUpper());
        QStringList notes;
        if (field.required)
            notes << Text::tr("required");
        if (field.kind == SetUpField::Kind::Secret)
            notes << Text::tr("asked for without echo when needed");
        if (field.defaultValue.isValid() && !field.defaultValue.toString().isEmpty())
            notes << Text::tr("default %1").arg(field.defaultValue.toString());
        if (!field.visibleWhenKey.isEmpty())
            notes << Text::tr("for %1").arg(field.visibleWhenKey + u'=' +
                                            field.visibleWhenValues.join(u'|'));
        text +=
            QStringLiteral("  %1\n      %2: %3%4\n")
                .arg(flag, field.label, field.description,
                     notes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(notes.join(u"; ")));
    }
    return text;
}

// The service named on the line: a source kind or a storage connector's id.
struct Service
{
    QString name;
    bool isSource = false;
    StorageConnectorFactory *factory = nullptr;
    QString current; // what is connected in its place now; empty when nothing
};

int connectOrDisconnect(const CommandInvocation &invocation)
{
    Session &session = invocation.session;
    const QCommandLineParser &parser = invocation.parser;
    const bool disconnect = invocation.arguments.value(0) == u"disconnect";
    Service service;
    service.name = invocation.arguments.value(1);
    service.isSource = SourceFactory::kinds().contains(service.name);
    service.factory = session.connectors().factory(service.name);
    if (!service.isSource && !service.factory) {
        invocation.err << Text::tr("Unknown service \"%1\". Sources: %2. Storages: %3.")
                              .arg(service.name, SourceFactory::kinds().join(u", "),
                                   session.connectors().ids().join(u", "))
                       << "\n";
        if (!disconnect) {
            invocation.err << "\n" << Text::tr("The storages' options:") << "\n";
            for (const StorageConnectorFactory *factory : session.connectors().factories())
                invocation.err << storageOptionsHelp(*factory);
        }
        return service.name.isEmpty() ? UsageError : Failure;
    }
    SettingsStore settings(session.db());
    const char *kindKey = service.isSource ? SettingKey::SourceKind : SettingKey::StorageKind;
    service.current = settings.stringValue(QLatin1String(kindKey));

    // --option KEY=VALUE pairs: connector options, or RingCentral server settings.
    QVariantMap options;
    for (const QString &pair : parser.values(SetOption)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return invocation.fail(Text::tr("--option takes KEY=VALUE, not \"%1\".").arg(pair));
        options[pair.left(eq)] = pair.mid(eq + 1);
    }

    Accounts accounts(session.db(), &session.connectors(), session.secrets(),
                      session.profile().id());
    QTextStream &out = invocation.out;
    if (disconnect) {
        if (service.current != service.name)
            return invocation.fail(Text::tr("%1 is not connected.").arg(service.name));
        if (Error e = service.isSource ? accounts.disconnectSource() : accounts.disconnectStorage())
            return invocation.fail(e.message());
        session.engine().setBackupEnabled(false);
        out << Text::tr("Disconnected %1. Backup is off; archived files were not touched.")
                   .arg(service.name)
            << "\n";
        return Success;
    }

    if (!service.current.isEmpty() && service.current != service.name)
        return invocation.fail(
            Text::tr("%1 is connected. Disconnect it first (rc-archiver disconnect %1).")
                .arg(service.current));
    const Accounts::BrowserOpener openBrowser = browserOpener(out);
    if (service.isSource) {
        if (service.name == u"demo") {
            if (parser.isSet(ManifestOption))
                options[QStringLiteral("manifest")] =
                    QFileInfo(parser.value(ManifestOption)).absoluteFilePath();
            if (parser.isSet(ItemsPerHourOption))
                options[QStringLiteral("itemsPerHour")] = parser.value(ItemsPerHourOption).toInt();
            if (parser.isSet(ItemSizeOption))
                options[QStringLiteral("itemSize")] = parser.value(ItemSizeOption).toLongLong();
        }
        if (Error e = accounts.connectSource(service.name, options, openBrowser))
            return invocation.fail(e.message());
        if (service.name == u"ringcentral")
            out << Text::tr("Signed in as %1.").arg(accounts.source().account()) << "\n";
    } else {
        const SetUpDescription setUp = service.factory->setUpDescription();
        const SetUpField *folder = setUp.firstOfKind(SetUpField::Kind::FolderPath);
        const SetUpField *hostKey = setUp.firstOfKind(SetUpField::Kind::Confirmation);
        auto usage = [&](const QString &message) {
            invocation.err << message << "\n\n" << storageOptionsHelp(*service.factory);
            return UsageError;
        };
        if (parser.isSet(PathOption)) {
            if (!folder)
                return usage(Text::tr("%1 takes no --path.").arg(service.name));
            options[folder->key] = QFileInfo(parser.value(PathOption)).absoluteFilePath();
        }
        if (parser.isSet(AcceptHostKeyOption)) {
            if (!hostKey)
                return usage(Text::tr("%1 has no host key to confirm.").arg(service.name));
            options[hostKey->key] = parser.value(AcceptHostKeyOption);
        }
        if (Error e = setUp.validate(options, service.factory->displayName()))
            return usage(e.message());
        // A secret on the command line stays in the shell's history and shows in `ps`.
        for (const SetUpField &field : setUp.fields) {
            if (field.kind == SetUpField::Kind::Secret && options.contains(field.key)) {
                invocation.err << Text::tr(
                                      "Warning: --option %1=… leaves the secret in your shell's "
                                      "history and in the process list. Leave it out: `rc-archiver "
                                      "connect %2` asks for it without showing it.")
                                      .arg(field.key, service.name)
                               << "\n";
                invocation.err.flush();
            }
        }
        const bool testOnly = parser.isSet(TestOption);
        if (testOnly && !setUp.offersTest)
            return usage(Text::tr("%1 offers no connection test.").arg(service.name));
        // --test: the connector's own checks; nothing is kept (keychain, host key, folder).
        auto attempt = [&] {
            return testOnly ? accounts.testStorage(service.name, options)
                            : accounts.connectStorage(service.name, options, openBrowser);
        };
        Error e = attempt();
        // A secret the storage needs and that was not given (`--option password=` counts as
        // given): asked for on the terminal, without echo.
        if (const Confirmation *asked = e.confirmation();
            asked && asked->kind == Confirmation::Kind::Secret &&
            !options.contains(asked->optionKey)) {
            QString secret;
            if (promptSecret(asked->question + QStringLiteral(": "), &secret)) {
                options[asked->optionKey] = secret;
                e = attempt();
                secret.fill(u'\0');
                options.remove(asked->optionKey);
            }
        }
        if (e) {
            invocation.fail(e.message());
            // What to pass to answer what the storage asks (a host key to confirm).
            if (const Confirmation *asked = e.confirmation();
                asked && asked->kind == Confirmation::Kind::HostKey) {
                invocation.err
                    << Text::tr("Run the same command with %1")
                           .arg(hostKey && hostKey->key == asked->optionKey
                                    ? QStringLiteral("--accept-host-key %1").arg(asked->value)
                                    : QStringLiteral("--option %1=%2")
                                          .arg(asked->optionKey, asked->value))
                    << "\n";
            }
            return Failure;
        }
        if (testOnly) {
            out << Text::tr("The connection test of %1 passed; nothing was kept.")
                       .arg(service.factory->displayName())
                << "\n";
            return Success;
        }
        out << Text::tr("Archive folder: %1").arg(accounts.storage().location) << "\n";
    }
    out << Text::tr("Connected %1.")
               .arg(service.isSource ? SourceFactory::displayName(service.name)
                                     : service.factory->displayName())
        << "\n";
    return Success;
}

} // namespace

Command connectCommand()
{
    return {
        QStringLiteral("connect"),
        QStringLiteral("connect SERVICE [options]"),
        // `rc-archiver connect` without a service lists each storage's options.
        QT_TRANSLATE_NOOP("rca::CommandLine",
                          "Connect the source (ringcentral, or demo to try the program)\n"
                          "or a storage (%1)."),
        {commandOption(PathOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect local: the folder to archive into (a disk or a "
                                         "mounted NAS share)."),
                       QStringLiteral("DIR")),
         commandOption(ManifestOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect demo: a JSON file describing the items (see the "
                                         "README)."),
                       QStringLiteral("FILE")),
         commandOption(ItemsPerHourOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect demo: how many items to make up per hour "
                                         "(default 4)."),
                       QStringLiteral("N")),
         commandOption(ItemSizeOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect demo: the size of each made-up item in bytes "
                                         "(default 65536)."),
                       QStringLiteral("BYTES")),
         commandOption(SetOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect: an option KEY=VALUE (repeatable), e.g. "
                                         "redirectPort=5000, clientId=…, serverUrl=… for "
                                         "ringcentral; `rc-archiver connect` lists each "
                                         "storage's options."),
                       QStringLiteral("KEY=VALUE")),
         commandOption(TestOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect: only test the storage's connection (where it "
                                         "offers a test, as SFTP does); nothing is kept.")),
         commandOption(AcceptHostKeyOption,
                       QT_TRANSLATE_NOOP("rca::CommandLine",
                                         "connect sftp: the server's host key fingerprint "
                                         "(SHA256:…) you checked, to confirm a server connected "
                                         "to for the first time."),
                       QStringLiteral("FINGERPRINT"))},
        &connectOrDisconnect};
}

Command disconnectCommand()
{
    return {QStringLiteral("disconnect"),
            QStringLiteral("disconnect SERVICE"),
            QT_TRANSLATE_NOOP("rca::CommandLine",
                              "Forget a connection; archived files stay where they are."),
            {},
            &connectOrDisconnect};
}

} // namespace rca

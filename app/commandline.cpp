#include "commandline.h"

#include "accounts/accounts.h"
#include "auditcommand.h"
#include "engine/engine.h"
#include "logging/logging.h"
#include "oauth/oauthflow.h"
#include "profile.h"
#include "ringcentral/ringcentralaccount.h"
#include "secrets/keychainsecretstore.h"
#include "sources/sourcefactory.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "store/database.h"
#include "store/itemledger.h"
#include "store/jobstore.h"
#include "store/settingsstore.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QSocketNotifier>
#include <QTextStream>
#include <QThread>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace rca {
namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QStringList &commands()
{
    static const QStringList names = {QStringLiteral("run-once"),   QStringLiteral("status"),
                                      QStringLiteral("logs"),       QStringLiteral("backup"),
                                      QStringLiteral("config"),     QStringLiteral("connect"),
                                      QStringLiteral("disconnect"), QStringLiteral("audit")};
    return names;
}

QString commandSynopsis()
{
    return QStringLiteral(
        "Commands (without one, the window opens):\n"
        "  run-once [--from DATETIME --to DATETIME]\n"
        "                          Archive what is due now, or the given past range, then exit\n"
        "                          (exit code 1 when a job failed).\n"
        "  status                  Connections, backup state, last and next job.\n"
        "  logs [--from DATE] [--to DATE] [--less] [--csv]\n"
        "                          The job log (last 7 days by default).\n"
        "  audit --from DATE --to DATE [--repair] [--csv | --json]\n"
        "                          Check that every item the source holds for the range is\n"
        "                          archived and intact in the storage; --repair archives what\n"
        "                          is missing or damaged. Exit code 0 when all is verified,\n"
        "                          3 when problems remain, 1 when the check could not run.\n"
        "  backup on|off           Turn the scheduled backup on or off.\n"
        "  config list | get KEY | set KEY VALUE | reset KEY\n"
        "                          Read and change settings.\n"
        "  connect SERVICE [options]\n"
        "                          Connect the source (ringcentral, or demo to try the program)\n"
        "                          or a storage (%1).\n"
        "  disconnect SERVICE      Forget a connection; archived files stay where they are.");
}

// "2026-11-25", "2026-11-25T13:30", "2026-11-25T13:30:00Z": local time unless a zone is given.
QDateTime parseDateTime(const QString &text, bool endOfDay)
{
    // QDate's ISO parser accepts "2026-11-25T13:30" too (and drops the time): dates alone only.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid())
        return (endOfDay ? date.addDays(1) : date).startOfDay().toUTC();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString localText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

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

// The libssh2 in use, as the SFTP connector plugin loaded it. The program does not link libssh2
// itself, so it asks the copy already in the process (RTLD_NOLOAD never loads another one).
QString loadedLibssh2Version()
{
#ifdef Q_OS_LINUX
    void *handle = ::dlopen("libssh2.so.1", RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return {};
    using VersionFunction = const char *(*)(int);
    const auto version = reinterpret_cast<VersionFunction>(::dlsym(handle, "libssh2_version"));
    const char *text = version ? version(0) : nullptr;
    const QString result = text ? QString::fromLatin1(text) : QString();
    ::dlclose(handle);
    return result;
#else
    return {};
#endif
}

// `rc-archiver --version`: the program's version, the Qt it runs on, and the libssh2 its SFTP
// connector runs on.
QString versionText()
{
    QString qt = QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()));
    if (qstrcmp(qVersion(), QT_VERSION_STR) != 0)
        qt += QCoreApplication::translate("rca::CommandLine", " (built with %1)")
                  .arg(QStringLiteral(QT_VERSION_STR));
    QStringList lines = {QStringLiteral("rc-archiver %1").arg(QStringLiteral(RCA_VERSION)), qt};
    const ConnectorRegistry registry;
    const QString libssh2 = loadedLibssh2Version();
    if (!registry.factory(QStringLiteral("sftp")))
        lines.append(QCoreApplication::translate("rca::CommandLine",
                                                 "libssh2: not in use (no SFTP connector loaded)"));
    else if (libssh2.isEmpty())
        lines.append(QCoreApplication::translate("rca::CommandLine",
                                                 "libssh2: version not known on this system"));
    else
        lines.append(QStringLiteral("libssh2 %1").arg(libssh2));
    return lines.join(u'\n') + u'\n';
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}
#endif

class Session
{
public:
    Profile profile;
    SystemClock clock;
    std::unique_ptr<ConnectorRegistry> connectors;
    std::unique_ptr<KeychainSecretStore> secrets;
    std::unique_ptr<Engine> engine;

    Error open(const QString &profileDir)
    {
        profile = profileDir.isEmpty() ? Profile::standard() : Profile::inDirectory(profileDir);
        if (Error e = profile.ensureExists())
            return e;
        // Logging first, so that even the database's first messages go to the file.
        Logging::Options logOptions;
        logOptions.directory = profile.logDirectory();
        logOptions.echoToStderr = true;
        Logging::install(logOptions);
        connectors = std::make_unique<ConnectorRegistry>();
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("RC Archiver"));
        Engine::Options options;
        options.profile = profile;
        options.clock = &clock;
        options.connectors = connectors.get();
        options.secrets = secrets.get();
        engine = std::make_unique<Engine>(options);
        if (Error e = engine->open())
            return e;
        if (SettingsStore(engine->database()).boolValue(QLatin1String(SettingKey::DebugLogging))) {
            logOptions.debug = true;
            Logging::install(logOptions);
        }
        for (const QString &problem : connectors->loadErrors())
            qCWarning(lcApp).noquote() << "Plugin not loaded:" << problem;
        return {};
    }
    Database *db() const { return engine->database(); }
};

// Opens a sign-in page from the command line: $BROWSER, else xdg-open on a desktop; the
// address is printed either way, for a server without a browser.
bool openBrowser(const QUrl &url)
{
    out() << "Sign in in your browser. If none opens, visit:\n  "
          << url.toString(QUrl::FullyEncoded) << "\n";
    out().flush();
    // $BROWSER is the user's explicit choice; otherwise the desktop's default browser.
    if (!OAuthFlow::browserFromEnvironment(url) && qobject_cast<QGuiApplication *>(qApp))
        QDesktopServices::openUrl(url);
    return true; // the address is on the screen either way
}

// At login the keyring may come up after RC Archiver: before the long-running modes start,
// check it, give it one more chance after a short wait, then say plainly what is wrong (jobs
// that need a secret fail with the same message and keep their windows).
void waitForKeychain(Session &session)
{
    const QString kind =
        SettingsStore(session.db()).stringValue(QLatin1String(SettingKey::SourceKind));
    if (kind != u"ringcentral")
        return;
    Error error = KeychainSecretStore::probe(QStringLiteral("RC Archiver"), 10000);
    if (!error)
        return;
    qCInfo(lcApp).noquote() << "The keychain is not ready yet; trying again in 5 s:"
                            << error.message();
    QThread::sleep(5);
    error = KeychainSecretStore::probe(QStringLiteral("RC Archiver"), 10000);
    if (error) {
        qCWarning(lcApp).noquote() << error.message();
        err() << error.message() << "\n";
        err().flush();
    }
}

} // namespace

CommandLine::CommandLine(QStringList arguments, GuiLauncher gui)
    : m_arguments(std::move(arguments))
    , m_gui(std::move(gui))
{}

bool CommandLine::needsDesktop(const QStringList &arguments)
{
    // `connect` opens a sign-in page through the desktop when there is one.
    const bool desktop =
        qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    return desktop && arguments.contains(QStringLiteral("connect"));
}

bool CommandLine::wantsGui(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (commands().contains(argument) || argument == u"--headless" || argument == u"--help" ||
            argument == u"-h" || argument == u"--version" || argument == u"-v" ||
            argument == u"--help-all")
            return false;
    }
    return true;
}

int CommandLine::exec()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("RC Archiver %1: archives RingCentral call recordings, voicemails, SMS "
                       "and faxes into storage you own.\n\n%2")
            .arg(QStringLiteral(RCA_VERSION),
                 commandSynopsis().arg(ConnectorRegistry().ids().join(u", "))));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Keep settings, job log and logs in DIR instead of the standard places."),
        QStringLiteral("DIR"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QStringLiteral("Run the schedule without a window (service mode); stop with SIGTERM."));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             QStringLiteral("Start with the window minimized."));
    parser.addOption(profileOption);
    parser.addOption(headlessOption);
    parser.addOption(minimizedOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("One of the commands above."),
                                 QStringLiteral("[command]"));

    // Command options are declared up front so one parse reads the whole line.
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("Start of the range (ISO 8601, local time "
                                                       "unless a zone is given)."),
                                        QStringLiteral("DATETIME"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("End of the range (exclusive; a date alone "
                                                     "means the end of that day)."),
                                      QStringLiteral("DATETIME"));
    const QCommandLineOption lessOption(QStringLiteral("less"),
                                        QStringLiteral("logs: only jobs that archived data or "
                                                       "failed (SHOW LESS)."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("logs, audit: comma-separated values."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("audit: the report as JSON."));
    const QCommandLineOption repairOption(
        QStringLiteral("repair"),
        QStringLiteral("audit: archive what is missing or damaged, then check again."));
    const QCommandLineOption pathOption(QStringLiteral("path"),
                                        QStringLiteral("connect local: the folder to archive "
                                                       "into (a disk or a mounted NAS share)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption manifestOption(
        QStringLiteral("manifest"),
        QStringLiteral("connect demo: a JSON file describing the items (see the README)."),
        QStringLiteral("FILE"));
    const QCommandLineOption itemsPerHourOption(
        QStringLiteral("items-per-hour"),
        QStringLiteral("connect demo: how many items to make up per hour (default 4)."),
        QStringLiteral("N"));
    const QCommandLineOption itemSizeOption(
        QStringLiteral("item-size"),
        QStringLiteral("connect demo: the size of each made-up item in bytes (default 65536)."),
        QStringLiteral("BYTES"));
    const QCommandLineOption setOption(
        QStringLiteral("option"),
        QStringLiteral("connect: an option KEY=VALUE (repeatable), e.g. redirectPort=5000, "
                       "clientId=…, serverUrl=… for ringcentral."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption acceptHostKeyOption(
        QStringLiteral("accept-host-key"),
        QStringLiteral("connect sftp: the server's host key fingerprint (SHA256:…) you checked, "
                       "to confirm a server connected to for the first time."),
        QStringLiteral("FINGERPRINT"));
    parser.addOptions({fromOption, toOption, lessOption, csvOption, jsonOption, repairOption,
                       pathOption, manifestOption, itemsPerHourOption, itemSizeOption, setOption,
                       acceptHostKeyOption});

    if (!parser.parse(m_arguments)) {
        err() << parser.errorText() << "\n"
              << "Run `rc-archiver --help` for usage.\n";
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        out() << versionText();
        return Success;
    }
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!command.isEmpty() && !commands().contains(command)) {
        err() << "Unknown command \"" << command << "\". Run `rc-archiver --help` for usage.\n";
        return UsageError;
    }

    Session session;
    if (Error e = session.open(parser.value(profileOption))) {
        err() << e.message() << "\n";
        return Failure;
    }
    Engine &engine = *session.engine;

    auto fail = [](const QString &message) {
        err() << message << "\n";
        err().flush();
        return int(Failure);
    };

    if (command.isEmpty())
        waitForKeychain(session);
    if (command.isEmpty() && !parser.isSet(headlessOption)) {
        if (!m_gui)
            return fail(QStringLiteral("This build has no window; use --headless."));
        AppContext context;
        context.engine = &engine;
        context.db = session.db();
        context.connectors = session.connectors.get();
        context.secrets = session.secrets.get();
        context.clock = &session.clock;
        context.profile = session.profile;
        return m_gui(context, parser.isSet(minimizedOption));
    }

    if (parser.isSet(headlessOption)) {
        QThread worker;
        worker.setObjectName(QStringLiteral("engine"));
        engine.moveToThread(&worker);
        QObject::connect(&engine, &Engine::jobFinished, &engine, [](const JobRecord &job) {
            qCInfo(lcApp).noquote() << "Job" << job.id << JobRecord::statusText(job.status);
        });
#ifdef Q_OS_UNIX
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
            auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read,
                                                 QCoreApplication::instance());
            QObject::connect(
                notifier, &QSocketNotifier::activated, &engine,
                [&engine] {
                    qCInfo(lcApp) << "Stopping (signal received)";
                    engine.requestStop();
                    QCoreApplication::quit();
                },
                Qt::DirectConnection);
            struct sigaction action = {};
            action.sa_handler = onSignal;
            sigemptyset(&action.sa_mask);
            action.sa_flags = SA_RESTART;
            sigaction(SIGTERM, &action, nullptr);
            sigaction(SIGINT, &action, nullptr);
        }
#endif
        worker.start();
        QMetaObject::invokeMethod(&engine, &Engine::start, Qt::QueuedConnection);
        qCInfo(lcApp) << "rc-archiver" << RCA_VERSION << "running headless with profile"
                      << session.profile.dataDirectory();
        out() << "RC Archiver is running headless. Log: " << Logging::logFilePath() << "\n";
        out().flush();
        const int code = QCoreApplication::exec();
        QMetaObject::invokeMethod(&engine, &Engine::stop, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
        return code;
    }

    SettingsStore settings(session.db());

    if (command == u"run-once") {
        const bool hasFrom = parser.isSet(fromOption), hasTo = parser.isSet(toOption);
        if (hasFrom != hasTo)
            return fail(QStringLiteral("Give both --from and --to, or neither."));
        QObject::connect(&engine, &Engine::jobFinished, &engine, [](const JobRecord &job) {
            out() << "Job " << job.id << " " << localText(job.window.from) << " – "
                  << localText(job.window.to) << ": " << JobRecord::statusText(job.status);
            if (job.totalArchived() > 0 || job.failedItems > 0)
                out() << " (" << job.totalArchived() << " archived, " << job.failedItems
                      << " failed)";
            if (!job.error.isEmpty())
                out() << " - " << job.error;
            out() << "\n";
            out().flush();
        });
        Error error;
        if (hasFrom) {
            const QDateTime from = parseDateTime(parser.value(fromOption), false);
            const QDateTime to = parseDateTime(parser.value(toOption), true);
            if (!from.isValid() || !to.isValid())
                return fail(QStringLiteral("Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30."));
            engine.runRange(TimeWindow(from, to), &error);
        } else {
            const QList<JobRecord> jobs = engine.runDue(true, &error);
            if (jobs.isEmpty() && !error)
                out() << "Nothing is due.\n";
        }
        if (error)
            return fail(error.message());
        return Success;
    }

    if (command == u"audit") {
        if (!parser.isSet(fromOption) || !parser.isSet(toOption))
            return fail(QStringLiteral("Give the range to check: audit --from DATE --to DATE."));
        if (parser.isSet(csvOption) && parser.isSet(jsonOption))
            return fail(QStringLiteral("Choose one of --csv and --json."));
        AuditCommandOptions options;
        options.range = TimeWindow(parseDateTime(parser.value(fromOption), false),
                                   parseDateTime(parser.value(toOption), true));
        if (!options.range.from.isValid() || !options.range.to.isValid())
            return fail(QStringLiteral("Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30."));
        options.repair = parser.isSet(repairOption);
        options.format = parser.isSet(jsonOption)  ? AuditCommandOptions::Format::Json
                         : parser.isSet(csvOption) ? AuditCommandOptions::Format::Csv
                                                   : AuditCommandOptions::Format::Text;
        return runAuditCommand(engine, options, out(), err());
    }

    if (command == u"status") {
        const Engine::Status status = engine.status();
        out() << "Profile:  " << QDir::toNativeSeparators(session.profile.dataDirectory()) << "\n";
        out() << "Source:   "
              << (status.source.isEmpty() ? QStringLiteral("not connected") : status.source)
              << (status.account.isEmpty() ? QString() : QStringLiteral(" – ") + status.account)
              << "\n";
        if (!status.attention.isEmpty())
            out() << "Needs attention: " << status.attention << "\n";
        out() << "Storage:  "
              << (status.storage.isEmpty()
                      ? QStringLiteral("not connected")
                      : status.storage + QStringLiteral(" – ") + status.storageLocation)
              << "\n";
        out() << "Backup:   " << (status.backupEnabled ? "on" : "off") << "\n";
        if (status.schedule.watermark.isValid())
            out() << "Archived up to: " << localText(status.schedule.watermark) << "\n";
        if (status.schedule.failedAttempts > 0)
            out() << "The last job failed " << status.schedule.failedAttempts << " time(s); "
                  << (status.waitingForManualRetry
                          ? QStringLiteral("waiting for a manual retry (run-once).")
                          : QStringLiteral("next retry at ") + localText(status.schedule.nextRetry))
                  << "\n";
        if (status.nextJob.isValid())
            out() << "Next job: " << localText(status.nextJob) << "\n";
        if (status.lastJob) {
            out() << "Last job: " << localText(status.lastJob->started) << " "
                  << JobRecord::statusText(status.lastJob->status);
            if (!status.lastJob->error.isEmpty())
                out() << " - " << status.lastJob->error;
            out() << "\n";
        }
        out() << "Archived items: " << status.archivedItems << "\n";
        if (status.pendingFailures || status.permanentFailures)
            out() << "Items waiting: " << status.pendingFailures << " to be retried, "
                  << status.permanentFailures << " need a manual retry\n";
        return Success;
    }

    if (command == u"logs") {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime from = now.addDays(-7), to = now.addSecs(60);
        if (parser.isSet(fromOption))
            from = parseDateTime(parser.value(fromOption), false);
        if (parser.isSet(toOption))
            to = parseDateTime(parser.value(toOption), true);
        if (!from.isValid() || !to.isValid())
            return fail(QStringLiteral("Dates are ISO 8601: 2026-11-25 or 2026-11-25T13:30."));
        const QList<JobRecord> jobs =
            JobStore(session.db()).jobs(from, to, parser.isSet(lessOption));
        const QStringList header = {QStringLiteral("From"),
                                    QStringLiteral("To"),
                                    QStringLiteral("Status"),
                                    QStringLiteral("Job Start"),
                                    QStringLiteral("Job End"),
                                    QStringLiteral("Storage"),
                                    QStringLiteral("Call Recording"),
                                    QStringLiteral("Voice Mail"),
                                    QStringLiteral("SMS"),
                                    QStringLiteral("Fax")};
        QList<QStringList> rows;
        for (const JobRecord &job : jobs) {
            rows.append({localText(job.window.from), localText(job.window.to),
                         JobRecord::statusText(job.status), localText(job.started),
                         localText(job.ended), job.storage,
                         QString::number(job.count(ItemType::CallRecording)),
                         QString::number(job.count(ItemType::VoiceMail)),
                         QString::number(job.count(ItemType::Sms)),
                         QString::number(job.count(ItemType::Fax))});
        }
        if (parser.isSet(csvOption)) {
            QStringList line;
            for (const QString &h : header)
                line.append(csvField(h));
            out() << line.join(u',') << "\n";
            for (const QStringList &row : std::as_const(rows)) {
                line.clear();
                for (const QString &field : row)
                    line.append(csvField(field));
                out() << line.join(u',') << "\n";
            }
            return Success;
        }
        if (rows.isEmpty()) {
            out() << "No jobs between " << localText(from) << " and " << localText(to) << ".\n";
            return Success;
        }
        QList<int> widths;
        for (const QString &h : header)
            widths.append(int(h.size()));
        for (const QStringList &row : std::as_const(rows))
            for (int i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], int(row[i].size()));
        auto printRow = [&](const QStringList &row) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells.append(i >= 6 ? row[i].rightJustified(widths[i])
                                    : row[i].leftJustified(widths[i]));
            out() << cells.join(QStringLiteral("  ")).trimmed() << "\n";
        };
        printRow(header);
        for (const QStringList &row : std::as_const(rows))
            printRow(row);
        return Success;
    }

    if (command == u"backup") {
        const QString value = positional.value(1);
        if (value != u"on" && value != u"off")
            return fail(QStringLiteral("Usage: rc-archiver backup on|off"));
        const bool enable = value == u"on";
        if (enable) {
            const Engine::Status status = engine.status();
            if (status.source.isEmpty() || status.storage.isEmpty())
                return fail(QStringLiteral("Connect a source and a storage before turning "
                                           "backup on (see `rc-archiver connect --help`)."));
        }
        engine.setBackupEnabled(enable);
        const Engine::Status status = engine.status();
        out() << "Backup is " << value << ".";
        if (enable && status.nextJob.isValid())
            out() << " The next job runs at " << localText(status.nextJob) << " if RC Archiver is "
                  << "running (the window, or --headless).";
        out() << "\n";
        return Success;
    }

    if (command == u"config") {
        const QString action = positional.value(1);
        const QString key = positional.value(2);
        if (action == u"list" || action.isEmpty()) {
            for (const SettingsStore::Definition &def : SettingsStore::definitions()) {
                if (def.internal)
                    continue;
                out() << def.key << " = " << settings.toString(def.key) << "\n    "
                      << def.description << "\n";
            }
            return Success;
        }
        const SettingsStore::Definition *def = SettingsStore::definition(key);
        if (!def || def->internal)
            return fail(QStringLiteral("Unknown setting \"%1\". `rc-archiver config list` shows "
                                       "them all.")
                            .arg(key));
        if (action == u"get") {
            out() << settings.toString(key) << "\n";
            return Success;
        }
        if (action == u"set") {
            if (positional.size() < 4)
                return fail(QStringLiteral("Usage: rc-archiver config set KEY VALUE"));
            if (Error e = settings.setFromString(key, positional.value(3)))
                return fail(e.message());
            return Success;
        }
        if (action == u"reset") {
            if (Error e = settings.reset(key))
                return fail(e.message());
            return Success;
        }
        return fail(QStringLiteral("Usage: rc-archiver config list | get KEY | set KEY VALUE | "
                                   "reset KEY"));
    }

    if (command == u"connect" || command == u"disconnect") {
        const QString service = positional.value(1);
        const bool isSource = SourceFactory::kinds().contains(service);
        StorageConnectorFactory *factory = session.connectors->factory(service);
        if (!isSource && !factory) {
            return fail(QStringLiteral("Unknown service \"%1\". Sources: %2. Storages: %3.")
                            .arg(service, SourceFactory::kinds().join(u", "),
                                 session.connectors->ids().join(u", ")));
        }
        const char *kindKey = isSource ? SettingKey::SourceKind : SettingKey::StorageKind;
        const QString current = settings.stringValue(QLatin1String(kindKey));

        // --option KEY=VALUE pairs: connector options, or RingCentral server settings.
        QVariantMap options;
        for (const QString &pair : parser.values(setOption)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return fail(QStringLiteral("--option takes KEY=VALUE, not \"%1\".").arg(pair));
            options[pair.left(eq)] = pair.mid(eq + 1);
        }

        Accounts accounts(session.db(), session.connectors.get(), session.secrets.get(),
                          session.profile.id());
        if (command == u"disconnect") {
            if (current != service)
                return fail(QStringLiteral("%1 is not connected.").arg(service));
            if (Error e = isSource ? accounts.disconnectSource() : accounts.disconnectStorage())
                return fail(e.message());
            engine.setBackupEnabled(false);
            out() << "Disconnected " << service << ". Backup is off; archived files were not "
                  << "touched.\n";
            return Success;
        }

        if (!current.isEmpty() && current != service)
            return fail(QStringLiteral("%1 is connected. Disconnect it first (rc-archiver "
                                       "disconnect %1).")
                            .arg(current));
        if (isSource) {
            if (service == u"demo") {
                if (parser.isSet(manifestOption))
                    options[QStringLiteral("manifest")] =
                        QFileInfo(parser.value(manifestOption)).absoluteFilePath();
                if (parser.isSet(itemsPerHourOption))
                    options[QStringLiteral("itemsPerHour")] =
                        parser.value(itemsPerHourOption).toInt();
                if (parser.isSet(itemSizeOption))
                    options[QStringLiteral("itemSize")] = parser.value(itemSizeOption).toLongLong();
            }
            if (Error e = accounts.connectSource(service, options, openBrowser))
                return fail(e.message());
            if (service == u"ringcentral")
                out() << "Signed in as " << accounts.source().account() << ".\n";
        } else {
            if (parser.isSet(pathOption))
                options[QStringLiteral("path")] =
                    QFileInfo(parser.value(pathOption)).absoluteFilePath();
            if (parser.isSet(acceptHostKeyOption))
                options[QStringLiteral("acceptHostKey")] = parser.value(acceptHostKeyOption);
            Error e = accounts.connectStorage(service, options, openBrowser);
            // A password or key passphrase that was not given: asked for on the terminal.
            const QString missing = e.detail(QStringLiteral("missingSecret")).toString();
            if (!missing.isEmpty() && !options.contains(missing)) {
                const QString host = options.value(QStringLiteral("host")).toString();
                const QString prompt =
                    missing == u"passphrase"
                        ? QCoreApplication::translate("rca::CommandLine",
                                                      "Passphrase of the SSH key for %1: ")
                              .arg(host)
                        : QCoreApplication::translate("rca::CommandLine", "Password for %1 on %2: ")
                              .arg(options.value(QStringLiteral("user")).toString(), host);
                QString secret;
                if (promptSecret(prompt, &secret)) {
                    options[missing] = secret;
                    e = accounts.connectStorage(service, options, openBrowser);
                    secret.fill(u'\0');
                }
            }
            if (e)
                return fail(e.message());
            out() << "Archive folder: " << accounts.storage().location << "\n";
        }
        out() << "Connected "
              << (isSource ? SourceFactory::displayName(service) : factory->displayName()) << ".\n";
        return Success;
    }
    return UsageError;
}

} // namespace rca

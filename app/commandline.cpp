#include "commandline.h"

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

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
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
    static const QStringList names = {QStringLiteral("run-once"),  QStringLiteral("status"),
                                      QStringLiteral("logs"),      QStringLiteral("backup"),
                                      QStringLiteral("config"),    QStringLiteral("connect"),
                                      QStringLiteral("disconnect")};
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
                                       QStringLiteral("logs: comma-separated values."));
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
    parser.addOptions({fromOption, toOption, lessOption, csvOption, pathOption, manifestOption,
                       itemsPerHourOption, itemSizeOption, setOption});

    if (!parser.parse(m_arguments)) {
        err() << parser.errorText() << "\n"
              << "Run `rc-archiver --help` for usage.\n";
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        out() << "rc-archiver " << RCA_VERSION << " (Qt " << qVersion() << ")\n";
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
        return m_gui(&engine, parser.isSet(minimizedOption));
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
        const char *settingsKey =
            isSource ? SettingKey::SourceSettings : SettingKey::StorageSettings;
        const QString current = settings.stringValue(QLatin1String(kindKey));

        // --option KEY=VALUE pairs: connector options, or RingCentral server settings.
        QVariantMap options;
        for (const QString &pair : parser.values(setOption)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return fail(QStringLiteral("--option takes KEY=VALUE, not \"%1\".").arg(pair));
            options[pair.left(eq)] = pair.mid(eq + 1);
        }

        if (command == u"disconnect") {
            if (current != service)
                return fail(QStringLiteral("%1 is not connected.").arg(service));
            if (service == u"ringcentral") {
                const QJsonObject stored = settings.jsonValue(QLatin1String(settingsKey));
                if (Error e = RingCentralAccount::disconnect(
                        RingCentralConfig::fromSettings(stored), session.secrets.get(),
                        SourceFactory::ringCentralSecretKey(session.profile.id())))
                    return fail(e.message());
                settings.reset(QLatin1String(SettingKey::SourceAttention));
            }
            if (factory) {
                ConnectorContext context;
                context.settings = settings.jsonValue(QLatin1String(settingsKey));
                context.secrets = session.secrets.get();
                context.profileId = session.profile.id();
                if (Error e = factory->create(context)->tearDown())
                    return fail(e.message());
            }
            engine.setBackupEnabled(false);
            settings.reset(QLatin1String(kindKey));
            settings.reset(QLatin1String(settingsKey));
            out() << "Disconnected " << service << ". Backup is off; archived files were not "
                  << "touched.\n";
            return Success;
        }

        if (!current.isEmpty() && current != service)
            return fail(QStringLiteral("%1 is connected. Disconnect it first (rc-archiver "
                                       "disconnect %1).")
                            .arg(current));
        QJsonObject newSettings;
        if (service == u"ringcentral") {
            QJsonObject overrides;
            for (auto i = options.cbegin(); i != options.cend(); ++i) {
                if (i.key() == u"redirectPort")
                    overrides[i.key()] = i.value().toInt();
                else
                    overrides[i.key()] = i.value().toString();
            }
            const RingCentralConfig config = RingCentralConfig::fromSettings(overrides);
            if (Error e = config.validate())
                return fail(e.message());
            if (Error e = RingCentralAccount::connect(
                    config, session.secrets.get(),
                    SourceFactory::ringCentralSecretKey(session.profile.id()), openBrowser, {},
                    &newSettings))
                return fail(e.message());
            settings.reset(QLatin1String(SettingKey::SourceAttention));
            out() << "Signed in as " << SourceFactory::describeAccount(service, newSettings)
                  << ".\n";
        } else if (isSource) {
            if (parser.isSet(manifestOption))
                newSettings[u"manifest"] =
                    QFileInfo(parser.value(manifestOption)).absoluteFilePath();
            if (parser.isSet(itemsPerHourOption))
                newSettings[u"itemsPerHour"] = parser.value(itemsPerHourOption).toInt();
            if (parser.isSet(itemSizeOption))
                newSettings[u"itemSize"] = parser.value(itemSizeOption).toLongLong();
            Error error;
            if (!SourceFactory::create(service, newSettings, {}, &error))
                return fail(error.message());
        } else {
            if (parser.isSet(pathOption))
                options[QStringLiteral("path")] =
                    QFileInfo(parser.value(pathOption)).absoluteFilePath();
            ConnectorContext context;
            context.secrets = session.secrets.get();
            context.profileId = session.profile.id();
            context.openBrowser = openBrowser;
            std::unique_ptr<StorageConnector> connector = factory->create(context);
            if (Error e = connector->setUp(options, &newSettings))
                return fail(e.message());
            context.settings = newSettings;
            out() << "Archive folder: " << factory->create(context)->location() << "\n";
        }
        if (Error e = settings.setValue(QLatin1String(kindKey), service))
            return fail(e.message());
        if (Error e = settings.setValue(QLatin1String(settingsKey), newSettings))
            return fail(e.message());
        out() << "Connected "
              << (isSource ? SourceFactory::displayName(service) : factory->displayName()) << ".\n";
        return Success;
    }
    return UsageError;
}

} // namespace rca

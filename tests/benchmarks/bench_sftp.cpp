// The SFTP connector's side of tests/benchmarks/run-sftp-benchmark: connects through the real
// plugin (as the engine does) and uploads one large file or every file of a folder, reading
// them from disk in 256 KiB pieces, then prints the elapsed time. Not a test; one run, one line.
//   bench_sftp --host H --port P --user U --key FILE --known-hosts FILE --accept SHA256:…
//              --root DIR --folder NAME (--file FILE | --dir DIR) [--set NAME=VALUE]…
// --set passes a connector option on, e.g. parallelSessions=0 to compare with one session.
#include "archive/sha256.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace rca;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QStringList names{QStringLiteral("host"),        QStringLiteral("port"),
                            QStringLiteral("user"),        QStringLiteral("key"),
                            QStringLiteral("known-hosts"), QStringLiteral("accept"),
                            QStringLiteral("root"),        QStringLiteral("folder"),
                            QStringLiteral("file"),        QStringLiteral("dir")};
    for (const QString &name : names)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("set"), QStringLiteral("set"),
                                        QStringLiteral("name=value")));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    ConnectorRegistry registry(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    StorageConnectorFactory *factory = registry.factory(QStringLiteral("sftp"));
    if (!factory) {
        err << "The SFTP plugin did not load: " << registry.loadErrors().join(u'\n') << "\n";
        return 2;
    }
    QVariantMap options{
        {QStringLiteral("host"), parser.value(QStringLiteral("host"))},
        {QStringLiteral("port"), parser.value(QStringLiteral("port"))},
        {QStringLiteral("user"), parser.value(QStringLiteral("user"))},
        {QStringLiteral("auth"), QStringLiteral("key")},
        {QStringLiteral("keyFile"), parser.value(QStringLiteral("key"))},
        {QStringLiteral("knownHostsFile"), parser.value(QStringLiteral("known-hosts"))},
        {QStringLiteral("acceptHostKey"), parser.value(QStringLiteral("accept"))},
        {QStringLiteral("root"), parser.value(QStringLiteral("root"))}};
    for (const QString &setting : parser.values(QStringLiteral("set")))
        options.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    ConnectorContext context;
    context.profileId = QStringLiteral("bench");
    QJsonObject settings;
    if (Error e = factory->create(context)->setUp(options, &settings)) {
        err << e.message() << "\n";
        return 1;
    }
    context.settings = settings;

    QStringList sources;
    if (parser.isSet(QStringLiteral("file"))) {
        sources.append(parser.value(QStringLiteral("file")));
    } else {
        const QDir dir(parser.value(QStringLiteral("dir")));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            sources.append(dir.filePath(name));
    }
    QList<QByteArray> checksums;
    for (const QString &source : std::as_const(sources))
        // The engine hashes what it streams, the same for every connector: computed
        // before the clock starts.
        checksums.append(Sha256::hashFile(source));

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<StorageConnector> connector = factory->create(context);
    qint64 bytes = 0;
    int files = 0;
    const QString folder = parser.value(QStringLiteral("folder"));
    Error error = connector->open(CancelToken());
    if (!error)
        error = connector->ensureFolder(folder);
    for (qsizetype i = 0; !error && i < sources.size(); ++i) {
        error = rca::test::uploadFile(connector.get(), sources[i],
                                      folder + u'/' + QFileInfo(sources[i]).fileName(),
                                      checksums[i], &bytes);
        if (!error)
            ++files;
    }
    connector->close();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (error) {
        err << error.message() << "\n";
        return 1;
    }
    out << "seconds=" << seconds << " bytes=" << bytes << " files=" << files << "\n";
    return 0;
}

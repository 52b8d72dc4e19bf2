// The Google Drive connector's side of tests/benchmarks/run-googledrive-benchmark: signs in to
// the fake Google Drive through the real plugin (a "browser" that follows the authorize redirect
// to the loopback listener), uploads one large file or every file of a folder, read from disk in
// 256 KiB pieces, and prints the elapsed time and the peak RSS. Not a test; one run, one line.
//   bench_googledrive --url http://127.0.0.1:PORT --folder NAME (--file FILE | --dir DIR)
#include "archive/sha256.h"
#include "memorysecretstore.h"
#include "secrets/secretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <sys/resource.h>

using namespace rca;

using rca::test::MemorySecretStore;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"url", "folder", "file", "dir"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                            QStringLiteral("value")));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    ConnectorRegistry registry(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    // The endpoints and the OAuth client come from the environment, as in the tests.
    const QByteArray url = parser.value(QStringLiteral("url")).toLatin1();
    qputenv("RCA_GOOGLE_AUTH_URL", url + "/o/oauth2/v2/auth");
    qputenv("RCA_GOOGLE_TOKEN_URL", url + "/token");
    qputenv("RCA_GOOGLE_API_URL", url);
    qputenv("RCA_GOOGLE_CLIENT_ID", "bench.apps.googleusercontent.com");
    qputenv("RCA_GOOGLE_CLIENT_SECRET", "GOCSPX-bench");
    StorageConnectorFactory *factory = registry.factory(QStringLiteral("googledrive"));
    if (!factory) {
        err << "The Google Drive plugin did not load: " << registry.loadErrors().join(u'\n')
            << "\n";
        return 2;
    }
    // Connector defaults (8 MiB chunks, multipart up to 5 MB), as in the app.
    const QVariantMap options;
    MemorySecretStore secrets;
    QNetworkAccessManager browser;
    ConnectorContext context;
    context.profileId = QStringLiteral("bench");
    context.secrets = &secrets;
    context.openBrowser = [&browser](const QUrl &authorize) {
        QNetworkReply *reply = browser.get(QNetworkRequest(authorize));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    };
    QJsonObject settings;
    if (Error e = factory->create(context)->setUp(options, &settings)) {
        err << e.message() << "\n";
        return 1;
    }
    context.settings = settings;
    context.openBrowser = {};

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
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    out << "seconds=" << seconds << " bytes=" << bytes << " files=" << files
        << " maxrss_kib=" << usage.ru_maxrss << "\n";
    return 0;
}

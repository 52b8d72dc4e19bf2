// The Google Drive connector's side of tests/benchmarks/run-googledrive-benchmark: signs in to
// the fake Google Drive through the real plugin (a "browser" that follows the authorize redirect
// to the loopback listener), uploads one large file or every file of a folder, read from disk in
// 256 KiB pieces, and prints the elapsed time and the peak RSS. Not a test; one run, one line.
//   bench_googledrive --url http://127.0.0.1:PORT --folder NAME (--file FILE | --dir DIR)
#include "memorysecretstore.h"
#include "secrets/secretstore.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

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

    return rca::test::timeUploads(factory, context, parser.value(QStringLiteral("folder")),
                                  parser.value(QStringLiteral("file")),
                                  parser.value(QStringLiteral("dir")));
}

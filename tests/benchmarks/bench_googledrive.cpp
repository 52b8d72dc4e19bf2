// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Google Drive connector's side of tests/benchmarks/run-googledrive-benchmark: signs in to
// the fake Google Drive through the real plugin (a "browser" that follows the authorize redirect
// to the loopback listener), uploads one large file or every file of a folder, read from disk in
// 256 KiB pieces, and prints the elapsed time and the peak RSS. Not a test; one run, one line.
//   bench_googledrive --url http://127.0.0.1:PORT --folder NAME (--file FILE | --dir DIR)
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

using namespace rca;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"url", "folder", "file", "dir"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                            QStringLiteral("value")));
    parser.process(app);

    ConnectorRegistry registry(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    // The endpoints and the OAuth client come from the environment, as in the tests.
    const QByteArray url = parser.value(QStringLiteral("url")).toLatin1();
    qputenv("RCA_GOOGLE_AUTH_URL", url + "/o/oauth2/v2/auth");
    qputenv("RCA_GOOGLE_TOKEN_URL", url + "/token");
    qputenv("RCA_GOOGLE_API_URL", url);
    qputenv("RCA_GOOGLE_CLIENT_ID", "bench.apps.googleusercontent.com");
    qputenv("RCA_GOOGLE_CLIENT_SECRET", "GOCSPX-bench");
    StorageConnectorFactory *factory =
        rca::test::benchmarkFactory(registry, QStringLiteral("googledrive"));
    if (!factory)
        return 2;
    // Connector defaults (8 MiB chunks, multipart up to 5 MB), as in the app.
    const QVariantMap options;
    return rca::test::signInAndTimeUploads(factory, options, parser.value(QStringLiteral("folder")),
                                           parser.value(QStringLiteral("file")),
                                           parser.value(QStringLiteral("dir")));
}

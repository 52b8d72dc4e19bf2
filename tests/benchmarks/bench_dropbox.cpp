// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Dropbox connector's side of tests/benchmarks/run-dropbox-benchmark: signs in to the fake
// Dropbox through the real plugin (a "browser" that follows the authorize redirect), uploads one
// large file or every file of a folder, read from disk in 256 KiB pieces, and prints the elapsed
// time and the peak RSS. Not a test; one run, one line.
//   bench_dropbox --url http://127.0.0.1:PORT --folder NAME (--file FILE | --dir DIR)
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>

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
    StorageConnectorFactory *factory =
        rca::test::benchmarkFactory(registry, QStringLiteral("dropbox"));
    if (!factory)
        return 2;
    const QString url = parser.value(QStringLiteral("url"));
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    const QVariantMap options{
        {QStringLiteral("appKey"), QStringLiteral("bench-app")},
        {QStringLiteral("apiUrl"), url},
        {QStringLiteral("contentUrl"), url},
        {QStringLiteral("authorizeUrl"), url + QStringLiteral("/oauth2/authorize")},
        {QStringLiteral("redirectPort"), port}};
    return rca::test::signInAndTimeUploads(factory, options, parser.value(QStringLiteral("folder")),
                                           parser.value(QStringLiteral("file")),
                                           parser.value(QStringLiteral("dir")));
}

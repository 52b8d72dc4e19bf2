// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Box connector's side of tests/benchmarks/run-box-benchmark: signs in to the fake Box
// through the real plugin (a "browser" that follows the authorize redirect into the loopback
// listener), uploads one large file or every file of a folder, read from disk in 256 KiB
// pieces, and prints the elapsed time and the peak RSS. Not a test; one run, one line.
//   bench_box --url http://127.0.0.1:PORT --folder NAME (--file FILE | --dir DIR)
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    StorageConnectorFactory *factory = rca::test::benchmarkFactory(registry, QStringLiteral("box"));
    if (!factory)
        return 2;
    const QString url = parser.value(QStringLiteral("url"));
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    // The fake's client; connector defaults otherwise (direct uploads up to 20 MB, sessions in
    // the parts the fake chooses above).
    const QVariantMap options{
        {QStringLiteral("clientId"), QStringLiteral("fake-box-client-id")},
        {QStringLiteral("clientSecret"), QStringLiteral("fake-box-client-secret")},
        {QStringLiteral("apiUrl"), url + QStringLiteral("/2.0")},
        {QStringLiteral("uploadUrl"), url + QStringLiteral("/api/2.0")},
        {QStringLiteral("authorizeUrl"), url + QStringLiteral("/api/oauth2/authorize")},
        {QStringLiteral("redirectPort"), port}};
    return rca::test::signInAndTimeUploads(factory, options, parser.value(QStringLiteral("folder")),
                                           parser.value(QStringLiteral("file")),
                                           parser.value(QStringLiteral("dir")));
}

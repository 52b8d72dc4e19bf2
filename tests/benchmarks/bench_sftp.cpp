// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SFTP connector's side of tests/benchmarks/run-sftp-benchmark: connects through the real
// plugin (as the engine does) and uploads one large file or every file of a folder, reading
// them from disk in 256 KiB pieces, then prints the elapsed time. Not a test; one run, one line.
//   bench_sftp --host H --port P --user U --key FILE --known-hosts FILE --accept SHA256:…
//              --root DIR --folder NAME (--file FILE | --dir DIR) [--set NAME=VALUE]…
// --set passes a connector option on, e.g. parallelSessions=0 to compare with one session.
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    QTextStream err(stderr);

    ConnectorRegistry registry(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    StorageConnectorFactory *factory =
        rca::test::benchmarkFactory(registry, QStringLiteral("sftp"));
    if (!factory)
        return 2;
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

    return rca::test::timeUploads(factory, context, parser.value(QStringLiteral("folder")),
                                  parser.value(QStringLiteral("file")),
                                  parser.value(QStringLiteral("dir")));
}

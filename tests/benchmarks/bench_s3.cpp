// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The S3 connector's side of tests/benchmarks/run-s3-benchmark: sets the real plugin up on a
// bucket of the fake S3 (or any S3 endpoint on 127.0.0.1), with the secret in memory and the
// upload journal in a profile database as the engine has them, uploads one large file or every
// file of a folder, read from disk in 256 KiB pieces, and prints the elapsed time and the peak
// RSS. Not a test; one run, one line.
//   bench_s3 --url http://127.0.0.1:PORT --bucket B --access-key AK --secret-key SK
//            --folder NAME (--file FILE | --dir DIR) [--set NAME=VALUE]…
// --set changes a persisted setting after set-up (partSize in bytes, parallelParts), to compare.
#include "store/connectorstate.h"
#include "store/database.h"
#include "uploadfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rca;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"url", "bucket", "access-key", "secret-key", "folder", "file", "dir"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                            QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("set"), QStringLiteral("set"),
                                        QStringLiteral("name=value")));
    parser.process(app);
    QTextStream err(stderr);

    ConnectorRegistry registry(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    StorageConnectorFactory *factory = rca::test::benchmarkFactory(registry, QStringLiteral("s3"));
    if (!factory)
        return 2;
    QTemporaryDir profile;
    Database db(profile.filePath(QStringLiteral("rc-archiver.sqlite")));
    if (Error e = db.open()) {
        err << e.message() << "\n";
        return 1;
    }
    ConnectorState journal(&db, QStringLiteral("s3"));
    test::MemorySecretStore secrets;
    ConnectorContext context;
    context.profileId = QStringLiteral("bench");
    context.secrets = &secrets;
    context.journal = &journal;
    // Connector defaults otherwise: 8 MiB parts, 4 in flight, path-style for a non-AWS endpoint.
    const QVariantMap options{
        {QStringLiteral("endpoint"), parser.value(QStringLiteral("url"))},
        {QStringLiteral("bucket"), parser.value(QStringLiteral("bucket"))},
        {QStringLiteral("accessKeyId"), parser.value(QStringLiteral("access-key"))},
        {QStringLiteral("secretAccessKey"), parser.value(QStringLiteral("secret-key"))}};
    QJsonObject settings;
    if (Error e = factory->create(context)->setUp(options, &settings)) {
        err << e.message() << "\n";
        return 1;
    }
    for (const QString &setting : parser.values(QStringLiteral("set")))
        settings.insert(setting.section(u'=', 0, 0),
                        setting.section(u'=', 1).toLongLong()); // numbers only
    context.settings = settings;
    return rca::test::timeUploads(factory, context, parser.value(QStringLiteral("folder")),
                                  parser.value(QStringLiteral("file")),
                                  parser.value(QStringLiteral("dir")));
}

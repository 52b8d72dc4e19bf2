// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The demo source's input and checks of the archive it filled, for the tests that kill
// rc-archiver mid-job: a manifest of items "item-N", then every item stored exactly once with
// the demo source's bytes, nothing else stored. Test thread only. Header-only.
#pragma once

#include "sources/demosource.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace rca::test {

// Writes a demo manifest (see the README) of itemCount items of itemSize bytes, two minutes
// apart from `from`, the four types in turn, in three extensions; hostileName becomes the name
// of every third extension. Downloads are throttled to bytesPerSecond so a run takes a while.
inline bool writeDemoManifest(const QString &path, const QDateTime &from, int itemCount,
                              qint64 itemSize, qint64 bytesPerSecond,
                              const QString &hostileName = QString())
{
    static const char *types[] = {"call-recording", "voicemail", "sms", "fax"};
    QJsonArray items;
    for (int i = 0; i < itemCount; ++i) {
        const QString name =
            i % 3 == 2 && !hostileName.isEmpty() ? hostileName : QStringLiteral("Bjørn Ærø");
        items.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("item-%1").arg(i)},
                        {QStringLiteral("type"), QString::fromLatin1(types[i % 4])},
                        {QStringLiteral("created"), from.addSecs(i * 120).toString(Qt::ISODate)},
                        {QStringLiteral("extension"),
                         QJsonObject{{QStringLiteral("id"), 100 + i % 3},
                                     {QStringLiteral("number"), QString::number(100 + i % 3)},
                                     {QStringLiteral("name"), name}}},
                        {QStringLiteral("direction"), QStringLiteral("inbound")},
                        {QStringLiteral("otherParty"),
                         QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0'))},
                        {QStringLiteral("size"), itemSize}});
    }
    const QJsonObject manifest{{QStringLiteral("throttleBytesPerSecond"), bytesPerSecond},
                               {QStringLiteral("items"), items}};
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(manifest).toJson()) > 0 &&
           file.flush();
}

// True when an interrupted upload left its temporary file somewhere under root.
inline bool hasTemporaryUpload(const QString &root)
{
    QDirIterator temporaries(root, {QStringLiteral(".rca-upload-*")}, QDir::Files | QDir::Hidden,
                             QDirIterator::Subdirectories);
    return temporaries.hasNext();
}

// The day manifests under the archive root check out with GNU sha256sum, run from the root as
// the README tells an auditor, and list exactly itemCount files.
inline void verifyDayManifests(const QString &root, int itemCount)
{
    const QStringList manifests =
        QDir(root + QStringLiteral("/manifest")).entryList({QStringLiteral("*.sha256")});
    QVERIFY2(!manifests.isEmpty(), "no day manifest");
    QStringList arguments = {QStringLiteral("-c"), QStringLiteral("--strict")};
    for (const QString &name : manifests)
        arguments.append(QStringLiteral("manifest/") + name);
    QProcess sha256sum;
    sha256sum.setWorkingDirectory(root);
    sha256sum.start(QStringLiteral("sha256sum"), arguments);
    QVERIFY(sha256sum.waitForFinished(60000));
    const QString output = QString::fromUtf8(sha256sum.readAllStandardOutput()) +
                           QString::fromUtf8(sha256sum.readAllStandardError());
    QVERIFY2(sha256sum.exitStatus() == QProcess::NormalExit && sha256sum.exitCode() == 0,
             qPrintable(output));
    QCOMPARE(output.count(QStringLiteral(": OK\n")), itemCount);
}

// Every one of itemCount items of itemSize bytes under root exactly once, with the right bytes,
// and no other file (no temporary either) but the day manifests, which must list them all.
// Reports through QVERIFY: check QTest::currentTestFailed() after the call.
inline void verifyDemoArchive(const QString &root, int itemCount, qint64 itemSize)
{
    const QRegularExpression idPattern(QStringLiteral("_(item-\\d+)\\.[a-z0-9]+$"));
    const QRegularExpression manifestPattern(
        QStringLiteral("/manifest/\\d{4}-\\d{2}-\\d{2}\\.(sha256|jsonl)$"));
    QHash<QString, int> seen;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (manifestPattern.match(path).hasMatch())
            continue;
        const QRegularExpressionMatch match = idPattern.match(path);
        QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("unexpected file ") + path));
        const QString id = match.captured(1);
        ++seen[id];
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(&file));
        QCOMPARE(file.size(), itemSize);
        QCOMPARE(hash.result().toHex(), DemoSource::contentSha256(id, itemSize));
        QVERIFY2(!path.contains(QStringLiteral("../")), qPrintable(path));
    }
    QCOMPARE(seen.size(), itemCount);
    for (auto i = seen.cbegin(); i != seen.cend(); ++i)
        QVERIFY2(i.value() == 1, qPrintable(i.key()));
    verifyDayManifests(root, itemCount);
}

} // namespace rca::test

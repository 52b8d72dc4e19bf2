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

// Every one of itemCount items of itemSize bytes under root exactly once, with the right bytes,
// and no other file (no temporary either). Reports through QVERIFY: check
// QTest::currentTestFailed() after the call.
inline void verifyDemoArchive(const QString &root, int itemCount, qint64 itemSize)
{
    const QRegularExpression idPattern(QStringLiteral("_(item-\\d+)\\.[a-z0-9]+$"));
    QHash<QString, int> seen;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
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
}

} // namespace rca::test

// Checks of an archive the demo source filled, for the tests that kill rc-archiver mid-job:
// every item "item-N" stored exactly once with the demo source's bytes, nothing else stored.
// Test thread only. Header-only.
#pragma once

#include "sources/demosource.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

namespace rca::test {

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

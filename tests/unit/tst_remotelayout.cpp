// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RemoteLayout: where an item lands in the archive, in the user's time zone, with names that
// cannot leave their folder.
#include "archive/filenamesanitizer.h"
#include "archive/remotelayout.h"

#include <QTest>

using namespace rca;

namespace {

// 2026-11-25 11:30:12 in UTC-5.
const QDateTime ExampleTime(QDate(2026, 11, 25), QTime(16, 30, 12), Qt::UTC);

ArchiveItem exampleItem()
{
    ArchiveItem item;
    item.sourceId = QStringLiteral("8812345");
    item.type = ItemType::CallRecording;
    item.created = ExampleTime;
    item.extension = {42, QStringLiteral("101"), QStringLiteral("Alice Example")};
    item.direction = QStringLiteral("inbound");
    item.otherParty = QStringLiteral("+15551234567");
    item.nameTag = QStringLiteral("8812345");
    item.fileExtension = QStringLiteral("mp3");
    return item;
}

// Exactly four safe components: nothing can climb out of or add to the layout.
void checkPath(const QString &path)
{
    const QStringList parts = path.split(u'/');
    QCOMPARE(parts.size(), 4);
    for (const QString &part : parts) {
        QVERIFY2(part != QLatin1String(".") && part != QLatin1String(".."), qPrintable(path));
        QVERIFY2(FileNameSanitizer::isSafe(part), qPrintable(part));
        QVERIFY2(part.toUtf8().size() <= FileNameSanitizer::DefaultMaxBytes, qPrintable(part));
    }
}

// Windows's device names: the part before the first dot, without trailing spaces.
bool isDeviceName(const QString &name)
{
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    if (QStringList{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                    QStringLiteral("NUL")}
            .contains(base))
        return true;
    return (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"))) &&
           base.size() == 4 && (base.at(3).isDigit() || base.at(3) == QChar(0x00B9));
}

} // namespace

class TestRemoteLayout : public QObject
{
    Q_OBJECT

private slots:
    void designExample();
    void ianaZone();
    void dateFollowsZoneNearMidnight_data();
    void dateFollowsZoneNearMidnight();
    void extensionFolder_data();
    void extensionFolder();
    void typeFolders();
    void noComponentIsADeviceName_data();
    void noComponentIsADeviceName();
    void emptyPartsOmitted();
    void nameTagFallsBackToSourceId();
    void hostileNames_data();
    void hostileNames();
    void nonAsciiNames();
    void longNamesKeepTagAndExtension();
    void alternativeName_data();
    void alternativeName();
    void alternativeNameAtTheCap();
};

void TestRemoteLayout::designExample()
{
    const RemoteLayout layout(QTimeZone(-5 * 3600));
    const ArchiveItem item = exampleItem();
    QCOMPARE(layout.folderFor(item),
             QStringLiteral("101 - Alice Example/2026-11-25/Call Recordings"));
    QCOMPARE(layout.fileNameFor(item),
             QStringLiteral("20261125-113012_inbound_+15551234567_8812345.mp3"));
    QCOMPARE(layout.pathFor(item),
             QStringLiteral("101 - Alice Example/2026-11-25/Call Recordings/"
                            "20261125-113012_inbound_+15551234567_8812345.mp3"));
    checkPath(layout.pathFor(item));
}

void TestRemoteLayout::ianaZone()
{
    const QTimeZone newYork("America/New_York");
    if (!newYork.isValid())
        QSKIP("No time zone database here");
    // November: EST, UTC-5.
    QCOMPARE(RemoteLayout(newYork).fileNameFor(exampleItem()),
             QStringLiteral("20261125-113012_inbound_+15551234567_8812345.mp3"));
    // July: EDT, UTC-4.
    ArchiveItem summer = exampleItem();
    summer.created = QDateTime(QDate(2026, 7, 1), QTime(16, 30, 12), Qt::UTC);
    QCOMPARE(RemoteLayout(newYork).fileNameFor(summer),
             QStringLiteral("20260701-123012_inbound_+15551234567_8812345.mp3"));
}

void TestRemoteLayout::dateFollowsZoneNearMidnight_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("stamp");

    const QDateTime lateUtc(QDate(2026, 11, 26), QTime(3, 30, 0), Qt::UTC);
    QTest::newRow("utc") << lateUtc << 0 << QStringLiteral("2026-11-26")
                         << QStringLiteral("20261126-033000");
    QTest::newRow("west: still the day before")
        << lateUtc << -5 * 3600 << QStringLiteral("2026-11-25")
        << QStringLiteral("20261125-223000");
    const QDateTime afternoonUtc(QDate(2026, 11, 25), QTime(16, 0, 0), Qt::UTC);
    QTest::newRow("east: already the next day")
        << afternoonUtc << 9 * 3600 << QStringLiteral("2026-11-26")
        << QStringLiteral("20261126-010000");
    QTest::newRow("one second before midnight")
        << QDateTime(QDate(2026, 12, 31), QTime(22, 59, 59), Qt::UTC) << 3600
        << QStringLiteral("2026-12-31") << QStringLiteral("20261231-235959");
    QTest::newRow("midnight") << QDateTime(QDate(2026, 12, 31), QTime(23, 0, 0), Qt::UTC) << 3600
                              << QStringLiteral("2027-01-01") << QStringLiteral("20270101-000000");
}

void TestRemoteLayout::dateFollowsZoneNearMidnight()
{
    QFETCH(QDateTime, created);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, folder);
    QFETCH(QString, stamp);

    ArchiveItem item = exampleItem();
    item.created = created;
    const RemoteLayout layout{QTimeZone(offsetSeconds)};
    QCOMPARE(layout.folderFor(item).section(u'/', 1, 1), folder);
    QVERIFY2(layout.fileNameFor(item).startsWith(stamp + u'_'),
             qPrintable(layout.fileNameFor(item)));
}

void TestRemoteLayout::extensionFolder_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folder");

    QTest::newRow("both") << QStringLiteral("101") << QStringLiteral("Alice Example")
                          << QStringLiteral("101 - Alice Example");
    QTest::newRow("no name") << QStringLiteral("101") << QString() << QStringLiteral("101");
    QTest::newRow("blank name") << QStringLiteral("101") << QStringLiteral("  ")
                                << QStringLiteral("101");
    QTest::newRow("no number") << QString() << QStringLiteral("Front Desk")
                               << QStringLiteral("Front Desk");
    QTest::newRow("neither") << QString() << QString() << QStringLiteral("Unknown extension");
    // A part that is a Windows device name on its own changes as it would in a file name
    // ("NUL" becomes "NUL_"), wherever it stands in the folder's name.
    QTest::newRow("reserved number and name")
        << QStringLiteral("NUL") << QStringLiteral("NUL") << QStringLiteral("NUL_ - NUL_");
    QTest::newRow("reserved name")
        << QStringLiteral("101") << QStringLiteral("con") << QStringLiteral("101 - con_");
    QTest::newRow("reserved number") << QStringLiteral("COM1") << QStringLiteral("Front Desk")
                                     << QStringLiteral("COM1_ - Front Desk");
    QTest::newRow("reserved name with a dot")
        << QStringLiteral("101") << QStringLiteral("Aux.Desk") << QStringLiteral("101 - Aux_.Desk");
    QTest::newRow("reserved alone")
        << QString() << QStringLiteral("lpt9") << QStringLiteral("lpt9_");
    // Names that merely start like a device name, or a dot inside the folder's name, stay as
    // they were: existing archives keep their folders.
    QTest::newRow("console is fine")
        << QStringLiteral("101") << QStringLiteral("Console") << QStringLiteral("101 - Console");
    QTest::newRow("COM10 is fine") << QStringLiteral("COM10") << QStringLiteral("Fax line")
                                   << QStringLiteral("COM10 - Fax line");
    QTest::newRow("leading dot of a name kept")
        << QStringLiteral("101") << QStringLiteral(".NET Team")
        << QStringLiteral("101 - .NET Team");
}

void TestRemoteLayout::extensionFolder()
{
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(QString, folder);

    ArchiveItem item = exampleItem();
    item.extension.number = number;
    item.extension.name = name;
    QCOMPARE(RemoteLayout(QTimeZone(0)).folderFor(item).section(u'/', 0, 0), folder);
}

void TestRemoteLayout::typeFolders()
{
    const RemoteLayout layout{QTimeZone(0)};
    ArchiveItem item = exampleItem();
    for (ItemType type : allItemTypes()) {
        item.type = type;
        QCOMPARE(layout.folderFor(item).section(u'/', 2, 2), itemTypeFolderName(type));
    }
}

void TestRemoteLayout::noComponentIsADeviceName_data()
{
    QTest::addColumn<QString>("reserved");
    const QStringList names = {
        QStringLiteral("CON"),      QStringLiteral("prn"),      QStringLiteral("Aux"),
        QStringLiteral("nul"),      QStringLiteral("COM1"),     QStringLiteral("com9"),
        QStringLiteral("LPT1"),     QStringLiteral("lpt9"),     QStringLiteral("NUL.txt"),
        QStringLiteral("con .log"), QStringLiteral("COM\u00B9")};
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

// A reserved name in any field that becomes part of a path: no component, and no part of the
// "<number> - <name>" folder, is a device name on Windows.
void TestRemoteLayout::noComponentIsADeviceName()
{
    QFETCH(QString, reserved);
    const RemoteLayout layout{QTimeZone(0)};
    for (int field = 0; field < 6; ++field) {
        ArchiveItem item = exampleItem();
        switch (field) {
        case 0:
            item.extension.number = reserved;
            break;
        case 1:
            item.extension.name = reserved;
            break;
        case 2:
            item.direction = reserved;
            break;
        case 3:
            item.otherParty = reserved;
            break;
        case 4:
            item.nameTag = reserved;
            break;
        case 5:
            item.fileExtension = reserved;
            break;
        }
        const QString path = layout.pathFor(item);
        checkPath(path);
        QStringList pieces = path.split(u'/');
        pieces += pieces.constFirst().split(QStringLiteral(" - "));
        for (const QString &piece : std::as_const(pieces))
            QVERIFY2(!isDeviceName(piece), qPrintable(path));
    }
}

void TestRemoteLayout::emptyPartsOmitted()
{
    const RemoteLayout layout(QTimeZone(-5 * 3600));
    ArchiveItem item = exampleItem();
    item.direction.clear();
    item.otherParty = QStringLiteral("   ");
    QCOMPARE(layout.fileNameFor(item), QStringLiteral("20261125-113012_8812345.mp3"));
    item.fileExtension.clear();
    QCOMPARE(layout.fileNameFor(item), QStringLiteral("20261125-113012_8812345"));
    item.fileExtension = QStringLiteral(".pdf");
    QCOMPARE(layout.fileNameFor(item), QStringLiteral("20261125-113012_8812345.pdf"));
}

void TestRemoteLayout::nameTagFallsBackToSourceId()
{
    const RemoteLayout layout(QTimeZone(-5 * 3600));
    ArchiveItem item = exampleItem();
    item.nameTag.clear();
    item.sourceId = QStringLiteral("777");
    QCOMPARE(layout.fileNameFor(item),
             QStringLiteral("20261125-113012_inbound_+15551234567_777.mp3"));
    item.nameTag = QStringLiteral("777_transcript");
    item.fileExtension = QStringLiteral("txt");
    QCOMPARE(layout.fileNameFor(item),
             QStringLiteral("20261125-113012_inbound_+15551234567_777_transcript.txt"));
    item.nameTag.clear();
    item.sourceId.clear();
    checkPath(layout.pathFor(item));
}

void TestRemoteLayout::hostileNames_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("otherParty");
    QTest::addColumn<QString>("nameTag");
    QTest::addColumn<QString>("fileExtension");

    QTest::newRow("dotdot name") << QString() << QStringLiteral("..") << QStringLiteral("x")
                                 << QStringLiteral("1") << QStringLiteral("mp3");
    QTest::newRow("traversal name")
        << QStringLiteral("101") << QStringLiteral("../../../etc") << QStringLiteral("x")
        << QStringLiteral("1") << QStringLiteral("mp3");
    QTest::newRow("slash number") << QStringLiteral("/") << QStringLiteral("/")
                                  << QStringLiteral("x") << QStringLiteral("1")
                                  << QStringLiteral("mp3");
    QTest::newRow("backslash name")
        << QStringLiteral("..\\..") << QStringLiteral("a\\b") << QStringLiteral("x")
        << QStringLiteral("1") << QStringLiteral("mp3");
    QTest::newRow("reserved") << QStringLiteral("CON") << QString() << QStringLiteral("NUL")
                              << QStringLiteral("AUX") << QStringLiteral("txt");
    QTest::newRow("control and bidi")
        << QStringLiteral("1\n0\t1") << QStringLiteral("Alice\u202Egnp.exe")
        << QString(QChar(0) + QStringLiteral("+1555")) << QStringLiteral("7\r8")
        << QStringLiteral("mp\u202E3");
    QTest::newRow("hostile other party and tag")
        << QStringLiteral("101") << QStringLiteral("A") << QStringLiteral("../../x")
        << QStringLiteral("../../../../tmp/evil") << QStringLiteral("/../sh");
    QTest::newRow("windows forbidden")
        << QStringLiteral("1:2") << QStringLiteral("<a>|\"b\"?*") << QStringLiteral("c:\\")
        << QStringLiteral("d*") << QStringLiteral("e?");
    QTest::newRow("trailing dots and spaces")
        << QStringLiteral("101 ") << QStringLiteral("Bob. . ") << QStringLiteral(" . ")
        << QStringLiteral(".") << QStringLiteral(". .");
}

void TestRemoteLayout::hostileNames()
{
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(QString, otherParty);
    QFETCH(QString, nameTag);
    QFETCH(QString, fileExtension);

    ArchiveItem item = exampleItem();
    item.extension.number = number;
    item.extension.name = name;
    item.otherParty = otherParty;
    item.nameTag = nameTag;
    item.fileExtension = fileExtension;
    const RemoteLayout layout{QTimeZone(0)};
    const QString path = layout.pathFor(item);
    checkPath(path);
    QCOMPARE(path, layout.folderFor(item) + u'/' + layout.fileNameFor(item));
    QVERIFY2(layout.fileNameFor(item).startsWith(QLatin1String("20261125-163012_")),
             qPrintable(path));
}

void TestRemoteLayout::nonAsciiNames()
{
    ArchiveItem item = exampleItem();
    item.extension.name = QStringLiteral("Zoe\u0308 Jürgensen"); // decomposed ë
    item.otherParty = QStringLiteral("山田 太郎");
    item.type = ItemType::VoiceMail;
    const RemoteLayout layout(QTimeZone(-5 * 3600));
    QCOMPARE(layout.folderFor(item),
             QStringLiteral("101 - Zo\u00EB Jürgensen/2026-11-25/Voice Mails"));
    QCOMPARE(layout.fileNameFor(item),
             QStringLiteral("20261125-113012_inbound_山田 太郎_8812345.mp3"));
    checkPath(layout.pathFor(item));
}

void TestRemoteLayout::longNamesKeepTagAndExtension()
{
    ArchiveItem item = exampleItem();
    item.extension.name = QString(300, u'n');
    item.direction = QString(100, u'd');
    item.otherParty = QString(400, QChar(0x00E9)); // two bytes each
    item.nameTag = QStringLiteral("8812345_transcript");
    item.fileExtension = QStringLiteral("txt");
    const RemoteLayout layout{QTimeZone(0)};
    checkPath(layout.pathFor(item));
    const QString file = layout.fileNameFor(item);
    QVERIFY2(file.endsWith(QLatin1String("_8812345_transcript.txt")), qPrintable(file));
    QVERIFY(file.toUtf8().size() <= FileNameSanitizer::DefaultMaxBytes);
}

void TestRemoteLayout::alternativeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("design") << QStringLiteral("a.mp3") << 2 << QStringLiteral("a (2).mp3");
    QTest::newRow("no extension") << QStringLiteral("a") << 3 << QStringLiteral("a (3)");
    QTest::newRow("two dots") << QStringLiteral("a.tar.gz") << 2 << QStringLiteral("a.tar (2).gz");
    QTest::newRow("layout name")
        << QStringLiteral("20261125-113012_inbound_+15551234567_8812345.mp3") << 10
        << QStringLiteral("20261125-113012_inbound_+15551234567_8812345 (10).mp3");
}

void TestRemoteLayout::alternativeName()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const QString result = RemoteLayout::alternativeName(name, n);
    QCOMPARE(result, expected);
    QVERIFY(FileNameSanitizer::isSafe(result));
}

void TestRemoteLayout::alternativeNameAtTheCap()
{
    const QString name = QString(176, QChar(0x00E9)).left(88) + QStringLiteral(".mp3"); // 180 bytes
    QCOMPARE(name.toUtf8().size(), 180);
    const QString result = RemoteLayout::alternativeName(name, 12);
    QVERIFY2(result.endsWith(QLatin1String(" (12).mp3")), qPrintable(result));
    QVERIFY(result.toUtf8().size() <= FileNameSanitizer::DefaultMaxBytes);
    QVERIFY(FileNameSanitizer::isSafe(result));
}

QTEST_GUILESS_MAIN(TestRemoteLayout)
#include "tst_remotelayout.moc"

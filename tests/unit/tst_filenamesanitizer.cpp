// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FileNameSanitizer: hostile names come out as one safe path component on every target.
#include "archive/filenamesanitizer.h"

#include <QRandomGenerator>
#include <QTest>

using rca::FileNameSanitizer;

namespace {

int utf8Size(const QString &text)
{
    return int(text.toUtf8().size());
}

QString repeated(const QString &text, int times)
{
    QString result;
    for (int i = 0; i < times; ++i)
        result += text;
    return result;
}

// Every rule the sanitizer promises, checked on any output.
void checkSafeComponent(const QString &name, int maxBytes)
{
    QVERIFY2(!name.isEmpty(), "empty result");
    QVERIFY2(name != QLatin1String(".") && name != QLatin1String(".."), qPrintable(name));
    QVERIFY2(utf8Size(name) <= std::max(maxBytes, 1), qPrintable(name));
    QVERIFY2(!name.startsWith(u' ') && !name.startsWith(u'.'), qPrintable(name));
    QVERIFY2(!name.endsWith(u' ') && !name.endsWith(u'.'), qPrintable(name));
    QCOMPARE(name.normalized(QString::NormalizationForm_C), name);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate()) {
            QVERIFY2(i + 1 < name.size() && name.at(i + 1).isLowSurrogate(), "lone surrogate");
            ++i;
            continue;
        }
        QVERIFY2(!c.isLowSurrogate(), "lone surrogate");
        const char16_t u = c.unicode();
        QVERIFY2(u >= 0x20 && !(u >= 0x7F && u <= 0x9F), "control character");
        QVERIFY2(!(u >= 0x202A && u <= 0x202E) && !(u >= 0x2066 && u <= 0x2069), "bidi control");
        QVERIFY2(!QStringLiteral("/\\<>:\"|?*").contains(c), qPrintable(name));
    }
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                         QStringLiteral("AUX"), QStringLiteral("NUL")};
    QVERIFY2(!reserved.contains(base), qPrintable(name));
    const bool device =
        (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"))) &&
        base.size() == 4 && base.at(3).isDigit();
    QVERIFY2(!device, qPrintable(name));
}

} // namespace

class TestFileNameSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void lengthCap_data();
    void lengthCap();
    void randomHostileInput();
    void isSafe_data();
    void isSafe();
    void isReservedName_data();
    void isReservedName();
};

void TestFileNameSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("_");
    QTest::newRow("slash") << QStringLiteral("/") << QStringLiteral("_");
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringLiteral("_");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_");
    QTest::newRow("dotdot") << QStringLiteral("..") << QStringLiteral("_");
    QTest::newRow("three dots") << QStringLiteral("...") << QStringLiteral("_");
    QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("_");
    QTest::newRow("dot space dot") << QStringLiteral(" . . ") << QStringLiteral("_");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd")
                               << QStringLiteral("_.._etc_passwd");
    QTest::newRow("windows traversal")
        << QStringLiteral("..\\..\\boot.ini") << QStringLiteral("_.._boot.ini");
    QTest::newRow("inner slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
    QTest::newRow("inner backslash") << QStringLiteral("a\\b") << QStringLiteral("a_b");
    QTest::newRow("windows forbidden") << QStringLiteral("a<>:\"|?*b") << QStringLiteral("a_b");
    QTest::newRow("each forbidden")
        << QStringLiteral("a<b>c:d\"e|f?g*h") << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("replacement next to underscore")
        << QStringLiteral("a/_/b") << QStringLiteral("a_b");
    QTest::newRow("underscores kept") << QStringLiteral("a__b") << QStringLiteral("a__b");
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                         << QStringLiteral("a_b");
    QTest::newRow("tab newline") << QStringLiteral("a\t\r\nb") << QStringLiteral("a_b");
    QTest::newRow("unit separator") << QStringLiteral("a\u001Fb") << QStringLiteral("a_b");
    QTest::newRow("del") << QStringLiteral("a\u007Fb") << QStringLiteral("a_b");
    QTest::newRow("c1 first") << QStringLiteral("a\u0080b") << QStringLiteral("a_b");
    QTest::newRow("c1 nel") << QStringLiteral("a\u0085b") << QStringLiteral("a_b");
    QTest::newRow("c1 last") << QStringLiteral("a\u009Fb") << QStringLiteral("a_b");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a_b");
    QTest::newRow("rlo spoof") << QStringLiteral("invoice\u202Efdp.exe")
                               << QStringLiteral("invoice_fdp.exe");
    QTest::newRow("lre") << QStringLiteral("a\u202Ab") << QStringLiteral("a_b");
    QTest::newRow("pdf") << QStringLiteral("a\u202Cb") << QStringLiteral("a_b");
    QTest::newRow("lri") << QStringLiteral("a\u2066b") << QStringLiteral("a_b");
    QTest::newRow("pdi") << QStringLiteral("a\u2069b") << QStringLiteral("a_b");
    QTest::newRow("rlm") << QStringLiteral("a\u200Fb") << QStringLiteral("a_b");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("CON_");
    QTest::newRow("con lower") << QStringLiteral("con") << QStringLiteral("con_");
    QTest::newRow("con.txt") << QStringLiteral("con.txt") << QStringLiteral("con_.txt");
    QTest::newRow("Nul.tar.gz") << QStringLiteral("Nul.tar.gz") << QStringLiteral("Nul_.tar.gz");
    QTest::newRow("PRN") << QStringLiteral("PRN") << QStringLiteral("PRN_");
    QTest::newRow("aux") << QStringLiteral("aux") << QStringLiteral("aux_");
    QTest::newRow("COM1") << QStringLiteral("COM1") << QStringLiteral("COM1_");
    QTest::newRow("com9.log") << QStringLiteral("com9.log") << QStringLiteral("com9_.log");
    QTest::newRow("LPT1") << QStringLiteral("LPT1") << QStringLiteral("LPT1_");
    QTest::newRow("lpt9.mp3") << QStringLiteral("lpt9.mp3") << QStringLiteral("lpt9_.mp3");
    QTest::newRow("COM superscript") << QStringLiteral("COM\u00B9") << QStringLiteral("COM\u00B9_");
    QTest::newRow("CONIN$") << QStringLiteral("conin$") << QStringLiteral("conin$_");
    QTest::newRow("con space ext") << QStringLiteral("CON .txt") << QStringLiteral("CON_ .txt");
    QTest::newRow("prn trailing dot") << QStringLiteral("prn.") << QStringLiteral("prn_");
    QTest::newRow("COM10 is fine") << QStringLiteral("COM10") << QStringLiteral("COM10");
    QTest::newRow("console is fine") << QStringLiteral("console") << QStringLiteral("console");
    QTest::newRow("icon is fine") << QStringLiteral("icon.png") << QStringLiteral("icon.png");
    QTest::newRow("trailing dots spaces") << QStringLiteral("name. . .") << QStringLiteral("name");
    QTest::newRow("trailing spaces") << QStringLiteral("name   ") << QStringLiteral("name");
    QTest::newRow("leading spaces") << QStringLiteral("   name") << QStringLiteral("name");
    QTest::newRow("hidden file") << QStringLiteral(".bashrc") << QStringLiteral("_bashrc");
    QTest::newRow("inner spaces kept")
        << QStringLiteral("101 - Alice Example") << QStringLiteral("101 - Alice Example");
    QTest::newRow("phone number") << QStringLiteral("+15551234567")
                                  << QStringLiteral("+15551234567");
    QTest::newRow("nfc") << QStringLiteral("e\u0301") << QStringLiteral("\u00E9");
    QTest::newRow("nfc word") << QStringLiteral("Cafe\u0301 Zoe\u0308")
                              << QStringLiteral("Caf\u00E9 Zo\u00EB");
    QTest::newRow("non-ascii kept") << QStringLiteral("Jürgen Ærøskøbing 山田太郎 Ελένη")
                                    << QStringLiteral("Jürgen Ærøskøbing 山田太郎 Ελένη");
    QTest::newRow("emoji kept") << QStringLiteral("\U0001F4DE call \U0001F468\u200D\U0001F469")
                                << QStringLiteral("\U0001F4DE call \U0001F468\u200D\U0001F469");
    QTest::newRow("lone high surrogate")
        << QString(QChar(0xD800) + QStringLiteral("abc")) << QStringLiteral("_abc");
    QTest::newRow("lone low surrogate")
        << QString(QStringLiteral("abc") + QChar(0xDC00)) << QStringLiteral("abc_");
    QTest::newRow("reversed pair")
        << QString(QStringLiteral("a") + QChar(0xDC00) + QChar(0xD800) + QStringLiteral("b"))
        << QStringLiteral("a_b");
    QTest::newRow("non-ascii replacement char kept")
        << QStringLiteral("a\uFFFDb") << QStringLiteral("a\uFFFDb");
}

void TestFileNameSanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const QString result = FileNameSanitizer::sanitize(input);
    QCOMPARE(result, expected);
    checkSafeComponent(result, FileNameSanitizer::DefaultMaxBytes);
    QCOMPARE(FileNameSanitizer::sanitize(result), result);
    QVERIFY(FileNameSanitizer::isSafe(result));
}

void TestFileNameSanitizer::lengthCap_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<bool>("keepExtension");
    QTest::addColumn<QString>("expected");

    const QString a200 = repeated(QStringLiteral("a"), 200);
    QTest::newRow("ascii default cap") << a200 << int(FileNameSanitizer::DefaultMaxBytes) << false
                                       << repeated(QStringLiteral("a"), 180);
    QTest::newRow("ascii keeps extension")
        << a200 + QStringLiteral(".mp3") << int(FileNameSanitizer::DefaultMaxBytes) << true
        << repeated(QStringLiteral("a"), 176) + QStringLiteral(".mp3");
    QTest::newRow("extension not asked for")
        << a200 + QStringLiteral(".mp3") << int(FileNameSanitizer::DefaultMaxBytes) << false
        << repeated(QStringLiteral("a"), 180);
    QTest::newRow("short enough") << QStringLiteral("abc.mp3") << 7 << true
                                  << QStringLiteral("abc.mp3");
    // Two-byte characters: 11 bytes hold five of them, not five and a half.
    QTest::newRow("two-byte chars") << repeated(QStringLiteral("\u00E9"), 100) << 11 << false
                                    << repeated(QStringLiteral("\u00E9"), 5);
    QTest::newRow("three-byte chars")
        << repeated(QStringLiteral("日"), 100) << 10 << false << repeated(QStringLiteral("日"), 3);
    // Emoji are surrogate pairs: never split one.
    QTest::newRow("emoji") << repeated(QStringLiteral("\U0001F600"), 10) << 10 << false
                           << repeated(QStringLiteral("\U0001F600"), 2);
    QTest::newRow("emoji with extension")
        << repeated(QStringLiteral("\U0001F600"), 10) + QStringLiteral(".txt") << 15 << true
        << repeated(QStringLiteral("\U0001F600"), 2) + QStringLiteral(".txt");
    QTest::newRow("one emoji too big")
        << QStringLiteral("\U0001F600") << 3 << false << QStringLiteral("_");
    // x + combining acute has no precomposed form: three bytes that stay together.
    QTest::newRow("combining sequence") << repeated(QStringLiteral("x\u0301"), 10) << 7 << false
                                        << repeated(QStringLiteral("x\u0301"), 2);
    QTest::newRow("zwj family stays whole")
        << QStringLiteral("ab\U0001F468\u200D\U0001F469\u200D\U0001F467") << 19 << false
        << QStringLiteral("ab");
    QTest::newRow("zwj family fits")
        << QStringLiteral("ab\U0001F468\u200D\U0001F469\u200D\U0001F467") << 20 << false
        << QStringLiteral("ab\U0001F468\u200D\U0001F469\u200D\U0001F467");
    QTest::newRow("cut leaves trailing dot")
        << QStringLiteral("abc.def") << 4 << false << QStringLiteral("abc");
    QTest::newRow("cut leaves trailing space")
        << QStringLiteral("ab  cdef") << 4 << false << QStringLiteral("ab");
    QTest::newRow("cut makes reserved name")
        << QStringLiteral("CONSOLE") << 3 << false << QStringLiteral("CO");
    QTest::newRow("cut makes reserved with extension")
        << QStringLiteral("CONSOLE.txt") << 7 << true << QStringLiteral("CO.txt");
    QTest::newRow("extension longer than the cap")
        << QStringLiteral("abcdef.mp3") << 4 << true << QStringLiteral("abcd");
    QTest::newRow("extension fills the cap")
        << QStringLiteral("abcdef.mp3") << 5 << true << QStringLiteral("a.mp3");
    QTest::newRow("too long extension is not kept")
        << QStringLiteral("abcdef.verylongext") << 6 << true << QStringLiteral("abcdef");
    QTest::newRow("zero cap") << QStringLiteral("abc") << 0 << false << QStringLiteral("a");
    QTest::newRow("negative cap") << QStringLiteral("abc") << -5 << true << QStringLiteral("a");
}

void TestFileNameSanitizer::lengthCap()
{
    QFETCH(QString, input);
    QFETCH(int, maxBytes);
    QFETCH(bool, keepExtension);
    QFETCH(QString, expected);

    const QString result = FileNameSanitizer::sanitize(input, maxBytes, keepExtension);
    QCOMPARE(result, expected);
    checkSafeComponent(result, maxBytes);
    QCOMPARE(FileNameSanitizer::sanitize(result, maxBytes, keepExtension), result);
}

// Random strings from an alphabet of troublemakers: every rule holds, and sanitizing twice
// changes nothing.
void TestFileNameSanitizer::randomHostileInput()
{
    const QList<QString> pieces = {
        QStringLiteral("."),
        QStringLiteral(".."),
        QStringLiteral("/"),
        QStringLiteral("\\"),
        QStringLiteral(" "),
        QStringLiteral("_"),
        QStringLiteral("a"),
        QStringLiteral("Z"),
        QStringLiteral("CON"),
        QStringLiteral("com1"),
        QStringLiteral("lpt\u00B2"),
        QStringLiteral("nul"),
        QStringLiteral(":"),
        QStringLiteral("*"),
        QStringLiteral("?"),
        QStringLiteral("\""),
        QStringLiteral("<"),
        QStringLiteral("|"),
        QString(QChar(0)),
        QStringLiteral("\t"),
        QStringLiteral("\u007F"),
        QStringLiteral("\u0085"),
        QStringLiteral("\u202E"),
        QStringLiteral("\u2067"),
        QStringLiteral("e\u0301"),
        QStringLiteral("\u0301"),
        QStringLiteral("\u00E9"),
        QStringLiteral("日本"),
        QStringLiteral("\U0001F600"),
        QStringLiteral("\u200D"),
        QStringLiteral("\U0001F468\u200D\U0001F469"),
        QString(QChar(0xD800)),
        QString(QChar(0xDFFF)),
        QStringLiteral(".mp3"),
        QStringLiteral("x"),
    };
    QRandomGenerator random(20261125);
    const QList<int> caps = {1, 2, 3, 4, 5, 7, 12, 40, FileNameSanitizer::DefaultMaxBytes};
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int length = random.bounded(1, 40);
        for (int i = 0; i < length; ++i)
            input += pieces.at(random.bounded(int(pieces.size())));
        const int maxBytes = caps.at(random.bounded(int(caps.size())));
        const bool keepExtension = random.bounded(2) == 1;

        const QString result = FileNameSanitizer::sanitize(input, maxBytes, keepExtension);
        checkSafeComponent(result, maxBytes);
        if (QTest::currentTestFailed()) {
            qWarning() << "input" << input << "maxBytes" << maxBytes << "keep" << keepExtension;
            return;
        }
        QCOMPARE(FileNameSanitizer::sanitize(result, maxBytes, keepExtension), result);
    }
}

void TestFileNameSanitizer::isSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");

    QTest::newRow("plain") << QStringLiteral("20261125-113012_inbound_+15551234567_1.mp3") << true;
    QTest::newRow("non-ascii nfc") << QStringLiteral("Caf\u00E9") << true;
    QTest::newRow("non-ascii nfd") << QStringLiteral("Cafe\u0301") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dotdot") << QStringLiteral("..") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("reserved") << QStringLiteral("CON") << false;
    QTest::newRow("reserved fixed") << QStringLiteral("CON_") << true;
    QTest::newRow("trailing dot") << QStringLiteral("a.") << false;
    QTest::newRow("at the cap") << repeated(QStringLiteral("a"), 180) << true;
    QTest::newRow("over the cap") << repeated(QStringLiteral("a"), 181) << false;
    QTest::newRow("multibyte over the cap") << repeated(QStringLiteral("\u00E9"), 91) << false;
}

void TestFileNameSanitizer::isSafe()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(FileNameSanitizer::isSafe(name), safe);
}

void TestFileNameSanitizer::isReservedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");

    QTest::newRow("NUL") << QStringLiteral("NUL") << true;
    QTest::newRow("nul lower") << QStringLiteral("nul") << true;
    QTest::newRow("Con mixed") << QStringLiteral("Con") << true;
    QTest::newRow("prn.txt") << QStringLiteral("prn.txt") << true;
    QTest::newRow("aux space ext") << QStringLiteral("aux .log") << true;
    QTest::newRow("COM1") << QStringLiteral("COM1") << true;
    QTest::newRow("lpt9") << QStringLiteral("lpt9") << true;
    QTest::newRow("COM superscript") << QStringLiteral("COM\u00B2") << true;
    QTest::newRow("CONOUT$") << QStringLiteral("CONOUT$") << true;
    QTest::newRow("NUL_") << QStringLiteral("NUL_") << false;
    QTest::newRow("COM10") << QStringLiteral("COM10") << false;
    QTest::newRow("console") << QStringLiteral("console") << false;
    QTest::newRow("NUL - NUL") << QStringLiteral("NUL - NUL") << false;
    QTest::newRow(".nul") << QStringLiteral(".nul") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestFileNameSanitizer::isReservedName()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);
    QCOMPARE(FileNameSanitizer::isReservedName(name), reserved);
    // What sanitize() makes of a reserved name is not reserved any more.
    QVERIFY(!FileNameSanitizer::isReservedName(FileNameSanitizer::sanitize(name)));
}

QTEST_GUILESS_MAIN(TestFileNameSanitizer)
#include "tst_filenamesanitizer.moc"

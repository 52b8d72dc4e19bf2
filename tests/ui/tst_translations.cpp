// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shipped translations: the German and Spanish catalogues compiled into the UI (":/i18n")
// load the way app/main.cpp loads them and translate the tabs and the command line, and every
// message lupdate put into translations/rc-archiver_<lang>.ts (every context: the window's, the
// core's, the connectors' and the command line's) has a finished translation that keeps the
// source's placeholders and accelerator, and is the one the compiled catalogue returns. Runs on
// the test's main thread.
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void representativeStrings_data();
    void representativeStrings();
    void noCatalogueForOtherLanguages();
    void qtOwnStrings_data();
    void qtOwnStrings();
    void everyMessageTranslated_data();
    void everyMessageTranslated();

private:
    // Loads and installs the catalogue for lang exactly as app/main.cpp does for ":/i18n".
    bool install(const QString &lang);

    std::unique_ptr<QTranslator> m_translator;
};

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;
    QStringList translations; // one, or one per plural form for numerus messages
    bool numerus = false;
    qint64 line = 0;
};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// An accelerator marker: '&' before a letter or digit ("&&" is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)[\\w]"));
    return re.match(text).hasMatch();
}

QString describe(const Message &m)
{
    return QStringLiteral("%1 \"%2\" (line %3)").arg(m.context, m.source, QString::number(m.line));
}

// Every <message> of a .ts file; an XML error fails through *error.
QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                *language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                current.line = xml.lineNumber();
                inMessage = true;
            } else if (inMessage && name == u"source") {
                current.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                current.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                current.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!current.numerus)
                    current.translations.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (inMessage && name == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

} // namespace

bool TestTranslations::install(const QString &lang)
{
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(QLocale(lang), QStringLiteral("rc-archiver"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(m_translator.get());
}

void TestTranslations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestTranslations::representativeStrings_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *lang, const char *context, const char *source,
                        const char *expected) {
        QTest::addRow("%s %s", lang, source)
            << QString::fromLatin1(lang) << QString::fromLatin1(context)
            << QString::fromUtf8(source) << QString::fromUtf8(expected);
    };
    row("de", "rca::MainWindow", "&Accounts", "&Konten");
    row("de", "rca::MainWindow", "&Sync options", "&Synchronisierungsoptionen");
    row("de", "rca::MainWindow", "&Logs", "&Protokolle");
    row("de", "rca::SyncOptionsPage", "&Enable backup", "Sicherung &aktivieren");
    row("de", "rca::SyncOptionsPage", "Call Recordings", "Anrufaufzeichnungen");
    row("de", "rca::JobLogModel", "Job Start", "Auftragsbeginn");
    row("de", "rca::LogsPage", "SHOW MORE", "MEHR ANZEIGEN");
    row("de", "rca::AccountsPage", "CONNECT", "VERBINDEN");
    row("es", "rca::MainWindow", "&Accounts", "&Cuentas");
    row("es", "rca::MainWindow", "&Sync options", "Opciones de &sincronización");
    row("es", "rca::MainWindow", "&Logs", "&Registros");
    row("es", "rca::SyncOptionsPage", "&Enable backup", "&Activar la copia de seguridad");
    row("es", "rca::SyncOptionsPage", "Voice Mails", "Mensajes de voz");
    row("es", "rca::JobLogModel", "Job Start", "Inicio de la tarea");
    row("es", "rca::LogsPage", "SHOW LESS", "MOSTRAR MENOS");
    row("es", "rca::AccountsPage", "DISCONNECT", "DESCONECTAR");
    // The command line's, from the same catalogue.
    row("de", "rca::CommandLine", "Exit status:", "Exit-Status:");
    row("de", "rca::StatusCommand", "not connected", "nicht verbunden");
    row("es", "rca::CommandLine",
        "Commands (without one, the window opens):", "Comandos (sin ninguno, se abre la ventana):");
    row("es", "rca::RunOnceCommand", "Nothing is due.", "No hay nada pendiente.");
}

void TestTranslations::representativeStrings()
{
    QFETCH(QString, lang);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QVERIFY2(install(lang), qPrintable(QStringLiteral("no catalogue for %1 in :/i18n").arg(lang)));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
             expected);
}

// The locale picks the catalogue: a language without one leaves the English text.
void TestTranslations::noCatalogueForOtherLanguages()
{
    QVERIFY(!install(QStringLiteral("ja")));
    QCOMPARE(QCoreApplication::translate("rca::MainWindow", "&Accounts"),
             QStringLiteral("&Accounts"));
}

void TestTranslations::qtOwnStrings_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar");
}

// Qt's own strings (message box buttons) come from qtbase_<lang>.qm, loaded by app/main.cpp from
// Qt's translations folder; Debian ships them in qt6-translations-l10n (scripts/lib/setup.sh).
void TestTranslations::qtOwnStrings()
{
    QFETCH(QString, lang);
    QFETCH(QString, cancel);
    m_translator = std::make_unique<QTranslator>();
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(m_translator->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"), dir),
             qPrintable(QStringLiteral("no qtbase_%1.qm in %2 (package qt6-translations-l10n)")
                            .arg(lang, dir)));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
}

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, lang);
    const QString path = QStringLiteral(RCA_SOURCE_DIR "/translations/rc-archiver_%1.ts").arg(lang);
    QString language;
    QString error;
    const QList<Message> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
    QVERIFY2(language.startsWith(lang), qPrintable(language));
    // The tabs alone have more; an empty list means the file was not read.
    QVERIFY(messages.size() > 100);
    QVERIFY(install(lang));

    QStringList problems;
    int checked = 0;
    for (const Message &m : messages) {
        // Strings lupdate keeps although the sources no longer use them.
        if (m.type == u"vanished" || m.type == u"obsolete")
            continue;
        ++checked;
        if (m.type == u"unfinished") {
            problems.append(QStringLiteral("unfinished: ") + describe(m));
            continue;
        }
        if (m.translations.isEmpty() ||
            std::any_of(m.translations.cbegin(), m.translations.cend(),
                        [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems.append(QStringLiteral("empty: ") + describe(m));
            continue;
        }
        for (const QString &t : m.translations) {
            QSet<QString> wanted = placeholders(m.source);
            QSet<QString> got = placeholders(t);
            // A plural form may say "one" in words instead of %n.
            if (m.numerus && m.translations.size() > 1) {
                wanted.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (wanted != got)
                problems.append(
                    QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(describe(m), t));
            if (hasAccelerator(m.source) != hasAccelerator(t))
                problems.append(
                    QStringLiteral("accelerator differs: %1 -> \"%2\"").arg(describe(m), t));
        }
        // The compiled catalogue in :/i18n must be this file's, not a stale build.
        if (!m.numerus) {
            const QString runtime = QCoreApplication::translate(
                m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
            if (runtime != m.translations.constFirst())
                problems.append(QStringLiteral("catalogue in :/i18n says \"%1\": %2")
                                    .arg(runtime, describe(m)));
        }
    }
    qInfo("%s: %d messages checked", qPrintable(lang), checked);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(path) +
                        problems.join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

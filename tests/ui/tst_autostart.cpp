// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autostart: the XDG autostart entry with XDG_CONFIG_HOME (and HOME) in a temporary folder,
// and the macOS LaunchAgent file, which is plain XML and so checkable here too.
#include "tray/autostart.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rca;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The value of one key of the file's [Desktop Entry] group.
QString entryValue(const QString &path, const QString &key)
{
    const QStringList lines = readAll(path).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return {};
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void xdgEntryIsWrittenAndRemoved();
    void xdgEntryStartsTheAppImage();
    void xdgExecQuotesReservedCharacters();
    void xdgEntryTurnedOffByTheDesktopIsOff();
    void xdgRelativeConfigHomeIsIgnored();
    void xdgWriteFailureIsAnError();
    void launchAgentIsWrittenAndRemoved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_home;
};

void TestAutostart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = qgetenv("HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    qunsetenv("APPIMAGE");
}

void TestAutostart::cleanup()
{
    qputenv("HOME", m_home);
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("APPIMAGE");
    m_dir.reset();
}

void TestAutostart::xdgEntryIsWrittenAndRemoved()
{
    Autostart::Options options;
    options.method = Autostart::Method::XdgAutostart;
    options.executable = QStringLiteral("/opt/rc-archiver/bin/rc-archiver");
    Autostart autostart(options);
    const QString path = m_dir->filePath(QStringLiteral("config/autostart/rc-archiver.desktop"));
    QCOMPARE(autostart.location(), path);
    QVERIFY(!autostart.isEnabled());

    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(autostart.isEnabled());
    QVERIFY(readAll(path).startsWith(QStringLiteral("[Desktop Entry]\n")));
    QCOMPARE(entryValue(path, QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entryValue(path, QStringLiteral("Name")), QStringLiteral("RC Archiver"));
    QCOMPARE(entryValue(path, QStringLiteral("Exec")),
             QStringLiteral("/opt/rc-archiver/bin/rc-archiver --minimized"));
    QCOMPARE(entryValue(path, QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));

    QVERIFY(!autostart.setEnabled(true)); // again: rewritten, still on
    QVERIFY(autostart.isEnabled());
    QVERIFY(!autostart.setEnabled(false));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!autostart.setEnabled(false)); // already off: fine
}

void TestAutostart::xdgEntryStartsTheAppImage()
{
    Autostart plain; // the platform's method and the running program
    if (plain.method() != Autostart::Method::XdgAutostart)
        QSKIP("XDG autostart is Linux's method");
    QVERIFY(!plain.setEnabled(true));
    QCOMPARE(entryValue(plain.location(), QStringLiteral("Exec")),
             QCoreApplication::applicationFilePath() + QStringLiteral(" --minimized"));

    qputenv("APPIMAGE", "/home/pat/Applications/RC_Archiver-x86_64.AppImage");
    Autostart fromAppImage;
    QVERIFY(!fromAppImage.setEnabled(true));
    QCOMPARE(entryValue(fromAppImage.location(), QStringLiteral("Exec")),
             QStringLiteral("/home/pat/Applications/RC_Archiver-x86_64.AppImage --minimized"));
}

void TestAutostart::xdgExecQuotesReservedCharacters()
{
    Autostart::Options options;
    options.method = Autostart::Method::XdgAutostart;
    options.executable = QStringLiteral("/home/pat/My Apps/rc \"archiver\" $1\\x%u");
    Autostart autostart(options);
    QVERIFY(!autostart.setEnabled(true));
    // Exec quoting: "…" with \" \$ and \\ inside, %% for a literal percent; then the
    // desktop file's own escaping doubles each backslash.
    QCOMPARE(entryValue(autostart.location(), QStringLiteral("Exec")),
             QStringLiteral("\"/home/pat/My Apps/rc \\\\\"archiver\\\\\" \\\\$1\\\\\\\\x%%u\" "
                            "--minimized"));
}

void TestAutostart::xdgEntryTurnedOffByTheDesktopIsOff()
{
    Autostart::Options options;
    options.method = Autostart::Method::XdgAutostart;
    options.executable = QStringLiteral("/usr/bin/rc-archiver");
    Autostart autostart(options);
    QVERIFY(!autostart.setEnabled(true));
    const QString path = autostart.location();
    const QString written = readAll(path);

    // GNOME's startup applications switch turns the key off; other desktops write Hidden.
    for (const auto &[from, to] :
         {std::pair{QStringLiteral("X-GNOME-Autostart-enabled=true"),
                    QStringLiteral("X-GNOME-Autostart-enabled=false")},
          std::pair{QStringLiteral("Terminal=false"), QStringLiteral("Hidden=true")}}) {
        QString changed = written;
        QVERIFY(changed.contains(from));
        changed.replace(from, to);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(changed.toUtf8());
        file.close();
        QVERIFY2(!autostart.isEnabled(), qPrintable(to));
        QVERIFY(!autostart.setEnabled(true)); // turning it on again writes a working entry
        QVERIFY(autostart.isEnabled());
    }
}

void TestAutostart::xdgRelativeConfigHomeIsIgnored()
{
    qputenv("HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", "relative/config");
    Autostart::Options options;
    options.method = Autostart::Method::XdgAutostart;
    Autostart autostart(options);
    QCOMPARE(autostart.location(),
             m_dir->filePath(QStringLiteral("home/.config/autostart/rc-archiver.desktop")));
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(QFileInfo::exists(autostart.location()));
}

void TestAutostart::xdgWriteFailureIsAnError()
{
    // A file where the config folder should be: the autostart folder cannot exist.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocker));
    Autostart::Options options;
    options.method = Autostart::Method::XdgAutostart;
    Autostart autostart(options);
    const Error error = autostart.setEnabled(true);
    QVERIFY(error);
    QVERIFY2(error.message().contains(blocker), qPrintable(error.message()));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::launchAgentIsWrittenAndRemoved()
{
    qputenv("HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home"))));
    Autostart::Options options;
    options.method = Autostart::Method::LaunchAgent;
    options.executable = QStringLiteral("/Applications/RC Archiver.app/Contents/MacOS/rc-archiver");
    Autostart autostart(options);
    const QString path =
        m_dir->filePath(QStringLiteral("home/Library/LaunchAgents/rc-archiver.plist"));
    QCOMPARE(autostart.location(), path);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());

    // The plist's keys and values, in order.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList items;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == u"key" || xml.name() == u"string"))
            items << xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"true")
            items << QStringLiteral("<true/>");
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(items, (QStringList{QStringLiteral("Label"), QStringLiteral("rc-archiver"),
                                 QStringLiteral("ProgramArguments"), options.executable,
                                 QStringLiteral("--minimized"), QStringLiteral("RunAtLoad"),
                                 QStringLiteral("<true/>"), QStringLiteral("ProcessType"),
                                 QStringLiteral("Interactive")}));
    file.close();

    QVERIFY(!autostart.setEnabled(false));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!autostart.isEnabled());
}

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tray/autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

#include <algorithm>

namespace rca {

namespace {

const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");

// One argument of an Exec line, quoted as the Desktop Entry Specification asks: reserved
// characters mean double quotes, inside which " ` $ \ take a backslash; "%" is doubled
// because the line is also a field-code template.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString escaped = argument;
    escaped.replace(u'%', QStringLiteral("%%"));
    const bool needsQuotes =
        escaped.isEmpty() ||
        std::any_of(escaped.cbegin(), escaped.cend(), [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (QChar c : escaped) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

// The value of a string key in a desktop file: a backslash is itself escaped once more.
QString desktopValue(const QString &text)
{
    QString value = text;
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\n', QStringLiteral("\\n"));
    return value;
}

QString windowsArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(u' ') && !argument.contains(u'"'))
        return argument;
    QString quoted = argument;
    quoted.replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

// The entries of the [Desktop Entry] group, enough to tell whether the desktop will run it.
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QHash<QString, QString> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entries;
    QTextStream in(&file);
    bool inMainGroup = false;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(u'[')) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inMainGroup || line.startsWith(u'#') || equals < 0)
            continue;
        entries.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return entries;
}

} // namespace

Autostart::Autostart()
    : Autostart(Options())
{}

Autostart::Autostart(Options options)
    : m_options(std::move(options))
{}

QString Autostart::currentExecutable()
{
    // Inside an AppImage the executable lives in a mount that changes each run; the desktop
    // must start the AppImage file itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

QString Autostart::executable() const
{
    return m_options.executable.isEmpty() ? currentExecutable() : m_options.executable;
}

QString Autostart::xdgFilePath() const
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The specification ignores a relative XDG_CONFIG_HOME.
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + m_options.name + QStringLiteral(".desktop");
}

QString Autostart::launchAgentPath() const
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + m_options.name +
           QStringLiteral(".plist");
}

QString Autostart::location() const
{
    switch (m_options.method) {
    case Method::XdgAutostart:
        return xdgFilePath();
    case Method::LaunchAgent:
        return launchAgentPath();
    case Method::WindowsRunKey:
        break;
    }
    return QStringLiteral("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\") +
           m_options.displayName;
}

QString Autostart::desktopEntry() const
{
    QStringList exec{execArgument(executable())};
    for (const QString &argument : m_options.arguments)
        exec << execArgument(argument);
    QString text;
    QTextStream out(&text);
    out << "[Desktop Entry]\n"
        << "Type=Application\n"
        << "Name=" << desktopValue(m_options.displayName) << '\n'
        << "Comment="
        << desktopValue(tr("Archive RingCentral call recordings, voicemails, SMS and faxes"))
        << '\n'
        << "Exec=" << desktopValue(exec.join(u' ')) << '\n'
        << "Icon=rc-archiver\n"
        << "Terminal=false\n"
        << "X-GNOME-Autostart-enabled=true\n";
    return text;
}

QString Autostart::launchAgentPlist() const
{
    QString text;
    QTextStream out(&text);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        << "<plist version=\"1.0\">\n<dict>\n"
        << "    <key>Label</key>\n    <string>" << m_options.name.toHtmlEscaped() << "</string>\n"
        << "    <key>ProgramArguments</key>\n    <array>\n"
        << "        <string>" << executable().toHtmlEscaped() << "</string>\n";
    for (const QString &argument : m_options.arguments)
        out << "        <string>" << argument.toHtmlEscaped() << "</string>\n";
    out << "    </array>\n"
        << "    <key>RunAtLoad</key>\n    <true/>\n"
        << "    <key>ProcessType</key>\n    <string>Interactive</string>\n"
        << "</dict>\n</plist>\n";
    return text;
}

QString Autostart::runKeyCommand() const
{
    QStringList command{windowsArgument(QDir::toNativeSeparators(executable()))};
    for (const QString &argument : m_options.arguments)
        command << windowsArgument(argument);
    return command.join(u' ');
}

bool Autostart::isEnabled() const
{
    switch (m_options.method) {
    case Method::XdgAutostart: {
        const QString path = xdgFilePath();
        if (!QFileInfo::exists(path))
            return false;
        // The user may have switched it off in the desktop's settings instead of deleting it.
        const QHash<QString, QString> entry = readDesktopEntry(path);
        return entry.value(QStringLiteral("Hidden")) != QLatin1String("true") &&
               entry.value(QStringLiteral("X-GNOME-Autostart-enabled")) != QLatin1String("false");
    }
    case Method::LaunchAgent:
        return QFileInfo::exists(launchAgentPath());
    case Method::WindowsRunKey:
        break;
    }
#ifdef Q_OS_WIN
    return QSettings(RunKey, QSettings::NativeFormat).contains(m_options.displayName);
#else
    return false;
#endif
}

Error Autostart::setEnabled(bool enabled)
{
    switch (m_options.method) {
    case Method::XdgAutostart:
        return enabled ? writeFile(xdgFilePath(), desktopEntry()) : removeFile(xdgFilePath());
    case Method::LaunchAgent:
        return enabled ? writeFile(launchAgentPath(), launchAgentPlist())
                       : removeFile(launchAgentPath());
    case Method::WindowsRunKey:
        break;
    }
#ifdef Q_OS_WIN
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(m_options.displayName, runKeyCommand());
    else
        run.remove(m_options.displayName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error::storage(tr("Could not change the programs Windows starts at sign-in "
                                 "(the Run key in the registry)."));
    return {};
#else
    return Error::storage(tr("Starting at sign-in through the Run key works on Windows only."));
#endif
}

Error Autostart::writeFile(const QString &path, const QString &contents) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::storage(tr("Could not create the folder %1 to start RC Archiver at "
                                 "sign-in.")
                                  .arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents.toUtf8()) < 0 || !file.commit())
        return Error::storage(tr("Could not write %1 to start RC Archiver at sign-in: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Error Autostart::removeFile(const QString &path) const
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return Error::storage(tr("Could not remove %1 to stop starting RC Archiver at "
                                 "sign-in: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace rca

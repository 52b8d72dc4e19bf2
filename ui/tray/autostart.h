// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autostart: launching RC Archiver at login, minimized to the tray, the way each platform
// expects it: an XDG autostart entry on Linux ($XDG_CONFIG_HOME/autostart/rc-archiver.desktop),
// the HKCU …\CurrentVersion\Run value on Windows, a LaunchAgent with RunAtLoad on macOS.
// setEnabled(true) rewrites the entry, so calling it again repairs one that points at a
// program that has moved (a new AppImage). Any thread; no Qt event loop needed.
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rca {

class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(rca::Autostart)

public:
    enum class Method { XdgAutostart, WindowsRunKey, LaunchAgent };
#if defined(Q_OS_WIN)
    static constexpr Method PlatformMethod = Method::WindowsRunKey;
#elif defined(Q_OS_MACOS)
    static constexpr Method PlatformMethod = Method::LaunchAgent;
#else
    static constexpr Method PlatformMethod = Method::XdgAutostart;
#endif

    struct Options
    {
        // Every method is built on every platform, so each is at least compiled everywhere;
        // the Run key works on Windows only.
        Method method = PlatformMethod;
        // Empty: the AppImage when running from one ($APPIMAGE), else this executable.
        QString executable;
        QStringList arguments{QStringLiteral("--minimized")};
        QString name = QStringLiteral("rc-archiver"); // the entry's file or value name
        QString displayName = QStringLiteral("RC Archiver");
    };

    Autostart();
    explicit Autostart(Options options);

    Method method() const
    {
        return m_options.method;
    }

    bool isEnabled() const;
    Error setEnabled(bool enabled);

    // Where the entry lives: a file path (Linux, macOS) or "HKCU\…\Run\<name>" (Windows).
    QString location() const;
    // The program the entry starts.
    QString executable() const;
    static QString currentExecutable();

private:
    QString xdgFilePath() const;
    QString launchAgentPath() const;
    QString desktopEntry() const;
    QString launchAgentPlist() const;
    QString runKeyCommand() const;
    Error writeFile(const QString &path, const QString &contents) const;
    Error removeFile(const QString &path) const;

    Options m_options;
};

} // namespace rca

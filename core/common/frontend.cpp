// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frontend.h"

#include <QCoreApplication>

#include <atomic>

namespace rca::Frontend {

namespace {

std::atomic<Kind> currentKind{Kind::Window};

QString tr(const char *text)
{
    return QCoreApplication::translate("rca::Frontend", text);
}

} // namespace

void set(Kind kind)
{
    currentKind.store(kind);
}

Kind current()
{
    return currentKind.load();
}

QString connectAdvice(const QString &service)
{
    if (current() == Kind::Window)
        return tr("Connect it in the Accounts tab.");
    return tr("Connect it with `rc-archiver connect %1`.").arg(service);
}

QString reconnectAdvice(const QString &service)
{
    if (current() == Kind::Window)
        return tr("Connect again in the Accounts tab.");
    if (service.isEmpty())
        return tr("Connect again with `rc-archiver connect` (see `rc-archiver --help`).");
    return tr("Connect again with `rc-archiver connect %1`.").arg(service);
}

QString runNowAdvice()
{
    if (current() == Kind::Window)
        return tr("use Run now in Sync options");
    return tr("run `rc-archiver run-once`");
}

} // namespace rca::Frontend

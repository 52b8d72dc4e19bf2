// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GuiFixture: what a window test needs, made fresh for each test: a temporary profile with its
// SQLite store, an opened engine (in the test thread, so queued calls run in the test's event
// loop), the connector plugins of the build tree, an in-memory keychain and a manual clock.
// Test thread only. Header-only.
#pragma once

#include "appcontext.h"
#include "common/clock.h"
#include "engine/engine.h"
#include "memorysecretstore.h"
#include "storage/connectorregistry.h"
#include "tray/notifier.h"

#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace rca::test {

// The widget of type T named name under parent, or null with a warning naming it.
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Keeps the notifications a window sends, kind and "title\nmessage", instead of showing them.
class RecordingNotifier : public Notifier
{
public:
    void notify(Kind kind, const QString &title, const QString &message) override
    {
        shown.append({kind, title + u'\n' + message});
    }
    QList<QPair<Kind, QString>> shown;
};

class GuiFixture
{
public:
    GuiFixture()
        : clock(QDateTime(QDate(2026, 11, 25), QTime(12, 10), QTimeZone::utc()))
        , registry(QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")})
    {
        Engine::Options options;
        options.profile = Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
        options.profile.ensureExists();
        options.clock = &clock;
        options.connectors = &registry;
        options.secrets = &secrets;
        engine = std::make_unique<Engine>(options);
        opened = !engine->open();
        context.engine = engine.get();
        context.db = engine->database();
        context.connectors = &registry;
        context.secrets = &secrets;
        context.clock = &clock;
        context.profile = options.profile;
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    ManualClock clock;
    ConnectorRegistry registry;
    MemorySecretStore secrets;
    std::unique_ptr<Engine> engine;
    bool opened = false;
    AppContext context;
};

} // namespace rca::test

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `rc-archiver config`: lists, reads and changes the settings a user may change.
#include "command.h"
#include "session.h"

#include "store/settingsstore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rca {

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::ConfigCommand)
};

int config(const CommandInvocation &invocation)
{
    SettingsStore settings(invocation.session.db());
    const QString action = invocation.arguments.value(1);
    const QString key = invocation.arguments.value(2);
    QTextStream &out = invocation.out;
    if (action == u"list" || action.isEmpty()) {
        for (const SettingsStore::Definition &def : SettingsStore::definitions()) {
            if (def.internal)
                continue;
            out << def.key << " = " << settings.toString(def.key) << "\n    " << def.description
                << "\n";
        }
        return Success;
    }
    const SettingsStore::Definition *def = SettingsStore::definition(key);
    if (!def || def->internal)
        return invocation.fail(
            Text::tr("Unknown setting \"%1\". `rc-archiver config list` shows them all.").arg(key));
    if (action == u"get") {
        out << settings.toString(key) << "\n";
        return Success;
    }
    if (action == u"set") {
        if (invocation.arguments.size() < 4)
            return invocation.fail(
                Text::tr("Usage: %1").arg(QStringLiteral("rc-archiver config set KEY VALUE")));
        if (Error e = settings.setFromString(key, invocation.arguments.value(3)))
            return invocation.fail(e.message());
        return Success;
    }
    if (action == u"reset") {
        if (Error e = settings.reset(key))
            return invocation.fail(e.message());
        return Success;
    }
    return invocation.fail(
        Text::tr("Usage: %1")
            .arg(QStringLiteral("rc-archiver config list | get KEY | set KEY VALUE | reset KEY")));
}

} // namespace

Command configCommand()
{
    return {QStringLiteral("config"),
            QStringLiteral("config list | get KEY | set KEY VALUE | reset KEY"),
            QT_TRANSLATE_NOOP("rca::CommandLine", "Read and change settings."),
            {},
            &config};
}

} // namespace rca

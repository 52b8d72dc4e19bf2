// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the long-running modes work with: the opened engine of a profile and the pieces around
// it, built once per process by the command line's Session (app/session.h, the composition
// root) and passed down through constructors, to the window and its pages among others. In
// the window the engine lives in its worker thread (EngineThread): the pages call it only
// through queued invocations and listen to its signals; the database hands each thread its
// own connection, so the pages read the store directly in the GUI thread.
#pragma once

#include "profile.h"

namespace rca {

class Clock;
class ConnectorRegistry;
class Database;
class Engine;
class SecretStore;

struct AppContext
{
    Engine *engine = nullptr;
    Database *db = nullptr;
    ConnectorRegistry *connectors = nullptr;
    SecretStore *secrets = nullptr;
    const Clock *clock = nullptr;
    Profile profile;
};

} // namespace rca

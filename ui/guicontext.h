// What the window and its pages work with, built once by the composition root (app/) and
// passed down through constructors. The engine lives in its worker thread: the pages call it
// only through queued invocations and listen to its signals; the database hands each thread
// its own connection, so the pages read the store directly in the GUI thread.
#pragma once

#include "profile.h"

namespace rca {

class Clock;
class ConnectorRegistry;
class Database;
class Engine;
class SecretStore;

struct GuiContext
{
    Engine *engine = nullptr;
    Database *db = nullptr;
    ConnectorRegistry *connectors = nullptr;
    SecretStore *secrets = nullptr;
    const Clock *clock = nullptr;
    Profile profile;
};

} // namespace rca

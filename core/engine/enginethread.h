// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// EngineThread: runs an Engine in its own worker QThread, named "engine", for the long-running
// modes (the window, --headless). start() moves the engine there and queues Engine::start;
// stop() asks a running job to stop, runs Engine::stop in the worker and waits for it, hands
// the engine back to the thread that started it (so its owner can delete it there) and ends
// the worker. Create, start and stop it in the thread that owns the engine (the main thread).
#pragma once

#include "rcacore_export.h"

#include <QThread>

namespace rca {

class Engine;

class RCACORE_EXPORT EngineThread
{
public:
    explicit EngineThread(Engine *engine);
    // Stops the engine when it still runs.
    ~EngineThread();
    EngineThread(const EngineThread &) = delete;
    EngineThread &operator=(const EngineThread &) = delete;

    void start();
    // Returns once Engine::stop has run and the worker thread has ended.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    const QThread *thread() const { return &m_thread; }

private:
    Engine *m_engine;
    QThread m_thread;
};

} // namespace rca

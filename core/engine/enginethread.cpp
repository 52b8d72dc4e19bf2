// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engine/enginethread.h"

#include "engine/engine.h"

namespace rca {

EngineThread::EngineThread(Engine *engine)
    : m_engine(engine)
{
    m_thread.setObjectName(QStringLiteral("engine"));
}

EngineThread::~EngineThread()
{
    stop();
}

void EngineThread::start()
{
    if (m_thread.isRunning())
        return;
    m_engine->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::QueuedConnection);
}

void EngineThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // A job in progress ends at its next item rather than holding up the blocking call.
    m_engine->requestStop();
    QThread *const home = QThread::currentThread();
    Engine *const engine = m_engine;
    QMetaObject::invokeMethod(
        m_engine,
        [engine, home] {
            engine->stop();
            engine->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace rca

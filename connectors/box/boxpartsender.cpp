// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxpartsender.h"

#include "boxuploadsession.h"

#include <QThread>

namespace rca {

BoxPartSender::BoxPartSender(BoxUploadSession *session)
    : m_session(session)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("box-parts"));
    m_thread->start();
}

BoxPartSender::~BoxPartSender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread->wait();
}

void BoxPartSender::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stop || m_pending; });
        if (!m_pending)
            return; // stopping, nothing in flight
        // The caller touches none of these while m_pending is set.
        lock.unlock();
        const Error error = m_session->sendPart(m_offset, m_part, m_sha1);
        lock.lock();
        if (error && !m_error)
            m_error = error;
        m_spare.swap(m_part);
        m_spare.resize(0); // keeps the capacity
        m_part = QByteArray();
        m_pending = false;
        m_changed.notify_all();
    }
}

Error BoxPartSender::waitIdle(std::unique_lock<std::mutex> &lock)
{
    m_changed.wait(lock, [&] { return !m_pending; });
    return m_error;
}

Error BoxPartSender::send(qint64 offset, QByteArray &part, const QByteArray &sha1)
{
    std::unique_lock lock(m_mutex);
    if (Error error = waitIdle(lock))
        return error;
    m_offset = offset;
    m_sha1 = sha1;
    m_part.swap(part);
    part.swap(m_spare); // empty, or a buffer that already held a part
    m_pending = true;
    lock.unlock();
    m_changed.notify_all();
    return {};
}

Error BoxPartSender::finish()
{
    std::unique_lock lock(m_mutex);
    return waitIdle(lock);
}

} // namespace rca

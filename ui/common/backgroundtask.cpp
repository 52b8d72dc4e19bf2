// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backgroundtask.h"

#include <QThread>

namespace rca {

BackgroundTask::BackgroundTask(Opener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(std::function<Error(const CancelToken &)> work)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this, work = std::move(work)] { m_result = work(m_cancel); });
    m_thread->setObjectName(QStringLiteral("sign-in"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_result);
    });
    m_thread->start();
}

void BackgroundTask::cancel()
{
    m_cancel.cancel();
}

bool BackgroundTask::isRunning() const
{
    return m_thread != nullptr;
}

BackgroundTask::Opener BackgroundTask::browserOpener()
{
    return [this](const QUrl &url) {
        bool opened = false;
        if (QThread::currentThread() == thread()) {
            opened = m_opener && m_opener(url);
        } else {
            QMetaObject::invokeMethod(
                this, [this, &opened, url] { opened = m_opener && m_opener(url); },
                Qt::BlockingQueuedConnection);
        }
        if (opened)
            QMetaObject::invokeMethod(this, [this, url] { Q_EMIT browserOpened(url); });
        return opened;
    };
}

} // namespace rca

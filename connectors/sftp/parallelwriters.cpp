// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parallelwriters.h"

#include "logging/logging.h"
#include "sftpupload.h"

#include <utility>

#include <QCoreApplication>

namespace rca::ssh {

ParallelWriters::ParallelWriters(SshOptions options, int count)
    : m_options(std::move(options))
{
    // Only the main session may add a host key: the writers connect to a confirmed host.
    m_options.acceptFingerprint.clear();
    for (int i = 0; i < count; ++i) {
        auto writer = std::make_unique<Writer>();
        Writer *raw = writer.get();
        m_writers.push_back(std::move(writer));
        raw->thread = std::thread([this, raw] { run(raw); });
    }
}

ParallelWriters::~ParallelWriters()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    for (const auto &writer : m_writers)
        writer->thread.join();
}

int ParallelWriters::begin(const QString &path, const QString &displayPath)
{
    std::unique_lock lock(m_mutex);
    if (m_active || m_writers.empty())
        return 0;
    m_active = true;
    m_path = path;
    m_displayPath = displayPath;
    m_finishing = false;
    m_answered = m_ready = m_done = 0;
    m_queue.clear();
    m_error = Error();
    ++m_generation;
    m_changed.notify_all();
    m_changed.wait(lock, [&] { return m_answered == int(m_writers.size()); });
    if (m_ready == 0)
        m_active = false;
    return m_ready;
}

Error ParallelWriters::write(qint64 offset, std::vector<char> data)
{
    std::unique_lock lock(m_mutex);
    if (!m_active)
        return Error::transient(QCoreApplication::translate("rca::ssh::ParallelWriters",
                                                            "No parallel upload is in progress."));
    m_changed.wait(lock, [&] { return bool(m_error) || m_queue.size() < size_t(m_ready); });
    if (m_error)
        return m_error;
    m_queue.push_back(Chunk{offset, std::move(data)});
    m_changed.notify_all();
    return {};
}

Error ParallelWriters::finish()
{
    std::unique_lock lock(m_mutex);
    if (!m_active)
        return {};
    m_finishing = true;
    m_changed.notify_all();
    waitForWriters(lock);
    return m_error;
}

void ParallelWriters::abort()
{
    std::unique_lock lock(m_mutex);
    if (!m_active)
        return;
    m_finishing = true;
    m_queue.clear();
    m_changed.notify_all();
    waitForWriters(lock);
}

void ParallelWriters::waitForWriters(std::unique_lock<std::mutex> &lock)
{
    m_changed.wait(lock, [&] { return m_done == m_ready; });
    m_active = false;
    m_queue.clear();
}

void ParallelWriters::run(Writer *writer)
{
    quint64 seen = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stopping || m_generation != seen; });
        if (m_stopping)
            break;
        seen = m_generation;
        const QString path = m_path;
        const QString displayPath = m_displayPath;
        lock.unlock();
        SftpHandlePtr handle;
        Error error = openOn(writer, path, &handle);
        lock.lock();
        ++m_answered;
        m_changed.notify_all();
        if (error) {
            // This file goes on with the other writers, or is written by the main session.
            qCInfo(lcStorage).noquote() << "A parallel SFTP writer is not available for"
                                        << displayPath << "-" << error.message();
            continue;
        }
        ++m_ready;

        for (;;) {
            m_changed.wait(lock, [&] {
                return !m_queue.empty() || m_finishing || m_stopping || bool(m_error);
            });
            if (m_error || m_stopping || m_queue.empty())
                break;
            Chunk chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all(); // room in the queue
            lock.unlock();
            error = writeChunk(writer->session.get(), handle.get(), displayPath, chunk);
            lock.lock();
            if (error) {
                if (!m_error)
                    m_error = error;
                m_queue.clear();
                m_changed.notify_all();
                break;
            }
        }
        const bool failed = bool(error) || bool(m_error) || m_stopping;
        lock.unlock();
        if (failed) {
            handle.reset(); // at once on a session that is gone: its socket is shut down
        } else {
            // OpenSSH reports a write that failed late (a network filesystem) at close.
            const int closed = libssh2_sftp_close_handle(handle.release());
            if (closed != 0)
                error = writer->session->failure(
                    closed, QCoreApplication::translate("rca::ssh::ParallelWriters", "write"),
                    displayPath);
        }
        lock.lock();
        if (error && !m_error)
            m_error = error;
        ++m_done;
        m_changed.notify_all();
    }
}

Error ParallelWriters::openOn(Writer *writer, const QString &path, SftpHandlePtr *handle)
{
    Error error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (writer->session && !writer->session->isBroken())
            writer->session->keepAlive();
        if (!writer->session || writer->session->isBroken()) {
            writer->session.reset();
            writer->session = SshSession::connect(m_options, nullptr, &error);
            if (!writer->session)
                return error;
        }
        // Never created here: the main session made the file, with a name nobody else uses.
        *handle = writer->session->openFile(path, LIBSSH2_FXF_WRITE, 0, &error);
        if (*handle)
            return {};
        // A session that dropped while idle gets one more try; a refusal does not.
        if (!writer->session->isBroken())
            break;
    }
    return error;
}

Error ParallelWriters::writeChunk(SshSession *session, LIBSSH2_SFTP_HANDLE *handle,
                                  const QString &displayPath, const Chunk &chunk)
{
    // Safe here: everything sent through this handle so far has been acknowledged.
    libssh2_sftp_seek64(handle, libssh2_uint64_t(chunk.offset));
    const size_t size = chunk.data.size();
    size_t done = 0;
    while (done < size) {
        size_t acked = 0;
        if (Error error =
                writeWindow(session, handle, chunk.data.data() + done,
                            qMin(size - done, size_t(SftpUpload::WindowSize)), displayPath, &acked))
            return error;
        done += acked;
    }
    return {};
}

} // namespace rca::ssh

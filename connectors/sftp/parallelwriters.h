// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Extra SSH sessions that write disjoint ranges of one large file at the same time, each
// session in a thread of its own. libssh2 1.10 encrypts each packet in 16-byte calls on the
// calling thread, so one session is bound by one CPU core; a few sessions side by side also
// keep more bytes in flight than one SFTP channel's 2 MiB window on a slow link.
// The uploading thread (the engine's worker) hands over fixed-size chunks through a short
// queue, so memory stays bounded at about (2 x writers + 1) chunks. The sessions stay
// connected for the whole job and reconnect on the next file when one dropped; creating,
// fsyncing, checking and renaming the file remain the main session's job.
// The public functions are called from the one uploading thread; a libssh2 session is only
// ever used by its own writer thread.
#pragma once

#include "common/error.h"
#include "sshsession.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rca::ssh {

class ParallelWriters
{
public:
    // count: sessions (threads) to use; they connect on the first begin().
    ParallelWriters(SshOptions options, int count);
    ~ParallelWriters();
    ParallelWriters(const ParallelWriters &) = delete;
    ParallelWriters &operator=(const ParallelWriters &) = delete;

    // Connects the sessions that are not connected (all at once), and opens path (created
    // already) for writing on each. Returns how many writers are ready for it; with 0 the
    // caller writes the file itself. One file at a time: 0 while another is in progress.
    // displayPath: the final name, for messages.
    int begin(const QString &path, const QString &displayPath);
    // Queues one chunk to be written at offset; waits while the queue is full. Returns the
    // first failure of any writer, after which nothing more is written.
    Error write(qint64 offset, std::vector<char> data);
    // Waits until every queued chunk is acknowledged by the server and every writer has
    // closed its handle on the file (a deferred write error shows up at close).
    Error finish();
    // Drops what is queued and waits for the chunks being written; the file stays for the
    // caller to remove. Does nothing when no file is in progress.
    void abort();

private:
    struct Chunk
    {
        qint64 offset = 0;
        std::vector<char> data;
    };
    struct Writer
    {
        std::shared_ptr<SshSession> session;
        std::thread thread;
    };

    void run(Writer *writer);
    // In the writer's thread: a connected session with path open, or an error.
    Error openOn(Writer *writer, const QString &path, SftpHandlePtr *handle);
    Error writeChunk(SshSession *session, LIBSSH2_SFTP_HANDLE *handle, const QString &displayPath,
                     const Chunk &chunk);
    // The end of a file, called with the lock held by finish() and abort().
    void waitForWriters(std::unique_lock<std::mutex> &lock);

    SshOptions m_options;
    std::vector<std::unique_ptr<Writer>> m_writers;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_generation = 0; // one per file
    QString m_path;
    QString m_displayPath;
    bool m_active = false;     // a file is in progress
    bool m_finishing = false;  // no more chunks will come
    bool m_stopping = false;   // the destructor runs
    int m_answered = 0;        // writers that tried to open the current file
    int m_ready = 0;           // ... and succeeded
    int m_done = 0;            // ready writers that have closed the file again
    std::deque<Chunk> m_queue; // at most one chunk per writer waits here
    Error m_error;             // the first failure on the current file
};

} // namespace rca::ssh

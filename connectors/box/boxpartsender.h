// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxPartSender: sends the parts of one upload session from a thread of its own, one part at a
// time, so that the next part is read and hashed on the caller's thread while the previous one
// is on the wire (hashing in line cost a tenth of the large-file time against curl). At most one
// part is in flight and one being filled: memory stays at two parts. The caller hands over a
// full part with send(), which first waits for the part before it and returns that part's
// error, if any (an upload stops at its first failed part); finish() waits for the last one.
// The session is used from the sender's thread while a part is in flight, and from the
// caller's only in between (BoxApi and OAuthSession are safe for that; each thread has its own
// network access manager). Made and used by one caller thread.
#pragma once

#include "common/error.h"

#include <QByteArray>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace rca {

class BoxUploadSession;

class BoxPartSender
{
public:
    explicit BoxPartSender(BoxUploadSession *session);
    ~BoxPartSender(); // waits for the part in flight, then ends the thread
    BoxPartSender(const BoxPartSender &) = delete;
    BoxPartSender &operator=(const BoxPartSender &) = delete;

    // Hands part (at offset, with its raw SHA-1) over, after the part before it is done; part
    // comes back as an empty buffer with the capacity of an earlier one, for the next part.
    Error send(qint64 offset, QByteArray &part, const QByteArray &sha1);
    // Waits for the part in flight; its error, or an earlier one.
    Error finish();

private:
    void run();
    Error waitIdle(std::unique_lock<std::mutex> &lock);

    BoxUploadSession *m_session;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_pending = false; // a part waits for the thread or is being sent
    bool m_stop = false;
    qint64 m_offset = 0;
    QByteArray m_part;
    QByteArray m_sha1;
    QByteArray m_spare; // a sent part's buffer, for the caller to fill again
    Error m_error;      // the first failure; no part is sent after it
    std::unique_ptr<QThread> m_thread;
};

} // namespace rca

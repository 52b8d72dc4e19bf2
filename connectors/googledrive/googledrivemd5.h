// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DriveMd5: the MD5 Google Drive reports as md5Checksum, computed while an upload streams,
// through OpenSSL's libcrypto. MD5 runs at about 700 MB/s on one core, a serial cost the
// uploading thread paid between chunks (measured in tests/benchmarks/run-googledrive-benchmark
// at over a tenth of the large-file time), so once a stream is past the first MiB the hashing
// moves to a helper thread that works while the upload sends: addData() queues a copy (at most
// kMaxPending bytes, so memory stays flat; beyond that it waits) and result() waits for the queue.
// Like QCryptographicHash, result() may be asked for at any time and data added afterwards.
// One instance per stream, used from one thread (its helper thread is private).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

struct evp_md_ctx_st;

namespace rca {

class DriveMd5
{
public:
    static constexpr qint64 kInlineBytes = 1024 * 1024;    // hashed on the caller's thread
    static constexpr qint64 kMaxPending = 8 * 1024 * 1024; // queued for the helper at most

    DriveMd5();
    ~DriveMd5();
    DriveMd5(const DriveMd5 &) = delete;
    DriveMd5 &operator=(const DriveMd5 &) = delete;

    void addData(QByteArrayView data);
    // The raw 16-byte digest of everything added so far.
    QByteArray result() const;

private:
    void work();

    evp_md_ctx_st *m_context; // guarded by m_mutex once the helper runs
    qint64 m_added = 0;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qint64 m_pending = 0; // bytes queued or being hashed
    bool m_stop = false;
    std::thread m_helper;
};

} // namespace rca

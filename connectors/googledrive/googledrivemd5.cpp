// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "googledrivemd5.h"

#include <openssl/evp.h>

namespace rca {

DriveMd5::DriveMd5()
    : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_context, EVP_md5(), nullptr);
}

DriveMd5::~DriveMd5()
{
    if (m_helper.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_helper.join();
    }
    EVP_MD_CTX_free(m_context);
}

void DriveMd5::addData(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (!m_helper.joinable() && m_added + data.size() <= kInlineBytes) {
        m_added += data.size();
        EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
        return;
    }
    if (!m_helper.joinable())
        m_helper = std::thread([this] { work(); });
    m_added += data.size();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_pending == 0 || m_pending + data.size() <= kMaxPending; });
    m_queue.emplace_back(data.data(), data.size());
    m_pending += data.size();
    m_changed.notify_all();
}

void DriveMd5::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping
        const QByteArray piece = std::move(m_queue.front());
        m_queue.pop_front();
        // The context is only touched by this thread while a piece is pending, and result()
        // waits for m_pending to reach 0, so hashing can run unlocked.
        lock.unlock();
        EVP_DigestUpdate(m_context, piece.constData(), size_t(piece.size()));
        lock.lock();
        m_pending -= piece.size();
        m_changed.notify_all();
    }
}

QByteArray DriveMd5::result() const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_pending == 0; });
    // Finalizes a copy, so that more data can follow.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX_copy_ex(copy, m_context);
    EVP_DigestFinal_ex(copy, digest, &length);
    EVP_MD_CTX_free(copy);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace rca

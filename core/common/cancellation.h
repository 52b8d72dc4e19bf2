// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A flag another thread raises to ask a running job to stop at the next safe point.
#pragma once

#include <atomic>
#include <memory>

namespace rca {

class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
    void reset() const { m_flag->store(false); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace rca

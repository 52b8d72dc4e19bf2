// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// MemorySecretStore: a SecretStore that keeps secrets in memory, for tests that exercise a
// connector or a client without the OS keychain. Thread-safe. Header-only.
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace rca::test {

class MemorySecretStore : public SecretStore
{
public:
    Error read(const QString &key, QString *value) override
    {
        QMutexLocker lock(&m_mutex);
        *value = m_entries.value(key);
        return {};
    }
    Error write(const QString &key, const QString &value) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_failWrites)
            return Error::source(QStringLiteral("The keychain is locked."));
        m_entries.insert(key, value);
        return {};
    }
    Error remove(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        m_entries.remove(key);
        return {};
    }

    bool contains(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        return m_entries.contains(key);
    }
    QString value(const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        return m_entries.value(key);
    }
    int size()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_entries.size());
    }
    bool isEmpty() { return size() == 0; }
    // Every write fails as a locked keychain's would, until set back to false.
    void setFailWrites(bool fail)
    {
        QMutexLocker lock(&m_mutex);
        m_failWrites = fail;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_entries;
    bool m_failWrites = false;
};

} // namespace rca::test

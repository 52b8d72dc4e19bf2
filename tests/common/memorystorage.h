// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A storage connector that keeps its files in memory, for unit tests of what sits above the
// connectors (the job runner, the audit, the manifests): atomic uploads that never overwrite
// unless replacing, listings, reads, an upload counter, and switches that make it behave like
// a cloud storage (a provider checksum in its listings, sometimes left out) or list a file
// whose name is hostile. The real connectors have their own tests against real servers.
// Test thread only. Header-only.
#pragma once

#include "archive/sha256.h"
#include "storage/storageconnector.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>

namespace rca::test {

class MemoryStorage : public StorageConnector
{
public:
    QMap<QString, QByteArray> files; // path relative to the archive root -> bytes
    QSet<QString> folders;
    int uploads = 0;          // files written (created or replaced)
    QStringList writtenPaths; // every path a file was written to
    // Like Google Drive: listings carry an MD5 "md5Checksum" of each file.
    bool providerChecksums = false;
    // Listings leave the checksum out for paths in this set.
    QSet<QString> checksumMissing;
    // Extra names a listing of a folder reports (hostile names), folder -> names.
    QMultiMap<QString, QString> hostileNames;
    // Like S3 Object Lock: files are written with this mode, kept retentionDays from the
    // item's creation (from the upload without one); stat() reports what retention holds.
    ObjectRetention::Mode retentionMode = ObjectRetention::Mode::None;
    int retentionDays = 0;
    QDateTime uploadTime = QDateTime::currentDateTimeUtc();
    QMap<QString, ObjectRetention> retention;

    static QString md5(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    }

    Error setUp(const QVariantMap &, QJsonObject *) override { return {}; }
    Error tearDown() override { return {}; }
    Error open(const CancelToken &) override { return {}; }
    void close() override {}
    Error ensureFolder(const QString &relativePath) override
    {
        QString path;
        for (const QString &part : relativePath.split(u'/', Qt::SkipEmptyParts)) {
            path += (path.isEmpty() ? QString() : QStringLiteral("/")) + part;
            folders.insert(path);
        }
        return {};
    }

    class Upload : public StorageUpload
    {
    public:
        Upload(MemoryStorage *storage, QString path, bool replace)
            : m_storage(storage)
            , m_path(std::move(path))
            , m_replace(replace)
        {}
        Error write(const char *data, qint64 size) override
        {
            m_data.append(data, size);
            return {};
        }
        void setItemCreated(const QDateTime &created) override { m_created = created; }
        Error commit(const QByteArray &sha256Hex, StoredFile *stored) override
        {
            Sha256 hash;
            hash.addData(m_data);
            const QByteArray actual = hash.hexResult();
            if (actual != sha256Hex)
                return Error::transient(QStringLiteral("hash mismatch"));
            stored->path = m_path;
            stored->size = m_data.size();
            stored->sha256 = actual;
            stored->providerChecksum = m_storage->providerChecksums ? md5(m_data) : QString();
            const auto existing = m_storage->files.constFind(m_path);
            if (!m_replace && existing != m_storage->files.cend()) {
                if (*existing != m_data)
                    return Error::conflict(QStringLiteral("a different file is at ") + m_path);
                stored->alreadyPresent = true;
                return {};
            }
            m_storage->files.insert(m_path, m_data);
            if (m_storage->retentionMode != ObjectRetention::Mode::None) {
                ObjectRetention &kept = m_storage->retention[m_path];
                kept.mode = m_storage->retentionMode;
                kept.retainUntil = (m_created.isValid() ? m_created : m_storage->uploadTime)
                                       .addDays(m_storage->retentionDays);
                stored->retention = kept;
            }
            ++m_storage->uploads;
            m_storage->writtenPaths.append(m_path);
            return {};
        }
        bool retarget(const QString &relativePath) override
        {
            m_path = relativePath;
            return true;
        }

    private:
        MemoryStorage *m_storage;
        QString m_path;
        bool m_replace;
        QByteArray m_data;
        QDateTime m_created;
    };

    std::unique_ptr<StorageUpload> beginUpload(const QString &relativePath, qint64,
                                               Error *) override
    {
        return std::make_unique<Upload>(this, relativePath, false);
    }
    std::unique_ptr<StorageUpload> beginReplace(const QString &relativePath, qint64,
                                                Error *) override
    {
        return std::make_unique<Upload>(this, relativePath, true);
    }
    Error stat(const QString &relativePath, StoredFile *stored) override
    {
        *stored = StoredFile();
        stored->path = relativePath;
        const auto it = files.constFind(relativePath);
        if (it == files.cend())
            return {};
        Sha256 hash;
        hash.addData(*it);
        stored->size = it->size();
        stored->sha256 = hash.hexResult();
        stored->providerChecksum = providerChecksums ? md5(*it) : QString();
        stored->retention = retention.value(relativePath);
        return {};
    }
    Error listFolder(const QString &relativeFolder, bool recursive, const EntryHandler &handleEntry,
                     const CancelToken &) override
    {
        const QString prefix = relativeFolder.isEmpty() ? QString() : relativeFolder + u'/';
        QSet<QString> childFolders;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            const QString rest = it.key().mid(prefix.size());
            const qsizetype slash = rest.indexOf(u'/');
            if (slash >= 0) {
                childFolders.insert(prefix + rest.left(slash));
                if (!recursive)
                    continue;
            }
            StoredFile entry;
            entry.path = it.key();
            entry.size = it->size();
            if (providerChecksums && !checksumMissing.contains(it.key()))
                entry.providerChecksum = md5(*it);
            if (Error e = handleEntry(entry))
                return e;
        }
        QStringList sorted(childFolders.cbegin(), childFolders.cend());
        sorted.sort();
        for (const QString &folder : std::as_const(sorted)) {
            StoredFile entry;
            entry.path = folder;
            entry.isFolder = true;
            if (Error e = handleEntry(entry))
                return e;
        }
        const QList<QString> hostile = hostileNames.values(relativeFolder);
        for (const QString &name : hostile) {
            StoredFile entry;
            entry.path = prefix + name;
            entry.size = 7;
            if (Error e = handleEntry(entry))
                return e;
        }
        return {};
    }
    Error readFile(const QString &relativePath, ByteSink *sink, const CancelToken &) override
    {
        const auto it = files.constFind(relativePath);
        if (it == files.cend())
            return Error::itemPermanent(QStringLiteral("no file at ") + relativePath);
        return sink->write(it->constData(), it->size());
    }
    QString checksumName() const override
    {
        return providerChecksums ? QStringLiteral("md5Checksum") : QString();
    }
    QString location() const override { return QStringLiteral("memory:"); }
};

} // namespace rca::test

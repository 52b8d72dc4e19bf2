// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3upload.h"

#include "archive/sha256.h"
#include "logging/logging.h"
#include "s3objects.h"
#include "s3xml.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace rca {

namespace {

constexpr int MaxParts = 10000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rca::S3Connector)
};

// The raw SHA-256 through OpenSSL (rca::Sha256): Qt 6.4's own takes ten times as long.
QByteArray sha256(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return QByteArray::fromHex(hash.hexResult());
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

} // namespace

// What the part tasks and the writing thread share.
struct S3Upload::Shared
{
    QMutex mutex;
    QWaitCondition changed;
    int inFlight = 0;
    QMap<int, S3Part> done;
    Error error;
    int sent = 0;
    int reused = 0;
};

S3Upload::S3Upload(const S3Client &client, ConnectorJournal *journal, const QString &relativePath,
                   qint64 expectedSize, Mode mode, const CancelToken &cancel)
    : m_client(client)
    , m_journal(journal)
    , m_path(relativePath)
    , m_key(client.config().objectKey(relativePath))
    , m_expectedSize(expectedSize)
    , m_mode(mode)
    , m_cancel(cancel)
    , m_shared(std::make_shared<Shared>())
{}

S3Upload::~S3Upload()
{
    // Parts in flight finish (or see the cancel); an unfinished multipart upload stays with
    // its journal record, to be resumed by the next attempt or aborted by open() when stale.
    if (m_pool)
        m_pool->waitForDone();
}

qint64 S3Upload::partSizeFor(qint64 configured, qint64 expectedSize, int partNumber)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (expectedSize > 0) {
        const qint64 needed = (expectedSize + MaxParts - 1) / MaxParts;
        return needed <= configured ? configured : (needed + MiB - 1) / MiB * MiB;
    }
    return configured << std::min((partNumber - 1) / 1000, 10);
}

bool S3Upload::retarget(const QString &relativePath)
{
    if (m_multipart)
        return false;
    m_path = relativePath;
    m_key = m_client.config().objectKey(relativePath);
    return true;
}

HttpHeaders S3Upload::objectHeaders() const
{
    return S3Objects::writeHeaders(m_client.config(), m_created);
}

Error S3Upload::write(const char *data, qint64 size)
{
    if (m_committed)
        return Error::storage(Text::tr("Write after commit."));
    const S3Config &config = m_client.config();
    while (size > 0) {
        const qint64 partSize = partSizeFor(config.partSize, m_expectedSize, m_nextPart);
        // A full buffer followed by more bytes is a part: handed over whole, never copied.
        if (m_buffer.size() == partSize) {
            if (!m_multipart) {
                if (Error e = startMultipart())
                    return e;
            }
            if (Error e = waitForParts(config.parallelParts - 1))
                return e;
            if (Error e = saveJournal())
                return e;
            submitPart(std::exchange(m_buffer, QByteArray()));
            m_buffer.reserve(partSizeFor(config.partSize, m_expectedSize, m_nextPart));
            continue;
        }
        const qint64 n = std::min(size, partSize - m_buffer.size());
        m_buffer.append(data, n);
        m_total += n;
        data += n;
        size -= n;
    }
    return {};
}

Error S3Upload::startMultipart()
{
    const S3Config &config = m_client.config();
    if (m_mode == Mode::Create && m_journal) {
        const QJsonObject record = m_journal->value(m_key);
        const QString uploadId = record.value(u"uploadId").toString();
        if (!uploadId.isEmpty() && record.value(u"partSize").toInteger() == config.partSize) {
            Error e = listHeldParts(uploadId);
            if (!e) {
                m_uploadId = uploadId;
                m_multipart = true;
                if (std::any_of(m_held.cbegin(), m_held.cend(),
                                [](const S3Part &part) { return part.checksum.isEmpty(); }))
                    m_wholeMd5 = std::make_unique<QCryptographicHash>(QCryptographicHash::Md5);
                qCInfo(lcStorage).noquote() << "S3: resuming the upload of" << m_key << "with"
                                            << m_held.size() << "parts held";
                return {};
            }
            // Gone (completed or aborted), or a server that cannot list parts (s3rver): start
            // afresh; what it may still hold is aborted where the server can.
            if (e.detail(QStringLiteral("s3Code")).toString() != u"NoSuchUpload" &&
                !S3Client::isUnsupported(e))
                return e;
            m_held.clear();
            if (S3Client::isUnsupported(e))
                S3Objects(m_client).abortUpload(m_key, uploadId, m_cancel);
        } else if (!record.isEmpty()) {
            // Created under another part size, or lost before its id was kept: nobody will
            // finish it.
            if (Error e = S3Objects(m_client).abortUploadsOf(m_key, m_cancel);
                e && !S3Client::isUnsupported(e))
                return e;
        }
        if (Error e = m_journal->remove(m_key))
            return e;
        // Completed by an earlier run that died before recording it: compare, send nothing.
        S3Head existing;
        if (Error e = S3Objects(m_client).head(m_key, &existing, m_cancel))
            return e;
        if (existing.file.size >= 0) {
            m_existing = true;
            m_multipart = true;
            if (existing.checksum.isEmpty())
                m_wholeMd5 = std::make_unique<QCryptographicHash>(QCryptographicHash::Md5);
            return {};
        }
    }
    // Written before the request, so that an upload created by a process that then dies is
    // known to be this profile's.
    if (m_journal) {
        if (Error e = m_journal->setValue(
                m_key, {{QStringLiteral("state"), QStringLiteral("creating")},
                        {QStringLiteral("partSize"), config.partSize},
                        {QStringLiteral("started"), QDateTime::currentMSecsSinceEpoch()}}))
            return e;
    }
    bool checksums = false;
    if (Error e = S3Objects(m_client).createUpload(m_key, objectHeaders(), &m_uploadId, &checksums,
                                                   m_cancel))
        return e;
    // A server that keeps no checksums (s3rver) gives a multipart object the MD5 of its whole
    // content for an ETag, the one thing left to check it by.
    if (!checksums)
        m_wholeMd5 = std::make_unique<QCryptographicHash>(QCryptographicHash::Md5);
    m_multipart = true;
    return saveJournal();
}

Error S3Upload::listHeldParts(const QString &uploadId)
{
    QList<S3Part> parts;
    if (Error e = S3Objects(m_client).listParts(m_key, uploadId, &parts, m_cancel))
        return e;
    for (const S3Part &part : std::as_const(parts))
        m_held.insert(part.number, part);
    return {};
}

Error S3Upload::saveJournal()
{
    if (!m_journal || m_uploadId.isEmpty())
        return {};
    QJsonArray parts;
    {
        QMutexLocker lock(&m_shared->mutex);
        for (const S3Part &part : std::as_const(m_shared->done)) {
            parts.append(
                QJsonObject{{QStringLiteral("n"), part.number},
                            {QStringLiteral("size"), part.size},
                            {QStringLiteral("etag"), QString::fromLatin1(part.etag)},
                            {QStringLiteral("sha256"), QString::fromLatin1(part.checksum)}});
        }
    }
    return m_journal->setValue(m_key, {{QStringLiteral("uploadId"), m_uploadId},
                                       {QStringLiteral("partSize"), m_client.config().partSize},
                                       {QStringLiteral("expectedSize"), m_expectedSize},
                                       {QStringLiteral("parts"), parts}});
}

void S3Upload::submitPart(QByteArray data)
{
    if (!m_pool) {
        m_pool = std::make_unique<QThreadPool>();
        m_pool->setMaxThreadCount(m_client.config().parallelParts);
    }
    if (m_wholeMd5)
        m_wholeMd5->addData(data);
    const int number = m_nextPart++;
    const std::optional<S3Part> held =
        m_held.contains(number) ? std::optional<S3Part>(m_held.value(number)) : std::nullopt;
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->inFlight;
    }
    m_pool->start([shared = m_shared, client = m_client, key = m_key, uploadId = m_uploadId, number,
                   data = std::move(data), held, hashOnly = m_existing, cancel = m_cancel]() {
        S3Part part;
        part.number = number;
        part.size = data.size();
        const QByteArray digest = sha256(data);
        part.checksum = digest.toBase64();
        part.md5 = md5(data);
        Error error;
        bool reused = false;
        if (hashOnly) {
            // Nothing is sent: the object exists and is compared at commit.
        } else if (held && held->size == part.size && held->checksum == part.checksum) {
            part.etag = held->etag;
            reused = true;
        } else {
            error = S3Objects(client).uploadPart(key, uploadId, data, digest, &part, cancel);
        }
        QMutexLocker lock(&shared->mutex);
        --shared->inFlight;
        if (error) {
            if (!shared->error)
                shared->error = error;
        } else {
            shared->done.insert(number, part);
            ++(reused ? shared->reused : shared->sent);
        }
        shared->changed.wakeAll();
    });
}

Error S3Upload::waitForParts(int atMostInFlight)
{
    QMutexLocker lock(&m_shared->mutex);
    while (m_shared->inFlight > atMostInFlight && !m_shared->error)
        m_shared->changed.wait(&m_shared->mutex);
    m_partsSent = m_shared->sent;
    m_partsReused = m_shared->reused;
    return m_shared->error;
}

QByteArray S3Upload::compositeChecksum() const
{
    QByteArray digests;
    QMutexLocker lock(&m_shared->mutex);
    for (const S3Part &part : std::as_const(m_shared->done))
        digests += QByteArray::fromBase64(part.checksum);
    return sha256(digests).toBase64() + '-' + QByteArray::number(m_shared->done.size());
}

Error S3Upload::commit(const QByteArray &sha256Hex, StoredFile *stored)
{
    Q_UNUSED(sha256Hex); // the engine's hash of the whole file; S3 checks each part's
    if (m_committed)
        return Error::storage(Text::tr("Upload committed twice."));
    Error e = m_multipart ? completeMultipart(stored) : putSingle(stored);
    if (e) {
        // Refused for good (a conflict, a locked key): nobody will finish the upload.
        if (m_multipart && !m_uploadId.isEmpty() && e.kind() == Error::Kind::ItemPermanent)
            abort();
        return e;
    }
    m_committed = true;
    stored->path = m_path;
    return {};
}

Error S3Upload::putSingle(StoredFile *stored)
{
    const QByteArray digest = sha256(m_buffer);
    const QByteArray checksum = digest.toBase64();
    bool exists = false;
    if (Error e = S3Objects(m_client).putObject(m_key, m_buffer, digest, objectHeaders(),
                                                m_mode == Mode::Create, &exists, m_cancel))
        return e;
    if (exists)
        return compareExisting(stored, checksum, false);
    return verify(checksum, false, stored);
}

Error S3Upload::completeMultipart(StoredFile *stored)
{
    if (!m_buffer.isEmpty())
        submitPart(std::exchange(m_buffer, QByteArray()));
    if (Error e = waitForParts(0))
        return e;
    const QByteArray composite = compositeChecksum();
    if (m_existing)
        return compareExisting(stored, composite, true);
    QList<S3Part> parts;
    {
        QMutexLocker lock(&m_shared->mutex);
        parts = m_shared->done.values();
    }
    bool exists = false;
    if (Error e = S3Objects(m_client).completeUpload(m_key, m_uploadId, parts,
                                                     m_mode == Mode::Create, &exists, m_cancel))
        return e;
    if (m_journal) {
        if (Error e = m_journal->remove(m_key))
            return e;
    }
    if (exists)
        return compareExisting(stored, composite, true);
    return verify(composite, true, stored);
}

QList<QByteArray> S3Upload::expectedEtags(bool multipart) const
{
    if (!multipart)
        return {md5(m_buffer).toHex()};
    QByteArray md5s;
    QMutexLocker lock(&m_shared->mutex);
    for (const S3Part &part : std::as_const(m_shared->done))
        md5s += part.md5;
    QList<QByteArray> etags{md5(md5s).toHex() + '-' + QByteArray::number(m_shared->done.size())};
    if (m_wholeMd5)
        etags.append(m_wholeMd5->result().toHex());
    return etags;
}

Error S3Upload::verify(const QByteArray &checksum, bool multipart, StoredFile *stored)
{
    S3Objects objects(m_client);
    S3Head head;
    if (Error e = objects.head(m_key, &head, m_cancel))
        return e;
    if (Error e = objects.checkStored(m_key, head, m_total, checksum, expectedEtags(multipart)))
        return e;
    const ObjectRetention asked = m_client.config().retentionFor(m_created);
    if (Error e = objects.readRetention(m_key, asked, &head, m_cancel))
        return e;
    *stored = head.file;
    return {};
}

Error S3Upload::compareExisting(StoredFile *stored, const QByteArray &checksum, bool multipart)
{
    S3Objects objects(m_client);
    S3Head head;
    if (Error e = objects.head(m_key, &head, m_cancel))
        return e;
    if (head.file.size < 0)
        return Error::transient(
            Text::tr("%1 was neither stored nor found; it is sent again.").arg(m_key));
    if (!objects.checkStored(m_key, head, m_total, checksum, expectedEtags(multipart))) {
        if (Error e = objects.readRetention(m_key, {}, &head, m_cancel))
            return e;
        *stored = head.file;
        stored->alreadyPresent = true;
        return {};
    }
    return Error::conflict(Text::tr("A different object already has the key %1 (%2 bytes); "
                                    "nothing was overwritten.")
                               .arg(m_key)
                               .arg(head.file.size));
}

void S3Upload::abort()
{
    if (m_pool)
        m_pool->waitForDone();
    if (Error e = S3Objects(m_client).abortUpload(m_key, m_uploadId, m_cancel))
        qCWarning(lcStorage).noquote()
            << "S3: could not abort the upload of" << m_key << e.message();
    else if (m_journal)
        m_journal->remove(m_key);
}

} // namespace rca

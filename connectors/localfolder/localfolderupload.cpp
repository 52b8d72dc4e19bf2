// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localfolderupload.h"

#include "localerrors.h"

#include <QCoreApplication>

#include <utility>

namespace rca {

using localfolder::hashFile;
using localfolder::moveReplacing;
using localfolder::moveWithoutReplacing;
using localfolder::shown;
using localfolder::syncDirectory;

namespace {

constexpr qint64 WriteBufferSize = 256 * 1024;

} // namespace

LocalFolderUpload::LocalFolderUpload(QString folder, QString finalPath, QString relativePath,
                                     Mode mode)
    : m_folder(std::move(folder))
    , m_finalPath(std::move(finalPath))
    , m_relativePath(std::move(relativePath))
    , m_mode(mode)
{}

Error LocalFolderUpload::start()
{
    return m_file.create(m_folder);
}

bool LocalFolderUpload::retarget(const QString &relativePath)
{
    // Only another name in the same folder: the temporary file stays where it is.
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QString name = relativePath.mid(slash + 1);
    if (m_finished ||
        relativePath.left(slash) != m_relativePath.left(m_relativePath.lastIndexOf(u'/')) ||
        name.isEmpty() || name.startsWith(u'.') || name.contains(u'\\'))
        return false;
    m_finalPath = m_folder + u'/' + name;
    m_relativePath = relativePath;
    return true;
}

Error LocalFolderUpload::write(const char *data, qint64 size)
{
    if (m_finished)
        return Error::transient(QCoreApplication::translate("rca::LocalFolderConnector",
                                                            "The upload of %1 is already finished.")
                                    .arg(shown(m_finalPath)));
    if (m_failure)
        return m_failure;
    if (size <= 0)
        return {};
    m_size += size;
    if (m_buffer.size() + size <= WriteBufferSize) {
        m_buffer.append(data, size);
        return {};
    }
    if (Error error = flushBuffer())
        return error;
    if (size >= WriteBufferSize)
        return keep(m_file.write(data, size));
    m_buffer.append(data, size);
    return {};
}

Error LocalFolderUpload::commit(const QByteArray &sha256Hex, StoredFile *stored)
{
    if (m_finished)
        return Error::transient(QCoreApplication::translate("rca::LocalFolderConnector",
                                                            "The upload of %1 is already finished.")
                                    .arg(shown(m_finalPath)));
    m_finished = true;
    Error error = m_failure;
    if (!error)
        error = flushBuffer();
    if (!error)
        error = m_file.syncAndClose();
    if (error) {
        m_file.remove();
        return error;
    }

    // Verify what reached the disk: read the temporary back and compare it with the digest
    // of what the caller sent.
    QByteArray written;
    qint64 writtenSize = -1;
    if (Error hashError = hashFile(m_file.path(), &writtenSize, &written)) {
        m_file.remove();
        return hashError;
    }
    if (writtenSize != m_size || (!sha256Hex.isEmpty() && sha256Hex.toLower() != written)) {
        m_file.remove();
        return Error::transient(
            QCoreApplication::translate("rca::LocalFolderConnector",
                                        "The data written for %1 does not match what "
                                        "was sent; it will be written again.")
                .arg(shown(m_finalPath)));
    }

    bool existed = false;
    if (m_mode == Mode::Replace)
        error = moveReplacing(m_file.path(), m_finalPath);
    else
        error = moveWithoutReplacing(m_file.path(), m_finalPath, &existed);
    if (error || existed) {
        m_file.remove();
        if (error)
            return error;
        qint64 existingSize = -1;
        QByteArray existingSha256;
        if (Error hashError = hashFile(m_finalPath, &existingSize, &existingSha256))
            return hashError;
        if (existingSize != m_size || existingSha256 != written)
            return Error::conflict(QCoreApplication::translate("rca::LocalFolderConnector",
                                                               "A different file already exists at "
                                                               "%1; it was not overwritten.")
                                       .arg(shown(m_finalPath)));
    } else {
        m_file.release();
        if (Error syncError = syncDirectory(m_folder))
            return syncError;
    }

    if (stored) {
        stored->path = m_relativePath;
        stored->size = m_size;
        stored->sha256 = written;
        stored->providerChecksum.clear();
        stored->alreadyPresent = existed;
    }
    return {};
}

Error LocalFolderUpload::flushBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    Error error = keep(m_file.write(m_buffer.constData(), m_buffer.size()));
    m_buffer.clear();
    return error;
}

Error LocalFolderUpload::keep(Error error)
{
    if (error && !m_failure)
        m_failure = error;
    return error;
}

} // namespace rca

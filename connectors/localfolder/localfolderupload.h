// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One atomic upload into a local archive folder: a temporary file beside the final name,
// verified on commit by reading it back, then renamed to it without replacing what is there
// or, for a replacement, over it. Made by LocalFolderConnector; used from the engine's worker
// thread.
#pragma once

#include "localfiles.h"
#include "storage/storageconnector.h"

#include <QByteArray>
#include <QString>

namespace rca {

class LocalFolderUpload : public StorageUpload
{
public:
    enum class Mode { Create, Replace };

    // folder: where finalPath is, which exists. relativePath: finalPath below the archive
    // folder, for StoredFile::path.
    LocalFolderUpload(QString folder, QString finalPath, QString relativePath, Mode mode);

    // Creates the temporary file.
    Error start();

    bool retarget(const QString &relativePath) override;
    Error write(const char *data, qint64 size) override;
    Error commit(const QByteArray &sha256Hex, StoredFile *stored) override;

private:
    Error flushBuffer();
    // The first write error sticks: later writes and the commit report it.
    Error keep(Error error);

    QString m_folder;
    QString m_finalPath;
    QString m_relativePath;
    Mode m_mode;
    localfolder::TemporaryFile m_file;
    qint64 m_size = 0;
    QByteArray m_buffer;
    Error m_failure;
    bool m_finished = false;
};

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// GoogleDriveDownload: the stored bytes of one Drive file (files/{id}?alt=media) streamed into
// a ByteSink as they arrive, never the whole file in memory; retried with GoogleDriveApi's
// policy, a retry passing on only the bytes the sink has not had yet. Used from the engine's
// worker thread.
#pragma once

#include "archive/archivesource.h"
#include "googledriveapi.h"

namespace rca {

class GoogleDriveDownload
{
public:
    explicit GoogleDriveDownload(GoogleDriveApi *api);

    // relativePath names the file in messages.
    Error run(const QString &fileId, const QString &relativePath, ByteSink *sink,
              const CancelToken &cancel);

private:
    GoogleDriveApi *m_api;
};

} // namespace rca

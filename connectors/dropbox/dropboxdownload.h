// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// DropboxDownload: the stored bytes of one archive file streamed from files/download (content
// host, Dropbox-API-Arg) into a ByteSink as they arrive, never the whole file in memory. A file
// that is not there is an ItemPermanent error that says so. Used from the connector's thread.
#pragma once

#include "archive/archivesource.h"
#include "dropboxapi.h"

namespace rca {

class DropboxDownload
{
public:
    explicit DropboxDownload(DropboxApi *api);

    Error run(const QString &relativePath, ByteSink *sink, const CancelToken &cancel);

private:
    DropboxApi *m_api;
};

} // namespace rca

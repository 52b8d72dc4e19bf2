// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The spare temporary file: a commit that renames an upload into place also creates (open,
// exclusive) a fresh temporary file in the same folder, in the same round trip as the rename,
// and the next upload into that folder writes into it instead of opening one of its own. So a
// small file costs two round trips (finish + rename/open), not three. The spare is only ever
// an empty temporary file: it takes a final name only as a real upload's file, written in full
// and passed through SftpFileFinish. The upload tracker counts it active (the stale-file
// clean-up leaves it alone); the connector's close() removes it, and an upload into another
// folder or on another session removes it first. One left by a killed process is removed by
// the clean-up of the next run like any other temporary file of ours: open() cleans the
// archive folder, and the folder a local marker file names (the folder of the last spare,
// written when the spare moves to another folder and removed with the spare).
// Used from the engine's worker thread, like the connector and its uploads.
#pragma once

#include "sshsession.h"

#include <QString>

#include <memory>

namespace rca::ssh {

class UploadTracker;

class SpareFile
{
public:
    explicit SpareFile(std::shared_ptr<UploadTracker> tracker);
    ~SpareFile();
    SpareFile(const SpareFile &) = delete;
    SpareFile &operator=(const SpareFile &) = delete;

    // The spare, when there is one in folder on session: *path is its name, and the handle is
    // the caller's now (the tracker still counts the path active). A spare elsewhere is removed.
    SftpHandlePtr take(SshSession *session, const QString &folder, QString *path);
    // Closes and removes the spare, if any (or leaves it to the tracker as an orphan when its
    // connection is gone).
    void discard();

    // The local file that names the folder of the spare (empty: none is kept).
    void setMarkerFile(const QString &path) { m_markerFile = path; }
    // The folder the marker file names: where a process that died left its spare, if anywhere.
    QString markedFolder() const;
    // Forgets the marked folder (once its leftovers are removed).
    void clearMarker();

    // Renames from to to (a plain rename, like SshSession::rename) and, when there is no spare
    // yet, sends the open of a new one in folder right behind it, both answers collected before
    // this returns. Returns the rename's result only: a spare that could not be made is no
    // failure (the next upload opens its file the usual way).
    Error renameOpeningSpare(const std::shared_ptr<SshSession> &session, const QString &from,
                             const QString &to, const QString &folder);

private:
    std::shared_ptr<UploadTracker> m_tracker;
    std::shared_ptr<SshSession> m_session; // the session the spare's handle belongs to
    SftpHandlePtr m_handle;
    QString m_folder;
    QString m_path;
    QString m_markerFile;
    QString m_markedFolder; // what the marker file says, as far as this process wrote it
};

} // namespace rca::ssh

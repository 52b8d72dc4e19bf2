// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The end of writing an upload's temporary file, in one round trip where libssh2 lets it: the
// last writes, fsync@openssh.com, fstat (the size check) and close go out together in
// non-blocking mode, then their answers are collected in that order, every one of them even
// after a failure, so that libssh2's per-session request state is clean for the next file.
// The server runs requests about one handle in the order they came, so the fsync covers the
// writes before it and the fstat sees the synced size. Used by SftpUpload on the engine's
// worker thread (its session's thread).
#pragma once

#include "sshsession.h"

namespace rca::ssh {

// What an fsync@openssh.com answer means: a server without it is no failure (files are then
// not synced, and the session stops asking), anything else is. displayPath: for messages.
Error fsyncResult(SshSession *session, int rc, const QString &displayPath);

// After an EAGAIN in non-blocking mode: whether libssh2 has sent the whole request and only
// waits for its answer. waitMessage: the error text libssh2 leaves then, "would block" for
// most requests; an open leaves "Would block waiting for status message".
bool awaitingAnswer(LIBSSH2_SESSION *session, const char *waitMessage = "would block");

class SftpFileFinish
{
public:
    SftpFileFinish(SshSession *session, QString displayPath);

    // Sends the count bytes at data (bytes of the file that the server has not acknowledged
    // yet, ending at expectedSize), an fsync, an fstat and a close of *handle, and waits for
    // all the answers. Returns the first failure: a write, the fsync, the fstat or a size other
    // than expectedSize, the close. *handle is released once the close went out; otherwise the
    // caller still owns (and closes) it.
    Error run(SftpHandlePtr *handle, const char *data, size_t count, qint64 expectedSize);

private:
    // A libssh2 call made non-blocking. EAGAIN: the request is out and its answer pending.
    // A request libssh2 could not send whole (a full socket, a key re-exchange) is finished
    // in blocking mode instead, answer included: slower, never out of order.
    template<typename Call> int issue(Call call);
    // Writes data + *acked … data + count, in blocking mode, counting *acked up.
    Error writeRest(LIBSSH2_SFTP_HANDLE *handle, const char *data, size_t count, size_t *acked);
    Error stepFailure(int rc, const QString &action);
    Error checkSize(int rc, const LIBSSH2_SFTP_ATTRIBUTES &attributes, qint64 expectedSize);

    SshSession *m_session;
    QString m_displayPath;
};

} // namespace rca::ssh

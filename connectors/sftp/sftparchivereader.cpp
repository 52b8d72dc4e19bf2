// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sftparchivereader.h"

#include "sftpupload.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <utility>

namespace rca::ssh {

namespace {

QString joined(const QString &base, const QString &name)
{
    return base.isEmpty() ? name : base + u'/' + name;
}

bool isMissing(SshSession *session)
{
    return !session->isBroken() && (session->lastStatus() == LIBSSH2_FX_NO_SUCH_FILE ||
                                    session->lastStatus() == LIBSSH2_FX_NO_SUCH_PATH);
}

Error missingFileError(const QString &path, const QString &server)
{
    return Error::itemPermanent(QCoreApplication::translate("rca::ssh::SftpArchiveReader",
                                                            "The file %1 does not exist on %2.")
                                    .arg(path, server));
}

} // namespace

SftpArchiveReader::SftpArchiveReader(Runner run, QString archiveRoot)
    : m_run(std::move(run))
    , m_root(std::move(archiveRoot))
{}

Error SftpArchiveReader::list(const QStringList &components, bool recursive,
                              const StorageConnector::EntryHandler &handleEntry,
                              const CancelToken &cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    // The folder asked for, one component at a time without following links: a link in the
    // archive is never entered, even when asked for by name.
    bool exists = true;
    QString path = m_root;
    if (Error error = m_run([&](SshSession *session) -> Error {
            path = m_root;
            exists = true;
            for (const QString &component : components) {
                path = joined(path, component);
                SftpAttributes attributes;
                if (Error error = session->stat(path, &attributes, false))
                    return error;
                if (!attributes.exists) {
                    exists = false;
                    return {};
                }
                if (!attributes.isFolder)
                    return Error::itemPermanent(
                        QCoreApplication::translate("rca::ssh::SftpArchiveReader",
                                                    "%1 on %2 is not a folder (or is a symbolic "
                                                    "link); it is not listed.")
                            .arg(path, session->serverName()));
            }
            return {};
        }))
        return error;
    if (!exists) // a folder that does not exist lists nothing
        return {};
    return listFolder(path, components.join(u'/'), recursive, handleEntry, cancel);
}

Error SftpArchiveReader::listFolder(const QString &path, const QString &relativeFolder,
                                    bool recursive,
                                    const StorageConnector::EntryHandler &handleEntry,
                                    const CancelToken &cancel)
{
    // A folder's entries are read whole (a day's folder holds a few hundred), so that a
    // reconnect can simply list it again.
    QList<SftpEntry> entries;
    if (Error error = m_run([&](SshSession *session) -> Error {
            Error listError = session->list(path, &entries);
            if (listError && isMissing(session)) { // removed meanwhile, or no archive yet
                entries.clear();
                return {};
            }
            return listError;
        }))
        return error;
    std::sort(entries.begin(), entries.end(),
              [](const SftpEntry &a, const SftpEntry &b) { return a.name < b.name; });

    for (const SftpEntry &entry : std::as_const(entries)) {
        if (entry.name == QLatin1String(".") || entry.name == QLatin1String("..") ||
            isTemporaryName(entry.name) || !asideNameOwner(entry.name).isEmpty())
            continue;
        if (cancel.isCancelled())
            return Error::cancelled();
        // The listing's attributes are the entry's own (OpenSSH reads them with lstat): a
        // link is a file entry here, with the link's size, and is never entered.
        StoredFile stored;
        stored.path = joined(relativeFolder, entry.name);
        stored.isFolder = entry.attributes.isFolder;
        stored.size = stored.isFolder ? -1 : entry.attributes.size;
        if (Error error = handleEntry(stored))
            return error;
        if (recursive && stored.isFolder) {
            if (Error error =
                    listFolder(joined(path, entry.name), stored.path, true, handleEntry, cancel))
                return error;
        }
    }
    return {};
}

Error SftpArchiveReader::read(const QStringList &components, ByteSink *sink,
                              const CancelToken &cancel)
{
    const QString path = joined(m_root, components.join(u'/'));
    const QString action = QCoreApplication::translate("rca::ssh::SftpArchiveReader", "read");
    // What the sink has accepted: after a reconnect the read goes on from there.
    qint64 delivered = 0;
    return m_run([&](SshSession *session) -> Error {
        if (cancel.isCancelled())
            return Error::cancelled();
        SftpAttributes attributes;
        if (Error error = session->stat(path, &attributes, false))
            return error;
        if (!attributes.exists)
            return missingFileError(path, session->serverName());
        if (!attributes.isFile)
            return Error::itemPermanent(
                QCoreApplication::translate("rca::ssh::SftpArchiveReader",
                                            "%1 on %2 is not a file (or is a symbolic link); it "
                                            "is not read.")
                    .arg(path, session->serverName()));
        Error openError;
        SftpHandlePtr handle = session->openFile(path, LIBSSH2_FXF_READ, 0, &openError);
        if (!handle)
            return isMissing(session) ? missingFileError(path, session->serverName()) : openError;
        libssh2_sftp_seek64(handle.get(), libssh2_uint64_t(delivered));

        // libssh2 keeps as many read requests in flight as the buffer it is given holds, and
        // returns whatever has arrived; the sink gets it in larger pieces.
        QByteArray buffer(ReadSize, Qt::Uninitialized);
        QByteArray pending;
        pending.reserve(SinkChunk + ReadSize);
        auto flush = [&]() -> Error {
            if (pending.isEmpty())
                return {};
            if (Error error = sink->write(pending.constData(), pending.size()))
                return error;
            delivered += pending.size();
            pending.clear();
            return {};
        };
        for (;;) {
            if (cancel.isCancelled())
                return Error::cancelled();
            const ssize_t got =
                libssh2_sftp_read(handle.get(), buffer.data(), size_t(buffer.size()));
            if (got < 0)
                return session->failure(int(got), action, path);
            if (got == 0)
                return flush();
            pending.append(buffer.constData(), qsizetype(got));
            if (pending.size() >= SinkChunk) {
                if (Error error = flush())
                    return error;
            }
        }
    });
}

} // namespace rca::ssh

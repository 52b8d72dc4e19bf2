// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SftpConnector's clean-up of what a crash left in the folders it works in: temporary
// uploads of its own (or anyone's, once old), the aside copies of interrupted replacements
// (put back or removed), and the orphans an interrupted connection could not remove.
#include "sftpconnector.h"

#include "sftpconnectorshared.h"

#include "logging/logging.h"
#include "sftpupload.h"

#include <QDateTime>
#include <QSet>

namespace rca {

using namespace ssh;

void SftpConnector::removeStaleTemporaries(const QString &folder)
{
    removeOrphans();
    QList<SftpEntry> entries;
    if (Error error = m_session->list(folder, &entries)) {
        qCWarning(lcStorage).noquote() << error.message();
        return;
    }
    const qint64 serverNow = QDateTime::currentSecsSinceEpoch() + m_clockSkew;
    QSet<QString> names;
    for (const SftpEntry &entry : std::as_const(entries))
        names.insert(entry.name);
    for (const SftpEntry &entry : std::as_const(entries)) {
        if (entry.attributes.isFile && !asideNameOwner(entry.name).isEmpty()) {
            restoreAside(folder, entry, names.contains(asideNameTarget(entry.name)), serverNow);
            continue;
        }
        if (!entry.attributes.isFile || !isTemporaryName(entry.name))
            continue;
        const QString path = joinRemote(folder, entry.name);
        if (m_tracker->isActive(path))
            continue;
        // One of ours that no upload holds is left over from a crash. Someone else's may
        // still be written to (another computer or profile archiving here) unless it has
        // not changed for a while.
        const bool ours = temporaryNameOwner(entry.name) == m_tracker->ownerTag();
        if (!ours && entry.attributes.modified >= 0 &&
            serverNow - entry.attributes.modified < StaleTemporaryAgeSeconds)
            continue;
        if (m_session->removeFile(path))
            qCWarning(lcStorage).noquote() << "Could not remove the stale temporary file" << path;
        else
            qCInfo(lcStorage).noquote() << "Removed the stale temporary file" << path;
    }
}

// The old file of a replacement that a crash interrupted between its two renames: back to its
// name when the new file did not get there, removed when it did.
void SftpConnector::restoreAside(const QString &folder, const ssh::SftpEntry &entry, bool replaced,
                                 qint64 serverNow)
{
    const QString path = joinRemote(folder, entry.name);
    const QString finalPath = joinRemote(folder, asideNameTarget(entry.name));
    if (m_tracker->isActive(path))
        return;
    const bool ours = asideNameOwner(entry.name) == m_tracker->ownerTag();
    if (!ours && entry.attributes.modified >= 0 &&
        serverNow - entry.attributes.modified < StaleTemporaryAgeSeconds)
        return;
    if (replaced) {
        if (m_session->removeFile(path))
            qCWarning(lcStorage).noquote() << "Could not remove the replaced file" << path;
        else
            qCInfo(lcStorage).noquote() << "Removed" << path << "replaced by" << finalPath;
    } else if (m_session->rename(path, finalPath)) {
        qCWarning(lcStorage).noquote() << "Could not put back" << finalPath << "from" << path;
    } else {
        qCInfo(lcStorage).noquote() << "Put" << finalPath << "back after an interrupted "
                                    << "replacement";
    }
}

void SftpConnector::removeOrphans()
{
    finishInterruptedReplacements(m_session.get(), m_tracker.get());
    const QStringList orphans = m_tracker->takeOrphans();
    for (const QString &path : orphans) {
        if (m_session->removeFile(path) && m_session->lastStatus() != LIBSSH2_FX_NO_SUCH_FILE)
            qCWarning(lcStorage).noquote() << "Could not remove the temporary file" << path;
        else
            qCInfo(lcStorage).noquote()
                << "Removed the temporary file" << path << "of an interrupted upload";
    }
}

} // namespace rca

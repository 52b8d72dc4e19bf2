// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BoxFolders: the ids of the archive's folders, learnt once per job (Box addresses items by id
// only). A missing folder is created with POST /folders; a 409 item_name_in_use names the
// folder that is already there, whose id is taken (Box names are unique in a folder, compared
// without regard to case, so the key is lower-case). Also Box's naming rules for the paths the
// connector is given: RemoteLayout already sanitizes names, anything it let through that Box
// would refuse or that could leave the archive is refused here. A new index for every open(),
// so each job sees what the user changed meanwhile. Used from the connector's thread.
#pragma once

#include "boxapi.h"

#include <QHash>
#include <QStringList>

namespace rca {

class BoxFolders
{
public:
    explicit BoxFolders(BoxApi *api);

    // Finds or creates Apps/RingCentral Application below the top of the user's Box ("0").
    Error ensureRoot(QString *id);
    QString rootId() const { return m_ids.value(QString()); }

    // The id of the folder the components name below the archive root; missing ones are
    // created when create is true, else *id is empty when one is missing.
    Error folderId(const QStringList &components, bool create, QString *id);
    // The file named name in folderId (an empty id when there is none; a folder of that name
    // is reported in *isFolder).
    Error findFile(const QString &folderId, const QString &name, BoxItem *file,
                   bool *isFolder = nullptr);

    // A path relative to the archive root, split into Box names: ItemPermanent when a part is
    // empty, ".", "..", holds '/', '\' or a control character, ends in a space or is longer
    // than Box allows. needsFileName: the path must name a file (not "").
    static Error splitPath(const QString &relativePath, bool needsFileName,
                           QStringList *components);
    static QString key(const QStringList &components);

private:
    // The child folder name of parentId, created when create; else an empty id when missing.
    Error child(const QString &parentId, const QString &name, const QString &shownPath, bool create,
                QString *id);
    Error findChild(const QString &parentId, const QString &name, BoxItem *found);

    BoxApi *m_api;
    QHash<QString, QString> m_ids; // key(components) -> id; "" is the archive root
};

} // namespace rca

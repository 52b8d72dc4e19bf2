// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boxfolders.h"

#include "logging/logging.h"
#include "storage/storageconnector.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rca {

namespace {

constexpr int MaxNameLength = 255;

bool badCharacter(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'/' || c == u'\\' ||
           c.category() == QChar::Other_Control;
}

} // namespace

BoxFolders::BoxFolders(BoxApi *api)
    : m_api(api)
{}

QString BoxFolders::key(const QStringList &components)
{
    return components.join(u'/').toLower();
}

Error BoxFolders::splitPath(const QString &relativePath, bool needsFileName,
                            QStringList *components)
{
    *components = relativePath.split(u'/', Qt::SkipEmptyParts);
    const auto refuse = [&](const QString &why) {
        return Error::itemPermanent(
            QCoreApplication::translate("rca::BoxFolders", "Refused the path %1 for Box: %2")
                .arg(relativePath, why));
    };
    if (relativePath.contains(QLatin1String("//")) || relativePath.startsWith(u'/'))
        return refuse(QCoreApplication::translate("rca::BoxFolders", "it has an empty name"));
    for (const QString &name : std::as_const(*components)) {
        if (name == QLatin1String(".") || name == QLatin1String(".."))
            return refuse(QCoreApplication::translate("rca::BoxFolders", "it leaves the archive"));
        if (std::any_of(name.begin(), name.end(), badCharacter))
            return refuse(QCoreApplication::translate(
                "rca::BoxFolders", "a name holds a backslash or a control character"));
        if (name.endsWith(u' '))
            return refuse(QCoreApplication::translate("rca::BoxFolders", "a name ends in a space"));
        if (name.size() > MaxNameLength)
            return refuse(QCoreApplication::translate("rca::BoxFolders",
                                                      "a name is longer than %1 characters")
                              .arg(MaxNameLength));
    }
    if (needsFileName && (components->isEmpty() || relativePath.endsWith(u'/')))
        return refuse(QCoreApplication::translate("rca::BoxFolders", "it names no file"));
    return {};
}

Error BoxFolders::ensureRoot(QString *id)
{
    QString parent = QStringLiteral("0");
    QString shown;
    for (const QString &name : archiveRootPath().split(u'/')) {
        shown = shown.isEmpty() ? name : shown + u'/' + name;
        QString child;
        if (Error e = this->child(parent, name, shown, true, &child))
            return e;
        parent = child;
    }
    m_ids.clear();
    m_ids.insert(QString(), parent);
    *id = parent;
    return {};
}

Error BoxFolders::findChild(const QString &parentId, const QString &name, BoxItem *found)
{
    *found = BoxItem();
    BoxItem caseless;
    const QString what =
        QCoreApplication::translate("rca::BoxFolders", "Looking for %1 in Box").arg(name);
    const Error e = m_api->listItems(parentId, what, [&](const BoxItem &item, bool *stop) {
        if (item.name == name) {
            *found = item;
            *stop = true;
        } else if (caseless.id.isEmpty() && item.name.compare(name, Qt::CaseInsensitive) == 0) {
            caseless = item; // Box compares names without regard to case
        }
        return Error();
    });
    if (!e && found->id.isEmpty())
        *found = caseless;
    return e;
}

Error BoxFolders::child(const QString &parentId, const QString &name, const QString &shownPath,
                        bool create, QString *id)
{
    id->clear();
    const auto inTheWay = [&] {
        return Error::itemPermanent(
            QCoreApplication::translate("rca::BoxFolders",
                                        "A file in Box is in the way of the folder %1; rename "
                                        "or move it.")
                .arg(shownPath));
    };
    if (!create) {
        BoxItem found;
        if (Error e = findChild(parentId, name, &found))
            return e;
        if (found.isFolder())
            *id = found.id;
        return {};
    }
    const QString what =
        QCoreApplication::translate("rca::BoxFolders", "Creating the Box folder %1").arg(shownPath);
    const BoxApi::Result result = m_api->sendJson(
        "POST",
        m_api->apiUrl(QStringLiteral("/folders"),
                      {{QStringLiteral("fields"), QStringLiteral("id,type,name")}}),
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("parent"), QJsonObject{{QStringLiteral("id"), parentId}}}},
        what);
    if (!result.error) {
        *id = result.json.value(QStringLiteral("id")).toString();
        if (id->isEmpty())
            return Error::transient(
                QCoreApplication::translate("rca::BoxFolders", "%1: Box gave no folder id.")
                    .arg(what));
        return {};
    }
    if (result.status != 409 || result.code != QLatin1String("item_name_in_use"))
        return result.error;
    // There already: Box names the item that holds the name.
    for (const BoxItem &conflict : BoxApi::conflicts(result.json)) {
        if (conflict.isFolder() && !conflict.id.isEmpty()) {
            *id = conflict.id;
            return {};
        }
        if (!conflict.type.isEmpty() && !conflict.isFolder())
            return inTheWay();
    }
    BoxItem found;
    if (Error e = findChild(parentId, name, &found))
        return e;
    if (!found.isFolder())
        return found.id.isEmpty() ? result.error : inTheWay();
    *id = found.id;
    return {};
}

Error BoxFolders::folderId(const QStringList &components, bool create, QString *id)
{
    id->clear();
    if (!m_ids.contains(QString()))
        return Error::storage(QCoreApplication::translate("rca::BoxFolders", "Box is not open."));
    QString parent = m_ids.value(QString());
    QStringList path;
    for (const QString &name : components) {
        path.append(name);
        const QString pathKey = key(path);
        const auto cached = m_ids.constFind(pathKey);
        if (cached != m_ids.constEnd()) {
            parent = cached.value();
            continue;
        }
        QString child;
        if (Error e = this->child(parent, name, archiveRootPath() + u'/' + path.join(u'/'), create,
                                  &child))
            return e;
        if (child.isEmpty())
            return {}; // missing, and not to be created
        m_ids.insert(pathKey, child);
        parent = child;
    }
    *id = parent;
    return {};
}

Error BoxFolders::findFile(const QString &folderId, const QString &name, BoxItem *file,
                           bool *isFolder)
{
    *file = BoxItem();
    if (isFolder)
        *isFolder = false;
    BoxItem found;
    if (Error e = findChild(folderId, name, &found))
        return e;
    if (found.isFile())
        *file = found;
    else if (isFolder && found.isFolder())
        *isFolder = true;
    return {};
}

} // namespace rca

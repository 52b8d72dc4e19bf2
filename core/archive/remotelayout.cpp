// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "remotelayout.h"

#include "archive/filenamesanitizer.h"

#include <QStringList>

namespace rca {

namespace {

constexpr int MaxDirectionBytes = 16;
constexpr int MaxOtherPartyBytes = 64;
constexpr int MaxExtensionBytes = 16;

int utf8Size(const QString &text)
{
    return int(text.toUtf8().size());
}

// A part of the extension folder's name: one that Windows would take for a device on its own
// changes as it does in a file name ("NUL" -> "NUL_"), wherever it stands. Any other part is
// left to the sanitizing of the whole folder name, so that existing folders keep their names.
QString folderNamePart(const QString &part)
{
    return FileNameSanitizer::isReservedName(part) ? FileNameSanitizer::sanitize(part) : part;
}

QString extensionFolderName(const ExtensionInfo &extension)
{
    const QString number = folderNamePart(extension.number.trimmed());
    const QString name = folderNamePart(extension.name.trimmed());
    if (number.isEmpty() && name.isEmpty())
        return QStringLiteral("Unknown extension");
    if (name.isEmpty())
        return number;
    if (number.isEmpty())
        return name;
    return number + QStringLiteral(" - ") + name;
}

// The extension without leading dots ("mp3", not ".mp3"), safe on its own.
QString cleanFileExtension(const QString &extension)
{
    QString result = extension.trimmed();
    while (result.startsWith(u'.'))
        result.remove(0, 1);
    if (result.isEmpty())
        return {};
    return FileNameSanitizer::sanitize(result, MaxExtensionBytes);
}

} // namespace

RemoteLayout::RemoteLayout(const QTimeZone &zone)
    : m_zone(zone)
{}

QString RemoteLayout::folderFor(const ArchiveItem &item) const
{
    const QString date =
        item.created.isValid()
            ? item.created.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd"))
            : QStringLiteral("Unknown date");
    return FileNameSanitizer::sanitize(extensionFolderName(item.extension)) + u'/' +
           FileNameSanitizer::sanitize(date) + u'/' +
           FileNameSanitizer::sanitize(itemTypeFolderName(item.type));
}

QString RemoteLayout::fileNameFor(const ArchiveItem &item) const
{
    QStringList parts;
    if (item.created.isValid())
        parts.append(item.created.toTimeZone(m_zone).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Each part is sanitized on its own too, so that a hostile part cannot borrow the '_'
    // separators or the extension's dot of its neighbours. The descriptive parts are capped
    // so that the name tag, which makes the name unique, is never what gets cut.
    if (!item.direction.trimmed().isEmpty())
        parts.append(FileNameSanitizer::sanitize(item.direction.trimmed(), MaxDirectionBytes));
    if (!item.otherParty.trimmed().isEmpty())
        parts.append(FileNameSanitizer::sanitize(item.otherParty.trimmed(), MaxOtherPartyBytes));

    const QString extension = cleanFileExtension(item.fileExtension);
    const QString dotExtension = extension.isEmpty() ? QString() : u'.' + extension;
    const QString prefix = parts.isEmpty() ? QString() : parts.join(u'_') + u'_';
    const int tagBudget =
        FileNameSanitizer::DefaultMaxBytes - utf8Size(prefix) - utf8Size(dotExtension);
    const QString tag = item.nameTag.trimmed().isEmpty() ? item.sourceId.trimmed() : item.nameTag;

    return FileNameSanitizer::sanitize(
        prefix + FileNameSanitizer::sanitize(tag, std::max(tagBudget, 1)) + dotExtension,
        FileNameSanitizer::DefaultMaxBytes, true);
}

QString RemoteLayout::pathFor(const ArchiveItem &item) const
{
    return folderFor(item) + u'/' + fileNameFor(item);
}

QString RemoteLayout::alternativeName(const QString &fileName, int n)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const bool hasExtension =
        dot > 0 && fileName.size() - dot - 1 <= 8 && fileName.indexOf(u' ', dot) < 0;
    const QString base = hasExtension ? fileName.left(dot) : fileName;
    const QString extension = hasExtension ? fileName.mid(dot) : QString();
    const QString suffix = QStringLiteral(" (%1)").arg(n) + extension;

    // Shorten the base rather than lose the suffix when the name is already at the cap.
    const int budget = FileNameSanitizer::DefaultMaxBytes - utf8Size(suffix);
    QString shortBase = base;
    if (utf8Size(base) > budget)
        shortBase = FileNameSanitizer::sanitize(base, std::max(budget, 1));
    return FileNameSanitizer::sanitize(shortBase + suffix, FileNameSanitizer::DefaultMaxBytes,
                                       true);
}

} // namespace rca

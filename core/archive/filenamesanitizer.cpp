// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filenamesanitizer.h"

#include <QStringList>
#include <QTextBoundaryFinder>

namespace rca {

namespace {

constexpr QChar Replacement = u'_';
// Lone surrogates become this control character before NFC normalization (which must not see
// them); the main pass then replaces it like any other control character.
constexpr QChar LoneSurrogateMark = QChar(0x1A);
constexpr int MaxExtensionLength = 8;

bool isForbidden(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0, DEL, C1
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true; // bidi embeddings, overrides and isolates
    if (c == 0x200E || c == 0x200F || c == 0x061C)
        return true; // bidi marks: invisible, and they can reorder what the user sees
    if (c == 0x2028 || c == 0x2029)
        return true; // line and paragraph separators
    switch (c) {
    case u'/':
    case u'\\':
    case u'<':
    case u'>':
    case u':':
    case u'"':
    case u'|':
    case u'?':
    case u'*':
        return true;
    default:
        return false;
    }
}

QString replaceLoneSurrogates(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(name.at(++i));
        } else if (c.isSurrogate()) {
            result.append(LoneSurrogateMark);
        } else {
            result.append(c);
        }
    }
    return result;
}

// Replaces forbidden characters, collapsing a run of replacements (and a replacement next to
// an existing '_') into one '_'.
QString replaceForbidden(const QString &name)
{
    QString result;
    result.reserve(name.size());
    bool lastWasReplacement = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name.at(i).unicode();
        qsizetype units = 1;
        if (name.at(i).isHighSurrogate() && i + 1 < name.size()) {
            c = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            units = 2;
        }
        if (isForbidden(c)) {
            if (!result.endsWith(Replacement))
                result.append(Replacement);
            lastWasReplacement = true;
        } else if (c == Replacement.unicode() && lastWasReplacement) {
            // already stands for this position
        } else {
            result.append(QStringView(name).mid(i, units));
            lastWasReplacement = false;
        }
        i += units - 1;
    }
    return result;
}

// Leading spaces go; leading dots (".", "..", hidden files) become one '_'; trailing dots and
// spaces go (Windows drops them silently, which would make two names collide).
QString trimEnds(QString name)
{
    qsizetype start = 0;
    while (start < name.size() && name.at(start) == u' ')
        ++start;
    name.remove(0, start);

    qsizetype dots = 0;
    while (dots < name.size() && name.at(dots) == u'.')
        ++dots;
    if (dots > 0) {
        name.remove(0, dots);
        if (!name.startsWith(Replacement))
            name.prepend(Replacement);
    }

    qsizetype end = name.size();
    while (end > 0 && (name.at(end - 1) == u'.' || name.at(end - 1) == u' '))
        --end;
    name.truncate(end);
    return name;
}

// The part Windows compares with its device names: up to the first dot, without trailing
// spaces ("con .txt" is CON too).
qsizetype reservedBaseLength(const QString &name)
{
    qsizetype end = name.indexOf(u'.');
    if (end < 0)
        end = name.size();
    while (end > 0 && name.at(end - 1) == u' ')
        --end;
    return end;
}

bool isDeviceName(const QString &name)
{
    static const QStringList reserved = [] {
        QStringList names = {QStringLiteral("CON"),    QStringLiteral("PRN"),
                             QStringLiteral("AUX"),    QStringLiteral("NUL"),
                             QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
        const QString digits = QStringLiteral("0123456789\u00B9\u00B2\u00B3");
        for (QChar digit : digits) {
            names.append(QStringLiteral("COM") + digit);
            names.append(QStringLiteral("LPT") + digit);
        }
        return names;
    }();
    const QStringView base = QStringView(name).left(reservedBaseLength(name));
    for (const QString &candidate : reserved) {
        if (base.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString avoidReservedName(QString name)
{
    if (isDeviceName(name))
        name.insert(reservedBaseLength(name), Replacement);
    return name;
}

int utf8Length(QStringView text)
{
    int bytes = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800)
            bytes += 2;
        else if (c.isSurrogate())
            bytes += 2; // a pair is four bytes
        else
            bytes += 3;
    }
    return bytes;
}

// Grapheme cluster boundaries of text, in code units, including 0 and text.size().
QList<qsizetype> graphemeBoundaries(const QString &text)
{
    QList<qsizetype> boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype pos = 0; pos >= 0; pos = finder.toNextBoundary())
        boundaries.append(pos);
    if (boundaries.isEmpty() || boundaries.last() != text.size())
        boundaries.append(text.size());
    return boundaries;
}

// The ".ext" that keepExtension protects, or an empty view.
qsizetype extensionStart(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return -1;
    const qsizetype length = name.size() - dot - 1;
    if (length < 1 || length > MaxExtensionLength || name.indexOf(u' ', dot) >= 0)
        return -1;
    return dot;
}

QString capLength(const QString &name, int maxBytes, bool keepExtension)
{
    if (utf8Length(name) <= maxBytes)
        return name;

    QString base = name;
    QString extension;
    if (keepExtension) {
        const qsizetype dot = extensionStart(name);
        // The extension is kept only when at least one byte of the name fits before it.
        if (dot > 0 && utf8Length(QStringView(name).mid(dot)) < maxBytes) {
            base = name.left(dot);
            extension = name.mid(dot);
        }
    }
    const int budget = maxBytes - utf8Length(extension);

    const QList<qsizetype> boundaries = graphemeBoundaries(base);
    // Bytes before each boundary, computed once: hostile names can be long.
    QList<int> bytesBefore;
    bytesBefore.reserve(boundaries.size());
    int bytes = 0;
    qsizetype previous = 0;
    for (qsizetype boundary : boundaries) {
        bytes += utf8Length(QStringView(base).mid(previous, boundary - previous));
        bytesBefore.append(bytes);
        previous = boundary;
    }

    qsizetype index = boundaries.size() - 1;
    while (index > 0 && bytesBefore.at(index) > budget)
        --index;
    // Cutting can leave a trailing dot or space, or a reserved name ("CONSOLE" -> "CON"):
    // give up one more character until the result is safe.
    for (; index > 0; --index) {
        QString candidate = base.left(boundaries.at(index));
        while (candidate.endsWith(u'.') || candidate.endsWith(u' '))
            candidate.chop(1);
        if (candidate.isEmpty())
            break;
        candidate += extension;
        if (!isDeviceName(candidate))
            return candidate;
    }
    return Replacement + extension;
}

} // namespace

QString FileNameSanitizer::sanitize(const QString &name, int maxBytes, bool keepExtension)
{
    maxBytes = std::max(maxBytes, 1);
    QString result = replaceLoneSurrogates(name).normalized(QString::NormalizationForm_C);
    result = replaceForbidden(result);
    result = trimEnds(result);
    if (result.isEmpty())
        result = Replacement;
    result = avoidReservedName(result);
    return capLength(result, maxBytes, keepExtension);
}

bool FileNameSanitizer::isSafe(const QString &name)
{
    return sanitize(name) == name;
}

bool FileNameSanitizer::isReservedName(const QString &name)
{
    return isDeviceName(name);
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// S3's XML, read and written: a small element tree over QXmlStreamReader for the answers the
// connector reads (errors, listings, parts, uploads, lock configurations), and the bodies it
// sends (CompleteMultipartUpload). Namespaces are ignored, as S3-compatible servers differ in
// them. Value types, any thread.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rca {

struct S3XmlElement
{
    QString name; // local name
    QString text; // the text directly inside it (trimmed)
    QList<S3XmlElement> children;

    // The first child of that name, or an empty element.
    const S3XmlElement &child(QStringView name) const;
    // The text of the first child of that name ("" when absent).
    QString value(QStringView name) const { return child(name).text; }
    QList<const S3XmlElement *> all(QStringView name) const;
    bool isNull() const { return name.isEmpty(); }

    // The document's root element; a null element (and *ok false) for anything that is not
    // well-formed XML.
    static S3XmlElement parse(const QByteArray &xml, bool *ok = nullptr);
};

// "&amp;" and friends, for text put between tags.
QString s3XmlEscaped(const QString &text);

} // namespace rca

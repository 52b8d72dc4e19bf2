// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "s3xml.h"

#include <QXmlStreamReader>

namespace rca {

const S3XmlElement &S3XmlElement::child(QStringView childName) const
{
    static const S3XmlElement none;
    for (const S3XmlElement &c : children) {
        if (c.name == childName)
            return c;
    }
    return none;
}

QList<const S3XmlElement *> S3XmlElement::all(QStringView childName) const
{
    QList<const S3XmlElement *> found;
    for (const S3XmlElement &c : children) {
        if (c.name == childName)
            found.append(&c);
    }
    return found;
}

S3XmlElement S3XmlElement::parse(const QByteArray &xml, bool *ok)
{
    QXmlStreamReader reader(xml);
    S3XmlElement root;
    QList<S3XmlElement *> stack;
    bool hasRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (stack.isEmpty()) {
                if (hasRoot)
                    break;
                hasRoot = true;
                root.name = reader.name().toString();
                stack.append(&root);
            } else {
                S3XmlElement *parent = stack.last();
                parent->children.append(S3XmlElement{reader.name().toString(), {}, {}});
                stack.append(&parent->children.last());
            }
        } else if (token == QXmlStreamReader::Characters && !stack.isEmpty()) {
            stack.last()->text += reader.text();
        } else if (token == QXmlStreamReader::EndElement && !stack.isEmpty()) {
            stack.last()->text = stack.last()->text.trimmed();
            stack.removeLast();
        }
    }
    const bool good = hasRoot && !reader.hasError() && stack.isEmpty();
    if (ok)
        *ok = good;
    return good ? root : S3XmlElement();
}

QString s3XmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace rca

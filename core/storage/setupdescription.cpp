// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setupdescription.h"

#include <QCoreApplication>

namespace rca {

namespace {

// The option as setUp would see it: given, or the field's default.
QString effectiveValue(const QVariantMap &options, const SetUpField *field, const QString &key)
{
    const QString given = options.value(key).toString().trimmed();
    if (!given.isEmpty() || !field)
        return given;
    return field->defaultValue.toString();
}

bool parseBool(const QVariant &value, bool *result)
{
    if (value.typeId() == QMetaType::Bool) {
        *result = value.toBool();
        return true;
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes" || text == u"on") {
        *result = true;
        return true;
    }
    if (text == u"false" || text == u"0" || text == u"no" || text == u"off") {
        *result = false;
        return true;
    }
    return false;
}

} // namespace

bool SetUpField::appliesTo(const QVariantMap &options, const QList<SetUpField> &fields) const
{
    if (visibleWhenKey.isEmpty())
        return true;
    const SetUpField *condition = nullptr;
    for (const SetUpField &candidate : fields) {
        if (candidate.key == visibleWhenKey)
            condition = &candidate;
    }
    const QString value = effectiveValue(options, condition, visibleWhenKey);
    return visibleWhenValues.contains(value, Qt::CaseInsensitive);
}

QString SetUpField::valueHint() const
{
    switch (kind) {
    case Kind::FolderPath:
        return QCoreApplication::translate("rca::SetUpDescription", "folder");
    case Kind::FilePath:
        return QCoreApplication::translate("rca::SetUpDescription", "file");
    case Kind::Host:
        return QCoreApplication::translate("rca::SetUpDescription", "host");
    case Kind::Port:
        return QCoreApplication::translate("rca::SetUpDescription", "port");
    case Kind::User:
        return QCoreApplication::translate("rca::SetUpDescription", "user");
    case Kind::Secret:
        return QCoreApplication::translate("rca::SetUpDescription", "secret");
    case Kind::Choice: {
        QStringList values;
        for (const SetUpChoice &choice : choices)
            values.append(choice.value);
        return values.join(u'|');
    }
    case Kind::Number:
        return QStringLiteral("%1–%2").arg(minimum).arg(maximum);
    case Kind::Checkbox:
        return QStringLiteral("true|false");
    case Kind::Confirmation:
    case Kind::Text:
        break;
    }
    return QCoreApplication::translate("rca::SetUpDescription", "text");
}

SetUpField &SetUpDescription::add(const QString &key, SetUpField::Kind kind, const QString &label,
                                  const QString &description)
{
    SetUpField field;
    field.key = key;
    field.kind = kind;
    field.label = label;
    field.description = description;
    fields.append(field);
    return fields.last();
}

const SetUpField *SetUpDescription::field(const QString &key) const
{
    for (const SetUpField &candidate : fields) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QStringList SetUpDescription::keys() const
{
    QStringList result;
    for (const SetUpField &candidate : fields)
        result.append(candidate.key);
    return result;
}

const SetUpField *SetUpDescription::firstOfKind(SetUpField::Kind kind) const
{
    for (const SetUpField &candidate : fields) {
        if (candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

Error SetUpDescription::validate(const QVariantMap &options, const QString &displayName) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const SetUpField *known = field(it.key());
        if (!known)
            return Error::storage(
                QCoreApplication::translate("rca::SetUpDescription",
                                            "%1 has no option \"%2\". Its options: %3.")
                    .arg(displayName, it.key(), keys().join(u", ")));
        const QString text = it.value().toString().trimmed();
        // Empty means "the default" (and, for a secret, "none").
        if (text.isEmpty() && it.value().typeId() != QMetaType::Bool)
            continue;
        switch (known->kind) {
        case SetUpField::Kind::Choice: {
            bool found = false;
            QStringList values;
            for (const SetUpChoice &choice : known->choices) {
                found = found || choice.value.compare(text, Qt::CaseInsensitive) == 0;
                values.append(choice.value);
            }
            if (!found)
                return Error::storage(QCoreApplication::translate(
                                          "rca::SetUpDescription",
                                          "\"%1\" is not a valid %2 (the \"%3\" option): use %4.")
                                          .arg(text, known->label, known->key, values.join(u", ")));
            break;
        }
        case SetUpField::Kind::Port:
        case SetUpField::Kind::Number: {
            bool ok = false;
            const qint64 number = text.toLongLong(&ok);
            const qint64 low = known->kind == SetUpField::Kind::Port ? 1 : known->minimum;
            const qint64 high = known->kind == SetUpField::Kind::Port ? 65535 : known->maximum;
            if (!ok || number < low || number > high)
                return Error::storage(
                    QCoreApplication::translate(
                        "rca::SetUpDescription",
                        "\"%1\" is not a valid %2 (the \"%3\" option): use a whole "
                        "number from %4 to %5.")
                        .arg(text, known->label, known->key)
                        .arg(low)
                        .arg(high));
            break;
        }
        case SetUpField::Kind::Checkbox: {
            bool ignored = false;
            if (!parseBool(it.value(), &ignored))
                return Error::storage(
                    QCoreApplication::translate(
                        "rca::SetUpDescription",
                        "\"%1\" is not a valid %2 (the \"%3\" option): use true or false.")
                        .arg(text, known->label, known->key));
            break;
        }
        default:
            break;
        }
    }
    return {};
}

} // namespace rca

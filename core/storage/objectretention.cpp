// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "objectretention.h"

#include "common/localtime.h"

namespace rca {

bool ObjectRetention::operator==(const ObjectRetention &other) const
{
    return mode == other.mode && legalHold == other.legalHold &&
           (mode == Mode::None || retainUntil == other.retainUntil);
}

QString ObjectRetention::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Governance:
        return QStringLiteral("GOVERNANCE");
    case Mode::Compliance:
        return QStringLiteral("COMPLIANCE");
    case Mode::None:
        break;
    }
    return {};
}

bool ObjectRetention::modeFromKey(const QString &key, Mode *mode)
{
    for (Mode m : {Mode::None, Mode::Governance, Mode::Compliance}) {
        if (key.compare(modeKey(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString ObjectRetention::modeText(Mode mode)
{
    switch (mode) {
    case Mode::Governance:
        return tr("governance mode");
    case Mode::Compliance:
        return tr("compliance mode");
    case Mode::None:
        break;
    }
    return tr("no retention");
}

QJsonObject ObjectRetention::toJson() const
{
    QJsonObject json;
    if (mode != Mode::None) {
        json.insert(QStringLiteral("mode"), modeKey(mode));
        json.insert(QStringLiteral("retainUntil"), retainUntil.toUTC().toString(Qt::ISODateWithMs));
    }
    if (legalHold)
        json.insert(QStringLiteral("legalHold"), true);
    return json;
}

ObjectRetention ObjectRetention::fromJson(const QJsonObject &json)
{
    ObjectRetention retention;
    Mode mode = Mode::None;
    const QDateTime until =
        QDateTime::fromString(json.value(u"retainUntil").toString(), Qt::ISODateWithMs).toUTC();
    if (modeFromKey(json.value(u"mode").toString(), &mode) && mode != Mode::None &&
        until.isValid()) {
        retention.mode = mode;
        retention.retainUntil = until;
    }
    retention.legalHold = json.value(u"legalHold").toBool();
    return retention;
}

QString ObjectRetention::weakenedIn(const ObjectRetention &current) const
{
    QStringList changes;
    if (mode != Mode::None) {
        if (current.mode == Mode::None) {
            changes << tr("it no longer has a retention date (it was %1 until %2)")
                           .arg(modeText(mode), localTimeText(retainUntil));
        } else {
            if (current.mode != mode)
                changes << tr("its retention changed from %1 to %2")
                               .arg(modeText(mode), modeText(current.mode));
            if (current.retainUntil < retainUntil)
                changes << tr("its retention date moved from %1 to %2")
                               .arg(localTimeText(retainUntil), localTimeText(current.retainUntil));
        }
    }
    if (legalHold && !current.legalHold)
        changes << tr("its legal hold was removed");
    return changes.join(QStringLiteral("; "));
}

QString ObjectRetention::text() const
{
    if (isEmpty())
        return tr("none");
    QString result = mode == Mode::None
                         ? QString()
                         : tr("%1 until %2").arg(modeText(mode), localTimeText(retainUntil));
    if (legalHold)
        result = result.isEmpty() ? tr("under legal hold") : tr("%1, under legal hold").arg(result);
    return result;
}

} // namespace rca

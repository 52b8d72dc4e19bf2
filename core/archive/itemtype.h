// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The four kinds of RingCentral data the archiver keeps, with their names in settings,
// in the store and in the remote folder layout.
#pragma once

#include "rcacore_export.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace rca {

enum class ItemType { CallRecording = 0, VoiceMail = 1, Sms = 2, Fax = 3 };
constexpr int ItemTypeCount = 4;

enum class ItemTypeFlag { CallRecording = 1, VoiceMail = 2, Sms = 4, Fax = 8 };
Q_DECLARE_FLAGS(ItemTypes, ItemTypeFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ItemTypes)

RCACORE_EXPORT QList<ItemType> allItemTypes();
RCACORE_EXPORT ItemTypeFlag flagOf(ItemType type);
RCACORE_EXPORT QList<ItemType> typesIn(ItemTypes types);
// "call-recording", "voicemail", "sms", "fax": stable keys for settings, the store and JSON.
RCACORE_EXPORT QString itemTypeKey(ItemType type);
RCACORE_EXPORT bool itemTypeFromKey(const QString &key, ItemType *type);
// "Call Recordings", "Voice Mails", "SMS", "Fax": the folder names of the remote layout.
RCACORE_EXPORT QString itemTypeFolderName(ItemType type);
// Comma-separated keys <-> flags, for settings ("call-recording,sms").
RCACORE_EXPORT QString itemTypesToString(ItemTypes types);
RCACORE_EXPORT ItemTypes itemTypesFromString(const QString &text, bool *ok = nullptr);

} // namespace rca

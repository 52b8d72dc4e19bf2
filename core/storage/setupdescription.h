// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SetUpDescription: what a storage connector asks for when it is set up, stated by the plugin
// itself (StorageConnectorFactory::setUpDescription()) so that the Accounts tab and
// `rc-archiver connect` can render and check any connector without knowing it by name: the
// fields in order, with their labels for people, kinds, defaults and when they apply; whether
// the set-up signs in in a browser; whether a connection test is offered. Value types, any
// thread.
#pragma once

#include "common/error.h"
#include "rcacore_export.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace rca {

struct RCACORE_EXPORT SetUpChoice
{
    QString value; // what setUp receives: "key"
    QString label; // what people see: "Key file"
};

struct RCACORE_EXPORT SetUpField
{
    enum class Kind {
        Text,         // a line of text (a URL, an app key)
        FolderPath,   // a local folder; the window offers a folder chooser
        FilePath,     // a local file; the window offers a file chooser
        Host,         // a host name or address
        Port,         // 1 to 65535
        User,         // a user name
        Secret,       // a password or passphrase: kept in the keychain, never on disk, never
                      // echoed (the command line asks for it when it is needed and not given)
        Choice,       // one of choices
        Number,       // a whole number from minimum to maximum
        Checkbox,     // true or false
        Confirmation, // set only to answer a Confirmation (a host key): never a form field
    };

    QString key;         // the setUp option: "keyFile"
    QString label;       // for people, without a mnemonic: "Key file"
    QString description; // a sentence: the tooltip in the window, the help on the command line
    Kind kind = Kind::Text;
    QVariant defaultValue; // what an option left out means (shown, not sent); may be null
    QString placeholder;   // a hint for an empty field when the default is not a plain value
    bool required = false; // setUp cannot go on without it (while the field applies)
    bool advanced = false; // collapsed under "Advanced" in the window
    QList<SetUpChoice> choices;
    qint64 minimum = 0; // Number and Port
    qint64 maximum = 0;
    // The field applies only while the option visibleWhenKey holds one of visibleWhenValues
    // (its default when not given). An empty key: always.
    QString visibleWhenKey;
    QStringList visibleWhenValues;

    // Whether the field applies, given the other options chosen so far.
    bool appliesTo(const QVariantMap &options, const QList<SetUpField> &fields) const;
    // A short name of the kind for help texts: "folder", "secret", "one of a|b|c".
    QString valueHint() const;
};

struct RCACORE_EXPORT SetUpDescription
{
    QList<SetUpField> fields;
    // The set-up opens a sign-in page (OAuth): it needs a browser and may take a while.
    bool browserSignIn = false;
    // The connector implements StorageConnector::testSetUp().
    bool offersTest = false;

    // Appends a field with its key, kind, label and description (the rest at their defaults)
    // and returns it for the rest to be set. The reference is valid until the next add().
    SetUpField &add(const QString &key, SetUpField::Kind kind, const QString &label,
                    const QString &description);
    const SetUpField *field(const QString &key) const;
    QStringList keys() const;
    // The first field of a kind (the Host, the Confirmation), or null.
    const SetUpField *firstOfKind(SetUpField::Kind kind) const;
    // Checks options before setUp runs: unknown keys (naming the valid ones), choice values,
    // numbers and ports, checkboxes. Required fields are left to setUp, which knows the
    // defaults that fill them and may ask for secrets. Kind::StorageFailure on a bad option.
    Error validate(const QVariantMap &options, const QString &displayName) const;
};

} // namespace rca

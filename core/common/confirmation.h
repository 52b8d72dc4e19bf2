// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Confirmation: what an operation needs the user to answer before it can go on, as a typed
// answer instead of facts hidden in an error's text: a host key to confirm (SFTP on its first
// connection) or a secret to enter (a key's passphrase). The window asks in a dialog or points
// at the field, the command line prints the flag to pass or prompts without echo; either then
// runs the operation again with optionKey set. Carried by an Error (Error::confirmation()).
// Value type, any thread.
#pragma once

#include <QString>

namespace rca {

struct Confirmation
{
    enum class Kind {
        HostKey, // confirm value (a host key fingerprint) by setting optionKey to it
        Secret,  // enter a secret (a password, a passphrase) as optionKey
    };

    Kind kind = Kind::HostKey;
    QString optionKey; // the option that answers: "acceptHostKey", "passphrase"
    QString title;     // a dialog's title: "Trust nas.example.com?"
    QString question;  // for people: what to check or enter, and why
    QString value;     // HostKey: what to confirm ("SHA256:…"); empty for a Secret
    QString valueType; // HostKey: the key type ("ssh-ed25519")
};

} // namespace rca

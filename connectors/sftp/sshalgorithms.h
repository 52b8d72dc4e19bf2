// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SSH algorithms RC Archiver offers, in order of preference: modern key exchange, host
// key, cipher and MAC algorithms first, nothing broken (no SHA-1 key exchange, no CBC or RC4
// ciphers, no MD5 MACs), as far as the libssh2 in use has them. Free function; called by
// SshSession before its handshake, in its thread.
#pragma once

#include "libssh2support.h"

#include <QString>

namespace rca::ssh {

// Sets the preferences on session, which has not shaken hands yet. preferredHostKeyAlgorithm:
// the host key type confirmed earlier, offered first; empty for none. A preference libssh2
// refuses is logged and left at libssh2's default.
void setAlgorithmPreferences(LIBSSH2_SESSION *session, const QString &preferredHostKeyAlgorithm);

} // namespace rca::ssh

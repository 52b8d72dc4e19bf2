// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "knownhosts.h"

#include "libssh2support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <utility>

namespace rca::ssh {

namespace {

// One pattern of a host field ("example.com", "[example.com]:2222", "*.example.com") against
// the name of a host, as OpenSSH matches them: '*' and '?' wildcards, case-insensitive.
bool wildcardMatches(const QString &entry, const QString &name)
{
    QString expression;
    for (QChar c : entry) {
        if (c == u'*')
            expression += QStringLiteral(".*");
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression regularExpression(QRegularExpression::anchoredPattern(expression),
                                               QRegularExpression::CaseInsensitiveOption);
    return regularExpression.match(name).hasMatch();
}

// Whether the host field of a known_hosts line (comma-separated patterns, "!" negating one, or
// a hashed "|1|salt|hash") names the host called name.
bool namesHost(const QByteArray &field, const QString &name)
{
    if (field.startsWith("|1|")) {
        const QList<QByteArray> parts = field.split('|');
        if (parts.size() != 4)
            return false;
        const QByteArray hash = QByteArray::fromBase64(parts[3]);
        return !hash.isEmpty() &&
               QMessageAuthenticationCode::hash(name.toUtf8(), QByteArray::fromBase64(parts[2]),
                                                QCryptographicHash::Sha1) == hash;
    }
    bool matched = false;
    for (const QByteArray &entry : field.split(',')) {
        const bool negated = entry.startsWith('!');
        if (!wildcardMatches(QString::fromUtf8(negated ? entry.mid(1) : entry), name))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}

} // namespace

int knownHostKeyTypeMask(int hostKeyType)
{
    switch (hostKeyType) {
    case LIBSSH2_HOSTKEY_TYPE_RSA:
        return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    case LIBSSH2_HOSTKEY_TYPE_DSS:
        return LIBSSH2_KNOWNHOST_KEY_SSHDSS;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256:
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384:
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521:
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    case LIBSSH2_HOSTKEY_TYPE_ED25519:
        return LIBSSH2_KNOWNHOST_KEY_ED25519;
    default:
        return 0;
    }
}

KnownHosts::KnownHosts(QString appFile, QString userFile)
    : m_appFile(std::move(appFile))
    , m_userFile(std::move(userFile))
{}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    const QString name = host.toLower();
    return port == 22 ? name : QStringLiteral("[%1]:%2").arg(name).arg(port);
}

KnownHosts::Result KnownHosts::check(LIBSSH2_SESSION *session, const QString &host, int port,
                                     const QByteArray &key, int hostKeyType) const
{
    const int typeMask = knownHostKeyTypeMask(hostKeyType);
    if (typeMask == 0) {
        Result result;
        result.verdict = Verdict::Failure;
        result.error = QCoreApplication::translate(
            "rca::ssh::KnownHosts", "the server's host key has a type libssh2 cannot check");
        return result;
    }
    const QString pattern = hostPattern(host, port);
    // The app's own file first; the first file that knows the host (with this key type)
    // decides, as in OpenSSH.
    for (const QString &file : {m_appFile, m_userFile}) {
        if (file.isEmpty())
            continue;
        Result result = checkFile(session, file, pattern, key, typeMask);
        if (result.verdict != Verdict::Unknown)
            return result;
    }
    return {};
}

KnownHosts::Result KnownHosts::checkFile(LIBSSH2_SESSION *session, const QString &path,
                                         const QString &pattern, const QByteArray &key,
                                         int keyTypeMask) const
{
    Result result;
    result.file = path;
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.verdict = Verdict::Failure;
        result.error = QCoreApplication::translate("rca::ssh::KnownHosts", "could not read %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    KnownHostsPtr hosts(libssh2_knownhost_init(session));
    if (!hosts) {
        result.verdict = Verdict::Failure;
        result.error = lastError(session);
        return result;
    }
    const QByteArray keyBase64 = key.toBase64();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(64 * 1024).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('@')) {
            // "@revoked patterns type key": a revoked key is refused whatever the host.
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() >= 4 && fields[0] == "@revoked" && fields[3] == keyBase64) {
                result.verdict = Verdict::Changed;
                result.revoked = true;
                return result;
            }
            continue; // @cert-authority: certificates are not supported
        }
        // Unsupported key types and patterns are skipped: they cannot match our key anyway.
        libssh2_knownhost_readline(hosts.get(), line.constData(), size_t(line.size()),
                                   LIBSSH2_KNOWNHOST_FILE_OPENSSH);
    }

    const QByteArray host = pattern.toUtf8();
    struct libssh2_knownhost *found = nullptr;
    // Port -1: the pattern already carries the port, exactly as OpenSSH writes it (libssh2
    // would otherwise fall back to the port-22 entry of the same host).
    const int verdict = libssh2_knownhost_checkp(
        hosts.get(), host.constData(), -1, key.constData(), size_t(key.size()),
        LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | keyTypeMask, &found);
    switch (verdict) {
    case LIBSSH2_KNOWNHOST_CHECK_MATCH:
        result.verdict = Verdict::Match;
        break;
    case LIBSSH2_KNOWNHOST_CHECK_MISMATCH:
        result.verdict = Verdict::Changed;
        break;
    case LIBSSH2_KNOWNHOST_CHECK_NOTFOUND:
        result.verdict = Verdict::Unknown;
        break;
    default:
        result.verdict = Verdict::Failure;
        result.error = lastError(session);
        break;
    }
    return result;
}

bool KnownHosts::add(LIBSSH2_SESSION *session, const QString &host, int port, const QByteArray &key,
                     int hostKeyType, QString *error) const
{
    const int typeMask = knownHostKeyTypeMask(hostKeyType);
    KnownHostsPtr hosts(libssh2_knownhost_init(session));
    if (!hosts || typeMask == 0) {
        *error =
            hosts ? QCoreApplication::translate("rca::ssh::KnownHosts", "unsupported host key type")
                  : lastError(session);
        return false;
    }
    // Hashed like OpenSSH's HashKnownHosts: |1|base64(salt)|base64(HMAC-SHA1(salt, name)).
    QByteArray salt(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    const QByteArray hash = QMessageAuthenticationCode::hash(hostPattern(host, port).toUtf8(), salt,
                                                             QCryptographicHash::Sha1);
    struct libssh2_knownhost *entry = nullptr;
    if (libssh2_knownhost_addc(
            hosts.get(), hash.toBase64().constData(), salt.toBase64().constData(), key.constData(),
            size_t(key.size()), nullptr, 0,
            LIBSSH2_KNOWNHOST_TYPE_SHA1 | LIBSSH2_KNOWNHOST_KEYENC_RAW | typeMask, &entry) != 0) {
        *error = lastError(session);
        return false;
    }
    QByteArray line(4096, Qt::Uninitialized);
    size_t length = 0;
    if (libssh2_knownhost_writeline(hosts.get(), entry, line.data(), size_t(line.size()), &length,
                                    LIBSSH2_KNOWNHOST_FILE_OPENSSH) != 0) {
        *error = lastError(session);
        return false;
    }
    line.truncate(qsizetype(length));
    if (!line.endsWith('\n'))
        line += '\n';

    const QFileInfo info(m_appFile);
    if (!QDir().mkpath(info.absolutePath())) {
        *error =
            QCoreApplication::translate("rca::ssh::KnownHosts", "could not create the folder %1")
                .arg(info.absolutePath());
        return false;
    }
    QFile file(m_appFile);
    // An existing file may lack its final newline.
    bool needsNewline = false;
    if (file.open(QIODevice::ReadOnly)) {
        needsNewline = file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n";
        file.close();
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QCoreApplication::translate("rca::ssh::KnownHosts", "could not write %1: %2")
                     .arg(m_appFile, file.errorString());
        return false;
    }
    if ((needsNewline && file.write("\n") != 1) || file.write(line) != line.size() ||
        !file.flush()) {
        *error = QCoreApplication::translate("rca::ssh::KnownHosts", "could not write %1: %2")
                     .arg(m_appFile, file.errorString());
        return false;
    }
    return true;
}

bool KnownHosts::copyHostEntries(const QString &fromFile, const QString &toFile,
                                 const QString &host, int port, int *copied, QString *error)
{
    *copied = 0;
    const QString name = hostPattern(host, port);
    QByteArray entries;
    QFile from(fromFile);
    if (from.exists()) {
        if (!from.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("rca::ssh::KnownHosts", "could not read %1: %2")
                         .arg(fromFile, from.errorString());
            return false;
        }
        while (!from.atEnd()) {
            const QByteArray line = from.readLine(64 * 1024).trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QByteArray field = line.simplified().split(' ').constFirst();
            // A revoked key stays revoked whatever the host; certificate authorities are not
            // supported.
            const bool keep =
                field == "@revoked" || (!field.startsWith('@') && namesHost(field, name));
            if (!keep)
                continue;
            entries += line + '\n';
            ++*copied;
        }
    }

    const QFileInfo info(toFile);
    if (!QDir().mkpath(info.absolutePath())) {
        *error =
            QCoreApplication::translate("rca::ssh::KnownHosts", "could not create the folder %1")
                .arg(info.absolutePath());
        return false;
    }
    QSaveFile to(toFile);
    if (!to.open(QIODevice::WriteOnly) || to.write(entries) != entries.size() || !to.commit()) {
        *error = QCoreApplication::translate("rca::ssh::KnownHosts", "could not write %1: %2")
                     .arg(toFile, to.errorString());
        return false;
    }
    return true;
}

} // namespace rca::ssh

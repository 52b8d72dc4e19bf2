// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "libssh2support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <mutex>

#ifdef Q_OS_WIN
#include <winsock2.h>
#endif

namespace rca::ssh {

void ensureLibraryInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef Q_OS_WIN
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
#endif
        libssh2_init(0);
    });
}

QString lastError(LIBSSH2_SESSION *session)
{
    char *message = nullptr;
    int length = 0;
    const int code = libssh2_session_last_error(session, &message, &length, 0);
    const QString text = message && length > 0
                             ? QString::fromUtf8(message, length)
                             : QCoreApplication::translate("rca::ssh::Libssh2", "unknown error");
    return QCoreApplication::translate("rca::ssh::Libssh2", "%1 (libssh2 error %2)")
        .arg(text)
        .arg(code);
}

QString sftpStatusText(unsigned long status)
{
    switch (status) {
    case LIBSSH2_FX_OK:
        return QCoreApplication::translate("rca::ssh::Libssh2", "no error");
    case LIBSSH2_FX_EOF:
        return QCoreApplication::translate("rca::ssh::Libssh2", "end of file");
    case LIBSSH2_FX_NO_SUCH_FILE:
        return QCoreApplication::translate("rca::ssh::Libssh2", "no such file or folder");
    case LIBSSH2_FX_PERMISSION_DENIED:
        return QCoreApplication::translate("rca::ssh::Libssh2", "permission denied");
    case LIBSSH2_FX_FAILURE:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the server reported a failure");
    case LIBSSH2_FX_BAD_MESSAGE:
        return QCoreApplication::translate("rca::ssh::Libssh2",
                                           "the server did not understand the request");
    case LIBSSH2_FX_NO_CONNECTION:
    case LIBSSH2_FX_CONNECTION_LOST:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the connection was lost");
    case LIBSSH2_FX_OP_UNSUPPORTED:
        return QCoreApplication::translate("rca::ssh::Libssh2",
                                           "the server does not support this operation");
    case LIBSSH2_FX_INVALID_HANDLE:
        return QCoreApplication::translate("rca::ssh::Libssh2", "invalid handle");
    case LIBSSH2_FX_NO_SUCH_PATH:
        return QCoreApplication::translate("rca::ssh::Libssh2", "no such path");
    case LIBSSH2_FX_FILE_ALREADY_EXISTS:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the file already exists");
    case LIBSSH2_FX_WRITE_PROTECT:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the storage is write-protected");
    case LIBSSH2_FX_NO_MEDIA:
        return QCoreApplication::translate("rca::ssh::Libssh2", "no media");
    case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        return QCoreApplication::translate("rca::ssh::Libssh2",
                                           "no space left on the server's disk");
    case LIBSSH2_FX_QUOTA_EXCEEDED:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the disk quota is exceeded");
    case LIBSSH2_FX_UNKNOWN_PRINCIPAL:
        return QCoreApplication::translate("rca::ssh::Libssh2", "unknown user or group");
    case LIBSSH2_FX_LOCK_CONFLICT:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the file is locked");
    case LIBSSH2_FX_DIR_NOT_EMPTY:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the folder is not empty");
    case LIBSSH2_FX_NOT_A_DIRECTORY:
        return QCoreApplication::translate("rca::ssh::Libssh2", "not a folder");
    case LIBSSH2_FX_INVALID_FILENAME:
        return QCoreApplication::translate("rca::ssh::Libssh2", "the server refused the file name");
    case LIBSSH2_FX_LINK_LOOP:
        return QCoreApplication::translate("rca::ssh::Libssh2", "too many symbolic links");
    default:
        return QCoreApplication::translate("rca::ssh::Libssh2", "SFTP status %1").arg(status);
    }
}

QString libraryVersion()
{
    const char *version = libssh2_version(0);
    return version ? QString::fromLatin1(version) : QStringLiteral(LIBSSH2_VERSION);
}

bool librarySignsRsaWithSha2()
{
    return libssh2_version(0x010B00) != nullptr;
}

namespace {

// Reads one SSH "string" (uint32 length + bytes) at *offset.
bool readString(const QByteArray &data, qsizetype *offset, QByteArray *out)
{
    if (*offset + 4 > data.size())
        return false;
    const quint32 length = qFromBigEndian<quint32>(data.constData() + *offset);
    *offset += 4;
    if (length > quint32(data.size() - *offset))
        return false;
    *out = data.mid(*offset, length);
    *offset += length;
    return true;
}

QByteArray pemBody(const QByteArray &text)
{
    QByteArray body;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith("-----") || line.contains(':'))
            continue;
        body += line;
    }
    return QByteArray::fromBase64(body);
}

QString typeFromPkcs8(const QByteArray &der)
{
    // The algorithm OIDs, DER-encoded.
    if (der.contains(QByteArray::fromHex("2a864886f70d010101")))
        return QStringLiteral("ssh-rsa");
    if (der.contains(QByteArray::fromHex("2a8648ce3d0201")))
        return QStringLiteral("ecdsa");
    if (der.contains(QByteArray::fromHex("06032b6570")))
        return QStringLiteral("ssh-ed25519");
    return {};
}

} // namespace

QString keyTypeOfBlob(const QByteArray &blob)
{
    qsizetype offset = 0;
    QByteArray type;
    if (!readString(blob, &offset, &type))
        return {};
    return QString::fromLatin1(type);
}

QString sha256Fingerprint(const QByteArray &blob)
{
    QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                            .toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}

QString keyTypeDisplayName(const QString &keyType)
{
    if (keyType == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (keyType.startsWith(QLatin1String("ecdsa")))
        return QStringLiteral("ECDSA");
    if (keyType == QLatin1String("ssh-rsa") || keyType.startsWith(QLatin1String("rsa-sha2")))
        return QStringLiteral("RSA");
    if (keyType == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    return keyType.isEmpty() ? QStringLiteral("unknown") : keyType;
}

bool sameFingerprint(const QString &a, const QString &b)
{
    auto normal = [](QString text) {
        text = text.trimmed();
        if (text.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
            text = text.mid(7);
        while (text.endsWith(u'='))
            text.chop(1);
        return text;
    };
    const QString left = normal(a);
    return !left.isEmpty() && left == normal(b);
}

KeyFileInfo inspectKeyFile(const QString &path)
{
    KeyFileInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.errorString = file.errorString();
        return info;
    }
    const QByteArray text = file.read(256 * 1024);
    info.readable = true;

    if (text.startsWith("PuTTY-User-Key-File-")) {
        info.format = QStringLiteral("PuTTY");
        const qsizetype colon = text.indexOf(':');
        const qsizetype end = text.indexOf('\n');
        if (colon > 0 && end > colon)
            info.type = QString::fromLatin1(text.mid(colon + 1, end - colon - 1).trimmed());
        info.encrypted = !text.contains("Encryption: none");
        return info;
    }
    if (text.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
        info.format = QStringLiteral("OpenSSH");
        const QByteArray data = pemBody(text);
        static const QByteArray magic("openssh-key-v1", 15); // with its NUL
        if (!data.startsWith(magic))
            return info;
        qsizetype offset = magic.size();
        QByteArray cipher, kdf, kdfOptions, publicKey;
        if (!readString(data, &offset, &cipher) || !readString(data, &offset, &kdf) ||
            !readString(data, &offset, &kdfOptions) || offset + 4 > data.size())
            return info;
        offset += 4; // number of keys
        info.encrypted = cipher != "none";
        if (readString(data, &offset, &publicKey))
            info.type = keyTypeOfBlob(publicKey);
        return info;
    }
    if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
        info.format = QStringLiteral("PEM");
        info.type = QStringLiteral("ssh-rsa");
    } else if (text.contains("-----BEGIN EC PRIVATE KEY-----")) {
        info.format = QStringLiteral("PEM");
        info.type = QStringLiteral("ecdsa");
    } else if (text.contains("-----BEGIN DSA PRIVATE KEY-----")) {
        info.format = QStringLiteral("PEM");
        info.type = QStringLiteral("ssh-dss");
    } else if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        info.format = QStringLiteral("PKCS#8");
        info.encrypted = true;
        return info;
    } else if (text.contains("-----BEGIN PRIVATE KEY-----")) {
        info.format = QStringLiteral("PKCS#8");
        info.type = typeFromPkcs8(pemBody(text));
        return info;
    } else {
        return info;
    }
    info.encrypted = text.contains("ENCRYPTED");
    return info;
}

} // namespace rca::ssh

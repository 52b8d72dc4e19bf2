#include "profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rca {

Profile Profile::standard()
{
    Profile profile;
    profile.m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    profile.m_logDir = profile.m_dataDir + QStringLiteral("/logs");
    return profile;
}

Profile Profile::inDirectory(const QString &directory)
{
    Profile profile;
    profile.m_dataDir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    profile.m_logDir = profile.m_dataDir + QStringLiteral("/logs");
    return profile;
}

QString Profile::databasePath() const
{
    return m_dataDir + QStringLiteral("/rc-archiver.sqlite");
}

QString Profile::lockFilePath() const
{
    return m_dataDir + QStringLiteral("/engine.lock");
}

QString Profile::id() const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_dataDir.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(12));
}

Error Profile::ensureExists() const
{
    for (const QString &dir : {m_dataDir, m_logDir}) {
        if (!QDir().mkpath(dir)) {
            return Error::storage(
                QCoreApplication::translate(
                    "rca::Profile",
                    "Cannot create the folder %1 for RC Archiver's data. Check that "
                    "it is writable, or choose another with --profile.")
                    .arg(QDir::toNativeSeparators(dir)));
        }
    }
    return {};
}

} // namespace rca

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// uploadFile: sends a file on disk through a storage connector the way the engine does (an
// atomic upload fed in 256 KiB pieces, committed with the caller's SHA-256); timeUploads: the
// timed part every connector benchmark shares; signInAndTimeUploads: the same after a browser
// sign-in (the cloud connectors, against their fakes). Header-only.
#pragma once

#include "archive/sha256.h"
#include "memorysecretstore.h"
#include "redirectbrowser.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <sys/resource.h>

namespace rca::test {

inline Error uploadFile(StorageConnector *connector, const QString &localPath,
                        const QString &remotePath, const QByteArray &sha256Hex, qint64 *bytes)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(file.errorString());
    Error error;
    std::unique_ptr<StorageUpload> upload = connector->beginUpload(remotePath, file.size(), &error);
    if (!upload)
        return error;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got <= 0)
            break;
        if (Error e = upload->write(chunk.constData(), got))
            return e;
        *bytes += got;
    }
    StoredFile stored;
    return upload->commit(sha256Hex, &stored);
}

// The build tree's plugin of that id, or null after saying on stderr why it did not load.
inline StorageConnectorFactory *benchmarkFactory(const ConnectorRegistry &registry,
                                                 const QString &id)
{
    StorageConnectorFactory *factory = registry.factory(id);
    if (!factory)
        QTextStream(stderr) << "The " << id
                            << " plugin did not load: " << registry.loadErrors().join(u'\n')
                            << "\n";
    return factory;
}

// Uploads file, or every file of dir, into folder through a connector made from context, and
// prints "seconds=… bytes=… files=… maxrss_kib=…" (or the error). Returns the exit code.
inline int timeUploads(StorageConnectorFactory *factory, const ConnectorContext &context,
                       const QString &folder, const QString &file, const QString &dir)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList sources;
    if (!file.isEmpty()) {
        sources.append(file);
    } else {
        const QDir directory(dir);
        for (const QString &name : directory.entryList(QDir::Files, QDir::Name))
            sources.append(directory.filePath(name));
    }
    QList<QByteArray> checksums;
    for (const QString &source : std::as_const(sources))
        // The engine hashes what it streams, the same for every connector: computed before
        // the clock starts.
        checksums.append(Sha256::hashFile(source));

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<StorageConnector> connector = factory->create(context);
    qint64 bytes = 0;
    int files = 0;
    Error error = connector->open(CancelToken());
    if (!error)
        error = connector->ensureFolder(folder);
    for (qsizetype i = 0; !error && i < sources.size(); ++i) {
        error = uploadFile(connector.get(), sources[i],
                           folder + u'/' + QFileInfo(sources[i]).fileName(), checksums[i], &bytes);
        if (!error)
            ++files;
    }
    connector->close();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (error) {
        err << error.message() << "\n";
        return 1;
    }
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    out << "seconds=" << seconds << " bytes=" << bytes << " files=" << files
        << " maxrss_kib=" << usage.ru_maxrss << "\n";
    return 0;
}

// Connects with setUp(options), the sign-in page "opened" by a RedirectBrowser and the tokens
// kept in memory, then runs timeUploads. Returns the exit code.
inline int signInAndTimeUploads(StorageConnectorFactory *factory, const QVariantMap &options,
                                const QString &folder, const QString &file, const QString &dir)
{
    MemorySecretStore secrets;
    RedirectBrowser browser;
    ConnectorContext context;
    context.profileId = QStringLiteral("bench");
    context.secrets = &secrets;
    context.openBrowser = browser.opener();
    QJsonObject settings;
    if (Error e = factory->create(context)->setUp(options, &settings)) {
        QTextStream(stderr) << e.message() << "\n";
        return 1;
    }
    context.settings = settings;
    context.openBrowser = {};
    return timeUploads(factory, context, folder, file, dir);
}

} // namespace rca::test

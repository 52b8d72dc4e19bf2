// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The storage side of the archiver: one implementation per provider, each in a Qt plugin
// (connectors/<name>/). Paths given to a connector are relative to its archive root (the
// "Apps/RingCentral Application" folder it creates on setUp), '/'-separated, made of
// components that RemoteLayout has already sanitized. Calls block; the engine makes them
// from its worker thread only.
#pragma once

#include "archive/archivesource.h"
#include "common/cancellation.h"
#include "common/error.h"
#include "rcacore_export.h"
#include "storage/objectretention.h"
#include "storage/setupdescription.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtPlugin>

#include <functional>

#include <memory>

namespace rca {

class ConnectorJournal;
class SecretStore;

// What a storage holds at a path after an upload, or when asked.
struct RCACORE_EXPORT StoredFile
{
    QString path; // relative to the archive root
    qint64 size = -1;
    QByteArray sha256;        // hex; empty when the connector cannot tell
    QString providerChecksum; // e.g. Dropbox content_hash, Drive md5Checksum; may be empty
    // True when an identical file was already there and nothing was written.
    bool alreadyPresent = false;
    // In a listing: a folder (size and checksums then mean nothing).
    bool isFolder = false;
    // What keeps the file from being deleted or overwritten (S3 Object Lock), where the
    // storage has such a thing: filled by commit() and stat(); listings may leave it empty.
    ObjectRetention retention;
};

// An atomic write in progress: bytes go to a temporary name and appear under the final name
// only on commit(). Destroying an uncommitted upload aborts it and removes the temporary.
class RCACORE_EXPORT StorageUpload
{
public:
    virtual ~StorageUpload() = default;
    virtual Error write(const char *data, qint64 size) = 0;
    // Makes the bytes durable and moves them to the final name. When a file already exists
    // there, an identical one (same size and SHA-256) makes the upload succeed with
    // alreadyPresent; a different one is never overwritten: the upload fails with a
    // Kind::ItemPermanent error that names the conflict.
    virtual Error commit(const QByteArray &sha256Hex, StoredFile *stored) = 0;
    // Before commit: store under another file name in the same folder (the server said the
    // content is WAV, not MP3). False when the connector cannot; the original name stays.
    virtual bool retarget(const QString &relativePath)
    {
        Q_UNUSED(relativePath);
        return false;
    }
    // Before the first write: when the item was created at the source (UTC). A storage that
    // keeps objects for a period (S3 Object Lock) counts it from there; without it (a
    // manifest), from the upload.
    virtual void setItemCreated(const QDateTime &created) { Q_UNUSED(created); }
};

// What the engine and the Accounts tab pass a connector: its persisted settings (non-secret,
// JSON), the keychain for its secrets and the profile it works for.
struct RCACORE_EXPORT ConnectorContext
{
    QJsonObject settings;
    SecretStore *secrets = nullptr;
    QString profileId; // keys keychain entries, so several profiles stay apart
    // The profile's data folder, for files a connector keeps per profile (the SFTP connector's
    // confirmed host keys). Empty where no profile is known.
    QString profileDirectory;
    // Opens a sign-in page (cloud storages): the system browser in the window, $BROWSER or a
    // printed address on the command line. Empty where no sign-in can happen (a running job).
    std::function<bool(const QUrl &)> openBrowser;
    // Raised when the user cancels a sign-in that waits for the browser.
    CancelToken cancel;
    // The connector's records of work in progress in the profile's database (an S3 multipart
    // upload to resume after a restart). Null where nothing runs jobs (a set-up, a test).
    ConnectorJournal *journal = nullptr;
};

class RCACORE_EXPORT StorageConnector
{
public:
    virtual ~StorageConnector() = default;

    // First-time connection from the Accounts tab or `rc-archiver connect`: validates the
    // options (the fields of the factory's setUpDescription()), stores secrets in the
    // keychain, creates the archive root and returns the settings to persist. An error may
    // carry a Confirmation (a host key to confirm, a passphrase to enter): the caller asks the
    // user and calls setUp again with its option set.
    virtual Error setUp(const QVariantMap &options, QJsonObject *settings) = 0;
    // A connection test, where setUpDescription().offersTest says there is one: the checks of
    // setUp (reach the storage, sign in, the folder is writable) without keeping anything: no
    // secret in the keychain, no host key confirmed, no folder created. It may ask for a
    // Confirmation as setUp does.
    virtual Error testSetUp(const QVariantMap &options);
    // Forgets credentials (keychain entries, revoked tokens). Never deletes archived data.
    virtual Error tearDown() = 0;

    // Opens the storage for a job with the persisted settings; checks it is reachable.
    virtual Error open(const CancelToken &cancel) = 0;
    virtual void close() = 0;

    // Creates every missing folder of relativePath (mkdir -p); removes temporary files that
    // an interrupted earlier upload left in the deepest one.
    virtual Error ensureFolder(const QString &relativePath) = 0;
    // Starts an atomic upload to relativePath. expectedSize may be -1.
    virtual std::unique_ptr<StorageUpload> beginUpload(const QString &relativePath,
                                                       qint64 expectedSize, Error *error) = 0;
    // An atomic upload that replaces whatever file is at relativePath on commit (repairing a
    // damaged file, rewriting a manifest); where nothing is there it simply creates the file.
    // The old bytes stay readable under the final name until the new ones are complete and
    // durable; they are never edited in place. commit() then reports alreadyPresent false.
    virtual std::unique_ptr<StorageUpload> beginReplace(const QString &relativePath,
                                                        qint64 expectedSize, Error *error) = 0;
    // Looks at what is stored at relativePath; size -1 when nothing is there.
    virtual Error stat(const QString &relativePath, StoredFile *stored) = 0;

    // Lists what relativeFolder ("" is the archive root) holds, one entry at a time: paths
    // relative to the archive root, folders flagged, sizes, and the provider checksum where
    // the provider's listing gives one (see checksumName()). recursive: also everything below.
    // A folder that does not exist lists nothing and is no error. The temporary files of
    // uploads in progress are not listed. A name the storage holds that cannot be expressed as
    // an archive path (a '/' or '\' in it, "..", control characters) is listed as it is, for
    // the caller to report; it must never be used to build a path to write to.
    using EntryHandler = std::function<Error(const StoredFile &entry)>;
    virtual Error listFolder(const QString &relativeFolder, bool recursive,
                             const EntryHandler &handleEntry, const CancelToken &cancel) = 0;
    // Streams the stored bytes of relativePath into sink, as they are in the storage.
    virtual Error readFile(const QString &relativePath, ByteSink *sink,
                           const CancelToken &cancel) = 0;
    // The name of the checksum that listFolder() reports in providerChecksum ("content_hash"
    // for Dropbox, "md5Checksum" for Google Drive), the one recorded at upload. Empty when the
    // storage has none: whoever verifies a file then reads it back and hashes it (SHA-256).
    virtual QString checksumName() const { return {}; }

    // "/mnt/nas/Apps/RingCentral Application", "sftp://host/…": where the archive lives.
    virtual QString location() const = 0;
    // A URL that opens the archive in a file manager or browser, when there is one.
    virtual QString locationUrl() const { return {}; }
    // Facts about the connected storage that people should see beside location(), a line
    // each ("Object Lock: compliance mode, 7 years from each item's creation"), from the
    // persisted settings alone (no network). The Accounts tab and `status` show them.
    virtual QStringList details() const { return {}; }
};

// The plugin entry point: creates connector instances. The plugin's JSON metadata names it
// ({"id", "displayName", "order"}), which ConnectorRegistry reads when it loads the plugin;
// the factory describes its set-up (setUpDescription()) in C++, where its labels can be
// translated. Nothing outside the plugin knows a connector by its id.
class RCACORE_EXPORT StorageConnectorFactory
{
public:
    virtual ~StorageConnectorFactory() = default;
    virtual std::unique_ptr<StorageConnector> create(const ConnectorContext &context) const = 0;
    // The fields setUp() takes, for the Accounts tab and `rc-archiver connect`. Translated
    // when called, so call it after the translations are installed.
    virtual SetUpDescription setUpDescription() const = 0;

    QString id() const { return m_id; }                   // "local", "sftp", "dropbox", …
    QString displayName() const { return m_displayName; } // "Local folder"
    // Where the storage choice lists it: lower first (the user guide's order); then by id.
    int order() const { return m_order; }

    // Called by ConnectorRegistry with the "MetaData" object of the plugin's JSON file.
    void setMetaData(const QJsonObject &metaData);

private:
    QString m_id;
    QString m_displayName;
    int m_order = 1000;
};

// The name of the archive root that setUp creates under the storage's top folder.
RCACORE_EXPORT QString archiveRootPath();

} // namespace rca

#define RcaStorageConnectorFactory_iid "org.rcarchiver.StorageConnectorFactory/1.0"
Q_DECLARE_INTERFACE(rca::StorageConnectorFactory, RcaStorageConnectorFactory_iid)

// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Local folder connector, loaded as a plugin through ConnectorRegistry from the build tree,
// against real files in temporary folders (and, when the test runs as root, small tmpfs mounts
// for a full and a read-only disk).
#include "archive/archivesource.h"
#include "storage/connectorregistry.h"
#include "storage/storageconnector.h"
#include "storagetesting.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

using namespace rca;
using rca::test::CollectingSink;
using rca::test::listed;

namespace {

const QString Recordings = QStringLiteral("101 - Alice Example/2026-11-25/Call Recordings");
const QString FileName = QStringLiteral("20261125-113012_inbound_+15551234567_8812345.mp3");
const QString FilePath = Recordings + u'/' + FileName;

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(size);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(random.bounded(256));
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Everything in folder, hidden files included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList temporaries(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".rca-upload-*")}, QDir::Files | QDir::Hidden);
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// A small tmpfs mounted over a folder, for a disk that fills up or turns read-only. Needs
// root (or CAP_SYS_ADMIN); mounted() says whether it worked.
class TmpfsMount
{
public:
    TmpfsMount(const QString &path, const QByteArray &options)
        : m_path(QFile::encodeName(path))
    {
#ifdef Q_OS_LINUX
        m_mounted = ::mount("tmpfs", m_path.constData(), "tmpfs", 0, options.constData()) == 0;
#else
        Q_UNUSED(options)
#endif
    }
    ~TmpfsMount()
    {
        unmount();
    }
    bool mounted() const
    {
        return m_mounted;
    }
    bool makeReadOnly()
    {
#ifdef Q_OS_LINUX
        return ::mount(nullptr, m_path.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
#else
        return false;
#endif
    }
    void unmount()
    {
#ifdef Q_OS_LINUX
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
#endif
        m_mounted = false;
    }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

// Collects what readFile() streams; raises cancel after cancelAfter writes.
} // namespace

class TestLocalFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registryFindsThePlugin();
    void registryReportsBrokenPlugins();
    void registryDefaultDirectoriesFromEnvironment();

    void setUpMissingPath();
    void setUpNotAFolder();
    void setUpNoPath();
    void setUpCreatesRootAndCleansPath();
    void tearDownKeepsFiles();

    void uploadAndCommit();
    void commitWithoutChecksum();
    void commitWithWrongChecksum();
    void identicalExistingFile();
    void differentExistingFileNotOverwritten();
    void abortLeavesNoTemporary();
    void staleTemporaryCleanedByEnsureFolder();
    void activeUploadNotCleaned();
    void unsafePathsRefused_data();
    void unsafePathsRefused();
    void ensureFolderOverAFile();
    void statAbsentAndPresent();

    void listFolderRecursiveAndNot();
    void listFolderMissingListsNothing();
    void listFolderHidesTemporaries();
    void listFolderOddNamesAsTheyAre();
    void listFolderNeverFollowsSymlinks();
    void listFolderStopsOnHandlerErrorAndCancel();
    void readFileStreamsContent();
    void readFileMissing();
    void readFileCancelled();
    void replaceOverwritesDifferentFile();
    void replaceCreatesMissingFile();
    void abortedReplaceKeepsOldFile();

    void openWhenTopFolderVanished();
    void openRecreatesRootWhenTopExists();
    void openNotSetUp();
    void openUnmountedShare();
    void readOnlyFolder();
    void readOnlyDisk();
    void fullDisk();

private:
    std::unique_ptr<StorageConnector> connector(const QJsonObject &settings = {}) const;
    // A connector set up on a fresh folder "nas" in the temporary directory.
    std::unique_ptr<StorageConnector> setUpConnector(const QString &top);
    QString rootOf(const QString &top) const
    {
        return top + QStringLiteral("/Apps/RingCentral Application");
    }
    Error upload(StorageConnector *storage, const QString &path, const QByteArray &data,
                 StoredFile *stored, qint64 chunk = 64 * 1024);

    std::unique_ptr<ConnectorRegistry> m_registry;
    StorageConnectorFactory *m_factory = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalFolder::initTestCase()
{
    m_registry = std::make_unique<ConnectorRegistry>(
        QStringList{QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")});
    m_factory = m_registry->factory(QStringLiteral("local"));
    QVERIFY2(m_factory, qPrintable(m_registry->loadErrors().join(u'\n')));
}

void TestLocalFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalFolder::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<StorageConnector> TestLocalFolder::connector(const QJsonObject &settings) const
{
    ConnectorContext context;
    context.settings = settings;
    context.profileId = QStringLiteral("test");
    return m_factory->create(context);
}

std::unique_ptr<StorageConnector> TestLocalFolder::setUpConnector(const QString &top)
{
    QDir().mkpath(top);
    auto storage = connector();
    QJsonObject settings;
    const Error error = storage->setUp({{QStringLiteral("path"), top}}, &settings);
    if (error) {
        qWarning() << error.message();
        return {};
    }
    return connector(settings);
}

Error TestLocalFolder::upload(StorageConnector *storage, const QString &path,
                              const QByteArray &data, StoredFile *stored, qint64 chunk)
{
    Error error;
    auto upload = storage->beginUpload(path, data.size(), &error);
    if (error)
        return error;
    if (!upload)
        return Error::transient(QStringLiteral("no upload and no error"));
    for (qsizetype offset = 0; offset < data.size(); offset += chunk) {
        error =
            upload->write(data.constData() + offset, std::min<qint64>(chunk, data.size() - offset));
        if (error)
            return error;
    }
    return upload->commit(sha256Hex(data), stored);
}

// --- ConnectorRegistry ---

void TestLocalFolder::registryFindsThePlugin()
{
    QVERIFY(m_registry->ids().contains(QStringLiteral("local")));
    QCOMPARE(m_factory->displayName(), QStringLiteral("Local folder"));
    const SetUpDescription description = m_factory->setUpDescription();
    QCOMPARE(description.keys(), QStringList{QStringLiteral("path")});
    QCOMPARE(description.fields.first().kind, SetUpField::Kind::FolderPath);
    QVERIFY(description.fields.first().required);
    QVERIFY(!description.fields.first().label.isEmpty());
    QVERIFY(!description.fields.first().description.isEmpty());
    QVERIFY(!description.browserSignIn);
    QCOMPARE(m_registry->factory(QStringLiteral("nope")), nullptr);

    // The same folder twice (once through a different spelling) loads the plugin once.
    const QString plugins = QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins");
    const ConnectorRegistry twice({plugins, plugins + QStringLiteral("/../plugins/")});
    QCOMPARE(twice.ids().count(QStringLiteral("local")), 1);
    QCOMPARE(twice.factory(QStringLiteral("local")), m_factory);
}

void TestLocalFolder::registryReportsBrokenPlugins()
{
    const QString folder = m_dir->filePath(QStringLiteral("plugins"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/libbroken.so"), "not a library"));
    QVERIFY(writeFile(folder + QStringLiteral("/README.txt"), "not a plugin, not a complaint"));
    const QString missing = m_dir->filePath(QStringLiteral("missing"));

    const ConnectorRegistry registry({folder, missing});
    QVERIFY(registry.factories().isEmpty());
    const QStringList errors = registry.loadErrors();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(QDir::toNativeSeparators(
                 QFileInfo(folder).canonicalFilePath() + QStringLiteral("/libbroken.so: "))),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(QDir::toNativeSeparators(missing) + QStringLiteral(": ")),
             qPrintable(errors.at(1)));
}

void TestLocalFolder::registryDefaultDirectoriesFromEnvironment()
{
    const QByteArray saved = qgetenv("RCA_PLUGIN_PATH");
    const QString list = QStringLiteral("/a/b/../c") + QDir::listSeparator() +
                         QDir::listSeparator() + QStringLiteral("/d/./e/");
    qputenv("RCA_PLUGIN_PATH", list.toLocal8Bit());
    QCOMPARE(ConnectorRegistry::defaultDirectories(),
             QStringList({QStringLiteral("/a/c"), QStringLiteral("/d/e")}));
    qunsetenv("RCA_PLUGIN_PATH");
    const QStringList defaults = ConnectorRegistry::defaultDirectories();
    QCOMPARE(defaults.size(), 1);
    // The test executable lives in <build>/bin, like the program.
    QCOMPARE(
        QFileInfo(defaults.first()).canonicalFilePath(),
        QFileInfo(QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins")).canonicalFilePath());
    if (!saved.isNull())
        qputenv("RCA_PLUGIN_PATH", saved);
}

// --- setUp ---

void TestLocalFolder::setUpMissingPath()
{
    auto storage = connector();
    QJsonObject settings;
    const QString missing = m_dir->filePath(QStringLiteral("no-such-disk"));
    const Error error = storage->setUp({{QStringLiteral("path"), missing}}, &settings);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("does not exist")),
             qPrintable(error.message()));
    QVERIFY2(error.message().contains(missing), qPrintable(error.message()));
    QVERIFY(settings.isEmpty());
    QVERIFY(!QFileInfo::exists(missing)); // not created behind the user's back
}

void TestLocalFolder::setUpNotAFolder()
{
    const QString file = m_dir->filePath(QStringLiteral("file"));
    QVERIFY(writeFile(file, "x"));
    QJsonObject settings;
    const Error error = connector()->setUp({{QStringLiteral("path"), file}}, &settings);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("not a folder")), qPrintable(error.message()));
}

void TestLocalFolder::setUpNoPath()
{
    QJsonObject settings;
    const Error error = connector()->setUp({}, &settings);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY(error.message().contains(QStringLiteral("path")));
}

void TestLocalFolder::setUpCreatesRootAndCleansPath()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    QVERIFY(QDir().mkpath(top));
    auto storage = connector();
    QJsonObject settings;
    const QString unclean = m_dir->path() + QStringLiteral("/./x/../nas/");
    const Error error = storage->setUp({{QStringLiteral("path"), unclean}}, &settings);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(settings.value(QStringLiteral("path")).toString(), top);
    QVERIFY(QFileInfo(rootOf(top)).isDir());
    QCOMPARE(entries(rootOf(top)), QStringList()); // the writability probe is gone
    QCOMPARE(storage->location(), QDir::toNativeSeparators(rootOf(top)));
    QCOMPARE(storage->locationUrl(), QUrl::fromLocalFile(rootOf(top)).toString(QUrl::FullyEncoded));
    QVERIFY(storage->locationUrl().startsWith(QLatin1String("file:///")));
    QVERIFY(storage->locationUrl().endsWith(QLatin1String("/Apps/RingCentral%20Application")));

    // A second setUp on the same folder is fine, and the restored connector opens.
    QVERIFY(!connector()->setUp({{QStringLiteral("path"), top}}, &settings));
    auto reopened = connector(settings);
    const Error openError = reopened->open(CancelToken());
    QVERIFY2(!openError, qPrintable(openError.message()));
    QCOMPARE(reopened->location(), storage->location());

    CancelToken cancelled;
    cancelled.cancel();
    QCOMPARE(reopened->open(cancelled).kind(), Error::Kind::Cancelled);
}

void TestLocalFolder::tearDownKeepsFiles()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    StoredFile stored;
    QVERIFY(!upload(storage.get(), FilePath, "data", &stored));
    QVERIFY(!storage->tearDown());
    QCOMPARE(readAll(rootOf(top) + u'/' + FilePath), QByteArray("data"));
}

// --- uploads ---

void TestLocalFolder::uploadAndCommit()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->open(CancelToken()));
    Error error = storage->ensureFolder(Recordings);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(QFileInfo(rootOf(top) + u'/' + Recordings).isDir());
    QVERIFY(!storage->ensureFolder(Recordings)); // again: nothing to do

    // Odd chunk sizes around the connector's buffer, and one chunk bigger than it.
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 17);
    auto upload = storage->beginUpload(FilePath, data.size(), &error);
    QVERIFY2(upload && !error, qPrintable(error.message()));
    const QString folder = rootOf(top) + u'/' + Recordings;
    QCOMPARE(temporaries(folder).size(), 1);
    QVERIFY(!QFileInfo::exists(folder + u'/' + FileName)); // nothing under the final name yet
    qsizetype offset = 0;
    const QList<qint64> chunks = {7, 1, 100 * 1000, 300 * 1024, 1024 * 1024 + 3, 0};
    for (int i = 0; offset < data.size(); ++i) {
        qint64 chunk = chunks.at(i % chunks.size());
        chunk = std::min<qint64>(chunk, data.size() - offset);
        QVERIFY(!upload->write(data.constData() + offset, chunk));
        offset += chunk;
    }
    StoredFile stored;
    error = upload->commit(sha256Hex(data).toUpper(), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.path, FilePath);
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(readAll(folder + u'/' + FileName), data);
    QCOMPARE(entries(folder), QStringList{FileName});

    // After commit the upload is finished.
    QCOMPARE(upload->write("x", 1).kind(), Error::Kind::Transient);
    QVERIFY(upload->commit({}, &stored));
    upload.reset();
    QCOMPARE(readAll(folder + u'/' + FileName), data); // destroying it later removes nothing

    StoredFile seen;
    QVERIFY(!storage->stat(FilePath, &seen));
    QCOMPARE(seen.size, qint64(data.size()));
    QCOMPARE(seen.sha256, sha256Hex(data));
    QCOMPARE(seen.path, FilePath);
}

void TestLocalFolder::commitWithoutChecksum()
{
    auto storage = setUpConnector(m_dir->filePath(QStringLiteral("nas")));
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    Error error;
    auto upload = storage->beginUpload(FilePath, -1, &error);
    QVERIFY(upload);
    QVERIFY(!upload->write("hello", 5));
    StoredFile stored;
    QVERIFY(!upload->commit({}, &stored));
    QCOMPARE(stored.sha256, sha256Hex("hello"));
    QCOMPARE(stored.size, qint64(5));

    // An empty file is a file too.
    upload = storage->beginUpload(Recordings + QStringLiteral("/empty.txt"), 0, &error);
    QVERIFY(upload);
    QVERIFY(!upload->commit(sha256Hex({}), &stored));
    QCOMPARE(stored.size, qint64(0));
}

void TestLocalFolder::commitWithWrongChecksum()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    Error error;
    auto upload = storage->beginUpload(FilePath, 5, &error);
    QVERIFY(upload);
    QVERIFY(!upload->write("hello", 5));
    StoredFile stored;
    error = upload->commit(sha256Hex("other"), &stored);
    QCOMPARE(error.kind(), Error::Kind::Transient);
    QCOMPARE(entries(rootOf(top) + u'/' + Recordings), QStringList());
}

void TestLocalFolder::identicalExistingFile()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QByteArray data = randomBytes(500 * 1000);
    StoredFile stored;
    QVERIFY(!upload(storage.get(), FilePath, data, &stored));
    QVERIFY(!stored.alreadyPresent);

    Error error = upload(storage.get(), FilePath, data, &stored, 4096);
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(stored.alreadyPresent);
    QCOMPARE(stored.size, qint64(data.size()));
    QCOMPARE(stored.sha256, sha256Hex(data));
    QCOMPARE(entries(rootOf(top) + u'/' + Recordings), QStringList{FileName});
}

void TestLocalFolder::differentExistingFileNotOverwritten()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString target = rootOf(top) + u'/' + FilePath;
    QVERIFY(writeFile(target, "the user's own file"));

    for (const QByteArray &data :
         {QByteArray("something else!!!!!"), QByteArray("the user's own fil"),
          QByteArray("the user's own fild")}) {
        StoredFile stored;
        const Error error = upload(storage.get(), FilePath, data, &stored);
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QStringLiteral("A different file already exists at ")) &&
                     error.message().contains(QDir::toNativeSeparators(target)) &&
                     error.message().endsWith(QStringLiteral("it was not overwritten.")),
                 qPrintable(error.message()));
        QCOMPARE(readAll(target), QByteArray("the user's own file"));
        QCOMPARE(entries(rootOf(top) + u'/' + Recordings), QStringList{FileName});
    }
}

void TestLocalFolder::abortLeavesNoTemporary()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    Error error;
    auto upload = storage->beginUpload(FilePath, -1, &error);
    QVERIFY(upload);
    const QByteArray data = randomBytes(1024 * 1024);
    QVERIFY(!upload->write(data.constData(), data.size()));
    QCOMPARE(temporaries(folder).size(), 1);
    upload.reset();
    QCOMPARE(entries(folder), QStringList());
}

void TestLocalFolder::staleTemporaryCleanedByEnsureFolder()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    const QStringList others = {QStringLiteral(".rca-upload-notours.part"),
                                QStringLiteral(".rca-upload-0123456789abcdef.part.keep"),
                                QStringLiteral("keep.part"), QStringLiteral("other.mp3")};
    for (const QString &name : others)
        QVERIFY(writeFile(folder + u'/' + name, "keep"));
    QVERIFY(writeFile(folder + QStringLiteral("/.rca-upload-0123456789abcdef.part"), "stale"));
    QVERIFY(writeFile(folder + QStringLiteral("/.rca-upload-fedcba9876543210.part"), "stale"));
    // Only the deepest folder is cleaned.
    QVERIFY(writeFile(rootOf(top) +
                          QStringLiteral("/101 - Alice Example/.rca-upload-00000000000000aa.part"),
                      "elsewhere"));

    QVERIFY(!storage->ensureFolder(Recordings));
    QStringList expected = others;
    expected.sort();
    QCOMPARE(entries(folder), expected);
    QVERIFY(QFileInfo::exists(
        rootOf(top) + QStringLiteral("/101 - Alice Example/.rca-upload-00000000000000aa.part")));
}

void TestLocalFolder::activeUploadNotCleaned()
{
#ifndef Q_OS_UNIX
    QSKIP("Relies on flock()");
#endif
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    Error error;
    auto upload = storage->beginUpload(FilePath, -1, &error);
    QVERIFY(upload);
    QVERIFY(!upload->write("abc", 3));
    // Another job (say, a second profile on the same disk) cleans the folder meanwhile.
    auto other = connector(QJsonObject{{QStringLiteral("path"), top}});
    QVERIFY(!other->ensureFolder(Recordings));
    StoredFile stored;
    error = upload->commit(sha256Hex("abc"), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(readAll(rootOf(top) + u'/' + FilePath), QByteArray("abc"));
}

void TestLocalFolder::unsafePathsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dotdot") << QStringLiteral("..");
    QTest::newRow("dotdot file") << QStringLiteral("../escaped.mp3");
    QTest::newRow("deep escape") << QStringLiteral("a/../../escaped.mp3");
    QTest::newRow("far escape") << QStringLiteral("a/b/../../../../escaped.mp3");
    QTest::newRow("dot") << QStringLiteral("./a.mp3");
    QTest::newRow("inner dot") << QStringLiteral("a/./b.mp3");
    QTest::newRow("empty component") << QStringLiteral("a//b.mp3");
    QTest::newRow("trailing slash") << QStringLiteral("a/");
    QTest::newRow("absolute") << QStringLiteral("/tmp/escaped.mp3");
    QTest::newRow("backslash") << QStringLiteral("a\\..\\..\\escaped.mp3");
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b.mp3"));
    QTest::newRow("temporary name") << QStringLiteral("a/.rca-upload-0123456789abcdef.part");
}

void TestLocalFolder::unsafePathsRefused()
{
    QFETCH(QString, path);
    const QString top = m_dir->filePath(QStringLiteral("box/nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    const QStringList before = entries(m_dir->filePath(QStringLiteral("box")));

    Error error = storage->ensureFolder(path);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY(!error.message().isEmpty());
    auto upload = storage->beginUpload(path, 1, &error);
    QVERIFY(!upload);
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    StoredFile stored;
    QCOMPARE(storage->stat(path, &stored).kind(), Error::Kind::ItemPermanent);

    QCOMPARE(entries(m_dir->filePath(QStringLiteral("box"))), before);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("box")});
    QCOMPARE(entries(rootOf(top)), QStringList());
}

void TestLocalFolder::ensureFolderOverAFile()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(writeFile(rootOf(top) + QStringLiteral("/101"), "a file"));
    const Error error = storage->ensureFolder(QStringLiteral("101/2026-11-25"));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
    QVERIFY2(error.message().contains(QStringLiteral("not a folder")), qPrintable(error.message()));
}

void TestLocalFolder::statAbsentAndPresent()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    StoredFile stored;
    QVERIFY(!storage->stat(FilePath, &stored));
    QCOMPARE(stored.size, qint64(-1));
    QCOMPARE(stored.path, FilePath);
    QVERIFY(stored.sha256.isEmpty());

    QVERIFY(!storage->ensureFolder(Recordings));
    QVERIFY(writeFile(rootOf(top) + u'/' + FilePath, "12345"));
    QVERIFY(!storage->stat(FilePath, &stored));
    QCOMPARE(stored.size, qint64(5));
    QCOMPARE(stored.sha256, sha256Hex("12345"));
    QCOMPARE(storage->stat(Recordings, &stored).kind(), Error::Kind::ItemPermanent);

    // With the disk gone, "absent" would be a lie.
    QVERIFY(QDir(top).removeRecursively());
    QCOMPARE(storage->stat(FilePath, &stored).kind(), Error::Kind::StorageFailure);
}

// --- a disk that is gone, read-only or full ---

// --- Listing, reading back and replacing ---

void TestLocalFolder::listFolderRecursiveAndNot()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->open(CancelToken()));
    QVERIFY(!storage->ensureFolder(Recordings));
    QVERIFY(!storage->ensureFolder(QStringLiteral("102 - Bob/empty")));
    StoredFile stored;
    const QByteArray data = randomBytes(12345);
    QVERIFY(!upload(storage.get(), FilePath, data, &stored));
    QVERIFY(!upload(storage.get(), QStringLiteral("manifest.json"), "{}", &stored));

    QStringList paths;
    QHash<QString, qint64> sizes;
    QVERIFY(!listed(storage.get(), QString(), false, &paths));
    QCOMPARE(paths, (QStringList{QStringLiteral("101 - Alice Example/"),
                                 QStringLiteral("102 - Bob/"), QStringLiteral("manifest.json")}));
    Error error = listed(storage.get(), QString(), true, &paths, &sizes);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths,
             (QStringList{QStringLiteral("101 - Alice Example/"),
                          QStringLiteral("101 - Alice Example/2026-11-25/"), Recordings + u'/',
                          FilePath, QStringLiteral("102 - Bob/"),
                          QStringLiteral("102 - Bob/empty/"), QStringLiteral("manifest.json")}));
    QCOMPARE(sizes.value(FilePath), qint64(data.size()));
    QCOMPARE(sizes.value(QStringLiteral("manifest.json")), qint64(2));
    // A folder below the root: paths stay relative to the archive root.
    QVERIFY(!listed(storage.get(), Recordings, false, &paths));
    QCOMPARE(paths, QStringList{FilePath});
    QVERIFY(!listed(storage.get(), QStringLiteral("101 - Alice Example"), true, &paths));
    QCOMPARE(paths, (QStringList{QStringLiteral("101 - Alice Example/2026-11-25/"),
                                 Recordings + u'/', FilePath}));
    // A file is no folder; a path out of the archive is refused.
    QCOMPARE(listed(storage.get(), FilePath, false, &paths).kind(), Error::Kind::ItemPermanent);
    QCOMPARE(listed(storage.get(), QStringLiteral("../.."), false, &paths).kind(),
             Error::Kind::ItemPermanent);
}

void TestLocalFolder::listFolderMissingListsNothing()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QStringList paths{QStringLiteral("stale")};
    Error error = listed(storage.get(), QStringLiteral("no such/folder"), true, &paths);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, QStringList());
    QVERIFY(!listed(storage.get(), QString(), true, &paths)); // an empty archive
    QCOMPARE(paths, QStringList());
    // The archive folder itself gone (an unmounted disk) is not an empty archive.
    QVERIFY(QDir(rootOf(top)).removeRecursively());
    QCOMPARE(listed(storage.get(), QString(), true, &paths).kind(), Error::Kind::StorageFailure);
}

void TestLocalFolder::listFolderHidesTemporaries()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    Error error;
    auto pending = storage->beginUpload(FilePath, 3, &error); // one in progress
    QVERIFY(pending);
    QVERIFY(!pending->write("abc", 3));
    QVERIFY(writeFile(folder + QStringLiteral("/.rca-upload-0123456789abcdef.part"), "stale"));
    QVERIFY(writeFile(folder + QStringLiteral("/.rca-upload-notours.part"), "someone's"));
    QCOMPARE(temporaries(folder).size(), 3);
    QStringList paths;
    QVERIFY(!listed(storage.get(), Recordings, true, &paths));
    QCOMPARE(paths, QStringList{Recordings + QStringLiteral("/.rca-upload-notours.part")});
}

void TestLocalFolder::listFolderOddNamesAsTheyAre()
{
#ifndef Q_OS_UNIX
    QSKIP("Such names cannot exist on this filesystem");
#endif
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    const QString root = rootOf(top);
    const QString control = QStringLiteral("bell\u0007 and tab\t.mp3");
    const QString backslash = QStringLiteral("back\\slash.mp3");
    QVERIFY(writeFile(root + u'/' + control, "1"));
    QVERIFY(writeFile(root + u'/' + backslash, "22"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/new\nline")));
    QVERIFY(writeFile(root + QStringLiteral("/new\nline/inside"), "333"));
    QStringList paths;
    QHash<QString, qint64> sizes;
    QVERIFY(!listed(storage.get(), QString(), true, &paths, &sizes));
    QStringList expected{backslash, control, QStringLiteral("new\nline/"),
                         QStringLiteral("new\nline/inside")};
    QCOMPARE(paths, expected);
    QCOMPARE(sizes.value(control), qint64(1));
    QCOMPARE(sizes.value(backslash), qint64(2));
}

void TestLocalFolder::listFolderNeverFollowsSymlinks()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs symbolic links");
#endif
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    const QString root = rootOf(top);
    const QString outside = m_dir->filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(writeFile(outside + QStringLiteral("/secret.txt"), "not archived"));
    QVERIFY(QFile::link(outside, root + QStringLiteral("/escape")));
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), root + QStringLiteral("/file")));
    QStringList paths;
    QHash<QString, qint64> sizes;
    Error error = listed(storage.get(), QString(), true, &paths, &sizes);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(paths, (QStringList{QStringLiteral("escape"), QStringLiteral("file")}));
    // The links' own sizes (the length of the path they hold), not the target's.
    QCOMPARE(sizes.value(QStringLiteral("escape")), qint64(QFile::encodeName(outside).size()));
    // Neither listed through nor read through.
    QCOMPARE(listed(storage.get(), QStringLiteral("escape"), true, &paths).kind(),
             Error::Kind::ItemPermanent);
    CollectingSink sink;
    QCOMPARE(storage->readFile(QStringLiteral("file"), &sink, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(storage->readFile(QStringLiteral("escape/secret.txt"), &sink, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(sink.bytes, QByteArray());
}

void TestLocalFolder::listFolderStopsOnHandlerErrorAndCancel()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    for (const char *name : {"a", "b", "c"})
        QVERIFY(writeFile(rootOf(top) + u'/' + QLatin1String(name), name));
    int calls = 0;
    Error error = storage->listFolder(
        QString(), true,
        [&](const StoredFile &) {
            ++calls;
            return Error::transient(QStringLiteral("enough"));
        },
        CancelToken());
    QCOMPARE(error.message(), QStringLiteral("enough"));
    QCOMPARE(calls, 1);
    CancelToken cancel;
    calls = 0;
    error = storage->listFolder(
        QString(), true,
        [&](const StoredFile &) {
            ++calls;
            cancel.cancel();
            return Error();
        },
        cancel);
    QCOMPARE(error.kind(), Error::Kind::Cancelled);
    QCOMPARE(calls, 1);
}

void TestLocalFolder::readFileStreamsContent()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    StoredFile stored;
    const QByteArray data = randomBytes(5 * 1024 * 1024 + 321);
    QVERIFY(!upload(storage.get(), FilePath, data, &stored));
    CollectingSink sink;
    Error error = storage->readFile(FilePath, &sink, CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(sink.bytes.size(), data.size());
    QVERIFY(sink.bytes == data);
    // In chunks, never the whole file at once.
    QVERIFY(sink.writes > 1);
    QVERIFY(sink.largestWrite <= 1024 * 1024);
    // An empty file is read as nothing.
    QVERIFY(!upload(storage.get(), QStringLiteral("empty"), QByteArray(), &stored));
    CollectingSink empty;
    QVERIFY(!storage->readFile(QStringLiteral("empty"), &empty, CancelToken()));
    QCOMPARE(empty.bytes, QByteArray());
}

void TestLocalFolder::readFileMissing()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    CollectingSink sink;
    for (const QString &path : {FilePath, QStringLiteral("no/such/folder/file.mp3")}) {
        const Error error = storage->readFile(path, &sink, CancelToken());
        QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
        QVERIFY2(error.message().contains(QLatin1String("does not exist")),
                 qPrintable(error.message()));
    }
    // A folder is not a file; a path out of the archive is refused.
    QCOMPARE(storage->readFile(Recordings, &sink, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
    QCOMPARE(storage->readFile(QStringLiteral("../x"), &sink, CancelToken()).kind(),
             Error::Kind::ItemPermanent);
}

void TestLocalFolder::readFileCancelled()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    StoredFile stored;
    const QByteArray data = randomBytes(4 * 1024 * 1024);
    QVERIFY(!upload(storage.get(), QStringLiteral("big.mp3"), data, &stored));
    CollectingSink sink;
    sink.cancelAfter = 1;
    QCOMPARE(storage->readFile(QStringLiteral("big.mp3"), &sink, sink.cancel).kind(),
             Error::Kind::Cancelled);
    QCOMPARE(sink.writes, 1);
    QVERIFY(sink.bytes.size() < data.size());
    // Cancelled before it starts: nothing at all.
    CollectingSink none;
    QCOMPARE(storage->readFile(QStringLiteral("big.mp3"), &none, sink.cancel).kind(),
             Error::Kind::Cancelled);
    QCOMPARE(none.writes, 0);
}

void TestLocalFolder::replaceOverwritesDifferentFile()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    const QString finalPath = folder + u'/' + FileName;
    StoredFile stored;
    const QByteArray original = randomBytes(200000);
    QVERIFY(!upload(storage.get(), FilePath, original, &stored));
    QVERIFY(upload(storage.get(), FilePath, randomBytes(1000), &stored)); // never overwritten

    const QByteArray repaired = randomBytes(300001);
    Error error;
    auto replace = storage->beginReplace(FilePath, repaired.size(), &error);
    QVERIFY2(replace && !error, qPrintable(error.message()));
    for (qsizetype offset = 0; offset < repaired.size(); offset += 70000)
        QVERIFY(!replace->write(repaired.constData() + offset,
                                std::min<qsizetype>(70000, repaired.size() - offset)));
    // Until commit the old bytes stay where they are, untouched.
    QCOMPARE(readAll(finalPath), original);
    QCOMPARE(temporaries(folder).size(), 1);
#ifdef Q_OS_UNIX
    struct stat before;
    QCOMPARE(::stat(QFile::encodeName(finalPath).constData(), &before), 0);
#endif
    error = replace->commit(sha256Hex(repaired), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.path, FilePath);
    QCOMPARE(stored.size, qint64(repaired.size()));
    QCOMPARE(stored.sha256, sha256Hex(repaired));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(readAll(finalPath), repaired);
    QCOMPARE(entries(folder), QStringList{FileName});
#ifdef Q_OS_UNIX
    // A new file took the name (rename), rather than the old one being rewritten in place.
    struct stat after;
    QCOMPARE(::stat(QFile::encodeName(finalPath).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
#endif
    replace.reset();
    QCOMPARE(readAll(finalPath), repaired);

    // Replacing with identical bytes is fine too, and still not "already present".
    replace = storage->beginReplace(FilePath, repaired.size(), &error);
    QVERIFY(replace);
    QVERIFY(!replace->write(repaired.constData(), repaired.size()));
    QVERIFY(!replace->commit(sha256Hex(repaired), &stored));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(readAll(finalPath), repaired);

    // A bad checksum replaces nothing; neither does a folder in the way.
    replace = storage->beginReplace(FilePath, 3, &error);
    QVERIFY(replace);
    QVERIFY(!replace->write("abc", 3));
    QCOMPARE(replace->commit(sha256Hex("abd"), &stored).kind(), Error::Kind::Transient);
    QCOMPARE(readAll(finalPath), repaired);
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/folder.mp3/inside")));
    replace = storage->beginReplace(Recordings + QStringLiteral("/folder.mp3"), 3, &error);
    QVERIFY(replace);
    QVERIFY(!replace->write("abc", 3));
    QCOMPARE(replace->commit(sha256Hex("abc"), &stored).kind(), Error::Kind::ItemPermanent);
    QVERIFY(QFileInfo(folder + QStringLiteral("/folder.mp3/inside")).isDir());
    QCOMPARE(temporaries(folder), QStringList());
}

void TestLocalFolder::replaceCreatesMissingFile()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    Error error;
    auto replace = storage->beginReplace(FilePath, 5, &error);
    QVERIFY2(replace && !error, qPrintable(error.message()));
    QVERIFY(!replace->write("hello", 5));
    StoredFile stored;
    error = replace->commit(sha256Hex("hello"), &stored);
    QVERIFY2(!error, qPrintable(error.message()));
    QCOMPARE(stored.size, qint64(5));
    QCOMPARE(stored.sha256, sha256Hex("hello"));
    QVERIFY(!stored.alreadyPresent);
    QCOMPARE(readAll(folder + u'/' + FileName), QByteArray("hello"));
    QCOMPARE(entries(folder), QStringList{FileName});
    // Paths are checked as for uploads.
    QVERIFY(!storage->beginReplace(QStringLiteral("../escape.mp3"), 1, &error));
    QCOMPARE(error.kind(), Error::Kind::ItemPermanent);
}

void TestLocalFolder::abortedReplaceKeepsOldFile()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    StoredFile stored;
    const QByteArray original = randomBytes(50000);
    QVERIFY(!upload(storage.get(), FilePath, original, &stored));
    Error error;
    auto replace = storage->beginReplace(FilePath, 2 * 1024 * 1024, &error);
    QVERIFY(replace);
    const QByteArray data = randomBytes(2 * 1024 * 1024);
    QVERIFY(!replace->write(data.constData(), data.size()));
    QCOMPARE(temporaries(folder).size(), 1);
    replace.reset();
    QCOMPARE(readAll(folder + u'/' + FileName), original);
    QCOMPARE(entries(folder), QStringList{FileName});
}

void TestLocalFolder::openWhenTopFolderVanished()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(QDir(top).removeRecursively());

    const QString expected =
        QStringLiteral("The archive folder %1 is missing. Is the disk or network "
                       "share connected?")
            .arg(QDir::toNativeSeparators(rootOf(top)));
    Error error = storage->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QCOMPARE(error.message(), expected);
    QVERIFY(!QFileInfo::exists(top)); // not silently recreated

    error = storage->ensureFolder(Recordings);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QCOMPARE(error.message(), expected);
    auto upload = storage->beginUpload(FilePath, 1, &error);
    QVERIFY(!upload);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY(!QFileInfo::exists(top));
}

void TestLocalFolder::openRecreatesRootWhenTopExists()
{
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(QDir(top + QStringLiteral("/Apps")).removeRecursively());
    const Error error = storage->open(CancelToken());
    QVERIFY2(!error, qPrintable(error.message()));
    QVERIFY(QFileInfo(rootOf(top)).isDir());
}

void TestLocalFolder::openNotSetUp()
{
    const Error error = connector()->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY(!error.message().isEmpty());
}

void TestLocalFolder::openUnmountedShare()
{
    if (!runningAsRoot())
        QSKIP("Needs root to mount a tmpfs that plays the network share");
    const QString top = m_dir->filePath(QStringLiteral("mnt/nas"));
    QVERIFY(QDir().mkpath(top));
    TmpfsMount share(top, "size=1m");
    if (!share.mounted())
        QSKIP("Could not mount a tmpfs here");
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->open(CancelToken()));

    // The share drops; its empty mount point stays.
    share.unmount();
    QVERIFY(QFileInfo(top).isDir());
    const Error error = storage->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(
        error.message().contains(QStringLiteral("is missing")) &&
            error.message().contains(QStringLiteral("Is the disk or network share connected?")),
        qPrintable(error.message()));
    QCOMPARE(entries(top), QStringList()); // nothing written to the wrong disk
}

void TestLocalFolder::readOnlyFolder()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    if (runningAsRoot())
        QSKIP("Running as root: folder permissions do not stop root, see readOnlyDisk instead");
    const QString top = m_dir->filePath(QStringLiteral("nas"));
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;
    const auto restore = qScopeGuard([&] {
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        ::chmod(QFile::encodeName(rootOf(top)).constData(), 0755);
    });
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    QVERIFY(::chmod(QFile::encodeName(rootOf(top)).constData(), 0555) == 0);

    Error error;
    auto upload = storage->beginUpload(FilePath, 1, &error);
    QVERIFY(!upload);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("not writable")), qPrintable(error.message()));
    error = storage->ensureFolder(QStringLiteral("102/2026-11-25"));
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    error = storage->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("not writable")), qPrintable(error.message()));

    // setUp says so too.
    QJsonObject settings;
    QCOMPARE(connector()->setUp({{QStringLiteral("path"), top}}, &settings).kind(),
             Error::Kind::StorageFailure);
#endif
}

void TestLocalFolder::readOnlyDisk()
{
    if (!runningAsRoot())
        QSKIP("Needs root to mount a tmpfs and make it read-only");
    const QString top = m_dir->filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(top));
    TmpfsMount disk(top, "size=1m");
    if (!disk.mounted())
        QSKIP("Could not mount a tmpfs here");
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    QVERIFY(disk.makeReadOnly());

    Error error = storage->open(CancelToken());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("read-only")), qPrintable(error.message()));
    auto upload = storage->beginUpload(FilePath, 1, &error);
    QVERIFY(!upload);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().contains(QStringLiteral("read-only")), qPrintable(error.message()));
    QCOMPARE(storage->ensureFolder(QStringLiteral("102")).kind(), Error::Kind::StorageFailure);
}

void TestLocalFolder::fullDisk()
{
    if (!runningAsRoot())
        QSKIP("Needs root to mount a small tmpfs that fills up (no other way to get ENOSPC)");
    const QString top = m_dir->filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(top));
    TmpfsMount disk(top, "size=256k");
    if (!disk.mounted())
        QSKIP("Could not mount a tmpfs here");
    auto storage = setUpConnector(top);
    QVERIFY(storage);
    QVERIFY(!storage->ensureFolder(Recordings));
    const QString folder = rootOf(top) + u'/' + Recordings;

    // Fails while writing: more than the connector buffers.
    Error error;
    auto upload = storage->beginUpload(FilePath, -1, &error);
    QVERIFY(upload);
    const QByteArray big = randomBytes(1024 * 1024);
    error = upload->write(big.constData(), big.size());
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().startsWith(QStringLiteral("The disk is full: ")),
             qPrintable(error.message()));
    QCOMPARE(upload->write("x", 1).kind(), Error::Kind::StorageFailure); // sticky
    StoredFile stored;
    QCOMPARE(upload->commit(sha256Hex(big), &stored).kind(), Error::Kind::StorageFailure);
    upload.reset();
    QCOMPARE(entries(folder), QStringList());

    // Fails only when the buffered rest is flushed at commit.
    upload = storage->beginUpload(FilePath, -1, &error);
    QVERIFY(upload);
    const QByteArray fill = randomBytes(200 * 1024);
    QVERIFY(!upload->write(fill.constData(), fill.size()));
    // Someone else fills the disk meanwhile.
    QVERIFY(writeFile(folder + QStringLiteral("/filler"), randomBytes(200 * 1024)));
    error = upload->commit(sha256Hex(fill), &stored);
    QCOMPARE(error.kind(), Error::Kind::StorageFailure);
    QVERIFY2(error.message().startsWith(QStringLiteral("The disk is full: ")),
             qPrintable(error.message()));
    upload.reset();
    QVERIFY(temporaries(folder).isEmpty());
    QVERIFY(!QFileInfo::exists(folder + u'/' + FileName));
}

QTEST_GUILESS_MAIN(TestLocalFolder)
#include "tst_localfolder.moc"

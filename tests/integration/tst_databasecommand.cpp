// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The real program on a profile whose database was lost: an emptied or damaged database is
// refused with exit status 7 and the way back named (never silently replaced by a new empty
// one), `database restore` puts back the newest good copy, `database rebuild` rebuilds the
// ledger from the day manifests in the storage so that nothing is archived twice; a moved
// profile keeps its id, a copy says it shares its sign-ins; the profile's files are private;
// a folder of someone's files is not made a profile. The demo source into a Local folder.
#include "demoarchive.h"
#include "filetesting.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using rca::test::fileMode;
using rca::test::writeFile;

namespace {

const QString Program = QStringLiteral(RCA_BINARY_DIR "/bin/rc-archiver");
constexpr int ItemCount = 6;

struct Run
{
    int exitCode = -1;
    QString output;
};

void removeDatabase(const QString &profile)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(profile + QStringLiteral("/rc-archiver.sqlite") + QLatin1String(suffix));
}

// The archived files (the manifests left out).
int archivedFiles(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!it.next().contains(QStringLiteral("/manifest/")))
            ++count;
    }
    return count;
}

QString profileId(const QString &output)
{
    static const QRegularExpression line(QStringLiteral("Profile id: ([0-9a-f]{12})"));
    return line.match(output).captured(1);
}

} // namespace

class TestDatabaseCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptiedDatabaseIsRefusedAndRestored();
    void damagedDatabaseWithoutGoodCopyIsRebuiltFromManifests();
    void movedProfileKeepsItsIdAndCopyWarns();
    void profileFilesArePrivate();
    void folderOfSomeonesFilesIsNotMadeAProfile();

private:
    Run archiver(const QString &profile, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RCA_PLUGIN_PATH"),
                           QStringLiteral(RCA_BINARY_DIR "/lib/rc-archiver/plugins"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(Program, QStringList{QStringLiteral("--profile"), profile} + arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }
    Run archiver(const QStringList &arguments) { return archiver(m_profile, arguments); }
    // A used profile: the demo source, a Local folder, one run that archived ItemCount items.
    void archiveOnce();
    QStringList range() const
    {
        return {QStringLiteral("run-once"), QStringLiteral("--from"), m_from.toString(Qt::ISODate),
                QStringLiteral("--to"), m_from.addDays(1).toString(Qt::ISODate)};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_archive;
    QString m_manifest;
    QDateTime m_from;
};

void TestDatabaseCommand::init()
{
    QVERIFY(QFile::exists(Program));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_archive = m_dir->filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(m_archive));
    m_from = QDateTime::currentDateTimeUtc().addDays(-3);
    m_from.setTime(QTime(0, 0));
    m_manifest = m_dir->filePath(QStringLiteral("items.json"));
    QVERIFY(rca::test::writeDemoManifest(m_manifest, m_from.addSecs(3600), ItemCount, 2000, 0));
}

void TestDatabaseCommand::archiveOnce()
{
    Run r = archiver({QStringLiteral("connect"), QStringLiteral("demo"),
                      QStringLiteral("--manifest"), m_manifest});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = archiver(
        {QStringLiteral("connect"), QStringLiteral("local"), QStringLiteral("--path"), m_archive});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = archiver(range());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("(%1 archived, 0 failed)").arg(ItemCount)),
             qPrintable(r.output));
    QCOMPARE(archivedFiles(m_archive), ItemCount);
}

void TestDatabaseCommand::emptiedDatabaseIsRefusedAndRestored()
{
    archiveOnce();
    if (QTest::currentTestFailed())
        return;
    const QString database = m_profile + QStringLiteral("/rc-archiver.sqlite");
    removeDatabase(m_profile);
    QVERIFY(writeFile(database, {}));

    // Refused, with the way back; nothing made in its place.
    Run r = archiver({QStringLiteral("status")});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.output.contains(QStringLiteral("is empty (zero length)")), qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("database restore")), qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral("Archived items")), qPrintable(r.output));
    r = archiver(range());
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(QFileInfo(database).size(), 0);
    QCOMPARE(archivedFiles(m_archive), ItemCount);

    r = archiver({QStringLiteral("database"), QStringLiteral("check")});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.output.contains(QStringLiteral("good")), qPrintable(r.output));

    r = archiver({QStringLiteral("database"), QStringLiteral("restore")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("kept as")), qPrintable(r.output));
    QCOMPARE(QDir(m_profile).entryList({QStringLiteral("rc-archiver.damaged-*.sqlite")}).size(), 1);
    r = archiver({QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("Archived items: %1").arg(ItemCount)),
             qPrintable(r.output));
    r = archiver({QStringLiteral("database"), QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("integrity_check): ok")), qPrintable(r.output));
}

void TestDatabaseCommand::damagedDatabaseWithoutGoodCopyIsRebuiltFromManifests()
{
    archiveOnce();
    if (QTest::currentTestFailed())
        return;
    const QString idBefore =
        profileId(archiver({QStringLiteral("database"), QStringLiteral("check")}).output);
    QVERIFY(!idBefore.isEmpty());
    const QString database = m_profile + QStringLiteral("/rc-archiver.sqlite");
    removeDatabase(m_profile);
    QVERIFY(writeFile(database,
                      QByteArray("SQLite format 3").append('\0').append(QByteArray(8192, '\x5a'))));
    QVERIFY(QDir(m_profile + QStringLiteral("/backups")).removeRecursively());

    Run r = archiver({QStringLiteral("status")});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.output.contains(QStringLiteral("The file is damaged")), qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("database rebuild")), qPrintable(r.output));

    // The settings cannot be read from the damaged file: the storage must be named.
    r = archiver({QStringLiteral("database"), QStringLiteral("rebuild")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QStringLiteral("Nothing was changed")), qPrintable(r.output));
    r = archiver({QStringLiteral("database"), QStringLiteral("rebuild"), QStringLiteral("local"),
                  QStringLiteral("--path"), m_archive});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("%1 item(s) recorded").arg(ItemCount)),
             qPrintable(r.output));
    r = archiver({QStringLiteral("status")});
    QVERIFY2(r.output.contains(QStringLiteral("Archived items: %1").arg(ItemCount)),
             qPrintable(r.output));
    // The same id: the keychain entries still belong to this profile.
    QCOMPARE(profileId(archiver({QStringLiteral("database"), QStringLiteral("check")}).output),
             idBefore);

    // Archiving the same days again stores nothing twice.
    r = archiver({QStringLiteral("connect"), QStringLiteral("demo"), QStringLiteral("--manifest"),
                  m_manifest});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = archiver(range());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral(" archived, ")), qPrintable(r.output));
    QCOMPARE(archivedFiles(m_archive), ItemCount);
    r = archiver({QStringLiteral("status")});
    QVERIFY2(r.output.contains(QStringLiteral("Archived items: %1").arg(ItemCount)),
             qPrintable(r.output));
}

void TestDatabaseCommand::movedProfileKeepsItsIdAndCopyWarns()
{
    archiveOnce();
    if (QTest::currentTestFailed())
        return;
    Run r = archiver({QStringLiteral("database"), QStringLiteral("check")});
    const QString id = profileId(r.output);
    QVERIFY2(!id.isEmpty(), qPrintable(r.output));

    const QString moved = m_dir->filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(m_profile, moved));
    r = archiver(moved, {QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral("copy")), qPrintable(r.output));
    QCOMPARE(
        profileId(archiver(moved, {QStringLiteral("database"), QStringLiteral("check")}).output),
        id);

    const QString copied = m_dir->filePath(QStringLiteral("copied"));
    QVERIFY(QDir().mkpath(copied));
    for (const QString &name : QDir(moved).entryList(QDir::Files))
        QVERIFY(QFile::copy(moved + u'/' + name, copied + u'/' + name));
    r = archiver(copied, {QStringLiteral("status")});
    QVERIFY2(r.output.contains(QStringLiteral("is a copy of the one in %1").arg(moved)),
             qPrintable(r.output));
    QVERIFY2(r.output.contains(QStringLiteral("database new-id")), qPrintable(r.output));
    // The original does not warn; the copy gets its own id when asked.
    r = archiver(moved, {QStringLiteral("status")});
    QVERIFY2(!r.output.contains(QStringLiteral("is a copy")), qPrintable(r.output));
    r = archiver(copied, {QStringLiteral("database"), QStringLiteral("new-id")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    r = archiver(copied, {QStringLiteral("status")});
    QVERIFY2(!r.output.contains(QStringLiteral("is a copy")), qPrintable(r.output));
    const QString copyId =
        profileId(archiver(copied, {QStringLiteral("database"), QStringLiteral("check")}).output);
    QVERIFY(!copyId.isEmpty() && copyId != id);
}

void TestDatabaseCommand::profileFilesArePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes");
#endif
    archiveOnce();
    if (QTest::currentTestFailed())
        return;
    const QString database = m_profile + QStringLiteral("/rc-archiver.sqlite");
    const QString log = m_profile + QStringLiteral("/logs/rc-archiver.log");
    const QString backups = m_profile + QStringLiteral("/backups");
    const QStringList copies = QDir(backups).entryList(QDir::Files);
    QVERIFY(!copies.isEmpty());
    const QString copy = backups + u'/' + copies.first();
    for (const QString &folder : {m_profile, m_profile + QStringLiteral("/logs"), backups})
        QCOMPARE(fileMode(folder), 0700);
    for (const QString &file : {database, log, copy})
        QCOMPARE(fileMode(file), 0600);

    // As an older version left them: tightened on the next start, and the log says so.
    for (const QString &folder : {m_profile, m_profile + QStringLiteral("/logs"), backups})
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    for (const QString &file : {database, log, copy})
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    const Run r = archiver({QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    for (const QString &folder : {m_profile, m_profile + QStringLiteral("/logs"), backups})
        QCOMPARE(fileMode(folder), 0700);
    for (const QString &file : {database, log, copy})
        QCOMPARE(fileMode(file), 0600);
    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QString logText = QString::fromUtf8(logFile.readAll());
    QVERIFY2(logText.contains(QStringLiteral("Made private")) &&
                 logText.contains(QStringLiteral("(was 0644)")),
             qPrintable(logText.right(2000)));
}

void TestDatabaseCommand::folderOfSomeonesFilesIsNotMadeAProfile()
{
    const QString folder = m_dir->filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/letter.txt"), "Dear …"));
#ifdef Q_OS_UNIX
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
#endif
    const Run r = archiver(folder, {QStringLiteral("status")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QStringLiteral("is not empty")), qPrintable(r.output));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/rc-archiver.sqlite")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/logs")));
#ifdef Q_OS_UNIX
    QCOMPARE(fileMode(folder), 0755);
#endif
    // An empty folder becomes a profile.
    const QString empty = m_dir->filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QCOMPARE(archiver(empty, {QStringLiteral("status")}).exitCode, 5); // nothing connected
    QVERIFY(QFile::exists(empty + QStringLiteral("/rc-archiver.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabaseCommand)
#include "tst_databasecommand.moc"

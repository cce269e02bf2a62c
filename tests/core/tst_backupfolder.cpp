#include "backup/backupfolder.h"
#include "verifyok.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(BackupFolder::Rotation)

namespace {
const QString Database = QStringLiteral("admissions-desk.sqlite");
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Backups are named by their UTC time. Rotation goes by local days, weeks and months: every
// time here is near noon UTC, the same day in any time zone from UTC-10 to UTC+10.
QDateTime utc(const QString &stamp)
{
    QDateTime at = QDateTime::fromString(stamp, TimeFormat);
    at.setTimeSpec(Qt::UTC);
    return at;
}

// "20270209-120000-daily" for a backup at noon of each of `days` days from `first`.
QStringList dailies(const QDate &first, int days)
{
    QStringList names;
    for (int i = 0; i < days; ++i)
        names << first.addDays(i).toString(QStringLiteral("yyyyMMdd")) +
                     QStringLiteral("-120000-daily");
    return names;
}

QStringList atNoon(const QStringList &days, const QString &reason = QStringLiteral("daily"))
{
    QStringList names;
    for (const QString &day : days)
        names << day + QStringLiteral("-120000-") + reason;
    return names;
}

// An empty file under a backup's name: rotation and listing go by the name alone.
void touch(const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path + file.errorString()));
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}
} // namespace

// Where backups go, how they are listed and which of them rotation keeps.
class TestBackupFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void rotationKeepsTheNewestOfEachPeriod_data();
    void rotationKeepsTheNewestOfEachPeriod();
    void rotationLeavesOtherFilesAlone();
    void noBackupOutlivesTheRotation();
    void isDue_data();
    void isDue();
    void listsNewestFirst();
    void pathForAvoidsAnExistingName();
    void folderFromTheSettings();

private:
    // The folder of a database in m_dir, with a backup file for each of `names`.
    QString makeBackups(const QStringList &names);
    QString databasePath() const { return m_dir.filePath(Database); }

    QTemporaryDir m_dir;
};

void TestBackupFolder::initTestCase()
{
    // Settings go to a test folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestBackupFolder::init()
{
    QSettings().clear();
    QDir(m_dir.filePath(QStringLiteral("backups"))).removeRecursively();
}

void TestBackupFolder::cleanupTestCase()
{
    QSettings().clear();
}

QString TestBackupFolder::makeBackups(const QStringList &names)
{
    const BackupFolder folder(databasePath());
    if (Status created = folder.create(); !created)
        qFatal("%s", qPrintable(created.error().text()));
    for (const QString &name : names)
        touch(QDir(folder.path())
                  .filePath(QStringLiteral("admissions-desk-") + name + QStringLiteral(".sqlite")));
    return folder.path();
}

void TestBackupFolder::rotationKeepsTheNewestOfEachPeriod_data()
{
    QTest::addColumn<QStringList>("made");
    QTest::addColumn<BackupFolder::Rotation>("rotation");
    QTest::addColumn<QStringList>("kept");

    const QStringList three = atNoon({"20270207", "20270208", "20270209"});
    QTest::newRow("fewer than the limits") << three << BackupFolder::Rotation{} << three;
    QTest::newRow("nothing at all") << QStringList() << BackupFolder::Rotation{} << QStringList();
    QTest::newRow("the newest of each day")
        << QStringList{"20270208-100000-daily", "20270208-135959-manual", "20270209-110000-daily",
                       "20270209-130000-before-upgrade-v3"}
        << BackupFolder::Rotation{7, 0, 0}
        << QStringList{"20270208-135959-manual", "20270209-130000-before-upgrade-v3"};
    QTest::newRow("a backup before an upgrade is never deleted")
        << QStringList{"20270101-090000-before-upgrade-v2", "20270209-080000-before-upgrade-v3",
                       "20270209-120000-daily"}
        << BackupFolder::Rotation{1, 0, 0}
        << QStringList{"20270101-090000-before-upgrade-v2", "20270209-080000-before-upgrade-v3",
                       "20270209-120000-daily"};
    QTest::newRow("two in one second: the numbered one is newer")
        << QStringList{"20270209-120000-manual", "20270209-120000-manual-2"}
        << BackupFolder::Rotation{7, 0, 0} << QStringList{"20270209-120000-manual-2"};
    QTest::newRow("the last 3 days of 10")
        << dailies(QDate(2027, 2, 1), 10) << BackupFolder::Rotation{3, 0, 0}
        << atNoon({"20270208", "20270209", "20270210"});
    // 1 January 2027 to Tuesday 9 February (ISO week 6): the newest of weeks 6, 5 and 4.
    QTest::newRow("days and weeks")
        << dailies(QDate(2027, 1, 1), 40) << BackupFolder::Rotation{2, 3, 0}
        << atNoon({"20270131", "20270207", "20270208", "20270209"});
    // Monday 28 December 2026 and Sunday 3 January 2027 are both in ISO week 53 of 2026.
    QTest::newRow("an ISO week across the new year")
        << atNoon({"20261228", "20270103", "20270104"}) << BackupFolder::Rotation{1, 3, 0}
        << atNoon({"20270103", "20270104"});
    QTest::newRow("months, twice a month")
        << atNoon({"20260115", "20260128", "20260215", "20260228", "20260315", "20260328",
                   "20260415", "20260428", "20260515", "20260528", "20260615", "20260628",
                   "20260715", "20260728", "20260815", "20260828", "20260915", "20260928",
                   "20261015", "20261028", "20261115", "20261128", "20261215", "20261228"})
        << BackupFolder::Rotation{1, 0, 6}
        << atNoon({"20260728", "20260828", "20260928", "20261028", "20261128", "20261228"});
    QTest::newRow("months without a backup do not count")
        << atNoon({"20260103", "20260120", "20260305", "20260610"})
        << BackupFolder::Rotation{1, 0, 3} << atNoon({"20260120", "20260305", "20260610"});
    // The defaults, after a year of daily backups: the last 7 days, the newest of ISO weeks 50
    // to 53 and of the last six months.
    QTest::newRow("a year of dailies, the defaults")
        << dailies(QDate(2026, 1, 1), 365) << BackupFolder::Rotation{}
        << atNoon({"20260731", "20260831", "20260930", "20261031", "20261130", "20261213",
                   "20261220", "20261225", "20261226", "20261227", "20261228", "20261229",
                   "20261230", "20261231"});
    QTest::newRow("the newest is kept, whatever the numbers")
        << dailies(QDate(2027, 2, 1), 5) << BackupFolder::Rotation{0, 0, 0} << atNoon({"20270205"});
}

void TestBackupFolder::rotationKeepsTheNewestOfEachPeriod()
{
    QFETCH(QStringList, made);
    QFETCH(BackupFolder::Rotation, rotation);
    QFETCH(QStringList, kept);
    const QString folder = makeBackups(made);
    const QString prefix = QStringLiteral("admissions-desk-");
    const auto pathOf = [&folder, &prefix](const QString &name) {
        return QDir(folder).filePath(prefix + name + QStringLiteral(".sqlite"));
    };

    const auto deleted = BackupFolder(databasePath()).rotate(rotation);
    QVERIFY_OK(deleted);

    QStringList survivors;
    for (QString name : QDir(folder).entryList(QDir::Files)) {
        QVERIFY(name.startsWith(prefix) && name.endsWith(QLatin1String(".sqlite")));
        survivors << name.mid(prefix.size()).chopped(int(qstrlen(".sqlite")));
    }
    QCOMPARE(sorted(survivors), sorted(kept));
    QStringList gone;
    for (const QString &name : made)
        if (!kept.contains(name))
            gone << pathOf(name);
    QCOMPARE(sorted(deleted.value()), sorted(gone));
    // Rotating again deletes nothing more.
    const auto again = BackupFolder(databasePath()).rotate(rotation);
    QVERIFY(again);
    QCOMPARE(again.value(), QStringList());
}

void TestBackupFolder::rotationLeavesOtherFilesAlone()
{
    const QString folder = makeBackups(dailies(QDate(2027, 2, 1), 5));
    const QStringList others{
        QStringLiteral("other-20270101-120000-daily.sqlite"), // another database's backup
        QStringLiteral("admissions-desk-notes.sqlite"),       // not a backup's name
        QStringLiteral("admissions-desk-20270101-120000-daily.sqlite.partial-42"),
        QStringLiteral("README.txt")};
    for (const QString &name : others)
        touch(QDir(folder).filePath(name));

    const auto deleted = BackupFolder(databasePath()).rotate(BackupFolder::Rotation{1, 0, 0});
    QVERIFY_OK(deleted);
    QCOMPARE(deleted->size(), qsizetype(4));
    QStringList expected = others;
    expected << QStringLiteral("admissions-desk-20270205-120000-daily.sqlite");
    QCOMPARE(sorted(QDir(folder).entryList(QDir::Files)), sorted(expected));
}

// A backup made before a privacy erase keeps the person only so long: tidy() deletes every
// backup older than the rotation's longest period, the one that could undo an upgrade and the
// newest of a month with no newer one included.
void TestBackupFolder::noBackupOutlivesTheRotation()
{
    const BackupFolder::Rotation rotation; // 7 days, 4 weeks, 6 months: 187 days at most
    QCOMPARE(rotation.longestKeptDays(), 187);
    BackupFolder::configure({}, rotation);
    const QString folder = makeBackups(
        {"20260101-120000-before-upgrade-v7", "20260301-120000-daily", "20260610-120000-daily",
         "20261201-120000-daily"});
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    const auto deleted = BackupFolder(databasePath()).tidy(now);
    QVERIFY_OK(deleted);
    QCOMPARE(deleted->size(), qsizetype(2));
    QCOMPARE(sorted(QDir(folder).entryList(QDir::Files)),
             sorted({"admissions-desk-20260610-120000-daily.sqlite",
                     "admissions-desk-20261201-120000-daily.sqlite"}));
}

void TestBackupFolder::isDue_data()
{
    QTest::addColumn<QStringList>("made");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("due");
    QTest::newRow("no backup yet") << QStringList() << "20270209-120000" << true;
    QTest::newRow("made a minute ago")
        << QStringList{"20270209-115900-daily"} << "20270209-120000" << false;
    QTest::newRow("a second short of a day")
        << QStringList{"20270208-120001-daily"} << "20270209-120000" << false;
    QTest::newRow("a day old") << QStringList{"20270208-120000-daily"} << "20270209-120000" << true;
    QTest::newRow("a week old") << QStringList{"20270202-120000-daily"} << "20270209-120000"
                                << true;
    QTest::newRow("an old one and a fresh manual one")
        << QStringList{"20270101-120000-daily", "20270209-080000-manual"} << "20270209-120000"
        << false;
}

void TestBackupFolder::isDue()
{
    QFETCH(QStringList, made);
    QFETCH(QString, now);
    QFETCH(bool, due);
    makeBackups(made);
    QCOMPARE(BackupFolder(databasePath()).isDue(utc(now)), due);
}

void TestBackupFolder::listsNewestFirst()
{
    const BackupFolder folder(databasePath());
    QVERIFY(folder.list().isEmpty()); // no folder yet
    // Three in one second: the second and the tenth are numbered, and newer than the first.
    makeBackups({"20270209-080000-manual", "20261231-235959-daily", "20270209-120000-daily",
                 "20270101-000000-before-upgrade-v3", "20270209-080000-manual-2",
                 "20270209-080000-manual-10"});
    touch(QDir(folder.path()).filePath(QStringLiteral("other-20270301-120000-daily.sqlite")));

    const QList<BackupFolder::Entry> entries = folder.list();
    QStringList order;
    for (const BackupFolder::Entry &entry : entries) {
        QCOMPARE(entry.madeAt.timeSpec(), Qt::UTC);
        QCOMPARE(QFileInfo(entry.path).absolutePath(), folder.path());
        QCOMPARE(entry.bytes, qint64(0));
        order << entry.madeAt.toString(TimeFormat) + QLatin1Char('-') + entry.reason;
    }
    QCOMPARE(order, (QStringList{"20270209-120000-daily", "20270209-080000-manual",
                                 "20270209-080000-manual", "20270209-080000-manual",
                                 "20270101-000000-before-upgrade-v3", "20261231-235959-daily"}));
    QVERIFY2(entries.at(1).path.endsWith(QLatin1String("-manual-10.sqlite")),
             qPrintable(entries.at(1).path));
    QVERIFY2(entries.at(2).path.endsWith(QLatin1String("-manual-2.sqlite")),
             qPrintable(entries.at(2).path));
    QVERIFY2(entries.at(3).path.endsWith(QLatin1String("-manual.sqlite")),
             qPrintable(entries.at(3).path));
}

void TestBackupFolder::pathForAvoidsAnExistingName()
{
    const BackupFolder folder(databasePath());
    QVERIFY(folder.create());
    QCOMPARE(QFileInfo(folder.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QDateTime at = utc(QStringLiteral("20270209-120000"));
    // Named by UTC time, whatever the time zone of `at`.
    const QString first = folder.pathFor(at.toOffsetFromUtc(3600), QStringLiteral("manual"));
    QCOMPARE(first, QDir(folder.path())
                        .filePath(QStringLiteral("admissions-desk-20270209-120000-manual.sqlite")));
    touch(first);
    const QString second = folder.pathFor(at, QStringLiteral("manual"));
    QCOMPARE(second,
             QDir(folder.path())
                 .filePath(QStringLiteral("admissions-desk-20270209-120000-manual-2.sqlite")));
    touch(second);
    const QString third = folder.pathFor(at, QStringLiteral("manual"));
    QVERIFY2(third.endsWith(QLatin1String("-manual-3.sqlite")), qPrintable(third));
    // Another reason, or another second, has a name of its own.
    QVERIFY(folder.pathFor(at, QStringLiteral("daily")).endsWith(QLatin1String("-daily.sqlite")));
    QVERIFY(folder.pathFor(at.addSecs(1), QStringLiteral("manual"))
                .endsWith(QLatin1String("-120001-manual.sqlite")));
    // Both are listed, as manual backups of the same second, the second one first.
    const QList<BackupFolder::Entry> entries = folder.list();
    QCOMPARE(entries.size(), qsizetype(2));
    QCOMPARE(entries.at(0).path, second);
    for (const BackupFolder::Entry &entry : entries) {
        QCOMPARE(entry.madeAt, at);
        QCOMPARE(entry.reason, QStringLiteral("manual"));
    }
}

void TestBackupFolder::folderFromTheSettings()
{
    const QString beside = m_dir.filePath(QStringLiteral("backups"));
    QCOMPARE(BackupFolder(databasePath()).path(), beside);
    QCOMPARE(BackupFolder::configuredFolder(), QString());
    const BackupFolder::Rotation defaults = BackupFolder::configuredRotation();
    QCOMPARE(defaults.daily, 7);
    QCOMPARE(defaults.weekly, 4);
    QCOMPARE(defaults.monthly, 6);

    // Another folder and other numbers, as 'backup settings' and the window share them.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    BackupFolder::configure(elsewhere, BackupFolder::Rotation{2, 3, 12});
    QCOMPARE(BackupFolder(databasePath()).path(), elsewhere);
    QCOMPARE(BackupFolder(m_dir.filePath(QStringLiteral("sub/other.sqlite"))).path(), elsewhere);
    const BackupFolder::Rotation rotation = BackupFolder::configuredRotation();
    QCOMPARE(rotation.daily, 2);
    QCOMPARE(rotation.weekly, 3);
    QCOMPARE(rotation.monthly, 12);
    QVERIFY(!QFileInfo::exists(elsewhere)); // made only when a backup is
    QVERIFY(BackupFolder(databasePath()).create());
    QVERIFY(QFileInfo(elsewhere).isDir());

    // A relative folder is kept as an absolute one: it must not move with the working folder.
    const QString working = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    BackupFolder::configure(QStringLiteral("relative"), rotation);
    QVERIFY(QDir::setCurrent(working));
    QCOMPARE(BackupFolder::configuredFolder(), QDir(m_dir.path()).filePath("relative"));

    // Back to the default, beside each database.
    BackupFolder::configure(QString(), rotation);
    QCOMPARE(BackupFolder::configuredFolder(), QString());
    QCOMPARE(BackupFolder(databasePath()).path(), beside);
}

QTEST_GUILESS_MAIN(TestBackupFolder)
#include "tst_backupfolder.moc"

#include "recentdatabases.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRecentDatabases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void newestFirstWithoutRepeatsOrMissingFiles()
    {
        const QString a = touch("a.sqlite");
        const QString b = touch("b.sqlite");
        RecentDatabases::add(a);
        RecentDatabases::add(b);
        RecentDatabases::add(a);
        QCOMPARE(RecentDatabases::list(), (QStringList{a, b}));
        QFile::remove(b);
        QCOMPARE(RecentDatabases::list(), QStringList{a});
    }

    void keepsAFewOnly()
    {
        for (int i = 0; i < RecentDatabases::MaxEntries + 3; ++i)
            RecentDatabases::add(touch(QString("db%1.sqlite").arg(i)));
        QCOMPARE(RecentDatabases::list().size(), RecentDatabases::MaxEntries);
        QCOMPARE(RecentDatabases::list().first(),
                 m_dir.filePath(QString("db%1.sqlite").arg(RecentDatabases::MaxEntries + 2)));
    }
};

QTEST_GUILESS_MAIN(TestRecentDatabases)
#include "tst_recentdatabases.moc"

#include "backup/backupfile.h"
#include "backup/backupfolder.h"
#include "backupactions.h"
#include "browse/applicationtablemodel.h"
#include "mainwindow.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "unusablefile.h"
#include "verifyok.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {
// `count` applicants, each with an application in track SWE.
void addApplications(TestDatabase &db, int count, const QString &prefix)
{
    const QVariant track = db.scalar(QStringLiteral("SELECT id FROM tracks WHERE code = 'SWE'"));
    const qint64 trackId = track.isNull() ? db.addTrack(QStringLiteral("SWE")) : track.toLongLong();
    for (int i = 1; i <= count; ++i)
        db.addApplication(
            db.addApplicant(prefix, QStringLiteral("Nr%1").arg(i),
                            QStringLiteral("%1.%2@example.org").arg(prefix).arg(i),
                            QStringLiteral("+1 555 %1").arg(prefix.size() * 1000 + i)),
            trackId);
}

QLabel *lastBackupLabel(const MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("lastBackupLabel"));
}

ApplicationTableModel *modelOf(const MainWindow &window)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    return table ? qobject_cast<ApplicationTableModel *>(table->model()) : nullptr;
}

// Where screenshots go: /tmp/backup-NAME.png, or nowhere when BACKUP_SCREENSHOTS is "0".
void save(const QImage &image, const QString &name)
{
    if (qgetenv("BACKUP_SCREENSHOTS") == "0")
        return;
    const QString path = QStringLiteral("/tmp/backup-%1.png").arg(name);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}
} // namespace

// File -> Back Up… and Restore from Backup…, the daily backup and "Last backup" in the status
// bar, on a real file, offscreen.
class TestBackupActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backUpToWritesACheckedBackup();
    void dailyBackupOnlyWhenDue();
    void restoreReplacesWhatTheWindowShows();
    void refusedRestoreKeepsTheWindowWorking();
    void screenshots();
};

void TestBackupActions::initTestCase()
{
    // Settings go to a test folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupActions::init()
{
    QSettings().clear();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
}

void TestBackupActions::backUpToWritesACheckedBackup()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    addApplications(db, 12, QStringLiteral("Ada"));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::Administrator));
    auto *backups = new BackupActions(db.database(), &window);
    window.addFileActions({backups->backUpAction(), backups->restoreAction()});
    QVERIFY(showMainWindow(window));
    window.setActor(db.actor(StaffRole::Officer)); // a backup by hand needs a role that may
    QLabel *label = lastBackupLabel(window);
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("No backup yet"));
    QVERIFY(label->isVisible());

    const BackupFolder folder(db.path());
    QVERIFY(folder.create());
    const QString path = folder.pathFor(QDateTime::currentDateTimeUtc(), QStringLiteral("manual"));
    QSignalSpy finished(backups, &BackupActions::backupFinished);
    backups->backUpTo(path);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QVERIFY2(finished.at(0).at(1).value<Error>().message.isEmpty(),
             qPrintable(finished.at(0).at(1).value<Error>().text()));
    const auto inspected = BackupFile::inspect(path);
    QVERIFY_OK(inspected);
    QCOMPARE(inspected->applications(), qint64(12));

    QVERIFY2(label->text().startsWith(QLatin1String("Last backup: today ")),
             qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(QDir::toNativeSeparators(path)),
             qPrintable(label->toolTip()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("12 applications")),
             qPrintable(window.statusBar()->currentMessage()));

    // Never over the database: the window says why, and the signal carries the error.
    backups->backUpTo(db.path());
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(0).toString().isEmpty());
    QVERIFY2(finished.at(1).at(1).value<Error>().message.contains(QLatin1String("itself")),
             qPrintable(finished.at(1).at(1).value<Error>().text()));
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    window.findChild<QMessageBox *>()->close();
}

void TestBackupActions::dailyBackupOnlyWhenDue()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    addApplications(db, 5, QStringLiteral("Grace"));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::Administrator));
    auto *backups = new BackupActions(db.database(), &window);
    QVERIFY(showMainWindow(window));

    QSignalSpy finished(backups, &BackupActions::backupFinished);
    backups->backUpIfDue();
    QTRY_COMPARE(finished.count(), 1);
    const QList<BackupFolder::Entry> made = BackupFolder(db.path()).list();
    QCOMPARE(made.size(), qsizetype(1));
    QCOMPARE(made.first().reason, QStringLiteral("daily"));
    QCOMPARE(finished.at(0).at(0).toString(), made.first().path);
    QVERIFY(BackupFile::inspect(made.first().path));
    QVERIFY2(lastBackupLabel(window)->text().startsWith(QLatin1String("Last backup: ")),
             qPrintable(lastBackupLabel(window)->text()));

    // A fresh one is there: nothing more, however often the window looks.
    backups->backUpIfDue();
    backups->backUpIfDue();
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(BackupFolder(db.path()).list().size(), qsizetype(1));
}

void TestBackupActions::restoreReplacesWhatTheWindowShows()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    addApplications(db, 20, QStringLiteral("Ada"));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::Administrator));
    auto *backups = new BackupActions(db.database(), &window);
    QSignalSpy painted(&window, &MainWindow::tablePainted);
    QVERIFY(showMainWindow(window));
    window.setActor(db.actor(StaffRole::Administrator)); // who may restore
    QTRY_COMPARE(painted.count(), 1);
    ApplicationTableModel *model = modelOf(window);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 20);

    const QString backup = QDir(db.dir()).filePath(QStringLiteral("twenty.sqlite"));
    QSignalSpy backedUp(backups, &BackupActions::backupFinished);
    backups->backUpTo(backup);
    QTRY_COMPARE(backedUp.count(), 1);
    QVERIFY(QFileInfo::exists(backup));

    addApplications(db, 7, QStringLiteral("Grace"));
    window.refresh();
    QCOMPARE(modelOf(window)->rowCount(), 27);

    QSignalSpy restored(backups, &BackupActions::restoreFinished);
    backups->restoreFrom(backup, true);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 15000);
    const Error error = restored.at(0).at(0).value<Error>();
    QVERIFY2(error.message.isEmpty(), qPrintable(error.text()));
    QVERIFY(db.isOpen());
    QCOMPARE(modelOf(window)->rowCount(), 20);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM applicants WHERE first_name = 'Grace'"))
                 .toInt(),
             0);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("before-restore")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.findChild<QMessageBox *>());
    // The window works on the restored file.
    addApplications(db, 1, QStringLiteral("Katherine"));
    window.refresh();
    QCOMPARE(modelOf(window)->rowCount(), 21);
}

void TestBackupActions::refusedRestoreKeepsTheWindowWorking()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    addApplications(db, 3, QStringLiteral("Ada"));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::Administrator));
    auto *backups = new BackupActions(db.database(), &window);
    QVERIFY(showMainWindow(window));
    window.setActor(db.actor(StaffRole::Administrator));

    // A backup from a newer program: refused before anything is closed.
    const QString newer = QDir(db.dir()).filePath(QStringLiteral("newer.sqlite"));
    const QString made = UnusableFile::create(newer, UnusableFile::Kind::Newer);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QSignalSpy restored(backups, &BackupActions::restoreFinished);
    backups->restoreFrom(newer, true);
    QTRY_COMPARE(restored.count(), 1);
    QVERIFY2(restored.at(0).at(0).value<Error>().message.contains(QLatin1String("newer")),
             qPrintable(restored.at(0).at(0).value<Error>().text()));
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    window.findChild<QMessageBox *>()->close();
    QVERIFY(db.isOpen());
    window.refresh();
    QCOMPARE(modelOf(window)->rowCount(), 3);
}

// The File menu with its two entries and the status bar with "Last backup", for a person to
// look at: /tmp/backup-file-menu.png, /tmp/backup-status-bar.png, /tmp/backup-window.png.
void TestBackupActions::screenshots()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    addApplications(db, 40, QStringLiteral("Ada"));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::Administrator));
    auto *backups = new BackupActions(db.database(), &window);
    window.addFileActions({backups->backUpAction(), backups->restoreAction()});
    window.resize(1100, 640);
    QVERIFY(showMainWindow(window));
    window.setActor(db.actor(StaffRole::Administrator)); // who is offered both
    QSignalSpy finished(backups, &BackupActions::backupFinished);
    backups->backUpIfDue();
    QTRY_COMPARE(finished.count(), 1);
    window.statusBar()->clearMessage();

    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(backups->backUpAction()));
    QVERIFY(file->actions().contains(backups->restoreAction()));
    // Above Quit, in a group of their own.
    const QList<QAction *> entries = file->actions();
    const qsizetype restoreAt = entries.indexOf(backups->restoreAction());
    QCOMPARE(entries.indexOf(backups->backUpAction()), restoreAt - 1);
    QVERIFY(entries.value(restoreAt + 1)->isSeparator());
    QVERIFY(entries.value(restoreAt - 2)->isSeparator());

    // The window with its File menu open on top of it.
    file->popup(window.mapToGlobal(window.menuBar()->geometry().bottomLeft()));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    file->setActiveAction(backups->backUpAction());
    QTest::qWait(100);
    QImage shot = window.grab().toImage();
    {
        QPainter painter(&shot);
        painter.drawPixmap(window.mapFromGlobal(file->pos()), file->grab());
    }
    save(shot, QStringLiteral("file-menu"));
    file->hide();

    QLabel *label = lastBackupLabel(window);
    QVERIFY(label->isVisible());
    QVERIFY(!label->visibleRegion().isEmpty());
    const QRect bar = window.statusBar()->geometry();
    save(window.grab(bar).toImage(), QStringLiteral("status-bar"));
    save(window.grab().toImage(), QStringLiteral("window"));
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"

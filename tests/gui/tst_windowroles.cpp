#include "applicationspage.h"
#include "backup/backupfolder.h"
#include "backupactions.h"
#include "mainwindow.h"
#include "showmainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
// Every action a person could trigger in the window, with its text.
QList<QAction *> offeredActions(const MainWindow &window)
{
    QList<QAction *> offered;
    const QList<QAction *> menus = window.menuBar()->actions();
    QList<QMenu *> pending;
    for (QAction *menu : menus)
        if (menu->menu())
            pending << menu->menu();
    while (!pending.isEmpty()) {
        QMenu *menu = pending.takeFirst();
        Q_EMIT menu->aboutToShow(); // menus filled when opened
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu())
                pending << action->menu();
            else if (action->isVisible() && action->isEnabled() && !action->isSeparator())
                offered << action;
        }
    }
    return offered;
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList names;
    for (const QAction *action : actions)
        names << action->text().remove(QLatin1Char('&'));
    return names;
}
} // namespace

// The window offers what the signed-in role may do, and nothing it would refuse.
class TestWindowRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    // A window with the backup actions, as main.cpp builds it, its first application current.
    std::unique_ptr<MainWindow> window(const Actor &actor, BackupActions **backups = nullptr)
    {
        auto made = std::make_unique<MainWindow>(m_db->connectionName(), m_db->path());
        auto *actions = new BackupActions(m_db->database(), made.get());
        made->addFileActions({actions->backUpAction(), actions->restoreAction()});
        if (backups)
            *backups = actions;
        if (!showSignedIn(*made, actor))
            return nullptr;
        return made;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_db->addCohort(track, QStringLiteral("SWE 2027"), 10);
        m_db->addApplication(m_db->addApplicant("Zoë", "Private", "zoe@example.org"), track);
    }

    void cleanup() { m_db.reset(); }

    void readOnlyIsOfferedNoWrites()
    {
        auto shown = window(m_db->actor(StaffRole::ReadOnly));
        QVERIFY(shown);
        MainWindow &w = *shown;
        const QStringList offered = texts(offeredActions(w));
        // Reading, looking and leaving are offered; no write is.
        for (const QString &write :
             QStringList{"New Applicant…", "Save applicant", "Import Applications…", "Withdraw…",
                         "Assign Owner…", "Move to Cohort…", "Merge Applicants…", "Back Up…",
                         "Restore from Backup…", "Staff…", "Time Zone…"})
            QVERIFY2(!offered.contains(write), qPrintable(write + " in " + offered.join(", ")));
        for (const QString &read :
             QStringList{"Find…", "Refresh", "Lock", "Sign Out…", "Preferences…"})
            QVERIFY2(offered.contains(read), qPrintable(read + " not in " + offered.join(", ")));
        auto *page = w.findChild<ApplicationsPage *>();
        QVERIFY(!page->moveMenu()->menuAction()->isVisible());

        // The panel shows the applicant and takes no edits.
        auto *email = w.findChild<QLineEdit *>(QStringLiteral("email"));
        QTRY_COMPARE(email->text(), QStringLiteral("zoe@example.org"));
        QVERIFY(email->isReadOnly());
        QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("notes"))->isReadOnly());
        for (const char *button :
             {"save", "revert", "addActivity", "setScore", "scheduleInterview", "cancelInterview"})
            QVERIFY2(w.findChild<QPushButton *>(QLatin1String(button))->isHidden(), button);
        // Cohorts and mentors are shown, not edited.
        for (const QPushButton *button : w.findChildren<QPushButton *>()) {
            const QString text = button->text().remove(QLatin1Char('&'));
            if (text == "New Cohort…" || text == "Edit Cohort…" ||
                text == "Open for Applications" || text == "Assign the selected mentor")
                QVERIFY2(button->isHidden(), qPrintable(text));
        }
        auto *label = w.findChild<QLabel *>(QStringLiteral("signedInAs"));
        QVERIFY2(label->text().contains("Read-only"), qPrintable(label->text()));
    }

    void officerDoesTheWorkButNoRestoreNorStaff()
    {
        auto shown = window(m_db->actor(StaffRole::Officer));
        QVERIFY(shown);
        const QStringList offered = texts(offeredActions(*shown));
        for (const QString &write :
             QStringList{"New Applicant…", "Import Applications…", "Withdraw…", "Assign Owner…",
                         "Move to Cohort…", "Back Up…"})
            QVERIFY2(offered.contains(write), qPrintable(write + " not in " + offered.join(", ")));
        for (const QString &admin :
             QStringList{"Restore from Backup…", "Staff…", "Erase Personal Data…",
                         "Retention Review…", "Time Zone…"})
            QVERIFY2(!offered.contains(admin), qPrintable(admin + " in " + offered.join(", ")));
        QVERIFY(!shown->findChild<QLineEdit *>(QStringLiteral("email"))->isReadOnly());
    }

    void administratorIsOfferedEverything()
    {
        auto shown = window(m_db->actor(StaffRole::Administrator));
        QVERIFY(shown);
        const QStringList offered = texts(offeredActions(*shown));
        for (const QString &admin :
             QStringList{"Back Up…", "Restore from Backup…", "Staff…", "Erase Personal Data…",
                         "Retention Review…", "Time Zone…"})
            QVERIFY2(offered.contains(admin), qPrintable(admin + " not in " + offered.join(", ")));
    }

    // Core refuses anyway, and so do the backup actions themselves, asked directly: a backup by
    // a read-only user, a restore by an officer.
    void backupActionsAskTheRole()
    {
        BackupActions *backups = nullptr;
        auto shown = window(m_db->actor(StaffRole::ReadOnly), &backups);
        QVERIFY(shown);
        const QString path = QDir(m_db->dir()).filePath(QStringLiteral("copy.sqlite"));
        QSignalSpy backedUp(backups, &BackupActions::backupFinished);
        backups->backUpTo(path);
        QCOMPARE(backedUp.count(), 1);
        QVERIFY2(backedUp.at(0).at(1).value<Error>().message.contains("may not make a backup"),
                 qPrintable(backedUp.at(0).at(1).value<Error>().text()));
        QVERIFY(!QFileInfo::exists(path));
        QTRY_VERIFY(shown->findChild<QMessageBox *>());
        shown->findChild<QMessageBox *>()->close();

        shown->setActor(m_db->actor(StaffRole::Officer));
        backups->backUpTo(path);
        QTRY_COMPARE(backedUp.count(), 2);
        QVERIFY2(backedUp.at(1).at(1).value<Error>().message.isEmpty(),
                 qPrintable(backedUp.at(1).at(1).value<Error>().text()));
        QVERIFY(QFileInfo::exists(path));

        QSignalSpy restored(backups, &BackupActions::restoreFinished);
        backups->restoreFrom(path, true);
        QCOMPARE(restored.count(), 1);
        QVERIFY2(restored.at(0).at(0).value<Error>().message.contains("may not restore a backup"),
                 qPrintable(restored.at(0).at(0).value<Error>().text()));
        QVERIFY(m_db->isOpen());
        // The daily backup is the desk's own: it runs whoever is signed in.
        shown->setActor(m_db->actor(StaffRole::ReadOnly));
        backups->backUpIfDue();
        QTRY_COMPARE(backedUp.count(), 3);
        QVERIFY(!BackupFolder(m_db->path()).list().isEmpty());
    }
};

QTEST_MAIN(TestWindowRoles)
#include "tst_windowroles.moc"

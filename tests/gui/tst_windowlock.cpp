#include "mainwindow.h"
#include "services/staffservice.h"
#include "showmainwindow.h"
#include "signin/idlewatch.h"
#include "signin/lockcover.h"
#include "staffaccounts.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace {
LockCover *coverOf(const QWidget &window)
{
    const QList<LockCover *> covers =
        window.findChildren<LockCover *>(QString(), Qt::FindDirectChildrenOnly);
    for (LockCover *cover : covers) {
        if (cover->isVisible())
            return cover;
    }
    return nullptr;
}

// Whatever is at each of these points of the window is the cover or part of it: nothing of
// the window shows.
bool coversEverything(QWidget &window)
{
    LockCover *cover = coverOf(window);
    if (!cover || cover->geometry() != window.rect())
        return false;
    for (int x = 1; x < 10; ++x) {
        for (int y = 1; y < 10; ++y) {
            QWidget *at = window.childAt(window.width() * x / 10, window.height() * y / 10);
            if (at != cover && !cover->isAncestorOf(at))
                return false;
        }
    }
    return true;
}

void unlockWith(QWidget &window, const QString &password)
{
    LockCover *cover = coverOf(window);
    QVERIFY(cover);
    auto *field = cover->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    QVERIFY(field);
    // After a failure the button waits a second or more.
    auto *button = cover->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    field->setText(password);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    button->click();
}
} // namespace

// The lock: File → Lock and the idle time cover the window and every window over it until the
// signed-in person's password is typed; signing out leaves nobody acting.
class TestWindowLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    Actor m_admin;
    Actor m_officer;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_db->addApplication(m_db->addApplicant("Zoë", "Private", "zoe@example.org"), track);
        m_admin = StaffAccounts::firstAdministrator(m_db->connectionName(), "ada");
        QVERIFY(m_admin.userId > 0);
        m_officer = StaffAccounts::add(m_db->connectionName(), m_admin, "olga", StaffRole::Officer);
        QVERIFY(m_officer.userId > 0);
    }

    void cleanup() { m_db.reset(); }

    void lockHidesEverythingUntilThePasswordIsTyped()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_officer);
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        QVERIFY(table->isEnabled());
        QVERIFY(!coverOf(window));

        QAction *lock = window.findChild<QAction *>(QStringLiteral("lockAction"));
        QVERIFY(lock && lock->isEnabled());
        QCOMPARE(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        lock->trigger();
        QVERIFY(window.isLocked());
        QVERIFY(coversEverything(window));
        // Nothing underneath takes input: the table, the panel, the menus, the tool bar.
        QVERIFY(!table->isEnabled());
        QVERIFY(!window.findChild<QDockWidget *>()->isEnabled());
        QVERIFY(!window.menuBar()->isEnabled());
        QCOMPARE(coverOf(window)->findChild<QLineEdit *>("unlockPassword"),
                 QApplication::focusWidget());

        // Another staff user's password does not open it; a wrong one is said to be wrong.
        unlockWith(window, QStringLiteral("not the password"));
        QVERIFY(window.isLocked());
        auto *message = coverOf(window)->findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QCOMPARE(message->text(), QStringLiteral("Wrong username or password."));
        QVERIFY(coversEverything(window));

        unlockWith(window, StaffAccounts::Password);
        QVERIFY(!window.isLocked());
        QTRY_VERIFY(!coverOf(window));
        QVERIFY(table->isEnabled());
        QVERIFY(window.menuBar()->isEnabled());
        QCOMPARE(window.actor().userId, m_officer.userId);
    }

    // The administrator's password is not the officer's: only the person signed in unlocks.
    void onlyThePersonSignedInUnlocks()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_officer);
        window.lock();
        QVERIFY(window.isLocked());
        auto *field = coverOf(window)->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        QVERIFY2(field->placeholderText().contains("olga"), qPrintable(field->placeholderText()));
        // Olga gets a password of her own: Ada's no longer opens Olga's lock.
        QVERIFY(StaffService(m_db->connectionName(), m_admin)
                    .setPassword(m_officer.userId, QStringLiteral("olga's new password"))
                    .ok());
        unlockWith(window, StaffAccounts::Password);
        QVERIFY(window.isLocked());
        unlockWith(window, QStringLiteral("olga's new password"));
        QVERIFY(!window.isLocked());
    }

    // Nobody touching the application for the idle time locks it; input puts it off.
    void idleTimeLocks()
    {
        QCOMPARE(IdleWatch::savedMinutes(), IdleWatch::DefaultMinutes);
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_officer);
        QCOMPARE(window.idleWatch()->timeout(), std::chrono::milliseconds(15min));
        QVERIFY(window.idleWatch()->isWatching());
        window.idleWatch()->setTimeout(1500ms);
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        for (int i = 0; i < 10; ++i) {
            QTest::mouseMove(table->viewport(), QPoint(10 + i, 10 + i));
            QTest::qWait(200);
        }
        QVERIFY(!window.isLocked()); // 2 s of use, each moment less than 1.5 s after the last
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
        QVERIFY(coversEverything(window));
        // Locked, the idle time does not run; unlocked, it starts again.
        QVERIFY(!window.idleWatch()->isWatching());
        unlockWith(window, StaffAccounts::Password);
        QVERIFY(!window.isLocked());
        QVERIFY(window.idleWatch()->isWatching());
    }

    // The time is a preference; 0 is never.
    void idleTimeIsAPreference()
    {
        IdleWatch::saveMinutes(5);
        QCOMPARE(IdleWatch::savedMinutes(), 5);
        IdleWatch watch;
        QCOMPARE(watch.timeout(), std::chrono::milliseconds(5min));
        IdleWatch::saveMinutes(0);
        IdleWatch never;
        QSignalSpy idle(&never, &IdleWatch::idle);
        never.start();
        QTest::qWait(100);
        QCOMPARE(idle.count(), 0);
    }

    // A message box open over the window, and one that opens while it is locked, are covered
    // too: no applicant's name stays on the screen.
    void windowsOverTheWindowAreCovered()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_officer);
        auto *before = new QMessageBox(QMessageBox::Information, "Zoë",
                                       "Zoë Private, zoe@example.org", QMessageBox::Ok, &window);
        before->setAttribute(Qt::WA_DeleteOnClose);
        before->show();
        QVERIFY(QTest::qWaitForWindowExposed(before));
        window.lock();
        QVERIFY(coversEverything(*before));
        // Esc under the cover does not close the box (nor anything else).
        QTest::keyClick(coverOf(*before), Qt::Key_Escape);
        QVERIFY(before->isVisible());

        QMessageBox after(QMessageBox::Information, "Refused", "Zoë Private was not moved.",
                          QMessageBox::Ok, &window);
        after.show();
        QVERIFY(QTest::qWaitForWindowExposed(&after));
        QVERIFY(coversEverything(after));

        // Unlocked from either: every window comes back.
        unlockWith(*before, StaffAccounts::Password);
        QTRY_VERIFY(!coverOf(*before) && !coverOf(after) && !coverOf(window));
        QVERIFY(before->findChild<QDialogButtonBox *>()->isEnabled());
        before->close();
    }

    // Sign Out leaves nobody acting and the window covered; the sign-in flow is told.
    void signOutLeavesNobodyActing()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_officer);
        auto *label = window.findChild<QLabel *>(QStringLiteral("signedInAs"));
        QVERIFY2(label->text().contains("Olga Example") &&
                     label->text().contains("Admissions officer"),
                 qPrintable(label->text()));
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!window.isSignedIn());
        QCOMPARE(window.actor().userId, qint64(0));
        QVERIFY(coversEverything(window));
        QVERIFY(!coverOf(window)->findChild<QLineEdit *>(QStringLiteral("unlockPassword")));
        QCOMPARE(label->text(), QStringLiteral("Not signed in"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
        QVERIFY(!window.idleWatch()->isWatching());

        // The next person signs in: the cover goes, with their role.
        window.setActor(m_admin);
        QVERIFY(!coverOf(window));
        QVERIFY2(label->text().contains("Administrator"), qPrintable(label->text()));
    }

    // A staff user who may no longer use the desk (deactivated meanwhile) is signed out, and
    // the window covered, rather than left acting.
    void deactivatedUserIsSignedOut()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        QVERIFY(
            StaffService(m_db->connectionName(), m_admin).setActive(m_officer.userId, false).ok());
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        window.setActor(m_officer);
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!window.isSignedIn());
        QVERIFY(coversEverything(window));
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY2(box->informativeText().contains("deactivated"),
                 qPrintable(box->informativeText()));
        QVERIFY(!coverOf(*box)); // the message itself can be read
        box->close();
    }

    // Sign Out on the lock: the unsaved edits of the person who locked are discarded only
    // when asked, and the question names no applicant.
    void signOutFromTheLockAsksWithoutNamingTheApplicant()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.setActor(m_officer);
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_VERIFY(table->model()->rowCount() == 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *country = window.findChild<QLineEdit *>(QStringLiteral("country"));
        QTRY_VERIFY(country->isEnabled());
        country->setText(QStringLiteral("Portugal"));
        window.lock();
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            QVERIFY(!coverOf(*box)); // the question itself is not covered
            box->button(QMessageBox::Discard)->click();
        });
        coverOf(window)->findChild<QPushButton *>(QStringLiteral("lockSignOut"))->click();
        QVERIFY2(!asked.contains("Zoë") && asked.contains("Olga Example"), qPrintable(asked));
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!window.isSignedIn());
        QCOMPARE(country->text(), QString()); // reverted, not saved
    }
};

QTEST_MAIN(TestWindowLock)
#include "tst_windowlock.moc"

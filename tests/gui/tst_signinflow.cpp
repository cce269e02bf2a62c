#include "mainwindow.h"
#include "services/signin.h"
#include "showmainwindow.h"
#include "signin/firstadministratordialog.h"
#include "signin/lockcover.h"
#include "signin/signindialog.h"
#include "signin/signinflow.h"
#include "staffaccounts.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

namespace {
bool isCovered(const QWidget &window)
{
    const QList<LockCover *> covers =
        window.findChildren<LockCover *>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(covers.begin(), covers.end(),
                       [](const LockCover *cover) { return cover->isVisible(); });
}

// The modal dialog of type T once it is open; null when none opens.
template <typename T> T *openDialog()
{
    T *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&dialog] {
        dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        return dialog != nullptr;
    });
    return opened ? dialog : nullptr;
}

void type(QDialog *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void ok(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}
} // namespace

// How the window is signed in: the dialog that fits the desk over a covered window, Cancel as
// nobody, Sign Out as the next person.
class TestSignInFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup() { m_db.reset(); }

    // A new desk: the first administrator is asked for, over a window that shows nothing, and
    // is signed in once made.
    void firstStartMakesTheAdministratorAndSignsIn()
    {
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        SignInFlow flow(m_db->connectionName(), &window);
        QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
        flow.start();
        QVERIFY(isCovered(window));
        auto *dialog = openDialog<FirstAdministratorDialog>();
        QVERIFY(dialog);
        QVERIFY(!isCovered(*dialog)); // the dialog itself is not covered
        type(dialog, "username", "ada");
        type(dialog, "newPassword", StaffAccounts::Password);
        type(dialog, "repeatPassword", StaffAccounts::Password);
        ok(dialog);
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(window.isSignedIn());
        QCOMPARE(window.actor().username, QStringLiteral("ada"));
        QVERIFY(window.allows(Action::ManageStaff));
        QVERIFY(!isCovered(window));
        QCOMPARE(SignInDialog::lastUsername(), QStringLiteral("ada"));
    }

    // Cancel: nobody signs in, and the program is told to quit.
    void cancelIsNobody()
    {
        QVERIFY(StaffAccounts::firstAdministrator(m_db->connectionName(), "ada").userId > 0);
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        SignInFlow flow(m_db->connectionName(), &window);
        QSignalSpy abandoned(&flow, &SignInFlow::abandoned);
        flow.start();
        auto *dialog = openDialog<SignInDialog>();
        QVERIFY(dialog);
        dialog->reject();
        QCOMPARE(abandoned.count(), 1);
        QVERIFY(!window.isSignedIn());
        QVERIFY(isCovered(window));
    }

    // Sign Out asks who is next; the next person signs in with their own role.
    void signOutAsksWhoIsNext()
    {
        const Actor ada = StaffAccounts::firstAdministrator(m_db->connectionName(), "ada");
        QVERIFY(
            StaffAccounts::add(m_db->connectionName(), ada, "rita", StaffRole::ReadOnly).userId >
            0);
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        SignInFlow flow(m_db->connectionName(), &window);
        window.setActor(ada);
        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(isCovered(window));
        auto *dialog = openDialog<SignInDialog>();
        QVERIFY(dialog);
        type(dialog, "username", "rita");
        type(dialog, "password", StaffAccounts::Password);
        ok(dialog);
        QCOMPARE(window.actor().username, QStringLiteral("rita"));
        QVERIFY(!window.allows(Action::RegisterApplications));
        QVERIFY(!isCovered(window));
    }

    // An unattended run: a token signs in without any dialog; a wrong one is refused.
    void tokenSignsInWithoutDialogs()
    {
        const Actor ada = StaffAccounts::firstAdministrator(m_db->connectionName(), "ada");
        const QString token = StaffAccounts::token(m_db->connectionName(), ada);
        MainWindow window(m_db->connectionName(), m_db->path());
        QVERIFY(showMainWindow(window));
        window.showSignedOut();
        SignInFlow flow(m_db->connectionName(), &window);
        QVERIFY(!flow.signInWithToken(token.left(token.size() - 1) + QLatin1Char('x')));
        QVERIFY(!window.isSignedIn());
        QVERIFY(flow.signInWithToken(token).ok());
        QCOMPARE(window.actor().userId, ada.userId);
        QVERIFY(!isCovered(window));
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"

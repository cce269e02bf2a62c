#include "services/signin.h"
#include "services/staffservice.h"
#include "signin/firstadministratordialog.h"
#include "signin/signindialog.h"
#include "staffaccounts.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {
template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// What a person types: one key at a time, into a cleared field.
void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

// The first-start dialog and the sign-in dialog, on a real file, offscreen.
class TestSignInDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    // OK stays disabled until the password is long enough and typed twice the same; what is
    // wrong is said as it is typed.
    void firstAdministratorIsCheckedAsItIsTyped()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        FirstAdministratorDialog dialog(db.connectionName());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *username = child<QLineEdit>(dialog, "username");
        auto *password = child<QLineEdit>(dialog, "newPassword");
        auto *repeat = child<QLineEdit>(dialog, "repeatPassword");
        auto *problem = child<QLabel>(dialog, "passwordProblem");
        QVERIFY(username && password && repeat && problem);
        // The operating system's account name, never $USER.
        QCOMPARE(username->text(), SignIn::systemAccountName());
        QVERIFY(!okButton(dialog)->isEnabled());

        type(username, "ada");
        type(child<QLineEdit>(dialog, "displayName"), "Ada Lovelace");
        type(password, "short");
        QVERIFY2(problem->text().contains("at least 10"), qPrintable(problem->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(password, "analytical engine");
        QVERIFY(problem->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled()); // not repeated yet
        type(repeat, "analytical");              // a beginning: not finished yet
        QVERIFY(problem->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        type(repeat, "analytical enginf");
        QVERIFY2(problem->text().contains("differ"), qPrintable(problem->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        type(repeat, "analytical engine");
        QVERIFY(problem->text().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        type(username, "");
        QVERIFY(!okButton(dialog)->isEnabled());
        type(username, "ada");

        // Nothing is written before OK.
        QVERIFY(SignIn(db.connectionName()).needsFirstAdministrator().value());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.signedIn().has_value());
        QCOMPARE(dialog.signedIn()->actor.username, QStringLiteral("ada"));

        // An administrator who can sign in with that password, and the desk needs no other.
        QVERIFY(!SignIn(db.connectionName()).needsFirstAdministrator().value());
        const auto signedIn = SignIn(db.connectionName()).withPassword("ada", "analytical engine");
        QVERIFY_OK(signedIn);
        QCOMPARE(signedIn->user.role, StaffRole::Administrator);
        QCOMPARE(signedIn->user.displayName, QStringLiteral("Ada Lovelace"));
    }

    // A file from before sign-in: the staff user named like the operating-system account
    // becomes the administrator, and the dialog says so.
    void firstAdministratorTakesOverTheAccountFromBeforeSignIn()
    {
        const QString account = SignIn::systemAccountName();
        QVERIFY(!account.isEmpty());
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 existing = db.addStaff(account); // an officer without a password
        db.addStaff(QStringLiteral("grace"));
        FirstAdministratorDialog dialog(db.connectionName());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = child<QLabel>(dialog, "existingAccount");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(account) &&
                     note->text().contains("becomes the administrator and needs a password"),
                 qPrintable(note->text()));
        type(child<QLineEdit>(dialog, "username"), "nobody-here");
        QVERIFY2(note->text().contains("new account"), qPrintable(note->text()));
        type(child<QLineEdit>(dialog, "username"), account);

        type(child<QLineEdit>(dialog, "newPassword"), StaffAccounts::Password);
        type(child<QLineEdit>(dialog, "repeatPassword"), StaffAccounts::Password);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedIn()->actor.userId, existing);
        const auto staff = StaffService(db.connectionName(), dialog.signedIn()->actor).list();
        QVERIFY_OK(staff);
        QCOMPARE(staff->size(), qsizetype(2));
        for (const StaffUser &user : staff.value()) {
            QCOMPARE(user.canSignIn(), user.id == existing);
            if (user.id == existing)
                QCOMPARE(user.role, StaffRole::Administrator);
        }
    }

    // A wrong password is said plainly, the button waits as long as SignIn makes the next
    // attempt wait, and then the right password signs in. Only the username is remembered.
    void signInFailsThenSucceeds()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const Actor admin = StaffAccounts::firstAdministrator(db.connectionName(), "ada");
        QVERIFY(admin.userId > 0);
        SignInDialog dialog(db.connectionName());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *username = child<QLineEdit>(dialog, "username");
        auto *password = child<QLineEdit>(dialog, "password");
        auto *message = child<QLabel>(dialog, "message");
        auto *wait = child<QLabel>(dialog, "wait");
        QVERIFY(username->text().isEmpty()); // nobody signed in here before
        QVERIFY(!okButton(dialog)->isEnabled());

        type(username, "ada");
        type(password, "not the password");
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.signedIn());
        QCOMPARE(message->text(), QStringLiteral("Wrong username or password."));
        QVERIFY(password->text().isEmpty());
        // The next attempt waits a second: counted down, the button disabled meanwhile.
        QVERIFY2(wait->text().contains("try again in 1 second"), qPrintable(wait->text()));
        type(password, StaffAccounts::Password);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog)->isEnabled(), 5000);
        QVERIFY(wait->text().isEmpty());

        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.signedIn().has_value());
        QCOMPARE(dialog.signedIn()->actor.userId, admin.userId);

        // The next time, the username is there; the password is stored nowhere.
        QCOMPARE(SignInDialog::lastUsername(), QStringLiteral("ada"));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(StaffAccounts::Password),
                     qPrintable(key));
        SignInDialog again(db.connectionName());
        QCOMPARE(child<QLineEdit>(again, "username")->text(), QStringLiteral("ada"));
        QVERIFY(child<QLineEdit>(again, "password")->text().isEmpty());
    }

    // An unknown user gets the same words as a wrong password.
    void unknownUserIsNotTold()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        QVERIFY(StaffAccounts::firstAdministrator(db.connectionName(), "ada").userId > 0);
        SignInDialog dialog(db.connectionName());
        type(child<QLineEdit>(dialog, "username"), "mallory");
        type(child<QLineEdit>(dialog, "password"), StaffAccounts::Password);
        okButton(dialog)->click();
        QVERIFY(!dialog.signedIn());
        QCOMPARE(child<QLabel>(dialog, "message")->text(),
                 QStringLiteral("Wrong username or password."));
    }
};

QTEST_MAIN(TestSignInDialogs)
#include "tst_signindialogs.moc"

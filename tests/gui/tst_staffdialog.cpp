#include "services/signin.h"
#include "services/staffservice.h"
#include "staff/newpassworddialog.h"
#include "staff/newstaffuserdialog.h"
#include "staff/staffdialog.h"
#include "staffaccounts.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {
template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

int rowOf(const QTableWidget *table, const QString &username)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == username)
            return row;
    }
    return -1;
}

// Runs `fill` on the next modal dialog of type T once it is open.
template <typename T> void whenOpen(QObject *context, std::function<void(T &)> fill)
{
    QTimer::singleShot(0, context, [fill] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            fill(*dialog);
    });
}
} // namespace

// Settings → Staff: the staff listed with what they may do and whether they can sign in;
// adding, changing roles, deactivating and new passwords, through StaffService, whose
// refusals the dialog says.
class TestStaffDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    Actor m_admin;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addStaff(QStringLiteral("legacy")); // from before sign-in: no password
        m_admin = StaffAccounts::firstAdministrator(m_db->connectionName(), "ada");
        QVERIFY(m_admin.userId > 0);
    }

    void cleanup() { m_db.reset(); }

    void listsTheStaffAndWhoCannotSignIn()
    {
        StaffDialog dialog(m_db->connectionName(), m_admin);
        auto *table = child<QTableWidget>(dialog, "staffTable");
        QCOMPARE(table->rowCount(), 2);
        const int ada = rowOf(table, "ada");
        const int legacy = rowOf(table, "legacy");
        QCOMPARE(table->item(ada, 1)->text(), QStringLiteral("Ada Admin"));
        QCOMPARE(table->item(ada, 2)->text(), QStringLiteral("Administrator"));
        QCOMPARE(table->item(ada, 3)->text(), QStringLiteral("Active"));
        QCOMPARE(table->item(ada, 4)->text(), QStringLiteral("Can sign in"));
        QCOMPARE(table->item(legacy, 2)->text(), QStringLiteral("Admissions officer"));
        QCOMPARE(table->item(legacy, 4)->text(), QStringLiteral("No password: cannot sign in"));
    }

    // The add dialog checks as it is typed and says what StaffService refuses.
    void addsAStaffUser()
    {
        NewStaffUserDialog add(m_db->connectionName(), m_admin);
        QVERIFY(!okButton(add)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(add, "username"), "ada");
        QTest::keyClicks(child<QLineEdit>(add, "newPassword"), StaffAccounts::Password);
        QTest::keyClicks(child<QLineEdit>(add, "repeatPassword"), StaffAccounts::Password);
        QVERIFY(okButton(add)->isEnabled());
        okButton(add)->click();
        QCOMPARE(add.result(), int(QDialog::Rejected)); // still open: the name is taken
        QVERIFY2(child<QLabel>(add, "message")->text().contains("already a staff user named ada"),
                 qPrintable(child<QLabel>(add, "message")->text()));

        StaffDialog dialog(m_db->connectionName(), m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        whenOpen<NewStaffUserDialog>(this, [](NewStaffUserDialog &d) {
            QTest::keyClicks(child<QLineEdit>(d, "username"), "rita");
            QTest::keyClicks(child<QLineEdit>(d, "displayName"), "Rita Reader");
            auto *role = child<QComboBox>(d, "role");
            role->setCurrentIndex(role->findText("Read-only"));
            QTest::keyClicks(child<QLineEdit>(d, "newPassword"), "rita's password");
            QTest::keyClicks(child<QLineEdit>(d, "repeatPassword"), "rita's password");
            okButton(d)->click();
        });
        child<QPushButton>(dialog, "addStaff")->click();
        auto *table = child<QTableWidget>(dialog, "staffTable");
        QCOMPARE(table->rowCount(), 3);
        const int rita = rowOf(table, "rita");
        QVERIFY(rita >= 0);
        QCOMPARE(table->currentRow(), rita);
        QCOMPARE(table->item(rita, 2)->text(), QStringLiteral("Read-only"));
        QCOMPARE(table->item(rita, 4)->text(), QStringLiteral("Can sign in"));
        const auto signedIn =
            SignIn(m_db->connectionName()).withPassword("rita", "rita's password");
        QVERIFY_OK(signedIn);
        QCOMPARE(signedIn->user.role, StaffRole::ReadOnly);
        QCOMPARE(signedIn->user.displayName, QStringLiteral("Rita Reader"));
    }

    // The desk keeps an administrator: the dialog says why the last one stays one.
    void refusesToDemoteTheLastAdministrator()
    {
        StaffDialog dialog(m_db->connectionName(), m_admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "staffTable");
        auto *message = child<QLabel>(dialog, "message");
        table->setCurrentCell(rowOf(table, "ada"), 0);
        auto *role = child<QComboBox>(dialog, "role");
        role->setCurrentIndex(role->findText("Admissions officer"));
        child<QPushButton>(dialog, "changeRole")->click();
        QVERIFY2(message->text().contains("last active administrator"),
                 qPrintable(message->text()));
        QCOMPARE(table->item(rowOf(table, "ada"), 2)->text(), QStringLiteral("Administrator"));
        QCOMPARE(role->currentText(), QStringLiteral("Administrator")); // shows what is stored
        child<QPushButton>(dialog, "toggleActive")->click();
        QVERIFY2(message->text().contains("last active administrator"),
                 qPrintable(message->text()));
        QCOMPARE(table->item(rowOf(table, "ada"), 3)->text(), QStringLiteral("Active"));

        // With a second administrator who can sign in, the first may step down.
        table->setCurrentCell(rowOf(table, "legacy"), 0);
        whenOpen<NewPasswordDialog>(this, [](NewPasswordDialog &d) {
            QTest::keyClicks(child<QLineEdit>(d, "newPassword"), "legacy's password");
            QTest::keyClicks(child<QLineEdit>(d, "repeatPassword"), "legacy's password");
            okButton(d)->click();
        });
        child<QPushButton>(dialog, "resetPassword")->click();
        QCOMPARE(table->item(rowOf(table, "legacy"), 4)->text(), QStringLiteral("Can sign in"));
        role->setCurrentIndex(role->findText("Administrator"));
        child<QPushButton>(dialog, "changeRole")->click();
        QCOMPARE(table->item(rowOf(table, "legacy"), 2)->text(), QStringLiteral("Administrator"));
        table->setCurrentCell(rowOf(table, "ada"), 0);
        role->setCurrentIndex(role->findText("Admissions officer"));
        child<QPushButton>(dialog, "changeRole")->click();
        QVERIFY2(!message->text().contains("last"), qPrintable(message->text()));
        QCOMPARE(table->item(rowOf(table, "ada"), 2)->text(), QStringLiteral("Admissions officer"));
        QVERIFY_OK(SignIn(m_db->connectionName()).withPassword("legacy", "legacy's password"));
    }

    void deactivatesAndActivates()
    {
        const Actor olga =
            StaffAccounts::add(m_db->connectionName(), m_admin, "olga", StaffRole::Officer);
        QVERIFY(olga.userId > 0);
        StaffDialog dialog(m_db->connectionName(), m_admin);
        auto *table = child<QTableWidget>(dialog, "staffTable");
        table->setCurrentCell(rowOf(table, "olga"), 0);
        auto *toggle = child<QPushButton>(dialog, "toggleActive");
        QCOMPARE(toggle->text().remove('&'), QStringLiteral("Deactivate"));
        toggle->click();
        QCOMPARE(table->item(rowOf(table, "olga"), 3)->text(), QStringLiteral("Deactivated"));
        QVERIFY(!SignIn(m_db->connectionName()).withPassword("olga", StaffAccounts::Password));
        QCOMPARE(toggle->text().remove('&'), QStringLiteral("Activate"));
        toggle->click();
        QCOMPARE(table->item(rowOf(table, "olga"), 3)->text(), QStringLiteral("Active"));
        QVERIFY_OK(SignIn(m_db->connectionName()).withPassword("olga", StaffAccounts::Password));
    }

    // Everyone's tokens, never the tokens themselves; a revoked one stops working at once.
    void revokesAnAccessToken()
    {
        const Actor olga =
            StaffAccounts::add(m_db->connectionName(), m_admin, "olga", StaffRole::Officer);
        const QString token = StaffAccounts::token(m_db->connectionName(), olga);
        QVERIFY(!token.isEmpty());
        QVERIFY_OK(SignIn(m_db->connectionName()).withToken(token));
        StaffDialog dialog(m_db->connectionName(), m_admin);
        auto *tokens = child<QTableWidget>(dialog, "tokenTable");
        QCOMPARE(tokens->rowCount(), 1);
        QCOMPARE(tokens->item(0, 0)->text(), QStringLiteral("olga"));
        QCOMPARE(tokens->item(0, 1)->text(), QStringLiteral("tests"));
        QCOMPARE(tokens->item(0, 4)->text(), QStringLiteral("Works"));
        for (int column = 0; column < tokens->columnCount(); ++column)
            QVERIFY(!tokens->item(0, column)->text().contains(token.mid(4, 10)));
        auto *revoke = child<QPushButton>(dialog, "revokeToken");
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QVERIFY2(tokens->item(0, 4)->text().startsWith("Revoked"),
                 qPrintable(tokens->item(0, 4)->text()));
        QVERIFY(!revoke->isEnabled());
        QVERIFY(!SignIn(m_db->connectionName()).withToken(token));
    }
};

QTEST_MAIN(TestStaffDialog)
#include "tst_staffdialog.moc"

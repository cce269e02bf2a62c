#include "services/signin.h"
#include "services/staffservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

namespace {
const QString Password = QStringLiteral("correct horse battery");
}

class TestStaffService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    Actor m_admin;

    StaffService as(const Actor &actor) { return StaffService(m_db->connectionName(), actor); }

    qint64 add(const QString &username, StaffRole role)
    {
        StaffUser user;
        user.username = username;
        user.role = role;
        const auto id = as(m_admin).add(user, Password);
        return id ? id.value() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const auto made = SignIn(m_db->connectionName())
                              .createFirstAdministrator(QStringLiteral("hedy"), {}, Password);
        QVERIFY_OK(made);
        m_admin = made->actor;
    }

    void cleanup() { m_db.reset(); }

    void addsStaffWhoCanSignIn()
    {
        const qint64 grace = add(QStringLiteral("grace"), StaffRole::Officer);
        QVERIFY(grace > 0);
        const auto in = SignIn(m_db->connectionName()).withPassword(QStringLiteral("grace"), Password);
        QVERIFY_OK(in);
        QCOMPARE(in->user.role, StaffRole::Officer);
        QCOMPARE(in->user.displayName, QStringLiteral("grace"));

        StaffUser again;
        again.username = QStringLiteral("GRACE");
        const auto twice = as(m_admin).add(again, Password);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("already")),
                 qPrintable(twice.error().text()));
        StaffUser weak;
        weak.username = QStringLiteral("weak");
        QVERIFY(!as(m_admin).add(weak, QStringLiteral("123")));
    }

    void theLastAdministratorStays()
    {
        const auto demoted = as(m_admin).setRole(m_admin.userId, StaffRole::Officer);
        QVERIFY(!demoted);
        QVERIFY2(demoted.error().message.contains(QLatin1String("last active administrator")),
                 qPrintable(demoted.error().text()));
        QVERIFY(!as(m_admin).setActive(m_admin.userId, false));
        QCOMPARE(m_db->scalar("SELECT role || active FROM staff_users WHERE username = 'hedy'")
                     .toString(),
                 QStringLiteral("administrator1"));

        // An administrator without a password does not count: they cannot sign in.
        m_db->addStaff(QStringLiteral("legacy"), StaffRole::Administrator);
        QVERIFY(!as(m_admin).setRole(m_admin.userId, StaffRole::Officer));

        const qint64 ada = add(QStringLiteral("ada"), StaffRole::Administrator);
        QVERIFY_OK(as(m_admin).setRole(m_admin.userId, StaffRole::Officer));
        QVERIFY(!as(Actor{ada, QStringLiteral("ada")}).setActive(ada, false));
    }

    void onlyAdministratorsManageStaff()
    {
        const qint64 grace = add(QStringLiteral("grace"), StaffRole::Officer);
        const Actor officer{grace, QStringLiteral("grace")};
        StaffUser user;
        user.username = QStringLiteral("eve");
        QVERIFY(!as(officer).add(user, Password));
        QVERIFY(!as(officer).setRole(grace, StaffRole::Administrator));
        QVERIFY(!as(officer).setPassword(m_admin.userId, Password + QStringLiteral("!")));
        QCOMPARE(m_db->scalar("SELECT role FROM staff_users WHERE id = ?", {grace}).toString(),
                 QStringLiteral("admissions_officer"));
    }

    void aResetPasswordSignsIn()
    {
        const qint64 grace = add(QStringLiteral("grace"), StaffRole::Officer);
        QVERIFY_OK(as(m_admin).setPassword(grace, QStringLiteral("a new password 2")));
        SignIn in(m_db->connectionName());
        QVERIFY_OK(in.withPassword(QStringLiteral("grace"), QStringLiteral("a new password 2")));
        QVERIFY(!in.withPassword(QStringLiteral("grace"), Password));
    }

    void changingOwnPasswordNeedsTheCurrentOne()
    {
        const qint64 grace = add(QStringLiteral("grace"), StaffRole::ReadOnly);
        StaffService self = as(Actor{grace, QStringLiteral("grace")});
        QVERIFY(!self.changeOwnPassword(QStringLiteral("not it at all"), QStringLiteral("new one 12345")));
        QVERIFY_OK(self.changeOwnPassword(Password, QStringLiteral("new one 12345")));
        QVERIFY_OK(SignIn(m_db->connectionName())
                       .withPassword(QStringLiteral("grace"), QStringLiteral("new one 12345")));
    }

    // A token is never stronger than its owner, nor than the token that made it.
    void tokensAreNeverStronger()
    {
        const qint64 grace = add(QStringLiteral("grace"), StaffRole::ReadOnly);
        Actor readOnly{grace, QStringLiteral("grace")};
        const auto own = as(readOnly).createToken(0, QStringLiteral("export"), StaffRole::Administrator);
        QVERIFY_OK(own);
        const auto in = SignIn(m_db->connectionName()).withToken(own->token);
        QVERIFY_OK(in);
        // The limit says administrator, but the owner's role is what applies.
        StaffUser user;
        user.username = QStringLiteral("eve");
        QVERIFY(!as(in->actor).add(user, Password));

        Actor limited = m_admin;
        limited.roleLimit = StaffRole::Officer;
        const auto made = as(limited).createToken(0, QStringLiteral("script"), std::nullopt);
        QVERIFY_OK(made);
        QCOMPARE(made->info.roleLimit, std::optional<StaffRole>(StaffRole::Officer));

        // Someone else's tokens are the administrators' business.
        QVERIFY(!as(readOnly).createToken(m_admin.userId, QStringLiteral("x"), {}));
        QVERIFY(!as(readOnly).revokeToken(made->info.id));
        QVERIFY(!as(readOnly).tokens(0));
        const auto mine = as(readOnly).tokens(grace);
        QVERIFY_OK(mine);
        QCOMPARE(mine->size(), 1);
        QVERIFY_OK(as(m_admin).revokeToken(own->info.id));
    }

    void aTokenNameIsUniqueWhileItLives()
    {
        QVERIFY_OK(as(m_admin).createToken(0, QStringLiteral("nightly"), {}));
        const auto twice = as(m_admin).createToken(0, QStringLiteral("Nightly"), {});
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("nightly")),
                 qPrintable(twice.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"

#include "security/accesstoken.h"
#include "services/signin.h"
#include "services/staffservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

namespace {
const QString Password = QStringLiteral("correct horse battery");
}

class TestSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};

    SignIn signIn() { return SignIn(m_db->connectionName(), m_clock); }

    qint64 firstAdministrator()
    {
        const auto made =
            signIn().createFirstAdministrator(QStringLiteral("hedy"), QStringLiteral("Hedy Lamarr"),
                                              Password);
        return made ? made->actor.userId : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup() { m_db.reset(); }

    void aNewFileAsksForTheFirstAdministrator()
    {
        auto needed = signIn().needsFirstAdministrator();
        QVERIFY_OK(needed);
        QVERIFY(needed.value());
        QVERIFY(!signIn().createFirstAdministrator(QStringLiteral("hedy"), {}, "short"));

        const auto made = signIn().createFirstAdministrator(
            QStringLiteral("hedy"), QStringLiteral("Hedy Lamarr"), Password);
        QVERIFY_OK(made);
        QCOMPARE(made->user.role, StaffRole::Administrator);
        QCOMPARE(made->user.displayName, QStringLiteral("Hedy Lamarr"));
        // Argon2id with OWASP's parameters, salt and all in the stored string.
        const QString hash = m_db->scalar(QStringLiteral("SELECT password_hash FROM staff_users "
                                                         "WHERE username = 'hedy'"))
                                 .toString();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")),
                 qPrintable(hash));
        QVERIFY(!hash.contains(Password));

        needed = signIn().needsFirstAdministrator();
        QVERIFY_OK(needed);
        QVERIFY(!needed.value());
        const auto second = signIn().createFirstAdministrator(QStringLiteral("mallory"), {}, Password);
        QVERIFY(!second);
        QVERIFY(m_db->scalar("SELECT count(*) FROM staff_users WHERE username = 'mallory'").toInt() ==
                0);
    }

    // A file from before sign-in: its administrator takes over their account with a password;
    // everyone else without one stays unable to sign in.
    void aFileFromBeforeSignIn()
    {
        const qint64 alice = m_db->addStaff(QStringLiteral("alice"), StaffRole::Administrator);
        m_db->addStaff(QStringLiteral("bob"), StaffRole::Administrator);
        const auto made = signIn().createFirstAdministrator(QStringLiteral("ALICE"), {}, Password);
        QVERIFY_OK(made);
        QCOMPARE(made->actor.userId, alice);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM staff_users").toInt(), 2);
        QVERIFY(!signIn().withPassword(QStringLiteral("bob"), QString()));
        QVERIFY(!signIn().withPassword(QStringLiteral("bob"), Password));
        QVERIFY_OK(signIn().withPassword(QStringLiteral("alice"), Password));
    }

    void wrongPasswordsWaitLongerEachTime()
    {
        QVERIFY(firstAdministrator() > 0);
        const auto wrong = signIn().withPassword(QStringLiteral("hedy"), QStringLiteral("guess 1"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().message, QStringLiteral("Wrong username or password."));
        QCOMPARE(signIn().waitBeforeNextAttempt(QStringLiteral("hedy")).value(), 1);
        // While waiting, even the right password is not tried.
        const auto waiting = signIn().withPassword(QStringLiteral("hedy"), Password);
        QVERIFY(!waiting);
        QVERIFY2(waiting.error().message.contains(QLatin1String("try again in 1 second")),
                 qPrintable(waiting.error().text()));
        m_clock.advanceSecs(1);
        QVERIFY(!signIn().withPassword(QStringLiteral("hedy"), QStringLiteral("guess 2")));
        QCOMPARE(signIn().waitBeforeNextAttempt(QStringLiteral("hedy")).value(), 2);
        m_clock.advanceSecs(2);
        QVERIFY(!signIn().withPassword(QStringLiteral("hedy"), QStringLiteral("guess 3")));
        QCOMPARE(signIn().waitBeforeNextAttempt(QStringLiteral("hedy")).value(), 4);
        // Kept in the file: another program (a restart) waits as long.
        QCOMPARE(m_db->scalar("SELECT failed_sign_ins FROM staff_users WHERE username = 'hedy'")
                     .toInt(),
                 3);
        m_clock.advanceSecs(4);
        QVERIFY_OK(signIn().withPassword(QStringLiteral("hedy"), Password));
        QCOMPARE(signIn().waitBeforeNextAttempt(QStringLiteral("hedy")).value(), 0);
    }

    void anUnknownUserGetsTheSameAnswer()
    {
        QVERIFY(firstAdministrator() > 0);
        const auto unknown = signIn().withPassword(QStringLiteral("nobody"), Password);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("Wrong username or password."));
    }

    void aDeactivatedUserCannotSignIn()
    {
        const qint64 hedy = firstAdministrator();
        m_db->scalar(QStringLiteral("UPDATE staff_users SET active = 0 WHERE id = ?"), {hedy});
        QVERIFY(!signIn().withPassword(QStringLiteral("hedy"), Password));
    }

    void tokensSignInUntilRevoked()
    {
        const qint64 hedy = firstAdministrator();
        StaffService staff(m_db->connectionName(), Actor{hedy, QStringLiteral("hedy")}, m_clock);
        const auto made = staff.createToken(0, QStringLiteral("nightly"), StaffRole::ReadOnly);
        QVERIFY_OK(made);
        QVERIFY(AccessToken::looksLikeToken(made->token));
        // Only its SHA-256 digest is stored.
        QCOMPARE(m_db->scalar("SELECT digest FROM access_tokens").toString(),
                 AccessToken::digest(made->token));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM access_tokens WHERE digest LIKE ?",
                              {"%" + made->token.mid(4) + "%"})
                     .toInt(),
                 0);

        const auto in = signIn().withToken(made->token);
        QVERIFY_OK(in);
        QCOMPARE(in->actor.userId, hedy);
        QCOMPARE(in->actor.roleLimit, StaffRole::ReadOnly);

        QString tampered = made->token;
        tampered[10] = tampered[10] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QVERIFY(!signIn().withToken(tampered));
        QVERIFY(!signIn().withToken(QStringLiteral("hedy")));

        QVERIFY_OK(staff.revokeToken(made->info.id));
        QVERIFY(!signIn().withToken(made->token));
    }

    void aTokenDiesWithItsOwnersAccount()
    {
        const qint64 hedy = firstAdministrator();
        StaffService staff(m_db->connectionName(), Actor{hedy, QStringLiteral("hedy")}, m_clock);
        StaffUser grace;
        grace.username = QStringLiteral("grace");
        const auto graceId = staff.add(grace, Password);
        QVERIFY_OK(graceId);
        const auto token = staff.createToken(graceId.value(), QStringLiteral("report"), {});
        QVERIFY_OK(token);
        QVERIFY_OK(signIn().withToken(token->token));
        QVERIFY_OK(staff.setActive(graceId.value(), false));
        QVERIFY(!signIn().withToken(token->token));
    }

    // The command line's one-person desk: the operating-system account acts while nobody has a
    // password, and never again once someone has.
    void theSystemAccountActsOnlyWithoutPasswords()
    {
        const QString account = SignIn::systemAccountName();
        QVERIFY(!account.isEmpty());
        auto acting = signIn().asSystemAccount();
        QVERIFY_OK(acting);
        QVERIFY(acting.value().has_value());
        QCOMPARE(acting.value()->user.username, account);
        QCOMPARE(acting.value()->user.role, StaffRole::Administrator);
        QVERIFY_OK(StatusService(m_db->connectionName(), acting.value()->actor).releaseExpiredOffers());

        QVERIFY(firstAdministrator() > 0);
        acting = signIn().asSystemAccount();
        QVERIFY_OK(acting);
        QVERIFY(!acting.value().has_value());
    }

    // $USER names nobody: the account comes from the operating system.
    void theEnvironmentNamesNobody()
    {
        const QByteArray before = qgetenv("USER");
        const QByteArray logname = qgetenv("LOGNAME");
        qputenv("USER", "mallory");
        qputenv("LOGNAME", "mallory");
        const QString account = SignIn::systemAccountName();
        qputenv("USER", before);
        qputenv("LOGNAME", logname);
        QVERIFY(account != QLatin1String("mallory") || before == "mallory");
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"

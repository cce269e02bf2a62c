#include "damageablefile.h"
#include "db/database.h"
#include "olderschemafile.h"
#include "services/signin.h"
#include "staffaccounts.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Starts admissions-desk itself: it shows its window on the file, and a damaged file found by
// the check that runs beside the window stops it with a message.
class TestDesktopApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return DamageableFile::create(path).isEmpty() ? path : QString();
    }

    // The first administrator of the file and a personal access token of theirs, made through
    // core as a test fixture; empty on failure.
    static QString administratorToken(const QString &path)
    {
        Database database(QStringLiteral("fixture"));
        if (!database.open(path).ok())
            return {};
        const Actor admin = StaffAccounts::firstAdministrator(database.connectionName());
        return admin.userId > 0 ? StaffAccounts::token(database.connectionName(), admin)
                                : QString();
    }

    static int administrators(const QString &path)
    {
        Database reopened(QStringLiteral("count"));
        if (!reopened.open(path).ok())
            return -1;
        QSqlQuery staff(QSqlDatabase::database(QStringLiteral("count"), false));
        if (!staff.exec("SELECT count(*) FROM staff_users WHERE role = 'administrator'") ||
            !staff.next())
            return -1;
        return staff.value(0).toInt();
    }

    // Signed in with `token` (SignIn::TokenVariable) when there is one; never as $USER.
    static int run(const QStringList &arguments, QByteArray *errors, const QString &token = {})
    {
        QProcess app;
        // Settings and data of the test's own, not the user's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", QDir::temp().filePath("admissions-desk-test-config"));
        env.remove(QLatin1String(SignIn::TokenVariable));
        if (!token.isEmpty())
            env.insert(QLatin1String(SignIn::TokenVariable), token);
        app.setProcessEnvironment(env);
        app.start(ADMISSIONS_DESK, arguments);
        if (!app.waitForFinished(60000))
            return -1;
        *errors = app.readAllStandardError();
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    }

private Q_SLOTS:
    // The upgrade runs on a worker thread behind a progress dialog, then the window opens.
    void upgradesAnOlderFileAndShowsTheWindow()
    {
        const QString db = m_dir.filePath("older.sqlite");
        const QString made = OlderSchemaFile::create(db, 1);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QByteArray errors;
        QCOMPARE(run({"--db", db, "--screenshot", m_dir.filePath("upgraded.png")}, &errors), 0);
        QVERIFY2(QImage(m_dir.filePath("upgraded.png")).width() > 400, errors.constData());
        QVERIFY(!Database::needsUpgrade(db));
        Database reopened("upgraded");
        QVERIFY(reopened.open(db).ok());
        QCOMPARE(reopened.schemaVersion(), Database::latestSchemaVersion());
    }

    // "admissions-desk FILE", as a file manager or a shell starts it, opens FILE.
    void opensTheFileNamedWithoutAnOption()
    {
        const QString db = makeDatabase("named.sqlite");
        QVERIFY(!db.isEmpty());
        QByteArray errors;
        const QString token = administratorToken(db);
        QVERIFY(!token.isEmpty());
        // The token is this file's: it signs in only because this file was opened, not the
        // default one.
        QCOMPARE(run({db, "--screenshot", m_dir.filePath("named.png")}, &errors, token), 0);
        QVERIFY2(QImage(m_dir.filePath("named.png")).width() > 400, errors.constData());
        QCOMPARE(administrators(db), 1);

        QCOMPARE(run({db, "--db", db}, &errors), 2);
        QVERIFY2(errors.contains("give a file name, --db or --new, not more than one"),
                 errors.constData());
    }

    // A screenshot run signs in with the token from the environment, and shows the window as
    // its owner sees it.
    void showsTheWindowOnAGoodFile()
    {
        const QString db = makeDatabase("good.sqlite");
        QVERIFY(!db.isEmpty());
        const QString token = administratorToken(db);
        QVERIFY(!token.isEmpty());
        const QString picture = m_dir.filePath("window.png");
        QByteArray errors;
        QCOMPARE(run({"--db", db, "--screenshot", picture}, &errors, token), 0);
        const QImage image(picture);
        QVERIFY2(!image.isNull(), errors.constData());
        QVERIFY(image.width() > 400 && image.height() > 300);
        QCOMPARE(administrators(db), 1);

        // Without the token nobody is signed in: the same window, covered. Signed in, it may
        // widen to fit the applicant's panel beside the list on this small offscreen screen.
        const QString covered = m_dir.filePath("covered.png");
        QCOMPARE(run({"--db", db, "--screenshot", covered}, &errors), 0);
        QCOMPARE(QImage(covered).height(), image.height());
        QVERIFY(QImage(covered) != image);
    }

    // An unattended run on a desk without passwords makes nobody its administrator: the first
    // start is for a person, who chooses the administrator and the password.
    void unattendedRunMakesNoAdministrator()
    {
        const QString db = makeDatabase("nobody.sqlite");
        QVERIFY(!db.isEmpty());
        QByteArray errors;
        QCOMPARE(run({"--db", db, "--screenshot", m_dir.filePath("nobody.png")}, &errors), 0);
        QVERIFY2(QImage(m_dir.filePath("nobody.png")).width() > 400, errors.constData());
        QCOMPARE(administrators(db), 0);
    }

    // A token of another desk stops the program, saying so.
    void refusesAWrongToken()
    {
        const QString db = makeDatabase("wrongtoken.sqlite");
        const QString other = makeDatabase("otherdesk.sqlite");
        QVERIFY(!db.isEmpty() && !other.isEmpty());
        QVERIFY(!administratorToken(db).isEmpty());
        const QString otherToken = administratorToken(other);
        QVERIFY(!otherToken.isEmpty());
        const QString picture = m_dir.filePath("wrongtoken.png");
        QByteArray errors;
        QCOMPARE(run({"--db", db, "--screenshot", picture}, &errors, otherToken), 1);
        QVERIFY2(errors.contains("not valid"), errors.constData());
        QVERIFY(!QFile::exists(picture));
    }

    void stopsOnDamageFoundBesideTheWindow()
    {
        const QString db = makeDatabase("damaged.sqlite");
        QVERIFY(!db.isEmpty());
        QVERIFY(DamageableFile::overwritePages(db, 3, 2));
        // The screenshot waits for the check; an unattended run reports on stderr, not in a
        // dialog.
        const QString picture = m_dir.filePath("damaged.png");
        QByteArray errors;
        QCOMPARE(run({"--db", db, "--screenshot", picture}, &errors), 1);
        QVERIFY2(errors.contains("damaged"), errors.constData());
        QVERIFY(!QFile::exists(picture));
    }

    // Somebody signs in while the check still reads the file; damage it finds then stops the
    // program all the same, and no screenshot of the damaged file is taken.
    void stopsOnDamageFoundAfterSigningIn()
    {
        const QString db = makeDatabase("damagedlater.sqlite");
        QVERIFY(!db.isEmpty());
        const QString token = administratorToken(db);
        QVERIFY(!token.isEmpty());
        QVERIFY(DamageableFile::overwritePages(db, 3, 2));
        const QString picture = m_dir.filePath("damagedlater.png");
        QByteArray errors;
        QCOMPARE(run({"--db", db, "--screenshot", picture}, &errors, token), 1);
        QVERIFY2(errors.contains("damaged"), errors.constData());
        QVERIFY(!QFile::exists(picture));
    }

    void refusesAFileOfAnotherProgram()
    {
        const QString path = m_dir.filePath("notes.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        QByteArray errors;
        QCOMPARE(run({"--db", path, "--screenshot", m_dir.filePath("x.png")}, &errors), 1);
        QVERIFY2(errors.contains("not an SQLite file"), errors.constData());
    }

    // A mistyped name is not a new database: --db opens only a file that is there, and leaves
    // no file or folder behind.
    void refusesAMissingFile()
    {
        const QString missing = m_dir.filePath("missing/folder/desk.sqlite");
        const QString picture = m_dir.filePath("missing.png");
        QByteArray errors;
        QCOMPARE(run({"--db", missing, "--screenshot", picture}, &errors), 1);
        QVERIFY2(errors.contains("there is no such file"), errors.constData());
        QVERIFY(!QFile::exists(m_dir.filePath("missing")));
        QVERIFY(!QFile::exists(picture));
    }

    // File -> New starts the program with --new: it makes the file (for its owner alone) and
    // never replaces one that is there.
    void newMakesAFileButNeverReplacesOne()
    {
        const QString path = m_dir.filePath("new/desk.sqlite");
        const QString picture = m_dir.filePath("new.png");
        QByteArray errors;
        QCOMPARE(run({"--new", path, "--screenshot", picture}, &errors), 0);
        QVERIFY2(QImage(picture).width() > 400, errors.constData());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QString again = m_dir.filePath("again.png");
        QCOMPARE(run({"--new", path, "--screenshot", again}, &errors), 2);
        QVERIFY2(errors.contains("already exists"), errors.constData());
        QVERIFY(!QFile::exists(again));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void versionNeedsNoDisplay()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        app.setProcessEnvironment(env);
        app.start(ADMISSIONS_DESK, {"--version"});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(app.readAllStandardOutput().contains(ADMISSIONS_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"

#include "backup/backupfile.h"
#include "backup/databaserestore.h"
#include "csv/applicationimport.h"
#include "csv/auditexport.h"
#include "csv/csvexport.h"
#include "demo/demodatagenerator.h"
#include "domain/permissions.h"
#include "services/applicantservice.h"
#include "services/applicationservice.h"
#include "services/authorization.h"
#include "services/backupservice.h"
#include "services/catalogservice.h"
#include "services/desksettingsservice.h"
#include "services/mentorservice.h"
#include "services/paymentservice.h"
#include "services/privacyservice.h"
#include "services/staffservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(StaffRole)
Q_DECLARE_METATYPE(Action)

namespace {
// What an action works on: a track with two cohorts, and an applicant with an application.
struct Scene
{
    TestDatabase db;
    qint64 track = 0;
    qint64 march = 0;
    qint64 june = 0;
    qint64 applicant = 0;
    qint64 application = 0;
    qint64 owner = 0;
    QString backup; // a backup of the file, for restores

    Scene()
    {
        track = db.addTrack(QStringLiteral("SWE"));
        march = db.addCohort(track, QStringLiteral("SWE March"), 10);
        june = db.addCohort(track, QStringLiteral("SWE June"), 10, QDate(2027, 6, 1));
        applicant = db.addApplicant(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                    QStringLiteral("ada@example.org"));
        ApplicationRow row(applicant, track);
        row.cohortId = march;
        row.history = QStringList{QStringLiteral("applied")};
        application = db.addApplication(row);
        owner = db.addStaff(QStringLiteral("owner"));
        db.scalar(QStringLiteral("INSERT INTO cohort_fees VALUES (?, 'USD', 1500000, 150000)"),
                  {march});
    }
};

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

// Does the action through core, as `actor`. Each succeeds when the role may act.
using Act = std::function<Status(Scene &scene, const Actor &actor)>;

Act actFor(Action action)
{
    switch (action) {
    case Action::RegisterApplications:
        return [](Scene &s, const Actor &actor) {
            ApplicantService::NewApplication input;
            input.applicant.firstName = QStringLiteral("Grace");
            input.applicant.lastName = QStringLiteral("Hopper");
            input.applicant.email = QStringLiteral("grace@example.org");
            input.trackCode = QStringLiteral("SWE");
            return statusOf(
                ApplicantService(s.db.connectionName(), actor).registerApplication(input));
        };
    case Action::EditApplicants:
        return [](Scene &s, const Actor &actor) {
            ApplicantService service(s.db.connectionName(), actor);
            const auto found = service.applicant(s.applicant);
            if (!found || !found.value())
                return Status(Error{QStringLiteral("no applicant"), {}});
            Applicant edited = *found.value();
            edited.phone = QStringLiteral("+44 20 7946 0000");
            return service.updateApplicant(edited);
        };
    case Action::ChangeStatus:
        return [](Scene &s, const Actor &actor) {
            return statusOf(StatusService(s.db.connectionName(), actor)
                                .changeStatus(s.application, ApplicationStatus::Screening));
        };
    case Action::AssignOwners:
        return [](Scene &s, const Actor &actor) {
            return statusOf(ApplicationService(s.db.connectionName(), actor)
                                .assignOwner({s.application}, s.owner));
        };
    case Action::MoveCohorts:
        return [](Scene &s, const Actor &actor) {
            return statusOf(ApplicationService(s.db.connectionName(), actor)
                                .moveToCohort({s.application}, s.june));
        };
    case Action::ImportApplications:
        return [](Scene &s, const Actor &actor) {
            QBuffer in;
            in.setData("first_name,last_name,email,track\r\nAlan,Turing,alan@example.org,SWE\r\n");
            in.open(QIODevice::ReadOnly);
            return statusOf(ApplicationImport(s.db.connectionName(), actor)
                                .run(&in, ApplicationImport::Options()));
        };
    case Action::RecordPayments:
        return [](Scene &s, const Actor &actor) {
            PaymentService::Entry deposit;
            deposit.amountCents = 150000;
            return statusOf(
                PaymentService(s.db.connectionName(), actor).record(s.application, deposit));
        };
    case Action::WaiveDeposits:
        return [](Scene &s, const Actor &actor) {
            return PaymentService(s.db.connectionName(), actor)
                .waiveDeposit(s.application, QStringLiteral("scholarship"));
        };
    case Action::ManageMentors:
        return [](Scene &s, const Actor &actor) {
            Mentor mentor;
            mentor.name = QStringLiteral("Margaret Hamilton");
            mentor.email = QStringLiteral("margaret@example.org");
            mentor.timeZone = QStringLiteral("Europe/Berlin");
            mentor.weeklySlots = 5;
            mentor.maxActiveMentees = 5;
            mentor.trackIds = {s.track};
            return statusOf(MentorService(s.db.connectionName(), actor).create(mentor));
        };
    case Action::ManageCatalog:
        return [](Scene &s, const Actor &actor) {
            return statusOf(CatalogService(s.db.connectionName(), actor)
                                .addTrack(Track{0, QStringLiteral("DATA"),
                                                QStringLiteral("Data Analytics"), true}));
        };
    case Action::BackUp:
        return [](Scene &s, const Actor &actor) {
            return statusOf(BackupService::backUp(s.db.connectionName(), actor,
                                                  s.db.dir() + QStringLiteral("/backup.sqlite")));
        };
    case Action::Restore:
        return [](Scene &s, const Actor &actor) {
            const QString path = s.db.path();
            s.db.database().close();
            return statusOf(
                DatabaseRestore::run(path, s.backup, QDateTime::currentDateTimeUtc(), actor));
        };
    case Action::SeedDemoData:
        return [](Scene &s, const Actor &actor) {
            // Demo data goes into a file with no catalogue yet, where the actor has the same id
            // and role.
            TestDatabase fresh(QStringLiteral("fresh"));
            fresh.addStaff(QStringLiteral("owner"));
            const auto role = Authorization::roleOf(s.db.connectionName(), actor);
            if (!role || addStaffActor(fresh.connectionName(), role.value()).userId != actor.userId)
                return Status(Error{QStringLiteral("the fresh file has other staff ids"), {}});
            DemoDataGenerator::Options options;
            options.applicants = 20;
            return statusOf(DemoDataGenerator(fresh.connectionName(), actor).generate(options));
        };
    case Action::ExportUnguardedCells:
        return [](Scene &s, const Actor &actor) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            CsvWriter::Options raw;
            raw.guardFormulas = false;
            const CsvExport::Source source{
                {QStringLiteral("email")}, QStringLiteral("SELECT email FROM applicants"), {}, {}};
            return statusOf(CsvExport(s.db.connectionName(), actor).write(source, &out, raw));
        };
    case Action::ManageStaff:
        return [](Scene &s, const Actor &actor) {
            StaffUser user;
            user.username = QStringLiteral("katherine");
            user.role = StaffRole::Officer;
            return statusOf(StaffService(s.db.connectionName(), actor)
                                .add(user, QStringLiteral("correct horse battery")));
        };
    case Action::HandlePrivacyRequests:
        return [](Scene &s, const Actor &actor) {
            return statusOf(PrivacyService(s.db.connectionName(), actor).exportData(s.applicant));
        };
    case Action::ReadAuditTrail:
        return [](Scene &s, const Actor &actor) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            return statusOf(AuditExport(s.db.connectionName(), actor).write({}, &out));
        };
    case Action::ManageDeskSettings:
        return [](Scene &s, const Actor &actor) {
            return DeskSettingsService(s.db.connectionName(), actor)
                .setTimeZone(QStringLiteral("Asia/Tokyo"));
        };
    case Action::ManageOwnTokens:
        return [](Scene &s, const Actor &actor) {
            return statusOf(StaffService(s.db.connectionName(), actor)
                                .createToken(0, QStringLiteral("nightly-export"), std::nullopt));
        };
    }
    Q_UNREACHABLE();
}

// What the file holds, to tell that a refused action wrote nothing.
QString contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().toHex()) : QString();
}
} // namespace

// Every role × every action, through core's services and entry points, not through a window:
// an action the permission table allows succeeds, any other is refused, says who may not do
// what, and leaves the file as it was.
class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleAndAction_data()
    {
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<Action>("action");
        for (StaffRole role : StaffRoles::all()) {
            for (Action action : Permissions::allActions()) {
                const QString name = StaffRoles::machineName(role) + QLatin1Char(' ') +
                                     Permissions::describe(action);
                QTest::newRow(qPrintable(name)) << role << action;
            }
        }
    }

    void everyRoleAndAction()
    {
        QFETCH(StaffRole, role);
        QFETCH(Action, action);
        Scene scene;
        QVERIFY2(scene.db.isOpen(), qPrintable(scene.db.openError()));
        const Actor actor = scene.db.actor(role);
        scene.backup = scene.db.dir() + QStringLiteral("/restore-from.sqlite");
        QVERIFY_OK(BackupFile::write(scene.db.connectionName(), scene.backup));
        scene.db.database().close();
        const QString before = contentsOf(scene.db.path());
        const Status reopened = scene.db.database().open(scene.db.path());
        QVERIFY_OK(reopened);

        const Status done = actFor(action)(scene, actor);

        if (Permissions::allows(role, action)) {
            QVERIFY_OK(done);
            return;
        }
        QVERIFY2(!done, "a refused action succeeded");
        QVERIFY2(done.error().message.contains(Permissions::describe(action)),
                 qPrintable(done.error().text()));
        QVERIFY2(done.error().message.contains(actor.username), qPrintable(done.error().text()));
        scene.db.database().close();
        QCOMPARE(contentsOf(scene.db.path()), before);
        QVERIFY(!QFile::exists(scene.db.dir() + QStringLiteral("/backup.sqlite")));
    }

    // The table itself: administrators may do everything, read-only users nothing but their
    // own tokens, and every stronger role what a weaker one may.
    void rolesAreOrdered()
    {
        for (Action action : Permissions::allActions()) {
            QVERIFY(Permissions::allows(StaffRole::Administrator, action));
            if (Permissions::allows(StaffRole::ReadOnly, action))
                QVERIFY(Permissions::allows(StaffRole::Officer, action));
        }
        for (Action action : Permissions::allActions())
            QCOMPARE(Permissions::allows(StaffRole::ReadOnly, action),
                     action == Action::ManageOwnTokens);
    }

    void theDeskItselfMayNotWrite()
    {
        Scene scene;
        const Status done = actFor(Action::ChangeStatus)(scene, Actor::desk());
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QLatin1String("Sign in")),
                 qPrintable(done.error().text()));
    }

    void aDeactivatedUserMayNotWrite()
    {
        Scene scene;
        const Actor officer = scene.db.actor(StaffRole::Officer);
        scene.db.scalar(QStringLiteral("UPDATE staff_users SET active = 0 WHERE id = ?"),
                        {officer.userId});
        const Status done = actFor(Action::ChangeStatus)(scene, officer);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(QLatin1String("deactivated")),
                 qPrintable(done.error().text()));
    }

    // A role taken away takes effect at the next write, without signing in again.
    void aRoleChangeTakesEffectAtOnce()
    {
        Scene scene;
        const Actor officer = scene.db.actor(StaffRole::Officer);
        QVERIFY_OK(actFor(Action::ChangeStatus)(scene, officer));
        scene.db.scalar(QStringLiteral("UPDATE staff_users SET role = 'read_only' WHERE id = ?"),
                        {officer.userId});
        QVERIFY(!actFor(Action::EditApplicants)(scene, officer));
    }

    // An administrator's token limited to read-only acts as read-only.
    void aTokenLimitCapsTheRole()
    {
        Scene scene;
        Actor limited = scene.db.actor(StaffRole::Administrator);
        limited.roleLimit = StaffRole::ReadOnly;
        QVERIFY(!actFor(Action::ChangeStatus)(scene, limited));
        limited.roleLimit = StaffRole::Officer;
        QVERIFY_OK(actFor(Action::ChangeStatus)(scene, limited));
        QVERIFY(!actFor(Action::ManageStaff)(scene, limited));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"

#include "services/applicantservice.h"
#include "services/mentorservice.h"
#include "services/privacyservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// A subject access request: every value stored about a person, and nothing about anyone else.
class TestPrivacyService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};

    qint64 registerApplicant(const QString &first, const QString &email)
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = first;
        input.applicant.lastName = QStringLiteral("Lovelace");
        input.applicant.email = email;
        input.applicant.phone = QStringLiteral("+44 20 7946 0%1").arg(email.size(), 3, 10, QLatin1Char('0'));
        input.applicant.notes = QStringLiteral("Prefers calls after 5");
        input.trackCode = QStringLiteral("SWE");
        input.cohortName = QStringLiteral("SWE March");
        const auto registered =
            ApplicantService(m_db->connectionName(), m_db->actor(), m_clock).registerApplication(input);
        return registered ? registered->applicationId : 0;
    }

    // Every column of the table, as stored, for the rows the WHERE clause picks.
    QList<QVariantMap> stored(const QString &table, const QString &where)
    {
        QList<QVariantMap> rows;
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, where)))
            return rows;
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < q.record().count(); ++i)
                row.insert(q.record().fieldName(i), q.value(i));
            rows << row;
        }
        return rows;
    }

    // Each stored column is in the object with its value.
    static bool holds(const QJsonObject &object, const QVariantMap &row, QString *missing)
    {
        for (auto i = row.cbegin(); i != row.cend(); ++i) {
            const QJsonValue expected =
                i.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(i.value());
            if (!object.contains(i.key()) || object.value(i.key()) != expected) {
                *missing = i.key() + QStringLiteral(" = ") + i.value().toString();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addCohort(m_db->addTrack(QStringLiteral("SWE")), QStringLiteral("SWE March"), 1);
    }

    void cleanup() { m_db.reset(); }

    void everyStoredValueOfThePerson()
    {
        const qint64 application = registerApplicant(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
        QVERIFY(application > 0);
        const qint64 other = registerApplicant(QStringLiteral("Grace"), QStringLiteral("grace@example.org"));
        QVERIFY(other > 0);
        StatusService statuses(m_db->connectionName(), m_db->actor(), m_clock);
        for (ApplicationStatus to : {ApplicationStatus::Screening, ApplicationStatus::InterviewScheduled,
                                     ApplicationStatus::Interviewed, ApplicationStatus::Qualified})
            QVERIFY_OK(statuses.changeStatus(application, to));
        const qint64 applicant = m_db->scalar("SELECT applicant_id FROM applications WHERE id = ?",
                                              {application})
                                     .toLongLong();
        Activity call;
        call.applicantId = applicant;
        call.applicationId = application;
        call.kind = Activity::Kind::Call;
        call.summary = QStringLiteral("Talked about the March start");
        QVERIFY_OK(ApplicantService(m_db->connectionName(), m_db->actor(), m_clock).addActivity(call));

        const Actor admin = m_db->actor(StaffRole::Administrator);
        const auto exported = PrivacyService(m_db->connectionName(), admin, m_clock).exportData(applicant);
        QVERIFY_OK(exported);
        const QJsonObject document = exported->object();
        QCOMPARE(document.value("format").toString(), QString::fromLatin1(PrivacyService::Format));
        QCOMPARE(document.value("exported_by").toString(), admin.username);

        QString missing;
        const QVariantMap person = stored("applicants", QStringLiteral("id = %1").arg(applicant)).value(0);
        QVERIFY(person.contains("email"));
        QVERIFY2(holds(document.value("applicant").toObject(), person, &missing), qPrintable(missing));

        const QJsonArray applications = document.value("applications").toArray();
        QCOMPARE(applications.size(), 1);
        const QJsonObject app = applications.at(0).toObject();
        QVERIFY2(holds(app, stored("applications", QStringLiteral("id = %1").arg(application)).value(0), &missing),
                 qPrintable(missing));
        QCOMPARE(app.value("track_code").toString(), QStringLiteral("SWE"));
        QCOMPARE(app.value("cohort_name").toString(), QStringLiteral("SWE March"));
        const QList<QVariantMap> events = stored("status_events", QStringLiteral("application_id = %1").arg(application));
        const QJsonArray history = app.value("status_history").toArray();
        QCOMPARE(history.size(), events.size());
        QVERIFY(events.size() >= 5); // applied, four moves, and the seat it was offered
        for (int i = 0; i < events.size(); ++i)
            QVERIFY2(holds(history.at(i).toObject(), events.at(i), &missing), qPrintable(missing));
        QCOMPARE(history.at(1).toObject().value("by_username").toString(), m_db->actor().username);

        const QJsonArray activities = document.value("activities").toArray();
        QCOMPARE(activities.size(), 1);
        QVERIFY(activities.at(0).toObject().value("rubric_score").isNull()); // NULL, not ""
        QVERIFY2(holds(activities.at(0).toObject(),
                       stored("activities", QStringLiteral("applicant_id = %1").arg(applicant)).value(0), &missing),
                 qPrintable(missing));

        // Nothing of anyone else.
        const QByteArray json = exported->toJson();
        QVERIFY(!json.contains("grace@example.org"));
        QVERIFY(!json.contains("Grace"));
    }

    void onlyAdministratorsAndOnlyExistingPeople()
    {
        const qint64 application = registerApplicant(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
        QVERIFY(application > 0);
        const auto byOfficer = PrivacyService(m_db->connectionName(), m_db->actor()).exportData(1);
        QVERIFY(!byOfficer);
        QVERIFY2(byOfficer.error().message.contains("privacy"), qPrintable(byOfficer.error().text()));
        const auto nobody = PrivacyService(m_db->connectionName(), m_db->actor(StaffRole::Administrator))
                                .exportData(999);
        QVERIFY(!nobody);
        QVERIFY2(nobody.error().message.contains("999"), qPrintable(nobody.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestPrivacyService)
#include "tst_privacyservice.moc"

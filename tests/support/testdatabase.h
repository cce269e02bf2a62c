#pragma once

#include "db/database.h"
#include "domain/actor.h"
#include "domain/guaranteeterms.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// The time fixtures give what they are not told otherwise: 2026-11-24 09:03 UTC, as stored.
inline const QString FixtureTime = QStringLiteral("2026-11-24T09:03:00.000Z");

// An applicant as TestDatabase::addApplicant() writes it, past ApplicantService (control
// characters and all); the duplicate keys are made as the repository makes them.
struct ApplicantRow
{
    qint64 id = 0; // 0: the next free one
    QString firstName = QStringLiteral("Ada");
    QString lastName = QStringLiteral("Lovelace");
    QString email; // unique among the applicants
    QString phone;
    QString timeZone;
    QString createdAt = FixtureTime; // and updated_at
};

// An application as TestDatabase::addApplication() writes it. Times are stored text, written as
// they are given.
struct ApplicationRow
{
    ApplicationRow() = default;
    ApplicationRow(qint64 applicant, qint64 track,
                   const QString &applicationStatus = QStringLiteral("applied"))
        : applicantId(applicant), trackId(track), status(applicationStatus)
    {
    }

    qint64 id = 0; // 0: the next free one
    qint64 applicantId = 0;
    qint64 trackId = 0;
    qint64 cohortId = 0; // 0: no cohort yet
    QString status = QStringLiteral("applied");
    QString appliedAt = FixtureTime;
    QString qualifiedAt;     // empty: not qualified (NULL)
    QString queueAt;         // empty: qualifiedAt
    QString statusChangedAt; // empty: appliedAt; and updated_at
    QString offerExpiresAt;  // empty: NULL
    // Its status events, one a status it went through in order, the first from none, all at
    // appliedAt by historyBy (0: the desk itself) for historyReason; none when empty.
    QStringList history;
    qint64 historyBy = 0;
    QString historyReason;
};

// A staff user of this role (named after it) without a password, on a database open on
// `connectionName`, as the actor core's tests act as.
Actor addStaffActor(const QString &connectionName, StaffRole role);

// A fresh Admissions Desk file on disk, made by the real migrations, for one test function.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"));

    bool isOpen() const { return m_database.isOpen(); }
    QString openError() const { return m_openError; }
    const QString &connectionName() const { return m_database.connectionName(); }
    QString path() const { return m_database.path(); }
    QString dir() const { return m_dir.path(); }
    Database &database() { return m_database; }

    // Fixtures, written with plain SQL so tests of a repository do not depend on it. The single
    // ones return the new row's id, failing the test (and returning 0) on an error.
    qint64 addTrack(const QString &code, const QString &name = {});
    qint64 addCohort(qint64 trackId, const QString &name, int capacity,
                     const QDate &startsOn = QDate(2027, 3, 1), int offerHoldDays = 7);
    // The cohort's job guarantee terms (a new cohort has the defaults).
    void setGuarantee(qint64 cohortId, const GuaranteeTerms &terms);
    // A staff user without a password (who cannot sign in, but may act in core's tests).
    qint64 addStaff(const QString &username, StaffRole role = StaffRole::Officer);
    // An actor of this role, the same staff user (named after the role) on every call.
    Actor actor(StaffRole role = StaffRole::Officer);
    // An applicant written past ApplicantService, as an older version or another program may
    // have left it. Not in the search index: ApplicationSearchIndex::rebuild() after the
    // fixtures.
    qint64 addApplicant(const ApplicantRow &applicant);
    qint64 addApplicant(const QString &firstName, const QString &lastName, const QString &email,
                        const QString &phone = {});
    qint64 addApplication(const ApplicationRow &application);
    // An application of the applicant in status applied, with its first status event.
    qint64 addApplication(qint64 applicantId, qint64 trackId, const QString &reason = {});
    // One status event as the desk writes it from schema v15 on: with the application's cohort
    // (0: none recorded, as before v15) and, for a returning deferral, its queue time. Returns
    // the event's id.
    struct EventRow
    {
        qint64 applicationId = 0;
        QString from; // empty: the first event
        QString to;
        QString at = FixtureTime;
        qint64 cohortId = 0;
        QString queueAt; // empty: NULL
    };
    qint64 addStatusEvent(const EventRow &event);
    // Applications first..first+count-1, each with an applicant of its own, in one transaction
    // with prepared statements: a hundred thousand in a few seconds. Application n starts as
    // applicant n (First<n> Last<n>, person<n>@example.org) and application n of that
    // applicant; describe(n, applicant, application) sets the rest, a track at the least.
    // Returns an error text, or nothing.
    using Describe =
        std::function<void(int n, ApplicantRow &applicant, ApplicationRow &application)>;
    QString addApplications(int first, int count, const Describe &describe);
    // Runs each statement with the status history's append-only guards (schema v6) dropped,
    // then puts them back, as another tool could: for fixtures that must change the history.
    // Returns an error text, or nothing.
    QString rewriteHistory(const QStringList &statements, const QVariantList &values = {});
    // Runs `change` (which returns an error text, or nothing) with the named triggers dropped,
    // then makes them again exactly as they were, as someone with the sqlite3 shell could: for
    // tests of what the audit trail catches. Returns an error text, or nothing.
    QString withoutGuards(const QStringList &triggers, const std::function<QString()> &change);
    // The applications whose sort-key copies (schema v21: cohort_name, owner_username,
    // applicant_phone; v24: applicant_last_name, applicant_first_name, applicant_email; v27:
    // applicant_source, applicant_campaign) are not exactly what they copy, by a join of the
    // tables they copy from.
    qint64 staleSortKeys();
    // A raw SQL scalar, failing the test (QVERIFY-style message in the result) on error.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

private:
    QTemporaryDir m_dir;
    Database m_database;
    QMap<StaffRole, Actor> m_actors;
    QString m_openError;
};

#pragma once

#include "demo/democatalog.h"
#include "demo/democohort.h"
#include "demo/demodatagenerator.h"
#include "demo/demonames.h"
#include "demo/demoslotplan.h"
#include "demo/demostatement.h"
#include "demo/demotimelinebuilder.h"
#include "repositories/applicantrepository.h"

#include <QHash>

#include <array>
#include <vector>

// Writes the applications of a demo in the order they were made, each drawn from its slot's
// seed: its applicant (unless it is a second application), its history, activities and
// mentoring.
class DemoApplicationWriter
{
public:
    // anchorMs: the day the data is relative to, 00:00 UTC.
    DemoApplicationWriter(QString connectionName, qint64 anchorMs, const DemoNames &names,
                          DemoCatalog &catalog, DemoDataGenerator::Summary &summary);

    Status prepare();
    // Sorts the slots by time; `applicants` sizes the numbers in the emails.
    // Every deferral still waiting names the next draft cohort of its track, as a person
    // deferring it names one; one with no draft cohort to go to names none.
    Status nameDeferralCohorts();
    Status write(std::vector<DemoSlotPlan::Slot> &slots, const std::vector<DemoCohort> &cohorts,
                 qint64 applicants, const DemoDataGenerator::Progress &progress);
    // The status events written, first..last; 0 before the first. In the seed's one write
    // transaction nothing else writes them, so their ids follow each other.
    qint64 firstStatusEvent() const { return m_firstEvent; }
    qint64 lastStatusEvent() const
    {
        return m_firstEvent ? m_firstEvent + m_summary.statusEvents - 1 : 0;
    }

private:
    // `appliesAgain`: the slot's applicant has a second application to write later.
    Status writeApplication(DemoSlotPlan::Slot &slot, const DemoCohort *cohort, bool appliesAgain);
    // The applicant's sort keys, as written.
    Result<ApplicantSortKeys> writeApplicant(DemoSlotDice &dice, int track, qint64 appliedAt,
                                   const QString &appliedText);
    Status writeEvents(const DemoTimeline &t, qint64 applicationId, const QVariant &owner,
                       const QString &reason, DemoSlotDice &dice);
    Status writeOfferNotice(qint64 offeredAt, qint64 applicationId, qint64 offerEventId,
                            const QVariant &owner);
    Status writeActivities(const DemoTimeline &t, qint64 applicantId, qint64 applicationId,
                           const QVariant &owner, const QVariant &score, DemoSlotDice &dice);
    Status writePayments(const QList<Payment> &payments, qint64 applicationId,
                         const QVariant &owner);
    Status writeCheckIns(const DemoTimeline &t, qint64 applicantId, qint64 applicationId,
                         const QVariant &owner, DemoSlotDice &dice);
    struct Student
    {
        qint64 applicantId = 0;
        qint64 applicationId = 0;
    };
    Status writeMentoring(const DemoTimeline &t, const DemoCohort &cohort, const Student &student,
                          const QVariant &owner, DemoSlotDice &dice, DemoSlotDice &callDice);
    // The student's weekly calls with the mentor from `from` until `until` (ms).
    Status writeCalls(const Student &student, qint64 mentorId, qint64 from, qint64 until,
                      const QVariant &owner, DemoSlotDice &dice);

    const qint64 m_anchor;
    const QString m_connection;
    const DemoTimelineBuilder m_timelines;
    const DemoNames &m_names;
    DemoCatalog &m_catalog;
    DemoDataGenerator::Summary &m_summary;
    std::array<QString, DemoCohort::StatusCount> m_statusNames;
    qint64 m_emailModulus = 1000000;
    qint64 m_firstEvent = 0;
    // The sort keys of applicants written whose second application is still to come, by id.
    QHash<qint64, ApplicantSortKeys> m_returningApplicants;

    DemoStatement m_insertApplicant;
    DemoStatement m_insertApplication;
    DemoStatement m_insertEvent;
    DemoStatement m_insertAssignment;
    DemoStatement m_insertActivity;
    DemoStatement m_insertPayment;
    DemoStatement m_insertNotice;
};

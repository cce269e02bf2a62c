#include "demo/demoapplicationwriter.h"

#include "demo/democalendar.h"
#include "demo/demojobsearch.h"
#include "demo/demoledger.h"
#include "demo/demomentorcalls.h"
#include "demo/demotrack.h"
#include "domain/paymentaccount.h"
#include "domain/timestamp.h"
#include "repositories/applicantrepository.h"

#include <algorithm>

using S = ApplicationStatus;
using Slot = DemoSlotPlan::Slot;
using DemoCalendar::dateText;
using DemoCalendar::Day;
using DemoCalendar::dayOf;
using DemoCalendar::Hour;
using DemoCalendar::timestampText;

namespace {

constexpr const char *Sources[] = {"Google Ads", "LinkedIn",   "Instagram",          "TikTok",
                                   "YouTube",    "Referral",   "Career fair",        "Podcast",
                                   "Search",     "Newsletter", "Partner university", "Meetup"};
constexpr int ReferralSource = 5;
constexpr int PaidSources = 5; // the first five run campaigns

constexpr const char *Referrers[] = {"Alumni referral programme", "Friend or colleague",
                                     "Employer partner", "Student ambassador"};
constexpr const char *Notes[] = {"Prefers calls after 6 pm local time.",
                                 "Asked about a laptop loan.", "Needs a visa support letter.",
                                 "Asked about financing and instalments.",
                                 "Works shifts; evening cohort preferred."};
constexpr const char *NotQualifiedReasons[] = {
    "Interview score below the admission threshold", "Did not complete the technical assessment",
    "Cannot commit the hours the program needs", "English level below what the program needs"};
constexpr const char *WithdrawnReasons[] = {"Chose another program", "Financial reasons",
                                            "No answer after three follow-ups",
                                            "Personal circumstances", "Took a job offer"};
constexpr const char *DeclinedReasons[] = {"Start date does not suit",
                                           "Could not arrange financing", "Accepted a job offer",
                                           "Chose a different bootcamp"};
constexpr const char *DroppedReasons[] = {"Could not keep up with the workload", "Health reasons",
                                          "Family commitments", "Started a full-time job"};
constexpr const char *RefundedReasons[] = {"Money-back guarantee within the 14-day window",
                                           "Pro-rata refund after the window",
                                           "Program not what the student expected"};
constexpr const char *CallSummaries[] = {
    "Intro call: goals and schedule", "Call about financing options",
    "Follow-up call after the screening", "Call: questions about the job guarantee"};
constexpr const char *EmailSummaries[] = {"Sent the syllabus", "Sent the interview invitation",
                                          "Reminder about open documents",
                                          "Sent the enrolment contract"};
constexpr const char *NoteSummaries[] = {"Wants to switch careers from retail",
                                         "Has a strong portfolio", "Asked to be called back later",
                                         "Interested in the part-time option"};

template <std::size_t N> QString pickText(DemoSlotDice &dice, const char *const (&texts)[N])
{
    return QString::fromUtf8(texts[dice.below(static_cast<qint64>(N))]);
}

QString exitReason(S status, DemoSlotDice &dice)
{
    switch (status) {
    case S::NotQualified:
        return pickText(dice, NotQualifiedReasons);
    case S::Withdrawn:
        return pickText(dice, WithdrawnReasons);
    case S::Declined:
        return pickText(dice, DeclinedReasons);
    case S::Dropped:
        return pickText(dice, DroppedReasons);
    case S::Refunded:
        return pickText(dice, RefundedReasons);
    default:
        return {};
    }
}

// CIRR-style outcome codes.
QVariant placementOutcome(S status, DemoSlotDice &dice)
{
    switch (status) {
    case S::Placed: {
        static const QString Outcomes[] = {QStringLiteral("in_field_full_time"),
                                           QStringLiteral("in_field_part_time_contract"),
                                           QStringLiteral("out_of_field")};
        return Outcomes[dice.weighted({70, 15, 15})];
    }
    case S::JobSearch:
        return QStringLiteral("still_seeking");
    case S::NotSeeking:
        return QStringLiteral("not_seeking");
    case S::Graduated:
        return dice.chance(0.3) ? QVariant(QStringLiteral("not_reporting")) : QVariant();
    default:
        return {};
    }
}

QVariant timestampOrNull(qint64 ms)
{
    return ms ? QVariant(timestampText(ms)) : QVariant();
}

} // namespace

DemoApplicationWriter::DemoApplicationWriter(QString connectionName, qint64 anchorMs,
                                             const DemoNames &names, DemoCatalog &catalog,
                                             DemoDataGenerator::Summary &summary)
    : m_anchor(anchorMs), m_connection(connectionName), m_timelines(anchorMs), m_names(names), m_catalog(catalog),
      m_summary(summary), m_insertApplicant(connectionName), m_insertApplication(connectionName),
      m_insertEvent(connectionName), m_insertAssignment(connectionName),
      m_insertActivity(connectionName), m_insertPayment(connectionName),
      m_insertNotice(connectionName)
{
    for (S status : Statuses::all())
        m_statusNames[static_cast<std::size_t>(status)] = Statuses::machineName(status);
}

Status DemoApplicationWriter::prepare()
{
    const std::pair<DemoStatement *, QString> statements[] = {
        {&m_insertApplicant, ApplicantRepository::insertSql()},
        {&m_insertApplication,
         QStringLiteral(
             "INSERT INTO applications (applicant_id, track_id, cohort_id, status, applied_at, "
             "qualified_at, status_changed_at, owner_id, score, decision_reason, "
             "offer_expires_at, payment_state, job_search_started_on, placement_outcome, "
             "placement_on, placement_employer, placement_job_title, placement_salary, "
             "updated_at, queue_at, cohort_name, owner_username, applicant_phone, "
             "applicant_last_name, applicant_first_name, applicant_email, applicant_source, "
             "applicant_campaign) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "?, ?, ?)")},
        {&m_insertEvent,
         QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, at, "
                        "by_user_id, reason, cause) VALUES (?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertAssignment,
         QStringLiteral("INSERT INTO mentor_assignments (application_id, mentor_id, state, "
                        "created_at, started_at, ended_at, end_cause, by_user_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertActivity,
         QStringLiteral("INSERT INTO activities (applicant_id, application_id, kind, at, "
                        "by_user_id, summary, rubric_score, job_applications, mentor_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_insertNotice,
         QStringLiteral("INSERT INTO offer_notices (application_id, offer_event_id, sent_at, "
                        "by_user_id) VALUES (?, ?, ?, ?)")},
        {&m_insertPayment,
         QStringLiteral("INSERT INTO payments (application_id, kind, amount_cents, currency, "
                        "paid_on, method, reference, recorded_by, recorded_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
    };
    for (const auto &[statement, sql] : statements) {
        if (Status done = statement->prepare(sql); !done)
            return done;
    }
    return {};
}

Status DemoApplicationWriter::write(std::vector<Slot> &slots,
                                    const std::vector<DemoCohort> &cohorts, qint64 applicants,
                                    const DemoDataGenerator::Progress &progress)
{
    auto cohortOf = [&cohorts](const Slot &slot) {
        return slot.cohort < 0 ? nullptr : &cohorts[static_cast<std::size_t>(slot.cohort)];
    };
    // First pass: when each application was made, to write them in that order, so that ids
    // follow time.
    for (Slot &slot : slots) {
        DemoSlotDice dice(SplitMix64{slot.seed});
        slot.appliedAt = m_timelines.build(slot.status, cohortOf(slot), dice).step(0).at;
    }
    std::sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) {
        return a.appliedAt != b.appliedAt ? a.appliedAt < b.appliedAt : a.planIndex < b.planIndex;
    });
    std::vector<qint32> position(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i)
        position[static_cast<std::size_t>(slots[i].planIndex)] = static_cast<qint32>(i);
    std::vector<bool> appliesAgain(slots.size()); // by plan index
    for (const Slot &slot : slots) {
        if (slot.partner >= 0)
            appliesAgain[static_cast<std::size_t>(slot.partner)] = true;
    }

    const qint64 total = static_cast<qint64>(slots.size());
    m_emailModulus = 1000000;
    while (m_emailModulus < applicants)
        m_emailModulus *= 10;
    for (qint64 done = 0; done < total; ++done) {
        Slot &slot = slots[static_cast<std::size_t>(done)];
        if (slot.partner >= 0) {
            slot.applicantId =
                slots[static_cast<std::size_t>(position[static_cast<std::size_t>(slot.partner)])]
                    .applicantId;
        }
        if (Status written = writeApplication(
                slot, cohortOf(slot), appliesAgain[static_cast<std::size_t>(slot.planIndex)]);
            !written)
            return written;
        if (progress && (done % 8192 == 0))
            progress(done, total);
    }
    if (progress)
        progress(total, total);
    return {};
}

Status DemoApplicationWriter::nameDeferralCohorts()
{
    DemoStatement name(m_connection);
    if (Status prepared = name.prepare(QStringLiteral(
            "UPDATE applications SET deferred_to_cohort_id = (SELECT later.id FROM cohorts "
            "later JOIN cohorts own ON own.id = applications.cohort_id "
            "WHERE later.track_id = own.track_id AND later.starts_on > own.starts_on "
            "AND later.state = 'draft' ORDER BY later.starts_on, later.id LIMIT 1) "
            "WHERE status = 'deferred'"));
        !prepared)
        return prepared;
    return name.exec({});
}

Status DemoApplicationWriter::writeApplication(Slot &slot, const DemoCohort *cohort,
                                               bool appliesAgain)
{
    DemoSlotDice dice(SplitMix64{slot.seed});
    const DemoTimeline t = m_timelines.build(slot.status, cohort, dice);
    const int track = cohort ? cohort->track : dice.weighted(DemoTrackWeights);
    const qint64 appliedAt = t.step(0).at;
    const QString appliedText = timestampText(appliedAt);

    ApplicantSortKeys applicant; // the application's sort keys
    if (slot.applicantId == 0) {
        auto written = writeApplicant(dice, track, appliedAt, appliedText);
        if (!written)
            return written.error();
        applicant = written.value();
        slot.applicantId = m_insertApplicant.lastInsertId();
        ++m_summary.applicants;
        if (appliesAgain)
            m_returningApplicants.insert(slot.applicantId, applicant);
    } else {
        applicant = m_returningApplicants.take(slot.applicantId);
    }

    const S status = slot.status;
    const QVariant owner = status == S::Applied && dice.chance(0.3)
                               ? QVariant()
                               : QVariant(dice.pick(m_catalog.officers));
    QVariant score;
    if (t.at(S::Interviewed) != 0) {
        if (status == S::NotQualified)
            score = static_cast<int>(dice.between(15, 59));
        else if (t.qualifiedIndex >= 0)
            score = static_cast<int>(dice.between(60, 100));
        else
            score = static_cast<int>(dice.between(30, 95));
    }
    const QString reason = exitReason(status, dice);
    const QString lastText = timestampText(t.last().at);
    const qint64 searchAt = t.at(S::JobSearch);
    const QList<Payment> payments =
        cohort ? DemoLedger::of(t, *cohort, m_summary.applications + 1) : QList<Payment>();
    // Derived from the ledger, as the desk derives it.
    const QString paymentState =
        PaymentAccount(cohort ? std::optional(cohort->fees()) : std::nullopt, payments,
                       std::nullopt)
            .state();
    DemoSlotDice searchDice(SplitMix64{DemoJobSearch::seedOf(slot.seed)});
    const std::optional<DemoJobSearch::Job> job =
        status == S::Placed ? std::optional(DemoJobSearch::job(track, t.last().at, searchDice))
                            : std::nullopt;
    // No demo deferral returns to a cohort: the queue time is the qualification time.
    const QVariant qualifiedText =
        t.qualifiedIndex >= 0 ? QVariant(timestampText(t.step(t.qualifiedIndex).at)) : QVariant();
    if (Status done = m_insertApplication.exec(
            {slot.applicantId,
             m_catalog.trackIds[static_cast<std::size_t>(track)],
             cohort ? QVariant(cohort->id) : QVariant(),
             m_statusNames[static_cast<std::size_t>(status)],
             appliedText,
             qualifiedText,
             lastText,
             owner,
             score,
             reason,
             timestampOrNull(t.offerExpiresAt),
             paymentState,
             searchAt ? QVariant(dateText(dayOf(searchAt))) : QVariant(),
             placementOutcome(status, dice),
             job ? QVariant(dateText(dayOf(job->startsAt))) : QVariant(),
             job ? job->employer : QString(),
             job ? job->title : QString(),
             job && job->salary ? QVariant(job->salary) : QVariant(),
             lastText,
             qualifiedText,
             cohort ? QVariant(cohort->name) : QVariant(),
             owner.isValid() ? QVariant(m_catalog.usernames.value(owner.toLongLong())) : QVariant(),
             applicant.phoneNorm,
             applicant.lastName,
             applicant.firstName,
             applicant.emailNorm,
             applicant.source,
             applicant.campaign});
        !done)
        return done;
    const qint64 applicationId = m_insertApplication.lastInsertId();
    ++m_summary.applications;

    if (Status done = writeEvents(t, applicationId, owner, reason, dice); !done)
        return done;
    if (Status done = writePayments(payments, applicationId, owner); !done)
        return done;
    if (Status done = writeActivities(t, slot.applicantId, applicationId, owner, score, dice);
        !done)
        return done;
    if (Status done = writeCheckIns(t, slot.applicantId, applicationId, owner, searchDice); !done)
        return done;
    if (cohort) {
        DemoSlotDice callDice(SplitMix64{DemoMentorCalls::seedOf(slot.seed)});
        return writeMentoring(t, *cohort, {slot.applicantId, applicationId}, owner, dice, callDice);
    }
    return {};
}

Status DemoApplicationWriter::writePayments(const QList<Payment> &payments, qint64 applicationId,
                                            const QVariant &owner)
{
    for (const Payment &p : payments) {
        if (Status done = m_insertPayment.exec(
                {applicationId, Payment::machineName(p.kind), p.amount.cents, p.amount.currency,
                 Timestamp::formatDate(p.paidOn), Payment::machineName(p.method), p.reference,
                 owner, Timestamp::format(p.recordedAt)});
            !done)
            return done;
    }
    return {};
}

Result<ApplicantSortKeys> DemoApplicationWriter::writeApplicant(DemoSlotDice &dice, int track,
                                                      qint64 appliedAt, const QString &appliedText)
{
    const DemoNames::Person person = m_names.pick(dice);
    const DemoNames::Culture &culture = *person.culture;
    // A bijection of the applicant number: unique like it, but it does not look counted.
    const qint64 number = ((m_summary.applicants + 1) * 7919 + 1234) % m_emailModulus;
    static const QString Domains[] = {QStringLiteral("example.org"), QStringLiteral("example.com"),
                                      QStringLiteral("example.net")};
    const QString handle = person.asciiFirst + QLatin1Char('.') + person.asciiLast +
                           QLatin1Char('.') + QString::number(number);
    const QString email = handle + QLatin1Char('@') + Domains[dice.below(3)];
    QString phone;
    QString phoneNorm;
    if (!dice.chance(0.08)) {
        const qint64 a = dice.between(200, 999), b = dice.between(100, 999),
                     c = dice.between(0, 9999);
        const QString local =
            QStringLiteral("%1%2%3").arg(a).arg(b).arg(c, 4, 10, QLatin1Char('0'));
        phone = QStringLiteral("+%1 %2 %3 %4")
                    .arg(culture.dialCode)
                    .arg(a)
                    .arg(b)
                    .arg(c, 4, 10, QLatin1Char('0'));
        phoneNorm = QLatin1Char('+') + culture.dialCode + local;
    }
    const QString slug = person.asciiFirst + QLatin1Char('-') + person.asciiLast +
                         QLatin1Char('-') + QString::number(number);
    const bool coder = track != 3 && track != 4; // not DA or UX
    const QString linkedin =
        dice.chance(0.45) ? QStringLiteral("https://www.linkedin.com/in/") + slug : QString();
    const QString github =
        dice.chance(coder ? 0.35 : 0.08) ? QStringLiteral("https://github.com/") + slug : QString();
    const QString portfolio = dice.chance(coder ? 0.05 : 0.4)
                                  ? QStringLiteral("https://portfolio.example.net/") + slug
                                  : QString();
    const int source = dice.weighted({16, 14, 10, 6, 6, 12, 5, 4, 14, 5, 4, 4});
    QString campaign;
    if (source < PaidSources) {
        const DemoCalendar::CivilDate date = DemoCalendar::civilFromDays(dayOf(appliedAt));
        static const char *const Seasons[] = {"winter", "spring", "summer", "autumn"};
        campaign = QStringLiteral("%1-%2-%3")
                       .arg(QString::fromLatin1(DemoTracks[track].code).toLower(),
                            QLatin1String(Seasons[(date.month % 12) / 3]))
                       .arg(date.year);
    }
    const QString referrer = source == ReferralSource ? pickText(dice, Referrers) : QString();
    const QString notes = dice.chance(0.06) ? pickText(dice, Notes) : QString();
    // ApplicantRepository::insertSql()'s columns: those of Applicant, then updated_at and
    // created_at.
    const QString sourceName = QString::fromLatin1(Sources[source]);
    if (Status done = m_insertApplicant.exec(
            {person.first, person.last, email, email, phone, phoneNorm, culture.country,
             culture.zone(dice), linkedin, github, portfolio, sourceName, campaign, referrer,
             dice.chance(0.88), notes, appliedText, appliedText});
        !done)
        return done.error();
    return ApplicantSortKeys{person.last, person.first, email, phoneNorm, sourceName, campaign};
}

Status DemoApplicationWriter::writeEvents(const DemoTimeline &t, qint64 applicationId,
                                          const QVariant &owner, const QString &reason,
                                          DemoSlotDice &dice)
{
    static const QString SeatFree = QStringLiteral("a seat was free when qualified");
    static const QString NoSeat = QStringLiteral("no seat free when qualified");
    static const QString Released = QStringLiteral("seat released by another application");
    static const QString HoldEnded = QStringLiteral("the offer hold ended");
    static const QString DeferredReason = QStringLiteral("Moves to a later cohort");
    static const QString RefundAsked = QStringLiteral("Asked for a refund");
    for (int i = 0; i < t.size; ++i) {
        const DemoTimeline::Step &step = t.step(i);
        const S previous = i > 0 ? t.step(i - 1).status : S::Applied;
        QString cause;
        if (step.byDesk) {
            if (step.status == S::OfferExpired)
                cause = HoldEnded;
            else if (step.status == S::Waitlisted)
                cause = NoSeat;
            else if (previous == S::Waitlisted)
                cause = Released;
            else
                cause = SeatFree;
        }
        QString why;
        if (Statuses::requiresReason(step.status))
            why = reason;
        else if (step.status == S::Deferred)
            why = DeferredReason;
        else if (step.status == S::RefundRequested)
            why = RefundAsked;
        // Most steps are taken by the application's owner, some by a colleague.
        QVariant by;
        if (!step.byDesk && owner.isValid())
            by = dice.chance(0.85) ? owner : QVariant(dice.pick(m_catalog.officers));
        if (Status done = m_insertEvent.exec(
                {applicationId,
                 i > 0 ? QVariant(m_statusNames[static_cast<std::size_t>(previous)]) : QVariant(),
                 m_statusNames[static_cast<std::size_t>(step.status)], timestampText(step.at), by,
                 why, cause});
            !done)
            return done;
        if (m_firstEvent == 0)
            m_firstEvent = m_insertEvent.lastInsertId();
        ++m_summary.statusEvents;
    }
    return t.last().status == S::Offered
               ? writeOfferNotice(t.last().at, applicationId, m_insertEvent.lastInsertId(), owner)
               : Status();
}

// Three of four current offers were sent, within a day of the offer, by the owner; the rest wait
// on the work list. Decided by the id, not the dice: the other rows stay as they were.
Status DemoApplicationWriter::writeOfferNotice(qint64 offeredAt, qint64 applicationId,
                                               qint64 offerEventId, const QVariant &owner)
{
    if (applicationId % 4 == 0)
        return {};
    const qint64 sentAt =
        std::min(m_anchor, offeredAt + (1 + applicationId % 20) * DemoCalendar::Hour);
    return m_insertNotice.exec({applicationId, offerEventId, timestampText(sentAt), owner});
}

Status DemoApplicationWriter::writeActivities(const DemoTimeline &t, qint64 applicantId,
                                              qint64 applicationId, const QVariant &owner,
                                              const QVariant &score, DemoSlotDice &dice)
{
    static const QString Interview = QStringLiteral("interview");
    static const QString Call = QStringLiteral("call");
    static const QString Email = QStringLiteral("email");
    static const QString Note = QStringLiteral("note");
    auto add = [&](const QString &kind, qint64 at, const QString &summary, const QVariant &rubric) {
        ++m_summary.activities;
        return m_insertActivity.exec({applicantId, applicationId, kind,
                                      timestampText(std::min(at, t.last().at)), owner, summary,
                                      rubric, QVariant(), QVariant()});
    };
    if (const qint64 at = t.at(S::Interviewed)) {
        if (Status done = add(Interview, at - dice.between(0, 2 * Hour),
                              QStringLiteral("Technical and motivation interview"), score);
            !done)
            return done;
    }
    if (dice.chance(0.35)) {
        if (Status done = add(Call, t.step(0).at + dice.between(Hour, 2 * Day),
                              pickText(dice, CallSummaries), {});
            !done)
            return done;
    }
    if (dice.chance(0.2)) {
        if (Status done =
                add(Email, t.last().at - dice.between(0, Day), pickText(dice, EmailSummaries), {});
            !done)
            return done;
    }
    if (dice.chance(0.08))
        return add(Note, t.last().at, pickText(dice, NoteSummaries), {});
    return {};
}

// A graduate's weekly job-search check-ins, from the start of the search to its end (placed or
// not seeking) or to today.
Status DemoApplicationWriter::writeCheckIns(const DemoTimeline &t, qint64 applicantId,
                                            qint64 applicationId, const QVariant &owner,
                                            DemoSlotDice &dice)
{
    static const QString CheckIn = QStringLiteral("job_search_check_in");
    const qint64 searchAt = t.at(S::JobSearch);
    if (!searchAt)
        return {};
    const S status = t.last().status;
    // Nothing happens on or after the day the data is relative to.
    const qint64 until = status == S::JobSearch ? m_anchor - Hour : t.last().at;
    for (const DemoJobSearch::CheckIn &checkIn : DemoJobSearch::checkIns(searchAt, until, dice)) {
        ++m_summary.activities;
        if (Status done = m_insertActivity.exec(
                {applicantId, applicationId, CheckIn, timestampText(checkIn.at), owner,
                 QStringLiteral("Job applications sent this week: %1").arg(checkIn.applications),
                 QVariant(), checkIn.applications, QVariant()});
            !done)
            return done;
    }
    return {};
}

// Students of finished programs had a mentor, ended with the program or when they left it;
// active students have one while a mentor of their track has room; about half of the enrolled
// have a proposal, and those who withdrew or deferred from enrolment had one that ended. The
// weekly calls go with each confirmed mentor.
Status DemoApplicationWriter::writeMentoring(const DemoTimeline &t, const DemoCohort &cohort,
                                             const Student &student, const QVariant &owner,
                                             DemoSlotDice &dice, DemoSlotDice &callDice)
{
    const S status = t.last().status;
    const qint64 activeAt = t.at(S::Active);
    DemoMentorPool &mentors = m_catalog.mentors;
    auto assign = [&](qint64 mentor, const char *state, qint64 created, qint64 started,
                      qint64 ended, const QString &cause) -> Status {
        ++m_summary.mentorAssignments;
        if (Status done = m_insertAssignment.exec(
                {student.applicationId, mentor, QString::fromLatin1(state), timestampText(created),
                 timestampOrNull(started), timestampOrNull(ended), cause, owner});
            !done)
            return done;
        if (!started)
            return {};
        return writeCalls(student, mentor, started, ended ? ended : m_anchor - Hour, owner,
                          callDice);
    };
    if (activeAt && (status != S::Active && status != S::RefundRequested)) {
        const bool left = status == S::Dropped || status == S::Refunded;
        const qint64 endedAt = left ? t.at(status) : t.at(S::Graduated);
        return assign(mentors.any(cohort.track, dice), "ended", activeAt, activeAt, endedAt,
                      left ? m_statusNames[static_cast<std::size_t>(status)]
                           : QStringLiteral("graduated"));
    }
    if (const qint64 enrolledAt = t.at(S::Enrolled);
        enrolledAt && (status == S::Withdrawn || status == S::Deferred))
        // Half of them were confirmed before the student left.
        return assign(mentors.any(cohort.track, dice), "ended", enrolledAt,
                      dice.chance(0.5) ? enrolledAt + (t.at(status) - enrolledAt) / 2 : 0,
                      t.at(status), m_statusNames[static_cast<std::size_t>(status)]);
    if (status == S::Enrolled && dice.chance(0.5) && mentors.hasRoom(cohort.track))
        return assign(mentors.proposal(cohort.track, dice), "proposed", t.last().at, 0, 0, {});
    if (!activeAt || !mentors.hasRoom(cohort.track))
        return {};
    // One in twenty changed mentor once.
    qint64 since = activeAt;
    if (dice.chance(0.05)) {
        since = activeAt + (m_anchor - Hour - activeAt) / 2;
        if (Status done = assign(mentors.any(cohort.track, dice), "ended", activeAt, activeAt,
                                 since, QStringLiteral("reassigned"));
            !done)
            return done;
    }
    return assign(mentors.take(cohort.track, dice), "active", since, since, 0, {});
}

Status DemoApplicationWriter::writeCalls(const Student &student, qint64 mentorId, qint64 from,
                                         qint64 until, const QVariant &owner, DemoSlotDice &dice)
{
    static const QString MentorCall = QStringLiteral("mentor_call");
    static const QString Summary = QStringLiteral("Weekly 1:1 call");
    for (const qint64 at : DemoMentorCalls::calls(from, until, dice)) {
        ++m_summary.activities;
        if (Status done = m_insertActivity.exec({student.applicantId, student.applicationId,
                                                 MentorCall, timestampText(at), owner, Summary,
                                                 QVariant(), QVariant(), mentorId});
            !done)
            return done;
    }
    return {};
}

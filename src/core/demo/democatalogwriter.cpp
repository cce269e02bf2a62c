#include "demo/democatalogwriter.h"

#include "demo/democalendar.h"
#include "demo/demotrack.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using S = ApplicationStatus;
using DemoCalendar::Day;

DemoCatalogWriter::DemoCatalogWriter(QString connectionName, const DemoNames &names,
                                     DemoMainDice &dice, DemoDataGenerator::Summary &summary)
    : m_connection(std::move(connectionName)), m_names(names), m_dice(dice), m_summary(summary)
{
}

Result<DemoCatalog> DemoCatalogWriter::write(std::vector<DemoCohort> &cohorts, qint64 applicants,
                                             qint64 anchorMs)
{
    DemoCatalog catalog;
    if (Status done = writeTracks(catalog); !done)
        return done.error();
    if (Status done = writeStaff(catalog, applicants, anchorMs); !done)
        return done.error();
    if (Status done = writeCohorts(cohorts, catalog); !done)
        return done.error();
    if (Status done = writeMentors(cohorts, catalog); !done)
        return done.error();
    return catalog;
}

Result<qint64> DemoCatalogWriter::idOf(DemoStatement &insert, DemoStatement &find,
                                       const QVariantList &values)
{
    if (Status done = insert.exec(values); !done)
        return done.error();
    return find.selectId({values.first()});
}

Status DemoCatalogWriter::writeTracks(DemoCatalog &catalog)
{
    DemoStatement insert(m_connection);
    DemoStatement find(m_connection);
    if (Status done = insert.prepare(QStringLiteral("INSERT INTO tracks (code, name) VALUES (?, ?) "
                                                    "ON CONFLICT (code) DO NOTHING"));
        !done)
        return done;
    if (Status done = find.prepare(QStringLiteral("SELECT id FROM tracks WHERE code = ?")); !done)
        return done;
    for (const DemoTrack &track : DemoTracks) {
        const auto id =
            idOf(insert, find, {QString::fromLatin1(track.code), QString::fromUtf8(track.name)});
        if (!id)
            return id.error();
        catalog.trackIds.push_back(id.value());
    }
    m_summary.tracks = DemoTrackCount;
    return {};
}

Status DemoCatalogWriter::writeStaff(DemoCatalog &catalog, qint64 applicants, qint64 anchorMs)
{
    DemoStatement insert(m_connection);
    DemoStatement find(m_connection);
    if (Status done = insert.prepare(
            QStringLiteral("INSERT INTO staff_users (username, display_name, role, created_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING"));
        !done)
        return done;
    if (Status done = find.prepare(QStringLiteral("SELECT id FROM staff_users WHERE username = ?"));
        !done)
        return done;
    const qint64 count = std::clamp<qint64>(6 + applicants / 20000, 6, 60);
    const QString createdAt = DemoCalendar::timestampText(anchorMs - 800 * Day);
    QSet<QString> usernames;
    for (qint64 i = 0; i < count; ++i) {
        const DemoNames::Person person = m_names.pick(m_dice);
        QString username = person.asciiFirst + QLatin1Char('.') + person.asciiLast;
        if (usernames.contains(username))
            username += QString::number(i);
        usernames.insert(username);
        // The first is the head of admissions, the second an auditor who only reads.
        const QString role = i == 0   ? QStringLiteral("administrator")
                             : i == 1 ? QStringLiteral("read_only")
                                      : QStringLiteral("admissions_officer");
        const auto id =
            idOf(insert, find,
                 {username, person.first + QLatin1Char(' ') + person.last, role, createdAt});
        if (!id)
            return id.error();
        if (i != 1) {
            catalog.officers.push_back(id.value());
            catalog.usernames.insert(id.value(), username);
        }
    }
    m_summary.staffUsers = count;
    return {};
}

Status DemoCatalogWriter::writeCohorts(std::vector<DemoCohort> &cohorts, const DemoCatalog &catalog)
{
    DemoStatement insert(m_connection);
    DemoStatement refund(m_connection);
    DemoStatement fees(m_connection);
    if (Status done = insert.prepare(
            QStringLiteral("INSERT INTO cohorts (track_id, name, starts_on, ends_on, capacity, "
                           "offer_hold_days, refund_window_days, state, final_fill) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !done)
        return done;
    if (Status done = refund.prepare(QStringLiteral(
            "INSERT INTO refund_schedule (cohort_id, from_day, refund_percent) VALUES (?, ?, ?)"));
        !done)
        return done;
    if (Status done = fees.prepare(
            QStringLiteral("INSERT INTO cohort_fees (cohort_id, currency, price_cents, "
                           "deposit_cents) VALUES (?, ?, ?, ?)"));
        !done)
        return done;
    for (DemoCohort &c : cohorts) {
        if (Status done =
                insert.exec({catalog.trackIds[static_cast<std::size_t>(c.track)], c.name,
                             DemoCalendar::dateText(c.startDay), DemoCalendar::dateText(c.endDay),
                             c.capacity, c.holdDays, c.refundWindowDays, c.state(),
                             c.finalFill() ? QVariant(*c.finalFill()) : QVariant()});
            !done)
            return done;
        c.id = insert.lastInsertId();
        for (const RefundStep &step : c.refundSchedule()) {
            if (Status done = refund.exec({c.id, step.fromDay, step.refundPercent}); !done)
                return done;
        }
        const CohortFees price = c.fees();
        if (Status done = fees.exec({c.id, price.currency, price.priceCents, price.depositCents});
            !done)
            return done;
    }
    m_summary.cohorts = static_cast<qint64>(cohorts.size());
    return {};
}

// Enough mentors for every active student with about a tenth to spare, so that most are at
// capacity and a few have room.
Status DemoCatalogWriter::writeMentors(const std::vector<DemoCohort> &cohorts, DemoCatalog &catalog)
{
    DemoStatement insert(m_connection);
    DemoStatement track(m_connection);
    if (Status done =
            insert.prepare(QStringLiteral("INSERT INTO mentors (name, email, email_norm, "
                                          "time_zone, weekly_slots, max_active_mentees, active) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        !done)
        return done;
    if (Status done = track.prepare(
            QStringLiteral("INSERT INTO mentor_tracks (mentor_id, track_id) VALUES (?, ?)"));
        !done)
        return done;
    std::array<qint64, DemoTrackCount> students{};
    for (const DemoCohort &c : cohorts) {
        if (c.kind == DemoCohort::Kind::Started)
            students[static_cast<std::size_t>(c.track)] +=
                c.count(S::Active) + c.count(S::RefundRequested);
    }
    static constexpr int Loads[] = {6, 8, 10, 12, 15, 20};
    catalog.mentors = DemoMentorPool(DemoTrackCount);
    for (int t = 0; t < DemoTrackCount; ++t) {
        const qint64 count = std::max<qint64>(
            2, static_cast<qint64>(std::ceil(students[static_cast<std::size_t>(t)] * 1.1 / 11.8)));
        for (qint64 i = 0; i < count; ++i) {
            const DemoNames::Person person = m_names.pick(m_dice);
            const int maxActive = Loads[m_dice.below(6)];
            const bool available = !m_dice.chance(0.04);
            const QString email = QStringLiteral("%1.%2.m%3@mentors.example.org")
                                      .arg(person.asciiFirst, person.asciiLast)
                                      .arg(catalog.mentors.size() + 1);
            if (Status done = insert.exec({person.first + QLatin1Char(' ') + person.last, email,
                                           email, person.culture->zone(m_dice),
                                           maxActive + m_dice.between(0, 4), maxActive, available});
                !done)
                return done;
            const qint64 id = insert.lastInsertId();
            QList<int> tracks{t};
            if (m_dice.chance(0.2))
                tracks << static_cast<int>((t + 1 + m_dice.below(DemoTrackCount - 1)) %
                                           DemoTrackCount);
            for (int mentorTrack : tracks) {
                if (Status done =
                        track.exec({id, catalog.trackIds[static_cast<std::size_t>(mentorTrack)]});
                    !done)
                    return done;
            }
            catalog.mentors.add(t, id, maxActive, available);
        }
    }
    m_summary.mentors = catalog.mentors.size();
    return {};
}

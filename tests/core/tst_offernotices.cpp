#include "audit/auditverifier.h"
#include "domain/offernotice.h"
#include "mentoring.h"
#include "services/desksettingsservice.h"
#include "services/offernoticeservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

using S = ApplicationStatus;
using Scope = OfferNoticeService::Scope;

// Offers reach a person: every offer the desk makes waits on its owner's work list until someone
// records that it was sent; the notice belongs to that one offer; and a seat is held to the end
// of its last day in the bootcamp's time zone.
class TestOfferNotices : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_track = 0;
    Actor m_officer;
    int m_applicants = 0;

    QString conn() const { return m_db->connectionName(); }

    // A new application of cohort SWE-1 moved along the main road to `status` (mentoring.h):
    // qualified moves on to offered by itself while a seat is free.
    qint64 application(S status)
    {
        auto added =
            addStudent(conn(), m_officer, m_clock, ++m_applicants, {"SWE", "SWE-1", "UTC", status});
        if (!added) {
            QTest::qFail(qPrintable(added.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return added.value();
    }

    Status move(qint64 id, S to, const QString &reason = {})
    {
        auto moved = StatusService(conn(), m_officer, m_clock).changeStatus(id, to, reason);
        if (!moved)
            return moved.error();
        return {};
    }

    void own(qint64 applicationId, qint64 ownerId)
    {
        QVERIFY(m_db->scalar("UPDATE applications SET owner_id = ? WHERE id = ?",
                             {ownerId ? QVariant(ownerId) : QVariant(QMetaType::fromType<qint64>()),
                              applicationId})
                    .isNull());
    }

    QList<qint64> listed(const Actor &actor, Scope scope)
    {
        const auto offers = OfferNoticeService(conn(), actor, m_clock).toSend(scope);
        if (!offers) {
            QTest::qFail(qPrintable(offers.error().text()), __FILE__, __LINE__);
            return {};
        }
        QList<qint64> ids;
        for (const CurrentOffer &offer : offers.value())
            ids << offer.applicationId;
        return ids;
    }

    QDateTime expiryOf(qint64 applicationId)
    {
        return QDateTime::fromString(
            m_db->scalar("SELECT offer_expires_at FROM applications WHERE id = ?", {applicationId})
                .toString(),
            Qt::ISODateWithMs);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_track = m_db->addTrack("SWE");
        m_officer = m_db->actor(StaffRole::Officer);
        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
        m_applicants = 0;
    }

    void cleanup() { m_db.reset(); }

    void workListHoldsTheOwnersOffers_data()
    {
        QTest::addColumn<QString>("owner"); // me, other, nobody
        QTest::addColumn<bool>("mine");     // on "my" list
        QTest::newRow("mine") << "me" << true;
        QTest::newRow("another officer's") << "other" << false;
        QTest::newRow("nobody's") << "nobody" << true;
    }

    void workListHoldsTheOwnersOffers()
    {
        QFETCH(QString, owner);
        QFETCH(bool, mine);
        m_db->addCohort(m_track, "SWE-1", 3);
        const qint64 id = application(S::Qualified);
        const qint64 other = m_db->addStaff("other");
        own(id, owner == "me" ? m_officer.userId : owner == "other" ? other : 0);

        QCOMPARE(listed(m_officer, Scope::Mine), mine ? QList<qint64>{id} : QList<qint64>{});
        QCOMPARE(listed(m_officer, Scope::Everyone), QList<qint64>{id});
        const auto offer = OfferNoticeService(conn(), m_officer, m_clock).current(id);
        QVERIFY_OK(offer);
        QVERIFY(offer.value());
        QVERIFY2(offer.value()->madeByDesk(), "the qualification's seat is offered by the desk");
        QVERIFY(!offer.value()->sent);
        QCOMPARE(offer.value()->ownerName.isEmpty(), owner == "nobody");
    }

    void markingSentTakesItOffTheListAndIsAudited()
    {
        m_db->addCohort(m_track, "SWE-1", 3);
        const qint64 id = application(S::Qualified);
        const QDateTime sentAt = m_clock.now();

        OfferNoticeService service(conn(), m_officer, m_clock);
        const auto marked = service.markSent(id);
        QVERIFY_OK(marked);
        QVERIFY(marked->sent);
        QCOMPARE(marked->sent->sentAt, sentAt);
        QVERIFY(!marked->sent->byName.isEmpty());
        QCOMPARE(listed(m_officer, Scope::Everyone), QList<qint64>{});
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'offer_sent' "
                              "AND entity_id = ?",
                              {id})
                     .toInt(),
                 1);
        const auto again = service.markSent(id);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains("already sent"), qPrintable(again.error().text()));
        const auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report->holds());
    }

    void markingSentIsRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no offer held") << "screening"
                                       << "holds no offer";
        QTest::newRow("no such application") << "missing"
                                             << "no application 4242";
        QTest::newRow("read-only role") << "read-only"
                                        << "may not";
    }

    void markingSentIsRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        m_db->addCohort(m_track, "SWE-1", 3);
        qint64 id = application(what == "screening" ? S::Screening : S::Qualified);
        if (what == "missing")
            id = 4242;
        const Actor actor = what == "read-only" ? m_db->actor(StaffRole::ReadOnly) : m_officer;
        const auto refused = OfferNoticeService(conn(), actor, m_clock).markSent(id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().text()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM offer_notices").toInt(), 0);
    }

    // The notice belongs to one offer: a seat offered again after the first offer expired is a
    // new offer, to be sent again. The freed seat's offer to the next in line is the desk's.
    void aLaterOfferNeedsItsOwnNotice()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 first = application(S::Qualified);
        const qint64 second = application(S::Qualified);
        QVERIFY_OK(OfferNoticeService(conn(), m_officer, m_clock).markSent(first));

        m_clock.set(expiryOf(first).addSecs(1));
        QVERIFY_OK(StatusService(conn(), m_officer, m_clock).releaseExpiredOffers());
        QCOMPARE(listed(m_officer, Scope::Everyone), QList<qint64>{second});
        const auto freed = OfferNoticeService(conn(), m_officer, m_clock).current(second);
        QVERIFY_OK(freed);
        QVERIFY(freed.value() && freed.value()->madeByDesk());

        QVERIFY_OK(move(first, S::Waitlisted));
        QVERIFY_OK(move(second, S::Declined, "Took another offer"));
        QCOMPARE(listed(m_officer, Scope::Everyone), QList<qint64>{first});
    }

    void offerIsHeldToTheEndOfTheBootcampsDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("holdDays");
        QTest::addColumn<QDate>("lastDay");
        QTest::addColumn<QDateTime>("expiry");
        const auto utc = [](int month, int day, int hour) {
            return QDateTime(QDate(2027, month, day), QTime(hour, 0), Qt::UTC);
        };
        QTest::newRow("UTC") << "UTC" << utc(3, 1, 9) << 7 << QDate(2027, 3, 8) << utc(3, 9, 0);
        // 01:00 on 2 March in Auckland (UTC+13): the offer's day is already the 2nd.
        QTest::newRow("Auckland, a day ahead")
            << "Pacific/Auckland" << utc(3, 1, 12) << 7 << QDate(2027, 3, 9) << utc(3, 9, 11);
        // 22:00 on 28 February in Los Angeles (UTC-8): still February there.
        QTest::newRow("Los Angeles, a day behind")
            << "America/Los_Angeles" << utc(3, 1, 6) << 7 << QDate(2027, 3, 7) << utc(3, 8, 8);
        // Summer time begins on 14 March: the last day ends at midnight UTC-7.
        QTest::newRow("across the clock change")
            << "America/Los_Angeles" << utc(3, 10, 18) << 7 << QDate(2027, 3, 17) << utc(3, 18, 7);
        QTest::newRow("one day's hold")
            << "UTC" << utc(3, 1, 23) << 1 << QDate(2027, 3, 2) << utc(3, 3, 0);
    }

    void offerIsHeldToTheEndOfTheBootcampsDay()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, now);
        QFETCH(int, holdDays);
        QFETCH(QDate, lastDay);
        QFETCH(QDateTime, expiry);
        QVERIFY_OK(DeskSettingsService(conn(), m_db->actor(StaffRole::Administrator), m_clock)
                       .setTimeZone(zone));
        m_db->addCohort(m_track, "SWE-1", 3, QDate(2027, 6, 1), holdDays);
        const qint64 id = application(S::Interviewed);
        m_clock.set(now);
        QVERIFY_OK(move(id, S::Qualified));
        QCOMPARE(expiryOf(id), expiry);
        QCOMPARE(OfferText::lastDay(expiry, QTimeZone(zone.toUtf8())), lastDay);
    }

    void holdIsDescribed_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        // Held to the end of 8 March.
        QTest::newRow("a week left") << QDate(2027, 3, 1) << "7 day(s) left";
        QTest::newRow("the last day") << QDate(2027, 3, 8) << "held until the end of today";
        QTest::newRow("the day after") << QDate(2027, 3, 9) << "expired on";
    }

    void holdIsDescribed()
    {
        QFETCH(QDate, today);
        QFETCH(QString, text);
        const FixedClock clock(QDateTime(today, QTime(12, 0), Qt::UTC));
        const QString described =
            OfferText::hold(QDateTime(QDate(2027, 3, 9), QTime(0, 0), Qt::UTC),
                            DeskCalendar(QTimeZone::utc(), clock));
        QVERIFY2(described.contains(text), qPrintable(described));
    }
};

QTEST_GUILESS_MAIN(TestOfferNotices)
#include "tst_offernotices.moc"

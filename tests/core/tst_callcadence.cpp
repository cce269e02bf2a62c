#include "domain/callcadence.h"

#include <QTest>

// The weekly call cadence, week by week on the bootcamp's calendar: the same instants fall in
// other weeks in Auckland (UTC+13 in summer) and Los Angeles (UTC-8).
class TestCallCadence : public QObject
{
    Q_OBJECT

    static QDateTime utc(int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    }

private Q_SLOTS:
    void mentee_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("assignedAt");
        QTest::addColumn<QDate>("cohortStartsOn");
        QTest::addColumn<QList<QDateTime>>("calls");
        QTest::addColumn<int>("windowWeeks");
        QTest::addColumn<int>("weeksDue");
        QTest::addColumn<int>("weeksHeld");
        QTest::addColumn<QString>("text");

        // Monday 16 November in both zones; now is Tuesday 8 December in Auckland and Monday
        // 7 December in Los Angeles: the weeks of 16, 23 and 30 November are due in both.
        const QDateTime assigned = utc(11, 16, 20);
        // Monday 30 November 12:30 in Auckland, Sunday 29 November 15:30 in Los Angeles.
        const QList<QDateTime> calls{utc(11, 17, 1), utc(11, 29, 23, 30)};
        QTest::newRow("auckland: a call on Monday")
            << "Pacific/Auckland" << utc(12, 7, 20) << assigned << QDate() << calls << 0 << 3 << 2
            << "2 of 3 weeks with a call";
        QTest::newRow("los angeles: the same call on Sunday")
            << "America/Los_Angeles" << utc(12, 7, 20) << assigned << QDate() << calls << 0 << 3
            << 2 << "behind: no call in the week of 2026-11-30; last call 2026-11-29";
        // Sunday 6 December 12:00 UTC is already Monday in Auckland, so the week of 30
        // November is over there, and not yet in Los Angeles.
        QTest::newRow("auckland: a week over on Monday")
            << "Pacific/Auckland" << utc(12, 6, 12) << assigned << QDate() << calls << 0 << 3 << 2
            << "2 of 3 weeks with a call";
        QTest::newRow("los angeles: today's week is not due")
            << "America/Los_Angeles" << utc(12, 6, 12) << assigned << QDate() << calls << 0 << 2
            << 2 << "2 of 2 weeks with a call";
        QTest::newRow("the cohort starts later")
            << "UTC" << utc(12, 9, 12) << assigned << QDate(2026, 11, 30) << QList<QDateTime>{} << 0
            << 1 << 0 << "behind: no call in the week of 2026-11-30; no call yet";
        QTest::newRow("the last four weeks")
            << "UTC" << utc(12, 9, 12) << utc(10, 5, 9) << QDate() << calls << 4 << 4 << 2
            << "behind: no call in the week of 2026-11-30; last call 2026-11-29";
        QTest::newRow("nothing due in the first week")
            << "UTC" << utc(12, 9, 12) << utc(12, 7, 9) << QDate() << QList<QDateTime>{} << 0 << 0
            << 0 << "no completed week yet";
    }

    void mentee()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, assignedAt);
        QFETCH(QDate, cohortStartsOn);
        QFETCH(QList<QDateTime>, calls);
        QFETCH(int, windowWeeks);
        QFETCH(int, weeksDue);
        QFETCH(int, weeksHeld);
        QFETCH(QString, text);
        const FixedClock clock(now);
        const DeskCalendar calendar(QTimeZone(zone.toUtf8()), clock);
        MenteeCalls mentee;
        mentee.applicationId = 7;
        mentee.assignedAt = assignedAt;
        mentee.cohortStartsOn = cohortStartsOn;
        mentee.callsAt = calls;
        if (!calls.isEmpty())
            mentee.lastCallAt = calls.last();
        const MenteeCadence cadence = CallCadence(calendar).ofMentee(mentee, windowWeeks);
        QCOMPARE(cadence.weeksDue, weeksDue);
        QCOMPARE(cadence.weeksHeld, weeksHeld);
        QCOMPARE(cadence.behind, text.startsWith("behind"));
        QCOMPARE(cadence.describe(), text);
    }

    // A mentor adds up their mentees, and is behind when one of them is.
    void mentors()
    {
        const FixedClock clock(utc(12, 9, 12));
        const DeskCalendar calendar(QTimeZone("UTC"), clock);
        MenteeCalls kept{1, "Kept", 5, utc(11, 16, 9), {}, {utc(11, 17, 9), utc(12, 1, 9)}, {}};
        MenteeCalls lapsed{2, "Lapsed", 5, utc(11, 16, 9), {}, {utc(11, 24, 9)}, {}};
        MenteeCalls other{3, "Other", 6, utc(11, 30, 9), {}, {utc(12, 1, 9)}, {}};
        const QList<MentorCadence> byMentor =
            CallCadence(calendar).ofMentors({kept, lapsed, other}, CallCadence::RecentWeeks);
        QCOMPARE(byMentor.size(), 2);
        QCOMPARE(byMentor[0].mentorId, 5);
        QCOMPARE(byMentor[0].weeksDue, 6);
        QCOMPARE(byMentor[0].weeksHeld, 3);
        QVERIFY(byMentor[0].behind());
        QCOMPARE(byMentor[0].behindMentees.size(), 1);
        QCOMPARE(byMentor[0].behindMentees[0].studentName, QString("Lapsed"));
        QCOMPARE(byMentor[1].mentorId, 6);
        QCOMPARE(byMentor[1].weeksDue, 1);
        QVERIFY(!byMentor[1].behind());
    }
};

QTEST_GUILESS_MAIN(TestCallCadence)
#include "tst_callcadence.moc"

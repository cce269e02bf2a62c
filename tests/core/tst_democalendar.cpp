#include "demo/democalendar.h"
#include "domain/timestamp.h"

#include <QTest>

// The demo's own date arithmetic agrees with QDate and with Timestamp's stored forms, over
// centuries, leap days and times before 1970.
class TestDemoCalendar : public QObject
{
    Q_OBJECT

private:
    static QDate epochPlus(qint64 days) { return QDate(1970, 1, 1).addDays(days); }

private Q_SLOTS:
    void civilDatesAreQDates()
    {
        // 1600-01-01 to 2400-12-31, every day.
        for (qint64 day = DemoCalendar::dayNumber(QDate(1600, 1, 1));
             day <= DemoCalendar::dayNumber(QDate(2400, 12, 31)); ++day) {
            const QDate expected = epochPlus(day);
            const DemoCalendar::CivilDate date = DemoCalendar::civilFromDays(day);
            if (date.year != expected.year() || date.month != expected.month() ||
                date.day != expected.day())
                QFAIL(qPrintable(
                    QStringLiteral("day %1 is %2").arg(day).arg(expected.toString(Qt::ISODate))));
        }
    }

    void dayNumbersCountFrom1970()
    {
        QCOMPARE(DemoCalendar::dayNumber(QDate(1970, 1, 1)), qint64(0));
        QCOMPARE(DemoCalendar::dayNumber(QDate(1969, 12, 31)), qint64(-1));
        QCOMPARE(DemoCalendar::dayNumber(QDate(2000, 3, 1)), qint64(11017));
    }

    void texts_data()
    {
        QTest::addColumn<QDateTime>("at");
        const Qt::TimeSpec utc = Qt::UTC;
        QTest::newRow("epoch") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), utc);
        QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), utc);
        QTest::newRow("leap day 2000") << QDateTime(QDate(2000, 2, 29), QTime(12, 0, 1, 2), utc);
        QTest::newRow("not a leap year") << QDateTime(QDate(1900, 3, 1), QTime(0, 0), utc);
        QTest::newRow("leap day 2024") << QDateTime(QDate(2024, 2, 29), QTime(23, 0, 0, 5), utc);
        QTest::newRow("year end") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), utc);
        QTest::newRow("far future") << QDateTime(QDate(2399, 7, 4), QTime(6, 7, 8, 9), utc);
    }

    void texts()
    {
        QFETCH(QDateTime, at);
        const qint64 ms = at.toMSecsSinceEpoch();
        QCOMPARE(DemoCalendar::timestampText(ms), Timestamp::format(at));
        QCOMPARE(DemoCalendar::dateText(DemoCalendar::dayOf(ms)), Timestamp::formatDate(at.date()));
    }

    void textsOverManyTimes()
    {
        // A walk in steps that are prime in ms, so that every field changes.
        const qint64 from = QDateTime(QDate(1950, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (qint64 ms = from, i = 0; i < 20000; ++i, ms += 7'919'993'777LL) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            if (DemoCalendar::timestampText(ms) != Timestamp::format(at))
                QFAIL(qPrintable(DemoCalendar::timestampText(ms)));
        }
    }

    void dayOfRoundsDown()
    {
        using DemoCalendar::Day;
        QCOMPARE(DemoCalendar::dayOf(0), qint64(0));
        QCOMPARE(DemoCalendar::dayOf(Day - 1), qint64(0));
        QCOMPARE(DemoCalendar::dayOf(Day), qint64(1));
        QCOMPARE(DemoCalendar::dayOf(-1), qint64(-1));
        QCOMPARE(DemoCalendar::dayOf(-Day), qint64(-1));
        QCOMPARE(DemoCalendar::dayOf(-Day - 1), qint64(-2));
    }

    void mondaysOnOrBefore()
    {
        for (qint64 day = -1000; day <= 30000; ++day) {
            const qint64 monday = DemoCalendar::mondayOnOrBefore(day);
            QVERIFY(monday <= day && monday > day - 7);
            QCOMPARE(epochPlus(monday).dayOfWeek(), int(Qt::Monday));
            QCOMPARE(DemoCalendar::mondayOnOrBefore(monday), monday);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoCalendar)
#include "tst_democalendar.moc"

#include "domain/spandays.h"
#include "domain/timestamp.h"

#include <QTest>

// The fast ways a report reads many times: the days of a span's instants from its offsets looked
// up once, checked against DeskCalendar::dayOf (the zone asked for each instant), and the stored
// text of times and dates read without QDateTime's parser, checked against that parser.
class TestSpanDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameDaysAsTheCalendar_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("until");
        const auto utc = [](int year, int month, int day, int hour = 0, int minute = 0) {
            return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
        };
        // Spans across the changes of summer time, in both directions, and on each side of
        // midnight UTC; Lord Howe moves by half an hour, Kathmandu is 5:45 ahead; UTC has none.
        QTest::newRow("berlin, spring") << "Europe/Berlin" << utc(2026, 3, 20) << utc(2026, 4, 10);
        QTest::newRow("berlin, autumn") << "Europe/Berlin" << utc(2026, 10, 15) << utc(2026, 11, 9);
        QTest::newRow("los angeles, two changes")
            << "America/Los_Angeles" << utc(2026, 2, 25) << utc(2026, 11, 20);
        QTest::newRow("auckland, spring")
            << "Pacific/Auckland" << utc(2026, 9, 10) << utc(2026, 10, 5);
        QTest::newRow("lord howe") << "Australia/Lord_Howe" << utc(2026, 3, 25) << utc(2026, 4, 15);
        QTest::newRow("kathmandu")
            << "Asia/Kathmandu" << utc(2026, 11, 1, 18, 15) << utc(2026, 12, 1, 18, 15);
        QTest::newRow("utc") << "UTC" << utc(2026, 11, 2) << utc(2026, 11, 30);
        QTest::newRow("empty span") << "Europe/Berlin" << utc(2026, 3, 29) << utc(2026, 3, 29);
        QTest::newRow("no span") << "Europe/Berlin" << QDateTime() << QDateTime();
    }

    void sameDaysAsTheCalendar()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, until);
        const FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
        const DeskCalendar calendar(QTimeZone(zone.toUtf8()), clock);
        const SpanDays days(calendar, from, until);
        // Every quarter of an hour from two days before the span to two days after it, and the
        // minutes around each quarter.
        const QDateTime first = (from.isValid() ? from : clock.now()).addDays(-2);
        const QDateTime last = (until.isValid() ? until : clock.now()).addDays(2);
        int checked = 0;
        for (QDateTime at = first; at <= last; at = at.addSecs(15 * 60)) {
            for (qint64 shift : {-61, -1, 0, 1, 59}) {
                const QDateTime instant = at.addSecs(shift);
                QCOMPARE(days.dayOf(instant), calendar.dayOf(instant));
                ++checked;
            }
        }
        QVERIFY(checked > 1000);
        QCOMPARE(days.dayOf(QDateTime()), QDate());
    }

    void storedTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("stored") << "2026-11-30T23:59:59.999Z";
        QTest::newRow("stored, midnight") << "2026-01-01T00:00:00.000Z";
        QTest::newRow("leap day") << "2028-02-29T12:00:00.000Z";
        QTest::newRow("no such day") << "2026-02-30T12:00:00.000Z";
        QTest::newRow("no such hour") << "2026-02-03T25:00:00.000Z";
        QTest::newRow("end of day") << "2026-02-03T24:00:00.000Z";
        QTest::newRow("with an offset") << "2026-11-30T23:30:00.000+01:00";
        QTest::newRow("without milliseconds") << "2026-11-30T23:30:00Z";
        QTest::newRow("not a digit") << "2026-11-3xT23:30:00.000Z";
        QTest::newRow("empty") << "";
        QTest::newRow("a date") << "2026-11-30";
    }

    void storedTimes()
    {
        QFETCH(QString, text);
        QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (expected.isValid())
            expected = expected.toUTC();
        const QDateTime fromText = Timestamp::parse(text);
        const QDateTime fromUtf8 = Timestamp::parse(QByteArrayView(text.toUtf8()));
        QCOMPARE(fromText.isValid(), expected.isValid());
        QCOMPARE(fromText, expected);
        QCOMPARE(fromText.timeSpec(), expected.timeSpec());
        QCOMPARE(fromUtf8, expected);
        QCOMPARE(fromUtf8.timeSpec(), expected.timeSpec());
    }

    void storedDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("stored") << "2026-11-30";
        QTest::newRow("leap day") << "2028-02-29";
        QTest::newRow("no such day") << "2026-02-29";
        QTest::newRow("no such month") << "2026-13-01";
        QTest::newRow("year zero") << "0000-01-01";
        QTest::newRow("not a digit") << "2026-1a-01";
        QTest::newRow("a time") << "2026-11-30T10:00:00.000Z";
        QTest::newRow("empty") << "";
    }

    void storedDates()
    {
        QFETCH(QString, text);
        const QDate expected = QDate::fromString(text, Qt::ISODate);
        QCOMPARE(Timestamp::parseDate(text), expected);
        QCOMPARE(Timestamp::parseDate(QByteArrayView(text.toUtf8())), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpanDays)
#include "tst_spandays.moc"

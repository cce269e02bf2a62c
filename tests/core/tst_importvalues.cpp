#include "csv/importvalues.h"

#include <QTest>

// The cell values of an import that are not plain text: times, yes/no, full names.
class TestImportValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: refused

        // The desk in Berlin: UTC+1 in November.
        QTest::newRow("our export") << "2026-11-24T09:30:00.123Z"
                                    << "2026-11-24T09:30:00.123Z";
        QTest::newRow("offset") << "2026-11-24T09:30:00+01:00"
                                << "2026-11-24T08:30:00.000Z";
        QTest::newRow("no zone is local") << "2026-11-24 09:30:00"
                                          << "2026-11-24T08:30:00.000Z";
        QTest::newRow("no seconds") << "2026-11-24 09:30"
                                    << "2026-11-24T08:30:00.000Z";
        QTest::newRow("date only") << "2026-11-24"
                                   << "2026-11-23T23:00:00.000Z";
        QTest::newRow("summer time") << "2026-07-01 12:00"
                                     << "2026-07-01T10:00:00.000Z";
        QTest::newRow("google forms") << "11/24/2026 9:30:05"
                                      << "2026-11-24T08:30:05.000Z";
        QTest::newRow("us no seconds") << "11/24/2026 9:30"
                                       << "2026-11-24T08:30:00.000Z";
        QTest::newRow("us date") << "1/2/2026"
                                 << "2026-01-01T23:00:00.000Z";
        QTest::newRow("german") << "24.11.2026 09:30:05"
                                << "2026-11-24T08:30:05.000Z";
        QTest::newRow("german date") << "2.1.2026"
                                     << "2026-01-01T23:00:00.000Z";
        QTest::newRow("jotform") << "Nov 30, 2026"
                                 << "2026-11-29T23:00:00.000Z";
        QTest::newRow("month name, 12-hour") << "Nov 30, 2026 2:02 PM"
                                             << "2026-11-30T13:02:00.000Z";
        QTest::newRow("wordpress") << "November 30, 2026 2:02 pm"
                                   << "2026-11-30T13:02:00.000Z";
        QTest::newRow("day before month name") << "30 Nov 2026 2:02 PM"
                                               << "2026-11-30T13:02:00.000Z";
        QTest::newRow("day before month name, 24-hour") << "30 November 2026 14:02:11"
                                                        << "2026-11-30T13:02:11.000Z";
        QTest::newRow("midnight, 12-hour") << "Dec 1, 2026 12:05 am"
                                           << "2026-11-30T23:05:00.000Z";
        QTest::newRow("no such month") << "Novembre 30, 2026"
                                       << "";
        QTest::newRow("spaces around") << "  2026-11-24T09:30:00Z "
                                       << "2026-11-24T09:30:00.000Z";
        QTest::newRow("day first with slashes") << "24/11/2026 09:30"
                                                << "";
        QTest::newRow("no such day") << "2026-02-30"
                                     << "";
        QTest::newRow("words") << "yesterday"
                               << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("time only") << "09:30"
                                   << "";
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto at = ImportValues::timestamp(text, QTimeZone("Europe/Berlin"));
        QCOMPARE(at.has_value(), !utc.isEmpty());
        if (at)
            QCOMPARE(at->toString(Qt::ISODateWithMs), utc);
    }

    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 refused
        for (const char *yes : {"yes", "Yes", "Y", "true", "TRUE", "1", "x", "ja"})
            QTest::newRow(yes) << QString::fromLatin1(yes) << 1;
        for (const char *no : {"no", "N", "false", "0", "nein", "", " "})
            QTest::newRow(qPrintable(QStringLiteral("'%1'").arg(QLatin1String(no))))
                << QString::fromLatin1(no) << 0;
        QTest::newRow("maybe") << "maybe" << -1;
        QTest::newRow("2") << "2" << -1;
    }
    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto value = ImportValues::yesNo(text);
        QCOMPARE(value ? int(*value) : -1, expected);
    }

    void fullNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last"); // both empty: refused
        QTest::newRow("two words") << "Ada Lovelace"
                                   << "Ada"
                                   << "Lovelace";
        QTest::newRow("middle name") << "Mary Ann Smith"
                                     << "Mary Ann"
                                     << "Smith";
        QTest::newRow("particle") << "Ludwig van Beethoven"
                                  << "Ludwig"
                                  << "van Beethoven";
        QTest::newRow("two particles") << "Juan de la Cruz"
                                       << "Juan"
                                       << "de la Cruz";
        QTest::newRow("particle as first name") << "Van Morrison"
                                                << "Van"
                                                << "Morrison";
        QTest::newRow("spaces") << "  Zoë   Ó Briain "
                                << "Zoë"
                                << "Ó Briain";
        QTest::newRow("one word") << "Cher"
                                  << ""
                                  << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void fullNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto name = ImportValues::splitFullName(text);
        QCOMPARE(name.has_value(), !first.isEmpty());
        if (name) {
            QCOMPARE(name->first, first);
            QCOMPARE(name->last, last);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"

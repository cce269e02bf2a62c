#include "csv/dateorderscan.h"
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
        const auto at = ImportValues::timestamp(text, QTimeZone("Europe/Berlin"),
                                                ImportValues::DateOrder::MonthFirst);
        QCOMPARE(at.has_value(), !utc.isEmpty());
        if (at)
            QCOMPARE(at->toString(Qt::ISODateWithMs), utc);
    }

    // Numbers with slashes in the order the column decided; none when it did not.
    void slashDatesInEitherOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dayFirst");   // UTC; empty: refused
        QTest::addColumn<QString>("monthFirst"); // UTC; empty: refused
        QTest::newRow("12 April or 4 December") << "12/04/2026 13:45"
                                                << "2026-04-12T11:45:00.000Z"
                                                << "2026-12-04T12:45:00.000Z";
        QTest::newRow("day over 12") << "30/11/2026"
                                     << "2026-11-29T23:00:00.000Z"
                                     << "";
        QTest::newRow("month-first day over 12") << "11/30/2026 2:02 PM"
                                                 << ""
                                                 << "2026-11-30T13:02:00.000Z";
        QTest::newRow("12-hour, day first") << "30/11/2026 2:02:11 pm"
                                            << "2026-11-30T13:02:11.000Z"
                                            << "";
        QTest::newRow("two-digit year") << "30/11/26"
                                        << ""
                                        << "";
    }
    void slashDatesInEitherOrder()
    {
        QFETCH(QString, text);
        QFETCH(QString, dayFirst);
        QFETCH(QString, monthFirst);
        using ImportValues::DateOrder;
        const QTimeZone berlin("Europe/Berlin");
        const auto asText = [](const std::optional<QDateTime> &at) {
            return at ? at->toString(Qt::ISODateWithMs) : QString();
        };
        QCOMPARE(asText(ImportValues::timestamp(text, berlin, DateOrder::DayFirst)), dayFirst);
        QCOMPARE(asText(ImportValues::timestamp(text, berlin, DateOrder::MonthFirst)), monthFirst);
        QVERIFY(!ImportValues::timestamp(text, berlin, DateOrder::Undecided));
    }

    // The whole column decides: the first number over 12 settles it, wherever it is.
    void dateOrderFromTheColumn_data()
    {
        QTest::addColumn<QStringList>("column"); // lines 2, 3, …
        QTest::addColumn<int>("order");          // ImportValues::DateOrder
        QTest::addColumn<int>("settlingLine");
        QTest::addColumn<int>("firstLine");
        using ImportValues::DateOrder;
        QTest::newRow("day first, late")
            << QStringList{"01/02/2026", "", "12/04/2026 13:45", "13/04/2026"}
            << int(DateOrder::DayFirst) << 5 << 2;
        QTest::newRow("month first") << QStringList{"04/12/2026", "04/13/2026", "13/04/2026"}
                                     << int(DateOrder::MonthFirst) << 3 << 2;
        QTest::newRow("every one ambiguous")
            << QStringList{"Nov 30, 2026", "12/04/2026", "01/02/2026"} << int(DateOrder::Undecided)
            << 0 << 3;
        QTest::newRow("no numeric dates")
            << QStringList{"2026-11-30 14:02:11", "Nov 30, 2026", "24.11.2026"}
            << int(DateOrder::Undecided) << 0 << 0;
    }
    void dateOrderFromTheColumn()
    {
        QFETCH(QStringList, column);
        QFETCH(int, order);
        QFETCH(int, settlingLine);
        QFETCH(int, firstLine);
        DateOrderScan scan;
        for (int i = 0; i < column.size(); ++i)
            scan.add(column.at(i), i + 2);
        QCOMPARE(int(scan.order()), order);
        QCOMPARE(scan.settlingLine(), settlingLine);
        QCOMPARE(scan.firstLine(), firstLine);
        QCOMPARE(scan.ambiguous(),
                 order == int(ImportValues::DateOrder::Undecided) && firstLine > 0);
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

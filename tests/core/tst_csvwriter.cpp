#include "csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

// RFC 4180 output and the formula guard, byte for byte.
class TestCsvWriter : public QObject
{
    Q_OBJECT

    static QByteArray written(const QStringList &fields, CsvWriter::Options options)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, options);
        for (const QString &field : fields)
            csv.addField(field);
        csv.endRecord();
        if (!csv.finish())
            return "write failed";
        return buffer.data();
    }

private Q_SLOTS:
    void writesOneRecord_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<QByteArray>("expected");
        const QStringList plain{"1", "Zoë", "zoe@example.org"};
        QTest::newRow("plain") << plain << ',' << true << QByteArray("1,Zoë,zoe@example.org\r\n");
        QTest::newRow("semicolon")
            << plain << ';' << true << QByteArray("1;Zoë;zoe@example.org\r\n");
        QTest::newRow("tab") << plain << '\t' << true << QByteArray("1\tZoë\tzoe@example.org\r\n");
        QTest::newRow("delimiter inside")
            << QStringList{"a,b", "c"} << ',' << true << QByteArray("\"a,b\",c\r\n");
        QTest::newRow("other delimiter is plain")
            << QStringList{"a,b", "c"} << ';' << true << QByteArray("a,b;c\r\n");
        QTest::newRow("quotes doubled")
            << QStringList{"say \"hi\""} << ',' << true << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringList{"line 1\nline 2", "x"} << ',' << true
                                 << QByteArray("\"line 1\nline 2\",x\r\n");
        QTest::newRow("CRLF inside")
            << QStringList{"a\r\nb"} << ',' << true << QByteArray("\"a\r\nb\"\r\n");
        QTest::newRow("empty fields")
            << QStringList{"", "", ""} << ',' << true << QByteArray(",,\r\n");
        QTest::newRow("one empty field is not a blank line")
            << QStringList{""} << ',' << true << QByteArray("\"\"\r\n");
        QTest::newRow("formula") << QStringList{"=1+2"} << ',' << true << QByteArray("'=1+2\r\n");
        QTest::newRow("plus") << QStringList{"+49 30 1234"} << ',' << true
                              << QByteArray("'+49 30 1234\r\n");
        QTest::newRow("minus") << QStringList{"-2"} << ',' << true << QByteArray("'-2\r\n");
        QTest::newRow("at") << QStringList{"@SUM(A1)"} << ',' << true
                            << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("tab first") << QStringList{"\tx"} << ',' << true << QByteArray("'\tx\r\n");
        QTest::newRow("CR first is guarded and quoted")
            << QStringList{"\rx"} << ',' << true << QByteArray("\"'\rx\"\r\n");
        QTest::newRow("formula with a comma")
            << QStringList{"=HYPERLINK(\"x\",\"y\")"} << ',' << true
            << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n");
        QTest::newRow("apostrophe before a formula")
            << QStringList{"'=x"} << ',' << true << QByteArray("''=x\r\n");
        QTest::newRow("two apostrophes")
            << QStringList{"''"} << ',' << true << QByteArray("'''\r\n");
        QTest::newRow("O'Brien untouched") << QStringList{"O'Brien", "'quoted'"} << ',' << true
                                           << QByteArray("O'Brien,'quoted'\r\n");
        QTest::newRow("minus inside untouched")
            << QStringList{"Anne-Marie"} << ',' << true << QByteArray("Anne-Marie\r\n");
        QTest::newRow("raw") << QStringList{"=1+2", "+49", "@x"} << ',' << false
                             << QByteArray("=1+2,+49,@x\r\n");
    }

    void writesOneRecord()
    {
        QFETCH(QStringList, fields);
        QFETCH(char, delimiter);
        QFETCH(bool, guard);
        QFETCH(QByteArray, expected);
        CsvWriter::Options options;
        options.delimiter = delimiter;
        options.guardFormulas = guard;
        QCOMPARE(written(fields, options), expected);
    }

    void byteOrderMarkOnRequest()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        QCOMPARE(written({"a"}, options), QByteArray("\xEF\xBB\xBF"
                                                     "a\r\n"));
        options.byteOrderMark = false;
        QCOMPARE(written({"a"}, options), QByteArray("a\r\n"));
    }

    // What the guard adds, restored() takes off, and nothing else.
    void guardIsReversible_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *value : {"=1+2", "+49", "-", "@", "\tx", "\rx", "'", "''", "'=x", "''=x",
                                  "'x", "O'Brien", "", "plain", "'+", "x=1"})
            QTest::newRow(value) << QString::fromUtf8(value);
    }

    void guardIsReversible()
    {
        QFETCH(QString, value);
        const QByteArray utf8 = value.toUtf8();
        const QString stored = FormulaGuard::needsGuard(utf8) ? QLatin1Char('\'') + value : value;
        QCOMPARE(FormulaGuard::restored(stored), value);
        // A guarded cell never starts with a character a spreadsheet runs.
        if (!stored.isEmpty())
            QVERIFY(!QStringLiteral("=+-@\t\r").contains(stored.front()));
    }

    void reportsADeviceThatRefuses()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter csv(&readOnly, {});
        csv.addField(QStringLiteral("a"));
        csv.endRecord();
        QVERIFY(!csv.finish());
        QVERIFY(!csv.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"

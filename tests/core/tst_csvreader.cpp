#include "csv/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>
#include <cstring>

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

Q_DECLARE_METATYPE(CsvReader::Encoding)

namespace {

// Hands out at most `step` bytes per read and cannot seek, like a pipe or a socket; or, with
// failAt, fails once that many bytes have been read.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step, qint64 failAt = -1)
        : m_data(std::move(data)), m_step(step), m_failAt(failAt)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    int reads = 0;
    QList<qint64> asked; // maxSize of every read

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        ++reads;
        asked << maxSize;
        if (m_failAt >= 0 && m_pos >= m_failAt) {
            setErrorString(QStringLiteral("disk on fire"));
            return -1;
        }
        qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        if (m_failAt >= 0)
            n = std::min(n, m_failAt - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, n);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_failAt;
    qint64 m_pos = 0;
};

struct Parsed
{
    Rows rows;
    Lines lines;
    QString error;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QChar delimiter;
    bool stopped = false; // after the first false, next() stays false and atEnd() is true

    bool operator==(const Parsed &other) const
    {
        return rows == other.rows && lines == other.lines && error == other.error &&
               encoding == other.encoding && delimiter == other.delimiter &&
               stopped == other.stopped;
    }
};

Parsed readAll(QIODevice *device, CsvReader::Options options)
{
    Parsed parsed;
    CsvReader reader(device, options);
    CsvReader::Record record;
    while (reader.next(record)) {
        parsed.rows.append(record.fields);
        parsed.lines.append(record.line);
    }
    parsed.error = reader.hasError() ? reader.error().message : QString();
    parsed.encoding = reader.encoding();
    parsed.delimiter = reader.delimiter();
    parsed.stopped = reader.atEnd() && !reader.next(record) && !reader.next(record) &&
                     reader.atEnd() && reader.error().message == parsed.error;
    return parsed;
}

// Reads everything from a QBuffer, or through a TrickleDevice when step > 0.
Parsed readAll(const QByteArray &bytes, CsvReader::Options options = {}, qint64 step = 0)
{
    if (step > 0) {
        TrickleDevice device(bytes, step);
        return readAll(&device, options);
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

CsvReader::Options withDelimiter(QChar delimiter)
{
    CsvReader::Options options;
    options.delimiter = delimiter;
    return options;
}

CsvReader::Options withFallback()
{
    CsvReader::Options options;
    options.windows1252Fallback = true;
    return options;
}

QString u(const char16_t *text)
{
    return QStringView(text).toString(); // fromUtf16() would drop a leading U+FEFF
}

QByteArray encoded(QStringEncoder::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder(text);
}

QByteArray withoutBom(QStringEncoder::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder(text);
}

// Inputs with something tricky at every few bytes, for reading in small pieces.
QList<QByteArray> trickyInputs()
{
    return {
        QByteArrayLiteral("a,b\r\nc,d\re,f\ng"),
        QByteArrayLiteral("\"q,1\r\n\"\"2\"\"\",z\r\n\r\n\"\"\r\"x\ry\"\n"),
        QByteArrayLiteral("\xEF\xBB\xBFM\xC3\xBCller;\xE2\x82\xAC;\xF0\x9F\x98\x80\r\n;\n"),
        QByteArrayLiteral("Timestamp,Name\n2024-01-02 10:00,\"A\n\"\"B\"\"\"\n\n\n"),
        QByteArrayLiteral("a\nM\xFCller;\x80\n"),
        QByteArrayLiteral("a,\"b\"c\n"),
        QByteArrayLiteral("a\n\"open\r\n"),
        QByteArrayLiteral("ok\r\xE2\x82"),
        encoded(QStringEncoder::Utf16LE, u(u"x;y\r\n\"\U0001F600\n\";\u00FC\n")),
        encoded(QStringEncoder::Utf16BE, u(u"x\ty\r\u20AC\t\"\"\"\"")),
        withoutBom(QStringEncoder::Utf16LE, u(u"x;y\r\n\"\U0001F600\n\";\u00FC\n")),
        withoutBom(QStringEncoder::Utf16BE, u(u"x\ty\r\u20AC\t\"\"\"\"")),
        QByteArrayLiteral("\xFF\xFE"
                          "a\x00\n\x00\x00\xD8"
                          "b\x00"),
        QByteArray(),
    };
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void emptyFieldsAreNotNull();
    void delimiters_data();
    void delimiters();
    void lineEnds_data();
    void lineEnds();
    void blankLines_data();
    void blankLines();
    void recordLines_data();
    void recordLines();
    void encodings_data();
    void encodings();
    void invalidUtf8IsRefused_data();
    void invalidUtf8IsRefused();
    void invalidUtf16IsRefused_data();
    void invalidUtf16IsRefused();
    void windows1252Fallback_data();
    void windows1252Fallback();
    void windows1252FallbackDecidesForTheWholeFile_data();
    void windows1252FallbackDecidesForTheWholeFile();
    void byteOrderMarkMeansUtf8EvenWithFallback();
    void errors_data();
    void errors();
    void emptyInput_data();
    void emptyInput();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void smallReadsGiveTheSameResult_data();
    void smallReadsGiveTheSameResult();
    void readsGrowFromSmallToChunkSize_data();
    void readsGrowFromSmallToChunkSize();
    void readFailureNamesTheLine();
    void deviceNotOpen();
    void badDelimiter();
};

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("plain") << QByteArrayLiteral("a,b,c\n") << Rows{{"a", "b", "c"}};
    QTest::newRow("embedded delimiter")
        << QByteArrayLiteral("\"Smith, Anna\",x\n") << Rows{{"Smith, Anna", "x"}};
    QTest::newRow("doubled quotes")
        << QByteArrayLiteral("\"say \"\"hi\"\"\",\"\"\"\"\n") << Rows{{"say \"hi\"", "\""}};
    QTest::newRow("LF inside quotes") << QByteArrayLiteral("\"a\nb\",c\n") << Rows{{"a\nb", "c"}};
    QTest::newRow("CR inside quotes") << QByteArrayLiteral("\"a\rb\",c\r") << Rows{{"a\rb", "c"}};
    QTest::newRow("CRLF inside quotes")
        << QByteArrayLiteral("\"a\r\nb\",c\r\n") << Rows{{"a\r\nb", "c"}};
    QTest::newRow("only line ends inside quotes")
        << QByteArrayLiteral("\"\r\n\n\r\"\n") << Rows{{"\r\n\n\r"}};
    QTest::newRow("empty quoted field")
        << QByteArrayLiteral("\"\",x,\"\"\n") << Rows{{"", "x", ""}};
    QTest::newRow("empty fields") << QByteArrayLiteral(",,\n") << Rows{{"", "", ""}};
    QTest::newRow("trailing delimiter") << QByteArrayLiteral("a,\n") << Rows{{"a", ""}};
    QTest::newRow("trailing delimiter at the end") << QByteArrayLiteral("a,") << Rows{{"a", ""}};
    QTest::newRow("quoted last field without line end")
        << QByteArrayLiteral("a,\"b\"") << Rows{{"a", "b"}};
    QTest::newRow("quote inside an unquoted field is literal")
        << QByteArrayLiteral("5'10\",a\"b\"c\n") << Rows{{"5'10\"", "a\"b\"c"}};
    QTest::newRow("quote after a leading space is literal")
        << QByteArrayLiteral(" \"a\",b\n") << Rows{{" \"a\"", "b"}};
    QTest::newRow("spaces are kept") << QByteArrayLiteral(" a , b \n") << Rows{{" a ", " b "}};
}

void TestCsvReader::quoting()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    const Parsed parsed = readAll(input);
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.rows, expected);
    QVERIFY(parsed.stopped);
}

void TestCsvReader::emptyFieldsAreNotNull()
{
    // A null QString binds as SQL NULL; an empty field is an empty text.
    const Parsed parsed = readAll(QByteArrayLiteral("a,,\"\",\nb,"));
    QCOMPARE(parsed.rows, (Rows{{"a", "", "", ""}, {"b", ""}}));
    for (const QStringList &row : parsed.rows) {
        for (const QString &field : row)
            QVERIFY(!field.isNull());
    }
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("given");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("expected");

    const QChar detect;
    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');
    const QChar tab = QLatin1Char('\t');
    QTest::newRow("comma") << QByteArrayLiteral("a,b,c\n1,2,3\n") << detect << comma
                           << Rows{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("semicolon") << QByteArrayLiteral("a;b;c\n1,5;2;3\n") << detect << semicolon
                               << Rows{{"a", "b", "c"}, {"1,5", "2", "3"}};
    QTest::newRow("tab") << QByteArrayLiteral("a\tb\tc;d\n1\t2\t3\n") << detect << tab
                         << Rows{{"a", "b", "c;d"}, {"1", "2", "3"}};
    QTest::newRow("not fooled by quotes on the header")
        << QByteArrayLiteral("\"Name, first\";\"City, town\";Zip\n\"A, B\";C;1\n") << detect
        << semicolon << Rows{{"Name, first", "City, town", "Zip"}, {"A, B", "C", "1"}};
    QTest::newRow("not fooled by a multi-line quoted header")
        << QByteArrayLiteral("\"a;\nb;c;d\",x\n1,2\n") << detect << comma
        << Rows{{"a;\nb;c;d", "x"}, {"1", "2"}};
    QTest::newRow("only the first record counts")
        << QByteArrayLiteral("a,b\n1;2;3;4\n") << detect << comma << Rows{{"a", "b"}, {"1;2;3;4"}};
    QTest::newRow("blank lines before the header")
        << QByteArrayLiteral("\r\n\na;b\n") << detect << semicolon << Rows{{"a", "b"}};
    QTest::newRow("tie goes to comma")
        << QByteArrayLiteral("a,b;c\n") << detect << comma << Rows{{"a", "b;c"}};
    QTest::newRow("semicolon and tab tie goes to semicolon")
        << QByteArrayLiteral("a;b\tc\n") << detect << semicolon << Rows{{"a", "b\tc"}};
    QTest::newRow("no delimiter at all")
        << QByteArrayLiteral("name\nAnna\n") << detect << comma << Rows{{"name"}, {"Anna"}};
    QTest::newRow("given semicolon beats the commas")
        << QByteArrayLiteral("a,b,c;d\n") << semicolon << semicolon << Rows{{"a,b,c", "d"}};
    QTest::newRow("given comma beats the semicolons")
        << QByteArrayLiteral("a;b;c,d\n") << comma << comma << Rows{{"a;b;c", "d"}};
    QTest::newRow("given pipe") << QByteArrayLiteral("a|\"b|c\"\n") << QChar(QLatin1Char('|'))
                                << QChar(QLatin1Char('|')) << Rows{{"a", "b|c"}};
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, given);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, expected);
    const Parsed parsed = readAll(input, withDelimiter(given));
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.delimiter, delimiter);
    QCOMPARE(parsed.rows, expected);
}

namespace {
// The check of a _data() table with input, expected rows and the line each row starts on.
void readsRowsOnTheirLines()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    QFETCH(Lines, lines);
    const Parsed parsed = readAll(input);
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.rows, expected);
    QCOMPARE(parsed.lines, lines);
}
} // namespace

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<Lines>("lines");

    const Rows three{{"a", "1"}, {"b", "2"}, {"c", "3"}};
    QTest::newRow("LF") << QByteArrayLiteral("a,1\nb,2\nc,3\n") << three << Lines{1, 2, 3};
    QTest::newRow("CRLF") << QByteArrayLiteral("a,1\r\nb,2\r\nc,3\r\n") << three << Lines{1, 2, 3};
    QTest::newRow("CR") << QByteArrayLiteral("a,1\rb,2\rc,3\r") << three << Lines{1, 2, 3};
    QTest::newRow("mixed") << QByteArrayLiteral("a,1\r\nb,2\rc,3\n") << three << Lines{1, 2, 3};
    QTest::newRow("LF CR is two line ends")
        << QByteArrayLiteral("a,1\n\rb,2\n\r\nc,3") << three << Lines{1, 3, 5};
    QTest::newRow("none at the end")
        << QByteArrayLiteral("a,1\nb,2\nc,3") << three << Lines{1, 2, 3};
    QTest::newRow("none at the end after CRLF")
        << QByteArrayLiteral("a,1\r\nb,2\r\nc,3") << three << Lines{1, 2, 3};
}

void TestCsvReader::lineEnds()
{
    readsRowsOnTheirLines();
}

void TestCsvReader::blankLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("skipped, with every line end")
        << QByteArrayLiteral("\n\na\n\n\r\n\rb\n\n") << Rows{{"a"}, {"b"}} << Lines{3, 7};
    QTest::newRow("one in the middle")
        << QByteArrayLiteral("a\n\nb") << Rows{{"a"}, {"b"}} << Lines{1, 3};
    QTest::newRow("spaces are a record")
        << QByteArrayLiteral("a\n \nb\n") << Rows{{"a"}, {" "}, {"b"}} << Lines{1, 2, 3};
    QTest::newRow("empty quotes are a record")
        << QByteArrayLiteral("a\n\"\"\nb\n") << Rows{{"a"}, {""}, {"b"}} << Lines{1, 2, 3};
    QTest::newRow("a lone delimiter is a record")
        << QByteArrayLiteral(",\n") << Rows{{"", ""}} << Lines{1};
}

void TestCsvReader::blankLines()
{
    readsRowsOnTheirLines();
}

void TestCsvReader::recordLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("after a multi-line quoted field")
        << QByteArrayLiteral("h1,h2\n\"multi\nline\r\nfield\",x\nnext,y\n") << Lines{1, 2, 5};
    QTest::newRow("CR inside quotes") << QByteArrayLiteral("\"a\rb\",c\nd\n") << Lines{1, 3};
    QTest::newRow("CRLF inside quotes counts once")
        << QByteArrayLiteral("\"a\r\n\r\nb\"\r\nd\r\n") << Lines{1, 4};
    QTest::newRow("multi-line field in the middle")
        << QByteArrayLiteral("1,\"x\n\ny\",2\n\n3\n") << Lines{1, 5};
}

void TestCsvReader::recordLines()
{
    QFETCH(QByteArray, input);
    QFETCH(Lines, lines);
    const Parsed parsed = readAll(input);
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.lines, lines);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<Rows>("expected");

    const QString text =
        u(u"Name;Stadt\r\n\"M\u00FCller, \u00C9mile\";K\u00F6ln \u20AC \U0001F600\r\n");
    const Rows rows{{"Name", "Stadt"},
                    {u(u"M\u00FCller, \u00C9mile"), u(u"K\u00F6ln \u20AC \U0001F600")}};
    QTest::newRow("UTF-8") << text.toUtf8() << CsvReader::Encoding::Utf8 << rows;
    QTest::newRow("UTF-8 with BOM")
        << encoded(QStringEncoder::Utf8, text) << CsvReader::Encoding::Utf8WithBom << rows;
    QTest::newRow("UTF-16 LE with BOM")
        << encoded(QStringEncoder::Utf16LE, text) << CsvReader::Encoding::Utf16LittleEndian << rows;
    QTest::newRow("UTF-16 BE with BOM")
        << encoded(QStringEncoder::Utf16BE, text) << CsvReader::Encoding::Utf16BigEndian << rows;
    // Saved without a byte order mark ("UTF-16 LE" in some editors), told by its zero bytes.
    QTest::newRow("UTF-16 LE without BOM") << withoutBom(QStringEncoder::Utf16LE, text)
                                           << CsvReader::Encoding::Utf16LittleEndian << rows;
    QTest::newRow("UTF-16 BE without BOM")
        << withoutBom(QStringEncoder::Utf16BE, text) << CsvReader::Encoding::Utf16BigEndian << rows;
    const QString cyrillic = u(u"\u0418\u043C\u044F;\u0424\u0430\u043C\u0438\u043B\u0438\u044F;"
                               u"Email\r\n\u0410\u043D\u043D\u0430;\u041F\u0435\u0442\u0440"
                               u"\u043E\u0432\u0430;anna@example.org\r\n");
    QTest::newRow("UTF-16 LE without BOM, Cyrillic header")
        << withoutBom(QStringEncoder::Utf16LE, cyrillic) << CsvReader::Encoding::Utf16LittleEndian
        << Rows{{u(u"\u0418\u043C\u044F"), u(u"\u0424\u0430\u043C\u0438\u043B\u0438\u044F"),
                 "Email"},
                {u(u"\u0410\u043D\u043D\u0430"), u(u"\u041F\u0435\u0442\u0440\u043E\u0432\u0430"),
                 "anna@example.org"}};
    QTest::newRow("a zero byte in UTF-8 is text")
        << QByteArray("a\0b;c\n", 6) << CsvReader::Encoding::Utf8
        << Rows{{QStringView(u"a\0b", 3).toString(), "c"}};
    // Fields of U+0000 in UTF-8 can look like UTF-16 (fuzz/regressions); a byte order mark says.
    const QByteArray zeros("\"\0\0a\0a\0m\"\r\n", 11);
    QTest::newRow("zero bytes in UTF-8 with BOM")
        << QByteArrayLiteral("\xEF\xBB\xBF") + zeros << CsvReader::Encoding::Utf8WithBom
        << Rows{{QStringView(u"\0\0a\0a\0m", 7).toString()}};
    QTest::newRow("a BOM only") << QByteArrayLiteral("\xEF\xBB\xBF")
                                << CsvReader::Encoding::Utf8WithBom << Rows{};
    QTest::newRow("a BOM later is text")
        << QByteArrayLiteral("a\n\xEF\xBB\xBF"
                             "b\n")
        << CsvReader::Encoding::Utf8 << Rows{{"a"}, {u(u"\uFEFFb")}};
    QTest::newRow("U+FFFD in the file is kept")
        << QByteArrayLiteral("\xEF\xBF\xBD\n") << CsvReader::Encoding::Utf8 << Rows{{u(u"\uFFFD")}};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(Rows, expected);
    for (const bool fallback : {false, true}) {
        CsvReader::Options options;
        options.windows1252Fallback = fallback;
        const Parsed parsed = readAll(input, options);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.encoding, encoding);
        QCOMPARE(parsed.rows, expected);
    }
}

void TestCsvReader::invalidUtf8IsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("before");
    QTest::addColumn<QString>("error");

    const QString advice = QStringLiteral("; save it as UTF-8, or read it as Windows-1252");
    QTest::newRow("Latin-1 on line 3")
        << QByteArrayLiteral("a\nb\nM\xFCller\n") << Rows{{"a"}, {"b"}}
        << QStringLiteral("line 3: the file is not valid UTF-8 (byte 0xFC at offset 5)") + advice;
    QTest::newRow("line 7 after a multi-line field")
        << QByteArrayLiteral("h\n\"1\n2\n3\"\n4\n5\nCaf\xE9 au lait\n")
        << Rows{{"h"}, {"1\n2\n3"}, {"4"}, {"5"}}
        << QStringLiteral("line 7: the file is not valid UTF-8 (byte 0xE9 at offset 17)") + advice;
    QTest::newRow("inside a quoted field")
        << QByteArrayLiteral("x\r\n\"a\r\n\xFF\"\r\n") << Rows{{"x"}}
        << QStringLiteral("line 3: the file is not valid UTF-8 (byte 0xFF at offset 7)") + advice;
    QTest::newRow("right after a CR")
        << QByteArrayLiteral("a\r\x80") << Rows{{"a"}}
        << QStringLiteral("line 2: the file is not valid UTF-8 (byte 0x80 at offset 2)") + advice;
    QTest::newRow("overlong") << QByteArrayLiteral("\xC0\xAF") << Rows{}
                              << QStringLiteral("line 1: the file is not valid UTF-8 (byte 0xC0 "
                                                "at offset 0)") +
                                     advice;
    QTest::newRow("encoded surrogate")
        << QByteArrayLiteral("ok,\xED\xA0\x80\n") << Rows{}
        << QStringLiteral("line 1: the file is not valid UTF-8 (byte 0xED at offset 3)") + advice;
    QTest::newRow("above U+10FFFF")
        << QByteArrayLiteral("a\n\xF4\x90\x80\x80") << Rows{{"a"}}
        << QStringLiteral("line 2: the file is not valid UTF-8 (byte 0xF4 at offset 2)") + advice;
    QTest::newRow("cut off at the end")
        << QByteArrayLiteral("a\nb\xE2\x82") << Rows{{"a"}}
        << QStringLiteral("line 2: the file is not valid UTF-8 (it ends in the middle of a "
                          "character)") +
               advice;
}

void TestCsvReader::invalidUtf8IsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, before);
    QFETCH(QString, error);
    for (const qint64 step : {0, 1, 3}) {
        const Parsed parsed = readAll(input, {}, step);
        QCOMPARE(parsed.rows, before);
        QCOMPARE(parsed.error, error);
        QCOMPARE(parsed.encoding, CsvReader::Encoding::Utf8);
        QVERIFY(parsed.stopped);
        for (const QStringList &row : parsed.rows)
            QVERIFY(!row.join(QString()).contains(QChar::ReplacementCharacter));
    }
}

void TestCsvReader::invalidUtf16IsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("before");
    QTest::addColumn<QString>("error");

    QTest::newRow("lone high surrogate")
        << QByteArrayLiteral("\xFF\xFE"
                             "a\x00\n\x00\x00\xD8"
                             "b\x00")
        << Rows{{"a"}}
        << QStringLiteral("line 2: the file is not valid UTF-16 (a lone surrogate 0xD800 at "
                          "offset 6)");
    QTest::newRow("lone low surrogate")
        << QByteArrayLiteral("\xFE\xFF\x00"
                             "a\xDC\x00")
        << Rows{}
        << QStringLiteral("line 1: the file is not valid UTF-16 (a lone surrogate 0xDC00 at "
                          "offset 4)");
    QTest::newRow("high surrogate at the end")
        << QByteArrayLiteral("\xFF\xFE"
                             "a\x00\n\x00\x3D\xD8")
        << Rows{{"a"}}
        << QStringLiteral("line 2: the file is not valid UTF-16 (it ends in the middle of a "
                          "character)");
    QTest::newRow("odd number of bytes")
        << QByteArrayLiteral("\xFF\xFE"
                             "a\x00\r\x00"
                             "b")
        << Rows{{"a"}}
        << QStringLiteral("line 2: the file is not valid UTF-16 (it ends in the middle of a "
                          "character)");
}

void TestCsvReader::invalidUtf16IsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, before);
    QFETCH(QString, error);
    for (const qint64 step : {0, 1}) {
        const Parsed parsed = readAll(input, withFallback(), step);
        QCOMPARE(parsed.rows, before);
        QCOMPARE(parsed.error, error);
    }
}

void TestCsvReader::windows1252Fallback_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("Müller and the euro")
        << QByteArrayLiteral("Name;Betrag\nM\xFCller;\x80 5\n")
        << Rows{{"Name", "Betrag"}, {u(u"M\u00FCller"), u(u"\u20AC 5")}};
    // The 27 characters of 0x80-0x9F, and the five undefined bytes as their C1 code points.
    QTest::newRow("0x80-0x9F")
        << QByteArrayLiteral("\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F"
                             ",\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F")
        << Rows{{u(u"\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039"
                   u"\u0152\u008D\u017D\u008F"),
                 u(u"\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
                   u"\u0153\u009D\u017E\u0178")}};
    QTest::newRow("Latin-1 above 0x9F") << QByteArrayLiteral("\xA0\xA9\xC4\xDF\xE9\xFF\n")
                                        << Rows{{u(u"\u00A0\u00A9\u00C4\u00DF\u00E9\u00FF")}};
    QTest::newRow("cut-off UTF-8 at the end")
        << QByteArrayLiteral("ab\xC3") << Rows{{u(u"ab\u00C3")}};
}

void TestCsvReader::windows1252Fallback()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    for (const qint64 step : {0, 1, 4}) {
        const Parsed parsed = readAll(input, withFallback(), step);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.encoding, CsvReader::Encoding::Windows1252);
        QCOMPARE(parsed.rows, expected);
    }
}

void TestCsvReader::windows1252FallbackDecidesForTheWholeFile_data()
{
    QTest::addColumn<qint64>("step");
    QTest::newRow("device that seeks") << qint64(0);
    QTest::newRow("sequential device") << qint64(1000);
}

void TestCsvReader::windows1252FallbackDecidesForTheWholeFile()
{
    QFETCH(qint64, step);
    // Valid UTF-8 at the start, a Windows-1252 byte far beyond the first chunk: the whole file is
    // Windows-1252, so the first line's two bytes are two characters, as Windows-1252 says.
    QByteArray input = QByteArrayLiteral("Caf\xC3\xA9,x\n");
    const int filler = int(CsvReader::ChunkSize / 4) + 10;
    for (int i = 0; i < filler; ++i)
        input += "1,2\n";
    input += "M\xFCller,\x80\n";
    QVERIFY(input.size() > CsvReader::ChunkSize);

    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    TrickleDevice trickle(input, step);
    QIODevice *device = step > 0 ? static_cast<QIODevice *>(&trickle) : &buffer;
    CsvReader reader(device, withFallback());
    CsvReader::Record record;
    QVERIFY(reader.next(record));
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Windows1252);
    QCOMPARE(record.fields, QStringList({u(u"Caf\u00C3\u00A9"), QStringLiteral("x")}));
    int count = 1;
    CsvReader::Record last;
    while (reader.next(record)) {
        ++count;
        last = record;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
    QCOMPARE(count, filler + 2);
    QCOMPARE(last.line, qint64(filler + 2));
    QCOMPARE(last.fields, QStringList({u(u"M\u00FCller"), u(u"\u20AC")}));

    // Without the fallback the same file is refused at the line of the first bad byte, after the
    // records before it.
    const Parsed refused = readAll(input, {}, step);
    QCOMPARE(refused.rows.size(), filler + 1);
    QCOMPARE(refused.rows.first(), QStringList({u(u"Caf\u00E9"), QStringLiteral("x")}));
    const QString expected =
        QStringLiteral("line %1: the file is not valid UTF-8 (byte 0xFC at offset %2)")
            .arg(filler + 2)
            .arg(input.size() - 8);
    QCOMPARE(refused.error.left(expected.size()), expected);
}

void TestCsvReader::byteOrderMarkMeansUtf8EvenWithFallback()
{
    const Parsed parsed =
        readAll(QByteArrayLiteral("\xEF\xBB\xBFName\nM\xFCller\n"), withFallback());
    QCOMPARE(parsed.encoding, CsvReader::Encoding::Utf8WithBom);
    QCOMPARE(parsed.rows, Rows{{"Name"}});
    QCOMPARE(parsed.error,
             QStringLiteral("line 2: the file is not valid UTF-8 (byte 0xFC at offset 9) although "
                            "it starts with a UTF-8 byte order mark; save it as UTF-8 again"));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("before");
    QTest::addColumn<QString>("error");

    const QString unclosed = QStringLiteral(
        "line %1: a quoted field is not closed; it starts on this line and runs to the end of the "
        "file");
    const QString afterQuote = QStringLiteral(
        "line %1: text after the closing quote of a field; a quote inside a quoted field must be "
        "doubled (\"\")");
    QTest::newRow("unterminated quote names the line it starts on")
        << QByteArrayLiteral("a,b\nc,\"d\ne\nf,g\n\n") << Rows{{"a", "b"}} << unclosed.arg(2);
    QTest::newRow("unterminated quote after a doubled quote")
        << QByteArrayLiteral("\"a\"\"") << Rows{} << unclosed.arg(1);
    QTest::newRow("unterminated quote on the last line")
        << QByteArrayLiteral("a\r\nb\r\n\"") << Rows{{"a"}, {"b"}} << unclosed.arg(3);
    QTest::newRow("text after the closing quote")
        << QByteArrayLiteral("a\n\"b\"c,d\n") << Rows{{"a"}} << afterQuote.arg(2);
    QTest::newRow("space after the closing quote")
        << QByteArrayLiteral("\"b\" ,d\n") << Rows{} << afterQuote.arg(1);
    QTest::newRow("text after a multi-line quoted field")
        << QByteArrayLiteral("x\n\"a\r\nb\r\nc\"d\n") << Rows{{"x"}} << afterQuote.arg(4);
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, before);
    QFETCH(QString, error);
    const Parsed parsed = readAll(input);
    QCOMPARE(parsed.rows, before);
    QCOMPARE(parsed.error, error);
    QVERIFY(parsed.stopped);
}

void TestCsvReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("line ends only") << QByteArrayLiteral("\n\r\n\r\r\n");
    QTest::newRow("UTF-16 BOM only") << QByteArrayLiteral("\xFE\xFF");
}

void TestCsvReader::emptyInput()
{
    QFETCH(QByteArray, input);
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(!reader.atEnd());
    CsvReader::Record record;
    QVERIFY(!reader.next(record));
    QVERIFY(reader.atEnd());
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.error().message, QString());
    QCOMPARE(reader.delimiter(), QChar(QLatin1Char(',')));
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("piece");
    QTest::addColumn<Rows>("expected");
    QTest::addColumn<Lines>("lines"); // relative to the piece's first line

    QTest::newRow("CRLF") << QByteArrayLiteral("a,b\r\nc,d\r\n") << Rows{{"a", "b"}, {"c", "d"}}
                          << Lines{0, 1};
    QTest::newRow("quoted field with CRLF and doubled quotes")
        << QByteArrayLiteral("\"q,1\r\n\"\"2\"\"\",z\r\nnext\r\n")
        << Rows{{"q,1\r\n\"2\"", "z"}, {"next"}} << Lines{0, 2};
    QTest::newRow("UTF-8 two, three and four bytes")
        << QByteArrayLiteral("M\xC3\xBCller,\xE2\x82\xAC,\xF0\x9F\x98\x80\n")
        << Rows{{u(u"M\u00FCller"), u(u"\u20AC"), u(u"\U0001F600")}} << Lines{0};
    QTest::newRow("CR then a blank CRLF")
        << QByteArrayLiteral("a\r\r\nb\n") << Rows{{"a"}, {"b"}} << Lines{0, 2};
}

// Puts the piece at every offset across the chunk end at ChunkSize, so that each of its bytes is
// once the last byte of a chunk.
void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, piece);
    QFETCH(Rows, expected);
    QFETCH(Lines, lines);
    const QByteArray row = QByteArrayLiteral("filler,row\n");
    for (qsizetype shift = 0; shift <= piece.size(); ++shift) {
        const qsizetype before = CsvReader::ChunkSize - shift;
        const qsizetype count = before / row.size();
        QByteArray input = QByteArrayLiteral("filler") + QByteArray(before % row.size(), 'x') +
                           QByteArrayLiteral(",row\n");
        for (qsizetype i = 1; i < count; ++i)
            input += row;
        QCOMPARE(input.size(), before);
        input += piece;
        QVERIFY(input.size() >= CsvReader::ChunkSize);

        const Parsed parsed = readAll(input);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.rows.size(), count + expected.size());
        QCOMPARE(parsed.rows.mid(count), expected);
        QCOMPARE(parsed.rows.at(count - 1), QStringList({"filler", "row"}));
        Lines expectedLines;
        for (const qint64 line : lines)
            expectedLines.append(count + 1 + line);
        QCOMPARE(parsed.lines.mid(count), expectedLines);
    }
}

void TestCsvReader::smallReadsGiveTheSameResult_data()
{
    QTest::addColumn<QByteArray>("input");
    int i = 0;
    for (const QByteArray &input : trickyInputs())
        QTest::addRow("input %d", i++) << input;
}

// A pipe hands out a few bytes at a time: every byte is once at the end of a chunk.
void TestCsvReader::smallReadsGiveTheSameResult()
{
    QFETCH(QByteArray, input);
    for (const bool fallback : {false, true}) {
        CsvReader::Options options;
        options.windows1252Fallback = fallback;
        const Parsed whole = readAll(input, options);
        QVERIFY(whole.stopped);
        QVERIFY(!whole.rows.isEmpty() || !whole.error.isEmpty() || input.isEmpty());
        for (const qint64 step : {1, 2, 3, 5, 7}) {
            const Parsed pieces = readAll(input, options, step);
            QCOMPARE(pieces.rows, whole.rows);
            QCOMPARE(pieces.lines, whole.lines);
            QCOMPARE(pieces.error, whole.error);
            QVERIFY(pieces == whole);
        }
        // The pieces really are small: one read per byte (and one for the end), when all is read.
        TrickleDevice device(input, 1);
        QVERIFY(readAll(&device, options) == whole);
        if (whole.error.isEmpty())
            QVERIFY(device.reads > input.size());
    }
}

void TestCsvReader::readsGrowFromSmallToChunkSize_data()
{
    QTest::addColumn<bool>("fallback"); // the UTF-8 check reads ahead the same way
    QTest::newRow("UTF-8") << false;
    QTest::newRow("UTF-8 check for the Windows-1252 fallback") << true;
}

// A small file is read in small pieces, not into a buffer of ChunkSize; a large one in pieces that
// double up to ChunkSize and no further.
void TestCsvReader::readsGrowFromSmallToChunkSize()
{
    QFETCH(bool, fallback);
    CsvReader::Options options;
    options.windows1252Fallback = fallback;

    TrickleDevice small(QByteArrayLiteral("name,email\nAna,ana@example.org\n"),
                        CsvReader::ChunkSize);
    QCOMPARE(readAll(&small, options).rows.size(), 2);
    QVERIFY2(*std::max_element(small.asked.begin(), small.asked.end()) <= CsvReader::FirstChunkSize,
             qPrintable(QString::number(small.asked.at(1))));

    QByteArray input;
    while (input.size() < 4 * CsvReader::ChunkSize)
        input += "name,email\n";
    TrickleDevice big(input, CsvReader::ChunkSize);
    const Parsed parsed = readAll(&big, options);
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.rows.size(), input.size() / 11);
    QList<qint64> expected{CsvReader::FirstChunkSize}; // the first chunk tells the encoding
    for (qint64 end = 2 * CsvReader::FirstChunkSize; end <= CsvReader::ChunkSize; end *= 2)
        expected << end / 2;
    expected << CsvReader::ChunkSize << CsvReader::ChunkSize << CsvReader::ChunkSize;
    QCOMPARE(big.asked.mid(0, expected.size()), expected);
    QCOMPARE(*std::max_element(big.asked.begin(), big.asked.end()), CsvReader::ChunkSize);
}

void TestCsvReader::readFailureNamesTheLine()
{
    TrickleDevice device(QByteArrayLiteral("a,b\nc,d\ne,f\n"), 3, 6);
    const Parsed parsed = readAll(&device, {});
    QCOMPARE(parsed.rows, (Rows{{"a", "b"}}));
    QCOMPARE(parsed.error,
             QStringLiteral("line 2: the file cannot be read any further (disk on fire)"));
    QVERIFY(parsed.stopped);
}

void TestCsvReader::deviceNotOpen()
{
    QBuffer buffer;
    const Parsed parsed = readAll(&buffer, {});
    QCOMPARE(parsed.rows, Rows{});
    QCOMPARE(parsed.error, QStringLiteral("the file is not open for reading"));
    QVERIFY(parsed.stopped);

    const Parsed none = readAll(nullptr, {});
    QCOMPARE(none.error, QStringLiteral("the file is not open for reading"));
}

void TestCsvReader::badDelimiter()
{
    for (const char delimiter : {'"', '\r', '\n'}) {
        const Parsed parsed =
            readAll(QByteArrayLiteral("a,b\n"), withDelimiter(QLatin1Char(delimiter)));
        QCOMPARE(parsed.rows, Rows{});
        QCOMPARE(parsed.error,
                 QStringLiteral("a quote, a line end or half a character cannot separate fields"));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

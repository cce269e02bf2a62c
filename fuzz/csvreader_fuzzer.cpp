// libFuzzer target for CsvReader: reads the input with and without the Windows-1252 fallback,
// with a detected and a fixed delimiter, from a QBuffer and in small reads from a sequential
// device, and aborts on any broken invariant.

#include "csv/csvreader.h"

#include <QBuffer>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

[[noreturn]] void broken(const char *what, int line)
{
    std::fprintf(stderr, "csvreader_fuzzer.cpp:%d: broken invariant: %s\n", line, what);
    std::abort();
}

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            broken(#condition, __LINE__);                                                          \
    } while (false)

// Hands out at most `step` bytes per read and cannot seek, like a pipe.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 step) : m_data(data), m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray &m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Outcome
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QChar delimiter;

    bool operator==(const Outcome &other) const
    {
        return rows == other.rows && lines == other.lines && error == other.error &&
               encoding == other.encoding && delimiter == other.delimiter;
    }
};

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// Reads everything, checking what must hold of every reading.
Outcome readAll(QIODevice *device, const CsvReader::Options &options)
{
    CsvReader reader(device, options);
    Outcome outcome;
    CsvReader::Record record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        CHECK(!reader.atEnd());
        CHECK(!reader.hasError());
        CHECK(record.line > lastLine); // a record starts on a later line than the one before
        CHECK(!record.fields.isEmpty());
        for (const QString &field : record.fields) {
            CHECK(!field.isNull());
            CHECK(!hasLoneSurrogate(field));
        }
        lastLine = record.line;
        outcome.rows.append(record.fields);
        outcome.lines.append(record.line);
    }
    CHECK(reader.atEnd());
    CHECK(reader.hasError() == !reader.error().message.isEmpty());
    outcome.error = reader.error().message;
    // After the end or an error, next() stays false and nothing changes.
    for (int i = 0; i < 3; ++i) {
        CHECK(!reader.next(record));
        CHECK(reader.atEnd());
        CHECK(reader.error().message == outcome.error);
    }
    outcome.encoding = reader.encoding();
    outcome.delimiter = reader.delimiter();
    if (options.delimiter.isNull()) {
        CHECK(outcome.delimiter == QLatin1Char(',') || outcome.delimiter == QLatin1Char(';') ||
              outcome.delimiter == QLatin1Char('\t'));
    } else {
        CHECK(outcome.delimiter == options.delimiter);
    }
    // Errors in the text name a line after the last record's start.
    if (reader.hasError()) {
        const QString prefix = QStringLiteral("line ");
        CHECK(outcome.error.startsWith(prefix));
        const qsizetype colon = outcome.error.indexOf(QLatin1Char(':'));
        CHECK(colon > prefix.size());
        bool ok = false;
        const qint64 line =
            QStringView(outcome.error).mid(prefix.size(), colon - prefix.size()).toLongLong(&ok);
        CHECK(ok);
        CHECK(line > lastLine);
    }
    return outcome;
}

Outcome readBuffer(const QByteArray &bytes, const CsvReader::Options &options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

// The characters that survive CSV syntax unchanged and in order: all but quotes, the delimiter
// and line ends.
QString content(const QString &text, QChar delimiter)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char('"') && c != delimiter && c != QLatin1Char('\r') &&
            c != QLatin1Char('\n'))
            kept.append(c);
    }
    return kept;
}

bool startsWith(const QByteArray &bytes, const char *prefix)
{
    return bytes.startsWith(QByteArrayView(prefix));
}

// The input as Qt's own decoders read it (a second byte order mark kept as text, as CsvReader
// does), for an outcome without an error.
QString decodedByQt(const QByteArray &bytes, CsvReader::Encoding encoding)
{
    const auto decode = [](QStringDecoder::Encoding qtEncoding, const QByteArray &text) {
        return QString(QStringDecoder(qtEncoding, QStringDecoder::Flag::ConvertInitialBom)(text));
    };
    switch (encoding) {
    case CsvReader::Encoding::Utf8:
        return decode(QStringDecoder::Utf8, bytes);
    case CsvReader::Encoding::Utf8WithBom:
        return decode(QStringDecoder::Utf8, bytes.mid(3));
    case CsvReader::Encoding::Utf16LittleEndian: // with a byte order mark or told by zero bytes
        return decode(QStringDecoder::Utf16LE, bytes.mid(startsWith(bytes, "\xFF\xFE") ? 2 : 0));
    case CsvReader::Encoding::Utf16BigEndian:
        return decode(QStringDecoder::Utf16BE, bytes.mid(startsWith(bytes, "\xFE\xFF") ? 2 : 0));
    case CsvReader::Encoding::Windows1252: {
        QStringDecoder icu("windows-1252");
        CHECK(icu.isValid());
        return icu(bytes);
    }
    }
    return QString();
}

// Writes records back as CSV: a UTF-8 byte order mark (fields full of U+0000 would look like
// UTF-16 without one), every field quoted, CRLF line ends. Appends character by character
// into one string: a temporary per field was a third of all allocations.
QByteArray written(const QList<QStringList> &rows)
{
    QString text(QChar::ByteOrderMark);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text.append(QLatin1Char(','));
            text.append(QLatin1Char('"'));
            for (const QChar c : row.at(i)) {
                text.append(c);
                if (c == QLatin1Char('"'))
                    text.append(c);
            }
            text.append(QLatin1Char('"'));
        }
        text.append(QLatin1String("\r\n"));
    }
    return text.toUtf8();
}

} // namespace

// AddressSanitizer holds back 256 MB of freed memory from reuse by default. An input allocates some
// 20 KB, so with that much held back every allocation lands on memory that is no longer in the
// cache: 16 MB ran at 3,900 inputs a second, 1 MB at 4,700 (bench: 100,000 runs from one corpus and
// seed, best of five). 1 MB still holds the frees of some fifty inputs: a use after free within
// one input is caught as before.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=1";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool hasBom = startsWith(bytes, "\xEF\xBB\xBF") || startsWith(bytes, "\xFF\xFE") ||
                        startsWith(bytes, "\xFE\xFF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes); // decodes only when made a QString
    Q_UNUSED(decoded);
    const bool validUtf8 = !utf8.hasError();
    // Small reads from a sequential device put chunk ends everywhere (reading a buffer ends chunks
    // only at CsvReader::FirstChunkSize and its doublings).
    const qint64 step = size > 0 ? 1 + data[size - 1] % 7 : 1;

    for (const bool fallback : {false, true}) {
        for (const QChar delimiter : {QChar(), QChar(QLatin1Char(','))}) {
            CsvReader::Options options;
            options.delimiter = delimiter;
            options.windows1252Fallback = fallback;
            const Outcome outcome = readBuffer(bytes, options);

            TrickleDevice trickle(bytes, step);
            CHECK(readAll(&trickle, options) == outcome);

            // Only zero bytes make UTF-16 of a file without a byte order mark. Otherwise the UTF-8
            // check agrees with Qt's, and the fallback is taken exactly when it fails.
            const bool utf16 = outcome.encoding == CsvReader::Encoding::Utf16LittleEndian ||
                               outcome.encoding == CsvReader::Encoding::Utf16BigEndian;
            if (!hasBom && utf16) {
                CHECK(bytes.contains('\0'));
            } else if (!hasBom) {
                if (fallback) {
                    CHECK(outcome.encoding == (validUtf8 ? CsvReader::Encoding::Utf8
                                                         : CsvReader::Encoding::Windows1252));
                    CHECK(!outcome.error.contains(QLatin1String("UTF-8")));
                } else {
                    CHECK(outcome.encoding == CsvReader::Encoding::Utf8);
                    if (outcome.error.isEmpty() || outcome.error.contains(QLatin1String("UTF-8")))
                        CHECK(validUtf8 == outcome.error.isEmpty());
                }
            }
            if (!outcome.error.isEmpty())
                continue;

            // Nothing but syntax is lost or added: the other characters come out in order.
            QString fields;
            for (const QStringList &row : outcome.rows) {
                for (const QString &field : row)
                    fields.append(field);
            }
            CHECK(content(fields, outcome.delimiter) ==
                  content(decodedByQt(bytes, outcome.encoding), outcome.delimiter));
            if (outcome.encoding == CsvReader::Encoding::Utf8)
                CHECK(!fields.contains(QChar::ReplacementCharacter) ||
                      bytes.contains(QByteArrayView("\xEF\xBF\xBD")));

            // What the reader read, written back as CSV, reads back the same.
            CsvReader::Options comma;
            comma.delimiter = QLatin1Char(',');
            const Outcome again = readBuffer(written(outcome.rows), comma);
            CHECK(again.error.isEmpty());
            CHECK(again.rows == outcome.rows);
        }
    }
    return 0;
}

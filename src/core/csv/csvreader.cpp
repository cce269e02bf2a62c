#include "csv/csvreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <optional>

namespace {

// What a decoder made of a run of bytes. It stops before a character cut off by the end of the
// run (the caller keeps those bytes for the next chunk) or at the first invalid one.
struct Decoded
{
    qsizetype consumed = 0; // bytes turned into text
    qsizetype written = 0;  // UTF-16 code units written
    bool invalid = false;   // the byte at `consumed` starts an invalid sequence
    uint value = 0;         // the invalid byte or code unit
};

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, the same
// bytes QStringDecoder refuses. Writes at most one code unit per byte.
Decoded decodeUtf8(const uchar *in, qsizetype size, QChar *out)
{
    Decoded d;
    qsizetype i = 0;
    QChar *o = out;
    while (i < size) {
        // Most CSV text is ASCII: eight bytes at a time while none has its high bit set.
        while (size - i >= 8) {
            quint64 word;
            std::memcpy(&word, in + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            for (int k = 0; k < 8; ++k)
                o[k] = QChar(char16_t(in[i + k]));
            i += 8;
            o += 8;
        }
        if (i == size)
            break;
        const uchar lead = in[i];
        if (lead < 0x80) {
            *o++ = QChar(char16_t(lead));
            ++i;
            continue;
        }
        int trailing = 0;
        uchar low = 0x80; // range of the byte after the lead byte
        uchar high = 0xBF;
        char32_t code = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            trailing = 1;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trailing = 2;
            code = lead & 0x0F;
            if (lead == 0xE0)
                low = 0xA0; // overlong below
            else if (lead == 0xED)
                high = 0x9F; // surrogates above
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trailing = 3;
            code = lead & 0x07;
            if (lead == 0xF0)
                low = 0x90; // overlong below
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            d.invalid = true;
            d.value = lead;
            break;
        }
        bool cut = false;
        for (int k = 1; k <= trailing; ++k) {
            if (i + k == size) {
                cut = true;
                break;
            }
            const uchar byte = in[i + k];
            if (byte < low || byte > high) {
                d.invalid = true;
                d.value = lead;
                break;
            }
            low = 0x80;
            high = 0xBF;
            code = (code << 6) | (byte & 0x3F);
        }
        if (cut || d.invalid)
            break;
        if (code < 0x10000) {
            *o++ = QChar(char16_t(code));
        } else {
            *o++ = QChar(QChar::highSurrogate(code));
            *o++ = QChar(QChar::lowSurrogate(code));
        }
        i += trailing + 1;
    }
    d.consumed = i;
    d.written = o - out;
    return d;
}

// UTF-16 with its surrogates paired: a lone one would become U+FFFD (or worse) further on.
Decoded decodeUtf16(const uchar *in, qsizetype size, QChar *out, bool bigEndian)
{
    const auto unitAt = [in, bigEndian](qsizetype i) {
        return bigEndian ? char16_t(in[i] << 8 | in[i + 1]) : char16_t(in[i + 1] << 8 | in[i]);
    };
    Decoded d;
    qsizetype i = 0;
    QChar *o = out;
    while (size - i >= 2) {
        const char16_t unit = unitAt(i);
        if (QChar::isHighSurrogate(unit)) {
            if (size - i < 4)
                break; // its pair may be in the next chunk
            const char16_t next = unitAt(i + 2);
            if (!QChar::isLowSurrogate(next)) {
                d.invalid = true;
                d.value = unit;
                break;
            }
            *o++ = QChar(unit);
            *o++ = QChar(next);
            i += 4;
        } else if (QChar::isLowSurrogate(unit)) {
            d.invalid = true;
            d.value = unit;
            break;
        } else {
            *o++ = QChar(unit);
            i += 2;
        }
    }
    d.consumed = i;
    d.written = o - out;
    return d;
}

// UTF-16 without a byte order mark, told by its zero bytes: UTF-8 text has none, while a CSV
// file's first line is mostly ASCII, every character of which has a zero high byte in UTF-16. So
// when more than half of the first bytes' code units have a zero high byte (and none is U+0000,
// which is no text in either byte order) the text is UTF-16.
std::optional<CsvReader::Encoding> utf16ByItsZeroBytes(const char *bytes, qsizetype size)
{
    qsizetype secondZero = 0; // U+0001-U+00FF in little endian
    qsizetype firstZero = 0;  // U+0001-U+00FF in big endian
    for (qsizetype i = 0; i + 1 < size; i += 2) {
        const bool first = bytes[i] == 0;
        const bool second = bytes[i + 1] == 0;
        if (first && second)
            return std::nullopt;
        secondZero += second;
        firstZero += first;
    }
    const qsizetype units = size / 2;
    if (2 * secondZero > units)
        return CsvReader::Encoding::Utf16LittleEndian;
    if (2 * firstZero > units)
        return CsvReader::Encoding::Utf16BigEndian;
    return std::nullopt;
}

// Windows-1252 is Latin-1 except for 0x80-0x9F; its five undefined bytes keep their C1 code point
// (as in the WHATWG encoding standard) so that every byte means something.
const char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

Decoded decodeWindows1252(const uchar *in, qsizetype size, QChar *out)
{
    for (qsizetype i = 0; i < size; ++i) {
        const uchar byte = in[i];
        out[i] =
            QChar(byte >= 0x80 && byte <= 0x9F ? Windows1252High[byte - 0x80] : char16_t(byte));
    }
    Decoded d;
    d.consumed = size;
    d.written = size;
    return d;
}

// Empty fields are empty strings, not null ones: bound to SQL, a null QString becomes NULL.
QString emptyField()
{
    return QStringLiteral("");
}

// Bytes to read from file offset `offset` up to the next chunk end (see FirstChunkSize).
qint64 readSize(qint64 offset)
{
    qint64 end = CsvReader::FirstChunkSize;
    while (end <= offset && end < CsvReader::ChunkSize)
        end *= 2;
    if (end <= offset)
        end = (offset / CsvReader::ChunkSize + 1) * CsvReader::ChunkSize;
    return end - offset;
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) {}

CsvReader::CsvReader(QIODevice *device, Options options) : m_device(device), m_options(options) {}

bool CsvReader::atEnd() const
{
    return m_done || m_failed;
}

bool CsvReader::hasError() const
{
    return m_failed;
}

const Error &CsvReader::error() const
{
    static const Error none;
    return m_error ? *m_error : none;
}

CsvReader::Encoding CsvReader::encoding() const
{
    return m_encoding;
}

QChar CsvReader::delimiter() const
{
    return m_delimiter;
}

bool CsvReader::next(Record &record)
{
    if (m_done || m_failed)
        return false;
    if (!m_started) {
        if (!start())
            return false;
        detectDelimiter();
    }
    record.fields.clear();
    for (;;) {
        if (m_pos < m_text.size()) {
            if (parse(record.fields)) {
                record.line = m_recordLine;
                return true;
            }
            if (m_failed)
                return false;
        } else if (!m_inputDone) {
            fill();
        } else {
            if (!finish(record.fields))
                return false;
            record.line = m_recordLine;
            return true;
        }
    }
}

void CsvReader::fail(const QString &message)
{
    m_failed = true;
    m_error = Error{message, {}};
    // Nothing more will be read: let go of the buffers.
    m_text = QString();
    m_field = QString();
    m_raw = QByteArray();
    m_replay = QByteArray();
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(tr("the file is not open for reading"));
        return false;
    }
    const QChar given = m_options.delimiter;
    if (!given.isNull() && (given == QLatin1Char('"') || given == QLatin1Char('\r') ||
                            given == QLatin1Char('\n') || given.isSurrogate())) {
        fail(tr("a quote, a line end or half a character cannot separate fields"));
        return false;
    }

    // The first chunk decides the encoding; a sequential device may hand it out in pieces.
    char *const head = m_head;
    qint64 got = 0;
    while (got < FirstChunkSize) {
        const qint64 n = readDevice(head + got, FirstChunkSize - got);
        if (n < 0 && got == 0) {
            fail(tr("the file cannot be read (%1)").arg(m_device->errorString()));
            return false;
        }
        if (n <= 0)
            break; // a failure after the first bytes is met again, with its line, by fill()
        got += n;
    }
    const auto byte = [&head](int i) { return uchar(head[i]); };
    qsizetype bom = 0;
    if (got >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        m_encoding = Encoding::Utf8WithBom;
        bom = 3;
    } else if (got >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) {
        m_encoding = Encoding::Utf16LittleEndian;
        bom = 2;
    } else if (got >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) {
        m_encoding = Encoding::Utf16BigEndian;
        bom = 2;
    } else if (const auto utf16 = utf16ByItsZeroBytes(head, got)) {
        m_encoding = *utf16;
    }
    m_headPos = bom;
    m_headEnd = got;
    m_rawOffset = bom;

    if (m_encoding == Encoding::Utf8 && m_options.windows1252Fallback) {
        bool valid = true;
        if (!isValidUtf8ToTheEnd(valid))
            return false;
        if (!valid)
            m_encoding = Encoding::Windows1252;
    }
    return true;
}

qint64 CsvReader::readDevice(char *data, qint64 maxSize)
{
    if (m_deviceFailed)
        return -1;
    for (;;) {
        const qint64 n = m_device->read(data, maxSize);
        m_deviceFailed = n < 0;
        // A socket or a process may simply have nothing yet; waitForReadyRead() says when it ends.
        if (n != 0 || !m_device->isSequential() || !m_device->waitForReadyRead(-1))
            return n;
    }
}

qint64 CsvReader::readRaw(char *data, qint64 maxSize)
{
    if (m_headPos < m_headEnd) {
        const qsizetype n = std::min<qsizetype>(maxSize, m_headEnd - m_headPos);
        std::memcpy(data, m_head + m_headPos, n);
        m_headPos += n;
        return n;
    }
    if (m_replayPos < m_replay.size()) {
        const qsizetype n = std::min<qsizetype>(maxSize, m_replay.size() - m_replayPos);
        std::memcpy(data, m_replay.constData() + m_replayPos, n);
        m_replayPos += n;
        if (m_replayPos == m_replay.size()) {
            m_replay = QByteArray();
            m_replayPos = 0;
        }
        return n;
    }
    return readDevice(data, maxSize);
}

// Whether the rest of the device is valid UTF-8, read through before the first record: Windows-1252
// must apply from the first byte, or a record already handed out would have been read wrongly.
bool CsvReader::isValidUtf8ToTheEnd(bool &valid)
{
    const bool sequential = m_device->isSequential();
    const qint64 resumeAt = sequential ? 0 : m_device->pos();
    // What start() read (there is no byte order mark: the file is read as UTF-8 without one).
    QByteArray bytes(m_head + m_headPos, m_headEnd - m_headPos);
    qint64 offset = bytes.size();
    QString scratch;
    valid = true;
    for (;;) {
        const qsizetype have = bytes.size();
        const qint64 want = readSize(offset);
        bytes.resize(have + want);
        const qint64 n = readDevice(bytes.data() + have, want);
        if (n < 0) {
            fail(tr("the file cannot be read (%1)").arg(m_device->errorString()));
            return false;
        }
        bytes.resize(have + n);
        offset += n;
        // A sequential device cannot be read twice: keep what it gave for the real reading.
        if (sequential)
            m_replay.append(bytes.constData() + have, n);
        scratch.resize(bytes.size());
        const Decoded d = decodeUtf8(reinterpret_cast<const uchar *>(bytes.constData()),
                                     bytes.size(), scratch.data());
        if (d.invalid || (n == 0 && d.consumed < bytes.size())) {
            valid = false;
            break;
        }
        if (n == 0)
            break;
        bytes.remove(0, d.consumed); // keeps a character cut off by the chunk's end
    }
    if (!sequential && !m_device->seek(resumeAt)) {
        fail(tr("the file cannot be read again from its start (%1)").arg(m_device->errorString()));
        return false;
    }
    return true;
}

// Reads and decodes one more chunk, appending to m_text. An encoding or read error ends the input
// and is remembered, to be reported when the text before it has been parsed (its line is known
// then).
void CsvReader::fill()
{
    if (m_pos == m_text.size()) {
        m_text.resize(0); // keeps the capacity
        m_pos = 0;
    } else if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_inputDone)
        return;

    const qint64 want = readSize(m_rawOffset + m_carry);
    m_raw.resize(m_carry + want);
    const qint64 read = readRaw(m_raw.data() + m_carry, want);
    if (read < 0) {
        m_pending.kind = PendingError::Kind::ReadFailed;
        m_pending.offset = m_rawOffset + m_carry;
        m_pending.deviceText = m_device->errorString();
        m_inputDone = true;
        return;
    }
    const qsizetype size = m_carry + read;
    const auto *bytes = reinterpret_cast<const uchar *>(m_raw.constData());
    const qsizetype old = m_text.size();
    m_text.resize(old + size); // room for any encoding: at most one code unit per byte
    QChar *out = m_text.data() + old;
    Decoded d;
    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        d = decodeUtf8(bytes, size, out);
        break;
    case Encoding::Utf16LittleEndian:
    case Encoding::Utf16BigEndian:
        d = decodeUtf16(bytes, size, out, m_encoding == Encoding::Utf16BigEndian);
        break;
    case Encoding::Windows1252:
        d = decodeWindows1252(bytes, size, out);
        break;
    }
    m_text.resize(old + d.written);

    const qsizetype left = size - d.consumed;
    if (d.invalid || (read == 0 && left > 0)) {
        const bool utf16 =
            m_encoding == Encoding::Utf16LittleEndian || m_encoding == Encoding::Utf16BigEndian;
        if (d.invalid && utf16)
            m_pending.kind = PendingError::Kind::LoneSurrogate;
        else if (d.invalid)
            m_pending.kind = PendingError::Kind::InvalidByte;
        else
            m_pending.kind = PendingError::Kind::Truncated;
        m_pending.value = d.value;
        m_pending.offset = m_rawOffset + d.consumed;
        m_inputDone = true;
        return;
    }
    if (read == 0) {
        m_inputDone = true;
        return;
    }
    std::memmove(m_raw.data(), m_raw.constData() + d.consumed, left);
    m_carry = left;
    m_rawOffset += d.consumed;
}

QString CsvReader::pendingErrorMessage() const
{
    const QString line = QString::number(m_line);
    const QString offset = QString::number(m_pending.offset);
    const bool bom = m_encoding == Encoding::Utf8WithBom;
    switch (m_pending.kind) {
    case PendingError::Kind::None:
        break;
    case PendingError::Kind::InvalidByte:
        if (bom)
            return tr("line %1: the file is not valid UTF-8 (byte 0x%2 at offset %3) although it "
                      "starts with a UTF-8 byte order mark; save it as UTF-8 again")
                .arg(line, hex(m_pending.value, 2), offset);
        return tr("line %1: the file is not valid UTF-8 (byte 0x%2 at offset %3); save it as "
                  "UTF-8, or read it as Windows-1252")
            .arg(line, hex(m_pending.value, 2), offset);
    case PendingError::Kind::LoneSurrogate:
        return tr("line %1: the file is not valid UTF-16 (a lone surrogate 0x%2 at offset %3)")
            .arg(line, hex(m_pending.value, 4), offset);
    case PendingError::Kind::Truncated:
        switch (m_encoding) {
        case Encoding::Utf16LittleEndian:
        case Encoding::Utf16BigEndian:
            return tr("line %1: the file is not valid UTF-16 (it ends in the middle of a "
                      "character)")
                .arg(line);
        case Encoding::Utf8WithBom:
            return tr("line %1: the file is not valid UTF-8 (it ends in the middle of a "
                      "character) although it starts with a UTF-8 byte order mark; save it as "
                      "UTF-8 again")
                .arg(line);
        default:
            return tr("line %1: the file is not valid UTF-8 (it ends in the middle of a "
                      "character); save it as UTF-8, or read it as Windows-1252")
                .arg(line);
        }
    case PendingError::Kind::ReadFailed:
        return tr("line %1: the file cannot be read any further (%2)")
            .arg(line, m_pending.deviceText);
    }
    return QString();
}

// Counts the delimiter candidates outside quotes on the first record's line(s). Only looks, so
// that the first next() still parses from the start; looks at most 1 Mi characters ahead.
void CsvReader::detectDelimiter()
{
    if (!m_options.delimiter.isNull()) {
        m_delimiter = m_options.delimiter;
        return;
    }
    constexpr qsizetype LookAhead = 1024 * 1024;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool started = false; // past the blank lines before the first record
    bool quoted = false;
    bool complete = false;
    qsizetype i = m_pos; // fill() keeps the text from m_pos as long as nothing is parsed
    for (;;) {
        const QChar *const text = m_text.constData();
        for (; i < m_text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c == u'\r' || c == u'\n') {
                if (started && !quoted) {
                    complete = true;
                    break;
                }
                continue;
            }
            started = true;
            if (c == u'"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\t')
                ++tabs;
        }
        if (complete || m_inputDone || m_text.size() - m_pos >= LookAhead)
            break;
        fill();
    }
    if (commas >= semicolons && commas >= tabs)
        m_delimiter = QLatin1Char(',');
    else if (semicolons >= tabs)
        m_delimiter = QLatin1Char(';');
    else
        m_delimiter = QLatin1Char('\t');
}

// Runs the state machine over the decoded text from m_pos. True when a record is complete (its
// fields in `fields`); false when the text is used up (the state carries over to the next chunk)
// or on an error. Runs of ordinary characters are appended at once, never character by character.
bool CsvReader::parse(QStringList &fields)
{
    const QChar *const begin = m_text.constData();
    const QChar *const end = begin + m_text.size();
    const QChar *p = begin + m_pos;
    const char16_t delimiter = m_delimiter.unicode();

    // Ends a line at the line end c just passed: CRLF is one line end, even across chunks.
    const auto lineEnd = [&](char16_t c) {
        ++m_line;
        if (c != u'\r')
            return false;
        if (p == end) {
            m_pendingLf = true;
            return false;
        }
        if (p->unicode() != u'\n')
            return false;
        ++p;
        return true;
    };
    const auto takeField = [&](const QChar *from, const QChar *to) {
        if (!m_field.isEmpty()) {
            m_field.append(from, to - from);
            fields.append(std::move(m_field));
            m_field = QString();
        } else if (from == to) {
            fields.append(emptyField());
        } else {
            fields.append(QString(from, to - from));
        }
    };

    if (m_pendingLf) {
        // The previous chunk (or record) ended with a CR; an LF right after it is part of it.
        m_pendingLf = false;
        if (p->unicode() == u'\n') {
            if (m_state == State::Quoted)
                m_field.append(QLatin1Char('\n'));
            ++p;
        }
    }

    while (p < end) {
        switch (m_state) {
        case State::RecordStart: {
            const char16_t c = p->unicode();
            if (c == u'\n' || c == u'\r') {
                ++p;
                lineEnd(c); // a blank line
                continue;
            }
            m_recordLine = m_line;
            m_state = State::FieldStart;
            [[fallthrough]];
        }
        case State::FieldStart:
            if (p->unicode() == u'"') {
                m_fieldLine = m_line;
                m_state = State::Quoted;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const QChar *const from = p;
            while (p < end) {
                const char16_t c = p->unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++p;
            }
            if (p == end) {
                m_field.append(from, p - from);
                break;
            }
            takeField(from, p);
            const char16_t c = (p++)->unicode();
            if (c == delimiter) {
                m_state = State::FieldStart;
                continue;
            }
            lineEnd(c);
            m_state = State::RecordStart;
            m_pos = p - begin;
            return true;
        }
        case State::Quoted: {
            const QChar *const from = p;
            while (p < end) {
                const char16_t c = p->unicode();
                if (c == u'"' || c == u'\n' || c == u'\r')
                    break;
                ++p;
            }
            m_field.append(from, p - from);
            if (p == end)
                break;
            const char16_t c = (p++)->unicode();
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
                continue;
            }
            // A line end inside quotes is data, kept as it is; it still counts as a line.
            m_field.append(QChar(c));
            if (lineEnd(c))
                m_field.append(QLatin1Char('\n'));
            continue;
        }
        case State::QuoteInQuoted: {
            const char16_t c = p->unicode();
            if (c == u'"') {
                m_field.append(QLatin1Char('"'));
                m_state = State::Quoted;
                ++p;
                continue;
            }
            if (c == delimiter) {
                ++p;
                takeField(p, p);
                m_state = State::FieldStart;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                ++p;
                takeField(p, p);
                lineEnd(c);
                m_state = State::RecordStart;
                m_pos = p - begin;
                return true;
            }
            m_pos = p - begin;
            fail(tr("line %1: text after the closing quote of a field; a quote inside a quoted "
                    "field must be doubled (\"\")")
                     .arg(m_line));
            return false;
        }
        }
    }
    m_pos = p - begin;
    return false;
}

// The end of the input: ends the last record (false when there is none, or on an error).
bool CsvReader::finish(QStringList &fields)
{
    m_pendingLf = false;
    if (m_pending.kind != PendingError::Kind::None) {
        fail(pendingErrorMessage());
        return false;
    }
    switch (m_state) {
    case State::RecordStart:
        m_done = true;
        return false;
    case State::FieldStart: // "a," ends with an empty field
    case State::Unquoted:
    case State::QuoteInQuoted:
        if (m_field.isEmpty()) {
            fields.append(emptyField());
        } else {
            fields.append(std::move(m_field));
            m_field = QString();
        }
        break;
    case State::Quoted:
        fail(tr("line %1: a quoted field is not closed; it starts on this line and runs to the "
                "end of the file")
                 .arg(m_fieldLine));
        return false;
    }
    m_state = State::RecordStart;
    return true;
}

#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

// Reads CSV records (RFC 4180) one at a time from a device, so a file of a million rows never
// sits in memory: memory is bounded by the largest record, not by the file.
//
// Encoding: a byte order mark says UTF-8, UTF-16 LE or UTF-16 BE. Without one, a file whose first
// chunk (FirstChunkSize bytes) is mostly pairs of a zero and a non-zero byte is UTF-16 in the
// byte order the zeros say (a UTF-16 file's first line is mostly ASCII, UTF-8 text has no zero
// bytes); any other is read as UTF-8. Nothing is ever decoded to U+FFFD: a byte that is not UTF-8
// (or a lone UTF-16 surrogate) is an error naming its line. With windows1252Fallback a file read as
// UTF-8 without a byte order mark that is not valid UTF-8 is read as Windows-1252 from its first
// byte instead. That is decided before the first record, so the whole file is checked first: a
// device that can seek is read through once and then read again; a sequential one is held in memory
// up to its first invalid byte (all of it when it is valid UTF-8). A file with a UTF-8 byte order
// mark says it is UTF-8 and is never read as Windows-1252.
//
// Syntax: line ends LF, CRLF and CR, mixed as they come. A field in quotes may hold delimiters,
// line ends (kept as they are in the file) and doubled quotes. Lenient where spreadsheets are: a
// quote anywhere but at the start of a field is an ordinary character (5'10" stays 5'10", and so
// does ` "a"` with its leading space). Strict where data would silently change: text between a
// closing quote and the next delimiter or line end ("a"b) is an error, and so is a quoted field
// still open at the end of the file (naming the line it starts on). Completely empty lines are
// skipped; a last line without a line end is a record, and a line end at the end of the file
// makes no empty record. Every record has at least one field; an empty field is an empty string,
// never a null one.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Utf16LittleEndian,
        Utf16BigEndian,
        Windows1252
    };
    struct Options
    {
        // Null: detect ',' ';' or '\t' by counting them outside quotes on the first record's
        // line(s); the most frequent wins, ties go to ',' then ';'. A quote or a line end cannot
        // be a delimiter (an error at the first next()).
        QChar delimiter;
        // A file (without a byte order mark) that is not valid UTF-8: refuse it (false) or read it
        // as Windows-1252 (true).
        bool windows1252Fallback = false;
    };
    struct Record
    {
        qint64 line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // Reads end at fixed offsets in the file: at FirstChunkSize, at each power of two after it up
    // to ChunkSize, then at each multiple of ChunkSize. So a small file costs small buffers (one
    // of 64 KiB per reader made fuzzing crawl: AddressSanitizer maps and clears each) and a large
    // one is read ChunkSize at a time after a few reads.
    static constexpr qint64 FirstChunkSize = 256;
    static constexpr qint64 ChunkSize = 64 * 1024;

    // The device must be open for reading; it is read from its current position. Opened with
    // QIODevice::Text it must hold UTF-8 or Windows-1252, not UTF-16.
    // (Two constructors rather than `Options options = {}`: GCC cannot use the default member
    // initializers of a nested struct in a default argument of its enclosing class.)
    explicit CsvReader(QIODevice *device);
    explicit CsvReader(QIODevice *device, Options options);

    // The next record; false at the end or on an error (then error() is set). Once it has returned
    // false it always does. Records before an error are returned before the error is reported.
    bool next(Record &record);
    // Whether next() has returned false, at the end or on an error.
    bool atEnd() const;
    bool hasError() const;
    // Says what and where: "line 12: a quoted field is not closed …".
    const Error &error() const;
    // Known after the first next().
    Encoding encoding() const;
    // The given or detected delimiter; detected at the first next().
    QChar delimiter() const;

private:
    enum class State : quint8
    {
        RecordStart,   // before a record: line ends here are blank lines
        FieldStart,    // after a delimiter
        Unquoted,      // inside a field that did not start with a quote
        Quoted,        // inside a quoted field
        QuoteInQuoted, // after a quote inside a quoted field: a doubled quote or the closing one
    };
    // An encoding or read error found while decoding; reported (with its line) once the text
    // before it is parsed.
    struct PendingError
    {
        enum class Kind
        {
            None,
            InvalidByte,
            LoneSurrogate,
            Truncated,
            ReadFailed
        };
        Kind kind = Kind::None;
        uint value = 0;     // the offending byte or UTF-16 code unit
        qint64 offset = 0;  // its byte offset in the file
        QString deviceText; // the device's error string
    };

    bool start();
    qint64 readDevice(char *data, qint64 maxSize);
    qint64 readRaw(char *data, qint64 maxSize);
    bool isValidUtf8ToTheEnd(bool &valid);
    void fill();
    void detectDelimiter();
    bool parse(QStringList &fields);
    bool finish(QStringList &fields);
    void fail(const QString &message);
    QString pendingErrorMessage() const;

    QIODevice *m_device = nullptr;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter;
    // Set by fail(). Optional because a default Error allocates (QSqlError's private data), and
    // most readers never fail: under the fuzzer that was one allocation in twenty.
    std::optional<Error> m_error;
    bool m_started = false;
    bool m_done = false;
    bool m_failed = false;

    // Bytes: m_raw holds a chunk, its first m_carry bytes the cut-off character of the last one.
    QByteArray m_raw;
    qsizetype m_carry = 0;
    qint64 m_rawOffset = 0; // file offset of m_raw[0]
    // Bytes read ahead, read again before the device: the first chunk (read by start() to find the
    // encoding; kept here rather than in an allocated buffer) after its byte order mark, then what
    // the UTF-8 check of a sequential device read through.
    char m_head[FirstChunkSize];
    qsizetype m_headPos = 0;
    qsizetype m_headEnd = 0;
    QByteArray m_replay;
    qsizetype m_replayPos = 0;
    bool m_inputDone = false;
    bool m_deviceFailed = false; // once a read has failed, every read fails
    PendingError m_pending;

    // Decoded text not yet parsed starts at m_text[m_pos].
    QString m_text;
    qsizetype m_pos = 0;

    State m_state = State::RecordStart;
    bool m_pendingLf = false; // the text so far ends with a CR: an LF right after it joins it
    qint64 m_line = 1;        // line of m_text[m_pos]
    qint64 m_recordLine = 0;
    qint64 m_fieldLine = 0; // where the open quoted field starts
    QString m_field;        // the field so far, when it spans chunks or holds doubled quotes
};

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: a field is quoted when it holds the delimiter, a quote, CR or
// LF, quotes are doubled, records end in CRLF. Fields come as UTF-8 bytes, so rows read from
// SQLite go out without a detour through QString. Buffered: finish() writes the rest and says
// whether the device took everything.
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';       // ',' ';' or '\t'
        bool byteOrderMark = false; // for Excel, which reads UTF-8 without one as ANSI
        bool guardFormulas = true;  // see FormulaGuard; off is the administrators' --raw
    };

    CsvWriter(QIODevice *device, Options options);

    void addField(QByteArrayView utf8);
    void addField(const QString &text) { addField(QByteArrayView(text.toUtf8())); }
    void endRecord();
    // Writes what is buffered; false when the device refused (errorString() says why).
    bool finish();
    QString errorString() const { return m_error; }
    // errno as it was right after the refused write (ENOSPC: the disk is full), or 0: a file
    // device's own errorString() is at times only "Unknown error".
    int systemError() const { return m_systemError; }

private:
    bool flush();

    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    int m_fieldsInRecord = 0;
    bool m_lastFieldEmpty = false;
    QString m_error;
    int m_systemError = 0;
};

// Spreadsheet formula injection (OWASP "CSV injection"): a cell that begins with = + - @, tab
// or CR is prefixed with an apostrophe, so a spreadsheet shows it as text. Reversible, so that
// our importer reads our export back to the same values: a cell that begins with an
// apostrophe followed by one of those characters or by another apostrophe is prefixed too,
// and restored() takes exactly one apostrophe off such a cell.
namespace FormulaGuard {
bool needsGuard(QByteArrayView utf8);
QString restored(const QString &cell);
} // namespace FormulaGuard

#include "csv/csvwriter.h"

#include <QIODevice>

#include <cerrno>

namespace {
constexpr qsizetype FlushAt = 1 << 20;

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
} // namespace

bool FormulaGuard::needsGuard(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    if (isTrigger(utf8.front()))
        return true;
    return utf8.front() == '\'' && utf8.size() > 1 && (isTrigger(utf8[1]) || utf8[1] == '\'');
}

QString FormulaGuard::restored(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != QLatin1Char('\''))
        return cell;
    const QChar second = cell.at(1);
    const bool guarded = second == QLatin1Char('\'') ||
                         (second.unicode() < 0x80 && isTrigger(char(second.unicode())));
    return guarded ? cell.mid(1) : cell;
}

CsvWriter::CsvWriter(QIODevice *device, Options options) : m_device(device), m_options(options)
{
    m_buffer.reserve(FlushAt + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

void CsvWriter::addField(QByteArrayView utf8)
{
    if (m_fieldsInRecord++ > 0)
        m_buffer.append(m_options.delimiter);
    m_lastFieldEmpty = utf8.isEmpty();
    const bool guard = m_options.guardFormulas && FormulaGuard::needsGuard(utf8);
    bool quote = false;
    for (const char c : utf8) {
        if (c == m_options.delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (guard)
            m_buffer.append('\'');
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    if (guard)
        m_buffer.append('\'');
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            m_buffer.append(utf8.sliced(start, i + 1 - start));
            m_buffer.append('"');
            start = i + 1;
        }
    }
    m_buffer.append(utf8.sliced(start));
    m_buffer.append('"');
}

void CsvWriter::endRecord()
{
    // A record of one empty field would be a blank line, which readers skip.
    if (m_fieldsInRecord == 1 && m_lastFieldEmpty)
        m_buffer.append("\"\"");
    m_buffer.append("\r\n");
    m_fieldsInRecord = 0;
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    errno = 0;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_systemError = errno;
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CsvWriter::finish()
{
    return flush();
}

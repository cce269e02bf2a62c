#include "console.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <csignal>
#include <cstdio>

namespace {
volatile std::sig_atomic_t interruptedFlag = 0;
extern "C" void onInterrupt(int)
{
    interruptedFlag = 1;
}
} // namespace

Console::Console() : m_out(stdout), m_err(stderr) {}

void Console::catchInterrupts()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool Console::interrupted()
{
    return interruptedFlag != 0;
}

std::function<bool(qint64, qint64)>
Console::interruptibleProgress(std::function<QString(int, qint64, qint64)> line)
{
    catchInterrupts();
    return [this, line = std::move(line), nextReport = 10](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent >= nextReport && done < total) {
            nextReport = (percent / 10 + 1) * 10;
            m_err << line(percent, done, total) << Qt::endl;
        }
        return !interrupted();
    };
}

int Console::finish(int exitCode)
{
    m_out.flush();
    const bool outputLost =
        m_out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout);
    // A command that failed has said why already.
    if (outputLost && exitCode == Done) {
        const QString reason = m_out.device() ? m_out.device()->errorString() : QString();
        exitCode =
            fail(QCoreApplication::translate("Console", "Cannot write the output to standard "
                                                        "output: %1. It is incomplete.")
                     .arg(reason));
    }
    if (outputLost)
        exitCode = Failed;
    m_err.flush();
    if (m_err.status() != QTextStream::Ok || std::fflush(stderr) != 0 || std::ferror(stderr))
        exitCode = Failed;
    return exitCode;
}

int Console::fail(const QString &message)
{
    m_err << programName() << ": " << message << Qt::endl;
    return Failed;
}

int Console::writeToStandardOutput(const std::function<Status(QIODevice *out)> &write)
{
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Console", "Cannot write to standard output: %1")
                        .arg(out.errorString()));
    if (Status written = write(&out); !written)
        return fail(written.error().text());
    if (!out.flush())
        return fail(QCoreApplication::translate(
                        "Console", "Cannot write the export to standard output: %1. It is "
                                   "incomplete.")
                        .arg(out.errorString()));
    return Done;
}

int Console::usage(const QString &message)
{
    m_err << programName() << ": " << message << '\n'
          << QCoreApplication::translate("Console", "Try '%1 --help' for more information.")
                 .arg(programName())
          << Qt::endl;
    return Usage;
}

std::optional<char> Console::delimiterNamed(const QString &name)
{
    if (name == QLatin1String("comma") || name == QLatin1String(","))
        return ',';
    if (name == QLatin1String("semicolon") || name == QLatin1String(";"))
        return ';';
    if (name == QLatin1String("tab") || name == QLatin1String("\t"))
        return '\t';
    return std::nullopt;
}

void Console::table(const QStringList &headers, const QList<QStringList> &rows,
                    const QString &whenEmpty)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto print = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i];
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1); // an empty last column
        m_out << line << '\n';
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
    m_out.flush();
    if (rows.isEmpty() && !whenEmpty.isEmpty())
        m_err << whenEmpty << '\n';
}

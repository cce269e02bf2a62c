#pragma once

#include <QList>
#include <QString>

class QIODevice;
#include <QStringList>
#include <QTextStream>

#include "domain/result.h"

#include <functional>
#include <optional>

// Where the command line writes: results to stdout, messages and progress to stderr, with the
// exit codes that go with them.
class Console
{
public:
    // Exit codes: the work is done; the work failed; the command line was wrong.
    static constexpr int Done = 0;
    static constexpr int Failed = 1;
    static constexpr int Usage = 2;

    static QString programName() { return QStringLiteral("admissions-desk-cli"); }

    Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The exit code once everything written has reached stdout and stderr: a command whose
    // output was lost (a full disk, a closed pipe) has failed, whatever it returned.
    int finish(int exitCode);

    // "admissions-desk-cli: message" on stderr; returns Failed.
    int fail(const QString &message);
    // The message and a pointer to --help on stderr; returns Usage.
    int usage(const QString &message);

    // Streams an export to stdout through `write` (which says why it failed, if it did), after
    // everything out() holds; Done, or Failed with the reason when it or stdout failed: an
    // export cut short says that it is incomplete.
    int writeToStandardOutput(const std::function<Status(QIODevice *out)> &write);

    // From now on Ctrl+C and SIGTERM only set a flag, which long work polls to stop cleanly
    // (a file being written is thrown away, a transaction rolls back).
    static void catchInterrupts();
    static bool interrupted();
    // For long work that Ctrl+C may stop: catches interrupts (catchInterrupts()) and returns the
    // work's progress callback, which puts `line(percent, done, total)` on stderr at every ten
    // percent short of the end, and returns false (stop) once interrupted.
    std::function<bool(qint64 done, qint64 total)>
    interruptibleProgress(std::function<QString(int percent, qint64 done, qint64 total)> line);

    // A CSV delimiter by its name on the command line: comma, semicolon or tab (or the
    // character itself).
    static std::optional<char> delimiterNamed(const QString &name);

    // Columns left-aligned and padded to the widest cell, two spaces apart. Without rows,
    // `whenEmpty` (what to do next) goes to standard error: the output stays a bare table.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QString &whenEmpty = QString());

private:
    QTextStream m_out;
    QTextStream m_err;
};

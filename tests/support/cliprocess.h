#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QVariant>

// What one run of a command-line program left: its exit code and what it printed.
struct CliRun
{
    int exitCode = -1; // -1: it did not finish normally
    QString out;
    QString err;

    // For a failing check's message.
    QString describe() const;
};

// Runs the command-line program as a script on a fresh machine would: no display, no login
// variables but USER=tester, and HOME with the XDG folders inside `home`, so that nothing reads
// or writes the real user's files or settings.
namespace CliProcess {
QProcessEnvironment environment(const QString &home);
// Starts the process in a session of its own, with no terminal: a command that would ask for a
// password on the terminal refuses instead, as it does in CI, even when the tests run in one.
void detachFromTerminal(QProcess &process);
// The first column of the first row of `sql` in the file at `path`, read through a connection
// of its own that is closed again (a null QVariant on an error): what a command left behind.
QVariant scalarIn(const QString &path, const QString &sql);
// Writes `secret` and a newline to the file at `path`, with these permissions (a password
// or token file as a person prepares one); its path, or empty when it could not be written.
QString secretFile(const QString &path, const QString &secret,
                   QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner);
// Waits for a started process and collects what it left.
CliRun finish(QProcess &process, int timeoutMs = 120000);
// Runs `program` with `arguments` as a script would (environment(home), detached from the
// terminal) and waits for it.
CliRun run(const QString &program, const QString &home, const QStringList &arguments);

// A new desk file: the arguments that act as its administrator "boss" and as its read-only
// "reader" (--db and each one's access token, in files in `home`), or the step that failed.
struct Desk
{
    QStringList boss;
    QStringList reader;
    QString failure; // empty: made
};
Desk deskWithBossAndReader(const QString &program, const QString &home, const QString &db);
} // namespace CliProcess

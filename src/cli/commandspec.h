#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Invocation;

// One command of the command line: its words, arguments, options and what runs it.
struct CommandSpec
{
    QStringList words;      // e.g. {"status", "set"}
    QString argumentSyntax; // e.g. "APPLICATION STATUS"
    int minArguments = 0;
    int maxArguments = 0;
    QString summary;     // one line for the command list
    QString description; // for the command's --help
    QList<QCommandLineOption> options;
    enum class Access
    {
        // Makes a database: creates a missing file, then as Writes.
        Creates,
        // The file must exist. It is checked whole (PRAGMA quick_check) and expired offers are
        // released before the command runs.
        Writes,
        // The file must exist, and is read as it is: no whole-file check (seconds on a large
        // file; SQLite still refuses a damaged page it reads) and nothing written, not even
        // expired offers (Database::Mode::ReadOnly).
        ReadsAsIs
    };
    Access access = Access::Writes;
    std::function<int(Invocation &)> run;
};

#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct Invocation;

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
    // Whether expired offers are released before the command runs (not for check, which
    // must report the file as it is).
    bool releasesExpiredOffers = true;
    std::function<int(Invocation &)> run;
};

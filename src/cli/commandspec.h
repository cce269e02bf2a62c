#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class Invocation;

// One command of the command line: its words, arguments, options and what runs it. A group's
// table makes each command in one expression:
//   CommandSpec({QStringLiteral("cohort"), QStringLiteral("set-capacity")},
//               &CohortCommands::setCapacity, tr("Change …"), tr("Sets …"))
//       .takes(QStringLiteral("NAME SEATS"), 2)
struct CommandSpec
{
    // How a command opens the file. None reads it whole on opening, which is `check`'s work:
    // the file is recognised (Database::Check::Later), and SQLite fails any statement that
    // meets a damaged page, with the transaction around it.
    enum class Access
    {
        // Makes a database: creates a missing file, then as Writes.
        Creates,
        // The file must exist. Expired offers are released and cohorts follow their dates
        // before the command runs.
        Writes,
        // The file must exist, and is read as it is: nothing written, not even expired offers
        // (Database::Mode::ReadOnly).
        ReadsAsIs
    };
    // What runs a command, returning the exit code (Console::Done, Failed or Usage).
    using Handler = int(Invocation &);

    // A command with no arguments and no options that writes (Access::Writes); the calls below
    // change that.
    CommandSpec(QStringList commandWords, Handler *handler, QString oneLine, QString help)
        : words(std::move(commandWords)), summary(std::move(oneLine)), description(std::move(help)),
          run(handler)
    {
    }
    // Exactly `count` arguments, shown as `syntax`.
    CommandSpec &takes(QString syntax, int count)
    {
        argumentSyntax = std::move(syntax);
        minArguments = maxArguments = count;
        return *this;
    }
    // These options too, after those given before.
    CommandSpec &with(const QList<QCommandLineOption> &moreOptions)
    {
        options << moreOptions;
        return *this;
    }
    CommandSpec &withAccess(Access how)
    {
        access = how;
        return *this;
    }

    QStringList words;      // e.g. {"status", "set"}
    QString argumentSyntax; // e.g. "APPLICATION STATUS"
    int minArguments = 0;
    int maxArguments = 0;
    QString summary;     // one line for the command list
    QString description; // for the command's --help
    QList<QCommandLineOption> options;
    Access access = Access::Writes;
    std::function<Handler> run;
};

#pragma once

#include "commandspec.h"
#include "console.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Parses the command line, opens the database and runs one command. Global options (--db,
// --as, --help, --version) may stand before or after the command's words.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CommandLine(QStringList arguments);

    // The exit code: Console::Done, Failed or Usage.
    int run();

private:
    int dispatch();
    QStringList commandWords() const;
    const CommandSpec *find(const QStringList &words) const;
    // Whether a global option, as written (--db), takes the next argument as its value.
    bool takesValue(const QString &argument) const;
    int runCommand(const CommandSpec &command);
    QString generalHelp() const;
    QString commandHelp(const CommandSpec &command) const;
    static QString optionTable(const QList<QCommandLineOption> &options);

    QStringList m_arguments;
    QList<CommandSpec> m_commands;
    QList<QCommandLineOption> m_globalOptions;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_asOption;
    QCommandLineOption m_tokenFileOption;
    QCommandLineOption m_passwordFileOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    Console m_console;
};

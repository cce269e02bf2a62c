#include "commandline.h"

#include "commandgroups.h"
#include "invocation.h"

#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {
bool isOption(const QString &argument)
{
    return argument.startsWith(QLatin1Char('-')) && argument.size() > 1;
}
} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments)),
      m_dbOption(QStringLiteral("db"),
                 tr("The database file (default: %1).")
                     .arg(QDir::toNativeSeparators(Database::defaultPath())),
                 QStringLiteral("PATH")),
      m_asOption(QStringLiteral("as"),
                 tr("Sign in as this staff user: their password is asked on the terminal. "
                    "Without --as or a token, a desk with no passwords yet acts as your "
                    "operating-system account."),
                 QStringLiteral("USERNAME")),
      m_tokenFileOption(QStringLiteral("token-file"),
                        tr("Sign in with the personal access token in FILE (readable by you "
                           "alone), or set %1. See staff token.")
                            .arg(QString::fromLatin1(SignIn::TokenVariable)),
                        QStringLiteral("FILE")),
      m_passwordFileOption(QStringLiteral("password-file"),
                           tr("For scripts that set a desk up: the password of --as in FILE "
                              "(readable by you alone)."),
                           QStringLiteral("FILE")),
      m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                   tr("Show help and exit.")),
      m_versionOption(QStringLiteral("version"), tr("Show the version and exit."))
{
    m_globalOptions = {m_dbOption,           m_asOption,   m_tokenFileOption,
                       m_passwordFileOption, m_helpOption, m_versionOption};
    m_commands << CommandGroups::database() << CommandGroups::audit() << CommandGroups::applicants()
               << CommandGroups::privacy() << CommandGroups::status() << CommandGroups::offers()
               << CommandGroups::interviews()
               << CommandGroups::cohorts() << CommandGroups::payments()
               << CommandGroups::guarantee() << CommandGroups::settings()
               << CommandGroups::mentors() << CommandGroups::mentoring() << CommandGroups::exports()
               << CommandGroups::reports()
               << CommandGroups::imports() << CommandGroups::backups() << CommandGroups::staff();
}

// The command's words: the first argument that is not an option, and the next ones while the
// words so far begin a longer command (applicant add, status set, mentor call log). Only the
// global options taking a value may stand before them.
QStringList CommandLine::commandWords() const
{
    QStringList words;
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &argument = m_arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (isOption(argument)) {
            if (takesValue(argument))
                ++i;
            continue;
        }
        words << argument;
        // "backup -o FILE": a command that is also a group's name takes FILE as an argument.
        if (words.size() >= 2 && !find(words) && find(words.first(words.size() - 1))) {
            words.removeLast();
            break;
        }
        // Words go on while they begin a longer command ("mentor call log").
        bool longer = false;
        for (const CommandSpec &command : m_commands)
            longer = longer || (command.words.size() > words.size() &&
                                command.words.first(words.size()) == words);
        if (!longer)
            break;
    }
    return words;
}

bool CommandLine::takesValue(const QString &argument) const
{
    for (const QCommandLineOption &option : m_globalOptions) {
        if (!option.valueName().isEmpty() &&
            option.names().contains(argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1)))
            return true;
    }
    return false;
}

const CommandSpec *CommandLine::find(const QStringList &words) const
{
    for (const CommandSpec &command : m_commands) {
        if (command.words == words)
            return &command;
    }
    return nullptr;
}

int CommandLine::run()
{
    return m_console.finish(dispatch());
}

int CommandLine::dispatch()
{
    const QStringList words = commandWords();
    if (const CommandSpec *command = find(words))
        return runCommand(*command);

    QCommandLineParser parser;
    parser.addOptions(m_globalOptions);
    if (!parser.parse(m_arguments))
        return m_console.usage(parser.errorText());
    if (parser.isSet(m_versionOption)) {
        m_console.out() << Console::programName() << ' ' << QCoreApplication::applicationVersion()
                        << Qt::endl;
        return Console::Done;
    }
    if (parser.isSet(m_helpOption)) {
        m_console.out() << generalHelp() << Qt::flush;
        return Console::Done;
    }
    if (words.isEmpty())
        return m_console.usage(tr("No command given."));
    QStringList group;
    for (const CommandSpec &command : m_commands) {
        if (command.words.size() > words.size() && command.words.first(words.size()) == words)
            group << command.words.join(QLatin1Char(' '));
    }
    if (!group.isEmpty())
        return m_console.usage(
            tr("'%1' needs a command: %2.")
                .arg(words.join(QLatin1Char(' ')), group.join(QStringLiteral(", "))));
    return m_console.usage(tr("Unknown command '%1'.").arg(words.join(QLatin1Char(' '))));
}

int CommandLine::runCommand(const CommandSpec &command)
{
    QCommandLineParser parser;
    parser.addOptions(m_globalOptions);
    parser.addOptions(command.options);
    if (!parser.parse(m_arguments))
        return m_console.usage(parser.errorText());
    if (parser.isSet(m_helpOption)) {
        m_console.out() << commandHelp(command) << Qt::flush;
        return Console::Done;
    }
    if (parser.isSet(m_versionOption)) {
        m_console.out() << Console::programName() << ' ' << QCoreApplication::applicationVersion()
                        << Qt::endl;
        return Console::Done;
    }
    const QStringList arguments = parser.positionalArguments().mid(command.words.size());
    const QString name = command.words.join(QLatin1Char(' '));
    if (arguments.size() < command.minArguments)
        return m_console.usage(tr("'%1' needs %2.").arg(name, command.argumentSyntax));
    if (arguments.size() > command.maxArguments)
        return m_console.usage(tr("'%1' does not take the argument '%2'.")
                                   .arg(name, arguments.value(command.maxArguments)));

    const QString path =
        parser.isSet(m_dbOption) ? parser.value(m_dbOption) : Database::defaultPath();
    if (path.isEmpty())
        return m_console.usage(tr("--db needs a file name."));
    const Credentials::Given credentials{parser.value(m_asOption), parser.value(m_tokenFileOption),
                                         parser.value(m_passwordFileOption)};
    Invocation invocation(parser, arguments, m_console, path, credentials, command.access);
    return command.run(invocation);
}

QString CommandLine::optionTable(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        width = std::max(width, left.size());
        rows.append({left, option.description()});
    }
    QString text;
    for (const auto &[left, description] : rows)
        text += QStringLiteral("  ") + left.leftJustified(width) + QStringLiteral("  ") +
                description + QLatin1Char('\n');
    return text;
}

QString CommandLine::generalHelp() const
{
    QString text = tr("Usage: %1 [--db PATH] [--as USERNAME] COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                      "The command-line twin of Admissions Desk, for scripts and reporting "
                      "jobs. Staff sign in: with --as and their password on a terminal, or with "
                      "a personal access token (--token-file).\n\nCommands:\n")
                       .arg(Console::programName());
    qsizetype width = 0;
    for (const CommandSpec &command : m_commands)
        width = std::max(width, command.words.join(QLatin1Char(' ')).size());
    for (const CommandSpec &command : m_commands)
        text += QStringLiteral("  ") + command.words.join(QLatin1Char(' ')).leftJustified(width) +
                QStringLiteral("  ") + command.summary + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') +
            optionTable(m_globalOptions) + QLatin1Char('\n') +
            tr("Run '%1 COMMAND --help' for the options of a command.\n"
               "Exit status: 0 done, 1 the work failed, 2 wrong usage.\n")
                .arg(Console::programName());
    return text;
}

QString CommandLine::commandHelp(const CommandSpec &command) const
{
    QString usage = Console::programName() + QStringLiteral(" [global options] ") +
                    command.words.join(QLatin1Char(' '));
    if (!command.argumentSyntax.isEmpty())
        usage += QLatin1Char(' ') + command.argumentSyntax;
    if (!command.options.isEmpty())
        usage += QStringLiteral(" [options]");
    QString text = tr("Usage: %1").arg(usage) + QStringLiteral("\n\n") + command.description +
                   QStringLiteral("\n\n");
    if (!command.options.isEmpty())
        text +=
            tr("Options:") + QLatin1Char('\n') + optionTable(command.options) + QLatin1Char('\n');
    text += tr("Global options:") + QLatin1Char('\n') + optionTable(m_globalOptions);
    return text;
}

#pragma once

#include "commandspec.h"
#include "credentials.h"
#include "db/database.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

class Console;

// What a command works with: its parsed options and arguments, the console, who is acting,
// and the database, which the command opens once its arguments are known to be right (so
// that a wrong command line never creates or changes a file).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    Invocation(const QCommandLineParser &parser, QStringList arguments, Console &console,
               QString databasePath, Credentials::Given credentials, CommandSpec::Access access);

    const QCommandLineParser &parser() const { return m_parser; }
    const QStringList &arguments() const { return m_arguments; }
    Console &console() { return m_console; }
    // The database file named on the command line, for commands that open it their own way.
    const QString &databasePath() const { return m_databasePath; }

    // The value of `option` as a whole number of at least `minimum`; nothing once the usage
    // error naming the option is on stderr (the command returns Console::Usage).
    std::optional<int> wholeNumber(const QString &option, int minimum);
    // Argument `index` as a record's id (a whole number from 1); nothing once `refusal`, with
    // the argument quoted as its %1, is on stderr as a usage error.
    std::optional<qint64> idArgument(int index, const QString &refusal);
    // The option's YYYY-MM-DD date; an invalid date when the option is not given; nothing once
    // the usage error naming the option is on stderr.
    std::optional<QDate> date(const QString &option);

    // Opens, creates or upgrades the file; then, for a command that writes, releases offers
    // whose hold has ended (StatusService::releaseExpiredOffers) and moves cohorts along their
    // dates (CohortStateService::followDates). See CommandSpec::Access. False
    // once the reason it failed is on stderr (Console::fail): the command returns
    // Console::Failed.
    [[nodiscard]] bool openDatabase();
    // openDatabase(), then the staff user the command acts as (Credentials::signIn), for commands
    // that write; nothing once the reason it failed is on stderr.
    std::optional<Actor> openAsActor();
    // Signs in on the file at `path` through a connection of its own, closed again, for a
    // command that must not hold the database open (restore); nothing once the reason it failed
    // is on stderr.
    std::optional<Actor> signInTo(const QString &path, Database::Mode mode);
    Database &database() { return m_database; }
    // Whether the command may write its output (-o FILE) to `path`: not over the database, one
    // of its companions or any other SQLite file (OutputTarget). Asked before the file is opened
    // and before anyone signs in, so that a command refused for its output leaves the database
    // exactly as it was (a sign-in is a record in its audit trail). False once the reason is on
    // stderr: the command returns Console::Failed.
    [[nodiscard]] bool outputAllowed(const QString &path);

private:
    Status open();
    // The actor, or nothing once the error is on stderr.
    std::optional<Actor> reported(const Result<SignIn::SignedIn> &signedIn);

    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    Console &m_console;
    QString m_databasePath;
    Credentials::Given m_credentials;
    CommandSpec::Access m_access;
    Database m_database;
};

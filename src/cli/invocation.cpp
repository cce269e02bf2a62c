#include "invocation.h"

#include "console.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "files/outputtarget.h"
#include "services/cohortstateservice.h"
#include "services/statusservice.h"

#include <QDir>
#include <QFileInfo>

Invocation::Invocation(const QCommandLineParser &parser, QStringList arguments, Console &console,
                       QString databasePath, Credentials::Given credentials,
                       CommandSpec::Access access)
    : m_parser(parser), m_arguments(std::move(arguments)), m_console(console),
      m_databasePath(std::move(databasePath)), m_credentials(std::move(credentials)),
      m_access(access)
{
}

std::optional<int> Invocation::wholeNumber(const QString &option, int minimum)
{
    bool ok = false;
    const QString text = m_parser.value(option);
    const int n = text.toInt(&ok);
    if (ok && n >= minimum)
        return n;
    m_console.usage(tr("--%1 must be a whole number of at least %2, not '%3'.")
                        .arg(option)
                        .arg(minimum)
                        .arg(Validation::quoted(text)));
    return std::nullopt;
}

std::optional<qint64> Invocation::idArgument(int index, const QString &refusal)
{
    bool ok = false;
    const QString &text = m_arguments.at(index);
    const qint64 id = text.toLongLong(&ok);
    if (ok && id >= 1)
        return id;
    m_console.usage(refusal.arg(Validation::quoted(text)));
    return std::nullopt;
}

std::optional<QDate> Invocation::date(const QString &option)
{
    if (!m_parser.isSet(option))
        return QDate();
    const QString text = m_parser.value(option).trimmed();
    const QDate day = Timestamp::parseDate(text);
    if (!day.isValid()) {
        m_console.usage(tr("--%1 must be a date such as 2027-03-01, not '%2'.")
                            .arg(option, Validation::quoted(text)));
        return std::nullopt;
    }
    return day;
}

Status Invocation::open()
{
    // A script's log should say why this one run takes a minute.
    if (Database::needsUpgrade(m_databasePath)) {
        m_console.err() << tr("Upgrading %1 to schema version %2: this happens once and can "
                              "take a minute on a large file.")
                               .arg(QDir::toNativeSeparators(m_databasePath))
                               .arg(Database::latestSchemaVersion())
                        << Qt::endl;
    }
    const bool writes = m_access != CommandSpec::Access::ReadsAsIs;
    const Database::Mode mode = m_access == CommandSpec::Access::Creates
                                    ? Database::Mode::CreateIfMissing
                                : writes ? Database::Mode::Existing
                                         : Database::Mode::ReadOnly;
    // The file is recognised, not read whole: that is `check`'s work (seconds on a large
    // file). A damaged page a command meets fails its statement, and the transaction with it.
    if (Status opened = m_database.open(m_databasePath, Database::Check::Later, mode); !opened)
        return opened;
    if (!writes)
        return {};
    const auto released =
        StatusService(m_database.connectionName(), Actor::desk()).releaseExpiredOffers();
    if (!released)
        return released.error();
    const auto followed =
        CohortStateService(m_database.connectionName(), Actor::desk()).followDates();
    if (!followed)
        return followed.error();
    return {};
}

bool Invocation::openDatabase()
{
    const Status opened = open();
    if (!opened)
        m_console.fail(opened.error().text());
    return opened.ok();
}

bool Invocation::outputAllowed(const QString &path)
{
    // SQLite opens a database named through a symbolic link as the file it points to, with the
    // -wal and -shm beside that file: the output is checked against the same.
    const QFileInfo database(m_databasePath);
    const QString opened = database.exists() ? database.canonicalFilePath() : m_databasePath;
    const Status allowed = OutputTarget::check(path, opened);
    if (!allowed)
        m_console.fail(allowed.error().text());
    return allowed.ok();
}

std::optional<Actor> Invocation::openAsActor()
{
    if (!openDatabase())
        return std::nullopt;
    if (m_access != CommandSpec::Access::ReadsAsIs)
        return reported(Credentials::signIn(m_database.connectionName(), m_credentials));
    // A failed password is counted in the file, and a one-person desk's first command makes its
    // account: signing in writes, even for a command that only reads, unless the file cannot be
    // written (a token, or an account that exists, still signs in on it).
    Database writable(Database::uniqueConnectionName(QStringLiteral("sign-in")));
    const bool canWrite =
        writable.open(m_databasePath, Database::Check::Later, Database::Mode::Existing).ok();
    return reported(Credentials::signIn(
        canWrite ? writable.connectionName() : m_database.connectionName(), m_credentials));
}

std::optional<Actor> Invocation::signInTo(const QString &path, Database::Mode mode)
{
    Database database(Database::uniqueConnectionName(QStringLiteral("sign-in")));
    if (Status opened = database.open(path, Database::Check::Later, mode); !opened)
        return reported(opened.error());
    return reported(Credentials::signIn(database.connectionName(), m_credentials));
}

std::optional<Actor> Invocation::reported(const Result<SignIn::SignedIn> &signedIn)
{
    if (!signedIn) {
        m_console.fail(signedIn.error().text());
        return std::nullopt;
    }
    return signedIn->actor;
}

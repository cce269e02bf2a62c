#include "invocation.h"

#include "console.h"
#include "services/localstaff.h"
#include "services/statusservice.h"

#include <QDir>

Invocation::Invocation(const QCommandLineParser &parser, QStringList arguments, Console &console,
                       QString databasePath, QString actingUser, CommandSpec::Access access)
    : m_parser(parser), m_arguments(std::move(arguments)), m_console(console),
      m_databasePath(std::move(databasePath)), m_actingUser(std::move(actingUser)), m_access(access)
{
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
    if (Status opened = m_database.open(
            m_databasePath, writes ? Database::Check::OnOpen : Database::Check::Later, mode);
        !opened)
        return opened;
    if (!writes)
        return {};
    const auto released =
        StatusService(m_database.connectionName(), Actor::desk()).releaseExpiredOffers();
    if (!released)
        return released.error();
    return {};
}

bool Invocation::openDatabase()
{
    const Status opened = open();
    if (!opened)
        m_console.fail(opened.error().text());
    return opened.ok();
}

std::optional<Actor> Invocation::openAsActor()
{
    if (!openDatabase())
        return std::nullopt;
    const auto actor = LocalStaff::actor(m_database.connectionName(), m_actingUser);
    if (!actor)
        m_console.fail(actor.error().text());
    return actor ? std::optional<Actor>(actor.value()) : std::nullopt;
}

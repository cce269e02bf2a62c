#include "invocation.h"

#include "localstaff.h"
#include "statusservice.h"

Invocation::Invocation(const QCommandLineParser &parser, QStringList arguments, Console &console,
                       QString databasePath, QString actingUser, bool releasesExpiredOffers)
    : m_parser(parser), m_arguments(std::move(arguments)), m_console(console),
      m_databasePath(std::move(databasePath)), m_actingUser(std::move(actingUser)),
      m_releasesExpiredOffers(releasesExpiredOffers)
{
}

Status Invocation::openDatabase()
{
    if (Status opened = m_database.open(m_databasePath); !opened)
        return opened;
    if (!m_releasesExpiredOffers)
        return {};
    const auto released =
        StatusService(m_database.connectionName(), Actor::desk()).releaseExpiredOffers();
    if (!released)
        return released.error();
    return {};
}

Result<Actor> Invocation::openAsActor()
{
    if (Status opened = openDatabase(); !opened)
        return opened.error();
    return LocalStaff::actor(m_database.connectionName(), m_actingUser);
}

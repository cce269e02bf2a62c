#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "services/desksettingsservice.h"
#include "services/offernoticeservice.h"

#include <QCoreApplication>

namespace {
const QString AllOption = QStringLiteral("all");

// The group's table and what runs each command: static members, for the tr() context.
struct OfferCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler list, sent;
    Q_DECLARE_TR_FUNCTIONS(OfferCommands)
};
} // namespace

QList<CommandSpec> OfferCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("offer"), QStringLiteral("list")}, &OfferCommands::list,
                    tr("List the offers still to send to applicants."),
                    tr("Prints the offers that nobody has recorded as sent yet, the soonest to "
                       "expire first: those of your applications and of applications nobody "
                       "owns, or everyone's with --all. Most offers are made by the desk itself "
                       "(a seat free at qualification, a seat released to the waitlist); the seat "
                       "is held from the offer, so send it soon."))
            .with({QCommandLineOption(AllOption, tr("Everyone's offers, not only yours."))})
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("offer"), QStringLiteral("sent")}, &OfferCommands::sent,
                    tr("Record that an application's offer was sent."),
                    tr("Records that the current offer of application APPLICATION (its id) was "
                       "sent to the applicant now, by you. The record is kept with the offer and "
                       "in the audit trail."))
            .takes(QStringLiteral("APPLICATION"), 1),
    };
}

int OfferCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto calendar = DeskSettingsService(connection, actor.value()).calendar();
    if (!calendar)
        return console.fail(calendar.error().text());
    const auto offers =
        OfferNoticeService(connection, actor.value())
            .toSend(invocation.parser().isSet(AllOption) ? OfferNoticeService::Scope::Everyone
                                                         : OfferNoticeService::Scope::Mine);
    if (!offers)
        return console.fail(offers.error().text());
    QList<QStringList> rows;
    for (const CurrentOffer &offer : offers.value())
        rows << QStringList{
            QString::number(offer.applicationId),
            Validation::printable(offer.applicantName),
            Validation::printable(offer.cohortName),
            Timestamp::formatDate(calendar->dayOf(offer.offeredAt)),
            Timestamp::formatDate(OfferText::lastDay(offer.expiresAt, calendar->timeZone())),
            Validation::printable(offer.ownerName),
            Validation::printable(offer.madeByDesk() ? offer.cause : tr("by a person"))};
    console.table({tr("Application"), tr("Applicant"), tr("Cohort"), tr("Offered on"),
                   tr("Held until"), tr("Owner"), tr("Why")},
                  rows, tr("No offer is waiting to be sent."));
    return Console::Done;
}

int OfferCommands::sent(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto id = invocation.idArgument(
        0, tr("APPLICATION must be an application id (a whole number), not '%1'."));
    if (!id)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto marked = OfferNoticeService(connection, actor.value()).markSent(*id);
    if (!marked)
        return console.fail(marked.error().text());
    const auto calendar = DeskSettingsService(connection, actor.value()).calendar();
    if (!calendar)
        return console.fail(calendar.error().text());
    console.out() << tr("The offer to application %1 is recorded as sent; the seat is %2.")
                         .arg(*id)
                         .arg(OfferText::hold(marked->expiresAt, calendar.value()))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::offers()
{
    return OfferCommands::commands();
}

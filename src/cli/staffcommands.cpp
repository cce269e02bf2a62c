#include "commandgroups.h"

#include "console.h"
#include "credentials.h"
#include "invocation.h"

#include "domain/timestamp.h"
#include "domain/validation.h"
#include "files/privatefile.h"
#include "services/staffservice.h"

#include <QCoreApplication>
#include <QDir>

namespace {
const QString RoleOption = QStringLiteral("role");
const QString DisplayNameOption = QStringLiteral("display-name");
const QString NewPasswordFileOption = QStringLiteral("new-password-file");
const QString ForOption = QStringLiteral("for");
const QString OutputOption = QStringLiteral("output");
const QString AllOption = QStringLiteral("all");

// The group's table and what runs each command: static members, for the tr() context.
struct StaffCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler list, add, setRole, deactivate, activate, resetPassword,
        createToken, listTokens, revokeToken;
    // The signed-in actor and the staff user named by argument `index`; nothing once the reason
    // is on stderr.
    struct Target
    {
        Actor actor;
        StaffUser user;
    };
    static std::optional<Target> target(Invocation &invocation, int index = 0);
    // The staff user named `username`; nothing once the reason is on stderr.
    static std::optional<StaffUser> userNamed(Invocation &invocation, const Actor &actor,
                                              const QString &username);
    static int setActive(Invocation &invocation, bool active);
    static QString stateOf(const StaffUser &user);
    static int writeToken(Invocation &invocation, const QString &path, const QString &token);
    Q_DECLARE_TR_FUNCTIONS(StaffCommands)
};

QCommandLineOption newPasswordFileOption()
{
    return QCommandLineOption(
        NewPasswordFileOption,
        QCoreApplication::translate("StaffCommands",
                                    "Read the new password from FILE (readable by you alone) "
                                    "instead of asking twice on the terminal."),
        QStringLiteral("FILE"));
}

std::optional<StaffRole> roleNamed(Console &console, const QString &name)
{
    const auto role = StaffRoles::fromMachineName(name);
    if (!role)
        console.usage(QCoreApplication::translate("StaffCommands",
                                                  "Unknown role '%1'. The roles are: %2.")
                          .arg(name, StaffRoles::machineNameList()));
    return role;
}
} // namespace

QList<CommandSpec> StaffCommands::commands()
{
    const QStringList staff{QStringLiteral("staff")};
    const QString roles = StaffRoles::machineNameList();
    return {
        CommandSpec(staff + QStringList{QStringLiteral("list")}, &StaffCommands::list,
                    tr("List the staff users, their roles and whether they can sign in."),
                    tr("Prints every staff user by username: display name, role, and state "
                       "(active, deactivated, or without a password, who cannot sign in until "
                       "an administrator gives them one)."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(staff + QStringList{QStringLiteral("add")}, &StaffCommands::add,
                    tr("Add a staff user (administrators only)."),
                    tr("Adds the staff user USERNAME with a role and a password, asked twice on "
                       "the terminal or read from --new-password-file."))
            .takes(QStringLiteral("USERNAME"), 1)
            .with({QCommandLineOption(RoleOption, tr("%1 (default admissions_officer).").arg(roles),
                                      QStringLiteral("ROLE"),
                                      QStringLiteral("admissions_officer")),
                   QCommandLineOption(DisplayNameOption,
                                      tr("The name the window shows (default: the username)."),
                                      QStringLiteral("NAME")),
                   newPasswordFileOption()}),
        CommandSpec(staff + QStringList{QStringLiteral("set-role")}, &StaffCommands::setRole,
                    tr("Change a staff user's role (administrators only)."),
                    tr("Gives USERNAME the role ROLE, one of: %1. The last active administrator "
                       "keeps their role.")
                        .arg(roles))
            .takes(QStringLiteral("USERNAME ROLE"), 2),
        CommandSpec(staff + QStringList{QStringLiteral("deactivate")}, &StaffCommands::deactivate,
                    tr("Stop a staff user from signing in (administrators only)."),
                    tr("Deactivates USERNAME: they cannot sign in, and their access tokens stop "
                       "working. Their history stays. The last active administrator cannot be "
                       "deactivated."))
            .takes(QStringLiteral("USERNAME"), 1),
        CommandSpec(staff + QStringList{QStringLiteral("activate")}, &StaffCommands::activate,
                    tr("Let a deactivated staff user sign in again (administrators only)."),
                    tr("Activates USERNAME again."))
            .takes(QStringLiteral("USERNAME"), 1),
        CommandSpec(staff + QStringList{QStringLiteral("reset-password")},
                    &StaffCommands::resetPassword,
                    tr("Give a staff user a new password (administrators only)."),
                    tr("Sets a new password for USERNAME, asked twice on the terminal or read "
                       "from --new-password-file. It also ends the wait after failed sign-ins."))
            .takes(QStringLiteral("USERNAME"), 1)
            .with({newPasswordFileOption()}),
        CommandSpec(staff + QStringList{QStringLiteral("token")}, &StaffCommands::createToken,
                    tr("Make a personal access token for scripts."),
                    tr("Makes a personal access token named NAME (what uses it, such as "
                       "nightly-export) and prints it once; only its digest is kept. A script "
                       "signs in with it through --token-file FILE or the %1 variable. The "
                       "token acts as its owner, never with more than the owner's role, and "
                       "with less when --role says so.")
                        .arg(QString::fromLatin1(SignIn::TokenVariable)))
            .takes(QStringLiteral("NAME"), 1)
            .with({QCommandLineOption(ForOption,
                                      tr("Whose token (administrators only; default: yours)."),
                                      QStringLiteral("USERNAME")),
                   QCommandLineOption(RoleOption, tr("The most the token may do: %1.").arg(roles),
                                      QStringLiteral("ROLE")),
                   QCommandLineOption({QStringLiteral("o"), OutputOption},
                                      tr("Write the token to FILE, readable by you alone, "
                                         "instead of printing it."),
                                      QStringLiteral("FILE"))}),
        CommandSpec(staff + QStringList{QStringLiteral("tokens")}, &StaffCommands::listTokens,
                    tr("List personal access tokens."),
                    tr("Prints your tokens (or everyone's, for an administrator with --all): "
                       "id, owner, name, role limit, when made and when revoked. Never the "
                       "tokens themselves."))
            .with({QCommandLineOption(AllOption, tr("Everyone's tokens (administrators only)."))})
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(staff + QStringList{QStringLiteral("revoke-token")},
                    &StaffCommands::revokeToken, tr("Revoke a personal access token."),
                    tr("Revokes the token ID (see staff tokens): it stops working at once."))
            .takes(QStringLiteral("ID"), 1),
    };
}

QString StaffCommands::stateOf(const StaffUser &user)
{
    if (!user.active)
        return tr("deactivated");
    return user.hasPassword ? tr("active") : tr("no password: cannot sign in");
}

int StaffCommands::list(Invocation &invocation)
{
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const auto staff =
        StaffService(invocation.database().connectionName(), actor.value()).list();
    Console &console = invocation.console();
    if (!staff)
        return console.fail(staff.error().text());
    QList<QStringList> rows;
    for (const StaffUser &user : staff.value())
        rows << QStringList{Validation::printable(user.username),
                            Validation::printable(user.displayName),
                            StaffRoles::machineName(user.role), stateOf(user)};
    console.table({tr("USERNAME"), tr("NAME"), tr("ROLE"), tr("STATE")}, rows);
    return Console::Done;
}

std::optional<StaffCommands::Target> StaffCommands::target(Invocation &invocation, int index)
{
    const auto actor = invocation.openAsActor();
    if (!actor)
        return std::nullopt;
    const auto user = userNamed(invocation, actor.value(), invocation.arguments().at(index));
    if (!user)
        return std::nullopt;
    return Target{actor.value(), *user};
}

std::optional<StaffUser> StaffCommands::userNamed(Invocation &invocation, const Actor &actor,
                                                  const QString &username)
{
    const auto user =
        StaffService(invocation.database().connectionName(), actor).findByUsername(username);
    if (!user) {
        invocation.console().fail(user.error().text());
        return std::nullopt;
    }
    if (!user.value())
        invocation.console().fail(
            tr("There is no staff user named %1.").arg(Validation::printable(username)));
    return user.value();
}

int StaffCommands::add(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    const auto role = roleNamed(console, parser.value(RoleOption));
    if (!role)
        return Console::Usage;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    StaffUser user;
    user.username = invocation.arguments().constFirst().trimmed();
    user.displayName = parser.value(DisplayNameOption);
    user.role = *role;
    StaffService staff(invocation.database().connectionName(), actor.value());
    // Refused before a password is asked for: a read-only user is not asked to type one.
    if (const auto existing = staff.findByUsername(user.username); existing && existing.value())
        return console.fail(tr("There is already a staff user named %1.")
                                .arg(Validation::printable(existing.value()->username)));
    const auto password = Credentials::newPassword(parser.value(NewPasswordFileOption),
                                                   user.username);
    if (!password)
        return console.fail(password.error().text());
    const auto id = staff.add(user, password.value());
    if (!id)
        return console.fail(id.error().text());
    console.out() << tr("Staff user %1 added as %2.")
                         .arg(Validation::printable(user.username), StaffRoles::machineName(user.role))
                  << Qt::endl;
    return Console::Done;
}

int StaffCommands::setRole(Invocation &invocation)
{
    Console &console = invocation.console();
    const auto role = roleNamed(console, invocation.arguments().at(1));
    if (!role)
        return Console::Usage;
    const auto target = StaffCommands::target(invocation);
    if (!target)
        return Console::Failed;
    if (Status changed = StaffService(invocation.database().connectionName(), target->actor)
                             .setRole(target->user.id, *role);
        !changed)
        return console.fail(changed.error().text());
    console.out() << tr("%1 is now %2.")
                         .arg(Validation::printable(target->user.username),
                              StaffRoles::machineName(*role))
                  << Qt::endl;
    return Console::Done;
}

int StaffCommands::setActive(Invocation &invocation, bool active)
{
    const auto target = StaffCommands::target(invocation);
    if (!target)
        return Console::Failed;
    Console &console = invocation.console();
    if (Status changed = StaffService(invocation.database().connectionName(), target->actor)
                             .setActive(target->user.id, active);
        !changed)
        return console.fail(changed.error().text());
    const QString name = Validation::printable(target->user.username);
    console.out() << (active ? tr("%1 may sign in again.").arg(name)
                             : tr("%1 is deactivated.").arg(name))
                  << Qt::endl;
    return Console::Done;
}

int StaffCommands::deactivate(Invocation &invocation)
{
    return setActive(invocation, false);
}

int StaffCommands::activate(Invocation &invocation)
{
    return setActive(invocation, true);
}

int StaffCommands::resetPassword(Invocation &invocation)
{
    const auto target = StaffCommands::target(invocation);
    if (!target)
        return Console::Failed;
    Console &console = invocation.console();
    StaffService staff(invocation.database().connectionName(), target->actor);
    const auto password = Credentials::newPassword(
        invocation.parser().value(NewPasswordFileOption), target->user.username);
    if (!password)
        return console.fail(password.error().text());
    if (Status changed = staff.setPassword(target->user.id, password.value()); !changed)
        return console.fail(changed.error().text());
    console.out() << tr("%1 has a new password.").arg(Validation::printable(target->user.username))
                  << Qt::endl;
    return Console::Done;
}

int StaffCommands::writeToken(Invocation &invocation, const QString &path, const QString &token)
{
    Console &console = invocation.console();
    if (Status written = PrivateFile::write(path, token.toLatin1() + '\n',
                                            invocation.database().path());
        !written)
        return console.fail(written.error().text() + QLatin1Char(' ') +
                            tr("The token was not kept: revoke it with staff revoke-token."));
    console.err() << tr("The token is in %1, readable by you alone.")
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return Console::Done;
}

int StaffCommands::createToken(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    std::optional<StaffRole> limit;
    if (parser.isSet(RoleOption)) {
        limit = roleNamed(console, parser.value(RoleOption));
        if (!limit)
            return Console::Usage;
    }
    // Checked before the token is made: a token made but not written would be lost.
    if (parser.isSet(OutputOption) && !invocation.outputAllowed(parser.value(OutputOption)))
        return Console::Failed;
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    StaffService staff(invocation.database().connectionName(), actor.value());
    qint64 owner = 0;
    if (parser.isSet(ForOption)) {
        const auto user = userNamed(invocation, actor.value(), parser.value(ForOption));
        if (!user)
            return Console::Failed;
        owner = user->id;
    }
    const auto made = staff.createToken(owner, invocation.arguments().constFirst(), limit);
    if (!made)
        return console.fail(made.error().text());
    if (parser.isSet(OutputOption))
        return writeToken(invocation, parser.value(OutputOption), made->token);
    console.out() << made->token << Qt::endl;
    console.err() << tr("Shown once: keep it in a file readable by you alone (chmod 600), or in "
                        "a secret store.")
                  << Qt::endl;
    return Console::Done;
}

int StaffCommands::listTokens(Invocation &invocation)
{
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    Console &console = invocation.console();
    const auto tokens = StaffService(invocation.database().connectionName(), actor.value())
                            .tokens(invocation.parser().isSet(AllOption) ? 0 : actor->userId);
    if (!tokens)
        return console.fail(tokens.error().text());
    QList<QStringList> rows;
    for (const AccessTokenInfo &token : tokens.value())
        rows << QStringList{QString::number(token.id), Validation::printable(token.ownerUsername),
                            Validation::printable(token.name),
                            token.roleLimit ? StaffRoles::machineName(*token.roleLimit)
                                            : tr("(owner's)"),
                            Timestamp::format(token.createdAt),
                            token.revokedAt.isValid() ? Timestamp::format(token.revokedAt)
                                                      : QString()};
    console.table({tr("ID"), tr("OWNER"), tr("NAME"), tr("ROLE LIMIT"), tr("MADE"), tr("REVOKED")},
                  rows);
    return Console::Done;
}

int StaffCommands::revokeToken(Invocation &invocation)
{
    Console &console = invocation.console();
    bool ok = false;
    const qint64 id = invocation.arguments().constFirst().toLongLong(&ok);
    if (!ok || id < 1)
        return console.usage(tr("ID must be a token's id (a whole number; see staff tokens), not "
                                "'%1'.")
                                 .arg(invocation.arguments().constFirst()));
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    if (Status revoked =
            StaffService(invocation.database().connectionName(), actor.value()).revokeToken(id);
        !revoked)
        return console.fail(revoked.error().text());
    console.out() << tr("Token %1 revoked.").arg(id) << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::staff()
{
    return StaffCommands::commands();
}

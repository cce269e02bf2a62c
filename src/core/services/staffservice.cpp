#include "services/staffservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "repositories/accesstokenrepository.h"
#include "repositories/staffrepository.h"
#include "security/accesstoken.h"
#include "security/passwordhash.h"
#include "services/authorization.h"

StaffService::StaffService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QList<StaffUser>> StaffService::list() const
{
    return StaffRepository(m_connection).list();
}

Result<std::optional<StaffUser>> StaffService::findByUsername(const QString &username) const
{
    return StaffRepository(m_connection).findByUsername(username);
}

Result<StaffUser> StaffService::existing(qint64 userId) const
{
    const auto found = StaffRepository(m_connection).find(userId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no staff user %1.").arg(userId), {}};
    return *found.value();
}

Result<qint64> StaffService::add(const StaffUser &user, const QString &password)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageStaff);
        !allowed)
        return allowed.error();
    if (user.username.trimmed().isEmpty())
        return Error{tr("A staff user needs a username."), {}};
    const auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    StaffRepository staff(m_connection);
    const auto taken = staff.findByUsername(user.username);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error{tr("There is already a staff user named %1.").arg(taken.value()->username),
                     {}};
    StaffUser added = user;
    if (added.displayName.trimmed().isEmpty())
        added.displayName = added.username;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto id = staff.insert(added, hash.value(), m_clock.now());
    if (!id)
        return id;
    AuditEntry entry(QStringLiteral("create"), QStringLiteral("staff"), id.value());
    entry.newValue = AuditValue::plain(QStringLiteral("username=%1\ndisplay_name=%2\nrole=%3")
                                           .arg(added.username.trimmed(), added.displayName,
                                                StaffRoles::machineName(added.role)));
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status StaffService::writeAndRecord(const AuditEntry &entry, const std::function<Status()> &write)
{
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    if (Status written = write(); !written)
        return written;
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded;
    return transaction.commit();
}

Status StaffService::keepsAnAdministrator(const StaffUser &user, StaffRole newRole,
                                          bool newActive) const
{
    const bool wasCounted =
        user.role == StaffRole::Administrator && user.active && user.hasPassword;
    const bool staysCounted = newRole == StaffRole::Administrator && newActive;
    if (!wasCounted || staysCounted)
        return {};
    const auto administrators = StaffRepository(m_connection).activeAdministrators();
    if (!administrators)
        return administrators.error();
    if (administrators.value() <= 1)
        return Error{tr("%1 is the last active administrator: make another administrator "
                        "first.")
                         .arg(user.username),
                     {}};
    return {};
}

Status StaffService::setRole(qint64 userId, StaffRole role)
{
    return changeAccount(userId, role, std::nullopt);
}

Status StaffService::setActive(qint64 userId, bool active)
{
    return changeAccount(userId, std::nullopt, active);
}

Status StaffService::changeAccount(qint64 userId, std::optional<StaffRole> role,
                                   std::optional<bool> active)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageStaff);
        !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto user = existing(userId);
    if (!user)
        return user.error();
    if (Status kept = keepsAnAdministrator(user.value(), role.value_or(user->role),
                                           active.value_or(user->active));
        !kept)
        return kept;
    StaffRepository staff(m_connection);
    if (Status changed = role ? staff.setRole(userId, *role) : staff.setActive(userId, *active);
        !changed)
        return changed;
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("staff"), userId);
    entry.field = role ? QStringLiteral("role") : QStringLiteral("active");
    entry.oldValue = AuditValue::plain(role ? StaffRoles::machineName(user->role)
                                            : QString::number(int(user->active)));
    entry.newValue =
        AuditValue::plain(role ? StaffRoles::machineName(*role) : QString::number(int(*active)));
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded;
    return transaction.commit();
}

Status StaffService::setPassword(qint64 userId, const QString &password)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageStaff);
        !allowed)
        return allowed;
    if (const auto user = existing(userId); !user)
        return user.error();
    const auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    return writeAndRecord(passwordChange(userId), [&] {
        return StaffRepository(m_connection).setPassword(userId, hash.value());
    });
}

// The password itself, or its hash, is never in the trail: only that it changed.
AuditEntry StaffService::passwordChange(qint64 userId)
{
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("staff"), userId);
    entry.field = QStringLiteral("password");
    return entry;
}

Status StaffService::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    if (const auto role = Authorization::roleOf(m_connection, m_actor); !role)
        return role.error();
    StaffRepository staff(m_connection);
    const auto stored = staff.passwordHash(m_actor.userId);
    if (!stored)
        return stored.error();
    if (!stored.value().isEmpty() && !PasswordHash::verify(stored.value(), currentPassword))
        return Error{tr("The current password is wrong."), {}};
    const auto hash = PasswordHash::hash(newPassword);
    if (!hash)
        return hash.error();
    return writeAndRecord(passwordChange(m_actor.userId),
                          [&] { return staff.setPassword(m_actor.userId, hash.value()); });
}

Status StaffService::mayManageTokensOf(qint64 ownerId) const
{
    return Authorization::require(m_connection, m_actor,
                                  ownerId == m_actor.userId ? Action::ManageOwnTokens
                                                            : Action::ManageStaff);
}

Result<StaffService::NewToken> StaffService::createToken(qint64 ownerId, const QString &name,
                                                         std::optional<StaffRole> roleLimit)
{
    const qint64 owner = ownerId > 0 ? ownerId : m_actor.userId;
    if (Status allowed = mayManageTokensOf(owner); !allowed)
        return allowed.error();
    if (name.trimmed().isEmpty())
        return Error{tr("A token needs a name that says what uses it, such as \"nightly-export\"."),
                     {}};
    // A token made with a token is no stronger than the token that made it.
    if (m_actor.roleLimit != StaffRole::Administrator)
        roleLimit = std::min(roleLimit.value_or(m_actor.roleLimit), m_actor.roleLimit);
    AccessTokenRepository tokens(m_connection);
    const auto live = tokens.list(owner);
    if (!live)
        return live.error();
    for (const AccessTokenInfo &existing : live.value()) {
        if (!existing.revokedAt.isValid() &&
            existing.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error{tr("%1 already has a token named %2: revoke it first, or choose another "
                            "name.")
                             .arg(existing.ownerUsername, existing.name),
                         {}};
    }
    const auto token = AccessToken::generate();
    if (!token)
        return token.error();
    NewToken made;
    made.info.ownerId = owner;
    made.info.name = name.trimmed();
    made.info.roleLimit = roleLimit;
    made.info.createdAt = m_clock.now();
    made.token = token.value();
    AuditEntry entry(QStringLiteral("create_token"), QStringLiteral("staff"), owner);
    entry.note = QStringLiteral("access token \"%1\", role limit %2")
                     .arg(made.info.name,
                          roleLimit ? StaffRoles::machineName(*roleLimit) : QStringLiteral("none"));
    Status written = writeAndRecord(entry, [&]() -> Status {
        const auto id = tokens.insert(made.info, AccessToken::digest(made.token));
        if (!id)
            return id.error();
        made.info.id = id.value();
        return {};
    });
    if (!written)
        return written.error();
    return made;
}

Result<QList<AccessTokenInfo>> StaffService::tokens(qint64 ownerId) const
{
    if (Status allowed = mayManageTokensOf(ownerId > 0 ? ownerId : 0); !allowed)
        return allowed.error();
    return AccessTokenRepository(m_connection).list(ownerId);
}

Status StaffService::revokeToken(qint64 tokenId)
{
    const auto token = AccessTokenRepository(m_connection).find(tokenId);
    if (!token)
        return token.error();
    if (!token.value())
        return Error{tr("There is no access token %1.").arg(tokenId), {}};
    if (Status allowed = mayManageTokensOf(token.value()->ownerId); !allowed)
        return allowed;
    AuditEntry entry(QStringLiteral("revoke_token"), QStringLiteral("staff"),
                     token.value()->ownerId);
    entry.note = QStringLiteral("access token %1 (%2)").arg(tokenId).arg(token.value()->name);
    return writeAndRecord(entry, [&] {
        return AccessTokenRepository(m_connection).revoke(tokenId, m_clock.now());
    });
}

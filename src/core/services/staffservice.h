#pragma once

#include "domain/accesstokeninfo.h"
#include "audit/auditentry.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QCoreApplication>

#include <functional>
#include <QList>
#include <QString>

#include <optional>

// Staff accounts and personal access tokens, managed by administrators. The desk always keeps
// one active administrator who can sign in: the last one cannot be demoted or deactivated.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)

public:
    StaffService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    Result<QList<StaffUser>> list() const;
    Result<std::optional<StaffUser>> findByUsername(const QString &username) const;
    Result<qint64> add(const StaffUser &user, const QString &password);
    Status setRole(qint64 userId, StaffRole role);
    Status setActive(qint64 userId, bool active);
    // An administrator's reset, or a user's own change (which needs the current password).
    Status setPassword(qint64 userId, const QString &password);
    Status changeOwnPassword(const QString &currentPassword, const QString &newPassword);

    struct NewToken
    {
        AccessTokenInfo info;
        QString token; // shown once, stored nowhere
    };
    // A token of `ownerId` (0: the actor's own). Another user's needs Action::ManageStaff.
    Result<NewToken> createToken(qint64 ownerId, const QString &name,
                                 std::optional<StaffRole> roleLimit);
    // The actor's own tokens, or everyone's for an administrator asking with ownerId 0.
    Result<QList<AccessTokenInfo>> tokens(qint64 ownerId) const;
    Status revokeToken(qint64 tokenId);

private:
    Result<StaffUser> existing(qint64 userId) const;
    // setRole() or setActive(): one of the two is given.
    Status changeAccount(qint64 userId, std::optional<StaffRole> role, std::optional<bool> active);
    // Refuses a change that would leave no active administrator who can sign in.
    Status keepsAnAdministrator(const StaffUser &user, StaffRole newRole, bool newActive) const;
    // Action::ManageOwnTokens for the actor's own tokens, Action::ManageStaff for others'.
    Status mayManageTokensOf(qint64 ownerId) const;
    // Runs `write` and records `entry` in one transaction.
    Status writeAndRecord(const AuditEntry &entry, const std::function<Status()> &write);
    static AuditEntry passwordChange(qint64 userId);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};

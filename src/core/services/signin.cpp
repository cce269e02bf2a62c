#include "services/signin.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "repositories/accesstokenrepository.h"
#include "repositories/staffrepository.h"
#include "security/accesstoken.h"
#include "security/passwordhash.h"

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#include <lmcons.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
constexpr qint64 LongestWaitSecs = 15 * 60;

// 1 s after the first failure, doubling, at most LongestWaitSecs (reached after the 11th).
qint64 waitAfter(int failures)
{
    return std::min(LongestWaitSecs, qint64(1) << std::clamp(failures - 1, 0, 10));
}
} // namespace

SignIn::SignIn(QString connectionName, const Clock &clock)
    : m_connection(std::move(connectionName)), m_clock(clock)
{
}

QString SignIn::systemAccountName()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    return GetUserNameW(name, &size) ? QString::fromWCharArray(name) : QString();
#else
    const passwd *account = getpwuid(geteuid());
    return account ? QString::fromLocal8Bit(account->pw_name) : QString();
#endif
}

Result<qint64> SignIn::waitBeforeNextAttempt(const QString &username) const
{
    StaffRepository staff(m_connection);
    const auto user = staff.findByUsername(username);
    if (!user)
        return user.error();
    if (!user.value())
        return qint64(0);
    return secondsToWait(user.value()->id);
}

Result<qint64> SignIn::secondsToWait(qint64 userId) const
{
    const auto throttle = StaffRepository(m_connection).throttle(userId);
    if (!throttle)
        return throttle.error();
    if (!throttle->nextAttemptAt.isValid())
        return qint64(0);
    // Rounded up: 0.9 s left is a second to wait, not none (secsTo() rounds down, which let the
    // attempt right after a first failure through, and told a countdown there was no wait).
    const qint64 msecs = m_clock.now().msecsTo(throttle->nextAttemptAt);
    return msecs > 0 ? (msecs + 999) / 1000 : qint64(0);
}

Result<SignIn::SignedIn> SignIn::withPassword(const QString &username, const QString &password)
{
    const QString wrong = tr("Wrong username or password.");
    StaffRepository staff(m_connection);
    const auto found = staff.findByUsername(username);
    if (!found)
        return found.error();
    if (!found.value()) {
        PasswordHash::spendVerifyTime(password);
        // The name typed is not kept: it may be a password typed in the wrong field.
        if (Status recorded = recordAttempt(Actor{}, QStringLiteral("sign_in_failed"), 0,
                                            QStringLiteral("unknown username"));
            !recorded)
            return recorded.error();
        return Error{wrong, {}};
    }
    const StaffUser &user = *found.value();
    const auto wait = secondsToWait(user.id);
    if (!wait)
        return wait.error();
    if (wait.value() > 0)
        return Error{tr("Too many failed sign-ins for %1: try again in %n second(s).", nullptr,
                        int(wait.value()))
                         .arg(user.username),
                     {}};
    const auto hash = staff.passwordHash(user.id);
    if (!hash)
        return hash.error();
    if (!PasswordHash::verify(hash.value(), password)) {
        if (Status recorded = recordFailure(user, QStringLiteral("wrong password")); !recorded)
            return recorded.error();
        return Error{wrong, {}};
    }
    if (!user.active) {
        if (Status recorded = recordAttempt(Actor{0, user.username},
                                            QStringLiteral("sign_in_failed"), user.id,
                                            QStringLiteral("deactivated"));
            !recorded)
            return recorded.error();
        return Error{tr("The staff user %1 is deactivated.").arg(user.username), {}};
    }
    if (Status cleared = staff.setThrottle(user.id, {}); !cleared)
        return cleared.error();
    const SignedIn result = signedIn(user, StaffRole::Administrator);
    if (Status recorded = recordAttempt(result.actor, QStringLiteral("sign_in"), user.id,
                                        QStringLiteral("password"));
        !recorded)
        return recorded.error();
    return result;
}

Status SignIn::recordFailure(const StaffUser &user, const QString &why)
{
    // Read and written under BEGIN IMMEDIATE: two failures at once from two programs count as
    // two, not one.
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    StaffRepository staff(m_connection);
    const auto throttle = staff.throttle(user.id);
    if (!throttle)
        return throttle.error();
    const int failures = throttle->failures + 1;
    if (Status recorded =
            staff.setThrottle(user.id, {failures, m_clock.now().addSecs(waitAfter(failures))});
        !recorded)
        return recorded;
    AuditEntry entry{QStringLiteral("sign_in_failed"), QStringLiteral("staff"), user.id};
    entry.note = QStringLiteral("%1 (failure %2 in a row)").arg(why).arg(failures);
    if (Status recorded = AuditTrail(m_connection, Actor{0, user.username}, m_clock).record(entry);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status SignIn::recordAttempt(const Actor &actor, const QString &action, qint64 userId,
                             const QString &note)
{
    AuditEntry entry{action, QStringLiteral("staff"), userId};
    entry.note = note;
    return AuditTrail::recordAlone(m_connection, actor, entry, m_clock);
}

Status SignIn::record(const Actor &actor, SessionEvent event)
{
    return recordAttempt(actor,
                         event == SessionEvent::Locked ? QStringLiteral("lock")
                                                       : QStringLiteral("sign_out"),
                         actor.userId, {});
}

Result<SignIn::SignedIn> SignIn::withToken(const QString &token)
{
    const QString refused = tr("The access token is not valid: it is mistyped, revoked, or its "
                               "owner is deactivated.");
    if (!AccessToken::looksLikeToken(token.trimmed()))
        return Error{refused, {}};
    const auto found =
        AccessTokenRepository(m_connection).findByDigest(AccessToken::digest(token.trimmed()));
    if (!found)
        return found.error();
    const auto refuse = [&](qint64 userId, const QString &why) -> Result<SignedIn> {
        if (Status recorded =
                recordAttempt(Actor{}, QStringLiteral("sign_in_failed"), userId, why);
            !recorded)
            return recorded.error();
        return Error{refused, {}};
    };
    if (!found.value())
        return refuse(0, QStringLiteral("unknown access token"));
    const AccessTokenInfo &info = *found.value();
    if (info.revokedAt.isValid())
        return refuse(info.ownerId, QStringLiteral("revoked access token %1").arg(info.id));
    const auto owner = StaffRepository(m_connection).find(info.ownerId);
    if (!owner)
        return owner.error();
    if (!owner.value() || !owner.value()->active)
        return refuse(info.ownerId, QStringLiteral("access token %1 of a deactivated staff user")
                                        .arg(info.id));
    const SignedIn result =
        signedIn(*owner.value(), info.roleLimit.value_or(StaffRole::Administrator));
    if (Status recorded = recordAttempt(result.actor, QStringLiteral("sign_in"), info.ownerId,
                                        QStringLiteral("access token %1").arg(info.id));
        !recorded)
        return recorded.error();
    return result;
}

SignIn::SignedIn SignIn::signedIn(const StaffUser &user, StaffRole roleLimit)
{
    return SignedIn{Actor{user.id, user.username, roleLimit}, user};
}

Result<bool> SignIn::needsFirstAdministrator() const
{
    const auto any = StaffRepository(m_connection).anyPassword();
    if (!any)
        return any.error();
    return !any.value();
}

Result<SignIn::SignedIn> SignIn::createFirstAdministrator(const QString &username,
                                                          const QString &displayName,
                                                          const QString &password)
{
    if (username.trimmed().isEmpty())
        return Error{tr("The administrator needs a username."), {}};
    const auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.error();
    if (!needed.value())
        return Error{tr("This desk already has an administrator: sign in."), {}};
    StaffRepository staff(m_connection);
    const auto found = staff.findByUsername(username);
    if (!found)
        return found.error();
    StaffUser user;
    if (found.value()) {
        user = *found.value();
        for (Status step : {staff.setPassword(user.id, hash.value()),
                            staff.setRole(user.id, StaffRole::Administrator),
                            staff.setActive(user.id, true)}) {
            if (!step)
                return step.error();
        }
        if (!displayName.trimmed().isEmpty()) {
            if (Status named = staff.setDisplayName(user.id, displayName); !named)
                return named.error();
            user.displayName = displayName.trimmed();
        }
    } else {
        user.username = username.trimmed();
        user.displayName =
            displayName.trimmed().isEmpty() ? user.username : displayName.trimmed();
        user.role = StaffRole::Administrator;
        const auto id = staff.insert(user, hash.value(), m_clock.now());
        if (!id)
            return id.error();
        user.id = id.value();
    }
    user.role = StaffRole::Administrator;
    user.active = user.hasPassword = true;
    const SignedIn result = signedIn(user, StaffRole::Administrator);
    AuditEntry entry{QStringLiteral("first_administrator"), QStringLiteral("staff"), user.id};
    entry.newValue = AuditValue::plain(user.username);
    if (Status recorded = AuditTrail(m_connection, result.actor, m_clock).record(entry); !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<std::optional<SignIn::SignedIn>> SignIn::asSystemAccount()
{
    const QString account = systemAccountName();
    if (account.isEmpty())
        return std::optional<SignedIn>();
    const auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.error();
    if (!needed.value())
        return std::optional<SignedIn>();
    auto user = accountUser(account);
    if (!user)
        return user.error();
    if (!user->active)
        return std::optional<SignedIn>();
    const SignedIn result = signedIn(user.value(), StaffRole::Administrator);
    if (Status recorded = recordAttempt(result.actor, QStringLiteral("sign_in"), user->id,
                                        QStringLiteral("operating-system account (one-person "
                                                       "desk)"));
        !recorded)
        return recorded.error();
    return std::optional<SignedIn>(result);
}

Result<StaffUser> SignIn::accountUser(const QString &account)
{
    StaffRepository staff(m_connection);
    if (const auto found = staff.findByUsername(account); !found || found.value())
        return found ? Result<StaffUser>(*found.value()) : Result<StaffUser>(found.error());
    // Made on first use, inside BEGIN IMMEDIATE: two first commands at once make one account.
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto again = staff.findByUsername(account);
    if (!again)
        return again.error();
    if (again.value())
        return *again.value();
    StaffUser user;
    user.username = user.displayName = account;
    user.role = StaffRole::Administrator;
    const auto id = staff.insert(user, {}, m_clock.now());
    if (!id)
        return id.error();
    user.id = id.value();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

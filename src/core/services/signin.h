#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// How a person becomes an Actor: a password (the window, a terminal), a personal access token
// (scripts), or, on a desk that has no passwords yet, being the operating-system account that
// owns it. Identity is never taken from an environment variable.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)

public:
    // The environment variable that may hold a personal access token, for unattended runs of
    // the window (tests, screenshots) and scripts that call the command line. A token is a
    // secret that withToken() verifies; a username is never taken from the environment.
    static constexpr char TokenVariable[] = "ADMISSIONS_DESK_TOKEN";

    explicit SignIn(QString connectionName, const Clock &clock = Clock::system());

    struct SignedIn
    {
        Actor actor;
        StaffUser user;
    };

    // A failure waits: 1 s after the first, doubling up to 15 minutes, counted in the file.
    // Unknown users and wrong passwords get the same message.
    Result<SignedIn> withPassword(const QString &username, const QString &password);
    Result<SignedIn> withToken(const QString &token);
    // The seconds before `username` may try again (0: now), for a window's countdown.
    Result<qint64> waitBeforeNextAttempt(const QString &username) const;

    // True on a new file, or one from before sign-in: no staff user has a password yet. The
    // first start then asks for the first administrator.
    Result<bool> needsFirstAdministrator() const;
    // Only while needsFirstAdministrator(): makes `username` an active administrator with this
    // password, creating them, or, on a file from before sign-in, taking over their account.
    Result<SignedIn> createFirstAdministrator(const QString &username, const QString &displayName,
                                              const QString &password);
    // A one-person desk: while no staff user has a password, the command line acts as the
    // operating-system account's staff user, made an administrator on first use on a new file
    // (it is the account that owns the file). Nothing once anyone has a password, and nothing
    // for a deactivated account.
    Result<std::optional<SignedIn>> asSystemAccount();

    // The moments of a session that the audit trail keeps besides signing in.
    enum class SessionEvent
    {
        Locked,
        SignedOut
    };
    Status record(const Actor &actor, SessionEvent event);

    // The operating system's name for the account running this process (getpwuid on Unix),
    // never $USER or $LOGNAME, which anyone can set.
    static QString systemAccountName();

private:
    static SignedIn signedIn(const StaffUser &user, StaffRole roleLimit);
    // The seconds before the user may try again (0: now).
    Result<qint64> secondsToWait(qint64 userId) const;
    // A failed attempt: counted against `user` (the wait grows) and recorded.
    Status recordFailure(const StaffUser &user, const QString &why);
    // A sign-in or a refused attempt, in the audit trail (AuditTrail::recordAlone).
    Status recordAttempt(const Actor &actor, const QString &action, qint64 userId,
                         const QString &note);
    // The staff user named like the system account, made an administrator if there is none.
    Result<StaffUser> accountUser(const QString &account);

    QString m_connection;
    const Clock &m_clock;
};

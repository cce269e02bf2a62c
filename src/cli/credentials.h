#pragma once

#include "domain/result.h"
#include "services/signin.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Who the command line acts as, and the secrets that prove it: a personal access token (a file
// only its owner can read, or the token variable), a password (asked on the terminal without
// echo, or a private file for scripts that set a desk up), or, on a one-person desk with no
// passwords yet, the operating-system account. Never a name taken from the environment.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    struct Given
    {
        QString username;     // --as
        QString tokenFile;    // --token-file
        QString passwordFile; // --password-file
    };

    // Signs in on `connectionName`, which must be writable: failed passwords are counted in the
    // file.
    static Result<SignIn::SignedIn> signIn(const QString &connectionName, const Given &given);

    // A new password for `whose`: the first line of `passwordFile`, or asked twice on the
    // terminal. Checked (PasswordHash::problem) before it is returned.
    static Result<QString> newPassword(const QString &passwordFile, const QString &whose);

    // The first line of a file that only its owner may read or write (mode 0600 on Unix); an
    // error names the file and says what to do.
    static Result<QString> readPrivateFile(const QString &path);

private:
    static Result<SignIn::SignedIn> withPassword(SignIn &signIn, const QString &username,
                                                 const QString &passwordFile);
};

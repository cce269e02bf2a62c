#include "credentials.h"

#include "security/passwordhash.h"
#include "terminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Result<QString> Credentials::readPrivateFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
#ifdef Q_OS_UNIX
    if (info.exists() && info.ownerId() != geteuid())
        return Error{tr("%1 belongs to another user: a secret file must be your own.").arg(name),
                     {}};
    constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup |
                                          QFile::ExeGroup | QFile::ReadOther |
                                          QFile::WriteOther | QFile::ExeOther;
    if (info.exists() && (info.permissions() & Others))
        return Error{tr("%1 can be read or changed by other users: a secret must be readable by "
                        "you alone (chmod 600 %1).")
                         .arg(name),
                     {}};
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2.").arg(name, file.errorString()), {}};
    const QByteArray firstLine = file.readLine(4096);
    QString secret = QString::fromUtf8(firstLine);
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    if (secret.isEmpty())
        return Error{tr("%1 is empty: its first line must be the secret.").arg(name), {}};
    return secret;
}

Result<QString> Credentials::newPassword(const QString &passwordFile, const QString &whose)
{
    QString password;
    if (!passwordFile.isEmpty()) {
        const auto read = readPrivateFile(passwordFile);
        if (!read)
            return read.error();
        password = read.value();
    } else {
        const auto first = Terminal::askHidden(tr("New password for %1: ").arg(whose));
        if (!first)
            return Error{tr("A password for %1 is needed: run this on a terminal, or give "
                            "--password-file FILE (readable by you alone).")
                             .arg(whose),
                         {}};
        if (const QString why = PasswordHash::problem(*first); !why.isEmpty())
            return Error{why, {}};
        const auto again = Terminal::askHidden(tr("The same password again: "));
        if (!again || *again != *first)
            return Error{tr("The two passwords differ. Nothing was changed."), {}};
        password = *first;
    }
    if (const QString why = PasswordHash::problem(password); !why.isEmpty())
        return Error{why, {}};
    return password;
}

Result<SignIn::SignedIn> Credentials::withPassword(SignIn &signIn, const QString &username,
                                                   const QString &passwordFile)
{
    if (!passwordFile.isEmpty()) {
        const auto password = readPrivateFile(passwordFile);
        if (!password)
            return password.error();
        return signIn.withPassword(username, password.value());
    }
    const auto password = Terminal::askHidden(tr("Password for %1: ").arg(username));
    if (!password)
        return Error{tr("Signing in as %1 needs their password on a terminal. A script signs in "
                        "with a personal access token (--token-file FILE or %2), made with "
                        "'staff token NAME'.")
                         .arg(username, QString::fromLatin1(SignIn::TokenVariable)),
                     {}};
    return signIn.withPassword(username, *password);
}

Result<SignIn::SignedIn> Credentials::signIn(const QString &connectionName, const Given &given)
{
    SignIn signIn(connectionName);
    QString token;
    if (!given.tokenFile.isEmpty()) {
        const auto read = readPrivateFile(given.tokenFile);
        if (!read)
            return read.error();
        token = read.value();
    } else {
        token = qEnvironmentVariable(SignIn::TokenVariable).trimmed();
    }
    if (!token.isEmpty()) {
        auto in = signIn.withToken(token);
        if (in && !given.username.isEmpty() &&
            given.username.trimmed().compare(in->user.username, Qt::CaseInsensitive) != 0)
            return Error{tr("The access token belongs to %1, not to %2.")
                             .arg(in->user.username, given.username.trimmed()),
                         {}};
        return in;
    }
    if (!given.username.isEmpty())
        return withPassword(signIn, given.username.trimmed(), given.passwordFile);

    const auto account = signIn.asSystemAccount();
    if (!account)
        return account.error();
    if (account.value())
        return *account.value();
    if (!given.passwordFile.isEmpty())
        return Error{tr("--password-file needs --as USERNAME."), {}};
    const QString suggested = SignIn::systemAccountName();
    const auto username =
        Terminal::ask(suggested.isEmpty() ? tr("Username: ")
                                          : tr("Username [%1]: ").arg(suggested));
    if (!username)
        return Error{tr("Who is acting? This desk has staff passwords: sign in with --as USERNAME "
                        "on a terminal, or with a personal access token (--token-file FILE or "
                        "%1).")
                         .arg(QString::fromLatin1(SignIn::TokenVariable)),
                     {}};
    return withPassword(signIn, username->trimmed().isEmpty() ? suggested : username->trimmed(),
                        {});
}

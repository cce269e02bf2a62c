#include "security/passwordhash.h"

#include "security/sodium.h"

namespace {
// crypto_pwhash_str's limit is far above this; a longer "password" is a pasted file.
constexpr int MaximumLength = 1024;
} // namespace

QString PasswordHash::problem(const QString &password)
{
    if (password.size() < MinimumLength)
        return tr("A password needs at least %n characters.", nullptr, MinimumLength);
    if (password.size() > MaximumLength)
        return tr("A password may have at most %n characters.", nullptr, MaximumLength);
    return {};
}

Result<QString> PasswordHash::hash(const QString &password)
{
    if (const QString why = problem(password); !why.isEmpty())
        return Error{why, {}};
    if (!Sodium::ready())
        return Error{Sodium::unavailable(), {}};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              OpsLimit, MemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{tr("Not enough memory to hash the password."), {}};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &storedHash, const QString &password)
{
    if (storedHash.isEmpty() || !Sodium::ready())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHash::spendVerifyTime(const QString &password)
{
    static const QString decoy = [] {
        const auto made = hash(QStringLiteral("not a password anyone has"));
        return made ? made.value() : QString();
    }();
    (void)verify(decoy, password);
}

#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

// Staff passwords as Argon2id hashes, through libsodium's crypto_pwhash_str: the salt and the
// parameters travel inside the stored string, so they can be raised later without a migration.
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)

public:
    // OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes (libsodium uses 1 lane).
    static constexpr unsigned long long OpsLimit = 2;
    static constexpr size_t MemLimit = 19u * 1024u * 1024u;
    static constexpr int MinimumLength = 10;

    // Why the password is not good enough (too short, too long), or empty when it is.
    static QString problem(const QString &password);
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    // Verifies against a fixed hash and always fails: a sign-in as an unknown user costs the
    // same time as one with a wrong password, so timing does not tell which usernames exist.
    static void spendVerifyTime(const QString &password);
};

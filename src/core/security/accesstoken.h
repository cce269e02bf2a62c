#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

// Personal access tokens for scripts: 256 random bits, shown once. Only a SHA-256 digest is
// stored: unlike a password, a token has all the entropy it needs, so a fast digest is safe,
// and every command checks one.
namespace AccessToken {
// "adk_" and 43 characters of URL-safe base64.
Result<QString> generate();
// Whether the text has a token's form (so that a password pasted by mistake is not looked up).
bool looksLikeToken(const QString &text);
// Lower-case hexadecimal SHA-256 of the token's text.
QString digest(const QString &token);
} // namespace AccessToken

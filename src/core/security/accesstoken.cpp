#include "security/accesstoken.h"

#include "security/sodium.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {
const QString Prefix = QStringLiteral("adk_");
constexpr int RandomBytes = 32;
} // namespace

namespace AccessToken {

Result<QString> generate()
{
    if (!Sodium::ready())
        return Error{Sodium::unavailable(), {}};
    unsigned char random[RandomBytes];
    randombytes_buf(random, sizeof random);
    char text[sodium_base64_ENCODED_LEN(RandomBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, random, sizeof random,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(random, sizeof random);
    return Prefix + QString::fromLatin1(text);
}

bool looksLikeToken(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^adk_[A-Za-z0-9_-]{43}$"));
    return form.match(text).hasMatch();
}

QString digest(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace AccessToken

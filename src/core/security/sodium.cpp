#include "security/sodium.h"

#include <QCoreApplication>

namespace Sodium {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

QString unavailable()
{
    return QCoreApplication::translate("Sodium",
                                       "The cryptography library (libsodium) could not start.");
}
} // namespace Sodium

#pragma once

#include <sodium.h>

#include <QString>

// libsodium must be initialised once before use; sodium_init() is thread-safe and idempotent.
namespace Sodium {
bool ready();
QString unavailable();
} // namespace Sodium

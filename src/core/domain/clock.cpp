#include "domain/clock.h"

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

#pragma once

#include <QString>

// One application a bulk action left as it was, and why.
struct Refusal
{
    qint64 applicationId = 0;
    QString reason;
};

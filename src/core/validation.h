#pragma once

#include <QList>
#include <QString>

// One problem with one field of a form or an input row.
struct FieldError
{
    QString field;   // machine name, e.g. "email"
    QString message; // says why, for a person
};

using FieldErrors = QList<FieldError>;

namespace Validation {
bool isEmail(const QString &text);
bool isPhone(const QString &text);        // empty is allowed: the phone is optional
bool isTimeZone(const QString &ianaName); // empty is allowed
bool isHttpUrl(const QString &text);      // empty is allowed
// "field: message; field: message" for command lines and logs.
QString describe(const FieldErrors &errors);
} // namespace Validation

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

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

// The most characters (Unicode code points) a stored text may have. README.md, "What is
// stored", lists them for people.
namespace MaxLength {
constexpr int Name = 100;      // first and last name
constexpr int Email = 254;     // RFC 5321's limit of a forward path
constexpr int Phone = 40;      // 15 digits of E.164 and room for spaces and an extension
constexpr int Url = 2048;      // what browsers and servers reliably take
constexpr int ShortText = 200; // country, time zone, source, campaign, referrer
constexpr int Notes = 10000;   // notes, summaries, reasons
} // namespace MaxLength

// What a text field may hold besides its length.
enum class TextKind
{
    Line,       // one line: no control characters (C0, DEL, C1)
    Identifier, // a name or an email: one line, and no bidirectional controls, which can make
                // one name read as another
    Lines       // notes: tab, line feed and carriage return too
};

// The first problem of a text, as a sentence naming the field by its label ("First name has
// 120 characters; at most 100 are allowed."), or an empty string when there is none. The text
// is looked at as it is stored: without the whitespace around it, except for Lines.
QString textProblem(const QString &label, const QString &text, int maxLength, TextKind kind);

// Characters that move the cursor, ring, erase or start an escape sequence on a terminal: C0
// (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F).
bool isControl(char16_t c);
// Characters that change the direction of the text around them: the embeddings, overrides and
// isolates U+202A-U+202E and U+2066-U+2069, the marks U+200E, U+200F and U+061C.
bool isBidiControl(char16_t c);
// Unicode code points, not UTF-16 units: "Zoë 🎓" has 5.
qsizetype characterCount(QStringView text);

// The text with every control character, bidirectional control and line or paragraph separator
// written as a visible escape (\x1b, \n, \u202e), so that stored text printed to a terminal
// cannot move the cursor, change colours, hide what follows or reorder a line.
QString printable(QStringView text);
// A value echoed in a message: printable, and cut after `maxShown` characters with "…".
QString quoted(QStringView text, int maxShown = 60);
} // namespace Validation
